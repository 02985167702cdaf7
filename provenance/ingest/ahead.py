"""The database-free half of ingest — reading, decoding and extraction — done ahead of storage.

Extraction costs more than storing, and both are CPU work, so on a multi-core machine files are
prepared in worker processes while the main process stores the previous ones. At most
``WINDOW`` files are in flight, so memory stays flat however many files there are. Results come
back in file order, so outcomes and progress are reported in the order files were given.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from provenance.extract.actors import ActorDirectory
from provenance.extract.pipeline import extract
from provenance.ingest.errors import RefusedInput
from provenance.ingest.manifest import DocumentMetadata
from provenance.ingest.prepare import PreparedDocument, prepare
from provenance.services.proposals import SuggestionRow, suggestion_rows

#: Files prepared ahead of the one being stored, per worker.
WINDOW = 8
#: Fewer files than this are prepared in-process: starting workers would cost more.
PARALLEL_THRESHOLD = 50


@dataclass(frozen=True)
class PreparedFile:
    """A file made ready to store, or refused; with the suggestions of each text extracted
    (the posts of an archive page, else the document itself), as plain tuples because this
    crosses from a worker to the main process."""

    path: Path
    document: PreparedDocument | None
    refusal: str | None = None
    suggestions: tuple[tuple[SuggestionRow, ...], ...] = ()


def prepare_file(
    path: Path, metadata: DocumentMetadata, max_bytes: int, directory: ActorDirectory | None
) -> PreparedFile:
    """Prepare and (with a directory) extract one file; never raises for bad input."""
    try:
        document = prepare(path, metadata, max_bytes)
    except RefusedInput as refusal:
        return PreparedFile(path, None, refusal.reason)
    if directory is None:
        return PreparedFile(path, document)
    texts = [document.text[post.start : post.end] for post in document.posts] or [document.text]
    return PreparedFile(path, document, None, tuple(suggestion_rows(extract(text, directory)) for text in texts))


def default_workers() -> int:
    """Worker processes for extraction: one per core, as the main process mostly waits."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def prepare_ahead(
    jobs: Iterable[tuple[Path, DocumentMetadata]],
    *,
    count: int,
    max_bytes: int,
    directory: ActorDirectory | None,
    workers: int | None = None,
) -> Iterator[PreparedFile]:
    """Prepared files in job order: in worker processes for large extracting batches."""
    workers = default_workers() if workers is None else workers
    if directory is None or workers < 2 or count < PARALLEL_THRESHOLD:
        for path, metadata in jobs:
            yield prepare_file(path, metadata, max_bytes, directory)
        return
    with ProcessPoolExecutor(
        workers, mp_context=_start_method(), initializer=_set_directory, initargs=(directory,)
    ) as pool:
        in_flight: deque[Future[PreparedFile]] = deque()
        for path, metadata in jobs:
            in_flight.append(pool.submit(_prepare_in_worker, path, metadata, max_bytes))
            if len(in_flight) >= WINDOW * workers:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _start_method() -> multiprocessing.context.BaseContext:
    """"fork" where it is safe, else "spawn".

    A forked worker starts at once with the extractors already imported (their patterns
    compiled): a spawned one spends about half a second of CPU importing them again, which on
    two cores is a sixth of ingesting 500 files. Forking is safe on Linux while the process
    has no other thread (none can hold a lock the child would inherit held); the workers never
    touch the parent's database connections, and leave with ``os._exit``, closing nothing of
    the parent's. Elsewhere (macOS, Windows) or with threads running, "spawn" starts clean
    interpreters.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_worker_directory: ActorDirectory | None = None


def _set_directory(directory: ActorDirectory) -> None:
    global _worker_directory
    _worker_directory = directory


def _prepare_in_worker(path: Path, metadata: DocumentMetadata, max_bytes: int) -> PreparedFile:
    return prepare_file(path, metadata, max_bytes, _worker_directory)
