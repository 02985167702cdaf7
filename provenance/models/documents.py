"""Captured source texts and the exact anchors into them."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provenance.db import Base
from provenance.kinds import DOCUMENT_KINDS
from provenance.models.common import created_at_column, one_of
from provenance.types import UTCDateTime

if TYPE_CHECKING:
    from provenance.models.actors import Actor

#: Characters of context kept on each side of a span, as Hypothesis does for its selectors.
SPAN_CONTEXT_CHARS = 32


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        one_of("kind", DOCUMENT_KINDS, "kind_known"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint(
            "(parent_id IS NULL AND parent_start IS NULL AND parent_end IS NULL)"
            " OR (parent_id IS NOT NULL AND parent_start IS NOT NULL AND parent_end IS NOT NULL"
            " AND parent_start >= 0 AND parent_end > parent_start)",
            name="parent_offsets",
        ),
        CheckConstraint("supersedes_id IS NULL OR supersedes_id <> id", name="not_self_superseding"),
        {"comment": "One captured source text, stored verbatim and never edited."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Document number.")
    kind: Mapped[str] = mapped_column(
        String(32),
        comment="What the text is: article, archive_page, post, speech_transcript, interview, "
        "report, press_release, social_media, other.",
    )
    title: Mapped[str | None] = mapped_column(
        Text, comment="Title as the source gives it; NULL when the text names none."
    )
    url: Mapped[str | None] = mapped_column(Text, comment="Where the text was published, if known.")
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id"), index=True, comment="The organisation that published it (an actor)."
    )
    author: Mapped[str | None] = mapped_column(Text, comment="Byline as credited (e.g. 'Staff writer').")
    published_on: Mapped[date | None] = mapped_column(Date, comment="Publication date, if known.")
    retrieved_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), comment="When the source was captured (UTC), if known."
    )
    language: Mapped[str | None] = mapped_column(String(35), comment="BCP 47 language tag, e.g. 'en'.")
    text: Mapped[str] = mapped_column(
        Text,
        comment="The text, decoded with line endings normalised to \\n; all offsets index it "
        "in Unicode code points.",
    )
    sha256: Mapped[str] = mapped_column(
        String(64), unique=True, comment="SHA-256 (hex) of the UTF-8 encoded text; unique."
    )
    source_sha256: Mapped[str | None] = mapped_column(
        String(64), index=True, comment="SHA-256 (hex) of the original file's bytes, before decoding."
    )
    source_name: Mapped[str | None] = mapped_column(Text, comment="File name the text was ingested from.")
    media_type: Mapped[str] = mapped_column(
        String(64), comment="Media type of the original: text/plain or text/html."
    )
    encoding: Mapped[str | None] = mapped_column(
        String(64), comment="Character encoding the original bytes were decoded from."
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"),
        index=True,
        comment="For a post cut from an archive page: the page it was cut from.",
    )
    parent_start: Mapped[int | None] = mapped_column(
        comment="Offset in the parent's text where this post begins."
    )
    parent_end: Mapped[int | None] = mapped_column(
        comment="Offset in the parent's text where this post ends (exclusive)."
    )
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id"),
        index=True,
        comment="The earlier capture this corrected or re-captured text replaces.",
    )
    ingested_at: Mapped[datetime] = created_at_column("When Provenance stored the text (UTC).")

    outlet: Mapped[Actor | None] = relationship(foreign_keys=[outlet_id])
    parent: Mapped[Document | None] = relationship(
        remote_side=[id], foreign_keys=[parent_id], back_populates="children"
    )
    children: Mapped[list[Document]] = relationship(
        foreign_keys=[parent_id], back_populates="parent", order_by="Document.parent_start"
    )


class Span(Base):
    __tablename__ = "spans"
    __table_args__ = (
        UniqueConstraint("document_id", "start_offset", "end_offset"),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets_ordered"),
        CheckConstraint("length(exact) = end_offset - start_offset", name="exact_matches_offsets"),
        {
            "comment": "An exact anchor into a document's text: offsets plus the quoted words and "
            "their context (W3C TextPositionSelector + TextQuoteSelector)."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Span number.")
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id"), comment="The document whose text this span points into."
    )
    start_offset: Mapped[int] = mapped_column(
        comment="Offset of the first character (Unicode code points, from 0)."
    )
    end_offset: Mapped[int] = mapped_column(comment="Offset just past the last character.")
    exact: Mapped[str] = mapped_column(Text, comment="The text between the offsets, exactly.")
    prefix: Mapped[str] = mapped_column(
        Text, default="", comment="Up to 32 characters of text just before the span."
    )
    suffix: Mapped[str] = mapped_column(
        Text, default="", comment="Up to 32 characters of text just after the span."
    )

    document: Mapped[Document] = relationship()

    @classmethod
    def of(cls, document: Document, start: int, end: int) -> Span:
        """A span of ``document.text[start:end]`` with its context filled in from the text."""
        return cls(document=document, **cls.anchor(document.text, start, end))

    @staticmethod
    def anchor(text: str, start: int, end: int) -> dict[str, int | str]:
        """Offsets, exact words and context of ``text[start:end]``: a span's column values."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}..{end} is outside the text ({len(text)} chars)")
        return {
            "start_offset": start,
            "end_offset": end,
            "exact": text[start:end],
            "prefix": text[max(0, start - SPAN_CONTEXT_CHARS) : start],
            "suffix": text[end : end + SPAN_CONTEXT_CHARS],
        }
