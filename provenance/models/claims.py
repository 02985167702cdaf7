"""Checkable claims, the statements grouped under them, and their status decisions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provenance.db import Base
from provenance.models.common import created_at_column, one_of
from provenance.models.statements import Statement
from provenance.types import UTCDateTime, utcnow

STANCES = ("supports", "contradicts", "qualifies")

#: ClaimReview ratings run from WORST_RATING to BEST_RATING; see docs/schema.md "statuses".
BEST_RATING = 5
WORST_RATING = 1


class Status(Base):
    __tablename__ = "statuses"
    __table_args__ = (
        CheckConstraint(
            f"rating_value IS NULL OR rating_value BETWEEN {WORST_RATING} AND {BEST_RATING}",
            name="rating_in_scale",
        ),
        {
            "comment": "The corroboration vocabulary; rows are created by a migration and "
            "extended by admins."
        },
    )

    code: Mapped[str] = mapped_column(
        String(32), primary_key=True, comment="Stable identifier, e.g. 'corroborated'."
    )
    label: Mapped[str] = mapped_column(Text, comment="Name shown to people and exported as the rating.")
    description: Mapped[str] = mapped_column(Text, comment="When editors should choose this status.")
    is_final: Mapped[bool] = mapped_column(
        Boolean, comment="Whether this status closes the check (true) or leaves it open."
    )
    rating_value: Mapped[int | None] = mapped_column(
        Integer,
        comment="ClaimReview ratingValue on the 1 (worst) to 5 (best) scale; NULL = not rated.",
    )
    sort_order: Mapped[int] = mapped_column(
        Integer, unique=True, comment="Position in lists and menus."
    )


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("length(trim(proposition)) > 0", name="proposition_not_blank"),
        CheckConstraint("version >= 1", name="version_positive"),
        {"comment": "A checkable proposition that editors group statements under and decide."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Claim number.")
    proposition: Mapped[str] = mapped_column(
        Text,
        comment="The proposition, e.g. 'Number of political prisoners executed in Iran in 1988'.",
    )
    description: Mapped[str | None] = mapped_column(Text, comment="Editors' notes on scope.")
    status_code: Mapped[str] = mapped_column(
        ForeignKey("statuses.code"),
        index=True,
        default="unreviewed",
        comment="Current corroboration status: the status of the latest review.",
    )
    version: Mapped[int] = mapped_column(
        Integer, default=1, comment="Edit counter for optimistic locking; +1 on every change."
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), index=True, comment="The user who opened the claim."
    )
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, comment="When the claim last changed (UTC)."
    )

    status: Mapped[Status] = relationship()
    statement_links: Mapped[list[ClaimStatement]] = relationship(
        back_populates="claim", order_by="ClaimStatement.id"
    )
    reviews: Mapped[list[Review]] = relationship(back_populates="claim", order_by="Review.id")

    __mapper_args__ = {"version_id_col": version}


class ClaimStatement(Base):
    __tablename__ = "claim_statements"
    __table_args__ = (
        one_of("stance", STANCES, "stance_known"),
        UniqueConstraint("claim_id", "statement_id"),
        {"comment": "A statement grouped under a claim, with its stance towards it."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Link number.")
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), comment="The claim.")
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id"), index=True, comment="The statement grouped under it."
    )
    stance: Mapped[str] = mapped_column(
        String(32), comment="supports, contradicts or qualifies the claim."
    )
    note: Mapped[str | None] = mapped_column(Text, comment="Why the statement bears on the claim.")
    added_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), index=True, comment="The user who linked the statement."
    )
    added_at: Mapped[datetime] = created_at_column("When the statement was linked (UTC).")

    claim: Mapped[Claim] = relationship(back_populates="statement_links")
    statement: Mapped[Statement] = relationship()


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("length(trim(rationale)) > 0", name="rationale_required"),
        {"comment": "Append-only history of status decisions on claims, each with its reasons."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Review number.")
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id"), index=True, comment="The claim decided."
    )
    status_code: Mapped[str] = mapped_column(
        ForeignKey("statuses.code"), index=True, comment="The status decided."
    )
    rationale: Mapped[str] = mapped_column(Text, comment="The written reasons for the decision.")
    reviewer_id: Mapped[int] = mapped_column(
        ForeignKey("users.id"), index=True, comment="The editor who decided."
    )
    reviewed_at: Mapped[datetime] = created_at_column("When the decision was made (UTC).")

    claim: Mapped[Claim] = relationship(back_populates="reviews")
    status: Mapped[Status] = relationship()
