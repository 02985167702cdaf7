"""Writing one prepared document (and its posts) in the caller's transaction.

Rows go in with Core inserts on the session's connection rather than as ORM objects: ingest
stores thousands of documents that nobody reads back in the same session, and the ORM's
bookkeeping for them was most of the main process's time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select
from sqlalchemy.orm import Session

from provenance.ingest.errors import RefusedInput
from provenance.ingest.prepare import PreparedDocument, text_sha256
from provenance.models import Document
from provenance.services.actors import find_or_create_organisation
from provenance.types import utcnow

DOCUMENTS = cast(Table, Document.__table__)


@dataclass(frozen=True)
class StoreResult:
    document_id: int
    already_present: bool
    post_ids: tuple[int, ...] = ()
    #: The stored texts extraction applies to (the posts, else the page) as (id, text), so
    #: the caller need not load them again; empty when nothing was stored.
    targets: tuple[tuple[int, str], ...] = field(default=(), compare=False, repr=False)


def store_document(session: Session, prepared: PreparedDocument) -> StoreResult:
    """Store ``prepared`` unless the same text is already stored; then change nothing.

    Everything that refuses the document is checked before the first write, so a refusal
    leaves the transaction as it was and the caller may go on with other documents in it."""
    existing = document_id_with_hash(session, prepared.sha256)
    if existing is not None:
        return StoreResult(document_id=existing, already_present=True)
    metadata = prepared.metadata
    post_texts = [prepared.text[post.start : post.end] for post in prepared.posts]
    post_hashes = [text_sha256(post_text) for post_text in post_texts]
    for number, post_hash in enumerate(post_hashes, start=1):
        duplicate = document_id_with_hash(session, post_hash)
        if duplicate is not None:
            raise RefusedInput(f"post {number} is already stored as document {duplicate}")
    if metadata.supersedes is not None and session.get(Document, metadata.supersedes) is None:
        raise RefusedInput(f"supersedes document {metadata.supersedes}, which does not exist")

    outlet_id = None
    if metadata.outlet:
        outlet = find_or_create_organisation(session, metadata.outlet)
        session.flush()
        outlet_id = outlet.id
    now = utcnow()
    connection = session.connection()
    page_id = _insert(connection, {
        "kind": metadata.kind,
        "title": metadata.title,
        "url": metadata.url,
        "outlet_id": outlet_id,
        "author": metadata.author,
        "published_on": metadata.published_on,
        "retrieved_at": metadata.retrieved_at,
        "language": metadata.language,
        "supersedes_id": metadata.supersedes,
        **_stored_text(prepared, prepared.text, prepared.sha256, now),
    })
    post_ids = tuple(
        _insert(connection, {
            "kind": "post",
            "title": post.spec.title,
            "author": post.spec.author,
            "outlet_id": outlet_id,
            "published_on": None,
            "language": metadata.language,
            "parent_id": page_id,
            "parent_start": post.start,
            "parent_end": post.end,
            **_stored_text(prepared, post_text, post_hash, now),
        })
        for post, post_text, post_hash in zip(prepared.posts, post_texts, post_hashes)
    )
    return StoreResult(
        document_id=page_id,
        already_present=False,
        post_ids=post_ids,
        targets=tuple(zip(post_ids, post_texts)) or ((page_id, prepared.text),),
    )


def _stored_text(prepared: PreparedDocument, text: str, sha256: str, now: datetime) -> dict[str, Any]:
    """The columns a page and its posts fill alike: the text and where it came from."""
    return {
        "text": text,
        "sha256": sha256,
        "source_sha256": prepared.source_sha256,
        "source_name": prepared.source_name,
        "media_type": prepared.media_type,
        "encoding": prepared.encoding,
        "ingested_at": now,
    }


def _insert(connection: Connection, row: dict[str, Any]) -> int:
    """Insert one ``documents`` row; its new id."""
    key = connection.execute(_INSERT, row).inserted_primary_key
    assert key is not None
    return int(key[0])


def document_id_with_hash(session: Session, sha256: str) -> int | None:
    return session.connection().scalar(_ID_WITH_HASH, {"sha256": sha256})


# Built once: making a statement costs more than SQLite takes to run it.
_INSERT = insert(DOCUMENTS)
_ID_WITH_HASH = select(DOCUMENTS.c.id).where(DOCUMENTS.c.sha256 == bindparam("sha256"))
