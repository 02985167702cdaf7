"""Actors: the fast paths find exactly what the plain ones they replace find (fuzzed)."""

from __future__ import annotations

import random
import re

from provenance.extract.actors.directory import _joined, _with
from provenance.extract.actors.hits import _PRIORITY, _Hit, _select, _select_adding
from provenance.extract.actors.known import _COORDINATED_GIVEN_RE, _and_before
from provenance.extract.actors.people import (
    _AFFILIATION_LINK_RE,
    _LIST_GAP_RE,
    _POSSESSIVE_ROLE_RE,
    _TESTIMONY_HEADING_RE,
    _affiliation_links,
    _is_person_name,
    _listed_names,
    _possessive_role_starts,
    _testimony_headings,
)
from provenance.extract.actors.resolution import Resolution, _unique
from provenance.extract.actors.roster import KnownActor
from provenance.extract.actors.scan import _QUOTE_RE, _quote_spans
from provenance.extract.actors.speakers import _TURN_LABEL_RE
from provenance.extract.actors.spellings import _compile_spellings, _spelling_pattern
from provenance.extract.actors.text import (
    _CAPITAL_WORDS_PLAIN_RE,
    _CAPITAL_WORDS_RE,
    _MID_SENTENCE_CAPITAL_RE,
    TextScan,
    lines_holding,
)
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
from provenance.extract.actors.vocabulary import _NAME_SEQ_RE

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
    spellings = ["71st Division", "7th Fleet", "UN", "United Nations", "Ali Saremi", "Ali", "MEK", "al-Qaeda", "Sam O'Neil",
                 "Amnesty International", "Amnesty", "Asif Khan", "Akın", "AK Party", "Alı", "Sam", "Saab", "Sıla"]
    words = [*spellings, "71st", "Division", "Nations", "U.N.", "al", "Qaeda", "Saremi", "O’Neil", "7", "17th Fleet",
             "AMNESTY", "aMNESTY", "Aſif", "A\u212aIN", "AKIN", "ALI", "AlI", "Alİ", "SAM", "Sa", "S"]
    fillers = [" ", "-", "\t", ".", "x", "9", "é", "_", "\n", ""]
    for chosen in ([s for s in spellings if s != "al-Qaeda"], spellings):
        ordered = sorted(set(chosen), key=len, reverse=True)
        plain = re.compile(rf"(?<![\w])(?:{'|'.join(map(_spelling_pattern, ordered))})(?![\w])")
        pattern = _compile_spellings(chosen)
        assert pattern.pattern.startswith("(?<!") == ("al-Qaeda" in chosen)  # only a lowercase start tests every position
        for _ in range(3000):
            text = "".join(rng.choice(words) if rng.random() < 0.5 else rng.choice(fillers) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


#: Pieces of lines: names, titles, colons, quotation marks, line breaks, affiliations.
_LINE_PIECES = [
    "Anna Berg", "ANNA", "Dr ", "Dr. ", "Marta von Holt", "Ali", " ", "  ", "\t", "\u00a0", "\n", "\n\n", ":", ": ", "“", '"',
    "Look", "x", ",", ", ", "—", "– ", "-", "(Reuters)", "Kessa Water Board", "of the", " of ", " at ", " from the ",
    "’s lawyer", "'s wife", "‘s", "ʼs son", "s", " and ", ", and ", "é", "Łukasz", "58", ".",
]


def _random_lines(rng: random.Random) -> str:
    return "".join(rng.choice(_LINE_PIECES) for _ in range(rng.randint(0, 24)))


def test_line_patterns_tried_at_some_lines_find_what_they_find_at_every_line() -> None:
    rng = random.Random(17)
    for _ in range(5000):
        text = _random_lines(rng)
        turns = [(m.span(), m.groupdict()) for m in _TURN_LABEL_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _TURN_LABEL_RE.finditer_at(text, lines_holding(text, ":"))] == turns, text
        headings = [(m.span(), m.groupdict()) for m in _TESTIMONY_HEADING_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _testimony_headings(text)] == headings, text


def test_testimony_headings_tried_before_quotes_are_all_of_them() -> None:
    rng = random.Random(29)
    lines = [
        "Anna Berg", "Dr. Anna Berg – Former Prisoner", "Anna Berg, 67, retired teacher", "Marta von Holt, Kessa Water Board",
        "“I was there.", '"We left."', "  “x", "He said so.", "", " ", "Anna Berg “", "ANNA BERG", "Łukasz Nowak",
    ]
    breaks = ["\n", "\n\n", "\n \n", "\n\t", " \n", "\r\n"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(lines) + rng.choice(breaks) for _ in range(rng.randint(0, 8)))[: rng.randint(0, 200)]
        headings = [(m.span(), m.groupdict()) for m in _TESTIMONY_HEADING_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _testimony_headings(text)] == headings, text
        found += len(headings)
    assert found > 1000


def test_literal_led_scans_find_what_the_class_led_patterns_find() -> None:
    rng = random.Random(19)
    for _ in range(5000):
        text = _random_lines(rng)
        assert _possessive_role_starts(text) == [m.start() for m in _POSSESSIVE_ROLE_RE.finditer(text)], text
        assert [m.span() for m in _affiliation_links(text)] == [m.span() for m in _AFFILIATION_LINK_RE.finditer(text)], text


def _listed_names_plainly(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The plain loop ``_listed_names`` replaces: each sequence joins the group before it
    when one list gap apart."""
    spans: list[tuple[int, int]] = []
    group: list[re.Match[str]] = []

    def close() -> None:
        if len(group) >= 3 and all(" " in m.group() and _is_person_name(m.group().split()) for m in group):
            spans.extend((m.start(), m.end()) for m in group)

    for match in sequences:
        if group and _LIST_GAP_RE.fullmatch(text, group[-1].end(), match.start()):
            group.append(match)
            continue
        close()
        group = [match]
    close()
    return spans


def test_listed_names_are_those_of_the_plain_loop() -> None:
    rng = random.Random(23)
    pieces = ["Anna Berg", "Tom Reed", "Ali", "Marta von Holt", ", ", ",", " and ", ", and ", " said ", "\n", "  ", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        sequences = list(_NAME_SEQ_RE.finditer(text))
        assert _listed_names(text, sequences) == _listed_names_plainly(text, sequences), text


def test_quote_spans_are_those_of_the_quote_pattern() -> None:
    rng = random.Random(37)
    for _ in range(5000):
        text = "".join(rng.choice(["“", "”", '"', "a", " ", "\n", "’"]) for _ in range(rng.randint(0, 20)))
        assert _quote_spans(text) == [m.span() for m in _QUOTE_RE.finditer(text)], text


def test_capital_words_are_those_of_the_plain_pattern() -> None:
    rng = random.Random(43)
    for _ in range(20000):
        text = "".join(rng.choice(["A", "B", "UN", ".", "x", " ", "\n", "_", "5", "É"]) for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in _CAPITAL_WORDS_RE.finditer(text)] == [m.span() for m in _CAPITAL_WORDS_PLAIN_RE.finditer(text)], text
