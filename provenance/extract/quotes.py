"""Quotes: direct quotes and reported speech, each with its speaker.

``find_quotes(text)`` returns :class:`~provenance.extract.found.QuoteFound` records sorted by
start, following the labelling conventions in ``tests/data/README.md``. It is pure and
rule-based; the rules:

Paragraphs
    A paragraph is a line. A block of lines (between blank lines) whose lines all but the last
    are 40–100 characters long is hard-wrapped text and is one paragraph.

Direct quotes (kind ``"direct"``)
    Quote marks are read per paragraph with a stack: curly (“ ” ‘ ’), straight (" ') and
    low/angle marks („ « ») in any mix; a straight mark opens or closes by the characters
    around it. Only top-level quotes count: a quote nested inside another (‘…’ or “…” inside
    “…”) is part of the outer one. A closing mark with nothing open that stands before text
    opens a quote (``writes: ” The relentless …”``). The span excludes the marks and the
    whitespace next to them and keeps punctuation inside the marks (``“It is no accident,”
    she said`` gives ``It is no accident,``); ``text == source[start:end]`` always holds.

    A quote that never closes ends at its paragraph's end. If the next paragraph opens with a
    quote mark, the quote goes on there (quotes running over paragraphs: each paragraph opens,
    only the last closes); if the next paragraph has no opening mark but a closing mark with
    nothing open, the quote goes on up to that mark. A quote running over paragraphs is one
    record, from its first word to its last.

    Interview turns: a paragraph ``Label: text`` is a turn when the label is ``Question``,
    ``Q``, ``Interviewer``, ``Host`` … (the interviewer), ``Answer``/``A`` (speaker None), or a
    name with another turn within four paragraphs. After a heading with "Q&A", a paragraph
    ending in "?" is a question and the paragraphs after it are the answer. A turn's text is
    one direct quote (marks inside it are nested), together with the paragraphs after it that
    are not turns, do not open with a quote mark or parenthesis and speak in the first or
    second person (I, we, you …). The interviewer speaks for the publication named as holding
    the interview ("interview with the state-run Mosalas magazine"), else for the label.

Titles and scare quotes are not quotes
    A quote is dropped when a naming word stands just before it and no attribution does
    (``entitled``, ``called``, ``known as``, ``signs reading``, ``the report``, ``the
    conference`` …), or when it has no attribution next to it and is Title Case text of at
    most 12 words (``“Stop Executions Iran”``), unless a speech verb just before it shows a
    headline quote (``Vows to “Eliminate MEK”``, speaker None). An attribution next to a
    quote is a speech verb or ``X:`` just before it, a speech verb just after it, a heading
    naming a speaker, or a ``… said:`` paragraph just before its paragraph.

    A quote of at most 4 words is kept only with such an attribution, or with a speech verb at
    most 6 words before it in its sentence and at least 2 words (``warn about “major events”``
    is kept; ``“moderate” Rouhani`` and ``“appeasement.”`` are not), or when it is a full
    sentence of at least 2 words continuing the previous quote (``“…,” she said. “They
    tortured me.”``). A quote in single marks at top level needs an attribution next to it,
    or 8 words and a speech verb in its sentence, or 5 words continuing a quote.

Speakers of direct quotes, first rule that applies
    1. Next to the quote: ``X said: “…”``, ``X said, “…”``, ``X told Y: “…”``, ``X said in an
       interview on …: “…”``, ``X said that “…”``, ``According to X, “…”``, ``X: “…”``;
       after it: ``“…,” said X``, ``“…,” X said/added/told Y/wrote …``, ``“…,” according to
       X``, ``“…” – X``. After a quote that ends its sentence only a bare ``X added.``
       counts, so ``“…” He added: “…”`` goes to the second quote. Labels such as ``Note:``,
       ``Update:``, ``Photo:`` are not speakers.
    2. A speech verb earlier in the quote's sentence with its subject (``X called on the UN to
       “…”``, ``calling it “…”``).
    3. A paragraph ending in ``X states:`` or ``The statement read, in part:`` just before.
    4. The previous quote in the same paragraph, or in the previous paragraph when the quote
       opens its paragraph, unless someone new was named in between.
    5. A heading: a short line that is a name, alone or followed by ``, role``/``– role``,
       followed (past dateline lines such as ``State TV, July 29, 2019``) by paragraphs that
       open with quote marks; it names their speaker until a paragraph that is neither.
    Otherwise speaker_text is None: no guessing.

Reported speech (kind ``"indirect"``)
    A reporting verb of saying followed by its content: ``X said/told Y/explained/claimed/
    confirmed/estimated/wrote/… (that) CLAUSE`` (without ``that`` only when a clause follows:
    ``said the ministry would …``), ``According to X, CLAUSE``, ``CLAUSE, according to X``,
    ``X, she explained, Y`` (the whole sentence), ``CLAUSE, X said.`` / ``CLAUSE, said X.``,
    and ``X declared/estimated/put the number … to be N``. Not: calls, demands, vows,
    questions, beliefs, verbs with a noun object. The span is the clause, without the
    sentence's final punctuation; a second coordinated reporting verb (``told … that A and
    claimed that B``) starts a second quote. A clause containing a quoted fragment (``said the
    ministry would “study the findings” before …``) is one indirect quote covering it, marks
    included, and the fragment is not a direct quote of its own; a quote that is the whole
    content (``said that “…”``) stays direct. Reported speech needs a speaker (named,
    described, or a resolved he/she).

The words naming a speaker
    speaker_text is what the text calls the speaker, speaker_start/end where: the name among
    comma-separated appositives (``Amnesty International’s lead researcher on Iran, Raha
    Bahreini`` → ``Raha Bahreini``); a name in head position of a description (``Former
    political prisoner Hossein Fathi``); titles and roles before a full name dropped
    (``Ambassador Giulio Terzi``, ``Dr. Ingrid Solberg``), kept before a lone surname
    (``Mr. Dalvand``). The words may stand elsewhere than the attribution, pointing back:

    - ``he``/``she`` → the last person-like speaker or sentence subject named before (a full
      name, a known surname, an ``a/an …`` description, a resolved ``the mayor``), or, when
      the pronoun's sentence and the one before have no such subject, the last full name of
      a person in them (``… residents such as Tom Reid. “…,” he said.``); ``I``/``we``/
      ``they`` give None;
    - a lone surname or first name (``Terzi``, ``Mrs. Rajavi``, ``Raha``) → the last full name
      of the narrative holding it (``Giulio Terzi``);
    - ``the mayor``/``the director`` → the person last introduced with that role (``Mayor
      Linda Okafor``, ``Priya Raman, the city's finance director``); ``the ministry``/``the
      union``/``the company`` → the organisation last named with that word (kind
      ``"organisation"``);
    - ``the report``/``the article``/``the paper`` → the organisation or publication last said
      to issue or carry one (``Amnesty International issued a statement``, ``a report on the
      Express-News website``, ``a report by the X Institute``); ``<Org> report`` → the Org.

    A description without a name (``a senior official of the Ministry …``; cut before
    ``who``/``which``; a sentence-initial plural such as ``Importers`` or ``Persons who …``)
    has kind ``"unnamed"``; a name has kind None (the actor resolver decides).

Everything is linear in the text: precompiled regexes over paragraphs and sentences, indexes
with binary search, and every look around a quote bounded (600 characters).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from provenance.extract.found import ActorKind, QuoteFound
from provenance.matching import match_key as _match_key

_key_cache: dict[str, str] = {}


def match_key(name: str) -> str:
    """:func:`provenance.matching.match_key`, memoised (names repeat within a text)."""
    key = _key_cache.get(name)
    if key is None:
        if len(_key_cache) > 100_000:
            _key_cache.clear()
        key = _key_cache[name] = _match_key(name)
    return key


NAME: Final = "quotes"
VERSION: Final = "1"

# --------------------------------------------------------------------------------------------
# Vocabulary

_MASK: Final = "\u2588"  # stands in for quoted text when the narrative around it is read
_LOOKBACK: Final = 600  # characters read around a quote for its attribution
_MAX_CLAUSE: Final = 2000  # the longest reported clause read

_DQ_OPEN: Final = frozenset("“„‟«")
_DQ_CLOSE: Final = frozenset("”»")
_SQ_OPEN: Final = frozenset("‘‚‛")
_DQ_ANY: Final = _DQ_OPEN | _DQ_CLOSE | {'"'}
_MARKS: Final = re.compile("[“„‟«”»\"‘‚‛’']")
_OPEN_BEFORE: Final = frozenset("([{—–-/“‘\"'«„‚:")
_CLOSE_AFTER: Final = frozenset(".,;:!?)]}—–-…”’\"'»")
_END_PUNCT: Final = frozenset(".!?…")

_SAY_FORMS: Final = (
    "say says said saying tell tells told add adds added continue continues continued "
    "stress stresses stressed explain explains explained conclude concludes concluded "
    "emphasize emphasizes emphasized emphasise emphasises emphasised state states stated "
    "note notes noted write writes wrote argue argues argued ask asks asked answer answers "
    "answered reply replies replied recall recalls recalled warn warns warned declare "
    "declares declared insist insists insisted claim claims claimed announce announces "
    "announced confirm confirms confirmed report reports reported observe observes observed "
    "remark remarks remarked comment comments commented acknowledge acknowledges "
    "acknowledged admit admits admitted maintain maintains maintained urge urges urged "
    "mention mentions mentioned suggest suggests suggested testify testifies testified "
    "tweet tweets tweeted post posts posted reveal reveals revealed affirm affirms affirmed "
    "assert asserts asserted allege alleges alleged predict predicts predicted promise "
    "promises promised vow vows vowed pledge pledges pledged deny denies denied caution "
    "cautions cautioned concede concedes conceded contend contends contended counter "
    "counters countered respond responds responded underline underlines underlined "
    "underscore underscores underscored reiterate reiterates reiterated shout shouts "
    "shouted exclaim exclaims exclaimed quip quips quipped joke jokes joked boast boasts "
    "boasted brag brags bragged complain complains complained lament laments lamented "
    "recount recounts recounted read reads quoted"
)
_SAY_WORDS: Final = frozenset(_SAY_FORMS.split())
# Finite forms only: the ones that can follow a subject ("X said", "X says").
# Base forms stay for plural subjects ("Officials say"); "to say", "will say" are refused
# where the subject is read.
_SAY_FINITE: Final = frozenset(w for w in _SAY_WORDS if not w.endswith("ing")) - {
    "continue",
    "stress",
    "explain",
    "conclude",
    "emphasize",
    "emphasise",
    "state",
    "note",
    "write",
    "ask",
    "answer",
    "reply",
    "recall",
    "declare",
    "announce",
    "confirm",
    "report",
    "observe",
    "remark",
    "comment",
    "acknowledge",
    "admit",
    "maintain",
    "urge",
    "mention",
    "suggest",
    "testify",
    "tweet",
    "post",
    "reveal",
    "affirm",
    "assert",
    "allege",
    "predict",
    "promise",
    "vow",
    "pledge",
    "deny",
    "caution",
    "concede",
    "contend",
    "counter",
    "respond",
    "underline",
    "underscore",
    "reiterate",
    "shout",
    "exclaim",
    "quip",
    "joke",
    "boast",
    "brag",
    "complain",
    "lament",
    "recount",
}
_SAY_ALT: Final = "|".join(sorted(_SAY_FINITE, key=len, reverse=True))
_ATTRIB_VERB: Final = rf"(?:went\s+on|pointed\s+out|{_SAY_ALT})"
# Verbs that attribute a quote standing later in the same sentence.
_SENTENCE_VERB: Final = (
    rf"(?:{_ATTRIB_VERB}|called|calls|calling|described|describes|branded|brands|termed"
    r"|describing|expressed|expresses|accused|accuses|spoke|speaking|addressing|saying"
    r"|adding|telling|writing|warning|insisting|noting|arguing|explaining|urging|stating)"
)

_AUX: Final = frozenset(
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must".split()
)
_IRREGULAR: Final = frozenset(
    "held made gave took went came became began lost sent kept found saw knew got put ran "
    "brought thought felt stood won paid heard led left met spent fought sought bought built "
    "caught taught chose drove fell flew grew hid hung meant rose sat sang shot shut slept "
    "spoke struck swore threw understood woke wore wrote told said".split()
)
_VERBISH: Final = _AUX | _IRREGULAR | _SAY_FINITE
_RELATIVE: Final = frozenset({"who", "which", "whose", "whom", "that"})
_PREPOSITIONS: Final = frozenset(
    "of to for in on at from with by about against under as into over after before during "
    "between among without within through across toward towards upon near via per".split()
)
_ADVERBIAL_START: Final = frozenset(
    "in on at after before during prior while when since despite following meanwhile however "
    "also but and yet so then still moreover furthermore separately as although though if "
    "because under like unlike by for with from over amid amidst through throughout within "
    "without upon earlier later today yesterday tonight now here there thus hence indeed "
    "instead nevertheless nonetheless asked interviewed quoted according unlike once back "
    "last this next between among across toward towards near via per into against about "
    "around beyond behind beside besides outside inside".split()
)
_TIME_WORDS: Final = frozenset(
    "week weekend month year morning afternoon evening night day summer winter spring autumn "
    "fall century decade time monday tuesday wednesday thursday friday saturday sunday".split()
)
_MONTHS: Final = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms mx dr prof st jr sr gen sen rep gov lt col capt sgt maj adm hon rev no nos vol "
    "vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n "
    "u.k e.u approx est fig mt ft ave dept univ messrs mme mlle ph.d a.m p.m".split()
)
_HONORIFICS: Final = frozenset(
    "mr mr. mrs mrs. ms ms. mx mx. miss dr dr. prof prof. sir dame".split()
)
_ROLE_WORDS: Final = frozenset(
    w.lower()
    for w in (
        "President Vice Prime Minister Foreign Interior Justice Defense Defence Secretary "
        "Secretary-General General Supreme Leader Chief Ambassador Senator Sen. Governor Gov. "
        "Mayor Commander Deputy Director Head Chairman Chairwoman Chair Spokesman Spokeswoman "
        "Spokesperson Judge King Queen Prince Princess Sheikh Imam Ayatollah Grand Mullah "
        "Cleric Professor Prof. Officer Colonel Col. Captain Capt. Lieutenant Lt. Major "
        "Admiral Sergeant Former Late Acting Member MP MEP Rapporteur Special UN U.N. US U.S. "
        "UK EU State Attorney Advisor Adviser Councillor Councilor Executive Senior Hon. Hon "
        "Pope Cardinal Bishop Rabbi Representative Rep. Gen. Congressman Congresswoman Lord "
        "Lady Baron Baroness Justice Chancellor Premier Speaker Envoy Minister-President "
        "Dissident Activist Researcher Lawyer Doctor Dr. Mr. Mrs. Ms. Mx. Miss Sir Dame"
    ).split()
)
_ORG_WORDS: Final = frozenset(
    w.lower()
    for w in (
        "International Organization Organisation Council Ministry Association Committee "
        "Commission Party Government Agency News Times Post Journal Press University Institute "
        "Foundation Court Nations Union Resistance Guards Guard Corps TV Media Daily Watch "
        "Network Service Department Office Parliament Assembly Group Center Centre Fund Bank "
        "Company Inc Ltd Reuters Express Amnesty Republic Regime Army Police Forces Movement "
        "Front Mojahedin Mujahedin Society Alliance League Federation Coalition Board Bureau "
        "Authority Tribunal Judiciary Magazine Radio Channel Website Campaign Project Initiative "
        "Embassy Mission Secretariat Senate Congress Cabinet Administration Division Brigade "
        "Resources Holdings Industries Corporation Corp Co LLC plc PLC Limited Partners Energy "
        "Mining Systems Technologies Airlines Motors Group Bank Insurance Logistics Shipping "
        "Authority Trust Agency Union Port Herald Tribune Gazette Chronicle Observer Guardian"
    ).split()
)
# Last words of names that are places or institutions, not people.
_PLACE_WORDS: Final = frozenset(
    "house street palace square hall avenue road prison island river mountains city county "
    "province state republic kingdom bay harbour harbor port airport station bridge park "
    "valley coast sea ocean lake camp compound centre center".split()
)
_COMPANY_WORDS: Final = frozenset(
    "resources holdings industries corporation corp co llc plc limited partners energy mining "
    "systems technologies airlines motors group insurance logistics shipping company inc "
    "ltd".split()
)
_DOC_WORDS: Final = (
    r"(?:report|reports|statement|statements|study|article|paper|newspaper|daily|website|site"
    r"|communiqu[eé]|letter|document|declaration|resolution|survey|analysis|briefing|release"
    r"|press\s+release|editorial|op-ed|investigation|findings|book|blog|post|memo|tweet"
    r"|dossier|account|publication|magazine|bulletin|publications)"
)
_INTERVIEWER_LABELS: Final = frozenset(
    "question q interviewer host moderator reporter journalist presenter anchor "
    "interviewer's question".split()
)
_ANSWER_LABELS: Final = frozenset({"answer", "a"})
_LABEL_STOP: Final = frozenset(
    "note notes source sources photo photos image images picture caption credit credits update "
    "updated related read see also background editor editors tags tag posted published date "
    "title subject summary translation transcript excerpt warning disclaimer correction "
    "clarification watch listen video audio map chart graphic graph table file location "
    "keywords categories category share email contact address phone tel fax website web "
    "copyright print download follow next previous more the this that these those it he she "
    "they we i you".split()
)
_STOP_SINGLE_NAMES: Final = frozenset(
    "he she they it we i you the this that these those there here many some most others "
    "officials critics experts analysts witnesses residents sources observers several both all "
    "each one another such what which who why how when where while yes no not however "
    "meanwhile but and or so yet also today yesterday tomorrow".split()
)
_DETERMINERS: Final = frozenset(
    "a an the this that these those one another his her their its our my your some several "
    "many two three four five six seven eight nine ten each every any no".split()
)
_FIRST_SECOND_PERSON: Final = re.compile(
    r"\b(?:I|I’m|I'm|we|We|us|our|Our|my|My|me|you|You|your|Your)\b"
)

# --------------------------------------------------------------------------------------------
# Compiled patterns

_CAP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
_PARTICLE: Final = (
    r"(?:al|el|bin|ibn|abu|de|del|della|der|di|da|dos|das|du|la|le|van|von|ter|ten|ul|bint)"
)
_TITLE: Final = (
    r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Hon|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Maj|Adm)"
    r"\.?"
)
_NTOK: Final = (
    rf"(?:[{_CAP}]\.(?=\s)|(?:{_PARTICLE}[-‐])?[{_CAP}][\w\-‐]*(?:['’](?!s\b)\w[\w\-‐]*)*)"
)
# A run of name tokens (person-style: only particles between tokens).
_RUN: Final = re.compile(rf"(?:{_TITLE}\s+)?{_NTOK}(?:\s+(?:{_PARTICLE}\s+)?{_NTOK}){{0,6}}")
# A whole segment that is a name (organisations may have "of", "and", "for", "the").
_PURE: Final = re.compile(
    rf"(?:{_TITLE}\s+)?(?:{_PARTICLE}\s+){{0,2}}{_NTOK}(?:\s+(?:(?:{_PARTICLE}|of|for|and|the|on|&)\s+)*{_NTOK}){{0,8}}"
    rf"(?:[ \t]+\d{{1,4}})?(?:\s*\([{_CAP}][\w./ ]{{0,20}}\))?"
)
_ORG_DOC: Final = re.compile(
    rf"(?i:the\s+|a\s+|an\s+|its\s+)?(?P<org>{_NTOK}(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*"
    rf"{_NTOK}){{0,6}})(?:['’]s)?\s+(?i:new\s+|latest\s+|annual\s+|recent\s+|own\s+)?"
    rf"(?i:{_DOC_WORDS})"
)
_DOCREF_INDEFINITE: Final = re.compile(rf"(?i:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_WORDS})")
_DOCREF: Final = re.compile(
    rf"(?i:(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_WORDS})"
)
_SENT_BREAK: Final = re.compile(
    rf"[.!?…]+[\"”’')\]{_MASK}]*\s+(?=[\"“‘'(\[{_MASK}]?[{_CAP}0-9{_MASK}])"
)
_WORD: Final = re.compile(r"\S+")
_SUBJECT_SKIP: Final = frozenset(
    "he she it they we i you there this these those that his her its their our my your".split()
)
_SEG_PUNCT: Final = re.compile(r"[,()\[\]]")
_FIRST_WORD: Final = re.compile(r"[^\w]*([\w’'.\-]+)")
_WORD_EDGE_L: Final = r"(?<![\w’'\-])"
_WORD_EDGE_R: Final = r"(?![\w’'\-])"
_VERBISH_RE: Final = re.compile(
    _WORD_EDGE_L + "(?:" + "|".join(sorted(_VERBISH, key=len, reverse=True)) + ")" + _WORD_EDGE_R
)
_RELATIVE_RE: Final = re.compile(r"\s(?:who|which|whose|whom|that)" + _WORD_EDGE_R)
_BOUNDARY_RE: Final = re.compile(
    _WORD_EDGE_L
    + "(?:"
    + "|".join(sorted(_VERBISH | _RELATIVE, key=len, reverse=True))
    + "|(?P<ed>[a-z]+ed))"
    + _WORD_EDGE_R
    + f"|[;:{_MASK}]"
)
# What may follow a name in head position: the end, punctuation, a conjunction, a relative.
_FOLLOWER: Final = re.compile(r"\s*(?:$|[,;:(\[—–]|\s-\s|(?:and|or|who|which|whose|that)\b)")
_DATELINE: Final = re.compile(
    rf"[{_CAP}][{_CAP}\s.,'’\-]{{1,40}}(?:\([^)]{{1,40}}\))?\s*[-–—]+\s+(?=[{_CAP}])"
)
_LEAD_VERB: Final = re.compile(
    rf"\b(?P<verb>{_ATTRIB_VERB})\b(?P<tail>[^.;!?{_MASK}]{{0,90}}?)\s*[:,]?\s*$"
)
_LEAD_ACCORDING: Final = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<np>[^,;{_MASK}]{{2,150}}?)\s*,?\s*$"
)
_LEAD_LABEL: Final = re.compile(r"^(?P<np>.{1,300}?)\s*:\s*$", re.S)
_TRAIL_DASH: Final = re.compile(rf"^\s*[—–-]+\s*(?P<np>[^.;:!?{_MASK}]{{2,80}}?)\s*$")
_TRAIL_ACCORDING: Final = re.compile(
    rf"^\s*[,.]?\s*according\s+to\s+(?P<np>[^,.;:{_MASK}]{{2,120}})"
)
_TRAIL_VERB_FIRST: Final = re.compile(
    rf"^\s*[,.;]?\s*(?P<verb>{_ATTRIB_VERB})\s+(?P<rest>[^;:{_MASK}]*)"
)
_TRAIL_NP_FIRST: Final = re.compile(
    rf"^\s*[,.;]?\s*(?P<np>[^;:!?{_MASK}]{{1,150}}?)\s+"
    rf"(?:(?:has|had|have|was|is|also|later|then|once|further|again|previously|recently)\s+)*"
    rf"(?P<verb>{_ATTRIB_VERB})\b"
)
_SENT_VERB_RE: Final = re.compile(rf"\b(?P<verb>{_SENTENCE_VERB})\b")
_TRAILING_AUX: Final = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|once|again|further|previously|recently|repeatedly"
    r"|publicly|reportedly|simply|just|was|is|were|are|will|would|could|might|may|once\s+again"
    r"|had\s+also|has\s+also|explicitly|openly|clearly|firmly|proudly|flatly|quickly|even"
    r"|never|always|often|already|specifically|personally|emphatically|in\s+turn))+\s*$",
    re.I,
)
_TITLE_CUE_VERB: Final = re.compile(
    r"(?i:\b(?:entitled|titled|headlined|dubbed|named|called|known\s+as|nicknamed|so-called"
    r"|labell?ed|under\s+the\s+(?:name|title|slogan|banner)|the\s+words?"
    r"|the\s+term|the\s+phrase|the\s+slogans?|the\s+motto|hashtag)\s*[,:]?\s*$"
    r"|\b(?:reading|read|reads)\s*$)"
)
_TITLE_CUE_NOUN: Final = re.compile(
    r"(?i:\b(?:book|books|report|film|movie|documentary|series|serial|serials|song|poem|article"
    r"|column|op-ed|editorial|conference|campaign|programme|program|project|operation"
    r"|exhibition|event|rally|slogan|slogans|banner|banners|sign|signs|placard|placards"
    r"|motto|theme|website|blog|magazine|newspaper|show|album|play|novel|paper|study|essay"
    r"|speech|statement|letter|resolution|declaration|plan|group|association|organi[sz]ation"
    r"|party|movement|newsletter|daily|weekly|title|headline|hashtag|word|term|phrase"
    r"|label|brand|codenamed|code-named)\s*$)"
)
_SMALL_WORDS: Final = frozenset(
    "of the and for in on a an to at by with from or nor but vs via as is".split()
)
_DATE: Final = re.compile(
    r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|\b(?:19|20)\d\d\b)"
)
_TURN: Final = re.compile(r"(?P<label>[^\W\d_][^:\n“”\"]{0,50}?)\s*:[ \t\u00a0]+(?=\S)")
_REPORTING_VERBS: Final = frozenset(
    "said says say stated states reported reports confirmed confirms declared declares "
    "announced announces explained explains claimed claims claim estimated estimates estimate "
    "wrote writes told tells added adds noted notes revealed reveals reveal acknowledged "
    "acknowledges acknowledge admitted admits admit insisted insists insist stressed stresses "
    "emphasized emphasised emphasizes emphasises warned warns warn argued argues argue "
    "testified testify alleged alleges allege asserted asserts assert indicated indicates "
    "indicate showed shows show found finds concluded concludes conclude recalled recalls "
    "maintained maintains maintain disclosed discloses informed informs suggested suggests "
    "suggest observed observes remarked commented conceded concedes contended contends "
    "countered replied responded reiterated reiterates affirmed affirms underlined "
    "underscored predicted predicts assured assures reminded reminds".split()
)
_REPORTING_RE: Final = re.compile(
    _WORD_EDGE_L
    + r"(?:(?:has|have|had)\s+(?:also\s+)?)?(?P<verb>"
    + "|".join(sorted(_REPORTING_VERBS, key=len, reverse=True))
    + ")"
    + _WORD_EDGE_R
)
_OBJECT_VERBS: Final = frozenset(
    "told tells informed informs assured assures reminded reminds warned warns showed shows".split()
)
_BARE_CLAUSE_VERBS: Final = frozenset(
    "said says say told tells claimed claims claim insisted insists insist estimated "
    "estimates estimate wrote writes added adds argued argues argue noted notes stated "
    "states explained explains warned warns".split()
)
# "that" within a few words of the verb ("told Express-News that", "said on Monday that").
_THAT_AFTER: Final = re.compile(r"(?P<gap>(?:\s+[\w’'.\-]+){0,6}?),?\s+that\s+(?=\S)")
_OBJECT: Final = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?[\w’'.\-]+(?:\s+[A-Z][\w’'.\-]*){0,2}")
_SHORT_PP: Final = re.compile(
    r",?\s+(?:on|in|at|last|this|earlier|later|during|after|before|late|early)"
    r"(?:\s+[\w’'\-]+){1,4}?(?=,?\s+(?:the|a|an|he|she|it|they|we|i|there|its|his|her"
    r"|their|[A-Z0-9]))"
)
# A clause: a subject-like start and a finite verb within a few words.
_CLAUSE_HEAD: Final = re.compile(
    r"(?!(?:to|nothing|something|so|as|yes|no|more|little|much|goodbye|hello|in|on|at|for"
    r"|with|of|about|from|by|that|what|whether|if|how|why|when|where)\b)"
    r"[\w’'$€£%\-.]+(?:,\d{3})*(?:\s+[\w’'$€£%\-.()]+(?:,\d{3})*){0,7}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
    r"|do|remains|remained|[a-z]+ed)\b"
)
_COORDINATED: Final = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:(?:he|she|they|it|we)\s+)?(?:also\s+)?"
    + _WORD_EDGE_L
    + "(?:"
    + "|".join(sorted(_REPORTING_VERBS, key=len, reverse=True))
    + ")"
    + _WORD_EDGE_R
)
_CLAUSE_STOP: Final = re.compile(r"[:;]")
# ", which Smith runs," inside a clause, left out when looking for the clause's verb.
_RELATIVE_ASIDE: Final = re.compile(r",\s+(?:who|which|whose|where)\b[^,;:.]{0,80},")
_LEADING_CONJ: Final = re.compile(r"[\s,]*(?:and|but)\b\s*(?:also\s+)?")
_WORDS_RE: Final = re.compile(r"[^\W_]{2,}")
_PAREN_ATTR: Final = re.compile(
    rf",\s+(?P<np>he|she|they|[{_CAP}][\w’'\-.]*(?:\s+[{_CAP}][\w’'\-]*){{0,3}}"
    r"|(?:the|a|an)\s+[\w’'\- ]{1,40}?)\s+(?P<verb>said|says|explained|explains|added|adds"
    r"|noted|notes|argued|argues|claimed|claims|insisted|insists|wrote|writes|stressed|stresses"
    r"|warned|warns|recalled|recalls|continued|believes|added),\s+(?=\S)"
)
_TRAIL_ATTR: Final = re.compile(
    r",\s+(?P<np>[^,;:\u2588]{1,60}?)\s+(?:(?:has|had|have)\s+)?(?:said|says|say|added|adds"
    r"|noted|notes|wrote|writes|stated|states|reported|reports|estimated|estimates|explained"
    r"|argued|claimed|claims|insisted|warned|told\s+[\w’'.\- ]{1,30}?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|later)\s+[^,;:\u2588]{1,40}?)?\s*[.!?]?\s*$"
)
_TRAIL_ATTR_INVERTED: Final = re.compile(
    r",\s+(?:said|says|added|adds|noted|notes|wrote|writes|explained|argued|claimed|insisted"
    r"|warned|stated)\s+(?P<np>[^,;:\u2588]{2,60}?)(?:,[^;:\u2588]{0,80})?\s*[.!?]?\s*$"
)
_NUMBER_HINT: Final = re.compile(r"number|toll|figure|total|count|tally")
_TRAIL_HINT: Final = re.compile(
    r"said|says|say\b|added|adds|noted|notes|wrote|writes|stated|states|reported|reports"
    r"|estimated|estimates|explained|argued|claimed|claims|insisted|warned|told"
)
_NUMBER_CLAUSE: Final = re.compile(
    r"\b(?P<verb>declared|declares|put|puts|estimated|estimates|placed|places|gave|gives|set"
    r"|sets|announced|announces|reported|reports)\s+(?P<obj>the\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:number|toll|figure|total|count|tally)\b)"
)
_ACCORDING_LEAD: Final = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<np>[^,;{_MASK}]{{2,150}}?),\s+(?=\S)"
)
_OUTLET_WORDS: Final = (
    r"(?:website|daily|newspaper|magazine|site|news\s+agency|agency|TV|television|radio"
    r"|channel|broadcaster|paper|weekly|Magazine|Newspaper|Daily|Weekly|Website)"
)
_INTERVIEW_WITH: Final = re.compile(
    rf"(?i:\binterview(?:ed)?\s+(?:with|by|for|to))\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,3}}"
    rf"(?P<name>[{_CAP}][\w’'\-]*(?:[ \t]+[{_CAP}][\w’'\-]*){{0,3}})"
    rf"(?P<after>[ \t]+{_OUTLET_WORDS}\b)?"
)
# A publication named as where a text appeared: "a report on the Express-News website".
_OUTLET_MENTION: Final = re.compile(
    rf"(?:\b(?i:on|in|by|from|to|the)\s+)(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}"
    rf"(?P<name>[{_CAP}][\w’'\-]*(?:[ \t]+[{_CAP}][\w’'\-]*){{0,3}})[ \t]+{_OUTLET_WORDS}\b"
)
_OUTLET_TAIL: Final = re.compile(rf"\s+{_OUTLET_WORDS}$")
_QA_HEADING: Final = re.compile(r"(?i:\bQ\s*&\s*A\b|\bQ\s+and\s+A\b)")
_QA_WITH: Final = re.compile(r"(?i:\bwith\s+)(?P<np>.+)$")
_HEADLINE_VERB: Final = re.compile(
    r"(?i:\b(?:says?|said|vows?|vowed|warns?|warned|calls?|urges?|tells?|told|claims?"
    r"|insists?|admits?|promises?|pledges?|threatens?|declares?|accuses?)\b)(?:\s+\S+){0,2}\s*$"
)
_APPOSITIVE_NAME: Final = re.compile(
    rf"(?P<name>(?:{_TITLE}\s+)?[{_CAP}][\w’'\-]+(?:\s+[{_CAP}][\w’'\-]+){{1,3}}),\s+(?=\S)"
)
_ACCORDING_TRAIL: Final = re.compile(
    rf",\s+according\s+to\s+(?P<np>[^,;{_MASK}]{{2,150}}?)\s*[.!?]?\s*$"
)
_DOC_AUTHOR_VERB: Final = re.compile(
    rf"\b(?:issued|published|released|produced|put\s+out|sent\s+out)\s+(?:a|an|its|their|the)"
    rf"\s+(?:[\w’'\-]+\s+){{0,3}}?(?i:{_DOC_WORDS})\b"
)
_DOC_BY: Final = re.compile(
    rf"(?i:\b{_DOC_WORDS}\b)[^.;:{_MASK}]{{0,60}}?\bby\s+(?:the\s+)?"
    rf"(?P<np>{_NTOK}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?{_NTOK}){{0,6}})"
)
_CONNECTORS: Final = frozenset("of for and the on de al bin van von der du la le el da di".split())
# Runs of capitalised words, with the small words organisation names and particles use.
_NAME_RUN: Final = re.compile(
    # The capital first and the word-edge check after it: the scan then skips ahead by the
    # capital letters alone. A period may end the first word only ("Mr.", "J."), checked after.
    rf"[{_CAP}](?<![\w’'\-].)[\w’'\-]*\.?"
    rf"(?:[ \t]+(?:(?:of|for|and|the|on|de|al|bin|van|von|der|du|la|le|el|da|di)[ \t]+){{0,2}}"
    rf"[{_CAP}][\w’'\-]*){{1,7}}"
)
_LOCAL_UNION: Final = re.compile(r"\bLocal[ \t]+\d{1,5}\b")
# A capitalised word inside a sentence (after a lowercase word, a digit or a comma).
_MIDCAP: Final = re.compile(rf"(?<=[a-z0-9,;)] )[{_CAP}][\w’'\-]+")
# Nouns naming an organisation that "the <noun>" can refer back to.
_ORG_HEADS: Final = frozenset(
    "ministry council union company court agency commission committee authority department "
    "government office institute association organisation organization group board bank "
    "party foundation university tribunal bureau federation alliance coalition network "
    "newspaper daily magazine broadcaster channel website campaign movement firm "
    "administration embassy parliament assembly operator local".split()
)
_LAST_WORD: Final = re.compile(r"([\w’']+)\W*$")
_NOT_BEFORE_VERB: Final = frozenset(
    "to will would can could should may might must not did does do shall cannot never".split()
)
_UPPER_RE: Final = re.compile(f"[{_CAP}]")


# --------------------------------------------------------------------------------------------
# Records used while reading


@dataclass(slots=True)
class _Speaker:
    """A speaker as found: the naming words, or a pronoun to resolve, or unknown (text None)."""

    text: str | None
    start: int | None
    end: int | None
    kind: ActorKind | None = None
    personish: bool = False
    pronoun: bool = False
    docref: bool = False
    definite: bool = False
    multi: bool = False  # a name of two tokens or more (or title + name)
    at: int | None = None  # where the attribution stood, when the words are elsewhere

    @property
    def where(self) -> int:
        """Where the speaker was attributed, for "who was named last"."""
        if self.at is not None:
            return self.at
        return self.start if self.start is not None else -1


@dataclass(slots=True)
class _Span:
    """One paragraph's part of a direct quote; ``group`` is shared by a quote's paragraphs."""

    para: int
    open: int | None
    close: int | None
    cstart: int
    cend: int
    single: bool
    final: bool  # the content ends with sentence punctuation
    group: list[_Span] = field(default_factory=list)


@dataclass(slots=True)
class _Para:
    """A paragraph: its bounds, its quotes, and what kind of paragraph it is."""

    start: int
    end: int
    spans: list[_Span] = field(default_factory=list)
    strays: list[int] = field(default_factory=list)
    turn_label: tuple[int, int] | None = None
    turn_kind: str = ""  # "interviewer", "answer", "name"
    turn_content: int | None = None
    turn_quoted: bool = False
    is_turn: bool = False
    continues_turn: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)
    heading: _Speaker | None = None
    heading_applies: bool = False
    dateline: bool = False

    @property
    def opens_with_quote(self) -> bool:
        """Whether the paragraph's first character belongs to a quote."""
        if not self.spans:
            return False
        first = self.spans[0]
        return first.open is None or first.open == self.start


# --------------------------------------------------------------------------------------------
# Public entry point


def find_quotes(text: str) -> list[QuoteFound]:
    """Find the direct quotes and the figure-carrying reported speech in ``text``.

    Returns records sorted by start whose ``text`` is ``source[start:end]``; see the module
    docstring for the rules.
    """
    if not text:
        return []
    return _Reader(text).run()


# --------------------------------------------------------------------------------------------
# Paragraphs and quote marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Split into paragraphs (stripped bounds): lines, or hard-wrapped blocks of lines."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        s, e = pos, nl
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            current.append((s, e))
        elif current:
            blocks.append(current)
            current = []
        pos = nl + 1
    if current:
        blocks.append(current)
    paras: list[tuple[int, int]] = []
    for block in blocks:
        if (
            len(block) >= 2
            and all(40 <= e - s <= 100 for s, e in block[:-1])
            and block[-1][1] - block[-1][0] <= 100
            and not any(text[s] in _DQ_ANY for s, _ in block[1:])
        ):
            paras.append((block[0][0], block[-1][1]))
        else:
            paras.extend(block)
    return paras


def _scan(text: str, ps: int, pe: int) -> tuple[list[tuple[int, int | None, bool]], list[int]]:
    """Top-level quotes of a paragraph as (open, close or None, single) and stray closers."""
    skip: set[int] = set()
    while True:
        spans, strays, bad = _scan_once(text, ps, pe, skip)
        if bad is None or len(skip) >= 8:
            return spans, strays
        skip.add(bad)


def _scan_once(
    text: str, ps: int, pe: int, skip: set[int]
) -> tuple[list[tuple[int, int | None, bool]], list[int], int | None]:
    """One pass of the mark stack; returns an unclosed top-level single opener to skip."""
    stack: list[tuple[bool, int]] = []  # (double, position)
    doubles = 0  # double marks on the stack
    spans: list[tuple[int, int | None, bool]] = []
    strays: list[int] = []
    for m in _MARKS.finditer(text, ps, pe):
        i = m.start()
        if i in skip:
            continue
        c = text[i]
        before = text[i - 1] if i > ps else " "
        after = text[i + 1] if i + 1 < pe else " "
        open_ctx = before.isspace() or before in _OPEN_BEFORE
        close_ctx = after.isspace() or after in _CLOSE_AFTER
        if c in _DQ_ANY:
            has_double = doubles > 0
            if c in _DQ_OPEN:
                closing = has_double and close_ctx and not open_ctx
            elif c in _DQ_CLOSE:
                if not has_double:
                    if open_ctx and i + 1 < pe:
                        stack.append((True, i))
                        doubles += 1
                    else:
                        strays.append(i)
                    continue
                closing = True
            else:
                opener_like = open_ctx and not after.isspace() and i + 1 < pe
                closer_like = not before.isspace() and close_ctx and i > ps
                if has_double and closer_like:
                    closing = True
                elif opener_like:
                    closing = False
                elif has_double:
                    closing = True
                else:
                    continue
            if closing:
                opened = -1
                while stack:
                    double, p = stack.pop()
                    if double:
                        opened = p
                        doubles -= 1
                        break
                if not stack and opened >= 0:
                    spans.append((opened, i, False))
            else:
                stack.append((True, i))
                doubles += 1
            continue
        # single marks
        if c in _SQ_OPEN:
            if open_ctx and not after.isdigit() and not after.isspace() and i + 1 < pe:
                stack.append((False, i))
            continue
        top_single = bool(stack) and not stack[-1][0]
        possessive = before in "sS" and after == " " and i + 2 < pe and text[i + 2].islower()
        if top_single and not before.isspace() and not after.isalnum() and not possessive:
            _, p = stack.pop()
            if not stack:
                spans.append((p, i, True))
        elif c == "'" and open_ctx and after.isalpha():
            stack.append((False, i))
    if stack:
        double, p = stack[0]
        if double:
            spans.append((p, None, False))
            return spans, strays, None
        return spans, strays, p
    return spans, strays, None


def _content(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Trim whitespace off a quote's inside; report whether it ends a sentence."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    final = end > start and text[end - 1] in _END_PUNCT
    return start, end, final


# --------------------------------------------------------------------------------------------
# Words and names


def _tokens(s: str) -> list[tuple[int, int, str]]:
    """Whitespace tokens of ``s`` as (start, end, core) with surrounding punctuation removed."""
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(s):
        a, b = m.start(), m.end()
        while a < b and s[a] in "([{\"“‘'«":
            a += 1
        while b > a and s[b - 1] in ",;:)]}\"”’'»!?.":
            if s[b - 1] == "." and s[a:b].lower().rstrip(".") in _ABBREVIATIONS:
                break
            if s[b - 1] == "." and b - a == 2 and s[a].isupper():
                break
            b -= 1
        if a < b:
            out.append((a, b, s[a:b]))
    return out


def _is_verbish(word: str) -> bool:
    """A word that can only be (or is most likely) a finite verb."""
    return word in _VERBISH


def _has_verbish(s: str) -> bool:
    """Whether lowercase words of ``s`` include a finite verb."""
    return _VERBISH_RE.search(s) is not None


def _looks_org(name: str) -> bool:
    """A name that reads as an organisation (an organisation word, or an all-caps acronym)."""
    known = _org_cache.get(name)
    if known is None:
        if len(_org_cache) > 100_000:
            _org_cache.clear()
        known = _org_cache[name] = _looks_org_uncached(name)
    return known


_org_cache: dict[str, bool] = {}


def _looks_org_uncached(name: str) -> bool:
    """:func:`_looks_org` without the memo."""
    words = name.replace("’", " ").replace("'", " ").split()
    if any(w.lower().strip(".,()") in _ORG_WORDS for w in words):
        return True
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _strip_roles(s: str, a: int, b: int) -> tuple[int, int] | None:
    """Drop titles and role words before a name of two tokens or more ("Dr. Ingrid Solberg"
    gives "Ingrid Solberg"); None when only roles remain."""
    toks = _tokens(s[a:b])
    if not toks:
        return None
    names = [t for t in toks if t[2].lower() not in _ROLE_WORDS]
    if not names:
        return None
    first_name = next(i for i, t in enumerate(toks) if t[2].lower() not in _ROLE_WORDS)
    # The name proper starts after the last role word that precedes a non-role token.
    last_role = -1
    for i, t in enumerate(toks):
        if t[2].lower() in _ROLE_WORDS and i < len(toks) - 1:
            last_role = i
    keep_from = last_role + 1 if last_role >= first_name - 1 else first_name
    keep_from = max(keep_from, 0)
    if len(toks) - keep_from >= 2:
        return a + toks[keep_from][0], a + toks[-1][1]
    # A lone surname keeps the title before it ("Mr. Qaraee", "Ayatollah Montazeri").
    start = keep_from - 1 if keep_from > 0 else keep_from
    return a + toks[start][0], a + toks[-1][1]


def _pure_name(s: str, a: int, b: int) -> tuple[int, int, int] | None:
    """If ``s[a:b]`` is a name and nothing else, its bounds and a rank (0 = person-like)."""
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1] in " \t\n,;:":
        b -= 1
    if a >= b:
        return None
    m = _PURE.fullmatch(s, a, b)
    if m is None:
        return None
    body = s[a:b]
    words = body.split()
    if len(words) == 1 and words[0].lower().strip(".") in _STOP_SINGLE_NAMES:
        return None
    if words[0].lower() in _STOP_SINGLE_NAMES:
        return None
    if all(w.lower().strip("(),.") in _ROLE_WORDS for w in words):
        return None
    connectors = any(w in ("of", "for", "and", "the", "on", "&") for w in words)
    role_led = words[0].lower() in _ROLE_WORDS and len(words) > 1 and "of" in words
    stripped = _strip_roles(s, a, b) if not connectors else (a, b)
    if stripped is None:
        return None
    rank = 1 if (connectors or role_led or _looks_org(body)) else 0
    return stripped[0], stripped[1], rank


def _segments(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated parts of ``s[a:b]`` outside parentheses, trimmed."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = a
    for m in _SEG_PUNCT.finditer(s, a, b):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            out.append((seg, i))
            seg = i + 1
    out.append((seg, b))
    trimmed: list[tuple[int, int]] = []
    for x, y in out:
        while x < y and s[x].isspace():
            x += 1
        while y > x and s[y - 1].isspace():
            y -= 1
        if x < y:
            trimmed.append((x, y))
    return trimmed


def _is_adverbial(s: str, a: int, b: int) -> bool:
    """A leading segment that sets the scene rather than naming anyone."""
    fw = _FIRST_WORD.match(s, a, b)
    if fw is None:
        return True
    first = fw.group(1).lower()
    if first[0].isdigit() or first.rstrip(".") in _MONTHS:
        return True
    if first in ("this", "last", "next", "that"):
        words = s[a:b].lower().split()
        return len(words) <= 3 and any(w.strip(".,") in _TIME_WORDS for w in words)
    if first in _ADVERBIAL_START:
        return True
    return first.endswith("ing") and len(first) > 4 and first.isalpha()


def _relative_cut(s: str, a: int, b: int) -> int:
    """Where a relative clause starts inside ``s[a:b]`` (or ``b``)."""
    m = _RELATIVE_RE.search(s, a, b)
    return m.start() + 1 if m is not None else b


def _name_in_description(
    s: str, a: int, b: int, is_surname: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """A name in head position of a description: before any preposition, not possessive;
    a lone capitalised word only when it is a known surname."""
    limit = b
    for x, _, core in _tokens(s[a:b]):
        if core.lower() in _PREPOSITIONS and x > 0:
            limit = a + x
            break
    best: tuple[int, int] | None = None
    for m in _RUN.finditer(s, a, limit):
        x, y = m.start(), m.end()
        if s.startswith(("’s", "'s"), y):
            continue
        toks = m.group().split()
        while toks and toks[0].lower() in _DETERMINERS | _STOP_SINGLE_NAMES:
            x = s.index(toks[0], x) + len(toks[0])
            while x < y and s[x].isspace():
                x += 1
            toks.pop(0)
        if not toks:
            continue
        follower = _FOLLOWER.match(s, y, b)
        if follower is None:
            continue  # a name modifying the noun after it ("the UN human rights office")
        if len(toks) == 1 and x > a and is_surname is not None and is_surname(toks[0]):
            best = (x, y)
            continue
        if x == a and len(toks) == 1:
            continue  # a sentence-initial capital is not a name by itself
        stripped = _strip_roles(s, x, y)
        if stripped is None:
            continue
        if len(toks) >= 2 or len(s[stripped[0] : stripped[1]].split()) >= 2:
            best = stripped
    return best


# --------------------------------------------------------------------------------------------
# The reader


class _Reader:
    """Reads one text: paragraphs, quotes, turns, headings, then speakers in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras: list[_Para] = [_Para(s, e) for s, e in _paragraphs(text)]
        self.masked = ""
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
        self.midcaps: set[str] | None = None  # built on first use
        self.subjects: dict[int, _Speaker | None] = {}
        self.sentence_starts: list[int] = []
        self.sentence_ends: list[int] = []
        self.titled: set[str] | None = None  # built on first use
        self.indexed = False  # the name and organisation indexes, built on first use
        self.roles_indexed = False
        self.people: list[tuple[int, int, int, tuple[str, ...]]] = []
        self.people_starts: list[int] = []
        self.heading: _Speaker | None = None
        self.last_group: tuple[int, _Speaker | None, int] | None = None  # para, speaker, end

    # -- set-up ------------------------------------------------------------------------------

    def run(self) -> list[QuoteFound]:
        """Read the text and return the quotes sorted by start."""
        self._find_turns()
        for para in self.paras:
            if not para.is_turn and not para.continues_turn:
                self._scan_para(para)
        self._link_groups()
        self._mask()
        self._find_headings()
        for index, para in enumerate(self.paras):
            self._read_para(index, para)
        kept = [q for i, q in enumerate(self.results) if i not in self.removed]
        direct = sorted((q.start, q.end) for q in kept if q.kind == "direct")
        out = [q for q in kept if q.kind == "direct" or not _overlaps(direct, q.start, q.end)]
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is known as a person's surname: the last word of a full name
        named before (a speaker or a subject), or written after a title or role somewhere in
        the text ("President Hassan Rouhani", "Mr. Qaraee")."""
        if word in self.surnames:
            return True
        self._ensure_names()
        assert self.titled is not None
        if word in self.titled:
            return True
        return bool(self.name_starts.get(match_key(word)))

    def _find_turns(self) -> None:
        """Mark interview turns and the paragraphs continuing them."""
        text = self.text
        candidates: list[int] = []
        for index, para in enumerate(self.paras):
            m = _TURN.match(text, para.start, para.end)
            if m is None:
                continue
            label = m.group("label").strip()
            low = label.lower()
            if low in _INTERVIEWER_LABELS:
                kind = "interviewer"
            elif low in _ANSWER_LABELS:
                kind = "answer"
            elif _pure_name(label, 0, len(label)) is not None and low not in _LABEL_STOP:
                kind = "name"
            else:
                continue
            if low.split()[0] in _LABEL_STOP:
                continue
            lab_start = m.start("label")
            para.turn_label = (lab_start, lab_start + len(label))
            para.turn_kind = kind
            para.turn_content = m.end()
            para.turn_quoted = text[m.end()] in _DQ_ANY
            candidates.append(index)
        accepted: set[int] = set()
        for k, index in enumerate(candidates):
            para = self.paras[index]
            near = (k > 0 and index - candidates[k - 1] <= 4) or (
                k + 1 < len(candidates) and candidates[k + 1] - index <= 4
            )
            if para.turn_kind != "name" or near:
                accepted.add(index)
        for index in candidates:
            para = self.paras[index]
            if index not in accepted:
                para.turn_label = None
                para.turn_kind = ""
                para.turn_content = None
                continue
            if para.turn_quoted:
                continue  # the quote inside is read as a quote after "Label:"
            para.is_turn = True
        self._find_qa_blocks()
        # Continuations of an unquoted turn.
        in_turn = False
        for para in self.paras:
            if para.is_turn:
                in_turn = not para.turn_kind.startswith("qa")
                continue
            if para.turn_label is not None or para.continues_turn:
                in_turn = False
                continue
            if not in_turn:
                continue
            first = self.text[para.start]
            body = self.text[para.start : para.end]
            if (
                first in _DQ_ANY
                or first in "([‘"
                or para.end - para.start < 40
                or _FIRST_SECOND_PERSON.search(body) is None
            ):
                in_turn = False
                continue
            para.continues_turn = True

    def _find_qa_blocks(self) -> None:
        """Unprefixed Q&A: after a heading with "Q&A", a paragraph ending in "?" is the
        interviewer's question and the paragraphs after it are the answer."""
        text = self.text
        paras = self.paras
        i = 0
        while i < len(paras):
            para = paras[i]
            body = text[para.start : para.end]
            if len(body) > 150 or body[-1] in ".!" or _QA_HEADING.search(body) is None:
                i += 1
                continue
            with_ = _QA_WITH.search(body)
            answerer = (para.start + with_.start("np"), para.end) if with_ else None
            j = i + 1
            answering = False
            while j < len(paras):
                p = paras[j]
                pb = text[p.start : p.end]
                if p.turn_label is not None or pb[0] in _DQ_ANY:
                    break
                if pb[-1] == "?":
                    p.turn_kind, answering = "qa-question", True
                elif answering and (pb[-1] in ".!…" or len(pb) > 80):
                    if paras[j - 1].turn_kind in ("qa-answer", "qa-more"):
                        p.turn_kind = "qa-more"
                        p.continues_turn = True
                    else:
                        p.turn_kind = "qa-answer"
                else:
                    break
                if p.turn_kind != "qa-more":
                    p.is_turn = True
                    p.turn_content = p.start
                    p.turn_label = answerer if p.turn_kind == "qa-answer" else None
                j += 1
            i = j

    def _scan_para(self, para: _Para) -> None:
        """Find the paragraph's top-level quotes."""
        text = self.text
        raw, strays = _scan(text, para.start, para.end)
        para.strays = strays
        for open_, close, single in raw:
            end = close if close is not None else para.end
            cs, ce, final = _content(text, open_ + 1, end)
            if close is None:
                # An unclosed quote may end on a stray mark of another kind.
                while ce > cs and text[ce - 1] in "”\"’'":
                    ce -= 1
                cs, ce, final = _content(text, cs, ce)
            if cs >= ce:
                continue
            span = _Span(0, open_, close, cs, ce, single, final)
            span.group = [span]
            para.spans.append(span)

    def _link_groups(self) -> None:
        """Join quotes that run on into the next paragraph."""
        text = self.text
        for index, para in enumerate(self.paras):
            for span in para.spans:
                span.para = index
        for index, para in enumerate(self.paras[:-1]):
            if not para.spans:
                continue
            last = para.spans[-1]
            if last.close is not None or last.single:
                continue
            nxt = self.paras[index + 1]
            if nxt.is_turn or nxt.continues_turn:
                continue
            if nxt.spans and nxt.spans[0].open == nxt.start and not nxt.spans[0].single:
                follow = nxt.spans[0]
            elif nxt.strays and (not nxt.spans or (nxt.spans[0].open or 0) > nxt.strays[0]):
                stray = nxt.strays[0]
                cs, ce, final = _content(text, nxt.start, stray)
                if cs >= ce:
                    continue
                follow = _Span(index + 1, None, stray, cs, ce, False, final)
                follow.group = [follow]
                nxt.spans.insert(0, follow)
            else:
                continue
            group = last.group
            for span in follow.group:
                group.append(span)
                span.group = group

    def _mask(self) -> None:
        """The text with every top-level quote blanked out (a final stop kept)."""
        text = self.text
        pieces: list[str] = []
        pos = 0
        for para in self.paras:
            if para.is_turn or para.continues_turn:
                pieces.append(text[pos : para.start])
                pieces.append(_MASK * (para.end - para.start))
                pos = para.end
                continue
            for span in para.spans:
                a = span.open if span.open is not None else para.start
                b = span.close + 1 if span.close is not None else para.end
                pieces.append(text[pos:a])
                region = b - a
                if span.final and region > 0:
                    pieces.append(_MASK * (region - 1) + text[span.cend - 1])
                else:
                    pieces.append(_MASK * region)
                pos = b
        pieces.append(text[pos:])
        self.masked = "".join(pieces)
        masked = self.masked
        for para in self.paras:
            if para.is_turn or para.continues_turn:
                continue
            starts = [para.start]
            for m in _SENT_BREAK.finditer(masked, para.start, para.end):
                p = m.start()
                q = p
                while q > para.start and not masked[q - 1].isspace():
                    q -= 1
                word = masked[q:p].lower().strip("(\"“‘'")
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
                starts.append(m.end())
            bounds = starts[1:] + [para.end]
            para.sentences = list(zip(starts, bounds, strict=True))
            self.sentence_starts.extend(starts)
            self.sentence_ends.extend(bounds)

    def _ensure_names(self) -> None:
        """Index the full names, roles and organisation names of the narrative (quotes left
        out), for lone surnames and definite descriptions to refer back to; once."""
        if self.indexed:
            return
        self.indexed = True
        self.titled = set()
        m = self.masked
        for local in _LOCAL_UNION.finditer(m):  # a union branch: "Local 512"
            self._add(self.orgs, self.org_starts, "union", local.start(), local.end())
            self._add(self.orgs, self.org_starts, "local", local.start(), local.end())
        for run in _NAME_RUN.finditer(m):
            toks = [(t.start(), t.end(), t.group()) for t in _WORD.finditer(run.group())]
            base = run.start()
            toks = [(base + a, base + b, w) for a, b, w in toks]
            first = toks[0][2]
            if first.endswith(".") and first[:-1].lower() not in _ABBREVIATIONS and len(first) > 2:
                toks.pop(0)  # "Terzi. He": the period ended a sentence
                if len(toks) < 2:
                    continue
            a, b, w = toks[-1]
            for suffix in ("’s", "'s"):
                if w.endswith(suffix):
                    toks[-1] = (a, b - len(suffix), w[: -len(suffix)])
            words = [w for _, _, w in toks]
            lows = [w.lower().rstrip(".") for w in words]
            while lows and (lows[0] in _DETERMINERS or lows[0] in _ADVERBIAL_START):
                toks.pop(0)
                words.pop(0)
                lows.pop(0)
            if not toks:
                continue
            if any(w in _ORG_WORDS for w in lows):
                heads = set(lows) & _ORG_HEADS
                if set(lows) & _COMPANY_WORDS:
                    heads |= {"company", "firm", "operator", "group"}
                for w in heads:
                    self._add(self.orgs, self.org_starts, w, toks[0][0], toks[-1][1])
            # People: each stretch between connectors, after its role words.
            chunk: list[tuple[int, int, str]] = []
            for tok in toks + [(0, 0, "of")]:
                x, y, word = tok
                if word.lower() in _CONNECTORS:
                    if chunk:
                        self._index_person(chunk)
                    chunk = []
                elif word.endswith(("’s", "'s")):  # "Mrs. Rajavi’s Speech": the name ends
                    chunk.append((x, y - 2, word[:-2]))
                    self._index_person(chunk)
                    chunk = []
                else:
                    chunk.append(tok)

    @staticmethod
    def _add(
        index: dict[str, list[tuple[int, int]]],
        starts: dict[str, list[int]],
        key: str,
        a: int,
        b: int,
    ) -> None:
        """Append a mention to an index kept in text order."""
        index.setdefault(key, []).append((a, b))
        starts.setdefault(key, []).append(a)

    def _index_person(self, chunk: list[tuple[int, int, str]]) -> None:
        """Index one run of name words: its full name (after role words) and its roles."""
        lows = [w.lower() for _, _, w in chunk]
        last_role = -1
        for i, low in enumerate(lows):
            if low in _ROLE_WORDS or low.rstrip(".") in _HONORIFICS or low + "." in _ROLE_WORDS:
                last_role = i
        name = chunk[last_role + 1 :]
        if last_role >= 0 and len(name) == 1 and not _looks_org(name[0][2]):
            assert self.titled is not None
            self.titled.add(name[0][2])  # "Ms. Jokar", "President Rouhani"
        if len(name) < 2 or any(w.lower() in _ORG_WORDS for _, _, w in name):
            return
        if any(len(w) > 1 and w.isupper() for _, _, w in name):
            return  # acronyms make organisations, not people
        a, b = name[0][0], name[-1][1]
        words = [w for _, _, w in name]
        keys = {match_key(words[-1]), match_key(words[0]), match_key(words[-2] + words[-1])}
        if "-" in words[-1]:
            keys.add(match_key(words[-1].rsplit("-", 1)[1]))
        for key in keys:
            if key:
                self._add(self.names, self.name_starts, key, a, b)
        roles = [w.lower().rstrip(".") for _, _, w in chunk[: last_role + 1]]
        if roles:
            assert self.titled is not None
            self.titled.add(words[-1])
        self.people.append((a, b, chunk[0][0], tuple(roles)))
        self.people_starts.append(a)

    def _ensure_roles(self) -> None:
        """Index the roles people are introduced with ("Mayor Linda Okafor", "spokesman
        Nasser Kanaani", "Priya Raman, the city's finance director"); once."""
        if self.roles_indexed:
            return
        self.roles_indexed = True
        self._ensure_names()
        for a, b, chunk_start, role_words in self.people:
            self._index_roles(a, b, chunk_start, role_words)

    def _index_roles(self, a: int, b: int, chunk_start: int, role_words: tuple[str, ...]) -> None:
        """Index one person's roles: title words, the noun before the name, the appositive's
        head nouns after it."""
        roles = set(role_words)
        m = self.masked
        before = m[max(0, a - 60) : chunk_start]
        if before.endswith(", "):
            before = before[:-2]
        noun = _head_noun(before)
        if noun and noun not in _PREPOSITIONS:
            roles.add(noun)
        after = m[b : b + 120]
        if after.startswith(", "):
            stop = len(after)
            for ch in ",.;:(":
                k = after.find(ch, 2)
                if 0 <= k < stop:
                    stop = k
            appositive = after[2:stop]
            for part in appositive.split(" and "):
                words = part.split()
                for i, word in enumerate(words):
                    if word in _PREPOSITIONS or word in _RELATIVE:
                        words = words[:i]
                        break
                noun = _head_noun(" ".join(words))
                if noun:
                    roles.add(noun)
        for role in roles:
            if role and role not in _HONORIFICS:
                self._add(self.roles, self.role_starts, role, a, b)

    @staticmethod
    def _latest(
        index: dict[str, list[tuple[int, int]]], starts: dict[str, list[int]], key: str, pos: int
    ) -> tuple[int, int] | None:
        """The last mention under ``key`` starting before ``pos``."""
        found = starts.get(key)
        if not found:
            return None
        i = bisect_left(found, pos) - 1
        return index[key][i] if i >= 0 else None

    def _full_name(self, sp: _Speaker) -> _Speaker:
        """A lone surname or first name ("Terzi", "Mrs. Rajavi", "Raha") → the fullest name
        of that person named before it; anything else unchanged."""
        if sp.text is None or sp.start is None or sp.kind is not None:
            return sp
        words = sp.text.split()
        while len(words) > 1 and (
            words[0].lower() in _HONORIFICS or words[0].lower() in _ROLE_WORDS
        ):
            words.pop(0)
        if len(words) != 1 or words[0].isupper():
            return sp
        self._ensure_names()
        found = self._latest(self.names, self.name_starts, match_key(words[0]), sp.start)
        if found is None:
            return sp
        a, b = found
        name = self.text[a:b]
        return _Speaker(name, a, b, None, personish=not _looks_org(name), multi=True, at=sp.where)

    def _refer_back(self, sp: _Speaker) -> _Speaker:
        """``the mayor`` → the person introduced with that role; ``the ministry`` → the named
        body; ``the report`` → who issued it. Unchanged when nothing fits."""
        if sp.text is None or sp.start is None or sp.kind != "unnamed" or not sp.definite:
            return sp
        words = sp.text.split()
        if len(words) > 5:
            return sp
        for i, w in enumerate(words):
            if i > 0 and w.lower() in _PREPOSITIONS:
                words = words[:i]
                break
        noun = _head_noun(" ".join(words).lower())
        if not noun:
            return sp
        if sp.docref:
            return sp  # resolved by _finish, to who issued the document
        self._ensure_roles()
        found = self._latest(self.roles, self.role_starts, noun, sp.start)
        if found is not None:
            a, b = found
            name = self.text[a:b]
            return _Speaker(name, a, b, None, personish=True, multi=True, at=sp.where)
        if noun in _ORG_HEADS:
            found = self._latest(self.orgs, self.org_starts, noun, sp.start)
            if found is not None:
                a, b = found
                return _Speaker(self.text[a:b], a, b, "organisation", at=sp.where)
        return sp

    def _find_headings(self) -> None:
        """Mark datelines and the name headings that introduce quote paragraphs."""
        text = self.text
        for para in self.paras:
            body = text[para.start : para.end]
            if (
                len(body) <= 120
                and body[-1] not in ".!?:"
                and not para.spans
                and _DATE.search(body)
                and not _FIRST_SECOND_PERSON.search(body)
            ):
                para.dateline = True
            if (
                len(body) > 400
                or body[-1] in ".!?:;"
                or para.is_turn
                or para.continues_turn
                or body[0] in _DQ_ANY
            ):
                continue
            m = _RUN.match(body)
            if m is None:
                continue
            rest = body[m.end() :]
            if rest and not re.match(r"\s*(?:[,–—(|:]|-\s)", rest):
                continue
            stripped = _strip_roles(body, m.start(), m.end())
            if stripped is None:
                continue
            words = body[stripped[0] : stripped[1]].split()
            titled = words[0].lower() in _HONORIFICS
            if len(words) < 2 and not titled and len(m.group().split()) < 2:
                continue
            if _looks_org(body[stripped[0] : stripped[1]]):
                continue
            para.heading = _Speaker(
                body[stripped[0] : stripped[1]],
                para.start + stripped[0],
                para.start + stripped[1],
                None,
                personish=True,
                multi=True,
            )
        for index, para in enumerate(self.paras):
            if para.heading is None or para.dateline:
                continue
            j = index + 1
            skipped = 0
            while j < len(self.paras) and self.paras[j].dateline and skipped < 2:
                j += 1
                skipped += 1
            if j < len(self.paras) and self.paras[j].opens_with_quote:
                para.heading_applies = True

    # -- reading in order --------------------------------------------------------------------

    def _read_para(self, index: int, para: _Para) -> None:
        """Read one paragraph: turns, headings; per sentence its subject, the quotes opening
        in it, then its reported speech."""
        if para.is_turn:
            self.heading = None
            self._read_turn(index, para)
            return
        if para.continues_turn:
            return  # part of the turn before it
        if para.heading_applies and para.heading is not None:
            self.heading = para.heading
            self._remember(para.heading)
            return
        if not (para.opens_with_quote or para.dateline):
            self.heading = None
        firsts = [span for span in para.spans if span.group[0] is span]
        k = 0
        for ss, se in para.sentences:
            while k < len(firsts):
                span = firsts[k]
                anchor = span.open if span.open is not None else para.start
                if anchor >= se:
                    break
                k += 1
                if anchor >= ss:
                    self._resolve_group(index, para, span, ss, se)
            self._indirect(ss, se)

    def _read_turn(self, index: int, para: _Para) -> None:
        """An interview turn: its text is a quote of the turn's speaker."""
        assert para.turn_content is not None
        a, b = para.turn_label if para.turn_label is not None else (para.start, para.start)
        label = self.text[a:b]
        speaker: _Speaker | None
        if para.turn_kind in ("interviewer", "qa-question"):
            # The interviewer speaks for the publication that ran the interview.
            speaker = self._interviewer(para.start)
            if speaker is None and para.turn_kind == "interviewer":
                speaker = _Speaker(label, a, b, "unnamed")
        elif para.turn_kind == "answer":
            speaker = None
        elif para.turn_kind == "qa-answer":
            speaker = None
            if para.turn_label is not None:
                speaker, _ = self._finish(self._parse_np(self.masked, a, b))
        else:
            found = _pure_name(self.text, a, b)
            if found is None:
                speaker = _Speaker(label, a, b, None, personish=True)
            else:
                x, y, rank = found
                name = self.text[x:y]
                speaker = self._full_name(
                    _Speaker(
                        name, x, y, None, personish=rank == 0 and not _looks_org(name), multi=True
                    )
                )
                self._remember(speaker)
        last = index
        while last + 1 < len(self.paras) and self.paras[last + 1].continues_turn:
            last += 1
        text = self.text
        end = self.paras[last].end
        start = para.turn_content
        while end > start and (text[end - 1].isspace() or text[end - 1] in '”"'):
            end -= 1
        cs, ce, _ = _content(text, start, end)
        if cs < ce:
            self._emit(cs, ce, "direct", speaker)
            self.last_group = (last, speaker, ce)

    def _interviewer(self, pos: int) -> _Speaker | None:
        """The publication named as conducting the interview before ``pos``, if any."""
        found: _Speaker | None = None
        for hit in _INTERVIEW_WITH.finditer(self.masked, max(0, pos - 6000), pos):
            name_end = hit.end("name")
            tail = _OUTLET_TAIL.search(self.text, hit.start("name"), name_end)
            if tail is not None:
                name_end = tail.start()
            elif hit.group("after") is None and not _looks_org(hit.group("name")):
                continue
            found = _Speaker(
                self.text[hit.start("name") : name_end],
                hit.start("name"),
                name_end,
                "organisation",
            )
        return found

    # -- antecedents ---------------------------------------------------------------------------

    def _remember(self, speaker: _Speaker) -> None:
        """Record a named speaker for later pronouns and lone surnames."""
        if speaker.text is None or speaker.pronoun:
            return
        self.antecedents.append(speaker)
        if speaker.kind is None and speaker.multi and not _looks_org(speaker.text):
            last = speaker.text.split()[-1].strip(".,")
            self.surnames.add(last)

    def _resolve_pronoun(self, speaker: _Speaker) -> _Speaker | None:
        """``he``/``she`` → the last person-like speaker, or person-naming sentence subject,
        before it."""
        pos = speaker.start if speaker.start is not None else 0
        explicit: _Speaker | None = None
        for cand in reversed(self.antecedents[-200:]):
            if cand.personish and 0 <= cand.where < pos:
                explicit = cand
                break
        floor = explicit.where if explicit is not None else -1
        for subject in self._subjects_before(pos, floor, people=True):
            if subject.personish:
                return subject
        return explicit

    def _subjects_before(
        self, pos: int, floor: int, limit: int = 60, *, people: bool = False
    ) -> list[_Speaker]:
        """Subjects of the sentences starting after ``floor`` and before ``pos``, newest
        first (at most ``limit`` sentences back). With ``people``, a sentence whose subject
        names nobody gives the last full name of a person in it instead ("The decision angered
        residents such as Tom Reid.")."""
        out: list[_Speaker] = []
        i = bisect_left(self.sentence_starts, pos) - 1
        names_from = 2 if people else 0  # other names: the pronoun's sentence and the one before
        while i >= 0 and limit > 0 and self.sentence_starts[i] > floor:
            ss, se = self.sentence_starts[i], min(self.sentence_ends[i], pos)
            subject = self._subject(ss, self.sentence_ends[i])
            if subject is not None and 0 <= subject.where < pos:
                out.append(subject)
            elif names_from > 0 and not out:
                named = self._last_person(ss, se)
                if named is not None:
                    out.append(named)
            names_from -= 1
            i -= 1
            limit -= 1
        return out

    def _last_person(self, a: int, b: int) -> _Speaker | None:
        """The last full name of a person (not inside a quote) in ``[a, b)``."""
        self._ensure_names()
        k = bisect_left(self.people_starts, b) - 1
        if k < 0:
            return None
        x, y, _, _ = self.people[k]
        name = self.text[x:y]
        if x < a or name.split()[-1].lower() in _PLACE_WORDS:
            return None
        return _Speaker(name, x, y, None, personish=True, multi=True)

    def _subject(self, ss: int, se: int) -> _Speaker | None:
        """The subject of a narrative sentence when it names a person (computed once)."""
        if ss in self.subjects:
            return self.subjects[ss]
        found = self._find_subject(ss, se)
        self.subjects[ss] = found
        return found

    def _find_subject(self, ss: int, se: int) -> _Speaker | None:
        """:meth:`_subject` without the memo."""
        m = self.masked
        a = ss
        while a < se and m[a] in '([ \t"“‘':
            a += 1
        if a >= se or m[a] == _MASK:
            return None
        fw = _FIRST_WORD.match(m, a, se)
        if fw is not None and fw.group(1).lower() in _SUBJECT_SKIP:
            return None
        segs = _segments(m, a, min(se, a + 400))
        while len(segs) > 1 and _is_adverbial(m, *segs[0]):
            segs.pop(0)
        if not segs:
            return None
        start = segs[0][0]
        stop = min(se, start + 250)
        boundary = None
        boundary_word = ""
        for hit in _BOUNDARY_RE.finditer(m, start, stop):
            word = hit.group()
            if word in (";", ":", _MASK):
                break
            if hit.group("ed") is not None and hit.start() == start:
                continue
            boundary = hit.start()
            boundary_word = word
            break
        if boundary is None:
            return None
        if _UPPER_RE.search(m, start + 1, boundary) is None:
            # Only the first word is capitalised: a lone name, or a description that is not
            # registered unless it is indefinite ("a senior official").
            lead = _FIRST_WORD.match(m, start, boundary)
            word = lead.group(1).lower() if lead is not None else ""
            short_definite = word == "the" and m.count(" ", start, boundary) <= 3
            if word in _DETERMINERS and word not in ("a", "an") and not short_definite:
                return None
        sp = self._parse_np(m, start, boundary)
        if sp is None or sp.text is None or sp.pronoun:
            return None
        if sp.kind == "unnamed":
            if sp.definite:
                sp = self._refer_back(sp)
                if sp.kind is not None or not sp.personish:
                    return None
            elif not sp.personish:
                return None
        elif sp.kind is None and not sp.multi:
            lone = sp.text or ""
            if boundary_word in _RELATIVE or not self.is_surname(lone.strip(".")):
                return None
        return self._full_name(sp)

    def _doc_author(self, pos: int) -> _Speaker | None:
        """Who last issued or carried a document before ``pos`` (within 5,000 characters):
        ``X issued a statement``, ``a report by the X Institute``, ``a report on the X
        website``; None if nobody."""
        m = self.masked
        w0 = max(0, pos - 5000)
        best: tuple[int, _Speaker] | None = None
        last_verb = None
        for hit in _DOC_AUTHOR_VERB.finditer(m, w0, pos):
            last_verb = hit
        if last_verb is not None:
            i = bisect_left(self.sentence_starts, last_verb.start() + 1) - 1
            ss = self.sentence_starts[i] if i >= 0 else w0
            segs = _segments(m, max(ss, w0), last_verb.start())
            while len(segs) > 1 and _is_adverbial(m, *segs[0]):
                segs.pop(0)
            if segs:
                npa, npb = segs[0][0], last_verb.start()
                trail = _TRAILING_AUX.search(m, npa, npb)
                if trail is not None:
                    npb = trail.start()
                sp = self._parse_np(m, npa, npb)
                if sp is not None and sp.text is not None and not sp.pronoun:
                    best = (last_verb.start(), sp)
        for hit in _DOC_BY.finditer(m, w0, pos):
            x, y = hit.start("np"), hit.end("np")
            if _looks_org(m[x:y]) and (best is None or x > best[0]):
                best = (x, _Speaker(m[x:y], x, y, "organisation"))
        for hit in _OUTLET_MENTION.finditer(m, w0, pos):
            x, y = hit.start("name"), hit.end("name")
            if best is None or x > best[0]:
                best = (x, _Speaker(m[x:y], x, y, "organisation"))
        return best[1] if best is not None else None

    # -- speakers from noun phrases ------------------------------------------------------------

    def _parse_np(self, s: str, a: int, b: int, *, label: bool = False) -> _Speaker | None:
        """Who ``s[a:b]`` names: a name, a description, a pronoun; None if it is not a noun
        phrase. Offsets are into ``s`` (the masked text, aligned with the source)."""
        while a < b and (s[a].isspace() or s[a] in '([,;:—–-"“‘'):
            a += 1
        while b > a and (s[b - 1].isspace() or s[b - 1] in ",;:—–-"):
            b -= 1
        if a >= b:
            return None
        for conj in ("and ", "but ", "And ", "But ", "so ", "So "):
            if s.startswith(conj, a):
                a += len(conj)
        if s.count(" ", a, b) > 40:
            return None
        last = _LAST_WORD.search(s, a, b)
        if last is not None and last.group(1).lower() in _NOT_BEFORE_VERB:
            return None
        segs = _segments(s, a, b)
        while len(segs) > 1 and _is_adverbial(s, *segs[0]):
            segs.pop(0)
        if not segs:
            return None
        ha, hb = segs[0]
        head = s[ha:hb]
        low = head.lower()
        if low in ("he", "she"):
            return _Speaker(head, ha, hb, pronoun=True)
        if low in ("i", "we", "they", "it", "you", "one", "both", "all", "each", "us"):
            return _Speaker(None, ha, hb)
        if low.split()[0] in ("he", "she", "it", "they", "we", "i", "you"):
            return None  # a pronoun with more words after it is not a noun phrase
        if label and low in _INTERVIEWER_LABELS:
            return _Speaker(head, ha, hb, "unnamed")
        head_cut = _relative_cut(s, ha, hb)
        if head_cut == ha or _has_verbish(s[ha:head_cut]):
            return None
        first_word = low.split()[0]
        if first_word in _ADVERBIAL_START and first_word not in ("this", "last", "next"):
            return None
        kept = [(ha, hb)]
        for x, y in segs[1:]:
            cut = _relative_cut(s, x, y)
            first = s[x:y].split()[0].lower()
            if first in _RELATIVE:
                continue
            if _has_verbish(s[x:cut]) or (first.endswith("ing") and first.isalpha()):
                if label:
                    return None
                break
            kept.append((x, y))
        # A segment that is a name and nothing else.
        best: tuple[int, int, int] | None = None
        for x, y in kept:
            cut = _relative_cut(s, x, y)
            if s.startswith(("the ", "The "), x):
                x += 4
            found = _pure_name(s, x, cut)
            if found is not None and (best is None or found[2] < best[2]):
                best = found
        if best is not None and self._common_word(s, best[0], best[1]):
            best = None  # "Persons who attended", "Residents": a plural noun, not a name
        if best is not None:
            x, y, rank = best
            name = s[x:y]
            if name.lower().startswith("the "):
                x += 4
                name = s[x:y]
            ntoks = name.split()
            multi = len(ntoks) >= 2
            org = _looks_org(name)
            return _Speaker(name, x, y, None, personish=not org and rank == 0, multi=multi)
        head = s[ha:head_cut]
        head_end = head_cut
        while head_end > ha and s[head_end - 1] in " ,":
            head_end -= 1
        od = _ORG_DOC.fullmatch(s, ha, head_end)
        if od is not None:
            x, y = od.start("org"), od.end("org")
            org_name = s[x:y]
            if org_name.split()[0].lower() not in _DETERMINERS | _STOP_SINGLE_NAMES:
                return _Speaker(org_name, x, y, "organisation")
        if low.startswith("the ") and _pure_name(s, ha + 4, head_end) is not None:
            found = _pure_name(s, ha + 4, head_end)
            assert found is not None
            x, y, rank = found
            name = s[x:y]
            return _Speaker(
                name, x, y, None, personish=rank == 0 and not _looks_org(name), multi=True
            )
        inner = _name_in_description(s, ha, head_end, self.is_surname)
        if inner is not None:
            x, y = inner
            name = s[x:y]
            return _Speaker(name, x, y, None, personish=not _looks_org(name), multi=True)
        by = _DOC_BY.search(s, ha, hb)
        if by is not None and by.start() <= ha + 12 and _looks_org(by.group("np")):
            x, y = by.start("np"), by.end("np")
            return _Speaker(s[x:y], x, y, "organisation")
        # A description without a name.
        desc_end = head_end
        if head_cut < hb:
            before = s[ha:head_cut].split()
            if len(before) < 2:
                desc_end = hb
                while desc_end > ha and s[desc_end - 1] in " ,":
                    desc_end -= 1
        desc = s[ha:desc_end]
        if _MASK in desc or len(desc.split()) > 25:
            return None
        first = desc.split()[0].lower()
        if not (desc[0].isalpha() or first in _DETERMINERS):
            return None
        docref = bool(_DOCREF.fullmatch(desc) or _DOCREF_INDEFINITE.fullmatch(desc))
        personish = first in ("a", "an") and not docref
        definite = first in ("the", "this", "that", "its", "their", "his", "her")
        return _Speaker(
            desc, ha, desc_end, "unnamed", personish=personish, docref=docref, definite=definite
        )

    def _common_word(self, s: str, a: int, b: int) -> bool:
        """A lone capitalised plural at a sentence start that is not known as a name: never
        capitalised inside a sentence, not a surname, not after a title ("Importers")."""
        word = s[a:b]
        if " " in word or word.isupper() or not word.endswith("s") or word.endswith("ss"):
            return False
        self._ensure_names()
        if self.midcaps is None:
            self.midcaps = set(_MIDCAP.findall(self.text))
        if word in self.midcaps or self.is_surname(word):
            return False
        i = a
        while i > 0 and s[i - 1] in ' \t"“‘(':
            i -= 1
        return i == 0 or s[i - 1] in ".!?\n:" + _MASK

    def _finish(self, sp: _Speaker | None) -> tuple[_Speaker | None, bool]:
        """Resolve pronouns, lone names, definite descriptions and document references; say
        whether the speaker is explicit (to be remembered for later pronouns)."""
        if sp is None or sp.text is None:
            return None, False
        if sp.pronoun:
            return self._resolve_pronoun(sp), False
        sp = self._full_name(sp)
        sp = self._refer_back(sp)
        if sp.docref and sp.definite and sp.start is not None:
            author = self._doc_author(sp.start)
            if author is not None and author.text is not None:
                kind: ActorKind | None = (
                    "organisation"
                    if (author.kind == "organisation" or _looks_org(author.text))
                    else None
                )
                return (
                    _Speaker(author.text, author.start, author.end, kind, personish=False),
                    False,
                )
        return sp, True

    # -- attribution of direct quotes ----------------------------------------------------------

    def _np_before(self, sent_start: int, verb_start: int) -> _Speaker | None:
        """The subject before a speech verb: from the clause start, without trailing aux."""
        m = self.masked
        sent_start = max(sent_start, verb_start - _LOOKBACK)
        clause = sent_start
        mask_at = m.rfind(_MASK, sent_start, verb_start)
        if mask_at >= 0:
            clause = mask_at + 1
        semi = m.rfind(";", clause, verb_start)
        if semi >= 0:
            clause = semi + 1
        npb = verb_start
        trail = _TRAILING_AUX.search(m, clause, npb)
        if trail is not None:
            npb = trail.start()
        return self._parse_np(m, clause, npb)

    def _lead_in(self, span: _Span, ss: int) -> _Speaker | None:
        """Attribution just before a quote's opening mark, within its sentence."""
        assert span.open is not None
        return self._attribution_before(ss, span.open)

    def _attribution_before(self, ss: int, o: int) -> _Speaker | None:
        """``X said:``, ``According to X,``, ``X:`` ending at ``o``."""
        m = self.masked
        ss = max(ss, o - _LOOKBACK)
        start = ss
        mask_at = m.rfind(_MASK, ss, o)
        if mask_at >= 0:
            start = mask_at + 1
        pre = m[start:o]
        if not pre.strip():
            return None
        acc = _LEAD_ACCORDING.search(pre)
        if acc is not None:
            sp = self._parse_np(m, start + acc.start("np"), start + acc.end("np"))
            if sp is not None:
                return sp
        lead = _LEAD_VERB.search(pre)
        if lead is not None:
            tail = lead.group("tail")
            if not re.search(r"\b(?:that|whether|if)\b.*\b(?:" + _SAY_ALT + r")\b", tail):
                sp = self._np_before(start, start + lead.start("verb"))
                if sp is not None:
                    return sp
        lab = _LEAD_LABEL.match(pre)
        label_words = lab.group("np").split() if lab is not None else []
        if (
            lab is not None
            and 0 < len(label_words) <= 30
            and label_words[0].lower().strip("(") not in _LABEL_STOP
        ):
            sp = self._parse_np(m, start, start + lab.end("np"), label=True)
            if sp is not None and (sp.text is not None or sp.pronoun):
                return sp
        return None

    def _trailer(self, span: _Span, para: _Para) -> _Speaker | None:
        """Attribution just after a quote's closing mark."""
        assert span.close is not None
        m = self.masked
        a = span.close + 1
        b = m.find(_MASK, a, min(para.end, a + _LOOKBACK))
        if b < 0:
            b = min(para.end, a + _LOOKBACK)
        post = m[a:b]
        if not post.strip():
            return None
        final = span.final or post.lstrip()[:1] in (".", "!", "?")
        dash = _TRAIL_DASH.match(post)
        if dash is not None:
            found = _pure_name(m, a + dash.start("np"), a + dash.end("np"))
            if found is not None:
                x, y, rank = found
                return _Speaker(m[x:y], x, y, None, personish=rank == 0, multi=True)
            return None
        acc = _TRAIL_ACCORDING.match(post)
        if acc is not None:
            sp = self._parse_np(m, a + acc.start("np"), a + acc.end("np"))
            if sp is not None:
                return sp
        vf = _TRAIL_VERB_FIRST.match(post)
        if (
            vf is not None
            and vf.group("rest").split()[:1]
            and vf.group("rest").split()[0].lower()
            in (
                "that",
                "it",
                "to",
                "this",
                "so",
                "as",
                "nothing",
                "something",
                "what",
                "how",
                "in",
                "on",
                "at",
                "for",
                "of",
                "by",
                "with",
                "about",
                "there",
                "they",
                "we",
                "i",
                "you",
            )
        ):
            vf = None
        if vf is not None:
            rs = a + vf.start("rest")
            rest_end = self._clause_end(rs, a + vf.end("rest"))
            if not final or self._bare(m[rs:rest_end]):
                sp = self._parse_np(m, rs, rest_end)
                if sp is not None:
                    return sp
        nf = _TRAIL_NP_FIRST.match(post)
        if nf is not None:
            npa, npb = a + nf.start("np"), a + nf.end("np")
            np_text = m[npa:npb]
            if self._has_break(np_text) or len(np_text.split()) > 15:
                return None
            if final:
                rest_end = self._clause_end(a + nf.end(), b)
                rest = m[a + nf.end() : rest_end]
                if ":" in m[a + nf.end() : b][: len(rest) + 2] or not self._bare(rest):
                    return None
            sp = self._parse_np(m, npa, npb)
            if sp is not None:
                return sp
        return None

    def _clause_end(self, a: int, b: int) -> int:
        """The end of the clause starting at ``a``: a sentence stop that is not an
        abbreviation's, or ``b``."""
        m = self.masked
        i = a
        while i < b:
            ch = m[i]
            if ch in ";:!?":
                return i
            if ch == ".":
                q = i
                while q > a and not m[q - 1].isspace():
                    q -= 1
                word = m[q:i].lower()
                if word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
                    return i
            i += 1
        return b

    @staticmethod
    def _bare(rest: str) -> bool:
        """What follows a speech verb after a sentence-final quote: at most four words and no
        clause of its own ("Mr. Qaraee added." but not "The regime said it would respond.")."""
        words = [t[2] for t in _tokens(rest)]
        if len(words) > 4:
            return False
        return not any(_is_verbish(w.lower()) for w in words if w.islower())

    @staticmethod
    def _has_break(s: str) -> bool:
        """Whether ``s`` holds a sentence stop that is not an abbreviation's."""
        for mm in re.finditer(r"\.", s):
            q = mm.start()
            p = q
            while p > 0 and not s[p - 1].isspace():
                p -= 1
            word = s[p:q].lower()
            if word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha()):
                return True
        return False

    def _sentence_level(self, ss: int, o: int) -> tuple[_Speaker | None, int]:
        """A speech verb earlier in the sentence with its subject; also the number of words
        between that verb and the quote."""
        m = self.masked
        ss = max(ss, o - _LOOKBACK)
        for tries, hit in enumerate(_SENT_VERB_RE.finditer(m, ss, o)):
            if tries >= 3:
                break
            sp = self._np_before(ss, hit.start())
            if sp is not None and (sp.text is not None or sp.pronoun):
                gap = len(m[hit.end() : o].split())
                return sp, gap
        return None, 99

    def _colon_lead(self, index: int) -> _Speaker | None:
        """``X states:`` ending the paragraph before."""
        if index == 0:
            return None
        prev = self.paras[index - 1]
        if prev.is_turn or prev.continues_turn or not prev.sentences:
            return None
        if self.masked[prev.end - 1] != ":":
            return None
        ss, _ = prev.sentences[-1]
        return self._attribution_before(ss, prev.end)

    def _resolve_group(self, index: int, para: _Para, first: _Span, ss: int, se: int) -> None:
        """Decide whether a quote (all its paragraphs) is kept, and who said it."""
        text = self.text
        group = first.group
        last = group[-1]
        content = " ".join(text[s.cstart : s.cend] for s in group)
        words = len(content.split())
        lead = self._lead_in(first, ss) if first.open is not None else None
        trail = None
        if last.close is not None:
            last_para = self.paras[last.para]
            trail = self._trailer(last, last_para)
        explicit = _prefer(lead, trail)
        adjacent = explicit is not None
        speaker: _Speaker | None = explicit
        from_explicit = explicit is not None
        near_gap = 99
        if lead is None and first.open is not None and self._title_cue(ss, first.open):
            return
        headline = first.open is not None and self._headline_verb(ss, first.open)
        if headline:
            # "Regime Advisor Defends 1988 Massacre, Vows to “Eliminate MEK”": a quote, whose
            # speaker a headline's capitalised words do not say reliably.
            adjacent = True
        elif not adjacent and words <= 12 and _title_case(content) and not first.final:
            return
        if speaker is None and first.open is not None and not headline:
            speaker, near_gap = self._sentence_level(ss, first.open)
            from_explicit = speaker is not None
        opens_para = first.open is None or first.open == para.start
        if speaker is None and opens_para:
            speaker = self._colon_lead(index)
            if speaker is not None:
                adjacent = True
                from_explicit = True
        if speaker is None:
            speaker = self._inherit(index, first, opens_para)
            inherited = speaker is not None
        else:
            inherited = False
        if speaker is None and opens_para and self.heading is not None:
            speaker = self.heading
            adjacent = True
        if words <= 4 and not (
            adjacent or (near_gap <= 6 and words >= 2) or (inherited and last.final and words >= 2)
        ):
            return
        if first.single and not adjacent:
            sentence_ok = near_gap < 99 and words >= 8
            if not (sentence_ok or (inherited and words >= 5)):
                return
        resolved: _Speaker | None
        if from_explicit:
            resolved, fresh = self._finish(speaker)
            if resolved is not None and fresh:
                self._remember(resolved)
        else:
            resolved = speaker
        self._emit(first.cstart, last.cend, "direct", resolved)
        for span in group:
            a = span.open if span.open is not None else self.paras[span.para].start
            b = span.close + 1 if span.close is not None else self.paras[span.para].end
            self.accepted.append((a, b))
            self.direct_regions.append((a, b, len(self.results) - 1))
            self.region_starts.append(a)
        self.last_group = (last.para, resolved, last.cend)

    def _inherit(self, index: int, first: _Span, opens_para: bool) -> _Speaker | None:
        """The speaker of the quote just before, if nobody new was named in between."""
        if self.last_group is None:
            return None
        lg_para, lg_speaker, lg_end = self.last_group
        if lg_speaker is None:
            return None
        if not (lg_para == index or (opens_para and lg_para == index - 1)):
            return None
        anchor = first.open if first.open is not None else first.cstart
        for cand in reversed(self.antecedents):
            if lg_end <= cand.where < anchor and cand.text != lg_speaker.text:
                return None
            if cand.where < lg_end:
                break
        for subject in self._subjects_before(anchor, lg_end - 1, limit=20):
            new = subject.where >= lg_end
            if new and subject.text != lg_speaker.text:
                return None
        return lg_speaker

    def _headline_verb(self, ss: int, o: int) -> bool:
        """A capitalised speech verb just before a quote in a Title Case line."""
        pre = self.masked[max(ss, o - 40) : o]
        hit = _HEADLINE_VERB.search(pre)
        if hit is None or not pre[hit.start()].isupper():
            return False
        line = self.masked[max(ss, o - 200) : o].replace(_MASK, " ")
        return _title_case(line)

    def _title_cue(self, ss: int, o: int) -> bool:
        """Whether a naming word (``entitled``, ``the report``, ``signs reading``) stands just
        before the opening mark."""
        pre = self.masked[max(ss, o - 60) : o]
        return bool(_TITLE_CUE_VERB.search(pre) or _TITLE_CUE_NOUN.search(pre))

    # -- reported speech -------------------------------------------------------------------------

    def _indirect(self, ss: int, se: int) -> None:
        """Reported speech in one sentence (see the module docstring)."""
        m = self.masked
        if m[ss] == _MASK:
            return
        sent = m[ss:se]
        candidates: list[tuple[int, int, _Speaker]] = []
        according = "ccording to" in sent
        if according:
            acc = _ACCORDING_LEAD.search(sent)
            if acc is not None and (acc.start() == 0 or _is_adverbial(m, ss, ss + acc.start())):
                np_end, clause = ss + acc.end("np"), ss + acc.end()
                app = _APPOSITIVE_NAME.match(m, clause, se)
                if app is not None:  # "According to the finance director, Priya Raman, …"
                    np_end, clause = app.end("name"), app.end()
                sp = self._parse_np(m, ss + acc.start("np"), np_end)
                if sp is not None:
                    candidates.append((clause, se, sp))
            if not candidates:
                acc = _ACCORDING_TRAIL.search(sent)
                if acc is not None:
                    sp = self._parse_np(m, ss + acc.start("np"), ss + acc.end("np"))
                    if sp is not None:
                        candidates.append((ss, ss + acc.start(), sp))
        if not candidates and sent.count(",", 0, 160) >= 2:
            par = _PAREN_ATTR.search(sent, 3, 160)
            if par is not None:
                sp = self._parse_np(m, ss + par.start("np"), ss + par.end("np"))
                if sp is not None:
                    candidates.append((ss, se, sp))
        if not candidates:
            candidates = self._reported_clauses(ss, se)
        if not candidates and _NUMBER_HINT.search(sent):
            hit = _NUMBER_CLAUSE.search(sent)
            if hit is not None:
                sp = self._np_before(ss, ss + hit.start("verb"))
                if sp is not None:
                    candidates.append((ss + hit.start("obj"), se, sp))
        tail = sent[-140:]
        trailing = "," in tail and _TRAIL_HINT.search(tail) is not None
        if not candidates and trailing:
            inv = _TRAIL_ATTR_INVERTED.search(sent)
            if inv is not None and _MASK not in sent[: inv.start()]:
                sp = self._parse_np(m, ss + inv.start("np"), ss + inv.end("np"))
                if sp is not None and sp.text is not None:
                    candidates.append((ss, ss + inv.start(), sp))
        if not candidates and trailing:
            trail = _TRAIL_ATTR.search(sent)
            if trail is not None and _MASK not in sent[: trail.start()]:
                sp = self._parse_np(m, ss + trail.start("np"), ss + trail.end("np"))
                if sp is not None and (sp.text is not None or sp.pronoun):
                    candidates.append((ss, ss + trail.start(), sp))
        for a, b, sp in candidates:
            self._emit_indirect(ss, a, b, sp)

    def _reported_clauses(self, ss: int, se: int) -> list[tuple[int, int, _Speaker]]:
        """``X said (that) CLAUSE``, ``X told Y that CLAUSE``, ``… and claimed that CLAUSE``:
        one candidate per reporting verb, each clause ending where a coordinated reporting
        verb, a colon or the sentence ends."""
        m = self.masked
        out: list[tuple[int, int, _Speaker]] = []
        prev_end = ss
        prev_sp: _Speaker | None = None
        for hit in _REPORTING_RE.finditer(m, ss, se):
            vs = hit.start()
            if vs < prev_end:
                continue
            before = _LAST_WORD.search(m, max(ss, vs - 20), vs)
            if before is not None and (
                before.group(1).lower() in _NOT_BEFORE_VERB
                or before.group(1).lower() in _DETERMINERS
            ):
                continue
            verb = hit.group("verb").lower()
            cs = self._clause_start(verb, hit.end(), se)
            if cs is None:
                continue
            ce = min(se, cs + _MAX_CLAUSE)
            coord = None
            if m.find(" and ", cs, ce) >= 0 or m.find(" but ", cs, ce) >= 0:
                coord = _COORDINATED.search(m, cs, ce)
            if coord is not None:
                ce = coord.start()
            stop = _CLAUSE_STOP.search(m, cs, ce)
            if stop is not None:
                ce = stop.start()
            np_start = prev_end
            conj = _LEADING_CONJ.match(m, np_start, vs)
            sp: _Speaker | None
            if conj is not None and conj.end() >= vs - 1 and prev_sp is not None:
                sp = prev_sp  # "… and claimed that": the same subject
            else:
                if conj is not None:
                    np_start = conj.end()
                sp = self._np_before(np_start, hit.start("verb"))
            if sp is None or (sp.text is None and not sp.pronoun):
                continue
            out.append((cs, ce, sp))
            prev_end, prev_sp = ce, sp
        return out

    def _clause_start(self, verb: str, pos: int, se: int) -> int | None:
        """Where the reported clause after a reporting verb starts: after ``that`` (past an
        object or a short phrase), or right away when a clause follows a bare ``said``."""
        m = self.masked
        that = _THAT_AFTER.match(m, pos, se)
        if that is not None:
            gap = that.group("gap")
            if not _has_verbish(gap) and _MASK not in gap:
                return that.end()
        if verb not in _BARE_CLAUSE_VERBS:
            return None
        p = pos
        if verb in _OBJECT_VERBS:
            obj = _OBJECT.match(m, p, se)
            if obj is None:
                return None
            p = obj.end()
        pp = _SHORT_PP.match(m, p, se)
        if pp is not None:
            p = pp.end()
        while p < se and m[p] == " ":
            p += 1
        if p >= se or m[p] in ':,;.“"‘' + _MASK:
            return None
        head = _RELATIVE_ASIDE.sub("", m[p : min(se, p + 300)])
        if _CLAUSE_HEAD.match(head) is None:
            return None
        return p

    def _emit_indirect(self, ss: int, a: int, b: int, sp: _Speaker) -> None:
        """Emit one reported clause, taking in the direct quotes it contains (a clause with a
        quoted fragment is one indirect quote); none when the clause is only a quote."""
        text = self.text
        if a == ss:
            dl = _DATELINE.match(text, a, b)
            if dl is not None:
                a = dl.end()
        ca, cb, _ = _content(text, a, b)
        while cb > ca:  # the sentence's final punctuation, and an unopened parenthesis
            last = text[cb - 1]
            if last.isspace() or last in ".!?,;:":
                cb -= 1
            elif last == ")" and "(" not in text[ca:cb]:
                cb -= 1
            else:
                break
        if cb <= ca or len(text[ca:cb].split()) < 2:
            return
        inside: list[int] = []
        regions: list[tuple[int, int]] = []
        outside: list[str] = []
        pos = ca
        k = bisect_left(self.region_starts, cb) - 1
        while k >= 0:
            ra, rb, index = self.direct_regions[k]
            if rb <= ca:
                break
            if ra < ca or rb > cb + 1:
                return  # a quote straddling the clause's edge: leave both alone
            inside.append(index)
            regions.append((ra, rb))
            k -= 1
        if inside:
            regions.reverse()
            for ra, rb in regions:
                outside.append(text[pos:ra])
                pos = rb
            outside.append(text[pos:cb])
            if not _WORDS_RE.search("".join(outside)):
                return  # the quote is the whole reported content: it stays direct
        resolved, fresh = self._finish(sp)
        if resolved is None:
            return
        if fresh:
            self._remember(resolved)
        self.removed.update(inside)
        self._emit(ca, cb, "indirect", resolved)

    # -- output ------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Small helpers


def _head_noun(s: str) -> str:
    """The last word of ``s`` when it is a lowercase word (possessive dropped), else ''."""
    words = s.rstrip(" ,;:.").split()
    if not words:
        return ""
    word = words[-1]
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    word = word.strip("\"“”‘’'()")
    return word if word.isalpha() and word.islower() and len(word) > 1 else ""


def _prefer(lead: _Speaker | None, trail: _Speaker | None) -> _Speaker | None:
    """Of the attributions before and after a quote, the more explicit one."""
    for sp in (lead, trail):
        if sp is not None and sp.text is not None and not sp.pronoun:
            return sp
    for sp in (lead, trail):
        if sp is not None and sp.pronoun:
            return sp
    return lead if lead is not None else trail


def _title_case(s: str) -> bool:
    """Title Case text: its first word and most of its content words capitalised."""
    words = [w.strip("“”\"‘’'(),:;.!?…") for w in s.split()]
    words = [w for w in words if w]
    if not words or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps / len(content) >= 0.75


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``ranges`` (sorted, not overlapping)."""
    i = bisect_left(ranges, (end, -1)) - 1
    return i >= 0 and ranges[i][1] > start
