"""The review queue: seeding queues suggestions; accepting creates the facts; no duplicates."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from provenance.cli import cli
from provenance.db import get_database
from provenance.extract import pipeline
from provenance.models import Actor, Document, Figure, Mention, Span, Statement, Suggestion
from provenance.services import suggestions as review
from provenance.services.extraction import documents_to_extract
from tests.db_snapshot import snapshot


@pytest.fixture
def seeded(app: Flask, runner: FlaskCliRunner) -> Flask:
    result = runner.invoke(cli, ["seed"])
    assert result.exit_code == 0, result.output
    return app


def session_of(app: Flask) -> Session:
    return get_database(app).sessions()


def pending(session: Session, kind: str) -> list[Suggestion]:
    return list(
        session.scalars(select(Suggestion).where(Suggestion.kind == kind, Suggestion.state == "pending").order_by(Suggestion.id))
    )


def test_every_seed_document_has_pending_suggestions(seeded: Flask) -> None:
    with session_of(seeded) as session:
        for document in documents_to_extract(session):
            count = session.scalar(
                select(func.count()).select_from(Suggestion).join(Span).where(
                    Span.document_id == document.id, Suggestion.state == "pending"
                )
            )
            assert count, f"document {document.id} ({document.title}) has no pending suggestions"
        kinds = set(session.scalars(select(Suggestion.kind).distinct()))
        assert kinds == {"figure", "quote", "actor"}
        versions = {tuple(row) for row in session.execute(select(Suggestion.extractor, Suggestion.extractor_version).distinct())}
        assert versions == set(pipeline.EXTRACTORS.items())


def test_a_second_run_adds_no_duplicates(seeded: Flask, runner: FlaskCliRunner) -> None:
    before = snapshot(get_database(seeded).engine)
    result = runner.invoke(cli, ["suggest"])
    assert result.exit_code == 0, result.output
    assert "suggestions: 0 added" in result.output
    assert snapshot(get_database(seeded).engine) == before


def test_a_newer_extractor_version_does_not_resuggest_decided_words(
    seeded: Flask, runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_of(seeded) as session:
        rejected = pending(session, "figure")[0]
        review.reject(session, rejected)
        session.commit()
        total = session.scalar(select(func.count()).select_from(Suggestion))
    monkeypatch.setitem(pipeline.EXTRACTORS, "figures", "999")
    result = runner.invoke(cli, ["suggest"])
    assert "suggestions: 0 added" in result.output
    with session_of(seeded) as session:
        assert session.scalar(select(func.count()).select_from(Suggestion)) == total


def test_accepting_a_quote_creates_its_statement_span_and_speaker(seeded: Flask) -> None:
    with session_of(seeded) as session:
        quote = next(s for s in pending(session, "quote") if s.payload["speaker"] and s.payload["speaker_span"])
        statement = review.accept(session, quote)
        session.commit()
        assert isinstance(statement, Statement)
        assert statement.span_id == quote.span_id
        assert statement.kind == {"direct": "direct_quote", "indirect": "reported_speech"}[quote.payload["kind"]]
        assert statement.speaker is not None and statement.speaker.name == quote.payload["speaker"]
        start, end = quote.payload["speaker_span"]
        named = session.scalars(
            select(Mention).join(Span).where(Mention.role == "speaker", Span.start_offset == start, Span.end_offset == end)
        ).one()
        assert named.actor_id == statement.speaker_id
        assert quote.state == "accepted" and quote.decided_at is not None
        with pytest.raises(review.SuggestionAlreadyDecided):
            review.accept(session, quote)


def test_accepting_a_figure_puts_it_in_its_statement(seeded: Flask) -> None:
    with session_of(seeded) as session:
        suggestion = pending(session, "figure")[0]
        figure = review.accept(session, suggestion)
        session.commit()
        assert isinstance(figure, Figure)
        assert figure.qualifier == suggestion.payload["qualifier"]
        assert (figure.value, figure.low, figure.high) == (
            suggestion.payload["value"], suggestion.payload["low"], suggestion.payload["high"]
        )
        assert figure.statement.span.document_id == suggestion.span.document_id
        outer = figure.statement.span
        assert outer.start_offset <= suggestion.span.start_offset and suggestion.span.end_offset <= outer.end_offset
        if suggestion.payload["speaker"]:
            assert figure.statement.speaker is not None
            assert figure.statement.speaker.name == suggestion.payload["speaker"]


def test_a_corrected_figure_keeps_what_the_machine_proposed(seeded: Flask) -> None:
    with session_of(seeded) as session:
        suggestion = pending(session, "figure")[0]
        proposed = dict(suggestion.payload)
        figure = review.accept(session, suggestion, corrections={"qualifier": "about", "counts": "people"})
        session.commit()
        assert isinstance(figure, Figure)
        assert (figure.qualifier, figure.counted) == ("about", "people")
        assert suggestion.state == "corrected"
        assert suggestion.payload["proposed"] == proposed


def test_accepting_an_actor_records_the_spelling_and_the_mention(seeded: Flask) -> None:
    with session_of(seeded) as session:
        suggestion = pending(session, "actor")[0]
        mention = review.accept(session, suggestion)
        session.commit()
        assert isinstance(mention, Mention)
        assert mention.span_id == suggestion.span_id
        actor = session.get(Actor, mention.actor_id)
        assert actor is not None and actor.name == suggestion.payload["actor"]
        assert set(suggestion.payload["spellings"]) <= {alias.alias for alias in actor.aliases}
        mentioned_at = set(
            session.execute(
                select(Span.start_offset, Span.end_offset).join(Mention, Mention.span_id == Span.id).where(
                    Mention.actor_id == actor.id, Span.document_id == suggestion.span.document_id
                )
            ).all()
        )
        assert {tuple(o) for o in suggestion.payload["occurrences"]} <= mentioned_at


def test_an_actor_is_suggested_once_per_document_with_every_occurrence(seeded: Flask) -> None:
    with session_of(seeded) as session:
        rows = session.execute(
            select(Span.document_id, Suggestion.payload).join(Span).where(Suggestion.kind == "actor")
        ).all()
        seen = [(document_id, payload["actor"], payload["kind"]) for document_id, payload in rows]
        assert len(seen) == len(set(seen))
        assert any(len(payload["occurrences"]) > 1 for _, payload in rows)


def test_rejecting_changes_nothing_but_the_suggestion(seeded: Flask) -> None:
    with session_of(seeded) as session:
        suggestion = pending(session, "quote")[0]
        statements = session.scalar(select(func.count()).select_from(Statement))
        review.reject(session, suggestion)
        session.commit()
        assert suggestion.state == "rejected"
        assert session.scalar(select(func.count()).select_from(Statement)) == statements


def test_archive_pages_are_extracted_through_their_posts(seeded: Flask) -> None:
    with session_of(seeded) as session:
        archive = session.scalars(select(Document).where(Document.kind == "archive_page")).one()
        on_page = session.scalar(select(func.count()).select_from(Suggestion).join(Span).where(Span.document_id == archive.id))
        assert on_page == 0
        assert archive.id not in {d.id for d in documents_to_extract(session)}
