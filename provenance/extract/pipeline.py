"""All extractors over one text, joined up: speakers resolved to actors, figures given the
speaker of the quote they sit in, and the JSON contract of ``provenance extract``."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from provenance.extract import actors, figures, quotes
from provenance.extract.actors import ActorDirectory
from provenance.extract.found import FigureFound, MentionFound
from provenance.extract.named import NamedMentions, WrittenNames
from provenance.extract.quotes.text import _has_verbish
from provenance.extract.speakers import ResolvedQuote, SpeakerResolver

#: Every extractor's name and version, recorded with each suggestion it makes.
EXTRACTORS: dict[str, str] = {
    figures.NAME: figures.VERSION,
    quotes.NAME: quotes.VERSION,
    actors.NAME: actors.VERSION,
}


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
    resolver = SpeakerResolver(
        speakers, NamedMentions(scan.mentions), known=directory, written=WrittenNames(text)
    )
    resolved = [resolver.resolve(quote) for quote in quotes.find_quotes(text)]
    return Extraction(
        figures=_attribute(figures.find_figures(text), resolved),
        quotes=resolved,
        mentions=_with_unnamed_speakers(scan.mentions, resolved),
    )


#: A source the text introduces by description: one ("a company spokesman", "A board
#: spokeswoman") or several ("three residents reached by telephone", "Staff at the district
#: hospital in Bir Qasim", "villagers and local health workers"): an article, a number or a
#: plural noun first, then at most eleven words with no verb of their own ("What the
#: campaigners say", "Her notebook entry runs over two pages" are no sources).
_INTRODUCED_SOURCE = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|\d+)\s+[a-z][\w-]*"
    r"|(?:[A-Z][a-z]+|[a-z]+)(?<=[a-rt-z]s)(?=\s|$)|[Ss]taff|[Pp]eople)"
    r"(?:\s+[\w’'-]+){0,10}$"
)


def _with_unnamed_speakers(mentions: list[MentionFound], resolved: list[ResolvedQuote]) -> list[MentionFound]:
    """``mentions`` and, for each unnamed speaker of a quote that no mention covers, a mention
    of that description ("a company spokesman said …"): every speaker a reviewer accepts is an
    actor, and the actor scan, reading without the quotes, does not find every description."""
    added: dict[tuple[int, int], MentionFound] = {}
    starts = [mention.start for mention in mentions]
    for quote in resolved:
        found = quote.found
        if quote.speaker_kind != "unnamed" or quote.speaker is None or found.speaker_start is None or found.speaker_end is None:
            continue
        span = (found.speaker_start, found.speaker_end)
        if span in added or found.speaker_text != quote.speaker:
            continue  # already added, or the resolver found whom the description stands for
        if not _INTRODUCED_SOURCE.fullmatch(quote.speaker) or _has_verbish(quote.speaker):
            continue  # not a source introduced by description: "The", "What the campaigners"
        if not _unnamed_mention_overlaps(mentions, starts, span):
            added[span] = MentionFound(*span, found.speaker_text, quote.speaker, "unnamed")
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda mention: (mention.start, mention.end))


def _unnamed_mention_overlaps(mentions: list[MentionFound], starts: list[int], span: tuple[int, int]) -> bool:
    """Whether one of ``mentions`` (in text order, ``starts`` their starts) of an unnamed
    source overlaps ``span``: the scan has that description already."""
    index = bisect.bisect_right(starts, span[1] - 1) - 1
    while index >= 0 and mentions[index].end > span[0]:
        if mentions[index].kind == "unnamed":
            return True
        index -= 1
    return False


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

