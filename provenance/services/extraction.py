"""Running the extractors on stored documents and queueing what they find as suggestions.

Suggestions are written with bulk inserts (a 10 KB document yields dozens), and a suggestion
is never added twice: if any suggestion of the same kind already covers the same words —
pending or decided, from any extractor version — re-running extraction skips it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from provenance.extract.actors import ActorDirectory
from provenance.extract import actors, figures, quotes
from provenance.extract.found import MentionFound
from provenance.extract.pipeline import EXTRACTORS, Extraction, extract
from provenance.models import Document, Span, Suggestion
from provenance.types import utcnow


@dataclass(frozen=True)
class ProposedSuggestion:
    kind: str
    start: int
    end: int
    payload: dict[str, Any]
    extractor: str


def proposals(extraction: Extraction) -> Iterator[ProposedSuggestion]:
    """The suggestions an extraction implies, with the payload each one carries."""
    for figure in extraction.figures:
        found = figure.found
        payload: dict[str, Any] = {
            "value": found.value, "low": found.low, "high": found.high, "qualifier": found.qualifier,
            "counts": found.counts, "unit": found.unit, "as_written": found.text, "speaker": figure.speaker,
        }
        if figure.quote is not None:
            payload["quote"] = [figure.quote.found.start, figure.quote.found.end]
            payload["quote_kind"] = figure.quote.found.kind
            payload["speaker_kind"] = figure.quote.speaker_kind
        yield ProposedSuggestion("figure", found.start, found.end, payload, figures.NAME)
    for quote in extraction.quotes:
        found = quote.found
        yield ProposedSuggestion(
            "quote",
            found.start,
            found.end,
            {
                "kind": found.kind, "speaker": quote.speaker, "speaker_kind": quote.speaker_kind,
                "speaker_text": found.speaker_text, "speaker_span": (
                    [found.speaker_start, found.speaker_end] if found.speaker_start is not None else None
                ),
                "ambiguous": list(quote.ambiguous),
            },
            quotes.NAME,
        )
    # One actor suggestion per actor per document, anchored at its first naming and listing
    # every other: a fact-checker confirms "Maryam Rajavi" once, not at each of 20 mentions.
    by_actor: dict[tuple[str, str], list[MentionFound]] = {}
    for mention in extraction.mentions:
        by_actor.setdefault((mention.actor, mention.kind), []).append(mention)
    for (actor, kind), mentions in by_actor.items():
        first = mentions[0]
        yield ProposedSuggestion(
            "actor",
            first.start,
            first.end,
            {
                "actor": actor,
                "kind": kind,
                "occurrences": [[m.start, m.end] for m in mentions],
                "spellings": sorted({m.text for m in mentions}),
            },
            actors.NAME,
        )


def suggest(
    session: Session,
    document: Document,
    directory: ActorDirectory,
    extraction: Extraction | None = None,
    *,
    new_document: bool = False,
) -> int:
    """Queue new suggestions for ``document`` from ``extraction`` (run now if not given, e.g.
    when ingest extracted ahead in a worker); returns how many were added.

    ``new_document`` says the document was stored in this very transaction (ingest), so it
    has no spans or suggestions yet: the two queries that look for them are skipped."""
    if extraction is None:
        extraction = extract(document.text, directory)
    proposed = list(proposals(extraction))
    taken = set() if new_document else {
        (kind, start, end)
        for kind, start, end in session.execute(
            select(Suggestion.kind, Span.start_offset, Span.end_offset)
            .join(Span, Suggestion.span_id == Span.id)
            .where(Span.document_id == document.id)
        )
    }
    new = [p for p in proposed if (p.kind, p.start, p.end) not in taken]
    if not new:
        return 0
    span_ids = ensure_spans(session, document, {(p.start, p.end) for p in new}, new_document=new_document)
    now = utcnow()
    # Core inserts (the table, not the mapped class): no ORM bookkeeping for rows nobody
    # holds in the session, which is most of the cost of storing dozens per document.
    session.execute(
        insert(Suggestion.__table__),
        [
            {
                "span_id": span_ids[(p.start, p.end)], "kind": p.kind, "payload": p.payload,
                "extractor": p.extractor, "extractor_version": EXTRACTORS[p.extractor],
                "state": "pending", "version": 1, "created_at": now,
            }
            for p in new
        ],
    )
    return len(new)


def ensure_spans(
    session: Session, document: Document, offsets: set[tuple[int, int]], *, new_document: bool = False
) -> dict[tuple[int, int], int]:
    """Ids of spans of ``document`` at ``offsets``, inserting the missing ones in one statement
    (``new_document``: stored in this transaction, so none exist yet and none are looked up).

    The returned rows carry their own offsets, so their order does not matter: without
    ``sort_by_parameter_order`` the rows go in one multi-row INSERT … RETURNING instead of one
    statement per row, which is what ordered RETURNING costs on SQLite."""
    known = {} if new_document else {
        (start, end): span_id
        for span_id, start, end in session.execute(
            select(Span.id, Span.start_offset, Span.end_offset).where(Span.document_id == document.id)
        )
    }
    missing = sorted(offsets - known.keys())
    if missing:
        rows = [{"document_id": document.id, **Span.anchor(document.text, s, e)} for s, e in missing]
        spans = Span.__table__
        inserted = session.execute(
            insert(spans).returning(spans.c.id, spans.c.start_offset, spans.c.end_offset),
            rows,
        )
        known.update({(start, end): span_id for span_id, start, end in inserted})
    return known


def documents_to_extract(session: Session, *, only_unsuggested: bool = False) -> list[Document]:
    """Documents extraction runs on: every document except archive pages cut into posts
    (their posts are extracted instead, so nothing is suggested twice); with
    ``only_unsuggested``, only those without any suggestion yet."""
    parents = select(Document.parent_id).where(Document.parent_id.is_not(None))
    query = select(Document).where(Document.id.not_in(parents)).order_by(Document.id)
    if only_unsuggested:
        suggested = select(Span.document_id).join(Suggestion, Suggestion.span_id == Span.id)
        query = query.where(Document.id.not_in(suggested))
    return list(session.scalars(query))
