"""The quote extractor: direct quotes, interview turns, reported speech, their speakers, and
what is not a quote (scare quotes, titles, slogans). Conventions: tests/data/README.md."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from provenance.extract import quotes
from provenance.extract.found import QuoteFound
from provenance.extract.quotes import find_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def check(text: str, found: list[QuoteFound]) -> None:
    """What every result must satisfy, whatever the text."""
    assert found == sorted(found, key=lambda q: (q.start, q.end))
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.text == q.text.strip()
        assert q.kind in ("direct", "indirect")
        assert q.speaker_kind in (None, "person", "organisation", "unnamed")
        if q.speaker_text is None:
            assert q.speaker_start is None and q.speaker_end is None
        else:
            assert q.speaker_start is not None and q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start, (a, b)


def quotes_in(text: str) -> list[QuoteFound]:
    found = find_quotes(text)
    check(text, found)
    return found


def the_quote(text: str) -> QuoteFound:
    found = quotes_in(text)
    assert len(found) == 1, found
    return found[0]


def said(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker_text) of every quote, for compact expectations."""
    return [(q.kind, q.text, q.speaker_text) for q in quotes_in(text)]


# ----------------------------------------------------------------------------- basics


def test_name_and_version() -> None:
    assert quotes.NAME == "quotes"
    assert quotes.VERSION == "11"


def test_empty_and_quoteless_texts() -> None:
    assert quotes_in("") == []
    assert quotes_in("The regime executed thousands of prisoners in 1988.\n\n") == []


# ----------------------------------------------------------------------------- quote marks


def test_curly_marks_and_span_without_the_marks() -> None:
    text = "Rajavi said: “The crimes of the Iranian regime are known to everyone.”"
    q = the_quote(text)
    assert q.text == "The crimes of the Iranian regime are known to everyone."
    assert (q.kind, q.speaker_text, q.speaker_kind) == ("direct", "Rajavi", None)
    assert text[q.speaker_start : q.speaker_end] == "Rajavi"


def test_straight_marks() -> None:
    q = the_quote('Giulio Terzi wrote: "The regime is afraid of its own people."')
    assert (q.text, q.speaker_text) == ("The regime is afraid of its own people.", "Giulio Terzi")


def test_mixed_marks_curly_open_straight_close() -> None:
    text = (
        "A senior official of the Ministry of Intelligence sent a video abroad. "
        "Speaking of the massacre, he said: “The atrocity of this regime is such that "
        'over 33,700 prisoners were executed and buried in mass graves."'
    )
    q = the_quote(text)
    assert q.text.startswith("The atrocity") and q.text.endswith("mass graves.")
    assert q.speaker_text == "A senior official of the Ministry of Intelligence"
    assert q.speaker_kind == "unnamed"


def test_punctuation_inside_the_marks_is_kept() -> None:
    q = the_quote("“The time has come for the United Nations to act,” said Mrs. Rajavi.")
    assert q.text == "The time has come for the United Nations to act,"
    assert q.speaker_text == "Mrs. Rajavi"


def test_nested_single_quotes_are_part_of_the_outer_quote() -> None:
    text = (
        "Homa Jaberi spoke next.\n\n“My hands were swollen. The regime’s torturer said, ‘This "
        "is your hell. No one will hear you here.’ They kept us awake,” she continued."
    )
    q = the_quote(text)
    assert q.text.startswith("My hands") and "‘This is your hell." in q.text
    assert q.speaker_text == "Homa Jaberi"


def test_nested_double_quotes_are_part_of_the_outer_quote() -> None:
    text = (
        "Majid Saheb Jam\n\n“During the massacre, the judges asked one question. They asked, "
        "“What are your charges?” Uttering the word ‘Mojahed’ was enough to seal the fate "
        "of the prisoner,” he added."
    )
    q = the_quote(text)
    assert q.text.startswith("During the massacre") and q.text.endswith("of the prisoner,")
    assert q.speaker_text == "Majid Saheb Jam"


def test_quote_opening_with_a_closing_mark() -> None:
    text = (
        "The article writes: ” The relentless crackdown on political opponents of "
        "Khomeini’s regime culminated in a political purge in 1988.”"
    )
    q = the_quote(text)
    assert q.text.startswith("The relentless crackdown") and q.text.endswith("in 1988.")


def test_unclosed_quote_ends_at_its_paragraph_and_swallows_nothing() -> None:
    text = (
        "The senator said: “We will fight this all the way to the Supreme Court.\n\n"
        "Lawmakers adjourned without a vote. “We will be back,” said Jane Holt."
    )
    found = quotes_in(text)
    assert [q.text for q in found] == [
        "We will fight this all the way to the Supreme Court.",
        "We will be back,",
    ]
    assert found[1].speaker_text == "Jane Holt"


def test_quote_over_several_paragraphs_is_one_quote_of_one_speaker() -> None:
    # Seed 001: each paragraph opens with “ and only the last closes.
    text = (
        "Iranian dissident Ehsan Qaraee lost his father in 1988.\n\n"
        "Mr. Qaraee said, “My parents were both teachers.”\n\n"
        "He continued: “For me, I would like some recognition from the UK Government.\n\n"
        "“Because all of those who committed these crimes are still in power.\n\n"
        "“We are talking about Ebrahim Raisi who is the head of the judiciary.” Mr. Qaraee "
        "added.\n\n"
        "Appeasing the mullahs, policymakers in the West turned a blind eye."
    )
    found = quotes_in(text)
    assert len(found) == 2
    first, second = found
    assert first.text == "My parents were both teachers."
    assert second.text.startswith("For me, I would like")
    assert second.text.endswith("the head of the judiciary.")
    assert "\n\n“Because all of those" in second.text
    assert {first.speaker_text, second.speaker_text} == {"Ehsan Qaraee"}


def test_paragraph_closed_by_a_stray_mark_continues_the_open_quote() -> None:
    # Seed 000: the second paragraph has no opening mark, only a closing one.
    text = (
        "Rajavi said: “The crimes of the Iranian regime are known to everyone.\n\n"
        "Amnesty International recently published a vast report on the massacre.”\n\n"
        "Exit mobile version"
    )
    q = the_quote(text)
    assert q.text.startswith("The crimes") and q.text.endswith("on the massacre.")
    assert q.speaker_text == "Rajavi"


def test_hard_wrapped_paragraph() -> None:
    text = (
        "The union's general secretary, Oleksandr Kovalenko, said on Monday\n"
        "that talks had failed. “We are not asking for the moon. We are asking\n"
        "for a fair deal,” Kovalenko told reporters outside the port gates.\n"
    )
    found = quotes_in(text)
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("We are not asking") and direct[0].text.endswith("deal,")
    assert direct[0].speaker_text == "Oleksandr Kovalenko"


# ----------------------------------------------------------------------------- attributions


def test_said_comma() -> None:
    q = the_quote("Mr. Qaraee said, “My parents were both teachers—my father was a historian.”")
    assert q.speaker_text == "Mr. Qaraee"


@pytest.mark.parametrize(
    "verb", ["said", "added", "continued", "stressed", "explained", "concluded", "emphasized"]
)
def test_quote_then_name_and_verb(verb: str) -> None:
    q = the_quote(f"“We will never stop telling the world what happened,” Ms. Jokar {verb}.")
    assert (q.text, q.speaker_text) == (
        "We will never stop telling the world what happened,",
        "Ms. Jokar",
    )


def test_quote_then_told() -> None:
    q = the_quote("“These reports are baseless and politically motivated,” Kanaani told reporters.")
    assert q.speaker_text == "Kanaani"


def test_told_colon() -> None:
    text = (
        "Former political prisoner Hossein Fathi lost 14 members of his family. He told "
        "Express: “I witnessed the torture and they tortured me by lashing.”"
    )
    q = the_quote(text)
    assert q.speaker_text == "Hossein Fathi"
    assert text[q.speaker_start : q.speaker_end] == "Hossein Fathi"


def test_wrote_after_the_quote() -> None:
    q = the_quote("“This represents a departure from the government’s normal policy,” wrote Terzi.")
    assert q.speaker_text == "Terzi"


def test_name_colon_quote() -> None:
    q = the_quote("Pourmohammadi: “It was unfortunate, but the tape was released anyway.”")
    assert q.speaker_text == "Pourmohammadi"


def test_according_to_with_a_direct_quote() -> None:
    q = the_quote(
        "According to Amnesty International, “the executions are crimes against humanity.”"
    )
    assert (q.kind, q.speaker_text) == ("direct", "Amnesty International")


def test_speech_verb_earlier_in_the_sentence() -> None:
    text = (
        "Raha Bahreini, Amnesty International’s leader researcher on Iran, called on the United "
        "Nations to “finally hear the cry of families and survivors.”"
    )
    q = the_quote(text)
    assert (q.text, q.speaker_text) == (
        "finally hear the cry of families and survivors.",
        "Raha Bahreini",
    )


def test_attribution_before_a_sentence_final_quote_goes_to_the_next_quote() -> None:
    text = (
        "Giulio Terzi spoke in Rome. “The regime is weak and divided.” He added: “It cannot last.”"
    )
    assert said(text) == [
        ("direct", "The regime is weak and divided.", None),
        ("direct", "It cannot last.", "Giulio Terzi"),
    ]


def test_paragraph_ending_in_a_colon_attributes_the_quote_paragraphs_after_it() -> None:
    text = (
        "The Amnesty International report states:\n\n"
        "“Between July and September 1988, the authorities executed thousands of prisoners.”\n\n"
        "“Since then, the authorities have treated the killings as state secrets.”"
    )
    found = quotes_in(text)
    assert [(q.speaker_text, q.speaker_kind) for q in found] == [
        ("Amnesty International", "organisation"),
        ("Amnesty International", "organisation"),
    ]


def test_continuation_quote_in_the_same_paragraph() -> None:
    text = "Ms. Jokar spoke first.\n\n“I spent six years in prison,” she said. “They tortured me.”"
    assert said(text) == [
        ("direct", "I spent six years in prison,", "Ms. Jokar"),
        ("direct", "They tortured me.", "Ms. Jokar"),
    ]


def test_single_marks_as_main_quotes() -> None:
    text = (
        "‘I think it is a disgrace,’ Ms Jones said. ‘Nurses have been let down by this "
        "government’s refusal to talk.’"
    )
    assert said(text) == [
        ("direct", "I think it is a disgrace,", "Ms Jones"),
        ("direct", "Nurses have been let down by this government’s refusal to talk.", "Ms Jones"),
    ]


def test_headline_quote_has_no_reliable_speaker() -> None:
    q = the_quote("Regime Advisor Defends 1988 Massacre, Vows to “Eliminate MEK”")
    assert (q.text, q.speaker_text) == ("Eliminate MEK", None)


# ----------------------------------------------------------------------------- who speaks


def test_pronoun_resolves_to_the_last_named_person() -> None:
    text = (
        "Ahmad Ebrahimi was detained in Gohardasht prison during the same era. He said: "
        "“They kept us in the dark: we didn’t know what was going on.”"
    )
    q = the_quote(text)
    assert q.speaker_text == "Ahmad Ebrahimi"
    assert (q.speaker_start, q.speaker_end) == (0, len("Ahmad Ebrahimi"))


def test_she_concluded_and_a_lone_surname_give_the_full_name() -> None:
    text = (
        "Mrs. Maryam Rajavi addressed the rally in Albania.\n\n"
        "“The regime will fall,” Mrs. Rajavi said.\n\n"
        "“The people of Iran are united for freedom,” she concluded."
    )
    found = quotes_in(text)
    assert [q.speaker_text for q in found] == ["Maryam Rajavi", "Maryam Rajavi"]
    assert text[found[1].speaker_start : found[1].speaker_end] == "Maryam Rajavi"


def test_pronoun_after_a_sentence_whose_subject_is_not_a_person() -> None:
    text = "The decision angered residents such as Tom Reid. “It’s a disgrace,” he said."
    assert the_quote(text).speaker_text == "Tom Reid"


def test_titles_dropped_before_a_full_name() -> None:
    q = the_quote("“The pace of change has surprised even us,” said Dr. Ingrid Solberg.")
    assert q.speaker_text == "Ingrid Solberg"


def test_report_speaks_for_the_organisation_that_wrote_it() -> None:
    text = (
        "A report released on Monday by the Halvorsen Institute for Coastal Research found "
        "that sea levels could rise by up to 40 centimetres by 2060. The report estimates that "
        "2.3 million people live in areas at risk."
    )
    found = quotes_in(text)
    assert [(q.kind, q.speaker_text, q.speaker_kind) for q in found] == [
        ("indirect", "Halvorsen Institute for Coastal Research", "organisation"),
        ("indirect", "Halvorsen Institute for Coastal Research", "organisation"),
    ]


def test_the_union_and_the_company_refer_back() -> None:
    text = (
        "The dock workers of Local 512 voted to strike. Castlebrook Resources runs the port.\n\n"
        "“We gave them every chance,” the union said.\n\n"
        "“We have made a generous offer,” the company said."
    )
    found = quotes_in(text)
    assert [(q.speaker_text, q.speaker_kind) for q in found] == [
        ("Local 512", "organisation"),
        ("Castlebrook Resources", "organisation"),
    ]


def test_name_preferred_among_appositives() -> None:
    text = (
        "Speaking to Express-News, Amnesty International’s lead researcher on Iran, Raha "
        "Bahreini, said: “For three decades, families have been struggling for truth.”"
    )
    assert the_quote(text).speaker_text == "Raha Bahreini"


def test_unnamed_speaker_is_the_description() -> None:
    text = (
        "A former political prisoner and human rights activist, said, “I was in prison for "
        "many years just for the freedom.”"
    )
    q = the_quote(text)
    assert q.speaker_text == "A former political prisoner and human rights activist"
    assert q.speaker_kind == "unnamed"


def test_the_mayor_is_the_person_introduced_as_mayor() -> None:
    text = (
        "Mayor Linda Okafor defended the budget on Tuesday. Councillor James Whitfield voted "
        "against it. “Every department took a hit,” the mayor said."
    )
    q = the_quote(text)
    assert q.speaker_text == "Linda Okafor"


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "The Interior Ministry issued new rules on Monday. “The rules protect citizens and "
        "will be enforced,” the ministry said."
    )
    q = the_quote(text)
    assert (q.speaker_text, q.speaker_kind) == ("Interior Ministry", "organisation")


def test_the_article_speaks_for_its_publication() -> None:
    text = (
        "The story was told in a heartbreaking report on the Express-News website.\n\n"
        "The article writes: “The relentless crackdown culminated in a political purge.”"
    )
    assert the_quote(text).speaker_text == "Express-News"


def test_testimony_headings_name_the_speaker() -> None:
    # Seed 001: a name on its own line, then quotes with “…,” he/she said.
    text = (
        "Kobra Jokar – Former Political Prisoner\n\n"
        "“I spent six years in prison. The Revolutionary Guards arrested me,” said Ms. Jokar.\n\n"
        "“A few days later, they executed my husband with 75 others,” she said.\n\n"
        "Mostafa Naderi\n\n"
        "“I spent 11 years in prison, five of those years in solitary confinement.”\n\n"
        "“In prison, I was severely tortured,” he explained."
    )
    assert [q.speaker_text for q in quotes_in(text)] == [
        "Kobra Jokar",
        "Kobra Jokar",
        "Mostafa Naderi",
        "Mostafa Naderi",
    ]


def test_heading_and_dateline_before_remarks() -> None:
    text = (
        "Abdolreza Rahmanifazli, Interior Minister\n\n"
        "State TV, July 29, 2019\n\n"
        "“The current situation should not make us negligent. We have to be vigilant.”"
    )
    assert the_quote(text).speaker_text == "Abdolreza Rahmanifazli"


def test_quote_with_no_attribution_has_no_speaker() -> None:
    text = (
        "The wall was covered in writing. “Nobody here will ever forget what happened that summer.”"
    )
    q = the_quote(text)
    assert (q.kind, q.speaker_text, q.speaker_start, q.speaker_kind) == ("direct", None, None, None)


def test_they_said_attributes_without_naming() -> None:
    q = the_quote("“We will keep protesting,” they said.")
    assert q.speaker_text is None


# ----------------------------------------------------------------------------- interviews


def test_interview_turns() -> None:
    text = (
        "In a July 24 interview with the state-run Mosalas magazine, Mostafa Pour-Mohammadi "
        "defended the executions.\n\n"
        "Question: You were in the Foreign Intelligence Department. How were you involved?\n\n"
        "Mostafa Pour-Mohammadi: Look, your enemy is lying. It is making accusations.\n\n"
        "When the enemy is carrying out operations, are we really expected to talk about "
        "legal debates, and say, ‘this happened here’?\n\n"
        "Question: Those who were executed were all collaborators?\n\n"
        "Pour-Mohammadi: Look. These were the minimum legal protocols that were adhered to.”"
    )
    found = quotes_in(text)
    assert [(q.text[:25], q.speaker_text) for q in found] == [
        ("You were in the Foreign I", "Mosalas"),
        ("Look, your enemy is lying", "Mostafa Pour-Mohammadi"),
        ("Those who were executed w", "Mosalas"),
        ("Look. These were the mini", "Mostafa Pour-Mohammadi"),
    ]
    # The turn and the first-person paragraph after it are one quote; the stray mark is left out.
    assert found[1].text.endswith("‘this happened here’?")
    assert found[3].text.endswith("adhered to.")


def test_interviewer_label_without_a_named_publication() -> None:
    text = (
        "Interviewer: Was this also the issue of criticism by Mr. Montazeri?\n\n"
        "Pourmohammadi: “It was unfortunate, but the tape was released anyway.”"
    )
    found = quotes_in(text)
    assert [(q.speaker_text, q.speaker_kind) for q in found] == [
        ("Interviewer", "unnamed"),
        ("Pourmohammadi", None),
    ]


def test_unprefixed_q_and_a() -> None:
    text = (
        "Dana Whitcombe, the chief inspector, visited the site.\n\n"
        "Q&A with the chief inspector\n\n"
        "What caused the collapse?\n\n"
        "We don't know yet. Our engineers will examine the site.\n\n"
        "Will there be charges?\n\n"
        "It is far too early to say."
    )
    assert said(text) == [
        ("direct", "What caused the collapse?", None),
        ("direct", "We don't know yet. Our engineers will examine the site.", "Dana Whitcombe"),
        ("direct", "Will there be charges?", None),
        ("direct", "It is far too early to say.", "Dana Whitcombe"),
    ]


def test_labels_that_are_not_speakers() -> None:
    text = "Update: “We have resumed operations at the plant,” the company said."
    q = the_quote(text)
    assert q.speaker_text == "the company"


# ----------------------------------------------------------------------------- reported speech


def test_declared_the_number_to_be() -> None:
    text = (
        "After a detailed study of irrefutable evidence, the Iranian Resistance declared the "
        "number of those slaughtered in 1988 to be 30,000."
    )
    q = the_quote(text)
    assert (q.kind, q.text, q.speaker_text) == (
        "indirect",
        "the number of those slaughtered in 1988 to be 30,000",
        "Iranian Resistance",
    )


def test_has_confirmed_that_with_an_unnamed_speaker() -> None:
    text = (
        "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei who "
        "turned against him has confirmed that more than 33,000 people were executed during "
        "the 1988 massacre of political prisoners."
    )
    q = the_quote(text)
    assert q.kind == "indirect"
    assert q.text == (
        "more than 33,000 people were executed during the 1988 massacre of political prisoners"
    )
    assert (
        q.speaker_text
        == "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei"
    )
    assert q.speaker_kind == "unnamed"


def test_according_to_reported_speech() -> None:
    q = the_quote(
        "According to a similar report, two prisoners were hanged on Saturday in Mashhad."
    )
    assert (q.kind, q.text, q.speaker_text, q.speaker_kind) == (
        "indirect",
        "two prisoners were hanged on Saturday in Mashhad",
        "a similar report",
        "unnamed",
    )


def test_according_to_after_the_clause() -> None:
    q = the_quote(
        "Iran has executed at least 34 people in the past month, according to Iran Human Rights."
    )
    assert (q.kind, q.text, q.speaker_text) == (
        "indirect",
        "Iran has executed at least 34 people in the past month",
        "Iran Human Rights",
    )


def test_said_that_and_reported_that() -> None:
    assert said("Mrs. Rajavi stated that the massacre was carried out in 110 cities in Iran.") == [
        ("indirect", "the massacre was carried out in 110 cities in Iran", "Mrs. Rajavi")
    ]
    assert said("The state daily reported that two prisoners were hanged on Sunday.") == [
        ("indirect", "two prisoners were hanged on Sunday", "The state daily")
    ]


def test_said_without_that() -> None:
    assert said("Police said 12 people were arrested near the port.") == [
        ("indirect", "12 people were arrested near the port", "Police")
    ]


def test_two_reporting_verbs_give_two_quotes() -> None:
    text = (
        "Mr. Qaraee told Express-News that his father was murdered by the regime and claimed "
        "that his mother was savagely tortured."
    )
    assert said(text) == [
        ("indirect", "his father was murdered by the regime", "Mr. Qaraee"),
        ("indirect", "his mother was savagely tortured", "Mr. Qaraee"),
    ]


def test_parenthetical_attribution() -> None:
    text = (
        "Maryam Rajavi spoke about the families. Many families, she explained, make a "
        "pilgrimage to visit the grave every year."
    )
    assert said(text) == [
        (
            "indirect",
            "Many families, she explained, make a pilgrimage to visit the grave every year",
            "Maryam Rajavi",
        )
    ]


def test_attribution_after_the_clause() -> None:
    assert said("Rescue teams worked through the night to reach 14 miners, officials said.") == [
        ("indirect", "Rescue teams worked through the night to reach 14 miners", "officials")
    ]


def test_reported_clause_with_a_quoted_fragment_is_one_indirect_quote() -> None:
    text = (
        "Terzi stressed that these words make it clear that “the MEK is Tehran’s greatest "
        "adversary.”"
    )
    assert said(text) == [
        (
            "indirect",
            "these words make it clear that “the MEK is Tehran’s greatest adversary.”",
            "Terzi",
        )
    ]


def test_quote_that_is_the_whole_reported_content_stays_direct() -> None:
    assert said("Terzi said that “the regime is weaker than it has ever been.”") == [
        ("direct", "the regime is weaker than it has ever been.", "Terzi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They said that 300 people were killed.",  # nobody named
        "Raha Bahreini called on the United Nations to investigate the massacre.",  # a call
        "The regime thought that it would never be held accountable.",  # a belief
        "The regime defended the executions of 1988 for years.",  # a noun object
        "The ministry asked whether the figures were correct.",  # a question
        "An estimated 30,000 political prisoners were executed in 1988.",  # not a verb here
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert quotes_in(text) == []


# ----------------------------------------------------------------------------- not quotes


@pytest.mark.parametrize(
    "text",
    [
        "Under “moderate” Rouhani at least 3800 people have been executed in Iran.",
        "The regime’s “Death commission”, a group of 3 mullahs, handled the cases.",
        'MEK supporters holding signs reading "Stop Executions Iran"',
        "The MEK supporters held banners that read “Free Iran” and “No to execution”.",
        "Posts Tagged ‘1988 Massacre’",
        "Some aspects of the regime’s 'Chain of Murders' were never revealed.",
        "The report, entitled “Iran’s Blood-Soaked Secrets: Why Iran’s 1988 prison massacres "
        "are ongoing crimes against humanity,” contains new details.",
        "She spoke at the conference “Calling for Justice for the 1988 Massacre” in Albania.",
        "The world had a long way to go to reverse a strategy of conciliation and “appeasement.”",
        "In his book “The Long Road Home: A Memoir of War”, he describes the siege.",
    ],
)
def test_scare_quotes_titles_and_slogans_are_not_quotes(text: str) -> None:
    assert quotes_in(text) == []


def test_short_quote_with_an_attribution_is_kept() -> None:
    text = (
        "Mrs. Rajavi stated that the massacre was carried out in 110 cities. “It is no "
        "accident,” she said, that these cities are now the scenes of resistance."
    )
    found = quotes_in(text)
    assert ("direct", "It is no accident,", "Mrs. Rajavi") in [
        (q.kind, q.text, q.speaker_text) for q in found
    ]


def test_nested_scare_quote_inside_a_turn_is_not_a_quote_of_its_own() -> None:
    text = (
        "Question: A major accusation relates to the issue of the ‘Hypocrites’ [MEK].\n\n"
        "Pour-Mohammadi: Look, your enemy is lying."
    )
    assert [q.text for q in quotes_in(text)] == [
        "A major accusation relates to the issue of the ‘Hypocrites’ [MEK].",
        "Look, your enemy is lying.",
    ]


# ----------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_texts_keep_the_invariants(path: Path) -> None:
    quotes_in(path.read_text(encoding="utf-8"))


def test_seed_003() -> None:
    text = (SEEDS / "003_3d8afc414ecaec92.txt").read_text(encoding="utf-8")
    found = quotes_in(text)
    assert [(q.kind, q.text[:30], q.speaker_text) for q in found] == [
        ("indirect", "the number of those slaughtere", "Iranian Resistance"),
        (
            "indirect",
            "more than 33,000 people were e",
            "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei",
        ),
        (
            "direct",
            "The atrocity of this regime is",
            "a senior official of the Ministry of Intelligence and Security (MOIS)",
        ),
        (
            "indirect",
            "it has consistently grown, wit",
            "Persons who had previously attended the event",
        ),
    ]


def test_seed_001_testimonies_and_scare_quotes() -> None:
    text = (SEEDS / "001_99bd5d0d72e50914.txt").read_text(encoding="utf-8")
    found = quotes_in(text)
    speakers = {q.speaker_text for q in found}
    assert {"Kobra Jokar", "Hengameh Haj-Hassan", "Homa Jaberi", "Mostafa Naderi"} <= speakers
    texts = {q.text for q in found}
    assert not texts & {"moderate", "Stop Executions Iran", "Death Committee", "Hypocrites"}
    jokar = [q for q in found if q.text.startswith("I spent six years in prison")]
    assert len(jokar) == 2 and all(q.speaker_text == "Kobra Jokar" for q in jokar)


def test_invariants_hold_on_scrambled_text() -> None:
    """Odd mixes of marks, names, labels and attributions never break the invariants."""
    pieces = [
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        " ",
        "\n",
        "\n\n",
        "said",
        " he said",
        "Mr.",
        "Smith",
        "The report",
        ":",
        ",",
        ".",
        "?",
        "According to",
        "that",
        "30,000",
        " John Smith said: ",
        "Question: ",
        "A: ",
        "Smith: ",
        "(",
        ")",
        "—",
        "who",
        "\u00a0",
        "\r\n",
        "told",
        "Q&A",
        "Mayor Jane Doe",
        "the mayor said",
        "issued a statement",
        " and claimed that ",
        "Many people, she explained, ",
        ", officials said.",
        "Vows to",
    ]
    rng = random.Random(1988)
    for _ in range(1500):
        text = "".join(
            rng.choice(pieces) + (" " if rng.random() < 0.5 else "")
            for _ in range(rng.randint(0, 60))
        )
        quotes_in(text)


# ----------------------------------------------------------------------------- speed


def test_long_texts_take_linear_time() -> None:
    """No quadratic scans: a 300 KB paragraph full of quotes, and 300 KB of seed text."""
    pathological = "He said “this is it,” and then " * 10_000
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    for text in (pathological, seeds * 4):
        started = time.perf_counter()
        find_quotes(text)
        assert time.perf_counter() - started < 10
