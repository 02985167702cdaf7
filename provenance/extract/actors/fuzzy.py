"""Fuzzy resolution: transliteration variants and misprints the matching key cannot catch.

Isolated because it is the one costly and the one risky step of resolution: the threshold
and the consonant test below are what keep "Rajabi" from becoming "Rajavi".
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from provenance.extract.actors.names import _skeleton
from provenance.extract.actors.resolution import Resolution, _unique, pick
from provenance.extract.actors.roster import KnownActor

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


#: Last words of a post rather than a body's name.
_POSTS = frozenset("Minister Secretary Director Chairman Chairwoman Governor Commissioner Officer Spokesman Spokeswoman".split())


def fuzzy_resolve(
    name: str,
    key: str,
    keys: Sequence[str],
    owners: Mapping[str, tuple[KnownActor, ...]],
    surname_skeletons: Mapping[KnownActor, frozenset[str]],
    *,
    single_word: bool,
) -> Resolution:
    """The best fuzzy match of ``key`` among ``keys`` whose consonants agree; ties are ambiguous.

    ``owners`` maps each key to the actors it names; ``surname_skeletons`` each person to the
    consonant skeletons of their surnames (see :func:`_consonants_agree`)."""
    best: float | None = None
    winners: list[KnownActor] = []
    skeleton = _skeleton(key)
    # "Fisheries Minister" is a post, never "Fisheries Ministry": a name ending in a post's
    # word matches no organisation, however close the letters.
    post = name.rsplit(None, 1)[-1] in _POSTS
    for target, score, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=12):
        for actor in owners[target]:
            if post and actor.kind == "organisation":
                continue
            if not _consonants_agree(skeleton, target, actor, single_word, surname_skeletons):
                continue
            if best is None or score > best + 1e-9:
                best, winners = score, [actor]
            elif abs(score - best) <= 1e-9:
                winners.append(actor)
    if best is None:
        return Resolution(name)
    return pick(name, _unique(winners), "fuzzy", round(best, 1))


def _consonants_agree(
    skeleton: str,
    target: str,
    actor: KnownActor,
    single_word: bool,
    surname_skeletons: Mapping[KnownActor, frozenset[str]],
) -> bool:
    """Whether a fuzzy candidate keeps the consonants that make a name that name.

    A single written word must keep every consonant of what it matches (``Mojahed`` is not
    ``Mojahedin``); a person's longer name must end with the consonants of one of their
    surnames (``Massoud Radjavi`` ✓, ``Masoud Rajabi`` ✗), perhaps with an "s" misprinted after
    it (``Fiona Marchbanks`` for ``Fiona Marchbank``); longer organisation names may
    differ in anything the threshold allows.
    """
    if _skeleton(target) == skeleton:
        return True
    if single_word:
        return False
    if actor.kind != "person":
        return True
    # "Fiona Marchbanks" for "Fiona Marchbank": a surname misprinted with an "s" after it
    unpluralised = skeleton[:-1] if skeleton.endswith("s") else skeleton
    return any(surname and (skeleton.endswith(surname) or unpluralised.endswith(surname))
               for surname in surname_skeletons.get(actor, ()))
