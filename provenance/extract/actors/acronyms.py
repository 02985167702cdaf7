"""Acronym definitions, "National Council of Resistance of Iran (NCRI)": both halves name
one organisation, and a new acronym's long form gives the candidate its name.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.hits import _Hit
from provenance.extract.actors.resolution import Resolution
from provenance.extract.actors.text import capital_words
from provenance.extract.actors.vocabulary import (
    _ACRONYM_RE,
    _APOSTROPHES,
    _CONNECTORS,
    _HYPHEN,
    _LETTER,
    _NAME_WORD,
    _ORG_HEADS,
    _POSSESSIVE_RE,
    _UPPER,
)

_PAREN_RE = re.compile(r"\(\s*([^()\n]{1,80}?)\s*\)")


_PAREN_SPLIT_RE = re.compile(r"\s*(?:,|/|;|\bor\b|\band\b)\s*")


_LONG_FORM_WORD_RE = re.compile(rf"[{_LETTER}0-9]+(?:[{_APOSTROPHES}][{_LETTER}]+)?")


_LONG_FORM_BREAKS = ".,;:!?\n“”\"()[]"


#: Last words of long forms that name a measure, a law or a plan, not a body: "Consumer
#: Prices Index (CPI)", "Freedom of Information Act (FOIA)", "Post-Traumatic Stress Disorder";
#: nor a post ("Chief Executive Officer (CEO)", "Chief Operating Officer").
_NOT_BODY_LAST_WORDS = frozenset(
    """Index Rate Rates Product Act Bill Law Programme Program Scheme Plan Strategy Syndrome Disorder
    Treaty Agreement Zone Report Survey Test Ratio Level Regulation Regulations Directive Protocol
    Framework Indicator Officer Manager""".split()
)


def _names_a_measure(long: str) -> bool:
    """Whether a long form names a measure, a law, a plan or a post (:data:`_NOT_BODY_LAST_WORDS`)."""
    return long.rsplit(None, 1)[-1] in _NOT_BODY_LAST_WORDS


@dataclass(frozen=True)
class _Definition:
    long: str
    short: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    end: int  # after the closing bracket
    others: tuple[str, ...]  # further names in the brackets: "(PMOI, Mujahedin-e Khalq or MEK)"


def _initials_match(words: Sequence[str], letters: str) -> bool:
    """Whether ``words`` spell ``letters`` by their initials. Capitalised words must give theirs;
    connectors ("of", "the", "-e") may give theirs or be skipped; numbers are skipped."""

    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word.isdigit():
            return match(i + 1, j)
        fits = j < len(letters) and word[0].casefold() == letters[j]
        if word.casefold() in _CONNECTORS or word[0].islower():
            return (fits and match(i + 1, j + 1)) or match(i + 1, j)
        return fits and match(i + 1, j + 1)

    return match(0, 0)


def _definitions(text: str) -> list[_Definition]:
    found: list[_Definition] = []
    for paren in _PAREN_RE.finditer(text):
        parts: list[tuple[str, int, int]] = []
        inner, inner_start, position = paren.group(1), paren.start(1), 0
        for piece in _PAREN_SPLIT_RE.split(inner):
            at = inner.find(piece, position) if piece else -1
            if at >= 0:
                parts.append((piece, inner_start + at, inner_start + at + len(piece)))
                position = at + len(piece)
        acronyms = [part for part in parts if _ACRONYM_RE.match(part[0])]
        if not acronyms:
            continue
        run = _long_form_run(text, paren.start())
        if run and text.startswith(", ", run[0][1] - 2):
            # "Rail, Maritime and Transport Union (RMTU)": a list of words inside the name
            run = _long_form_run(text, run[0][1] - 2) + run
        for short, short_start, short_end in acronyms:
            letters = short.casefold().replace("&", "")
            for first in range(len(run)):
                word = run[first][0]
                if not word[0].isupper() or word.casefold() in _CONNECTORS:
                    continue
                if _initials_match([w for w, _, _ in run[first:]], letters):
                    long_start, long_end = run[first][1], run[-1][2]
                    possessive = _POSSESSIVE_RE.search(text, long_start, long_end)
                    if possessive is not None:  # "… of Iran’s (NCRI)"
                        long_end = possessive.start()
                    others = tuple(p[0] for p in parts if p[1] != short_start and p[0][:1].isupper())
                    long = text[long_start:long_end]
                    found.append(
                        _Definition(long, short, long_start, long_end, short_start, short_end, paren.end(), others)
                    )
                    break
            else:
                translated = _translated_long_form(run, len(letters))
                if translated is not None:
                    long_start, long_end = translated
                    others = tuple(p[0] for p in parts if p[1] != short_start and p[0][:1].isupper())
                    found.append(
                        _Definition(text[long_start:long_end], short, long_start, long_end, short_start, short_end, paren.end(), others)
                    )
                    break
                continue
            break
    return found


def _translated_long_form(run: list[tuple[str, int, int]], letters: int) -> tuple[int, int] | None:
    """The bounds of an organisation's name whose acronym is its own language's ("National
    Emergency Operations Centre (COEN)", "National Federation of Mine and Metal Workers
    (FENAMIN)"): three capitalised words or more, one of them an organisation's head word, right
    before an acronym of three letters or more. None for anything else."""
    words = [word for word in run if word[0].casefold() not in _CONNECTORS]
    if words and words[0][0] == "The":
        words = words[1:]
    if letters < 3 or len(words) < 3 or not any(word[0] in _ORG_HEADS for word in words):
        return None
    return words[0][1], run[-1][2]


def _long_form_run(text: str, bracket: int) -> list[tuple[str, int, int]]:
    """The capitalised words, numbers and connectors just before a bracket, hyphenated words
    split ("Mojahedin-e" → "Mojahedin", "e"), with offsets."""
    window_start = max(0, bracket - 160)
    before = text[window_start:bracket]
    start = window_start + max(map(before.rfind, _LONG_FORM_BREAKS)) + 1
    # A word holds no hyphen (``_LONG_FORM_WORD_RE``), so hyphenated words come apart here.
    words = [
        (match.group(), match.start(), match.end()) for match in _LONG_FORM_WORD_RE.finditer(text, start, bracket)
    ]
    run: list[tuple[str, int, int]] = []
    for word in reversed(words):
        if not (word[0][0].isupper() or word[0].isdigit() or word[0].casefold() in _CONNECTORS):
            break
        run.insert(0, word)
    return run


def find_acronym_definitions(text: str) -> list[tuple[str, str, int, int]]:
    """Acronyms defined in brackets after their long form.

    ``National Council of Resistance of Iran (NCRI)`` gives ``("National Council of Resistance
    of Iran", "NCRI", start, end)``, where ``text[start:end]`` runs from the long form's first
    letter to the closing bracket. The acronym must be spelled by the initials of the words
    before it (capitalised words must count; "of", "and", "-e" may).
    """
    return [(d.long, d.short, d.long_start, d.end) for d in _definitions(text)]


def _definition_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """Both halves of an acronym definition: a known organisation's, or a new one's."""
    hits: list[_Hit] = []
    for d in _definitions(text):
        if _names_a_measure(d.long):
            continue
        known = directory.resolve(d.long)
        if known.actor is None:
            known = directory.resolve(d.short)
        spans = [(d.long_start, d.long_end), (d.short_start, d.short_end)]
        if known.actor is not None:
            if known.actor.kind == "organisation":
                hits += [_Hit(s, e, "definition", Resolution(text[s:e], known.actor, "exact", 100.0)) for s, e in spans]
            continue
        aliases = (d.short, *d.others)
        hits += [
            _Hit(s, e, "definition", Resolution(text[s:e]), new_name=d.long, new_kind="organisation", new_aliases=aliases)
            for s, e in spans
        ]
    return hits + _short_form_hits(text, directory)


#: A short form defined in quotation marks in brackets, as press summaries and judgments do:
#: 'Dunford Metropolitan Borough Council ("the Council")', 'Meridian Rail Ltd (“Meridian”)'.
_QUOTED_SHORT_FORM_RE = re.compile(
    rf"\([\"“](?:the[ \t]+)?(?P<short>[{_UPPER}][\w’'\-]+(?:[ \t]+[{_UPPER}][\w’'\-]+){{0,2}})[\"”]\)"
)


def _short_form_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """An organisation's name and the short form it is given in brackets (both its mentions):
    only where the short form's words are the name's own and the name is a body's (by its
    head word, or known as one), so that a party's role ("the Claimant") names no one."""
    hits: list[_Hit] = []
    for opening in ("(\"", "(“"):
        at = text.find(opening)
        while at >= 0:
            defined = _QUOTED_SHORT_FORM_RE.match(text, at)
            at = text.find(opening, at + 2)
            if defined is None:
                continue
            run = [word for word in _long_form_run(text, defined.start()) if word[0] not in ("The", "the")]
            while run and run[0][0].casefold() in _CONNECTORS:
                run = run[1:]
            short = defined.group("short")
            if not run or not set(short.split()) <= {word for word, _, _ in run}:
                continue
            long_start, long_end = run[0][1], run[-1][2]
            long = text[long_start:long_end]
            known = directory.resolve(long).actor
            if known is not None and known.kind != "organisation":
                continue
            if known is None and run[-1][0] not in _ORG_HEADS and short.split()[-1] not in _ORG_HEADS:
                continue
            spans = [(long_start, long_end), defined.span("short")]
            if known is not None:
                hits += [_Hit(s, e, "definition", Resolution(text[s:e], known, "exact", 100.0)) for s, e in spans]
            else:
                hits += [_Hit(s, e, "definition", Resolution(text[s:e]), new_name=long, new_kind="organisation",
                              new_aliases=(short,)) for s, e in spans]
    return hits


#: Capitalised words joined by spaces, connectors or the dots of an acronym inside ("U.N.
#: Disaster Assessment and Coordination"): where a long form may be. The capital comes first
#: and the "not inside a word" test after it, so that ``re`` skips ahead to capitals.
_JOINED_RUN_RE = re.compile(
    rf"[{_UPPER}](?<![\w{_HYPHEN}{_APOSTROPHES}].){_NAME_WORD[len(f'[{_UPPER}]'):]}"
    rf"(?:(?:[ \t]+(?:(?:and|of|for|on|the|&)[ \t]+){{0,2}}|\.[ \t]*){_NAME_WORD})+"
)


_RUN_WORD_RE = re.compile(rf"[{_LETTER}]+")


def _spelled_out_acronym_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """An acronym used with no brackets to define it, whose letters are the initials of a
    capitalised name written earlier ("The U.N. Disaster Assessment and Coordination team …
    The U.N.D.A.C. team leader"): the name and each use name one organisation, even with no
    head word ("Committee", "Agency") to tell the name is a body's. Acronyms the directory
    knows, or that no earlier name spells, are left to the other detectors."""
    first_use: dict[str, int] = {}
    uses: dict[str, list[tuple[int, int]]] = {}
    for word, start in zip(*capital_words(text)):
        letters = word.replace(".", "") if "." in word else word
        uses.setdefault(letters, []).append((start, start + len(word)))
        first_use.setdefault(letters, start)
    hits: list[_Hit] = []
    runs: list[_Run] | None = None
    for letters, spans in uses.items():
        if not _initials_written_before(text, letters, first_use[letters]) or directory.resolve(letters).actor is not None:
            continue
        if runs is None:
            runs = _capitalised_runs(text, max(first_use.values()))
        long = _earliest_spelling(text, runs, letters.casefold(), first_use[letters])
        if long is None:
            continue
        name = text[long[0] : long[1]]
        if _names_a_measure(name):
            continue
        written = text[spans[0][0] : spans[0][1]]
        hits += [
            _Hit(s, e, "definition", Resolution(text[s:e]), new_name=name, new_kind="organisation", new_aliases=(written,))
            for s, e in (long, *spans)
        ]
    return hits


def _initials_written_before(text: str, letters: str, before: int) -> bool:
    """Whether each of ``letters`` is written as a capital before ``before`` ("XML" with no
    "X" before it spells nothing): a cheap test, with ``str.find``, before the runs are read."""
    return all(text.find(letter, 0, before) >= 0 for letter in set(letters))


@dataclass(frozen=True)
class _Run:
    """A capitalised run of three or more words, with their initials."""

    start: int
    end: int
    initials: str  # every word's first letter, casefolded


def _capitalised_runs(text: str, before: int) -> list[_Run]:
    """Capitalised runs starting before ``before``, joined across connectors and acronym
    dots, of three words or more (no acronym of three letters or more is spelled by fewer)."""
    runs: list[_Run] = []
    for run in _JOINED_RUN_RE.finditer(text, 0, before + 200):
        if run.start() >= before:
            break
        words = run.group().replace(".", " ").replace("-", " ").split()
        if len(words) >= 3:
            runs.append(_Run(run.start(), run.end(), "".join(word[0] for word in words).casefold()))
    return runs


def _earliest_spelling(text: str, runs: list[_Run], letters: str, before: int) -> tuple[int, int] | None:
    """The span of the first run before ``before`` whose words, from a capitalised one to
    another, spell ``letters`` by their initials (connectors optional)."""
    for run in runs:
        if run.start >= before:
            break
        if len(run.initials) < len(letters) or not _subsequence(letters, run.initials):
            continue  # cheap test first: the letters, in order, among the initials
        words = [(m.group(), m.start(), m.end()) for m in _RUN_WORD_RE.finditer(text, run.start, min(run.end, before))]
        for first in range(len(words)):
            if not words[first][0][0].isupper() or words[first][0].casefold() in _CONNECTORS:
                continue
            for last in range(len(words), first + 2, -1):
                if words[last - 1][0][0].isupper() and _initials_match([w for w, _, _ in words[first:last]], letters):
                    end = words[last - 1][2]
                    return words[first][1], end + 1 if text[end : end + 1] == "." and len(words[last - 1][0]) == 1 else end
    return None


def _subsequence(letters: str, initials: str) -> bool:
    """Whether ``letters`` occur in ``initials`` in order."""
    position = 0
    for letter in letters:
        position = initials.find(letter, position) + 1
        if not position:
            return False
    return True
