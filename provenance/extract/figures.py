"""Figures: the numbers a text states, with the words that qualify them and what they count.

``find_figures(text)`` returns :class:`~provenance.extract.found.FigureFound` records sorted by
``start``, never overlapping. It records what the text states and nothing more: a number is
read as written, qualified as written, and never reconciled with any other source.

What is a figure
    Digits with or without separators (``30,000``, ``30000``, ``3,800``, ``2.5``; a following
    ``thousand``/``million``/``billion`` or an attached ``k``/``bn`` scales it), percentages
    (``40%``, ``40 percent``, ``%233``: unit ``"percent"``), currency amounts (``$5 million``:
    unit ``"dollars"``), number words including compounds and hyphenation
    (``thirty-three-thousand seven-hundred`` is 33700, ``two hundred and fifty`` is 250, ``a
    dozen`` is 12, ``two and a half`` is 2.5, ``two point three million`` is 2,300,000),
    number-noun compounds (``three-member``, ``five-day``, ``six-year-old``, ``312-page``) and
    vague amounts (``thousands``, ``tens of thousands``, ``dozens``, ``several``, ``a few``).
    The source of these conventions is ``tests/data/README.md`` (the hand-labelled data).

What is not
    Calendar years and dates (``1988``, ``the 1988 massacre``, ``in 2016``, ``July 15, 2019``,
    ``May 2, 1981``, ``15 July``, ``26/02/2019``, ``2019-07-15``, ``the 1980s``, ``'88``,
    ``1980-88``, ``between 2003 and 2005``), ordinals (``31st``, ``August 7th``, ``first``,
    ``twenty-first``), numbers inside names (``Ashraf 3``, ``Ashraf3``, ``Ashraf-3``, ``Ward
    209``, ``Part 1``, ``Article 5``, ``Day Five``, ``No. 5``, ``G7``, ``10 Downing Street``),
    times (``10:30``, ``3 pm``), telephone numbers, fractions, ratios and multipliers (``1/3``,
    ``24/7``, ``two-thirds``, ``1 in 5``, ``one in three``, ``six times more``), dotted numbers
    (``1.2.3``), footnote marks (``[3]``), list numbering at the start of a line (``1. ``),
    numbers closing a quoted slogan (``"Save the 44"``) and idioms (``one-off``).

    A four-digit number from 1900 to 2099 is a year unless a person noun follows it (``people``,
    ``prisoners``, ``members`` …) and no year-taking word (``in``, ``since``, ``the``, ``of`` …)
    precedes it: ``killed 1988 people`` is a count, ``the 1988 victims`` and ``2018 protests``
    are years. From 1000 to 1899 and from 2100 to 2199 it is a count unless a year-taking word
    precedes it and no plural noun follows (``the presence of 1500 people`` is a count, ``in
    1500`` and ``by 2100`` are years).

    A digit number right after a word that names things by number (``Part``, ``Article``,
    ``Route``, ``line``, ``page``, ``Ward`` …, also in lists: ``lines 3 and 7``) or after a
    capitalised word that is not a function word (``Ashraf 3``, ``Pier 39``, ``Local 512``) is
    part of a name unless a plural noun follows (``Regime Executes 12 Prisoners`` is a count).
    The word ``one`` is a figure only when a qualifier precedes it or a counted noun follows it
    (``one night``, ``at least one person``), and never in ``one of``, ``no one``, ``not one``,
    ``the one``, ``every one``, ``one another``, ``one day``. ``many``, ``few`` without ``a``
    and ``a number of`` state no number and are never figures; nor is ``a couple`` without
    ``of`` (two people).

Qualifiers and bounds (``value``, ``low``, ``high``)
    ==============================================  ============  =====  =====  =====
    as written                                      qualifier     value  low    high
    ==============================================  ============  =====  =====  =====
    ``30,000`` (plain)                              exact         N      None   None
    more than, over, above, in excess of,           more_than     N      N      None
    upwards of, greater than, exceeding
    at least, a minimum of, no fewer/less than,     at_least      N      N      None
    as young/few/little/low as, ``N or more``,
    ``N+``, ``N-plus``
    up to, as many/much as, as high/old as,         up_to         N      None   N
    no/not more than, at most, a maximum of,
    ``N or less/fewer``
    less than, fewer than, under, below             less_than     N      None   N
    about, some, around, approximately, roughly,    about         N      None   None
    circa, nearly, almost, close(r) to, ``N or
    so``, ``N-odd``; ``a couple of`` (N = 2)
    (an) estimated, estimated (death toll) of/at    estimated     N      None   None
    between A and B, from A to B, A to B, A-B,      range         None   A      B
    A or B, as small as A or as large as B
    thousands, dozens, several …                    vague         None   floor  None
    ==============================================  ============  =====  =====  =====

    ``nearly``/``almost`` set no bound: the labelled data treats them as ``about``.
    ``as young as 15`` states the lower end of the ages, so it is ``at_least`` (``as many as``
    and ``as old as`` state the upper end: ``up_to``). ``over`` before a duration is a
    qualifier only where it reads "more than" (``for over 40 years``, ``was over 50 years``, at
    the start of a sentence); in ``executed over three months`` or ``a 12 per cent raise over
    three years`` it means "during" and the figure is exact. A negation is not a qualifier
    (``not 62,000`` is exact). A qualifier before a vague amount is left out; ``a couple of`` is
    a number, so ``not more than a couple of minutes`` is ``up_to`` 2. ``text`` includes the
    qualifier words (``more than 30,000``, ``between 2,800 and 3,800``, ``30,000 or more``);
    ``only``, ``just`` and ``a total of`` do not change the meaning and are left out.

Vague floors (``low``; ``value`` and ``high`` are None)
    ``a few``, ``a handful of``: 2 · ``several``: 3 · ``tens of``: 20 ·
    ``dozens``: 24 · ``scores of``: 40 · ``hundreds``: 200 · ``thousands``: 2,000 · ``tens of
    thousands``: 20,000 · ``hundreds of thousands``: 200,000 · ``millions``: 2,000,000 ·
    ``tens of millions``: 20,000,000 · ``hundreds of millions``: 200,000,000 · ``billions``:
    2,000,000,000 (the plural of an amount is at least two of it). ``several`` and ``a few``
    before a scale multiply it (``several hundred``: 300, ``a few thousand``: 2,000). ``a few``,
    ``several`` and ``a handful of`` are figures only when a counted noun or a duration follows
    them (``several months``, ``a few nights``, ``several others``).

Ranges and lists
    ``between A and B``, ``from A to B``, ``A to B``, ``A-B``/``A–B`` and ``A or B`` make one
    ``range`` figure when A < B; a scale on B applies to A too (``2 to 3 million``), and a
    change (``rose from 20 to 30``) is two figures, as is a tally (``voted 9-4``). Other lists
    (``14,15 and 16``, ``five, two and one years``) are one figure per number: each number is
    stated, and a range would claim the values in between that were not. The items of a list
    share what they count: the last item's ``counts``/``unit`` go to earlier items that have
    neither, and a unit set before the list (``aged 14,15 and 16``) to later ones. A number
    restated in parentheses (``over 33,700 (thirty-three-thousand seven-hundred) prisoners``)
    is a figure of its own, qualified as written (``exact``), and counts what the number it
    restates counts.

What is counted (``counts``) and ``unit``
    ``counts`` is the noun phrase after the number, as written and kept short: at most five
    words, ending at punctuation, a preposition, a determiner, a pronoun, a verb, or after a
    plural head noun unless ``and``/``or`` joins another (``members and supporters``). ``N of
    (det) X`` counts X (``120,000 of its activists``; ``thousands of family members``); with no
    noun after the number, ``counts`` is None (``the massacre of 30,000``). A duration sets
    ``unit`` to the plural time word (``"years"``, ``"months"``, ``"days"``, ``"nights"`` …)
    instead; in a compound it also counts the noun it modifies (``six-year-old girl``: unit
    ``"years"``, counts ``"girl"``; ``five-day conference``: ``"days"``, ``"conference"``).
    ``aged 15`` and ``as young as 15`` are ``"years"``. Other number-noun compounds count their
    noun (``three-member``: ``"member"``). Percentages count nothing; currencies (``$``, ``€``,
    ``£``, ``dollars`` …) and measures (``metres``, ``km``, ``tonnes``, ``degrees`` …) set
    ``unit`` (normalised: ``"km"`` is ``"kilometres"``).

How it runs
    One pass of one precompiled expression over a lower-cased copy of the text finds where
    numbers may start (a digit, or a number word at a word start, through a character trie so
    the pass does not try every word at every position); each such anchor is then read with
    anchored, precompiled expressions on the original text. The cost grows with the number of
    numbers, not with the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.extract.found import FigureFound

NAME = "figures"
VERSION = "1"

__all__ = ["NAME", "VERSION", "find_figures"]

# --- vocabulary -----------------------------------------------------------------------------

_UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen"}
_DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "oh": "0", **{w: str(v) for w, v in _UNITS.items() if v < 10}
}  # fmt: skip

_VAGUE_FLOORS: dict[str, int] = {
    "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "tens of millions": 20_000_000, "hundreds of millions": 200_000_000,
    "thousands": 2_000, "hundreds": 200, "millions": 2_000_000, "billions": 2_000_000_000,
    "dozens": 24, "scores": 40, "tens": 20,
    "a few": 2, "a couple of": 2, "a handful of": 2, "several": 3,
}  # fmt: skip
_VAGUE_SCALES: dict[str, int] = {**_SCALES, "dozen": 12}
_VAGUE_WORDS = frozenset(
    "thousands hundreds millions billions dozens scores tens several few couple handful".split()
)

_TIME_UNITS: dict[str, str] = {
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
_CURRENCY_SIGNS: dict[str, str] = {"$": "dollars", "€": "euros", "£": "pounds"}
_MEASURES: dict[str, str] = {
    **{w: "metres" for w in "metre metres meter meters m".split()},
    **{w: "kilometres" for w in "kilometre kilometres kilometer kilometers km kms".split()},
    **{w: "centimetres" for w in "centimetre centimetres centimeter centimeters cm".split()},
    **{w: "millimetres" for w in "millimetre millimetres millimeter millimeters mm".split()},
    **{w: "miles" for w in "mile miles".split()},
    **{w: "feet" for w in "foot feet ft".split()},
    **{w: "inches" for w in "inch inches".split()},
    **{w: "kilograms" for w in "kilogram kilograms kilo kilos kg kgs".split()},
    **{w: "grams" for w in "gram grams".split()},
    **{w: "tonnes" for w in "tonne tonnes ton tons".split()},
    **{w: "litres" for w in "litre litres liter liters".split()},
    **{w: "hectares" for w in "hectare hectares ha".split()},
    **{w: "acres" for w in "acre acres".split()},
    **{w: "degrees" for w in "degree degrees".split()},
}

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
    per cent percent
    """.split()
)
_PLURAL_EXCEPTIONS = frozenset(
    """
    this thus was has does its his hers ours yours theirs always perhaps unless across whereas
    besides towards afterwards nevertheless sometimes news series species politics physics
    """.split()
)
_IRREGULAR_PLURALS = frozenset(
    "people men women children persons police staff personnel youth dead wounded injured".split()
)
# Words that take a year: "in 1988", "the 1988 massacre", "since 1988", "of 1988".
_YEAR_TAKERS = frozenset(
    """
    in since until till by during from the of to circa c ca year early late mid before after
    around between and or fall summer winter spring autumn
    """.split()
)
_JOINERS = frozenset("and or between".split())  # "between 1500 and 2000 people" is a range
_PERSON_NOUNS = frozenset(
    """
    people persons individuals men women children prisoners inmates detainees members supporters
    activists dissidents protesters protestors demonstrators civilians soldiers students workers
    residents refugees victims families deaths lives bodies
    """.split()
)
# Capitalised words that may stand before a count at the start of a sentence or in a title.
_FUNCTION_WORDS = frozenset(
    """
    the a an in on at by for from to with of over under about some nearly almost only just all
    those these this that his her their our my its your and but or since after before during
    between around approximately roughly least most more than even another each every both when
    while until then now today yesterday up down out as although though if because why how what
    where which who whom whose we they he she it i you there here also still yet last next past
    exactly precisely estimated aged among amongst against within without including plus total
    killing killed executing executed hanging hanged arresting arrested
    """.split()
)
# Words after which a number names something ("Part 1", "Ward 209", "Day Five", "No. 5").
_NAME_WORDS = frozenset(
    """
    part chapter article section paragraph clause amendment resolution protocol rule law bill
    act scene volume vol book page pages p pp figure fig table step item phase stage round level
    grade class room ward block cell camp unit division brigade battalion regiment platoon
    flight route highway road street gate building floor bus line channel episode season
    version model type category zone district plot lot box number no nos num day week
    terminal pier berth dock quay platform track lane exit junction interstate station sector
    precinct wing hall row seat bed annex appendix schedule regulation directive decree exhibit
    shaft tunnel seam pit
    """.split()
)
_CHANGE_VERBS = frozenset(
    """
    rose risen rise rises increased increase increases grew grown grow jumped jump fell fallen
    fall dropped drop declined decline decreased decrease reduced reduce cut climbed climb
    surged surge doubled went soared plunged
    """.split()
)
_ONE_REFUSED_BEFORE = frozenset("the no not any every each this that which".split())
_LY_NOUNS = frozenset("family italy assembly ally rally monopoly supply anomaly".split())
_ONE_IDIOMS = frozenset("another thing way hand point side time moment".split())
_ONE_DAY_PREPOSITIONS = frozenset("in for within just only than of after".split())
_ORDINAL_OR_FRACTION = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirds quarter quarters fourths fifths sixths sevenths eighths ninths tenths half halves
    fold something off on sided way time liner shot size stop dimensional
    """.split()
)
_OVER_DURATION_KEEP = frozenset(
    """
    for after of spent served serving lasted lasting than in within past some just well nearly
    is are was were be been being has have had since by
    """.split()
)
_SENTENCE_END_CHARS = frozenset('.!?:;"“”\n')

# --- the anchor pass (on a lower-cased copy) --------------------------------------------------


def _trie(words: list[str]) -> str:
    """A regular expression matching any of ``words``, factored by leading letters so that the
    engine tests one letter per branch instead of every word."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    parts = []
    for head, rests in sorted(heads.items()):
        tails = [rest for rest in rests if rest]
        if not tails:
            parts.append(re.escape(head))
            continue
        optional = "?" if "" in rests else ""
        parts.append(f"{re.escape(head)}(?:{_trie(tails)}){optional}")
    return "|".join(parts)


_ANCHOR_WORDS = sorted(_NUMBER_WORDS | _VAGUE_WORDS)
_ANCHOR = re.compile(rf"(?<![0-9a-z])\d|(?<![0-9a-z])(?:{_trie(_ANCHOR_WORDS)})(?![a-z])")
_ANCHOR_CI = re.compile(_ANCHOR.pattern, re.IGNORECASE)

# --- anchored readers (on the original text) --------------------------------------------------

_HYPHEN_CHARS = "-‐‑"
_HYPHENS = r"\-‐‑"  # for character classes
_TAIL = (
    rf"(?P<pct>\s?%|\s+(?i:per\s?cent|percent)(?![\w]))?"
    rf"(?P<hyph>[{_HYPHENS}](?P<hyph_word>[A-Za-z]+)(?:[{_HYPHENS}](?i:old))?(?![\w]))?"
    rf"(?P<post>\s+(?i:or\s+(?:more|so|less|fewer))(?![\w])|\+|[{_HYPHENS} ](?i:odd)(?![\w]))?"
    rf"(?![\w])(?![{_HYPHENS}][A-Za-z])(?!['’]s(?![\w]))"
)
_DIGIT_NUMBER = re.compile(
    r"(?P<number>(?P<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)|\d+)"
    r"(?:\.\d+)?)(?!\d)(?!\.\d)"
    r"(?:\s?(?P<dscale>(?i:thousand|million|billion|trillion))(?![\w])"
    r"|(?P<dabbr>[kK]|bn|mn|m)(?![\w]))?" + _TAIL
)
_SMALL_W = (
    r"(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[{_HYPHENS} ](?:one|two|three|four|five|six|seven|eight|nine)(?![\w]))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w])"
)
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion|dozen)(?![\w])"
_SEP = rf"[{_HYPHENS} ]+"
_POINT = (
    r"(?:\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![\w]))+)?"
)
_SCALED_GROUP = rf"{_SMALL_W}{_POINT}(?:{_SEP}{_SCALE_W})+"
_HALF = r"(?:\s+and\s+a\s+half(?![\w]))?"
_WORD_NUMBER = re.compile(
    rf"(?P<words>(?i:(?:an?\s+{_SCALE_W}(?:{_SEP}{_SCALE_W})*|{_SCALED_GROUP})"
    rf"(?:(?:{_SEP}|\s+and\s+){_SCALED_GROUP})*(?:(?:{_SEP}|\s+and\s+){_SMALL_W})?{_HALF}"
    rf"|{_SMALL_W}{_POINT}{_HALF}))" + _TAIL
)
_VAGUE = re.compile(
    r"(?i:(?P<v_of>(?:tens|hundreds)\s+of\s+(?:thousands|millions))(?![\w])"
    r"|(?P<v_plural>thousands|hundreds|millions|billions|dozens"
    r"|(?:scores|tens)(?=\s+of\s))(?![\w])"
    r"|(?P<v_few>a\s+few|several|a\s+couple\s+of|a\s+handful\s+of)"
    r"(?:\s+(?P<v_scale>hundred|thousand|million|dozen)(?![\w]))?(?![\w]))"
)
_QUALIFIER = re.compile(
    r"(?i)(?<![\w])(?:"
    r"(?P<up_to>up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+(?:high|old|large|big|great|long)\s+as"
    r"|no\s+more\s+than|not\s+more\s+than|at\s+(?:the\s+)?most|a\s+maximum\s+of)"
    r"|(?P<at_least>at\s+least|a\s+minimum\s+of|(?:no|not)\s+(?:fewer|less)\s+than"
    r"|as\s+(?:young|few|little|low|small|short)\s+as)"
    r"|(?P<more_than>(?:(?:well|just|slightly|far|much|considerably)\s+)?(?:more\s+than|over"
    r"|in\s+excess\s+of|upwards?\s+of|above|greater\s+than|exceeding))"
    r"|(?P<less_than>(?:(?:just|slightly|well)\s+)?(?:less\s+than|fewer\s+than|under|below))"
    r"|(?P<nearly>nearly|almost|close(?:r)?\s+to|just\s+(?:short|shy)\s+of)"
    r"|(?P<estimated>(?:an\s+)?estimated(?:\s+(?:death\s+)?(?:toll|number|total|figure|count))?"
    r"(?:\s+(?:of|at))?|est\.|estimates?\s+(?:of|at))"
    r"|(?P<about>some|about|approximately|approx\.|around|roughly|circa|ca\.|c\."
    r"|more\s+or\s+less|an\s+approximate)"
    r")[ \t\u00a0]+$"
)
# The last word of every qualifier above: only after one of these is the qualifier searched for.
_QUALIFIER_LAST_WORDS = frozenset(
    """
    to as than most of least over above exceeding under below nearly almost estimated est.
    some about approximately approx. around roughly circa ca. c. less toll number total figure
    count approximate at
    """.split()
)
_QUALIFIER_KINDS = ("up_to", "at_least", "more_than", "less_than", "nearly", "estimated", "about")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MONTH_BEFORE = re.compile(
    rf"(?<![\w]){_MONTH}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|&)|(?P<comma>\s*,))?\s*$"
)
_DAY_RANGE_AFTER = re.compile(
    rf"\s*(?:-|–|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])"
)
_RATIO_AFTER = re.compile(
    r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<of>\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|hundred|a\s+hundred|thousand|a\s+thousand)(?![\w])"
)
_MULTIPLICATIVE_AFTER = re.compile(
    r"(?i)\s+times\s+(?:more|less|fewer|as|the|that|what|over|[a-z]+er)(?![\w])"
)
_NAME_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?:{'|'.join(sorted(_NAME_WORDS))})s?\.?[ \t\u00a0]+"
    r"(?:\d+[a-z]?\s*(?:,|and|or|&|-|–|to)\s*)*$"
)
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}(?![a-z])")
_YEAR_AFTER = re.compile(r"\s*,?\s*\d{4}(?!\d)")
_DATE_TAIL = re.compile(r"[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)|/\d+(?!\d)")
_YEAR_RANGE_TAIL = re.compile(r"\s?[-–]\s?\d\d(?![\d\w])")
_TIME_TAIL = re.compile(
    r"(?::\d\d){1,2}(?:\s?(?i:[ap]\.?m\.?)(?![\w]))?|\s?(?i:a\.m\.|p\.m\.|am|pm|o['’]clock)(?![\w])"
)
_SEPARATORS = re.compile(r"[,\u00a0\u202f]")
_PHONE_TAIL = re.compile(r"[\d ().-]{6,}\d")
_ADDRESS_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Lane"
    r"|Square|Place|Drive)(?![\w])"
)
_LIST_MARK_AFTER = re.compile(r"[.)][ \t]")

_WORD = re.compile(rf"[ \t\u00a0]+([A-Za-z][A-Za-z'’{_HYPHENS}]*)")
_WORD_SPLIT = re.compile(rf"[{_HYPHENS}\s]+")
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
_COUPLE = re.compile(r"(?i)(?P<couple>a\s+couple)\s+of(?![\w])")
_AGED_BEFORE = re.compile(r"(?i)(?<![\w])(?:aged|ages?(?:\s+of)?)\s+$")
_RANGE_OPEN = re.compile(r"(?i)(?<![\w])(between|from)\s+$")
_GAP_RANGE = re.compile(r"\s*(?:[-–—]|to)\s*|\s+(?:and|or)\s+", re.IGNORECASE)
_GAP_LIST = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_EXTREMES_GAP = re.compile(r"\s*(?:[A-Za-z]+\s+)?or\s+", re.IGNORECASE)
_AS_LOW_AS = re.compile(r"(?i)as\s+(?:small|low|few|little|young|short)\s+as\s")
_PAREN_OPEN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


@dataclass
class _Candidate:
    """A figure being built; it becomes a frozen ``FigureFound`` at the end."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    counts: str | None
    unit: str | None
    scaled: bool = False  # written with a scale ("3 million"): a range's low end shares it
    weak: bool = False  # a bare "one": kept only if a list gives it something to count


# --- small readers --------------------------------------------------------------------------


def _words_value(words: str) -> tuple[float, bool]:
    """The value of number words ("thirty-three-thousand seven-hundred" → 33700) and whether
    a scale word is among them."""
    total = 0.0
    current = 0.0
    scaled = False
    decimals: str | None = None  # the digits after "point", while they are being read
    for token in _WORD_SPLIT.split(words.lower()):
        if decimals is not None:
            if token in _DIGIT_WORDS:
                decimals += _DIGIT_WORDS[token]
                continue
            current += float("0." + (decimals or "0"))
            decimals = None
        if token == "point":
            decimals = ""
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * (100 if token == "hundred" else 12)
            scaled = True
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
            scaled = True
        elif token == "half":
            current += 0.5
    if decimals:
        current += float("0." + decimals)
    return total + current, scaled


def _looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if len(lower) < 4 or lower in _PLURAL_EXCEPTIONS:
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _strip_possessive(word: str) -> tuple[str, bool]:
    if len(word) > 2 and word.endswith(("'s", "’s")):
        return word[:-2], True
    if word.endswith(("s'", "s’")):
        return word[:-1], True
    return word, False


def _word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (skipping spaces), with surrounding punctuation removed."""
    window = text[max(0, pos - 30) : pos].rstrip(" \t\u00a0")
    if not window or window[-1] in "\n\r":
        return ""
    word = window.rsplit(None, 1)[-1] if window.strip() else ""
    return word.strip("\"“”‘’'([{,;:—–")


def _next_word(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    return _strip_possessive(m.group(1))[0] if m else ""


def _at_sentence_start(text: str, pos: int) -> bool:
    window = text[max(0, pos - 6) : pos].rstrip(" \t\u00a0")
    return not window or window[-1] in _SENTENCE_END_CHARS


def _noun_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """Offsets of the short noun phrase after ``pos``, or None when none follows."""
    tokens: list[tuple[int, int, str]] = []  # (start, end, lower-cased word)
    previous_plural = False
    while len(tokens) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word, possessive = _strip_possessive(m.group(1))
        lower = word.lower()
        joined = bool(tokens) and tokens[-1][2] in ("and", "or")
        if lower in ("and", "or"):
            if not tokens or joined:
                break
        elif lower in _STOP or lower in _NUMBER_WORDS or lower in _VAGUE_WORDS:
            break
        elif tokens:
            if previous_plural and not joined:
                break  # a plural head ends the phrase unless "and"/"or" joins another noun
            if len(lower) > 4 and lower.endswith("ly") and not joined:
                break
            if len(lower) > 4 and lower.endswith("ed") and not tokens[-1][2].endswith("ly"):
                break  # a verb: "5,000 victims and identified", "prisoners executed"
        tokens.append((m.start(1), m.start(1) + len(word), lower))
        previous_plural = _looks_plural(word)
        pos = m.end()
        if possessive:
            break
    # A phrase does not end on a conjunction or an adverb ("€1.5 billion annually").
    while tokens and (tokens[-1][2] in ("and", "or") or _is_adverb(tokens[-1][2])):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and len(tokens[0][2]) > 4 and tokens[0][2].endswith("ed"):
        return None  # a lone participle is a verb as often as a noun: "only 8 survived"
    return tokens[0][0], tokens[-1][1]


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _counted(text: str, pos: int, partitive: bool) -> tuple[str | None, str | None]:
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
    if head in _TIME_UNITS:
        return None, _TIME_UNITS[head]
    if head in _CURRENCY_WORDS:
        return None, _CURRENCY_WORDS[head]
    if head in _MEASURES:
        return None, _MEASURES[head]
    return phrase, None


# --- candidates -----------------------------------------------------------------------------


def _not_a_count(text: str, m: re.Match[str], value: float) -> int | None:
    """Where a ratio ("1 in 5", "one in three") or a multiplier ("six times more") that
    starts with the number read by ``m`` ends, or None when it is neither."""
    if m.group("pct") or m.group("hyph"):
        return None
    ratio = _RATIO_AFTER.match(text, m.end())
    if ratio is not None:
        whole = ratio.group("of").lower()
        of = float(whole.replace(",", "")) if whole[0].isdigit() else _words_value(whole)[0]
        if value < of and _next_word(text, ratio.end()).lower() not in _TIME_UNITS:
            return ratio.end()
    multiplier = _MULTIPLICATIVE_AFTER.match(text, m.end())
    return multiplier.end() if multiplier is not None else None


def _qualifier_before(text: str, start: int, floor: int) -> re.Match[str] | None:
    """The qualifier ending just before ``start`` (and after ``floor``), if any. The word before
    is checked first: the full search runs only where a qualifier can end."""
    if start <= floor:
        return None
    last = _word_before(text, start).lower()
    if last not in _QUALIFIER_LAST_WORDS:
        return None
    return _QUALIFIER.search(text, max(floor, start - 48), start)


def _names_this(text: str, pos: int, before: str) -> bool:
    """Whether the digits at ``pos`` name something ("Part 1", "lines 3 and 7", "No. 5");
    ``before`` is the word before them, lower-cased and without a final full stop."""
    bare = before.rstrip(",")
    if bare in _NAME_WORDS or (bare.endswith("s") and bare[:-1] in _NAME_WORDS):
        return True
    after_comma = text[max(0, pos - 3) : pos].rstrip().endswith(",")
    if bare in ("and", "or", "&", "to") or (after_comma and bare[:1].isdigit()):
        return _NAME_BEFORE.search(text, max(0, pos - 40), pos) is not None
    return False


def _looks_like_title_verb(word: str) -> bool:
    """A capitalised verb of a headline ("Iran Executes 3", "Regime Hangs 12"): a name seldom
    ends in a plain "s" ("Ashraf 3", "Ward 209", "Pier 39")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _in_slogan(text: str, start: int, end: int) -> bool:
    """A number closing a short quoted phrase that has words before it: "Save the 44"."""
    if text[end : end + 1] not in ('"', "”", "’"):
        return False
    window = text[max(0, start - 40) : start]
    opening = max(window.rfind("“"), window.rfind('"'), window.rfind("‘"))
    if opening < 0:
        return False
    inside = window[opening + 1 :]
    return any(c.isalpha() for c in inside) and not any(c in ".!?”\n" for c in inside)


def _is_year(number: int, before: str, after: str) -> bool:
    """Whether a bare four-digit ``number`` between ``before`` and ``after`` is a year."""
    before = before.lower().rstrip(".")
    after = after.lower()
    if 1900 <= number <= 2099:
        return after not in _PERSON_NOUNS or before in _YEAR_TAKERS and before not in _JOINERS
    if 1000 <= number <= 2199:
        return before in _YEAR_TAKERS and not _looks_plural(after) and after not in _JOINERS
    return False


def _digit_candidate(text: str, pos: int, floor: int) -> tuple[_Candidate | None, int]:
    """Read the number whose first digit is at ``pos``: the candidate (or None) and the offset
    up to which the text has been read. A qualifier is looked for after ``floor`` only."""
    m = _DIGIT_NUMBER.match(text, pos)
    if m is None:
        return None, pos + 1
    end = m.end()
    digits = m.group("digits")
    prev2 = text[pos - 2 : pos] if pos >= 2 else " " * (2 - pos) + text[:pos]
    prev = prev2[1]
    if prev.isalnum() or prev in "_#@" or (prev in _HYPHEN_CHARS and prev2[:1].isalpha()):
        return None, end  # "Ashraf3", "G7", "Ashraf-3", "#5"
    if prev in "./:" and prev2[:1].isdigit():
        return None, end  # the tail of "1.2.30", "10:30"
    if prev == "+":
        tail = _PHONE_TAIL.match(text, pos)
        return None, tail.end() if tail else end
    number = m.group("number")
    plain = m.group(0) == digits and digits.isdigit()
    after_number = m.end("number")
    # Dates, times, fractions: "26/02/2019", "24/7", "2019-07-15", "10:30", "3 pm".
    tail = _DATE_TAIL.match(text, after_number) or _TIME_TAIL.match(text, after_number)
    if tail is not None and number.isdigit():
        return None, tail.end()
    if number.isdigit() and len(number) == 4 and 1500 <= int(number) <= 2099:
        tail = _YEAR_RANGE_TAIL.match(text, after_number)
        if tail is not None:
            return None, tail.end()  # "1980-88"
    if prev == "[" and text[after_number : after_number + 1] == "]":
        return None, end  # a footnote mark
    if plain and len(digits) <= 2 and int(digits) <= 31:
        window_start = max(0, pos - 20)
        month = (
            _MONTH_BEFORE.search(text, window_start, pos)
            if _MONTH_HINT.search(text, window_start, pos)
            else None
        )
        if month is not None and (
            not month.group("comma") or _YEAR_AFTER.match(text, after_number)
        ):
            return None, end
        if _MONTH_AFTER.match(text, after_number) or _DAY_RANGE_AFTER.match(text, after_number):
            return None, end
    if plain and len(digits) == 2 and prev in "'’" and not prev2[:1].isalnum():
        return None, end  # "'88"
    if len(digits) > 1 and digits.startswith("0") and "." not in number:
        return None, end
    before = _word_before(text, pos)
    after = _next_word(text, end)
    if plain and len(digits) == 4 and not m.group("dscale") and not m.group("dabbr"):
        if m.group("hyph") or _is_year(int(digits), before, after):
            return None, end
    # List numbering at the start of a line: "1. ", "2) ".
    if plain and len(digits) <= 2 and _LIST_MARK_AFTER.match(text, after_number):
        head = text[max(0, pos - 8) : pos]
        newline = head.rfind("\n")
        if (newline >= 0 or pos <= 8) and not head[newline + 1 :].strip(" \t("):
            return None, end
    if _ADDRESS_AFTER.match(text, end) or _in_slogan(text, pos, end):
        return None, end
    value = float(_SEPARATORS.sub("", number))
    skip_to = _not_a_count(text, m, value)
    if skip_to is not None:
        return None, skip_to
    scaled = False
    if m.group("dscale"):
        value *= _SCALES[m.group("dscale").lower()]
        scaled = True
    abbr = m.group("dabbr")
    currency = None
    start = pos
    if prev in _CURRENCY_SIGNS or (prev == " " and prev2[:1] in _CURRENCY_SIGNS):
        currency = _CURRENCY_SIGNS[prev if prev != " " else prev2[0]]
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
    if not (percent or currency) and not _looks_plural(after) and not m.group("hyph"):
        lower = before.lower().rstrip(".")
        if number.isdigit() and _names_this(text, pos, lower):
            return None, end
        if (
            number.isdigit()
            and before[:1].isupper()
            and text[pos - 1 : pos] == " "
            and text[pos - 1 - len(before) : pos - 1] == before
            and lower not in _FUNCTION_WORDS
            and not before.endswith(("'s", "’s"))
            and not _looks_like_title_verb(before)
        ):
            return None, end
    unit = "percent" if percent else currency
    return _finish(text, m, start, floor, value, scaled, unit, is_one=False), end


def _word_candidate(
    text: str, pos: int, word: str, floor: int
) -> tuple[_Candidate | None, int]:
    """Read the number words starting with ``word`` at ``pos`` (qualifiers after ``floor``)."""
    start = pos
    if word in _SCALES or word == "dozen":
        article = text[max(0, pos - 3) : pos].lower()
        if article.endswith("a ") and (len(article) < 3 or not article[0].isalpha()):
            start = pos - 2
        elif article.endswith("an ") and (pos < 4 or not text[pos - 4].isalpha()):
            start = pos - 3
        else:
            return None, pos + len(word)
    m = _WORD_NUMBER.match(text, start)
    if m is None:
        return None, pos + len(word)
    end = m.end()
    hyph_word = (m.group("hyph_word") or "").lower()
    if hyph_word in _ORDINAL_OR_FRACTION:
        return None, end
    before = _word_before(text, start)
    lower_before = before.lower().rstrip(".")
    if lower_before in _NAME_WORDS and before[:1].isupper():
        return None, end  # "Day Five", "Part Two"
    if _in_slogan(text, start, end):
        return None, end
    skip_to = _not_a_count(text, m, _words_value(m.group("words"))[0])
    if skip_to is not None:
        return None, skip_to
    value, scaled = _words_value(m.group("words"))
    if scaled and text[max(0, start - 5) : start].lower() == "half " and start - 5 >= floor:
        if start - 6 < 0 or not text[start - 6].isalnum():
            start -= 5  # "half a million"
            value /= 2
    is_one = value == 1 and not scaled and not m.group("hyph") and not m.group("pct")
    if is_one and not m.group("post"):
        after = _next_word(text, end).lower()
        if lower_before in _ONE_REFUSED_BEFORE or after in _ONE_IDIOMS:
            if _qualifier_before(text, start, floor) is None:
                return None, end
        if after == "day" and lower_before not in _ONE_DAY_PREPOSITIONS:
            return None, end
        if text[end : end + 4].lower().startswith((" of ", " of\n")):
            if _qualifier_before(text, start, floor) is None:
                return None, end
    unit = "percent" if m.group("pct") else None
    return _finish(text, m, start, floor, value, scaled, unit, is_one), end


def _finish(
    text: str,
    m: re.Match[str],
    start: int,
    floor: int,
    value: float,
    scaled: bool,
    unit: str | None,
    is_one: bool,
) -> _Candidate | None:
    """Qualifier, counts and unit for a number read by ``m`` and starting at ``start``; a
    qualifier is looked for between ``floor`` and ``start``."""
    hyph_word = (m.group("hyph_word") or "").lower()
    if hyph_word in _ORDINAL_OR_FRACTION:
        return None
    qualifier, low, high = "exact", None, None
    qualified = False
    q = _qualifier_before(text, start, floor)
    next_word = _next_word(text, m.end()).lower()
    if q is not None:
        kind = next(k for k in _QUALIFIER_KINDS if q.group(k))
        keep = True
        if kind == "more_than" and q.group(kind).lower().endswith("over"):
            duration = hyph_word if hyph_word else next_word
            if duration in _TIME_UNITS:
                before_over = _word_before(text, q.start()).lower()
                keep = before_over in _OVER_DURATION_KEEP or _at_sentence_start(text, q.start())
        if keep:
            qualified = True
            start = q.start()
            qualifier, low, high = _bounds(kind, value)
            if re.search(r"(?i)\bas\s+(?:young|old)\s+as", q.group(kind)):
                unit = unit or "years"
    post = (m.group("post") or "").strip().lower()
    end = m.end()
    if post and qualified:
        end = m.start("post")  # "at least 30,000 or more": the first qualifier stands
        post = ""
    if hyph_word in ("plus", "odd") and not qualified:
        post = "+" if hyph_word == "plus" else "odd"
    if post:
        qualified = True
        if post == "+" or post.endswith("more"):
            qualifier, low = "at_least", value
        elif post.endswith(("less", "fewer")):
            qualifier, high = "up_to", value
        else:
            qualifier = "about"
    counts: str | None = None
    noun_from = m.end()
    if hyph_word and hyph_word not in ("plus", "odd"):
        if hyph_word in _TIME_UNITS:
            unit = _TIME_UNITS[hyph_word]
            counts, _ = _counted(text, noun_from, partitive=False)
        else:
            counts = m.group("hyph_word")
    elif unit != "percent":
        counts, found_unit = _counted(text, noun_from, partitive=not is_one)
        unit = unit or found_unit
    if (
        unit is None
        and "age" in text[max(0, start - 10) : start].lower()
        and _AGED_BEFORE.search(text, max(0, start - 10), start)
    ):
        unit = "years"
    weak = is_one and not qualified and counts is None and unit is None
    return _Candidate(start, end, value, low, high, qualifier, counts, unit, scaled, weak)


def _vague_candidate(
    text: str, pos: int, word: str, floor: int
) -> tuple[_Candidate | None, int]:
    """Read a vague amount ("thousands", "tens of thousands", "a few", "several hundred")."""
    start = pos
    if word in ("few", "couple", "handful"):
        article = text[max(0, pos - 3) : pos].lower()
        if not (article.endswith("a ") and (len(article) < 3 or not article[0].isalpha())):
            return None, pos + len(word)
        start = pos - 2
        if start < floor:
            return None, pos + len(word)
    if word == "couple":
        return _couple(text, start, floor)
    m = _VAGUE.match(text, start)
    if m is None:
        return None, pos + len(word)
    end = m.end()
    if m.group("v_of"):
        least = float(_VAGUE_FLOORS[" ".join(m.group("v_of").lower().split())])
        needs_noun = False
    elif m.group("v_plural"):
        least = float(_VAGUE_FLOORS[m.group("v_plural").lower()])
        needs_noun = False
    else:
        least = float(_VAGUE_FLOORS[" ".join(m.group("v_few").lower().split())])
        scale = m.group("v_scale")
        if scale:
            least *= _VAGUE_SCALES[scale.lower()]
        needs_noun = not scale
    counts, unit = _counted(text, end, partitive=True)
    if needs_noun and counts is None and unit is None:
        return None, end
    return _Candidate(start, end, None, least, None, "vague", counts, unit), end


def _couple(text: str, start: int, floor: int) -> tuple[_Candidate | None, int]:
    """"a couple of minutes": about 2 ("not more than a couple": up to 2). "a couple" without
    "of" is two people, not a number."""
    m = _COUPLE.match(text, start)
    if m is None:
        return None, start + len("a couple")
    counts, unit = _counted(text, m.end(), partitive=False)
    if counts is None and unit is None:
        return None, m.end()
    qualifier, low, high = "about", None, None
    q = _qualifier_before(text, start, floor)
    if q is not None:
        kind = next(k for k in _QUALIFIER_KINDS if q.group(k))
        qualifier, low, high = _bounds(kind, 2.0)
        start = q.start()
    return _Candidate(start, m.end("couple"), 2.0, low, high, qualifier, counts, unit), m.end()


def _bounds(kind: str, value: float) -> tuple[str, float | None, float | None]:
    """The qualifier and ``(low, high)`` that a qualifier group ``kind`` gives ``value``."""
    if kind in ("more_than", "at_least"):
        return kind, value, None
    if kind in ("up_to", "less_than"):
        return kind, None, value
    if kind == "nearly":
        return "about", None, None
    return kind, None, None


# --- joining candidates ---------------------------------------------------------------------


def _scale_of(value: float) -> float | None:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale and value % scale == 0:
            return scale
    return None


def _join_range(text: str, a: _Candidate, b: _Candidate) -> _Candidate | None:
    """One range figure for ``a`` and ``b`` if the text between them makes them one."""
    if a.value is None or b.value is None or a.qualifier == "vague":
        return None
    if b.qualifier != "exact":
        return None
    gap = _GAP_RANGE.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    joiner = gap.group().strip().lower()
    opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
    opening = opener.group(1).lower() if opener else ""
    if joiner == "and" and opening != "between":
        return None
    if joiner == "or" and (a.qualifier not in ("exact", "about") or opening == "between"):
        return None
    if opener is not None and opening == "from":
        if joiner not in ("to", "-", "–", "—"):
            opener = None
        elif _word_before(text, opener.start(1)).lower() in _CHANGE_VERBS:
            return None
    if opening == "between" and joiner != "and":
        opener = None
    low = a.value
    if b.scaled and not a.scaled:
        scale = _scale_of(b.value)
        if scale and a.value * scale <= b.value:
            low = a.value * scale
    if not low < b.value:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    start = opener.start(1) if opener is not None and a.qualifier == "exact" else a.start
    return _Candidate(
        start=start,
        end=b.end,
        value=None,
        low=low,
        high=b.value,
        qualifier="range",
        counts=b.counts or a.counts,
        unit=b.unit or a.unit,
        scaled=b.scaled,
    )


def _join_extremes(text: str, a: _Candidate, b: _Candidate) -> _Candidate | None:
    """"as small as A (unit) or as large as B": one range from A to B."""
    if not (a.qualifier == "at_least" and b.qualifier == "up_to" and a.value is not None):
        return None
    if b.value is None or not a.value < b.value:
        return None
    if _EXTREMES_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    if not _AS_LOW_AS.match(text, a.start) or text[b.start : b.start + 3].lower() != "as ":
        return None
    return _Candidate(
        a.start, b.end, None, a.value, b.value, "range", b.counts or a.counts, b.unit or a.unit
    )


def _join(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Ranges, lists and parenthesised restatements: see the module docstring."""
    joined: list[_Candidate] = []
    i = 0
    while i < len(cands):
        if i + 1 < len(cands) and cands[i].qualifier != "vague":
            both = _join_range(text, cands[i], cands[i + 1]) or _join_extremes(
                text, cands[i], cands[i + 1]
            )
            if both is not None:
                joined.append(both)
                i += 2
                continue
        joined.append(cands[i])
        i += 1
    # Lists share what they count.
    i = 0
    while i < len(joined):
        j = i
        while j + 1 < len(joined) and _GAP_LIST.fullmatch(
            text, joined[j].end, joined[j + 1].start
        ):
            j += 1
        if j > i:
            group = joined[i : j + 1]
            last = group[-1]
            for c in group[:-1]:
                if c.counts is None and c.unit is None and c.qualifier != "vague":
                    c.counts, c.unit = last.counts, last.unit
            if group[0].unit is not None:
                for c in group[1:]:
                    if c.unit is None and c.counts is None and c.qualifier != "vague":
                        c.unit = group[0].unit
            for c in group:
                c.weak = c.weak and c.counts is None and c.unit is None
        i = j + 1
    # A restatement in parentheses is labelled as written, but counts what it restates.
    for a, b in zip(joined, joined[1:]):
        if (
            a.value is not None
            and b.value == a.value
            and _PAREN_OPEN_GAP.fullmatch(text, a.end, b.start)
            and _PAREN_CLOSE.match(text, b.end)
        ):
            b.counts = b.counts or a.counts
            b.unit = b.unit or a.unit
            b.weak = False
    return [c for c in joined if not c.weak]


def find_figures(text: str) -> list[FigureFound]:
    """The figures ``text`` states, sorted by start and never overlapping.

    Each record's ``text`` is ``text[start:end]`` and includes the qualifier words; see the
    module docstring for what is taken as a figure and how qualifiers map to bounds.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        search, haystack = _ANCHOR.search, lowered
    else:  # a few characters change length when lower-cased ("İ"); offsets must not move
        search, haystack = _ANCHOR_CI.search, text
    cands: list[_Candidate] = []
    read_to = 0
    while (anchor := search(haystack, read_to)) is not None:
        pos = anchor.start()
        token = anchor.group()
        floor = cands[-1].end if cands else 0
        if token.isdigit():
            cand, read_to = _digit_candidate(text, pos, floor)
        else:
            word = token.lower()
            if word in _VAGUE_WORDS:
                cand, read_to = _vague_candidate(text, pos, word, floor)
            else:
                cand, read_to = _word_candidate(text, pos, word, floor)
        read_to = max(read_to, anchor.end())
        if cand is not None:
            cands.append(cand)
    return [
        FigureFound(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            value=c.value,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            counts=c.counts,
            unit=c.unit,
        )
        for c in _join(text, cands)
    ]
