"""All extractors over one text, joined up: speakers resolved to actors, figures given the
speaker of the quote they sit in, and the JSON contract of ``provenance extract``."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from provenance.extract import actors, figures, quotes
from provenance.extract.actors import ActorDirectory
from provenance.extract.found import FigureFound, MentionFound, QuoteFound
from provenance.matching import match_key

#: Every extractor's name and version, recorded with each suggestion it makes.
EXTRACTORS: dict[str, str] = {
    figures.NAME: figures.VERSION,
    quotes.NAME: quotes.VERSION,
    actors.NAME: actors.VERSION,
}


@dataclass(frozen=True)
class ResolvedQuote:
    """A quote with its speaker resolved: ``speaker`` is the canonical actor name or None."""

    found: QuoteFound
    speaker: str | None
    speaker_kind: str | None
    #: Known actors the speaker's name fits equally (two Rajavis); then ``speaker`` is None.
    ambiguous: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttributedFigure:
    """A figure with the speaker of the statement it sits in (None: the document's own voice)."""

    found: FigureFound
    speaker: str | None
    quote: ResolvedQuote | None


@dataclass(frozen=True)
class Extraction:
    figures: list[AttributedFigure]
    quotes: list[ResolvedQuote]
    mentions: list[MentionFound]


def extract(text: str, directory: ActorDirectory) -> Extraction:
    """Run every extractor over ``text``; pure, no database."""
    scan = actors.scan_actors(text, directory)
    # Speakers resolve against the document's own new actors too, so "Dorsey" finds the
    # "Ellen Dorsey" named earlier in the same text.
    speakers = directory.extended(scan.candidates) if scan.candidates else directory
    named = _NamedMentions(scan.mentions)
    resolver = _Speakers(speakers, named)
    resolved = [resolver.resolve(quote) for quote in quotes.find_quotes(text)]
    return Extraction(
        figures=_attribute(figures.find_figures(text), resolved),
        quotes=resolved,
        mentions=scan.mentions,
    )


#: Turn labels that say a question was asked, not who asked it.
_INTERVIEWER_LABELS = frozenset({"q", "question", "interviewer"})
#: What may stand before a named organisation that is the speaker: "the city's", "its".
_OWNER_PREFIX = re.compile(r"(?i)^(?:(?:the|a|an|its|their|his|her)\s+)?(?:\S+['’]s\s+)?(?:the\s+)?$")
#: "... by/from [the]": the named actor after it produced what is quoted.
_AUTHOR_PREFIX = re.compile(r"(?i)\b(?:by|from)\s+(?:the\s+)?$")
#: "... by/from [the] Capitalised Name [(ACRONYM)]" closing a described speaker.
_PRODUCED_BY = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&-]*))*?)"
    r"(?:\s*\([^()]*\))?\s*$"
)
#: A dateline before the words naming the speaker: "KARAGANDA — ".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+\s+[—–-]+\s+")


class _NamedMentions:
    """Named (person or organisation) mentions by position, to find those inside a speaker's words."""

    def __init__(self, mentions: list[MentionFound]) -> None:
        self._mentions = [m for m in mentions if m.kind != "unnamed"]
        self._starts = [m.start for m in self._mentions]

    def within(self, start: int, end: int) -> list[MentionFound]:
        index = bisect.bisect_left(self._starts, start)
        found = []
        while index < len(self._mentions) and self._mentions[index].start < end:
            if self._mentions[index].end <= end:
                found.append(self._mentions[index])
            index += 1
        return found


class _Speakers:
    """Resolves each quote's speaker words to a canonical actor, in text order, remembering the
    full names already given so a later "Al-Qudsi said" finds "Abdulrahman al-Qudsi"."""

    def __init__(self, directory: ActorDirectory, named: _NamedMentions) -> None:
        self._directory = directory
        self._named = named
        self._full_names: dict[str, str] = {}  # surname key -> the full name given earlier

    def resolve(self, quote: QuoteFound) -> ResolvedQuote:
        """The canonical speaker of ``quote``, or None (with the candidates) when it is not clear."""
        words = quote.speaker_text
        if words is None or words.strip().casefold() in _INTERVIEWER_LABELS:
            return ResolvedQuote(quote, None, None)
        inside = (
            self._named.within(quote.speaker_start, quote.speaker_end)
            if quote.speaker_start is not None and quote.speaker_end is not None
            else []
        )
        if quote.speaker_kind == "unnamed":
            author = _named_author(quote, inside)
            if author is not None:
                return ResolvedQuote(quote, author.actor, author.kind)
            produced_by = _PRODUCED_BY.search(words)
            if produced_by is not None:
                # "an estimate by the Meridian Chamber of Commerce": a name nobody listed yet.
                name = produced_by.group("name")
                known = self._directory.resolve(name).actor
                return ResolvedQuote(quote, known.name if known else name, known.kind if known else "organisation")
            return ResolvedQuote(quote, _DATELINE.sub("", words), "unnamed")
        person = _person_name(words)
        remembered = self._full_names.get(match_key(person)) if len(person.split()) == 1 else None
        if remembered is not None:
            return ResolvedQuote(quote, remembered, "person")
        resolution = self._directory.resolve(words)
        if resolution.actor is not None:
            self._remember(resolution.actor.name, resolution.actor.kind)
            return ResolvedQuote(quote, resolution.actor.name, resolution.actor.kind)
        if resolution.ambiguous:
            # Two known actors fit (two Rajavis): say so by naming no one rather than guessing.
            return ResolvedQuote(quote, None, None, tuple(actor.name for actor in resolution.ambiguous))
        if _FULL_NAME.match(person):
            self._remember(person, "person")
            return ResolvedQuote(quote, person, "person")
        people = [m for m in inside if m.kind == "person"]
        if people:
            return ResolvedQuote(quote, people[0].actor, "person")
        return ResolvedQuote(quote, words, quote.speaker_kind or "person")

    def _remember(self, name: str, kind: str) -> None:
        parts = name.split()
        if kind == "person" and len(parts) >= 2:
            self._full_names.setdefault(match_key(parts[-1]), name)


#: A personal name: two to four capitalised words, allowing particles ("al-Qudsi", "van der").
_FULL_NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|van|von|der|de|da|di|du|la|le)(?:[-\s][A-Z][\w'’-]*)?)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|van|von|der|de|da|di|du|la|le)(?:-[A-Z][\w'’-]*)?)){1,3}$"
)
#: "<name> of/at/from [the] <Organisation>": the person is the part before.
_AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z].*$")


def _person_name(words: str) -> str:
    """Speaker words reduced to the person's name: no titles, no affiliation."""
    name = actors.strip_title(words.strip())
    cut = _AFFILIATION.sub("", name)
    return cut if len(cut.split()) >= 2 or cut == name else name


def _named_author(quote: QuoteFound, inside: list[MentionFound]) -> MentionFound | None:
    """For a described speaker ("an estimate by the Chamber of Commerce", "the city's Office of
    Budget (OBM)"), the named actor that is the speaker's head; never a mere affiliation
    ("a senior official of the Ministry of Intelligence" stays unnamed)."""
    assert quote.speaker_text is not None and quote.speaker_start is not None
    words = quote.speaker_text
    tail = re.sub(r"\s*\([^()]*\)\s*$", "", words)
    for mention in reversed(inside):
        before = words[: mention.start - quote.speaker_start]
        if mention.end - quote.speaker_start != len(tail):
            continue
        if _AUTHOR_PREFIX.search(before) or _OWNER_PREFIX.match(_DATELINE.sub("", before)):
            return mention
    return None


def _attribute(found: list[FigureFound], resolved: list[ResolvedQuote]) -> list[AttributedFigure]:
    """A figure inside a quote is stated by the quote's speaker; elsewhere by the document."""
    starts = [quote.found.start for quote in resolved]
    result = []
    for figure in found:
        index = bisect.bisect_right(starts, figure.start) - 1
        quote = resolved[index] if index >= 0 else None
        if quote is not None and figure.end <= quote.found.end:
            result.append(AttributedFigure(figure, quote.speaker, quote))
        else:
            result.append(AttributedFigure(figure, None, None))
    return result


def as_contract(extraction: Extraction, *, path: str, sha256: str, chars: int) -> dict[str, Any]:
    """The exact JSON shape ``provenance extract --format json`` prints (see README)."""
    return {
        "document": {"path": path, "sha256": sha256, "chars": chars},
        "extractors": dict(EXTRACTORS),
        "figures": [
            {
                "start": f.found.start,
                "end": f.found.end,
                "text": f.found.text,
                "value": f.found.value,
                "low": f.found.low,
                "high": f.found.high,
                "qualifier": f.found.qualifier,
                "counts": f.found.counts,
                "speaker": f.speaker,
            }
            for f in extraction.figures
        ],
        "quotes": [
            {
                "start": q.found.start,
                "end": q.found.end,
                "text": q.found.text,
                "kind": q.found.kind,
                "speaker": q.speaker,
                "speaker_kind": q.speaker_kind,
            }
            for q in extraction.quotes
        ],
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "actor": m.actor, "kind": m.kind}
            for m in extraction.mentions
        ],
    }
