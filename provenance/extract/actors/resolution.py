"""What a resolved name carries. Separate from the directory so that fuzzy matching and the
detectors' hits can use it without importing the directory.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from provenance.extract.actors.roster import KnownActor

ResolutionMethod = Literal["exact", "surname", "fuzzy", "context"]


@dataclass(frozen=True)
class Resolution:
    """What a written name resolved to.

    ``actor`` is the known actor, or None. ``method`` says how: ``exact`` (the matching key of a
    name or alias), ``surname``, ``fuzzy`` (``score`` is the rapidfuzz ratio, 0–100) or
    ``context`` (settled by the actors named before it). When several actors fit equally,
    ``actor`` is None and ``ambiguous`` lists them, with the method that found them: reported,
    never guessed.
    """

    name: str
    actor: KnownActor | None = None
    method: ResolutionMethod | None = None
    score: float | None = None
    ambiguous: tuple[KnownActor, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.actor is not None


def _unique(actors: Iterable[KnownActor]) -> tuple[KnownActor, ...]:
    return tuple(dict.fromkeys(actors))


def pick(name: str, found: tuple[KnownActor, ...], method: ResolutionMethod, score: float) -> Resolution:
    """One actor found: resolved; several: ambiguous, listing them (never guessed)."""
    if len(found) == 1:
        return Resolution(name, found[0], method, score)
    return Resolution(name, None, method, score, found)
