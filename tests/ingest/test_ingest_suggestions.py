"""Ingest queues suggestions for a document it has just stored without looking for existing
spans or suggestions (there can be none); what it queues must be what the general path queues."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from provenance.cli import SEEDS_DIR
from provenance.db import Database
from provenance.extract.actors import SEED_ACTORS_PATH, load_actor_list
from provenance.ingest import runner as ingest_runner
from provenance.models import Document, Span, Suggestion
from provenance.services.actors import directory_from_database, load_known_actors
from provenance.services.extraction import suggest


def _queued(database: Database) -> list[tuple[int, str, int, int, str, str, str, str]]:
    with database.sessions() as session:
        return sorted(
            (document, kind, start, end, exact, prefix, suffix, repr(sorted(payload.items())))
            for document, kind, start, end, exact, prefix, suffix, payload in session.execute(
                select(
                    Span.document_id, Suggestion.kind, Span.start_offset, Span.end_offset,
                    Span.exact, Span.prefix, Span.suffix, Suggestion.payload,
                ).join(Span, Suggestion.span_id == Span.id)
            )
        )


def test_ingest_queues_what_suggest_queues_and_a_second_run_adds_nothing(
    backend: str, make_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    source = sorted(SEEDS_DIR.glob("*.txt"))[1]
    (tmp_path / "page.txt").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    queued = {}
    for extract_on_ingest in (True, False):
        database = Database.from_url(make_database_url(backend))
        with database.sessions.begin() as session:
            load_known_actors(session, load_actor_list(SEED_ACTORS_PATH))
            directory = directory_from_database(session)
        ingest_runner.ingest_paths(
            database, [tmp_path], max_bytes=1_000_000, directory=directory if extract_on_ingest else None
        )
        with database.sessions.begin() as session:
            document = session.scalars(select(Document)).one()
            added = suggest(session, document, directory)
        # With extraction on ingest everything is queued already; without, suggest queues it now.
        assert (added == 0) is extract_on_ingest
        queued[extract_on_ingest] = _queued(database)
        database.engine.dispose()
    assert queued[True] and queued[True] == queued[False]
