"""Compiled patterns. Patterns scanned over long stretches start with a literal or a plain
character class where they can: the regex engine then skips ahead to candidates instead of
trying every position (a look-behind or ``\\b`` first defeats that)."""

from __future__ import annotations

import re
from typing import Final

from provenance.extract.quotes.vocab import (
    _ATTRIB_VERB,
    _DOC_WORDS,
    _MASK,
    _RELATIVE,
    _SAY_ALT,
    _SENTENCE_VERB,
    _VERBISH,
    _trie,
)

_CAP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e"
_PARTICLE: Final = (
    r"(?:al|el|bin|ibn|abu|de|del|della|der|di|da|dos|das|du|la|le|van|von|ter|ten|ul|bint)"
)
_TITLE: Final = (
    r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Hon|Rev|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Maj|Adm"
    r"|Doña|Señora|Señor|Madame|Mme|Monsieur|Frau|Herr)"
    r"\.?"
)
_NTOK: Final = (
    rf"(?:(?:[{_CAP}]\.){{2,}}(?=\s)|[{_CAP}]\.(?=\s)|(?:{_PARTICLE}[-‐])?[{_CAP}][\w\-‐]*(?:['’](?!s\b)\w[\w\-‐]*)*"
    # a plural possessive inside a name: "Rail Users’ Voice", "the Miners' Federation"
    rf"(?:(?<=s)['’](?=[ \t]+[{_CAP}]))?)"
)
# A run of name tokens (person-style: only particles between tokens).
_RUN: Final = re.compile(rf"(?:{_TITLE}\s+)?{_NTOK}(?:\s+(?:{_PARTICLE}\s+)?{_NTOK}){{0,6}}")
# A whole segment that is a name (organisations may have "of", "and", "or", "for", "the").
_PURE: Final = re.compile(
    rf"(?:{_TITLE}\s+)?(?:{_PARTICLE}\s+){{0,2}}{_NTOK}(?:\s+(?:(?:{_PARTICLE}|of|for|and|or|the|on|&)\s+)*{_NTOK}){{0,8}}"
    rf"(?:[ \t]+\d{{1,4}})?(?:\s*\([{_CAP}][\w./ ]{{0,20}}\))?"
)
_ORG_DOC: Final = re.compile(
    rf"(?i:the\s+|a\s+|an\s+|its\s+)?(?P<org>{_NTOK}(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*"
    rf"{_NTOK}){{0,6}})(?:['’]s)?\s+(?i:new\s+|latest\s+|annual\s+|recent\s+|own\s+)?"
    rf"(?i:{_DOC_WORDS})"
)
#: "its 214-page report", "Its annual survey": a document of the sentence's subject.
_ITS_DOC: Final = re.compile(rf"\b[Ii]ts\s+(?:[\w-]+\s+){{0,2}}?(?i:{_DOC_WORDS})\b")
_DOCREF_INDEFINITE: Final = re.compile(rf"(?i:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_WORDS})")
_DOCREF: Final = re.compile(
    rf"(?i:(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_DOC_WORDS})"
)
_SENT_BREAK: Final = re.compile(
    rf"[.!?…][.!?…]*[\"”’')\]{_MASK}]*\s+(?=[\"“‘'(\[{_MASK}]?[{_CAP}0-9{_MASK}])"
)
#: ``_SENT_BREAK`` as one pattern per stop character, led by it, opening only where a run of
#: stops opens (where the class-led pattern's matches open: see ``reader._sentence_breaks``).
_SENT_BREAK_LED: Final = tuple(
    re.compile(
        re.escape(stop)
        + rf"(?<![.!?…].)[.!?…]*[\"”’')\]{_MASK}]*\s+(?=[\"“‘'(\[{_MASK}]?[{_CAP}0-9{_MASK}])"
    )
    for stop in ".!?…"
)
_WORD: Final = re.compile(r"\S+")
_SUBJECT_SKIP: Final = frozenset(
    "he she it they we i you there this these those that his her its their our my your".split()
)
_SEG_PUNCT: Final = re.compile(r"[,()\[\]]")
_FIRST_WORD: Final = re.compile(r"[^\w]*([\w’'.\-]+)")
_WORD_EDGE_L: Final = r"(?<![\w’'\-])"
_WORD_EDGE_R: Final = r"(?![\w’'\-])"
_VERBISH_RE: Final = re.compile(_WORD_EDGE_L + _trie(_VERBISH) + _WORD_EDGE_R)
_RELATIVE_RE: Final = re.compile(r"\s(?:who|which|whose|whom|that)" + _WORD_EDGE_R)
_BOUNDARY_RE: Final = re.compile(
    _WORD_EDGE_L
    + "(?:"
    + _trie(_VERBISH | _RELATIVE)
    + "|(?P<ed>[a-z]+ed))"
    + _WORD_EDGE_R
    + f"|[;:{_MASK}]"
)
# What may follow a name in head position: the end, punctuation, a conjunction, a relative.
_FOLLOWER: Final = re.compile(r"\s*(?:$|[,;:(\[—–]|\s-\s|(?:and|or|who|which|whose|that)\b)")
_DATELINE: Final = re.compile(
    # "KARAGANDA —", "GENEVA, Feb 27 -", "MARENSK, March 14 (Continental Press) -", "QALAT
    # NURI, Hazaran, May 17 (Continental News Agency) -" (with the region)
    rf"[{_CAP}][{_CAP}\s.,'’\-]{{1,40}}(?:[{_CAP}][a-z]+(?:[ \t]+[{_CAP}][a-z]+)?,)?"
    # the date: "May 17", "14 October 2025"
    rf"(?:[ \t]+[{_CAP}][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}|[ \t]+\d{{1,2}}[ \t]+[{_CAP}][a-z]{{2,8}}(?:[ \t]+\d{{4}})?)?"
    rf"(?:\s*\([^)]{{1,40}}\))?\s*[-–—]+\s+(?=[{_CAP}])"
)
_LEAD_VERB: Final = re.compile(
    rf"\b(?P<verb>{_ATTRIB_VERB})\b(?P<tail>[^.;!?{_MASK}]{{0,90}}?)\s*[:,]?\s*$"
)
_THAT_THEN_SAY: Final = re.compile(rf"\b(?:that|whether|if)\b.*\b{_SAY_ALT}\b")
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
#: An appositive after a name: ", the member for …", ", who had been …", ", 52,".
_APPOSITIVE_AFTER: Final = re.compile(r",\s+(?:the|a|an|who|whose|his|her|its|their|aged|\d)\b")
#: A subordinator opening the clause whose verb is read: "When Yeo shouted", "after it told".
_SUBORDINATE_LEAD: Final = re.compile(
    r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|[Ss]ince|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hile|as)\s+"
)
#: A comma opening a subordinate clause inside a reported clause: where that clause ends
#: when the subordinate clause has a reporting verb of its own ("…, as the Y said", "…, three
#: weeks after it told the public …").
_SUBORDINATE_SEP: Final = re.compile(
    r",\s+(?:(?:[\w-]+\s+){1,2}(?:after|before)|after|before|as|while|when|since|although|though|because)\s"
)
#: A person's own written work, which speaks for them: "Her analysis of the footage found …".
_OWN_WORK: Final = re.compile(
    r"(?:her|his)\s+(?:own\s+|new\s+|latest\s+|written\s+|final\s+)?(?:analysis|report|study|statement"
    r"|letter|evidence|testimony|findings|submission|account|review|research|calculations)\b"
)


_TRAIL_NP_FIRST: Final = re.compile(
    rf"^\s*[,.;]?\s*(?P<np>[^;:!?{_MASK}]{{1,150}}?)\s+"
    rf"(?:(?:has|had|have|was|is|also|later|then|once|further|again|previously|recently)\s+)*"
    rf"(?P<verb>{_ATTRIB_VERB})\b"
)
#: A speech verb after a space: what ``_TRAIL_NP_FIRST`` cannot match without (a cheap test
#: first: the pattern tries every length of its noun phrase).
_ATTRIB_VERB_AFTER_SPACE: Final = re.compile(rf"\s(?:{_ATTRIB_VERB})\b")
_SENT_VERB_RE: Final = re.compile(rf"\b(?P<verb>{_SENTENCE_VERB})\b")
# What _trailing_aux reads (the pattern stays as its definition).
_AUX_WORDS: Final = frozenset(
    "has have had also then later once again further previously recently repeatedly publicly "
    "reportedly simply just was is were are will would could might may explicitly openly "
    "clearly firmly proudly flatly quickly even never always often already specifically "
    "personally emphatically since separately consistently subsequently".split()
)
_TRAILING_AUX: Final = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|once|again|further|previously|recently|repeatedly"
    r"|publicly|reportedly|simply|just|was|is|were|are|will|would|could|might|may|once\s+again"
    r"|had\s+also|has\s+also|explicitly|openly|clearly|firmly|proudly|flatly|quickly|even"
    r"|never|always|often|already|specifically|personally|emphatically|since|separately"
    r"|consistently|subsequently|in\s+turn))+\s*$",
    re.I,
)
_TITLE_CUE_VERB: Final = re.compile(
    r"(?i:\b(?:entitled|titled|headlined|dubbed|named|called|known\s+as|nicknamed|so-called"
    r"|labell?ed|under\s+the\s+(?:name|title|slogan|banner)|the\s+words?"
    r"|the\s+term|the\s+phrase|the\s+slogans?|the\s+motto|hashtag"
    # what someone would not talk about, and promises, are not quotes of what was said
    r"|comment\s+on|promises?\s+that|pledges?\s+that|vows?\s+that)\s*[,:]?\s*$"
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
# The words the two patterns above end with (a cheap test before running them).
_TITLE_CUE_ENDS: Final = tuple(
    "entitled titled headlined dubbed named called as nicknamed so-called labelled labeled name "
    "title slogan slogans banner word words term phrase motto hashtag reading read reads book "
    "books report film movie documentary series serial serials song poem article column op-ed "
    "editorial conference campaign programme program project operation exhibition event rally "
    "banners sign signs placard placards theme website blog magazine newspaper show album "
    "play novel paper study essay speech statement letter resolution declaration plan group "
    "association organisation organization party movement newsletter daily weekly headline "
    "label brand codenamed code-named on that".split()
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
_DIGIT: Final = re.compile(r"\d")
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
    "underscored predicted predicts assured assures reminded reminds cautioned cautions "
    "pointed submitted submits accepted accepts emails emailed tweeted tweets".split()
)
# A reporting verb after a space or a line break: a literal first character lets the regex
# engine skip ahead to candidates (a look-behind first would try every position).
_REPORTING_AFTER: Final = (
    r"(?P<at>(?:(?:has|have|had)\s+(?:also\s+)?)?(?P<verb>" + _trie(_REPORTING_VERBS) + "))"
    + _WORD_EDGE_R
)
_REPORTING_VERB_AFTER: Final = "(?P<verb>" + _trie(_REPORTING_VERBS) + ")" + _WORD_EDGE_R
_AUX_BEFORE: Final = re.compile(r"(?<![\w’'\-])(?:has|have|had)\s+(?:also\s+)?\Z")
#: What stands right before a reporting verb the scans find (the mask character last).
_REPORTING_LEADS: Final = (" ", "\n", "\t", "(", "“", '"', "—", "–", _MASK)
_REPORTING_LED: Final = tuple(re.compile(re.escape(lead) + _REPORTING_VERB_AFTER) for lead in _REPORTING_LEADS)
#: The same scans but the one led by a mask character (see ``_reporting_verbs``).
_REPORTING_LED_UNMASKED: Final = _REPORTING_LED[:-1]
#: A reporting verb at a given position (where a run of mask characters ends).
_REPORTING_VERB_AT: Final = re.compile(_REPORTING_VERB_AFTER)
_REPORTING_RE: Final = re.compile(_WORD_EDGE_L + _REPORTING_AFTER)
_OBJECT_VERBS: Final = frozenset(
    "told tells informed informs assured assures reminded reminds warned warns showed shows".split()
)
_BARE_CLAUSE_VERBS: Final = frozenset(
    "said says say told tells claimed claims claim insisted insists insist estimated "
    "estimates estimate wrote writes added adds argued argues argue noted notes stated "
    "states explained explains warned warns "
    # what a report or an inquiry says: "an investigation suggests the figure is higher"
    "suggests suggested suggest shows showed show finds found find concluded concludes".split()
)
#: Verbs that take a clause without "that" only when it has an auxiliary ("confirmed it had
#: opened an investigation", "announced the company would cut 300 jobs"): their noun objects
#: are common ("announced 23 executions in 2024 and said …").
_AUX_CLAUSE_VERBS: Final = frozenset(
    "confirmed confirms admitted admits acknowledged acknowledges announced announces declared declares".split()
)
# "that" within a few words of the verb ("told Express-News that", "said on Monday that",
# "told the International Tribunal for the Sarvic Conflict (ITSC) on Wednesday that").
_THAT_AFTER: Final = re.compile(
    r"(?P<gap>(?:\s+[\w’'.:\-()]+){0,12}?"
    # "said in its decision, published on Tuesday, that": a participle aside before "that"
    r"(?:,\s+(?:[a-z]+ed|made|held|sent|given|taken|written|shown|seen|read)\s+[^,;:\u2588]{1,60}?)?)"
    r",?\s+that\s+(?=\S)"
)
#: A document the words were said in, with a participle after it: "said in a letter read out
#: to the commission that", "said in a statement sent to reporters that".
#: A past-tense verb inside the words between a reporting verb and "that", after a noun and
#: not before "by": "said the ministry's count included only bodies that …" is a clause whose
#: "that" is a relative pronoun, not the start of what was said ("said in a letter signed by
#: 40 MPs that" keeps its "that").
_FINITE_PAST_IN_GAP: Final = re.compile(r"(?<![,])\s(?!(?:a|an|the|its|his|her|their)\s)[a-z’']+\s+[a-z]{2,}ed\s+(?!by\b)(?=\S)")
_PP_WITH_PARTICIPLE: Final = re.compile(
    r"\s+(?:in|on|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'\-]+\s+){1,2}?"
    r"(?:read|sent|written|given|shown|made|released|published|issued|delivered|posted|seen)\b"
)
#: A description led by a possessive pronoun ("even its preliminary report").
_POSSESSIVE_LED: Final = re.compile(r"(?:(?:even|also|only)\s+)?(?:its|their|his|her)\b", re.I)

_OBJECT: Final = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?[\w’'.\-]+(?:\s+[A-Z][\w’'.\-]*){0,2}")
_SHORT_PP: Final = re.compile(
    r",?\s+(?:on|in|at(?!\s+(?:least|most)\b)|last|this|earlier|later|during|after|before|late|early)"
    r"(?:\s+[\w’'\-]+){1,4}?(?=,?\s+(?:the|a|an|he|she|it|they|we|i|there|its|his|her"
    r"|their|[A-Z0-9]))"
)
# Finite verbs that make a clause of the words before them.
_FINITE_VERB: Final = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does"
    r"|do|remain|remains|remained|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|didn't"
    r"|hasn't|haven't|made|put|took|gave|got|kept|lost|paid|sent|spent|sold|saw|found|left"
    r"|met|rose|fell|grew|went|came|began|became|held|brought|bought|cut|won|built|ran|felt"
    r"|knew|led|meant|stood|operates|operate|needs|need|wants|plans|expects|costs|takes"
    r"|makes|means|includes|lives|works|runs|exists|continues|believes|seems|appears|shows"
    r"|owes|faces|lacks|holds|keeps|gets|goes|comes|hopes|hope|intends|aims|fears|[a-z]+ed"
    # present tense of verbs that state facts: "the higher counts include …", "it represents …"
    r"|include|includes|exceed|exceeds|represent|represents|contain|contains|indicate|indicates"
    r"|reflect|reflects|involve|involves|outnumber|outnumbers)\b"
)
_SUBJECT_WORDS: Final = (
    r"(?!(?:to|nothing|something|so|yes|no|little|much|goodbye|hello|in|on|for"
    r"|with|of|from|by|that|what|whether|if|how|why|when|where)\b|at\b(?!\s+(?:least|most)\b)"
    # "said as many as 90", "said more than 40", "said about 40": a figure opens the subject
    r"|as\b(?!\s+(?:many|much|few|little)\s+as\b)|more\b(?!\s+than\b)|about\b(?!\s+\d))"
    r"[\w’'$€£%\-.]+(?:,\d{3})*(?:\s+[\w’'$€£%\-.()"
    + _MASK  # a quoted fragment inside the clause: 'said its "best estimate" was 198,000'
    + r"]+(?:,\d{3})*){0,9}?\s+"
)
# A clause: a subject-like start and a finite verb within a few words.
_CLAUSE_HEAD: Final = re.compile(_SUBJECT_WORDS + _FINITE_VERB)
#: A subject that lists things before its verb: "names, dates of birth, home addresses and
#: phone numbers had been copied"; removed so that the last of them is read as the subject.
_LISTED_SUBJECTS: Final = re.compile(
    r"(?:[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3},\s+){1,8}(?:[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3},?\s+)?"
    r"(?:and|or)\s+(?=[a-z])"
)
# A clause whose verb is an auxiliary or a modal, for ``_AUX_CLAUSE_VERBS``.
_CLAUSE_HEAD_AUX: Final = re.compile(
    _SUBJECT_WORDS + r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must"
    r"|did|does|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|didn't|hasn't|haven't)\b"
)
# Or a quoted fragment where the verb would stand ('said her client "had no idea …"'), when
# the fragment opens with a verb (``_QUOTED_PREDICATE``).
_CLAUSE_HEAD_QUOTED: Final = re.compile(_SUBJECT_WORDS + _MASK)
# A quoted fragment that opens with a finite verb: the predicate of the clause before it.
_QUOTED_PREDICATE: Final = re.compile(
    r"[\"“‘'\s]*(?:(?:never|not|also|only|still|already|just|always|simply)\s+)?" + _FINITE_VERB
)
#: Verbs that give a quoted word or phrase as the subject's own description of something:
#: "called the plan “avoidable”", "described it as “dismissive”".
_DESCRIBING_VERBS: Final = frozenset(
    "called calls calling described describes describing branded brands branding termed "
    "terms dismissed dismisses dismissing labelled labeled labels characterised characterized "
    "characterises characterizes denounced denounces condemned condemns accused accuses".split()
)
#: Such a verb before a quote, in the same clause: "… as" right before it, or the verb a few
#: words before it ("called the delay “avoidable”"; "a group called “X”" is a title, read
#: before this).
_DESCRIBING_BEFORE: Final = re.compile(
    _WORD_EDGE_L
    + _trie(_DESCRIBING_VERBS)
    + r"(?:\s+[^\s.;:!?\u2588]+){0,12}?\s+as\s*$"
    + "|"
    + _WORD_EDGE_L
    + r"(?:called|calls|calling|branded|brands|branding|termed|terms|labelled|labeled|labels)"
    + r"(?:\s+[^\s.;:!?\u2588]+){1,4}\s*$"
)
#: Reporting verbs that are also plural nouns ("records and reports from 37 agencies").
_NOUN_LIKE_VERBS: Final = (
    "reports", "claims", "estimates", "notes", "shows", "finds", "recalls", "terms", "labels",
    "calls", "comments", "remarks", "replies",
)
_COORDINATED: Final = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:(?:he|she|they|it|we)\s+)?(?:also\s+)?"
    # "says … and puts the toll at 70": a figure put at a number is reported speech too
    r"(?:(?:put|puts|placed|places)\s+(?:[\w’'\-]+\s+){1,6}?at\s|"
    + _WORD_EDGE_L
    + _trie(_REPORTING_VERBS | _DESCRIBING_VERBS)
    + _WORD_EDGE_R
    + ")"
    # such a word before a preposition is the noun: no second reporting verb
    + "".join(
        rf"(?!(?<={word})\s+(?:from|of|by|for|in|on|at|about|with|and|or)\b)"
        for word in _NOUN_LIKE_VERBS
    )
)
# A second reporting verb as a participle: "…, adding that CLAUSE" (its own quote).
_PARTICIPLE_THAT: Final = re.compile(
    r",\s+(?:adding|saying|noting|explaining|stressing|insisting|arguing|warning|claiming"
    r"|stating|acknowledging|admitting|confirming)\s+(?:that\s+(?=\S)|(?=" + _CLAUSE_HEAD.pattern + "))"
)
_CLAUSE_STOP: Final = re.compile(r"[:;]")
# ", which Smith runs," inside a clause, left out when looking for the clause's verb.
_RELATIVE_ASIDE: Final = re.compile(
    r",\s+(?:who|which|whose|where)\b[^,;:.]{0,80},"
    # "its requests for access, first made in 2023, have gone unanswered": a participle aside
    r"|,\s+(?:(?:first|last|originally|also|since|now)\s+)?(?:[a-z]+ed|made|held|sent|built|paid|kept|set"
    r"|put|found|bought|sold|told|given|taken|written|drawn|shown|seen|known)\s+[^,;:]{1,60}?,(?=\s+[a-z])"
    # "its final offer, a 7.5 per cent raise over three years, is generous": an appositive
    r"|,\s+(?:a|an|the|its|their|his|her)\s+[^,;:]{1,80}?,(?=\s+[a-z"
    + _MASK
    + "])"
    # "the rail minister, Ms Priya Anand-Sloane, was …": the name of the person just described
    r"|,\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3},(?=\s+[a-z])"
)
_LEADING_CONJ: Final = re.compile(r"[\s,]*(?:and|but)\b\s*(?:also\s+)?")
_WORDS_RE: Final = re.compile(r"[^\W_]{2,}")
_PAREN_ATTR: Final = re.compile(
    rf",\s+(?P<np>he|she|they|[{_CAP}][\w’'\-.]*(?:\s+[{_CAP}][\w’'\-]*){{0,3}}"
    r"|[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}"
    r"|(?:the|a|an)\s+[\w’'\- ]{1,40}?)\s+(?P<verb>said|says|explained|explains|added|adds"
    r"|noted|notes|argued|argues|claimed|claims|insisted|insists|wrote|writes|stressed|stresses"
    r"|warned|warns|recalled|recalls|continued|believes|added)"
    r"(?:\s+(?:on|in|last|this|earlier|late|early)\s+\w+)?,\s+"
    # "…, officials said, but rescuers warned that …": a clause of its own follows (MID below)
    r"(?!(?:but|and|while|although|though|as|with)\b)(?=\S)"
)
#: "…, whatever the ministry says": defiance of a speaker, not an attribution to one.
_DEFIANCE: Final = r"(?!(?:whatever|no\s+matter\s+what|regardless\s+of\s+what)\b)"
_TRAIL_ATTR: Final = re.compile(
    r",\s+" + _DEFIANCE + r"(?P<np>[^,;:\u2588]{1,60}?)\s+(?:(?:has|had|have)\s+)?(?:said|says|say|added|adds"
    r"|noted|notes|wrote|writes|stated|states|reported|reports|estimated|estimates|explained"
    r"|argued|claimed|claims|insisted|warned|confirmed|confirms|announced|announces|told\s+[\w’'.\- ]{1,30}?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|later)\s+[^,;:\u2588]{1,100}?)?\s*[.!?]?\s*$"
)
_TRAIL_ATTR_INVERTED: Final = re.compile(
    r",\s+(?:said|says|added|adds|noted|notes|wrote|writes|explained|argued|claimed|insisted"
    r"|warned|stated)\s+(?P<np>[^,;:\u2588]{2,60}?)(?:,[^;:\u2588]{0,80})?\s*[.!?]?\s*$"
)
# The verbs of the two patterns above.
_TRAIL_VERBS: Final = frozenset(
    "said says say added adds noted notes wrote writes stated states reported reports estimated "
    "estimates explained argued claimed claims insisted warned told confirmed confirms announced announces".split()
)
_NUMBER_CLAUSE: Final = re.compile(
    r"\b(?P<verb>declared|declares|put|puts|estimated|estimates|placed|places|gave|gives|set"
    r"|sets|announced|announces|reported|reports)\s+(?P<obj>the\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:number|toll|figure|total|count|tally)\b)"
    # "estimated the cost of the repairs at £3.2 million", "put losses at 85 million crowns"
    r"|\b(?P<verb2>put|puts|estimated|estimates|placed|places|valued|values)\s+"
    r"(?P<obj2>(?:[\w’'\-]+\s+){1,8}?at\s+(?:an\s+average\s+of\s+|a\s+total\s+of\s+)?"
    r"(?:(?:about|around|nearly|roughly|some|more\s+than|over|between|from"
    r"|at\s+least|up\s+to|less\s+than|just|almost)\s+)?(?:[$€£]?\d|\u2588|(?:several|hundreds|thousands"
    r"|tens|dozens|millions)\b))"
)
#: "…, officials said, but …": an attribution closing the first clause of a sentence.
_TRAIL_ATTR_MID: Final = re.compile(
    r",\s+(?P<np>[^,;:\u2588]{1,50}?)\s+(?:said|says|reported|added|noted|estimated)"
    r"(?:\s+(?:on|in|last|this)\s+\w+)?,\s+(?:but|and|while|although|though|as|with)\s"
)
_ACCORDING_LEAD: Final = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<np>[^,;{_MASK}]{{2,150}}?),\s+(?=\S)"
)
_OUTLET_WORDS: Final = (
    r"(?:website|daily|newspaper|magazine|site|news\s+agency|agency|TV|television|radio"
    r"|channel|broadcaster|paper|weekly|Magazine|Newspaper|Daily|Weekly|Website)"
)
_INTERVIEW_WITH: Final = re.compile(
    # "[Ii]" first and case-sensitive: the engine skips ahead to it (then the word edge).
    rf"[Ii](?<!\w[Ii])(?i:nterview(?:ed)?\s+(?:with|by|for|to))\s+(?:the\s+)?"
    rf"(?:[a-z][\w\-]*\s+){{0,3}}"
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
    r"|insists?|admits?|promises?|pledges?|threatens?|declares?|accuses?|finds?|calls?)\b)"
    r"(?:\s+\S+){0,4}\s*$"
)
_APPOSITIVE_NAME: Final = re.compile(
    rf"(?P<name>(?:{_TITLE}\s+)?[{_CAP}][\w’'\-]+(?:\s+[{_CAP}][\w’'\-]+){{1,3}}),\s+(?=\S)"
)
_ACCORDING_TRAIL: Final = re.compile(
    rf",\s+according\s+to\s+(?P<np>[^,;{_MASK}]{{2,150}}?)"
    # "…, according to the Interior Ministry, which said only that …"
    rf"(?:,\s+(?:which|who)\s+[^{_MASK}]*?(?:{_MASK}+[^{_MASK}]*?)*"
    # "…, according to the Rights Centre (RC), a Velm-based monitoring group."
    rf"|,\s+(?:a|an|the)\s+[^,;{_MASK}]{{1,80}}"
    # "…, according to the harbour master's office, and the Chamber of Shipping said …"
    rf"|,\s+(?:and|but)\s+[^{_MASK}]*?(?:{_MASK}+[^{_MASK}]*?)*)?\s*[.!?]?\s*$"
)
_DOC_AUTHOR_VERB: Final = re.compile(
    rf"\b(?:issued|published|released|produced|put\s+out|sent\s+out)\s+(?:a|an|its|their|the)"
    rf"\s+(?:[\w’'\-]+\s+){{0,3}}?(?i:{_DOC_WORDS})\b"
)
_DOC_BY: Final = re.compile(
    rf"(?i:\b{_DOC_WORDS}\b)[^.;:{_MASK}]{{0,60}}?\bby\s+(?:the\s+)?"
    rf"(?P<np>{_NTOK}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?{_NTOK}){{0,6}})"
)
# A document's issuer in an appositive after it: "The report, published by the X Institute,".
_DOC_BY_APPOSITIVE: Final = re.compile(
    r",\s+(?:(?:first|recently|jointly|also)\s+)?(?:published|released|issued|commissioned"
    r"|written|produced|prepared|compiled|authored)\s+by\s+(?:the\s+)?"
    rf"(?P<np>{_NTOK}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?{_NTOK}){{0,6}})"
)
# The same, found from its "by" (a literal the regex engine skips to quickly).
_BY_NP: Final = re.compile(
    rf"by(?<!\wby)\s+(?:the\s+)?"
    rf"(?P<np>{_NTOK}(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?{_NTOK}){{0,6}})"
)
_DOC_BEFORE: Final = re.compile(rf"(?i:\b{_DOC_WORDS}\b)[^.;:{_MASK}]{{0,60}}$")
_CONNECTORS: Final = frozenset("of for and the on de al bin van von der du la le el da di".split())
# Runs of capitalised words, with the small words organisation names and particles use.
_NAME_RUN: Final = re.compile(
    # The capital first and the word-edge check after it: the scan then skips ahead by the
    # capital letters alone. A period may end the first word only ("Mr.", "J."), checked after.
    rf"[{_CAP}](?<![\w’'\-].)[\w’'\-]*\.?"
    rf"(?:[ \t]+(?:(?:of|for|and|or|the|on|de|al|bin|van|von|der|du|la|le|el|da|di)[ \t]+){{0,2}}"
    rf"[{_CAP}][\w’'\-]*){{1,7}}"
)
_LOCAL_UNION: Final = re.compile(r"Local[ \t]+\d{1,5}\b")  # word edge before: checked
# A capitalised word inside a sentence (after a lowercase word, a digit or a comma).
_MIDCAP: Final = re.compile(rf"[{_CAP}](?<=[a-z0-9,;)] .)[\w’'\-]+")  # capital first: fast
#: A word ``_MIDCAP`` can give whole, and a character that would go on with it.
_MIDCAP_WORD: Final = re.compile(rf"[{_CAP}][\w’'\-]+")
_MIDCAP_AFTER: Final = re.compile(r"[\w’'\-]")
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

#: "presented by Halima Danjuma", "hosted by …": who a PRESENTER:/HOST: turn label is.
_HOSTED_BY: Final = re.compile(
    r"\b(?:presented|hosted|moderated|chaired|anchored|conducted)\s+by\s+(?:(?:the|its|our)\s+)?"
    r"(?:[a-z]+\s+){0,2}(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})"
)

#: A relative pronoun as the subject of the verb after it ("…, which said", "… who wrote"),
#: tested at the end of the words before the verb.
#: Where a relative clause's reported clause ends: at the comma before the main verb of the
#: sentence ("The association, which says it represents 400 families, wants an apology").
_RELATIVE_CLAUSE_END: Final = re.compile(
    r",\s+(?:(?:also|now|still|then)\s+)?(?:"
    + _FINITE_VERB
    + r"|(?!(?:this|thus|plus|perhaps|always|besides|across|towards|afterwards|news|its|his|hers"
    r"|theirs|ours|yours|whereas|as)\b)[a-z]{2,}[^s\W]s\b)"
)
_RELATIVE_SUBJECT: Final = re.compile(r"(?:,\s*|\s)(?:which|who)\s*$")
#: Where a relative clause opens after its antecedent: ", whose delegates", ", who".
_RELATIVE_OPENER: Final = re.compile(r",[ \t]+(?:who|whose|which)\b")
#: Words ending the phrase that governs a relative pronoun's antecedent ("according to",
#: "one from", "seen by"): the antecedent starts after the last of them.
_ANTECEDENT_LINK: Final = re.compile(
    r"\b(?:to|from|by|with|among|including|included|includes)\s+"
)
#: Where a clause of its own ends before a new subject: "…, though two diplomats said",
#: "…, and she says" (the part before holds a verb of its own).
_CLAUSE_JOIN: Final = re.compile(r",\s+(?:but|while|though|although|whereas|and|as)\s+")
_PAST_VERB: Final = re.compile(r"\b[a-z]{2,}ed\b")
#: A figure in a clause: a digit, a number word or a vague count.
_FIGURE_WORD: Final = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?"
    r"|several)\b",
    re.I,
)
#: "X issued a statement saying that CLAUSE": the statement's words are X's.
_STATEMENT_SAYING: Final = re.compile(
    r"\b(?P<verb>issued|released|published|put\s+out|sent\s+out|posted)\s+(?:a|an|its|their)\s+"
    r"(?:[\w’'\-]+\s+){0,2}?(?:statement|report|letter|note|message|memo|communiqu[eé]|release)"
    r"\s+(?:saying|stating|claiming|warning|arguing)\s+(?:that\s+)?(?=\S)"
)
#: "X quoted him as saying (that) CLAUSE": the one quoted (the object) is the speaker.
_QUOTED_AS_SAYING: Final = re.compile(
    rf"\bquoted\s+(?P<np>him|her|[{_CAP}][\w’'\-]*(?:\s+[{_CAP}][\w’'\-]*){{0,3}})\s+as\s+"
    r"(?:saying|stating|telling\s+\w+)\s+(?:that\s+)?(?=\S)"
)
#: A headline ending in its attribution: "Former Chief Knew Pills Were Fake, Prosecutors Say".
_HEADLINE_TRAIL: Final = re.compile(
    rf",\s+(?P<np>[{_CAP}][\w’'\-]*(?:\s+[{_CAP}][\w’'\-]*){{0,3}})\s+"
    r"(?:Says|Say|Said|Tells\s+[A-Z]\w+|Told\s+[A-Z]\w+|Claims|Claim|Warns|Warn|Insists|Insist"
    r"|Finds|Find|Admits|Admit)\s*$"
)
#: Words after which a reporting verb's subject starts: a clause of place or time, or a
#: verb taking a that-clause ("…, where the commission reported", "The court heard that a
#: memo warned").
_SUBJECT_AFTER: Final = re.compile(
    r"(?:,\s+(?:where|when)|\b(?:heard|learned|learnt|found|showed|shown|knew)\s+that"
    # "facing what its director called “…”": the subject of the verb after "what"
    r"|\bwhat)\s+"
)
#: "in her words, “…”", "in his own words:": the quote is that person's.
_IN_OWN_WORDS: Final = re.compile(r"\bin\s+(?P<pro>his|her)\s+(?:own\s+)?words\s*[,:]?\s*$")

#: A headline (a line with no final stop) in sentence case that reports a claim without a
#: verb of its own: "UN says flood toll far higher than government count".
_HEADLINE_SAYS: Final = re.compile(
    rf"(?P<np>[{_CAP}][^,;:{_MASK}]{{0,60}}?)\s+(?:says|say|finds|find|warns|warn|claims|claim|admits|admit"
    r"|confirms|confirm|insists|insist|estimates|estimate)"
    rf"\s+(?:that\s+)?(?P<claim>[^;:{_MASK}]+?)\s*$"
)
#: The same with the attribution last: "The collapse killed far more miners than the
#: official count, a Tribune inquiry finds".
_HEADLINE_SAYS_LAST: Final = re.compile(
    rf",\s+{_DEFIANCE}(?P<np>[^,;:{_MASK}]{{2,60}}?)\s+(?:says|say|finds|find|claims|claim|warns|warn)\s*$"
)
#: "…,” said Ruth Kamau, 52, who says her sons were on the shift": a reporting verb in a
#: relative clause whose antecedent the sentence named.
_RELATIVE_SAYS: Final = re.compile(
    r",\s+(?:who|which)\s+(?:says|said|adds|added|insists|insisted|claims|claimed)\s+"
    r"(?:that\s+)?(?=\S)"
)
#: "what its director called", "what critics described as": someone's own words follow.
_WHAT_SUBJECT_CALLED: Final = re.compile(
    r"\bwhat\s+(?:[\w’'\-]+\s+){1,5}?(?:called|calls|termed|terms|dubbed|described\s+as"
    r"|branded|labell?ed)\s*$"
)
#: A speech verb before the name after a quote: "…,” said Ruth Kamau".
_SAID_BEFORE_NAME: Final = re.compile(r"[\s,]*(?:said|says|added|adds|wrote|writes|recalled)\s+")
#: What a document's subject opens with after its word: "a survey of 212 businesses".
_DOC_SUBJECT_AFTER: Final = re.compile(r"\s+(?:of|into|on|among|about)\s+\S")
