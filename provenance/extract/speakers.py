"""Speakers: the words a quote's attribution names, resolved to a canonical actor.

The quotes extractor says *what the text calls* the speaker ("Al-Qudsi", "the trust",
"KHODZHAEV", "an estimate by the Chamber of Commerce"); this module says *who* that is, using
the actor directory and the people and organisations the same text names:

- a lone surname (any case, any romanisation: ``KHODZHAEV``, ``Khodjayev``) is the person
  with that surname named last before it, else first after it; an exact spelling wins over a
  romanisation variant, and a known surname shared by two actors (two Rajavis) is reported as
  ambiguous rather than guessed;
- ``the trust``, ``the commission`` is the organisation named with that word, last before,
  else first after; with none, the description stays an unnamed speaker;
- a description naming its producer (``an estimate by X``, ``the city's Office of Budget``)
  is that producer; any other description stays as written, kind ``unnamed``;
- interviewer labels (``Q``, ``Question``) name no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.extract import actors
from provenance.extract.actors import ActorDirectory
from provenance.extract.found import MentionFound, QuoteFound
from provenance.extract.named import NamedMentions, WrittenNames
from provenance.extract.quotes.vocab import _PERSON_HEADS
from provenance.matching import match_key


@dataclass(frozen=True)
class ResolvedQuote:
    """A quote with its speaker resolved: ``speaker`` is the canonical actor name or None."""

    found: QuoteFound
    speaker: str | None
    speaker_kind: str | None
    #: Known actors the speaker's name fits equally (two Rajavis); then ``speaker`` is None.
    ambiguous: tuple[str, ...] = ()


#: Turn labels that say a question was asked, not who asked it.
_INTERVIEWER_LABELS = frozenset({"q", "question", "interviewer"})
#: What may stand before a named organisation that is the speaker: "the city's", "its".
_OWNER_PREFIX = re.compile(
    r"(?i)^(?:(?:the|a|an|its|their|his|her)\s+)?(?:\S+['’]s\s+)?(?:the\s+)?"
    r"(?:so-called\s+|self-styled\s+)?$"  # "the junta’s so-called Ministry of Defence"
)
#: "... by/from [the]": the named actor after it produced what is quoted.
_AUTHOR_PREFIX = re.compile(r"(?i)\b(?:by|from)\s+(?:the\s+)?$")
#: "... by/from [the] Capitalised Name [(ACRONYM)]" closing a described speaker.
_PRODUCED_BY = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&-]*))*?)"
    r"(?:\s*\([^()]*\))?\s*$"
)
#: An acronym defined after the name: "(OHCHR)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w.&-]{1,12}\)?$")
#: A dateline before the words naming the speaker: "KARAGANDA — ".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+\s+[—–-]+\s+")


#: "the trust", "The commission's", "the council's own modelling": a definite description by
#: one common noun, or that body's own figures, study or statement; also with a people's
#: adjective ("The Meshkari military"), whose members it is ("the miners' union") and, in a
#: headline, alone ("army says").
_DEFINITE_NOUN = re.compile(
    r"^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][a-z]+\s+|[a-z]+s['’]\s+)?)?(?P<noun>[a-z]+)(?:['’]s(?:\s+own)?(?:\s+(?:latest|new|annual|internal))?"
    r"(?:\s+(?:modelling|modeling|figures|data|analysis|report|statement|study|estimate|estimates"
    r"|survey|research|accounts|website|projections|forecast|review))?)?$"
)
#: A body's own organ or work named by the body's name: "Halvorsen's board", "a Tribune
#: inquiry", "the Courier's own analysis", "according to CCM data".
_OWNING_BODY = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
    r"(?:['’]s\s+(?:own\s+)?(?:board(?:\s+of\s+directors)?|management|directors|leadership"
    r"|executive|trustees)"
    r"|(?:['’]s)?\s+(?:own\s+|new\s+|latest\s+|annual\s+|official\s+)?(?:inquiry|investigation|analysis"
    r"|survey|poll|audit|review|count|tally|forecasts?|projections?|estimates?|figures|report|minutes"
    r"|data|records|statistics))$"
)
#: "the director of the main hospital", "a former prison doctor", "the passenger watchdog": an
#: actor described by one office, occupation or function, whom the text may name elsewhere.
_DESCRIBED_ACTOR = re.compile(
    r"^(?P<article>[Tt]he|[Aa]n?)\s+(?:[a-z'’-]+\s+){0,2}?(?P<head>[a-z]+)"
    r"(?:\s+(?:of|at|for|in|from|with|called|appointed|hired|instructed|working)\s+.*)?$"
)
#: Heads of the descriptions that keep a source anonymous ("a senior official", "an aide"),
#: unlike an occupation a story names in its next paragraph ("a former prison doctor").
_ANONYMOUS_HEADS = frozenset("official officer source diplomat insider aide staffer employee".split())
#: A description in headline style, without its article: "Match commander", "Passenger
#: watchdog" (a capital, then lower-case words).
_HEADLINE_DESCRIPTION = re.compile(
    r"(?!(?:The|A|An|Its|Their|This|That|These|Those|One|Our|His|Her|Some|Many|Most|Other)\s)"
    r"[A-Z][a-z'’-]+(?:\s+[a-z][a-z'’-]*){1,3}"
)
#: "figures published by the force": the body a definite noun after "by" stands for.
_BY_THE_NOUN = re.compile(r"\bby\s+the\s+(?P<noun>[a-z]+)(?:\s+(?:in|on|last|this)\b.*)?$")
#: Words in a body's name that a common noun stands for: "the club" (FC …), "the force" (…
#: Police).
_NAME_WORDS_FOR: dict[str, tuple[str, ...]] = {
    "club": ("club", "fc", "afc", "atlético", "atletico", "sporting"),
    "force": ("police", "constabulary"),
    "army": ("army", "forces", "military"),
    "military": ("military", "army", "forces"),
    # "the union" is often an association or federation of workers by name
    "union": ("association", "federation", "guild"),
}
#: A part of a named body, speaking for it: "The Eastbridge branch of the Academic Staff Union
#: (ASU)", "The three-member panel of the National Sports Tribunal".
_PART_OF_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[\w-]+\s+)?(?:branch|chapter|wing|section|local\s+branch|panel|bench)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:of|for|and|[A-Z][\w&-]*))*)(?:\s*\([^()]*\))?$"
)
#: "A United Nations commission of inquiry": an indefinite description of a body.
_INDEFINITE_BODY = re.compile(r"^[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?P<words>[a-z]+(?:\s+(?:of|on|for)\s+[a-z]+)+)$")
#: Nouns for a business that "the company" may stand for when no name holds the word.
_BUSINESS_NOUNS = frozenset({"company", "firm", "operator", "manufacturer", "producer", "plant"})
#: Words that name a public body, not a business: "the company" is never one of these.
_PUBLIC_BODY_WORDS = frozenset(
    ["Ministry", "Council", "Authority", "Committee", "Commission", "Court", "Agency",
     "Department", "Office", "Government", "Parliament", "Police", "Service", "Board",
     "Institute", "University", "Union", "Association", "Federation", "Congress", "Party",
     "Centre", "Center", "Network", "Trust", "Foundation", "Lab", "Unit"]
)
#: "A team from", "researchers at": people who belong to a body, and speak as a description.
_MEMBERS_BEFORE_FROM = re.compile(
    r"\b(?:team|teams|group|delegation|researchers|experts|officials|staff|members|doctors|scientists"
    r"|investigators|engineers|volunteers|residents|students|workers)\s+$"
)
#: "seen by", "obtained by": who holds a document, not who wrote it.
_HOLDER_BEFORE_BY = re.compile(
    r"\b(?:seen|obtained|reviewed|viewed|quoted|cited|read|leaked\s+to|shared\s+with)\s+$"
)


class SpeakerResolver:
    """Resolves each quote's speaker words to a canonical actor, in text order, remembering the
    full names already given so a later "Al-Qudsi said" finds "Abdulrahman al-Qudsi"."""

    def __init__(
        self,
        directory: ActorDirectory,
        named: NamedMentions,
        known: ActorDirectory | None = None,
        written: WrittenNames | None = None,
    ) -> None:
        """``directory`` holds the known actors and the text's new ones; ``known`` the known
        ones only (default: ``directory``), whose shared surnames stay ambiguous; ``written``
        the text's names the scan did not take up."""
        self._directory = directory
        self._written = written
        self._known_names = frozenset(actor.name for actor in (known or directory))
        self._known = known if known is not None else directory
        self._named = named
        self._full_names: dict[
            str, str
        ] = {}  # surname key -> the full name given earlier

    def resolve(self, quote: QuoteFound) -> ResolvedQuote:
        """The canonical speaker of ``quote``, or None (with the candidates) when it is not clear."""
        words = quote.speaker_text
        if words is None or words.strip().casefold() in _INTERVIEWER_LABELS:
            return ResolvedQuote(quote, None, None)
        words = _ACRONYM_AFTER.sub("", words)  # "Office of … Human Rights (OHCHR)"
        inside = (
            self._named.within(quote.speaker_start, quote.speaker_end)
            if quote.speaker_start is not None and quote.speaker_end is not None
            else []
        )
        position = (
            quote.speaker_start if quote.speaker_start is not None else quote.start
        )
        if quote.speaker_kind == "unnamed":
            author = _named_author(quote, inside)
            if author is not None:
                return ResolvedQuote(quote, author.actor, author.kind)
            produced_by = _PRODUCED_BY.search(words)
            if produced_by is not None and _HOLDER_BEFORE_BY.search(words, 0, produced_by.start()):
                produced_by = None  # "a cost estimate seen by Norden Press": not its author
            if produced_by is not None and _MEMBERS_BEFORE_FROM.search(words, 0, produced_by.start()):
                produced_by = None  # "A team from the University of …": members, not the body
            if produced_by is not None:
                # "an estimate by the Meridian Chamber of Commerce": a name nobody listed yet.
                name = produced_by.group("name")
                known = self._directory.resolve(name).actor
                return ResolvedQuote(
                    quote,
                    known.name if known else name,
                    known.kind if known else "organisation",
                )
            owner = _OWNING_BODY.match(_DATELINE.sub("", words.strip()))
            if owner is not None:
                # "Halvorsen's board", "a Tribune inquiry": the body named by its own word(s)
                body = self._body_named(owner.group("name"), position)
                if body is not None:
                    return ResolvedQuote(quote, body, "organisation")
            body = self._organisation_in_description(words)
            if body is not None:
                known = self._directory.resolve(body).actor
                return ResolvedQuote(quote, known.name if known else body, "organisation")
            with_article = _with_article(words.strip())
            definite = _DEFINITE_NOUN.match(with_article) or _BY_THE_NOUN.search(words)
            if definite is not None:
                noun = definite.group("noun")
                body = self._organisation_by_noun(noun, position)
                if body is not None:
                    return ResolvedQuote(quote, body, "organisation")
                described = self._named.unnamed_with_head(noun, position)
                if described is not None:  # "the doctor" after "A senior doctor at …"
                    return ResolvedQuote(quote, described, "unnamed")
            named = self._organisation_described(words)
            if named is not None:
                return ResolvedQuote(quote, named, "organisation")
            # A key point or headline describes; the story below names, however far down.
            headline_style = with_article != words.strip()
            reach = len(self._written.text) if headline_style and self._written is not None else None
            holder = self._person_described(with_article, position, reach)
            if holder is not None:
                return ResolvedQuote(quote, holder, "person")
            body = self._body_described(with_article, position, reach)
            if body is not None:
                return ResolvedQuote(quote, body, "organisation")
            return ResolvedQuote(quote, _DATELINE.sub("", words), "unnamed")
        if quote.speaker_start is not None and quote.speaker_end is not None:
            whole = self._named.around(quote.speaker_start, quote.speaker_end)
            if whole is not None and whole.kind == "organisation":
                return ResolvedQuote(quote, whole.actor, whole.kind)
        person = _person_name(words)
        named_holder = _holder_named(person, inside)
        if named_holder is not None:  # "Deputy Minister of Justice Pavel Hronek": the office's holder
            self._remember(named_holder.actor, "person")
            return ResolvedQuote(quote, named_holder.actor, "person")
        if len(person.split()) == 1:
            remembered = self._full_names.get(match_key(person))
            if remembered is None and not self._is_known(words):
                remembered = self._named.person_with_surname(person, position)
                if remembered is None and self._written is not None:
                    remembered = self._written.person_with_surname(person, position)
            if remembered is not None:
                return ResolvedQuote(quote, remembered, "person")
        # "Leila Haddad of the National Engineering Institute" is Leila Haddad.
        affiliated = person != words.strip() and _FULL_NAME.match(person) is not None
        resolution = self._directory.resolve(person if affiliated else words)
        if resolution.actor is not None:
            name, kind = resolution.actor.name, resolution.actor.kind
            if kind == "organisation" and name not in self._known_names:
                # "Interior Ministry" after "the Kardanian Interior Ministry": the full name.
                name = self._named.fuller_organisation(name, position) or name
            self._remember(name, kind)
            return ResolvedQuote(quote, name, kind)
        if resolution.ambiguous:
            # Two known actors fit (two Rajavis): say so by naming no one rather than guessing.
            return ResolvedQuote(
                quote, None, None, tuple(actor.name for actor in resolution.ambiguous)
            )
        if _FULL_NAME.match(person):
            self._remember(person, "person")
            return ResolvedQuote(quote, person, "person")
        people = [m for m in inside if m.kind == "person"]
        if people:
            return ResolvedQuote(quote, people[0].actor, "person")
        return ResolvedQuote(quote, words, quote.speaker_kind or "person")

    def _person_described(self, words: str, position: int, reach: int | None) -> str | None:
        """The person a description of one office stands for, when the text names them: "the
        director of the main hospital said", then "Dr Yasin Haddadi, director of Qalat Nuri
        General Hospital"; a lede's "A former prison doctor told …", then a paragraph opening
        "Dr Selin Aydemir, who worked at the centre …"."""
        if self._written is None:
            return None
        described = _DESCRIBED_ACTOR.match(words)
        if described is None:
            return None
        text, head = self._written.text, described.group("head")
        if head not in _PERSON_HEADS:
            return None
        if described.group("article").lower() == "the":
            return self._named.person_in_role(text, head, position, reach)
        if head in _ANONYMOUS_HEADS:
            return None  # "A senior official said": a source kept anonymous, not named below
        return self._named.person_opening_next_paragraph(text, position)

    def _body_described(self, words: str, position: int, reach: int | None) -> str | None:
        """The organisation a definite description stands for when the text gives it that
        description in apposition: "the passenger watchdog" (or "Passenger watchdog: …" in a
        key point) after "Rail Users’ Voice, the statutory passenger watchdog"."""
        described = _DESCRIBED_ACTOR.match(words)
        if described is None or described.group("article").lower() != "the" or self._written is None:
            return None
        return self._named.holder_of(self._written.text, described.group("head"), position, "organisation", reach)

    def _organisation_by_noun(self, noun: str, position: int) -> str | None:
        """The organisation "the <noun>" stands for: one whose name holds the noun or a word
        for it ("the club": FC Brennholt; "the force": Westmarch Police), last before
        ``position``, else first after; for "the company", the last business named."""
        for word in (noun, *_NAME_WORDS_FOR.get(noun, ())):
            body = self._named.organisation_with_word(word, position)
            if body is not None:
                return body
        if noun in _BUSINESS_NOUNS:
            return self._named.organisation_before(
                position, lambda name: not (set(name.split()) & _PUBLIC_BODY_WORDS)
            )
        return None

    def _organisation_in_description(self, words: str) -> str | None:
        """The named body a described speaker is ("The Crowd Analytics Lab at the University
        of Velsberg" → "Crowd Analytics Lab"; "The Ministry of Social Affairs in Lemba", a
        body the text names, → "Ministry of Social Affairs"; "The Eastbridge branch of the
        Academic Staff Union" → the union), or None."""
        placed = _PLACED_BODY.match(words.strip())
        if placed is not None:
            if placed.group("owned"):
                owned = placed.group("owned")
                return owned if owned.split()[-1] in _BODY_HEADS else None
            if placed.group("head") in _BODY_HEADS:
                return placed.group("body")
            known = self._directory.resolve(placed.group("body")).actor
            if known is not None and known.kind == "organisation":
                return known.name
        part = _PART_OF_BODY.match(words.strip())
        return part.group("name") if part is not None else None

    def _organisation_described(self, words: str) -> str | None:
        """The one organisation the text names whose name holds the nouns of an indefinite
        description's head and complement ("A United Nations commission of inquiry" →
        Commission of Inquiry on …)."""
        described = _INDEFINITE_BODY.match(words.strip())
        if described is None:
            return None
        nouns = [word for word in described.group("words").split() if word not in ("of", "on", "for")]
        found = self._named.organisations_with_words(nouns)
        return next(iter(found)) if len(found) == 1 else None

    def _body_named(self, name: str, position: int) -> str | None:
        """The organisation ``name`` stands for: a known or new actor of that name, else the
        organisation named in the text with that one word ("Halvorsen" → Halvorsen Freight)."""
        known = self._directory.resolve(name).actor
        if known is not None:
            return known.name if known.kind == "organisation" else None
        if " " not in name:
            return self._named.organisation_with_word(name, position)
        return None

    def _is_known(self, words: str) -> bool:
        """Whether a known actor's name, or a surname known actors share, is ``words``."""
        resolution = self._known.resolve(words)
        return resolution.actor is not None or bool(resolution.ambiguous)

    def _remember(self, name: str, kind: str) -> None:
        parts = name.split()
        if kind == "person" and len(parts) >= 2:
            self._full_names[match_key(parts[-1])] = name  # "Mansour" is the Mansour named last


#: A personal name: two to four capitalised words, allowing particles ("al-Qudsi", "van der").
_FULL_NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|van|von|der|de|da|di|du|la|le)(?:[-\s][A-Z][\w'’-]*)?)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|van|von|der|de|da|di|du|la|le)(?:-[A-Z][\w'’-]*)?)){1,3}$"
)
#: "<name> of/at/from [the] <Organisation>": the person is the part before.
_AFFILIATION = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z].*$")


#: Letters after a name that are not part of it: "Rupert Mwangi-Ellis QC", "Jane Doe MP".
_POSTNOMINAL = re.compile(r",?\s+(?:QC|KC|MP|MEP|MSP|PhD|Jr\.?|Sr\.?|OBE|MBE|CBE)$")


#: "The Crowd Analytics Lab at the University of Velsberg", "the University of Northmoor's
#: Transport Research Unit": a named body, placed by an affiliation or an owner.
_PLACED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w&-]*(?:\s+(?:for|of|and|[A-Z][\w&-]*))*?\s+(?P<head>[A-Z][\w-]*))"
    r"\s+(?:at|of|in)\s+(?:the\s+)?[A-Z][\w\s&-]*$"
    r"|^(?:[Tt]he\s+)?[A-Z][\w\s&-]*?['’]s\s+(?P<owned>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)+)$"
)
#: Last words that make a capitalised phrase the name of a body.
_BODY_HEADS = frozenset(
    ["Lab", "Laboratory", "Unit", "Institute", "Centre", "Center", "Council", "Committee", "Commission", "Agency", "Office", "Ministry", "Department", "Association", "Alliance", "Coalition", "Network", "Foundation", "Trust", "Group", "Society", "Union", "Federation", "Board", "Authority", "Service", "Court", "Bank", "Fund", "Press", "Observatory", "Programme", "Program", "Project", "Campaign", "Party", "Movement"]
)


def _with_article(words: str) -> str:
    """A description in headline style with the article it dropped ("Match commander" →
    "the match commander", "Families’ group" → "the families’ group"); others as written."""
    if _HEADLINE_DESCRIPTION.fullmatch(words) is None:
        return words
    return "the " + words[0].lower() + words[1:]


def _person_name(words: str) -> str:
    """Speaker words reduced to the person's name: no titles, no affiliation."""
    name = _POSTNOMINAL.sub("", actors.strip_title(words.strip()))
    cut = _AFFILIATION.sub("", name)
    if cut != name and cut.split()[-1] in _BODY_HEADS:
        return name  # "Red Crescent Society of Marovia": one body's name, no affiliation
    return cut if len(cut.split()) >= 2 or cut == name else name


def _holder_named(person: str, inside: list[MentionFound]) -> MentionFound | None:
    """When the speaker's words reduced to a person's name leave only an office ("Deputy
    Minister" of "Deputy Minister of Justice Pavel Hronek"), the last person the words name:
    the office's holder."""
    words = person.split()
    if not words or not all(word.casefold() in _OFFICE_WORDS for word in words):
        return None
    return next((mention for mention in reversed(inside) if mention.kind == "person"), None)


#: Words of an office written before its holder's name.
_OFFICE_WORDS = frozenset(
    word.casefold()
    for word in """Deputy Vice Assistant Acting Interim Junior Minister Secretary Commissioner
    Director Governor President Chancellor Prime First Foreign Interior""".split()
)


def _named_author(quote: QuoteFound, inside: list[MentionFound]) -> MentionFound | None:
    """For a described speaker ("an estimate by the Chamber of Commerce", "the city's Office of
    Budget (OBM)"), the named actor that is the speaker's head; never a mere affiliation
    ("a senior official of the Ministry of Intelligence" stays unnamed)."""
    assert quote.speaker_text is not None and quote.speaker_start is not None
    words = quote.speaker_text
    tail = re.sub(r"\s*\([^()]*\)\s*$", "", words)
    for mention in reversed(inside):
        before = words[: mention.start - quote.speaker_start]
        if mention.end - quote.speaker_start != len(tail):
            continue
        if _HOLDER_BEFORE_BY.search(before[: before.rfind(" by ") + 1] if " by " in before else ""):
            continue  # "a memo seen by Coastal Radio": who holds it, not who wrote it
        by = _AUTHOR_PREFIX.search(before)
        if by is not None and _MEMBERS_BEFORE_FROM.search(before, 0, by.start()):
            continue  # "A team from the University of …": members of the body, not the body
        if by is not None or _OWNER_PREFIX.match(
            _DATELINE.sub("", before)
        ):
            return mention
    return None
