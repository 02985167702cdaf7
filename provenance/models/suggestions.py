"""Machine proposals awaiting a fact-checker's decision."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provenance.db import Base
from provenance.models.common import created_at_column, one_of
from provenance.models.documents import Span
from provenance.types import UTCDateTime

SUGGESTION_KINDS = ("figure", "quote", "actor")
SUGGESTION_STATES = ("pending", "accepted", "corrected", "rejected")


class Suggestion(Base):
    __tablename__ = "suggestions"
    __table_args__ = (
        one_of("kind", SUGGESTION_KINDS, "kind_known"),
        one_of("state", SUGGESTION_STATES, "state_known"),
        CheckConstraint(
            "(state = 'pending' AND decided_at IS NULL) OR (state <> 'pending' AND decided_at IS NOT NULL)",
            name="decided_when_not_pending",
        ),
        {
            "comment": "What an extractor proposes (a figure, a quote and its speaker, an actor); "
            "nothing becomes a fact until a person accepts it."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Suggestion number.")
    span_id: Mapped[int] = mapped_column(
        ForeignKey("spans.id"), index=True, comment="The words the suggestion is about."
    )
    kind: Mapped[str] = mapped_column(String(32), comment="figure, quote or actor.")
    payload: Mapped[dict[str, Any]] = mapped_column(
        JSON, comment="The proposal itself (value, bounds, speaker, actor name …) as JSON."
    )
    extractor: Mapped[str] = mapped_column(String(64), comment="Name of the extractor that proposed it.")
    extractor_version: Mapped[str] = mapped_column(String(32), comment="Version of that extractor.")
    state: Mapped[str] = mapped_column(
        String(16),
        default="pending",
        index=True,
        comment="pending, accepted, corrected or rejected.",
    )
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), index=True, comment="The user who accepted, corrected or rejected it."
    )
    decided_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), comment="When it was decided (UTC); NULL while pending."
    )
    version: Mapped[int] = mapped_column(
        Integer, default=1, comment="Edit counter for optimistic locking; +1 on every change."
    )
    created_at: Mapped[datetime] = created_at_column()

    span: Mapped[Span] = relationship()

    __mapper_args__ = {"version_id_col": version}
