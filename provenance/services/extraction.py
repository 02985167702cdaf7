"""Running the extractors on stored documents and queueing what they find as suggestions.

Suggestions are written with bulk inserts (a 10 KB document yields dozens), and a suggestion
is never added twice: if any suggestion of the same kind already covers the same words —
pending or decided, from any extractor version — re-running extraction skips it.

Ingest queues the suggestions of the documents it has just stored with :func:`queue_new`,
from the :data:`~provenance.services.proposals.SuggestionRow` tuples its worker processes
compute, so the main process, which stores for every worker, does only the inserts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Table, bindparam, insert, select
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
    _insert_many(
        connection,
        SPANS,
        ("document_id", *_ANCHOR_COLUMNS),
        [
            (document_id, *_anchor_values(Span.anchor(text, start, end)))
            for document_id, text, offsets in wanted
            for start, end in offsets
        ],
    )
    ids = {document_id for document_id, _, _ in wanted}
    span_ids = {
        (document_id, start, end): span_id
        for span_id, document_id, start, end in connection.execute(
            _SPANS_OF_DOCUMENTS, {"first": min(ids), "last": max(ids)}
        ).all()
        if document_id in ids
    }
    _insert_many(
        connection,
        SUGGESTIONS,
        ("span_id", "kind", "payload", "extractor", "extractor_version"),
        [
            (span_ids[(new.document_id, start, end)], kind, payload, extractor, EXTRACTORS[extractor])
            for new in documents
            for kind, start, end, payload, extractor in new.rows
        ],
        {"state": "pending", "version": 1, "created_at": utcnow()},
    )


_SPANS_OF_DOCUMENTS = select(SPANS.c.id, SPANS.c.document_id, SPANS.c.start_offset, SPANS.c.end_offset).where(
    SPANS.c.document_id.between(bindparam("first"), bindparam("last"))
)
_ANCHOR_COLUMNS = ("start_offset", "end_offset", "exact", "prefix", "suffix")
_anchor_values = itemgetter(*_ANCHOR_COLUMNS)


def _insert_many(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    rows: Sequence[tuple[Any, ...]],
    same: dict[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (values of ``columns``, in that order; ``same`` gives the columns every
    row has alike) with one executemany.

    On SQLite the rows go straight to the driver: SQLAlchemy's per-row work on an
    executemany (building each row's parameters, running each value's type processor) cost
    the main process as much as SQLite's own inserting. Each column's bind processor (JSON
    to text, a UTC time to SQLite's text, …) still runs, once per row on the values that
    differ and once in all on the ones that do not. Other databases get SQLAlchemy's own
    executemany."""
    if not rows:
        return
    same = same or {}
    names = (*columns, *same)
    dialect = connection.dialect
    if dialect.name != "sqlite":
        constants = tuple(same.values())
        connection.execute(insert(table), [dict(zip(names, row + constants)) for row in rows])
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names), for_executemany=True)
    constants = tuple(_processed(table, name, value, dialect) for name, value in same.items())
    processing = [
        (index, process)
        for index, process in enumerate(_bind_processor(table, name, dialect) for name in columns)
        if process is not None
    ]
    processed = [_row(row, processing) + constants for row in rows] if processing else [
        row + constants for row in rows
    ]
    assert compiled.positiontup is not None  # SQLite's parameters are positional
    order = [names.index(name) for name in compiled.positiontup]
    if order != list(range(len(names))):
        processed = [tuple(row[i] for i in order) for row in processed]
    connection.exec_driver_sql(compiled.string, processed)


def _row(row: tuple[Any, ...], processing: list[tuple[int, Callable[[Any], Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for index, process in processing:
        values[index] = process(values[index])
    return tuple(values)


def _processed(table: Table, name: str, value: Any, dialect: Dialect) -> Any:
    process = _bind_processor(table, name, dialect)
    return value if process is None else process(value)


def _bind_processor(table: Table, name: str, dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy does to a value of column ``name`` before giving it to the driver."""
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)


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


def ensure_spans(session: Session, document: Document, offsets: set[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Ids of spans of ``document`` at ``offsets``, inserting the missing ones in one statement.

    The returned rows carry their own offsets, so their order does not matter: without
    ``sort_by_parameter_order`` the rows go in one multi-row INSERT … RETURNING instead of one
    statement per row, which is what ordered RETURNING costs on SQLite."""
    known = {
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
