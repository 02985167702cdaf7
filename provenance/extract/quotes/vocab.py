"""The words the rules read: speech verbs, roles, organisation words, labels … and the
trie alternations built from them (a trie lets the regex engine try a few branches per
position instead of every word)."""

from __future__ import annotations

import re
from typing import Final

from provenance.extract.actors.vocabulary import _COMPANY_WORDS as ACTOR_COMPANY_WORDS

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
    "recount recounts recounted read reads quoted cry cries cried yell yells yelled scream screams "
    "screamed heckle heckles heckled interject interjects interjected email emails emailed"
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


def _trie(words: frozenset[str] | set[str]) -> str:
    """An alternation of ``words`` as a trie (``sa(?:id|ys)``): the regex engine then tries a
    handful of branches per position instead of every word. Callers put a word edge after
    it, so the branch order does not change what matches."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + emit(root) + ")"


_SAY_ALT: Final = _trie(_SAY_FINITE)
_ATTRIB_VERB: Final = rf"(?:went\s+on|pointed\s+out|put\s+it|{_SAY_ALT})"
# Verbs that attribute a quote standing later in the same sentence.
_SENTENCE_VERB_WORDS: Final = frozenset(
    "called calls calling described describes branded brands termed describing expressed "
    "expresses accused accuses spoke speaking addressing saying adding telling writing "
    "warning insisting noting arguing explaining urging stating dismissed dismisses dismissing "
    "branding termed labelled labeled".split()
)
_SENTENCE_VERB: Final = rf"(?:went\s+on|pointed\s+out|{_trie(_SAY_FINITE | _SENTENCE_VERB_WORDS)})"
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
#: Present-tense verbs that state a fact, read as the verb of a clause ("the higher counts
#: include …", "it represents some 400 families").
_STATING_PRESENT: Final = frozenset(
    "include includes exceed exceeds represent represents contain contains indicate indicates "
    "reflect reflects involve involves outnumber outnumbers".split()
)
_VERBISH: Final = _AUX | _IRREGULAR | _SAY_FINITE | _STATING_PRESENT
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
        "Dissident Activist Researcher Lawyer Doctor Dr. Mr. Mrs. Ms. Mx. Miss Sir Dame "
        "Manager Coach Coroner Economist Engineer Nurse Farmer Teacher Student Trustee Treasurer "
        "Administrator Auditor Pastor Commissioner Superintendent Detective Constable Inspector "
        "Doña Señora Señor Madame Mme Monsieur Frau Herr"
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
        "Authority Trust Agency Union Port Herald Tribune Gazette Chronicle Observer Guardian "
        "Mobile Telecom Telecoms Wireless Broadband Forum Voice Panel Command Monitor "
        "Observatory Chamber Cooperative Consortium Academy Directorate Syndicate Guild"
    ).split()
)
# Last words of names that are places or institutions, not people.
_PLACE_WORDS: Final = frozenset(
    "house street palace square hall avenue road prison island river mountains city county "
    "province state republic kingdom bay harbour harbor port airport station bridge park "
    "valley coast sea ocean lake camp compound centre center".split()
)
#: Words ending a company's name ("… Holdings", "… Home Appliances"): the actors' list of
#: sector words, lowercased, and a few short forms.
_COMPANY_WORDS: Final = frozenset(word.casefold() for word in ACTOR_COMPANY_WORDS) | frozenset(
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


#: Head nouns of a definite description that stands for one person ("the judge", "the
#: director of the main hospital"): later pronouns may stand for it.
_PERSON_HEADS: Final = frozenset(
    """judge coroner director spokesman spokeswoman spokesperson doctor surgeon nurse minister
    mayor governor prosecutor chairman chairwoman chair president commander inspector
    superintendent witness author rapporteur ambassador envoy administrator headteacher
    headmaster headmistress manager editor head chief secretary expert anthropologist pathologist
    scientist engineer economist analyst researcher historian lawyer barrister solicitor counsel
    commissioner curator officer official""".split()
)
