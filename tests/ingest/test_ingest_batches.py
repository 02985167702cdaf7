"""Ingest stores several files per transaction: it must give exactly what one transaction per
file gives — the same rows, the same outcomes in the same order — and a refused file, a
concurrent duplicate or an error must cost no other file what it would not have cost alone."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from provenance.cli import SEEDS_DIR
from provenance.db import Database
from provenance.extract.actors import SEED_ACTORS_PATH, ActorDirectory, load_actor_list
from provenance.extract.pipeline import extract
from provenance.ingest import ahead
from provenance.ingest import runner as ingest_runner
from provenance.ingest import store as ingest_store
from provenance.ingest.prepare import PreparedDocument
from provenance.ingest.runner import FileOutcome, Status
from provenance.models import Document, Span, Suggestion
from provenance.services.actors import directory_from_database, load_known_actors
from provenance.services.proposals import suggestion_rows

SENTENCES = [s for s in sorted(SEEDS_DIR.glob("*.txt"))[3].read_text(encoding="utf-8").split("\n") if s.strip()]


def _write(folder: Path, name: str, number: int) -> None:
    lines = [SENTENCES[(number + k) % len(SENTENCES)] for k in range(3)]
    (folder / name).write_text(f"Document {number}.\n" + "\n".join(lines), encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Files a batch has to sort out: new ones, a duplicate of an earlier one in the same
    batch, an empty file (refused before storing) and one superseding a missing document
    (refused while storing)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(6):
        _write(folder, f"{number:02}.txt", number)
    (folder / "02.txt").write_text((folder / "00.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "03.txt").write_bytes(b"")
    (folder / "manifest.toml").write_text('[[document]]\nfile = "04.txt"\nsupersedes = 999\n')
    return folder


def _database(url: str) -> tuple[Database, ActorDirectory]:
    database = Database.from_url(url)
    with database.sessions.begin() as session:
        load_known_actors(session, load_actor_list(SEED_ACTORS_PATH))
        directory = directory_from_database(session)
    return database, directory


def _ingest(database: Database, folder: Path, directory: ActorDirectory | None) -> list[tuple[str, Status, str]]:
    outcomes: list[FileOutcome] = []
    ingest_runner.ingest_paths(database, [folder], max_bytes=100_000, directory=directory, on_outcome=outcomes.append)
    return [(outcome.path.name, outcome.status, outcome.detail) for outcome in outcomes]


def _rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What was stored, without the timestamps (which differ between any two runs)."""
    with database.sessions() as session:
        return {
            "documents": [tuple(row) for row in session.execute(
                select(Document.id, Document.sha256, Document.source_name, Document.supersedes_id).order_by(Document.id)
            )],
            "spans": [tuple(row) for row in session.execute(
                select(Span.id, Span.document_id, Span.start_offset, Span.end_offset, Span.exact, Span.prefix,
                       Span.suffix).order_by(Span.id)
            )],
            "suggestions": [tuple(row) for row in session.execute(
                select(Suggestion.id, Suggestion.span_id, Suggestion.kind, Suggestion.payload, Suggestion.extractor,
                       Suggestion.extractor_version, Suggestion.state, Suggestion.version).order_by(Suggestion.id)
            )],
        }


def test_a_batch_gives_what_one_transaction_per_file_gives(
    backend: str, make_database_url: Callable[[str], str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = {}
    for batch_files in (ingest_runner.BATCH_FILES, 1):
        monkeypatch.setattr(ingest_runner, "BATCH_FILES", batch_files)
        database, directory = _database(make_database_url(backend))
        results[batch_files] = (_ingest(database, folder, directory), _rows(database))
        database.engine.dispose()
    outcomes, rows = results[ingest_runner.BATCH_FILES]
    assert results[1] == results[ingest_runner.BATCH_FILES]
    assert [(name, status) for name, status, _ in outcomes] == [
        ("00.txt", Status.STORED), ("01.txt", Status.STORED), ("02.txt", Status.ALREADY_PRESENT),
        ("03.txt", Status.REFUSED), ("04.txt", Status.REFUSED), ("05.txt", Status.STORED),
    ]
    assert outcomes[2][2] == outcomes[0][2].split(",")[0]  # "document 1": the copy stored earlier in the batch
    assert outcomes[4][2] == "supersedes document 999, which does not exist"
    assert [name for _, _, name, _ in rows["documents"]] == ["00.txt", "01.txt", "05.txt"]
    assert rows["suggestions"] and {span[1] for span in rows["spans"]} == {1, 2, 3}


def test_texts_over_the_batch_size_start_a_new_transaction(
    make_database_url: Callable[[str], str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    real = ingest_runner._store_together

    def counting(database: Database, batch: list[ahead.PreparedFile], directory: ActorDirectory | None) -> list[FileOutcome]:
        commits.append(len(batch))
        return real(database, batch, directory)

    monkeypatch.setattr(ingest_runner, "_store_together", counting)
    monkeypatch.setattr(ingest_runner, "BATCH_CHARS", 1)  # every file with a text fills a batch
    database, directory = _database(make_database_url("sqlite"))
    assert [status for _, status, _ in _ingest(database, folder, directory)].count(Status.STORED) == 3
    assert commits == [1, 1, 1, 2, 1]  # the empty 03.txt joins 04.txt
    monkeypatch.setattr(ingest_runner, "BATCH_CHARS", 10**9)
    monkeypatch.setattr(ingest_runner, "BATCH_FILES", 4)
    commits.clear()
    _ingest(database, folder, directory)
    assert commits == [4, 2]
    database.engine.dispose()


def test_a_concurrent_duplicate_in_a_batch_is_already_present_and_the_others_are_stored(
    backend: str, make_database_url: Callable[[str], str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process stored 01.txt between our look-up and our insert: the batch's
    transaction fails on the unique sha256 and is stored again one file per transaction."""
    database, directory = _database(make_database_url(backend))
    assert ingest_runner.ingest_file(database, folder / "01.txt", ingest_runner.DocumentMetadata(), 100_000).status \
        is Status.STORED
    real_lookup = ingest_store.document_id_with_hash
    monkeypatch.setattr(ingest_store, "document_id_with_hash", lambda session, sha256: None)
    monkeypatch.setattr(ingest_runner, "document_id_with_hash", real_lookup)
    (folder / "02.txt").unlink()
    outcomes = _ingest(database, folder, directory)
    assert [(name, status) for name, status, _ in outcomes] == [
        ("00.txt", Status.STORED), ("01.txt", Status.ALREADY_PRESENT), ("03.txt", Status.REFUSED),
        ("04.txt", Status.REFUSED), ("05.txt", Status.STORED),
    ]
    assert outcomes[1][2] == "document 1"
    assert [name for _, _, name, _ in _rows(database)["documents"]] == ["01.txt", "00.txt", "05.txt"]
    database.engine.dispose()


def test_an_error_stops_at_its_own_file_after_the_files_before_it_are_stored(
    make_database_url: Callable[[str], str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ingest_runner.store_document

    def failing(session: Any, prepared: PreparedDocument) -> ingest_store.StoreResult:
        if prepared.source_name == "05.txt":
            raise RuntimeError("disk on fire")
        return real(session, prepared)

    monkeypatch.setattr(ingest_runner, "store_document", failing)
    database, directory = _database(make_database_url("sqlite"))
    outcomes: list[FileOutcome] = []
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest_runner.ingest_paths(
            database, [folder], max_bytes=100_000, directory=directory, on_outcome=outcomes.append
        )
    assert [outcome.path.name for outcome in outcomes] == ["00.txt", "01.txt", "02.txt", "03.txt", "04.txt"]
    rows = _rows(database)
    assert [name for _, _, name, _ in rows["documents"]] == ["00.txt", "01.txt"]
    assert {span[1] for span in rows["spans"]} == {1, 2}
    database.engine.dispose()


def test_workers_forked_or_spawned_send_back_what_extraction_in_process_gives(
    make_database_url: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(ahead.PARALLEL_THRESHOLD + 2):
        _write(tmp_path, f"{number:03}.txt", number)
    database, directory = _database(make_database_url("sqlite"))
    jobs = [(path, ingest_runner.DocumentMetadata()) for path in sorted(tmp_path.glob("*.txt"))]
    expected = [ahead.prepare_file(path, metadata, 100_000, directory) for path, metadata in jobs]
    first = expected[0].document
    assert first is not None and expected[0].suggestions == (suggestion_rows(extract(first.text, directory)),)
    for method in ("fork", "spawn"):
        monkeypatch.setattr(ahead, "_start_method", lambda method=method: multiprocessing.get_context(method))
        got = list(ahead.prepare_ahead(iter(jobs), count=len(jobs), max_bytes=100_000, directory=directory, workers=2))
        assert got == expected, method
    database.engine.dispose()


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_unless_another_thread_runs() -> None:
    if threading.active_count() == 1:
        assert ahead._start_method().get_start_method() == "fork"
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert ahead._start_method().get_start_method() == "spawn"
    finally:
        stop.set()
        thread.join()


def _jobs(folder: Path, count: int) -> list[tuple[Path, ingest_runner.DocumentMetadata]]:
    for number in range(count):
        _write(folder, f"{number:03}.txt", number)
    return [(path, ingest_runner.DocumentMetadata()) for path in sorted(folder.glob("*.txt"))]


def _prepare_all(jobs: list[tuple[Path, ingest_runner.DocumentMetadata]], directory: ActorDirectory) -> list[ahead.PreparedFile]:
    return list(ahead.prepare_ahead(iter(jobs), count=len(jobs), max_bytes=100_000, directory=directory, workers=2))


@pytest.mark.skipif(sys.platform != "linux", reason="the patched function reaches forked workers only")
def test_an_error_in_a_worker_is_raised_in_the_main_process_and_the_workers_end(
    make_database_url: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, directory = _database(make_database_url("sqlite"))
    jobs = _jobs(tmp_path, ahead.PARALLEL_THRESHOLD + 2)
    real = ahead.prepare_file

    def failing(path: Path, *args: Any) -> ahead.PreparedFile:
        if path.name == "030.txt":
            raise ValueError("extractor bug")
        return real(path, *args)

    monkeypatch.setattr(ahead, "prepare_file", failing)
    with pytest.raises(ValueError, match="extractor bug") as raised:
        _prepare_all(jobs, directory)
    assert "extractor bug" in str(raised.value.__cause__)  # the worker's traceback
    assert multiprocessing.active_children() == []
    database.engine.dispose()


@pytest.mark.skipif(sys.platform != "linux", reason="the patched function reaches forked workers only")
def test_a_worker_that_dies_is_reported_not_waited_for(
    make_database_url: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, directory = _database(make_database_url("sqlite"))
    jobs = _jobs(tmp_path, ahead.PARALLEL_THRESHOLD + 2)
    real = ahead.prepare_file

    def dying(path: Path, *args: Any) -> ahead.PreparedFile:
        if path.name == "030.txt":
            os._exit(3)
        return real(path, *args)

    monkeypatch.setattr(ahead, "prepare_file", dying)
    with pytest.raises(ahead.WorkerFailed, match="exit code 3"):
        _prepare_all(jobs, directory)
    assert multiprocessing.active_children() == []
    database.engine.dispose()


def test_workers_end_when_the_files_are_not_all_taken(make_database_url: Callable[[str], str], tmp_path: Path) -> None:
    database, directory = _database(make_database_url("sqlite"))
    jobs = _jobs(tmp_path, ahead.PARALLEL_THRESHOLD + 2)
    prepared = ahead.prepare_ahead(iter(jobs), count=len(jobs), max_bytes=100_000, directory=directory, workers=2)
    assert [next(prepared).path for _ in range(3)] == [path for path, _ in jobs[:3]]
    prepared.close()
    assert multiprocessing.active_children() == []
    database.engine.dispose()


def test_workers_end_when_storing_fails(
    make_database_url: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, directory = _database(make_database_url("sqlite"))
    _jobs(tmp_path, ahead.PARALLEL_THRESHOLD + 2)
    monkeypatch.setattr(ingest_runner, "queue_new", lambda *args: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError, match="disk full") as raised:
        ingest_runner.ingest_paths(database, [tmp_path], max_bytes=100_000, directory=directory, workers=2)
    assert raised.traceback  # the ingest's frames are still referenced here, and yet:
    assert multiprocessing.active_children() == []
    database.engine.dispose()
