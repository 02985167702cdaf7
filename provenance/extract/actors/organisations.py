"""Organisations by their head word ("… Union", "Ministry of …"), union locals, and the
one-word bodies that speak ("Greenpeace said").
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.hits import _Hit
from provenance.extract.actors.names import (
    _full_name_elsewhere,
    _is_person_name,
    _surname_after_elsewhere,
)
from provenance.extract.actors.resolution import Resolution
from provenance.extract.actors.roster import KnownActor, match_key
from provenance.extract.actors.text import (
    LinePattern,
    TextScan,
    capital_words,
    lines_holding,
    run_ending_at,
)
from provenance.extract.actors.vocabulary import (
    _APOSTROPHES,
    _CLUB_SUFFIXES,
    _COMPANY_WORDS,
    _DAYS,
    _FUNCTION_WORDS,
    _MONTHS,
    _NAME_SEQ_RE,
    _NAME_WORD,
    _NEWSPAPER_WORDS,
    _NOT_NAME,
    _ORG_HEADS,
    _PREFIX_HEADS,
    _ROLE_WORDS,
    _TITLE_SET,
    _TRAILING_NOT_NAME,
    _UPPER,
)

_ORG_FIRST_HEADS = frozenset(
    """Ministry Department Office Bureau University Bank Court Council Union Federation Association
    Institute Organization Organisation Commission Committee Agency Church Party League Society
    Board Authority Academy College Centre Center Coalition Alliance Front Chamber Tribunal Group
    Programme Program Corps Museum Foundation Fund Trust Movement Network Service Secretariat
    Directorate Observatory Library Archives Institution Assembly Parliament Congress Mission
    Embassy Consortium""".split()
)


#: Words that say nothing about which body is meant: "Death Committee", "City Council" and
#: "Supreme National Security Council" are descriptions, not names, unless known.
_GENERIC_ORG_WORDS = frozenset(
    """The A An Death Supreme National Security City State Central High General Special Joint
    Executive Regional Local Provincial Federal Municipal Town County District Main Top New Old
    Higher Lower Upper Grand Great Permanent Interim Temporary Standing Select Three Five Armed""".split()
)


#: Bodies a state (or the UN) has one of, named by a generic word and their head alone.
_ONE_PER_STATE_LEADS = frozenset({"National", "General"})
_ONE_PER_STATE_HEADS = frozenset({"Assembly", "Archives", "Library", "Gallery", "Guard", "Congress", "Museum"})


#: Words before which no organisation's name starts: offices and titles ("Secretary of the …").
_ORG_BREAK_WORDS = (_ROLE_WORDS | _TITLE_SET) - {"Interior", "Foreign", "Defence", "Defense", "State", "Supreme", "Prime"}


#: What may join two capitalised runs of one name: a connector ("Ministry of Health and Social
#: Affairs", "Working Group on Enforced or Involuntary Disappearances", "Médecins du Nord"), or
#: nothing but a space where a run stopped at its word limit.
_ORG_CONNECTOR_RE = re.compile(r"[ \t]+(?:(?:of|for|and|or|on|&|de|du|des|of the|for the|on the)[ \t]+)?|(?<=s)['’][ \t]+")


#: Lowercase words that link the parts of one organisation's name.
_LINK_WORDS = frozenset(("of", "for", "and", "or", "on", "&", "de", "du", "des", "the"))


#: Prefixes of a club's name that the club is named without ("Brennholt" for "FC Brennholt").
_CLUB_PREFIXES = _PREFIX_HEADS - {"Radio", "Television", "TV"}


#: The "not inside a word" test goes after the capital, so that ``re`` skips ahead to each "L"
#: instead of testing the lookbehind at every position of the text.
_UNION_LOCAL_RE = re.compile(r"L(?<![\w].)ocal[ \t]+\d{1,5}(?![\w])")


def _organisation_hits(
    text: str,
    directory: ActorDirectory,
    sequences: list[re.Match[str]],
    kinds: list[re.Match[str]],
    roles: list[re.Match[str]],
) -> list[_Hit]:
    """Capitalised names that are organisations by their head word: "… Union", "… Ministry",
    "Ministry of …", "… Watch", "… Times"; union branches ("Local 512"); names after a kind
    noun ("the charity …") or an employee "at" them ("an analyst at …"). Names made only of
    generic words ("Death Committee", "City Council") are left out unless known."""
    hits: list[_Hit] = []
    settled = 0  # runs before this index are done
    for head in [i for i, sequence in enumerate(sequences) if _has_org_head(sequence.group())]:
        if head < settled:
            continue  # joined to a run already done
        first = head
        while first > settled and _joined(text, directory, sequences[first - 1], sequences[first]):
            first -= 1
        last = head
        while last + 1 < len(sequences) and _joined(text, directory, sequences[last], sequences[last + 1]):
            last += 1
        settled = last + 1
        hits += _run_hits(text, directory, sequences[first].start(), sequences[last].end())
    hits += _named_by_kind(text, directory, kinds) + _named_before_kind(text, directory, kinds, sequences)
    hits += _employer_hits(text, directory, roles) + _employer_before_job_hits(text, directory, roles, sequences)
    hits += _station_hits(text, directory, sequences) + _dateline_agency_hits(text, directory)
    hits += _ampersand_firm_hits(text, directory, sequences) + _masthead_hits(text, directory)
    # first, so that a party wins over the same words read as a headline's capitals
    hits[:0] = _case_name_hits(text, directory)
    for match in _UNION_LOCAL_RE.finditer(text):
        name = match.group()
        resolution = directory.resolve(name)
        hits.append(_Hit(match.start(), match.end(), "organisation", resolution, new_name=name, new_kind="organisation"))
    return hits


#: The first line of a text in capitals, two to five words, perhaps before "|" or a dash and a
#: section ("HARBOUR REVIEW | The Saturday Interview", "CARRICK VALE BULLETIN").
_MASTHEAD_RE = re.compile(rf"\s*(?P<name>[{_UPPER}][{_UPPER}'’\-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’\-]+){{1,4}})[ \t]*(?:[|–—-][^\n]*)?(?:\n|\Z)")


#: A line right under a masthead that is a name and nothing else ("Fundación Memoria Viva").
_MASTHEAD_OTHER_NAME_RE = re.compile(rf"[ \t]*(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:de|del|la|für|van|of)[ \t]+)?{_NAME_WORD}){{1,4}})[ \t]*\n")


#: First words of a section's heading in capitals, not of a masthead: "BREAKING NEWS",
#: "WORLD NEWS", "LIVE UPDATES".
_SECTION_WORDS = frozenset("Breaking Latest Local World National International Business Sport Sports Top Live".split())


def _masthead_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """A newsletter's, paper's or foundation's name in capitals atop its own text ("LIVING
    MEMORY FOUNDATION"): an organisation when its last word is a body's head word."""
    masthead = _MASTHEAD_RE.match(text)
    if masthead is None:
        return []
    start, end = masthead.span("name")
    if text.startswith("THE ", start):  # "THE CARRICK VALE BULLETIN": the name after it
        start += 4
    name = " ".join(word.title() for word in text[start:end].split())
    if " " not in name or name.split()[-1] not in _ORG_HEADS or name.split()[0] in _SECTION_WORDS:
        return []
    hits = [_Hit(start, end, "organisation", directory.resolve(name), new_name=name, new_kind="organisation")]
    other = _MASTHEAD_OTHER_NAME_RE.match(text, masthead.end())
    if other is not None and _has_org_head(other.group("name")):
        # "LIVING MEMORY FOUNDATION / Fundación Memoria Viva": its name in another language
        x, y = other.span("name")
        hits.append(_Hit(x, y, "definition", directory.resolve(name), new_name=name, new_kind="organisation",
                         new_aliases=(other.group("name"),)))
    return hits


#: A case's name on a line of its own: "Hallam Vale Football Club Ltd v Dunford Metropolitan
#: Borough Council". Tried only on lines holding " v".
_CASE_NAME_RE = LinePattern(
    rf"(?P<a>{_NAME_WORD}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*{_NAME_WORD}){{0,7}})[ \t]+(?:v|v\.|vs|vs\.)[ \t]+"
    rf"(?P<b>{_NAME_WORD}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*{_NAME_WORD}){{0,7}})[ \t]*(?=\n|\Z)"
)


def _case_name_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """The parties of a case named on its own line, each an organisation by its head word
    (a person as a party, "R v Okafor", is left to the other detectors)."""
    hits: list[_Hit] = []
    for case in _CASE_NAME_RE.finditer_at(text, lines_holding(text, " v")):
        for side in ("a", "b"):
            # a party, not a headline's capitals: it stands even if named nowhere else
            hits += [replace(hit, weak=False) for hit in _run_hits(text, directory, case.start(side), case.end(side))]
    return hits


def _ampersand_firm_hits(text: str, directory: ActorDirectory, sequences: list[re.Match[str]]) -> list[_Hit]:
    """Two names joined by an ampersand, a firm's way of writing its partners ("Castell & Moyo",
    "Marks & Spencer"): an organisation. People are never written so."""
    hits: list[_Hit] = []
    at = text.find(" & ")
    while at >= 0:
        index = run_ending_at(sequences, at)
        if index is not None and index + 1 < len(sequences) and sequences[index + 1].start() == at + 3:
            left, right = sequences[index], sequences[index + 1]
            if " " not in left.group() and " " not in right.group():
                name = text[left.start() : right.end()]
                hits.append(_Hit(left.start(), right.end(), "organisation", directory.resolve(name), new_name=name, new_kind="organisation"))
        at = text.find(" & ", at + 3)
    return hits


#: A wire story's dateline: a place in capitals, perhaps a date, and the agency in brackets
#: before a dash ("NAIROBI, May 4 (Reuters) -", "GENEVA (AFP) –").
_DATELINE_AGENCY_RE = LinePattern(
    rf"[ \t]*[{_UPPER}][{_UPPER}'’.\- ]+(?:,[ \t]+[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}})?[ \t]+"
    rf"\((?P<agency>[{_UPPER}][^()\n]{{0,40}})\)[ \t]*[-–—]"
)


def _dateline_agency_hits(text: str, directory: ActorDirectory) -> list[_Hit]:
    """The news agency that filed a story, named in its dateline: an organisation."""
    hits: list[_Hit] = []
    for dateline in _DATELINE_AGENCY_RE.finditer(text):
        name = dateline.group("agency").strip()
        start = dateline.start("agency")
        hits.append(_Hit(start, start + len(name), "organisation", directory.resolve(name), new_name=name, new_kind="organisation"))
    return hits


#: A radio station's frequency after its name: "Metro Talk 94.2", "Kiss 100 FM". The pattern
#: opens on the decimal point or the "FM", literals ``re`` skips ahead to; the space and the
#: digits before are tested after.
_FREQUENCY_RE = re.compile(r"\.(?<=\d\d\.)\d(?![\w.])")
_FM_RE = re.compile(r"FM(?<=\d[ \t]FM|\d\dFM)(?![\w])")
_FREQUENCY_START_RE = re.compile(r"[ \t]\d{2,3}(?:\.\d)?[ \t]*\Z")


def _station_hits(text: str, directory: ActorDirectory, sequences: list[re.Match[str]]) -> list[_Hit]:
    """Radio stations named with their frequency ("the phone-in on Metro Talk 94.2"): the
    name with it, and without it as the name the station goes by afterwards."""
    hits: list[_Hit] = []
    frequencies = list(_FREQUENCY_RE.finditer(text)) + (list(_FM_RE.finditer(text)) if "FM" in text else [])
    for frequency in frequencies:  # rare: then the run right before
        opening = _FREQUENCY_START_RE.search(text, max(0, frequency.start() - 6), frequency.start())
        if opening is None:
            continue
        number_start, number_end = opening.start(), frequency.end()
        index = run_ending_at(sequences, number_start)
        if index is None:
            continue
        words = sequences[index].group().split()
        while words and words[0] in _FUNCTION_WORDS:
            words = words[1:]
        if not words or words[0] in _NOT_NAME:
            continue
        own = " ".join(words)
        start = number_start - len(own)
        if not text.startswith(own, start):
            continue
        name = text[start:number_end]
        hits.append(_Hit(start, number_end, "organisation", directory.resolve(name), new_name=name,
                         new_kind="organisation", new_aliases=(own,)))
    return hits


@functools.lru_cache(maxsize=16384)
def _has_org_head(run: str) -> bool:
    """Whether a capitalised run holds an organisation's head word; memoised, as runs recur.
    Only joined runs holding one can name an organisation by its head word."""
    return not _ORG_HEADS.isdisjoint(run.split())


#: An office holder's office, named with a possessive: "the Supreme Prosecutor’s Office", "the
#: Attorney General's Department". Other possessives ("Iran's Ministry of Justice") name
#: the owner and the body apart.
_OFFICE_HOLDERS = frozenset(
    """Prosecutor Prosecutors General Ombudsman Coroner Auditor Mayor Governor Registrar Sheriff
    Comptroller Chancellor Speaker Premier Commissioner President""".split()
)
_HOLDERS_OFFICES = frozenset(("Office", "Department", "Bureau", "Chambers"))
_SINGULAR_POSSESSIVE_RE = re.compile(r"['’]s[ \t]+")


def _office_of_holder(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether ``before`` and ``after`` are one name joined by an office holder's possessive."""
    return (
        _SINGULAR_POSSESSIVE_RE.fullmatch(text, before.end(), after.start()) is not None
        and before.group().rsplit(None, 1)[-1] in _OFFICE_HOLDERS
        and after.group().split(None, 1)[0] in _HOLDERS_OFFICES
    )


def _joined(text: str, directory: ActorDirectory, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether two capitalised runs are parts of one name: linked by "of", "for", "and" …
    ("Ministry of Health and Social Affairs"), only by a space, or by the dots of an acronym
    inside the name ("Office of the U.N. High Commissioner")."""
    if after.start() - before.end() > 9:
        return False
    if _ORG_CONNECTOR_RE.fullmatch(text, before.end(), after.start()) is None:
        return _dotted_letters(text, before, after) or _office_of_holder(text, before, after)
    if text.find(" or ", before.end() - 1, after.start() + 1) >= 0 and _has_org_head(before.group()):
        return False  # "the Health Ministry or Amnesty International": "or" inside a name joins its complements
    return not _two_names_and_ed(text, directory, before, after)


def _dotted_letters(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether ``before`` is one letter of a dotted acronym that ``after`` continues: "U" and
    "N" of "U.N.", or the acronym's last letter and the next word ("N" and "High" of "U.N.
    High"). Capitalised runs stop at the dots, which would cut the name there."""
    gap = text[before.end() : after.start()]
    last = before.end() - 1  # the run's last word is one letter: "U" of "The U"
    if gap not in (".", ". ") or (last > before.start() and not text[last - 1].isspace()):
        return False
    return gap == "." or (last > 0 and text[last - 1] == ".")


def _two_names_and_ed(text: str, directory: ActorDirectory, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether "and" between two capitalised runs joins two organisations, not two parts of
    one name: before it, two or more words that name a body on their own (a head word, or a
    known name), and a head word after ("Amnesty International and Human Rights Watch",
    "the Bar Association and Human Rights Watch"). One word before it is a part ("Brannock and
    Dene Health Authority"), and so are words naming nothing yet ("Clearwater Valley and Ridge
    Water Authority")."""
    if not _has_org_head(after.group()) or (
        text.find(" and ", before.end() - 1, after.start() + 1) < 0 and text.find(" or ", before.end() - 1, after.start() + 1) < 0
    ):
        return False
    words = [word for word in before.group().split() if word not in _FUNCTION_WORDS]
    return len(words) >= 2 and (_has_org_head(before.group()) or directory.resolve(" ".join(words)).actor is not None)


def _run_hits(text: str, directory: ActorDirectory, start: int, end: int) -> list[_Hit]:
    """The organisation a joined run ``text[start:end]`` holding a head word names, if any: by
    its head ("… Union", "Ministry of …"), else a generic state body tied to a place."""
    span = _organisation_span(text, start, end)
    if span is None:
        return _generic_body_hits(text, directory, start, end)
    if _HOUSE_NUMBER_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) is not None:
        return []  # "3 Kensington Court", "12 Union Street": an address
    exile = _IN_EXILE_RE.match(text, span[1])
    if exile is not None:  # "National Council in Exile": a government or council abroad
        span = (span[0], exile.end())
    dotted = _DOTTED_ACRONYM_BEFORE_RE.search(text, max(0, span[0] - 12), span[0])
    if dotted is not None and _known_organisation(directory, dotted.group("acronym")) is not None:
        span = (dotted.start("acronym"), span[1])  # "U.N. Office for …", as "UN Human Rights Council"
    ordinal = _ORDINAL_BEFORE_RE.search(text, max(0, span[0] - 8), span[0])
    if ordinal is not None:  # "the 7th Mountain Brigade", "the Third Coastal Rifles": part of a unit's name
        span = (ordinal.start(), span[1])
    name = text[span[0] : span[1]]
    qualified = _place_qualified(text, span, name) if name.split()[0] in _STATE_BODY_WORDS else None
    # A head with its complement ("Select Committee on Health and Social Affairs") is a
    # body's name even in a Title Case heading, where other capitals may be headline words.
    return [
        _Hit(*span, "organisation", _resolve_spelling_out(directory, qualified or name), new_name=qualified or name,
             new_kind="organisation", weak=not _head_with_complement(name))
    ]


def _head_with_complement(name: str) -> bool:
    """Whether a body's head word is followed by its complement in ``name`` ("Committee on
    Health", "Ministry of Justice", "League for Human Rights")."""
    return _complemented_head(name.split()) is not None


def _complemented_head(words: list[str]) -> str | None:
    """The first head word of ``words`` that a complement follows ("Committee" of "Committee on
    Displacement"), or None."""
    return next((word for word, after in zip(words, words[1:]) if word in _ORG_FIRST_HEADS and after in ("of", "for", "on")), None)


_LEADING_DOTTED_ACRONYM_RE = re.compile(r"(?P<acronym>(?:[A-Z]\.){2,4})[ \t]+(?P<rest>\S.*)")


def _resolve_spelling_out(directory: ActorDirectory, name: str) -> Resolution:
    """Resolve a name, and if no actor fits, with a leading dotted acronym of a known body
    spelled out ("U.N. Security Council" → "United Nations Security Council")."""
    resolution = directory.resolve(name)
    leading = _LEADING_DOTTED_ACRONYM_RE.fullmatch(name) if resolution.actor is None else None
    if leading is None:
        return resolution
    owner = _known_organisation(directory, leading.group("acronym"))
    if owner is not None:
        spelled = directory.resolve(f"{owner.name} {leading.group('rest')}")
        if spelled.actor is not None:
            return Resolution(name, spelled.actor, spelled.method, spelled.score)
    return resolution


_ORDINAL_BEFORE_RE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh|Twelfth)[ \t]+\Z"
)


_HOUSE_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,4}[A-Za-z]?,?[ \t]+\Z")


#: A dotted acronym right before a name: "U.N.", "E.U." (undotted ones are capitalised words
#: of the name's run already).
_DOTTED_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w.])(?P<acronym>(?:[A-Z]\.){2,4})[ \t]+\Z")


def _known_organisation(directory: ActorDirectory, acronym: str) -> KnownActor | None:
    """The known organisation an acronym, dotted or not, stands for ("U.N." → United Nations)."""
    owner = directory.resolve(acronym.replace(".", "")).actor
    return owner if owner is not None and owner.kind == "organisation" else None


_IN_EXILE_RE = re.compile(r"[ \t]+in[ \t]+Exile(?![\w])")


#: First words of a state body's name that say which office, not which state: "Interior
#: Ministry", "Foreign Ministry", "High Court".
_STATE_BODY_WORDS = frozenset(
    """Interior Foreign Defence Defense Finance Health Justice Education Home Supreme High Appeals
    Constitutional Federal National State City""".split()
)


_POSSESSIVE_PLACE_RE = re.compile(rf"(?<![\w])(?P<place>[{_UPPER}][a-z]+)['’]s[ \t]+\Z")


_IN_PLACE_RE = re.compile(rf"[ \t]+in[ \t]+(?P<place>[{_UPPER}][a-z]+(?:[ \t]+[{_UPPER}][a-z]+)?)\b(?![ \t]+[{_UPPER}])")


def _place_qualified(text: str, span: tuple[int, int], name: str) -> str | None:
    """The full name of a state body named by its office, from the place the text ties it to:
    "Kardania's Interior Ministry" → "Kardanian Interior Ministry" (the demonym as the text
    writes it, else the place + "n" for a name in "-a"), "the High Court in Port Elwin" → "Port
    Elwin High Court". None when the text names no place there."""
    before = _POSSESSIVE_PLACE_RE.search(text, max(0, span[0] - 30), span[0])
    if before is not None:
        demonym = _demonym(text, before.group("place"))
        return f"{demonym} {name}" if demonym is not None else None
    after = _IN_PLACE_RE.match(text, span[1])
    if after is not None and after.group("place").split()[0] not in _NOT_NAME:
        return f"{after.group('place')} {name}"
    return None


_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")


def _demonym(text: str, place: str) -> str | None:
    """The adjective of ``place`` ("Ostravian" of "Ostravia"), as the text writes it if it does."""
    stem = place[:-1] if place.endswith(("a", "e", "y")) else place
    for found in re.finditer(rf"(?<![\w]){re.escape(stem)}(?P<ending>[a-z]{{1,4}})(?![\w'’])", text):
        word = found.group()
        if word != place and word.endswith(_DEMONYM_ENDINGS):
            return word
    return place + "n" if place.endswith("a") else None


#: A known organisation's acronym right before a body's generic name: "the U.N. Security Council".
_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w.])(?P<acronym>(?:[A-Z]\.){2,4}|[A-Z]{2,5})[ \t]+\Z")


def _under_acronym(text: str, directory: ActorDirectory, start: int, end: int) -> list[_Hit]:
    """A generic body under a known organisation's acronym ("U.N. Security Council"), when the
    acronym's long form with it is a known name ("United Nations Security Council")."""
    words = text[start:end].split()
    while words and words[-1] not in _ORG_HEADS:
        words.pop()
    before = _ACRONYM_BEFORE_RE.search(text, max(0, start - 12), start) if words else None
    if before is None:
        return []
    owner = _known_organisation(directory, before.group("acronym"))
    if owner is None:
        return []
    name = " ".join(words)
    resolution = directory.resolve(f"{owner.name} {name}")
    if resolution.actor is None or not text.startswith(name, start):
        return []
    return [_Hit(before.start("acronym"), start + len(name), "organisation", resolution)]


def _generic_body_hits(text: str, directory: ActorDirectory, start: int, end: int) -> list[_Hit]:
    """A state body named only by generic words ("High Court", "Supreme Court") is a mention
    when the text ties it to a place: its name is then the place's ("Port Elwin High Court").
    A court is a mention even with no place: courts are named by their rank alone."""
    under = _under_acronym(text, directory, start, end)
    if under:
        return under
    words = text[start:end].split()
    while words and (words[0] in _FUNCTION_WORDS or words[0] in _ORG_BREAK_WORDS - _STATE_BODY_WORDS):
        words = words[1:]
    while words and words[-1] not in _ORG_HEADS:
        words = words[:-1]
    if len(words) != 2 or words[0] not in _STATE_BODY_WORDS:
        return []
    name = " ".join(words)
    first = text.find(name, start, end)
    if first < 0:
        return []
    span = (first, first + len(name))
    qualified = _place_qualified(text, span, name)
    if qualified is None and words[1] == "Court":
        qualified = name  # "the High Court's decision": a court is named by its rank alone
    if qualified is None:
        return []
    return [_Hit(*span, "organisation", directory.resolve(qualified), new_name=qualified, new_kind="organisation", weak=True)]


_KIND_GAP_RE = re.compile(r",?[ \t]+(?=[A-Z])")


#: "For the company, Marcus Feldmann KC said": who speaks for the body, not its name.
_FOR_THE_RE = re.compile(r"(?<![\w])[Ff]or[ \t]+the[ \t]+\Z")


def _named_by_kind(text: str, directory: ActorDirectory, kinds: list[re.Match[str]]) -> list[_Hit]:
    """Names right after a noun saying what kind of organisation they are ("the campaign group
    Coastline Now said", "The daily Morgenpost, which …"): organisations whatever their words.
    ``kinds`` are those nouns, found by the shared trigger pass."""
    hits: list[_Hit] = []
    for kind in kinds:
        gap = _KIND_GAP_RE.match(text, kind.end())
        if gap is not None and text[kind.end()] == "," and _FOR_THE_RE.search(text, max(0, kind.start() - 9), kind.start()):
            continue
        sequence = _NAME_SEQ_RE.match(text, gap.end()) if gap is not None else None
        if sequence is not None:
            hits += _kind_hit(text, directory, sequence)
    return hits


#: Between a body's name and the kind noun after it: "the Daily Nation newspaper", "the
#: Reuters news agency".
_BEFORE_KIND_GAP_RE = re.compile(r"[ \t]+(?:news[ \t]+|(?:state|private|local|national)[ \t]+)?\Z")


def _named_before_kind(text: str, directory: ActorDirectory, kinds: list[re.Match[str]], sequences: list[re.Match[str]]) -> list[_Hit]:
    """Names right before a noun saying what kind of organisation they are, after "the" ("the
    Daily Nation newspaper reported", "the Reuters news agency"): organisations."""
    hits: list[_Hit] = []
    for kind in kinds:
        if kind.group() == "club" or _KIND_GAP_RE.match(text, kind.end()):
            continue  # "the League Two club", "the Lisbon agency Interpress": a league, a place
        gap = _BEFORE_KIND_GAP_RE.search(text, max(0, kind.start() - 12), kind.start())
        if gap is None:
            continue
        index = run_ending_at(sequences, gap.start())
        if index is None:
            continue
        run = sequences[index].group()
        name = run[4:] if run.startswith("The ") else run
        if (name is run and text[max(0, gap.start() - len(run) - 4) : gap.start() - len(run)] != "the ") or not name:
            continue
        if name.split()[0] in _FUNCTION_WORDS or name in _DAYS or name in _MONTHS or _nationality(name):
            continue  # "the Sunday newspaper", "the British website": a day or a country, not a name
        if "-" in name or (" " not in name and _written_as_place(text, name)):
            continue  # "the Lisbon-based agency", "the Nairobi newspaper" beside "in Nairobi"
        start = gap.start() - len(name)
        hits.append(_Hit(start, gap.start(), "organisation", directory.resolve(name), new_name=name, new_kind="organisation"))
    return hits


_NATIONALITY_ENDINGS = ("ish", "ian", "yan", "ese", "ean", "can", "ic", "ni", "qi", "li", "ch", "ss", "ek", "ai", "sh")


def _nationality(name: str) -> bool:
    """Whether a one-word name reads as a nationality ("British", "Kenyan", "Israeli", "Dutch")."""
    return " " not in name and name.endswith(_NATIONALITY_ENDINGS) and name not in _ORG_HEADS


#: Jobs held at an organisation: "an analyst at Morland Baxter", "a surgeon at St Mary's".
_EMPLOYEE_NOUNS = frozenset(
    """analyst analysts economist economists researcher researchers scientist scientists engineer
    engineers lawyer lawyers professor executive executives manager director official officials
    spokesman spokeswoman spokesperson doctor doctors nurse nurses physician surgeon editor
    reporter correspondent columnist producer presenter investigator auditor""".split()
)


_AT_RE = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _employer_hits(text: str, directory: ActorDirectory, roles: list[re.Match[str]]) -> list[_Hit]:
    """The organisation an employee is "at": "an analyst at Morland Baxter" names a firm,
    whatever its words (a firm named after its founders reads like a person's name). A place
    ("a doctor at Karaj") is none."""
    hits: list[_Hit] = []
    for role in roles:
        if role.group() not in _EMPLOYEE_NOUNS:
            continue
        gap = _AT_RE.match(text, role.end())
        sequence = _NAME_SEQ_RE.match(text, gap.end()) if gap is not None else None
        if sequence is None or (" " not in sequence.group() and _written_as_place(text, sequence.group())):
            continue
        hits += _kind_hit(text, directory, sequence)
    return hits


#: Jobs named after where they are posted ("Reuters Jerusalem correspondent"), not only who employs them.
_POSTED_JOBS = frozenset(("correspondent", "reporter", "editor", "columnist", "producer", "presenter"))


#: After a job: the full name of who holds it ("… analyst Henry Obi").
_FULL_NAME_AFTER_RE = re.compile(rf"[ \t]+{_NAME_WORD}[ \t]+{_NAME_WORD}")


def _employer_before_job_hits(
    text: str, directory: ActorDirectory, roles: list[re.Match[str]], sequences: list[re.Match[str]]
) -> list[_Hit]:
    """The employer written before a job and a full name: "Goldman Sachs analyst Henry Obi",
    "White House spokesman Tom Reed". A place or a nationality ("Nairobi correspondent …",
    "Kenyan economist …") is none."""
    hits: list[_Hit] = []
    for role in roles:
        if role.group() not in _EMPLOYEE_NOUNS or role.group() in _POSTED_JOBS or _FULL_NAME_AFTER_RE.match(text, role.end()) is None:
            continue
        index = run_ending_at(sequences, role.start() - 1)
        if index is None or text[role.start() - 1] != " ":
            continue
        words = sequences[index].group().split()
        while words and words[0] in _FUNCTION_WORDS:
            words = words[1:]
        name = " ".join(words)
        if not words or words[0] in _NOT_NAME or words[-1] in _NOT_NAME or _nationality(name):
            continue
        if " " not in name and _written_as_place(text, name):
            continue
        start = role.start() - 1 - len(name)
        if text.startswith(name, start):
            hits.append(_Hit(start, start + len(name), "organisation", directory.resolve(name), new_name=name, new_kind="organisation"))
    return hits


def _kind_hit(text: str, directory: ActorDirectory, sequence: re.Match[str]) -> list[_Hit]:
    """The organisation a kind noun introduces: its capitalised words, without a date after."""
    words = sequence.group().split()
    while words and (words[-1] in _MONTHS or words[-1] in _DAYS):
        words.pop()
    if not words or words[0] in _NOT_NAME:
        return []
    start = sequence.start()
    name = " ".join(words)
    if not text.startswith(name, start):
        return []
    return [_Hit(start, start + len(name), "kind", directory.resolve(name), new_name=name, new_kind="organisation")]


def _organisation_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The organisation's name within the capitalised run ``text[start:end]``, if it has one."""
    within = _organisation_span_within(text[start:end])
    return None if within is None else (start + within[0], start + within[1])


@functools.lru_cache(maxsize=16384)
def _organisation_span_within(run: str) -> tuple[int, int] | None:
    """:func:`_organisation_span` as offsets within ``run``: a pure function of the run, so
    memoised (the same runs recur within and across documents)."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", run)]
    words = _after_person_or_role(words)
    words = _from_prefix_head(words)
    if len(words) < 2:
        return None
    last = _name_end(words)
    if last < 1:
        return None
    words = words[: last + 1]
    while words and (words[-1][0] in _LINK_WORDS or words[-1][0] in _TRAILING_NOT_NAME):
        words.pop()  # "Committee on Displacement on Tuesday": the day is not in the name
    if len(words) < 2 or not any(_says_which(words, i) for i in range(len(words))):
        return None
    return words[0][1], words[-1][2]


_Word = tuple[str, int, int]


def _one_per_state(words: list[_Word], index: int) -> bool:
    """Whether ``words[index]`` opens a body a state has one of ("General Assembly")."""
    return words[index][0] in _ONE_PER_STATE_LEADS and index + 1 < len(words) and words[index + 1][0] in _ONE_PER_STATE_HEADS


def _says_which(words: list[_Word], index: int) -> bool:
    """Whether the name's word at ``index`` says which body is meant: not a generic word nor a
    head word, except a sector word as a complement ("Ministry of Transport", "Department of
    Energy", where a company's "Halvorsen Transport" has its own name before it)."""
    word = words[index][0]
    if len(words) == 2 and index == 0 and _one_per_state(words, 0):
        return True  # "the National Assembly", "the General Assembly": there is one of them
    if word in _GENERIC_ORG_WORDS or not word[0].isupper():
        return False
    if word not in _ORG_HEADS:
        return True
    return word in _COMPANY_WORDS and index > 0 and words[index - 1][0] in _LINK_WORDS


def _after_person_or_role(words: list[_Word]) -> list[_Word]:
    """The words from where the organisation's name starts: after the last role, title or
    function word before its last head ("Secretary of the …", "The …"; "Riverton Council
    Deadlocks Over …" keeps its name), unless it follows a head that takes a complement (the "Commissioner" in "Office of the UN High Commissioner for Human Rights"),
    and after a leading person's name that "of" links to a part with a head ("Tunde Adebayo of
    the Centre for Fiscal Studies": a person, then their organisation)."""
    first_head = len(words)
    for i, (word, _, _) in enumerate(words):
        if word in _ORG_HEADS:
            first_head = i  # the last head, unless one that takes a complement comes first
            if word in _ORG_FIRST_HEADS and i + 1 < len(words) and words[i + 1][0] in ("of", "for"):
                break
    first = 0
    for i, (word, _, _) in enumerate(words[:first_head]):
        # "News" is page furniture alone, but a head inside a name ("Meridian News Service")
        if (word in _FUNCTION_WORDS and word not in _ORG_HEADS) or (word[0].islower() and i == first):
            first = i + 1
        elif word in _ORG_BREAK_WORDS and not _holder_possessive(words, i + 1) and not _one_per_state(words, i):
            first = i + 1  # but "Attorney General's Office" and "General Assembly" are one name
        elif i == first and "-" in word and word.rsplit("-", 1)[1][:1].islower():
            first = i + 1  # "Singapore-listed", "London-based": a description before the name
    words = words[first:]
    while True:
        link = next((i for i, (word, _, _) in enumerate(words) if word[0].islower() and word in _LINK_WORDS - {"and", "or"}), None)
        # "Tunde Adebayo of …", "Ahmed Karimi and Sara Lind of …": people, then their body
        if not link or words[link][0] != "of" or not _is_person_name([w for w, _, _ in words[:link] if w != "and"]):
            return words  # "Brannock and Dene Health Authority" is one name
        rest = link
        while rest < len(words) and words[rest][0] in _LINK_WORDS:
            rest += 1
        if _ORG_HEADS.isdisjoint(w for w, _, _ in words[rest:]):
            return words
        words = words[rest:]


def _holder_possessive(words: list[_Word], index: int) -> bool:
    """Whether ``words[index]`` is an office holder's possessive ("General's" in "Attorney
    General's Office"): the words before it belong to the office's name."""
    return index < len(words) and words[index][0][:-2] in _OFFICE_HOLDERS and words[index][0][-2:] in ("'s", "’s")


def _from_prefix_head(words: list[_Word]) -> list[_Word]:
    """The words from a prefix head that a link word comes before ("Speaking on Radio Tarrow"
    → "Radio Tarrow"): the broadcaster's or club's name starts there."""
    for i in range(1, len(words) - 1):
        if words[i][0] in _PREFIX_HEADS and words[i - 1][0] in _LINK_WORDS and words[i + 1][0][0].isupper():
            return words[i:]
    return words


def _name_end(words: list[_Word]) -> int:
    """The index of the name's last word: its last head word, or the run's end when a head
    that takes a complement is followed by "of", "for" or "on" ("Meridian Chamber of
    Commerce", "Committee on Displacement", "Federal Ministry of Finance") or when the name
    opens with a head that the name follows ("Radio Eastbridge", "FC Brennholt")."""
    if words[0][0] in _PREFIX_HEADS and len(words) > 1 and words[1][0][0].isupper():
        return len(words) - 1
    for i, (word, _, _) in enumerate(words[:-2]):
        if word in _ORG_FIRST_HEADS and words[i + 1][0] in ("of", "for", "on"):
            return len(words) - 1
    return max((i for i, (word, _, _) in enumerate(words) if word in _ORG_HEADS), default=-1)


#: Single capitalised words that speak but name no one: "Everyone said", "Management said".
_NOT_SPEAKING_NAMES = frozenset(
    """Everyone Everybody Nobody Someone Somebody Anyone Anybody Management Police Authorities
    Officials Critics Residents Locals Experts Analysts Witnesses Sources Others Insiders One
    Neither Either None Nothing Everything Something Anything Each Both All Few Transcript Summary
    Editorial Opinion Analysis Correction Maintenance Security Administration Headquarters Control
    Operations Engineering Accounts Finance Legal Personnel Staff Children People Women Men Families
    Parents Relatives Survivors Victims Doctors Nurses Teachers Workers""".split()
)


def _speaking_organisation(shared: TextScan, word: str) -> bool:
    """Whether a single unknown capitalised word by a reporting verb, that no context settles, is
    an organisation: news introduces people by their full name, so a lone word that never
    follows a given name is a body named by one word ("Greenpeace said", "Oxfam warned"). A
    word ending in "s" may be a plural ("Prosecutors said"): it counts only if the text also
    capitalises it mid-sentence ("… told Reuters")."""
    if len(word) < 3 or " " in word or word in _NOT_NAME or word in _ORG_HEADS or word in _NOT_SPEAKING_NAMES:
        return False
    if not word[0].isupper() or word.isupper() or not word[1:].islower() and not word.isalpha():
        return False
    if _full_name_elsewhere(shared.text, word) is not None or _written_as_place(shared.text, word):
        return False
    if _surname_after_elsewhere(shared.text, word) is not None:
        return False  # "Dilbar says" after "Dilbar Nazarova": her given name
    return not word.endswith("s") or shared.writes_mid_sentence(word)


#: Nouns a place owns and a body does not: "Marovia's information minister", "…'s capital".
_PLACE_OWNS = (
    "government president prime minister ministry capital army military police border borders coast "
    "north south east west people parliament economy province provinces region regions cities towns "
    "villages population"
).split()


def _written_as_place(text: str, word: str) -> bool:
    """Whether the text writes ``word`` as a place somewhere: after "in", "near", "across" …
    (not as an owner: "in Oxfam's report"), after "capital", after "Upper", "Northern" …,
    before "region", "province" …, or owning what only places own
    ("Marovia's information minister" is a country's), after "Port of", "City of" …, or
    opening a dateline in capitals ("VELLAMO, June 11 -"). A place by a reporting verb ("the
    capital, Sarrinabad, said") is no speaking organisation."""
    escaped = re.escape(word)
    return (
        re.search(rf"\b(?:in|near|across|throughout|outside|inside|towards|capital,?)[ \t]+{escaped}(?![\w'’])", text) is not None
        or re.search(rf"\b(?:Upper|Lower|Northern|Southern|Eastern|Western|Central|Greater)[ \t]+{escaped}(?![\w'’])", text) is not None
        or re.search(rf"(?<![\w]){escaped}[ \t]+(?:region|province|district|valley|county)\b", text) is not None
        or re.search(rf"(?<![\w]){escaped}['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(_PLACE_OWNS)})\b", text) is not None
        or re.search(rf"\b(?:Port|City|Town|Province|Gulf|Bay|Isle|Island)[ \t]+of[ \t]+{escaped}(?![\w'’])", text) is not None
        # a dateline: "VELLAMO, June 11 -"
        or re.search(rf"(?m)^{re.escape(word.upper())},?[ \t]+[A-Z][a-z]+\.?[ \t]+\d", text) is not None
    )


#: A word of three to six capitals, perhaps an acronym. The first capital comes before the
#: "not inside a word" test, so that ``re`` skips ahead to capitals.
_CAPITAL_WORD_RE = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Z]{2,5}(?![\w])")


def _merge_short_forms(text: str, by_key: dict[str, KnownActor], order: dict[str, int]) -> dict[str, str]:
    """Fold a text's short forms of a new organisation into its fuller name, and give that name
    the short forms the text uses, so that each later spelling is found.

    A name whose words all recur, in order, in a fuller one with the same last word
    ("Riverton Council", "Public Accounts Committee" → "Riverton City Council", "Senate Public
    Accounts Committee") becomes its alias; a company is also named by its own name without
    its sector words ("Halcyon" for "Halcyon Agrochemicals"); an acronym the text uses that
    spells a name's initials, past leading words or an acronym inside ("PAC", "OHCHR" for
    "Office of the UN High Commissioner for Human Rights"), is that name's. Returns the merged
    keys: short form → fuller name."""
    organisations = [key for key, actor in by_key.items() if actor.kind == "organisation"]
    merged: dict[str, str] = {}
    if len(organisations) > 1:
        forms = {key: _NameForms(by_key[key].name, text) for key in organisations}
        for short in organisations:
            fuller = [key for key in organisations if key != short and forms[short].shortens(forms[key])]
            if len(fuller) == 1:
                merged[short] = fuller[0]
    merged.update(_people_naming_companies(by_key, organisations))
    for short, long in merged.items():
        while long in merged:
            long = merged[long]
        merged[short] = long
        _add_aliases(by_key, long, by_key[short].spellings)
        order[long] = min(order[long], order.pop(short))
    for short in merged:
        del by_key[short]
    spelled = {match_key(spelling) for actor in by_key.values() for spelling in actor.spellings}
    for key, actor in list(by_key.items()):
        if actor.kind == "organisation":
            _add_aliases(by_key, key, _own_names(actor.name, text))
    _add_bare_heads(text, by_key)
    if not any(actor.kind == "organisation" for actor in by_key.values()):
        return merged
    for acronym in dict.fromkeys(word for word in capital_words(text)[0] if len(word) <= 6 and "." not in word):
        if match_key(acronym) in spelled:
            continue
        owners = [key for key, actor in by_key.items() if actor.kind == "organisation" and _spells(acronym, actor.name)]
        if len(owners) == 1:
            _add_aliases(by_key, owners[0], (acronym,))
    return merged


def _people_naming_companies(by_key: dict[str, KnownActor], organisations: list[str]) -> dict[str, str]:
    """New "people" whose name is a company's without its sector words ("Almerin Metro" beside
    "Almerin Metro Transport"): two capitalised words before a verb read as a person's name,
    but the text names the company in full elsewhere. Returns person key → company key."""
    companies: dict[str, str] = {}
    for key in organisations:
        words = by_key[key].name.split()
        own = _own_length(words)
        if own < len(words):
            companies.setdefault(match_key(" ".join(words[:own])), key)
    return {
        key: companies[key]
        for key, actor in by_key.items()
        if actor.kind == "person" and key in companies
    }


def _add_bare_heads(text: str, by_key: dict[str, KnownActor]) -> None:
    """Give a new body its head word alone ("the Authority" after "National Mine Safety
    Authority", "the League" after "Valmoran League for Human Rights") when it is the text's
    only new body with that head and the text writes the head alone only as "the Authority":
    British news style for a body named in full before."""
    heads: dict[str, list[str]] = {}
    for key, actor in by_key.items():
        head = _head_word(actor.name) if actor.kind == "organisation" else None
        if head is not None:
            heads.setdefault(head, []).append(key)
    for head, keys in heads.items():
        if len(keys) == 1 and _head_alone_only_after_the(text, head, by_key[keys[0]].name):
            _add_aliases(by_key, keys[0], (head,))


def _head_word(name: str) -> str | None:
    """The word a body is called by alone: its last word ("… Authority"), or the head a
    complement follows ("… League for Human Rights", "Commission on Missing Persons")."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[-1] in _ORG_FIRST_HEADS:
        return words[-1]
    return _complemented_head(words)


def _head_alone_only_after_the(text: str, head: str, full_name: str) -> bool:
    """Whether ``head`` stands alone in ``text`` at least once, and only ever as "the <head>"
    not followed by a complement or another name, besides inside ``full_name``."""
    offset = re.search(rf"(?<![\w]){re.escape(head)}(?![\w])", full_name)
    if offset is None:
        return False
    inside = {found.start() + offset.start() for found in re.finditer(re.escape(full_name), text)}
    alone = False
    for found in re.finditer(rf"(?<![\w]){re.escape(head)}(?![\w])", text):
        if found.start() in inside:
            continue
        if not text[max(0, found.start() - 4) : found.start()] in ("the ", "The ") or _COMPLEMENT_AFTER_RE.match(text, found.end()):
            return False
        alone = True
    return alone


_COMPLEMENT_AFTER_RE = re.compile(rf"[ \t]+(?:of|for|on|[{_UPPER}])")


def _add_aliases(by_key: dict[str, KnownActor], key: str, spellings: tuple[str, ...] | list[str]) -> None:
    actor = by_key[key]
    aliases = tuple(a for a in dict.fromkeys((*actor.aliases, *spellings)) if a != actor.name)
    if aliases != actor.aliases:
        by_key[key] = KnownActor(actor.name, actor.kind, aliases)


#: A company's legal suffix, and the abbreviations a club's name is written with.
_LEGAL_SUFFIX_RE = re.compile(r"[ \t]+(?:Ltd|Limited|plc|PLC|Inc|LLC)\.?$")
_CLUB_ABBREVIATIONS = ((" AFC", " Association Football Club"), (" FC", " Football Club"))


def _plain_company_key(name: str) -> str:
    """A company's name without its legal suffix and with a club's "FC" written out, as a
    key: "Hallam Vale FC" and "Hallam Vale Football Club Ltd" are one club."""
    plain = _LEGAL_SUFFIX_RE.sub("", name)
    for short, long in _CLUB_ABBREVIATIONS:
        if plain.endswith(short):
            plain = plain[: -len(short)] + long
    return match_key(plain)


class _NameForms:
    """An organisation's name as matching keys: the whole, each word, its own name (without
    a company's sector words), computed once for the pairwise short-form test."""

    __slots__ = ("name", "key", "words", "own", "plain")

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.key = match_key(name)
        self.words = [match_key(word) for word in name.split()]
        self.own = {match_key(own) for own in _own_names(name, text)}
        self.plain = _plain_company_key(name)

    def shortens(self, long: _NameForms) -> bool:
        """Whether this name names ``long`` by some of its words: two or more of them in order
        with the same last word ("Riverton Council" of "Riverton City Council"), its words
        before a company's sector words ("Harbury Town" of "Harbury Town FC"), or the acronym
        of its initials ("OHCHR" of "Office of the U.N. High Commissioner for Human Rights",
        when the dots kept the bracketed definition from being read as one)."""
        if len(self.words) >= len(long.words) or not self.words:
            return False
        if len(self.words) == 1 and _CAPITAL_WORD_RE.fullmatch(self.name) and _spells(self.name, long.name):
            return True
        if len(self.words) >= 2 and self.words[-1] == long.words[-1] and _in_order(self.words, long.words):
            return True
        return self.key in long.own or self.plain == long.plain or self._inverts(long)

    def _inverts(self, long: _NameForms) -> bool:
        """Whether this name is ``long``'s head after its complement ("Justice Ministry" of
        "Kestrian Ministry of Justice", "Interior Ministry" of "Ministry of the Interior")."""
        head = self.words[-1]
        if len(self.words) < 2 or head not in long.words:
            return False
        at = long.words.index(head)
        complement = [word for word in long.words[at + 2 :] if word != "the"]
        return long.words[at + 1 : at + 2] in (["of"], ["for"]) and complement == self.words[:-1]


def _in_order(words: list[str], within: list[str]) -> bool:
    position = 0
    for word in words:
        try:
            position = within.index(word, position) + 1
        except ValueError:
            return False
    return True


def _own_length(words: list[str]) -> int:
    """How many of a company's name's words are its own, before its sector words."""
    own = len(words)
    while own > 1 and words[own - 1] in _COMPANY_WORDS:
        own -= 1
    return own


def _own_names(name: str, text: str) -> tuple[str, ...]:
    """A company's name without its sector words ("Halcyon" of "Halcyon Agrochemicals",
    "Almerin Metro" of "Almerin Metro Transport"), and its first word alone when the text
    never writes that word as part of another name ("Sarango" of "Sarango Gold Holdings", but
    not "Almerin" in a text about Port Almerin); a newspaper's by its last word ("Ledger" of
    "Riverton Ledger"), a club by its suffix ("Rovers" of "Kellbrook Rovers")."""
    words = name.split()
    if len(words) >= 2 and (words[-1] in _NEWSPAPER_WORDS or words[-1] in _CLUB_SUFFIXES):
        return (words[-1],)
    if len(words) >= 2 and words[0] in _CLUB_PREFIXES:  # "Brennholt" of "FC Brennholt"
        rest = " ".join(words[1:])
        return (rest,) if len(words) > 2 or _never_inside_another_name(text, rest, "", words[0]) else ()
    own = _own_length(words)
    if own == len(words) or words[0] in _GENERIC_ORG_WORDS or words[0] in _NOT_NAME or len(words[0]) < 3:
        return ()
    names = [" ".join(words[:own])] + ([words[0]] if own > 1 else [])
    return tuple(n for n in names if " " in n or _never_inside_another_name(text, words[0], words[1]))


_CAPITALISED_BEFORE_RE = re.compile(rf"(?<![\w{_APOSTROPHES}])[{_UPPER}][\w{_APOSTROPHES}-]*[ \t]+\Z")


def _never_inside_another_name(text: str, word: str, next_word: str, previous_word: str = "") -> bool:
    """Whether every time ``text`` writes ``word`` it is either inside the company's own full
    name (followed by ``next_word``, after ``previous_word``) or stands apart from other
    capitalised words: "Halvorsen's board", "Halvorsen rose 41p", "Norway's Halvorsen", never
    "Port Halvorsen" or "Halvorsen Evening Star", nor in capitals (a dateline's place:
    "KARAGANDA, March 3")."""
    for found in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", text, re.IGNORECASE):
        if found.group() != word:
            return False
        following = _CAPITALISED_AFTER_RE.match(text, found.end())
        if following is not None and following.group(1) != next_word:
            return False
        before = _CAPITALISED_BEFORE_RE.search(text, max(0, found.start() - 30), found.start())
        if (
            before is not None
            and before.group().split()[0] not in _FUNCTION_WORDS
            and before.group().split()[0] != previous_word
            and not before.group().rstrip().endswith(("'s", "’s"))
        ):
            return False
    return True


_CAPITALISED_AFTER_RE = re.compile(rf"[ \t]+([{_UPPER}][\w{_APOSTROPHES}-]*)")


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalised words, perhaps past its
    leading words ("PAC": Senate Public Accounts Committee) or skipping an acronym inside it
    ("OHCHR": Office of the UN High Commissioner for Human Rights)."""
    words = [word for word in re.split(r"[\s\-‐‑]+", name) if word[:1].isupper()]
    for kept in (words, [word for word in words if not word.isupper()]):
        for first in range(len(kept) - 1):
            if "".join(word[0] for word in kept[first:]) == acronym:
                return True
    return False
