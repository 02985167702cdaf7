"""Vague amounts (``thousands``, ``tens of thousands``, ``several hundred``, ``a couple of``).

They state no value, only a floor (``low``): the plural of an amount is at least two of it.
``a couple of`` is the exception: it is a number (2) and takes a qualifier as a number does.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate
from provenance.extract.figures.counted import counted
from provenance.extract.figures.numbers import VAGUE_FLOORS, VAGUE_SCALES
from provenance.extract.figures.qualifiers import bounds, qualifier_before
from provenance.extract.figures.text import after_lone_a, next_word

_VAGUE = re.compile(
    r"(?i:(?P<v_of>(?:tens|hundreds)\s+of\s+(?:thousands|millions))(?![\w])"
    r"|(?P<v_plural>thousands|hundreds|millions|billions|dozens"
    r"|(?:scores|tens)(?=\s+of\s))(?![\w])"
    r"|(?P<v_few>a\s+few|several|a\s+couple\s+of|a\s+handful\s+of)"
    r"(?P<v_scale>(?:\s+(?:hundred|thousand|million|billion|dozen)(?![\w]))*)(?![\w]))"
)
_COUPLE = re.compile(
    r"(?i)(?P<couple>a\s+couple)(?:\s+of(?![\w])"
    r"|(?P<scales>(?:\s+(?:hundred|thousand|million|billion|dozen)(?![\w]))+))"
)
_MORE_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:more|other|extra|further|additional)(?=[ \t\u00a0])")
# Verbs that make "several" or "a few" the subject of a sentence, a pronoun standing for a count:
# "Several held signs", "a few were injured".
_VERBS_AFTER_PRONOUN = frozenset(
    """
    is are was were be been has have had do does did will would shall should can could may
    might must said says say told tell took take gave give went go came come got get made make
    held hold left died lost became remain remained saw see knew know found find kept keep
    """.split()
)


def vague_candidate(
    text: str, pos: int, word: str, floor: int
) -> tuple[Candidate | None, int]:
    """Read a vague amount ("thousands", "tens of thousands", "a few", "several hundred")."""
    start = pos
    if word in ("few", "couple", "handful"):
        if not after_lone_a(text, pos):
            return None, pos + len(word)
        start = pos - 2
        if start < floor:
            return None, pos + len(word)
    if word == "couple":
        return _couple(text, start, floor)
    m = _VAGUE.match(text, start)
    if m is None:
        return None, pos + len(word)
    end = m.end()
    if m.group("v_of"):
        least = float(VAGUE_FLOORS[" ".join(m.group("v_of").lower().split())])
        needs_noun = False
    elif m.group("v_plural"):
        least = float(VAGUE_FLOORS[m.group("v_plural").lower()])
        needs_noun = False
    else:
        least = float(VAGUE_FLOORS[" ".join(m.group("v_few").lower().split())])
        scales = m.group("v_scale").lower().split()
        for scale in scales:  # "several hundred thousand": 3 × 100 × 1,000
            least *= VAGUE_SCALES[scale]
        needs_noun = not scales
    counts, unit = counted(text, end, partitive=True)
    if needs_noun and counts is None and unit is None:
        counts, unit, stated = _what_a_few_more_counts(text, end)
        if not stated:
            return None, end
    return Candidate(start, end, None, least, None, "vague", counts, unit), end


def _what_a_few_more_counts(text: str, end: int) -> tuple[str | None, str | None, bool]:
    """``(counts, unit, stated)`` for "a few" or "several" ending at ``end`` when no noun follows
    at once: "a few more weeks" counts weeks, "Several held signs" stands for a count of people
    (a pronoun before its verb), "went their several ways" states no number."""
    more = _MORE_AFTER.match(text, end)
    if more is not None:
        counts, unit = counted(text, more.end(), partitive=False)
        if counts is not None or unit is not None:
            return counts, unit, True
    following = next_word(text, end).lower()
    if following in _VERBS_AFTER_PRONOUN or (len(following) > 4 and following.endswith("ed")):
        return None, None, True
    return None, None, False


def _couple(text: str, start: int, floor: int) -> tuple[Candidate | None, int]:
    """"a couple of minutes": about 2 ("not more than a couple": up to 2); "a couple hundred
    people": about 200. "a couple" with neither is two people, not a number."""
    m = _COUPLE.match(text, start)
    if m is None:
        return None, start + len("a couple")
    value, end = 2.0, m.end("couple")
    if m.group("scales"):
        for scale in m.group("scales").lower().split():
            value *= VAGUE_SCALES[scale]
        end = m.end()
        counts, unit = counted(text, m.end(), partitive=True)
    else:
        counts, unit = counted(text, m.end(), partitive=False)
        if counts is None and unit is None:
            return None, m.end()
    qualifier, low, high = "about", None, None
    q = qualifier_before(text, start, floor)
    if q is not None:
        qualifier, low, high = bounds(q.kind, value)
        start = q.start
    return Candidate(start, end, value, low, high, qualifier, counts, unit), m.end()
