"""The shared pass over one text: what several detectors need (trigger words, capitalised
runs, capitalised words written mid-sentence) computed once per text instead of once per
detector, and line-start patterns that ``re`` can scan quickly.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from provenance.extract.actors.triggers import _Triggers, _triggers
from provenance.extract.actors.vocabulary import _LETTER, _NAME_SEQ_RE, _UPPER

#: A capitalised word after a lowercase word, comma or semicolon: the same words as ``findall``
#: of the plain ``[a-z,;][ \t]+(Capitalised)``, found a quarter faster. This pattern opens
#: at the space, so that ``re`` skips ahead to spaces instead of entering at every lowercase
#: letter, and looks behind for the letter or comma. That character is then not consumed, so
#: the place where the plain pattern's consuming it mattered is handled explicitly: after a
#: match, the plain pattern cannot reuse its word's last letter for the next capitalised word
#: ("said Tom Smith" gives "Tom", not "Smith"), so a match here runs on over the next
#: capitalised word, all of it, or up to its last letter when that lowercase letter before a
#: space may open the next match ("said Tom Smith Jones" gives "Tom" and "Jones").
_MID_SENTENCE_CAPITAL_RE = re.compile(
    rf"[ \t](?<=[a-z,;][ \t])[ \t]*([{_UPPER}][{_LETTER}]+)"
    rf"(?:[ \t]+[{_UPPER}][{_LETTER}]*(?=[a-z][ \t])|[ \t]+[{_UPPER}][{_LETTER}]+)?"
)


class TextScan:
    """One text and what the detectors share about it.

    ``triggers`` (reporting verbs, roles, titles, "written by") and ``sequences`` (runs of
    capitalised name words) are found once, eagerly: every text needs them. The capitalised
    words written mid-sentence (names, not sentence starts) are found on first use only: two
    detectors ask, about a word or two, for few texts (see :meth:`writes_mid_sentence`).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.triggers: _Triggers = _triggers(text)
        self.sequences: list[re.Match[str]] = list(_NAME_SEQ_RE.finditer(text))
        self._names_mid_sentence: set[str] | None = None

    @property
    def names_mid_sentence(self) -> set[str]:
        """Capitalised words written somewhere after a lowercase word, comma or semicolon."""
        if self._names_mid_sentence is None:
            self._names_mid_sentence = set(_MID_SENTENCE_CAPITAL_RE.findall(self.text))
        return self._names_mid_sentence

    def writes_mid_sentence(self, word: str) -> bool:
        """``word in self.names_mid_sentence``, without the full pass for most words.

        The full pass costs as much as the triggers pass, and the detectors ask about a word
        or two per text, so the word is first looked up with ``str.find``: a word the pattern
        finds has spaces or tabs before it and, before those, ``a``–``z``, "," or ";". Only a
        word written so somewhere needs the full pass (the pattern skips some such words)."""
        if self._names_mid_sentence is None and not _maybe_mid_sentence(self.text, word):
            return False
        return word in self.names_mid_sentence


#: What ``_MID_SENTENCE_CAPITAL_RE`` looks behind for before the spaces.
_LOWERCASE_COMMA_SEMICOLON = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _maybe_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` occurs after spaces or tabs that follow ``a``–``z``, "," or ";"."""
    if not word:
        return False
    at = text.find(word, 1)
    while at >= 0:
        before = at - 1
        if text[before] in " \t":
            while before > 0 and text[before - 1] in " \t":
                before -= 1
            if before > 0 and text[before - 1] in _LOWERCASE_COMMA_SEMICOLON:
                return True
        at = text.find(word, at + 1)
    return False


class LinePattern:
    """A pattern anchored at line starts, ``(?m)^`` + ``body``, scanned quickly.

    ``re`` cannot skip ahead to a ``^`` anchor and tries it at every position; searching for
    ``\\n`` + ``body`` instead jumps from newline to newline. A match never ends with a
    newline (``body`` must not end on one), so the matches, and their named groups, are the
    same as the anchored pattern's; only ``start()`` of the whole match differs by the newline.
    """

    def __init__(self, body: str, flags: int = 0) -> None:
        self._first = re.compile(body, flags)
        self._after_newline = re.compile("\n" + body, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self._first.match(text)
        if first is not None:
            yield first
        yield from self._after_newline.finditer(text, first.end() if first is not None else 0)

    def finditer_at(self, text: str, newlines: Iterable[int]) -> Iterator[re.Match[str]]:
        """``finditer(text)``, trying only the lines after ``newlines`` (ascending offsets of
        the newline before a line, -1 for the first line), which must include every line a
        match opens on: the body is tried there alone, instead of at every line. Lines
        inside the last match are passed over, as ``finditer`` passes over them."""
        end = 0
        for newline in newlines:
            if newline < 0:
                match = self._first.match(text)
            elif newline >= end:
                match = self._after_newline.match(text, newline)
            else:
                continue
            if match is not None:
                end = match.end()
                yield match


def lines_holding(text: str, char: str) -> Iterator[int]:
    """The newline before every line of ``text`` that holds ``char`` (-1 for the first line),
    ascending: where :meth:`LinePattern.finditer_at` need try a pattern whose match holds
    ``char`` on its first line."""
    at = text.find(char)
    while at >= 0:
        yield text.rfind("\n", 0, at)
        line_end = text.find("\n", at)
        if line_end < 0:
            return
        at = text.find(char, line_end)


#: Words in capitals, three to seven letters, plain or dotted ("UNDAC", "U.N.D.A.C."): the
#: acronyms a text uses. The first capital comes before the "not inside a word" test, so
#: that ``re`` skips ahead to capitals.
_CAPITAL_WORDS_PLAIN_RE = re.compile(r"[A-Z](?<![\w.][A-Z])(?:\.(?:[A-Z]\.){2,6}|[A-Z]{2,6}(?![\w]))")
#: The same matches, with the "not inside a word" test moved past the second character (a
#: capital or a stop, never a line break, so the lookbehind's ``..`` takes them): most
#: capitals open a word in lower case and are rejected by it before the lookbehind is run.
_CAPITAL_WORDS_RE = re.compile(r"[A-Z](?:\.(?<![\w.]..)(?:[A-Z]\.){2,6}|[A-Z](?<![\w.]..)[A-Z]{1,5}(?![\w]))")


@functools.lru_cache(maxsize=2)  # two detectors ask, for the same text
def capital_words(text: str) -> tuple[list[str], list[int]]:
    """Every word in capitals that may be an acronym, and where each starts, in text order
    (two lists built by ``map`` in C, not a tuple per word)."""
    matches = list(_CAPITAL_WORDS_RE.finditer(text))
    return list(map(re.Match.group, matches)), list(map(re.Match.start, matches))


def run_ending_at(sequences: list[re.Match[str]], position: int) -> int | None:
    """The index of the capitalised run (of :attr:`TextScan.sequences`, in text order) that
    ends exactly at ``position``, or None: the name right before a marker ("… analyst",
    ", 58,", " of the …")."""
    index = bisect.bisect_left(sequences, position, key=re.Match.end)
    return index if index < len(sequences) and sequences[index].end() == position else None
