"""Whether a direct quote is kept (titles and scare quotes are not) and who said it: the
attribution next to it, the previous quote's speaker, or a heading."""

from __future__ import annotations

import re

from provenance.extract.quotes.attribution import Attribution
from provenance.extract.quotes.names import _prefer
from provenance.extract.quotes.patterns import (
    _DESCRIBING_BEFORE,
    _HEADLINE_VERB,
    _TITLE_CUE_ENDS,
    _TITLE_CUE_NOUN,
    _TITLE_CUE_VERB,
    _WHAT_SUBJECT_CALLED,
)
from provenance.extract.quotes.records import _Para, _Span, _Speaker
from provenance.extract.quotes.text import _title_case
from provenance.extract.quotes.vocab import _MASK


class DirectQuotes(Attribution):
    """Keeping or dropping each direct quote, and choosing its speaker."""

    def _resolve_group(self, index: int, para: _Para, first: _Span, ss: int, se: int) -> None:
        """Decide whether a quote (all its paragraphs) is kept, and who said it."""
        text = self.text
        group = first.group
        last = group[-1]
        content = " ".join(text[s.cstart : s.cend] for s in group)
        words = len(content.split())
        lead = self._lead_in(first, ss) if first.open is not None else None
        trail = None
        if last.close is not None:
            last_para = self.paras[last.para]
            trail = self._trailer(last, last_para)
        explicit = _prefer(lead, trail)
        adjacent = explicit is not None
        speaker: _Speaker | None = explicit
        from_explicit = explicit is not None
        near_gap = 99
        if lead is None and first.open is not None and self._title_cue(ss, first.open):
            return
        if first.open is not None and self._numbered_part(ss, first.open):
            return  # 'Deep Water — episode 87: "Who gets the cod?"': the episode's title
        headline = first.open is not None and self._headline_verb(ss, first.open)
        if headline:
            # "Regime Advisor Defends 1988 Massacre, Vows to “Eliminate MEK”": a quote, whose
            # speaker a headline's capitalised words do not say reliably.
            adjacent = True
        elif words <= 12 and _title_case(content) and not first.final:
            if not adjacent or (explicit is not None and explicit.text is None and not explicit.pronoun):
                # a Title Case text that nobody named says ("One placard says “Hands Off
                # Our Roads”") is a slogan or a title
                return
        if speaker is None and first.open is not None and not headline:
            speaker, near_gap = self._sentence_level(ss, first.open)
            from_explicit = speaker is not None
        opens_para = first.open is None or first.open == para.start
        if speaker is None and opens_para:
            speaker = self._colon_lead(index)
            if speaker is not None:
                adjacent = True
                from_explicit = True
        if speaker is None:
            speaker = self._inherit(index, first, opens_para)
            inherited = speaker is not None
        else:
            inherited = False
        if speaker is None and opens_para and self.heading is not None:
            speaker = self.heading
            adjacent = True
        if words <= 4 and not (
            adjacent
            or (near_gap <= 6 and words >= 2)
            or (inherited and last.final and words >= 2)
            or (near_gap < 99 and speaker is not None and self._describing(ss, first))
        ):
            return
        if first.single and not adjacent:
            sentence_ok = near_gap < 99 and words >= 8
            if not (sentence_ok or (inherited and words >= 5)):
                return
        resolved: _Speaker | None
        if from_explicit:
            resolved, fresh = self._finish(speaker)
            if resolved is not None and fresh:
                self._remember(resolved)
        else:
            resolved = speaker
        self._emit(first.cstart, last.cend, "direct", resolved)
        for span in group:
            a = span.open if span.open is not None else self.paras[span.para].start
            b = span.close + 1 if span.close is not None else self.paras[span.para].end
            self.accepted.append((a, b))
            self.direct_regions.append((a, b, len(self.results) - 1))
            self.region_starts.append(a)
        self.last_group = (last.para, resolved, last.cend)

    def _inherit(self, index: int, first: _Span, opens_para: bool) -> _Speaker | None:
        """The speaker of the quote just before, if nobody new was named in between."""
        if self.last_group is None:
            return None
        lg_para, lg_speaker, lg_end = self.last_group
        if lg_speaker is None:
            return None
        if not (lg_para == index or (opens_para and lg_para == index - 1)):
            return None
        anchor = first.open if first.open is not None else first.cstart
        for cand in reversed(self.antecedents):
            if lg_end <= cand.where < anchor and cand.text != lg_speaker.text:
                return None
            if cand.where < lg_end:
                break
        for subject in self._subjects_before(anchor, lg_end - 1, limit=20):
            new = subject.where >= lg_end
            if new and subject.text != lg_speaker.text:
                return None
        return lg_speaker

    def _describing(self, ss: int, first: _Span) -> bool:
        """A verb of describing just before the quote in its clause ("described the response
        as “dismissive”", "called the delay “avoidable”"): a short quote there is the
        subject's own word, not a scare quote."""
        if first.open is None:
            return False
        start = max(ss, first.open - 160, self.masked.rfind(_MASK, ss, first.open) + 1)
        return _DESCRIBING_BEFORE.search(self.masked, start, first.open) is not None

    def _headline_verb(self, ss: int, o: int) -> bool:
        """A capitalised speech verb just before a quote in a Title Case line."""
        pre = self.masked[max(ss, o - 40) : o]
        if not any(letter in pre for letter in _HEADLINE_VERB_CAPITALS):
            return False  # no capitalised speech verb can stand there (a cheap test first)
        hit = _HEADLINE_VERB.search(pre)
        if hit is None or not pre[hit.start()].isupper():
            return False
        line = self.masked[max(ss, o - 200) : o].replace(_MASK, " ")
        return _title_case(line)

    def _numbered_part(self, ss: int, o: int) -> bool:
        """Whether a numbered part of a work ("episode 87:", "chapter 3 —") stands just before
        the opening mark: what follows is its title, even after a colon."""
        end = self.masked[max(ss, o - 30) : o].rstrip().lower()
        return end.rstrip(":,.—–- ")[-1:].isdigit() and _NUMBERED_PART.search(end) is not None

    def _title_cue(self, ss: int, o: int) -> bool:
        """Whether a naming word (``entitled``, ``the report``, ``signs reading``) stands just
        before the opening mark."""
        pre = self.masked[max(ss, o - 60) : o]
        end = pre.rstrip().lower()
        if not end.endswith(_TITLE_CUE_ENDS) and not end[:-1].rstrip().endswith(_TITLE_CUE_ENDS):
            return False  # neither pattern can match: they end in one of these words
        if _WHAT_SUBJECT_CALLED.search(pre):
            return False  # "what its director called “…”": the director's words, not a name
        return bool(_TITLE_CUE_VERB.search(pre) or _TITLE_CUE_NOUN.search(pre))


#: A numbered part of a work, whose title may follow in quotation marks: "episode 87:",
#: "chapter 3 —", "part 2,".
_NUMBERED_PART = re.compile(r"\b(?:episode|ep\.|chapter|part|season|series|volume|vol\.|issue|track)\s+\d+\s*[:,.—–-]?\s*$")


#: The capitals the verbs of ``_HEADLINE_VERB`` open with (the verb must be capitalised; "İ"
#: is a capital the pattern's case-insensitive "i" takes too).
_HEADLINE_VERB_CAPITALS: tuple[str, ...] = tuple("SVWCUTIPDAFİ")
