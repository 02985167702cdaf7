"""The people and organisations a text names, by position: what a speaker's words point to.

:class:`NamedMentions` reads the actor scan's mentions (those inside a speaker's words, the
person a lone surname points to, the organisation ``the trust`` points to);
:class:`WrittenNames` is the fallback for "Firstname Surname" pairs the scan did not take up.
"Points to" is always the one named last before the speaker, else the first after.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable

from provenance.extract.found import MentionFound
from provenance.matching import match_key, sound_key


class NamedMentions:
    """The people and organisations a text names, by position: those inside a speaker's words,
    the person a lone surname points to, the organisation ``the trust`` points to."""

    def __init__(self, mentions: list[MentionFound]) -> None:
        self._mentions = [m for m in mentions if m.kind != "unnamed"]
        self._starts = [m.start for m in self._mentions]
        self._unnamed = [m for m in mentions if m.kind == "unnamed"]
        self._unnamed_starts = [m.start for m in self._unnamed]
        # The indexes by surname and by organisation word are built on first use: most texts
        # ask few questions, many none of one kind.
        self._surnames: dict[str, list[tuple[int, str]]] | None = None
        self._sounds: dict[str, list[tuple[int, str]]] = {}
        self._org_words: dict[str, list[tuple[int, str]]] | None = None

    def _people_by_surname(self) -> dict[str, list[tuple[int, str]]]:
        """The people named with a first name and surname, by surname key (and by sound key,
        into ``_sounds``), in text order; built once."""
        if self._surnames is None:
            surnames: dict[str, list[tuple[int, str]]] = defaultdict(list)
            sounds: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for mention in self._mentions:
                if mention.kind != "person":
                    continue
                words = mention.actor.split()
                if len(words) >= 2:
                    surnames[match_key(words[-1])].append((mention.start, mention.actor))
                    sounds[sound_key(words[-1])].append((mention.start, mention.actor))
            self._surnames, self._sounds = surnames, sounds
        return self._surnames

    def _organisations_by_word(self) -> dict[str, list[tuple[int, str]]]:
        """The organisations named, by each capitalised word of their names (case-folded), in
        text order; built once."""
        if self._org_words is None:
            org_words: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for mention in self._mentions:
                if mention.kind != "organisation":
                    continue
                for word in mention.actor.split():
                    if word[:1].isupper() and (len(word) > 2 or word.isupper()):  # "FC"
                        org_words[word.casefold()].append((mention.start, mention.actor))
            self._org_words = org_words
        return self._org_words

    def person_with_surname(self, surname: str, position: int) -> str | None:
        """The person named with ``surname`` (any case; a romanisation variant when no exact
        spelling is named) last before ``position``, else first after it."""
        named = self._people_by_surname().get(match_key(surname)) or self._sounds.get(
            sound_key(surname)
        )
        return _nearest(named, position)

    def fuller_organisation(self, name: str, position: int) -> str | None:
        """An organisation named in the text whose name holds ``name`` as whole words ("Senate
        Public Accounts Committee" for "Public Accounts Committee"), nearest ``position``."""
        folded = f" {name.casefold()} "
        fuller = [
            (mention.start, mention.actor)
            for mention in self._mentions
            if mention.kind == "organisation"
            and len(mention.actor) > len(name)
            and folded in f" {mention.actor.casefold()} "
        ]
        return _nearest(fuller, position)

    def organisation_with_word(self, noun: str, position: int) -> str | None:
        """The organisation whose name holds ``noun`` ("trust": Westmoor Health Trust), named
        last before ``position``, else first after it."""
        return _nearest(self._organisations_by_word().get(noun.casefold()), position)

    def organisations_with_words(self, nouns: list[str]) -> set[str]:
        """The organisations whose names hold every one of ``nouns`` ("commission", "inquiry":
        Commission of Inquiry on the Upper Sennar Famine)."""
        by_word = self._organisations_by_word()
        found: set[str] | None = None
        for noun in nouns:
            named = {actor for _, actor in by_word.get(noun.casefold(), ())}
            found = named if found is None else found & named
        return found or set()

    def unnamed_with_head(self, noun: str, position: int) -> str | None:
        """The unnamed source described last before ``position`` with the head noun ``noun``
        ("the doctor" after "A senior doctor at Saint Pantelimon Hospital"; "the diplomat"
        after "One of the diplomats")."""
        index = bisect.bisect_left(self._unnamed_starts, position) - 1
        while index >= 0:
            mention = self._unnamed[index]
            if mention.text.split()[-1].casefold() in (noun.casefold(), noun.casefold() + "s"):
                return mention.actor
            index -= 1
        return None

    def person_in_role(self, text: str, role: str, position: int, reach: int | None = None) -> str | None:
        """The person ``text`` gives the office ``role`` (see :meth:`holder_of`), else the
        person opening the paragraph after a lede's description (see
        :meth:`person_opening_next_paragraph`)."""
        return self.holder_of(text, role, position, "person", reach) or self.person_opening_next_paragraph(text, position)

    def holder_of(self, text: str, role: str, position: int, kind: str, reach: int | None = None) -> str | None:
        """The actor of ``kind`` that ``text`` gives the role ``role`` in an appositive or a
        relative clause right after their name ("Dr Yasin Haddadi, director of Qalat Nuri
        General Hospital"; "Rail Users’ Voice, the statutory passenger watchdog"; "Marcus
        Oyelaran-Price, who was match commander") or in a credit line before it ("Judge: Mrs
        Justice Okonjo-Barrett"), named last before ``position``, else first after it within
        ``reach`` characters (default :data:`_ROLE_NAMED_AFTER`): a report opens with "the
        director of the main hospital said" and names him in the next paragraph."""
        appositive = re.compile(
            rf",[ \t]+(?:who[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:the|its|a|an)[ \t]+)?"
            rf"(?:[\w'’-]+[ \t]+){{0,3}}?{re.escape(role)}(?![\w-])",
            re.I,
        )
        credit = re.compile(rf"(?:^|\n){re.escape(role)}:[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){{0,3}}\Z", re.I)
        holders = [
            (mention.start, mention.actor)
            for mention in self._mentions
            if mention.kind == kind
            and (
                appositive.match(text, mention.end, mention.end + 60)
                or credit.search(text, max(0, mention.start - 40), mention.start)
            )
        ]
        if not holders:
            return None
        before = [holder for holder in holders if holder[0] < position]
        if before:
            return before[-1][1]
        first = holders[0]
        return first[1] if first[0] - position <= (_ROLE_NAMED_AFTER if reach is None else reach) else None

    def person_opening_next_paragraph(self, text: str, position: int) -> str | None:
        """The person whose name opens the paragraph after ``position``, when ``position`` is
        in the lede and that paragraph follows within :data:`_ROLE_NAMED_AFTER` characters:
        a news lede describes ("The director of
        the Calder Bay Maritime Museum has resigned …") and the next paragraph names ("Dr
        Oluwaseun Ashworth-Bell, who has led the museum since 2016, …")."""
        paragraph = text.find("\n\n", position)
        if paragraph < 0 or paragraph - position > _ROLE_NAMED_AFTER or not _in_lede(text, position):
            return None
        opening = _PARAGRAPH_OPENING.match(text, paragraph)
        if opening is None:
            return None
        index = bisect.bisect_left(self._starts, opening.end())
        if index == len(self._mentions) or self._starts[index] != opening.end() or self._mentions[index].kind != "person":
            return None
        return self._mentions[index].actor

    def organisation_before(self, position: int, fits: Callable[[str], bool]) -> str | None:
        """The organisation named last before ``position`` whose name ``fits`` ("the company"
        → the last business named: a name holding no public body's word)."""
        index = bisect.bisect_left(self._starts, position) - 1
        while index >= 0:
            mention = self._mentions[index]
            if mention.kind == "organisation" and fits(mention.actor):
                return mention.actor
            index -= 1
        return None

    def around(self, start: int, end: int) -> MentionFound | None:
        """The named actor whose mention holds ``[start, end)`` and more: the quotes
        extractor read part of a name ("Disaster Assessment" of "U.N. Disaster Assessment and
        Coordination")."""
        index = bisect.bisect_right(self._starts, start) - 1
        while index >= 0 and start - self._starts[index] < 120:
            mention = self._mentions[index]
            if mention.end >= end and (mention.start, mention.end) != (start, end):
                return mention
            index -= 1
        return None

    def within(self, start: int, end: int) -> list[MentionFound]:
        index = bisect.bisect_left(self._starts, start)
        found = []
        while index < len(self._mentions) and self._mentions[index].start < end:
            if self._mentions[index].end <= end:
                found.append(self._mentions[index])
            index += 1
        return found


#: How far after a described speaker ("the director of the main hospital") the text may name
#: the holder of that office: about a paragraph.
_ROLE_NAMED_AFTER = 800


#: The start of a paragraph, past a title: where the name that opens it starts.
_PARAGRAPH_OPENING = re.compile(r"\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?[ \t]+)?")


def _in_lede(text: str, position: int) -> bool:
    """Whether ``position`` is in a story's first paragraph of prose: no line before its
    paragraph ends a sentence (headlines, bylines and datelines do not)."""
    start = text.rfind("\n\n", 0, position)
    return start < 0 or not any(line.rstrip().rstrip("’”\"'").endswith(".") for line in text[:start].splitlines())


class WrittenNames:
    """Every "Firstname Surname" written in a text, by surname: the fallback when the actor
    scan did not take a name up as a mention ("chaired by ... Rustam Khodzhaev" for a later
    turn label ``KHODZHAEV:``). Built on first use; most texts never need it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sound: dict[str, list[tuple[int, str]]] | None = None

    def person_with_surname(self, surname: str, position: int) -> str | None:
        if self._by_sound is None:
            self._by_sound = defaultdict(list)
            for found in _WRITTEN_NAME.finditer(self.text):
                if found.group("first") not in _NOT_FIRST_NAMES:
                    self._by_sound[sound_key(found.group("last"))].append(
                        (found.start(), found.group())
                    )
        return _nearest(self._by_sound.get(sound_key(surname)), position)


#: "Rustam Khodzhaev", "Abdulrahman al-Qudsi": a capitalised first name and surname. The
#: capital comes first and the word edge before it is looked behind at, so the engine skips
#: to capitals instead of trying a word boundary at every character (same matches as ``\b``).
_WRITTEN_NAME = re.compile(
    r"(?P<first>[A-Z](?<!\w.)[a-zà-ÿ]+) (?P<last>(?:(?:al|el|de|van|von)[- ])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b"
    r"(?! [A-Z])"
)
#: Capitalised words that do not start a personal name.
_NOT_FIRST_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "And",
        "But",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Madam",
        "Professor",
        "President",
        "Minister",
        "Judge",
        "Senator",
        "General",
        "Chairman",
        "Chair",
        "Director",
        "Deputy",
        "Mayor",
        "Governor",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Their",
        "His",
        "Her",
        "Its",
    ]
)


def _nearest(named: list[tuple[int, str]] | None, position: int) -> str | None:
    """Of (start, actor) pairs in text order, the last before ``position``, else the first."""
    if not named:
        return None
    index = bisect.bisect_left(named, (position, ""))
    return named[index - 1][1] if index > 0 else named[0][1]
