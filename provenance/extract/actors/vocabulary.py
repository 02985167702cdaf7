"""Words and character classes every detector shares: what a name word looks like, which
capitalised words are never names (months, places, function words, offices), titles.

One place for them so that the detectors agree on what a name is; changing a list here
changes every detector at once, which is the point.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

#: Titles stripped before matching; after one of them, capitalised words are a person's name.
TITLES: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Hon", "Honorable", "Honourable",
    "Sir", "Dame", "Ayatollah", "Grand Ayatollah", "Hojatoleslam", "Mullah", "Sheikh", "Imam",
    # Offices written as titles before a name ("Mayor …", "Councillor …", "Minister …").
    "Mayor", "Councillor", "Councilor", "Alderman", "Minister", "Senator", "Sen", "Rep", "Governor",
    "Gov", "President", "Judge", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant",
    "Sergeant", "Sgt", "Commissioner", "Inspector", "Superintendent", "Chancellor", "Premier",
    "Ambassador", "Rev", "Reverend", "Bishop", "Rabbi", "Detective",
    # Other languages' honorifics, kept in translation ("Doña Amparo Lezcano", "Frau Berger").
    "Doña", "Señora", "Señor", "Madame", "Mme", "Monsieur", "Frau", "Herr",
)


#: Latin (with its accented and extended letters), Greek and Cyrillic: "Dvořák", "Łukasz".
_LETTER_RANGES = (
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF),
)


def _char_class(predicate: Callable[[str], bool]) -> str:
    """The letters of :data:`_LETTER_RANGES` for which ``predicate`` holds, as class ranges."""
    ranges: list[tuple[int, int]] = []
    for low, high in _LETTER_RANGES:
        for code in range(low, high + 1):
            if chr(code).isalpha() and predicate(chr(code)):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UPPER = _char_class(str.isupper)


_LETTER = _char_class(lambda ch: True)


_HYPHEN = r"\-‐‑"  # inside a character class


_HYPHEN_CHARS = "-‐‑–"


_APOSTROPHES = "'’‘ʼ"


#: One capitalised name word: "Rajavi", "Haj-Hassan", "Ki-moon", "O’Brien" (not "Rajavi’s").
_NAME_WORD = rf"[{_UPPER}][{_LETTER}]*(?:[{_HYPHEN}][{_LETTER}]+)*(?:[{_APOSTROPHES}][{_UPPER}][{_LETTER}]+)?"


#: Lowercase particles inside names: "Ursula von der Leyen", "Tahar ben Jelloun".
_PARTICLE = r"(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|ben|al|el|ter|ten|dos|das|zu)"


#: What may come between two words of a name: lowercase particles ("von der"), and an Arabic
#: article joined by a hyphen to the next word ("Abdulrahman al-Qudsi").
_PARTICLES = rf"(?:{_PARTICLE}[ \t]+){{0,2}}(?:(?:al|el|ad|as|ash|at|az|abu)[{_HYPHEN}](?=[{_UPPER}]))?"


_NAME_SEQ = rf"{_NAME_WORD}(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{0,5}}"


_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)


_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


#: Capitalised words that open sentences, headings and page furniture but are never names.
_FUNCTION_WORDS = frozenset(
    """A An The This That These Those He She It They We I You His Her Its Their Our My Your Him
    Them Us Me In On At By For From To Of And But Or Nor As If When While After Before Since
    During Between Among Under Over With Without Within According Also Even However Yet So Then
    Now Today Yesterday Tomorrow There Here What Who Whom Whose Why How Where Which Many Some
    Several All Most Both Each Every Other Another No Not Only Just More Less Last Next First
    Second Third Such Like Unlike Despite Although Though Because Once Until Unless Whether
    Meanwhile Moreover Furthermore Thus Therefore Indeed Instead Still Already Again Please Let
    Dear Yes Question Answer Interviewer News Staff Writer Continue Reading Photo Video
    Facebook Twitter YouTube Instagram Copyright Posts Tagged Exit Read Click Share God
    Background Statement Report Speech Rally Protest Protests Conference Inside Outside Across
    Along Behind Beyond Near Through Throughout Toward Towards Around Above Below Beneath Against
    Amid Amidst Upon Into Onto Via Except Besides Beside Regarding Concerning Least One Two Three
    Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Hundred Hundreds Thousand Thousands
    Million Millions Dozens""".split()
)


#: Places and demonyms; never person candidates (known actors are still found).
_PLACES = frozenset(
    """Iran Iranian Iranians Iraq Iraqi Tehran Albania Albanian Tirana Evin Gohardasht Karaj
    Mashhad Ashrafis Khavaran Paris France French Geneva Switzerland Swiss Europe European
    Europeans America American Americans US USA UK Britain British England English London
    Washington Italy Italian Rome Norway Norwegian Sweden Swedish Malmo Germany German Berlin
    Brussels Belgium Belgian Middle East West Western Eastern North South Persian Gulf Islamic
    Muslim Arab Arabic Kurdish Kurdistan Baluchistan Khorasan Shiraz Tabriz Isfahan Qom Ahvaz
    Urmia Zanjan Rasht Kermanshah Birjand Kashan Mahshahr Kelardasht Mahabad Minab Borujerd
    Gorgan Dezful Khondab Mazandaran Jamaran Najaf Qazvin Hamedan Syria Syrian Lebanon Yemen
    Israel Russia Russian China Chinese Canada Canadian Australia Asia Africa Netherlands Dutch
    Spain Spanish States Kingdom Emirates""".split()
)


#: Words that make a capitalised sequence an organisation, event or thing, not a person's name.
_ORG_WORDS = frozenset(
    """Council Organization Organisation Ministry International Committee Committees Commission
    Commissions Court Government Governments Parliament Regime Republic Resistance University
    Association Party Union Nations Agency Office Department Institute Foundation Center Centre
    Corps Guards Army Forces Force Times Daily Post Press Media TV Radio Website Group Movement
    Division Garrison Base Security Intelligence Judiciary Massacre Rights Human Declaration
    Covenant Convention War Revolution Prison Prisons Ward Street Square Avenue Province City
    Company Bank Church Mosque School Hospital Airport Embassy Campaign Camp Justice Freedom Democracy
    Day Week Year Summit Assembly Senate Congress House Cabinet Board Fund Network Service
    Services Society Federation League Alliance Front Coalition Initiative Project Program
    Programme Summary Record Platform Crimes Crime Victims Survivors Exposed""".split()
)


#: Role words that may stand before a name ("President Hassan Rouhani", "Belgian MEP …").
_ROLE_WORDS = frozenset(
    """President President-elect Vice Prime Minister Ministers Foreign Interior Defence Defense
    Ambassador Supreme Leader Deputy Commander General Secretary Secretary-General Senator Sen
    Governor Chairman Chairwoman Chair Director Chief Judge Colonel Captain Major Lieutenant
    Former Ex Late Then Current Representative Rep Congressman Congresswoman MP MEP Spokesman
    Spokeswoman Spokesperson Head Founder King Queen Prince Princess Pope Lord Lady Mayor
    Chancellor Speaker Cleric Advisor Adviser Officer Inspector Researcher Activist Dissident
    Prisoner Political Witness Survivor Author Editor Reporter Journalist Analyst Expert Lawyer
    Attorney Prosecutor State Official Officials Member Members Professor Prof Doctor Ayatollah
    Hon Honorable Honourable Sir Dame Mullah Sheikh Imam Hojatoleslam Grand Mr Mrs Ms Dr Manager
    Coach Coroner Economist Engineer Nurse Farmer Teacher Student Trustee Treasurer Administrator
    Auditor Pastor Councillor Commissioner Superintendent Detective Constable Sergeant Doña Señora
    Señor Madame Mme Monsieur Frau Herr Counsel Solicitor Barrister""".split()
)


#: Month abbreviations that are also given names ("Jan van der Berg", "Jun in Millbrook"):
#: before a capitalised word they open a name, so they are not kept out of names.
_GIVEN_NAME_MONTHS = frozenset(("Jan", "Jun"))


_NOT_NAME = (_MONTHS - _GIVEN_NAME_MONTHS) | _DAYS | _FUNCTION_WORDS | _PLACES | _ORG_WORDS | _ROLE_WORDS


_NOT_NAME_FOLDED = frozenset(word.casefold() for word in _NOT_NAME)


_TRAILING_NOT_NAME = _FUNCTION_WORDS | _MONTHS | _DAYS


#: Letters after a person's name for a rank or an honour ("Marcus Feldmann KC said"): not
#: part of the name.
_POST_NOMINALS = frozenset("KC QC SC MP MEP MSP MLA TD OBE MBE CBE KBE DBE PhD".split())


_TITLE_FOLDED = frozenset(title.casefold() for title in TITLES)


_TITLE_PREFIX_RE = re.compile(
    r"^(?:(?:" + "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True)) + r")\.?\s+)+"
)


_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


_POSSESSIVE_RE = re.compile(rf"[{_APOSTROPHES}]s?$")


def strip_title(name: str) -> str:
    """``name`` without leading titles: ``Mr. Dalvand`` → ``Dalvand``, ``Hon. Giulio Terzi`` → …"""
    return _TITLE_PREFIX_RE.sub("", name.strip())


@functools.lru_cache(maxsize=65536)
def is_acronym(name: str) -> bool:
    """True for a name written as an acronym, letters all capitals: ``MEK``, ``PMOI/MEK``, ``U.N.``"""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and len(letters) <= 10 and all(ch.isupper() for ch in letters)


def _clean(name: str) -> str:
    """Trim spaces, quotes, brackets, a possessive ending and a leading article from a name."""
    cleaned = name.strip().strip("\"“”‘’'()[],.;:!?–—- \t\n")
    cleaned = _POSSESSIVE_RE.sub("", cleaned)
    return _LEADING_ARTICLE_RE.sub("", cleaned).strip()


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes, which ``re`` scans far faster."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


_CONNECTORS = frozenset("of the for and in on de du des la le al el e y to at".split())


_TITLE_SET = frozenset(TITLES)


_WORD_RE = re.compile(rf"[{_LETTER}0-9]+(?:[{_APOSTROPHES}{_HYPHEN}][{_LETTER}0-9]+)*")


_AUX = r"(?:(?:has|had|have|also|then|later|further|again|once again|recently|openly|publicly|previously|reportedly)[ \t]+)"


_AUX_WORDS = frozenset("has had have also then later further again once recently openly publicly previously reportedly".split())


#: A line break, a quotation mark, or sentence or clause punctuation before a space that does
#: not close a title or an initial ("Mr.", "J."). The punctuation comes first and the tests
#: after it (each lookbehind one character wider), so that ``re`` skips ahead to punctuation
#: instead of testing five lookbehinds at every position; the matches are the same.
_CLAUSE_BREAK_RE = re.compile(
    r"[\n“”\".!?;:](?:(?<=[\n“”\"])|(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bHon.)(?<!\b[A-Z].)(?=\s))"
)


#: Words that end titles of publications, laws and events rather than people's names.
#: Words never in a person's name: documents, the words that open a place's name ("Port
#: Elwin", "Mount Sorrel", "Cape Marin") and the rooms and buildings things happen in
#: ("the Riverside Suite", "Kell Central Station").
_NOT_PERSON_WORDS = frozenset(
    """Magazine Newspaper Review Penalty Act Law Bill Report Plan Budget Strategy Port Fort Mount
    Cape Lake Bay River Suite Room Lounge Stadium Arena Station Airport Hotel Upper Lower Greater
    Northern Southern Eastern Western Central Inner Outer Home Bridge Cathedral Abbey Castle Chapel
    Palace Moor Valley Harbour Quay Wharf Pier St Saint""".split()
)


#: Things named like people: ships, aircraft and storms ("the ferry Santa Irene").
_VESSEL_NOUNS = frozenset(
    """ferry ship vessel boat tanker trawler yacht liner freighter frigate submarine destroyer
    aircraft jet airliner storm hurricane typhoon cyclone""".split()
)


_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))


#: Words after a company's own name that say what it is ("Halcyon Agrochemicals", "Halvorsen
#: Freight", "Fenwick Park Capital", "Harbury Town FC"): the company is also called by its own
#: name alone ("Halvorsen"). Only words that are not also surnames or given names ("Power",
#: "Gold", "Banks" are) and not a ministry's portfolio ("Health", "Finance"), since every one
#: of them makes a capitalised name an organisation's.
_COMPANY_WORDS = frozenset(
    """Agrochemicals Chemicals Pharma Pharmaceuticals Trading Mining Motors Logistics Shipping
    Airways Airlines Petroleum Foods Steel Construction Technologies Systems Insurance Telecom
    Telecoms Enterprises Ventures Investments Developments Properties Manufacturing Utilities
    Industries Holdings Group Corporation Company Co Inc Ltd LLC Plc plc FC AFC Partners Capital
    Securities Freight Haulage Cargo Transport Railways Aviation Aerospace Automotive Electronics
    Biotech Therapeutics Biosciences Diagnostics Analytics Software Networks Communications Media
    Entertainment Studios Publishing Breweries Brewery Distillers Textiles Retail Supermarkets
    Hotels Resorts Minerals Resources Metals Renewables Materials Packaging Energy Associates
    Consulting Consultants Solutions Realty Estates Appliances Furniture Beverages Cosmetics
    Apparel Fashions Electricals Air Terminals Maritime Contractors Builders Sons Brothers Mobile Wireless Broadband
    Markets Advisory Brokers Brokerage Management Coachworks Laboratories Labs Rail Economics
    Water Gas Electric Electricity""".split()
)


#: Last words of football clubs' names, by which the club is named alone ("Kellbrook Rovers"
#: are "Rovers"; its first word is the town's).
_CLUB_SUFFIXES = frozenset("United Rovers Athletic Wanderers Albion Hotspur Rangers".split())


#: Last words of newspapers' names, by which the paper is named alone ("the Ledger").
_NEWSPAPER_WORDS = frozenset(
    """Ledger Courier Herald Tribune Gazette Chronicle Observer Examiner Inquirer Sentinel Dispatch
    Mirror Echo Bulletin Telegraph Guardian Star Globe Express Advertiser Argus Clarion Beacon
    Recorder Register""".split()
)


#: Words that open a name and say what kind of body follows: a broadcaster ("Radio Eastbridge"),
#: a sports club ("FC Brennholt", "Atlético Porto Velho") or, in another language, a foundation
#: or an association ("Fundación Memoria Viva", "Stichting Open Archief"). The name runs on
#: after them.
_PREFIX_HEADS = frozenset(
    """Radio Television TV FC AFC SC CF AC KV SV VfB VfL TSV KRC RSC Atlético Atletico Sporting Dynamo Dinamo Fundación Fundação
    Fondation Fondazione Stiftung Stichting Asociación Associação Associazione Sindicato Médecins
    Medecins Médicos Medicos Ärzte Aerzte""".split()
)


#: Last words that make a capitalised name an organisation's ("Harbor Workers Union",
#: "Interior Ministry", "Human Rights Watch"), and first words that do before "of"
#: ("Ministry of Justice", "University of Tehran"); companies end in their sector ("Halcyon
#: Agrochemicals", "Meridia Pharma Trading") and newspapers in their kind ("Harlow Bay Courier").
_ORG_HEADS = (
    frozenset(
        """Union Unions Ministry Council Party Association Institute Foundation Agency Commission
        Committee Bank University College Court Courts Parliament Government Department Authority
        Bureau Office Federation League Alliance Coalition Society Watch Monitor Network Times Post
        Journal Daily News Press Radio Television TV Broadcasting Police Army Navy Corps Guards
        Board Trust Fund Centre Center Organization Organisation Movement Campaign Front Assembly
        Senate Congress Cabinet Service Services Church Museum Academy Laboratory Observatory
        Hospital Institution Secretariat Directorate Tribunal Chamber Brotherhood Guild Syndicate
        Cooperative Co-operative Lab Labs Unit Consortium Mail Standard Crescent Programme Program
        Brigade Regiment Battalion Division Squadron Archives Archive Library Exchange Command Forces
        Team Panel Voice Forum Rifles Fusiliers Dragoons Hussars Lancers Grenadiers Highlanders
        Commandos Gendarmerie Militia Legion""".split()
    )
    | _PREFIX_HEADS
    | _COMPANY_WORDS
    | _NEWSPAPER_WORDS
    | _CLUB_SUFFIXES
)


#: Runs of one to four capitalised name words. The capital comes first and the "not inside a
#: word" test after it (a two-character lookbehind), so that ``re`` can skip ahead to capitals.
_NAME_SEQ_RE = re.compile(
    rf"[{_UPPER}](?<![\w{_HYPHEN}{_APOSTROPHES}].){_NAME_WORD[len(f'[{_UPPER}]'):]}"
    rf"(?:[ \t]+{_PARTICLES}{_NAME_WORD}){{0,3}}"
)
