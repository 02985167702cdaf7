"""The reader: paragraphs, quote marks, turns, headings, the masked text and its sentences,
then every paragraph in order (its direct quotes, then its reported speech)."""

from __future__ import annotations

import re

from provenance.extract.found import QuoteFound
from provenance.extract.quotes.marks import _content, _mark_positions, _scan
from provenance.extract.quotes.names import _looks_org, _strip_roles
from provenance.extract.quotes.patterns import _DATE, _DIGIT, _RUN, _SENT_BREAK_LED
from provenance.extract.quotes.records import _Para, _Span, _Speaker
from provenance.extract.quotes.reported import ReportedSpeech
from provenance.extract.quotes.text import _overlaps, _stops_no_sentence
from provenance.extract.quotes.vocab import (
    _DQ_ANY,
    _FIRST_SECOND_PERSON,
    _HONORIFICS,
    _MASK,
)


class Reader(ReportedSpeech):
    """Reads one text: paragraphs, quotes, turns, headings, then speakers in text order."""

    def run(self) -> list[QuoteFound]:
        """Read the text and return the quotes sorted by start."""
        self._find_turns()
        marks = _mark_positions(self.text)
        for para in self.paras:
            if not para.is_turn and not para.continues_turn:
                self._scan_para(para, marks)
        self._link_groups()
        self._mask()
        self._find_headings()
        for index, para in enumerate(self.paras):
            self._read_para(index, para)
        kept = [q for i, q in enumerate(self.results) if i not in self.removed]
        direct = sorted((q.start, q.end) for q in kept if q.kind == "direct")
        out = [q for q in kept if q.kind == "direct" or not _overlaps(direct, q.start, q.end)]
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def _scan_para(self, para: _Para, marks: list[int] | None = None) -> None:
        """Find the paragraph's top-level quotes (``marks``: the text's quote marks)."""
        text = self.text
        raw, strays = _scan(text, para.start, para.end, marks)
        para.strays = strays
        for open_, close, single in raw:
            end = close if close is not None else para.end
            cs, ce, final = _content(text, open_ + 1, end)
            if close is None:
                # An unclosed quote may end on a stray mark of another kind.
                while ce > cs and text[ce - 1] in "”\"’'":
                    ce -= 1
                cs, ce, final = _content(text, cs, ce)
            if cs >= ce:
                continue
            span = _Span(0, open_, close, cs, ce, single, final)
            span.group = [span]
            para.spans.append(span)

    def _link_groups(self) -> None:
        """Join quotes that run on into the next paragraph."""
        text = self.text
        for index, para in enumerate(self.paras):
            for span in para.spans:
                span.para = index
        for index, para in enumerate(self.paras[:-1]):
            if not para.spans:
                continue
            last = para.spans[-1]
            if last.close is not None or last.single:
                continue
            nxt = self.paras[index + 1]
            if nxt.is_turn or nxt.continues_turn:
                continue
            if nxt.spans and nxt.spans[0].open == nxt.start and not nxt.spans[0].single:
                follow = nxt.spans[0]
            elif nxt.strays and (not nxt.spans or (nxt.spans[0].open or 0) > nxt.strays[0]):
                stray = nxt.strays[0]
                cs, ce, final = _content(text, nxt.start, stray)
                if cs >= ce:
                    continue
                follow = _Span(index + 1, None, stray, cs, ce, False, final)
                follow.group = [follow]
                nxt.spans.insert(0, follow)
            else:
                continue
            group = last.group
            for span in follow.group:
                group.append(span)
                span.group = group

    def _mask(self) -> None:
        """The text with every top-level quote blanked out (a final stop kept)."""
        text = self.text
        pieces: list[str] = []
        ends: list[int] = []  # where each masked region's mask characters end
        pos = 0
        for para in self.paras:
            if para.is_turn or para.continues_turn:
                pieces.append(text[pos : para.start])
                pieces.append(_MASK * (para.end - para.start))
                ends.append(para.end)
                pos = para.end
                continue
            for span in para.spans:
                a = span.open if span.open is not None else para.start
                b = span.close + 1 if span.close is not None else para.end
                pieces.append(text[pos:a])
                region = b - a
                if span.final and region > 0:
                    pieces.append(_MASK * (region - 1) + text[span.cend - 1])
                    ends.append(b - 1)
                else:
                    pieces.append(_MASK * region)
                    ends.append(b)
                pos = b
        pieces.append(text[pos:])
        self.masked = "".join(pieces)
        # Mask characters of the text's own would end runs nobody recorded.
        self.mask_ends = None if _MASK in text else sorted(ends)
        masked = self.masked
        breaks = _sentence_breaks(masked)
        k = 0
        for para in self.paras:
            while k < len(breaks) and breaks[k][0] < para.start:
                k += 1
            if para.is_turn or para.continues_turn:
                continue
            starts = [para.start]
            while k < len(breaks) and breaks[k][0] < para.end:
                p, end = breaks[k]
                k += 1
                if end > para.end:
                    continue  # runs on past the paragraph: no break inside it
                q = max(
                    masked.rfind(" ", para.start, p),
                    masked.rfind("\n", para.start, p),
                    masked.rfind("\t", para.start, p),
                )
                q = para.start if q < 0 else q + 1
                word = masked[q:p].lower().strip("(\"“‘'")
                if _stops_no_sentence(word):
                    continue
                starts.append(end)
            bounds = starts[1:] + [para.end]
            para.sentences = list(zip(starts, bounds, strict=True))
            self.sentence_starts.extend(starts)
            self.sentence_ends.extend(bounds)

    def _find_headings(self) -> None:
        """Mark datelines and the name headings that introduce quote paragraphs."""
        text = self.text
        for para in self.paras:
            if para.end - para.start > 400:
                continue  # too long for a dateline or a heading (tested before slicing)
            body = text[para.start : para.end]
            if (
                len(body) <= 120
                and body[-1] not in ".!?:"
                and not para.spans
                and _DIGIT.search(body) is not None  # every date holds one (cheap test first)
                and _DATE.search(body)
                and not _FIRST_SECOND_PERSON.search(body)
            ):
                para.dateline = True
            if (
                len(body) > 400
                or body[-1] in ".!?:;"
                or para.is_turn
                or para.continues_turn
                or body[0] in _DQ_ANY
                or para.spans  # a heading names a speaker; it quotes no one itself
            ):
                continue
            m = _RUN.match(body)
            if m is None:
                continue
            rest = body[m.end() :]
            if rest and not re.match(r"\s*(?:[,–—(|:]|-\s)", rest):
                continue
            stripped = _strip_roles(body, m.start(), m.end())
            if stripped is None:
                continue
            words = body[stripped[0] : stripped[1]].split()
            titled = words[0].lower() in _HONORIFICS
            if len(words) < 2 and not titled and len(m.group().split()) < 2:
                continue
            if _looks_org(body[stripped[0] : stripped[1]]):
                continue
            para.heading = _Speaker(
                body[stripped[0] : stripped[1]],
                para.start + stripped[0],
                para.start + stripped[1],
                None,
                personish=True,
                multi=True,
            )
        for index, para in enumerate(self.paras):
            if para.heading is None or para.dateline:
                continue
            j = index + 1
            skipped = 0
            while j < len(self.paras) and self.paras[j].dateline and skipped < 2:
                j += 1
                skipped += 1
            if j < len(self.paras) and self.paras[j].opens_with_quote:
                para.heading_applies = True

    def _read_para(self, index: int, para: _Para) -> None:
        """Read one paragraph: turns, headings; per sentence its subject, the quotes opening
        in it, then its reported speech."""
        if para.is_turn:
            self.heading = None
            self._read_turn(index, para)
            return
        if para.continues_turn:
            return  # part of the turn before it
        if para.heading_applies and para.heading is not None:
            self.heading = para.heading
            self._remember(para.heading)
            return
        if not (para.opens_with_quote or para.dateline):
            self.heading = None
        firsts = [span for span in para.spans if span.group[0] is span]
        k = 0
        for ss, se in para.sentences:
            while k < len(firsts):
                span = firsts[k]
                anchor = span.open if span.open is not None else para.start
                if anchor >= se:
                    break
                k += 1
                if anchor >= ss:
                    self._resolve_group(index, para, span, ss, se)
            self._indirect(ss, se)


def _sentence_breaks(masked: str) -> list[tuple[int, int]]:
    """The matches of ``_SENT_BREAK`` in the whole text, as (start, end), in order: one scan
    per stop character, led by it (the engine skips ahead to a literal several times faster
    than to a character class). A match opens at the first stop of a run ("?!"), so the
    scans' matches never overlap and together are the class-led pattern's. A paragraph's
    breaks are those inside it: one running on past its end (over the line break) is not a
    break of the paragraph, as a scan bounded by the paragraph would not find it."""
    found = [
        (hit.start(), hit.end()) for pattern in _SENT_BREAK_LED for hit in pattern.finditer(masked)
    ]
    found.sort()
    return found
