"""Who a noun phrase names: a name, a description, a pronoun; and the resolution of what it
found (pronouns, lone names, definite descriptions, document references)."""

from __future__ import annotations

import re

from provenance.extract.found import ActorKind
from provenance.extract.quotes.antecedents import Antecedents
from provenance.extract.quotes.names import (
    _head_noun,
    _looks_org,
    _name_in_description,
    _pure_name,
)
from provenance.extract.quotes.patterns import (
    _DOC_BY,
    _DOC_BY_APPOSITIVE,
    _DOC_SUBJECT_AFTER,
    _DOCREF,
    _DOCREF_INDEFINITE,
    _NOT_BEFORE_VERB,
    _NTOK,
    _ORG_DOC,
    _OWN_WORK,
)
from provenance.extract.quotes.records import _Speaker
from provenance.extract.quotes.text import (
    _capitalised_mid_sentence,
    _has_verbish,
    _is_adverbial,
    _last_word,
    _relative_cut,
    _segments,
)
from provenance.extract.quotes.vocab import (
    _ADVERBIAL_START,
    _DETERMINERS,
    _HONORIFICS,
    _INTERVIEWER_LABELS,
    _MASK,
    _PERSON_HEADS,
    _PLACE_WORDS,
    _RELATIVE,
    _ROLE_WORDS,
    _STOP_SINGLE_NAMES,
)

#: Pronouns and pronoun-like words that say someone speaks without saying who ("One says …,
#: the other says …").
_NOBODY_NAMED = frozenset(
    "i we they you one both all each us another neither either".split() + ["the other", "the others"]
)

#: An acronym defined in parentheses at the end of a name.
_DEFINED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,11}\)?\s*$")


def _aside_cut(s: str, a: int, b: int) -> int:
    """``s[a:b]`` up to a dash opening an aside ("Olexandr Kowalenko — no relation to …")."""
    for dash in (" — ", " – ", " -- "):
        at = s.find(dash, a, b)
        if at >= 0:
            b = at
    return b


def _name_rank(s: str, found: tuple[int, int, int]) -> tuple[int, bool]:
    """Which of two names in apposition names the speaker: a person-like one, then one of
    several words ("The Vice-Chancellor, Professor Adaeze Nwosu": the second)."""
    return found[2], " " not in s[found[0] : found[1]]


#: A prepositional phrase without a comma before a pronoun subject: "In a statement it",
#: "On Tuesday she", "During the hearing he".
_PP_LED_PRONOUN = re.compile(
    r"(?:In|On|At|During|After|Before|Asked\s+about|Throughout|Within)\s+[^,.;:\u2588]{1,60}?\s+"
    r"(?P<pronoun>he|she|it)"
)


#: A time before the subject, with no comma: "Last year the Ministry of Defence told …",
#: "Yesterday police said …". The noun phrase starts after it.
_TIME_LEAD = re.compile(
    r"(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier[ \t]+this|[Ll]ater[ \t]+that)[ \t]+"
    r"(?:year|week|month|night|morning|afternoon|evening|spring|summer|autumn|winter)"
    r"|[Yy]esterday|[Oo]n[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|[Ee]ach[ \t]+time|[Ee]very[ \t]+time)[ \t]+(?=[\w])"
)


#: A description naming its person in a relative clause: "A village elder who gave his name
#: only as Abu Karim", "a nurse who identified herself only as Samira".
_NAMED_IN_RELATIVE = re.compile(
    r"[ \t]+who[ \t]+(?:gave[ \t]+(?:his|her|their)[ \t]+(?:first[ \t]+)?name|identified[ \t]+(?:himself|herself)"
    rf"|asked[ \t]+to[ \t]+be[ \t]+identified)[ \t]+(?:only[ \t]+)?as[ \t]+(?P<name>{_NTOK}(?:\s+{_NTOK}){{0,3}})"
)


#: A person's name after a description, perhaps with where they live: "Jenny in Carlow Cross".
_INTRODUCED_NAME = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    r"(?:[ \t]+(?:in|from|of)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
)


class Phrases(Antecedents):
    """Noun phrases read as speakers, and the resolution of what they name."""

    def _parse_np(self, s: str, a: int, b: int, *, label: bool = False) -> _Speaker | None:
        """Who ``s[a:b]`` names: a name, a description, a pronoun; None if it is not a noun
        phrase. Offsets are into ``s`` (the masked text, aligned with the source)."""
        while a < b and (s[a].isspace() or s[a] in '([,;:—–-"“‘'):
            a += 1
        while b > a and (s[b - 1].isspace() or s[b - 1] in ",;:—–-"):
            b -= 1
        if a >= b:
            return None
        for conj in ("and ", "but ", "And ", "But ", "so ", "So "):
            if s.startswith(conj, a):
                a += len(conj)
        if s[a] in "LlTtNnEeYyOo":  # cheap test first ("Each time", "Every time" too)
            time_lead = _TIME_LEAD.match(s, a, b)
            if time_lead is not None:
                a = time_lead.end()
        if s[a] in "IODABTW" and s[b - 1] in "etyh":  # cheap test first: "In a statement it"
            led = _PP_LED_PRONOUN.fullmatch(s, a, b)
            if led is not None:  # "In a 2021 communication it said": the pronoun speaks
                return _Speaker(led.group("pronoun"), led.start("pronoun"), led.end("pronoun"), pronoun=True)
        if s.count(" ", a, b) > 40:
            return None
        last = _last_word(s, a, b)
        if last is not None and last in _NOT_BEFORE_VERB:  # "in May", "Will Carter": no modal
            return None
        segs = _segments(s, a, b)
        while len(segs) > 1 and _is_adverbial(s, *segs[0]):
            segs.pop(0)
        if not segs:
            return None
        if len(segs) > 1:
            fronted = self._fronted_subject(s, segs)
            if fronted is not None:
                return fronted
        ha, hb = segs[0]
        defined = _DEFINED_ACRONYM.search(s, ha, hb)
        if defined is not None and defined.start() > ha and s[ha].isupper():
            hb = defined.start()  # "The Pension Justice Alliance (PJA)": the name without it
            segs[0] = (ha, hb)
        head = s[ha:hb]
        low = head.lower()
        if low in ("he", "she"):
            return _Speaker(head, ha, hb, pronoun=True)
        if low == "it":  # "…, it said.": the organisation last named, if any
            return _Speaker(head, ha, hb, pronoun=True)
        if low in _NOBODY_NAMED:
            return _Speaker(None, ha, hb)
        if low.split()[0] in ("he", "she", "it", "they", "we", "i", "you"):
            return None  # a pronoun with more words after it is not a noun phrase
        own_work = _OWN_WORK.match(low) if low.startswith(("her ", "his ")) else None
        if own_work is not None:
            # "Her analysis of the CCTV footage … found that": the work speaks for its author
            return _Speaker("she" if low.startswith("her") else "he", ha, ha + 3, pronoun=True)
        if label and low in _INTERVIEWER_LABELS:
            return _Speaker(head, ha, hb, "unnamed")
        if label is False and s.find(" who ", ha, hb) >= 0:
            named = _NAMED_IN_RELATIVE.search(s, ha, hb)
            if named is not None:
                x, y = named.span("name")
                return _Speaker(s[x:y], x, y, "person", personish=True, multi=" " in s[x:y])
        head_cut = _relative_cut(s, ha, hb)
        if head_cut == ha or _has_verbish(s[ha:head_cut]):
            return None
        first_word = low.split()[0]
        if first_word in _ADVERBIAL_START and first_word not in ("this", "last", "next"):
            return None
        kept = [(ha, hb)]
        for x, y in segs[1:]:
            cut = _relative_cut(s, x, y)
            first = s[x:y].split()[0].lower()
            if first in _RELATIVE:
                # "Dr. Tariq Mahmoodi of the WHO, who joined from the capital, Sarrinabad,
                # said": what follows the relative pronoun up to the verb is its clause's
                break
            # a participle ("…, citing …") ends the phrase; a name ending in -ing does not
            participle = first.endswith("ing") and first.isalpha() and s[x].islower()
            if _has_verbish(s[x:cut]) or participle:
                if label:
                    return None
                break
            kept.append((x, y))
        # A segment that is a name and nothing else.
        best: tuple[int, int, int] | None = None
        described = low.split()[0] in _DETERMINERS or not head[:1].isupper()
        for i, (x, y) in enumerate(kept):
            cut = _aside_cut(s, x, _relative_cut(s, x, y))
            acronym = _DEFINED_ACRONYM.search(s, x, cut) if i > 0 else None
            if acronym is not None and acronym.start() > x and s[x].isupper():
                cut = acronym.start()  # "…, Halvarra State Television (HST), said": the name
            if s.startswith(("the ", "The "), x):
                x += 4
            found = _pure_name(s, x, cut)
            if found is None and i > 0 and described:
                # "Its chair, retired judge Tomás Ferreira-Lund, said": the name in apposition.
                inner = _name_in_description(s, x, cut, self.is_surname)
                found = (*inner, 0) if inner is not None else None
            if found is not None and (best is None or _name_rank(s, found) < _name_rank(s, best)):
                best = found
        if best is not None and self._common_word(s, best[0], best[1]):
            best = None  # "Persons who attended", "Residents": a plural noun, not a name
        if best is not None:
            x, y, rank = best
            name = s[x:y]
            if name.lower().startswith("the "):
                x += 4
                name = s[x:y]
            ntoks = name.split()
            multi = len(ntoks) >= 2
            org = _looks_org(name)
            return _Speaker(name, x, y, None, personish=not org and rank == 0, multi=multi)
        head = s[ha:head_cut]
        head_end = head_cut
        while head_end > ha and s[head_end - 1] in " ,":
            head_end -= 1
        od = _ORG_DOC.fullmatch(s, ha, head_end)
        if od is None:
            # "A Chamber of Commerce survey of 212 businesses": the document's subject after it
            od = _ORG_DOC.match(s, ha, head_end)
            if od is not None and _DOC_SUBJECT_AFTER.match(s, od.end(), head_end) is None:
                od = None
        if od is not None:
            x, y = od.start("org"), od.end("org")
            org_name = s[x:y]
            if org_name.split()[0].lower() not in _DETERMINERS | _STOP_SINGLE_NAMES:
                return _Speaker(org_name, x, y, "organisation")
        if low.startswith("the ") and _pure_name(s, ha + 4, head_end) is not None:
            found = _pure_name(s, ha + 4, head_end)
            assert found is not None
            x, y, rank = found
            name = s[x:y]
            return _Speaker(
                name, x, y, None, personish=rank == 0 and not _looks_org(name), multi=True
            )
        inner = _name_in_description(s, ha, head_end, self.is_surname)
        if inner is not None:
            x, y = inner
            name = s[x:y]
            return _Speaker(name, x, y, None, personish=not _looks_org(name), multi=True)
        # "a report by the X Institute": its document word within the first 12 characters (a
        # match tried at those, not a search of the whole phrase).
        by = None
        if s.find("by", ha, hb) >= 0:
            for p in range(ha, min(hb, ha + 13)):
                by = _DOC_BY.match(s, p, hb)
                if by is not None:
                    break
        if by is not None and _looks_org(by.group("np")):
            x, y = by.start("np"), by.end("np")
            return _Speaker(s[x:y], x, y, "organisation")
        # A description without a name.
        desc_end = head_end
        if head_cut < hb:
            before = s[ha:head_cut].split()
            if len(before) < 2:
                desc_end = hb
                while desc_end > ha and s[desc_end - 1] in " ,":
                    desc_end -= 1
        desc = s[ha:desc_end]
        if _MASK in desc or len(desc.split()) > 25:
            return None
        first = desc.split()[0].lower()
        if not (desc[0].isalpha() or first in _DETERMINERS):
            return None
        docref = bool(_DOCREF.fullmatch(desc) or _DOCREF_INDEFINITE.fullmatch(desc))
        definite = first in ("the", "this", "that", "its", "their", "his", "her")
        # "A senior official", "the judge": a person, whom "she" may stand for later; "the
        # report", "the ministry" are not.
        personish = not docref and (
            first in ("a", "an") or (first == "the" and _head_noun(head) in _PERSON_HEADS)
        )
        return _Speaker(
            desc, ha, desc_end, "unnamed", personish=personish, docref=docref, definite=definite
        )

    def _fronted_subject(self, s: str, segs: list[tuple[int, int]]) -> _Speaker | None:
        """The subject when a clause or an aside is fronted before it: a pronoun as the last
        comma segment ("Allowing for births, war losses and migration, she estimates"), or
        a person's name as the last segment after a segment with a verb or another person's
        name ("Asked by the chair, Judge Amara Nwosu, how many he had seen, Rybak said";
        "Under questioning by counsel, Ms Ana Dumitrescu, Dr Aydemir said"). None otherwise."""
        la, lb = segs[-1]
        last = s[la:lb]
        if last.lower() in ("he", "she", "it"):
            return _Speaker(last, la, lb, pronoun=True)
        if len(segs) == 2 and s[segs[0][0] : segs[0][1]].lower().startswith(("a ", "an ")):
            # "A reader, Jenny in Carlow Cross, emails", "A neighbour, Maria Lopez, said": the
            # person the description introduces, by name (a given name alone will do)
            named = _INTRODUCED_NAME.fullmatch(s, la, lb)
            if named is not None and not _looks_org(named.group("name")):
                x, y = named.span("name")
                return _Speaker(s[x:y], x, y, None, personish=True, multi=" " in s[x:y])
        name = self._person_name(s, la, lb)
        if name is None:
            return None
        for x, y in segs[:-1]:
            if _has_verbish(s[x:y]) or self._person_name(s, x, y) is not None:
                x, y = name
                return _Speaker(s[x:y], x, y, None, personish=True, multi=" " in s[x:y])
        return None

    def _person_name(self, s: str, a: int, b: int) -> tuple[int, int] | None:
        """The bounds of ``s[a:b]`` when it is a person's name and nothing else: two words or
        more, or a surname known from the text or written with a title."""
        found = _pure_name(s, a, b)
        if found is None or found[2] != 0:
            return None
        x, y, _ = found
        name = s[x:y]
        if _looks_org(name) or name.split()[-1].lower() in _PLACE_WORDS:
            return None
        title = s[a:x].strip().lower()
        if " " in name or self.is_surname(name) or title in _HONORIFICS or title in _ROLE_WORDS:
            return x, y
        return None

    def _common_word(self, s: str, a: int, b: int) -> bool:
        """A lone capitalised plural at a sentence start that is not known as a name: never
        capitalised inside a sentence, not a surname, not after a title ("Importers")."""
        word = s[a:b]
        if " " in word or word.isupper() or not word.endswith("s") or word.endswith("ss"):
            return False
        i = a
        while i > 0 and s[i - 1] in ' \t"“‘(':
            i -= 1
        if not (i == 0 or s[i - 1] in ".!?\n:" + _MASK):
            return False  # not at a sentence start (the cheap test first)
        return not (_capitalised_mid_sentence(self.text, word) or self.is_surname(word))

    def _finish(self, sp: _Speaker | None) -> tuple[_Speaker | None, bool]:
        """Resolve pronouns, lone names, definite descriptions and document references; say
        whether the speaker is explicit (to be remembered for later pronouns)."""
        if sp is None or sp.text is None:
            return None, False
        if sp.pronoun:
            return self._resolve_pronoun(sp), False
        sp = self._full_name(sp)
        sp = self._refer_back(sp)
        if sp.docref and sp.definite and sp.start is not None:
            # "The report, published by the Climate Institute, found …": the issuer named in
            # the appositive; else who last issued or carried one before.
            by = _DOC_BY_APPOSITIVE.match(self.masked, sp.end) if sp.end is not None else None
            author = (
                _Speaker(by.group("np"), by.start("np"), by.end("np"), "organisation")
                if by is not None and _looks_org(by.group("np"))
                else self._doc_author(sp.start)
            )
            if author is not None and author.text is not None:
                kind: ActorKind | None = (
                    "organisation"
                    if (author.kind == "organisation" or _looks_org(author.text))
                    else None
                )
                return (
                    _Speaker(author.text, author.start, author.end, kind, personish=False),
                    False,
                )
        return sp, True
