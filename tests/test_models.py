"""The schema's invariants hold in the database itself, on both backends."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from provenance.db import Database
from provenance.matching import match_key
from provenance.models import (
    Actor,
    Claim,
    Document,
    Figure,
    Review,
    Span,
    Statement,
    Suggestion,
    User,
)

TEXT = "Rajavi said the regime executed more than 30,000 political prisoners in 1988."


def make_document(text: str = TEXT, **fields: object) -> Document:
    return Document(
        kind=fields.pop("kind", "article"),
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain",
        **fields,
    )


def make_statement(session: Session) -> Statement:
    document = make_document()
    statement = Statement(span=Span.of(document, 0, len(TEXT)), kind="author_assertion")
    session.add(statement)
    session.flush()
    return statement


def test_span_of_takes_exact_words_and_context() -> None:
    document = make_document()
    start = TEXT.index("more than 30,000")
    span = Span.of(document, start, start + len("more than 30,000"))
    assert span.exact == "more than 30,000"
    assert TEXT.endswith(span.prefix + span.exact + span.suffix + TEXT[span.end_offset + 32 :])
    assert span.prefix == TEXT[start - 32 : start]
    assert span.suffix == TEXT[span.end_offset : span.end_offset + 32]
    with pytest.raises(ValueError, match="outside the text"):
        Span.of(document, 10, len(TEXT) + 1)


def _bad_span(session: Session) -> None:
    document = make_document()
    session.add(Span(document=document, start_offset=0, end_offset=6, exact="Rajav"))


def _duplicate_text(session: Session) -> None:
    session.add(make_document())
    session.flush()
    session.add(make_document())


def _unknown_kind(session: Session) -> None:
    session.add(make_document(kind="blog"))


def _post_without_offsets(session: Session) -> None:
    parent = make_document()
    session.add(make_document(text="Rajavi said", parent=parent))


def _inverted_bounds(session: Session) -> None:
    statement = make_statement(session)
    session.add(Figure(statement=statement, span=statement.span, low=5, high=1, qualifier="range", as_written="5-1"))


def _figure_without_a_number(session: Session) -> None:
    statement = make_statement(session)
    session.add(Figure(statement=statement, span=statement.span, qualifier="vague", as_written="many"))


def _blank_rationale(session: Session) -> None:
    user = User(email="editor@example.org", role="editor")
    claim = Claim(proposition="Number executed in 1988")
    session.add(Review(claim=claim, status_code="disputed", rationale="   ", reviewer_id=None))
    session.add(user)
    session.flush()


def _unknown_status(session: Session) -> None:
    session.add(Claim(proposition="Number executed in 1988", status_code="true"))


def _decided_pending_suggestion(session: Session) -> None:
    statement = make_statement(session)
    session.add(
        Suggestion(
            span=statement.span, kind="figure", payload={}, extractor="figures", extractor_version="1",
            state="pending", decided_at=datetime.now(timezone.utc),
        )
    )


def _upper_case_email(session: Session) -> None:
    session.add(User(email="Editor@Example.org", role="editor"))


def _statement_via_missing(session: Session) -> None:
    document = make_document()
    session.add(Statement(span=Span.of(document, 0, 6), kind="direct_quote", via_statement_id=999))


VIOLATIONS: dict[str, Callable[[Session], None]] = {
    "span exact must match its offsets": _bad_span,
    "document text is unique": _duplicate_text,
    "document kind is from the vocabulary": _unknown_kind,
    "a post has parent offsets": _post_without_offsets,
    "figure bounds are ordered": _inverted_bounds,
    "a figure has a number or a bound": _figure_without_a_number,
    "a review has a rationale": _blank_rationale,
    "claim status is a known status": _unknown_status,
    "a pending suggestion is undecided": _decided_pending_suggestion,
    "emails are stored lower-case": _upper_case_email,
    "via points to a statement": _statement_via_missing,
}


@pytest.mark.parametrize("write", VIOLATIONS.values(), ids=VIOLATIONS.keys())
def test_the_database_refuses_rows_that_break_an_invariant(
    database: Database, write: Callable[[Session], None]
) -> None:
    with pytest.raises(IntegrityError):
        with database.sessions.begin() as session:
            write(session)
    with database.sessions() as session:
        for model in (Document, Span, Figure, Review, Claim, Suggestion, User, Statement):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model.__tablename__


def test_claims_are_optimistically_locked(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(Claim(proposition="Number executed in 1988"))
    # Two editors load the same claim (as two page views would), then both save.
    first, second = database.sessions(), database.sessions()
    mine = first.scalars(select(Claim)).one()
    first.commit()
    theirs = second.scalars(select(Claim)).one()
    second.commit()
    mine.description = "scope: summer 1988"
    first.commit()
    assert mine.version == 2
    theirs.description = "scope: 1988 only"
    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_aliases_carry_a_spelling_insensitive_match_key(database: Database) -> None:
    spellings = ["Pourmohammadi", "Pour-Mohammadi", "PourMohammadi", "Pour Mohammadi"]
    with database.sessions.begin() as session:
        person = Actor(kind="person", name="Mostafa Pourmohammadi")
        for spelling in spellings:
            person.add_alias(spelling)
        person.add_alias("Pourmohammadi")  # the same spelling twice is one alias
        session.add(person)
    with database.sessions() as session:
        keys = session.scalars(select(Actor).where(Actor.name == "Mostafa Pourmohammadi")).one().aliases
        assert [alias.alias for alias in keys] == spellings
        assert {alias.match_key for alias in keys} == {match_key("pour mohammadi")}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mujahedin-e Khalq", "Mojahedin-e Khalq"),
        ("PourMohammadi", "Pour-Mohammadi"),
        ("Qaraee", "QARAEE"),
        ("Hosseinali Montazeri", "Hosseinali  Montazerí"),
    ],
)
def test_match_key_ignores_case_punctuation_accents_and_variants(one: str, other: str) -> None:
    assert match_key(one) == match_key(other)


def test_match_key_keeps_different_names_apart() -> None:
    assert match_key("Maryam Rajavi") != match_key("Massoud Rajavi")
