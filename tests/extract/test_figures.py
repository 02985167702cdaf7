"""The figure extractor: numbers, their qualifiers and bounds, what they count, and what is
not a figure (years, dates, names, ordinals, times). Conventions: tests/data/README.md."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from provenance.extract import figures
from provenance.extract.figures import find_figures
from provenance.extract.found import FigureFound
from provenance.models.statements import FIGURE_QUALIFIERS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def check(text: str, found: list[FigureFound]) -> None:
    """What every result must satisfy, whatever the text."""
    assert found == sorted(found, key=lambda f: f.start)
    for f in found:
        assert f.text == text[f.start : f.end]
        assert f.qualifier in FIGURE_QUALIFIERS
        assert f.value is not None or f.low is not None or f.high is not None
        assert f.low is None or f.high is None or f.low <= f.high
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, (a, b)


def figures_in(text: str) -> list[FigureFound]:
    found = find_figures(text)
    check(text, found)
    return found


def the_figure(text: str) -> FigureFound:
    found = figures_in(text)
    assert len(found) == 1, found
    return found[0]


def test_module_declares_name_and_version() -> None:
    assert figures.NAME == "figures"
    assert figures.VERSION == "5"
    assert sorted(figures.__all__) == ["NAME", "VERSION", "find_figures"]


def test_empty_and_numberless_texts() -> None:
    assert find_figures("") == []
    assert figures_in("The regime has never acknowledged these executions.") == []


# --- one figure per sentence: text, value, low, high, qualifier, counts, unit -------------------

Row = tuple[str, str, float | None, float | None, float | None, str, str | None, str | None]

NUMBERS: list[Row] = [
    # digits, separators, decimals, scales
    ("an estimated 30,000 political prisoners were executed", "an estimated 30,000",
     30000, None, None, "estimated", "political prisoners", None),
    ("the massacre of 30000 MEK members in 1988", "30000", 30000, None, None, "exact",
     "MEK members", None),
    ("at least 3800 people have been executed", "at least 3800", 3800, 3800, None, "at_least",
     "people", None),
    ("more than 3,000 residents", "more than 3,000", 3000, 3000, None, "more_than",
     "residents", None),
    ("rose by 2.5 points", "2.5", 2.5, None, None, "exact", "points", None),
    ("some 2.5 million people fled", "some 2.5 million", 2_500_000, None, None, "about",
     "people", None),
    ("a 30k crowd", "30k", 30_000, None, None, "exact", "crowd", None),
    ("the city's 27 pools", "27", 27, None, None, "exact", "pools", None),
    # percentages
    ("Protests Rise by %233 During May", "%233", 233, None, None, "exact", None, "percent"),
    ("40 percent of the prisoners", "40 percent", 40, None, None, "exact", None, "percent"),
    ("40% of the prisoners", "40%", 40, None, None, "exact", None, "percent"),
    ("a 12 per cent raise", "12 per cent", 12, None, None, "exact", None, "percent"),
    ("an increase of about 3.5% over last year", "about 3.5%", 3.5, None, None, "about", None,
     "percent"),
    ("forty percent of them", "forty percent", 40, None, None, "exact", None, "percent"),
    # money and measures
    ("a $412.6 million budget", "$412.6 million", 412_600_000, None, None, "exact", "budget",
     "dollars"),
    ("it will cost €70 billion", "€70 billion", 70_000_000_000, None, None, "exact", None,
     "euros"),
    ("roughly 21,000 dollars in compensation", "roughly 21,000", 21_000, None, None, "about",
     None, "dollars"),
    ("a tunnel 740 metres underground", "740", 740, None, None, "exact", None, "metres"),
    ("seas would rise by 28 cm", "28", 28, None, None, "exact", None, "centimetres"),
    # number words, compounds and hyphenation
    ("I saw four torturers torture my husband", "four", 4, None, None, "exact", "torturers",
     None),
    ("two hundred and fifty people", "two hundred and fifty", 250, None, None, "exact",
     "people", None),
    ("twenty-one people", "twenty-one", 21, None, None, "exact", "people", None),
    ("one hundred thousand people", "one hundred thousand", 100_000, None, None, "exact",
     "people", None),
    ("a dozen people", "a dozen", 12, None, None, "exact", "people", None),
    ("two dozen complaints", "two dozen", 24, None, None, "exact", "complaints", None),
    ("half a million people", "half a million", 500_000, None, None, "exact", "people", None),
    ("Two point three million people would move", "Two point three million", 2_300_000, None,
     None, "exact", "people", None),
    ("two and a half years", "two and a half", 2.5, None, None, "exact", None, "years"),
    ("more than a million people", "more than a million", 1_000_000, 1_000_000, None,
     "more_than", "people", None),
    # number-noun compounds
    ("They strapped a six-year-old girl to a chair", "six-year-old", 6, None, None, "exact",
     "girl", "years"),
    ("He formed three-member Death Committees", "three-member", 3, None, None, "exact",
     "member", None),
    ("organized a five-day conference at Ashraf-3", "five-day", 5, None, None, "exact",
     "conference", "days"),
    ("during the 5-day conference", "5-day", 5, None, None, "exact", "conference", "days"),
    ("The 312-page budget document", "312-page", 312, None, None, "exact", "page", None),
    ("her one-year-old daughter’s eyes", "one-year-old", 1, None, None, "exact", "daughter",
     "years"),
    # durations and ages
    ("I spent six years in prison", "six", 6, None, None, "exact", None, "years"),
    ("in less than two months", "less than two", 2, None, 2, "less_than", None, "months"),
    ("buried in just one night", "one", 1, None, None, "exact", None, "nights"),
    ("the judges only asked one question", "one", 1, None, None, "exact", "question", None),
    ("know at least one person who was killed", "at least one", 1, 1, None, "at_least",
     "person", None),
    ("Some held more than one photograph", "more than one", 1, 1, None, "more_than",
     "photograph", None),
    ("girls as young as 15 and pregnant women", "as young as 15", 15, 15, None, "at_least",
     None, "years"),
    ("the prisoners were aged 17 when arrested", "17", 17, None, None, "exact", None, "years"),
    ("He spent over 10 years in prison", "over 10", 10, 10, None, "more_than", None, "years"),
    ("they were executed over three months", "three", 3, None, None, "exact", None, "months"),
    # qualifiers
    ("the 1988 massacre of over 30,000 political prisoners", "over 30,000", 30000, 30000, None,
     "more_than", "political prisoners", None),
    ("when over 200,000 supporters of the MEK took to the streets", "over 200,000", 200_000,
     200_000, None, "more_than", "supporters", None),
    ("some 30,000 political prisoners were slaughtered", "some 30,000", 30000, None, None,
     "about", "political prisoners", None),
    ("about 300 people", "about 300", 300, None, None, "about", "people", None),
    ("approximately 3,000 victims", "approximately 3,000", 3000, None, None, "about", "victims",
     None),
    ("around 200 people", "around 200", 200, None, None, "about", "people", None),
    ("roughly 10 people", "roughly 10", 10, None, None, "about", "people", None),
    ("nearly 4,000 prisoners", "nearly 4,000", 4000, None, None, "about", "prisoners", None),
    ("almost 50 people", "almost 50", 50, None, None, "about", "people", None),
    ("it is closer to 8,000", "closer to 8,000", 8000, None, None, "about", None, None),
    ("with its estimated death toll of 30,000 in that summer",
     "estimated death toll of 30,000", 30000, None, None, "estimated", None, None),
    ("up to 5,000 people", "up to 5,000", 5000, None, 5000, "up_to", "people", None),
    ("as many as 5,000 people", "as many as 5,000", 5000, None, 5000, "up_to", "people", None),
    ("no more than 3 people", "no more than 3", 3, None, 3, "up_to", "people", None),
    ("as high as 1.5 million", "as high as 1.5 million", 1_500_000, None, 1_500_000, "up_to",
     None, None),
    ("fewer than 100 workers", "fewer than 100", 100, None, 100, "less_than", "workers", None),
    ("in excess of 10,000 executions", "in excess of 10,000", 10000, 10000, None, "more_than",
     "executions", None),
    ("no fewer than 12 women", "no fewer than 12", 12, 12, None, "at_least", "women", None),
    ("30,000 or more victims", "30,000 or more", 30000, 30000, None, "at_least", "victims",
     None),
    ("500 or so people", "500 or so", 500, None, None, "about", "people", None),
    ("30-odd people", "30-odd", 30, None, None, "about", "people", None),
    ("30,000+ victims", "30,000+", 30000, 30000, None, "at_least", "victims", None),
    ("It is not 62,000 residents", "62,000", 62000, None, None, "exact", "residents", None),
    ("took not more than a couple of minutes", "not more than a couple", 2, None, 2, "up_to",
     None, "minutes"),
    ("a couple of days later", "a couple", 2, None, None, "about", None, "days"),
    # vague amounts
    ("thousands of family members of MEK supporters", "thousands", None, 2000, None, "vague",
     "family members", None),
    ("tens of thousands of people", "tens of thousands", None, 20_000, None, "vague", "people",
     None),
    ("hundreds of thousands of Iranians", "hundreds of thousands", None, 200_000, None, "vague",
     "Iranians", None),
    ("attended by hundreds of prominent politicians and dignitaries", "hundreds", None, 200,
     None, "vague", "prominent politicians and dignitaries", None),
    ("dozens of MEK supporters", "dozens", None, 24, None, "vague", "MEK supporters", None),
    ("based on tens of testimonies", "tens", None, 20, None, "vague", "testimonies", None),
    ("millions of people", "millions", None, 2_000_000, None, "vague", "people", None),
    ("several former MEK political prisoners", "several", None, 3, None, "vague",
     "former MEK political prisoners", None),
    ("continued for several months", "several", None, 3, None, "vague", None, "months"),
    ("in just a few nights", "a few", None, 2, None, "vague", None, "nights"),
    ("several hundred strikers", "several hundred", None, 300, None, "vague", "strikers", None),
    ("a few thousand people", "a few thousand", None, 2000, None, "vague", "people", None),
    # what is counted
    ("in 110 cities in Iran", "110", 110, None, None, "exact", "cities", None),
    ("executed my husband with 75 others", "75", 75, None, None, "exact", "others", None),
    ("lost 14 members of their family", "14", 14, None, None, "exact", "members", None),
    ("more than 30,000 members and supporters of the MEK were executed", "more than 30,000",
     30000, 30000, None, "more_than", "members and supporters", None),
    ("more than 120,000 of its activists", "more than 120,000", 120_000, 120_000, None,
     "more_than", "activists", None),
    ("the massacre of 30,000.", "30,000", 30000, None, None, "exact", None, None),
    ("Amnesty named 5,000 victims and identified graves", "5,000", 5000, None, None, "exact",
     "victims", None),
    ("spends more than €1.5 billion annually", "more than €1.5 billion", 1_500_000_000,
     1_500_000_000, None, "more_than", None, "euros"),
    # years as counts
    ("they killed 1988 people", "1988", 1988, None, None, "exact", "people", None),
    ("The presence of 1500 people round the clock", "1500", 1500, None, None, "exact", "people",
     None),
    ("Iran Executes 12 Prisoners", "12", 12, None, None, "exact", "Prisoners", None),
    ("Regime Hangs 12 in Public", "12", 12, None, None, "exact", None, None),
    # a qualifier inside quotation marks is the figure's, not a slogan's words
    ("the agency said “no more than 4,500” had left", "no more than 4,500", 4500, None, 4500,
     "up_to", None, None),
    ("the union called the rise “less than 3 per cent”", "less than 3 per cent", 3, None, 3,
     "less_than", None, "percent"),
    ("she said “we counted 312”", "312", 312, None, None, "exact", None, None),
    # "over" after a dispute means "about"; "up" after a verb of movement is its particle
    ("Talks Stall Over $95 Million Stadium Deal", "$95 Million", 95_000_000, None, None,
     "exact", "Stadium Deal", "dollars"),
    ("a row over 600 job cuts at the plant", "600", 600, None, None, "exact", "job cuts", None),
    ("Rents went up to €1,450 a month", "€1,450", 1450, None, None, "exact", None, "euros"),
    ("the share price climbed up to $8 on Friday", "$8", 8, None, None, "exact", None,
     "dollars"),
    # vague amounts with two scales, "a few more", and "several" standing for a count
    ("organisers claimed a crowd of several hundred thousand", "several hundred thousand", None,
     300_000, None, "vague", None, None),
    ("a few hundred thousand households", "a few hundred thousand", None, 200_000, None, "vague",
     "households", None),
    ("we need a few more days", "a few", None, 2, None, "vague", None, "days"),
    ("several more witnesses were heard", "several", None, 3, None, "vague", "witnesses", None),
    ("Several were arrested near the gate.", "Several", None, 3, None, "vague", None, None),
    # more qualifiers: "no higher than", "in the region of", "something like"
    ("officials insist the toll was “no higher than 275”", "no higher than 275", 275, None, 275,
     "up_to", None, None),
    ("not lower than 18 per cent", "not lower than 18 per cent", 18, 18, None, "at_least", None,
     "percent"),
    ("monitors put it in the region of 6,500 deaths", "in the region of 6,500", 6500, None, None,
     "about", "deaths", None),
    ("something like 900 houses burned", "something like 900", 900, None, None, "about",
     "houses", None),
    # thousands set apart with a space; "m" is millions before a plural noun
    ("a camp of approximately 28 000 detainees", "approximately 28 000", 28_000, None, None,
     "about", "detainees", None),
    ("the border saw 2.4m displaced villagers", "2.4m", 2_400_000, None, None, "exact",
     "displaced villagers", None),
    # a quarter of an amount
    ("a quarter of a million refugees", "a quarter of a million", 250_000, None, None, "exact",
     "refugees", None),
    ("three quarters of a million votes", "three quarters of a million", 750_000, None, None,
     "exact", "votes", None),
    # a measure written onto the number
    ("the convoy covered 35km before dawn", "35km", 35, None, None, "exact", None,
     "kilometres"),
    ("gusts of 90mph", "90mph", 90, None, None, "exact", None, "miles per hour"),
    # "half" before a number and a noun is no clock time
    ("the budget was cut in half two years later", "two", 2, None, None, "exact", None, "years"),
]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "qualifier", "counts", "unit"),
    NUMBERS,
    ids=[row[1] for row in NUMBERS],
)
def test_a_number_with_its_qualifier_bounds_and_count(
    sentence: str,
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    counts: str | None,
    unit: str | None,
) -> None:
    f = the_figure(sentence)
    assert (f.text, f.value, f.low, f.high, f.qualifier) == (text, value, low, high, qualifier)
    assert (f.counts, f.unit) == (counts, unit)
    assert sentence[f.start : f.end] == text
    assert sentence.index(text) == f.start


# --- ranges and lists ----------------------------------------------------------------------

RANGES: list[tuple[str, str, float, float, str | None, str | None]] = [
    ("Between 2,800 and 3,800 prisoners were executed", "Between 2,800 and 3,800", 2800, 3800,
     "prisoners", None),
    ("2,800-3,800 people died", "2,800-3,800", 2800, 3800, "people", None),
    ("2,800 – 3,800 people died", "2,800 – 3,800", 2800, 3800, "people", None),
    ("from 20 to 30 people", "from 20 to 30", 20, 30, "people", None),
    ("2 to 3 million people fled", "2 to 3 million", 2_000_000, 3_000_000, "people", None),
    ("a crowd of 60-70,000 marchers", "60-70,000", 60_000, 70_000, "marchers", None),
    ("from 500 to 2,000 homes", "from 500 to 2,000", 500, 2000, "homes", None),
    ("between 20 and 30 thousand died", "between 20 and 30 thousand", 20_000, 30_000, None,
     None),
    ("using just two or three issues and events", "two or three", 2, 3, "issues and events",
     None),
    ("for another two or three weeks", "two or three", 2, 3, None, "weeks"),
    ("sit for six to eight weeks", "six to eight", 6, 8, None, "weeks"),
    ("as many as 2,800 to 3,800 people", "as many as 2,800 to 3,800", 2800, 3800, "people",
     None),
    ("in the range of 90,000 to 110,000 people", "90,000 to 110,000", 90_000, 110_000, "people",
     None),
    ("could be as small as 0.3 metres or as large as 1.1 metres",
     "as small as 0.3 metres or as large as 1.1", 0.3, 1.1, None, "metres"),
    ("costing $25 million to $30 million a day", "$25 million to $30 million", 25_000_000,
     30_000_000, None, "dollars"),
    ("1500-2000 people", "1500-2000", 1500, 2000, "people", None),
    ("between 1500 and 2000 people", "between 1500 and 2000", 1500, 2000, "people", None),
]


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "counts", "unit"), RANGES, ids=[r[1] for r in RANGES]
)
def test_ranges_are_one_figure(
    sentence: str, text: str, low: float, high: float, counts: str | None, unit: str | None
) -> None:
    f = the_figure(sentence)
    assert (f.text, f.value, f.low, f.high, f.qualifier) == (text, None, low, high, "range")
    assert (f.counts, f.unit) == (counts, unit)


def test_over_a_duration_that_means_during_is_no_qualifier() -> None:
    found = figures_in("The union is demanding a 12 per cent raise over three years.")
    assert [(f.text, f.value, f.qualifier, f.unit) for f in found] == [
        ("12 per cent", 12, "exact", "percent"),
        ("three", 3, "exact", "years"),
    ]


def test_a_change_is_two_figures_not_a_range() -> None:
    found = figures_in("Police overtime fell from $18 million to $14.5 million.")
    assert [(f.text, f.value, f.qualifier) for f in found] == [
        ("$18 million", 18_000_000, "exact"),
        ("$14.5 million", 14_500_000, "exact"),
    ]
    found = figures_in("The rate rose from 20 to 30 percent.")
    assert [f.value for f in found] == [20, 30]


def test_years_between_are_not_a_range() -> None:
    assert figures_in("he was chief negotiator between 2003 and 2005, he said") == []
    assert figures_in("from 1980 to 1988 and in 1980-1988 and 1980-88") == []


@pytest.mark.parametrize(
    ("sentence", "values", "unit", "counts"),
    [
        ("Many of the prisoners were aged 14,15 and 16 when they were arrested.", [14, 15, 16],
         "years", None),
        ("prisoners with sentences of five, two and one years in prison", [5, 2, 1], "years",
         None),
        ("She has 3, 4 and 5 children", [3, 4, 5], None, "children"),
    ],
)
def test_lists_are_one_figure_per_number_sharing_what_they_count(
    sentence: str, values: list[float], unit: str | None, counts: str | None
) -> None:
    found = figures_in(sentence)
    assert [f.value for f in found] == values
    assert all(f.qualifier == "exact" for f in found)
    assert all(f.unit == unit and f.counts == counts for f in found)


def test_a_restatement_in_parentheses_is_a_second_exact_figure() -> None:
    sentence = (
        "in just a few nights over 33,700 (thirty-three-thousand seven-hundred) prisoners "
        "were executed"
    )
    found = figures_in(sentence)
    assert [(f.text, f.value, f.low, f.qualifier, f.counts) for f in found] == [
        ("a few", None, 2, "vague", None),
        ("over 33,700", 33700, 33700, "more_than", "prisoners"),
        ("thirty-three-thousand seven-hundred", 33700, None, "exact", "prisoners"),
    ]
    assert found[0].unit == "nights"


def test_a_qualifier_never_reaches_back_over_a_figure() -> None:
    found = figures_in("Iran executed 251 people in 2019 and at least 280 in 2020.")
    assert [(f.text, f.qualifier) for f in found] == [
        ("251", "exact"),
        ("at least 280", "at_least"),
    ]


# --- not figures ---------------------------------------------------------------------------

NOT_FIGURES = [
    # years and dates
    "the 1988 massacre",
    "Since 1988 the MEK has followed up this case.",
    "in the summer of 1988, families gathered",
    "Boycotts during the 2016 election",
    "in 2016",
    "The 2018 protests spread.",
    "the suppression of 2009 anti-regime protests",
    "[about 1988 executions]",
    "the 1979 Revolution",
    "the 1980s",
    "in the 1980's",
    "in the '80s and in ’88",
    "Maryam Rajavi, Albania- July 15, 2019",
    "The “Mothers” demonstration, on May 2, 1981",
    "Protest Rally, Place des Nations, Geneva,26/02/2019 – in front of the UN",
    "in a rally on Tuesday February, 26,2019 in front of the UN",
    "executed since August 7th.",
    "On Saturday, October 12, supporters held a demonstration",
    "On June 1, Gholamreza Khosravi was executed",
    "On 15 July 2019, on the 15th of July and on 3 May",
    "in December 2017 and September 1988",
    "a census conducted between 12 and 19 April",
    "April 12-19 and May 3 to 5",
    "the ISO date 2019-07-15",
    "The rise by 2100",
    # ordinals
    "This summer marks the 31st anniversary",
    "This week marked the 26th anniversary",
    "the first time, the second day, the twenty-first century",
    "Commander of the IRGC 10th Division and of the 71st Division",
    "in the third week of May",
    # names
    "spoke from Ashraf 3 in Albania",
    "settled in Albania in Ashraf 3 compound",
    "at the compound (Ashraf3) and at Ashraf-3",
    "I was transferred to Ward 209.",
    "Maryam Rajavi on The 1988 MEK Massacre: Part 1",
    "under Article 5 of the Convention",
    "Witnesses Tell Their Stories on Day Five of the Conference",
    "G7 leaders and COVID-19",
    "repairs on Route 44 and the library on Pier 39",
    "Local 512 said it would strike",
    "the Shakhtinsk-3 coal mine",
    "see page 4 and No. 5",
    "the cuts to lines 3 and 7",
    "the cuts to lines 3, 5 and 7",
    "Resolution 2231 and Flight PS752",
    "10 Downing Street",
    # times, phones, fractions, footnotes, versions, list numbering
    "released at 11:30 p.m. and at 3 pm",
    "call +44 20 7946 0958",
    "24/7 coverage and 1/3 of the cost",
    "as the report shows [12]",
    "version 2.1.3",
    "1. First item\n2) Second item",
    "The train left at 7.45 in the evening.",
    "We met at 10 at night.",
    "It started at half past nine.",
    "by quarter to four",
    "I got there at half six, and it was dark.",
    "Contact the press office on 01904 555 218.",
    "call (415) 555-0198 for details",
    "dial 555-0147 or 212-555-0162",
    # reference numbers: notes, and plant and equipment named by number
    "see E/CN.4/2005/72, para. 31, and Article 6(2)(b)",
    "as the report argues (pp. 40-52)",
    "Voices From the Valley, Part 3 of 4",
    "Appendix 4 describes the graves and Annex 2 contains the list",
    "the figures in note 22 of the annual report",
    "a fault on pump 2 was never repaired, nor on reactors 3 and 4",
    # pronoun one, negated singles, idioms, multiplicatives, ratios
    "one of the most hideous crimes",
    "no one helped them",
    "every one of those who attended",
    "not one prisoner survived",
    "their loved one’s belongings",
    "they helped one another",
    "One day they came back.",
    "a one-off payment",
    "the union lost 1 in 5 members",
    "one in three prisoners",
    "That is six times more than in the 1990s.",
    "ridership was about four times those of a weekday",
    "the real toll may be two or three times higher",
    "Three quarters of the wells and two thirds of the farms",
    "the 200m relay and a 6m wall",
    "Nearly two-thirds of the victims",
    "a couple who lost their son",
    # vague words that state no number
    "many years and many families",
    "the few who objected",
    "a number of dignitaries",
    "several of them",
    "Decades have passed; for hours",
    # slogans
    'They held signs reading "Save the 44" outside',
    "banners reading “Free the Five”",
    "placards reading “Hands Off the 12.”",
    "chanting “Bring Back the 76”",
    # measurements of nothing: "100m" could be metres or millions
    "the 100m final",
]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_not_a_figure(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_quoted_comparison_of_two_numbers_is_no_slogan() -> None:
    found = figures_in("he thought it was “nearer 700 than 900”.")
    assert [f.text for f in found] == ["700", "900"]


def test_a_quoted_fragment_in_lower_case_is_no_slogan() -> None:
    assert [f.text for f in figures_in("they called it “nowhere near 350”.")] == ["350"]


def test_a_year_before_a_spaced_number_is_not_joined_to_it() -> None:
    found = figures_in("In 2015 300 people died and 45 000 fled.")
    assert [(f.text, f.value) for f in found] == [("300", 300), ("45 000", 45_000)]


def test_a_range_with_a_hyphen_is_no_telephone_number() -> None:
    found = figures_in("between 500-1000 people and 120-4500 sheep")
    assert [f.text for f in found] == ["500-1000", "120-4500"]


def test_a_price_at_a_decimal_is_no_clock_time() -> None:
    assert [f.text for f in figures_in("shares closed at 8.15 on Monday")] == ["8.15"]


def test_a_year_is_a_year_but_the_count_beside_it_is_a_count() -> None:
    found = figures_in("In 1988, 1,988 people died; in 2019 30 people were killed.")
    assert [(f.text, f.counts) for f in found] == [("1,988", "people"), ("30", "people")]


def test_dotted_and_lowered_text_keeps_offsets() -> None:
    text = "İstanbul: İzmir reported 30,000 people and İ 40 percent."  # "İ".lower() grows
    found = figures_in(text)
    assert [f.text for f in found] == ["30,000", "40 percent"]


# --- the seed corpus -----------------------------------------------------------------------


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "text", "value", "low", "high", "qualifier", "counts"),
    [
        ("000", "more than 30,000", 30000, 30000, None, "more_than", "members and supporters"),
        ("000", "30000", 30000, None, None, "exact", "MEK members"),
        ("000", "tens", None, 20, None, "vague", "testimonies"),
        ("001", "at least 3800", 3800, 3800, None, "at_least", "people"),
        ("001", "over 200,000", 200_000, 200_000, None, "more_than", "supporters"),
        ("001", "75", 75, None, None, "exact", "others"),
        ("001", "110", 110, None, None, "exact", "cities"),
        ("001", "%233", 233, None, None, "exact", None),
        ("001", "three-member", 3, None, None, "exact", "member"),
        ("001", "six-year-old", 6, None, None, "exact", "girl"),
        ("001", "two or three", None, 2, 3, "range", "issues and events"),
        ("002", "over 30,000", 30000, 30000, None, "more_than", "political prisoners"),
        ("002", "not more than a couple", 2, None, 2, "up_to", None),
        ("002", "3", 3, None, None, "exact", "mullahs"),
        ("003", "an estimated 30,000", 30000, None, None, "estimated", "political prisoners"),
        ("003", "some 30,000", 30000, None, None, "about", "political prisoners"),
        ("003", "thirty-three-thousand seven-hundred", 33700, None, None, "exact", "prisoners"),
        ("003", "at least one", 1, 1, None, "at_least", "person"),
        ("004", "Several", None, 3, None, "vague", "regime officials"),
    ],
)
def test_seed_sentences(
    prefix: str,
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    qualifier: str,
    counts: str | None,
) -> None:
    source = seed(prefix)
    found = figures_in(source)
    matching = [f for f in found if f.text == text]
    assert matching, f"{text!r} not found in seed {prefix}"
    f = matching[0]
    assert (f.value, f.low, f.high, f.qualifier, f.counts) == (value, low, high, qualifier, counts)


def test_seed_003_reads_the_parenthesised_toll_and_the_sentence_list() -> None:
    found = figures_in(seed("003"))
    texts = [f.text for f in found]
    start = texts.index("a few")
    assert texts[start : start + 6] == [
        "a few",
        "over 33,700",
        "thirty-three-thousand seven-hundred",
        "five",
        "two",
        "one",
    ]
    assert [f.unit for f in found[start + 3 : start + 6]] == ["years"] * 3


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seeds_have_no_year_date_name_or_ordinal_figures(prefix: str) -> None:
    source = seed(prefix)
    found = figures_in(source)
    assert found
    for f in found:
        assert f.value not in (1979, 1980, 1981, 1986, 1988, 1989, 2009, 2013, 2016, 2019), f
        assert "Ashraf" not in source[max(0, f.start - 8) : f.start], f
        assert not source[f.end : f.end + 2].isalpha(), f  # "31st", "1980s"


def test_seeds_are_read_the_same_way_twice() -> None:
    source = seed("001")
    assert find_figures(source) == find_figures(source)


def test_throughput_leaves_room_for_the_pipeline() -> None:
    """The whole pipeline must read ≥ 2 MB/s; this extractor alone runs at about 10 MB/s, so
    a 1 MB/s floor only catches a pathological slowdown, not a noisy machine."""
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    text = text * max(1, 1_000_000 // len(text))
    started = time.perf_counter()
    find_figures(text)
    elapsed = time.perf_counter() - started
    assert len(text.encode()) / elapsed >= 1_000_000


def test_a_price_in_pence_written_onto_the_number() -> None:
    found = [(f.text, f.value, f.low, f.high, f.qualifier, f.unit) for f in find_figures("It will pay 412p a share, or between 450p and 480p.")]
    assert found == [("412p", 412.0, None, None, "exact", "pence"), ("between 450p and 480p", None, 450.0, 480.0, "range", "pence")]


@pytest.mark.parametrize("word", ["perhaps", "maybe", "possibly"])
def test_a_hedged_number_is_about(word: str) -> None:
    [figure] = find_figures(f"a pressure group of {word} 50 activists")
    assert (figure.text, figure.value, figure.qualifier) == (f"{word} 50", 50.0, "about")


# --- the anchor pass ----------------------------------------------------------------------


def _all_anchors(pattern, haystack) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    found, pos = [], 0
    while (anchor := pattern.search(haystack, pos)) is not None:
        found.append(anchor.span())
        pos = anchor.end()
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Two ferries, 14 buses and a dozen vans carried 1,200 people.",
        "“Forty-one” (41) crews; 3rd team; x7 units; naïve 5 café four; £12,5€ seven…",
        "ÉTÉ: THREE hundred; über twenty-two — 2,5 — ½ one",
        "Zwei İstanbul: one",  # changes length when lower-cased
        "Arabic-Indic ٣٠ and fullwidth １２ digits, with twelve more",
        "A \u212aELVIN sign before SEVEN, and \u212aone",  # lower-cases to "k"
        "ALL CAPITALS: FORTY-TWO MEN AND 3 WOMEN",
    ],
)
def test_the_byte_anchor_pass_finds_what_the_text_pass_finds(text: str) -> None:
    """The anchor search over bytes is a faster form of the search over the text: both must
    find the same anchors (these texts hold no year that the byte search hides), whatever the
    characters (including digits outside ASCII, for which the text takes the ``str``
    search), and whatever their case."""
    from provenance.extract.figures import find as finder

    lowered = text.lower()
    if len(lowered) == len(text):
        expected = _all_anchors(finder._ANCHOR, " " + lowered)
    else:
        expected = _all_anchors(finder._ANCHOR_CI, " " + text)
    assert _all_anchors(*finder.anchor_search(text)) == expected
    assert expected


def test_every_decimal_digit_outside_ascii_sends_the_text_to_the_str_search() -> None:
    """``\\d`` matches every Unicode decimal digit; the byte pass sees only 0-9, so every other
    digit's UTF-8 lead byte must be one that sends a text to the ``str`` search."""
    import re
    import sys

    from provenance.extract.figures import find as finder

    digit = re.compile(r"\d")
    for code in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if digit.match(char):
            assert char.encode("utf-8")[0] in finder._OTHER_DIGIT_LEADS, hex(code)


# --- version 3: precision edge cases -------------------------------------------------------


def _read(text: str) -> list[tuple[str, str, float | None, float | None, str | None]]:
    return [(f.text, f.qualifier, f.low, f.high, f.counts) for f in figures_in(text)]


def test_north_and_south_of_are_bounds() -> None:
    assert _read("Bidders may go well north of 300p a share.") == [
        ("well north of 300p", "more_than", 300.0, None, None)
    ]
    assert _read("Brent settled just south of $70 on Friday.") == [
        ("just south of $70", "less_than", None, 70.0, None)
    ]


def test_times_a_normal_day_is_a_multiplier_but_times_a_week_a_count() -> None:
    assert _read("Footfall was roughly four times a typical Sunday.") == []
    assert _read("Queues were 3 times an ordinary weekday.") == []
    assert _read("The shuttle runs six times a day.") == [("six", "exact", None, None, "times")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic at 27 Mercer Court reopened on Monday.",
        "Volunteers met at 8 Elm Terrace, then marched.",
        "The firm moved to 114 Dock Road in March.",
        "She grew up at 5 Larch Crescent in Bexley.",
    ],
)
def test_a_house_number_before_a_street_name_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_plural_after_a_street_like_name_makes_the_number_a_count() -> None:
    assert _read("Only 6 Crown Court judges sat that week.") == [
        ("6", "exact", None, None, "Crown Court judges")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first call came at ten past four in the afternoon.",
        "She rang at twenty to nine and hung up.",
        "The train left at twenty-five past 7.",
        "Doors opened at 5 past 11, an hour late.",
    ],
)
def test_minutes_past_or_to_an_hour_tell_the_time(sentence: str) -> None:
    assert _read(sentence) == []


def test_from_a_number_to_a_number_stays_a_range_not_a_time() -> None:
    assert _read("Each panel had from ten to twenty voters.") == [
        ("from ten to twenty", "range", 10.0, 20.0, "voters")
    ]
    assert _read("It was ten past two when forty people arrived.") == [
        ("forty", "exact", None, None, "people")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "One senior engineer, who asked not to be named, said the pumps had failed.",
        "One parent said the letter arrived late.",
        "“We were never told,” said one shopkeeper.",
        "The vote was close, but one trustee, whose term ends soon, said it was rushed.",
    ],
)
def test_one_introducing_an_unnamed_source_is_no_count(sentence: str) -> None:
    assert _read(sentence) == []


def test_one_described_by_a_who_clause_that_reports_nothing_counts() -> None:
    assert _read("One climber, who was 19, died on the ridge.") == [
        ("One", "exact", None, None, "climber"),
        ("19", "exact", None, None, None),
    ]


def test_one_that_counts_is_kept_beside_a_source_like_clause() -> None:
    assert _read("One driver was arrested at the depot.") == [
        ("One", "exact", None, None, "driver")
    ]
    assert _read("Only one passenger, who was not named, was hurt.") == [
        ("one", "exact", None, None, "passenger")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker joined a League Two side on loan last winter.",
        "She spent a decade as a Formula One engineer before retiring.",
        "Auditors from the Big Four firms were called in by the board.",
        "The trust bought its stake from Channel Four at a discount.",
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_capitalised_number_words_that_count_are_kept() -> None:
    assert _read("Harbour Board Sacks Three Pilots") == [
        ("Three", "exact", None, None, "Pilots")
    ]
    assert _read("The minister said: Two inspectors will visit each site.") == [
        ("Two", "exact", None, None, "inspectors")
    ]
    assert _read("Ferry Firm Hires at Least Nine Crew") == [
        ("at Least Nine", "at_least", 9.0, None, "Crew")
    ]
    assert _read("The paper ran “Mayor Vetoes Two Budgets” on its front page.") == [
        ("Two", "exact", None, None, "Budgets")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Year 9 pupils will sit the new test.",
        "Tier 2 rules were lifted in the north.",
        "The Route 18 buses terminate at the depot.",
        "Ward 6 patients were moved overnight.",
    ],
)
def test_a_capitalised_naming_word_keeps_its_number_before_a_plural(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_lower_case_naming_word_before_a_count_leaves_the_count() -> None:
    assert _read("Each year 120 swimmers are rescued.") == [
        ("120", "exact", None, None, "swimmers")
    ]


def _units(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in figures_in(text)]


def test_temperatures_written_onto_the_number_are_degrees() -> None:
    assert _units("It reached 41C in the shade and 106°F inland, 12° at dawn.") == [
        ("41C", 41.0, "degrees"),
        ("106°F", 106.0, "degrees"),
        ("12°", 12.0, "degrees"),
    ]


def test_pc_after_digits_is_per_cent() -> None:
    assert _units("Profits slid 7pc in the quarter.") == [("7pc", 7.0, "percent")]


def test_a_rate_written_onto_an_amount_is_part_of_it() -> None:
    assert _units("Cleaners won a $17-an-hour floor and a £90-a-day bonus.") == [
        ("$17-an-hour", 17.0, "dollars"),
        ("£90-a-day", 90.0, "pounds"),
    ]


def test_lakh_and_crore_scale_digits() -> None:
    assert _units("The scheme cost Rs 1,200 crore and hired 3 lakh labourers.") == [
        ("Rs 1,200 crore", 12_000_000_000.0, "rupees"),
        ("3 lakh", 300_000.0, None),
    ]


def test_currency_codes_and_country_letters_before_the_sign() -> None:
    assert _units("Bids of NZ$40m, C$25m and EUR 30m were tabled.") == [
        ("NZ$40m", 40_000_000.0, "dollars"),
        ("C$25m", 25_000_000.0, "dollars"),
        ("EUR 30m", 30_000_000.0, "euros"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reviewers preferred the iPhone 14 over its rival.",
        "The council still runs Windows 10 on most desktops.",
        "Fans queued for Bastions 3 at midnight.",
    ],
)
def test_a_number_after_a_product_name_in_a_sentence_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_title_case_headline_verb_before_a_number_still_counts() -> None:
    assert _read("Junta Jails 14 in Border Town") == [("14", "exact", None, None, None)]


def test_an_m_before_a_unit_is_millions() -> None:
    assert _units("Farms used 2.5m litres a day.") == [("2.5m", 2_500_000.0, "litres")]


def test_imperial_and_small_metric_measures_written_onto_digits() -> None:
    assert _units("Officers seized 40g of powder from a 6ft 2in man.") == [
        ("40g", 40.0, "grams"),
        ("6ft", 6.0, "feet"),
        ("2in", 2.0, "inches"),
    ]


def test_a_counted_phrase_ends_before_aged_a_past_tense_or_last() -> None:
    counts = [(f.text, f.counts) for f in figures_in(
        "A 29-year-old cyclist aged 29 was hit; a crew of 20 fought the fire; "
        "sales of 9,000 units last month."
    )]
    assert counts == [("29-year-old", "cyclist"), ("29", None), ("20", None), ("9,000", "units")]


# --- years hidden from the anchor pass ----------------------------------------------------


def _plain_years(text: str) -> list[int]:
    from provenance.extract.figures.exclusions import YEAR_CLASSES, plain_year_offsets

    padded = (" " + text).encode("latin-1", "replace").translate(YEAR_CLASSES)
    return [offset - 1 for offset in plain_year_offsets(padded)]  # offsets in ``text``


def _refused_as_a_year_at_once(text: str, pos: int) -> bool:
    from provenance.extract.figures.digits import digit_candidate

    return digit_candidate(text, pos, 0) == (None, pos + 4)


def test_years_before_a_word_are_found_before_the_anchor_pass() -> None:
    text = "In 1994 the mill shut; 2003 Election; +2011 calls; 1999 people; 2007 polls; 2015."
    assert _plain_years(text) == [3, 23]


def test_no_word_the_digit_reader_takes_in_lets_a_year_be_hidden() -> None:
    """Every word written in the digit expression (a scale, "per cent", "or more" …), in any
    case and cut short by a letter outside ASCII, keeps four digits before it from being
    hidden unless the digit reader itself reads them alone as a year."""
    import re

    from provenance.extract.figures.numbers import DIGIT_NUMBER

    words = set(re.findall(r"[a-z]{2,}", DIGIT_NUMBER.pattern)) | {"lakh", "crore"}
    for word in sorted(words):
        for written in (word, word.title(), word.upper(), word[:-1] + "ſ", word + "s"):
            text = f"In 1988 {written} of them"
            for pos in _plain_years(text):
                m = DIGIT_NUMBER.match(text, pos)
                assert m is not None and m.group() == "1988", (written, m)
                assert _refused_as_a_year_at_once(text, pos), written


def test_every_hidden_year_is_one_the_digit_reader_refuses_at_once() -> None:
    import random

    rng = random.Random(7)
    before = [" ", "\n", "(", "“", "+", "-", "é", "a", "1", "$", "", ", "]
    years = ["1899", "1900", "1988", "2019", "2099", "2100", "2005"]
    between = [" ", "  ", "\t", "-", ".", ",", " ", " "]
    after = [
        "people", "People's", "members’", "massacre", "Election", "pm", "a.m.", "or more",
        "odd", "million", "Millions", "per cent", "percent", "percentage", "th", "thousands",
        "ſome", "Kilos", "lakh", "crores", "officers", "o'clock", "the", "and", "apples",
        "Bodies", "co-workers", "mid", "x", "zebras", "k", "bn", "%", "km", "Tonnes", "years",
        "day", "miles’", "hectares", "second", "kilometre-long",
    ]
    for _ in range(3000):
        text = (
            rng.choice(["In ", "", "The ", "x "]) + rng.choice(before) + rng.choice(years)
            + rng.choice(between) + rng.choice(after) + rng.choice(["", " were", ".", " 12"])
        )
        for pos in _plain_years(text):
            assert _refused_as_a_year_at_once(text, pos), text


def test_a_change_by_an_amount_to_a_level_is_two_figures() -> None:
    assert _read("Claims fell by 12,000 to 850,000 in May.") == [
        ("12,000", "exact", None, None, None),
        ("850,000", "exact", None, None, None),
    ]
    assert _read("Fares rose by 4 to 6 per cent.") == [
        ("4 to 6 per cent", "range", 4.0, 6.0, None)
    ]


def test_a_ratio_with_a_colon_is_no_figure() -> None:
    assert _read("Members backed the merger by a 4:1 margin.") == []
    assert _read("The stand-off ended at 11:45 with 9 arrests.") == [
        ("9", "exact", None, None, "arrests")
    ]


def test_a_bare_m_after_a_figure_in_millions_is_millions() -> None:
    assert _units("Exports reached 4.1m tonnes, against 3.6m a year earlier.") == [
        ("4.1m", 4_100_000.0, "tonnes"),
        ("3.6m", 3_600_000.0, None),
    ]
    assert _units("She won the 400m final.") == []


def test_scaled_values_carry_no_binary_error() -> None:
    text = "It cost 4.1m euros, 0.7bn more than two point three million."
    assert [f.value for f in figures_in(text)] == [
        4_100_000.0,
        700_000_000.0,
        2_300_000.0,
    ]


def test_a_number_word_inside_a_hyphenated_compound_is_no_figure() -> None:
    assert _read("Tutors offered one-on-one sessions and a back-to-one plan.") == []


def test_a_name_numbered_out_of_a_total_keeps_the_total() -> None:
    assert _read("Episode 4 of 6 aired before 2 viewers complained.") == [
        ("2", "exact", None, None, "viewers")
    ]
    assert _read("Volume 1 of 3 volumes sold out.") == [("3", "exact", None, None, "volumes")]


def test_a_number_joined_to_a_single_letter_is_a_code() -> None:
    assert _read("The filing, a Form 8-K, named 2 directors.") == [
        ("2", "exact", None, None, "directors")
    ]
    assert _read("Visitors saw a 3-D film.") == []


def test_milligrams_and_millilitres_as_words_are_units() -> None:
    assert _units("Doses of 15 mg and 250 ml were given.") == [
        ("15", 15.0, "milligrams"),
        ("250", 250.0, "millilitres"),
    ]


def test_a_lower_case_naming_word_names_a_number_word_unless_a_plural_follows() -> None:
    assert _read("She was cleared on count two and on day three of the retrial.") == []
    assert _read("Later that day two inspectors arrived.") == [
        ("two", "exact", None, None, "inspectors")
    ]


def test_a_naming_word_that_ends_a_sentence_names_nothing() -> None:
    assert _read("Flames reached the east section. Five escaped.") == [
        ("Five", "exact", None, None, None)
    ]
    assert _read("The panel met on Thursday. 6 resigned.") == [("6", "exact", None, None, None)]
    assert _read("Turn to No. 4 and para. 12.") == []


def test_a_capitalised_number_word_opening_a_bullet_counts() -> None:
    text = "What the audit found:\n• Three depots had no alarms fitted.\n- Two were never inspected."
    assert _read(text) == [
        ("Three", "exact", None, None, "depots"),
        ("Two", "exact", None, None, None),
    ]


def _values(text: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(f.text, f.qualifier, f.value, f.low) for f in figures_in(text)]


def test_and_a_half_after_a_scale_is_half_of_the_scale() -> None:
    assert _values("Roughly a million and a half tickets, or one and a half million, sold.") == [
        ("Roughly a million and a half", "about", 1_500_000.0, None),
        ("one and a half million", "exact", 1_500_000.0, None),
    ]
    assert _values("They owed two and a half thousand pounds for a dozen and a half crates.") == [
        ("two and a half thousand", "exact", 2_500.0, None),
        ("a dozen and a half", "exact", 18.0, None),
    ]
    assert _values("She served 4 and a half years.") == [("4 and a half", "exact", 4.5, None)]


def test_a_couple_before_a_scale_is_about_twice_it() -> None:
    assert _values("It drew a couple hundred fans and a couple of critics.") == [
        ("a couple hundred", "about", 200.0, None),
        ("a couple", "about", 2.0, None),
    ]


def test_a_round_number_written_as_a_plural_is_vague() -> None:
    assert _values("Residents filed 1,000s of complaints and 100s of appeals.") == [
        ("1,000s", "vague", None, 2_000.0),
        ("100s", "vague", None, 200.0),
    ]
    assert _values("Farming changed in the 1900s and the 1000s BC.") == []


def test_a_year_said_in_words_is_no_figure() -> None:
    assert _values("Back in nineteen ninety-two, and since two thousand and six, it grew.") == []
    assert _values("Some nineteen hundred miners and two thousand and six votes.") == [
        ("Some nineteen hundred", "about", 1_900.0, None),
        ("two thousand and six", "exact", 2_006.0, None),
    ]


def test_a_fraction_character_after_digits_is_part_of_the_number() -> None:
    assert _units("The inquiry took 3½ years and cost £2¾m.") == [
        ("3½", 3.5, "years"),
        ("£2¾m", 2_750_000.0, "pounds"),
    ]


def test_a_minus_sign_makes_a_temperature_or_percentage_negative() -> None:
    assert _units("Lows of -8C were forecast and output fell (−1.5%) in May.") == [
        ("-8C", -8.0, "degrees"),
        ("−1.5%", -1.5, "percent"),
    ]
    assert _units("Bids rose 20-25% overnight.") == [("20-25%", None, "percent")]


def test_half_or_quarter_hyphenated_to_a_scale() -> None:
    assert _values("Nearly a half-million tenants and a quarter-million landlords.") == [
        ("Nearly a half-million", "about", 500_000.0, None),
        ("a quarter-million", "exact", 250_000.0, None),
    ]


def test_a_measure_or_duration_after_a_year_like_number_makes_it_a_count() -> None:
    assert _units("The pilgrims walked 1900 km over 2000 days.") == [
        ("1900", 1900.0, "kilometres"),
        ("2000", 2000.0, "days"),
    ]
    assert _units("Since 1999 prices have doubled.") == []


def test_a_clock_time_on_the_morning_of_a_date_is_no_figure() -> None:
    assert [f.text for f in find_figures("At 2.40 on the morning of 9 April 2024, the dam burst.")] == []
    assert [f.text for f in find_figures("Sales rose 2.40 on the day.")] == ["2.40"]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Thirty-eight of them were children under five.", "five", 5),
        ("Most deaths were of children under 10.", "10", 10),
        ("Only those over 65 were vaccinated.", "65", 65),
    ],
)
def test_an_age_group_s_limit_is_the_age_not_a_bound(text: str, figure: str, value: float) -> None:
    found = {f.text: f for f in find_figures(text)}
    assert found[figure].qualifier == "exact" and found[figure].value == value


def test_under_a_count_is_still_a_bound() -> None:
    found = find_figures("Under 50 people came to the meeting.")
    assert [(f.text, f.qualifier, f.high) for f in found] == [("Under 50", "less_than", 50)]


def test_a_spaced_dash_between_magnitudes_opens_an_aside_not_a_range() -> None:
    text = "The bid asks for a subsidy of about £300m – £2.1bn over seven years – down from £340m."
    assert [(f.text, f.qualifier) for f in find_figures(text)][:2] == [("about £300m", "about"), ("£2.1bn", "exact")]


def test_a_spaced_dash_between_amounts_of_one_magnitude_is_a_range() -> None:
    assert [(f.qualifier, f.low, f.high) for f in find_figures("Costs of £300m – £400m a year.")] == [("range", 3e8, 4e8)]


@pytest.mark.parametrize("text", ["Pens 3 and 4 held up to 1,900 people.", "The crush began in pen 3 at 2.50pm."])
def test_numbered_pens_are_names_not_counts(text: str) -> None:
    assert all(f.text not in ("3", "4", "3 and 4") for f in find_figures(text))


def test_type_2_diabetes_is_a_name_not_a_count() -> None:
    assert [f.text for f in find_figures("Nurses are 40 per cent more likely to develop type 2 diabetes.")] == ["40 per cent"]
