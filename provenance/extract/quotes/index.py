"""The names of the narrative, indexed once per text: full names by surname and first name,
the roles people are introduced with, organisations by their head noun."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final

from provenance.extract.quotes.names import _head_noun, _looks_org, match_key
from provenance.extract.quotes.patterns import (
    _CONNECTORS,
    _LOCAL_UNION,
    _NAME_RUN,
    _ORG_HEADS,
)
from provenance.extract.quotes.state import ReaderState
from provenance.extract.quotes.vocab import (
    _ABBREVIATIONS,
    _ADVERBIAL_START,
    _COMPANY_WORDS,
    _DETERMINERS,
    _HONORIFICS,
    _ORG_WORDS,
    _PREPOSITIONS,
    _RELATIVE,
    _ROLE_WORDS,
)

#: What introduces a company as another's relative: "its parent company, …".
_OWNER_COMPANY_BEFORE = re.compile(r"\b(?:parent|holding|sister|owning)\s+(?:company|firm|group),?\s+(?:the\s+)?\Z")
#: The heads a company is referred back to by.
_BUSINESS_HEADS = frozenset({"company", "firm", "operator", "group"})


class NameIndex(ReaderState):
    """Indexes of the narrative's names, roles and organisations, built on first use."""

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is known as a person's surname: the last word of a full name
        named before (a speaker or a subject), or written after a title or role somewhere in
        the text ("President Hassan Rouhani", "Mr. Qaraee")."""
        if word in self.surnames:
            return True
        self._ensure_names()
        assert self.titled is not None
        if word in self.titled:
            return True
        return bool(self.name_starts.get(match_key(word)))

    def _ensure_names(self) -> None:
        """Index the full names, roles and organisation names of the narrative (quotes left
        out), for lone surnames and definite descriptions to refer back to; once."""
        if self.indexed:
            return
        self.indexed = True
        titled: set[str] = set()
        self.titled = titled
        m = self.masked
        add = self._add
        orgs, org_starts = self.orgs, self.org_starts
        for local in _LOCAL_UNION.finditer(m):  # a union branch: "Local 512"
            before = m[local.start() - 1] if local.start() > 0 else " "
            if before.isalnum() or before == "_":
                continue
            add(orgs, org_starts, "union", local.start(), local.end())
            add(orgs, org_starts, "local", local.start(), local.end())
        names, name_starts = self.names, self.name_starts
        people, people_starts = self.people, self.people_starts
        for run in _NAME_RUN.finditer(m):
            plan = _run_plan(run.group())
            if plan is _NO_PLAN:
                continue
            base = run.start()
            # "Kestrel's parent company, Aldgate Group": a company named as another's owner is
            # not the one "the company" means later.
            owner = plan.orgs and _OWNER_COMPANY_BEFORE.search(m, max(0, base - 40), base) is not None
            for head, a, b in plan.orgs:
                if not (owner and head in _BUSINESS_HEADS):
                    add(orgs, org_starts, head, base + a, base + b)
            titled.update(plan.titled)
            for keys, a, b, chunk_start, roles in plan.people:
                for key in keys:
                    add(names, name_starts, key, base + a, base + b)
                people.append((base + a, base + b, base + chunk_start, roles))
                people_starts.append(base + a)

    @staticmethod
    def _add(
        index: dict[str, list[tuple[int, int]]],
        starts: dict[str, list[int]],
        key: str,
        a: int,
        b: int,
    ) -> None:
        """Append a mention to an index kept in text order."""
        index.setdefault(key, []).append((a, b))
        starts.setdefault(key, []).append(a)

    def _ensure_roles(self) -> None:
        """Index the roles people are introduced with ("Mayor Linda Okafor", "spokesman
        Nasser Kanaani", "Priya Raman, the city's finance director"); once."""
        if self.roles_indexed:
            return
        self.roles_indexed = True
        self._ensure_names()
        for a, b, chunk_start, role_words in self.people:
            self._index_roles(a, b, chunk_start, role_words)

    def _index_roles(self, a: int, b: int, chunk_start: int, role_words: tuple[str, ...]) -> None:
        """Index one person's roles: title words, the noun before the name, the appositive's
        head nouns after it."""
        roles = set(role_words)
        m = self.masked
        before = m[max(0, a - 60) : chunk_start]
        if before.endswith(", "):
            before = before[:-2]
        noun = _head_noun(before)
        if noun and noun not in _PREPOSITIONS:
            roles.add(noun)
        after = m[b : b + 120]
        if after.startswith(", "):
            stop = len(after)
            for ch in ",.;:(":
                k = after.find(ch, 2)
                if 0 <= k < stop:
                    stop = k
            appositive = after[2:stop]
            for part in appositive.split(" and "):
                words = part.split()
                for i, word in enumerate(words):
                    if word in _PREPOSITIONS or word in _RELATIVE:
                        words = words[:i]
                        break
                noun = _head_noun(" ".join(words))
                if noun:
                    roles.add(noun)
        for role in roles:
            if role and role not in _HONORIFICS:
                self._add(self.roles, self.role_starts, role, a, b)

    @staticmethod
    def _latest(
        index: dict[str, list[tuple[int, int]]], starts: dict[str, list[int]], key: str, pos: int
    ) -> tuple[int, int] | None:
        """The last mention under ``key`` starting before ``pos``."""
        found = starts.get(key)
        if not found:
            return None
        i = bisect_left(found, pos) - 1
        return index[key][i] if i >= 0 else None


#: One person found in a run of name words: its match keys, full name span, chunk start and
#: role words (offsets relative to the run).
_PersonPlan = tuple[tuple[str, ...], int, int, int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class _RunPlan:
    """What one run of capitalised words adds to the indexes, offsets relative to the run.

    A run's text alone decides it, so the plan is worked out once per distinct run (names
    repeat within a text and across texts) and only shifted to each occurrence."""

    orgs: tuple[tuple[str, int, int], ...]  # organisation head noun, span
    titled: tuple[str, ...]  # words written after a title ("Ms. Jokar")
    people: tuple[_PersonPlan, ...]


_NO_PLAN: Final = _RunPlan((), (), ())

#: Words that are a role or title before a name: a role word (with or without its period) or
#: an honorific (see :func:`_is_title_word` for honorifics with extra periods).
_TITLE_WORDS: Final = frozenset(
    _ROLE_WORDS | {w[:-1] for w in _ROLE_WORDS if w.endswith(".")} | _HONORIFICS
)


def _is_title_word(low: str) -> bool:
    """Whether a lowercased word is a role or honorific standing before a name."""
    return low in _TITLE_WORDS or (low.endswith(".") and low.rstrip(".") in _HONORIFICS)


@functools.lru_cache(maxsize=100_000)
def _run_plan(run_text: str) -> _RunPlan:
    """Read one run of capitalised words: the organisations its words name, and per stretch
    between connectors the person it names after its role words. Memoised: a pure function
    of the run's text, and the same runs recur across a text and across documents."""
    toks: list[tuple[int, int, str]] = []
    p = 0
    for w in run_text.split():  # the run's words, with their offsets
        p = run_text.find(w, p)
        toks.append((p, p + len(w), w))
        p += len(w)
    first = toks[0][2]
    if first.endswith(".") and first[:-1].lower() not in _ABBREVIATIONS and len(first) > 2:
        toks.pop(0)  # "Terzi. He": the period ended a sentence
        if len(toks) < 2:
            return _NO_PLAN
    a, b, w = toks[-1]
    for suffix in ("’s", "'s"):
        if w.endswith(suffix):
            toks[-1] = (a, b - len(suffix), w[: -len(suffix)])
    lows = [w.lower().rstrip(".") for _, _, w in toks]
    while lows and (lows[0] in _DETERMINERS or lows[0] in _ADVERBIAL_START):
        toks.pop(0)
        lows.pop(0)
    if not toks:
        return _NO_PLAN
    orgs: list[tuple[str, int, int]] = []
    if any(w in _ORG_WORDS for w in lows):
        heads = set(lows) & _ORG_HEADS
        if set(lows) & _COMPANY_WORDS:
            heads |= {"company", "firm", "operator", "group"}
        orgs = [(head, toks[0][0], toks[-1][1]) for head in sorted(heads)]
    titled: list[str] = []
    people: list[_PersonPlan] = []
    # People: each stretch between connectors, after its role words.
    chunk: list[tuple[int, int, str]] = []
    for tok in toks + [(0, 0, "of")]:
        x, y, word = tok
        if word.lower() in _CONNECTORS:
            if chunk:
                _plan_person(chunk, titled, people)
            chunk = []
        elif word.endswith(("’s", "'s")):  # "Mrs. Rajavi’s Speech": the name ends
            chunk.append((x, y - 2, word[:-2]))
            _plan_person(chunk, titled, people)
            chunk = []
        else:
            chunk.append(tok)
    if not orgs and not titled and not people:
        return _NO_PLAN
    return _RunPlan(tuple(orgs), tuple(titled), tuple(people))


def _plan_person(
    chunk: list[tuple[int, int, str]], titled: list[str], people: list[_PersonPlan]
) -> None:
    """One stretch of name words: its full name (after role words) and its roles."""
    last_role = -1
    for i, tok in enumerate(chunk):
        if _is_title_word(tok[2].lower()):
            last_role = i
    name = chunk[last_role + 1 :]
    if last_role >= 0 and len(name) == 1 and not _looks_org(name[0][2]):
        titled.append(name[0][2])  # "Ms. Jokar", "President Rouhani"
    if len(name) < 2 or any(w.lower() in _ORG_WORDS for _, _, w in name):
        return
    if any(len(w) > 1 and w.isupper() for _, _, w in name):
        return  # acronyms make organisations, not people
    words = [w for _, _, w in name]
    keys = {match_key(words[-1]), match_key(words[0]), match_key(words[-2] + words[-1])}
    if "-" in words[-1]:
        keys.add(match_key(words[-1].rsplit("-", 1)[1]))
    roles = tuple(w.lower().rstrip(".") for _, _, w in chunk[: last_role + 1])
    if roles:
        titled.append(words[-1])
    people.append(
        (tuple(sorted(key for key in keys if key)), name[0][0], name[-1][1], chunk[0][0], roles)
    )
