"""The fast readers of the quotes package give what the plain patterns they stand for give.

The speed work replaced some searches with cheaper equivalents (tries, literal-led scans, reads
from the end of a range, whole-text indexes); these tests pin each to its plain pattern.
"""

from __future__ import annotations

import random
import re

import pytest

from provenance.extract.quotes import find_quotes
from provenance.extract.quotes.marks import _MARK_CHARS, _mark_positions
from provenance.extract.quotes.patterns import (
    _LAST_WORD,
    _REPORTING_LED,
    _REPORTING_RE,
    _REPORTING_VERBS,
    _TRAILING_AUX,
)
from provenance.extract.quotes.text import (
    _PASSIVE_BEFORE,
    _last_word,
    _reporting_hit,
    _reporting_verbs,
    _trailing_aux,
)
from provenance.extract.quotes.vocab import _MARKS, _SAY_FINITE, _trie

NEWS = (
    "SPRINGFIELD — The council approved the budget on Tuesday, officials said.\n\n"
    "“This budget protects services,” Mayor Linda Okafor said. “We made hard choices.”\n\n"
    "Priya Raman, the city's finance director, told reporters that the gap had been closed. "
    "The director has also said reserves would fall.\n"
    "(said the mayor) and—said nobody—“quoted” unsaid words; he had confirmed that it was so.\n\n"
    "“We will not accept this,” said Maria Lopez, president of Local 512. Lopez added that "
    "members would vote next week."
)


def _random_text(rng: random.Random, alphabet: str, longest: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def test_trie_matches_exactly_its_words() -> None:
    words = _SAY_FINITE | {"a", "an", "and"}
    pattern = re.compile(_trie(words) + r"\Z")
    for word in words:
        assert pattern.match(word)
    for word in ("sai", "saidx", "", "ann", "adds", "replie"):
        assert bool(pattern.match(word)) == (word in words)


def test_last_word_is_the_patterns_group() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        s = _random_text(rng, "ab ’'.,-_1é\n", 14)
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        hit = _LAST_WORD.search(s, a, b)
        assert _last_word(s, a, b) == (hit.group(1) if hit else None), (s, a, b)


def test_trailing_aux_is_the_patterns_search() -> None:
    rng = random.Random(11)
    words = ["has", "Also", "Smith", "then", "said", "in", "turn", "was", "x", "once", "again", ""]
    for _ in range(20_000):
        s = rng.choice([" ", "  ", "\n", " \t"]).join(
            rng.choice(words) for _ in range(rng.randint(0, 12))
        )
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        want = _TRAILING_AUX.search(s, a, b)
        assert _trailing_aux(s, a, b) == (want.start() if want else None), (s, a, b)


@pytest.mark.parametrize("start", [0, 1, 30, 75])
def test_reporting_verbs_are_the_patterns_matches(start: int) -> None:
    want = [
        (h.start(), h.start("verb"), h.end(), h.group("verb").lower())
        for h in _REPORTING_RE.finditer(NEWS, start)
    ]
    assert _reporting_verbs(NEWS, start, len(NEWS)) == want
    assert {verb for *_, verb in want} <= _REPORTING_VERBS


def test_news_text_speakers() -> None:
    found = {(q.text, q.kind, q.speaker_text) for q in find_quotes(NEWS)}
    assert ("This budget protects services,", "direct", "Linda Okafor") in found
    assert ("We will not accept this,", "direct", "Maria Lopez") in found
    assert ("members would vote next week", "indirect", "Maria Lopez") in found
    assert ("the gap had been closed", "indirect", "Priya Raman") in found


def test_name_index_shifts_a_repeated_run_to_each_occurrence() -> None:
    """A run of name words is read once (its plan is memoised) and indexed at every place
    it occurs, so a lone surname finds the latest occurrence of the full name."""
    from provenance.extract.quotes.reader import Reader

    text = (
        "Deputy Mayor Talia Brenner opened the fair. The crowd was small.\n\n"
        "Later, Deputy Mayor Talia Brenner spoke again about the roads.\n\n"
        "Brenner said the works would take a year."
    )
    reader = Reader(text)
    reader.run()
    reader._ensure_names()
    first = text.index("Talia Brenner")
    second = text.index("Talia Brenner", first + 1)
    assert reader.names["brenner"] == [(first, first + 13), (second, second + 13)]
    assert [p[3] for p in reader.people] == [("deputy", "mayor"), ("deputy", "mayor")]
    assert "Brenner" in (reader.titled or set())
    (quote,) = find_quotes(text)
    assert (quote.speaker_text, quote.speaker_start) == ("Talia Brenner", second)


def test_subjects_before_reads_sentences_only_as_far_as_asked() -> None:
    """Pronoun resolution walks back sentence by sentence and stops at the first subject that
    fits; the sentences further back are not read (their subjects are not computed)."""
    from provenance.extract.quotes.reader import Reader

    text = (
        "Ilse Varga chairs the board. Tomas Brandt runs the depot. "
        "Noor Haddad leads the drivers. She said the talks had stalled."
    )
    reader = Reader(text)
    reader._find_turns()
    for para in reader.paras:
        reader._scan_para(para)
    reader._link_groups()
    reader._mask()
    subjects = reader._subjects_before(text.index("She"), -1, people=True)
    assert next(subjects).text == "Noor Haddad"
    assert text.index("Noor") in reader.subjects
    assert text.index("Ilse") not in reader.subjects  # not read yet
    list(subjects)
    assert text.index("Ilse") in reader.subjects  # read once asked for


def test_reporting_verbs_after_a_mask_read_at_the_recorded_ends() -> None:
    """With the masked regions' ends given, the verbs right after a mask are read there: the
    same hits as the scan that stops at every mask character."""
    from provenance.extract.quotes.reader import Reader

    text = (
        "“We will fight on,”said the union. “It is over”— said nobody; “fine”added Smith.\n\n"
        "Question: is it over?\n\nThe board has said it will not negotiate."
    )
    reader = Reader(text)
    reader.run()
    assert reader.mask_ends is not None
    masked = reader.masked
    for start in (0, 1, 20, 40):
        assert _reporting_verbs(masked, start, len(masked), reader.mask_ends) == _reporting_verbs(
            masked, start, len(masked)
        )
    verbs = [verb for *_, verb in _reporting_verbs(masked, 0, len(masked), reader.mask_ends)]
    assert verbs.count("said") >= 2 and "added" in verbs


def test_a_text_holding_mask_characters_is_scanned_whole() -> None:
    from provenance.extract.quotes.reader import Reader
    from provenance.extract.quotes.vocab import _MASK

    reader = Reader(f"The chart {_MASK}said it all, the council said.")
    reader.run()
    assert reader.mask_ends is None


def test_capitalised_mid_sentence_is_the_patterns_findall() -> None:
    from provenance.extract.quotes.patterns import _MIDCAP
    from provenance.extract.quotes.text import _capitalised_mid_sentence

    rng = random.Random(5)
    words = ["Importers", "Farmers", "Farmers’", "farmers", "Al-Farmers", "É", "x", "3"]
    for _ in range(5_000):
        s = "".join(
            rng.choice(words + [" ", " ", ",", ";", ")", ".", "a", "\n"]) for _ in range(rng.randint(0, 14))
        )
        found = set(_MIDCAP.findall(s))
        for word in words + ["Farmer", "s"]:
            assert _capitalised_mid_sentence(s, word) == (word in found), (s, word)


def test_interviews_with_are_the_patterns_matches() -> None:
    from provenance.extract.quotes.patterns import _INTERVIEW_WITH
    from provenance.extract.quotes.turns import _interviews_with

    rng = random.Random(9)
    parts = ["interview with ", "Interviewed by ", "INTERVIEW TO ", "In", "terview ", "the ",
             "state ", "Mosalas ", "Daily ", "magazine", " ", "x", "ı", "İ"]
    for _ in range(5_000):
        s = "".join(rng.choice(parts) for _ in range(rng.randint(0, 10)))
        want = [(h.start(), h.end()) for h in _INTERVIEW_WITH.finditer(s)]
        assert [(h.start(), h.end()) for h in _interviews_with(s)] == want, s


def test_presenter_found_from_the_first_hosting_verb() -> None:
    text = (
        "The evening bulletin, presented by Halima Danjuma, opened with the strike.\n\n"
        "PRESENTER: What happens to the night buses?\n\n"
        "Jon Varga: We will keep them running, I promise you that.\n\n"
        "PRESENTER: And the trams?\n\n"
        "Jon Varga: The trams stop at ten."
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["What happens to the night buses?"] == "Halima Danjuma"


def test_sentence_breaks_are_the_patterns_matches_in_each_paragraph() -> None:
    """The stop-led scans over the whole text give, inside each paragraph, what the
    class-led pattern gives when scanned over that paragraph alone."""
    from provenance.extract.quotes.marks import _paragraphs
    from provenance.extract.quotes.patterns import _SENT_BREAK
    from provenance.extract.quotes.reader import _sentence_breaks
    from provenance.extract.quotes.vocab import _MASK

    rng = random.Random(13)
    pieces = [".", "?", "!", "…", "”", ")", " ", "  ", "\n", "\n\n", "A", "b", "9", "“", _MASK, "Mr"]
    for _ in range(5_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        breaks = _sentence_breaks(s)
        for ps, pe in _paragraphs(s):
            want = [(h.start(), h.end()) for h in _SENT_BREAK.finditer(s, ps, pe)]
            got = [(a, b) for a, b in breaks if ps <= a < pe and b <= pe]
            assert got == want, (s, ps, pe)


def test_number_clause_prefilter_holds_every_verb_of_the_pattern() -> None:
    """The cheap test before ``_NUMBER_CLAUSE`` must let through every verb it opens on."""
    from provenance.extract.quotes.patterns import _NUMBER_CLAUSE
    from provenance.extract.quotes.reported import _NUMBER_CLAUSE_VERBS

    verbs = re.findall(r"\(\?P<verb2?>([a-z|]+)\)", _NUMBER_CLAUSE.pattern.replace('"', ""))
    words = {w for group in verbs for w in group.split("|")}
    assert {"declared", "puts", "valued", "gave"} <= words
    for word in words:
        assert any(stem in word for stem in _NUMBER_CLAUSE_VERBS), word


def test_headline_verb_prefilter_lets_every_capitalised_verb_through() -> None:
    """``_headline_verb`` skips the pattern when no capital a verb of it opens with stands
    before the quote; every verb of the pattern, capitalised, must pass that test."""
    from provenance.extract.quotes.direct import _HEADLINE_VERB_CAPITALS
    from provenance.extract.quotes.patterns import _HEADLINE_VERB

    verbs = _HEADLINE_VERB.pattern.split(")\\b)")[0].split("(?:", 2)[-1]
    words = set(re.findall(r"[a-z]+", verbs))
    assert {"says", "said", "vowed", "told", "finds", "admits", "declares"} <= words
    for word in words:
        assert word[0].upper() in _HEADLINE_VERB_CAPITALS, word


def test_marks_read_from_the_whole_text_give_each_paragraphs_quotes() -> None:
    from provenance.extract.quotes.marks import _mark_positions, _paragraphs, _scan

    rng = random.Random(17)
    pieces = ["“", "”", '"', "'", "‘", "’", "«", "»", "a", "b ", " ", "\n", "\n\n", "s ", "x."]
    for _ in range(3_000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        marks = _mark_positions(s)
        for ps, pe in _paragraphs(s):
            assert _scan(s, ps, pe, marks) == _scan(s, ps, pe), s


def test_mark_positions_are_those_of_the_marks_pattern() -> None:
    assert [ch for ch in map(chr, range(0x10000)) if _MARKS.fullmatch(ch)] == sorted(_MARK_CHARS)
    rng = random.Random(31)
    for _ in range(2000):
        text = _random_text(rng, "“„‟«”»\"‘‚‛’'ab \n", 30)
        assert _mark_positions(text) == [m.start() for m in _MARKS.finditer(text)], text


def _reporting_verbs_plainly(m: str, ss: int, se: int) -> list[tuple[int, int, int, str]]:
    """The led scans ``_reporting_verbs`` stands for (no mask ends known)."""
    hits = [_reporting_hit(m, ss, h) for pattern in _REPORTING_LED for h in pattern.finditer(m, max(0, ss - 1), se)]
    first = _REPORTING_RE.match(m, ss, se) if ss == 0 or not m[ss - 1].isspace() else None
    if first is not None:
        hits.append((ss, first.start("verb"), first.end(), first.group("verb").lower()))
    hits.sort()
    return [hit for hit in hits if _PASSIVE_BEFORE.search(m, max(0, hit[1] - 12), hit[1]) is None]


def test_reporting_verbs_found_from_words_are_the_led_scans_matches() -> None:
    rng = random.Random(41)
    pieces = ["said", "says", "told", "has", "was", "Said", "saidx", "xsaid", "added", " ", "\n", "\t", "(", "“", '"', "—",
              "–", "█", "’", "-", "é", "ł", ",", ".", "x", "reported", "reports", "the"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        ss = rng.randint(0, len(text))
        se = rng.randint(ss, len(text))
        assert _reporting_verbs(text, ss, se) == _reporting_verbs_plainly(text, ss, se), (text, ss, se)
