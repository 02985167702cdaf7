"""One regular expression for every spelling of every known actor.

Compiled once per directory (and memoised by spelling set, so a per-document directory of
the same new actors is not recompiled); tolerant of the hyphen, apostrophe, case and
diacritic variants news text uses, strict about acronyms (capitals only).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from provenance.extract.actors.vocabulary import _APOSTROPHES, _HYPHEN, _HYPHEN_CHARS

_SEPARATOR = rf"(?:[ \t\u00a0]*[{_HYPHEN}–][ \t\u00a0]*|[ \t\u00a0]+)?"


_SPELLING_TOKEN_RE = re.compile(rf"[^\W_]+|[{_APOSTROPHES}]|[\s{_HYPHEN}–]+|/|\.|.")


_NEVER_MATCHES = re.compile(r"(?!x)x")


@functools.lru_cache(maxsize=4096)
def _folded_letter(ch: str) -> str:
    """``ch`` without its diacritics ("ž" → "z"), or ``ch`` itself when that is not one character."""
    bare = "".join(part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part))
    return bare if len(bare) == 1 else ch


def _fold(spelling: str) -> str:
    """``spelling`` without its diacritics, letter by letter: "Hadžić" → "Hadzic"."""
    return "".join(map(_folded_letter, spelling))


def _letter_variants() -> dict[str, str]:
    """Each lowercase ASCII letter → itself and the accented letters (Latin-1, Latin
    Extended-A, and the comma-below letters of Romanian) that fold to it."""
    variants: dict[str, list[str]] = {}
    for code in (*range(0xC0, 0x180), *range(0x218, 0x21C)):
        ch = chr(code)
        base = _folded_letter(ch).casefold()
        if ch.islower() and base.isascii() and base.isalpha() and base != ch:
            variants.setdefault(base, []).append(ch)
    return {base: "[" + base + "".join(others) + "]" for base, others in variants.items()}


#: "z" → "[zźżž]": a spelling's letters match with or without their diacritics, so "Damir
#: Hadzic" is found as "Hadžić" and "Aleksander Wiśniewski" as "Wisniewski".
_LETTER_VARIANTS: dict[str, str] = _letter_variants()


def _any_diacritics(word: str) -> str:
    """A case-insensitive regex for ``word`` (already folded) matching each letter with or
    without diacritics."""
    return "".join(_LETTER_VARIANTS.get(ch.casefold(), re.escape(ch)) if ch.isalpha() else re.escape(ch) for ch in word)


def _spelling_pattern(spelling: str) -> str:
    """A regex for one spelling, tolerant of hyphen/space, apostrophe, case and diacritic
    variants (past its first letter).

    Acronym words (``MEK``) match only in capitals, with or without dots (``U.N.``) when
    short; the first word keeps its capital initial
    (``Amnesty``, never ``amnesty``); other letters match in any case ("MEK IRAN"); hyphens and
    spaces between words may be either or neither ("Pour-Mohammadi", "PourMohammadi").
    """
    parts: list[str] = []
    first_word = True
    for token in _SPELLING_TOKEN_RE.findall(spelling):
        if token[0].isalnum():
            if len(token) >= 2 and token.isupper():
                # "UN" is also written "U.N.": the dotted form, opening with the same capital
                dotted = r"\.".join(token[1:]) if token.isascii() and token.isalpha() and len(token) <= 4 else None
                parts.append(re.escape(token) if dotted is None else f"{token[0]}(?:{token[1:]}|\\.{dotted}\\.)")
            elif first_word and token[0].isupper():
                parts.append(re.escape(token[0]) + (f"(?i:{_any_diacritics(token[1:])})" if len(token) > 1 else ""))
            else:
                parts.append(f"(?i:{_any_diacritics(token)})")
            first_word = False
        elif token in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]?")
        elif all(ch in _HYPHEN_CHARS or ch.isspace() for ch in token):
            parts.append(_SEPARATOR)
        elif token == "/":
            parts.append(r"[ \t]*/[ \t]*")
        elif token == ".":
            parts.append(r"\.?")
        elif token == "&":
            parts.append(r"[ \t]*&[ \t]*")
        else:
            parts.append(re.escape(token))
    return "".join(parts)


def _compile_spellings(spellings: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all spellings, their diacritics folded (then matched either way),
    longest first, grouped by their literal first letter so
    that the engine rejects most positions at once: ``(?:M(?:EK…Iran|aryam…|EK)|N(?:CRI)|…)``."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for spelling in sorted({_fold(spelling) for spelling in spellings}, key=len, reverse=True):
        pattern = _spelling_pattern(spelling)
        first = re.escape(spelling[0])
        if spelling[0].isupper() and pattern.startswith(first):
            rests = groups.setdefault(spelling[0], [])
            if pattern[len(first) :] not in rests:
                rests.append(pattern[len(first) :])
        elif pattern not in loose:
            loose.append(pattern)
    alternatives = [
        re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for first, rests in sorted(groups.items())
    ] + loose
    if not alternatives:
        return _NEVER_MATCHES
    if loose:  # a spelling not opening with a capital letter: test every position
        return re.compile(rf"(?<![\w])(?:{'|'.join(alternatives)})(?![\w])")
    # Every alternative opens with its literal capital: the "not inside a word" test goes after
    # it, so that ``re`` skips ahead to those capitals instead of testing every position.
    tested = [alternative[: len(re.escape(first))] + r"(?<![\w].)" + alternative[len(re.escape(first)) :]
              for alternative, first in zip(alternatives, sorted(groups))]
    return re.compile(rf"(?:{'|'.join(tested)})(?![\w])")
