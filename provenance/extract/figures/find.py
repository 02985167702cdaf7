"""The entry point: one anchor pass over the text, then each anchor read where it stands.

See "How it runs" in the package docstring: one precompiled search (a character trie of the
number words) finds where numbers may start, so the cost grows with the number of numbers, not
with the length of the text.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate
from provenance.extract.figures.digits import digit_candidate
from provenance.extract.figures.numbers import NUMBER_WORDS, VAGUE_WORDS
from provenance.extract.figures.ranges import join_candidates
from provenance.extract.figures.spelled import word_candidate
from provenance.extract.figures.vague import vague_candidate
from provenance.extract.found import FigureFound


def _trie(words: list[str]) -> str:
    """A regular expression matching any of ``words``, factored by leading letters so that the
    engine tests one letter per branch instead of every word."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    parts = []
    for head, rests in sorted(heads.items()):
        tails = [rest for rest in rests if rest]
        if not tails:
            parts.append(re.escape(head))
            continue
        optional = "?" if "" in rests else ""
        parts.append(f"{re.escape(head)}(?:{_trie(tails)}){optional}")
    return "|".join(parts)


_ANCHOR_WORDS = sorted(NUMBER_WORDS | VAGUE_WORDS)
# A number starts after a character that is not a digit or letter. That character is matched
# (not looked behind at), so the pattern opens with a character class and ``re`` skips over
# letters and digits without trying the pattern there; the text is searched with one space
# before it, so a number at the very start has its character too. A match is one character
# longer on the left than the number's anchor, and in the padded text it starts at the
# anchor's offset in the text itself.
_ANCHOR = re.compile(rf"[^0-9a-z](?:\d|(?:{_trie(_ANCHOR_WORDS)})(?![a-z]))")
_ANCHOR_CI = re.compile(_ANCHOR.pattern, re.IGNORECASE)


def find_figures(text: str) -> list[FigureFound]:
    """The figures ``text`` states, sorted by start and never overlapping.

    Each record's ``text`` is ``text[start:end]`` and includes the qualifier words; see the
    module docstring for what is taken as a figure and how qualifiers map to bounds.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        search, haystack = _ANCHOR.search, " " + lowered
    else:  # a few characters change length when lower-cased ("İ"); offsets must not move
        search, haystack = _ANCHOR_CI.search, " " + text
    cands: list[Candidate] = []
    read_to = 0
    while (anchor := search(haystack, read_to)) is not None:
        pos = anchor.start()  # in the padded text, the character before; in ``text``, the anchor
        token = anchor.group()[1:]
        floor = cands[-1].end if cands else 0
        if token.isdigit():
            cand, read_to = digit_candidate(text, pos, floor)
        else:
            word = token.lower()
            if word in VAGUE_WORDS:
                cand, read_to = vague_candidate(text, pos, word, floor)
            else:
                cand, read_to = word_candidate(text, pos, word, floor)
        read_to = max(read_to, anchor.end() - 1)
        if cand is not None:
            cands.append(cand)
    return [
        FigureFound(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            value=c.value,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            counts=c.counts,
            unit=c.unit,
        )
        for c in join_candidates(text, cands)
    ]
