"""The entry points: :func:`scan_actors` runs every detector once, settles overlaps and
context, and turns unknown names into candidate actors.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from provenance.extract.actors.acronyms import (
    _definition_hits,
    _spelled_out_acronym_hits,
)
from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.fuzzy import FUZZY_THRESHOLD
from provenance.extract.actors.hits import (
    _free_unnamed_heads,
    _Hit,
    _select,
    _select_adding,
)
from provenance.extract.actors.known import (
    _alias_hits,
    _coordinated_given_names,
    _coordinated_acronyms,
    _coordinated_new_given_names,
    _fuzzy_hits,
)
from provenance.extract.actors.names import (
    _full_name_elsewhere,
    _name_parts,
    _skeleton,
    _surname_after_elsewhere,
)
from provenance.extract.actors.organisations import (
    _merge_short_forms,
    _organisation_hits,
    _speaking_organisation,
)
from provenance.extract.actors.people import _person_hits
from provenance.extract.actors.resolution import Resolution
from provenance.extract.actors.roster import KnownActor, match_key
from provenance.extract.actors.speakers import (
    _caller_hits,
    _in_headline,
    _title_hits,
    _turn_label_hits,
    _verb_hits,
)
from provenance.extract.actors.text import TextScan
from provenance.extract.actors.unnamed import _plural_speaker_hits, _unnamed_hits
from provenance.extract.actors.vocabulary import _ROLE_WORDS, _TITLE_SET
from provenance.extract.found import ActorKind, MentionFound


@dataclass(frozen=True)
class AmbiguousMention:
    """A name in the text that several known actors fit equally, with no context to decide."""

    start: int
    end: int
    text: str
    actors: tuple[KnownActor, ...]


@dataclass(frozen=True)
class ActorScan:
    """Everything one pass over a text finds: mentions (sorted, non-overlapping), new actors
    for review (in order of first mention), and names left ambiguous."""

    mentions: list[MentionFound]
    candidates: list[KnownActor]
    ambiguous: list[AmbiguousMention]


_QUOTE_RE = re.compile(r"“[^”\n]*(?:”|(?=\n)|\Z)|\"[^\"\n]*\"")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_QUOTE_RE.finditer(text)``. Every match opens on a “ or a ", found with
    ``str.find``, and the pattern is matched at each in turn past the last match's end, as
    ``finditer`` goes on: far cheaper than a scan testing a class at every character."""
    opens: list[int] = []
    for mark in "“\"":
        at = text.find(mark)
        while at >= 0:
            opens.append(at)
            at = text.find(mark, at + 1)
    opens.sort()
    spans: list[tuple[int, int]] = []
    end = 0
    for at in opens:
        if at >= end and (found := _QUOTE_RE.match(text, at)) is not None:
            spans.append(found.span())
            end = found.end()
    return spans


_GENDERED_TITLE_RE = re.compile(r"(?<![\w])(Mrs|Ms|Miss|Mr)\.?[ \t]+\Z")


#: After a dateline's place: a comma and a date, or a dash ("UNITED NATIONS, Oct 8 …").
_DATELINE_TAIL_RE = re.compile(r"[ \t]*(?:,|[—–-][ \t])")


def _dateline(text: str, hit: _Hit) -> bool:
    """Whether ``hit`` is a dateline's place in capitals opening a line ("UNITED NATIONS, Oct 8
    (Norden Press) –"): where the story was filed, not the organisation."""
    if hit.start > 0 and text[hit.start - 1] != "\n":  # cheap test first: most hits open no line
        return False
    written = text[hit.start : hit.end]
    return " " in written and written.isupper() and _DATELINE_TAIL_RE.match(text, hit.end) is not None


def _title_gender(text: str, start: int) -> str | None:
    """"f" after Mrs./Ms./Miss, "m" after Mr., else None: to tell two Rajavis apart."""
    if text.find("M", max(0, start - 8), start) < 0:  # cheap test first: most names have no title
        return None
    found = _GENDERED_TITLE_RE.search(text, max(0, start - 8), start)
    if found is None:
        return None
    return "m" if found.group(1) == "Mr" else "f"


class _Context:
    """Who has been named in full so far, inside and outside quotations, and with what title."""

    def __init__(self, text: str) -> None:
        self.quotes: list[tuple[int, int]] = _quote_spans(text)
        self.quote_starts = [start for start, _ in self.quotes]
        # Each actor once (by identity: hashing a dataclass is slow), in order of their latest
        # full naming, the last the most recent.
        self.everywhere: dict[int, KnownActor] = {}
        self.outside_quotes: dict[int, KnownActor] = {}
        self.titled: dict[KnownActor, set[str]] = {}

    def inside_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, position) - 1
        return index >= 0 and self.quotes[index][0] < position < self.quotes[index][1]

    def resolve(
        self, directory: ActorDirectory, written: str, resolution: Resolution, inside: bool, gender: str | None
    ) -> Resolution:
        """Settle a name that is ambiguous or unknown by what came before.

        A title's gender decides between actors already named with a gendered title ("Mrs.
        Maryam Rajavi" earlier, then "Mrs. Rajavi"). Otherwise the most recent full name wins,
        counting for a name outside quotations only names outside them when one fits (a
        speaker's quote mentioning Massoud Rajavi does not make the next "Rajavi said" him).
        """
        if resolution.ambiguous and gender is not None:
            fitting = [actor for actor in resolution.ambiguous if gender in self.titled.get(actor, ())]
            if len(fitting) == 1:
                return Resolution(written, fitting[0], "context", resolution.score)
        if not inside:
            settled = directory.resolve_in_context(written, list(self.outside_quotes.values()))
            if settled.actor is not None:
                return settled
        return directory.resolve_in_context(written, list(self.everywhere.values()))

    def named(self, actor: KnownActor, inside: bool, gender: str | None) -> None:
        self.everywhere.pop(id(actor), None)
        self.everywhere[id(actor)] = actor
        if not inside:
            self.outside_quotes.pop(id(actor), None)
            self.outside_quotes[id(actor)] = actor
        if gender is not None:
            self.titled.setdefault(actor, set()).add(gender)


def scan_actors(text: str, directory: ActorDirectory) -> ActorScan:
    """Find every actor named in ``text``: mentions, new candidates, and unsettled ambiguities."""
    alias = _alias_hits(text, directory, "alias")
    alias += _coordinated_given_names(text, directory, alias)
    shared = TextScan(text)
    triggers, sequences = shared.triggers, shared.sequences
    named = alias + _definition_hits(text, directory) + _spelled_out_acronym_hits(text, directory)
    named += _title_hits(text, directory, triggers) + _verb_hits(text, directory, triggers)
    named += _person_hits(text, directory, triggers, sequences) + _fuzzy_hits(text, directory, alias, sequences)
    named += _turn_label_hits(text, directory) + _caller_hits(text, directory, triggers.verbs)
    named += _organisation_hits(text, directory, sequences, triggers.kinds, triggers.roles)
    # The cheap half of the dateline test inline: most hits open no line.
    selected = _select([hit for hit in named if (hit.start and text[hit.start - 1] != "\n") or not _dateline(text, hit)])
    selected = _select_adding(selected, _coordinated_new_given_names(text, selected) + _coordinated_acronyms(text, directory, selected))
    unnamed = _unnamed_hits(text, triggers) + _plural_speaker_hits(shared)
    selected = _select_adding(selected, _free_unnamed_heads(text, unnamed, selected))

    context = _Context(text)
    mentions: list[MentionFound] = []
    ambiguous: list[AmbiguousMention] = []
    new: list[_Hit] = []
    for hit in selected:
        start = hit.start
        written = text[start : hit.end]
        resolution = hit.resolution
        inside = context.inside_quote(start)
        # The cheap test of _title_gender inline: most names have no title.
        gender = _title_gender(text, start) if text.find("M", max(0, start - 8), start) >= 0 else None
        if hit.source != "unnamed" and resolution.actor is None and (resolution.ambiguous or hit.contextual):
            resolution = context.resolve(directory, written, resolution, inside, gender)
        if resolution.actor is not None:
            mentions.append(MentionFound(hit.start, hit.end, written, resolution.actor.name, resolution.actor.kind))
            if resolution.method in ("exact", "fuzzy"):
                context.named(resolution.actor, inside, gender)
        elif resolution.ambiguous:
            ambiguous.append(AmbiguousMention(hit.start, hit.end, written, resolution.ambiguous))
        elif hit.new_name is not None:
            new.append(hit)
        elif hit.source == "lone" and _speaking_organisation(shared, written):
            hit.new_name, hit.new_kind = written, "organisation"
            new.append(hit)
        elif hit.source == "lone" and (
            _full_name_elsewhere(text, written) is not None or _surname_after_elsewhere(text, written) is not None
        ):
            # "Sandoval said", "Dilbar says": a part of a person's name the text gives in full
            hit.new_name, hit.new_kind = written, "person"
            new.append(hit)
    candidates = _candidates(text, new, mentions, sequences)
    mentions.sort(key=lambda m: (m.start, m.end))
    return ActorScan(mentions, candidates, ambiguous)


def _candidates(text: str, new: list[_Hit], mentions: list[MentionFound], sequences: list[re.Match[str]]) -> list[KnownActor]:
    """Turn names no known actor fits into candidate actors: merge their spellings (a bare
    surname joins the full name it ends; a given name alone, a part of a double surname or a
    transliteration joins the one new person it fits), add their mentions to ``mentions``, and
    find their later spellings, exact or fuzzy, where nothing else was found (a defined acronym
    used again; "Dario Kovacevic" in a quotation after "Dario Kovačević")."""
    by_key: dict[str, KnownActor] = {}
    order: dict[str, int] = {}

    def register(name: str, kind: ActorKind, aliases: tuple[str, ...], start: int) -> str:
        key = match_key(name)
        for other_key, other in by_key.items():  # "IHRM" after "Iran Human Rights Monitor (IHRM)"
            if other.kind == kind and key in map(match_key, other.aliases):
                key = other_key
                break
        existing = by_key.get(key)
        if existing is not None and existing.name.isupper() and not name.isupper():
            # "COMMITTEE FOR THE DEFENCE …" in a heading, then written as a name: that spelling
            name, aliases = name, (existing.name, *existing.aliases, *aliases)
        elif existing is not None:
            name, aliases = existing.name, (*existing.aliases, *aliases)
        by_key[key] = KnownActor(name, kind, tuple(a for a in dict.fromkeys(aliases) if a != name))
        order[key] = min(order.get(key, start), start)
        return key

    assigned: list[tuple[_Hit, str]] = []
    # Full names and organisations first, so that a bare surname can join its full name; a
    # person's other spelling ("Mustafa Pourmohammadi" after "Mostafa Pour-Mohammadi") joins
    # the first as an alias.
    persons: ActorDirectory | None = None  # rebuilt only after a new person is registered
    for hit in sorted(new, key=lambda h: (h.source == "lone" or len((h.new_name or "").split()) == 1, h.start)):
        assert hit.new_name is not None and hit.new_kind is not None
        if hit.new_kind == "organisation" and " " not in hit.new_name:
            owner = _person_holding(by_key, hit.new_name)
            if owner is not None:  # "ADEBAYO:" as a turn label after "Tunde Adebayo": him, not a body
                assigned.append((hit, owner))
                continue
        if hit.new_kind == "person" and match_key(hit.new_name) not in by_key and not _no_relation(text, hit.end):
            if persons is None:
                persons = ActorDirectory(actor for actor in by_key.values() if actor.kind == "person")
            same_person = persons.resolve(hit.new_name).actor or _same_new_person(hit, persons, by_key, order)
            if same_person is not None:
                key = match_key(same_person.name)
                if len(hit.new_name.split()) > 1:
                    register(same_person.name, "person", (hit.new_name,), hit.start)
                    persons = None
                assigned.append((hit, key))
                order[key] = min(order[key], hit.start)
                continue
        if hit.source == "lone":  # a one-word organisation, unless a new person's name holds it
            owner = _person_holding(by_key, hit.new_name)
            if owner is not None:
                assigned.append((hit, owner))
                continue
        if hit.new_kind == "person" and match_key(hit.new_name) not in by_key:
            persons = None
            alone = len(hit.new_name.split()) == 1
            full = (_full_name_elsewhere(text, hit.new_name) or _surname_after_elsewhere(text, hit.new_name)) if alone else None
            if full is not None:  # "Mayor Dorsey" alone, "Ellen Dorsey" in a caption: the fullest name
                assigned.append((hit, register(text[full[0] : full[1]], "person", (), hit.start)))
                continue
        assigned.append((hit, register(hit.new_name, hit.new_kind, hit.new_aliases, hit.start)))
    merged = _merge_short_forms(text, by_key, order)
    found: list[tuple[MentionFound, str]] = []
    weak: set[int] = set()  # positions of mentions only capitals marked
    for hit, key in assigned:
        key = merged.get(key, key)
        actor = by_key[key]
        found.append((MentionFound(hit.start, hit.end, text[hit.start : hit.end], actor.name, actor.kind), key))
        if hit.weak:
            weak.add(hit.start)
    # Given names alone are spellings within this text only, not aliases a reviewer accepts.
    given = _given_names(text, by_key)
    local = ActorDirectory(
        KnownActor(actor.name, actor.kind, (*actor.aliases, given[key])) if key in given else actor
        for key, actor in by_key.items()
        if actor.kind != "unnamed"
    )
    if len(local):
        taken = sorted([(m.start, m.end) for m in mentions] + [(m.start, m.end) for m, _ in found])
        starts = [start for start, _ in taken]
        later_hits = _alias_hits(text, local, "local")
        later_hits += _fuzzy_hits(text, local, later_hits, sequences)
        # New unnamed heads by position: a later spelling inside one ("A Kestrel engineer")
        # takes its place there, and the head moves past it, as for known names.
        unnamed_heads = {(m.start, m.end): i for i, (m, _) in enumerate(found) if m.kind == "unnamed"}
        for hit in sorted(later_hits, key=lambda h: h.start):
            index = bisect.bisect_left(starts, hit.end) - 1
            later = hit.resolution.actor
            if later is None:
                later = _most_recent(hit, found)
            if later is None:
                continue
            if index >= 0 and taken[index][1] > hit.start:
                head = unnamed_heads.get(taken[index])
                if head is None or not (taken[index][0] <= hit.start and hit.end < taken[index][1]):
                    continue
                _move_unnamed_head_past(text, found, head, hit.end)
            found.append((MentionFound(hit.start, hit.end, text[hit.start : hit.end], later.name, later.kind), match_key(later.name)))
    headline_only = _headline_only(text, found, weak)
    mentions += [mention for mention, key in found if key not in headline_only]
    return [by_key[key] for key in sorted(by_key, key=lambda k: order[k]) if key not in headline_only]


def _given_names(text: str, by_key: dict[str, KnownActor]) -> dict[str, str]:
    """Each new person's given name, by their key, as a spelling when features call them by it
    alone ("Dilbar has given her testimony twice", "Leila’s mother" after "Dilbar Nazarova",
    "Leila Sarbandi"): only a given name no other new person shares or ends their name with,
    and that is no ordinary word (the text never writes it in lower case: "Will", "Hope")."""
    people = [actor for actor in by_key.values() if actor.kind == "person" and len(actor.name.split()) >= 2]
    firsts: dict[str, list[str]] = {}
    for actor in people:
        firsts.setdefault(actor.name.split()[0], []).append(match_key(actor.name))
    lasts = {actor.name.split()[-1] for actor in people}
    found: dict[str, str] = {}
    for given, keys in firsts.items():
        if len(keys) != 1 or given in lasts or len(given) < 3 or not given.isalpha() or not given[0].isupper():
            continue
        if given in _TITLE_SET or given in _ROLE_WORDS or re.search(rf"\b{given.lower()}\b", text) is not None:
            continue
        actor = by_key[keys[0]]
        second = actor.name.split()[1]
        if any(
            (after and after != second) or (after != second and before.lower() in _PLACE_PREPOSITIONS)
            for before, after in _given_name_context_re(given).findall(text)
        ):
            # "in Velsberg", "Solvan security forces", "Velsberg Transit": no given name; "hand
            # over to Lotte Vriesema" is the full name, whatever comes before it.
            continue
        if given not in actor.aliases:
            found[keys[0]] = given
    return found


def _given_name_context_re(given: str) -> re.Pattern[str]:
    """The word before ``given`` and the capitalised word after it, wherever it stands."""
    return re.compile(rf"(?:\b(\w+)[ \t]+)?\b{re.escape(given)}\b(?:[ \t]+([A-Z][\w’'-]*))?")


_PLACE_PREPOSITIONS = frozenset("in at from to near across outside inside around".split())


def _move_unnamed_head_past(text: str, found: list[tuple[MentionFound, str]], index: int, end: int) -> None:
    """Start the unnamed head ``found[index]`` after ``end`` (a name inside it keeps its own
    mention: "A Kestrel engineer" → "Kestrel", "engineer")."""
    mention, key = found[index]
    start = end
    while start < mention.end and not text[start].isalnum():
        start += 1
    found[index] = (MentionFound(start, mention.end, text[start : mention.end], mention.actor, mention.kind), key)


def _same_new_person(
    hit: _Hit, persons: ActorDirectory, by_key: dict[str, KnownActor], order: dict[str, int]
) -> KnownActor | None:
    """The new person a name no spelling fits still names: one word of their name alone ("Sir
    Malcolm" after "Professor Sir Malcolm Tennant", "Sandoval" of "Beatriz Sandoval Rojas"),
    the most recent holding it; or their given name and surname in another transliteration
    without a middle name ("Abdurahman Qorane" for "Abdirahman Warsame Qoorane")."""
    assert hit.new_name is not None
    people = sorted((actor for actor in by_key.values() if actor.kind == "person"), key=lambda a: order[match_key(a.name)])
    before = [actor for actor in people if order[match_key(actor.name)] < hit.start] or people
    words = hit.new_name.split()
    if len(words) == 1:
        return persons.resolve_in_context(hit.new_name, before).actor
    if len(words) != 2:
        return None
    first, last = match_key(words[0]), match_key(words[1])
    fitting = [
        actor
        for actor in people
        if len(names := actor.name.split()) >= 3
        and _close(first, match_key(names[0]))
        and _close(last, match_key(names[-1]))
    ]
    return fitting[0] if len(fitting) == 1 else None


def _close(written: str, spelled: str) -> bool:
    """Whether two words' keys are one name in two transliterations (as fuzzy matching decides)."""
    return fuzz.ratio(written, spelled) >= FUZZY_THRESHOLD and _skeleton(written)[:2] == _skeleton(spelled)[:2]


def _most_recent(hit: _Hit, found: list[tuple[MentionFound, str]]) -> KnownActor | None:
    """For a bare surname two new people share ("Wielgosz" after Tomasz and Ewa Wielgosz), the
    one named most recently before it; None if neither was named before it."""
    choices = {match_key(actor.name) for actor in hit.resolution.ambiguous}
    best: MentionFound | None = None
    for mention, key in found:
        if key in choices and mention.start < hit.start and (best is None or mention.start > best.start):
            best = mention
    if best is None:
        return None
    return next(actor for actor in hit.resolution.ambiguous if match_key(actor.name) == match_key(best.actor))


#: Headlines are short: a longer line is a paragraph, whatever its capitals.
_HEADLINE_LENGTH = 200


def _headline_only(text: str, found: list[tuple[MentionFound, str]], weak: set[int]) -> set[str]:
    """Keys of new named actors found only by their capitals (``weak``) in Title Case headline
    lines: "Transit Cuts Loom" and "Port Backlog Grows" are headline words, while a real name in
    a headline ("Riverton Council Deadlocks …") is named again in the story below it."""
    outside: set[str] = set()
    inside: set[str] = set()
    lines: dict[int, bool] = {}
    for mention, key in found:
        if mention.kind == "unnamed":
            continue
        if mention.start not in weak:
            outside.add(key)
            continue
        line = text.rfind("\n", 0, mention.start)
        if line not in lines:
            end = text.find("\n", mention.start)
            content = text[line + 1 : end if end >= 0 else None].rstrip()
            # A sentence full of names ends with a full stop; a headline, a byline in brackets does not.
            lines[line] = (
                len(content) <= _HEADLINE_LENGTH
                and not content.endswith(".")
                and ";" not in content
                and _in_headline(text, mention.start)
            )
        (inside if lines[line] else outside).add(key)
    return inside - outside


_NO_RELATION_RE = re.compile(r"[^.!?\n]{0,40}?\bno relation\b")


def _no_relation(text: str, end: int) -> bool:
    """Whether the text says right after a name that its bearer is "no relation" to someone
    with a similar name ("Olexandr Kowalenko — no relation to the general secretary"): two
    people, whose names must not be merged as spellings of one."""
    return _NO_RELATION_RE.match(text, end) is not None


def _person_holding(by_key: dict[str, KnownActor], word: str) -> str | None:
    """The key of the new person whose name holds ``word`` (in any case), if one does."""
    key = match_key(word)
    return next((k for k, a in by_key.items() if a.kind == "person" and key in _name_parts(a)), None)


def find_mentions(text: str, directory: ActorDirectory) -> list[MentionFound]:
    """Actors named in ``text``, sorted by position, non-overlapping (the longest match wins).

    ``actor`` is the canonical name: the known actor's, or a new actor's own (for an unnamed
    source, its description as written, while the span covers the description's head words).
    Bare surnames are settled by context; those that stay ambiguous are left out (see
    :func:`scan_actors` for them). ``text[m.start:m.end] == m.text`` for every mention.
    """
    return scan_actors(text, directory).mentions


def candidate_actors(text: str, directory: ActorDirectory) -> list[KnownActor]:
    """New actors named in ``text`` (none of ``directory``'s), with the spellings seen, for review."""
    return scan_actors(text, directory).candidates
