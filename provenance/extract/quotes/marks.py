"""Paragraphs and quote marks: where each paragraph's top-level quotes open and close."""

from __future__ import annotations

from bisect import bisect_left

from provenance.extract.quotes.vocab import (
    _CLOSE_AFTER,
    _DQ_ANY,
    _DQ_CLOSE,
    _DQ_OPEN,
    _END_PUNCT,
    _MARKS,
    _OPEN_BEFORE,
    _SQ_OPEN,
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Split into paragraphs (stripped bounds): lines, or hard-wrapped blocks of lines."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            current.append((s, e))
        elif current:
            blocks.append(current)
            current = []
        pos = nl + 1
    if current:
        blocks.append(current)
    paras: list[tuple[int, int]] = []
    for block in blocks:
        if (
            len(block) >= 2
            and all(40 <= e - s <= 100 for s, e in block[:-1])
            and block[-1][1] - block[-1][0] <= 100
            and not any(text[s] in _DQ_ANY for s, _ in block[1:])
        ):
            paras.append((block[0][0], block[-1][1]))
        else:
            paras.extend(block)
    return paras


def _mark_positions(text: str) -> list[int]:
    """Where the text's quote marks stand, in order: found once for the whole text (a scan
    per paragraph would pay a scan's set-up per paragraph, most holding no mark).

    The positions of ``_MARKS.finditer(text)``, found mark by mark with ``str.find`` (far
    faster than a scan testing a class at every character and making a match object per
    mark), then sorted: each position holds one character, so none is found twice."""
    found: list[int] = []
    for mark in _MARK_CHARS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


#: The characters of ``_MARKS``'s class, a class of plain characters (tested in
#: test_quotes_speedups against every character of the Basic Multilingual Plane).
_MARK_CHARS = _MARKS.pattern[1:-1]
assert _MARKS.pattern[0] + _MARKS.pattern[-1] == "[]" and all(_MARKS.fullmatch(mark) for mark in _MARK_CHARS)


def _scan(
    text: str, ps: int, pe: int, marks: list[int] | None = None
) -> tuple[list[tuple[int, int | None, bool]], list[int]]:
    """Top-level quotes of a paragraph as (open, close or None, single) and stray closers.
    ``marks``: the positions of the text's quote marks (see ``_mark_positions``), if known."""
    if marks is None:
        inside = [m.start() for m in _MARKS.finditer(text, ps, pe)]
    else:
        inside = marks[bisect_left(marks, ps) : bisect_left(marks, pe)]
    if not inside:
        return [], []
    skip: set[int] = set()
    while True:
        spans, strays, bad = _scan_once(text, ps, pe, skip, inside)
        if bad is None or len(skip) >= 8:
            return spans, strays
        skip.add(bad)


def _scan_once(
    text: str, ps: int, pe: int, skip: set[int], marks: list[int]
) -> tuple[list[tuple[int, int | None, bool]], list[int], int | None]:
    """One pass of the mark stack over the paragraph's ``marks``; returns an unclosed
    top-level single opener to skip."""
    stack: list[tuple[bool, int]] = []  # (double, position)
    doubles = 0  # double marks on the stack
    spans: list[tuple[int, int | None, bool]] = []
    strays: list[int] = []
    for i in marks:
        if i in skip:
            continue
        c = text[i]
        before = text[i - 1] if i > ps else " "
        after = text[i + 1] if i + 1 < pe else " "
        open_ctx = before.isspace() or before in _OPEN_BEFORE
        close_ctx = after.isspace() or after in _CLOSE_AFTER
        if c in _DQ_ANY:
            has_double = doubles > 0
            if c in _DQ_OPEN:
                closing = has_double and close_ctx and not open_ctx
            elif c in _DQ_CLOSE:
                if not has_double:
                    if open_ctx and i + 1 < pe:
                        stack.append((True, i))
                        doubles += 1
                    else:
                        strays.append(i)
                    continue
                closing = True
            else:
                opener_like = open_ctx and not after.isspace() and i + 1 < pe
                closer_like = not before.isspace() and close_ctx and i > ps
                if has_double and closer_like:
                    closing = True
                elif opener_like:
                    closing = False
                elif has_double:
                    closing = True
                else:
                    continue
            if closing:
                opened = -1
                while stack:
                    double, p = stack.pop()
                    if double:
                        opened = p
                        doubles -= 1
                        break
                if not stack and opened >= 0:
                    spans.append((opened, i, False))
            else:
                stack.append((True, i))
                doubles += 1
            continue
        # single marks
        if c in _SQ_OPEN:
            if open_ctx and not after.isdigit() and not after.isspace() and i + 1 < pe:
                stack.append((False, i))
            continue
        top_single = bool(stack) and not stack[-1][0]
        possessive = before in "sS" and after == " " and i + 2 < pe and text[i + 2].islower()
        if top_single and not before.isspace() and not after.isalnum() and not possessive:
            _, p = stack.pop()
            if not stack:
                spans.append((p, i, True))
        elif c == "'" and open_ctx and after.isalpha():
            stack.append((False, i))
    if stack:
        double, p = stack[0]
        if double:
            spans.append((p, None, False))
            return spans, strays, None
        return spans, strays, p
    return spans, strays, None


def _content(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Trim whitespace off a quote's inside; report whether it ends a sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    final = end > start and text[end - 1] in _END_PUNCT
    return start, end, final
