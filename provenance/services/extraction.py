"""Running the extractors on stored documents and queueing what they find as suggestions.

Suggestions are written with bulk inserts (a 10 KB document yields dozens), and a suggestion
is never added twice: if any suggestion of the same kind already covers the same words —
pending or decided, from any extractor version — re-running extraction skips it.

Ingest queues the suggestions of the documents it has just stored with :func:`queue_new`,
from the :data:`~provenance.services.proposals.SuggestionRow` tuples its worker processes
compute, so the main process, which stores for every worker, does only the inserts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from provenance.extract.actors import ActorDirectory
from provenance.extract.pipeline import EXTRACTORS, Extraction, extract
from provenance.models import Document, Span, Suggestion
from provenance.services.proposals import (
    ProposedSuggestion,
    SuggestionRow,
    proposals,
    suggestion_rows,
)
from provenance.types import utcnow

#: The tables bulk inserts go to (Core, not the mapped classes: no ORM bookkeeping for rows
#: nobody holds in the session, which is most of the cost of storing dozens per document).
SPANS = cast(Table, Span.__table__)
SUGGESTIONS = cast(Table, Suggestion.__table__)

__all__ = [
    "NewText", "ProposedSuggestion", "SuggestionRow", "documents_to_extract", "ensure_spans", "proposals",
    "queue_new", "suggest", "suggestion_rows",
]


@dataclass(frozen=True)
class NewText:
    """A document stored in the current transaction, with the suggestions to queue for it."""

    document_id: int
    text: str
    rows: Sequence[SuggestionRow]


def queue_new(connection: Connection, documents: Sequence[NewText]) -> None:
    """Queue every row of ``documents`` — stored in this transaction, so without spans or
    suggestions yet: nothing is looked up, and each table gets one statement for all of them.

    Spans go in document order and, within a document, in offset order, and suggestions in
    row order, as :func:`suggest` inserts them one document at a time. The spans go in with a
    plain executemany and their ids are read back in one range query, not with RETURNING: a
    multi-row INSERT … RETURNING is a different statement for every number of rows, and
    SQLite's statement cache kept a hundred of those, of a thousand rows each, in memory."""
    wanted = [
        (new.document_id, new.text, sorted({(row[1], row[2]) for row in new.rows})) for new in documents if new.rows
    ]
    if not wanted:
        return
    connection.execute(
        insert(SPANS),
        [
            {"document_id": document_id, **Span.anchor(text, start, end)}
            for document_id, text, offsets in wanted
            for start, end in offsets
        ],
    )
    ids = {document_id for document_id, _, _ in wanted}
    columns = SPANS.c
    span_ids = {
        (document_id, start, end): span_id
        for span_id, document_id, start, end in connection.execute(
            select(columns.id, columns.document_id, columns.start_offset, columns.end_offset).where(
                columns.document_id.between(min(ids), max(ids))
            )
        )
        if document_id in ids
    }
    now = utcnow()
    connection.execute(
        insert(SUGGESTIONS),
        [
            {
                "span_id": span_ids[(new.document_id, start, end)], "kind": kind, "payload": payload,
                "extractor": extractor, "extractor_version": EXTRACTORS[extractor],
                "state": "pending", "version": 1, "created_at": now,
            }
            for new in documents
            for kind, start, end, payload, extractor in new.rows
        ],
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
    if new_document:
        rows = suggestion_rows(extraction)
        queue_new(session.connection(), [NewText(document.id, document.text, rows)])
        return len(rows)
    proposed = list(proposals(extraction))
    taken = {
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
    span_ids = ensure_spans(session, document, {(p.start, p.end) for p in new})
    now = utcnow()
    # Core inserts (the table, not the mapped class): no ORM bookkeeping for rows nobody
    # holds in the session, which is most of the cost of storing dozens per document.
    session.execute(
        insert(SUGGESTIONS),
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
        spans = SPANS
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
