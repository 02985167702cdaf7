"""Attributions next to a direct quote: ``X said:`` before it, ``…,” X said`` after it, a
speech verb earlier in its sentence, a ``X states:`` paragraph before it."""

from __future__ import annotations

import re
from bisect import bisect_left

from provenance.extract.quotes.names import _looks_org, _pure_name
from provenance.extract.quotes.patterns import (
    _ANTECEDENT_LINK,
    _APPOSITIVE_AFTER,
    _ATTRIB_VERB_AFTER_SPACE,
    _DATELINE,
    _IN_OWN_WORDS,
    _LEAD_ACCORDING,
    _LEAD_LABEL,
    _LEAD_VERB,
    _RELATIVE_OPENER,
    _RELATIVE_SUBJECT,
    _SENT_VERB_RE,
    _SUBJECT_AFTER,
    _SUBORDINATE_LEAD,
    _THAT_THEN_SAY,
    _TRAIL_ACCORDING,
    _TRAIL_DASH,
    _TRAIL_NP_FIRST,
    _TRAIL_VERB_FIRST,
)
from provenance.extract.quotes.records import _Para, _Span, _Speaker
from provenance.extract.quotes.text import (
    _is_verbish,
    _last_match,
    _stops_no_sentence,
    _tokens,
    _trailing_aux,
)
from provenance.extract.quotes.turns import Turns
from provenance.extract.quotes.vocab import (
    _DETERMINERS,
    _LABEL_STOP,
    _LOOKBACK,
    _MASK,
)


def _words_back(m: str, start: int, end: int, most: int = 10) -> list[int]:
    """Where each of the last ``most`` words of ``m[start:end]`` starts, last first."""
    starts: list[int] = []
    at = end
    while len(starts) < most:
        space = m.rfind(" ", start, at - 1)
        if space < 0:
            break
        starts.append(space + 1)
        at = space
    return starts


class Attribution(Turns):
    """The attributions around a direct quote."""

    def _np_before(self, sent_start: int, verb_start: int) -> _Speaker | None:
        """The subject before a speech verb: from the clause start, without trailing aux."""
        m = self.masked
        sent_start = max(sent_start, verb_start - _LOOKBACK)
        clause = sent_start
        mask_at = m.rfind(_MASK, sent_start, verb_start)
        if mask_at >= 0:
            clause = mask_at + 1
        # "Meridian disputes the figure: a company spokesman said": a colon or semicolon
        # ends the clause before the subject's ("10:40" is a time, not a colon).
        semi = max(m.rfind(";", clause, verb_start), m.rfind(": ", clause, verb_start))
        if semi >= 0:
            clause = semi + 1
        dateline = _DATELINE.match(m, clause, verb_start)
        if dateline is not None:  # "KARAGANDA — Survivors of the collapse told …"
            clause = dateline.end()
        npb = verb_start
        trail = _trailing_aux(m, clause, npb)
        if trail is not None:
            npb = trail
        lead = _last_match(_SUBJECT_AFTER, m, clause, npb)
        if lead is not None and m.startswith(",", lead.start()) and m[lead.end() : npb].rstrip().endswith(","):
            lead = None  # "Residents of X, where much of the shooting took place, said": an aside
        if lead is not None:
            # "…, where the district commission reported that", "The court heard that an
            # internal memo warned that": the subject starts after them.
            clause = lead.end()
        sub = _last_match(_SUBORDINATE_LEAD, m, max(clause, npb - 60), npb)
        if sub is not None and "," not in m[sub.end() : npb]:
            # "When Yeo shouted “Shame!”", "three weeks after it told the public": the
            # subject of the subordinate clause's verb.
            clause = sub.end()
        if _not_a_subject(m[clause:npb]):
            return None
        relative = _RELATIVE_SUBJECT.search(m, clause, npb)
        if relative is not None:
            # "according to the Interior Ministry, which said …", "one from a taxi driver who
            # wrote …": the verb's subject is the noun phrase the relative pronoun stands for.
            return self._relative_antecedent(clause, relative.start())
        if m.startswith(("who ", "which "), clause) and m[clause:npb].strip() in ("who", "which"):
            return self._coordinated_relative(clause)
        return self._parse_np(m, clause, npb)

    def _coordinated_relative(self, rel: int) -> _Speaker | None:
        """The antecedent of a relative pronoun joined to an earlier relative clause ("the Red
        Cross, whose delegates were allowed in once, and who wrote that …"): the noun phrase
        before that earlier clause's ", who"/", whose"/", which"."""
        m = self.masked
        ss = self.sentence_starts[max(0, bisect_left(self.sentence_starts, rel + 1) - 1)]
        opener = _last_match(_RELATIVE_OPENER, m, ss, rel)
        if opener is None:
            return None
        found = self._relative_antecedent(ss, opener.start())
        if found is not None:
            return found
        # "Evidence is the report of the International Committee of the Red Cross, whose …":
        # the longest name ending the clause, read back over its words and connectors.
        best = None
        end = opener.start()
        for word in _words_back(m, ss, end):
            if not m[word].isupper() and m[word : m.find(" ", word, end)] not in ("of", "the", "for", "and"):
                break
            name = _pure_name(m, word, opener.start())
            if name is not None and name[0] == word and name[1] == opener.start():
                best = name
        if best is None:
            return None
        x, y, rank = best
        return _Speaker(m[x:y], x, y, None, personish=rank == 0 and not _looks_org(m[x:y]), multi=" " in m[x:y])

    def _relative_antecedent(self, clause: int, rel: int) -> _Speaker | None:
        """The noun phrase ending at ``rel`` (where ``which``/``who`` stands): its last comma
        segment, after a linking word such as ``to``, ``from`` or ``by`` that ends the phrase
        governing it."""
        m = self.masked
        end = rel
        while end > clause and m[end - 1] in " ,":
            end -= 1
        start = max(clause, m.rfind(",", clause, end) + 1)
        if m[start:end].strip().isdigit() and start > clause:
            # "Ruth Kamau, 52, who says": the age is the name's, not the antecedent
            end = start - 1
            start = max(clause, m.rfind(",", clause, end) + 1)
        link = _last_match(_ANTECEDENT_LINK, m, start, end)
        if link is not None:
            start = link.end()
        if end - start < 2:
            return None
        found = self._parse_np(m, start, end)
        if found is not None and found.kind == "unnamed" and start > clause:
            # "heard from Kwabena Ofori-Atta, the National Archives official …, who said":
            # the description is in apposition to the name before it, who speaks.
            before = max(clause, m.rfind(",", clause, start - 1) + 1)
            link = _last_match(_ANTECEDENT_LINK, m, before, start - 1)
            name = self._person_name(m, link.end() if link is not None else before, start - 1)
            if name is not None:
                x, y = name
                return _Speaker(m[x:y], x, y, None, personish=True, multi=" " in m[x:y])
        return found

    def _lead_in(self, span: _Span, ss: int) -> _Speaker | None:
        """Attribution just before a quote's opening mark, within its sentence."""
        assert span.open is not None
        return self._attribution_before(ss, span.open)

    def _attribution_before(self, ss: int, o: int) -> _Speaker | None:
        """``X said:``, ``According to X,``, ``X:`` ending at ``o``."""
        m = self.masked
        ss = max(ss, o - _LOOKBACK)
        start = ss
        mask_at = m.rfind(_MASK, ss, o)
        if mask_at >= 0:
            start = mask_at + 1
        pre = m[start:o]
        if not pre.strip():
            return None
        acc = _LEAD_ACCORDING.search(pre) if "ccording" in pre else None
        if acc is not None:
            sp = self._parse_np(m, start + acc.start("np"), start + acc.end("np"))
            if sp is not None:
                return sp
        # The verb stands at most 90 characters (and the verb's length) before the end.
        tail_end = len(pre.rstrip().rstrip(":,").rstrip())
        lead = _LEAD_VERB.search(pre, max(0, tail_end - 140))
        if lead is not None:
            tail = lead.group("tail")
            if not _THAT_THEN_SAY.search(tail):
                sp = self._np_before(start, start + lead.start("verb"))
                if sp is not None:
                    return sp
        own = _IN_OWN_WORDS.search(pre) if "words" in pre else None
        if own is not None:  # "… had become, in her words, “a mountain I climb”"
            pronoun = "she" if own.group("pro") == "her" else "he"
            return _Speaker(pronoun, start + own.start("pro"), start + own.end("pro"), pronoun=True)
        lab = _LEAD_LABEL.match(pre)
        label_words = lab.group("np").split() if lab is not None else []
        if (
            lab is not None
            and 0 < len(label_words) <= 30
            and label_words[0].lower().strip("(") not in _LABEL_STOP
        ):
            sp = self._parse_np(m, start, start + lab.end("np"), label=True)
            if sp is not None and (sp.text is not None or sp.pronoun):
                return sp
        return None

    def _trailer(self, span: _Span, para: _Para) -> _Speaker | None:
        """Attribution just after a quote's closing mark."""
        assert span.close is not None
        m = self.masked
        a = span.close + 1
        b = m.find(_MASK, a, min(para.end, a + _LOOKBACK))
        if b < 0:
            b = min(para.end, a + _LOOKBACK)
        post = m[a:b]
        if not post.strip():
            return None
        final = span.final or post.lstrip()[:1] in (".", "!", "?")
        dash = _TRAIL_DASH.match(post)
        if dash is not None:
            np_start, np_end = a + dash.start("np"), a + dash.end("np")
            comma = m.find(",", np_start, np_end)
            # "“…” – Beryl Oakes, Mill Lane": a signature, with where the writer lives after it
            found = _pure_name(m, np_start, comma if comma > 0 else np_end)
            if found is not None:
                x, y, rank = found
                return _Speaker(m[x:y], x, y, None, personish=rank == 0, multi=True)
            return None
        acc = _TRAIL_ACCORDING.match(post)
        if acc is not None:
            sp = self._parse_np(m, a + acc.start("np"), a + acc.end("np"))
            if sp is not None:
                return sp
        vf = _TRAIL_VERB_FIRST.match(post)
        if (
            vf is not None
            and vf.group("rest").split()[:1]
            and vf.group("rest").split()[0].lower()
            in (
                "that",
                "it",
                "to",
                "this",
                "so",
                "as",
                "nothing",
                "something",
                "what",
                "how",
                "in",
                "on",
                "at",
                "for",
                "of",
                "by",
                "with",
                "about",
                "there",
                "they",
                "we",
                "i",
                "you",
            )
        ):
            vf = None
        if vf is not None:
            rs = a + vf.start("rest")
            rest_end = self._clause_end(rs, a + vf.end("rest"))
            if not final or self._bare(m[rs:rest_end]):
                sp = self._parse_np(m, rs, rest_end)
                if sp is not None:
                    return sp
            else:
                # "“Rubbish!” cried Desmond Yeo, the member for Fenmoor North, who …": the
                # name, then an appositive about him; no clause of the speaker's own.
                comma = m.find(",", rs, rest_end)
                if comma > rs and self._bare(m[rs:comma]) and _APPOSITIVE_AFTER.match(m, comma, rest_end):
                    sp = self._parse_np(m, rs, comma)
                    if sp is not None and sp.text is not None:
                        return sp
        nf = _TRAIL_NP_FIRST.match(post) if _ATTRIB_VERB_AFTER_SPACE.search(post) else None
        if nf is not None:
            npa, npb = a + nf.start("np"), a + nf.end("np")
            np_text = m[npa:npb]
            if self._has_break(np_text) or len(np_text.split()) > 15:
                return None
            if final:
                rest_end = self._clause_end(a + nf.end(), b)
                rest = m[a + nf.end() : rest_end]
                if ":" in m[a + nf.end() : b][: len(rest) + 2] or not self._bare(rest):
                    return None
            sp = self._parse_np(m, npa, npb)
            if sp is not None:
                return sp
        return None

    def _clause_end(self, a: int, b: int) -> int:
        """The end of the clause starting at ``a``: a sentence stop that is not an
        abbreviation's, or ``b``."""
        m = self.masked
        i = a
        while i < b:
            ch = m[i]
            if ch in ";:!?":
                return i
            if ch == ".":
                q = i
                while q > a and not m[q - 1].isspace():
                    q -= 1
                word = m[q:i].lower()
                if not _stops_no_sentence(word):
                    return i
            i += 1
        return b

    @staticmethod
    def _bare(rest: str) -> bool:
        """What follows a speech verb after a sentence-final quote: at most four words and no
        clause of its own ("Mr. Qaraee added." but not "The regime said it would respond.")."""
        words = [t[2] for t in _tokens(rest)]
        if len(words) > 4:
            return False
        return not any(_is_verbish(w.lower()) for w in words if w.islower())

    @staticmethod
    def _has_break(s: str) -> bool:
        """Whether ``s`` holds a sentence stop that is not an abbreviation's."""
        for mm in re.finditer(r"\.", s):
            q = mm.start()
            p = q
            while p > 0 and not s[p - 1].isspace():
                p -= 1
            word = s[p:q].lower()
            if not _stops_no_sentence(word):
                return True
        return False

    def _sentence_level(self, ss: int, o: int) -> tuple[_Speaker | None, int]:
        """A speech verb earlier in the sentence with its subject; also the number of words
        between that verb and the quote."""
        m = self.masked
        ss = max(ss, o - _LOOKBACK)
        for tries, hit in enumerate(_SENT_VERB_RE.finditer(m, ss, o)):
            if tries >= 3:
                break
            sp = self._np_before(ss, hit.start())
            if sp is not None and (sp.text is not None or sp.pronoun):
                gap = len(m[hit.end() : o].split())
                return sp, gap
        return None, 99

    def _colon_lead(self, index: int) -> _Speaker | None:
        """``X states:`` ending the paragraph before."""
        if index == 0:
            return None
        prev = self.paras[index - 1]
        if prev.is_turn or prev.continues_turn or not prev.sentences:
            return None
        if self.masked[prev.end - 1] != ":":
            return None
        ss, _ = prev.sentences[-1]
        return self._attribution_before(ss, prev.end)


def _not_a_subject(before_verb: str) -> bool:
    """Whether the words before a reporting word show it is no verb with a subject: a
    determiner before it makes it a noun ("The claim:"), "Let me" an imperative ("Let me read
    you a part of it:")."""
    words = before_verb.split()
    if not words:
        return False
    return words[-1].lower() in _DETERMINERS or (words[0] == "Let" and len(words) <= 2)
