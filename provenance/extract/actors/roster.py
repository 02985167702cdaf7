"""The actor list: known actors and the TOML file they are read from.

Kept apart from name resolution because it is the only part of the package that does I/O,
and because the database layer (``provenance.services.actors``, ``cli.database``) needs the
list without any of the text machinery.
"""
from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from provenance.extract.found import ActorKind
from provenance.matching import match_key as _match_key

#: The seed actor list shipped with the project.
SEED_ACTORS_PATH = Path(__file__).resolve().parents[3] / "seeds" / "actors.toml"


_ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)


_LIST_KINDS = ("person", "organisation")


#: :func:`provenance.matching.match_key`, memoised: the same names recur in every document.
match_key = functools.lru_cache(maxsize=65536)(_match_key)


class ActorListError(ValueError):
    """An actor list that cannot be used, with the file, the entry and the reason."""


@dataclass(frozen=True)
class KnownActor:
    """A person or organisation (from the database, possibly an unnamed source) and its spellings.

    ``name`` is the canonical name; ``aliases`` are other spellings as written. An alias names
    this actor only: a surname two people share belongs in neither's list.
    """

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an actor needs a name")
        if self.kind not in _ACTOR_KINDS:
            raise ValueError(f"actor {self.name!r}: kind {self.kind!r} is not one of {', '.join(_ACTOR_KINDS)}")
        object.__setattr__(self, "aliases", tuple(self.aliases))

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


def load_actor_list(path: str | os.PathLike[str]) -> list[KnownActor]:
    """Read a TOML actor list: ``[[actor]]`` tables with ``name``, ``kind`` and ``aliases``.

    Raises :class:`ActorListError`, naming the file and the entry, for invalid TOML, a missing
    or empty name, a kind other than person/organisation, aliases that are not a list of
    non-empty strings, unknown keys, an actor listed twice, or a spelling naming two actors.
    """
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ActorListError(f"{source}: not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"actor"})
    if unknown:
        raise ActorListError(f"{source}: unknown top-level key(s) {', '.join(unknown)}; expected [[actor]] tables")
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise ActorListError(f"{source}: 'actor' must be an array of tables ([[actor]])")
    actors: list[KnownActor] = []
    owner: dict[str, tuple[int, str]] = {}  # matching key -> (entry number, actor name)
    for number, entry in enumerate(entries, start=1):
        actors.append(_list_entry(number, f"{source}: actor #{number}", entry, owner))
    return actors


def _list_entry(number: int, where: str, entry: Any, owner: dict[str, tuple[int, str]]) -> KnownActor:
    if not isinstance(entry, dict):
        raise ActorListError(f"{where}: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ActorListError(f"{where}: 'name' must be a non-empty string")
    name = name.strip()
    where = f"{where} ({name!r})"
    extra = sorted(set(entry) - {"name", "kind", "aliases"})
    if extra:
        raise ActorListError(f"{where}: unknown key(s) {', '.join(extra)}; allowed: name, kind, aliases")
    kind = entry.get("kind")
    if kind not in _LIST_KINDS:
        raise ActorListError(f"{where}: 'kind' must be one of {', '.join(_LIST_KINDS)}, not {kind!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ActorListError(f"{where}: 'aliases' must be a list of non-empty strings")
    kept: list[str] = []
    for spelling in [name, *(a.strip() for a in aliases)]:
        key = match_key(spelling)
        if not key:
            raise ActorListError(f"{where}: {spelling!r} has no letters or digits to match on")
        if key in owner and owner[key][0] != number:
            other = owner[key][1]
            reason = "is listed twice" if other == name else f"{spelling!r} also names {other!r}"
            raise ActorListError(f"{where}: {reason}; a spelling must name one actor")
        owner[key] = (number, name)
        if spelling != name and spelling not in kept:
            kept.append(spelling)
    return KnownActor(name=name, kind=kind, aliases=tuple(kept))
