"""What documents assert, who asserts it, and the numbers stated in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Double, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provenance.db import Base
from provenance.models.actors import Actor
from provenance.models.common import created_at_column, one_of
from provenance.models.documents import Span

STATEMENT_KINDS = ("direct_quote", "reported_speech", "author_assertion")
ATTRIBUTION_STATUSES = ("as_reported", "checked_against_primary", "misattributed", "altered")
FIGURE_QUALIFIERS = (
    "exact",
    "about",
    "estimated",
    "more_than",
    "at_least",
    "up_to",
    "less_than",
    "range",
    "vague",
)


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (
        one_of("kind", STATEMENT_KINDS, "kind_known"),
        one_of("attribution_status", ATTRIBUTION_STATUSES, "attribution_status_known"),
        CheckConstraint("via_statement_id IS NULL OR via_statement_id <> id", name="not_via_itself"),
        {"comment": "Something asserted in a document, by a speaker or in the document's own voice."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Statement number.")
    span_id: Mapped[int] = mapped_column(
        ForeignKey("spans.id"), index=True, comment="The exact words of the statement."
    )
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id"),
        index=True,
        comment="Who asserts it; NULL means the document itself (its author's own voice).",
    )
    kind: Mapped[str] = mapped_column(
        String(32), comment="direct_quote, reported_speech or author_assertion."
    )
    via_statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id"),
        index=True,
        comment="For nested attribution ('A reported that B said …'): the statement it is "
        "reported through.",
    )
    attribution_status: Mapped[str] = mapped_column(
        String(32),
        default="as_reported",
        comment="as_reported, checked_against_primary, misattributed or altered.",
    )
    summary: Mapped[str | None] = mapped_column(
        Text, comment="The assertion in the fact-checker's words, where the exact words need it."
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), index=True, comment="The user who recorded the statement."
    )
    created_at: Mapped[datetime] = created_at_column()

    span: Mapped[Span] = relationship()
    speaker: Mapped[Actor | None] = relationship()
    via: Mapped[Statement | None] = relationship(remote_side=[id])
    figures: Mapped[list[Figure]] = relationship(back_populates="statement", order_by="Figure.id")


class Figure(Base):
    __tablename__ = "figures"
    __table_args__ = (
        one_of("qualifier", FIGURE_QUALIFIERS, "qualifier_known"),
        CheckConstraint("low IS NULL OR high IS NULL OR low <= high", name="bounds_ordered"),
        CheckConstraint(
            "value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL", name="has_a_number"
        ),
        {"comment": "A number stated inside a statement, with its bounds and qualifier."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Figure number.")
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id"), index=True, comment="The statement the number is stated in."
    )
    span_id: Mapped[int] = mapped_column(
        ForeignKey("spans.id"), index=True, comment="The words of the number, with its qualifier."
    )
    value: Mapped[float | None] = mapped_column(
        Double, comment="The number as stated; NULL for vague amounts ('thousands')."
    )
    low: Mapped[float | None] = mapped_column(
        Double, comment="Lower bound; NULL when open ('up to 5,000')."
    )
    high: Mapped[float | None] = mapped_column(
        Double, comment="Upper bound; NULL when open ('more than 30,000')."
    )
    qualifier: Mapped[str] = mapped_column(
        String(32),
        comment="exact, about, estimated, more_than, at_least, up_to, less_than, range or vague.",
    )
    counted: Mapped[str | None] = mapped_column(
        Text, comment="What is counted, as written ('political prisoners')."
    )
    unit: Mapped[str | None] = mapped_column(
        String(32), comment="Unit when not a plain count ('percent', 'years'); NULL for counts."
    )
    as_written: Mapped[str] = mapped_column(
        Text, comment="The number as written ('thirty-three-thousand seven-hundred', '30000')."
    )
    created_at: Mapped[datetime] = created_at_column()

    statement: Mapped[Statement] = relationship(back_populates="figures")
    span: Mapped[Span] = relationship()
