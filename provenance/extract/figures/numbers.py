"""Number parsing: the value of digits and of number words, and the vocabulary of vague amounts.

The expressions here read one number anchored at a position; they are never searched through a
text. ``DIGIT_NUMBER`` reads digits with separators, decimals, scales and abbreviations
(``30,000``, ``2.5 million``, ``30k``); ``WORD_NUMBER`` reads number words (``thirty-three-thousand
seven-hundred``, ``two hundred and fifty``, ``two point three million``). Both end with the same
tail (a percent sign, a number-noun compound, ``or more``/``+``/``-odd``) so that a number in
digits and one in words are finished the same way.
"""

from __future__ import annotations

import re

from provenance.extract.figures.text import HYPHENS

_UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(SCALES) | {"dozen"}
_DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "oh": "0", **{w: str(v) for w, v in _UNITS.items() if v < 10}
}  # fmt: skip
VAGUE_FLOORS: dict[str, int] = {
    "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "tens of millions": 20_000_000, "hundreds of millions": 200_000_000,
    "thousands": 2_000, "hundreds": 200, "millions": 2_000_000, "billions": 2_000_000_000,
    "dozens": 24, "scores": 40, "tens": 20,
    "a few": 2, "a couple of": 2, "a handful of": 2, "several": 3,
}  # fmt: skip
VAGUE_SCALES: dict[str, int] = {**SCALES, "dozen": 12}
# Scales written after digits only: South Asian English counts in lakhs and crores
# ("Rs 500 crore" is 5,000,000,000 rupees, "2 lakh workers" 200,000).
DIGIT_SCALES: dict[str, int] = {
    **SCALES, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
VAGUE_WORDS = frozenset(
    "thousands hundreds millions billions dozens scores tens several few couple handful".split()
)
_TAIL = (
    rf"(?P<pct>\s?%|pc(?![\w])|\s+(?i:per\s?cent|percent)(?![\w]))?"
    rf"(?P<rate>[{HYPHENS}](?i:an?|per)[{HYPHENS}]"
    rf"(?i:hour|day|week|month|year|night|head)(?![\w]))?"
    rf"(?P<hyph>[{HYPHENS}](?P<hyph_word>[A-Za-z]+)(?:[{HYPHENS}](?i:old))?(?![\w]))?"
    rf"(?P<post>\s+(?i:or\s+(?:more|so|less|fewer))(?![\w])|\+|[{HYPHENS} ](?i:odd)(?![\w]))?"
    rf"(?![\w])(?![{HYPHENS}][A-Za-z])(?!['’]s(?![\w]))"
)
DIGIT_NUMBER = re.compile(
    r"(?P<number>(?P<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)"
    r"|\d+)"
    r"(?:\.\d+)?)(?!\d)(?!\.\d)"
    r"(?P<vfrac>[½¼¾⅓⅔⅛⅜⅝⅞])?"
    rf"(?P<dhalf>\s+and\s+a\s+half(?![\w{HYPHENS}]))?"
    r"(?:\s?(?P<dscale>(?i:thousand|million|billion|trillion|lakhs?|crores?))(?![\w])"
    r"|(?P<dabbr>[kK]|bn|mn|m)(?![\w])"
    r"|(?P<dmeasure>kms?|kg|kgs|cm|mm|ha|mph|kph|km/h|p|°[CF]?|C|F|ft|in|g|mg|ml|oz)(?![\w/]))?"
    + _TAIL
)
# Fractions written as one character after digits: "2½ years", "£1¼m".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8,
    "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip
# Words that ``DIGIT_NUMBER`` may read onto digits across a space (a scale, "per cent",
# "percent", "or more", "odd"): four digits before any other word are read alone.
WORDS_READ_ONTO_DIGITS = (
    "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
    "per", "percent", "or", "odd", "and",
)  # fmt: skip
_SMALL_W = (
    r"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[{HYPHENS} ](?:one|two|three|four|five|six|seven|eight|nine)(?![\w]))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w])"
)
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion|dozen)(?![\w])"
_SEP = rf"[{HYPHENS} ]+"
_POINT = (
    r"(?:\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![\w]))+)?"
)
_SCALED_GROUP = rf"{_SMALL_W}{_POINT}(?:{_SEP}{_SCALE_W})+"
_HALF = r"(?:\s+and\s+a\s+half(?![\w]))?"
# "one and a half million", "two and a half thousand": a scale after the half scales it too.
_HALF_SCALED = rf"(?:\s+and\s+a\s+half(?![\w])(?:{_SEP}{_SCALE_W})*)?"
WORD_NUMBER = re.compile(
    rf"(?P<words>(?i:(?:an?\s+{_SCALE_W}(?:{_SEP}{_SCALE_W})*|{_SCALED_GROUP})"
    rf"(?:(?:{_SEP}|\s+and\s+){_SCALED_GROUP})*(?:(?:{_SEP}|\s+and\s+){_SMALL_W})?{_HALF}"
    rf"|{_SMALL_W}{_POINT}{_HALF_SCALED}))" + _TAIL
)
_WORD_SPLIT = re.compile(rf"[{HYPHENS}\s]+")
SEPARATORS = re.compile(r"[, \u00a0\u202f]")


def words_value(words: str) -> tuple[float, bool]:
    """The value of number words ("thirty-three-thousand seven-hundred" → 33700) and whether
    a scale word is among them."""
    total = 0.0
    current = 0.0
    scaled = False
    decimals: str | None = None  # the digits after "point", while they are being read
    # The unit of a scale word just read (and whether it multiplied the current group, as
    # "hundred" and "dozen" do): "a million and a half" is half a million more, "a dozen and
    # a half" 18.
    after_scale: tuple[int, bool] | None = None
    for token in _WORD_SPLIT.split(words.lower()):
        if decimals is not None:
            if token in _DIGIT_WORDS:
                decimals += _DIGIT_WORDS[token]
                continue
            current += float("0." + (decimals or "0"))
            decimals = None
        if token in ("and", "a", "an"):
            continue
        if token == "point":
            decimals = ""
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in ("hundred", "dozen"):
            unit = 100 if token == "hundred" else 12
            current = (current or 1) * unit
            scaled = True
            after_scale = (unit, True)
            continue
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0.0
            scaled = True
            after_scale = (SCALES[token], False)
            continue
        elif token == "half":
            if after_scale is None:
                current += 0.5
            elif after_scale[1]:
                current += after_scale[0] / 2
            else:
                total += after_scale[0] / 2
        after_scale = None
    if decimals:
        current += float("0." + decimals)
    if scaled:  # "two point three million" is 2,300,000, not 2,299,999.9999999995
        return round(total + current, 6), scaled
    return total + current, scaled
