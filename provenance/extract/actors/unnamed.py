"""Unnamed sources that speak: "a senior official of the Ministry … said", "Families say",
"…,” a union official said". They become candidates of kind ``unnamed``.
"""
from __future__ import annotations

import re

from provenance.extract.actors.hits import _Hit
from provenance.extract.actors.names import _full_name_elsewhere
from provenance.extract.actors.resolution import Resolution
from provenance.extract.actors.text import TextScan
from provenance.extract.actors.triggers import (
    _INVERTED_VERBS,
    _RELATIVES,
    _ROLE_WORD_LIST,
    _STOP_VERBS,
    _VERB_RE,
    _VERB_WORDS,
    _Triggers,
)
from provenance.extract.actors.vocabulary import (
    _APOSTROPHES,
    _AUX,
    _AUX_WORDS,
    _CLAUSE_BREAK_RE,
    _CONNECTORS,
    _FUNCTION_WORDS,
    _HYPHEN,
    _LETTER,
    _UPPER,
    _trie_pattern,
)

_DETERMINERS = frozenset("a A an An one One another Another".split())


_DETERMINER_BEFORE_RE = re.compile(
    rf"[AaOo](?<![\w].)(?:(?<=[Aa])(?:n?|nother)|(?<=[Oo])ne)[ \t]+(?P<mods>(?:[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,4}})\Z"
)


#: What may open a bare plural description before its noun ("Local residents", "Families"):
#: a capitalised word and perhaps one lowercase word, ending the window. See :func:`_bare_start`.
_BARE_BEFORE_RE = re.compile(rf"[{_UPPER}](?<![\w].)[a-z]+[ \t]+(?:[a-z]+[ \t]+)?\Z")


_WORD_CHAR_RE = re.compile(r"\w")


def _bare_start(window: str) -> int | None:
    """Where a bare plural description may start in ``window`` (which ends before its noun):
    at the capitalised words that end it, else at its very end unless that is inside a word.

    The same as searching ``(?<![\\w])(?:Capitalised [lowercase ])?\\Z``, whose optional
    group makes ``re`` try every position of the window; this looks only at capitals."""
    found = _BARE_BEFORE_RE.search(window)
    if found is not None:
        return found.start()
    if window and _WORD_CHAR_RE.match(window, len(window) - 1):
        return None
    return len(window)


_COORDINATION_RE = re.compile(rf"[ \t]+and[ \t]+(?:[\w{_HYPHEN}]+[ \t]+){{0,3}}?(?:{_trie_pattern(_ROLE_WORD_LIST)})\b")


_PREPOSITIONS = frozenset("of to for at in with from on within inside under close".split())


_PRONOUN_VERB_RE = re.compile(rf"\b(?:he|she|He|She)[ \t]+{_AUX}{{0,2}}(?:{_trie_pattern(_VERB_WORDS)})\b")


_BOUNDARY_BEFORE_RE = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*|[“\"]\s*)\Z")


#: An introductory phrase before a description ("Prior to him, a senior official …"); it must
#: hold a lowercase word or open with a preposition, so that a name ("Mostafa Pour-Mohammadi,
#: an advisor …") does not count.
_INTRO_COMMA_RE = re.compile(
    r"(?:^|[.!?][\"”’)]*\s+|\n\s*)(?=(?:[\w’'-]+[ \t]+){0,4}[\w’'-]+,[ \t]+\Z)"
    r"(?:[\w’'-]+[ \t]+){0,4}?(?:[a-z][\w’'-]*|In|On|At|By|After|Before|Since|During|Prior|Earlier|Later|Meanwhile)"
    r"(?:[ \t]+[\w’'-]+){0,4},[ \t]+\Z"
)


_COMPLEMENT_TOKEN_RE = re.compile(rf"\([^()\n]{{0,60}}\)|[{_LETTER}0-9]+(?:[{_HYPHEN}{_APOSTROPHES}][{_LETTER}0-9]+)*|\S")


_RELATIVE_START_RE = re.compile(r"[ \t]+(?:who|that|which|whom|whose)\b")


_TRAILING_AUX_RE = re.compile(rf"[ \t]+{_AUX}+\Z")


#: A line break, or a full stop, "!" or "?" that closes no title or initial. The character
#: comes first and the lookbehinds after it (as in ``_CLAUSE_BREAK_RE``): the same matches,
#: found without testing every position.
_SENTENCE_END_RE = re.compile(
    r"[\n.!?](?:(?<=\n)|(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bHon.)(?<!\b[A-Z].)(?=[\s\"”’]|\Z))"
)


_GAP_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:has|have|had|also|then|later|further|again|recently|reportedly|publicly|"
    r"openly|previously|once again|secretly|first)[ \t]+){0,3}\Z"
)


_APPOSITIVE_GAP_RE = re.compile(r"[ \t]*,[^,.;:!?“”\"\n]{1,150},[ \t]*(?:(?:has|have|had|also)[ \t]+){0,2}\Z")


#: A name between commas right after a description: the speaker is named after all.
_NAME_IN_APPOSITION_RE = re.compile(r",[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:(?:&|and|of|for)[ \t]+)?[A-Z][\w'’.-]*){0,5},")


def _unnamed_hits(text: str, triggers: _Triggers) -> list[_Hit]:
    """Descriptions of unnamed sources that are the subject of a reporting verb.

    "A former political prisoner and human rights activist, said …"; "a senior official of the
    Ministry of Intelligence and Security (MOIS) who … . Speaking of …, he said"; plural ones
    opening a sentence ("Persons who had previously attended the event insisted …"). The span
    is the head (determiner to role noun); the description (the new actor's name) runs on
    through a prepositional complement, or through a relative clause when there is none.
    """
    hits: list[_Hit] = []
    for role in triggers.roles:
        window = text[max(0, role.start() - 80) : role.start()]
        determiner = None
        if _DETERMINERS.intersection(window[-60:].split()[-5:]):
            determiner = _DETERMINER_BEFORE_RE.search(window)
        if determiner is not None:
            if any(word.casefold() in _RELATIVES or word.casefold() in _STOP_VERBS for word in determiner.group("mods").split()):
                continue
            start = role.start() - len(window) + determiner.start()
        else:
            if not role.group().casefold().endswith(("s", "people", "men")):
                continue  # cheap test first: only plurals go without a determiner
            bare = _bare_start(window)
            if bare is None:
                continue
            start = role.start() - len(window) + bare
            if not text[start : start + 1].isupper():
                continue
        if not _clause_start(text, start):
            continue
        head_end = role.end()
        coordination = _COORDINATION_RE.match(text, head_end)
        if coordination is not None:
            head_end = coordination.end()
        complement_end = _complement_end(text, head_end)
        relative_end = _relative_clause_end(text, complement_end)
        if not _reports(text, complement_end, relative_end):
            continue
        if _NAME_IN_APPOSITION_RE.match(text, complement_end) is not None:
            continue  # "A law firm, Castell & Moyo, said": the name speaks, not the description
        description_end = relative_end if relative_end is not None and complement_end == head_end else complement_end
        description = text[start:description_end].strip()
        hits.append(_Hit(start, head_end, "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
    return hits


#: Bare plural subjects of a reporting verb: "Families say …", "Local residents told …",
#: "Importers of grain warned …" (a quantifier or adjective, the plural noun, a complement).
_PLURAL_SPEAKER_RE = re.compile(
    rf"(?P<head>(?:(?:Some|Many|Most|Several|Other|Two|Three|Four|Five|Local|Senior|Independent|Foreign)[ \t]+)?"
    rf"(?:[a-z]+[ \t]+)?[{_UPPER}]?[a-z]+(?:s|people|men))"
    rf"(?P<complement>[ \t]+(?:of|from|in|at|for|with|on|close to)[ \t]+[^,;:“”\"\n]{{1,60}}?)?"
    rf",?[ \t]+{_AUX}{{0,2}}\Z"
)


_NOT_PLURAL_SPEAKERS = frozenset(
    """this has was is its his us news series thus yes less unless reuters times nations states
    democrats republicans conservatives liberals socialists greens""".split()
)


#: "A senior engineer at the plant said …": any noun after "a", not only the role nouns.
_SINGULAR_SPEAKER_RE = re.compile(
    rf"(?P<head>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)[ \t]+"
    rf"(?:(?!(?:of|from|in|at|for|with|on|by|to|who|that)\b)[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,3}}?"
    rf"[a-z][a-z{_HYPHEN}]+)"
    rf"(?P<complement>[ \t]+(?:of|from|in|at|for|with|on|close to)[ \t]+[^,;:“”\"\n]{{1,60}}?)?"
    rf"(?:,[^,“”\"\n]{{1,80}},)?[ \t]+{_AUX}{{0,2}}\Z"
)


#: "…,” said a union official." / "said one resident of the street.": the description after.
_AFTER_VERB_DESCRIPTION_RE = re.compile(
    rf"[ \t]+(?P<description>(?P<head>(?:a|an|one|another)[ \t]+"
    rf"(?:(?!(?:of|from|in|at|for|with|on|by|to|who|that)\b)[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,3}}?[a-z][a-z{_HYPHEN}]+)"
    rf"(?:[ \t]+(?:of|from|in|at|for|with|on)[ \t]+[^,.;:!?“”\"\n]{{1,60}})?)(?=[ \t]*(?:[.,;:!?]|\Z))"
)


#: Heads that are documents or amounts, not speakers ("A report said", "A few said").
_NOT_SPEAKER_HEADS = frozenset(
    """report statement study document letter survey analysis paper article memo filing video
    photo clip review audit note notice release post tweet message file record few number lot
    majority minority dozen couple handful third half quarter source""".split()
)


#: A word (of words joined by single spaces) that, its trailing commas stripped, ends like a
#: plural: "s", "people", "men". One search over the joined words instead of a Python test
#: per word.
_PLURAL_WORD_RE = re.compile(r"(?:s|people|men),*(?: |\Z)")


def _plural_speaker_hits(shared: TextScan) -> list[_Hit]:
    """Unnamed speakers opening a sentence right before a reporting verb: bare plurals
    ("Families say", "Importers of grain warned") and "a/an" descriptions with any noun ("A
    senior engineer at the plant said"). A capitalised plural used as a name elsewhere in the
    text ("Reuters") does not count."""
    text = shared.text
    hits: list[_Hit] = []
    for verb in shared.triggers.verbs:
        word, verb_start = verb.group(), verb.start()
        if word in ("according to", "According to"):
            continue
        if word in _INVERTED_VERBS:
            after = _AFTER_VERB_DESCRIPTION_RE.match(text, verb.end())
            if after is not None and after.group("head").split()[-1].casefold() not in _NOT_SPEAKER_HEADS:
                description = after.group("description")
                hits.append(_Hit(after.start("description"), after.end("head"), "unnamed", Resolution(description),
                                 new_name=description, new_kind="unnamed"))
        # Cheap test first: a plural word just before the verb, or "a"/"one" a few words back.
        before = text[max(0, verb_start - 70) : verb_start].split()
        while before and before[-1] in _AUX_WORDS:
            before.pop()
        recent = before[-10:]
        if not recent or not (_DETERMINERS.intersection(recent) or _PLURAL_WORD_RE.search(" ".join(recent))):
            continue
        window_start = max(0, verb_start - 100)
        breaks = list(_CLAUSE_BREAK_RE.finditer(text, window_start, verb_start))
        if not breaks and window_start > 0:
            continue
        start = breaks[-1].end() if breaks else 0
        after_quote = bool(breaks) and breaks[-1].group() in "”\""
        while start < verb_start and (text[start].isspace() or (after_quote and text[start] == ",")):
            start += 1
        if not (text[start : start + 1].isupper() or after_quote):
            continue  # a speaker opens its sentence, or follows the quotation it speaks
        singular = _SINGULAR_SPEAKER_RE.fullmatch(text, start, verb_start)
        if singular is not None:
            words = singular.group("head").split()
            head = words[-1]
            passive = any(word in _STOP_VERBS for word in words[1:])  # "An audio file was revealed"
            if not passive and head.casefold() not in _NOT_SPEAKER_HEADS and not head.endswith("ly"):
                end = singular.end("complement") if singular.group("complement") else singular.end("head")
                if _NAME_IN_APPOSITION_RE.match(text, end) is not None:
                    continue  # "A law firm, Castell & Moyo, said": the name speaks
                description = text[start:end]
                head_end = singular.end("head")
                hits.append(_Hit(start, head_end, "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
            continue
        found = _PLURAL_SPEAKER_RE.fullmatch(text, start, verb_start)
        if found is None:
            continue
        first = text[start : found.end("head")].split()[0]
        head = found.group("head").split()[-1]
        if head.casefold() in _NOT_PLURAL_SPEAKERS or first in _FUNCTION_WORDS - {"Some", "Many", "Most", "Several", "Other"}:
            continue
        if shared.writes_mid_sentence(first) or _full_name_elsewhere(text, first) is not None:
            continue  # capitalised mid-sentence elsewhere, or after a given name: a name ("Reyes")
        end = found.end("complement") if found.group("complement") else found.end("head")
        description = text[start:end]
        hits.append(_Hit(start, found.end("head"), "unnamed", Resolution(description), new_name=description, new_kind="unnamed"))
    return hits


#: A conjunction opening a clause of its own: "…, while a doctor at the hospital said".
_CONJUNCTION_BEFORE_RE = re.compile(r"(?<![\w])(?:while|whereas|but|and|although|though|as|when)[ \t]+\Z")


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    return (
        _boundary_before(before)
        or (_ends_with_comma_and_spaces(before) and _INTRO_COMMA_RE.search(before) is not None)
        or _CONJUNCTION_BEFORE_RE.search(before, max(0, len(before) - 10)) is not None
    )


#: Closing quotes and brackets that may follow a sentence's full stop.
_CLOSERS = "\"”’)"


def _boundary_before(before: str) -> bool:
    """``_BOUNDARY_BEFORE_RE.search(before)``, read from the end instead of tried at every
    position: ``before`` is empty, or ends with whitespace holding a line break, or with a
    quotation mark and any whitespace, or with ".", "!" or "?", closers, and whitespace.
    (``str.rstrip`` and ``\\s`` agree on what whitespace is.)"""
    if not before:
        return True
    stripped = before.rstrip()
    if "\n" in before[len(stripped) :] or stripped.endswith(("“", '"')):
        return True
    return len(stripped) < len(before) and stripped.rstrip(_CLOSERS).endswith((".", "!", "?"))


def _ends_with_comma_and_spaces(before: str) -> bool:
    """What ``_INTRO_COMMA_RE`` needs at the end: a comma, then spaces or tabs."""
    stripped = before.rstrip(" \t")
    return len(stripped) < len(before) and stripped.endswith(",")


def _complement_end(text: str, position: int) -> int:
    """The end of a prepositional complement after a description's head ("of the Ministry of
    Intelligence and Security"), or ``position`` if none follows. It stops before a bracket,
    punctuation, a relative pronoun, a verb or an adverb, after at most 15 words."""
    kept: list[tuple[str, int]] = []  # (word, end)
    end = position
    for count, token in enumerate(_COMPLEMENT_TOKEN_RE.finditer(text, position, min(len(text), position + 200))):
        word = token.group()
        folded = word.casefold()
        if "\n" in text[end : token.start()] or count > 14:
            break
        if count == 0:
            if folded not in _PREPOSITIONS:
                return position
        elif not word[0].isalnum() or folded in _RELATIVES or folded in _STOP_VERBS:
            break
        elif word[0].islower() and word.endswith(("ly", "ed")):
            break
        kept.append((folded, token.end()))
        end = token.end()
    while kept and kept[-1][0] in _PREPOSITIONS | _CONNECTORS:
        kept.pop()
    return kept[-1][1] if kept else position


def _relative_clause_end(text: str, position: int) -> int | None:
    """Where a relative clause after ``position`` ("who … has confirmed") ends: before its
    sentence's reporting verb and auxiliaries; None if there is no such clause."""
    match = _RELATIVE_START_RE.match(text, position)
    if match is None:
        return None
    verbs = list(_VERB_RE.finditer(text, match.end(), _sentence_end(text, position)))
    if not verbs:
        return None
    clauses = [_before_aux(text[position : verb.start()]) for verb in verbs]
    # The clause closes with a comma before the sentence's own verb ("who asked not to be named
    # because staff had been warned …, said"): a verb inside the clause is not the one.
    clause = next((c for c in clauses if c.rstrip(" \t").endswith(",")), clauses[0])
    return position + len(clause.rstrip(" \t,"))


def _before_aux(clause: str) -> str:
    """``clause`` without the auxiliaries that end it ("… has", "… had also")."""
    aux = _TRAILING_AUX_RE.search(clause)
    return clause if aux is None else clause[: aux.start()]


def _sentence_end(text: str, position: int) -> int:
    found = _SENTENCE_END_RE.search(text, position)
    return found.end() if found is not None else len(text)


def _reports(text: str, position: int, relative_end: int | None) -> bool:
    """Whether the description ending at ``position`` is the subject of a reporting verb: the
    verb follows at once (past a comma, "has", "also" …), after an appositive between commas,
    or after a relative clause; or the next sentence opens with "he/she said" ("Speaking of
    …, he said")."""
    sentence_end = _sentence_end(text, position)
    # "…, according to a study": the study reports, not the sentence's subject
    verbs = [verb for verb in _VERB_RE.finditer(text, position, sentence_end) if verb.group()[1:] != "ccording to"]
    if verbs and _GAP_RE.match(text, position, verbs[0].start()):
        return True
    # An appositive or a relative clause may hold a verb of its own ("…, who asked not to be
    # named because staff had been warned …, said"): the sentence's verb is any after it.
    for verb in verbs:
        if _APPOSITIVE_GAP_RE.match(text, position, verb.start()):
            return True
        if relative_end is not None and _GAP_RE.match(text, relative_end, verb.start()):
            return True
    following = text[sentence_end : sentence_end + 120]
    if "he" not in following and "He" not in following:  # cheap test first: he, she, He, She
        return False
    pronoun = _PRONOUN_VERB_RE.search(following)
    return pronoun is not None and not any(ch in following[: pronoun.start()] for ch in ".!?“\"")
