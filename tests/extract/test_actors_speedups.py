"""Actors: the fast paths find exactly what the plain ones they replace find (fuzzed)."""

from __future__ import annotations

import random
import re

from provenance.extract.actors.directory import _joined, _with
from provenance.extract.actors.hits import _PRIORITY, _Hit, _select, _select_adding
from provenance.extract.actors.known import _COORDINATED_GIVEN_RE, _and_before
from provenance.extract.actors.resolution import Resolution, _unique
from provenance.extract.actors.roster import KnownActor
from provenance.extract.actors.spellings import _compile_spellings, _spelling_pattern
from provenance.extract.actors.text import _MID_SENTENCE_CAPITAL_RE, TextScan
from provenance.extract.actors.triggers import (
    _TRIGGER_RE,
    _TRIGGER_WORDS,
    _trigger_matches,
)
from provenance.extract.actors.unnamed import (
    _BOUNDARY_BEFORE_RE,
    _INTRO_COMMA_RE,
    _boundary_before,
    _ends_with_comma_and_spaces,
)

#: Pieces that put triggers next to letters, digits, hyphens, apostrophes, non-ASCII letters
#: and each other, at the start and the end of the text.
_FILLER = ["", " ", "  ", "\n", ",", ".", "-", "’", "'", "é", "x", "X", "5", "(", "“", "_", "ß", "Ω", "un", "s", "\t", "ł", "\u2010", "\u00a0"]


def _random_text(rng: random.Random, words: list[str]) -> str:
    pieces = [rng.choice(words) if rng.random() < 0.5 else rng.choice(_FILLER) for _ in range(rng.randint(0, 30))]
    return "".join(pieces)


def test_trigger_matches_are_those_of_the_plain_pattern() -> None:
    rng = random.Random(20240611)
    words = [*_TRIGGER_WORDS, "Grand", "called", "according", "by", "General"]
    for _ in range(5000):
        text = _random_text(rng, words)
        expected = [(m.span(), m.group()) for m in _TRIGGER_RE.finditer(text)]
        assert [(m.span(), m.group()) for m in _trigger_matches(text)] == expected, text


def test_mid_sentence_names_answer_as_the_full_pass_does() -> None:
    rng = random.Random(7)
    words = ["Tom", "Smith", "Jones", "said", "the", "Reyes", "Families", "a", "s", "é", "Émile", "ON", "T"]
    fillers = [" ", "  ", "\t", ", ", "; ", ". ", "\n", ",", "x", ""]
    for _ in range(5000):
        text = "".join(rng.choice(words) if rng.random() < 0.6 else rng.choice(fillers) for _ in range(rng.randint(0, 16)))
        expected = set(_MID_SENTENCE_CAPITAL_RE.findall(text))
        for word in [*words, "", "Tom Smith", "om", *expected]:
            assert TextScan(text).writes_mid_sentence(word) == (word in expected), (text, word)


def _random_hits(rng: random.Random, count: int, empty: bool) -> list[_Hit]:
    sources = list(_PRIORITY)
    lengths = [0, 1, 1, 2, 3, 5, 8] if empty else [1, 1, 2, 3, 5, 8]
    hits = []
    for _ in range(count):
        start = rng.randint(0, 40)
        hits.append(_Hit(start, start + rng.choice(lengths), rng.choice(sources), Resolution("x")))
    return hits


def test_selecting_more_hits_chooses_as_selecting_them_all() -> None:
    rng = random.Random(11)
    for round in range(5000):
        selected = _select(_random_hits(rng, rng.randint(0, 12), empty=round % 4 == 0))
        extra = _random_hits(rng, rng.randint(0, 4), empty=round % 8 == 0)
        expected = [id(hit) for hit in _select(selected + extra)]
        assert [id(hit) for hit in _select_adding(selected, extra)] == expected


def test_clause_boundaries_read_from_the_end_agree_with_the_patterns() -> None:
    rng = random.Random(3)
    pieces = [".", "!", "?", '"', "”", "’", ")", " ", "\t", "\n", "\u00a0", "\u2003", "“", "a", "In", "said", ",", "x", "-"]
    for _ in range(20000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.5:  # an introductory phrase's comma, or something like one
            before = rng.choice(["", "\n", ". "]) + before + rng.choice([", ", ",\t", ",  ", ",", ", x", " "])
        assert _boundary_before(before) == (_BOUNDARY_BEFORE_RE.search(before) is not None), repr(before)
        if _INTRO_COMMA_RE.search(before) is not None:
            assert _ends_with_comma_and_spaces(before), repr(before)


def test_and_before_holds_wherever_the_coordinated_given_name_pattern_matches() -> None:
    rng = random.Random(5)
    pieces = ["Massoud", " ", "\t", "and", "And", "band", ",", "\n", "Maryam", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        text += rng.choice(["", " and ", " and\t ", "and ", " and", "Massoud and "])
        if _COORDINATED_GIVEN_RE.search(text, max(0, len(text) - 60), len(text)) is not None:
            assert _and_before(text, len(text)), repr(text)


def test_index_tuples_grow_as_unique_would_make_them() -> None:
    rng = random.Random(9)
    actors = [KnownActor(name, kind) for name in ("Ann Lee", "Bo Chan", "Cy Diaz") for kind in ("person", "organisation")]
    for _ in range(2000):
        first = _unique(rng.choice(actors) for _ in range(rng.randint(0, 4)))
        second = _unique(rng.choice(actors) for _ in range(rng.randint(0, 4)))
        actor = KnownActor(*rng.choice([("Ann Lee", "person"), ("Dee Eng", "person")]))
        assert _with(first, actor) == _unique((*first, actor))
        assert _joined(first, second) == _unique((*first, *second))


def test_spelling_pattern_finds_what_one_plain_alternation_finds() -> None:
    """Grouping by first character (capital or digit) finds what the plain alternation of every
    spelling, longest first and tested at every position, finds."""
    rng = random.Random(13)
    spellings = ["71st Division", "7th Fleet", "UN", "United Nations", "Ali Saremi", "Ali", "MEK", "al-Qaeda", "Sam O'Neil"]
    words = [*spellings, "71st", "Division", "Nations", "U.N.", "al", "Qaeda", "Saremi", "O’Neil", "7", "17th Fleet"]
    fillers = [" ", "-", "\t", ".", "x", "9", "é", "_", "\n", ""]
    for chosen in ([s for s in spellings if s != "al-Qaeda"], spellings):
        ordered = sorted(set(chosen), key=len, reverse=True)
        plain = re.compile(rf"(?<![\w])(?:{'|'.join(map(_spelling_pattern, ordered))})(?![\w])")
        pattern = _compile_spellings(chosen)
        assert pattern.pattern.startswith("(?<!") == ("al-Qaeda" in chosen)  # only a lowercase start tests every position
        for _ in range(3000):
            text = "".join(rng.choice(words) if rng.random() < 0.5 else rng.choice(fillers) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
