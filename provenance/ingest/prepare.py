"""One file to a document ready to store, or a refusal: no database involved.

Everything that can be wrong with a file is found here, before a transaction is opened, so a
refused file never leaves a row behind.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from provenance.ingest.decoding import decode
from provenance.ingest.errors import RefusedInput
from provenance.ingest.html import extract_main_text
from provenance.ingest.manifest import DocumentMetadata
from provenance.ingest.posts import PostSlice, split_posts

#: File types ingest reads, by suffix, and the media type recorded for each.
MEDIA_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class PreparedDocument:
    """A decoded, hashed text with its metadata and, for an archive page, its posts."""

    source_name: str
    media_type: str
    encoding: str
    source_sha256: str
    text: str
    sha256: str
    metadata: DocumentMetadata
    posts: tuple[PostSlice, ...]


def text_sha256(text: str) -> str:
    """The hash stored in ``documents.sha256``: SHA-256 of the UTF-8 encoded text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_TYPES


def prepare(path: Path, metadata: DocumentMetadata, max_bytes: int) -> PreparedDocument:
    """Read, check, decode and hash ``path``; raise :class:`RefusedInput` with the reason."""
    raw = read_bytes(path, max_bytes)
    media_type = MEDIA_TYPES[path.suffix.lower()]
    decoded = decode(raw)
    text = decoded.text
    if media_type == "text/html":
        page = extract_main_text(text)
        text = page.text
        if metadata.title is None and page.title:
            metadata = metadata.overridden_by(title=page.title)
    posts = (
        tuple(split_posts(text, list(metadata.posts), metadata.post_end_marker))
        if metadata.posts and metadata.post_end_marker
        else ()
    )
    return PreparedDocument(
        source_name=path.name,
        media_type=media_type,
        encoding=decoded.encoding,
        source_sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
        sha256=text_sha256(text),
        metadata=metadata,
        posts=posts,
    )


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after the checks that need no reading (existence, type, size)."""
    if not path.exists():
        raise RefusedInput("missing: no such file")
    if not path.is_file():
        raise RefusedInput("not a regular file")
    if not is_supported(path):
        raise RefusedInput(f"unsupported file type {path.suffix or '(none)'!r}; expected .txt, .html or .htm")
    size = path.stat().st_size
    if size == 0:
        raise RefusedInput("empty: 0 bytes")
    if size > max_bytes:
        raise RefusedInput(
            f"too large: {size:,} bytes is over the {max_bytes:,}-byte limit (MAX_DOCUMENT_BYTES)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RefusedInput(f"unreadable: {exc.strerror or exc}") from exc
