"""One regular expression for every spelling of every known actor.

Compiled once per directory (and memoised by spelling set, so a per-document directory of
the same new actors is not recompiled); tolerant of the hyphen, apostrophe and case variants
news text uses, strict about acronyms (capitals only).
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


#: Letters that may carry a diacritic: Latin-1, Latin Extended-A and -B, Latin Extended Additional.
_ACCENTED_RE = re.compile("[\u00c0-\u024f\u1e00-\u1eff]+")


#: Bytes below 128, deleted to leave a text's few other bytes (curly quotes, dashes, accents).
_ASCII_BYTES = bytes(range(128))


#: The first UTF-8 bytes of the letters :data:`_ACCENTED_RE` finds (U+00C0–U+024F: C3–C9;
#: U+1E00–U+1EFF: E1 B8–BB).
_ACCENTED_LEADS = (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8", b"\xc9", b"\xe1\xb8", b"\xe1\xb9", b"\xe1\xba", b"\xe1\xbb")


@functools.lru_cache(maxsize=4)  # a text is folded for the known and for its own new actors
def fold_diacritics(text: str) -> str:
    """``text`` with diacritics dropped letter by letter, the same length, so offsets carry
    over: the spelling pattern runs over it, and "Hadžić" in one paragraph matches "Damir
    Hadzic" named in another. Folding the text, not widening the pattern, keeps the pattern
    literal: one with a class per letter compiles ten times slower, and a per-document
    directory is compiled for every document. A text with no accented letter comes back as
    it is after a byte search; otherwise only the accented stretches are rebuilt."""
    if text.isascii():
        return text
    beyond_ascii = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    if not any(lead in beyond_ascii for lead in _ACCENTED_LEADS):
        return text
    pieces: list[str] = []
    last = 0
    for accented in _ACCENTED_RE.finditer(text):
        pieces += (text[last : accented.start()], "".join(map(_folded_letter, accented.group())))
        last = accented.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _spelling_pattern(spelling: str) -> str:
    """A regex for one spelling, tolerant of hyphen/space, apostrophe and case variants.

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
            elif first_word and (token[0].isupper() or _ascii_digit(token[0])):
                # A digit has no other case: "71st" as ``7(?i:1st)`` is ``(?i:71st)``, led by its literal.
                parts.append(re.escape(token[0]) + (f"(?i:{re.escape(token[1:])})" if len(token) > 1 else ""))
            else:
                parts.append(f"(?i:{re.escape(token)})")
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


def _ascii_digit(ch: str) -> bool:
    """Whether ``ch`` is 0–9: a first character that, like a capital, leads its spelling's
    pattern as a literal (no other character matches it in any case)."""
    return "0" <= ch <= "9"


def _compile_spellings(spellings: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all spellings without their diacritics (for text passed through
    :func:`fold_diacritics`), longest first, grouped by their literal first letter so
    that the engine rejects most positions at once: ``(?:M(?:EK…Iran|aryam…|EK)|N(?:CRI)|…)``.

    Spellings opening with a digit ("71st Division") are grouped by it too: before, they were
    left loose, and one loose spelling makes the whole pattern test every position. Groups
    open with different literals, so no two can match at one position and their order (the
    digits now sort first) changes no match."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for spelling in sorted({fold_diacritics(spelling) for spelling in spellings}, key=len, reverse=True):
        pattern = _spelling_pattern(spelling)
        first = re.escape(spelling[0])
        if (spelling[0].isupper() or _ascii_digit(spelling[0])) and pattern.startswith(first):
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
