"""What is not a figure: years, dates, times, telephone numbers, names, ordinals, ratios, slogans.

A number is a figure unless one of these checks says otherwise, and each looks only at a few
words around the number. The rules themselves (a year is a year unless a person noun follows …)
are stated in the package docstring, after the labelled data's conventions.
"""

from __future__ import annotations

import re

from provenance.extract.figures.counted import MEASURES, TIME_UNITS, noun_phrase_after
from provenance.extract.figures.numbers import (
    NUMBER_WORDS,
    WORDS_READ_ONTO_DIGITS,
    words_value,
)
from provenance.extract.figures.qualifiers import qualifier_before
from provenance.extract.figures.text import (
    HYPHEN_CHARS,
    at_sentence_start,
    looks_plural,
    next_word,
    word_before,
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
# Nouns after a number from 1900 to 2099 that make it a count rather than a year: people
# ("1988 prisoners"), measures ("2000 km", "1950 tonnes") and durations ("2000 years ago").
_COUNTED_AFTER_A_YEAR = (
    _PERSON_NOUNS
    | frozenset(unit for unit in MEASURES if len(unit) > 1)
    | frozenset(unit for unit, plural in TIME_UNITS.items() if unit == plural)
)
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
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}(?![a-z])")
_YEAR_AFTER = re.compile(r"\s*,?\s*\d{4}(?!\d)")
_DATE_TAIL = re.compile(r"[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)|/\d+(?!\d)")
_YEAR_RANGE_TAIL = re.compile(r"\s?[-–]\s?\d\d(?![\d\w])")
_TIME_TAIL = re.compile(
    r"(?::\d\d){1,2}(?:\s?(?i:[ap]\.?m\.?)(?![\w]))?|\s?(?i:a\.m\.|p\.m\.|am|pm|o['’]clock)(?![\w])"
)
_RATIO_TAIL = re.compile(r":\d+(?!\d|[.,:]\d)")
_PHONE_TAIL = re.compile(r"[\d ().-]{6,}\d")
_LIST_MARK_AFTER = re.compile(r"[.)][ \t]")
# Clock times written without a colon or "pm": "at 8.15 in the morning", "at 11 at night",
# "at 2.40 on the morning of 9 April",
# "half past two", "quarter to six", and the British "half three" (half past three).
_HOUR_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_DAY_PART_AFTER = re.compile(
    r"(?i)[ \t\u00a0]+(?:in[ \t\u00a0]+the[ \t\u00a0]+(?:morning|afternoon|evening)"
    r"|on[ \t\u00a0]+the[ \t\u00a0]+(?:morning|afternoon|evening|night)|at[ \t\u00a0]+night)(?![\w])"
)
_PAST_OR_TO_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:half[ \t\u00a0]+past|quarter[ \t\u00a0]+(?:past|to))[ \t\u00a0]+$"
)
_HALF_BEFORE = re.compile(r"(?i)(?<![\w])half[ \t\u00a0]+$")
# What may follow the British "half three"; a noun would make it a count ("in half two years
# later" is not a time, but such a text has "years" after the number).
_AFTER_HALF_HOUR = frozenset(
    "and or but so when then in on at this that tonight today yesterday tomorrow".split()
)


# Minutes before the hour: "ten past eleven", "twenty-five past six", "5 past 11", and with
# "to" only after "at" and in words, "at twenty to six" ("from five to ten" is a range, and
# "at 5 to 10" a range as often as a time).
_MINUTES_AND_HOUR = re.compile(
    r"(?i)(?<![\w])(?:(?P<at>at)[ \t\u00a0]+)?"
    r"(?P<minutes>five|ten|twenty(?:[-‐‑ ]five)?|\d{1,2})[ \t\u00a0]+"
    r"(?P<rel>past|to)[ \t\u00a0]+"
    r"(?P<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?![\w])"
)
_PERCENT_AFTER = re.compile(r"(?i)\s?%|\s+(?:per\s?cent|percent)(?![\w])")


def clock_time(text: str, start: int, end: int, number: str) -> bool:
    """Whether the number ``number`` (as written, digits or words) between ``start`` and
    ``end`` tells the time of day. Only an hour (1 to 12, in digits also 13 to 24) or an hour
    with two-digit minutes after a full stop ("8.15") can be a time, and only with a word that
    says so around it: "in the morning", "at night", "half past", "quarter to"; or minutes
    before "past" or "to" an hour ("ten past eleven": both numbers)."""
    day_part = text[end : end + 4].lower() in (" in ", " at ", " on ")
    just_before = text[max(0, start - 5) : start].lower()
    after_past_or_half = just_before.endswith(("past ", " to ", "half "))
    before_past_or_to = (
        text[end : end + 6].lower() == " past " or text[end : end + 4].lower() == " to "
    )
    if not (day_part or after_past_or_half or before_past_or_to):
        return False  # the common case, decided without reading the number
    if (after_past_or_half or before_past_or_to) and _minutes_and_hour(text, start):
        return True
    hours, _, minutes = number.partition(".")
    if hours.isdigit():
        if int(hours) > 24 or (minutes and (len(minutes) != 2 or int(minutes) > 59)):
            return False
    elif hours.lower() not in _HOUR_WORDS:
        return False
    if day_part and _DAY_PART_AFTER.match(text, end):
        return True
    if not after_past_or_half:
        return False
    window = max(0, start - 14)
    if _PAST_OR_TO_BEFORE.search(text, window, start):
        return True
    if minutes or not _HALF_BEFORE.search(text, window, start):
        return False
    following = next_word(text, end).lower()
    return following in _AFTER_HALF_HOUR or not following and text[end : end + 1] in ",.;:!?)”\"\n"


def _minutes_and_hour(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the minutes or the hour of "ten past eleven", "at
    twenty to six": minutes up to 59 and an hour up to 12, with no count or percentage after
    the hour ("5 past 11 goalkeepers" counts)."""
    for m in _MINUTES_AND_HOUR.finditer(text, max(0, start - 30), start + 40):
        if start not in (m.start("minutes"), m.start("hour")):
            continue
        minutes, hour = m.group("minutes").lower(), m.group("hour").lower()
        if m.group("rel").lower() == "to" and (
            m.group("at") is None or minutes[0].isdigit() or hour[0].isdigit()
        ):
            return False
        if minutes.isdigit() and int(minutes) > 59 or hour.isdigit() and not 1 <= int(hour) <= 12:
            return False
        hour_end = m.end("hour")
        return not _PERCENT_AFTER.match(text, hour_end) and not _plural_noun_after(text, hour_end)
    return False


# Telephone numbers: a trunk prefix and its groups ("01632 960 415", "020 7946 0958"), an
# area code in brackets ("(212) 555-0134"), three groups ("212-555-0134"), or a local number
# after a telephone word ("call 555-0134").
_TRUNK_PHONE = re.compile(r"0\d+(?:[ .-]\d{2,4}){1,3}(?!\d)")
_BRACKETED_AREA_PHONE = re.compile(r"\d{2,5}\)[ \u00a0]?\d{3,4}[-. ]\d{3,4}(?!\d)")
_GROUPED_PHONE = re.compile(r"\d{3}([-.])\d{3}\1\d{4}(?!\d)")
_LOCAL_PHONE = re.compile(r"\d{3}[-.]\d{4}(?![\d,])")
_PHONE_WORD_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:call|calling|phone|telephone|tel|fax|dial|hotline|helpline|mobile|number)"
    r"\.?:?[ \t\u00a0]+(?:on[ \t\u00a0]+|at[ \t\u00a0]+)?$"
)


def is_year(number: int, before: str, after: str) -> bool:
    """Whether a bare four-digit ``number`` between ``before`` and ``after`` is a year."""
    before = before.lower().rstrip(".")
    after = after.lower()
    if 1900 <= number <= 2099:
        return (
            after not in _COUNTED_AFTER_A_YEAR
            or before in _YEAR_TAKERS
            and before not in _JOINERS
        )
    if 1000 <= number <= 2199:
        return before in _YEAR_TAKERS and not looks_plural(after) and after not in _JOINERS
    return False


def year_whatever_before(number: int, after: str) -> bool:
    """Whether a bare four-digit ``number`` is a year before ``after`` whatever word precedes
    it (``is_year`` then agrees): from 1900 to 2099, unless a person noun, a measure or a
    duration follows. Most years are decided here without reading the word before them."""
    return 1900 <= number <= 2099 and after.lower() not in _COUNTED_AFTER_A_YEAR


# Years found before any number is read, so that the anchor search never stops at them (see
# ``find``): most digits in news text are years. They are found in a copy of the text one
# byte a character (``YEAR_CLASSES``: ASCII digits stay, ASCII letters are lower-cased, a space
# stays a space and "+" a "+", every other character is "#"), each century by a pattern that
# opens on its two digits, a literal that ``re`` finds fast.
YEAR_CLASSES = bytes(
    b
    if ord("0") <= b <= ord("9") or b in b" +"
    else b | 0x20
    if b < 128 and ord("a") <= b | 0x20 <= ord("z")
    else ord("#")
    for b in range(256)
)


def _alternatives(words: set[str]) -> bytes:
    """``words`` as alternatives, longest first, each ending where the word ends."""
    return b"|".join(re.escape(w).encode() for w in sorted(words, key=lambda w: (-len(w), w)))


def _plain_year_pattern(century: bytes) -> re.Pattern[bytes]:
    """A year of ``century`` that ``digit_candidate`` refuses as a year whatever word precedes
    it: its four digits after no digit, letter or "+", then one space and a word that opens no
    time ("1988 pm"), that is not a word ``DIGIT_NUMBER`` reads onto digits nor the start of
    one (a letter outside ASCII may follow it in the text) and that is no person noun, measure
    or duration (``_COUNTED_AFTER_A_YEAR``)."""
    onto = {word[:end] for word in WORDS_READ_ONTO_DIGITS for end in range(1, len(word) + 1)}
    return re.compile(
        re.escape(century)
        + rb"(?<![0-9a-z+]" + re.escape(century) + rb")[0-9][0-9] (?![aop])"
        + rb"(?!(?:" + _alternatives(onto) + rb")(?![a-z]))"
        + rb"(?!(?:" + _alternatives(set(_COUNTED_AFTER_A_YEAR)) + rb")(?![a-z]))[a-z]"
    )


_PLAIN_YEARS = (_plain_year_pattern(b"19"), _plain_year_pattern(b"20"))


def plain_year_offsets(classes: bytes) -> list[int]:
    """The offsets in ``classes`` (a text through ``YEAR_CLASSES``) of the first digit of every
    year before a word that ``digit_candidate`` would refuse as a year, reading no further
    than the four digits (the same conditions as its own test: ``_refusal_may_run_on``, the
    digits read alone, ``year_whatever_before``)."""
    return [m.start() for pattern in _PLAIN_YEARS for m in pattern.finditer(classes)]


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
NAME_WORDS = frozenset(
    """
    part chapter article section paragraph clause amendment resolution protocol rule law bill
    act scene volume vol book page pages p pp figure fig table step item phase stage round level
    grade class room ward block cell camp unit division brigade battalion regiment platoon
    flight route highway road street gate building floor bus line channel episode season
    version model type category zone district plot lot box number no nos num day week
    terminal pier berth dock quay platform track lane exit junction interstate station sector
    precinct wing hall row seat bed annex appendix schedule regulation directive decree exhibit
    shaft tunnel seam pit note footnote endnote tank reactor pump turbine generator boiler valve
    silo hangar runway para paras art arts sec secs ch chap fn tier year count pen enclosure
    terrace stand court pitch
    """.split()
)
# Naming words written as abbreviations: only these keep their full stop before a number
# ("No. 5", "pp. 12"); any other word with one ends a sentence ("in that section. Four got
# out").
_NAME_ABBREVIATIONS = frozenset("no nos num p pp para paras fig vol sec secs art arts ch chap fn".split())


def naming_word(before: str) -> str:
    """``before`` (the word before a number) lower-cased as a naming word is looked up: without
    the full stop of an abbreviation, and empty after a sentence's full stop."""
    lower = before.lower()
    if lower.endswith("."):
        lower = lower[:-1]
        return lower if lower in _NAME_ABBREVIATIONS else ""
    return lower


_NAME_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?:{'|'.join(sorted(NAME_WORDS))})s?\.?[ \t\u00a0]+"
    r"(?:\d+[a-z]?\s*(?:,|and|or|&|-|–|to)\s*)*$"
)
# A house number before a street name: "12 Harbour Road", "3 Kensington Court". A plural
# noun after the name makes the number a count again: "5 High Court judges".
_ADDRESS_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Lane"
    r"|Square|Place|Drive|Court|Terrace|Crescent|Close|Gardens|Mews|Parade|Way|Row|Grove|Walk"
    r"|Wharf|Embankment|Hill|Green|Park)(?![\w])"
)
ONE_REFUSED_BEFORE = frozenset("the no not any every each this that which".split())
ONE_IDIOMS = frozenset("another thing way hand point side time moment".split())
ONE_DAY_PREPOSITIONS = frozenset("in for within just only than of after".split())
ORDINAL_OR_FRACTION = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirds quarter quarters fourths fifths sixths sevenths eighths ninths tenths half halves
    fold something off on sided way time liner shot size stop dimensional
    """.split()
)
_RATIO_AFTER = re.compile(
    r"(?i)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<of>\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|hundred|a\s+hundred|thousand|a\s+thousand)(?![\w])"
)
# "six times more", "three or four times higher", "three times a normal Monday": a multiplier,
# and the number before it too. "three times a week" is how often: a count of times.
_MULTIPLICATIVE_AFTER = re.compile(
    r"(?i)(?:\s*(?:or|to|[-–])\s*(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twenty|fifty|a\s+hundred|hundred))?\s+times\s+(?:more|less|fewer|as|the|that|those|these|what|over|its|their|his|her"
    r"|our|your|[a-z]+er"
    r"|an?\s+(?!(?:day|week|fortnight|month|year|night|morning|evening|hour|minute|second|decade"
    r"|century|season|term|quarter|shift|session)s?(?![\w]))[a-z]+)(?![\w])"
)


# "three quarters of the victims", "two thirds": a fraction written in two words.
_FRACTION_AFTER = re.compile(
    r"(?i)[ \t\u00a0]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?"
    r"|tenths?)(?![\w\-‐‑])"
)


# The next word after a number, for a cheap test before the three expressions above: each
# of them needs, as the first word after the number, one that starts with one of these.
_TOKEN_AFTER = re.compile(r"\s*(\S+)")
_OPENS_A_RATIO_OR_MULTIPLIER = (
    "in", "out", "or", "to", "-", "–", "times",
    "hal", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip


def not_a_count(text: str, m: re.Match[str], value: float) -> int | None:
    """Where a ratio ("1 in 5", "one in three"), a multiplier ("six times more") or a fraction
    ("three quarters") that starts with the number read by ``m`` ends, or None when it is
    none of these."""
    if m.group("pct") or m.group("hyph"):
        return None
    token = _TOKEN_AFTER.match(text, m.end())
    if token is None:
        return None
    first = token.group(1)
    if first.isascii() and not first.lower().startswith(_OPENS_A_RATIO_OR_MULTIPLIER):
        return None  # the common case: nothing after the number makes it a ratio or multiplier
    ratio = _RATIO_AFTER.match(text, m.end())
    if ratio is not None:
        whole = ratio.group("of").lower()
        of = float(whole.replace(",", "")) if whole[0].isdigit() else words_value(whole)[0]
        if value < of and next_word(text, ratio.end()).lower() not in TIME_UNITS:
            return ratio.end()
    multiplier = _MULTIPLICATIVE_AFTER.match(text, m.end()) or _FRACTION_AFTER.match(text, m.end())
    return multiplier.end() if multiplier is not None else None


def _names_this(text: str, pos: int, before: str) -> bool:
    """Whether the digits at ``pos`` name something ("Part 1", "lines 3 and 7", "No. 5");
    ``before`` is the word before them, lower-cased and without a final full stop."""
    bare = before.rstrip(",")
    if bare in NAME_WORDS or (bare.endswith("s") and bare[:-1] in NAME_WORDS):
        return True
    after_comma = text[max(0, pos - 3) : pos].rstrip().endswith(",")
    if bare in ("and", "or", "&", "to") or (after_comma and bare[:1].isdigit()):
        return _NAME_BEFORE.search(text, max(0, pos - 40), pos) is not None
    return False


# Words a headline in title case leaves in lower case (prepositions and conjunctions); any
# other lower-case word of four letters or more shows that a line is written in sentence case.
_TITLE_CASE_LOWER = frozenset(
    """
    about above across after against along amid among amongst around before behind below
    beneath beside besides between beyond despite down during except from inside into like
    near onto outside over past since than that then through throughout till toward towards
    under unless until upon versus when where whereas while with within without
    """.split()
)
_LOWER_WORD = re.compile(r"(?<![\w'’‐‑-])[a-z]{4,}(?![\w'’‐‑-])")
_SENTENCE_BOUNDS = frozenset('.!?:;"“”\n')


def capitalised_inside_a_name(text: str, start: int, words: str) -> bool:
    """Whether number words written with a capital (``words``, at ``start``) are part of a
    name: in a line written in sentence case, a number word capitalised where no sentence or
    clause opens is a name ("the League Two club", "a Formula One team", "the Big Four"). In
    a headline in title case every word has a capital, so nothing is concluded there."""
    if not (words[:1].isupper() and words[1:2].islower()):
        return False  # "two", or "TWO" in a line of capitals
    if at_sentence_start(text, start):
        return False
    window = text[max(0, start - 80) : start].rstrip(" \t\u00a0")
    if not window[-1:].isalnum():
        return False  # after a bullet, a dash, a bracket or a quote mark a clause opens
    following = next_word(text, start + len(words))
    if following[:1].isupper() and looks_plural(following):
        return False  # title case after all: "Executes Seven Prisoners", "Five Answers"
    if qualifier_before(text, start, 0) is not None:
        return False  # "at Least Seven": a qualifier makes it a count
    return _in_sentence_case(text, start, start + len(words))


def _in_sentence_case(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``–``end`` is written in sentence case: it holds a
    lower-case word of four letters or more that a title would capitalise. The evidence is
    looked for in the same sentence and quotation only: a quoted headline ("Council Cuts Two
    Hundred Jobs") keeps its own case inside a sentence-case line."""
    low, high = start, end
    while low > max(0, start - 80) and text[low - 1] not in _SENTENCE_BOUNDS:
        low -= 1
    while high < min(len(text), end + 80) and text[high] not in _SENTENCE_BOUNDS:
        high += 1
    return any(
        word.group() not in _TITLE_CASE_LOWER
        for word in _LOWER_WORD.finditer(text, low, high)
    )


# Verbs that report speech, around the "one" of an unnamed source: "One resident said",
# "said one steward".
_REPORTING_VERBS = frozenset(
    """
    said says told tells added adds explained explains recalled recalls wrote writes admitted
    admits insisted insists warned warns argued argues claimed claims complained complains
    conceded concedes noted notes described describes
    """.split()
)
_ANONYMITY_WORDS = frozenset("named identified anonymity anonymous".split())
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_WORDS = re.compile(r"[a-z]+")
_SOURCE_CLAUSE_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:who|whose)(?![\w])")


def introduces_an_unnamed_source(text: str, start: int, end: int, counts: str | None) -> bool:
    """Whether the "one" between ``start`` and ``end``, with the noun phrase ``counts`` after
    it, introduces someone who speaks without a name ("One senior official, who asked not to
    be named, said …", "One resident said", "said one steward"): it means "a certain", not
    a count of one."""
    if word_before(text, start).lower() in _REPORTING_VERBS:
        return True
    if not counts:
        return False
    phrase_end = text.find(counts, end) + len(counts)
    if _SOURCE_CLAUSE_AFTER.match(text, phrase_end):
        # "One protester, who was 17, died" counts a death: the clause must hide a name or
        # lead to what the person said.
        sentence_end = _SENTENCE_STOP.search(text, phrase_end, phrase_end + 240)
        clause = text[phrase_end : sentence_end.start() if sentence_end else phrase_end + 240]
        return any(
            word in _REPORTING_VERBS or word in _ANONYMITY_WORDS
            for word in _WORDS.findall(clause.lower())
        )
    return next_word(text, phrase_end).lower() in _REPORTING_VERBS


def _looks_like_title_verb(word: str) -> bool:
    """A capitalised verb of a headline ("Iran Executes 3", "Regime Hangs 12"): a name seldom
    ends in a plain "s" ("Ashraf 3", "Ward 209", "Pier 39"). Only a headline in title case
    has such verbs: in a sentence-case sentence "Windows 11" is a name."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# Words that make a quoted phrase a sentence someone said, not a slogan: "we counted 312".
_SENTENCE_WORDS = frozenset(
    """
    i we you he she it they there this that is are was were be been has have had will would
    could can said says
    """.split()
)
_QUOTE_CLOSERS = ('"', "”", "’")


def in_slogan(text: str, start: int, end: int) -> bool:
    """A number closing a short quoted phrase that opens on a capital and has words before the
    number: "Save the 44", “Save the 44.” A quoted phrase that qualifies the number (“no more
    than 62,000”), holds another number (“closer to 400 than to 200”) or reads as a sentence
    (“the toll was 44”) is a quoted figure, not a slogan."""
    close = end + 1 if text[end : end + 1] in ".!" else end
    if text[close : close + 1] not in _QUOTE_CLOSERS:
        return False
    window = text[max(0, start - 40) : start]
    opening = max(window.rfind("“"), window.rfind('"'), window.rfind("‘"))
    if opening < 0:
        return False
    inside = window[opening + 1 :]
    if not inside[:1].isupper() or any(c in ".!?”\n" for c in inside):
        return False  # a slogan opens on a capital; “closer to 200” is a quoted fragment
    words = inside.lower().split()
    if any(c.isdigit() for c in inside) or any(w in NUMBER_WORDS for w in words):
        return False
    if any(w in _SENTENCE_WORDS for w in words):
        return False
    return qualifier_before(text, start, start - len(inside)) is None


def digits_refused(text: str, m: re.Match[str], pos: int, prev2: str) -> int | None:
    """Where the digits read by ``m`` at ``pos`` end if their form and place alone say they are
    no figure, or None. ``prev2`` is the two characters before ``pos`` (space-padded).

    These checks need neither the word before nor the word after, so they run before those are
    read: most refused numbers (dates, times, names such as "G7") cost no more than this.
    """
    end = m.end()
    digits = m.group("digits")
    prev = prev2[1]
    if prev.isalnum() or prev in "_#@" or (prev in HYPHEN_CHARS and prev2[:1].isalpha()):
        return end  # "Ashraf3", "G7", "Ashraf-3", "#5"
    if prev in "./:" and prev2[:1].isdigit():
        return end  # the tail of "1.2.30", "10:30"
    if prev in "/(" and (prev2[:1].isalnum() or prev2[:1] == ")"):
        return end  # a document reference: "S/RES/2231", "A/HRC/39", "Article 7(1)(a)"
    if prev == "+":
        tail = _PHONE_TAIL.match(text, pos)
        return tail.end() if tail else end
    number = m.group("number")
    plain = m.group(0) == digits and digits.isdigit()
    after_number = m.end("number")
    following = text[after_number : after_number + 1]
    # Dates, times, fractions: "26/02/2019", "24/7", "2019-07-15", "10:30", "3 pm".
    if number.isdigit() and _may_open_a_date_or_time(following):
        tail = _DATE_TAIL.match(text, after_number) or _TIME_TAIL.match(text, after_number)
        if tail is not None:
            return tail.end()
    if len(number) <= 5 and clock_time(text, pos, after_number, number):
        return end
    if following == ":" and number.isdigit():
        ratio = _RATIO_TAIL.match(text, after_number)
        if ratio is not None:
            return ratio.end()  # "3:1", "a 10:1 majority": a ratio (times took two digits)
    if number.isdigit() and len(number) == 4 and 1500 <= int(number) <= 2099:
        tail = _YEAR_RANGE_TAIL.match(text, after_number)
        if tail is not None:
            return tail.end()  # "1980-88"
    if prev == "[" and text[after_number : after_number + 1] == "]":
        return end  # a footnote mark
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
            return end
        if (following.isspace() or following in ("-", "–", "&")) and (
            _MONTH_AFTER.match(text, after_number) or _DAY_RANGE_AFTER.match(text, after_number)
        ):
            return end
    if plain and len(digits) == 2 and prev in "'’" and not prev2[:1].isalnum():
        return end  # "'88"
    if len(digits) > 1 and digits.startswith("0") and "." not in number:
        phone = _TRUNK_PHONE.match(text, pos)  # "01632 960 415": the groups go with it
        return phone.end() if phone else end
    if plain and len(digits) <= 5 and text[end : end + 1] in ("-", ".", ")"):
        phone_end = _phone_at(text, pos, prev)
        if phone_end is not None:
            return phone_end
    # List numbering at the start of a line: "1. ", "2) ".
    if plain and len(digits) <= 2 and following in (".", ")") and _LIST_MARK_AFTER.match(
        text, after_number
    ):
        head = text[max(0, pos - 8) : pos]
        newline = head.rfind("\n")
        if (newline >= 0 or pos <= 8) and not head[newline + 1 :].strip(" \t("):
            return end
    if text[end : end + 1] in (" ", "\t"):
        address = _ADDRESS_AFTER.match(text, end)
        if address is not None and not _plural_noun_after(text, address.end()):
            return end
    if in_slogan(text, pos, end):
        return end
    return None


def _plural_noun_after(text: str, pos: int) -> bool:
    """Whether the noun phrase after ``pos`` ends on a plural ("High Court judges")."""
    phrase = noun_phrase_after(text, pos)
    return phrase is not None and looks_plural(phrase.rsplit(None, 1)[-1])


def _may_open_a_date_or_time(following: str) -> bool:
    """Whether the character after a number may open the rest of a date, a fraction or a time
    ("/02/2019", "-07-15", ":30", " pm"): a cheap test before the expressions that read them.
    Any character outside ASCII may, as case-blind matching can fold one onto a letter."""
    return (
        following in ("-", "/", ".", ":", "a", "A", "p", "P", "o", "O")
        or following.isspace()
        or (following != "" and not following.isascii())
    )


def _phone_at(text: str, pos: int, prev: str) -> int | None:
    """Where a telephone number starting with the digits at ``pos`` ends, or None: an area
    code in brackets or three digit groups ("(212) 555-0134", "212-555-0134"), or three digits
    and four after a telephone word ("call 555-0134"); "500-1000" alone is a range."""
    if prev == "(":
        phone = _BRACKETED_AREA_PHONE.match(text, pos)
        return phone.end() if phone else None
    phone = _GROUPED_PHONE.match(text, pos)
    if phone is not None:
        return phone.end()
    phone = _LOCAL_PHONE.match(text, pos)
    if phone is not None and _PHONE_WORD_BEFORE.search(text, max(0, pos - 24), pos):
        return phone.end()
    return None


# What continues a number that names something: "pp. 12-15", "Articles 5–7", "Part 2 of 3".
_NAME_TAIL = re.compile(r"[-–]\d+[a-z]?(?![\w])|(?P<of>[ \t]+of[ \t]+\d+)(?![\w]|[.,]\d)")


def name_tail_end(text: str, end: int) -> int:
    """Where a number that names something and ends at ``end`` ends with what continues it:
    "pp. 12-15", "Articles 5–7", "Part 2 of 3", "Page 2 of 5 said"; "Part 1 of 3 episodes"
    leaves the count after "of" to be read."""
    tail = _NAME_TAIL.match(text, end)
    if tail is None:
        return end
    if tail.group("of") and looks_plural(next_word(text, tail.end())):
        return end
    return tail.end()


def part_of_a_name(text: str, pos: int, number: str, before: str) -> bool:
    """Whether the digits ``number`` at ``pos`` are part of a name ("Part 1", "Ward 209", "lines
    3 and 7", "Ashraf 3"); ``before`` is the word before them. The caller has made sure that no
    plural noun follows, which would make them a count ("Regime Executes 12 Prisoners")."""
    lower = naming_word(before)
    if number.isdigit() and _names_this(text, pos, lower):
        return True
    if before.endswith(".") and not lower and (before[:1].islower() or len(before) > 5):
        # A sentence ends before the number ("They met on Monday. 4 died."); a short capital
        # word may be an abbreviation ("AUG. 11", "Gen. 4").
        return False
    return (
        number.isdigit()
        and _written_as_a_name(before)
        and text[pos - 1 : pos] == " "
        and text[pos - 1 - len(before) : pos - 1] == before
        and lower not in _FUNCTION_WORDS
        and not before.endswith(("'s", "’s"))
        and not (
            _looks_like_title_verb(before) and not _in_sentence_case(text, pos, pos + len(number))
        )
    )


def _written_as_a_name(word: str) -> bool:
    """Whether ``word`` is written as a name: capitalised ("Ashraf", "Windows"), or a brand
    with a capital inside ("iPhone", "eBay")."""
    return word[:1].isupper() or (word[:1].islower() and not word.islower() and word.isalpha())
