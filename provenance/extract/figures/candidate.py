"""A figure being built, and how a number once read is finished: qualifier, bounds, counts, unit.

Digits and number words are read differently (``digits``, ``spelled``) but finished here, the
same way, so that ``more than 30,000 people`` and ``more than thirty thousand people`` agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.extract.figures.counted import AGED_BEFORE, TIME_UNITS, counted
from provenance.extract.figures.exclusions import ORDINAL_OR_FRACTION
from provenance.extract.figures.qualifiers import (
    OVER_DURATION_KEEP,
    bounds,
    qualifier_before,
)
from provenance.extract.figures.text import at_sentence_start, next_word, word_before

_AS_YOUNG_OR_OLD_AS = re.compile(r"(?i)\bas\s+(?:young|old)\s+as")


@dataclass
class Candidate:
    """A figure being built; it becomes a frozen ``FigureFound`` at the end."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    counts: str | None
    unit: str | None
    scaled: bool = False  # written with a scale ("3 million"): a range's low end shares it
    weak: bool = False  # a bare "one": kept only if a list gives it something to count


def finish(
    text: str,
    m: re.Match[str],
    start: int,
    floor: int,
    value: float,
    scaled: bool,
    unit: str | None,
    is_one: bool,
    word_before_start: str | None = None,
) -> Candidate | None:
    """Qualifier, counts and unit for a number read by ``m`` and starting at ``start``; a
    qualifier is looked for between ``floor`` and ``start`` (``word_before_start``: the word
    before ``start``, when the caller has read it)."""
    hyph_word = (m.group("hyph_word") or "").lower()
    if hyph_word in ORDINAL_OR_FRACTION or len(hyph_word) == 1:
        return None  # "twenty-first", "two-thirds"; a code: "Form 10-K", "3-D", "4-H"
    qualifier, low, high = "exact", None, None
    qualified = False
    q = qualifier_before(text, start, floor, word_before_start)
    if q is not None:
        kind = q.kind
        keep = True
        if kind == "more_than" and q.words.endswith("over"):
            duration = hyph_word if hyph_word else next_word(text, m.end()).lower()
            if duration in TIME_UNITS:
                before_over = word_before(text, q.start).lower()
                keep = before_over in OVER_DURATION_KEEP or at_sentence_start(text, q.start)
        if keep:
            qualified = True
            start = q.start
            qualifier, low, high = bounds(kind, value)
            if _AS_YOUNG_OR_OLD_AS.search(q.words):
                unit = unit or "years"
    post = (m.group("post") or "").strip().lower()
    end = m.end()
    if post and qualified:
        end = m.start("post")  # "at least 30,000 or more": the first qualifier stands
        post = ""
    if hyph_word in ("plus", "odd") and not qualified:
        post = "+" if hyph_word == "plus" else "odd"
    if post:
        qualified = True
        if post == "+" or post.endswith("more"):
            qualifier, low = "at_least", value
        elif post.endswith(("less", "fewer")):
            qualifier, high = "up_to", value
        else:
            qualifier = "about"
    counts: str | None = None
    noun_from = m.end()
    if hyph_word and hyph_word not in ("plus", "odd"):
        if hyph_word in TIME_UNITS:
            unit = TIME_UNITS[hyph_word]
            counts, _ = counted(text, noun_from, partitive=False)
        else:
            counts = m.group("hyph_word")
    elif unit != "percent":
        counts, found_unit = counted(text, noun_from, partitive=not is_one)
        unit = unit or found_unit
    if (
        unit is None
        and "age" in text[max(0, start - 10) : start].lower()
        and AGED_BEFORE.search(text, max(0, start - 10), start)
    ):
        unit = "years"
    weak = is_one and not qualified and counts is None and unit is None
    return Candidate(start, end, value, low, high, qualifier, counts, unit, scaled, weak)
