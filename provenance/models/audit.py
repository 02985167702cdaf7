"""The append-only, hash-chained record of every write."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from provenance.db import Base
from provenance.models.common import created_at_column


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint("length(hash) = 64", name="hash_length"),
        Index("ix_audit_events_table_row", "table_name", "row_id"),
        {
            "comment": "Append-only record of every write: who, when, what, before and after; "
            "each event's hash chains to the previous one."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Event number, in order of writing.")
    occurred_at: Mapped[datetime] = created_at_column("When the change was made (UTC).")
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), index=True, comment="Who made it; NULL for a command-line process."
    )
    action: Mapped[str] = mapped_column(
        String(64), comment="What was done, e.g. 'create', 'update', 'decide_status'."
    )
    table_name: Mapped[str] = mapped_column(String(64), comment="The table written to.")
    row_id: Mapped[str] = mapped_column(String(64), comment="Primary key of the row written, as text.")
    before_json: Mapped[str | None] = mapped_column(
        Text, comment="Canonical JSON of the row before the change; NULL for a creation."
    )
    after_json: Mapped[str | None] = mapped_column(
        Text, comment="Canonical JSON of the row after the change."
    )
    reason: Mapped[str | None] = mapped_column(Text, comment="Why, where the user gave a reason.")
    prev_hash: Mapped[str | None] = mapped_column(
        String(64), comment="Hash of the previous event; NULL for the first."
    )
    hash: Mapped[str] = mapped_column(
        String(64),
        unique=True,
        comment="SHA-256 of prev_hash + this event's canonical JSON.",
    )
