"""Qualifiers before a number and the bounds they give it (the table in the package docstring).

A qualifier is searched for only where the word before the number can end one
(``QUALIFIER_LAST_WORDS``): most numbers have none, and the full expression is the costly part.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from provenance.extract.figures.text import word_before

_QUALIFIER_PATTERN = (
    r"(?<![\w])(?:"
    r"(?P<up_to>up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+(?:high|old|large|big|great|long)\s+as"
    r"|(?:no|not)\s+(?:more|higher|greater|larger|bigger|older)\s+than|at\s+(?:the\s+)?most"
    r"|a\s+maximum\s+of)"
    r"|(?P<at_least>at\s+least|a\s+minimum\s+of|(?:no|not)\s+(?:fewer|less|lower)\s+than"
    r"|as\s+(?:young|few|little|low|small|short)\s+as)"
    r"|(?P<more_than>(?:(?:well|just|slightly|far|much|considerably)\s+)?(?:more\s+than|over"
    r"|in\s+excess\s+of|upwards?\s+of|above|greater\s+than|exceeding|north\s+of))"
    r"|(?P<less_than>(?:(?:just|slightly|well)\s+)?(?:less\s+than|fewer\s+than|under|below"
    r"|south\s+of))"
    r"|(?P<nearly>nearly|almost|close(?:r)?\s+to|just\s+(?:short|shy)\s+of)"
    r"|(?P<estimated>(?:an\s+)?estimated(?:\s+(?:death\s+)?(?:toll|number|total|figure|count))?"
    r"(?:\s+(?:of|at))?|est\.|estimates?\s+(?:of|at))"
    r"|(?P<about>some|about|approximately|approx\.|around|roughly|circa|ca\.|c\.|perhaps|maybe|possibly"
    r"|more\s+or\s+less|an\s+approximate|something\s+like"
    r"|(?:in|of|on)\s+the\s+(?:region|order|vicinity)\s+of)"
    r")[ \t\u00a0]+$"
)
_QUALIFIER = re.compile(_QUALIFIER_PATTERN, re.IGNORECASE)
# The same expression without IGNORECASE, for an ASCII window lower-cased first: the engine
# then skips an alternative on its first letter instead of entering it (~2x faster search).
_QUALIFIER_LOWER = re.compile(_QUALIFIER_PATTERN)


class Qualifier(NamedTuple):
    """A qualifier found before a number."""

    start: int  # its offset in the text
    kind: str  # the group that matched: "up_to", "at_least", "more_than" … (``bounds``)
    words: str  # as written, lower-cased, without the spaces after it: "more than"

# The last word of every qualifier above: only after one of these is the qualifier searched for.
_QUALIFIER_LAST_WORDS = frozenset(
    """
    to as than most of least over above exceeding under below nearly almost estimated est.
    some about approximately approx. around roughly circa ca. c. less toll number total figure
    count approximate at like perhaps maybe possibly
    """.split()
)
_QUALIFIER_KINDS = ("up_to", "at_least", "more_than", "less_than", "nearly", "estimated", "about")
OVER_DURATION_KEEP = frozenset(
    """
    for after of spent served serving lasted lasting than in within past some just well nearly
    is are was were be been being has have had since by
    """.split()
)

# Disputes and feelings are "over" something: "a row over 500 job cuts" is about 500 cuts, not
# more than 500.
_OVER_MEANS_ABOUT_AFTER = frozenset(
    """
    row rows dispute disputes disputed deadlock deadlocks deadlocked clash clashes clashed
    clashing feud feuding wrangle wrangling quarrel quarrels standoff stand-off impasse split
    splits rift anger angry outrage fury furore uproar backlash concern concerns fears worries
    alarm protest protests protested protesting talks negotiations lawsuit sues sued suing
    battle battles battling fight fights fighting argue argues argued arguing stall stalls
    stalled stalling
    """.split()
)
# People in an age group: "children under five", "those over 65" name the group by its age
# limit; the number is that age, not a bound on a count.
_AGE_GROUP_NOUNS = frozenset(
    """
    children child kids babies infants boys girls toddlers pupils youngsters teenagers people
    those anyone adults women men patients residents
    """.split()
)
# Verbs of movement whose particle "up" meets "to" without making "up to" a bound: "went up to
# £11.2m" is a value reached.
_MOVED_UP_VERBS = frozenset(
    """
    go goes going gone went rise rises rising rose risen climb climbs climbing climbed jump
    jumps jumping jumped shoot shoots shooting shot move moves moving moved creep creeps
    creeping crept tick ticks ticking ticked edge edges edging edged inch inches inching inched
    push pushes pushing pushed bump bumps bumping bumped ramp ramps ramping ramped revise
    revises revising revised round rounds rounding rounded mark marks marking marked
    """.split()
)


def qualifier_before(
    text: str, start: int, floor: int, word_before_start: str | None = None
) -> Qualifier | None:
    """The qualifier ending just before ``start`` (and after ``floor``), if any. The word before
    is checked first (``word_before_start`` when the caller has read it already): the full
    search runs only where a qualifier can end."""
    if start <= floor:
        return None
    if word_before_start is None:
        word_before_start = word_before(text, start)
    if word_before_start.lower() not in _QUALIFIER_LAST_WORDS:
        return None
    q = _search(text, max(floor, start - 48), start)
    if q is None or _a_preposition_or_particle(text, q):
        return None
    return q


def _search(text: str, lo: int, start: int) -> Qualifier | None:
    """The leftmost qualifier between ``lo`` and ``start`` that ends at ``start``. The window
    keeps one character before ``lo`` for the look-behind; an ASCII window is lower-cased and
    searched without IGNORECASE, which matches the same words (no ASCII letter folds onto
    another ASCII letter but its own capital)."""
    window_start = lo - 1 if lo > 0 else lo
    window = text[window_start:start]
    if window.isascii():
        m = _QUALIFIER_LOWER.search(window.lower(), lo - window_start)
    else:
        window_start = 0
        m = _QUALIFIER.search(text, lo, start)
    if m is None:
        return None
    kind = m.lastgroup
    # The groups are the top-level alternatives of the expression and none nests another,
    # so the last group that matched is the qualifier's kind.
    assert kind in _QUALIFIER_KINDS, kind
    return Qualifier(window_start + m.start(), kind, m.group(kind).lower())


def _a_preposition_or_particle(text: str, q: Qualifier) -> bool:
    """Whether the words matched as a qualifier are a preposition or a verb's particle here:
    "a row over $412 million" (over: about), "wages went up to £11.2m" (a movement: the number
    is where it went, exactly), "children under five" (an age group's limit)."""
    words = q.words.split()
    if words in (["under"], ["over"]):
        before = word_before(text, q.start).lower()
        return before in _AGE_GROUP_NOUNS or (words == ["over"] and before in _OVER_MEANS_ABOUT_AFTER)
    if words[:2] == ["up", "to"]:
        return word_before(text, q.start).lower() in _MOVED_UP_VERBS
    return False


def bounds(kind: str, value: float) -> tuple[str, float | None, float | None]:
    """The qualifier and ``(low, high)`` that a qualifier group ``kind`` gives ``value``."""
    if kind in ("more_than", "at_least"):
        return kind, value, None
    if kind in ("up_to", "less_than"):
        return kind, None, value
    if kind == "nearly":
        return "about", None, None
    return kind, None, None
