"""What an extraction proposes: the suggestions it implies and the payload each one carries.

Pure (no database, no SQLAlchemy), because ingest builds these in its worker processes, which
import only what extraction needs, and sends them back as plain tuples (:data:`SuggestionRow`):
about a tenth of what sending the :class:`Extraction` costs the main process to unpickle.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from provenance.extract import actors, figures, quotes
from provenance.extract.found import MentionFound
from provenance.extract.pipeline import Extraction


@dataclass(frozen=True)
class ProposedSuggestion:
    """One suggestion to queue: its kind, the words it is about, its payload, its extractor."""

    kind: str
    start: int
    end: int
    payload: dict[str, Any]
    extractor: str


def proposals(extraction: Extraction) -> Iterator[ProposedSuggestion]:
    """The suggestions an extraction implies, with the payload each one carries."""
    for figure in extraction.figures:
        found = figure.found
        payload: dict[str, Any] = {
            "value": found.value, "low": found.low, "high": found.high, "qualifier": found.qualifier,
            "counts": found.counts, "unit": found.unit, "as_written": found.text, "speaker": figure.speaker,
        }
        if figure.quote is not None:
            payload["quote"] = [figure.quote.found.start, figure.quote.found.end]
            payload["quote_kind"] = figure.quote.found.kind
            payload["speaker_kind"] = figure.quote.speaker_kind
        yield ProposedSuggestion("figure", found.start, found.end, payload, figures.NAME)
    for quote in extraction.quotes:
        said = quote.found
        yield ProposedSuggestion(
            "quote",
            said.start,
            said.end,
            {
                "kind": said.kind, "speaker": quote.speaker, "speaker_kind": quote.speaker_kind,
                "speaker_text": said.speaker_text, "speaker_span": (
                    [said.speaker_start, said.speaker_end] if said.speaker_start is not None else None
                ),
                "ambiguous": list(quote.ambiguous),
            },
            quotes.NAME,
        )
    # One actor suggestion per actor per document, anchored at its first naming and listing
    # every other: a fact-checker confirms "Maryam Rajavi" once, not at each of 20 mentions.
    by_actor: dict[tuple[str, str], list[MentionFound]] = {}
    for mention in extraction.mentions:
        by_actor.setdefault((mention.actor, mention.kind), []).append(mention)
    for (actor, kind), mentions in by_actor.items():
        first = mentions[0]
        yield ProposedSuggestion(
            "actor",
            first.start,
            first.end,
            {
                "actor": actor,
                "kind": kind,
                "occurrences": [[m.start, m.end] for m in mentions],
                "spellings": sorted({m.text for m in mentions}),
            },
            actors.NAME,
        )


#: A proposed suggestion as a plain tuple: (kind, start, end, payload, extractor).
SuggestionRow = tuple[str, int, int, dict[str, Any], str]


def suggestion_rows(extraction: Extraction) -> tuple[SuggestionRow, ...]:
    """:func:`proposals` as plain tuples, the form ingest workers send to the main process."""
    return tuple((p.kind, p.start, p.end, p.payload, p.extractor) for p in proposals(extraction))
