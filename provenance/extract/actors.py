"""Actors: who is named in a text, resolved to a known actor wherever the name allows.

A *known actor* comes from the actor list (``seeds/actors.toml``) or from the database. An
:class:`ActorDirectory` built from them resolves a written name:

1. by matching key (:func:`provenance.matching.match_key`: case, accents, punctuation, hyphens,
   spaces, a few transliteration variants) against every name and alias, after stripping
   titles (Mr., Mrs., Ayatollah, Hon. …) and, failing that, leading role words ("President");
2. by surname: a bare surname resolves to the one known person with that surname; when two
   share it (Maryam and Massoud Rajavi) the answer is *ambiguous* and lists both, and
   :meth:`ActorDirectory.resolve_in_context` picks the one most recently named in full;
3. by fuzzy matching (rapidfuzz ``fuzz.ratio`` on matching keys, :data:`FUZZY_THRESHOLD`) for
   transliteration variants and misprints the key cannot catch (``Pourmihammadi``). Acronyms
   and short names never fuzzy-match: only their exact key counts.

:func:`find_mentions` finds the actors named in a text:

- every spelling of a known actor (one regular expression per directory, longest first,
  tolerant of case, apostrophe, hyphen and space variants; acronyms only in capitals);
- acronym definitions (``National Council of Resistance of Iran (NCRI)``: two mentions);
- people: names after titles (Mr., Ayatollah, Mayor …), capitalised names next to reporting
  verbs ("Terzi stressed", "said Mr. Naderi", "according to …") or interview turn labels
  ("Ledvina: …"), after a role ("dissident Ehsan Qaraee"), before an appositive ("Gholamreza
  Khosravi, an activist …"), after "written by", and in lists of three or more full names;
- organisations: known ones, acronym definitions, names ending in an organisation word
  ("… Union", "… Ministry", "Ministry of …", "… Watch") unless made only of generic words
  ("Death Committee", "City Council"), acronyms that speak ("UNHCR said"), "Local 512";
- unnamed sources that speak: "a senior official of the Ministry of Intelligence … said",
  "Persons who had previously attended the event insisted", "Families say", "…,” a union
  official said".

Bare surnames are settled by context (the most recent full name, outside quotations first, a
gendered title); transliteration variants by fuzzy matching. Names no known actor fits become
*candidates* (:func:`candidate_actors`) for the review queue. Sentence-initial words, months,
places and headline words are never person candidates. Everything here is pure: no database,
no I/O except :func:`load_actor_list`.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from rapidfuzz import fuzz, process

from provenance.extract.found import ActorKind, MentionFound
from provenance.matching import match_key as _match_key

NAME = "actors"
VERSION = "2"

#: The seed actor list shipped with the project.
SEED_ACTORS_PATH = Path(__file__).resolve().parent.parent.parent / "seeds" / "actors.toml"

#: Minimum ``rapidfuzz.fuzz.ratio`` (0–100, normalised Indel similarity) between two matching
#: keys for a fuzzy match. 87 admits one changed vowel in an 8-letter key (khomeini/khomeyni
#: 87.5) or a 12-letter one (pourmohammadi/pourmihammadi 91.7), and one letter more or fewer in
#: a 7-letter key (93.3); it rejects different names sharing a stem (khamenei/khomeini 75,
#: maryamrajavi/massudrajavi 67). On top of the score, consonants must agree (see
#: :func:`_skeleton`): transliterations vary vowels and doubled letters, while a changed
#: consonant usually makes another name (Rajabi is not Rajavi, though they score 83–87).
FUZZY_THRESHOLD = 87.0

#: Keys shorter than this never fuzzy-match: one letter changed in a short name makes another
#: name (rajai/rajavi scores 90.9), and acronyms are short by nature.
FUZZY_MIN_KEY_LENGTH = 7

#: Titles stripped before matching; after one of them, capitalised words are a person's name.
TITLES: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Hon", "Honorable", "Honourable",
    "Sir", "Dame", "Ayatollah", "Grand Ayatollah", "Hojatoleslam", "Mullah", "Sheikh", "Imam",
    # Offices written as titles before a name ("Mayor …", "Councillor …", "Minister …").
    "Mayor", "Councillor", "Councilor", "Alderman", "Minister", "Senator", "Sen", "Rep", "Governor",
    "Gov", "President", "Judge", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant",
    "Sergeant", "Sgt", "Commissioner", "Inspector", "Superintendent", "Chancellor", "Premier",
    "Ambassador", "Rev", "Reverend", "Bishop", "Rabbi", "Detective",
)

ResolutionMethod = Literal["exact", "surname", "fuzzy", "context"]
_ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
_LIST_KINDS = ("person", "organisation")

#: :func:`provenance.matching.match_key`, memoised: the same names recur in every document.
match_key = functools.lru_cache(maxsize=65536)(_match_key)


# ---------------------------------------------------------------------------- the actor list


class ActorListError(ValueError):
    """An actor list that cannot be used, with the file, the entry and the reason."""


@dataclass(frozen=True)
class KnownActor:
    """A person or organisation (from the database, possibly an unnamed source) and its spellings.

    ``name`` is the canonical name; ``aliases`` are other spellings as written. An alias names
    this actor only: a surname two people share belongs in neither's list.
    """

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an actor needs a name")
        if self.kind not in _ACTOR_KINDS:
            raise ValueError(f"actor {self.name!r}: kind {self.kind!r} is not one of {', '.join(_ACTOR_KINDS)}")
        object.__setattr__(self, "aliases", tuple(self.aliases))

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


def load_actor_list(path: str | os.PathLike[str]) -> list[KnownActor]:
    """Read a TOML actor list: ``[[actor]]`` tables with ``name``, ``kind`` and ``aliases``.

    Raises :class:`ActorListError`, naming the file and the entry, for invalid TOML, a missing
    or empty name, a kind other than person/organisation, aliases that are not a list of
    non-empty strings, unknown keys, an actor listed twice, or a spelling naming two actors.
    """
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ActorListError(f"{source}: not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"actor"})
    if unknown:
        raise ActorListError(f"{source}: unknown top-level key(s) {', '.join(unknown)}; expected [[actor]] tables")
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise ActorListError(f"{source}: 'actor' must be an array of tables ([[actor]])")
    actors: list[KnownActor] = []
    owner: dict[str, tuple[int, str]] = {}  # matching key -> (entry number, actor name)
    for number, entry in enumerate(entries, start=1):
        actors.append(_list_entry(number, f"{source}: actor #{number}", entry, owner))
    return actors


def _list_entry(number: int, where: str, entry: Any, owner: dict[str, tuple[int, str]]) -> KnownActor:
    if not isinstance(entry, dict):
        raise ActorListError(f"{where}: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ActorListError(f"{where}: 'name' must be a non-empty string")
    name = name.strip()
    where = f"{where} ({name!r})"
    extra = sorted(set(entry) - {"name", "kind", "aliases"})
    if extra:
        raise ActorListError(f"{where}: unknown key(s) {', '.join(extra)}; allowed: name, kind, aliases")
    kind = entry.get("kind")
    if kind not in _LIST_KINDS:
        raise ActorListError(f"{where}: 'kind' must be one of {', '.join(_LIST_KINDS)}, not {kind!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ActorListError(f"{where}: 'aliases' must be a list of non-empty strings")
    kept: list[str] = []
    for spelling in [name, *(a.strip() for a in aliases)]:
        key = match_key(spelling)
        if not key:
            raise ActorListError(f"{where}: {spelling!r} has no letters or digits to match on")
        if key in owner and owner[key][0] != number:
            other = owner[key][1]
            reason = "is listed twice" if other == name else f"{spelling!r} also names {other!r}"
            raise ActorListError(f"{where}: {reason}; a spelling must name one actor")
        owner[key] = (number, name)
        if spelling != name and spelling not in kept:
            kept.append(spelling)
    return KnownActor(name=name, kind=kind, aliases=tuple(kept))


# ---------------------------------------------------------------------------- words and names

#: Latin (with its accented and extended letters), Greek and Cyrillic: "Dvořák", "Łukasz".
_LETTER_RANGES = (
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF),
)


def _char_class(predicate: Callable[[str], bool]) -> str:
    """The letters of :data:`_LETTER_RANGES` for which ``predicate`` holds, as class ranges."""
    ranges: list[tuple[int, int]] = []
    for low, high in _LETTER_RANGES:
        for code in range(low, high + 1):
            if chr(code).isalpha() and predicate(chr(code)):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UPPER = _char_class(str.isupper)
_LETTER = _char_class(lambda ch: True)
_HYPHEN = r"\-‐‑"  # inside a character class
_HYPHEN_CHARS = "-‐‑–"
_APOSTROPHES = "'’‘ʼ"
#: One capitalised name word: "Rajavi", "Haj-Hassan", "Ki-moon", "O’Brien" (not "Rajavi’s").
_NAME_WORD = rf"[{_UPPER}][{_LETTER}]*(?:[{_HYPHEN}][{_LETTER}]+)*(?:[{_APOSTROPHES}][{_UPPER}][{_LETTER}]+)?"
#: Lowercase particles inside names: "Ursula von der Leyen", "Tahar ben Jelloun".
_PARTICLE = r"(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|ben|al|el|ter|ten|dos|das|zu)"
_NAME_SEQ = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,5}}"

_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Capitalised words that open sentences, headings and page furniture but are never names.
_FUNCTION_WORDS = frozenset(
    """A An The This That These Those He She It They We I You His Her Its Their Our My Your Him
    Them Us Me In On At By For From To Of And But Or Nor As If When While After Before Since
    During Between Among Under Over With Without Within According Also Even However Yet So Then
    Now Today Yesterday Tomorrow There Here What Who Whom Whose Why How Where Which Many Some
    Several All Most Both Each Every Other Another No Not Only Just More Less Last Next First
    Second Third Such Like Unlike Despite Although Though Because Once Until Unless Whether
    Meanwhile Moreover Furthermore Thus Therefore Indeed Instead Still Already Again Please Let
    Dear Yes Question Answer Interviewer Home News Staff Writer Continue Reading Photo Video
    Facebook Twitter YouTube Instagram Copyright Posts Tagged Exit Read Click Share God
    Background Statement Report Speech Rally Protest Protests Conference""".split()
)
#: Places and demonyms; never person candidates (known actors are still found).
_PLACES = frozenset(
    """Iran Iranian Iranians Iraq Iraqi Tehran Albania Albanian Tirana Evin Gohardasht Karaj
    Mashhad Ashrafis Khavaran Paris France French Geneva Switzerland Swiss Europe European
    Europeans America American Americans US USA UK Britain British England English London
    Washington Italy Italian Rome Norway Norwegian Sweden Swedish Malmo Germany German Berlin
    Brussels Belgium Belgian Middle East West Western Eastern North South Persian Gulf Islamic
    Muslim Arab Arabic Kurdish Kurdistan Baluchistan Khorasan Shiraz Tabriz Isfahan Qom Ahvaz
    Urmia Zanjan Rasht Kermanshah Birjand Kashan Mahshahr Kelardasht Noor Mahabad Minab Borujerd
    Gorgan Dezful Khondab Mazandaran Jamaran Najaf Qazvin Hamedan Syria Syrian Lebanon Yemen
    Israel Russia Russian China Chinese Canada Canadian Australia Asia Africa Netherlands Dutch
    Spain Spanish""".split()
)
#: Words that make a capitalised sequence an organisation, event or thing, not a person's name.
_ORG_WORDS = frozenset(
    """Council Organization Organisation Ministry International Committee Committees Commission
    Commissions Court Government Governments Parliament Regime Republic Resistance University
    Association Party Union Nations Agency Office Department Institute Foundation Center Centre
    Corps Guards Army Forces Force Times Daily Post Press Media TV Radio Website Group Movement
    Division Garrison Base Security Intelligence Judiciary Massacre Rights Human Declaration
    Covenant Convention War Revolution Prison Prisons Ward Street Square Avenue Province City
    Company Bank Church Mosque School Hospital Airport Embassy Campaign Camp Justice Freedom Democracy
    Day Week Year Summit Assembly Senate Congress House Cabinet Board Fund Network Service
    Services Society Federation League Alliance Front Coalition Initiative Project Program
    Programme Summary Record Platform Crimes Crime Victims Survivors Exposed""".split()
)
#: Role words that may stand before a name ("President Hassan Rouhani", "Belgian MEP …").
_ROLE_WORDS = frozenset(
    """President President-elect Vice Prime Minister Ministers Foreign Interior Defence Defense
    Ambassador Supreme Leader Deputy Commander General Secretary Secretary-General Senator Sen
    Governor Chairman Chairwoman Chair Director Chief Judge Colonel Captain Major Lieutenant
    Former Ex Late Then Current Representative Rep Congressman Congresswoman MP MEP Spokesman
    Spokeswoman Spokesperson Head Founder King Queen Prince Princess Pope Lord Lady Mayor
    Chancellor Speaker Cleric Advisor Adviser Officer Inspector Researcher Activist Dissident
    Prisoner Political Witness Survivor Author Editor Reporter Journalist Analyst Expert Lawyer
    Attorney Prosecutor State Official Officials Member Members Professor Prof Doctor Ayatollah
    Hon Honorable Honourable Sir Dame Mullah Sheikh Imam Hojatoleslam Grand Mr Mrs Ms Dr""".split()
)
_NOT_NAME = _MONTHS | _DAYS | _FUNCTION_WORDS | _PLACES | _ORG_WORDS | _ROLE_WORDS
_NOT_NAME_FOLDED = frozenset(word.casefold() for word in _NOT_NAME)
_TRAILING_NOT_NAME = _FUNCTION_WORDS | _MONTHS | _DAYS
_TITLE_FOLDED = frozenset(title.casefold() for title in TITLES)

_TITLE_PREFIX_RE = re.compile(
    r"^(?:(?:" + "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True)) + r")\.?\s+)+"
)
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(rf"[{_APOSTROPHES}]s?$")


def strip_title(name: str) -> str:
    """``name`` without leading titles: ``Mr. Dalvand`` → ``Dalvand``, ``Hon. Giulio Terzi`` → …"""
    return _TITLE_PREFIX_RE.sub("", name.strip())


@functools.lru_cache(maxsize=65536)
def is_acronym(name: str) -> bool:
    """True for a name written as an acronym, letters all capitals: ``MEK``, ``PMOI/MEK``, ``U.N.``"""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and len(letters) <= 10 and all(ch.isupper() for ch in letters)


def _clean(name: str) -> str:
    """Trim spaces, quotes, brackets, a possessive ending and a leading article from a name."""
    cleaned = name.strip().strip("\"“”‘’'()[],.;:!?–—- \t\n")
    cleaned = _POSSESSIVE_RE.sub("", cleaned)
    return _LEADING_ARTICLE_RE.sub("", cleaned).strip()


#: A bracket closing a name, perhaps left open by the quote finder: "Institute … (IFS)", "(WHO".
_BRACKET_TAIL_RE = re.compile(r"\s*\([^()]*\)?\s*$")
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


#: Consonant spellings that transliterations of one Persian sound vary between.
_CONSONANT_VARIANTS = (("dj", "j"), ("zh", "j"), ("gh", "q"), ("w", "v"), ("ph", "f"), ("ck", "k"))
_VOWELS_RE = re.compile(r"[aeiouy0-9]")
_DOUBLED_RE = re.compile(r"(.)\1+")


def _skeleton(key: str) -> str:
    """A matching key's consonants, doubled letters collapsed and a few transliteration variants
    merged: ``purmihammadi`` → ``prmhmd``, ``radjavi`` → ``rjv``."""
    for variant, common in _CONSONANT_VARIANTS:
        key = key.replace(variant, common)
    return _DOUBLED_RE.sub(r"\1", _VOWELS_RE.sub("", key))


def _surname_spellings(actor: KnownActor) -> list[str]:
    """How a person may be named by surname alone: what follows the given name in each spelling
    ("Mostafa Pour Mohammadi" → "Pour Mohammadi"; "Majid Saheb Jam" → "Saheb Jam")."""
    if actor.kind != "person":
        return []
    result: list[str] = []
    for spelling in actor.spellings:
        words = strip_title(spelling).split()
        if len(words) < 2:
            continue
        rest = " ".join(words[1:])
        if rest[:1].isupper() and len(match_key(rest)) >= 3 and rest not in result:
            result.append(rest)
    return result


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


# ---------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class Resolution:
    """What a written name resolved to.

    ``actor`` is the known actor, or None. ``method`` says how: ``exact`` (the matching key of a
    name or alias), ``surname``, ``fuzzy`` (``score`` is the rapidfuzz ratio, 0–100) or
    ``context`` (settled by the actors named before it). When several actors fit equally,
    ``actor`` is None and ``ambiguous`` lists them, with the method that found them: reported,
    never guessed.
    """

    name: str
    actor: KnownActor | None = None
    method: ResolutionMethod | None = None
    score: float | None = None
    ambiguous: tuple[KnownActor, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.actor is not None


def _unique(actors: Iterable[KnownActor]) -> tuple[KnownActor, ...]:
    return tuple(dict.fromkeys(actors))


_CACHE_LIMIT = 100_000


class ActorDirectory:
    """Known actors, indexed for resolving names and for finding their spellings in text.

    Build one per actor list and reuse it: the spelling pattern is compiled once, on first use,
    and resolutions are memoised. Unnamed sources (kind ``unnamed``, as the database may hold)
    are kept but never resolved to: "a former political prisoner" names someone different in
    each document.
    """

    def __init__(self, actors: Iterable[KnownActor]) -> None:
        self._actors: tuple[KnownActor, ...] = ()
        self._by_key: dict[str, tuple[KnownActor, ...]] = {}
        self._by_surname: dict[str, tuple[KnownActor, ...]] = {}
        self._acronyms: set[str] = set()
        self._fuzzy_owners: dict[str, tuple[KnownActor, ...]] = {}
        self._surname_skeletons: dict[KnownActor, frozenset[str]] = {}
        self._spellings: dict[str, None] = {}
        self._add(tuple(actors))

    def _add(self, actors: tuple[KnownActor, ...]) -> None:
        """Index ``actors`` on top of what is indexed already (see :meth:`extended`)."""
        self._actors += actors
        touched: set[str] = set()
        for actor in actors:
            if actor.kind == "unnamed":
                continue
            for spelling in actor.spellings:
                key = match_key(spelling)
                if key:
                    self._by_key[key] = _unique((*self._by_key.get(key, ()), actor))
                    self._spellings[spelling] = None
                    touched.add(key)
                    if is_acronym(spelling):
                        self._acronyms.add(key)
            for surname in _surname_spellings(actor):
                key = match_key(surname)
                self._by_surname[key] = _unique((*self._by_surname.get(key, ()), actor))
                self._spellings[surname] = None
                touched.add(key)
            if actor.kind == "person":
                self._surname_skeletons[actor] = frozenset(
                    _skeleton(match_key(s)) for s in (_surname_spellings(actor) or [actor.name])
                )
        for key in touched:
            if len(key) >= FUZZY_MIN_KEY_LENGTH and key not in self._acronyms:
                self._fuzzy_owners[key] = _unique((*self._by_key.get(key, ()), *self._by_surname.get(key, ())))
        for key in self._acronyms.intersection(self._fuzzy_owners):
            del self._fuzzy_owners[key]
        self._fuzzy_keys = list(self._fuzzy_owners)
        self._pattern: re.Pattern[str] | None = None
        self._resolve_cache: dict[str, Resolution] = {}
        self._found_cache: dict[str, Resolution] = {}

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[KnownActor]:
        return iter(self._actors)

    @property
    def actors(self) -> tuple[KnownActor, ...]:
        return self._actors

    def extended(self, actors: Iterable[KnownActor]) -> ActorDirectory:
        """A directory of these actors and ``actors`` (unnamed ones left out): for resolving a
        document's speakers against its own new actors too (``candidate_actors``), so that
        "Dorsey" resolves to the "Ellen Dorsey" the document names.

        It is called once per document, so it layers rather than rebuilds: the base indexes are
        copied (dictionaries of tuples, cheap) and only the new actors are indexed; the base
        directory is left untouched."""
        extra = tuple(actor for actor in actors if actor.kind != "unnamed")
        if not extra:
            return self
        layer = ActorDirectory.__new__(ActorDirectory)
        layer._actors = self._actors
        layer._by_key = dict(self._by_key)
        layer._by_surname = dict(self._by_surname)
        layer._acronyms = set(self._acronyms)
        layer._fuzzy_owners = dict(self._fuzzy_owners)
        layer._surname_skeletons = dict(self._surname_skeletons)
        layer._spellings = dict(self._spellings)
        layer._add(extra)
        return layer

    # -- resolving names

    def resolve(self, name: str) -> Resolution:
        """Resolve a name as written: exact key, then surname, then fuzzy (see the module doc)."""
        cached = self._resolve_cache.get(name)
        if cached is None:
            cached = self._resolve(name)
            if len(self._resolve_cache) > _CACHE_LIMIT:
                self._resolve_cache.clear()
            self._resolve_cache[name] = cached
        return cached

    def resolve_in_context(self, name: str, recent: Sequence[KnownActor]) -> Resolution:
        """Resolve ``name`` given the actors named before it in the same document.

        ``recent`` lists the actors named so far in full, oldest first. A name several actors
        fit equally (a surname two people share) resolves to the one named most recently; a
        single word that fits nobody resolves to the most recent person whose name holds it
        ("Ms. Hassan" after "Hengameh Haj-Hassan", "Raha" after "Raha Bahreini"). Otherwise the
        plain resolution comes back, its ambiguity included.
        """
        resolution = self.resolve(name)
        if resolution.actor is not None:
            return resolution
        if resolution.ambiguous:
            for actor in reversed(recent):
                if actor in resolution.ambiguous:
                    return Resolution(name, actor, "context", resolution.score)
            return resolution
        forms = _name_forms(name)
        if forms and len(forms[-1].split()) == 1 and not is_acronym(forms[-1]):
            key = match_key(forms[-1])
            for actor in reversed(recent):
                if key in _name_parts(actor):
                    return Resolution(name, actor, "context")
        return resolution

    def surname_matches(self, name: str) -> tuple[KnownActor, ...]:
        """The known persons ``name`` is the surname of: none, one, or several."""
        return self._by_surname.get(match_key(strip_title(_clean(name))), ())

    def _resolve(self, name: str) -> Resolution:
        forms = _name_forms(name)
        for form in forms:
            found = self._by_key.get(match_key(form))
            if found:
                return self._pick(name, found, "exact", 100.0)
        for form in forms:
            found = self._by_surname.get(match_key(form))
            if found:
                return self._pick(name, found, "surname", 100.0)
        for form in forms[-1:]:
            key = match_key(form)
            if len(key) >= FUZZY_MIN_KEY_LENGTH and not is_acronym(form):
                return self._fuzzy(name, key, single_word=len(form.split()) == 1)
        return Resolution(name)

    def _pick(self, name: str, found: tuple[KnownActor, ...], method: ResolutionMethod, score: float) -> Resolution:
        if len(found) == 1:
            return Resolution(name, found[0], method, score)
        return Resolution(name, None, method, score, found)

    def _fuzzy(self, name: str, key: str, *, single_word: bool) -> Resolution:
        """The best fuzzy match of ``key`` whose consonants agree; ties are ambiguous."""
        best: float | None = None
        winners: list[KnownActor] = []
        skeleton = _skeleton(key)
        for target, score, _ in process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=12
        ):
            for actor in self._fuzzy_owners[target]:
                if not self._consonants_agree(skeleton, target, actor, single_word):
                    continue
                if best is None or score > best + 1e-9:
                    best, winners = score, [actor]
                elif abs(score - best) <= 1e-9:
                    winners.append(actor)
        if best is None:
            return Resolution(name)
        return self._pick(name, _unique(winners), "fuzzy", round(best, 1))

    def _consonants_agree(self, skeleton: str, target: str, actor: KnownActor, single_word: bool) -> bool:
        """Whether a fuzzy candidate keeps the consonants that make a name that name.

        A single written word must keep every consonant of what it matches (``Mojahed`` is not
        ``Mojahedin``); a person's longer name must end with the consonants of one of their
        surnames (``Massoud Radjavi`` ✓, ``Masoud Rajabi`` ✗); longer organisation names may
        differ in anything the threshold allows.
        """
        if _skeleton(target) == skeleton:
            return True
        if single_word:
            return False
        if actor.kind != "person":
            return True
        return any(surname and skeleton.endswith(surname) for surname in self._surname_skeletons.get(actor, ()))

    # -- finding spellings in text

    @property
    def pattern(self) -> re.Pattern[str]:
        """One regular expression for every spelling (names, aliases, surnames), longest first."""
        if self._pattern is None:
            self._pattern = _compile_spellings(tuple(self._spellings))
        return self._pattern

    def resolve_found(self, written: str) -> Resolution:
        """Resolve text :attr:`pattern` matched: by key among names and aliases, else surnames."""
        cached = self._found_cache.get(written)
        if cached is None:
            key = match_key(written)
            if key in self._by_key:
                cached = self._pick(written, self._by_key[key], "exact", 100.0)
            elif key in self._by_surname:
                cached = self._pick(written, self._by_surname[key], "surname", 100.0)
            else:
                cached = Resolution(written)
            if len(self._found_cache) > _CACHE_LIMIT:
                self._found_cache.clear()
            self._found_cache[written] = cached
        return cached


# ---------------------------------------------------------------------------- spelling patterns

_SEPARATOR = rf"(?:[ \t\u00a0]*[{_HYPHEN}–][ \t\u00a0]*|[ \t\u00a0]+)?"
_SPELLING_TOKEN_RE = re.compile(rf"[^\W_]+|[{_APOSTROPHES}]|[\s{_HYPHEN}–]+|/|\.|.")
_NEVER_MATCHES = re.compile(r"(?!x)x")


def _spelling_pattern(spelling: str) -> str:
    """A regex for one spelling, tolerant of hyphen/space, apostrophe and case variants.

    Acronym words (``MEK``) match only in capitals; the first word keeps its capital initial
    (``Amnesty``, never ``amnesty``); other letters match in any case ("MEK IRAN"); hyphens and
    spaces between words may be either or neither ("Pour-Mohammadi", "PourMohammadi").
    """
    parts: list[str] = []
    first_word = True
    for token in _SPELLING_TOKEN_RE.findall(spelling):
        if token[0].isalnum():
            if len(token) >= 2 and token.isupper():
                parts.append(re.escape(token))
            elif first_word and token[0].isupper():
                parts.append(re.escape(token[0]) + (f"(?i:{re.escape(token[1:])})" if len(token) > 1 else ""))
            else:
                parts.append(f"(?i:{re.escape(token)})")
            first_word = False
        elif token in _APOSTROPHES:
            parts.append(f"[{_APOSTROPHES}]?")
        elif all(ch in _HYPHEN_CHARS or ch.isspace() for ch in token):
            parts.append(_SEPARATOR)
        elif token == "/":
            parts.append(r"[ \t]*/[ \t]*")
        elif token == ".":
            parts.append(r"\.?")
        elif token == "&":
            parts.append(r"[ \t]*&[ \t]*")
        else:
            parts.append(re.escape(token))
    return "".join(parts)


def _compile_spellings(spellings: Iterable[str]) -> re.Pattern[str]:
    """One pattern for all spellings, longest first, grouped by their literal first letter so
    that the engine rejects most positions at once: ``(?:M(?:EK…Iran|aryam…|EK)|N(?:CRI)|…)``."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for spelling in sorted(spellings, key=len, reverse=True):
        pattern = _spelling_pattern(spelling)
        first = re.escape(spelling[0])
        if spelling[0].isupper() and pattern.startswith(first):
            rests = groups.setdefault(spelling[0], [])
            if pattern[len(first) :] not in rests:
                rests.append(pattern[len(first) :])
        elif pattern not in loose:
            loose.append(pattern)
    alternatives = [
        re.escape(first) + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for first, rests in sorted(groups.items())
    ] + loose
    if not alternatives:
        return _NEVER_MATCHES
    lead = "" if loose else f"(?=[{''.join(re.escape(first) for first in sorted(groups))}])"
    return re.compile(rf"(?<![\w]){lead}(?:{'|'.join(alternatives)})(?![\w])")


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes, which ``re`` scans far faster."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# ---------------------------------------------------------------------------- acronym definitions

_PAREN_RE = re.compile(r"\(\s*([^()\n]{1,80}?)\s*\)")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_CONNECTORS = frozenset("of the for and in on de du des la le al el e y to at".split())
_PAREN_SPLIT_RE = re.compile(r"\s*(?:,|/|;|\bor\b|\band\b)\s*")
_LONG_FORM_WORD_RE = re.compile(rf"[{_LETTER}0-9]+(?:[{_APOSTROPHES}][{_LETTER}]+)?")
_LONG_FORM_BREAKS = ".,;:!?\n“”\"()[]"


@dataclass(frozen=True)
class _Definition:
    long: str
    short: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    end: int  # after the closing bracket
    others: tuple[str, ...]  # further names in the brackets: "(PMOI, Mujahedin-e Khalq or MEK)"


def _initials_match(words: Sequence[str], letters: str) -> bool:
    """Whether ``words`` spell ``letters`` by their initials. Capitalised words must give theirs;
    connectors ("of", "the", "-e") may give theirs or be skipped; numbers are skipped."""

    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word.isdigit():
            return match(i + 1, j)
        fits = j < len(letters) and word[0].casefold() == letters[j]
        if word.casefold() in _CONNECTORS or word[0].islower():
            return (fits and match(i + 1, j + 1)) or match(i + 1, j)
        return fits and match(i + 1, j + 1)

    return match(0, 0)


def _definitions(text: str) -> list[_Definition]:
    found: list[_Definition] = []
    for paren in _PAREN_RE.finditer(text):
        parts: list[tuple[str, int, int]] = []
        inner, inner_start, position = paren.group(1), paren.start(1), 0
        for piece in _PAREN_SPLIT_RE.split(inner):
            at = inner.find(piece, position) if piece else -1
            if at >= 0:
                parts.append((piece, inner_start + at, inner_start + at + len(piece)))
                position = at + len(piece)
        acronyms = [part for part in parts if _ACRONYM_RE.match(part[0])]
        if not acronyms:
            continue
        run = _long_form_run(text, paren.start())
        for short, short_start, short_end in acronyms:
            letters = short.casefold().replace("&", "")
            for first in range(len(run)):
                word = run[first][0]
                if not word[0].isupper() or word.casefold() in _CONNECTORS:
                    continue
                if _initials_match([w for w, _, _ in run[first:]], letters):
                    long_start, long_end = run[first][1], run[-1][2]
                    possessive = _POSSESSIVE_RE.search(text, long_start, long_end)
                    if possessive is not None:  # "… of Iran’s (NCRI)"
                        long_end = possessive.start()
                    others = tuple(p[0] for p in parts if p[1] != short_start and p[0][:1].isupper())
                    long = text[long_start:long_end]
                    found.append(
                        _Definition(long, short, long_start, long_end, short_start, short_end, paren.end(), others)
                    )
                    break
            else:
                continue
            break
    return found


def _long_form_run(text: str, bracket: int) -> list[tuple[str, int, int]]:
    """The capitalised words, numbers and connectors just before a bracket, hyphenated words
    split ("Mojahedin-e" → "Mojahedin", "e"), with offsets."""
    window_start = max(0, bracket - 160)
    before = text[window_start:bracket]
    start = window_start + max(before.rfind(ch) for ch in _LONG_FORM_BREAKS) + 1
    words: list[tuple[str, int, int]] = []
    for match in _LONG_FORM_WORD_RE.finditer(text, start, bracket):
        offset = match.start()
        for piece in re.split(rf"[{_HYPHEN}]", match.group()):
            if piece:
                words.append((piece, offset, offset + len(piece)))
            offset += len(piece) + 1
    run: list[tuple[str, int, int]] = []
    for word in reversed(words):
        if not (word[0][0].isupper() or word[0].isdigit() or word[0].casefold() in _CONNECTORS):
            break
        run.insert(0, word)
    return run


def find_acronym_definitions(text: str) -> list[tuple[str, str, int, int]]:
    """Acronyms defined in brackets after their long form.

    ``National Council of Resistance of Iran (NCRI)`` gives ``("National Council of Resistance
    of Iran", "NCRI", start, end)``, where ``text[start:end]`` runs from the long form's first
    letter to the closing bracket. The acronym must be spelled by the initials of the words
    before it (capitalised words must count; "of", "and", "-e" may).
    """
    return [(d.long, d.short, d.long_start, d.end) for d in _definitions(text)]


# ---------------------------------------------------------------------------- trigger words

#: Reporting verbs: a capitalised name next to one is a speaker.
_VERB_WORDS: tuple[str, ...] = tuple(
    """said says told tells added adds stressed stresses explained explains concluded concludes
    wrote writes stated states noted notes argued argues emphasized emphasised emphasizes
    emphasises continued recalled insisted warned warns declared confirmed confirms claimed
    claims asserted remarked commented announced replied testified revealed acknowledged
    admitted reported reports described urged denied denies dismissed condemned demanded
    accused say tell warn argue claim insist note estimate estimates estimated maintain maintains
    maintained contend contends contended predicted predicts""".split()
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
    campaigner negotiator""".split()
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
    edited presented translated organized organised""".split()
)
_VERB_SET = frozenset(_VERB_WORDS)
_TITLE_SET = frozenset(TITLES)
_BY_SET = frozenset(_BY_PHRASES)
_ROLE_SET = frozenset(_ROLE_WORD_LIST) | frozenset(_OFFICES)
_TRIGGER_WORDS = sorted({*_VERB_WORDS, *_ROLE_WORD_LIST, *_OFFICES, *TITLES, *_BY_PHRASES})
#: Reporting verbs, role nouns, offices, titles and "written by", found in one pass.
_TRIGGER_RE = re.compile(
    rf"(?<![{_LETTER}])(?=[{''.join(sorted({re.escape(w[0]) for w in _TRIGGER_WORDS}))}])"
    rf"(?:{_trie_pattern(_TRIGGER_WORDS)})(?![{_LETTER}])"
)
_VERB_RE = re.compile(rf"\b(?:{_trie_pattern(_VERB_WORDS)})\b")


@dataclass
class _Triggers:
    verbs: list[re.Match[str]] = field(default_factory=list)
    roles: list[re.Match[str]] = field(default_factory=list)  # role nouns and offices
    titles: list[re.Match[str]] = field(default_factory=list)
    by: list[re.Match[str]] = field(default_factory=list)


def _triggers(text: str) -> _Triggers:
    found = _Triggers()
    for match in _TRIGGER_RE.finditer(text):
        word = match.group()
        if word in _TITLE_SET:
            found.titles.append(match)
            if word in _ROLE_SET:  # "Minister": a title, and an office after a name
                found.roles.append(match)
        elif word in _VERB_SET:
            found.verbs.append(match)
        elif word in _BY_SET:
            found.by.append(match)
        else:
            found.roles.append(match)
    return found


# ---------------------------------------------------------------------------- hits


_Source = Literal["alias", "definition", "title", "verb", "person", "organisation", "fuzzy", "unnamed", "lone", "local"]
#: Among hits of equal length, the more reliable source wins. "lone" is a single unknown word
#: by a reporting verb, which only context may settle ("Raha added").
_PRIORITY: dict[str, int] = {
    "alias": 0, "definition": 1, "title": 2, "verb": 3, "person": 4, "organisation": 5, "fuzzy": 6, "local": 7,
    "unnamed": 8, "lone": 9,
}


@dataclass
class _Hit:
    """A span that names an actor, before overlaps and context are settled."""

    start: int
    end: int
    source: _Source
    resolution: Resolution
    #: If it resolves to no known actor: the new actor it proposes (for an unnamed source, the
    #: whole description, while the span covers its head words only).
    new_name: str | None = None
    new_kind: ActorKind | None = None
    new_aliases: tuple[str, ...] = ()
    #: Whether the name may be settled by the actors named before it (a bare surname).
    contextual: bool = False


def _alias_hits(text: str, directory: ActorDirectory, source: _Source) -> list[_Hit]:
    """Every spelling of a known actor (a shared surname comes back ambiguous)."""
    hits: list[_Hit] = []
    for match in directory.pattern.finditer(text):
        resolution = directory.resolve_found(match.group())
        if resolution.actor is not None or resolution.ambiguous:
            hits.append(_Hit(match.start(), match.end(), source, resolution, contextual=True))
    return hits


_COORDINATED_GIVEN_RE = re.compile(rf"(?P<given>{_NAME_WORD})[ \t]+and[ \t]+\Z")


def _coordinated_given_names(text: str, directory: ActorDirectory, hits: list[_Hit]) -> list[_Hit]:
    """"Massoud and Maryam Rajavi": a given name before "and" shares the surname that follows."""
    extra: list[_Hit] = []
    for hit in hits:
        actor = hit.resolution.actor
        if actor is None or actor.kind != "person" or hit.resolution.method != "exact":
            continue
        written = text[hit.start : hit.end].split()
        before = _COORDINATED_GIVEN_RE.search(text, max(0, hit.start - 60), hit.start) if len(written) >= 2 else None
        if before is None:
            continue
        resolution = directory.resolve(" ".join([before.group("given"), *written[1:]]))
        if resolution.actor is not None and resolution.method == "exact" and resolution.actor != actor:
            extra.append(_Hit(before.start("given"), before.end("given"), "alias", resolution))
    return extra


def _definition_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """Both halves of an acronym definition: a known organisation's, or a new one's."""
    hits: list[_Hit] = []
    for d in _definitions(text):
        known = directory.resolve(d.long)
        if known.actor is None:
            known = directory.resolve(d.short)
        spans = [(d.long_start, d.long_end), (d.short_start, d.short_end)]
        if known.actor is not None:
            if known.actor.kind == "organisation":
                hits += [_Hit(s, e, "definition", Resolution(text[s:e], known.actor, "exact", 100.0)) for s, e in spans]
            continue
        aliases = (d.short, *d.others)
        hits += [
            _Hit(s, e, "definition", Resolution(text[s:e]), new_name=d.long, new_kind="organisation", new_aliases=aliases)
            for s, e in spans
        ]
    return hits


#: Titles that are not offices: after these a capitalised word is a name even in a headline.
_HONORIFICS = frozenset(TITLES[: TITLES.index("Mayor")])


def _in_headline(text: str, position: int) -> bool:
    """Whether ``position`` is in a Title Case line (most words capitalised), as headlines are."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = _WORD_RE.findall(text[start : end if end >= 0 else len(text)])
    content = [word for word in words if word.casefold() not in _CONNECTORS | {"a", "an", "is", "by", "with", "as"}]
    return len(content) >= 4 and sum(word[0].isupper() or word[0].isdigit() for word in content) >= 0.8 * len(content)


_WORD_RE = re.compile(rf"[{_LETTER}0-9]+(?:[{_APOSTROPHES}{_HYPHEN}][{_LETTER}0-9]+)*")
_TITLE_NAME_RE = re.compile(rf"\.?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,3}})")


def _title_hits(text: str, directory: ActorDirectory, triggers: _Triggers) -> list[_Hit]:
    """Names after a title ("Mr. Dalvand", "Ayatollah Montazeri"): persons, known or new."""
    hits: list[_Hit] = []
    for title in triggers.titles:
        match = _TITLE_NAME_RE.match(text, title.end())
        if match is None:
            continue
        if title.group() not in _HONORIFICS and _in_headline(text, title.start()):
            continue  # "Former Italian Foreign Minister Says Regime Can No Longer …"
        kept: list[str] = []
        for word in match.group("name").split():
            if word in _NOT_NAME or is_acronym(word):
                break
            kept.append(word)
        span = _head_span(text, match.start("name"), kept)
        if span is not None:
            name = text[span[0] : span[1]]
            hits.append(_Hit(*span, "title", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    return hits


_AUX = r"(?:(?:has|had|have|also|then|later|further|again|once again|recently|openly|publicly|previously|reportedly)[ \t]+)"
_AUX_WORDS = frozenset("has had have also then later further again once recently openly publicly previously reportedly".split())
_BEFORE_VERB_RE = re.compile(rf"(?P<name>{_NAME_SEQ}),?[ \t]+{_AUX}{{0,2}}\Z")
_BEFORE_VERB_APPOSITIVE_RE = re.compile(rf"(?P<name>{_NAME_SEQ}),[ \t]*[^,“”\"\n]{{1,120}},[ \t]+{_AUX}{{0,2}}\Z")
_AFTER_VERB_RE = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<name>{_NAME_SEQ})")
_CLAUSE_BREAK_RE = re.compile(r"[\n“”\"]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bHon)(?<!\b[A-Z])[.!?;:](?=\s)")


#: A name right after a preposition is not the subject of the verb that follows it ("Tom Reed
#: of Northern Star Mining said": the company does not speak; the person is found elsewhere).
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w])(?:of|at|for|from|with|by|in|on|to)[ \t]+(?:the[ \t]+)?\Z")
#: Verbs whose object, when an acronym, is an organisation addressed: "told the BBC".
_TELL_VERBS = frozenset(("told", "tells", "tell"))


def _verb_hits(text: str, directory: ActorDirectory, triggers: _Triggers) -> list[_Hit]:
    """Capitalised names next to a reporting verb: "Terzi stressed", "said Mr. Naderi", "Raha
    Bahreini, Amnesty International's lead researcher on Iran, said", "according to …"."""
    hits: list[_Hit] = []
    full_names: dict[str, tuple[int, int] | None] = {}
    for verb in triggers.verbs:
        according = verb.group().casefold() == "according to"
        if according or verb.group() in _INVERTED_VERBS:
            after = _AFTER_VERB_RE.match(text, verb.end())
            if after is not None:
                hits += _verb_name_hits(text, directory, after.start("name"), after.end("name"), full_names)
            if according:
                continue
        elif verb.group() in _TELL_VERBS:
            after = _AFTER_VERB_RE.match(text, verb.end())
            if after is not None and _ACRONYM_RE.match(after.group("name")):
                hits += _verb_name_hits(text, directory, after.start("name"), after.end("name"), full_names)
        # Cheap test first: the word before the verb (past "has", "also" …) is capitalised or
        # closes an appositive; most verbs follow "he", "she" or a quotation.
        before = text[max(0, verb.start() - 40) : verb.start()].split()
        while before and before[-1] in _AUX_WORDS:
            before.pop()
        if not before or not (before[-1][:1].isupper() or before[-1].endswith(",")):
            continue
        window_start = max(0, verb.start() - 200)
        breaks = list(_CLAUSE_BREAK_RE.finditer(text, window_start, verb.start()))
        if breaks:
            window_start = breaks[-1].end()
        window = text[window_start : verb.start()]
        found = _BEFORE_VERB_RE.search(window, max(0, len(window) - 90))
        if found is not None and not _trim_name(found.group("name").split()):
            found = None  # "… on Iran, said": try the appositive instead
        if found is None and "," in window:
            found = _BEFORE_VERB_APPOSITIVE_RE.search(window)
        if found is not None:
            start, end = window_start + found.start("name"), window_start + found.end("name")
            if _PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start) is None:
                hits += _verb_name_hits(text, directory, start, end, full_names)
    return hits


def _verb_name_hits(
    text: str, directory: ActorDirectory, start: int, end: int, full_names: dict[str, tuple[int, int] | None]
) -> list[_Hit]:
    """The hits for capitalised words next to a reporting verb (``full_names`` memoises
    :func:`_full_name_elsewhere` for one text)."""
    words = _trim_name(text[start:end].split())
    span = _head_span(text, start, words)
    if span is None:
        return []
    resolution = directory.resolve(text[span[0] : span[1]])
    if resolution.actor is None and not resolution.ambiguous and len(words) == 1 and _ACRONYM_RE.match(words[0]):
        # An unknown acronym that speaks ("UNHCR said") is an organisation.
        name = words[0]
        return [_Hit(*span, "verb", resolution, new_name=name, new_kind="organisation", contextual=True)]
    if resolution.actor is None and not resolution.ambiguous:
        # Unknown: the name is the run of name-like words at the end, at most four ("Belgian
        # MEP Hilde Vautmans" → "Hilde Vautmans").
        tail: list[str] = []
        for word in reversed(words):
            if len(tail) == 4 or not _is_person_name([word]):
                break
            tail.insert(0, word)
        span = _tail_span(text, span[1], tail)
        if span is None:
            return []
        resolution = directory.resolve(text[span[0] : span[1]])
        words = tail
    if resolution.actor is not None or resolution.ambiguous or len(words) >= 2:
        new = text[span[0] : span[1]] if len(words) >= 2 else None
        return [_Hit(*span, "verb", resolution, new_name=new, new_kind="person", contextual=True)]
    # A lone unknown word ("Boumedra concluded") is a person if the text names them in full
    # elsewhere ("Tahar Boumedra"); it may also be settled by context.
    hits = [_Hit(*span, "lone", resolution, contextual=True)]
    if words[0] not in full_names:
        full_names[words[0]] = _full_name_elsewhere(text, words[0])
    full = full_names[words[0]]
    if full is not None:
        name = text[full[0] : full[1]]
        hits.append(_Hit(*full, "verb", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    return hits


def _trim_name(words: list[str]) -> list[str]:
    """Drop leading role and function words and trailing function words from a name's words."""
    while words and (words[0] in _NOT_NAME or words[0].casefold() in _TITLE_FOLDED):
        words = words[1:]
    while words and words[-1] in _TRAILING_NOT_NAME:
        words = words[:-1]
    return words


#: Words that end titles of publications, laws and events rather than people's names.
_NOT_PERSON_WORDS = frozenset("Magazine Newspaper Review Penalty Act Law Bill Report Plan Budget Strategy".split())


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


_GIVEN_NAME_BEFORE_RE = re.compile(rf"(?<![\w{_APOSTROPHES}])(?P<given>{_NAME_WORD})[ \t]+\Z")


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


_NAME_AFTER_RE = re.compile(rf"[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,4}})")
_NAME_BEFORE_APPOSITIVE_RE = re.compile(
    rf"(?<![\w{_APOSTROPHES}])(?P<name>{_NAME_SEQ}),[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,4}}\Z"
)
#: A testimony heading: a name alone on its line (perhaps "– Former Political Prisoner"),
#: followed by a paragraph opening with a quotation mark.
_TESTIMONY_HEADING_RE = re.compile(
    rf"(?m)^[ \t\u00a0]*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]*(?:[–—-][^\n]{{0,60}})?\n\s*[“\"]"
)
_LIST_GAP_RE = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _person_hits(text: str, directory: ActorDirectory, triggers: _Triggers, sequences: list[re.Match[str]]) -> list[_Hit]:
    """Full names that are people by the words around them, even with no reporting verb:

    an office or role before ("UN Secretary-General Ban Ki-moon", "Iranian dissident Ehsan
    Qaraee"), an appositive after ("Gholamreza Khosravi, an activist of …", "Abdolreza
    Rahmanifazli, Interior Minister"), "written by Sam Stevenson", lists of three or more full
    names ("Ali Saremi, Jafar Kazemi, Mohammad-Ali Haj-Aghaie"), and testimony headings (a name
    alone on its line before a quotation). Two to four name-like words each; known actors
    resolve as usual.
    """
    after: list[tuple[int, int]] = []  # the name follows its marker: take its first words
    before: list[tuple[int, int]] = []  # the name precedes it: take its last words
    for role in triggers.roles:
        word = role.group()
        if word not in _SINGULAR_ROLES and word not in _OFFICES:
            continue
        if word[0].islower() or word in _OFFICES:
            following = _NAME_AFTER_RE.match(text, role.end())
            if following is not None:
                after.append((following.start("name"), following.end("name")))
        preceding = _NAME_BEFORE_APPOSITIVE_RE.search(text, max(0, role.start() - 100), role.start())
        if preceding is not None:
            before.append((preceding.start("name"), preceding.end("name")))
    for by in triggers.by:
        following = _NAME_AFTER_RE.match(text, by.end())
        if following is not None:
            after.append((following.start("name"), following.end("name")))
    before += _listed_names(text, sequences)
    after += _mid_sentence_names(text, sequences)
    for heading in _TESTIMONY_HEADING_RE.finditer(text):
        after.append((heading.start("name"), heading.end("name")))
    hits: list[_Hit] = []
    for spans, from_end in ((after, False), (before, True)):
        for start, end in spans:
            words = _trim_name(text[start:end].split())
            run: list[str] = []
            for word in reversed(words) if from_end else words:
                if len(run) == 4 or not _is_person_name([word]):
                    break
                run.append(word)
            if from_end:
                run.reverse()
            span = None if len(run) < 2 else _tail_span(text, end, run) if from_end else _head_span(text, start, run)
            if span is not None:
                name = text[span[0] : span[1]]
                hits.append(_Hit(*span, "person", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    return hits


#: The word before a mid-sentence name: lowercase, and not a preposition that takes places.
_WORD_BEFORE_RE = re.compile(rf"(?<![\w{_APOSTROPHES}{_HYPHEN}])([a-z]+)[ \t]+\Z")
_PLACE_PREPOSITIONS = frozenset(
    """in at from to near into across outside inside around through via of on the a an this
    that these those his her its their our your my new""".split()
)


_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")


def _verb_like(word: str) -> bool:
    """Whether a lowercase word after a name may be its verb ("fled", "says", "was", "who")."""
    return word in _STOP_VERBS or word in _RELATIVES or word.endswith(("ed", "s")) or word in _AUX_WORDS


def _mid_sentence_names(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Two or three capitalised name-like words after a lowercase word ("economist Ana Ruiz",
    "met Tom Reed"), followed by punctuation or a verb-like word: mid-sentence, capitals mark a name, and two of them with no organisation
    or place word are a person's. After "in", "at", "from" … they are more often a place, and
    after "the", "its" … a thing ("the Death Penalty")."""
    spans: list[tuple[int, int]] = []
    for match in sequences:
        start = match.start()
        if start < 2 or not text[start - 2].islower():  # cheap test first: "x Name"
            continue
        words = match.group().split()
        if not 2 <= len(words) <= 3 or not _is_person_name(words) or any(w in _PARTICLE_WORDS for w in words):
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
        if before is None or before.group(1) in _PLACE_PREPOSITIONS:
            continue
        end = match.end()
        if end < len(text) and text[end] in _HYPHEN_CHARS:
            continue
        after = _WORD_AFTER_RE.match(text, end)
        if after is not None and not _verb_like(after.group(1)):
            continue  # "… and Ballistic Missiles program": capitalised words modifying a noun
        spans.append((match.start(), end))
    return spans


_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))


def _listed_names(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Capitalised sequences forming a list of three or more full names, comma-separated."""
    spans: list[tuple[int, int]] = []
    group: list[re.Match[str]] = []

    def close() -> None:
        if len(group) >= 3 and all(" " in m.group() and _is_person_name(m.group().split()) for m in group):
            spans.extend((m.start(), m.end()) for m in group)

    for match in sequences:
        if group and _LIST_GAP_RE.fullmatch(text, group[-1].end(), match.start()):
            group.append(match)
            continue
        close()
        group = [match]
    close()
    return spans


_TURN_LABEL_RE = re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME_SEQ})[ \t]*:[ \t]+\S")


def _turn_label_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """Interview turn labels at the start of a line ("Pour-Mohammadi: Look, …"): the speaker."""
    hits: list[_Hit] = []
    full_names: dict[str, tuple[int, int] | None] = {}
    for match in _TURN_LABEL_RE.finditer(text):
        hits += _verb_name_hits(text, directory, match.start("name"), match.end("name"), full_names)
    return hits


#: Last words that make a capitalised name an organisation's ("Harbor Workers Union",
#: "Interior Ministry", "Human Rights Watch"), and first words that do before "of"
#: ("Ministry of Justice", "University of Tehran").
_ORG_HEADS = frozenset(
    """Union Unions Ministry Council Party Association Institute Foundation Agency Commission
    Committee Corporation Company Co Inc Ltd LLC Plc Group Bank University College Court Courts
    Parliament Government Department Authority Bureau Office Federation League Alliance Coalition
    Society Watch Monitor Network Times Post Herald Tribune Journal Gazette Guardian Telegraph
    Daily News Press Radio Television TV Broadcasting Police Army Navy Corps Guards Board Trust
    Fund Centre Center Organization Organisation Movement Campaign Front Assembly Senate Congress
    Cabinet Service Services Industries Holdings Partners Airlines Church Museum Academy
    Laboratory Observatory Hospital Institution Secretariat Directorate Tribunal Chamber Brotherhood
    Guild Syndicate Cooperative Co-operative""".split()
)
_ORG_FIRST_HEADS = frozenset(
    """Ministry Department Office Bureau University Bank Court Council Union Federation Association
    Institute Organization Organisation Commission Committee Agency Church Party League Society
    Board Authority Academy College Centre Center Coalition Alliance Front Chamber Tribunal""".split()
)
#: Words that say nothing about which body is meant: "Death Committee", "City Council" and
#: "Supreme National Security Council" are descriptions, not names, unless known.
_GENERIC_ORG_WORDS = frozenset(
    """The A An Death Supreme National Security City State Central High General Special Joint
    Executive Regional Local Provincial Federal Municipal Town County District Main Top New Old
    Higher Lower Upper Grand Great Permanent Interim Temporary Standing Select Three Five""".split()
)
#: Words before which no organisation's name starts: offices and titles ("Secretary of the …").
_ORG_BREAK_WORDS = (_ROLE_WORDS | _TITLE_SET) - {"Interior", "Foreign", "Defence", "Defense", "State", "Supreme", "Prime"}
_ORG_CONNECTOR_RE = re.compile(r"[ \t]+(?:of|for|and|on|&|de|of the|for the|on the)[ \t]+")
_UNION_LOCAL_RE = re.compile(r"(?<![\w])Local[ \t]+\d{1,5}(?![\w])")


def _organisation_hits(text: str, directory: ActorDirectory, sequences: list[re.Match[str]]) -> list[_Hit]:
    """Capitalised names that are organisations by their head word: "… Union", "… Ministry",
    "Ministry of …", "… Watch", "… Times"; union branches ("Local 512"). Names made only of
    generic words ("Death Committee", "City Council") are left out unless known."""
    hits: list[_Hit] = []
    index = 0
    count = len(sequences)
    while index < count:
        sequence = sequences[index]
        start, end = sequence.start(), sequence.end()
        words = sequence.group().split()
        if len(words) == 1 and (index + 1 == count or sequences[index + 1].start() - end > 9) and words[0] not in _ORG_HEADS:
            index += 1  # one word, nothing joined to it, no head: the common case, settled cheaply
            continue
        has_head = not _ORG_HEADS.isdisjoint(words)
        following = index + 1
        # Join runs linked by "of", "for", "and" … ("Ministry of Health and Social Affairs").
        while (
            following < len(sequences)
            and sequences[following].start() - end <= 9
            and _ORG_CONNECTOR_RE.fullmatch(text, end, sequences[following].start())
        ):
            end = sequences[following].end()
            has_head = has_head or not _ORG_HEADS.isdisjoint(sequences[following].group().split())
            following += 1
        span = _organisation_span(text, start, end) if has_head else None
        if span is not None:
            name = text[span[0] : span[1]]
            hits.append(_Hit(*span, "organisation", directory.resolve(name), new_name=name, new_kind="organisation"))
        index = following
    for match in _UNION_LOCAL_RE.finditer(text):
        name = match.group()
        resolution = directory.resolve(name)
        hits.append(_Hit(match.start(), match.end(), "organisation", resolution, new_name=name, new_kind="organisation"))
    return hits


def _organisation_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The organisation's name within the capitalised run ``text[start:end]``, if it has one."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    # Start after the last role, title or function word ("Secretary of the …", "The …").
    first = 0
    for i, (word, _, _) in enumerate(words):
        if word in _FUNCTION_WORDS or word in _ORG_BREAK_WORDS or (word[0].islower() and i == first):
            first = i + 1
    words = words[first:]
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[0][0] in _ORG_FIRST_HEADS and words[1][0] in ("of", "for"):
        last = len(words) - 1  # "Ministry of Health and Social Affairs"
    else:
        last = max((i for i, (word, _, _) in enumerate(words) if word in _ORG_HEADS), default=-1)
    if last < 1:
        return None
    words = words[: last + 1]
    while words and words[-1][0] in ("of", "for", "and", "on", "&", "de", "the"):
        words.pop()
    meaningful = [w for w, _, _ in words if w not in _GENERIC_ORG_WORDS and w not in _ORG_HEADS and w[0].isupper()]
    if len(words) < 2 or not meaningful:
        return None
    return start + words[0][1], start + words[-1][2]


#: Runs of one to four capitalised name words. The capital comes first and the "not inside a
#: word" test after it (a two-character lookbehind), so that ``re`` can skip ahead to capitals.
_NAME_SEQ_RE = re.compile(
    rf"[{_UPPER}](?<![\w{_HYPHEN}{_APOSTROPHES}].){_NAME_WORD[len(f'[{_UPPER}]'):]}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,3}}"
)


def _fuzzy_hits(text: str, directory: ActorDirectory, alias_hits: list[_Hit], sequences: list[re.Match[str]]) -> list[_Hit]:
    """Capitalised words the spelling pattern missed that fuzzy-match a known actor
    ("Pourmihammadi", "Massoud Radjavi"). A sequence holding a known name in full ("Amnesty
    International Iran") is left to that name."""
    taken = {(h.start, h.end) for h in alias_hits}
    full = sorted((h.start, h.end) for h in alias_hits if h.resolution.method == "exact")
    full_starts = [start for start, _ in full]
    hits: list[_Hit] = []
    for match in sequences:
        written = match.group()
        if (match.start(), match.end()) in taken:
            continue
        if " " not in written and "\t" not in written and (len(written) < FUZZY_MIN_KEY_LENGTH or written in _NOT_NAME):
            continue
        span = _head_span(text, match.start(), _trim_name(written.split()))
        if span is None or span in taken or span[1] - span[0] < FUZZY_MIN_KEY_LENGTH:
            continue
        index = bisect.bisect_left(full_starts, span[1]) - 1
        if index >= 0 and full[index][1] > span[0]:
            continue
        resolution = directory.resolve(text[span[0] : span[1]])
        if resolution.method in ("exact", "fuzzy"):
            hits.append(_Hit(*span, "fuzzy", resolution, contextual=True))
    return hits


# ---------------------------------------------------------------------------- unnamed sources

_DETERMINERS = frozenset("a A an An one One another Another".split())
_DETERMINER_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?P<mods>(?:[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,4}})\Z"
)
_BARE_BEFORE_RE = re.compile(rf"(?<![\w])(?:[{_UPPER}][a-z]+[ \t]+(?:[a-z]+[ \t]+)?)?\Z")
_COORDINATION_RE = re.compile(rf"[ \t]+and[ \t]+(?:[\w{_HYPHEN}]+[ \t]+){{0,3}}?(?:{_trie_pattern(_ROLE_WORD_LIST)})\b")
_PREPOSITIONS = frozenset("of to for at in with from on within inside under close".split())
_RELATIVES = frozenset("who whom whose which that".split())
_STOP_VERBS = frozenset(
    """is was were are be been being has have had will would shall should can could may might must
    did does do gave spoke sent""".split()
) | _VERB_SET
_PRONOUN_VERB_RE = re.compile(rf"\b(?:he|she|He|She)[ \t]+{_AUX}{{0,2}}(?:{_trie_pattern(_VERB_WORDS)})\b")
_BOUNDARY_BEFORE_RE = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*|[“\"]\s*)\Z")
#: An introductory phrase before a description ("Prior to him, a senior official …"); it must
#: hold a lowercase word or open with a preposition, so that a name ("Mostafa Pour-Mohammadi,
#: an advisor …") does not count.
_INTRO_COMMA_RE = re.compile(
    r"(?:^|[.!?][\"”’)]*\s+|\n\s*)(?=(?:[\w’'-]+[ \t]+){0,4}[\w’'-]+,[ \t]+\Z)"
    r"(?:[\w’'-]+[ \t]+){0,4}?(?:[a-z][\w’'-]*|In|On|At|By|After|Before|Since|During|Prior|Earlier|Later|Meanwhile)"
    r"(?:[ \t]+[\w’'-]+){0,4},[ \t]+\Z"
)
_COMPLEMENT_TOKEN_RE = re.compile(rf"\([^()\n]{{0,60}}\)|[{_LETTER}0-9]+(?:[{_HYPHEN}{_APOSTROPHES}][{_LETTER}0-9]+)*|\S")
_RELATIVE_START_RE = re.compile(r"[ \t]+(?:who|that|which|whom|whose)\b")
_TRAILING_AUX_RE = re.compile(rf"[ \t]+{_AUX}+\Z")
_SENTENCE_END_RE = re.compile(r"\n|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bHon)(?<!\b[A-Z])[.!?](?=[\s\"”’]|\Z)")
_GAP_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:has|have|had|also|then|later|further|again|recently|reportedly|publicly|"
    r"openly|previously|once again|secretly|first)[ \t]+){0,3}\Z"
)
_APPOSITIVE_GAP_RE = re.compile(r"[ \t]*,[^,.;:!?“”\"\n]{1,150},[ \t]*(?:(?:has|have|had|also)[ \t]+){0,2}\Z")


def _unnamed_hits(text: str, triggers: _Triggers) -> list[_Hit]:
    """Descriptions of unnamed sources that are the subject of a reporting verb.

    "A former political prisoner and human rights activist, said …"; "a senior official of the
    Ministry of Intelligence and Security (MOIS) who … . Speaking of …, he said"; plural ones
    opening a sentence ("Persons who had previously attended the event insisted …"). The span
    is the head (determiner to role noun); the description (the new actor's name) runs on
    through a prepositional complement, or through a relative clause when there is none.
    """
    hits: list[_Hit] = []
    for role in triggers.roles:
        window = text[max(0, role.start() - 80) : role.start()]
        determiner = None
        if _DETERMINERS.intersection(window[-60:].split()[-5:]):
            determiner = _DETERMINER_BEFORE_RE.search(window)
        if determiner is not None:
            if any(word.casefold() in _RELATIVES or word.casefold() in _STOP_VERBS for word in determiner.group("mods").split()):
                continue
            start = role.start() - len(window) + determiner.start()
        else:
            bare = _BARE_BEFORE_RE.search(window)
            if bare is None or not role.group().casefold().endswith(("s", "people", "men")):
                continue
            start = role.start() - len(window) + bare.start()
            if not text[start : start + 1].isupper():
                continue
        if not _clause_start(text, start):
            continue
        head_end = role.end()
        coordination = _COORDINATION_RE.match(text, head_end)
        if coordination is not None:
            head_end = coordination.end()
        complement_end = _complement_end(text, head_end)
        relative_end = _relative_clause_end(text, complement_end)
        if not _reports(text, complement_end, relative_end):
            continue
        description_end = relative_end if relative_end is not None and complement_end == head_end else complement_end
        description = text[start:description_end].strip()
        hits.append(_Hit(start, head_end, "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
    return hits


#: Bare plural subjects of a reporting verb: "Families say …", "Local residents told …",
#: "Importers of grain warned …" (a quantifier or adjective, the plural noun, a complement).
_PLURAL_SPEAKER_RE = re.compile(
    rf"(?P<head>(?:(?:Some|Many|Most|Several|Other|Two|Three|Four|Five|Local|Senior|Independent|Foreign)[ \t]+)?"
    rf"(?:[a-z]+[ \t]+)?[{_UPPER}]?[a-z]+(?:s|people|men))"
    rf"(?P<complement>[ \t]+(?:of|from|in|at|for|with|on|close to)[ \t]+[^,;:“”\"\n]{{1,60}}?)?"
    rf",?[ \t]+{_AUX}{{0,2}}\Z"
)
_MID_SENTENCE_CAPITAL_RE = re.compile(rf"[a-z,;][ \t]+([{_UPPER}][{_LETTER}]+)")
_NOT_PLURAL_SPEAKERS = frozenset(
    """this has was is its his us news series thus yes less unless reuters times nations states
    democrats republicans conservatives liberals socialists greens""".split()
)


#: "A senior engineer at the plant said …": any noun after "a", not only the role nouns.
_SINGULAR_SPEAKER_RE = re.compile(
    rf"(?P<head>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)[ \t]+"
    rf"(?:(?!(?:of|from|in|at|for|with|on|by|to|who|that)\b)[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,3}}?"
    rf"[a-z][a-z{_HYPHEN}]+)"
    rf"(?P<complement>[ \t]+(?:of|from|in|at|for|with|on|close to)[ \t]+[^,;:“”\"\n]{{1,60}}?)?"
    rf"(?:,[^,“”\"\n]{{1,80}},)?[ \t]+{_AUX}{{0,2}}\Z"
)
#: "…,” said a union official." / "said one resident of the street.": the description after.
_AFTER_VERB_DESCRIPTION_RE = re.compile(
    rf"[ \t]+(?P<description>(?P<head>(?:a|an|one|another)[ \t]+"
    rf"(?:(?!(?:of|from|in|at|for|with|on|by|to|who|that)\b)[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,3}}?[a-z][a-z{_HYPHEN}]+)"
    rf"(?:[ \t]+(?:of|from|in|at|for|with|on)[ \t]+[^,.;:!?“”\"\n]{{1,60}})?)(?=[ \t]*(?:[.,;:!?]|\Z))"
)
#: Heads that are documents or amounts, not speakers ("A report said", "A few said").
_NOT_SPEAKER_HEADS = frozenset(
    """report statement study document letter survey analysis paper article memo filing video
    photo clip review audit note notice release post tweet message file record few number lot
    majority minority dozen couple handful third half quarter source""".split()
)


def _plural_speaker_hits(text: str, triggers: _Triggers) -> list[_Hit]:
    """Unnamed speakers opening a sentence right before a reporting verb: bare plurals
    ("Families say", "Importers of grain warned") and "a/an" descriptions with any noun ("A
    senior engineer at the plant said"). A capitalised plural used as a name elsewhere in the
    text ("Reuters") does not count."""
    hits: list[_Hit] = []
    names_mid_sentence: set[str] | None = None
    for verb in triggers.verbs:
        if verb.group() in ("according to", "According to"):
            continue
        if verb.group() in _INVERTED_VERBS:
            after = _AFTER_VERB_DESCRIPTION_RE.match(text, verb.end())
            if after is not None and after.group("head").split()[-1].casefold() not in _NOT_SPEAKER_HEADS:
                description = after.group("description")
                hits.append(_Hit(after.start("description"), after.end("head"), "unnamed", Resolution(description),
                                 new_name=description, new_kind="unnamed"))
        # Cheap test first: a plural word just before the verb, or "a"/"one" a few words back.
        before = text[max(0, verb.start() - 70) : verb.start()].split()
        while before and before[-1] in _AUX_WORDS:
            before.pop()
        recent = before[-10:]
        plural = any(word.rstrip(",").endswith(("s", "people", "men")) for word in recent)
        if not recent or not (plural or _DETERMINERS.intersection(recent)):
            continue
        window_start = max(0, verb.start() - 100)
        breaks = list(_CLAUSE_BREAK_RE.finditer(text, window_start, verb.start()))
        if not breaks and window_start > 0:
            continue
        start = breaks[-1].end() if breaks else 0
        after_quote = bool(breaks) and breaks[-1].group() in "”\""
        while start < verb.start() and (text[start].isspace() or (after_quote and text[start] == ",")):
            start += 1
        if not (text[start : start + 1].isupper() or after_quote):
            continue  # a speaker opens its sentence, or follows the quotation it speaks
        singular = _SINGULAR_SPEAKER_RE.fullmatch(text, start, verb.start())
        if singular is not None:
            words = singular.group("head").split()
            head = words[-1]
            passive = any(word in _STOP_VERBS for word in words[1:])  # "An audio file was revealed"
            if not passive and head.casefold() not in _NOT_SPEAKER_HEADS and not head.endswith("ly"):
                end = singular.end("complement") if singular.group("complement") else singular.end("head")
                description = text[start:end]
                head_end = singular.end("head")
                hits.append(_Hit(start, head_end, "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
            continue
        found = _PLURAL_SPEAKER_RE.fullmatch(text, start, verb.start())
        if found is None:
            continue
        first = text[start : found.end("head")].split()[0]
        head = found.group("head").split()[-1]
        if head.casefold() in _NOT_PLURAL_SPEAKERS or first in _FUNCTION_WORDS - {"Some", "Many", "Most", "Several", "Other"}:
            continue
        if names_mid_sentence is None:
            names_mid_sentence = set(_MID_SENTENCE_CAPITAL_RE.findall(text))
        if first in names_mid_sentence or _full_name_elsewhere(text, first) is not None:
            continue  # capitalised mid-sentence elsewhere, or after a given name: a name ("Reyes")
        end = found.end("complement") if found.group("complement") else found.end("head")
        description = text[start:end]
        hits.append(_Hit(start, found.end("head"), "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
    return hits


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    return bool(_BOUNDARY_BEFORE_RE.search(before) or _INTRO_COMMA_RE.search(before))


def _complement_end(text: str, position: int) -> int:
    """The end of a prepositional complement after a description's head ("of the Ministry of
    Intelligence and Security"), or ``position`` if none follows. It stops before a bracket,
    punctuation, a relative pronoun, a verb or an adverb, after at most 15 words."""
    kept: list[tuple[str, int]] = []  # (word, end)
    end = position
    for count, token in enumerate(_COMPLEMENT_TOKEN_RE.finditer(text, position, min(len(text), position + 200))):
        word = token.group()
        folded = word.casefold()
        if "\n" in text[end : token.start()] or count > 14:
            break
        if count == 0:
            if folded not in _PREPOSITIONS:
                return position
        elif not word[0].isalnum() or folded in _RELATIVES or folded in _STOP_VERBS:
            break
        elif word[0].islower() and word.endswith(("ly", "ed")):
            break
        kept.append((folded, token.end()))
        end = token.end()
    while kept and kept[-1][0] in _PREPOSITIONS | _CONNECTORS:
        kept.pop()
    return kept[-1][1] if kept else position


def _relative_clause_end(text: str, position: int) -> int | None:
    """Where a relative clause after ``position`` ("who … has confirmed") ends: before its
    sentence's reporting verb and auxiliaries; None if there is no such clause."""
    match = _RELATIVE_START_RE.match(text, position)
    if match is None:
        return None
    verb = _VERB_RE.search(text, match.end(), _sentence_end(text, position))
    if verb is None:
        return None
    clause = text[position : verb.start()]
    aux = _TRAILING_AUX_RE.search(clause)
    if aux is not None:
        clause = clause[: aux.start()]
    return position + len(clause.rstrip(" \t,"))


def _sentence_end(text: str, position: int) -> int:
    found = _SENTENCE_END_RE.search(text, position)
    return found.end() if found is not None else len(text)


def _reports(text: str, position: int, relative_end: int | None) -> bool:
    """Whether the description ending at ``position`` is the subject of a reporting verb: the
    verb follows at once (past a comma, "has", "also" …), after an appositive between commas,
    or after a relative clause; or the next sentence opens with "he/she said" ("Speaking of
    …, he said")."""
    sentence_end = _sentence_end(text, position)
    verb = _VERB_RE.search(text, position, sentence_end)
    if verb is not None:
        if _GAP_RE.match(text, position, verb.start()) or _APPOSITIVE_GAP_RE.match(text, position, verb.start()):
            return True
        if relative_end is not None and _GAP_RE.match(text, relative_end, verb.start()):
            return True
    following = text[sentence_end : sentence_end + 120]
    pronoun = _PRONOUN_VERB_RE.search(following)
    return pronoun is not None and not any(ch in following[: pronoun.start()] for ch in ".!?“\"")


# ---------------------------------------------------------------------------- the scan


@dataclass(frozen=True)
class AmbiguousMention:
    """A name in the text that several known actors fit equally, with no context to decide."""

    start: int
    end: int
    text: str
    actors: tuple[KnownActor, ...]


@dataclass(frozen=True)
class ActorScan:
    """Everything one pass over a text finds: mentions (sorted, non-overlapping), new actors
    for review (in order of first mention), and names left ambiguous."""

    mentions: list[MentionFound]
    candidates: list[KnownActor]
    ambiguous: list[AmbiguousMention]


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits in text order: the longest wins, then the more reliable source."""
    starts: list[int] = []
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.source], h.start)):
        index = bisect.bisect_right(starts, hit.start)
        if index > 0 and chosen[index - 1].end > hit.start:
            continue
        if index < len(chosen) and chosen[index].start < hit.end:
            continue
        starts.insert(index, hit.start)
        chosen.insert(index, hit)
    return chosen


def _free_unnamed_heads(text: str, unnamed: list[_Hit], named: list[_Hit]) -> list[_Hit]:
    """Unnamed heads moved past any named actor inside them ("a former Amnesty International
    researcher": Amnesty keeps its mention), dropped if nothing is left."""
    ends = sorted((h.start, h.end) for h in named if h.source != "lone")
    starts = [start for start, _ in ends]
    kept: list[_Hit] = []
    for hit in unnamed:
        index = max(0, bisect.bisect_left(starts, hit.start) - 1)
        while index < len(ends) and ends[index][0] < hit.end:
            if ends[index][1] > hit.start:
                hit.start = max(hit.start, ends[index][1])
            index += 1
        while hit.start < hit.end and not text[hit.start].isalnum():
            hit.start += 1
        if hit.start < hit.end:
            kept.append(hit)
    return kept


_QUOTE_RE = re.compile(r"“[^”\n]*(?:”|(?=\n)|\Z)|\"[^\"\n]*\"")
_GENDERED_TITLE_RE = re.compile(r"(?<![\w])(Mrs|Ms|Miss|Mr)\.?[ \t]+\Z")


def _title_gender(text: str, start: int) -> str | None:
    """"f" after Mrs./Ms./Miss, "m" after Mr., else None: to tell two Rajavis apart."""
    found = _GENDERED_TITLE_RE.search(text, max(0, start - 8), start)
    if found is None:
        return None
    return "m" if found.group(1) == "Mr" else "f"


class _Context:
    """Who has been named in full so far, inside and outside quotations, and with what title."""

    def __init__(self, text: str) -> None:
        self.quotes = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
        self.quote_starts = [start for start, _ in self.quotes]
        # Each actor once (by identity: hashing a dataclass is slow), in order of their latest
        # full naming, the last the most recent.
        self.everywhere: dict[int, KnownActor] = {}
        self.outside_quotes: dict[int, KnownActor] = {}
        self.titled: dict[KnownActor, set[str]] = {}

    def inside_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, position) - 1
        return index >= 0 and self.quotes[index][0] < position < self.quotes[index][1]

    def resolve(
        self, directory: ActorDirectory, written: str, resolution: Resolution, inside: bool, gender: str | None
    ) -> Resolution:
        """Settle a name that is ambiguous or unknown by what came before.

        A title's gender decides between actors already named with a gendered title ("Mrs.
        Maryam Rajavi" earlier, then "Mrs. Rajavi"). Otherwise the most recent full name wins,
        counting for a name outside quotations only names outside them when one fits (a
        speaker's quote mentioning Massoud Rajavi does not make the next "Rajavi said" him).
        """
        if resolution.ambiguous and gender is not None:
            fitting = [actor for actor in resolution.ambiguous if gender in self.titled.get(actor, ())]
            if len(fitting) == 1:
                return Resolution(written, fitting[0], "context", resolution.score)
        if not inside:
            settled = directory.resolve_in_context(written, list(self.outside_quotes.values()))
            if settled.actor is not None:
                return settled
        return directory.resolve_in_context(written, list(self.everywhere.values()))

    def named(self, actor: KnownActor, inside: bool, gender: str | None) -> None:
        self.everywhere.pop(id(actor), None)
        self.everywhere[id(actor)] = actor
        if not inside:
            self.outside_quotes.pop(id(actor), None)
            self.outside_quotes[id(actor)] = actor
        if gender is not None:
            self.titled.setdefault(actor, set()).add(gender)


#: Single capitalised words that speak but name no one: "Everyone said", "Management said".
_NOT_SPEAKING_NAMES = frozenset(
    """Everyone Everybody Nobody Someone Somebody Anyone Anybody Management Police Authorities
    Officials Critics Residents Locals Experts Analysts Witnesses Sources Others Insiders""".split()
)


class _NamesMidSentence:
    """Capitalised words written mid-sentence somewhere in a text (names, not sentence starts),
    computed on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._names is None:
            self._names = set(_MID_SENTENCE_CAPITAL_RE.findall(self._text))
        return word in self._names


def _speaking_organisation(text: str, word: str, names_mid_sentence: _NamesMidSentence) -> bool:
    """Whether a single unknown capitalised word by a reporting verb, that no context settles, is
    an organisation: news introduces people by their full name, so a lone word that never
    follows a given name is a body named by one word ("Greenpeace said", "Oxfam warned"). A
    word ending in "s" may be a plural ("Prosecutors said"): it counts only if the text also
    capitalises it mid-sentence ("… told Reuters")."""
    if len(word) < 3 or " " in word or word in _NOT_NAME or word in _ORG_HEADS or word in _NOT_SPEAKING_NAMES:
        return False
    if not word[0].isupper() or word.isupper() or not word[1:].islower() and not word.isalpha():
        return False
    if _full_name_elsewhere(text, word) is not None:
        return False
    return not word.endswith("s") or word in names_mid_sentence


def scan_actors(text: str, directory: ActorDirectory) -> ActorScan:
    """Find every actor named in ``text``: mentions, new candidates, and unsettled ambiguities."""
    alias = _alias_hits(text, directory, "alias")
    alias += _coordinated_given_names(text, directory, alias)
    triggers = _triggers(text)
    named = alias + _definition_hits(text, directory)
    sequences = list(_NAME_SEQ_RE.finditer(text))
    named += _title_hits(text, directory, triggers) + _verb_hits(text, directory, triggers)
    named += _person_hits(text, directory, triggers, sequences) + _fuzzy_hits(text, directory, alias, sequences)
    named += _turn_label_hits(text, directory) + _organisation_hits(text, directory, sequences)
    selected = _select(named)
    unnamed = _unnamed_hits(text, triggers) + _plural_speaker_hits(text, triggers)
    selected = _select(selected + _free_unnamed_heads(text, unnamed, selected))

    context = _Context(text)
    names_mid_sentence = _NamesMidSentence(text)
    mentions: list[MentionFound] = []
    ambiguous: list[AmbiguousMention] = []
    new: list[_Hit] = []
    for hit in selected:
        written = text[hit.start : hit.end]
        resolution = hit.resolution
        inside = context.inside_quote(hit.start)
        gender = _title_gender(text, hit.start)
        if hit.source != "unnamed" and resolution.actor is None and (resolution.ambiguous or hit.contextual):
            resolution = context.resolve(directory, written, resolution, inside, gender)
        if resolution.actor is not None:
            mentions.append(MentionFound(hit.start, hit.end, written, resolution.actor.name, resolution.actor.kind))
            if resolution.method in ("exact", "fuzzy"):
                context.named(resolution.actor, inside, gender)
        elif resolution.ambiguous:
            ambiguous.append(AmbiguousMention(hit.start, hit.end, written, resolution.ambiguous))
        elif hit.new_name is not None:
            new.append(hit)
        elif hit.source == "lone" and _speaking_organisation(text, written, names_mid_sentence):
            hit.new_name, hit.new_kind = written, "organisation"
            new.append(hit)
    candidates = _candidates(text, new, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    return ActorScan(mentions, candidates, ambiguous)


def _candidates(text: str, new: list[_Hit], mentions: list[MentionFound]) -> list[KnownActor]:
    """Turn names no known actor fits into candidate actors: merge their spellings (a bare
    surname joins the full name it ends), add their mentions to ``mentions``, and find their
    later spellings where nothing else was found (a defined acronym used again)."""
    by_key: dict[str, KnownActor] = {}
    order: dict[str, int] = {}

    def register(name: str, kind: ActorKind, aliases: tuple[str, ...], start: int) -> str:
        key = match_key(name)
        for other_key, other in by_key.items():  # "IHRM" after "Iran Human Rights Monitor (IHRM)"
            if other.kind == kind and any(match_key(alias) == key for alias in other.aliases):
                key = other_key
                break
        existing = by_key.get(key)
        if existing is not None:
            name, aliases = existing.name, (*existing.aliases, *aliases)
        by_key[key] = KnownActor(name, kind, tuple(a for a in dict.fromkeys(aliases) if a != name))
        order[key] = min(order.get(key, start), start)
        return key

    assigned: list[tuple[_Hit, str]] = []
    # Full names and organisations first, so that a bare surname can join its full name; a
    # person's other spelling ("Mustafa Pourmohammadi" after "Mostafa Pour-Mohammadi") joins
    # the first as an alias.
    persons: ActorDirectory | None = None  # rebuilt only after a new person is registered
    for hit in sorted(new, key=lambda h: (h.source == "lone" or (h.new_kind == "person" and len((h.new_name or "").split()) == 1), h.start)):
        assert hit.new_name is not None and hit.new_kind is not None
        if hit.new_kind == "person" and match_key(hit.new_name) not in by_key:
            if persons is None:
                persons = ActorDirectory(actor for actor in by_key.values() if actor.kind == "person")
            found = persons.resolve(hit.new_name).actor
            if found is not None:
                key = match_key(found.name)
                if len(hit.new_name.split()) > 1:
                    register(found.name, "person", (hit.new_name,), hit.start)
                    persons = None
                assigned.append((hit, key))
                order[key] = min(order[key], hit.start)
                continue
        if hit.source == "lone":  # a one-word organisation, unless a new person's name holds it
            key = match_key(hit.new_name)
            owner = next((k for k, a in by_key.items() if a.kind == "person" and key in _name_parts(a)), None)
            if owner is not None:
                assigned.append((hit, owner))
                continue
        if hit.new_kind == "person" and match_key(hit.new_name) not in by_key:
            persons = None
            full = _full_name_elsewhere(text, hit.new_name) if len(hit.new_name.split()) == 1 else None
            if full is not None:  # "Mayor Dorsey" alone, "Ellen Dorsey" in a caption: the fullest name
                assigned.append((hit, register(text[full[0] : full[1]], "person", (), hit.start)))
                continue
        assigned.append((hit, register(hit.new_name, hit.new_kind, hit.new_aliases, hit.start)))
    for hit, key in assigned:
        actor = by_key[key]
        mentions.append(MentionFound(hit.start, hit.end, text[hit.start : hit.end], actor.name, actor.kind))
    local = ActorDirectory(actor for actor in by_key.values() if actor.kind != "unnamed")
    if len(local):
        taken = sorted((m.start, m.end) for m in mentions)
        starts = [start for start, _ in taken]
        for hit in _alias_hits(text, local, "local"):
            index = bisect.bisect_left(starts, hit.end) - 1
            later = hit.resolution.actor
            if later is None or (index >= 0 and taken[index][1] > hit.start):
                continue
            mentions.append(MentionFound(hit.start, hit.end, text[hit.start : hit.end], later.name, later.kind))
    return [by_key[key] for key in sorted(by_key, key=lambda k: order[k])]


def find_mentions(text: str, directory: ActorDirectory) -> list[MentionFound]:
    """Actors named in ``text``, sorted by position, non-overlapping (the longest match wins).

    ``actor`` is the canonical name: the known actor's, or a new actor's own (for an unnamed
    source, its description as written, while the span covers the description's head words).
    Bare surnames are settled by context; those that stay ambiguous are left out (see
    :func:`scan_actors` for them). ``text[m.start:m.end] == m.text`` for every mention.
    """
    return scan_actors(text, directory).mentions


def candidate_actors(text: str, directory: ActorDirectory) -> list[KnownActor]:
    """New actors named in ``text`` (none of ``directory``'s), with the spellings seen, for review."""
    return scan_actors(text, directory).candidates
