"""`provenance ingest` and `provenance seed` on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from provenance import create_app
from provenance.cli import SEEDS_DIR, cli
from provenance.db import Database, get_database
from provenance.ingest import runner as ingest_runner
from provenance.ingest import store as ingest_store
from provenance.ingest.manifest import DocumentMetadata
from provenance.extract.actors import SEED_ACTORS_PATH, load_actor_list
from provenance.ingest.ahead import PARALLEL_THRESHOLD
from provenance.models import Actor, ActorAlias, Document, Span, Suggestion
from provenance.services.actors import directory_from_database, load_known_actors
from tests.db_snapshot import snapshot

SEED_FILES = sorted(SEEDS_DIR.glob("*.txt"))


def ingest(runner: FlaskCliRunner, *args: str | Path) -> Result:
    return runner.invoke(cli, ["ingest", *map(str, args)])


def db(app: Flask) -> Database:
    return get_database(app)


def documents(app: Flask) -> list[Document]:
    with db(app).sessions() as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


def test_seed_stores_the_five_pages_and_the_ten_posts(app: Flask, runner: FlaskCliRunner) -> None:
    result = runner.invoke(cli, ["seed"])
    assert result.exit_code == 0, result.output
    assert "5 stored, 0 already present, 0 refused (5 files)" in result.stdout
    stored = documents(app)
    pages = [d for d in stored if d.parent_id is None]
    posts = [d for d in stored if d.parent_id is not None]
    assert sorted(d.source_name for d in pages) == [f.name for f in SEED_FILES]
    assert len(posts) == 10
    expected = {hashlib.sha256(f.read_text(encoding="utf-8").encode()).hexdigest() for f in SEED_FILES}
    assert {d.sha256 for d in pages} == expected
    for document in stored:
        assert hashlib.sha256(document.text.encode("utf-8")).hexdigest() == document.sha256
    archive = next(d for d in pages if d.kind == "archive_page")
    for post in posts:
        assert post.parent_id == archive.id and post.kind == "post"
        assert archive.text[post.parent_start : post.parent_end] == post.text
        assert post.author == "Staff writer" and post.title and post.title in post.text
    untitled = [d.source_name for d in pages if d.title is None]
    assert untitled == ["003_3d8afc414ecaec92.txt"]  # the manifest invents no title


def test_seed_records_the_outlet_the_page_names_and_invents_nothing(app: Flask, runner: FlaskCliRunner) -> None:
    runner.invoke(cli, ["seed"])
    with db(app).sessions() as session:
        outlets = session.execute(
            select(Document.source_name, Actor.name).join(Actor, Document.outlet_id == Actor.id).where(Document.parent_id.is_(None))
        ).all()
        assert outlets == [("001_99bd5d0d72e50914.txt", "MEK-Iran.com")]
        assert session.scalar(select(func.count()).select_from(Document).where(Document.url.is_not(None))) == 0
        assert session.scalar(select(func.count()).select_from(Document).where(Document.published_on.is_not(None))) == 0


def test_seeding_twice_changes_nothing(app: Flask, runner: FlaskCliRunner) -> None:
    runner.invoke(cli, ["seed"])
    before = snapshot(db(app).engine)
    result = runner.invoke(cli, ["seed"])
    assert result.exit_code == 0
    assert "0 stored, 5 already present, 0 refused (5 files)" in result.stdout
    assert result.stdout.count("already present: ") == 5
    assert snapshot(db(app).engine) == before


def test_bad_files_are_refused_with_a_reason_and_nothing_written(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    (tmp_path / "random.txt").write_bytes(random.Random(7).randbytes(2048))
    (tmp_path / "empty.txt").write_bytes(b"")
    before = snapshot(db(app).engine)
    for name, reason in [("random.txt", "binary"), ("empty.txt", "empty")]:
        result = ingest(runner, tmp_path / name)
        assert result.exit_code == 1
        assert f"refused: {tmp_path / name}: {reason}" in result.stderr
        assert "0 stored, 0 already present, 1 refused (1 file)" in result.stdout
    assert snapshot(db(app).engine) == before


def test_one_bad_file_does_not_stop_the_good_ones(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEED_FILES[0], folder / "a.txt")
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00")
    shutil.copy(SEED_FILES[2], folder / "c.txt")
    (folder / "notes.md").write_text("not a document")  # other file types in folders are ignored
    result = ingest(runner, folder)
    assert result.exit_code == 1
    assert "2 stored, 0 already present, 1 refused (3 files)" in result.stdout
    assert "b.txt: binary" in result.stderr
    assert sorted(d.source_name for d in documents(app)) == ["a.txt", "c.txt"]


def test_size_limit_missing_paths_and_wrong_types(
    backend: str, database_url: str, tmp_path: Path
) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "MAX_DOCUMENT_BYTES": 1000})
    runner = app.test_cli_runner()
    (tmp_path / "big.txt").write_text("word " * 300)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7")
    result = ingest(runner, tmp_path / "big.txt", tmp_path / "nowhere.txt", tmp_path / "doc.pdf")
    assert result.exit_code == 1
    assert "big.txt: too large: 1,500 bytes is over the 1,000-byte limit" in result.stderr
    assert "nowhere.txt: missing: no such file" in result.stderr
    assert "doc.pdf: unsupported file type '.pdf'" in result.stderr
    assert "0 stored, 0 already present, 3 refused (3 files)" in result.stdout
    assert documents(app) == []
    get_database(app).engine.dispose()


def test_html_keeps_the_main_text_and_hashes_the_original_bytes(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    raw = (
        "<html><head><title>Amnesty report</title></head><body><nav>Home | News</nav><main>"
        "<p>Amnesty International said thousands of political prisoners were executed in 1988 "
        "and their bodies dumped in unmarked mass graves.</p></main></body></html>"
    ).encode("utf-8")
    (tmp_path / "page.html").write_bytes(raw)
    result = ingest(runner, tmp_path / "page.html", "--outlet", "Amnesty International", "--kind", "report")
    assert result.exit_code == 0, result.output
    [document] = documents(app)
    assert document.media_type == "text/html" and document.kind == "report"
    assert document.source_sha256 == hashlib.sha256(raw).hexdigest()
    assert "thousands of political prisoners" in document.text and "<p>" not in document.text
    assert "Home | News" not in document.text
    assert document.title == "Amnesty report"


def test_flags_set_metadata_and_outlets_resolve_by_any_spelling(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    (tmp_path / "one.txt").write_text("First text about the 1988 executions.")
    (tmp_path / "two.txt").write_text("Second text about the 1988 executions.")
    result = ingest(
        runner, tmp_path / "one.txt", "--title", "One", "--url", "https://example.org/one",
        "--outlet", "MEK-Iran.com", "--published", "2019-08-16", "--retrieved", "2020-01-02T03:04:05Z",
        "--language", "en", "--author", "Staff writer",
    )
    assert result.exit_code == 0, result.output
    assert ingest(runner, tmp_path / "two.txt", "--outlet", "mek iran.com").exit_code == 0
    one, two = documents(app)
    assert (one.title, one.url, one.language, one.author) == ("One", "https://example.org/one", "en", "Staff writer")
    assert one.published_on.isoformat() == "2019-08-16"
    assert one.retrieved_at.isoformat() == "2020-01-02T03:04:05+00:00"
    assert one.outlet_id == two.outlet_id
    with db(app).sessions() as session:
        assert session.scalar(select(func.count()).select_from(Actor)) == 1
        assert sorted(session.scalars(select(ActorAlias.alias))) == ["MEK-Iran.com", "mek iran.com"]


def test_per_file_flags_need_a_single_file(runner: FlaskCliRunner) -> None:
    result = runner.invoke(cli, ["ingest", str(SEED_FILES[0]), str(SEED_FILES[1]), "--title", "x"])
    assert result.exit_code == 2
    assert "--title applies to a single file" in result.output


def test_ingest_needs_an_initialised_database(empty_database_url: str, tmp_path: Path) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": empty_database_url})
    result = app.test_cli_runner().invoke(cli, ["ingest", str(SEED_FILES[0])])
    assert result.exit_code == 1
    assert "no Provenance schema yet: run `provenance init`" in result.output
    get_database(app).engine.dispose()


def test_supersedes_links_a_recapture_to_the_earlier_text(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> None:
    (tmp_path / "v1.txt").write_text("Over 30,000 were executed.")
    (tmp_path / "v2.txt").write_text("More than 30,000 were executed.")
    ingest(runner, tmp_path / "v1.txt")
    [first] = documents(app)
    assert ingest(runner, tmp_path / "v2.txt", "--supersedes", str(first.id)).exit_code == 0
    assert documents(app)[1].supersedes_id == first.id
    result = ingest(runner, tmp_path / "v2.txt", "--supersedes", "999")
    assert "already present" in result.stdout  # the same text is never stored twice
    (tmp_path / "v3.txt").write_text("At least 30,000 were executed.")
    result = ingest(runner, tmp_path / "v3.txt", "--supersedes", "999")
    assert result.exit_code == 1 and "supersedes document 999, which does not exist" in result.stderr


def test_a_broken_manifest_stops_before_anything_is_written(app: Flask, runner: FlaskCliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    (tmp_path / "manifest.toml").write_text('[[document]]\nfile = "a.txt"\nkind = "blog"\n')
    result = ingest(runner, tmp_path)
    assert result.exit_code == 1
    assert "manifest:" in result.output and "unknown kind 'blog'" in result.output
    assert documents(app) == []


def test_many_files_show_a_progress_bar_on_stderr_and_a_summary(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    for number in range(25):
        (tmp_path / f"{number:02}.txt").write_text(f"Document number {number} about 1988.")
    result = ingest(runner, tmp_path)
    assert result.exit_code == 0
    assert "Ingesting" in result.stderr
    assert "stored: " not in result.stdout  # per-file lines give way to the bar
    assert result.stdout.strip().splitlines()[-1] == "25 stored, 0 already present, 0 refused (25 files)"
    assert len(documents(app)) == 25


def test_both_backends_store_the_same_documents(make_database_url: Callable[[str], str]) -> None:
    """`provenance ingest seeds` gives identical rows on SQLite and PostgreSQL."""
    columns = (Document.id, Document.kind, Document.title, Document.text, Document.sha256,
               Document.source_sha256, Document.parent_id, Document.parent_start, Document.parent_end)
    stored = {}
    for backend in ("sqlite", "postgresql"):
        app = create_app({"TESTING": True, "DATABASE_URL": make_database_url(backend)})
        assert app.test_cli_runner().invoke(cli, ["ingest", str(SEEDS_DIR)]).exit_code == 0
        with db(app).sessions() as session:
            stored[backend] = session.execute(select(*columns).order_by(Document.id)).all()
        db(app).engine.dispose()
    assert len(stored["sqlite"]) == 15
    assert stored["sqlite"] == stored["postgresql"]


def test_a_concurrent_duplicate_is_reported_as_already_present(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If another process stores the same text between our check and our insert, the unique
    sha256 catches it and the file is reported as already present, not as an error."""
    (tmp_path / "a.txt").write_text("More than 30,000 political prisoners were executed.")
    first = ingest_runner.ingest_file(db(app), tmp_path / "a.txt", DocumentMetadata(), 10_000)
    assert first.status is ingest_runner.Status.STORED
    real_lookup = ingest_store.document_id_with_hash
    monkeypatch.setattr(ingest_store, "document_id_with_hash", lambda session, sha256: None)
    monkeypatch.setattr(ingest_runner, "document_id_with_hash", real_lookup)
    again = ingest_runner.ingest_file(db(app), tmp_path / "a.txt", DocumentMetadata(), 10_000)
    assert again.status is ingest_runner.Status.ALREADY_PRESENT
    assert again.document_id == first.document_id
    assert len(documents(app)) == 1


def test_large_batches_extract_ahead_in_workers_with_the_same_result(
    make_database_url: Callable[[str], str], tmp_path: Path
) -> None:
    """Extraction in worker processes queues exactly what in-process extraction queues."""
    sentences = [s for s in SEED_FILES[3].read_text(encoding="utf-8").split("\n") if s.strip()]
    for number in range(PARALLEL_THRESHOLD + 2):
        lines = [sentences[(number + k) % len(sentences)] for k in range(4)]
        (tmp_path / f"{number:03}.txt").write_text(f"Document {number}.\n" + "\n".join(lines), encoding="utf-8")
    queued = {}
    for workers in (0, 2):
        database = Database.from_url(make_database_url("sqlite"))
        with database.sessions.begin() as session:
            load_known_actors(session, load_actor_list(SEED_ACTORS_PATH))
            directory = directory_from_database(session)
        summary = ingest_runner.ingest_paths(
            database, [tmp_path], max_bytes=10_000, directory=directory, workers=workers
        )
        assert summary.counts[ingest_runner.Status.STORED] == PARALLEL_THRESHOLD + 2
        with database.sessions() as session:
            queued[workers] = sorted(
                (document, kind, start, end, repr(sorted(payload.items())))
                for document, kind, start, end, payload in session.execute(
                    select(Span.document_id, Suggestion.kind, Span.start_offset, Span.end_offset, Suggestion.payload)
                    .join(Span, Suggestion.span_id == Span.id)
                )
            )
        database.engine.dispose()
    assert queued[0] and queued[0] == queued[2]
