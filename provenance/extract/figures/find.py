"""The entry point: one anchor pass over the text, then each anchor read where it stands.

See "How it runs" in the package docstring: one precompiled search (a character trie of the
number words) finds where numbers may start, so the cost grows with the number of numbers, not
with the length of the text.
"""

from __future__ import annotations

import re
from typing import Any

from provenance.extract.figures.candidate import Candidate
from provenance.extract.figures.digits import digit_candidate
from provenance.extract.figures.exclusions import YEAR_CLASSES, plain_year_offsets
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
# The same search over bytes, one byte for each character of the text: digits become "0",
# letters a-z and A-Z become a-z, and every other character becomes a space. The pattern then
# opens with a literal space, which ``re`` finds far faster than a character class (a class
# is tested character by character), and finds the same anchors at the same offsets. The
# copy is made without ``str.lower`` (slow on text outside ASCII): no character outside ASCII
# lower-cases to a digit or a letter a-z except the two in ``_LOWER_TO_ASCII``.
_ANCHOR_BYTES = re.compile(rb" (?:0|(?:" + _trie(_ANCHOR_WORDS).encode() + rb")(?![a-z]))")
_BYTE_CLASSES = bytes(
    ord("0")
    if ord("0") <= b <= ord("9")
    else b | 0x20
    if ord("a") <= b | 0x20 <= ord("z") and b < 128
    else ord(" ")
    for b in range(256)
)
_LOWER_TO_ASCII = ("\u0130", "\u212a")  # "İ" (lower-cases to two characters), Kelvin "K"
# UTF-8 lead bytes of every decimal digit outside ASCII (Arabic-Indic, Devanagari, fullwidth
# …: ``\d`` matches them, the bytes above do not): texts holding any take the ``str`` search.
_OTHER_DIGIT_LEADS = frozenset(b"\xd9\xdb\xdf\xe0\xe1\xea\xef\xf0")
_ALL_BUT_OTHER_DIGIT_LEADS = bytes(b for b in range(256) if b not in _OTHER_DIGIT_LEADS)


def anchor_search(text: str) -> tuple[re.Pattern[Any], bytes | bytearray | str]:
    """The expression and the haystack that find the anchors of ``text``: a match at offset
    ``i`` of the haystack (one character of padding, then the text) holds the character before
    the anchor and then the anchor, which starts at offset ``i`` of ``text`` itself."""
    if not text.isascii() and (
        any(char in text for char in _LOWER_TO_ASCII)
        or text.encode("utf-8").translate(None, _ALL_BUT_OTHER_DIGIT_LEADS)
    ):
        lowered = text.lower()
        if len(lowered) != len(text):  # offsets must not move
            return _ANCHOR_CI, " " + text
        return _ANCHOR, " " + lowered
    raw = (" " + text).encode("latin-1", "replace")
    haystack: bytes | bytearray = raw.translate(_BYTE_CLASSES)
    years = plain_year_offsets(raw.translate(YEAR_CLASSES))
    if years:
        # Years that would be refused at once are hidden from the search: their first digit
        # becomes a letter, so no anchor starts there (the letter touches no other anchor:
        # a space stands before it and digits after it).
        haystack = bytearray(haystack)
        for offset in years:
            haystack[offset] = ord("x")
    return _ANCHOR_BYTES, haystack


def _in_millions_before(text: str, cands: list[Candidate], pos: int) -> bool:
    """Whether the last figure read is in millions and stands shortly before ``pos`` in the
    same line ("3.4m people needed aid, up from 2.9m in March")."""
    if not cands:
        return False
    last = cands[-1]
    return (
        last.scaled
        and last.value is not None
        and last.value >= 1e6
        and pos - last.end < 100
        and "\n" not in text[last.end : pos]
    )


def find_figures(text: str) -> list[FigureFound]:
    """The figures ``text`` states, sorted by start and never overlapping.

    Each record's ``text`` is ``text[start:end]`` and includes the qualifier words; see the
    module docstring for what is taken as a figure and how qualifiers map to bounds.
    """
    pattern, haystack = anchor_search(text)
    search = pattern.search
    cands: list[Candidate] = []
    read_to = 0
    while (anchor := search(haystack, read_to)) is not None:
        # ``pos`` is, in the padded text, the character before; in ``text``, the anchor.
        pos, anchor_end = anchor.span()
        token = text[pos : anchor_end - 1].lower()  # a digit, or a number word
        floor = cands[-1].end if cands else 0
        if token.isdigit():
            cand, read_to = digit_candidate(text, pos, floor, _in_millions_before(text, cands, pos))
        elif token in VAGUE_WORDS:
            cand, read_to = vague_candidate(text, pos, token, floor)
        else:
            cand, read_to = word_candidate(text, pos, token, floor)
        read_to = max(read_to, anchor_end - 1)
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
