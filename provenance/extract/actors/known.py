"""Mentions of known actors: their spellings by the directory's pattern, given names
coordinated with a known surname ("Massoud and Maryam Rajavi"), and fuzzy variants.
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from typing import cast

from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.fuzzy import FUZZY_MIN_KEY_LENGTH
from provenance.extract.actors.hits import _Hit, _Source
from provenance.extract.actors.names import (
    _NAME_WORD_BEFORE_RE,
    _head_span,
    _is_person_name,
    _trim_name,
)
from provenance.extract.actors.resolution import Resolution
from provenance.extract.actors.spellings import fold_diacritics
from provenance.extract.actors.vocabulary import _NAME_WORD, _NOT_NAME


def _alias_hits(text: str, directory: ActorDirectory, source: _Source) -> list[_Hit]:
    """Every spelling of a known actor, with or without its diacritics (a shared surname comes
    back ambiguous)."""
    folded = fold_diacritics(text)
    matches = list(directory.pattern.finditer(folded))
    written = list(map(re.Match.group, matches)) if folded is text else [text[m.start() : m.end()] for m in matches]
    resolutions = directory.resolve_found_all(written)
    return [
        _Hit(*match.span(), source, resolution, contextual=True)
        for match, resolution in zip(matches, resolutions)
        if resolution.actor is not None or resolution.ambiguous
    ]


_COORDINATED_GIVEN_RE = re.compile(rf"(?P<given>{_NAME_WORD})[ \t]+and[ \t]+\Z")


def _coordinated_given_names(text: str, directory: ActorDirectory, hits: list[_Hit]) -> list[_Hit]:
    """"Massoud and Maryam Rajavi": a given name before "and" shares the surname that follows."""
    extra: list[_Hit] = []
    for hit in hits:
        actor = hit.resolution.actor
        if actor is None or actor.kind != "person" or hit.resolution.method != "exact":
            continue
        if not _and_before(text, hit.start):
            continue  # cheap test first: most names follow no "and"
        written = text[hit.start : hit.end].split()
        before = _COORDINATED_GIVEN_RE.search(text, max(0, hit.start - 60), hit.start) if len(written) >= 2 else None
        if before is None:
            continue
        resolution = directory.resolve(" ".join([before.group("given"), *written[1:]]))
        if resolution.actor is not None and resolution.method == "exact" and resolution.actor != actor:
            extra.append(_Hit(before.start("given"), before.end("given"), "alias", resolution))
    return extra


def _coordinated_new_given_names(text: str, hits: list[_Hit]) -> list[_Hit]:
    """"Madina and Zarina Yusupova" for new people: a lone given name before "and" and a new
    person's full name shares that surname ("Madina Yusupova"). A capitalised word before the
    given name makes it a surname of its own ("Anna Berg and Zarina Yusupova")."""
    extra: list[_Hit] = []
    for hit in hits:
        if hit.new_kind != "person" or hit.resolution.actor is not None or not _and_before(text, hit.start):
            continue
        written = text[hit.start : hit.end].split()
        before = _COORDINATED_GIVEN_RE.search(text, max(0, hit.start - 60), hit.start) if len(written) >= 2 else None
        if before is None or not _is_person_name([before.group("given")]) or _NAME_WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start()):
            continue
        name = " ".join([before.group("given"), *written[1:]])
        extra.append(_Hit(before.start("given"), before.end("given"), "person", Resolution(name), new_name=name, new_kind="person"))
    return extra


def _coordinated_acronyms(text: str, directory: ActorDirectory, hits: list[_Hit]) -> list[_Hit]:
    """An acronym joined by "and" or "or" to an organisation's name: "the International
    Organization for Migration (IOM) and UNHCR", "UNHCR and the Red Cross". Bodies are listed
    with bodies; an acronym alone otherwise may be anything (a law, a unit, a disease)."""
    extra: list[_Hit] = []
    for hit in hits:
        if hit.new_kind != "organisation" and (hit.resolution.actor is None or hit.resolution.actor.kind != "organisation"):
            continue
        # Cheap tests first: "and" or "or" right after the name (or its bracketed acronym), or
        # right before it; most names stand in neither.
        near_after = text[hit.end : hit.end + 16]
        near_before = text[max(0, hit.start - 16) : hit.start]
        after = _ACRONYM_AFTER_BODY_RE.match(text, hit.end) if " and " in near_after or " or " in near_after else None
        before = (
            _ACRONYM_BEFORE_BODY_RE.search(text, max(0, hit.start - 20), hit.start)
            if " and " in near_before or " or " in near_before
            else None
        )
        for found in (after, before):
            if found is not None and found.group("acronym") not in _NOT_BODY_ACRONYMS:
                start, end = found.span("acronym")
                acronym = found.group("acronym")
                extra.append(_Hit(start, end, "organisation", directory.resolve(acronym), new_name=acronym, new_kind="organisation"))
    return extra


#: An acronym after a body's name (and its own acronym in brackets), or before one.
_ACRONYM_AFTER_BODY_RE = re.compile(r"(?:[ \t]*\([A-Z]{2,8}\))?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?(?P<acronym>[A-Z]{3,6})(?![\w-])")
_ACRONYM_BEFORE_BODY_RE = re.compile(r"(?<![\w-])(?P<acronym>[A-Z]{3,6})[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?\Z")
#: Capitals that are no body's: "… and CEO", "… and GDP".
_NOT_BODY_ACRONYMS = frozenset("CEO CFO COO CTO GDP GMT UTC BST EST PDF USD GBP EUR".split())


def _and_before(text: str, position: int) -> bool:
    """Whether "and" and then spaces or tabs come right before ``position``: what
    ``_COORDINATED_GIVEN_RE`` needs there, tested without a search of the window."""
    end = position
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end < position and text.endswith("and", 0, end)


def _fuzzy_hits(text: str, directory: ActorDirectory, alias_hits: list[_Hit], sequences: list[re.Match[str]]) -> list[_Hit]:
    """Capitalised words the spelling pattern missed that fuzzy-match a known actor
    ("Pourmihammadi", "Massoud Radjavi"). A sequence holding a known name in full ("Amnesty
    International Iran") is left to that name."""
    headed = _runs_with_fuzzy_heads(directory, sequences)
    if not headed:
        return []
    taken = {(h.start, h.end) for h in alias_hits}
    full = sorted((h.start, h.end) for h in alias_hits if h.resolution.method == "exact")
    full_starts = [start for start, _ in full]
    hits: list[_Hit] = []
    for match, head in headed:
        start = match.start()
        span = (start + head[0], start + head[1])
        if (start, match.end()) in taken or span in taken:
            continue
        index = bisect.bisect_left(full_starts, span[1]) - 1
        if index >= 0 and full[index][1] > span[0]:
            continue
        hits.append(_Hit(*span, "fuzzy", head[2], contextual=True))
    return hits


def _runs_with_fuzzy_heads(directory: ActorDirectory, sequences: list[re.Match[str]]) -> list[tuple[re.Match[str], _FuzzyHead]]:
    """The capitalised runs that have a fuzzy head, with it, in text order.

    Most runs have none and were seen before (in this text or an earlier one), so only the
    runs not memoised yet are looked at in Python; fetching the heads and keeping the runs
    that have one is done by ``map`` and ``compress``, in C."""
    memo: dict[str, _FuzzyHead | None] = directory.memo("fuzzy heads")
    written_runs = list(map(re.Match.group, sequences))
    for written in set(written_runs).difference(memo):
        memo[written] = _fuzzy_head(written, directory)
    heads = list(map(memo.__getitem__, written_runs))
    # compress keeps the runs whose head is not None.
    return cast("list[tuple[re.Match[str], _FuzzyHead]]", list(compress(zip(sequences, heads), heads)))


#: Where a capitalised run's name lies within it (offsets from the run's start), and the known
#: actor it names exactly or fuzzily.
_FuzzyHead = tuple[int, int, Resolution]


def _fuzzy_head(written: str, directory: ActorDirectory) -> _FuzzyHead | None:
    """The name a capitalised run ``written`` may fuzzy-match a known actor by: its words past
    leading role and function words, if long enough and resolved exactly or fuzzily, else None.

    A pure function of the run and the directory (the words are found within the run), so
    :func:`_fuzzy_hits` memoises it: the same runs recur, and fuzzy matching is costly."""
    if " " not in written and "\t" not in written and (len(written) < FUZZY_MIN_KEY_LENGTH or written in _NOT_NAME):
        return None
    span = _head_span(written, 0, _trim_name(written.split()))
    if span is None or span[1] - span[0] < FUZZY_MIN_KEY_LENGTH:
        return None
    resolution = directory.resolve(written[span[0] : span[1]])
    if resolution.method not in ("exact", "fuzzy"):
        return None
    return span[0], span[1], resolution
