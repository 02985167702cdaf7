"""Reading a number written in digits (``30,000``, ``$5 million``, ``40%``, ``30k``).

Most of what is not a figure is written in digits (years, dates, times, telephone numbers, names
such as ``Ward 209``). The checks that refuse a run of digits are in ``exclusions``; they run
cheapest first, and the words around the number are read only for the digits that pass the
checks that need no words.
"""

from __future__ import annotations

import re

from provenance.extract.figures.candidate import Candidate, finish
from provenance.extract.figures.counted import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    WRITTEN_ONTO_MEASURES,
    counted,
)
from provenance.extract.figures.exclusions import (
    NAME_WORDS,
    digits_refused,
    is_year,
    name_tail_end,
    naming_word,
    not_a_count,
    part_of_a_name,
    year_whatever_before,
)
from provenance.extract.figures.numbers import (
    DIGIT_NUMBER,
    DIGIT_SCALES,
    SEPARATORS,
    VULGAR_FRACTIONS,
)
from provenance.extract.figures.text import looks_plural, next_word, word_before


def _counts_people_or_things(text: str, end: int) -> bool:
    """Whether a plural noun phrase or a unit follows ``end``: after "1.3m" it makes "m"
    millions ("1.3m displaced persons", "1.2m litres", "3m years"), where "100m final" or "5m
    high" are metres."""
    counts, unit = counted(text, end, partitive=True)
    if unit is not None:
        return True
    return counts is not None and looks_plural(counts.rsplit(None, 1)[-1])


def _minus_before(text: str, pos: int, prev2: str) -> bool:
    """Whether a minus sign stands right before the digits at ``pos``, itself after a space,
    a bracket or the start of a line ("fell to -5C", "(−0.3%)"); "10-15%" is a range."""
    return prev2[1:] in ("-", "−") and prev2[:1] in (" ", "\t", "\n", "(", "\u00a0")


def _times(value: float, scale: float) -> float:
    """``value`` times a scale, without the binary error of the product ("4.1m" is 4,100,000,
    not 4,099,999.9999999995): a scaled amount never has more than six decimals."""
    return round(value * scale, 6)


def _with_letters_before_the_sign(text: str, start: int) -> int:
    """Where an amount starting with a "$" at ``start`` starts once the country letters written
    before the sign are included: "US$5m", "A$12", "HK$3bn"."""
    letters = start
    while letters > max(0, start - 2) and "A" <= text[letters - 1] <= "Z":
        letters -= 1
    if (
        letters < start
        and text[start : start + 1] == "$"
        and not text[letters - 1 : letters].isalnum()
    ):
        return letters
    return start


def _capitalised_name_word(word: str) -> bool:
    """Whether ``word`` is a capitalised word that names things by number ("Year 11 pupils",
    "Tier 3 restrictions", "Route 44 buses"): the number is part of the name even before a
    plural, where a lower-case one ("one day 30 protesters") leaves it a count."""
    return word[:1].isupper() and naming_word(word) in NAME_WORDS


def _refusal_may_run_on(text: str, end: int) -> bool:
    """Whether what follows digits ending at ``end`` could make ``digits_refused`` refuse more
    than the digits themselves (a date, a time, a year range, a telephone number). It may say
    yes where the check then finds nothing; it never says no where the check would run on."""
    if text[end : end + 1] in ("-", "–", "/", ".", ":", ")"):
        return True
    return text[end + 1 : end + 2] in ("-", "–", "a", "A", "p", "P", "o", "O")


# A round number written as a plural: "1,000s of cases" (thousands), "100s of claims".
_ROUND_PLURAL = re.compile(r"(?:100|1,?000|10,000|100,000)(?:,?000)*s(?![\w'’])")


def _round_plural(text: str, pos: int) -> tuple[Candidate | None, int] | None:
    """A vague amount written in digits ("1,000s of cases", "100s of claims"), read as its
    words would be: the plural of an amount is at least two of it (floor 2,000, 200); None
    where the digits are no such plural ("1980s" is a decade)."""
    m = _ROUND_PLURAL.match(text, pos)
    if m is None:
        return None
    if next_word(text, m.end()).lower() in ("bc", "bce", "ad", "ce"):
        return None  # a century: "the 100s BC"
    amount = float(SEPARATORS.sub("", m.group()[:-1]))
    counts, unit = counted(text, m.end(), partitive=True)
    return Candidate(pos, m.end(), None, 2 * amount, None, "vague", counts, unit), m.end()


def digit_candidate(
    text: str, pos: int, floor: int, after_millions: bool = False
) -> tuple[Candidate | None, int]:
    """Read the number whose first digit is at ``pos``: the candidate (or None) and the offset
    up to which the text has been read. A qualifier is looked for after ``floor`` only;
    ``after_millions`` says that a figure in millions stands just before, in the same line."""
    if text[pos : pos + 1] == "1" and (plural := _round_plural(text, pos)) is not None:
        return plural
    m = DIGIT_NUMBER.match(text, pos)
    if m is None:
        return None, pos + 1
    end = m.end()
    digits = m.group("digits")
    prev2 = text[pos - 2 : pos] if pos >= 2 else " " * (2 - pos) + text[:pos]
    prev = prev2[1]
    # Four plain digits (nothing written onto them) are most often a year, and the year test
    # needs only the words around them; it runs first unless a tail could follow them
    # ("2019-07-15", "1980-88", "1988 pm") that would refuse more than the digits.
    year_test = m.group(0) == digits and len(digits) == 4 and digits.isdigit()
    after: str | None = None
    if year_test and prev != "+" and not _refusal_may_run_on(text, end):
        after = next_word(text, end)
        year = int(digits)
        if year_whatever_before(year, after) or is_year(year, word_before(text, pos), after):
            return None, end
        year_test = False  # decided: not a year
    refused_to = digits_refused(text, m, pos, prev2)
    if refused_to is not None:
        return None, refused_to
    number = m.group("number")
    before = word_before(text, pos)
    if after is None:
        after = next_word(text, end)
    if year_test and is_year(int(digits), before, after):
        return None, end
    value = float(SEPARATORS.sub("", number))
    if m.group("dhalf"):
        value += 0.5  # "3 and a half years"
    if m.group("vfrac"):
        value += VULGAR_FRACTIONS[m.group("vfrac")]  # "2½ years"
    skip_to = not_a_count(text, m, value)
    if skip_to is not None:
        return None, skip_to
    scaled = False
    if m.group("dscale"):
        value = _times(value, DIGIT_SCALES[m.group("dscale").lower()])
        scaled = True
    abbr = m.group("dabbr")
    currency = None
    start = pos
    if prev in CURRENCY_SIGNS or (prev == " " and prev2[:1] in CURRENCY_SIGNS):
        currency = CURRENCY_SIGNS[prev if prev != " " else prev2[0]]
        start = pos - (1 if prev != " " else 2)
        start = _with_letters_before_the_sign(text, start)
    elif (
        prev == " "
        and before.lower() in CURRENCY_CODES
        and text[pos - 1 - len(before) : pos - 1] == before
    ):
        currency = CURRENCY_CODES[before.lower()]  # "Rs 500 crore", "USD 40m"
        start = pos - 1 - len(before)
    if abbr:
        if abbr in ("m", "mn") and currency is None and not _counts_people_or_things(text, end):
            # "100m final": metres or millions; "1.3m refugees" is a count, and so is "up
            # from 2.9m in March" after "3.4m people", where nothing else follows
            if not (after_millions and counted(text, end, partitive=True) == (None, None)):
                return None, end
        value = _times(value, {"k": 1e3, "K": 1e3, "bn": 1e9, "mn": 1e6, "m": 1e6}[abbr])
        scaled = True
    percent = prev == "%" or m.group("pct") is not None
    if prev == "%":
        start = pos - 1
    # Names: "Part 1", "Ward 209", "lines 3 and 7", "Ashraf 3"; a plural noun after makes it
    # a count.
    if (
        not (percent or currency)
        and (not looks_plural(after) or _capitalised_name_word(before))
        and not m.group("hyph")
        and part_of_a_name(text, pos, number, before)
    ):
        return None, name_tail_end(text, end)
    unit = "percent" if percent else currency
    if m.group("dmeasure"):  # "12km", "40kg": the unit is written onto the number
        unit = WRITTEN_ONTO_MEASURES[m.group("dmeasure").lower()]
    if unit in ("percent", "degrees") and start == pos and _minus_before(text, pos, prev2):
        value, start = -value, pos - 1  # "-5C", "−0.3%"
    known_before = before if start == pos else None
    return finish(text, m, start, floor, value, scaled, unit, False, known_before), end
