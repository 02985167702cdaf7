"""People without a reporting verb: a name after a role or before an appositive, after
"written by", in a list of full names, mid-sentence, or heading a testimony.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import groupby, repeat

from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.hits import _Hit
from provenance.extract.actors.names import (
    _head_span,
    _is_person_name,
    _past_portfolio,
    _starts_sentence,
    _tail_span,
    _trim_name,
)
from provenance.extract.actors.text import LinePattern, run_ending_at
from provenance.extract.actors.triggers import (
    _OFFICES,
    _RELATIVES,
    _SINGULAR_ROLES,
    _STOP_VERBS,
    KIND_NOUNS,
    _Triggers,
)
from provenance.extract.actors.vocabulary import (
    _APOSTROPHES,
    _AUX_WORDS,
    _HYPHEN,
    _HYPHEN_CHARS,
    _NAME_SEQ,
    _NAME_WORD,
    _ORG_HEADS,
    _PARTICLE_WORDS,
    _PARTICLES,
    _TITLE_SET,
    _UPPER,
    _VESSEL_NOUNS,
)

#: The name after a role, perhaps past a comma ("its director, Colin Pryce, told …").
_NAME_AFTER_RE = re.compile(rf",?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{0,4}})")


#: The name's capital comes first and the "not inside a word" test after it (a two-character
#: lookbehind), so that the search over a window skips ahead to capitals: the same matches.
_NAME_BEFORE_APPOSITIVE_RE = re.compile(
    rf"(?P<name>[{_UPPER}](?<![\w{_APOSTROPHES}].){_NAME_SEQ[len(f'[{_UPPER}]'):]}),[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,4}}\Z"
)


#: What follows the name in ``_NAME_BEFORE_APPOSITIVE_RE``: the comma and the appositive's
#: first words. It holds no comma, so it can only start at the window's last comma.
_APPOSITIVE_TAIL_RE = re.compile(rf",[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w{_APOSTROPHES}{_HYPHEN}]+[ \t]+){{0,4}}")


def _name_before_appositive(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_NAME_BEFORE_APPOSITIVE_RE.search(text, start, end)``, after a cheap test: the search
    tries every capital of the window, and most windows have no comma right before ``end``."""
    comma = text.rfind(",", start, end)
    if comma < 0 or _APPOSITIVE_TAIL_RE.fullmatch(text, comma, end) is None:
        return None
    return _NAME_BEFORE_APPOSITIVE_RE.search(text, start, end)


#: A testimony heading: a name alone on its line, perhaps after a title and before a
#: description ("– Former Political Prisoner", ", 67, retired schoolteacher", ", Médecins du
#: Nord"), followed by a paragraph opening with a quotation mark.
_TESTIMONY_HEADING_RE = LinePattern(
    rf"[ \t\u00a0]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Sir|Dame)\.?[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}})[ \t]*"
    rf"(?:(?:[–—-]|,(?P<affiliation>[ \t]+{_NAME_WORD}(?:[ \t]+(?:(?:du|de|des|of|for|the|and)[ \t]+)?{_NAME_WORD}){{1,4}}[ \t]*(?=\n))?)[^\n]{{0,80}})?"
    r"\n\s*[“\"]"
)


#: The end of a testimony heading: the line break before a paragraph opening with a quotation
#: mark (the tail of ``_TESTIMONY_HEADING_RE``), found from the first line break.
_BEFORE_QUOTE_LINE_RE = re.compile(r"\n\s*[“\"]")


def _testimony_headings(text: str) -> Iterator[re.Match[str]]:
    r"""``_TESTIMONY_HEADING_RE.finditer(text)``, trying only the lines right before a line
    opening with a quotation mark. A heading is one line (nothing in it matches a line
    break) and the line break ending it opens the tail ``\n\s*[“"]``; a scan for that tail
    finds it there, as its leftmost line break, so the lines tried include every heading."""
    newlines = (text.rfind("\n", 0, tail.start()) for tail in _BEFORE_QUOTE_LINE_RE.finditer(text))
    return _TESTIMONY_HEADING_RE.finditer_at(text, newlines)


#: A name alone on its line, then a paragraph opening with one of its words: a profile's
#: heading ("Samuel Otieno Were" over "Samuel, 67, was a watchman …"). The whole line is the
#: name, whatever its words ("Were" is a surname there).
_PROFILE_HEADING_RE = LinePattern(
    rf"[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}})[ \t]*\n[ \t]*\n?[ \t]*"
    rf"(?P<next>{_NAME_WORD})(?=[ \t,’'])"
)


def _profile_headings(text: str, directory: ActorDirectory) -> list[_Hit]:
    """People named by a profile's heading (see ``_PROFILE_HEADING_RE``) whose first two words
    read as a person's name."""
    hits: list[_Hit] = []
    for heading in _PROFILE_HEADING_RE.finditer(text):
        words = heading.group("name").split()
        if heading.group("next") in words and _is_person_name(words[:2]):
            name = heading.group("name")
            hits.append(_Hit(heading.start("name"), heading.end("name"), "person", directory.resolve(name),
                             new_name=name, new_kind="person", contextual=True))
    return hits


#: A byline: "By" and one or two full names on a line of their own, perhaps with a desk or a
#: title after ("By Ana Ruiz and Tom Reed", "By Marc Webb | Business Desk").
_BYLINE_RE = LinePattern(
    rf"[ \t]*By[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}})"
    rf"(?:[ \t]+and[ \t]+(?P<second>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}}))?[ \t]*"
    r"(?:[|,–—][^\n]{0,60})?(?=\n|\Z)"
)


#: A name after a colon, credited by the label before it ("Presenter: Sunita Karlsson-Mbatha",
#: "Host: Dr Ian Roe"). The pattern opens on the colon, which ``re`` skips ahead to; the label
#: is then read from the word before it (``_CREDIT_LABELS``).
_CREDITED_NAME_RE = re.compile(
    rf":[ \t]+(?P<title>(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Justice|Lord|Lady)\.?[ \t]+){{0,2}})"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{0,3}})"
)
_CREDIT_LABELS = frozenset(
    "presenter presenters host hosts presented hosted reporter reporters producer producers editor "
    "interviewer moderator anchor narrator guest guests enquiries inquiries contact contacts judge".split()
)


def _credited_names(text: str) -> list[tuple[int, int]]:
    """Names a credit label gives ("Presenter: Sunita Karlsson-Mbatha")."""
    found = []
    for credited in _CREDITED_NAME_RE.finditer(text):
        label = text[max(0, credited.start() - 12) : credited.start()].split()
        # one word only after a title: "Judge: Mrs Justice Okonjo-Barrett"
        one_word = " " not in credited.group("name")
        if label and label[-1].lower() in _CREDIT_LABELS and not (one_word and not credited.group("title")):
            found.append((credited.start("name"), credited.end("name")))
    return found


#: A letter's or a quotation's signature: a dash after the closing quotation mark, or opening
#: its line, then a full name and perhaps where the writer lives, to the end of the line
#: ("‘… Thank you all.’ – Beryl Oakes, Mill Lane"). The pattern opens on the dash.
_SIGNATURE_RE = re.compile(
    rf"[–—](?:(?<=[’”\"'\n][ \t][–—])|(?<=\n[–—]))[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}})"
    r"(?:,[^\n]{0,40})?(?=\n|\Z)"
)


#: A letter's signature on a paragraph of its own: a full name, a comma and where the writer
#: lives or what they are, to the end of the paragraph ("Margaret Trevanion-Hale, Trelleck";
#: "Derek Polglase, chair, Dunmere Patients' Forum"). Opens on the blank line, a literal.
_SIGN_OFF_RE = re.compile(
    r"\n\n(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Cllr|Rev)\.?[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{1,3}}),[ \t]+[^\n.!?]{{1,60}}(?=\n\n|\n?\Z)"
)


def _signed_names(text: str) -> list[tuple[int, int]]:
    """Names signing a letter or a quotation (:data:`_SIGNATURE_RE`, matched only where
    ``str.find`` finds a dash, as most texts have few; :data:`_SIGN_OFF_RE`)."""
    spans: list[tuple[int, int]] = [signed.span("name") for signed in _SIGN_OFF_RE.finditer(text)]
    for dash in ("–", "—"):
        at = text.find(dash)
        while at >= 0:
            signed = _SIGNATURE_RE.match(text, at)
            if signed is not None:
                spans.append(signed.span("name"))
            at = text.find(dash, at + 1)
    return spans


#: Right after a name: an age between commas ("Desmond Okoro, 58, …", "…, now 81, …"): a person.
_AGE_AFTER_RE = re.compile(r",[ \t]+(?:now[ \t]+|aged[ \t]+)?\d{1,3},")


#: Right after a name: a possessive before a lawyer or a relative, which only people have
#: ("Jonas Eriksen's lawyer said"; an organisation has spokesmen and offices too).
_POSSESSIVE_ROLE_RE = re.compile(
    rf"[{_APOSTROPHES}]s[ \t]+(?:lawyers?|attorneys?|solicitors?|counsel|family|wife|husband|widow|widower"
    r"|son|daughter|mother|father|brother|sister|children|parents|relatives|friends?)\b"
)


#: ``_POSSESSIVE_ROLE_RE`` once per apostrophe, led by it and the "s": ``re`` skips ahead to
#: a literal several times faster than it tests a class at every character. A match holds
#: one apostrophe, at its start, so the scans' matches never overlap, and together (sorted)
#: they are the class-led pattern's.
_POSSESSIVE_ROLE_LED = tuple(
    (apostrophe + "s", re.compile(re.escape(apostrophe) + _POSSESSIVE_ROLE_RE.pattern[len(f"[{_APOSTROPHES}]") :]))
    for apostrophe in _APOSTROPHES
)
assert _POSSESSIVE_ROLE_RE.pattern.startswith(f"[{_APOSTROPHES}]s")


_LIST_GAP_RE = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _person_hits(text: str, directory: ActorDirectory, triggers: _Triggers, sequences: list[re.Match[str]]) -> list[_Hit]:
    """Full names that are people by the words around them, even with no reporting verb:

    an office or role before ("UN Secretary-General Ban Ki-moon", "Iranian dissident Ehsan
    Qaraee"), an appositive after ("Gholamreza Khosravi, an activist of …", "Abdolreza
    Rahmanifazli, Interior Minister"), "written by Sam Stevenson", lists of three or more full
    names ("Ali Saremi, Jafar Kazemi, Mohammad-Ali Haj-Aghaie"), and testimony headings (a name
    alone on its line before a quotation). Two to four name-like words each; known actors
    resolve as usual.
    """
    after: list[tuple[int, int]] = []  # the name follows its marker: take its first words
    before: list[tuple[int, int]] = []  # the name precedes it: take its last words
    appositive: list[tuple[int, int]] = []  # the same, before a comma and a role ("…, Prosecutor")
    after_office: list[tuple[int, int]] = []  # after a capitalised office ("Secretary-General …")
    for role in triggers.roles:
        word = role.group()
        if word not in _SINGULAR_ROLES and word not in _OFFICES:
            continue
        # A job opening a sentence is capitalised ("Manager Tomasz Wróblewski said"): as lowercase.
        lowercase = word[0].islower() or (word not in _OFFICES and _starts_sentence(text, role.start()))
        if lowercase or word in _OFFICES:
            end = role.end() + 7 if text.startswith("-in-law", role.end()) else role.end()  # "brother-in-law, Howard Lisle"
            following = _NAME_AFTER_RE.match(text, end)
            if following is not None:  # a capitalised office may be a headline's word ("Chief Knew …")
                (after if lowercase else after_office).append((following.start("name"), following.end("name")))
        preceding = _name_before_appositive(text, max(0, role.start() - 100), role.start())
        if preceding is not None:
            line_end = text.find("\n", role.end())
            rest = text[role.end() : line_end if line_end >= 0 else len(text)]
            # "…, Interior Minister" ends a caption; "…, Prosecutor Tells Court" runs on as a headline
            (appositive if any(ch.isalpha() for ch in rest) else before).append((preceding.start("name"), preceding.end("name")))
    hits: list[_Hit] = _relatives_named_once(text, directory, triggers.roles)
    for by in triggers.by:
        following = _NAME_AFTER_RE.match(text, by.end())
        if following is not None:
            after.append((following.start("name"), following.end("name")))
    before += _listed_names(text, sequences)
    mid_sentence = _mid_sentence_names(text, sequences) + _names_whose_surname_recurs(text, sequences)
    mid_sentence += _names_between_commas(text, sequences)
    organisations: list[_Hit] = []
    for heading in _testimony_headings(text):
        if heading.group("name").split()[0] not in _TITLE_SET:
            after.append((heading.start("name"), heading.end("name")))
        affiliation = heading.group("affiliation")
        if affiliation is not None and _names_a_body(affiliation.split()):
            start = heading.start("affiliation") + len(affiliation) - len(affiliation.lstrip())
            name = affiliation.strip()
            organisations.append(
                _Hit(start, start + len(name), "organisation", directory.resolve(name), new_name=name, new_kind="organisation")
            )
    after += _named_by_what_follows(text, sequences, triggers.who) + _names_with_affiliation(text, sequences)
    for byline in _BYLINE_RE.finditer(text):
        after += [(byline.start(group), byline.end(group)) for group in ("name", "second") if byline.group(group)]
    credited = _credited_names(text)
    after += [span for span in credited if " " in text[span[0] : span[1]]] + _signed_names(text)
    for start, end in credited:
        if " " not in text[start:end]:  # "Judge: Mrs Justice Okonjo-Barrett": a surname after titles
            name = text[start:end]
            hits.append(_Hit(start, end, "person", directory.resolve(name), new_name=name, new_kind="person", contextual=True))
    hits += organisations + _profile_headings(text, directory)
    for spans, from_end in ((after, False), (before, True), (after_office, False), (appositive, True), (mid_sentence, False)):
        for start, end in spans:
            start = _past_portfolio(text, start, end)  # "Minister of Trade Ana Silva"
            words = _trim_name(text[start:end].split())
            run: list[str] = []
            for word in reversed(words) if from_end else words:
                if len(run) == 4 or not _is_person_name([word]):
                    break
                run.append(word)
            if from_end:
                run.reverse()
            span = None if len(run) < 2 else _tail_span(text, end, run) if from_end else _head_span(text, start, run)
            if span is not None:
                name = text[span[0] : span[1]]
                hits.append(
                    _Hit(*span, "person", directory.resolve(name), new_name=name, new_kind="person", contextual=True,
                         weak=spans is mid_sentence or spans is appositive or spans is after_office)
                )
    return hits


#: Relatives, named by their given name alone after a possessive ("whose brother Daniel").
_RELATIVE_NOUNS = frozenset(
    """brother sister son daughter husband wife mother father cousin uncle aunt nephew niece
    grandson granddaughter grandmother grandfather youngest eldest""".split()
)


_POSSESSIVE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|[Yy]our)[ \t]+"
    r"(?:(?:little|baby|big|younger|older|elder|late|twin|only)[ \t]+)?\Z"
)


#: A given name (and perhaps a surname) after a relative noun ("my cousin Ilyas", "My
#: youngest, Timur,"), then punctuation or a verb.
_RELATIVE_NAME_RE = re.compile(rf",?[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)(?=[,.;:)!?]|[ \t]+[a-z“\"‘])")


def _relatives_named_once(text: str, directory: ActorDirectory, roles: list[re.Match[str]]) -> list[_Hit]:
    """People named once, by their given name, as someone's relative ("whose brother Daniel,
    31, has not been seen", "her son Amir was", "my little brother Anvar died", "my youngest,
    Timur,"): testimony names the dead and missing so."""
    hits: list[_Hit] = []
    for role in roles:
        if role.group() not in _RELATIVE_NOUNS or _POSSESSIVE_BEFORE_RE.search(text, max(0, role.start() - 16), role.start()) is None:
            continue
        found = _RELATIVE_NAME_RE.match(text, role.end())
        if found is None or not _is_person_name(found.group("name").split()):
            continue
        name = found.group("name")
        hits.append(_Hit(found.start("name"), found.end("name"), "person", directory.resolve(name),
                         new_name=name, new_kind="person", contextual=True))
    return hits


def _names_a_body(words: list[str]) -> bool:
    """Whether the capitalised words after a testimony heading's name are an organisation's
    name ("Médecins du Nord", "Kessa Water Board") rather than a place ("Varza Town"): they
    hold a connector or an organisation's head word."""
    return any(word in _ORG_HEADS or word in ("du", "de", "des", "of", "for") for word in words)


def _named_by_what_follows(text: str, sequences: list[re.Match[str]], whos: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Two or three name-like words followed by an age between commas, by "who" or by a
    possessive before a lawyer or a relative ("Maureen Okafor, 67, …", "Tomas Brandt, who
    lives nearby", "Jonas Eriksen's lawyer"): only a person has any of them. The markers
    are found first (few), then the name run that ends right before each."""
    spans: list[tuple[int, int]] = []
    markers = [age.start() for age in _AGE_AFTER_RE.finditer(text)]
    markers += _possessive_role_starts(text)
    for who in whos:
        before = who.start() - 1
        if before > 0 and text[before] in " \t":
            markers.append(before - 1 if text[before - 1] == "," else before)
    for marker in markers:
        index = run_ending_at(sequences, marker)
        if index is None:
            continue
        match = sequences[index]
        words = match.group().split()
        if 2 <= len(words) <= 3 and _is_person_name(words):
            spans.append((match.start(), match.end()))
    return spans


def _possessive_role_starts(text: str) -> list[int]:
    """Where ``_POSSESSIVE_ROLE_RE`` matches in ``text``, in order (see ``_POSSESSIVE_ROLE_LED``)."""
    return sorted(owner.start() for lead, pattern in _POSSESSIVE_ROLE_LED if lead in text for owner in pattern.finditer(text))


#: Between a person's name and their organisation's: "… of the", "… at", "… from".
#: It opens on a literal space, which ``re`` skips ahead to; the word before is tested after.
_AFFILIATION_LINK_WORDS = ("of", "at", "from")
_AFFILIATION_LINK_TAIL = rf"[ \t]+(?:the[ \t]+)?(?=[{_UPPER}])"
_AFFILIATION_LINK_RE = re.compile(rf" (?:{'|'.join(_AFFILIATION_LINK_WORDS)}){_AFFILIATION_LINK_TAIL}")


#: ``_AFFILIATION_LINK_RE`` once per linking word, led by the space and the word: ``re``
#: then skips ahead to the few spaces before one, instead of trying the words at every space.
#: A match holds one linking word, right after its first character (then only spaces, tabs
#: and "the"), so no match of one word can open inside a match of another: together (sorted)
#: the scans' matches are the single pattern's.
_AFFILIATION_LINK_LED = tuple(re.compile(rf" {word}{_AFFILIATION_LINK_TAIL}") for word in _AFFILIATION_LINK_WORDS)


def _affiliation_links(text: str) -> list[re.Match[str]]:
    """``_AFFILIATION_LINK_RE.finditer(text)``, in order (see ``_AFFILIATION_LINK_LED``)."""
    return sorted((link for pattern in _AFFILIATION_LINK_LED for link in pattern.finditer(text)), key=re.Match.start)


_AND_RE = re.compile(r"[ \t]+and[ \t]+")


def _names_with_affiliation(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Full names followed by "of", "at" or "from" (after a comma or not) and an organisation's
    name, alone or two joined by "and" ("Tunde Adebayo of the Centre for Fiscal Studies", "Ahmed
    Karimi and Sara Lind of the Helsinki Committee", "Lars Oyelowo-Brandt, of the Institute for
    Fiscal Research"): people, named by where they work."""
    spans: list[tuple[int, int]] = []
    for link in _affiliation_links(text):  # few links, then the runs around each
        name_end = link.start() - 1 if text[link.start() - 1] == "," else link.start()
        if not text[name_end - 1].isalpha():
            continue
        index = run_ending_at(sequences, name_end)
        if index is None or index + 1 >= len(sequences):
            continue
        match = sequences[index]
        if link.end() != sequences[index + 1].start() or not _heads_a_body(text, sequences, index + 1):
            continue
        people = [match]
        if index > 0 and _AND_RE.fullmatch(text, sequences[index - 1].end(), match.start()):
            people.insert(0, sequences[index - 1])
        spans += [(m.start(), m.end()) for m in people if 2 <= len(m.group().split()) <= 3 and _is_person_name(m.group().split())]
    return spans


#: A plural possessive inside a body's name: "Hollinsford Landlords’ Association".
_PLURAL_POSSESSIVE_GAP_RE = re.compile(rf"(?<=s)[{_APOSTROPHES}][ \t]+")


def _heads_a_body(text: str, sequences: list[re.Match[str]], index: int) -> bool:
    """Whether the capitalised run at ``index``, or it and the next across a plural
    possessive, holds an organisation's head word."""
    if not _ORG_HEADS.isdisjoint(sequences[index].group().split()):
        return True
    following = sequences[index + 1] if index + 1 < len(sequences) else None
    return (
        following is not None
        and _PLURAL_POSSESSIVE_GAP_RE.fullmatch(text, sequences[index].end(), following.start()) is not None
        and not _ORG_HEADS.isdisjoint(following.group().split())
    )


#: The word before a mid-sentence name: lowercase, and not a preposition that takes places.
_WORD_BEFORE_RE = re.compile(rf"([a-z](?<![\w{_APOSTROPHES}{_HYPHEN}].)[a-z]*)[ \t]+\Z")


_PLACE_PREPOSITIONS = frozenset(
    """in at from to near into across outside inside around through via of on the a an this
    that these those his her its their our your my new""".split()
)


_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")


def _verb_like(word: str) -> bool:
    """Whether a lowercase word after a name may be its verb ("fled", "says", "was", "who")."""
    return word in _STOP_VERBS or word in _RELATIVES or word.endswith(("ed", "s")) or word in _AUX_WORDS


def _mid_sentence_names(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Two or three capitalised name-like words after a lowercase word ("economist Ana Ruiz",
    "met Tom Reed"), followed by punctuation or a verb-like word: mid-sentence, capitals mark a name, and two of them with no organisation
    or place word are a person's. After "in", "at", "from" … they are more often a place, and
    after "the", "its" … a thing ("the Death Penalty")."""
    spans: list[tuple[int, int]] = []
    for match in sequences:
        start = match.start()
        if start < 2 or not text[start - 2].islower():  # cheap test first: "x Name"
            continue
        words = match.group().split()
        if not 2 <= len(words) <= 3 or not _is_person_name(words) or any(w in _PARTICLE_WORDS for w in words):
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
        if before is None or before.group(1) in _PLACE_PREPOSITIONS or before.group(1) in KIND_NOUNS or before.group(1) in _VESSEL_NOUNS:
            continue  # "the agency Interpress Sud": a body's name, found as one; "the ferry Santa Irene": a ship
        end = match.end()
        if end < len(text) and text[end] in _HYPHEN_CHARS:
            continue
        after = _WORD_AFTER_RE.match(text, end)
        if after is not None and not _verb_like(after.group(1)):
            continue  # "… and Ballistic Missiles program": capitalised words modifying a noun
        spans.append((match.start(), end))
    return spans


#: After a name between commas: the verb its sentence goes on with ("…, Leila Dovran, was").
_COMMA_THEN_WORD_RE = re.compile(r",[ \t]+([a-z]+)\b")


def _names_between_commas(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Two or three name-like words set off by commas after a lowercase word (or a bracket) and
    followed by a verb ("The youngest, Leila Dovran, was four months old"; "its founder, Tomas Brandt, said"):
    an appositive naming whom the words before describe."""
    spans: list[tuple[int, int]] = []
    for match in sequences:
        start = match.start()
        # cheap test first; a defined acronym may close the description ("… Union (RMTU), Declan Oyelaran,")
        if start < 3 or text[start - 2] != "," or not (text[start - 3].islower() or text[start - 3] == ")"):
            continue
        words = match.group().split()
        if not 2 <= len(words) <= 3 or not _is_person_name(words) or _reads_as_common_words(words):
            continue
        after = _COMMA_THEN_WORD_RE.match(text, match.end())
        if (after is not None and _verb_like(after.group(1))) or _described_by_role(text, start - 2):
            spans.append((start, match.end()))
    return spans


def _described_by_role(text: str, comma: int) -> bool:
    """Whether the words before ``comma`` (back to the clause's start, at most eight words)
    hold a person's role: "cross-examined by counsel for the police, Harriet Osei-Lindgren, at
    2pm" names the counsel, whatever follows."""
    clause = text[max(0, comma - 60) : comma]
    words = re.split(r"[^\w'’-]+", clause[max(clause.rfind(","), clause.rfind("."), clause.rfind(";")) + 1 :])
    return any(word in _SINGULAR_ROLES for word in words[-8:])


def _names_whose_surname_recurs(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Two or three name-like words whose last word the text also uses alone ("Dana Whitlock
    … Whitlock argues"): news style names a person in full once, then by surname, wherever
    the full name stood (sentence start, after "of", in a list). Places and bodies are rarely
    shortened to their last word, and those that are ("Port Elwin … Elwin") are caught by the
    word lists of :func:`_is_person_name`."""
    groups = [match.group() for match in sequences]
    alone = {group for group in groups if " " not in group}
    # A surname two given names share is a family's ("Samir Halvani", "Maya Halvani"): as
    # good as the surname alone.
    firsts_by_last: dict[str, set[str]] = {}
    for group in groups:
        words = group.split()
        if len(words) == 2:
            firsts_by_last.setdefault(words[1], set()).add(words[0])
    alone |= {last for last, firsts in firsts_by_last.items() if len(firsts) >= 2}
    if not alone:
        return []
    candidates: list[tuple[re.Match[str], list[str]]] = []
    for match, group in zip(sequences, groups):
        if " " in group and group[group.rindex(" ") + 1 :] in alone:
            words = group.split()
            if len(words) <= 3:
                candidates.append((match, words))
    # surname → the given names it follows in the text's two-word names
    named_in_full: dict[str, set[str]] = {}
    for _, words in candidates:
        if len(words) == 2:
            named_in_full.setdefault(words[1], set()).add(words[0])
    lowercase: dict[str, bool] = {}  # memo of _written_in_lowercase
    spans: list[tuple[int, int]] = []
    for match, words in candidates:
        start = match.start()
        given = named_in_full.get(words[-1], set())
        if (len(words) == 3 or (given and given != {words[0]})) and _starts_sentence(text, start):
            if len(words) == 2 and words[0] not in lowercase:
                lowercase[words[0]] = _written_in_lowercase(text, words[0])
            if len(words) == 3 or lowercase[words[0]]:
                # "Later Tomas Brandt called": a capitalised opener is likelier than a middle
                # name; "Sprinter Mensah-Lund banned …" beside "Kofi Mensah-Lund": a noun the
                # text also writes in lowercase, before the surname of someone it names in full
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
        if _is_person_name(words) and not _reads_as_common_words(words):
            spans.append((start, match.end()))
    return spans


def _written_in_lowercase(text: str, word: str) -> bool:
    """Whether ``text`` also writes the capitalised ``word`` in lowercase, as a common noun."""
    lower = word.lower()
    if lower == word:
        return False
    at = text.find(lower)
    while at >= 0:  # str.find, then the word's edges: far faster than a search with a lookbehind
        end = at + len(lower)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(lower, end)
    return False


#: Endings of abstract nouns, never a surname ("Growing Awareness", "Public Consultation").
_ABSTRACT_ENDINGS = ("ness", "tion", "sion", "ment", "ity", "ism")


def _reads_as_common_words(words: list[str]) -> bool:
    """Capitalised common words, as in a section heading: a particle, a gerund before the
    surname ("Growing Awareness"; short given names such as "Jing" excepted), an abstract noun."""
    return (
        any(w in _PARTICLE_WORDS or w.endswith(_ABSTRACT_ENDINGS) for w in words)
        or (len(words[0]) > 5 and words[0].endswith("ing"))
    )


def _listed_names(text: str, sequences: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Capitalised sequences forming a list of three or more full names, comma-separated.

    A list is a run of sequences each a list gap (``_LIST_GAP_RE``) after the one before.
    Whether each pair is one gap apart is tested by ``map`` in C, then ``groupby`` gives the
    runs of joined pairs, few: a loop over every sequence in Python costs more than the tests."""
    spans: list[tuple[int, int]] = []
    # joined[i]: whether sequences[i + 1] is one list gap after sequences[i]
    joined = map(bool, map(_LIST_GAP_RE.fullmatch, repeat(text), map(re.Match.end, sequences), map(re.Match.start, sequences[1:])))
    index = 0
    for joins, pairs in groupby(joined):
        count = sum(1 for _ in pairs)
        if joins and count >= 2:  # count + 1 >= 3 sequences, one list
            group = sequences[index : index + count + 1]
            if all(" " in m.group() and _is_person_name(m.group().split()) for m in group):
                spans.extend((m.start(), m.end()) for m in group)
        index += count
    return spans
