"""What a number counts: the short noun phrase after it, or the unit it is measured in.

``counts`` and ``unit`` are read after the number, qualifiers before it, so the two never
compete for the same words. A time word, a currency or a measure is a unit and not a count
(``six years``: unit ``"years"``): the head of the phrase decides which of the two is set.
"""

from __future__ import annotations

import re

from provenance.extract.figures.numbers import NUMBER_WORDS, VAGUE_WORDS
from provenance.extract.figures.text import (
    HYPHENS,
    is_adverb,
    looks_plural,
    strip_possessive,
)

TIME_UNITS: dict[str, str] = {
    "year": "years", "years": "years", "month": "months", "months": "months",
    "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "night": "nights",
    "nights": "nights", "hour": "hours", "hours": "hours", "minute": "minutes",
    "minutes": "minutes", "second": "seconds", "seconds": "seconds", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
}  # fmt: skip
_CURRENCY_WORDS: dict[str, str] = {
    "dollar": "dollars", "dollars": "dollars", "euro": "euros", "euros": "euros",
    "pound": "pounds", "pounds": "pounds", "rial": "rials", "rials": "rials",
    "toman": "tomans", "tomans": "tomans",
}  # fmt: skip
CURRENCY_SIGNS: dict[str, str] = {"$": "dollars", "€": "euros", "£": "pounds", "₹": "rupees"}
# Currency codes and abbreviations written before the number: "Rs 500 crore", "USD 40m".
CURRENCY_CODES: dict[str, str] = {
    "rs": "rupees", "rs.": "rupees", "inr": "rupees", "usd": "dollars", "eur": "euros",
    "gbp": "pounds",
}  # fmt: skip
MEASURES: dict[str, str] = {
    **{w: "metres" for w in "metre metres meter meters m".split()},
    **{w: "kilometres" for w in "kilometre kilometres kilometer kilometers km kms".split()},
    **{w: "centimetres" for w in "centimetre centimetres centimeter centimeters cm".split()},
    **{w: "millimetres" for w in "millimetre millimetres millimeter millimeters mm".split()},
    **{w: "miles" for w in "mile miles".split()},
    **{w: "feet" for w in "foot feet ft".split()},
    **{w: "inches" for w in "inch inches".split()},
    **{w: "kilograms" for w in "kilogram kilograms kilo kilos kg kgs".split()},
    **{w: "grams" for w in "gram grams".split()},
    **{w: "milligrams" for w in "milligram milligrams mg".split()},
    **{w: "millilitres" for w in "millilitre millilitres milliliter milliliters ml".split()},
    **{w: "tonnes" for w in "tonne tonnes ton tons".split()},
    **{w: "litres" for w in "litre litres liter liters".split()},
    **{w: "hectares" for w in "hectare hectares ha".split()},
    **{w: "acres" for w in "acre acres".split()},
    **{w: "degrees" for w in "degree degrees".split()},
    "mph": "miles per hour", "kph": "kilometres per hour", "km/h": "kilometres per hour",
    "p": "pence",  # "412p a share": a price in pence
}  # fmt: skip
# Measures written onto digits only, where a lone letter is safe to read: "35C", "35°F".
WRITTEN_ONTO_MEASURES: dict[str, str] = {
    **MEASURES, "°": "degrees", "°c": "degrees", "°f": "degrees", "c": "degrees", "f": "degrees",
    "in": "inches", "g": "grams", "mg": "milligrams", "ml": "millilitres", "oz": "ounces",
}  # fmt: skip

# Words that end a counted noun phrase (compared lower-cased).
_STOP = frozenset(
    """
    a an the this that these those every each all any some no none both either neither such
    his her their its our my your whose what which who whom where when while whereas why how
    in on at by for from to with without during of into onto over under across around round
    after before since until till between among amongst against within through throughout per
    via about above below near behind beyond toward towards upon like as than despite except
    including inside outside off out up down along amid beside besides
    but because if though although so yet nor then there here now ago also only just still even
    already again later more most less least too very not never ever instead rather almost
    nearly
    he she it they we i you him them us me himself herself themselves ourselves myself
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must said says say told tell took take taken gave give given
    went go gone came come got get made make held hold left died lost became become remain
    remained saw see seen knew know known found find kept keep
    fought won fled grew ran spent paid sold bought built brought caught sought met sent struck
    stood began broke chose drove flew spoke stole threw wore wrote drew froze meant rang sat
    shot slept swore tore woke withdrew led fell rose
    aged last next
    per cent percent
    """.split()
)
_PAREN_AFTER = re.compile(r"[ \t\u00a0]*\([^()\n]{1,80}\)")
_NUMBERISH = re.compile(
    r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|thousand|million)\b)"
)
_OF_AFTER = re.compile(
    r"[ \t\u00a0]+of(?:[ \t\u00a0]+(?:the|these|those|its|their|his|her|our|my|your))?"
    r"(?=[ \t\u00a0])",
    re.IGNORECASE,
)
# Up to five words after a number, each after spaces: the most a counted phrase may hold.
_WORD_RUN = re.compile(rf"(?:[ \t\u00a0]+[A-Za-z][A-Za-z'’{HYPHENS}]*){{1,5}}")
_PHRASE_ENDERS = _STOP | NUMBER_WORDS | VAGUE_WORDS
AGED_BEFORE = re.compile(r"(?i)(?<![\w])(?:aged|ages?(?:\s+of)?)\s+$")


def _noun_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the short noun phrase after ``pos``, or None when none follows."""
    run = _WORD_RUN.match(text, pos)  # the words that may belong to it, read at once
    if run is None:
        return None
    segment, base, cursor = run.group(), run.start(), 0
    tokens: list[tuple[int, int, str]] = []  # (start, end, lower-cased word)
    previous_plural = False
    for written in segment.split():
        offset = base + segment.index(written, cursor)
        cursor = offset - base + len(written)
        word, possessive = strip_possessive(written)
        lower = word.lower()
        joined = bool(tokens) and tokens[-1][2] in ("and", "or")
        if lower in ("and", "or"):
            if not tokens or joined:
                break
        elif lower in _PHRASE_ENDERS:
            break
        elif tokens:
            if previous_plural and not joined:
                break  # a plural head ends the phrase unless "and"/"or" joins another noun
            if len(lower) > 4 and lower.endswith("ly") and not joined:
                break
            if len(lower) > 4 and lower.endswith("ed") and not tokens[-1][2].endswith("ly"):
                break  # a verb: "5,000 victims and identified", "prisoners executed"
        tokens.append((offset, offset + len(word), lower))
        previous_plural = looks_plural(word)
        if possessive:
            break
    # A phrase does not end on a conjunction or an adverb ("€1.5 billion annually").
    while tokens and (tokens[-1][2] in ("and", "or") or is_adverb(tokens[-1][2])):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and len(tokens[0][2]) > 4 and tokens[0][2].endswith("ed"):
        return None  # a lone participle is a verb as often as a noun: "only 8 survived"
    return tokens[0][0], tokens[-1][1]


def noun_phrase_after(text: str, pos: int) -> str | None:
    """The short noun phrase right after ``pos`` as written, or None."""
    span = _noun_phrase(text, pos)
    return None if span is None else text[span[0] : span[1]]


def counted(text: str, pos: int, partitive: bool) -> tuple[str | None, str | None]:
    """``(counts, unit)`` for a number ending at ``pos``."""
    paren = _PAREN_AFTER.match(text, pos)
    if paren is not None and _NUMBERISH.search(paren.group()):
        pos = paren.end()  # "33,700 (thirty-three-thousand seven-hundred) prisoners"
    if partitive:
        of = _OF_AFTER.match(text, pos)
        if of is not None:
            pos = of.end()
    span = _noun_phrase(text, pos)
    if span is None:
        return None, None
    phrase = text[span[0] : span[1]]
    head = phrase.split(None, 1)[0].lower()
    if head in TIME_UNITS:
        return None, TIME_UNITS[head]
    if head in _CURRENCY_WORDS:
        return None, _CURRENCY_WORDS[head]
    if head in MEASURES:
        return None, MEASURES[head]
    return phrase, None
