"""Speaker references pointing back: he/she to the last person named, a lone surname to the
full name, ``the mayor`` to the person with that role, ``the report`` to who issued it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from provenance.extract.quotes.index import NameIndex
from provenance.extract.quotes.names import _head_noun, _looks_org, match_key
from provenance.extract.quotes.patterns import (
    _BOUNDARY_RE,
    _CAP,
    _DOC_AUTHOR_VERB,
    _FIRST_WORD,
    _ITS_DOC,
    _ORG_HEADS,
    _OUTLET_MENTION,
    _SUBJECT_SKIP,
    _UPPER_RE,
)
from provenance.extract.quotes.records import _Speaker
from provenance.extract.quotes.text import (
    _doc_by,
    _is_adverbial,
    _last_match,
    _segments,
    _trailing_aux,
)
from provenance.extract.quotes.vocab import (
    _DETERMINERS,
    _HONORIFICS,
    _MASK,
    _PLACE_WORDS,
    _PREPOSITIONS,
    _RELATIVE,
    _ROLE_WORDS,
)


class Antecedents(NameIndex):
    """Resolution of pronouns, lone names, definite descriptions and document references."""

    def _parse_np(self, s: str, a: int, b: int, *, label: bool = False) -> _Speaker | None:
        """Who ``s[a:b]`` names; the noun-phrase reader (``Phrases``) defines it."""
        raise NotImplementedError

    def _full_name(self, sp: _Speaker) -> _Speaker:
        """A lone surname or first name ("Terzi", "Mrs. Rajavi", "Raha") → the fullest name
        of that person named before it; anything else unchanged."""
        if sp.text is None or sp.start is None or sp.kind is not None:
            return sp
        words = sp.text.split()
        titles: list[str] = []
        while len(words) > 1 and (
            words[0].lower() in _HONORIFICS or words[0].lower() in _ROLE_WORDS
        ):
            titles.append(words.pop(0).lower().rstrip("."))
        if len(words) != 1 or words[0].isupper():
            return sp
        self._ensure_names()
        key = match_key(words[0])
        found = self._latest_titled(key, sp.start, titles) if titles else None
        if found is None:
            found = self._latest(self.names, self.name_starts, key, sp.start)
        if found is None:
            return sp
        a, b = found
        name = self.text[a:b]
        return _Speaker(name, a, b, None, personish=not _looks_org(name), multi=True, at=sp.where)

    def _latest_titled(self, key: str, pos: int, titles: list[str]) -> tuple[int, int] | None:
        """Of the full names with this surname before ``pos``, the last introduced with one of
        ``titles`` ("Senator Mansour" → "Senator Huda Mansour", not "Mr. Karim Mansour" named
        since), else the last whose honorific does not contradict them; None if none fits."""
        found = self.name_starts.get(key)
        if not found:
            return None
        wanted = set(titles)
        gender = _title_gender(wanted)
        fallback: tuple[int, int] | None = None
        for i in range(bisect_left(found, pos) - 1, -1, -1):
            a, b = self.names[key][i]
            roles = set(self._person_roles().get(a, ()))
            if roles & wanted:
                return (a, b)
            if fallback is None and _title_gender(roles) in (None, gender):
                fallback = (a, b)
        return fallback

    def _person_roles(self) -> dict[int, tuple[str, ...]]:
        """The title and role words each indexed full name was written with, by its start."""
        if self.person_roles is None:
            self._ensure_names()
            self.person_roles = {a: roles for a, _, _, roles in self.people}
        return self.person_roles

    def _gender(self, sp: _Speaker) -> str | None:
        """"m" or "f" when the honorific a person is written with says so ("Mr.", "Ms"), at
        the words naming them or at their full name's introduction; else None."""
        if sp.start is None or sp.text is None:
            return None
        words = {w.lower().rstrip(".") for w in self.masked[max(0, sp.start - 6) : sp.start].split()}
        words |= {w.lower().rstrip(".") for w in sp.text.split()[:1]}
        return _title_gender(words | set(self._person_roles().get(sp.start, ())))

    def _refer_back(self, sp: _Speaker) -> _Speaker:
        """``the mayor`` → the person introduced with that role; ``the ministry`` → the named
        body; ``the report`` → who issued it. Unchanged when nothing fits."""
        if sp.text is None or sp.start is None or sp.kind != "unnamed" or not sp.definite:
            return sp
        words = sp.text.split()
        if len(words) > 5:
            return sp
        for i, w in enumerate(words):
            if i > 0 and w.lower() in _PREPOSITIONS:
                words = words[:i]
                break
        noun = _head_noun(" ".join(words).lower())
        if not noun:
            return sp
        if sp.docref:
            return sp  # resolved by _finish, to who issued the document
        self._ensure_roles()
        found = self._latest(self.roles, self.role_starts, noun, sp.start)
        if found is not None:
            a, b = found
            name = self.text[a:b]
            return _Speaker(name, a, b, None, personish=True, multi=True, at=sp.where)
        if noun in _ORG_HEADS:
            found = self._latest(self.orgs, self.org_starts, noun, sp.start)
            if found is not None:
                a, b = found
                return _Speaker(self.text[a:b], a, b, "organisation", at=sp.where)
        return sp

    def _resolve_pronoun(self, speaker: _Speaker) -> _Speaker | None:
        """``he``/``she`` → the last person-like speaker, or person-naming sentence subject,
        before it."""
        pos = speaker.start if speaker.start is not None else 0
        if speaker.text is not None and speaker.text.lower() == "it":
            return self._resolve_it(pos)
        # "she" is not a person written "Mr.", nor "he" one written "Ms"/"Mrs."
        wanted = "f" if speaker.text is not None and speaker.text.lower() in ("she", "her") else "m"
        explicit: _Speaker | None = None
        for cand in reversed(self.antecedents[-200:]):
            if cand.personish and 0 <= cand.where < pos and self._gender(cand) in (None, wanted):
                explicit = cand
                break
        floor = explicit.where if explicit is not None else -1
        for subject in self._subjects_before(pos, floor, people=True):
            if subject.personish and self._gender(subject) in (None, wanted):
                return subject
        return explicit

    def _resolve_it(self, pos: int) -> _Speaker | None:
        """``it`` → the organisation last named as a speaker or as a sentence's subject in
        the two sentences before; None when that is not an organisation."""
        for subject in self._subjects_before(pos, -1, limit=2):
            if subject.text is not None and (subject.kind == "organisation" or _looks_org(subject.text)):
                return subject
            if subject.text is not None and subject.kind == "unnamed" and subject.definite:
                # "The board met. It said …": the body the description stands for, if named
                if _head_noun(subject.text.lower()) in _ORG_HEADS:
                    return self._refer_back(subject)
        for cand in reversed(self.antecedents[-20:]):
            if 0 <= cand.where < pos and pos - cand.where < 600 and cand.text is not None:
                if cand.kind == "organisation" or (not cand.personish and _looks_org(cand.text)):
                    return cand
                return None
        return self._body_earlier_in_sentence(pos)

    def _body_earlier_in_sentence(self, pos: int) -> _Speaker | None:
        """The organisation named last before ``pos`` in its sentence, whatever its role there:
        "Your report took the Health Board at its word when it said …"."""
        self._ensure_names()
        i = bisect_left(self.sentence_starts, pos + 1) - 1
        sentence_start = self.sentence_starts[i] if i >= 0 else 0
        best: tuple[int, int] | None = None
        for head in self.orgs:
            span = self._latest(self.orgs, self.org_starts, head, pos)
            if span is not None and span[0] >= sentence_start and (best is None or span[0] > best[0]):
                best = span
        if best is None:
            return None
        a, b = best
        return _Speaker(self.text[a:b], a, b, "organisation")

    def _subjects_before(
        self, pos: int, floor: int, limit: int = 60, *, people: bool = False
    ) -> Iterator[_Speaker]:
        """Subjects of the sentences starting after ``floor`` and before ``pos``, newest
        first (at most ``limit`` sentences back). With ``people``, a sentence whose subject
        names nobody gives the last full name of a person in it instead ("The decision angered
        residents such as Tom Reid."). Lazy: callers stop at the first subject that fits, so
        the sentences further back are never read."""
        i = bisect_left(self.sentence_starts, pos) - 1
        names_from = 2 if people else 0  # other names: the pronoun's sentence and the one before
        given = False
        while i >= 0 and limit > 0 and self.sentence_starts[i] > floor:
            ss, se = self.sentence_starts[i], min(self.sentence_ends[i], pos)
            subject = self._subject(ss, self.sentence_ends[i])
            if subject is not None and 0 <= subject.where < pos:
                given = True
                yield self._named_before_appositive(subject, ss)
            elif names_from > 0 and not given:
                named = self._last_person(ss, se)
                if named is not None:
                    given = True
                    yield named
            names_from -= 1
            i -= 1
            limit -= 1

    def _named_before_appositive(self, subject: _Speaker, ss: int) -> _Speaker:
        """The person a description stands in apposition to ("For borrowers like Josefina
        Alkhatib, a nurse in Port Marova, the numbers …": Josefina Alkhatib), else ``subject``."""
        if subject.start is None or subject.text is None or subject.text.split()[0].lower() not in ("a", "an"):
            return subject
        named = self._last_person(ss, subject.start)
        if named is None or named.end is None or self.masked[named.end : subject.start].strip() != ",":
            return subject
        return named

    def _last_person(self, a: int, b: int) -> _Speaker | None:
        """The last full name of a person (not inside a quote) in ``[a, b)``."""
        self._ensure_names()
        k = bisect_left(self.people_starts, b) - 1
        if k < 0:
            return None
        x, y, _, _ = self.people[k]
        name = self.text[x:y]
        if x < a or name.split()[-1].lower() in _PLACE_WORDS:
            return None
        return _Speaker(name, x, y, None, personish=True, multi=True)

    def _subject(self, ss: int, se: int) -> _Speaker | None:
        """The subject of a narrative sentence when it names a person (computed once)."""
        if ss in self.subjects:
            return self.subjects[ss]
        found = self._find_subject(ss, se)
        self.subjects[ss] = found
        return found

    def _find_subject(self, ss: int, se: int) -> _Speaker | None:
        """:meth:`_subject` without the memo."""
        m = self.masked
        a = ss
        while a < se and m[a] in '([ \t"“‘':
            a += 1
        if a >= se or m[a] == _MASK:
            return None
        fw = _FIRST_WORD.match(m, a, se)
        if fw is not None and fw.group(1).lower() in _SUBJECT_SKIP:
            return None
        segs = _segments(m, a, min(se, a + 400))
        while len(segs) > 1 and _is_adverbial(m, *segs[0]):
            segs.pop(0)
        if not segs:
            return None
        start = segs[0][0]
        stop = min(se, start + 250)
        boundary = None
        boundary_word = ""
        for hit in _BOUNDARY_RE.finditer(m, start, stop):
            word = hit.group()
            if word in (";", ":", _MASK):
                break
            if hit.group("ed") is not None and hit.start() == start:
                continue
            boundary = hit.start()
            boundary_word = word
            break
        if boundary is None:
            # "Varga-Mwangi thinks his figure too high": a name, then a present-tense verb
            present = _NAME_THEN_PRESENT.match(m, start, stop)
            if present is None:
                return None
            boundary = present.start("verb")
        if _UPPER_RE.search(m, start + 1, boundary) is None:
            # Only the first word is capitalised: a lone name, or a description that is not
            # registered unless it is indefinite ("a senior official").
            lead = _FIRST_WORD.match(m, start, boundary)
            word = lead.group(1).lower() if lead is not None else ""
            short_definite = word == "the" and m.count(" ", start, boundary) <= 3
            if word in _DETERMINERS and word not in ("a", "an") and not short_definite:
                return None
        sp = self._parse_np(m, start, boundary)
        if sp is None or sp.text is None or sp.pronoun:
            return None
        if sp.kind == "unnamed":
            if sp.definite:
                sp = self._refer_back(sp)
                if sp.kind is not None or not sp.personish:
                    return None
            elif not sp.personish:
                return None
        elif sp.kind is None and not sp.multi:
            lone = sp.text or ""
            if boundary_word in _RELATIVE:
                return None
            # "The WHT does not deny …": a body's acronym is a subject "it" may stand for
            if not (self.is_surname(lone.strip(".")) or (lone.isupper() and len(lone) >= 2)):
                return None
        return self._full_name(sp)

    def _doc_author(self, pos: int) -> _Speaker | None:
        """Who last issued or carried a document before ``pos`` (within 5,000 characters):
        ``X issued a statement``, ``a report by the X Institute``, ``a report on the X
        website``; None if nobody."""
        m = self.masked
        w0 = max(0, pos - 5000)
        best: tuple[int, _Speaker] | None = None
        last_verb = None
        window = m[w0:pos]  # the patterns run only where their words occur (cheap tests)
        verbs = ("issued", "published", "released", "produced", "put", "sent")
        # A match opens at one of its verbs: the scan starts at the first of them.
        found = [at for at in (window.find(verb) for verb in verbs) if at >= 0]
        for hit in _DOC_AUTHOR_VERB.finditer(m, w0 + min(found), pos) if found else ():
            last_verb = hit
        if last_verb is not None:
            i = bisect_left(self.sentence_starts, last_verb.start() + 1) - 1
            ss = self.sentence_starts[i] if i >= 0 else w0
            segs = _segments(m, max(ss, w0), last_verb.start())
            while len(segs) > 1 and _is_adverbial(m, *segs[0]):
                segs.pop(0)
            if segs:
                npa, npb = segs[0][0], last_verb.start()
                trail = _trailing_aux(m, npa, npb)
                if trail is not None:
                    npb = trail
                sp = self._parse_np(m, npa, npb)
                if sp is not None and sp.text is not None and not sp.pronoun:
                    best = (last_verb.start(), sp)
        its = _last_match(_ITS_DOC, m, w0, pos) if "its " in window or "Its " in window else None
        if its is not None and (best is None or its.start() > best[0]):
            # "In its 214-page report, …, the Commission … said": the sentence's subject.
            i = bisect_left(self.sentence_starts, its.start() + 1) - 1
            if i >= 0:
                subject = self._subject(self.sentence_starts[i], self.sentence_ends[i])
                if subject is not None and subject.text is not None and _looks_org(subject.text):
                    best = (its.start(), subject)
        for x, y in _doc_by(m, w0, pos):
            if _looks_org(m[x:y]) and (best is None or x > best[0]):
                best = (x, _Speaker(m[x:y], x, y, "organisation"))
        outlets = _any_in(_OUTLET_HINTS, window)
        for hit in _OUTLET_MENTION.finditer(m, w0, pos) if outlets else ():
            x, y = hit.start("name"), hit.end("name")
            if best is None or x > best[0]:
                best = (x, _Speaker(m[x:y], x, y, "organisation"))
        return best[1] if best is not None else None


#: A capitalised name of up to four words, then a lower-case word in -s: a present-tense verb.
_NAME_THEN_PRESENT: Final = re.compile(
    rf"(?:[{_CAP}][\w’'.-]*[ \t]+){{0,3}}[{_CAP}][\w’'.-]*[ \t]+(?P<verb>[a-z]{{2,}}s)\b"
)


_OUTLET_HINTS: tuple[str, ...] = (  # one of these is in every word of _OUTLET_WORDS
    "site", "daily", "Daily", "paper", "magazine", "Magazine", "agency", "TV", "television",
    "radio", "channel", "broadcaster", "weekly", "Weekly",
)


def _any_in(words: tuple[str, ...], s: str) -> bool:
    """Whether one of ``words`` occurs in ``s``."""
    return any(w in s for w in words)


_MALE_TITLES: frozenset[str] = frozenset({"mr", "sir", "lord", "king", "prince"})
_FEMALE_TITLES: frozenset[str] = frozenset(
    {"ms", "mrs", "miss", "dame", "lady", "queen", "princess", "madam"}
)


def _title_gender(words: set[str] | frozenset[str]) -> str | None:
    """"m" or "f" when the title words say so and agree; else None."""
    male = bool(words & _MALE_TITLES)
    female = bool(words & _FEMALE_TITLES)
    if male == female:
        return None
    return "m" if male else "f"
