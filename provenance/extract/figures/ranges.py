"""Joining the numbers read one by one: ranges, lists and restatements in parentheses.

Numbers are read singly and joined afterwards, because whether ``2 to 3 million`` is one range,
``rose from 20 to 30`` two figures or ``14, 15 and 16`` a list depends on the words between the
numbers and before the first, which the reader of a single number does not see.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate
from provenance.extract.figures.text import word_before

_CHANGE_VERBS = frozenset(
    """
    rose risen rise rises increased increase increases grew grown grow jumped jump fell fallen
    fall dropped drop declined decline decreased decrease reduced reduce cut climbed climb
    surged surge doubled went soared plunged slipped slid dipped tumbled
    """.split()
)
_BY_BEFORE = re.compile(r"(?i)(?<![\w])by[ \t\u00a0]+$")
_RANGE_OPEN = re.compile(r"(?i)(?<![\w])(between|from)\s+$")
_GAP_RANGE = re.compile(r"\s*(?:[-–—]|to)\s*|\s+(?:and|or)\s+", re.IGNORECASE)
_GAP_LIST = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_EXTREMES_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+)?or\s+", re.IGNORECASE)
_AS_LOW_AS = re.compile(r"(?i)as\s+(?:small|low|few|little|young|short)\s+as\s")
_PAREN_OPEN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


# What a gap that joins two numbers opens with, after its spaces: "-", "to", "and", "or", ",".
_JOINER_OPENINGS = frozenset("-–—,tToOaA")


def _may_join(text: str, end: int) -> bool:
    """A cheap test before the gap expressions: whether the gap after a number ending at
    ``end`` may be a range or list joiner (most gaps are sentences)."""
    first = text[end : end + 1]
    if first.isspace():
        first = text[end + 1 : end + 2]
        return first in _JOINER_OPENINGS or first.isspace()
    return first in _JOINER_OPENINGS


def _scale_of(value: float) -> float | None:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale and value % scale == 0:
            return scale
    return None


def _low_end(a: Candidate, b: Candidate) -> float:
    """The low end of a range from ``a`` to ``b``: a scale on ``b`` applies to ``a`` too, written
    ("2 to 3 million") or in the digits ("30-40,000" is 30,000 to 40,000: a small whole number
    that would sit below a tenth of ``b`` shares ``b``'s thousands)."""
    assert a.value is not None and b.value is not None
    if a.scaled:
        return a.value
    scale = _scale_of(b.value)
    if scale is None:
        return a.value
    if b.scaled:
        return a.value * scale if a.value * scale <= b.value else a.value
    scaled_low = a.value * scale
    if a.value < 1000 and a.value.is_integer() and b.value / 10 < scaled_low < b.value:
        return scaled_low
    return a.value


def _join_range(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """One range figure for ``a`` and ``b`` if the text between them makes them one."""
    if a.value is None or b.value is None or a.qualifier == "vague":
        return None
    if b.qualifier != "exact":
        return None
    if not _may_join(text, a.end):
        return None
    gap = _GAP_RANGE.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    joiner = gap.group().strip().lower()
    opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
    opening = opener.group(1).lower() if opener else ""
    if joiner == "and" and opening != "between":
        return None
    if joiner == "or" and (a.qualifier not in ("exact", "about") or opening == "between"):
        return None
    if opener is not None and opening == "from":
        if joiner not in ("to", "-", "–", "—"):
            opener = None
        elif word_before(text, opener.start(1)).lower() in _CHANGE_VERBS:
            return None
    if opening == "between" and joiner != "and":
        opener = None
    low = _low_end(a, b)
    if opener is None and joiner == "to" and b.value >= 5 * low and _a_change_by(text, a.start):
        return None  # "fell by 40,000 to 1.3 million": how much, then where to
    if not low < b.value:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    if joiner in ("–", "—") and gap.group()[:1].isspace() and _magnitude(text, a) != _magnitude(text, b):
        return None  # "about £300m – £2.1bn over seven years –": a dash opening an aside
    start = opener.start(1) if opener is not None and a.qualifier == "exact" else a.start
    return Candidate(
        start=start,
        end=b.end,
        value=None,
        low=low,
        high=b.value,
        qualifier="range",
        counts=b.counts or a.counts,
        unit=b.unit or a.unit,
        scaled=b.scaled,
    )


_MAGNITUDE_WORD = re.compile(r"[A-Za-z]+$")


def _magnitude(text: str, figure: Candidate) -> str:
    """The magnitude word a figure ends with ("m" of "£300m", "bn", "million"), or ""."""
    found = _MAGNITUDE_WORD.search(text, figure.start, figure.end)
    return found.group().lower() if found is not None else ""


def _a_change_by(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a change and "by" ("fell by 40,000", "rose by
    £2m"): the amount of a change, so a number far above it after "to" is the level reached,
    not the top of a range ("fell by 2 to 3 per cent" stays a range)."""
    by = _BY_BEFORE.search(text, max(0, start - 8), start)
    return by is not None and word_before(text, by.start()).lower() in _CHANGE_VERBS


def _join_extremes(text: str, a: Candidate, b: Candidate) -> Candidate | None:
    """"as small as A (unit) or as large as B": one range from A to B."""
    if not (a.qualifier == "at_least" and b.qualifier == "up_to" and a.value is not None):
        return None
    if b.value is None or not a.value < b.value:
        return None
    if _EXTREMES_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    if not _AS_LOW_AS.match(text, a.start) or text[b.start : b.start + 3].lower() != "as ":
        return None
    return Candidate(
        a.start, b.end, None, a.value, b.value, "range", b.counts or a.counts, b.unit or a.unit
    )


def join_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Ranges, lists and parenthesised restatements: see the module docstring."""
    joined: list[Candidate] = []
    i = 0
    while i < len(cands):
        if i + 1 < len(cands) and cands[i].qualifier != "vague":
            both = _join_range(text, cands[i], cands[i + 1]) or _join_extremes(
                text, cands[i], cands[i + 1]
            )
            if both is not None:
                joined.append(both)
                i += 2
                continue
        joined.append(cands[i])
        i += 1
    # Lists share what they count.
    i = 0
    while i < len(joined):
        j = i
        while (
            j + 1 < len(joined)
            and _may_join(text, joined[j].end)
            and _GAP_LIST.fullmatch(text, joined[j].end, joined[j + 1].start)
        ):
            j += 1
        if j > i:
            group = joined[i : j + 1]
            last = group[-1]
            for c in group[:-1]:
                if c.counts is None and c.unit is None and c.qualifier != "vague":
                    c.counts, c.unit = last.counts, last.unit
            if group[0].unit is not None:
                for c in group[1:]:
                    if c.unit is None and c.counts is None and c.qualifier != "vague":
                        c.unit = group[0].unit
            for c in group:
                c.weak = c.weak and c.counts is None and c.unit is None
        i = j + 1
    # A restatement in parentheses is labelled as written, but counts what it restates.
    for a, b in zip(joined, joined[1:]):
        if (
            a.value is not None
            and b.value == a.value
            and _PAREN_OPEN_GAP.fullmatch(text, a.end, b.start)
            and _PAREN_CLOSE.match(text, b.end)
        ):
            b.counts = b.counts or a.counts
            b.unit = b.unit or a.unit
            b.weak = False
    return [c for c in joined if not c.weak]
