"""Reported speech (kind ``"indirect"``): ``X said (that) CLAUSE``, ``According to X,
CLAUSE``, ``CLAUSE, X said.``; a clause holding a quoted fragment takes it in."""

from __future__ import annotations

import re
from bisect import bisect_left

from provenance.extract.quotes.direct import DirectQuotes
from provenance.extract.quotes.marks import _content
from provenance.extract.quotes.patterns import (
    _ACCORDING_LEAD,
    _ACCORDING_TRAIL,
    _APPOSITIVE_NAME,
    _AUX_CLAUSE_VERBS,
    _BARE_CLAUSE_VERBS,
    _BOUNDARY_RE,
    _CLAUSE_HEAD,
    _CLAUSE_HEAD_AUX,
    _CLAUSE_HEAD_QUOTED,
    _CLAUSE_JOIN,
    _CLAUSE_STOP,
    _COORDINATED,
    _DATELINE,
    _FIGURE_WORD,
    _FINITE_PAST_IN_GAP,
    _HEADLINE_SAYS,
    _HEADLINE_SAYS_LAST,
    _HEADLINE_TRAIL,
    _LEADING_CONJ,
    _LISTED_SUBJECTS,
    _NOT_BEFORE_VERB,
    _NUMBER_CLAUSE,
    _OBJECT,
    _OBJECT_VERBS,
    _PAREN_ATTR,
    _PARTICIPLE_THAT,
    _PAST_VERB,
    _POSSESSIVE_LED,
    _PP_WITH_PARTICIPLE,
    _QUOTED_AS_SAYING,
    _QUOTED_PREDICATE,
    _RELATIVE_ASIDE,
    _RELATIVE_CLAUSE_END,
    _RELATIVE_SAYS,
    _RELATIVE_SUBJECT,
    _SAID_BEFORE_NAME,
    _SHORT_PP,
    _STATEMENT_SAYING,
    _SUBORDINATE_SEP,
    _THAT_AFTER,
    _TRAIL_ATTR,
    _TRAIL_ATTR_INVERTED,
    _TRAIL_ATTR_MID,
    _TRAIL_VERBS,
    _WORDS_RE,
)
from provenance.extract.quotes.records import _Speaker
from provenance.extract.quotes.text import (
    _has_verbish,
    _is_adverbial,
    _last_match,
    _last_word,
    _number_hint,
    _reporting_verbs,
    _title_case,
)
from provenance.extract.quotes.vocab import (
    _DETERMINERS,
    _MASK,
    _MAX_CLAUSE,
    _PREPOSITIONS,
    _RELATIVE,
)

#: The lowercase word after a quoted fragment, when it continues the fragment as a subject.
_FIRST_WORD = re.compile(r" ([a-z][a-z'’-]*)")
#: Words that cannot continue a noun phrase: a fragment followed by them is no subject.
_NOT_SUBJECT_WORDS = _PREPOSITIONS | frozenset(
    "and but or nor then as when while before after because so yet if he she they it we".split()
)


#: A clause contrasting another's claim: ", while Médecins Solidaires … estimates".
_CONTRASTING_CLAUSE = re.compile(r",\s+(?:while|whereas)\s")
#: A participle's aside after "and": "and, combining them with census data".
_ASIDE_AFTER_AND = re.compile(r"(?<=\b(?:and|but)),\s*[a-z]+ing\b[^,;:]*$")
#: A participle's aside, then "and": "citing health workers and community leaders, and".
_PARTICIPLE_ASIDE_AND = re.compile(r"[a-z]+ing\b[^;:,]*,\s*(?:and|but)")
def _ends_a_clause(words: str) -> bool:
    """Whether ``words`` read as a clause and "and", not a noun phrase: "A team from the
    University used satellite images and" (before "estimated that …")."""
    return words.endswith((" and", " but")) and (_has_verbish(words) or _PAST_VERB.search(words) is not None)


#: What opens a bulleted line, and the two ways a key point attributes its claim.
_BULLETS = frozenset("•▪·*")
_BULLET_MARK = re.compile(r"[•▪·*][ \t]+")
_BULLET_SAYS = re.compile(
    r"(?P<np>[A-Z][^,;:\n\u2588]{0,60}?)[ \t]+(?:says|say|warns|warn|claims|claim|insists|insist|admits|admit)"
    r"[ \t]+(?:that[ \t]+)?(?P<claim>[^;\n]+?)[ \t]*$",
    re.M,
)
_BULLET_COLON = re.compile(r"(?P<np>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}):[ \t]+(?P<claim>[^;\n]+?)[ \t]*$", re.M)
#: Verbs of sending a message, which give its content after "to say".
_WRITE_VERBS = frozenset("writes wrote write emails emailed email tweeted tweets posted posts noted notes".split())


class ReportedSpeech(DirectQuotes):
    """Reported speech, sentence by sentence."""

    def _indirect(self, ss: int, se: int) -> None:
        """Reported speech in one sentence (see the module docstring)."""
        m = self.masked
        if m[ss] == _MASK:  # a sentence opening with a quote: only "…,” X said, adding that …"
            if m.find("ing ", ss, se) >= 0:
                for a, b, speaker in self._participle_clauses(ss, se, []):
                    self._emit_indirect(ss, a, b, speaker)
            if m.find(" who ", ss, se) >= 0 or m.find(" which ", ss, se) >= 0:
                for a, b, speaker in self._relative_clauses(ss, se):
                    self._emit_indirect(ss, a, b, speaker)
            return
        sent = m[ss:se]
        candidates: list[tuple[int, int, _Speaker]] = []
        according = "ccording to" in sent
        if according:
            acc = _ACCORDING_LEAD.search(sent)
            lead = m[ss : ss + acc.start()] if acc is not None else ""
            if acc is not None and (acc.start() == 0 or (_is_adverbial(m, ss, ss + acc.start()) and not _has_verbish(lead))):
                np_end, clause = ss + acc.end("np"), ss + acc.end()
                app = _APPOSITIVE_NAME.match(m, clause, se)
                if app is not None:  # "According to the finance director, Priya Raman, …"
                    np_end, clause = app.end("name"), app.end()
                sp = self._parse_np(m, ss + acc.start("np"), np_end)
                if sp is not None:
                    candidates.append((clause, se, sp))
            if not candidates:
                acc = _ACCORDING_TRAIL.search(sent)
                if acc is not None:
                    sp = self._parse_np(m, ss + acc.start("np"), ss + acc.end("np"))
                    if sp is not None:
                        candidates.append((ss, ss + acc.start(), sp))
                        # "…, according to the ministry, which said only that …": the
                        # relative clause's reporting verb has a clause of its own.
                        after = ss + acc.end("np")
                        candidates += [c for c in self._reported_clauses(ss, se) if c[0] > after]
        if not candidates and sent.count(",", 0, 300) >= 2:
            par = _PAREN_ATTR.search(sent, 3, 300)
            if par is not None:
                sp = self._parse_np(m, ss + par.start("np"), ss + par.end("np"))
                if sp is not None:
                    # "A car bomb killed 54 people, the hospital director said, almost three
                    # times …": a whole clause before the attribution is what was said; "The
                    # figure, she said, was …" runs on through it.
                    before = sent[: par.start()]
                    whole_clause = _has_verbish(before) or _PAST_VERB.search(before) is not None
                    candidates.append((ss, ss + par.start() if whole_clause else se, sp))
        if not candidates and ("saying" in sent or "stating" in sent or "claiming" in sent):
            candidates = self._statement_saying(ss, se)
        if not candidates:
            candidates = self._reported_clauses(ss, se)
            if "ing " in sent:
                candidates += self._participle_clauses(ss, se, candidates)
        if _number_hint(sent):
            number = self._number_clause(ss, se, candidates)
            if number is not None:
                candidates.insert(0, number)
        if "said" in sent or "says," in sent or "ed," in sent or "ed on " in sent:
            mid = _TRAIL_ATTR_MID.search(sent)
            if mid is not None and _MASK not in sent[: mid.start()] and all(a > ss + mid.start() for a, _, _ in candidates):
                sp = self._parse_np(m, ss + mid.start("np"), ss + mid.end("np"))
                if sp is not None and (sp.text is not None or sp.pronoun):
                    candidates.insert(0, (ss, ss + mid.start(), sp))
        if not candidates and "," in sent and sent.rstrip()[-1:].isalpha():
            headline = self._headline_claim(ss, se)
            if headline is not None:
                candidates.append(headline)
        if not candidates and sent.rstrip()[-1:].isalpha():
            headline = self._headline_says(ss, se)
            if headline is not None:
                candidates.append(headline)
        if not candidates and m[ss] in _BULLETS:
            bullet = self._bullet_claim(ss, se)
            if bullet is not None:
                candidates.append(bullet)
        # A trailing attribution ends the sentence after its last comma or the one before.
        # Its verb is a reporting verb of the text's index standing there (cheaper than a search
        # of the sentence's end for the verbs).
        last_comma = sent.rfind(",") if not candidates else -1
        trailing = last_comma >= 0 and last_comma >= len(sent) - 140 and self._trail_verb(
            ss + max(len(sent) - 140, sent.rfind(",", 0, last_comma)), se
        )
        if not candidates and trailing:
            inv = _TRAIL_ATTR_INVERTED.search(sent)
            before = sent[: inv.start()] if inv is not None else ""
            # The words before it must be a clause: "Its director, Murat Kasymov, says the
            # society hopes …" is a subject, not reported content.
            if inv is not None and _MASK not in before and (_has_verbish(before) or _PAST_VERB.search(before)):
                sp = self._parse_np(m, ss + inv.start("np"), ss + inv.end("np"))
                if sp is not None and sp.text is not None:
                    candidates.append((ss, ss + inv.start(), sp))
        if not candidates and trailing:
            trail = _TRAIL_ATTR.search(sent)
            # The clause may hold a quoted fragment ("There was “no innocent explanation” for
            # the gap, he said."): _emit_indirect takes it in.
            if trail is not None:
                sp = self._parse_np(m, ss + trail.start("np"), ss + trail.end("np"))
                if sp is not None and (sp.text is not None or sp.pronoun):
                    candidates.append((ss, ss + trail.start(), sp))
        for a, b, sp in candidates:
            self._emit_indirect(ss, a, b, sp)

    def _number_clause(
        self, ss: int, se: int, taken: list[tuple[int, int, _Speaker]]
    ) -> tuple[int, int, _Speaker] | None:
        """``X put the official toll at 31``, ``X estimated the cost at £3m``, ``X declared the
        number … to be N``: the object and its figure, up to a coordinated reporting verb
        ("… at 31 and says that …", whose clause is another quote). Only with a figure in it:
        "puts the figure far higher" reports no claim of its own."""
        m = self.masked
        sent = m[ss:se]
        if not any(verb in sent for verb in _NUMBER_CLAUSE_VERBS):
            return None  # the pattern opens on one of them (a cheap test first)
        hit = _NUMBER_CLAUSE.search(m, ss, se)
        if hit is None:
            return None
        group = "verb" if hit.group("verb") else "verb2"
        start = hit.start("obj" if group == "verb" else "obj2")
        end = se
        coord = _COORDINATED.search(m, start, se) if " and " in m[start:se] else None
        if coord is not None:
            end = coord.start()
        join = _CONTRASTING_CLAUSE.search(m, start, end) if ", while " in m[start:end] or ", whereas " in m[start:end] else None
        if join is not None:
            end = join.start()  # "puts deaths at “at least 260”, while X estimates …": X's own claim
        if any(a < end and start < b for a, b, _ in taken):
            return None  # a clause already read overlaps it
        # In the source text, not the masked one: the figure may be quoted ('at "more than 2,000"').
        if group == "verb" and not _FIGURE_WORD.search(self.text, start, end):
            return None
        # "X said A, and a spokesman for Y estimated losses at …": the subject after "and"
        np_start = self._after_clause_join(ss, hit.start(group))
        conj = _LEADING_CONJ.match(m, np_start, hit.start(group))
        sp = self._np_before(conj.end() if conj is not None else np_start, hit.start(group))
        if sp is None and conj is not None and conj.end() >= hit.start(group) - 1:
            # "X says A, and puts the toll at …": the subject of the clause before
            before = [speaker for _, end, speaker in taken if end <= start]
            sp = before[-1] if before else None
        if np_start > ss and (sp is None or _POSSESSIVE_LED.match(sp.text or "") is not None):
            # "The Monitor has been cautious, but even its report put the toll at …": "its"
            # is the first clause's subject, read from the sentence's start
            sp = self._np_before(ss, hit.start(group))
        if sp is None:
            # "A commission sent out under Sir Edmund Prowse, a retired judge, put the figure
            # at 58": the subject before the sentence's first verb
            sp = self._sentence_subject(ss, hit.start(group))
        if sp is None:
            return None
        return (start, end, sp)

    def _reporting(self) -> list[tuple[int, int, int, str]]:
        """The reporting verbs of the whole text (found once): (start with any auxiliary,
        verb start, end, verb)."""
        if self.reporting is None:
            self.reporting = _reporting_verbs(
                self.masked, 0, len(self.masked), self.mask_ends
            )
            self.reporting_starts = [hit[0] for hit in self.reporting]
            by_verb = sorted((hit[1], hit[3]) for hit in self.reporting)
            self.reporting_verb_starts = [start for start, _ in by_verb]
            self.reporting_verbs = [verb for _, verb in by_verb]
        return self.reporting

    def _trail_verb(self, a: int, b: int) -> bool:
        """Whether a verb of a trailing attribution ("…, X said.") starts in ``[a, b)``."""
        self._reporting()
        starts = self.reporting_verb_starts
        k = bisect_left(starts, a)
        while k < len(starts) and starts[k] < b:
            if self.reporting_verbs[k] in _TRAIL_VERBS:
                return True
            k += 1
        return False

    def _reported_clauses(self, ss: int, se: int) -> list[tuple[int, int, _Speaker]]:
        """``X said (that) CLAUSE``, ``X told Y that CLAUSE``, ``… and claimed that CLAUSE``:
        one candidate per reporting verb, each clause ending where a coordinated reporting
        verb, a colon or the sentence ends."""
        m = self.masked
        out: list[tuple[int, int, _Speaker]] = []
        prev_end = ss
        prev_sp: _Speaker | None = None
        hits = self._reporting()
        k = bisect_left(self.reporting_starts, ss)
        while k < len(hits) and hits[k][2] <= se:
            vs, verb_start, verb_end, verb = hits[k]
            k += 1
            if vs < prev_end:
                continue
            if self._noun_use(ss, vs):
                continue
            cs = self._clause_start(verb, verb_end, se)
            if cs is None:
                continue
            ce = min(se, cs + _MAX_CLAUSE)
            coord = None
            if m.find(" and ", cs, ce) >= 0 or m.find(" but ", cs, ce) >= 0:
                coord = _COORDINATED.search(m, cs, ce)
            if coord is not None:
                ce = coord.start()
            part = _PARTICIPLE_THAT.search(m, cs, ce) if m.find("ing ", cs, ce) >= 0 else None
            if part is not None:
                ce = part.start()  # "…, adding that": a second quote
            stop = _CLAUSE_STOP.search(m, cs, ce)
            if stop is not None:
                ce = stop.start()
            if k < len(hits) and hits[k][1] < ce and not self._noun_use(ss, hits[k][0]):
                # "… said A, and the logistics firm X said B": B has its own speaker.
                after = hits[k][0]
                sep = max(m.rfind(", and ", cs, after), m.rfind(", but ", cs, after), m.rfind("; ", cs, after))
                if m.find(", ", cs, after) >= 0:
                    # "…, as the Y said", "…, three weeks after it told the public …"
                    sub = _last_match(_SUBORDINATE_SEP, m, cs, after)
                    if sub is not None:
                        sep = max(sep, sub.start())
                if sep > cs:
                    ce = sep
            if _RELATIVE_SUBJECT.search(m, max(ss, vs - 9), vs) is not None:
                rel_end = _RELATIVE_CLAUSE_END.search(m, cs, ce)
                if rel_end is not None:
                    ce = rel_end.start()
            np_start = prev_end
            # "…, officials said, but volunteer rescuers warned that": the subject after "but".
            np_start = self._after_clause_join(np_start, vs)
            conj = _LEADING_CONJ.match(m, np_start, vs)
            sp: _Speaker | None
            if conj is not None and conj.end() >= vs - 1 and prev_sp is not None:
                sp = prev_sp  # "… and claimed that": the same subject
            else:
                if conj is not None:
                    np_start = conj.end()
                sp = self._np_before(np_start, verb_start)
                if sp is not None and sp.kind == "unnamed" and _ends_a_clause(sp.text or ""):
                    sp = None  # "A team … used satellite images and estimated": no noun phrase
                if sp is None and (self._bare_and(np_start, vs) or (conj is not None and self._bare_and(prev_end, vs))):
                    # "X dismissed the hearing as “…” and said …": the sentence's subject
                    sp = self._sentence_subject(ss, vs)
            if sp is None or (sp.text is None and not sp.pronoun):
                continue
            out.append((cs, ce, sp))
            prev_end, prev_sp = ce, sp
        return out

    def _noun_use(self, ss: int, vs: int) -> bool:
        """Whether the reporting word at ``vs`` is no finite verb: after a determiner it is a
        noun ("to build its estimate"), after "to", "will" … an infinitive."""
        before = _last_word(self.masked, max(ss, vs - 20), vs)
        return before is not None and (before.lower() in _NOT_BEFORE_VERB or before.lower() in _DETERMINERS)

    def _headline_claim(self, ss: int, se: int) -> tuple[int, int, _Speaker] | None:
        """A Title Case headline line ending in its attribution ("Former Chief Knew Pills
        Were Fake, Prosecutors Say"): the words before the comma are the claim."""
        m = self.masked
        line_start = m.rfind("\n", 0, ss) + 1
        line_end = m.find("\n", ss)
        if line_start != ss or (line_end >= 0 and m[ss:line_end].rstrip() != m[ss:se].rstrip()):
            return None
        hit = _HEADLINE_TRAIL.search(m, ss, se)
        if hit is None or not _title_case(m[ss : hit.start()]):
            return None
        sp = self._parse_np(m, hit.start("np"), hit.end("np"))
        if sp is None or sp.text is None:
            return None
        return (ss, hit.start(), sp)

    def _headline_says(self, ss: int, se: int) -> tuple[int, int, _Speaker] | None:
        """A headline line in sentence case reporting a claim in headline style, with no
        verb of its own: "UN says flood toll far higher than government count", "The
        collapse killed far more miners than the count, a Tribune inquiry finds"."""
        m = self.masked
        line_start = m.rfind("\n", 0, ss) + 1
        line_end = m.find("\n", ss)
        line_end = len(m) if line_end < 0 else line_end
        if line_start != ss or m[ss:line_end].rstrip() != m[ss:se].rstrip():
            return None
        if len(m[ss:se].split()) > 20 or _MASK in m[ss:se]:
            return None
        last = _HEADLINE_SAYS_LAST.search(m, ss, se)
        if last is not None:
            sp = self._parse_np(m, last.start("np"), last.end("np"))
            if sp is not None and sp.text is not None:
                return (ss, last.start(), sp)
        hit = _HEADLINE_SAYS.match(m, ss, se)
        if hit is None or len(hit.group("claim").split()) < 3:
            return None
        sp = self._parse_np(m, hit.start("np"), hit.end("np"))
        if sp is None or sp.text is None or sp.pronoun:
            return None
        return (hit.start("claim"), hit.end("claim"), sp)

    def _bullet_claim(self, ss: int, se: int) -> tuple[int, int, _Speaker] | None:
        """A key point in a bulleted list, in headline style: "• Match commander says Gate C
        was opened “to save lives”", "• Passenger watchdog: nearly 20% of trains were late
        last year". The claim must hold a verb or a figure ("• Expert: pens 3 and 4 held up to
        1,900 people"), and the words before the colon be a short noun phrase."""
        m = self.masked
        line_end = m.find("\n", ss)
        end = min(se, line_end) if line_end >= 0 else se
        bullet = _BULLET_MARK.match(m, ss, end)
        if bullet is None:
            return None
        hit = _BULLET_SAYS.match(m, bullet.end(), end) or _BULLET_COLON.match(m, bullet.end(), end)
        if hit is None:
            return None
        claim = m[hit.start("claim") : hit.end("claim")].replace(_MASK, " ")
        if len(claim.split()) < 3 or not (_has_verbish(claim) or _number_hint(claim)):
            return None
        sp = self._parse_np(m, hit.start("np"), hit.end("np"))
        if sp is None or sp.text is None or sp.pronoun:
            return None
        return (hit.start("claim"), hit.end("claim"), sp)

    def _relative_clauses(self, ss: int, se: int) -> list[tuple[int, int, _Speaker]]:
        """``“…,” said Ruth Kamau, 52, who says her sons were on the shift``: the relative
        clause's reported speech, spoken by the relative pronoun's antecedent."""
        m = self.masked
        out: list[tuple[int, int, _Speaker]] = []
        for hit in _RELATIVE_SAYS.finditer(m, ss, se):
            cs, ce = hit.end(), se
            stop = _CLAUSE_STOP.search(m, cs, ce)
            if stop is not None:
                ce = stop.start()
            bare = not m[hit.start() : cs].rstrip().endswith("that")
            if bare and _CLAUSE_HEAD.match(_RELATIVE_ASIDE.sub("", m[cs:ce])) is None:
                continue
            start = max(ss, m.rfind(_MASK, ss, hit.start()) + 1)
            said = _SAID_BEFORE_NAME.match(m, start, hit.start())
            if said is not None:  # "…,” said Ruth Kamau, 52, who": the name after the verb
                start = said.end()
            sp = self._relative_antecedent(start, hit.start() + 1)
            if sp is None or sp.text is None or sp.pronoun:
                continue
            out.append((cs, ce, sp))
        return out

    def _statement_saying(self, ss: int, se: int) -> list[tuple[int, int, _Speaker]]:
        """``X issued a statement saying (that) CLAUSE``: the clause is X's reported speech;
        ``X quoted him as saying (that) CLAUSE``: the clause is his."""
        m = self.masked
        hit = _STATEMENT_SAYING.search(m, ss, se)
        if hit is None:
            return self._quoted_as_saying(ss, se)
        ce = se
        stop = _CLAUSE_STOP.search(m, hit.end(), se)
        if stop is not None:
            ce = stop.start()
        sp = self._np_before(ss, hit.start("verb"))
        if sp is None or (sp.text is None and not sp.pronoun):
            return []
        return [(hit.end(), ce, sp)]

    def _quoted_as_saying(self, ss: int, se: int) -> list[tuple[int, int, _Speaker]]:
        """``The agency quoted him as saying that CLAUSE``: the one quoted speaks, a pronoun
        ("him", "her") resolved like "he"/"she"."""
        m = self.masked
        hit = _QUOTED_AS_SAYING.search(m, ss, se)
        if hit is None:
            return []
        ce = se
        stop = _CLAUSE_STOP.search(m, hit.end(), se)
        if stop is not None:
            ce = stop.start()
        a, b = hit.span("np")
        sp = _Speaker(m[a:b], a, b, pronoun=True) if m[a:b] in ("him", "her") else self._parse_np(m, a, b)
        return [] if sp is None or (sp.text is None and not sp.pronoun) else [(hit.end(), ce, sp)]

    def _bare_and(self, a: int, vs: int) -> bool:
        """Whether only ``and``/``but`` stands between the last quote (or ``a``) and the verb,
        or the verb is coordinated with a predicate of the sentence's subject ("The ministry
        has acknowledged 38,412 deaths and has said repeatedly that …")."""
        m = self.masked
        start = max(a, m.rfind(_MASK, a, vs) + 1)
        between = m[start:vs].strip(" ,\t")
        if between.lower() in ("and", "but", "and also", "but also"):
            return True
        if _PARTICIPLE_ASIDE_AND.fullmatch(between) is not None:
            return True  # '… at “at least 47”, citing health workers, and said': an aside first
        # "… used satellite images and, combining them with census data, estimated": an aside after
        between = _ASIDE_AFTER_AND.sub("", between)
        return _ends_a_clause(between)

    def _sentence_subject(self, ss: int, limit: int) -> _Speaker | None:
        """The noun phrase before the first verb of the sentence (before ``limit``)."""
        m = self.masked
        for hit in _BOUNDARY_RE.finditer(m, ss, limit):
            if hit.group() in (";", ":", _MASK) or hit.group() in _RELATIVE:
                return None
            if hit.start() == ss:
                continue
            return self._np_before(ss, hit.start())
        return None

    def _after_clause_join(self, a: int, vs: int) -> int:
        """Where the subject of a verb at ``vs`` starts when a clause of its own comes first:
        "…, officials said, but volunteer rescuers warned that", "A vote could come on
        Friday, though two diplomats said", "She is walking again, and she says" (only
        after a part with a verb of its own, so "Smith, Jones and Brown said" stays whole)."""
        m = self.masked
        best = a
        for join in _CLAUSE_JOIN.finditer(m, a, vs):
            word = m[join.start() + 1 : join.end()].strip()
            before = m[best : join.start()]
            clause_before = _has_verbish(before) or _PAST_VERB.search(before)
            if word == "and" and not clause_before:
                continue
            if word == "as" and not clause_before and join.start() > a:
                continue  # "Smith, as chair, said": no clause of its own before it
            # "and"/"but" stay for _LEADING_CONJ ("…, and said": the same subject)
            best = join.start() + 2 if word in ("and", "but") else join.end()
        return best

    def _participle_clauses(
        self, ss: int, se: int, taken: list[tuple[int, int, _Speaker]]
    ) -> list[tuple[int, int, _Speaker]]:
        """``X said …, adding that CLAUSE`` (also after a quote: ``“…,” X said, adding that
        …``): the clause is reported speech of the subject of the reporting verb before it,
        else of the sentence's subject."""
        m = self.masked
        out: list[tuple[int, int, _Speaker]] = []
        for hit in _PARTICIPLE_THAT.finditer(m, ss, se):
            if any(a <= hit.start() < b for a, b, _ in taken):
                continue
            cs = hit.end()
            ce = se
            stop = _CLAUSE_STOP.search(m, cs, ce)
            if stop is not None:
                ce = stop.start()
            sp: _Speaker | None = None
            hits = self._reporting()
            k = bisect_left(self.reporting_starts, hit.start()) - 1
            if k >= 0 and hits[k][0] >= ss:
                sp = self._np_before(ss, hits[k][1])
            if sp is None or (sp.text is None and not sp.pronoun):
                sp = self._subject(ss, se)
            if sp is None:
                # "The director of the museum has resigned, saying …": a description or a
                # full name (a lone unknown word is not guessed at)
                sp = self._sentence_subject(ss, hit.start())
                if sp is not None and not (sp.kind == "unnamed" or sp.multi):
                    sp = None
            if sp is None or (sp.text is None and not sp.pronoun):
                continue
            out.append((cs, ce, sp))
        return out

    def _clause_start(self, verb: str, pos: int, se: int) -> int | None:
        """Where the reported clause after a reporting verb starts: after ``that`` (past an
        object or a short phrase), or right away when a clause follows a bare ``said``."""
        m = self.masked
        if verb in _WRITE_VERBS and m.startswith((" down ", " up "), pos):
            return None  # "wrote down what she was told": a record made, not a statement
        if verb in _WRITE_VERBS and m.startswith(" to say ", pos):
            # "emails to say her train has been cancelled", "wrote to say that …": the
            # message's clause, as after "said"
            pos, verb = pos + len(" to say"), "said"
        that = _THAT_AFTER.match(m, pos, se)
        if that is not None:
            gap = that.group("gap")
            verbish = (_has_verbish(gap) or _FINITE_PAST_IN_GAP.search(gap) is not None) and _PP_WITH_PARTICIPLE.match(gap) is None
            if not verbish and _MASK not in gap:
                return that.end()
        if verb not in _BARE_CLAUSE_VERBS and verb not in _AUX_CLAUSE_VERBS:
            return None
        p = pos
        if verb in _OBJECT_VERBS:
            obj = _OBJECT.match(m, p, se)
            if obj is None:
                return None
            p = obj.end()
        pp = _SHORT_PP.match(m, p, se)
        if pp is not None:
            p = pp.end()
        while p < se and m[p] == " ":
            p += 1
        if p < se and m[p] == _MASK:
            return p if self._quoted_subject(p, se) else None
        if p >= se or m[p] in ':,;.“"‘':
            return None
        head = _RELATIVE_ASIDE.sub("", m[p : min(se, p + 300)])
        if "," in head[:60]:
            listed = _LISTED_SUBJECTS.match(head)
            if listed is not None:
                head = head[listed.end() :]
        if verb in _AUX_CLAUSE_VERBS:
            # "announced 23 executions … and said all … had": the object, then another verb
            aux = _CLAUSE_HEAD_AUX.match(head)
            return p if aux is not None and " and " not in aux.group() and " but " not in aux.group() else None
        if _CLAUSE_HEAD.match(head) is not None:
            return p
        clause = _CLAUSE_HEAD_QUOTED.match(head) if _MASK in head else None
        if clause is None:
            return None
        # The quoted fragment must open with a verb: 'said her client "had no idea"', not
        # 'warned of flaws in the design "at least four times"'.
        quote = m.find(_MASK, p + len(head[: clause.end() - 1].rstrip()))
        return p if quote >= 0 and _QUOTED_PREDICATE.match(self.text, quote) is not None else None

    def _quoted_subject(self, p: int, se: int) -> bool:
        """Whether the quoted fragment at ``p`` opens a clause as its subject's first words:
        'said "fewer than 60" roles were affected' (a noun and a verb follow it), not 'said
        "no comment" and left' or 'said "we will appeal" in a statement'."""
        m = self.masked
        q = p
        while q < se and m[q] == _MASK:
            q += 1
        following = _FIRST_WORD.match(m, q, se)
        return (
            following is not None
            and following.group(1) not in _NOT_SUBJECT_WORDS
            and _CLAUSE_HEAD.match(m, q + 1, se) is not None
        )

    def _emit_indirect(self, ss: int, a: int, b: int, sp: _Speaker) -> None:
        """Emit one reported clause, taking in the direct quotes it contains (a clause with a
        quoted fragment is one indirect quote); none when the clause is only a quote."""
        text = self.text
        if a == ss:
            dl = _DATELINE.match(text, a, b)
            if dl is not None:
                a = dl.end()
        ca, cb, _ = _content(text, a, b)
        while cb > ca:  # the sentence's final punctuation, and an unopened parenthesis
            last = text[cb - 1]
            if last.isspace() or last in ".!?,;:":
                cb -= 1
            elif last == ")" and "(" not in text[ca:cb]:
                cb -= 1
            else:
                break
        if cb <= ca or len(text[ca:cb].split()) < 2:
            return
        inside: list[int] = []
        regions: list[tuple[int, int]] = []
        outside: list[str] = []
        pos = ca
        k = bisect_left(self.region_starts, cb) - 1
        while k >= 0:
            ra, rb, index = self.direct_regions[k]
            if rb <= ca:
                break
            if ra < ca or rb > cb + 1:
                return  # a quote straddling the clause's edge: leave both alone
            inside.append(index)
            regions.append((ra, rb))
            k -= 1
        if inside:
            regions.reverse()
            for ra, rb in regions:
                outside.append(text[pos:ra])
                pos = rb
            outside.append(text[pos:cb])
            if not _WORDS_RE.search("".join(outside)):
                return  # the quote is the whole reported content: it stays direct
        resolved, fresh = self._finish(sp)
        if resolved is None and not sp.pronoun:
            return
        if resolved is not None and fresh:
            self._remember(resolved)
        self.removed.update(inside)
        # "The ministry met. It said 20 …": reported speech whose pronoun stands for no one the
        # text names is still reported speech, with its speaker unknown rather than guessed.
        self._emit(ca, cb, "indirect", resolved)


#: What every verb of ``_NUMBER_CLAUSE`` starts with.
_NUMBER_CLAUSE_VERBS: tuple[str, ...] = (
    "declare", "put", "estimate", "place", "gave", "give", "set", "announce", "report", "value"
)
