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
    ``Q``, ``Interviewer``, ``Host`` … (the interviewer; ``PRESENTER``/``HOST`` is the person
    the text says presents or hosts), ``Answer``/``A`` (the person last named before the
    interview), or a name with another turn within four paragraphs; a short unlabelled
    question just before a named turn is the interviewer's. After a heading with "Q&A", a paragraph
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
    claimed that B``) starts a second quote, and so does a participle of saying with ``that``
    (``said A, adding that B``; ``“…,” X said, adding that B`` gives B to X, the subject of the
    reporting verb before it, else the sentence's named subject). A clause containing a quoted
    fragment (``said the ministry would “study the findings” before …``) is one indirect quote
    covering it, marks included, and the fragment is not a direct quote of its own; a quote
    that is the whole content (``said that “…”``) stays direct. Reported speech needs a speaker
    (named, described, or a resolved he/she).

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
      Express-News website``, ``a report by the X Institute``); ``<Org> report`` → the Org;
      ``The report, published by the X Institute, found …`` → the X Institute.

    A description without a name (``a senior official of the Ministry …``; cut before
    ``who``/``which``; a sentence-initial plural such as ``Importers`` or ``Persons who …``)
    has kind ``"unnamed"``; a name has kind None (the actor resolver decides).

Everything is linear in the text: precompiled regexes over paragraphs and sentences, indexes
with binary search, and every look around a quote bounded (600 characters). Scans over long
stretches are led by a literal (the regex engine then skips to candidates) and word lists are
compiled as tries; whole-text facts (reporting verbs, names) are found once per text.

Modules
    ``vocab`` (word lists), ``patterns`` (compiled regexes), ``records`` (what is read),
    ``marks`` (paragraphs and quote marks), ``names`` and ``text`` (small pure readers), and the
    reader, one class per step in a chain (see ``state``): ``index``, ``antecedents``,
    ``phrases``, ``turns``, ``attribution``, ``direct``, ``reported``, ``reader``.
"""

from __future__ import annotations

from typing import Final

from provenance.extract.found import QuoteFound
from provenance.extract.quotes.reader import Reader

__all__ = ["NAME", "VERSION", "find_quotes"]

NAME: Final = "quotes"
#: 2: "…, adding that …" clauses; "The report, published by X," → X.
#: 3: rules learnt from the development sets: "…, officials said, but …", "it said", "estimated
#: X at £N", a second subject's own reporting verb, PRESENTER/A: turns and unlabelled questions
#: before named turns, names in apposition to a role, "according to X, which …".
#: 4: subjects after a clause of their own ("…, though two officials said"), relative
#: pronouns as subjects ("according to X, which said that"), datelines before a subject.
#: 5: headline claims in sentence case ("UN says toll far higher than …", "…, a Tribune
#: inquiry finds"), "suggests/shows/finds" with a bare clause, "…,” said X, 52, who says …",
#: plural nouns after "and" ("records and reports from") no second verb, appositives inside
#: a bare clause, "what X called “…”", "it" after a sentence whose subject is an acronym.
#: 6: a quoted fragment inside a bare clause or as its predicate ('said its "best estimate"
#: was …', 'said her client “had no idea …”'), "X quoted him as saying that", a reporting verb
#: coordinated with another predicate ("has put the toll at 41 and says …"), "In a statement
#: it said", "or" inside names, "…, where …, said" asides, "the club confirmed", quoted
#: figures after "put the number at", "at least" opening a clause.
#: 7: subjects after a fronted clause or aside ("Asked by the chair, …, Rybak said"; "…,
#: she estimates"), "Dr X of the Y Centre" as a person, a name then a present-tense verb as a
#: sentence's subject, "X, the … official, who said", a quoted fragment in a clause before a
#: trailing "he said", "said in a letter read out to … that".
#: 8: "confirmed", "admitted", "acknowledged", "announced", "declared" with a clause whose
#: verb is an auxiliary ("confirmed it had opened an investigation"); "… Mobile" and other
#: telecom companies are bodies, so "it said" finds them.
#: 9: a reported clause whose subject lists things ("said names, dates of birth and …
#: had been copied") or has a participle aside ("its requests, first made in 2023, have …"),
#: present-tense verbs that state facts ("the counts include …"), "which says …, wants": the
#: clause ends before the main verb, "says … and puts the toll at …" (two quotes), "put X at
#: an average of", the subject of a subordinate clause ("three weeks after it told the
#: public …"), shouted and cried quotes with an appositive after the name, headline
#: "admits", "confirms", a person's own analysis speaking for them, a name before an
#: appositive description as the antecedent of "she", dotted acronyms ending no sentence;
#: Q&A turns of the two people an introduction names ("X spoke to our reporter Y").
#: 10: other languages' honorifics as titles ("Doña", "Frau", "Madame"); a time before the
#: subject ("Last year the Ministry …"); "a village elder who gave his name only as Abu Karim";
#: "…, whose delegates …, and who wrote that": the antecedent; "the military", "army" as the
#: armed forces the text names; "according to CCM data" as the body; "“…” – Beryl Oakes, Mill
#: Lane": the signatory; the subject after "as" ("… disputed as union says"), "the miners'
#: union" as the union the text names; a dotted acronym as a word of a name ("U.N. Office for
#: the Coordination of Humanitarian Affairs"); reported clauses opening with "as many as",
#: "more than" or "about" and a figure; "told the X Tribunal (ITSC) on Wednesday that"; "it"
#: standing for no one named: reported speech with its speaker unknown, not dropped; "The board
#: met. It said …": the board the text named; "has since told"; "A car bomb killed 54 people,
#: hospital officials said on Friday, almost …": the clause before the attribution; datelines
#: with a region; "submitted that", "accepted that"; "said the count included only bodies that":
#: that "that" is a relative pronoun; "whatever the ministry says" attributes nothing; "it"
#: after a body named earlier in its sentence; "Each time the board told"; dated datelines;
#: "(CDPPK) today said".
#: 11: an office and its portfolio before a name speak as the office's holder ("Deputy
#: Minister of Justice Pavel Hronek told …"); "the judge", "the director of …" as people whom a
#: later "she"/"he" stands for, and as the holder of that office the text names, in an
#: appositive ("Dr Yasin Haddadi, director of …") or a credit line ("Judge: Mrs Justice …").
#: A colon ends the clause before a speaker ("Meridian disputes the figure: a spokesman said");
#: a quoted fragment may open a reported clause as its subject ("said 'fewer than 60' roles
#: were affected"); a name in apposition inside a reported clause's subject ("told us the
#: minister, Ms Priya Anand, was …"); a plural possessive inside a body's name ("Rail Users’ Voice");
#: forums, voices, panels, commands, monitors and chambers as bodies "it" may stand for;
#: "emails to say", "wrote to say that" as reporting; "A reader, Jenny in Carlow Cross, emails"
#: and "A neighbour, Maria Lopez, said": the person by name; the quoted title of a numbered
#: part of a work ('episode 87: "Who gets the cod?"') is no quote; "…, citing health workers,
#: and said": the sentence's subject; "…, and accused the authorities of “…”" ends a clause;
#: "put the savings at between £6 million and £9 million"; the office a lede describes ("The
#: director of the … Museum has resigned, saying …") held by the person opening the next
#: paragraph (also "A former prison doctor told …"); speaker words inside a longer body's name
#: are that body ("The U.N. Disaster Assessment and Coordination team said"); a key point in a
#: bulleted list ("• Match commander says …", "• Passenger watchdog: nearly 20% …"), its
#: speaker the actor the story below gives that description ("…, who was match commander",
#: "Rail Users’ Voice, the statutory passenger watchdog"); "The claim:" (a noun) and "Let me
#: read you …:" (an imperative) name no speaker; "A team … used satellite images and, combining
#: …, estimated that": the sentence's subject; "wrote down what she was told" reports nothing;
#: "A team from the University of …" stays a described source; "confirmed the fee but said …":
#: the noun is no clause; several described speakers ("three residents reached by telephone")
#: are mentions too; "Rosa Delgado of Clean Rivers Now": the person, whom "she" stands for;
#: "puts deaths at “at least 260”, while X estimates …": two claims.
VERSION: Final = "11"


def find_quotes(text: str) -> list[QuoteFound]:
    """Find the direct quotes and the figure-carrying reported speech in ``text``.

    Returns records sorted by start whose ``text`` is ``source[start:end]``; see the module
    docstring for the rules.
    """
    if not text:
        return []
    return Reader(text).run()
