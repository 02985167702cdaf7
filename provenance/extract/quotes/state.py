"""What one reading of a text holds: the paragraphs, the masked text, the indexes built on
first use, the results; and the two writers every step uses (emit, remember).

The reader is a chain of classes, one per concept and module, each adding its steps:
``ReaderState`` → ``NameIndex`` (index) → ``Antecedents`` → ``Phrases`` → ``Turns`` →
``Attribution`` → ``DirectQuotes`` (direct) → ``ReportedSpeech`` (reported) → ``Reader``. The
steps call each other through ``self``, so one reading shares one state and no step passes the
text around."""

from __future__ import annotations

from provenance.extract.found import QuoteFound
from provenance.extract.quotes.marks import _paragraphs
from provenance.extract.quotes.names import _looks_org
from provenance.extract.quotes.records import _Para, _Speaker


class ReaderState:
    """The state of one reading; the steps are mixed in by the classes built on it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras: list[_Para] = [_Para(s, e) for s, e in _paragraphs(text)]
        self.masked = ""
        #: Where the masked regions' runs of mask characters end (None: not known, the text
        #: holds mask characters of its own).
        self.mask_ends: list[int] | None = None
        self.results: list[QuoteFound] = []
        self.accepted: list[tuple[int, int]] = []  # masked regions of accepted direct quotes
        self.direct_regions: list[tuple[int, int, int]] = []  # region and its result's index
        self.region_starts: list[int] = []
        self.removed: set[int] = set()  # results absorbed into reported speech
        self.antecedents: list[_Speaker] = []
        self.surnames: set[str] = set()
        self.names: dict[str, list[tuple[int, int]]] = {}  # key → full-name mentions
        self.name_starts: dict[str, list[int]] = {}
        self.roles: dict[str, list[tuple[int, int]]] = {}  # role noun → named people
        self.role_starts: dict[str, list[int]] = {}
        self.orgs: dict[str, list[tuple[int, int]]] = {}  # organisation noun → named bodies
        self.org_starts: dict[str, list[int]] = {}
        self.subjects: dict[int, _Speaker | None] = {}
        self.sentence_starts: list[int] = []
        self.sentence_ends: list[int] = []
        self.titled: set[str] | None = None  # built on first use
        self.indexed = False  # the name and organisation indexes, built on first use
        self.roles_indexed = False
        self.people: list[tuple[int, int, int, tuple[str, ...]]] = []
        self.people_starts: list[int] = []
        self.person_roles: dict[int, tuple[str, ...]] | None = None  # built on first use
        self.heading: _Speaker | None = None
        self.last_group: tuple[int, _Speaker | None, int] | None = None  # para, speaker, end
        # Reporting verbs of the whole text (start, verb start, end, verb), found once.
        self.reporting: list[tuple[int, int, int, str]] | None = None
        self.reporting_starts: list[int] = []
        self.reporting_verb_starts: list[int] = []  # the same by verb start, and the verbs
        self.reporting_verbs: list[str] = []
        # Mentions of an interview's publication: (start, end, name start, name end).
        self.interviews: list[tuple[int, int, int, int]] | None = None
        # Who spoke to whom, by where the interview's first turn opens (read once per interview).
        self.spoke_to: dict[int, tuple[_Speaker | None, _Speaker | None]] = {}

    def _emit(self, start: int, end: int, kind: str, speaker: _Speaker | None) -> None:
        """Append one record."""
        text = self.text
        if speaker is None or speaker.text is None:
            self.results.append(
                QuoteFound(
                    start, end, text[start:end], "direct" if kind == "direct" else "indirect", None
                )
            )
            return
        self.results.append(
            QuoteFound(
                start,
                end,
                text[start:end],
                "direct" if kind == "direct" else "indirect",
                speaker.text,
                speaker.start,
                speaker.end,
                speaker.kind,
            )
        )

    def _remember(self, speaker: _Speaker) -> None:
        """Record a named speaker for later pronouns and lone surnames."""
        if speaker.text is None or speaker.pronoun:
            return
        self.antecedents.append(speaker)
        if speaker.kind is None and speaker.multi and not _looks_org(speaker.text):
            last = speaker.text.split()[-1].strip(".,")
            self.surnames.add(last)
