"""Figures: the numbers a text states, with the words that qualify them and what they count.

``find_figures(text)`` returns :class:`~provenance.extract.found.FigureFound` records sorted by
``start``, never overlapping. It records what the text states and nothing more: a number is
read as written, qualified as written, and never reconciled with any other source.

What is a figure
    Digits with or without separators (``30,000``, ``30000``, ``3,800``, ``45 000``, ``2.5``,
    ``2½``; a minus sign before a temperature or a percentage makes it negative: ``-5C``; a
    following ``thousand``/``million``/``billion`` or an attached ``k``/``bn`` scales it, and
    ``m`` after a currency or before a plural noun: ``£2.5m``, ``1.3m refugees``; ``lakh`` and
    ``crore`` too: ``Rs 500 crore``; a measure written onto it sets the unit: ``12km``,
    ``40kg``, ``80mph``, ``35C``, ``95°F``), percentages (``40%``, ``40 percent``, ``12pc``,
    ``%233``: unit ``"percent"``), currency amounts (``$5 million``, ``US$5m``, ``A$12bn``,
    ``EUR 30m``, ``Rs 500``; a rate written onto it is part of it: ``$15-an-hour``), number
    words including compounds and hyphenation (``thirty-three-thousand seven-hundred`` is
    33700, ``two hundred and fifty`` is 250, ``a dozen`` is 12, ``two and a half`` is 2.5,
    ``two point three million`` is 2,300,000, ``half a million`` is 500,000, ``a quarter of a
    million`` 250,000, ``a half-million`` 500,000),
    number-noun compounds (``three-member``, ``five-day``, ``six-year-old``, ``312-page``) and
    vague amounts (``thousands``, ``tens of thousands``, ``dozens``, ``several``, ``a few``;
    in digits ``1,000s``, ``100s``). ``and a half`` after a scale is half the scale (``a
    million and a half`` is 1,500,000, ``a dozen and a half`` 18), and after digits half a
    unit (``3 and a half years``); ``a couple hundred`` is about 200.
    The source of these conventions is ``tests/data/README.md`` (the hand-labelled data).

What is not
    Calendar years and dates (``1988``, ``the 1988 massacre``, ``in 2016``, ``nineteen
    eighty-eight``, ``in two thousand and nineteen``, ``July 15, 2019``,
    ``May 2, 1981``, ``15 July``, ``26/02/2019``, ``2019-07-15``, ``the 1980s``, ``'88``,
    ``1980-88``, ``between 2003 and 2005``), ordinals (``31st``, ``August 7th``, ``first``,
    ``twenty-first``), numbers inside names (``Ashraf 3``, ``Ashraf3``, ``Ashraf-3``, ``Ward
    209``, ``Part 1``, ``Article 5``, ``Day Five``, ``No. 5``, ``G7``, ``10 Downing Street``;
    with what continues them: ``pp. 12-15``, ``Part 2 of 3``), document references
    (``S/RES/2231``, ``A/HRC/39/64``, ``para. 45``, ``Article 7(1)(a)``),
    times (``10:30``, ``3 pm``, and an hour with a word that makes it one: ``at 8.15 in the
    morning``, ``11 at night``, ``half past two``, ``quarter to six``, the British ``half
    three``; minutes and hour both in ``ten past eleven``, ``at twenty to six``), house
    numbers before a street name (``12 Harbour Road``, ``3 Kensington Court``; but ``5 High
    Court judges`` counts), telephone numbers (``+44 20 7946 0958``, ``01632 960 415``,
    ``(212) 555-0134``, ``212-555-0134``, ``call 555-0134``; ``500-1000`` alone is a range),
    fractions, ratios and multipliers (``1/3``, ``24/7``, ``4:1``, ``two-thirds``, ``1 in 5``,
    ``one in three``, ``six times more``, ``three or four times higher``, ``three times those
    of``, ``three times a normal Monday``, ``three quarters``; ``three times a week`` counts
    times), codes (``Form 10-K``, ``3-D``), number words inside hyphenated compounds
    (``one-to-one``), dotted numbers
    (``1.2.3``), footnote marks (``[3]``), list numbering at the start of a line (``1. ``),
    numbers closing a quoted slogan (``"Save the 44"``, ``“Save the 44.”``) and idioms
    (``one-off``). A quoted phrase is a quoted figure, not a slogan, when it qualifies the
    number (``“no more than 62,000”``), holds another number (``“closer to 400 than to
    200”``) or reads as a sentence (``“we counted 312”``).

    A four-digit number from 1900 to 2099 is a year unless a person noun, a measure or a
    duration follows it (``people``, ``prisoners``, ``members``, ``km``, ``tonnes``, ``years``
    …) and no year-taking word (``in``, ``since``, ``the``, ``of`` …) precedes it: ``killed
    1988 people`` and ``drove 2000 km`` are counts, ``the 1988 victims`` and ``2018
    protests`` are years. From 1000 to 1899 and from 2100 to 2199 it is a count unless a year-taking word
    precedes it and no plural noun follows (``the presence of 1500 people`` is a count, ``in
    1500`` and ``by 2100`` are years).

    A digit number right after a word that names things by number (``Part``, ``Article``,
    ``Route``, ``line``, ``page``, ``Ward`` …, also in lists: ``lines 3 and 7``) or after a
    capitalised word that is not a function word (``Ashraf 3``, ``Pier 39``, ``Local 512``) is
    part of a name (also ``note 14``, ``tank 4``, ``reactors 3 and 4``) unless a plural noun
    follows (``Regime Executes 12 Prisoners`` is a count); after a capitalised naming word
    the number names even before a plural (``Year 11 pupils``, ``Tier 3 restrictions``).
    The word ``one`` is a figure only when a qualifier precedes it or a counted noun follows it
    (``one night``, ``at least one person``), and never in ``one of``, ``no one``, ``not one``,
    ``the one``, ``every one``, ``one another``, ``one day``, nor where it introduces someone
    speaking without a name (``One senior official, who …``, ``One resident said``, ``said one
    steward``: "a certain", not a count). A number word with a capital where no sentence or
    clause opens, in a line written in sentence case, is part of a name (``the League Two
    club``, ``Formula One``, ``the Big Four``); a headline in title case says nothing of the
    kind (``Executes Two Prisoners``). ``many``, ``few`` without ``a``
    and ``a number of`` state no number and are never figures; nor is ``a couple`` without
    ``of`` (two people).

Qualifiers and bounds (``value``, ``low``, ``high``)
    ==============================================  ============  =====  =====  =====
    as written                                      qualifier     value  low    high
    ==============================================  ============  =====  =====  =====
    ``30,000`` (plain)                              exact         N      None   None
    more than, over, above, in excess of,           more_than     N      N      None
    upwards of, greater than, exceeding, north of
    at least, a minimum of, no fewer/less/lower     at_least      N      N      None
    than,
    as young/few/little/low as, ``N or more``,
    ``N+``, ``N-plus``
    up to, as many/much as, as high/old as,         up_to         N      None   N
    no/not more/higher/greater/larger than, at
    most, a maximum of, ``N or less/fewer``
    less than, fewer than, under, below, south of   less_than     N      None   N
    about, some, around, approximately, roughly,    about         N      None   None
    circa, nearly, almost, close(r) to, in the
    region/order of, something like, ``N or
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
    three years`` it means "during" and the figure is exact. After a word of dispute or feeling
    (``a row over 600 job cuts``, ``Council Deadlocks Over $412 Million Budget``, ``anger over``)
    ``over`` means "about" and is no qualifier; nor is ``up to`` after a verb of movement
    (``wages went up to £11.2m``, ``climbed up to``): the number is the value reached, exact.
    A negation is not a qualifier (``not 62,000`` is exact). A qualifier before a vague amount
    is left out; ``a couple of`` is a number, so ``not more than a couple of minutes`` is
    ``up_to`` 2. ``text`` includes the qualifier words (``more than 30,000``, ``between 2,800
    and 3,800``, ``30,000 or more``); ``only``, ``just`` and ``a total of`` do not change the
    meaning and are left out.

Vague floors (``low``; ``value`` and ``high`` are None)
    ``a few``, ``a handful of``: 2 · ``several``: 3 · ``tens of``: 20 ·
    ``dozens``: 24 · ``scores of``: 40 · ``hundreds``: 200 · ``thousands``: 2,000 · ``tens of
    thousands``: 20,000 · ``hundreds of thousands``: 200,000 · ``millions``: 2,000,000 ·
    ``tens of millions``: 20,000,000 · ``hundreds of millions``: 200,000,000 · ``billions``:
    2,000,000,000 (the plural of an amount is at least two of it). ``several`` and ``a few``
    before a scale multiply it (``several hundred``: 300, ``a few thousand``: 2,000, ``several
    hundred thousand``: 300,000). ``a few``, ``several`` and ``a handful of`` are figures only
    when a counted noun or a duration follows them (``several months``, ``a few nights``,
    ``several others``, also past ``more``/``other``: ``a few more weeks``) or when they stand
    for a count as the subject of a verb (``Several held signs``, ``a few were injured``).

Ranges and lists
    ``between A and B``, ``from A to B``, ``A to B``, ``A-B``/``A–B`` and ``A or B`` make one
    ``range`` figure when A < B; a scale on B applies to A too (``2 to 3 million``; in digits,
    ``30-40,000`` is 30,000 to 40,000), and a change (``rose from 20 to 30``, ``fell by
    40,000 to 1.3 million``: an amount, then a level at least five times it) is two figures,
    as is a tally (``voted 9-4``). Other lists
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
    the pass does not try every word at every position); the copy is one byte a character,
    every character that is no digit or letter a space, so the expression opens on a literal
    space. Each such anchor is then read with anchored, precompiled expressions on the
    original text. The cost grows with the number of numbers, not with the length of the
    text; most four-digit numbers are years, decided from the word after them first.

Modules
    ``find`` (the entry point and the anchor pass) · ``digits``, ``spelled`` and ``vague`` (reading
    one number) · ``numbers`` (values of digits and number words) · ``qualifiers`` (the table
    above) · ``counted`` (``counts`` and ``unit``) · ``exclusions`` (what is not a figure) ·
    ``ranges`` (ranges, lists, restatements) · ``candidate`` (finishing a number once read) ·
    ``text`` (the words around a number).
"""

from __future__ import annotations

from provenance.extract.figures.find import find_figures

NAME = "figures"
#: 4: a clock time "on the morning of" ("At 2.40 on the morning of 9 April") is no figure.
#: 5: an age group's limit ("children under five", "those over 65") is the age, exactly; a
#: spaced dash between amounts of different magnitudes ("about £300m – £2.1bn over seven years
#: –") opens an aside, not a range; pens, enclosures, terraces, stands, courts and pitches
#: are named by number ("pens 3 and 4"); diseases ending in "s" are no plurals ("type 2
#: diabetes").
VERSION = "5"

__all__ = ["NAME", "VERSION", "find_figures"]
