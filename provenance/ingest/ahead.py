"""The database-free half of ingest — reading, decoding and extraction — done ahead of storage.

Extraction costs more than storing, and both are CPU work, so on a multi-core machine files are
prepared in worker processes while the main process stores the previous ones. At most
``WINDOW`` files per worker are in flight, so memory stays flat however many files there are.
Results come back in file order, so outcomes and progress are reported in the order files were
given. What a worker sends back is kept cheap to unpickle (plain tuples, not extraction
objects): the main process receives for every worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
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
) -> Generator[PreparedFile, None, None]:
    """Prepared files in job order: in worker processes for large extracting batches."""
    workers = default_workers() if workers is None else workers
    if directory is None or workers < 2 or count < PARALLEL_THRESHOLD:
        for path, metadata in jobs:
            yield prepare_file(path, metadata, max_bytes, directory)
        return
    pool = _Workers(workers, directory, max_bytes)
    try:
        yield from pool.prepared(jobs)
    except BaseException:
        pool.stop(at_once=True)
        raise
    pool.stop(at_once=False)


class WorkerFailed(RuntimeError):
    """An extraction worker process ended without sending back the file it was preparing."""


class _Workers:
    """Worker processes, each with its own connection, and no thread in the main process.

    ``concurrent.futures.ProcessPoolExecutor`` moves every file through two helper threads of
    the main process (one feeding the workers, one collecting results), which cost the main
    process more per file than storing it, and whose turns at the GIL wait on the storing.
    Here the main thread sends each file to the worker with the fewest files in flight and
    reads each result from the worker that has it, in file order: a worker answers in the
    order it was asked, so the next message from it is the oldest file it holds. Results
    done ahead wait in the connection's socket buffer (a window of 10 KB files fits in it).
    """

    def __init__(self, workers: int, directory: ActorDirectory, max_bytes: int) -> None:
        context = _start_method()
        self._connections: list[Connection] = []
        self._processes: list[BaseProcess] = []
        for _ in range(workers):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, directory, max_bytes), daemon=True)
            process.start()
            # Closed here, before the next worker is forked, so only the worker holds its end:
            # if it dies, reading from ours reports it instead of waiting for ever.
            theirs.close()
            self._connections.append(ours)
            self._processes.append(process)

    def prepared(self, jobs: Iterable[tuple[Path, DocumentMetadata]]) -> Iterator[PreparedFile]:
        """Each job's prepared file, in job order, with at most ``WINDOW`` per worker in flight."""
        in_flight = [0] * len(self._connections)
        holders: deque[int] = deque()  # the worker of each file in flight, in file order
        for job in jobs:
            worker = min(range(len(in_flight)), key=in_flight.__getitem__)
            if in_flight[worker] >= WINDOW:
                yield self._next(holders, in_flight)
                worker = min(range(len(in_flight)), key=in_flight.__getitem__)
            self._send(worker, job)
            in_flight[worker] += 1
            holders.append(worker)
        while holders:
            yield self._next(holders, in_flight)

    def _send(self, worker: int, job: tuple[Path, DocumentMetadata]) -> None:
        try:
            self._connections[worker].send(job)
        except OSError as error:  # the worker is gone: its end of the connection is closed
            raise self._failed(worker) from error

    def _next(self, holders: deque[int], in_flight: list[int]) -> PreparedFile:
        worker = holders.popleft()
        in_flight[worker] -= 1
        try:
            answer: PreparedFile | _Failure = self._connections[worker].recv()
        except (EOFError, OSError) as error:  # closed, or reset with our files unread
            raise self._failed(worker) from error
        if isinstance(answer, _Failure):
            raise answer.error from _RemoteTraceback(answer.traceback)
        return answer

    def _failed(self, worker: int) -> WorkerFailed:
        process = self._processes[worker]
        process.join(timeout=10)
        return WorkerFailed(f"extraction worker {worker} stopped (exit code {process.exitcode})")

    def stop(self, *, at_once: bool) -> None:
        """End the workers: asked to and waited for, or (after an error) terminated."""
        for connection, process in zip(self._connections, self._processes):
            if not at_once:
                with contextlib.suppress(OSError):
                    connection.send(None)
            else:
                process.terminate()
        for connection, process in zip(self._connections, self._processes):
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join()
            connection.close()


@dataclass(frozen=True)
class _Failure:
    """What a worker sends back when preparing a file raised (a bug, not bad input)."""

    error: BaseException
    traceback: str


class _RemoteTraceback(Exception):
    """The worker's traceback, chained to the error raised again in the main process."""

    def __str__(self) -> str:
        return str(self.args[0])


def _serve(connection: Connection, directory: ActorDirectory, max_bytes: int) -> None:
    """A worker: prepare each file it is sent until it is sent None."""
    # Ctrl-C reaches the whole process group; the main process alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while (job := _receive(connection)) is not None:
        path, metadata = job
        try:
            answer: PreparedFile | _Failure = prepare_file(path, metadata, max_bytes, directory)
        except Exception as error:  # noqa: BLE001 - sent to the main process, which raises it
            answer = _Failure(error, traceback.format_exc())
        try:
            connection.send(answer)
        except Exception as error:  # noqa: BLE001 - e.g. an error that cannot be pickled
            connection.send(_Failure(RuntimeError(repr(error)), traceback.format_exc()))
    connection.close()


def _receive(connection: Connection) -> tuple[Path, DocumentMetadata] | None:
    """The next file to prepare; None when told to stop, or when the main process is gone."""
    try:
        job: tuple[Path, DocumentMetadata] | None = connection.recv()
    except (EOFError, OSError):
        return None
    return job


def _start_method() -> ForkContext | SpawnContext:
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
