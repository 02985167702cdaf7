"""Records used while reading: a speaker as found, one paragraph's part of a direct quote,
and a paragraph with what it turned out to be."""

from __future__ import annotations

from dataclasses import dataclass, field

from provenance.extract.found import ActorKind


@dataclass(slots=True)
class _Speaker:
    """A speaker as found: the naming words, or a pronoun to resolve, or unknown (text None)."""

    text: str | None
    start: int | None
    end: int | None
    kind: ActorKind | None = None
    personish: bool = False
    pronoun: bool = False
    docref: bool = False
    definite: bool = False
    multi: bool = False  # a name of two tokens or more (or title + name)
    at: int | None = None  # where the attribution stood, when the words are elsewhere

    @property
    def where(self) -> int:
        """Where the speaker was attributed, for "who was named last"."""
        if self.at is not None:
            return self.at
        return self.start if self.start is not None else -1


@dataclass(slots=True)
class _Span:
    """One paragraph's part of a direct quote; ``group`` is shared by a quote's paragraphs."""

    para: int
    open: int | None
    close: int | None
    cstart: int
    cend: int
    single: bool
    final: bool  # the content ends with sentence punctuation
    group: list[_Span] = field(default_factory=list)


@dataclass(slots=True)
class _Para:
    """A paragraph: its bounds, its quotes, and what kind of paragraph it is."""

    start: int
    end: int
    spans: list[_Span] = field(default_factory=list)
    strays: list[int] = field(default_factory=list)
    turn_label: tuple[int, int] | None = None
    turn_kind: str = ""  # "interviewer", "answer", "name"
    turn_content: int | None = None
    turn_quoted: bool = False
    is_turn: bool = False
    continues_turn: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)
    heading: _Speaker | None = None
    heading_applies: bool = False
    dateline: bool = False

    @property
    def opens_with_quote(self) -> bool:
        """Whether the paragraph's first character belongs to a quote."""
        if not self.spans:
            return False
        first = self.spans[0]
        return first.open is None or first.open == self.start
