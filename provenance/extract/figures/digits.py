"""Reading a number written in digits (``30,000``, ``$5 million``, ``40%``, ``30k``).

Most of what is not a figure is written in digits (years, dates, times, telephone numbers, names
such as ``Ward 209``), so most of the work here is deciding that a run of digits is no count; the
checks run cheapest first and stop at the first that refuses.
"""

from __future__ import annotations

from provenance.extract.figures.candidate import Candidate, finish
from provenance.extract.figures.counted import CURRENCY_SIGNS
from provenance.extract.figures.exclusions import (
    ADDRESS_AFTER,
    DATE_TAIL,
    DAY_RANGE_AFTER,
    FUNCTION_WORDS,
    LIST_MARK_AFTER,
    MONTH_AFTER,
    MONTH_BEFORE,
    MONTH_HINT,
    PHONE_TAIL,
    TIME_TAIL,
    YEAR_AFTER,
    YEAR_RANGE_TAIL,
    in_slogan,
    is_year,
    looks_like_title_verb,
    names_this,
    not_a_count,
)
from provenance.extract.figures.numbers import DIGIT_NUMBER, SCALES, SEPARATORS
from provenance.extract.figures.text import HYPHEN_CHARS, looks_plural, next_word, word_before


def digit_candidate(text: str, pos: int, floor: int) -> tuple[Candidate | None, int]:
    """Read the number whose first digit is at ``pos``: the candidate (or None) and the offset
    up to which the text has been read. A qualifier is looked for after ``floor`` only."""
    m = DIGIT_NUMBER.match(text, pos)
    if m is None:
        return None, pos + 1
    end = m.end()
    digits = m.group("digits")
    prev2 = text[pos - 2 : pos] if pos >= 2 else " " * (2 - pos) + text[:pos]
    prev = prev2[1]
    if prev.isalnum() or prev in "_#@" or (prev in HYPHEN_CHARS and prev2[:1].isalpha()):
        return None, end  # "Ashraf3", "G7", "Ashraf-3", "#5"
    if prev in "./:" and prev2[:1].isdigit():
        return None, end  # the tail of "1.2.30", "10:30"
    if prev == "+":
        tail = PHONE_TAIL.match(text, pos)
        return None, tail.end() if tail else end
    number = m.group("number")
    plain = m.group(0) == digits and digits.isdigit()
    after_number = m.end("number")
    # Dates, times, fractions: "26/02/2019", "24/7", "2019-07-15", "10:30", "3 pm".
    tail = DATE_TAIL.match(text, after_number) or TIME_TAIL.match(text, after_number)
    if tail is not None and number.isdigit():
        return None, tail.end()
    if number.isdigit() and len(number) == 4 and 1500 <= int(number) <= 2099:
        tail = YEAR_RANGE_TAIL.match(text, after_number)
        if tail is not None:
            return None, tail.end()  # "1980-88"
    if prev == "[" and text[after_number : after_number + 1] == "]":
        return None, end  # a footnote mark
    if plain and len(digits) <= 2 and int(digits) <= 31:
        window_start = max(0, pos - 20)
        month = (
            MONTH_BEFORE.search(text, window_start, pos)
            if MONTH_HINT.search(text, window_start, pos)
            else None
        )
        if month is not None and (
            not month.group("comma") or YEAR_AFTER.match(text, after_number)
        ):
            return None, end
        if MONTH_AFTER.match(text, after_number) or DAY_RANGE_AFTER.match(text, after_number):
            return None, end
    if plain and len(digits) == 2 and prev in "'’" and not prev2[:1].isalnum():
        return None, end  # "'88"
    if len(digits) > 1 and digits.startswith("0") and "." not in number:
        return None, end
    before = word_before(text, pos)
    after = next_word(text, end)
    if plain and len(digits) == 4 and not m.group("dscale") and not m.group("dabbr"):
        if m.group("hyph") or is_year(int(digits), before, after):
            return None, end
    # List numbering at the start of a line: "1. ", "2) ".
    if plain and len(digits) <= 2 and LIST_MARK_AFTER.match(text, after_number):
        head = text[max(0, pos - 8) : pos]
        newline = head.rfind("\n")
        if (newline >= 0 or pos <= 8) and not head[newline + 1 :].strip(" \t("):
            return None, end
    if ADDRESS_AFTER.match(text, end) or in_slogan(text, pos, end):
        return None, end
    value = float(SEPARATORS.sub("", number))
    skip_to = not_a_count(text, m, value)
    if skip_to is not None:
        return None, skip_to
    scaled = False
    if m.group("dscale"):
        value *= SCALES[m.group("dscale").lower()]
        scaled = True
    abbr = m.group("dabbr")
    currency = None
    start = pos
    if prev in CURRENCY_SIGNS or (prev == " " and prev2[:1] in CURRENCY_SIGNS):
        currency = CURRENCY_SIGNS[prev if prev != " " else prev2[0]]
        start = pos - (1 if prev != " " else 2)
        if text[start - 2 : start] == "US":
            start -= 2
    if abbr:
        if abbr in ("m", "mn") and currency is None:
            return None, end  # "100m": metres or millions
        value *= {"k": 1e3, "K": 1e3, "bn": 1e9, "mn": 1e6, "m": 1e6}[abbr]
        scaled = True
    percent = prev == "%" or m.group("pct") is not None
    if prev == "%":
        start = pos - 1
    # Names: "Part 1", "Ward 209", "lines 3 and 7", "Ashraf 3"; a plural noun after makes it
    # a count.
    if not (percent or currency) and not looks_plural(after) and not m.group("hyph"):
        lower = before.lower().rstrip(".")
        if number.isdigit() and names_this(text, pos, lower):
            return None, end
        if (
            number.isdigit()
            and before[:1].isupper()
            and text[pos - 1 : pos] == " "
            and text[pos - 1 - len(before) : pos - 1] == before
            and lower not in FUNCTION_WORDS
            and not before.endswith(("'s", "’s"))
            and not looks_like_title_verb(before)
        ):
            return None, end
    unit = "percent" if percent else currency
    return finish(text, m, start, floor, value, scaled, unit, is_one=False), end

