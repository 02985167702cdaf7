"""Cutting an archive page into its posts, as offsets into the page's text.

A tag-archive page holds several posts one after another. Each post becomes a child document
whose text is exactly ``page.text[start:end]``, so annotations on a post can always be mapped
back onto the page (and the duplicate post some archives show twice stays two documents whose
differences can be compared). Where each post starts is not guessed: the manifest names each
post's first line and title, and the page's own end-of-post marker ("Continue Reading") closes
it. Every boundary is verified against the text and a mismatch is refused, never approximated.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.ingest.errors import RefusedInput


@dataclass(frozen=True)
class PostSpec:
    """What the manifest says about one post: its title and its first line, verbatim."""

    title: str
    first_line: str
    author: str | None = None


@dataclass(frozen=True)
class PostSlice:
    """One post located in the page: ``text[start:end]``."""

    spec: PostSpec
    start: int
    end: int


def split_posts(text: str, specs: list[PostSpec], end_marker: str) -> list[PostSlice]:
    """Locate every post in order; each runs from its first line up to its end-marker line."""
    slices: list[PostSlice] = []
    cursor = 0
    for number, spec in enumerate(specs, start=1):
        start = _find_line(text, spec.first_line, cursor)
        if start < 0:
            raise RefusedInput(f"post {number}: first line {spec.first_line[:60]!r} not found after offset {cursor}")
        marker = _find_line(text, end_marker, start)
        if marker < 0:
            raise RefusedInput(f"post {number}: no {end_marker!r} line after its start")
        end = len(text[start:marker].rstrip()) + start
        if spec.title not in text[start:end]:
            raise RefusedInput(f"post {number}: title {spec.title[:60]!r} does not occur in the post")
        slices.append(PostSlice(spec=spec, start=start, end=end))
        cursor = marker + len(end_marker)
    return slices


def _find_line(text: str, line: str, from_offset: int) -> int:
    """Offset of the first whole line equal to ``line`` at or after ``from_offset``; -1 if none."""
    position = from_offset
    while True:
        found = text.find(line, position)
        if found < 0:
            return -1
        at_line_start = found == 0 or text[found - 1] == "\n"
        after = found + len(line)
        at_line_end = after == len(text) or text[after] == "\n"
        if at_line_start and at_line_end:
            return found
        position = found + 1
