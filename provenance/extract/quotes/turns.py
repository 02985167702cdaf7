"""Interview turns (``Question: …``, ``Okafor: …``) and unprefixed Q&A blocks: their text
is a quote of the turn's speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from provenance.extract.quotes.marks import _content
from provenance.extract.quotes.names import _looks_org, _pure_name
from provenance.extract.quotes.patterns import (
    _HOSTED_BY,
    _INTERVIEW_WITH,
    _OUTLET_TAIL,
    _QA_HEADING,
    _QA_WITH,
    _TURN,
)
from provenance.extract.quotes.phrases import Phrases
from provenance.extract.quotes.records import _Para, _Speaker
from provenance.extract.quotes.text import _last_match
from provenance.extract.quotes.vocab import (
    _ANSWER_LABELS,
    _DQ_ANY,
    _FIRST_SECOND_PERSON,
    _INTERVIEWER_LABELS,
    _LABEL_STOP,
)


class Turns(Phrases):
    """Interview turns and Q&A blocks, found before the quote marks are read."""

    def _find_turns(self) -> None:
        """Mark interview turns and the paragraphs continuing them."""
        text = self.text
        candidates: list[int] = []
        for index, para in enumerate(self.paras):
            if text.find(":", para.start, para.end) < 0:
                continue  # no label (a cheap test before the pattern)
            m = _TURN.match(text, para.start, para.end)
            if m is None:
                continue
            label = m.group("label").strip()
            low = label.lower()
            if low in _INTERVIEWER_LABELS:
                kind = "interviewer"
            elif low in _ANSWER_LABELS:
                kind = "answer"
            elif _pure_name(label, 0, len(label)) is not None and low not in _LABEL_STOP:
                kind = "name"
            else:
                continue
            if low.split()[0] in _LABEL_STOP:
                continue
            lab_start = m.start("label")
            para.turn_label = (lab_start, lab_start + len(label))
            para.turn_kind = kind
            para.turn_content = m.end()
            para.turn_quoted = text[m.end()] in _DQ_ANY
            candidates.append(index)
        accepted: set[int] = set()
        for k, index in enumerate(candidates):
            para = self.paras[index]
            near = (k > 0 and index - candidates[k - 1] <= 4) or (
                k + 1 < len(candidates) and candidates[k + 1] - index <= 4
            )
            if para.turn_kind != "name" or near:
                accepted.add(index)
        self._questions_before_turns(accepted)
        for index in candidates:
            para = self.paras[index]
            if index not in accepted:
                para.turn_label = None
                para.turn_kind = ""
                para.turn_content = None
                continue
            if para.turn_quoted:
                continue  # the quote inside is read as a quote after "Label:"
            para.is_turn = True
        self._find_qa_blocks()
        # Continuations of an unquoted turn.
        in_turn = False
        for para in self.paras:
            if para.is_turn:
                in_turn = not para.turn_kind.startswith("qa")
                continue
            if para.turn_label is not None or para.continues_turn:
                in_turn = False
                continue
            if not in_turn:
                continue
            first = self.text[para.start]
            body = self.text[para.start : para.end]
            if (
                first in _DQ_ANY
                or first in "([‘"
                or para.end - para.start < 40
                or _FIRST_SECOND_PERSON.search(body) is None
            ):
                in_turn = False
                continue
            para.continues_turn = True

    def _questions_before_turns(self, accepted: set[int]) -> None:
        """An unlabelled question just before a named turn ("Will you publish your data?" then
        "Solheim: Yes, …") is the interviewer's turn."""
        text = self.text
        for index in sorted(accepted):
            if index == 0 or self.paras[index].turn_kind != "name":
                continue
            para = self.paras[index - 1]
            body = text[para.start : para.end]
            if para.turn_kind or len(body) > 200 or not body.endswith("?") or body[0] in _DQ_ANY:
                continue
            para.turn_kind = "qa-question"
            para.is_turn = True
            para.turn_content = para.start
            para.turn_label = None

    def _find_qa_blocks(self) -> None:
        """Unprefixed Q&A: after a heading with "Q&A", a paragraph ending in "?" is the
        interviewer's question and the paragraphs after it are the answer."""
        text = self.text
        paras = self.paras
        i = 0
        while i < len(paras):
            para = paras[i]
            body = text[para.start : para.end]
            if (
                len(body) > 150
                or body[-1] in ".!"
                or ("Q" not in body and "q" not in body)  # a cheap test first
                or _QA_HEADING.search(body) is None
            ):
                i += 1
                continue
            with_ = _QA_WITH.search(body)
            answerer = (para.start + with_.start("np"), para.end) if with_ else None
            j = i + 1
            answering = False
            while j < len(paras):
                p = paras[j]
                pb = text[p.start : p.end]
                if p.turn_label is not None or pb[0] in _DQ_ANY:
                    break
                if pb[-1] == "?":
                    p.turn_kind, answering = "qa-question", True
                elif answering and (pb[-1] in ".!…" or len(pb) > 80):
                    if paras[j - 1].turn_kind in ("qa-answer", "qa-more"):
                        p.turn_kind = "qa-more"
                        p.continues_turn = True
                    else:
                        p.turn_kind = "qa-answer"
                else:
                    break
                if p.turn_kind != "qa-more":
                    p.is_turn = True
                    p.turn_content = p.start
                    p.turn_label = answerer if p.turn_kind == "qa-answer" else None
                j += 1
            i = j

    def _read_turn(self, index: int, para: _Para) -> None:
        """An interview turn: its text is a quote of the turn's speaker."""
        assert para.turn_content is not None
        a, b = para.turn_label if para.turn_label is not None else (para.start, para.start)
        label = self.text[a:b]
        speaker: _Speaker | None
        if para.turn_kind in ("interviewer", "qa-question"):
            # The interviewer the introduction names ("… spoke to our reporter Kirsten
            # Moeller"), else the publication that ran the interview.
            speaker = self._spoke_to(index)[1] or self._interviewer(para.start)
            if speaker is None and para.turn_kind == "interviewer":
                speaker = self._host(label, para.start) or _Speaker(label, a, b, "unnamed")
        elif para.turn_kind == "answer":
            speaker = self._spoke_to(index)[0] or self._interviewee(index)
        elif para.turn_kind == "qa-answer":
            speaker = None
            if para.turn_label is not None:
                speaker, _ = self._finish(self._parse_np(self.masked, a, b))
        else:
            found = _pure_name(self.text, a, b)
            if found is None:
                speaker = _Speaker(label, a, b, None, personish=True)
            else:
                x, y, rank = found
                name = self.text[x:y]
                speaker = self._full_name(
                    _Speaker(
                        name, x, y, None, personish=rank == 0 and not _looks_org(name), multi=True
                    )
                )
                self._remember(speaker)
        last = index
        while last + 1 < len(self.paras) and self.paras[last + 1].continues_turn:
            last += 1
        text = self.text
        end = self.paras[last].end
        start = para.turn_content
        while end > start and (text[end - 1].isspace() or text[end - 1] in '”"'):
            end -= 1
        cs, ce, _ = _content(text, start, end)
        if cs < ce:
            self._emit(cs, ce, "direct", speaker)
            self.last_group = (last, speaker, ce)

    def _host(self, label: str, pos: int) -> _Speaker | None:
        """A ``PRESENTER:``/``HOST:`` label → the person the text says presents or hosts
        ("presented by Halima Danjuma"), named before ``pos``; not ``Q:``/``Question:``."""
        if label.lower() in ("q", "question", "interviewer's question"):
            return None
        m = self.masked
        # A match opens at one of its verbs: the search starts at the first of them (a
        # pattern opening on an alternation would be tried at every position before it).
        found = [at for at in (m.find(verb, 0, pos) for verb in _HOSTING_VERBS) if at >= 0]
        hit = _HOSTED_BY.search(m, min(found), pos) if found else None
        if hit is None:
            return None
        x, y = hit.start("name"), hit.end("name")
        return _Speaker(self.text[x:y], x, y, None, personish=True, multi=True)

    def _first_turn_start(self, index: int) -> int:
        """Where the interview that the turn at ``index`` belongs to opens."""
        first = index
        while first > 0 and (self.paras[first - 1].turn_kind or self.paras[first - 1].continues_turn):
            first -= 1
        return self.paras[first].start

    def _spoke_to(self, index: int) -> tuple[_Speaker | None, _Speaker | None]:
        """(interviewee, interviewer) when the introduction says who spoke to whom ("Its
        operations director, Ines Halvorsen-Diop, spoke to our reporter Kirsten Moeller"):
        the person named last before the verb and the one named first after it."""
        start = self._first_turn_start(index)
        if start not in self.spoke_to:
            self.spoke_to[start] = self._find_spoke_to(start)
        return self.spoke_to[start]

    def _find_spoke_to(self, start: int) -> tuple[_Speaker | None, _Speaker | None]:
        """:meth:`_spoke_to` without the memo, for the interview whose first turn opens at ``start``."""
        window = max(0, start - 1500)
        verb = _last_match(_SPOKE_TO, self.masked, window, start)
        if verb is None:
            return None, None
        interviewee = self._last_person(window, verb.start())
        self._ensure_names()
        k = bisect_left(self.people_starts, verb.end())
        interviewer = None
        if k < len(self.people) and self.people[k][1] <= start:
            x, y = self.people[k][0], self.people[k][1]
            interviewer = _Speaker(self.text[x:y], x, y, None, personish=True, multi=True)
        return interviewee, interviewer

    def _interviewee(self, index: int) -> _Speaker | None:
        """An ``A:`` turn → the person last named before the interview's first turn ("…Dr
        Priya Lindqvist … I put three questions to her."); None if nobody is."""
        start = self._first_turn_start(index)
        return self._last_person(max(0, start - 1500), start)

    def _interviewer(self, pos: int) -> _Speaker | None:
        """The publication named as conducting the interview before ``pos`` (within 6,000
        characters), if any. The text's mentions are found once: an interview asks this for
        every question."""
        if self.interviews is None:
            self.interviews = []
            m = self.masked
            # The word written in lower case or capitals (mixed case is not read).
            mentioned = "nterview" in m or "NTERVIEW" in m
            for hit in _interviews_with(m) if mentioned else ():
                name_end = hit.end("name")
                tail = _OUTLET_TAIL.search(self.text, hit.start("name"), name_end)
                if tail is not None:
                    name_end = tail.start()
                elif hit.group("after") is None and not _looks_org(hit.group("name")):
                    continue
                self.interviews.append((hit.start(), hit.end(), hit.start("name"), name_end))
        found: _Speaker | None = None
        for start, end, x, y in self.interviews:
            if start >= pos - 6000 and end <= pos:
                found = _Speaker(self.text[x:y], x, y, "organisation")
        return found


#: An introduction saying who was interviewed by whom: "X spoke to our reporter Y".
_SPOKE_TO = re.compile(r"\b(?:spoke|speaks|talked|talks)\s+to\b")

#: The verbs ``_HOSTED_BY`` opens with.
_HOSTING_VERBS: tuple[str, ...] = (
    "presented", "hosted", "moderated", "chaired", "anchored", "conducted"
)


def _interviews_with(m: str) -> Iterator[re.Match[str]]:
    """``_INTERVIEW_WITH.finditer(m)``, tried only where "nterview" stands (found in the
    lowercased text with ``str.find``): the pattern opens on a letter as common as "i"."""
    low = m.lower()
    if len(low) != len(m) or "ı" in m:  # lowercasing moved offsets, or a dotless i
        yield from _INTERVIEW_WITH.finditer(m)
        return
    done = 0
    p = low.find("nterview", 1)
    while p >= 0:
        if p - 1 >= done:
            hit = _INTERVIEW_WITH.match(m, p - 1)
            if hit is not None:
                yield hit
                done = hit.end()
        p = low.find("nterview", p + 1)
