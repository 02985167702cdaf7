"""Ingesting many paths: expand folders, find manifests, store a few files per transaction.

Files are read, stored and released a transaction at a time, so the texts never accumulate:
what grows with the number of files is only the list of their paths (about half a kilobyte
each, needed for the progress bar's total). A refused file is reported and skipped, having
written nothing; the others go on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from provenance.db import Database
from provenance.extract.actors import ActorDirectory
from provenance.ingest.ahead import PreparedFile, prepare_ahead, prepare_file
from provenance.ingest.errors import RefusedInput
from provenance.ingest.manifest import MANIFEST_NAME, DocumentMetadata, load_manifest
from provenance.ingest.prepare import is_supported
from provenance.ingest.store import document_id_with_hash, store_document
from provenance.services.extraction import NewText, queue_new

#: Files stored per transaction, at most; see :func:`store_files`.
BATCH_FILES = 16
#: Characters of text per transaction after which no further file joins it (memory stays flat).
BATCH_CHARS = 2_000_000


class Status(str, Enum):
    STORED = "stored"
    ALREADY_PRESENT = "already present"
    REFUSED = "refused"


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: Status
    detail: str
    document_id: int | None = None


@dataclass
class IngestSummary:
    counts: dict[Status, int] = field(default_factory=lambda: {status: 0 for status in Status})

    @property
    def files(self) -> int:
        return sum(self.counts.values())

    @property
    def refused(self) -> int:
        return self.counts[Status.REFUSED]

    def line(self) -> str:
        parts = [f"{self.counts[status]} {status.value}" for status in Status]
        return f"{', '.join(parts)} ({self.files} file{'s' if self.files != 1 else ''})"


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus every supported file under named folders, in sorted order.

    Inside folders only .txt/.html/.htm files are taken (manifests and other files are not
    documents); a file named directly is always attempted, so a wrong type is reported.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p) and not _hidden(p, path))
            )
        else:
            files.append(path)
    return files


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_metadata(files: Iterable[Path], manifest: Path | None) -> dict[Path, DocumentMetadata]:
    """Metadata for each file from ``manifest`` or the ``manifest.toml`` in its folder.

    All manifests are read before anything is stored, so a broken one stops the run early.
    """
    explicit = load_manifest(manifest) if manifest is not None else {}
    by_folder: dict[Path, dict[Path, DocumentMetadata]] = {}
    result: dict[Path, DocumentMetadata] = {}
    for file in files:
        resolved = file.resolve()
        folder = resolved.parent
        if folder not in by_folder:
            candidate = folder / MANIFEST_NAME
            by_folder[folder] = load_manifest(candidate) if candidate.is_file() else {}
        found = explicit.get(resolved) or by_folder[folder].get(resolved)
        if found is not None:
            result[resolved] = found
    return result


def ingest_paths(
    database: Database,
    paths: Iterable[Path],
    *,
    max_bytes: int,
    manifest: Path | None = None,
    overrides: dict[str, Any] | None = None,
    directory: ActorDirectory | None = None,
    workers: int | None = None,
    on_outcome: Callable[[FileOutcome], None] | None = None,
    progress: Callable[[list[Path]], Iterator[Path]] = iter,
) -> IngestSummary:
    """Ingest every file under ``paths``, several files per transaction (see :func:`store_files`).

    With a ``directory`` of known actors, the extractors run on each new document and their
    suggestions are queued for review in the document's transaction; for large batches the
    extraction runs ahead in ``workers`` processes (default: one per core).
    """
    files = expand(paths)
    metadata = collect_metadata((f for f in files if f.exists()), manifest)

    plain = DocumentMetadata().overridden_by(**(overrides or {}))

    def metadata_of(file: Path) -> DocumentMetadata:
        if not metadata:  # no manifest names any file: no path to resolve
            return plain
        base = metadata.get(file.resolve(), DocumentMetadata()) if file.exists() else DocumentMetadata()
        return base.overridden_by(**(overrides or {}))

    prepared = prepare_ahead(
        ((file, metadata_of(file)) for file in files),
        count=len(files),
        max_bytes=max_bytes,
        directory=directory,
        workers=workers,
    )
    summary = IngestSummary()
    # Closed on the way out, error or not, so worker processes end with the ingest.
    with closing(prepared), _long_lived_objects_frozen():
        for _file, outcome in zip(progress(files), store_files(database, prepared, directory)):
            summary.counts[outcome.status] += 1
            if on_outcome is not None:
                on_outcome(outcome)
    return summary


@contextmanager
def _long_lived_objects_frozen() -> Iterator[None]:
    """Keep the objects that exist before ingest (modules, compiled patterns, the actor
    directory, SQLAlchemy's metadata: a hundred thousand) out of the garbage collector's way
    while it runs.

    Storing allocates fast, so the collector runs hundreds of times per thousand files, and
    its full collections walked all of those objects: about a tenth of the main process's
    time. Frozen, they are skipped until ingest ends; forked workers then also share their
    pages instead of copying them when the collector touches them. Left alone if something
    else froze objects already.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def ingest_file(
    database: Database,
    path: Path,
    metadata: DocumentMetadata,
    max_bytes: int,
    directory: ActorDirectory | None = None,
) -> FileOutcome:
    """Ingest one file in one transaction; a refusal leaves the database as it was."""
    return store_file(database, prepare_file(path, metadata, max_bytes, directory), directory)


def store_files(
    database: Database, prepared: Iterable[PreparedFile], directory: ActorDirectory | None
) -> Iterator[FileOutcome]:
    """Store prepared files, in order, several to a transaction; their outcomes in order.

    A commit per file cost more than storing a 10 KB file: files go in transactions of up to
    ``BATCH_FILES`` files (fewer when their texts pass ``BATCH_CHARS``), and their suggestions
    in one statement per table per transaction. Each file's outcome is reported after its
    transaction commits. A refused file writes nothing (everything that refuses a file is
    checked before its first write), so it never costs the others in its transaction. If the
    transaction fails — another process stored the same text meanwhile, or anything else — it
    is rolled back and its files are stored again one transaction each, which gives exactly
    what storing every file in its own transaction gives: the race reported as "already
    present", any other error raised at its own file after the files before it are stored.
    """
    for batch in _batches(prepared):
        if len(batch) > 1:
            try:
                outcomes = _store_together(database, batch, directory)
            except Exception:  # noqa: BLE001 - redone file by file below, which raises it again
                pass
            else:
                yield from outcomes
                continue
        for ready in batch:
            yield store_file(database, ready, directory)


def _batches(prepared: Iterable[PreparedFile]) -> Iterator[list[PreparedFile]]:
    """Consecutive files, up to ``BATCH_FILES`` files or ``BATCH_CHARS`` characters of text."""
    batch: list[PreparedFile] = []
    chars = 0
    for ready in prepared:
        batch.append(ready)
        chars += len(ready.document.text) if ready.document is not None else 0
        if len(batch) >= BATCH_FILES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def store_file(database: Database, ready: PreparedFile, directory: ActorDirectory | None) -> FileOutcome:
    """Store a prepared file and queue its suggestions, in one transaction."""
    try:
        [outcome] = _store_together(database, [ready], directory)
    except IntegrityError:
        # Another process may have stored the same text between our check and our insert.
        assert ready.document is not None
        with database.sessions() as session:
            existing = document_id_with_hash(session, ready.document.sha256)
        if existing is None:
            raise
        return FileOutcome(ready.path, Status.ALREADY_PRESENT, f"document {existing}", existing)
    return outcome


def _store_together(
    database: Database, batch: list[PreparedFile], directory: ActorDirectory | None
) -> list[FileOutcome]:
    """Store ``batch`` in one transaction and queue the suggestions of the new documents."""
    outcomes: list[FileOutcome] = []
    new_texts: list[NewText] = []
    with database.sessions.begin() as session:
        for ready in batch:
            path, prepared = ready.path, ready.document
            if prepared is None:
                outcomes.append(FileOutcome(path, Status.REFUSED, ready.refusal or "refused"))
                continue
            try:
                result = store_document(session, prepared)
            except RefusedInput as refusal:
                outcomes.append(FileOutcome(path, Status.REFUSED, refusal.reason))
                continue
            if result.already_present:
                outcomes.append(
                    FileOutcome(path, Status.ALREADY_PRESENT, f"document {result.document_id}", result.document_id)
                )
                continue
            posts = f" with {len(result.post_ids)} posts" if result.post_ids else ""
            queued = ""
            if directory is not None:
                # An archive page's posts are extracted, not the page, so nothing is suggested twice.
                texts = [
                    NewText(document_id, text, rows)
                    for (document_id, text), rows in zip(result.targets, ready.suggestions, strict=True)
                ]
                new_texts.extend(texts)
                queued = f", {sum(len(text.rows) for text in texts)} suggestions"
            outcomes.append(
                FileOutcome(path, Status.STORED, f"document {result.document_id}{posts}{queued}", result.document_id)
            )
        queue_new(session.connection(), new_texts)
    return outcomes
