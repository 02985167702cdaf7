"""Speakers by their markers: names after a title ("Mr. Dalvand"), next to a reporting verb
("Terzi stressed", "said Mr. Naderi", "according to …") and interview turn labels.
"""
from __future__ import annotations

import re

from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.hits import _Hit
from provenance.extract.actors.names import (
    _PORTFOLIO_RE,
    _full_name_elsewhere,
    _head_span,
    _is_person_name,
    _past_portfolio,
    _tail_span,
    _trim_name,
)
from provenance.extract.actors.text import LinePattern, lines_holding
from provenance.extract.actors.triggers import (
    _INVERTED_VERBS,
    _SINGULAR_ROLES,
    KIND_NOUNS,
    _Triggers,
)
from provenance.extract.actors.vocabulary import (
    _ACRONYM_RE,
    _APOSTROPHES,
    _AUX,
    _AUX_WORDS,
    _CLAUSE_BREAK_RE,
    _CONNECTORS,
    _HYPHEN,
    _MONTHS,
    _NAME_SEQ,
    _NAME_WORD,
    _NOT_NAME,
    _PARTICLES,
    _TITLE_SET,
    _TRAILING_NOT_NAME,
    _VESSEL_NOUNS,
    _WORD_RE,
    TITLES,
    is_acronym,
)
from provenance.extract.found import ActorKind

#: Titles that are not offices: after these a capitalised word is a name even in a headline.
_HONORIFICS = frozenset(TITLES[: TITLES.index("Mayor")])


def _in_headline(text: str, position: int) -> bool:
    """Whether ``position`` is in a Title Case line (most words capitalised), as headlines are."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = _WORD_RE.findall(text[start : end if end >= 0 else len(text)])
    content = [word for word in words if word.casefold() not in _CONNECTORS | {"a", "an", "is", "by", "with", "as"}]
    return len(content) >= 4 and sum(word[0].isupper() or word[0].isdigit() for word in content) >= 0.8 * len(content)


def _headline_line(text: str, position: int) -> bool:
    """:func:`_in_headline`, after cheap tests: a line ending with a full stop is a sentence,
    and a line of more than 200 characters a paragraph."""
    end = text.find("\n", position)
    end = end if end >= 0 else len(text)
    if end - text.rfind("\n", 0, position) > 200:
        return False
    return not text[position:end].rstrip().endswith(".") and _in_headline(text, position)


_TITLE_NAME_RE = re.compile(rf"\.?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{0,3}})")


def _title_hits(text: str, directory: ActorDirectory, triggers: _Triggers) -> list[_Hit]:
    """Names after a title ("Mr. Dalvand", "Ayatollah Montazeri"): persons, known or new."""
    hits: list[_Hit] = []
    for title in triggers.titles:
        portfolio = _PORTFOLIO_RE.match(text, title.end())
        match = _TITLE_NAME_RE.match(text, portfolio.end() if portfolio is not None else title.end())
        if match is None:
            continue
        if title.group() not in _HONORIFICS and _in_headline(text, title.start()):
            continue  # "Former Italian Foreign Minister Says Regime Can No Longer …"
        kept: list[str] = []
        for word in match.group("name").split():
            if word in _NOT_NAME or is_acronym(word):
                break
            kept.append(word)
        span = _head_span(text, match.start("name"), kept)
        if span is not None:
            name = text[span[0] : span[1]]
            hits.append(_Hit(*span, "title", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    return hits


_BEFORE_VERB_RE = re.compile(rf"(?P<name>{_NAME_SEQ}),?[ \t]+{_AUX}{{0,2}}\Z")


_BEFORE_VERB_APPOSITIVE_RE = re.compile(rf"(?P<name>{_NAME_SEQ}),[ \t]*[^,“”\"\n]{{1,120}},[ \t]+{_AUX}{{0,2}}\Z")


_AFTER_VERB_RE = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<name>{_NAME_SEQ})")


#: A name right after a preposition is not the subject of the verb that follows it ("Tom Reed
#: of Northern Star Mining said": the company does not speak; the person is found elsewhere).
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w])(?:of|at|for|from|with|by|in|on|to)[ \t]+(?:the[ \t]+)?\Z")


#: Verbs whose object, when an acronym, is an organisation addressed: "told the BBC".
_TELL_VERBS = frozenset(("told", "tells", "tell"))


#: Reporting verbs that are also plural nouns, and the verbs such a noun is the subject of:
#: "Independent estimates fall in between", "Official reports suggest …".
_PLURAL_NOUN_VERBS = frozenset("estimates reports claims notes".split())
_PLURAL_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:fall|vary|varied|range|ranged|differ|differed|suggest|suggested|put|place|are|were"
    r"|have|had|remain|remained|show|showed|indicate|indicated|say|said)(?![\w])"
)


def _verb_hits(text: str, directory: ActorDirectory, triggers: _Triggers) -> list[_Hit]:
    """Capitalised names next to a reporting verb: "Terzi stressed", "said Mr. Naderi", "Raha
    Bahreini, Amnesty International's lead researcher on Iran, said", "according to …"."""
    hits: list[_Hit] = []
    full_names: dict[str, tuple[int, int] | None] = {}
    for verb in triggers.verbs:
        according = verb.group().casefold() == "according to"
        if according or verb.group() in _INVERTED_VERBS:
            after = _AFTER_VERB_RE.match(text, verb.end())
            if after is not None:
                hits += _verb_name_hits(text, directory, after.start("name"), after.end("name"), full_names)
            if according:
                continue
        elif verb.group() in _TELL_VERBS:
            after = _AFTER_VERB_RE.match(text, verb.end())
            if after is not None and _ACRONYM_RE.match(after.group("name")):
                hits += _verb_name_hits(text, directory, after.start("name"), after.end("name"), full_names)
            elif after is not None and text.startswith("the ", after.start("name") - 4):
                hits += _told_the_named(text, directory, after.start("name"), after.group("name"))
        if verb.group() in _PLURAL_NOUN_VERBS and _PLURAL_VERB_AFTER_RE.match(text, verb.end()):
            continue  # "Independent estimates fall in between": a plural noun, then its verb
        # Cheap test first: the word before the verb (past "has", "also" …) is capitalised or
        # closes an appositive; most verbs follow "he", "she" or a quotation.
        before = text[max(0, verb.start() - 40) : verb.start()].split()
        while before and before[-1] in _AUX_WORDS:
            before.pop()
        if not before or not (before[-1][:1].isupper() or before[-1].endswith(",")):
            continue
        window_start = max(0, verb.start() - 200)
        breaks = list(_CLAUSE_BREAK_RE.finditer(text, window_start, verb.start()))
        if breaks:
            window_start = breaks[-1].end()
        window = text[window_start : verb.start()]
        found = _BEFORE_VERB_RE.search(window, max(0, len(window) - 90))
        if found is not None and not _trim_name(found.group("name").split()):
            found = None  # "… on Iran, said": try the appositive instead
        if found is None and "," in window:
            found = _BEFORE_VERB_APPOSITIVE_RE.search(window)
        if found is not None:
            start, end = window_start + found.start("name"), window_start + found.end("name")
            start = _past_portfolio(text, start, end)
            if _PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start) is None and not _after_vessel_noun(text, start):
                hits += _verb_name_hits(text, directory, start, end, full_names)
    return hits


def _told_the_named(text: str, directory: ActorDirectory, start: int, run: str) -> list[_Hit]:
    """"told the Independent Record", "told the Associated Press": who is told, with "the"
    and capitals, is an outlet or a body, never a person; a role ("told the President") or
    a generic body ("told the Committee") names none."""
    words = run.split()
    while words and (words[-1] in _MONTHS or words[-1] in _TRAILING_NOT_NAME):
        words.pop()
    if not words or words[0] in _NOT_NAME or words[0] in _TITLE_SET:
        return []
    name = " ".join(words)
    if not text.startswith(name, start):
        return []
    return [_Hit(start, start + len(name), "verb", directory.resolve(name), new_name=name, new_kind="organisation")]


def _after_vessel_noun(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "ferry", "storm" …: a ship's or a storm's name
    ("Relatives of passengers on the ferry Santa Irene, which capsized …, said")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in _VESSEL_NOUNS


def _verb_name_hits(
    text: str,
    directory: ActorDirectory,
    start: int,
    end: int,
    full_names: dict[str, tuple[int, int] | None],
    *,
    turn: bool = False,
) -> list[_Hit]:
    """The hits for capitalised words next to a reporting verb, or labelling a ``turn`` of a
    transcript (``full_names`` memoises :func:`_full_name_elsewhere` for one text)."""
    words = _trim_name(text[start:end].split())
    span = _head_span(text, start, words)
    if span is None:
        return []
    resolution = directory.resolve(text[span[0] : span[1]])
    if resolution.actor is None and not resolution.ambiguous and len(words) == 1 and _ACRONYM_RE.match(words[0]):
        if words[0].casefold() in _SINGULAR_ROLES or (turn and words[0].casefold() in _DOCUMENT_LABELS):
            return []  # "PRESENTER: …": a role in capitals labels the turn, and names no one
        name = words[0]
        if turn and _written_in_title_case(text, name):
            # "TUNDE: Yeah, evening." after "Next caller is Tunde": a caller known by one name
            return [_Hit(*span, "verb", resolution, new_name=name.title(), new_kind="person", contextual=True)]
        # An unknown acronym that speaks ("UNHCR said") is an organisation.
        return [_Hit(*span, "verb", resolution, new_name=name, new_kind="organisation", contextual=True)]
    if turn and resolution.actor is None and not resolution.ambiguous and _capitals_written_as_name(text, words):
        # "SABINE ACHTERHOF: Thank you, Lotte" after "Sabine Achterhof – Chief Executive
        # Officer": a transcript writes its speakers' names in capitals to label their turns.
        return [_Hit(*span, "verb", resolution, new_name=" ".join(words).title(), new_kind="person", contextual=True)]
    if resolution.actor is None and not resolution.ambiguous:
        # Unknown: the name is the run of name-like words at the end, at most four ("Belgian
        # MEP Hilde Vautmans" → "Hilde Vautmans").
        tail: list[str] = []
        for word in reversed(words):
            if len(tail) == 4 or not _is_person_name([word]):
                break
            tail.insert(0, word)
        span = _tail_span(text, span[1], tail)
        if span is None:
            return []
        resolution = directory.resolve(text[span[0] : span[1]])
        words = tail
    described = _described_as(text, span[0], span[1]) if resolution.actor is None and not resolution.ambiguous else None
    if resolution.actor is not None or resolution.ambiguous or len(words) >= 2 or described == "person":
        new = text[span[0] : span[1]] if len(words) >= 2 or described == "person" else None
        return [_Hit(*span, "verb", resolution, new_name=new, new_kind=described or "person", contextual=True)]
    # A lone unknown word ("Boumedra concluded") is a person if the text names them in full
    # elsewhere ("Tahar Boumedra"); it may also be settled by context.
    hits = [_Hit(*span, "lone", resolution, contextual=True)]
    if words[0] not in full_names:
        full_names[words[0]] = _full_name_elsewhere(text, words[0])
    full = full_names[words[0]]
    if full is not None:
        name = text[full[0] : full[1]]
        hits.append(_Hit(*full, "verb", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    return hits


#: An appositive saying what a name is: "…, a charity that runs shelters", "…, a 34-year-old
#: baker", "…, the group's founder".
_APPOSITIVE_KIND_RE = re.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?P<words>[\w{_APOSTROPHES}-]+(?:[ \t]+[\w{_APOSTROPHES}-]+){{0,3}})")


def _described_as(text: str, start: int, end: int) -> ActorKind | None:
    """"organisation" or "person" when a kind noun right before a name ("environmental group
    Sierra Club") or an appositive right after it says which ("Blue Lantern, a charity that
    …"; "Yusuf, a 34-year-old baker"), else None: a name's words alone do not tell a body
    called like a person from a person."""
    before = text[max(0, start - 16) : start].split()
    if before and before[-1] in KIND_NOUNS:
        return "organisation"
    found = _APPOSITIVE_KIND_RE.match(text, end)
    if found is None:
        return None
    for word in found.group("words").split():
        if word in KIND_NOUNS:
            return "organisation"
        if word in _SINGULAR_ROLES or word.endswith("-year-old"):
            return "person"
    return None


_TURN_LABEL_RE = LinePattern(rf"[ \t]*(?P<name>{_NAME_SEQ})[ \t]*:[ \t]+\S")


#: Words that label a part of a document, not a speaker's turn: "NOTE: This summary …",
#: "Live: Coastline franchise hearing", "UPDATE: …".
_DOCUMENT_LABELS = frozenset("note notes live update updates correction clarification editor background context disclaimer".split())


def _turn_label_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """Interview turn labels at the start of a line ("Pour-Mohammadi: Look, …"): the speaker."""
    hits: list[_Hit] = []
    full_names: dict[str, tuple[int, int] | None] = {}
    # A label's line holds its colon, and most lines hold none: only those are tried.
    for match in _TURN_LABEL_RE.finditer_at(text, lines_holding(text, ":")):
        if match.group("name").casefold() in _DOCUMENT_LABELS:
            continue
        if _headline_line(text, match.start("name")) and directory.resolve(match.group("name")).actor is None:
            continue  # "Kardania: Rights Group Documents 312 Deaths": a headline's place, not a speaker
        hits += _verb_name_hits(text, directory, match.start("name"), match.end("name"), full_names, turn=True)
    return hits


def _written_in_title_case(text: str, word: str) -> bool:
    """Whether ``text`` also writes the capitals ``word`` as a name ("Tunde" for "TUNDE")."""
    return len(word) >= 3 and re.search(rf"\b{re.escape(word.title())}\b", text) is not None


def _capitals_written_as_name(text: str, words: list[str]) -> bool:
    """Whether two to four words in capitals ("RUI MANSO-TEMBE") are a name the text also
    writes as one ("Rui Manso-Tembe"), each word looking like a name once title-cased."""
    if not 2 <= len(words) <= 4 or not all(word.isupper() for word in words):
        return False
    titled = [word.title() for word in words]
    return _is_person_name(titled) and _written_in_title_case(text, " ".join(words))


#: A phone-in's caller or writer, known by a given name and a town, before a reporting verb:
#: "Graham in Dunmore writes:", "a text from Jun in Millbrook, who says". The verb is
#: singular: "Voters in Ohio say" is a crowd.
_CALLER_BEFORE_VERB_RE = re.compile(
    rf"(?<![\w{_APOSTROPHES}])(?P<name>{_NAME_WORD})[ \t]+(?:in|from)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
    r"(?:,[ \t]+who|,)?[ \t]+\Z"
)
_CALLER_VERBS = frozenset(("says", "writes", "wrote", "tells", "emails", "emailed", "texts", "texted"))


#: Someone introduced by their given name alone: "a listener called Priya says", "a nurse
#: named Ade". Matched where ``str.find`` finds "called" or "named", then the noun before is
#: tested.
_CALLED_RE = re.compile(rf"(?:called|named)[ \t]+(?P<name>{_NAME_WORD})(?![\w{_APOSTROPHES}{_HYPHEN}])")
_CALLED_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w])(?:listener|caller|viewer|reader|woman|man|girl|boy|neighbour|neighbor|friend|colleague|patient)[ \t]+\Z"
)


def _caller_hits(text: str, directory: ActorDirectory, verbs: list[re.Match[str]]) -> list[_Hit]:
    """People a phone-in or a feature names by a given name alone, marked as such by the words
    around it (:data:`_CALLER_BEFORE_VERB_RE`, :data:`_CALLED_RE`): no reporting verb sits
    right by the name, and one word alone is otherwise no evidence of a person."""
    hits: list[_Hit] = []
    found: list[re.Match[str]] = []
    for verb in verbs:
        if verb.group() not in _CALLER_VERBS:
            continue
        window = max(0, verb.start() - 60)
        if text.find(" in ", window, verb.start()) < 0 and text.find(" from ", window, verb.start()) < 0:
            continue  # cheap test first: no town
        caller = _CALLER_BEFORE_VERB_RE.search(text, window, verb.start())
        if caller is not None:
            found.append(caller)
    for word in ("called ", "named "):
        position = text.find(word)
        while position >= 0:
            called = _CALLED_RE.match(text, position)
            if called is not None and _CALLED_NOUN_BEFORE_RE.search(text, max(0, position - 12), position) is not None:
                found.append(called)
            position = text.find(word, position + 1)
    for match in found:
        name = match.group("name")
        # "Jun in Millbrook writes": before a town and a verb, a month's name is a given name
        if not (_is_person_name([name]) or name in _MONTHS) or name.casefold() in _SINGULAR_ROLES:
            continue
        hits.append(_Hit(match.start("name"), match.end("name"), "verb", directory.resolve(name),
                         new_name=name, new_kind="person", contextual=True))
    return hits
