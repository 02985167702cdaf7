"""Vague amounts (``thousands``, ``tens of thousands``, ``several hundred``, ``a couple of``).

They state no value, only a floor (``low``): the plural of an amount is at least two of it.
``a couple of`` is the exception: it is a number (2) and takes a qualifier as a number does.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate
from provenance.extract.figures.counted import counted
from provenance.extract.figures.numbers import VAGUE_FLOORS, VAGUE_SCALES
from provenance.extract.figures.qualifiers import bounds, kind_of, qualifier_before

_VAGUE = re.compile(
    r"(?i:(?P<v_of>(?:tens|hundreds)\s+of\s+(?:thousands|millions))(?![\w])"
    r"|(?P<v_plural>thousands|hundreds|millions|billions|dozens"
    r"|(?:scores|tens)(?=\s+of\s))(?![\w])"
    r"|(?P<v_few>a\s+few|several|a\s+couple\s+of|a\s+handful\s+of)"
    r"(?:\s+(?P<v_scale>hundred|thousand|million|dozen)(?![\w]))?(?![\w]))"
)
_COUPLE = re.compile(r"(?i)(?P<couple>a\s+couple)\s+of(?![\w])")
from provenance.extract.figures.text import after_lone_a


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
        scale = m.group("v_scale")
        if scale:
            least *= VAGUE_SCALES[scale.lower()]
        needs_noun = not scale
    counts, unit = counted(text, end, partitive=True)
    if needs_noun and counts is None and unit is None:
        return None, end
    return Candidate(start, end, None, least, None, "vague", counts, unit), end


def _couple(text: str, start: int, floor: int) -> tuple[Candidate | None, int]:
    """"a couple of minutes": about 2 ("not more than a couple": up to 2). "a couple" without
    "of" is two people, not a number."""
    m = _COUPLE.match(text, start)
    if m is None:
        return None, start + len("a couple")
    counts, unit = counted(text, m.end(), partitive=False)
    if counts is None and unit is None:
        return None, m.end()
    qualifier, low, high = "about", None, None
    q = qualifier_before(text, start, floor)
    if q is not None:
        qualifier, low, high = bounds(kind_of(q), 2.0)
        start = q.start()
    return Candidate(start, m.end("couple"), 2.0, low, high, qualifier, counts, unit), m.end()
