"""Names: whether words are a name, a person's or an organisation's, and the name inside a
description ("Former political prisoner Hossein Fathi")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from provenance.extract.quotes.patterns import _FOLLOWER, _PURE, _RUN
from provenance.extract.quotes.records import _Speaker
from provenance.extract.quotes.text import _tokens
from provenance.extract.quotes.vocab import (
    _DETERMINERS,
    _HONORIFICS,
    _ORG_WORDS,
    _PREPOSITIONS,
    _ROLE_WORDS,
    _STOP_SINGLE_NAMES,
)
from provenance.matching import match_key  # noqa: F401  (re-exported; memoised there: names repeat within a text)


def _looks_org(name: str) -> bool:
    """A name that reads as an organisation (an organisation word, or an all-caps acronym)."""
    known = _org_cache.get(name)
    if known is None:
        if len(_org_cache) > 100_000:
            _org_cache.clear()
        known = _org_cache[name] = _looks_org_uncached(name)
    return known


_org_cache: dict[str, bool] = {}


def _looks_org_uncached(name: str) -> bool:
    """:func:`_looks_org` without the memo."""
    words = name.replace("’", " ").replace("'", " ").split()
    if any(w.lower().strip(".,()") in _ORG_WORDS for w in words):
        return True
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


#: Words that stand before a name without being part of it.
_TITLES: Final = _ROLE_WORDS | _HONORIFICS


def _strip_roles(s: str, a: int, b: int) -> tuple[int, int] | None:
    """Drop titles and role words before a name of two tokens or more ("Dr. Ingrid Solberg"
    gives "Ingrid Solberg"); None when only roles remain."""
    toks = _tokens(s[a:b])
    if not toks:
        return None
    names = [t for t in toks if t[2].lower() not in _TITLES]
    if not names:
        return None
    first_name = next(i for i, t in enumerate(toks) if t[2].lower() not in _TITLES)
    # The name proper starts after the last role word that precedes a non-role token.
    last_role = -1
    for i, t in enumerate(toks):
        if t[2].lower() in _TITLES and i < len(toks) - 1:
            last_role = i
    keep_from = last_role + 1 if last_role >= first_name - 1 else first_name
    keep_from = max(keep_from, 0)
    if len(toks) - keep_from >= 2:
        return a + toks[keep_from][0], a + toks[-1][1]
    # A lone surname keeps the title before it ("Mr. Qaraee", "Ayatollah Montazeri").
    start = keep_from - 1 if keep_from > 0 else keep_from
    return a + toks[start][0], a + toks[-1][1]


def _pure_name(s: str, a: int, b: int) -> tuple[int, int, int] | None:
    """If ``s[a:b]`` is a name and nothing else, its bounds and a rank (0 = person-like)."""
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1] in " \t\n,;:":
        b -= 1
    if a >= b:
        return None
    m = _PURE.fullmatch(s, a, b)
    if m is None:
        return None
    body = s[a:b]
    words = body.split()
    if len(words) == 1 and words[0].lower().strip(".") in _STOP_SINGLE_NAMES:
        return None
    if words[0].lower() in _STOP_SINGLE_NAMES:
        return None
    if all(w.lower().strip("(),.") in _ROLE_WORDS for w in words):
        return None
    connectors = any(w in ("of", "for", "and", "the", "on", "&") for w in words)
    of = body.find(" of ")
    if of > 0 and (_looks_org(body[of + 4 :]) or _full_person_name(body[:of])):
        # "Dr Helena Varga-Mwangi of the Centre for Agrarian History": the person, with the
        # body she works for after "of" (but "Bank of England", "Institute of History" stay).
        person = _pure_name(s, a, a + of)
        if person is not None and person[2] == 0 and len(s[person[0] : person[1]].split()) >= 2:
            return person
    role_led = words[0].lower() in _ROLE_WORDS and len(words) > 1 and "of" in words
    organisation = _looks_org(body)
    stripped = _strip_roles(s, a, b) if not (connectors or organisation) else (a, b)
    if stripped is None:
        return None
    rank = 1 if (connectors or role_led or organisation) else 0
    return stripped[0], stripped[1], rank


def _full_person_name(words: str) -> bool:
    """Whether ``words`` are a given name and a surname, no role or body among them: "Rosa
    Delgado" of "Rosa Delgado of Clean Rivers Now" is the person, whatever the body's name."""
    parts = words.split()
    return len(parts) == 2 and not _looks_org(words) and not any(part.lower() in _TITLES for part in parts)


def _name_in_description(
    s: str, a: int, b: int, is_surname: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """A name in head position of a description: before any preposition, not possessive;
    a lone capitalised word only when it is a known surname."""
    limit = b
    for x, _, core in _tokens(s[a:b]):
        if core.lower() in _PREPOSITIONS and x > 0:
            limit = a + x
            break
    best: tuple[int, int] | None = None
    for m in _RUN.finditer(s, a, limit):
        x, y = m.start(), m.end()
        if s.startswith(("’s", "'s"), y):
            continue
        toks = m.group().split()
        while toks and toks[0].lower() in _DETERMINERS | _STOP_SINGLE_NAMES:
            x = s.index(toks[0], x) + len(toks[0])
            while x < y and s[x].isspace():
                x += 1
            toks.pop(0)
        if not toks:
            continue
        while x - 2 >= a and s[x - 1] == "." and s[x - 2].isupper() and (x - 3 < a or not s[x - 3].isalnum()):
            x -= 2  # "U.N. Office": the dotted acronym the run's first letter ends
        follower = _FOLLOWER.match(s, y, b)
        if follower is None and not (limit < b and not s[y:limit].strip()):
            # a name modifying the noun after it ("the UN human rights office"); a name
            # before the preposition is the head ("Dr Helena Varga-Mwangi of the Centre …")
            continue
        if len(toks) == 1 and x > a and is_surname is not None and is_surname(toks[0]):
            best = (x, y)
            continue
        if len(toks) == 1 and x > a and _word_before(s, a, x) in _OUTLET_NOUNS:
            best = (x, y)  # "the daily Morgenpost", "the broadcaster RKM"
            continue
        if x == a and len(toks) == 1:
            continue  # a sentence-initial capital is not a name by itself
        stripped = _strip_roles(s, x, y)
        if stripped is None:
            continue
        if len(toks) >= 2 or len(s[stripped[0] : stripped[1]].split()) >= 2:
            best = stripped
    return best


#: Common nouns naming the kind of body a one-word name after them is.
_OUTLET_NOUNS: Final = frozenset(
    "daily weekly newspaper paper magazine broadcaster channel station website agency firm "
    "company group network tabloid outlet publisher".split()
)


def _word_before(s: str, a: int, x: int) -> str:
    """The word before position ``x`` within ``s[a:x]``, lower-cased ("" if none)."""
    words = s[a:x].split()
    return words[-1].lower() if words else ""


def _head_noun(s: str) -> str:
    """The last word of ``s`` when it is a lowercase word (possessive dropped), else ''."""
    words = s.rstrip(" ,;:.").rsplit(None, 1)
    if not words:
        return ""
    word = words[-1]
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    word = word.strip("\"“”‘’'()")
    return word if word.isalpha() and word.islower() and len(word) > 1 else ""


def _prefer(lead: _Speaker | None, trail: _Speaker | None) -> _Speaker | None:
    """Of the attributions before and after a quote, the more explicit one."""
    for sp in (lead, trail):
        if sp is not None and sp.text is not None and not sp.pronoun:
            return sp
    for sp in (lead, trail):
        if sp is not None and sp.pronoun:
            return sp
    return lead if lead is not None else trail
