"""The words around a number: the word before it, the word after it, plural or not.

Every decision about a number (a year or a count, a name or a figure, a qualifier or not) rests
on its neighbours; these readers look no further than a short window, so what a number costs
does not grow with the text around it.
"""

from __future__ import annotations

import re

HYPHEN_CHARS = "-‐‑"

HYPHENS = r"\-‐‑"  # for character classes

WORD = re.compile(rf"[ \t\u00a0]+([A-Za-z][A-Za-z'’{HYPHENS}]*)")

_PLURAL_EXCEPTIONS = frozenset(
    """
    this thus was has does its his hers ours yours theirs always perhaps unless across whereas
    besides towards afterwards nevertheless sometimes news series species politics physics
    """.split()
)

_IRREGULAR_PLURALS = frozenset(
    "people men women children persons police staff personnel youth dead wounded injured".split()
)

_LY_NOUNS = frozenset("family italy assembly ally rally monopoly supply anomaly".split())

_SENTENCE_END_CHARS = frozenset('.!?:;"“”\n')

def looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if len(lower) < 4 or lower in _PLURAL_EXCEPTIONS:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def strip_possessive(word: str) -> tuple[str, bool]:
    if len(word) > 2 and word.endswith(("'s", "’s")):
        return word[:-2], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (skipping spaces), with surrounding punctuation removed."""
    window = text[max(0, pos - 30) : pos].rstrip(" \t\u00a0")
    if not window or window[-1] in "\n\r":
        return ""
    word = window.rsplit(None, 1)[-1] if window.strip() else ""
    return word.strip("\"“”‘’'([{,;:—–")


def next_word(text: str, pos: int) -> str:
    m = WORD.match(text, pos)
    return strip_possessive(m.group(1))[0] if m else ""


def at_sentence_start(text: str, pos: int) -> bool:
    window = text[max(0, pos - 6) : pos].rstrip(" \t\u00a0")
    return not window or window[-1] in _SENTENCE_END_CHARS

