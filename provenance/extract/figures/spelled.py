"""Reading a number written in words (``thirty-three-thousand seven-hundred``, ``a dozen``).

The word ``one`` is a pronoun as often as a number (``one of``, ``no one``, ``one another``), so
it is kept only where a qualifier or a counted noun makes it a count.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate, finish
from provenance.extract.figures.counted import counted
from provenance.extract.figures.exclusions import (
    NAME_WORDS,
    ONE_DAY_PREPOSITIONS,
    ONE_IDIOMS,
    ONE_REFUSED_BEFORE,
    ORDINAL_OR_FRACTION,
    capitalised_inside_a_name,
    clock_time,
    in_slogan,
    introduces_an_unnamed_source,
    naming_word,
    not_a_count,
)
from provenance.extract.figures.numbers import SCALES, WORD_NUMBER, words_value
from provenance.extract.figures.qualifiers import bounds, qualifier_before
from provenance.extract.figures.text import (
    HYPHEN_CHARS,
    after_lone_a,
    looks_plural,
    next_word,
    word_before,
)

# A year said in words: "nineteen eighty-eight", "twenty twenty-two", "nineteen oh five",
# "nineteen hundred".
_SPOKEN_YEAR = re.compile(
    r"(?i)(?:nineteen|twenty)[ \t\u00a0]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety)(?:[-‐‑ ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|oh[-‐‑ ](?:one|two|three|four|five|six|seven|eight|nine)|hundred)(?![\w‐‑-])"
)
# Words before a year: "in two thousand and nineteen", "since two thousand and five".
_BEFORE_A_SPOKEN_YEAR = frozenset(
    """
    in since until till by during before after circa early late mid summer winter spring autumn
    fall
    """.split()
)
_QUARTERS_OF_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:(?:a|one)[ \t]+quarter|(?P<three>three)[ \t]+quarters)[ \t]+of[ \t]+$"
)


# Words that make a following "one" a count even where it names a source: "only one person,
# who was not named, was hurt".
_ONE_COUNTS_AFTER = frozenset("only just exactly merely least single".split())


# "a half-million", "a quarter-million": a fraction hyphenated to a scale.
_FRACTION_HYPHEN_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:an?[ \t\u00a0]+)?(?P<fraction>half|quarter)[-‐‑]$"
)


def _fraction_of_a_scale(text: str, pos: int, word: str, floor: int) -> Candidate | None:
    """"a half-million people" (500,000), "a quarter-million homes" (250,000): the scale at
    ``pos`` after "half-" or "quarter-", qualified and counted like any number."""
    end = pos + len(word)
    if word not in SCALES or word == "hundred" or text[end : end + 1] in HYPHEN_CHARS:
        return None
    m = _FRACTION_HYPHEN_BEFORE.search(text, max(floor, pos - 12), pos)
    if m is None:
        return None
    value = SCALES[word] * (0.5 if m.group("fraction").lower() == "half" else 0.25)
    start, qualifier, low, high = m.start(), "exact", None, None
    q = qualifier_before(text, start, floor)
    if q is not None:
        qualifier, low, high = bounds(q.kind, value)
        start = q.start
    counts, unit = counted(text, end, partitive=True)
    return Candidate(start, end, value, low, high, qualifier, counts, unit, scaled=True)


def word_candidate(
    text: str, pos: int, word: str, floor: int
) -> tuple[Candidate | None, int]:
    """Read the number words starting with ``word`` at ``pos`` (qualifiers after ``floor``)."""
    start = pos
    if pos >= 2 and text[pos - 1] in HYPHEN_CHARS and text[pos - 2].isalpha():
        hyphenated = _fraction_of_a_scale(text, pos, word, floor)
        if hyphenated is not None:
            return hyphenated, hyphenated.end
        return None, pos + len(word)  # inside a compound: "one-to-one", "face-to-face"
    if word in ("nineteen", "twenty"):
        year = _SPOKEN_YEAR.match(text, pos)
        if year is not None and not looks_plural(next_word(text, year.end())):
            return None, year.end()  # a year: "nineteen eighty-eight"
    if word in SCALES or word == "dozen":
        if after_lone_a(text, pos):
            start = pos - 2
        elif text[max(0, pos - 3) : pos].lower() == "an " and (
            pos < 4 or not text[pos - 4].isalpha()
        ):
            start = pos - 3
        else:
            return None, pos + len(word)
    m = WORD_NUMBER.match(text, start)
    if m is None:
        return None, pos + len(word)
    end = m.end()
    hyph_word = (m.group("hyph_word") or "").lower()
    if hyph_word in ORDINAL_OR_FRACTION:
        return None, end
    before, before_start = word_before(text, start), start
    lower_before = naming_word(before)
    if lower_before in NAME_WORDS and (
        before[:1].isupper() or not looks_plural(next_word(text, end))
    ):
        return None, end  # "Day Five", "Part Two", "on day two of the trial", "count three"
    if in_slogan(text, start, end):
        return None, end
    if capitalised_inside_a_name(text, start, m.group("words")):
        return None, end  # "League Two", "Formula One", "the Big Four"
    value, scaled = words_value(m.group("words"))
    if (
        scaled
        and 2000 < value < 2100
        and value.is_integer()
        and lower_before in _BEFORE_A_SPOKEN_YEAR
        and not looks_plural(next_word(text, end))
    ):
        return None, end  # a year: "in two thousand and nineteen"
    if not scaled and value <= 59 and clock_time(text, start, m.end("words"), m.group("words")):
        return None, end
    skip_to = not_a_count(text, m, value)
    if skip_to is not None:
        return None, skip_to
    if scaled and text[max(0, start - 5) : start].lower() == "half " and start - 5 >= floor:
        if start - 6 < 0 or not text[start - 6].isalnum():
            start -= 5  # "half a million"
            value /= 2
    if scaled and "quarter" in text[max(floor, start - 22) : start].lower():
        fraction = _QUARTERS_OF_BEFORE.search(text, max(floor, start - 22), start)
        if fraction is not None:  # "a quarter of a million", "three quarters of a million"
            start = fraction.start()
            value *= 0.75 if fraction.group("three") else 0.25
    is_one = value == 1 and not scaled and not m.group("hyph") and not m.group("pct")
    if is_one and not m.group("post"):
        after = next_word(text, end).lower()
        if lower_before in ONE_REFUSED_BEFORE or after in ONE_IDIOMS:
            if qualifier_before(text, start, floor) is None:
                return None, end
        if after == "day" and lower_before not in ONE_DAY_PREPOSITIONS:
            return None, end
        if text[end : end + 4].lower().startswith((" of ", " of\n")):
            if qualifier_before(text, start, floor) is None:
                return None, end
    unit = "percent" if m.group("pct") else None
    known_before = before if start == before_start else None
    candidate = finish(text, m, start, floor, value, scaled, unit, is_one, known_before)
    if (
        candidate is not None
        and is_one
        and candidate.qualifier == "exact"
        and lower_before not in _ONE_COUNTS_AFTER
        and introduces_an_unnamed_source(text, start, end, candidate.counts)
    ):
        return None, end  # "One senior official, who …", "said one resident"
    return candidate, end
