"""Actors: who is named in a text, resolved to a known actor wherever the name allows.

A *known actor* comes from the actor list (``seeds/actors.toml``) or from the database. An
:class:`ActorDirectory` built from them resolves a written name:

1. by matching key (:func:`provenance.matching.match_key`: case, accents, punctuation, hyphens,
   spaces, a few transliteration variants) against every name and alias, after stripping
   titles (Mr., Mrs., Ayatollah, Hon. …) and, failing that, leading role words ("President");
2. by surname: a bare surname resolves to the one known person with that surname; when two
   share it (Maryam and Massoud Rajavi) the answer is *ambiguous* and lists both, and
   :meth:`ActorDirectory.resolve_in_context` picks the one most recently named in full;
3. by fuzzy matching (rapidfuzz ``fuzz.ratio`` on matching keys, :data:`FUZZY_THRESHOLD`) for
   transliteration variants and misprints the key cannot catch (``Pourmihammadi``). Acronyms
   and short names never fuzzy-match: only their exact key counts.

:func:`find_mentions` finds the actors named in a text:

- every spelling of a known actor (one regular expression per directory, longest first,
  tolerant of case, apostrophe, hyphen and space variants; acronyms only in capitals);
- acronym definitions (``National Council of Resistance of Iran (NCRI)``: two mentions);
- people: names after titles (Mr., Ayatollah, Mayor …), capitalised names next to reporting
  verbs ("Terzi stressed", "said Mr. Naderi", "according to …") or interview turn labels
  ("Ledvina: …"), after a role ("dissident Ehsan Qaraee"), before an appositive ("Gholamreza
  Khosravi, an activist …"), after "written by", and in lists of three or more full names;
- organisations: known ones, acronym definitions, names ending in an organisation word
  ("… Union", "… Ministry", "Ministry of …", "… Watch") unless made only of generic words
  ("Death Committee", "City Council"), acronyms that speak ("UNHCR said"), "Local 512";
- unnamed sources that speak: "a senior official of the Ministry of Intelligence … said",
  "Persons who had previously attended the event insisted", "Families say", "…,” a union
  official said".

Bare surnames are settled by context (the most recent full name, outside quotations first, a
gendered title); transliteration variants by fuzzy matching. Names no known actor fits become
*candidates* (:func:`candidate_actors`) for the review queue. Sentence-initial words, months,
places and headline words are never person candidates. Everything here is pure: no database,
no I/O except :func:`load_actor_list`.

The package, by concept: :mod:`.roster` (the actor list), :mod:`.vocabulary` (word lists and
character classes), :mod:`.names` (name forms), :mod:`.resolution`, :mod:`.fuzzy` and
:mod:`.directory` (resolving names), :mod:`.spellings` (the known-spelling pattern),
:mod:`.text` (the shared pass over a text) and :mod:`.triggers`, then the detectors —
:mod:`.known`, :mod:`.acronyms`, :mod:`.speakers`, :mod:`.people`, :mod:`.organisations`,
:mod:`.unnamed` — over :mod:`.hits`, and :mod:`.scan` (the entry points).
"""

from __future__ import annotations

from provenance.extract.actors.acronyms import find_acronym_definitions
from provenance.extract.actors.directory import ActorDirectory
from provenance.extract.actors.fuzzy import FUZZY_MIN_KEY_LENGTH, FUZZY_THRESHOLD
from provenance.extract.actors.resolution import Resolution, ResolutionMethod
from provenance.extract.actors.roster import (
    SEED_ACTORS_PATH,
    ActorListError,
    KnownActor,
    load_actor_list,
    match_key,
)
from provenance.extract.actors.scan import (
    ActorScan,
    AmbiguousMention,
    candidate_actors,
    find_mentions,
    scan_actors,
)
from provenance.extract.actors.vocabulary import TITLES, is_acronym, strip_title

NAME = "actors"
#: 6: "National Assembly", "National Archives" (bodies a state has one of), a new person's given
#: name alone in the text that names them in full ("For Dilbar, …"), a turn label in capitals
#: that the text also writes as a name ("TUNDE:" after "Next caller is Tunde") is that person.
#: 7: a body after "agency", "company" …; post-nominals ("KC") and "now 81" after a name;
#: phone-in callers ("Graham in Dunmore writes"); "Attorney General's Office"; diacritics
#: ignored in known spellings; an undefined acronym that spells an earlier name.
#: 8: names a credit label gives ("Presenter: …", "Media enquiries: …"), "Name, of the
#: Institute …" as a person, organisations defined by an acronym of their own language
#: ("National Emergency Operations Centre (COEN)"), firms written "Castell & Moyo", and no
#: unnamed source where a name stands in apposition to the description.
#: 9: a transcript's turn labels in capitals ("SABINE ACHTERHOF:") as the people it names in
#: full, a given name alone after "to" + the full name, firms by more last words ("Capital
#: Markets", "Advisory", "Coachworks"), and no organisation spelled out by a post's acronym
#: ("Chief Executive Officer" for "CEO"); commands, forces, teams and panels as bodies,
#: other languages' honorifics ("Doña", "Frau") as titles, "her son Julio", and the full names
#: of a family sharing a surname ("Samir Halvani", "Maya Halvani"); a masthead in capitals and
#: its name in another language under it; foundations named in their own language; a letter's
#: signature after a dash; bridges, cathedrals, moors and harbours as places; "Velikoff" for
#: "Velikov" and "Marchbanks" for "Marchbank" in a full name; a short form defined in quoted
#: brackets ('Dunford Metropolitan Borough Council ("the Council")'); a letter's signature on a
#: paragraph of its own; a reader in a town who emails; "Rail", "Economics" ending a firm's name;
#: saints' names as places; a judge credited by title and surname ("Judge: Mrs Justice
#: Okonjo-Barrett"); a voice as a body's head word ("Rail Users' Voice"); a body named in
#: capitals then in title case takes the title-case name; forums as bodies; document labels
#: ("NOTE:", "Live:") as no speakers; a post ("Fisheries Minister") never fuzzy-matches a body;
#: "Rail, Maritime and Transport Union (RMTU)": a comma inside a defined name; the parties of a
#: case named on its own line ("… Ltd v … Council"); "Hallam Vale FC" for "Hallam Vale Football
#: Club Ltd".
#: 10: an office's portfolio between the title and the name ("Deputy Minister of Justice Pavel
#: Hronek", "Minister of Foreign Affairs and Trade Ana Silva") is not part of the name; a
#: body's head with its complement ("Select Committee on Health and Social Affairs") is a name
#: even in a Title Case heading; a name in apposition after a defined acronym ("… Union
#: (RMTU), Declan Oyelaran, has given evidence"); a profile's heading ("Samuel Otieno Were" over
#: "Samuel, 67, was …") is the whole name; "Independent estimates fall": a plural noun, no
#: speaker; "Justice Ministry" is the "Kestrian Ministry of Justice" the text names; a court
#: named by its rank alone ("the High Court's decision") is a body; "Counsel for the Council" is
#: a role before the body; an unnamed speaker the scan missed ("a company spokesman said") is
#: a mention of its description (joined up with the quotes, in the pipeline); museums,
#: foundations, funds, trusts, services, embassies … named with a complement ("National Museum
#: of Sabine History"); rifles, fusiliers, militias and other units, with a spelled ordinal
#: ("Third Coastal Rifles"); a name in apposition after a role ("counsel for the police, Harriet
#: Osei-Lindgren, at 2pm"); an acronym listed with a body ("… (IOM) and UNHCR"); football
#: clubs by their suffix ("Harlow United", and "Rovers" alone for "Kellbrook Rovers") or a
#: continental prefix ("KV Rendel"); water, gas and electricity companies ("Severn Vale Water");
#: the subject of a clause "according to" someone is no speaker; a name a kind noun introduces
#: ("The club, Velvet Rooms, said") is a body, whatever the reporting verb suggests; doctors'
#: groups named in their own language ("Médecins Solidaires").
VERSION = "10"

__all__ = [
    "FUZZY_MIN_KEY_LENGTH",
    "FUZZY_THRESHOLD",
    "NAME",
    "SEED_ACTORS_PATH",
    "TITLES",
    "VERSION",
    "ActorDirectory",
    "ActorListError",
    "ActorScan",
    "AmbiguousMention",
    "KnownActor",
    "Resolution",
    "ResolutionMethod",
    "candidate_actors",
    "find_acronym_definitions",
    "find_mentions",
    "is_acronym",
    "load_actor_list",
    "match_key",
    "scan_actors",
    "strip_title",
]
