"""What the extractors find: plain, frozen records with offsets into the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ActorKind = Literal["person", "organisation", "unnamed"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(frozen=True)
class FigureFound:
    """A number stated in the text. ``text`` is ``source[start:end]`` and includes the qualifier
    words ("more than 30,000"); vague amounts ("thousands") have value None and a floor in low."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # one of provenance.models.statements.FIGURE_QUALIFIERS
    counts: str | None  # what is counted, as written: "political prisoners"
    unit: str | None = None  # "percent", "years" …; None for plain counts


@dataclass(frozen=True)
class QuoteFound:
    """A direct quote (span excludes the quote marks) or indirect speech carrying a claim.

    ``speaker_text`` is the speaker as named where the attribution was found (after pronoun and
    continuation resolution: the words naming the last named speaker), or None when no speaker
    was found — never a guess. ``speaker_start``/``speaker_end`` locate those words.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker_text: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: ActorKind | None = None


@dataclass(frozen=True)
class MentionFound:
    """An actor named in the text; ``actor`` is the canonical name it resolved to."""

    start: int
    end: int
    text: str
    actor: str
    kind: ActorKind
