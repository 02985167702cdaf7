"""Writing one prepared document (and its posts) in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from provenance.ingest.errors import RefusedInput
from provenance.ingest.prepare import PreparedDocument, text_sha256
from provenance.models import Document
from provenance.services.actors import find_or_create_organisation
from provenance.types import utcnow


@dataclass(frozen=True)
class StoreResult:
    document_id: int
    already_present: bool
    post_ids: tuple[int, ...] = ()
    #: The stored rows extraction applies to (the posts, else the page), so the caller need
    #: not load them again; empty when nothing was stored.
    targets: tuple[Document, ...] = field(default=(), compare=False, repr=False)


def store_document(session: Session, prepared: PreparedDocument) -> StoreResult:
    """Store ``prepared`` unless the same text is already stored; then change nothing."""
    existing = document_id_with_hash(session, prepared.sha256)
    if existing is not None:
        return StoreResult(document_id=existing, already_present=True)
    metadata = prepared.metadata
    post_texts = [prepared.text[post.start : post.end] for post in prepared.posts]
    for number, post_text in enumerate(post_texts, start=1):
        duplicate = document_id_with_hash(session, text_sha256(post_text))
        if duplicate is not None:
            raise RefusedInput(f"post {number} is already stored as document {duplicate}")
    if metadata.supersedes is not None and session.get(Document, metadata.supersedes) is None:
        raise RefusedInput(f"supersedes document {metadata.supersedes}, which does not exist")

    outlet = find_or_create_organisation(session, metadata.outlet) if metadata.outlet else None
    now = utcnow()
    page = Document(
        kind=metadata.kind,
        title=metadata.title,
        url=metadata.url,
        outlet=outlet,
        author=metadata.author,
        published_on=metadata.published_on,
        retrieved_at=metadata.retrieved_at,
        language=metadata.language,
        text=prepared.text,
        sha256=prepared.sha256,
        source_sha256=prepared.source_sha256,
        source_name=prepared.source_name,
        media_type=prepared.media_type,
        encoding=prepared.encoding,
        supersedes_id=metadata.supersedes,
        ingested_at=now,
    )
    session.add(page)
    posts = [
        Document(
            kind="post",
            title=post.spec.title,
            author=post.spec.author,
            outlet=outlet,
            published_on=None,
            language=metadata.language,
            text=post_text,
            sha256=text_sha256(post_text),
            source_sha256=prepared.source_sha256,
            source_name=prepared.source_name,
            media_type=prepared.media_type,
            encoding=prepared.encoding,
            parent=page,
            parent_start=post.start,
            parent_end=post.end,
            ingested_at=now,
        )
        for post, post_text in zip(prepared.posts, post_texts)
    ]
    session.add_all(posts)
    session.flush()
    return StoreResult(
        document_id=page.id,
        already_present=False,
        post_ids=tuple(post.id for post in posts),
        targets=tuple(posts) or (page,),
    )


def document_id_with_hash(session: Session, sha256: str) -> int | None:
    return session.scalar(select(Document.id).where(Document.sha256 == sha256))
