"""The actor directory: known actors indexed for resolving written names (exact key, surname,
fuzzy, context) and for finding their spellings in text.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from provenance.extract.actors.fuzzy import FUZZY_MIN_KEY_LENGTH, fuzzy_resolve
from provenance.extract.actors.names import (
    _name_forms,
    _name_parts,
    _skeleton,
    _surname_spellings,
)
from provenance.extract.actors.resolution import Resolution, pick
from provenance.extract.actors.roster import KnownActor, match_key
from provenance.extract.actors.spellings import _compile_spellings
from provenance.extract.actors.vocabulary import _clean, is_acronym, strip_title

_CACHE_LIMIT = 100_000


def _with(actors: tuple[KnownActor, ...], actor: KnownActor) -> tuple[KnownActor, ...]:
    """``_unique((*actors, actor))`` for ``actors`` without repeats, without hashing actors
    (a frozen dataclass hashes in Python, and directories are built per document)."""
    return actors if actor in actors else (*actors, actor)


def _joined(first: tuple[KnownActor, ...], second: tuple[KnownActor, ...]) -> tuple[KnownActor, ...]:
    """``_unique((*first, *second))`` for two tuples without repeats; mostly one is empty."""
    if not second:
        return first
    if not first:
        return second
    return (*first, *(actor for actor in second if actor not in first))


@functools.lru_cache(maxsize=16384)
def _skeletons(surnames: tuple[str, ...]) -> frozenset[str]:
    """The consonant skeletons of a person's surnames (memoised: every document's directories
    index the same names again)."""
    return frozenset(_skeleton(match_key(surname)) for surname in surnames)


@functools.lru_cache(maxsize=16384)
def _single_word_key(name: str) -> str | None:
    """The matching key of ``name``'s last form when that is one word and no acronym (the part
    of a person's name context may settle it by), else None. Memoised: a pure function of the
    name, asked for every bare name no actor fits, and the forms are costly to work out."""
    forms = _name_forms(name)
    if forms and len(forms[-1].split()) == 1 and not is_acronym(forms[-1]):
        return match_key(forms[-1])
    return None


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
        # In insertion order (a set's order follows PYTHONHASHSEED): the fuzzy keys' order
        # decides ties and the cut at the twelve best, which must not change between runs.
        touched: dict[str, None] = {}
        for actor in actors:
            if actor.kind == "unnamed":
                continue
            for spelling in actor.spellings:
                key = match_key(spelling)
                if key:
                    self._by_key[key] = _with(self._by_key.get(key, ()), actor)
                    self._spellings[spelling] = None
                    touched[key] = None
                    if is_acronym(spelling):
                        self._acronyms.add(key)
            surnames = _surname_spellings(actor)
            for surname in surnames:
                key = match_key(surname)
                self._by_surname[key] = _with(self._by_surname.get(key, ()), actor)
                self._spellings[surname] = None
                touched[key] = None
            if actor.kind == "person":
                self._surname_skeletons[actor] = _skeletons(surnames or (actor.name,))
        for key in touched:
            if len(key) >= FUZZY_MIN_KEY_LENGTH and key not in self._acronyms:
                self._fuzzy_owners[key] = _joined(self._by_key.get(key, ()), self._by_surname.get(key, ()))
        for key in self._acronyms.intersection(self._fuzzy_owners):
            del self._fuzzy_owners[key]
        self._fuzzy_keys = list(self._fuzzy_owners)
        self._pattern: re.Pattern[str] | None = None
        self._resolve_cache: dict[str, Resolution] = {}
        self._found_cache: dict[str, Resolution] = {}
        self._memos: dict[str, dict[str, Any]] = {}

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
        key = _single_word_key(name)
        if key is not None:
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
                return pick(name, found, "exact", 100.0)
        for form in forms:
            found = self._by_surname.get(match_key(form))
            if found:
                return pick(name, found, "surname", 100.0)
        for form in forms[-1:]:
            key = match_key(form)
            if len(key) >= FUZZY_MIN_KEY_LENGTH and not is_acronym(form):
                return fuzzy_resolve(name, key, self._fuzzy_keys, self._fuzzy_owners, self._surname_skeletons, single_word=len(form.split()) == 1)
        return Resolution(name)

    def memo(self, purpose: str) -> dict[str, Any]:
        """A dictionary for a detector to memoise what it derives from a written name and this
        directory's resolutions (the same names recur within and across documents). Emptied
        when actors are added, since resolutions may change; bounded like the caches above."""
        memo = self._memos.get(purpose)
        if memo is None or len(memo) > _CACHE_LIMIT:
            memo = self._memos[purpose] = {}
        return memo

    # -- finding spellings in text

    @property
    def pattern(self) -> re.Pattern[str]:
        """One regular expression for every spelling (names, aliases, surnames), longest first."""
        if self._pattern is None:
            self._pattern = _compile_spellings(tuple(self._spellings))
        return self._pattern

    def resolve_found_all(self, written: list[str]) -> list[Resolution]:
        """:meth:`resolve_found` of each of ``written``: a text's hundreds of matches, most of
        them resolved before, so when all are cached the cache is read by ``map`` (in C)."""
        if not self._found_cache.keys() >= set(written):
            return [self.resolve_found(name) for name in written]
        return list(map(self._found_cache.__getitem__, written))

    def resolve_found(self, written: str) -> Resolution:
        """Resolve text :attr:`pattern` matched: by key among names and aliases, else surnames."""
        cached = self._found_cache.get(written)
        if cached is None:
            key = match_key(written)
            if key in self._by_key:
                cached = pick(written, self._by_key[key], "exact", 100.0)
            elif key in self._by_surname:
                cached = pick(written, self._by_surname[key], "surname", 100.0)
            else:
                cached = Resolution(written)
            if len(self._found_cache) > _CACHE_LIMIT:
                self._found_cache.clear()
            self._found_cache[written] = cached
        return cached
