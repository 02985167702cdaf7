"""Deciding suggestions: accepting (as proposed or corrected) creates the facts; rejecting
records the decision. Nothing machine-made becomes a fact until a person accepts it."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from provenance.models import Actor, Document, Figure, Mention, Span, Statement, Suggestion, User
from provenance.services.actors import find_or_create_actor
from provenance.services.extraction import ensure_spans
from provenance.types import utcnow

#: Statement kinds by the quote kinds extractors report.
_STATEMENT_KIND = {"direct": "direct_quote", "indirect": "reported_speech"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n")


class SuggestionAlreadyDecided(ValueError):
    """The suggestion was accepted, corrected or rejected before."""


def accept(
    session: Session, suggestion: Suggestion, *, user: User | None = None, corrections: dict[str, Any] | None = None
) -> Statement | Mention | Figure:
    """Accept ``suggestion`` (with ``corrections`` applied to its payload) and create what it implies:

    - a quote → its statement (direct quote or reported speech) with the speaker as an actor,
      and a speaker mention where the speaker is named;
    - a figure → the figure, inside the statement it sits in (the quote's, if it is in one;
      otherwise the document's own assertion over the sentence);
    - an actor → the actor (found by any spelling, or created) with this spelling as an alias,
      and a mention at the words.
    """
    if suggestion.state != "pending":
        raise SuggestionAlreadyDecided(f"suggestion {suggestion.id} is already {suggestion.state}")
    payload = {**suggestion.payload, **(corrections or {})}
    span = suggestion.span
    document = span.document
    created: Statement | Mention | Figure
    if suggestion.kind == "quote":
        created = _statement_at(
            session, document, span.start_offset, span.end_offset,
            kind=_STATEMENT_KIND[payload["kind"]], speaker=_speaker(session, payload),
            speaker_span=payload.get("speaker_span"), user=user,
        )
    elif suggestion.kind == "figure":
        created = _figure(session, document, span, payload, user)
    else:
        created = _actor_mentions(session, document, span, payload)
    _decide(suggestion, "corrected" if corrections else "accepted", user, payload if corrections else None)
    session.flush()
    return created


def reject(session: Session, suggestion: Suggestion, *, user: User | None = None) -> None:
    """Record that a person decided the suggestion is wrong; nothing else changes."""
    if suggestion.state != "pending":
        raise SuggestionAlreadyDecided(f"suggestion {suggestion.id} is already {suggestion.state}")
    _decide(suggestion, "rejected", user, None)
    session.flush()


def _decide(suggestion: Suggestion, state: str, user: User | None, corrected: dict[str, Any] | None) -> None:
    suggestion.state = state
    suggestion.decided_at = utcnow()
    suggestion.decided_by_id = user.id if user is not None else None
    if corrected is not None:
        # The proposal is kept under "proposed" so what the machine said stays on record.
        suggestion.payload = {**corrected, "proposed": dict(suggestion.payload)}


def _speaker(session: Session, payload: dict[str, Any]) -> Actor | None:
    name = payload.get("speaker")
    if not name:
        return None
    return find_or_create_actor(
        session, name, payload.get("speaker_kind") or "person", alias=payload.get("speaker_text") or name
    )


def _statement_at(
    session: Session, document: Document, start: int, end: int, *, kind: str,
    speaker: Actor | None, speaker_span: list[int] | None, user: User | None,
) -> Statement:
    """The statement over exactly these words, created if there is none yet."""
    span_id = ensure_spans(session, document, {(start, end)})[(start, end)]
    statement = session.scalar(select(Statement).where(Statement.span_id == span_id).order_by(Statement.id).limit(1))
    if statement is None:
        statement = Statement(span_id=span_id, kind=kind, speaker=speaker, created_by_id=user.id if user else None)
        session.add(statement)
    elif speaker is not None and statement.speaker_id is None:
        statement.speaker = speaker
    if speaker is not None and speaker_span:
        speaker_start, speaker_end = speaker_span
        named_at = session.get(Span, ensure_spans(session, document, {(speaker_start, speaker_end)})[(speaker_start, speaker_end)])
        assert named_at is not None
        _mention(session, named_at, speaker, "speaker")
    session.flush()
    return statement


def _figure(session: Session, document: Document, span: Span, payload: dict[str, Any], user: User | None) -> Figure:
    if payload.get("quote"):
        start, end = payload["quote"]
        statement = _statement_at(
            session, document, start, end, kind=_STATEMENT_KIND[payload.get("quote_kind", "direct")],
            speaker=_speaker(session, payload), speaker_span=None, user=user,
        )
    else:
        start, end = _sentence_around(document.text, span.start_offset, span.end_offset)
        statement = _statement_at(
            session, document, start, end, kind="author_assertion", speaker=None, speaker_span=None, user=user
        )
    figure = Figure(
        statement=statement, span=span, value=payload.get("value"), low=payload.get("low"),
        high=payload.get("high"), qualifier=payload["qualifier"], counted=payload.get("counts"),
        unit=payload.get("unit"), as_written=payload.get("as_written") or span.exact,
    )
    session.add(figure)
    return figure


def _actor_mentions(session: Session, document: Document, span: Span, payload: dict[str, Any]) -> Mention:
    """The actor (every spelling seen recorded as an alias) and a mention at each occurrence;
    returns the mention at the suggestion's own span."""
    actor = find_or_create_actor(session, payload["actor"], payload["kind"], alias=span.exact)
    for spelling in payload.get("spellings", []):
        actor.add_alias(spelling)
    role = "cited_organisation" if actor.kind == "organisation" else "subject"
    occurrences = {tuple(pair) for pair in payload.get("occurrences", [])} | {(span.start_offset, span.end_offset)}
    span_ids = ensure_spans(session, document, occurrences)  # type: ignore[arg-type]
    first = _mention(session, span, actor, role)
    for (start, end), span_id in span_ids.items():
        if (start, end) in occurrences and span_id != span.id:
            occurrence = session.get(Span, span_id)
            assert occurrence is not None
            _mention(session, occurrence, actor, role)
    return first


def _mention(session: Session, span: Span, actor: Actor, role: str) -> Mention:
    session.flush()
    existing = session.scalar(
        select(Mention).where(Mention.span_id == span.id, Mention.actor_id == actor.id, Mention.role == role)
    )
    if existing is not None:
        return existing
    mention = Mention(span=span, actor=actor, role=role)
    session.add(mention)
    return mention


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence containing ``text[start:end]``: from the previous sentence end to the next."""
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = match.end()
    following = _SENTENCE_END.search(text, end)
    sentence_end = following.start() if following else len(text)
    return sentence_start, max(sentence_end, end)
