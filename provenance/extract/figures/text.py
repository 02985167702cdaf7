"""The words around a number: the word before it, the word after it, plural or not.

Every decision about a number (a year or a count, a name or a figure, a qualifier or not) rests
on its neighbours; these readers look no further than a short window, so what a number costs
does not grow with the text around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

HYPHEN_CHARS = "-‐‑"
HYPHENS = r"\-‐‑"  # for character classes
WORD = re.compile(rf"[ \t\u00a0]+([A-Za-z][A-Za-z'’{HYPHENS}]*)")
_PLURAL_EXCEPTIONS = frozenset(
    """
    this thus was has does its his hers ours yours theirs always perhaps unless across whereas
    besides towards afterwards nevertheless sometimes news series species politics physics
    says gives describes contains includes explains seems appears begins continues goes becomes
    diabetes measles mumps rabies herpes rickets scabies shingles
    """.split()
)
_IRREGULAR_PLURALS = frozenset(
    "people men women children persons police staff personnel youth dead wounded injured".split()
)
_LY_NOUNS = frozenset("family italy assembly ally rally monopoly supply anomaly".split())
_SENTENCE_END_CHARS = frozenset('.!?:;"“”\n')


@lru_cache(maxsize=4096)  # a pure test of one word; news repeats its nouns
def looks_plural(word: str) -> bool:
    """Whether ``word`` reads as a plural noun: a plural after a number makes it a count
    ("12 Prisoners"), so a cheap spelling test is enough; ``_PLURAL_EXCEPTIONS`` lists the
    common words that end in "s" without being plurals."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if len(lower) < 4 or lower in _PLURAL_EXCEPTIONS:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def is_adverb(word: str) -> bool:
    """Whether ``word`` (lower-cased) is an "-ly" adverb, which ends a counted noun phrase
    ("€1.5 billion annually"); ``_LY_NOUNS`` are nouns that only look like one."""
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


@lru_cache(maxsize=4096)  # a pure test of one word; news repeats its nouns
def strip_possessive(word: str) -> tuple[str, bool]:
    """``word`` without a possessive ending, and whether it had one: a possessive ends a noun
    phrase ("30 prisoners' families" counts "prisoners")."""
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
    """The word just after ``pos`` (past spaces, not past punctuation), without a possessive."""
    m = WORD.match(text, pos)
    return strip_possessive(m.group(1))[0] if m else ""


def after_lone_a(text: str, pos: int) -> bool:
    """Whether a lone "a" stands just before ``pos`` ("a dozen", "a few"): the article, not the
    last letter of a word ("Ana few")."""
    article = text[max(0, pos - 3) : pos].lower()
    return article.endswith("a ") and (len(article) < 3 or not article[0].isalpha())


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the start of the text or the end of a
    sentence, a clause, a quotation or a line (``.``, ``!``, ``?``, ``:``, ``;``, a quote mark)."""
    window = text[max(0, pos - 6) : pos].rstrip(" \t\u00a0")
    return not window or window[-1] in _SENTENCE_END_CHARS
