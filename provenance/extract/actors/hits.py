"""Hits: spans that name an actor before overlaps and context are settled, and the rules
that settle overlaps (longest first, then the more reliable source).
"""
from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from typing import Literal

from provenance.extract.actors.resolution import Resolution
from provenance.extract.found import ActorKind

_Source = Literal[
    "alias", "definition", "kind", "title", "verb", "person", "organisation", "fuzzy", "unnamed", "lone", "local"
]


#: Among hits of equal length, the more reliable source wins. "kind" is a name a noun says is
#: a body's ("The club, Velvet Rooms, said"), surer than a verb's or a name's shape; "lone" is
#: a single unknown word by a reporting verb, which only context may settle ("Raha added").
_PRIORITY: dict[str, int] = {
    "alias": 0, "definition": 1, "kind": 2, "title": 3, "verb": 4, "person": 5, "organisation": 6, "fuzzy": 7,
    "local": 8, "unnamed": 9, "lone": 10,
}


@dataclass(slots=True)
class _Hit:
    """A span that names an actor, before overlaps and context are settled (slots: thousands
    are made and sorted per text)."""

    start: int
    end: int
    source: _Source
    resolution: Resolution
    #: If it resolves to no known actor: the new actor it proposes (for an unnamed source, the
    #: whole description, while the span covers its head words only).
    new_name: str | None = None
    new_kind: ActorKind | None = None
    new_aliases: tuple[str, ...] = ()
    #: Whether the name may be settled by the actors named before it (a bare surname).
    contextual: bool = False
    #: Whether only capitals mark it as a name (a head word, capitals mid-sentence), with no
    #: title, verb or role: in a Title Case headline that is no evidence at all.
    weak: bool = False


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits in text order: the longest wins, then the more reliable source."""
    starts: list[int] = []
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.source], h.start)):
        index = bisect.bisect_right(starts, hit.start)
        if index > 0 and chosen[index - 1].end > hit.start:
            continue
        if index < len(chosen) and chosen[index].start < hit.end:
            continue
        starts.insert(index, hit.start)
        chosen.insert(index, hit)
    return chosen


def _select_adding(selected: list[_Hit], extra: list[_Hit]) -> list[_Hit]:
    """``_select(selected + extra)`` for ``selected`` that ``_select`` returned, faster.

    The chosen hits cannot overlap one another, so one that overlaps no hit of ``extra`` is
    chosen again whatever the order, and blocks nothing: only ``extra`` and the chosen hits
    it overlaps need selecting again (in the same relative order, for the same ties). The
    overlap tests of ``_select`` are plain interval overlap only for non-empty spans, so a
    list holding an empty span takes the full selection."""
    if any(hit.start >= hit.end for hit in extra) or any(hit.start >= hit.end for hit in selected):
        return _select(selected + extra)
    if not extra:
        return list(selected)
    starts = [hit.start for hit in selected]
    contested: set[int] = set()  # indices in ``selected`` of hits some extra hit overlaps
    for hit in extra:
        index = max(0, bisect.bisect_right(starts, hit.start) - 1)
        while index < len(selected) and selected[index].start < hit.end:
            if selected[index].end > hit.start:
                contested.add(index)
            index += 1
    kept = [hit for index, hit in enumerate(selected) if index not in contested]
    reselected = _select([selected[index] for index in sorted(contested)] + extra)
    return sorted(kept + reselected, key=operator.attrgetter("start"))


def _free_unnamed_heads(text: str, unnamed: list[_Hit], named: list[_Hit]) -> list[_Hit]:
    """Unnamed heads moved past any named actor inside them ("a former Amnesty International
    researcher": Amnesty keeps its mention), dropped if nothing is left."""
    ends = sorted((h.start, h.end) for h in named if h.source != "lone")
    starts = [start for start, _ in ends]
    kept: list[_Hit] = []
    for hit in unnamed:
        index = max(0, bisect.bisect_left(starts, hit.start) - 1)
        while index < len(ends) and ends[index][0] < hit.end:
            if ends[index][1] > hit.start:
                hit.start = max(hit.start, ends[index][1])
            index += 1
        while hit.start < hit.end and not text[hit.start].isalnum():
            hit.start += 1
        if hit.start < hit.end:
            kept.append(hit)
    return kept
