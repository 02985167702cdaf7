"""People, organisations and unnamed sources; their spellings, relations and mentions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from provenance.db import Base
from provenance.matching import match_key
from provenance.models.common import created_at_column, one_of
from provenance.models.documents import Span

ACTOR_KINDS = ("person", "organisation", "unnamed_source")
LINK_RELATIONS = ("member_of", "leader_of", "part_of", "affiliated_with", "publishes", "same_as")
MENTION_ROLES = ("speaker", "cited_organisation", "subject", "publisher")


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (
        one_of("kind", ACTOR_KINDS, "kind_known"),
        {"comment": "A person, an organisation, or an unnamed source, as one row each."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Actor number.")
    kind: Mapped[str] = mapped_column(
        String(32), comment="person, organisation or unnamed_source."
    )
    name: Mapped[str] = mapped_column(
        Text,
        comment="Display name; for an unnamed source, its description as written "
        "(e.g. 'a senior official of the Ministry of Intelligence').",
    )
    description: Mapped[str | None] = mapped_column(Text, comment="Editors' note on who this is.")
    created_at: Mapped[datetime] = created_at_column()

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", order_by="ActorAlias.id", cascade="save-update, merge"
    )

    def add_alias(self, alias: str) -> ActorAlias:
        """Record ``alias`` for this actor unless the very spelling is already recorded."""
        for existing in self.aliases:
            if existing.alias == alias:
                return existing
        created = ActorAlias(alias=alias)
        self.aliases.append(created)
        return created


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (
        UniqueConstraint("actor_id", "alias"),
        {"comment": "Every spelling of an actor's name as written, with its matching key."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Alias number.")
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id"), index=True, comment="The actor this spelling names."
    )
    alias: Mapped[str] = mapped_column(Text, comment="The name exactly as written in a source.")
    match_key: Mapped[str] = mapped_column(
        Text,
        index=True,
        comment="The spelling reduced for matching: no case, accents, hyphens, spaces or "
        "common transliteration variants.",
    )
    created_at: Mapped[datetime] = created_at_column()

    actor: Mapped[Actor] = relationship(back_populates="aliases")

    def __init__(self, *, alias: str, **kwargs: object) -> None:
        super().__init__(alias=alias, match_key=match_key(alias), **kwargs)


class ActorLink(Base):
    __tablename__ = "actor_links"
    __table_args__ = (
        one_of("relation", LINK_RELATIONS, "relation_known"),
        CheckConstraint("subject_id <> object_id", name="not_self_linked"),
        CheckConstraint(
            "valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to", name="dates_ordered"
        ),
        {
            "comment": "A relation between two actors (subject relation object), e.g. person "
            "member_of organisation; decides whether sources are independent."
        },
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Link number.")
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id"), index=True, comment="The actor the relation is about."
    )
    relation: Mapped[str] = mapped_column(
        String(32),
        comment="member_of, leader_of, part_of, affiliated_with, publishes or same_as.",
    )
    object_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id"), index=True, comment="The actor on the other end of the relation."
    )
    valid_from: Mapped[date | None] = mapped_column(Date, comment="First day the relation held, if known.")
    valid_to: Mapped[date | None] = mapped_column(Date, comment="Last day the relation held, if known.")
    source_span_id: Mapped[int | None] = mapped_column(
        ForeignKey("spans.id"), index=True, comment="The words that establish the relation, if any."
    )
    created_at: Mapped[datetime] = created_at_column()

    subject: Mapped[Actor] = relationship(foreign_keys=[subject_id])
    object: Mapped[Actor] = relationship(foreign_keys=[object_id])


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        one_of("role", MENTION_ROLES, "role_known"),
        UniqueConstraint("span_id", "actor_id", "role"),
        {"comment": "An actor named at a span of a document, in a role."},
    )

    id: Mapped[int] = mapped_column(primary_key=True, comment="Mention number.")
    span_id: Mapped[int] = mapped_column(
        ForeignKey("spans.id"), index=True, comment="Where the actor is named."
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actors.id"), index=True, comment="Who is named."
    )
    role: Mapped[str] = mapped_column(
        String(32), comment="speaker, cited_organisation, subject or publisher."
    )
    created_at: Mapped[datetime] = created_at_column()

    span: Mapped[Span] = relationship()
    actor: Mapped[Actor] = relationship()
