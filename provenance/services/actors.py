"""Finding and creating actors by any spelling of their names; the known-actor directory."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from provenance.extract.actors import ActorDirectory, KnownActor
from provenance.extract.found import ActorKind
from provenance.matching import match_key
from provenance.models import Actor, ActorAlias

#: Extractors say "unnamed"; the schema says "unnamed_source".
_SCHEMA_KIND: dict[str, str] = {"person": "person", "organisation": "organisation", "unnamed": "unnamed_source"}
_EXTRACT_KIND: dict[str, ActorKind] = {"person": "person", "organisation": "organisation", "unnamed_source": "unnamed"}


def schema_kind(kind: str) -> str:
    return _SCHEMA_KIND.get(kind, kind)


def find_actor(session: Session, name: str, kind: str) -> Actor | None:
    """The actor of ``kind`` one of whose aliases has the same matching key as ``name``."""
    return session.scalar(
        select(Actor)
        .join(ActorAlias)
        .where(ActorAlias.match_key == match_key(name), Actor.kind == schema_kind(kind))
        .order_by(Actor.id)
        .limit(1)
    )


def find_or_create_actor(session: Session, name: str, kind: str, *, alias: str | None = None) -> Actor:
    """The actor called ``name`` (any spelling), created if unknown; ``alias`` is recorded too."""
    actor = find_actor(session, name, kind)
    if actor is None:
        actor = Actor(kind=schema_kind(kind), name=name)
        session.add(actor)
        actor.add_alias(name)
    if alias is not None:
        actor.add_alias(alias)
    return actor


def find_or_create_organisation(session: Session, name: str) -> Actor:
    return find_or_create_actor(session, name, "organisation", alias=name)


def load_known_actors(session: Session, known: Iterable[KnownActor]) -> int:
    """Make sure every known actor and alias exists; returns how many actors were created."""
    created = 0
    for entry in known:
        actor = find_actor(session, entry.name, entry.kind)
        if actor is None:
            created += 1
        actor = find_or_create_actor(session, entry.name, entry.kind)
        for alias in entry.aliases:
            actor.add_alias(alias)
    session.flush()
    return created


def directory_from_database(session: Session) -> ActorDirectory:
    """The known-actor directory the extractors resolve names against, from the database."""
    aliases: dict[int, list[str]] = defaultdict(list)
    for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias).order_by(ActorAlias.id)):
        aliases[actor_id].append(alias)
    known = [
        KnownActor(name=name, kind=_EXTRACT_KIND[kind], aliases=tuple(a for a in aliases[actor_id] if a != name))
        for actor_id, name, kind in session.execute(select(Actor.id, Actor.name, Actor.kind).order_by(Actor.id))
    ]
    return ActorDirectory(known)
