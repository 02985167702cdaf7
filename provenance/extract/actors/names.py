"""Name forms: how a written name is cut down to what can be looked up, and the word-level
tests ("can this be a new person's name?") and span helpers the detectors share.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from provenance.extract.actors.roster import KnownActor, match_key
from provenance.extract.actors.vocabulary import (
    _APOSTROPHES,
    _HYPHEN,
    _NAME_WORD,
    _NOT_NAME,
    _NOT_NAME_FOLDED,
    _NOT_PERSON_WORDS,
    _ORG_HEADS,
    _PARTICLE_WORDS,
    _POST_NOMINALS,
    _TITLE_FOLDED,
    _TRAILING_NOT_NAME,
    _UPPER,
    _clean,
    is_acronym,
    strip_title,
)

#: A bracket closing a name, perhaps left open by the quote finder: "Institute … (IFS)", "(WHO".
_BRACKET_TAIL_RE = re.compile(r"\s*\([^()]*\)?\s*$")


#: What an office holds, written between the office and its holder's name: "Deputy Minister of
#: Justice Pavel Hronek", "Secretary of State for Health and Social Care Ann Lyle", "Director of
#: Public Prosecutions Max Hill". Only these words: any other capitalised word after "of" may
#: open the name itself ("the Minister of Tom Reed's party" is not written; "Friends of Anna
#: Kovac" is).
_PORTFOLIO_WORDS = (
    "Justice|Health|Finance|Foreign|Affairs|Interior|Internal|Home|Defence|Defense|State|"
    "Education|Agriculture|Labour|Labor|Trade|Industry|Energy|Environment|Transport|Culture|"
    "Information|Intelligence|Economy|Commerce|Tourism|Housing|Welfare|Security|Public|Works|"
    "Communications|Youth|Sports?|Water|Fisheries|Mines|Planning|Development|Social|Care|"
    "Prosecutions|Immigration|Migration|Refugees|Women|Family|Science|Technology|Treasury|"
    "Human|Rights|Religious|Endowments|Oil|Petroleum|Irrigation|Infrastructure|Heritage|Arts|"
    "Digital|Budget|Employment|Emergencies|Veterans|Pensions|Local|Government|Regional"
)
_PORTFOLIO_RE = re.compile(
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{_PORTFOLIO_WORDS})"
    rf"(?:(?:,?[ \t]+(?:and|&|for)[ \t]+|,[ \t]+|[ \t]+)(?:{_PORTFOLIO_WORDS})){{0,5}}(?=[ \t]+[A-Z])"
)
_PORTFOLIO_WORD_SET = frozenset(_PORTFOLIO_WORDS.replace("Sports?", "Sport|Sports").split("|"))


def _past_portfolio(text: str, start: int, end: int) -> int:
    """Where the name at ``start`` really starts when its first words close an office's
    portfolio ("Minister of Foreign Affairs and Trade Ana Silva said": "Trade Ana Silva"
    before the verb is "Ana Silva"); ``start`` itself otherwise."""
    first = text[start:end].split(maxsplit=1)
    if not first or first[0] not in _PORTFOLIO_WORD_SET:
        return start
    for portfolio in _PORTFOLIO_RE.finditer(text, max(0, start - 80), end):
        if portfolio.start() < start < portfolio.end():
            return portfolio.end() + 1
    return start


#: "<someone> of/at/from <their organisation>": the person is the part before.
_AFFILIATION_RE = re.compile(r"^(?P<who>.*?\S)\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")


def _name_forms(name: str) -> list[str]:
    """The forms of ``name`` to look up, fullest first: as written, untitled, without leading
    role words ("regime President Rouhani" → "Rouhani"), before an affiliation ("Tom Reed of
    Northern Star Mining" → "Tom Reed", when that part is a full name), and for an appositive
    ("Amnesty's lead researcher on Iran, Raha Bahreini") its first and last comma-separated parts."""
    forms: list[str] = []
    candidates: list[str] = []
    cleaned = _clean(_BRACKET_TAIL_RE.sub("", name))
    pieces = [cleaned]
    affiliation = _AFFILIATION_RE.match(cleaned)
    if affiliation is not None:  # "Chief executive Tom Reed of Northern Star Mining" → "… Tom Reed"
        who = _trim_name(strip_title(affiliation.group("who")).split())
        if len(who) >= 2 and _is_person_name(who):
            pieces.append(" ".join(who))
    if "," in cleaned:
        parts = [part.strip() for part in cleaned.split(",") if part.strip()]
        pieces += [parts[-1], parts[0]] if parts else []
    for piece in pieces:
        untitled = strip_title(_clean(piece))
        words = untitled.split()
        while len(words) > 1 and (words[0].casefold() in _NOT_NAME_FOLDED or words[0][:1].islower()):
            words = words[1:]
        candidates += [piece, untitled, " ".join(words)]
    for form in candidates:
        if form and form not in forms and match_key(form):
            forms.append(form)
    return forms


#: Consonant spellings that transliterations of one sound vary between; "zh" first, so that
#: "Dzhaksybekov" and "Jaksybekov" (dzh → dj → j) agree.
_CONSONANT_VARIANTS = (("zh", "j"), ("dj", "j"), ("gh", "q"), ("w", "v"), ("ph", "f"), ("ck", "k"))


_VOWELS_RE = re.compile(r"[aeiouy0-9]")


_DOUBLED_RE = re.compile(r"(.)\1+")


def _skeleton(key: str) -> str:
    """A matching key's consonants, doubled letters collapsed and a few transliteration variants
    merged: ``purmihammadi`` → ``prmhmd``, ``radjavi`` → ``rjv``, ``velikoff`` → ``vlkv``."""
    for variant, common in _CONSONANT_VARIANTS:
        key = key.replace(variant, common)
    if key.endswith("ff"):  # "Velikoff" is the German and French spelling of "Velikov"
        key = key[:-2] + "v"
    return _DOUBLED_RE.sub(r"\1", _VOWELS_RE.sub("", key))


_PARTICLE_HYPHEN_RE = re.compile(rf"(?:{'|'.join(sorted(_PARTICLE_WORDS))})[{_HYPHEN}]")


@functools.lru_cache(maxsize=4096)
def _surname_spellings(actor: KnownActor) -> tuple[str, ...]:
    """How a person may be named by surname alone: what follows the given name in each spelling
    ("Mostafa Pour Mohammadi" → "Pour Mohammadi"; "Majid Saheb Jam" → "Saheb Jam"). Memoised:
    every document's directories index the same actors again."""
    if actor.kind != "person":
        return ()
    result: list[str] = []
    for spelling in actor.spellings:
        words = strip_title(spelling).split()
        if len(words) < 2:
            continue
        rest = " ".join(words[1:])
        # "al-Qudsi" of "Abdulrahman al-Qudsi" is written "Al-Qudsi" alone: a particle may lead.
        if not (rest[:1].isupper() or (" " not in rest and _PARTICLE_HYPHEN_RE.match(rest))):
            continue
        if len(match_key(rest)) >= 3 and rest not in result:
            result.append(rest)
    return tuple(result)


@functools.lru_cache(maxsize=4096)
def _name_parts(actor: KnownActor) -> frozenset[str]:
    """Keys of every word of a person's names (given names, parts of a surname): for context."""
    if actor.kind != "person":
        return frozenset()
    parts: set[str] = set()
    for spelling in actor.spellings:
        for word in re.split(rf"[\s{_HYPHEN}]+", strip_title(spelling)):
            key = match_key(word)
            if len(key) >= 3 and word.casefold() not in _TITLE_FOLDED:
                parts.add(key)
    return frozenset(parts)


def _trim_name(words: list[str]) -> list[str]:
    """Drop leading role and function words, and trailing function words and post-nominal
    letters ("Marcus Feldmann KC"), from a name's words."""
    while words and (words[0] in _NOT_NAME or words[0].casefold() in _TITLE_FOLDED):
        words = words[1:]
    while words and (words[-1] in _TRAILING_NOT_NAME or (len(words) > 2 and words[-1] in _POST_NOMINALS)):
        words = words[:-1]
    return words


def _is_person_name(words: Sequence[str]) -> bool:
    """Whether capitalised ``words`` can be a person's name not seen before. A word that heads
    organisations ("Corporation", "Union") is never part of one: "Northern Mining Corporation
    denied …" names a company, not a person."""
    return all(map(_is_person_word, words))


@functools.lru_cache(maxsize=65536)
def _is_person_word(word: str) -> bool:
    """One word of :func:`_is_person_name`, memoised: the same capitalised words recur."""
    return (
        len(word) >= 2
        and word not in _NOT_NAME
        and word not in _ORG_HEADS
        and word not in _NOT_PERSON_WORDS
        and not is_acronym(word)
        and not any(ch.isdigit() for ch in word)
    )


def _head_span(text: str, start: int, words: list[str]) -> tuple[int, int] | None:
    """The offsets of ``words``, found in order from ``start``."""
    if not words:
        return None
    first = text.find(words[0], start)
    last = text.find(words[-1], first + len(words[0])) if len(words) > 1 else first
    if first < 0 or last < 0:
        return None
    return first, last + len(words[-1])


def _tail_span(text: str, end: int, words: list[str]) -> tuple[int, int] | None:
    """The offsets of ``words``, the last words before ``end``."""
    if not words:
        return None
    last = text.rfind(words[-1], 0, end)
    first = text.rfind(words[0], 0, last + 1) if len(words) > 1 else last
    if first < 0 or last < 0:
        return None
    return first, last + len(words[-1])


#: The capital first, then the "not inside a word" test (see ``_NAME_SEQ_RE``): the same matches.
_GIVEN_NAME_BEFORE_RE = re.compile(
    rf"(?P<given>[{_UPPER}](?<![\w{_APOSTROPHES}].){_NAME_WORD[len(f'[{_UPPER}]'):]})[ \t]+\Z"
)


def _full_name_elsewhere(text: str, surname: str) -> tuple[int, int] | None:
    """Where ``text`` names ``surname`` with a given name before it ("Tahar Boumedra"), if it does."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            before = _GIVEN_NAME_BEFORE_RE.search(text, max(0, at - 40), at)
            if before is not None and _is_person_name([before.group("given")]):
                return before.start(), end
        at = text.find(surname, end)
    return None


#: A capitalised name word right before a position (past spaces or tabs).
_NAME_WORD_BEFORE_RE = re.compile(rf"(?<![\w{_APOSTROPHES}{_HYPHEN}]){_NAME_WORD}[ \t]+\Z")


#: A capitalised name word right after a position (past spaces or tabs): a surname.
_SURNAME_AFTER_RE = re.compile(rf"[ \t]+(?P<surname>{_NAME_WORD})(?![\w{_APOSTROPHES}{_HYPHEN}])")


def _surname_after_elsewhere(text: str, given: str) -> tuple[int, int] | None:
    """Where ``text`` names ``given`` with a surname after it ("Dilbar Nazarova" for a later
    "Dilbar says"), if it does: a given name, not a one-word organisation."""
    at = text.find(given)
    while at >= 0:
        end = at + len(given)
        before_ok = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
        # Not inside a longer name ("the Upper Sennar Famine"): no capitalised word either side.
        word_before = _NAME_WORD_BEFORE_RE.search(text, max(0, at - 30), at)
        inside = word_before is not None and word_before.group().split()[0] not in _NOT_NAME
        after = _SURNAME_AFTER_RE.match(text, end) if before_ok and not inside else None
        if (
            after is not None
            and _is_person_name([given, after.group("surname")])
            and _SURNAME_AFTER_RE.match(text, after.end("surname")) is None
        ):
            return at, after.end("surname")
        at = text.find(given, end)
    return None


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quotation."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n“\"‘("
