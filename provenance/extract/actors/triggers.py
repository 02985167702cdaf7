"""Trigger words: reporting verbs, role nouns, offices, titles and "written by".

All found in one pass over the text (see :class:`~provenance.extract.actors.text.TextScan`)
because the person, speaker and unnamed-source detectors each start from them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from provenance.extract.actors.vocabulary import (
    _LETTER,
    _TITLE_SET,
    TITLES,
    _trie_pattern,
)

#: Reporting verbs: a capitalised name next to one is a speaker.
_VERB_WORDS: tuple[str, ...] = tuple(
    """said says told tells added adds stressed stresses explained explains concluded concludes
    wrote writes stated states noted notes argued argues emphasized emphasised emphasizes
    emphasises continued recalled insisted warned warns declared confirmed confirms claimed
    claims asserted remarked commented announced replied testified revealed acknowledged
    admitted reported reports described urged denied denies dismissed condemned demanded
    accused say tell warn argue claim insist note estimate estimates estimated maintain maintains
    maintained contend contends contended predicted predicts emails emailed texts texted""".split()
) + ("called on", "called for", "according to", "According to")


#: After these a name may follow the verb: ", said Mr. Naderi", "concluded Terzi".
_INVERTED_VERBS = frozenset(
    """said says wrote writes added adds stressed explained concluded argued emphasized
    emphasised continued noted stated recalled insisted warned declared replied""".split()
)


#: Nouns heading a description of an unnamed source ("a senior official", "Persons who …").
_ROLE_NOUNS: tuple[str, ...] = tuple(
    """advisor adviser official prisoner activist source witness eyewitness member spokesman
    spokeswoman spokesperson diplomat researcher journalist reporter analyst expert survivor
    defector insider commander officer agent lawyer judge creator guard interrogator relative
    resident employee observer cleric minister person dissident student teacher doctor nurse
    veteran representative envoy lawmaker legislator parliamentarian investigator rapporteur
    scholar historian staffer aide author producer director executive manager leader citizen
    mother father son daughter brother sister wife husband founder participant attendee
    delegate economist demographer statistician scientist engineer geologist professor
    inspector commissioner auditor treasurer councillor councilor councilman councilwoman
    organiser organizer steward miner worker dockworker widow coroner chairman chairwoman
    president secretary mayor governor senator owner farmer fisherman physician surgeon
    campaigner negotiator presenter host moderator interviewer anchor correspondent columnist
    editor writer operator driver schoolteacher pensioner shopkeeper cousin uncle aunt nephew niece
    grandson granddaughter grandmother grandfather youngest eldest counsel solicitor barrister
    prosecutor attorney curator""".split()
)


_IRREGULAR_PLURALS = {"spokesman": "spokesmen", "spokeswoman": "spokeswomen", "wife": "wives", "person": "persons"}


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


_ROLE_WORDS_LOWER = sorted({*_ROLE_NOUNS, *(_plural(noun) for noun in _ROLE_NOUNS), "people"})


_ROLE_WORD_LIST = _ROLE_WORDS_LOWER + [word.capitalize() for word in _ROLE_WORDS_LOWER]


_SINGULAR_ROLES = frozenset(_ROLE_NOUNS) | frozenset(noun.capitalize() for noun in _ROLE_NOUNS)


#: Offices written before or after a name: "UN Secretary-General Ban Ki-moon", "…, Interior Minister".
_OFFICES: tuple[str, ...] = tuple(
    """President President-elect Minister Ambassador Secretary-General Secretary Commander Senator
    Governor Chairman Chairwoman Director Chief Judge Spokesman Spokeswoman Leader Founder
    Rapporteur Mayor Chancellor Speaker Prosecutor Cleric MP MEP""".split()
)


#: "written by Sam Stevenson": the agent of these is a person (or a known organisation).
_BY_PHRASES: tuple[str, ...] = tuple(
    f"{verb} by"
    for verb in """written reported interviewed chaired hosted moderated led headed founded signed
    edited presented translated organized organised posted""".split()
) + ("Posted by", "Written by", "Reporting by", "reporting by", "Editing by", "editing by", "Interview by")


_VERB_SET = frozenset(_VERB_WORDS)


_BY_SET = frozenset(_BY_PHRASES)


_ROLE_SET = frozenset(_ROLE_WORD_LIST) | frozenset(_OFFICES)


#: Nouns for a kind of organisation, right before its name: "the campaign group Coastline
#: Now", "the daily Morgenpost", "the charity Safe Harbour".
KIND_NOUNS = frozenset(
    """group charity NGO newspaper daily weekly tabloid broadcaster magazine website watchdog
    regulator firm insurer lender retailer consultancy club think-tank outlet organisation
    organization nonprofit non-profit foundation collective network movement coalition
    alliance agency company airline publisher""".split()
)


_TRIGGER_WORDS = sorted({*_VERB_WORDS, *_ROLE_WORD_LIST, *_OFFICES, *TITLES, *_BY_PHRASES, *KIND_NOUNS, "who"})


#: Reporting verbs, role nouns, offices, titles, "written by", kinds of organisation and
#: "who", found in one pass.
_TRIGGER_RE = re.compile(
    rf"(?<![{_LETTER}])(?=[{''.join(sorted({re.escape(w[0]) for w in _TRIGGER_WORDS}))}])"
    rf"(?:{_trie_pattern(_TRIGGER_WORDS)})(?![{_LETTER}])"
)
_VERB_RE = re.compile(rf"\b(?:{_trie_pattern(_VERB_WORDS)})\b")


#: Every byte but the ASCII letters becomes a space in :func:`_word_haystack`.
_LETTERS_KEPT = bytes(b if chr(b).isascii() and chr(b).isalpha() else ord(" ") for b in range(256))


#: The first words of the trigger words, cut at their spaces and hyphens ("according",
#: "Secretary"), as bytes: where a trigger may start.
_TRIGGER_FIRST_WORDS = frozenset(re.split("[ -]", word)[0].encode("ascii") for word in _TRIGGER_WORDS if word.isascii())
#: The few trigger words with other letters ("Doña", "Señor"), which the ASCII haystack cannot
#: hold: found with ``str.find``.
_NON_ASCII_TRIGGERS = tuple(word for word in _TRIGGER_WORDS if not word.isascii())


def _word_haystack(text: str) -> bytes:
    """``text`` as bytes, one per character, with only its ASCII letters left and everything
    else a space, padded with a space at both ends: its words are ASCII letter runs."""
    return b" " + text.encode("ascii", "replace").translate(_LETTERS_KEPT) + b" "


def _trigger_matches(text: str) -> list[re.Match[str]]:
    """Every ``_TRIGGER_RE`` match in ``text``, as ``finditer`` gives them, found faster.

    ``_TRIGGER_RE`` opens with a lookbehind, so a ``finditer`` enters it at every position, and
    the trie tries its many first letters one by one at every word. Instead, the candidates
    are the words of :func:`_word_haystack` that open a trigger (``bytes.split`` and a set
    look-up, in C), located with ``bytes.find``, and ``_TRIGGER_RE`` is matched at each in
    turn, skipping those inside the last match: what ``finditer`` does, provided every match
    starts at a candidate. It does: a trigger word is ASCII letters, spaces and hyphens and
    has non-letters on both sides, which the haystack turns into spaces, so its first word
    there is a whole word of the haystack (fuzz-tested in test_actors_speedups)."""
    haystack = _word_haystack(text)
    matches: list[re.Match[str]] = []
    at = 0  # where the next candidate's leading space is looked for in the haystack
    end = 0  # where the last match ended in the text
    words = haystack.split()
    for word in compress(words, map(_TRIGGER_FIRST_WORDS.__contains__, words)):
        # The candidates' first occurrence in turn: any earlier one would be a candidate too.
        at = haystack.find(b" " + word + b" ", at)
        start, at = at, at + len(word) + 1  # the haystack's padding space: its offset is the text's
        if start >= end and (match := _TRIGGER_RE.match(text, start)) is not None:
            matches.append(match)
            end = match.end()
    return _with_non_ascii_triggers(text, matches) if not text.isascii() else matches


def _with_non_ascii_triggers(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """``matches`` with the matches of the non-ASCII trigger words added, in text order. None
    can overlap an ASCII one: a trigger is a whole word, and these hold a letter the others
    lack."""
    extra: dict[int, re.Match[str]] = {}  # by start: "Señor" finds "Señora" too
    for word in _NON_ASCII_TRIGGERS:
        at = text.find(word)
        while at >= 0:
            match = _TRIGGER_RE.match(text, at)
            if match is not None:
                extra[at] = match
            at = text.find(word, at + 1)
    return sorted([*matches, *extra.values()], key=re.Match.start) if extra else matches


@dataclass
class _Triggers:
    verbs: list[re.Match[str]] = field(default_factory=list)
    roles: list[re.Match[str]] = field(default_factory=list)  # role nouns and offices
    titles: list[re.Match[str]] = field(default_factory=list)
    by: list[re.Match[str]] = field(default_factory=list)
    kinds: list[re.Match[str]] = field(default_factory=list)  # "group", "charity", "daily" …
    who: list[re.Match[str]] = field(default_factory=list)


def _triggers(text: str) -> _Triggers:
    found = _Triggers()
    for match in _trigger_matches(text):
        word = match.group()
        if word in _TITLE_SET:
            found.titles.append(match)
            if word in _ROLE_SET:  # "Minister": a title, and an office after a name
                found.roles.append(match)
        elif word in _VERB_SET:
            found.verbs.append(match)
        elif word in _BY_SET:
            found.by.append(match)
        elif word in KIND_NOUNS:
            found.kinds.append(match)
        elif word == "who":
            found.who.append(match)
        else:
            found.roles.append(match)
    return found


_RELATIVES = frozenset("who whom whose which that".split())


_STOP_VERBS = frozenset(
    """is was were are be been being has have had will would shall should can could may might must
    did does do gave spoke sent""".split()
) | _VERB_SET
