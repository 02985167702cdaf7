"""The names of the narrative, indexed once per text: full names by surname and first name,
the roles people are introduced with, organisations by their head noun."""

from __future__ import annotations

from bisect import bisect_left

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
        self.titled = set()
        m = self.masked
        for local in _LOCAL_UNION.finditer(m):  # a union branch: "Local 512"
            before = m[local.start() - 1] if local.start() > 0 else " "
            if before.isalnum() or before == "_":
                continue
            self._add(self.orgs, self.org_starts, "union", local.start(), local.end())
            self._add(self.orgs, self.org_starts, "local", local.start(), local.end())
        add = self._add
        for run in _NAME_RUN.finditer(m):
            run_text = run.group()
            base = run.start()
            toks = []
            p = 0
            for w in run_text.split():  # the run's words, with their offsets
                p = run_text.find(w, p)
                toks.append((base + p, base + p + len(w), w))
                p += len(w)
            first = toks[0][2]
            if first.endswith(".") and first[:-1].lower() not in _ABBREVIATIONS and len(first) > 2:
                toks.pop(0)  # "Terzi. He": the period ended a sentence
                if len(toks) < 2:
                    continue
            a, b, w = toks[-1]
            for suffix in ("’s", "'s"):
                if w.endswith(suffix):
                    toks[-1] = (a, b - len(suffix), w[: -len(suffix)])
            words = [w for _, _, w in toks]
            lows = [w.lower().rstrip(".") for w in words]
            while lows and (lows[0] in _DETERMINERS or lows[0] in _ADVERBIAL_START):
                toks.pop(0)
                words.pop(0)
                lows.pop(0)
            if not toks:
                continue
            if any(w in _ORG_WORDS for w in lows):
                heads = set(lows) & _ORG_HEADS
                if set(lows) & _COMPANY_WORDS:
                    heads |= {"company", "firm", "operator", "group"}
                for w in heads:
                    add(self.orgs, self.org_starts, w, toks[0][0], toks[-1][1])
            # People: each stretch between connectors, after its role words.
            chunk: list[tuple[int, int, str]] = []
            for tok in toks + [(0, 0, "of")]:
                x, y, word = tok
                if word.lower() in _CONNECTORS:
                    if chunk:
                        self._index_person(chunk)
                    chunk = []
                elif word.endswith(("’s", "'s")):  # "Mrs. Rajavi’s Speech": the name ends
                    chunk.append((x, y - 2, word[:-2]))
                    self._index_person(chunk)
                    chunk = []
                else:
                    chunk.append(tok)

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

    def _index_person(self, chunk: list[tuple[int, int, str]]) -> None:
        """Index one run of name words: its full name (after role words) and its roles."""
        last_role = -1
        for i, tok in enumerate(chunk):
            low = tok[2].lower()
            if low in _ROLE_WORDS or low.rstrip(".") in _HONORIFICS or low + "." in _ROLE_WORDS:
                last_role = i
        name = chunk[last_role + 1 :]
        if last_role >= 0 and len(name) == 1 and not _looks_org(name[0][2]):
            assert self.titled is not None
            self.titled.add(name[0][2])  # "Ms. Jokar", "President Rouhani"
        if len(name) < 2 or any(w.lower() in _ORG_WORDS for _, _, w in name):
            return
        if any(len(w) > 1 and w.isupper() for _, _, w in name):
            return  # acronyms make organisations, not people
        a, b = name[0][0], name[-1][1]
        words = [w for _, _, w in name]
        keys = {match_key(words[-1]), match_key(words[0]), match_key(words[-2] + words[-1])}
        if "-" in words[-1]:
            keys.add(match_key(words[-1].rsplit("-", 1)[1]))
        for key in keys:
            if key:
                self._add(self.names, self.name_starts, key, a, b)
        roles = [w.lower().rstrip(".") for _, _, w in chunk[: last_role + 1]]
        if roles:
            assert self.titled is not None
            self.titled.add(words[-1])
        self.people.append((a, b, chunk[0][0], tuple(roles)))
        self.people_starts.append(a)

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
