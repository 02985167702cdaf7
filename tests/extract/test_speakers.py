"""Speaker words resolved to actors: surnames in any case and romanisation, definite
descriptions of a named organisation, names in apposition to a role."""

from __future__ import annotations

import pytest

from provenance.extract.actors import ActorDirectory
from provenance.extract.pipeline import extract
from provenance.matching import sound_key


@pytest.fixture(scope="module")
def nobody_known() -> ActorDirectory:
    return ActorDirectory([])


def speakers(text: str, directory: ActorDirectory) -> dict[str, str | None]:
    return {q.found.text: q.speaker for q in extract(text, directory).quotes}


def test_romanisation_variants_share_a_sound_key() -> None:
    assert sound_key("Khodzhaev") == sound_key("Khodjayev") == sound_key("KHODZHAEV")
    assert sound_key("Dzhaksybekov") == sound_key("Jaksybekov")
    assert sound_key("Saidov") != sound_key("Khodzhaev")


def test_a_turn_label_in_capitals_is_the_person_named_before(nobody_known: ActorDirectory) -> None:
    text = (
        "The hearing was chaired by the commission's deputy chairman, Rustam Khodzhaev.\n\n"
        "KHODZHAEV: The commission has received 212 written complaints about the count.\n\n"
        "SAIDOV: We had observers at 64 of the 118 polling stations.\n\n"
        "KHODZHAEV: How were your observers counting?\n\n"
        "Later, Khodjayev said: “A full recount would take between ten and 14 days.”"
    )
    found = speakers(text, nobody_known)
    assert found["The commission has received 212 written complaints about the count."] == "Rustam Khodzhaev"
    assert found["How were your observers counting?"] == "Rustam Khodzhaev"
    assert found["A full recount would take between ten and 14 days."] == "Rustam Khodzhaev"


def test_of_two_people_sharing_a_surname_the_last_named_speaks(nobody_known: ActorDirectory) -> None:
    text = (
        "“We will not publish a number we cannot stand behind,” said Marek Dvorak, the agency's director.\n\n"
        "Dvorak told reporters that teams had searched 14 of the 19 villages.\n\n"
        "Their coordinator, Ivana Dvorak, estimated the number still missing at nearly 120."
    )
    found = speakers(text, nobody_known)
    assert found["teams had searched 14 of the 19 villages"] == "Marek Dvorak"


def test_the_trust_is_the_trust_the_text_names(nobody_known: ActorDirectory) -> None:
    text = (
        "The trust says its waiting list has fallen for the first time in three years.\n\n"
        "The Westmoor Health Trust (WHT) published its quarterly figures on 14 October."
    )
    found = speakers(text, nobody_known)
    assert found["its waiting list has fallen for the first time in three years"] == "Westmoor Health Trust"


def test_the_ministry_with_no_ministry_named_stays_a_description(nobody_known: ActorDirectory) -> None:
    found = speakers("The ministry said that 40 people had been detained.", nobody_known)
    assert found["40 people had been detained"] == "The ministry"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Vice-Chancellor, Professor Adaeze Nwosu, said: “We take these concerns extremely seriously.”",
         "Adaeze Nwosu"),
        (("Its chair, retired judge Tomás Ferreira-Lund, declined to comment but said he expected to "
         "“know within a week whether there is a deal to be made.”"), "Tomás Ferreira-Lund"),
        (("Its president, Olexandr Kowalenko — no relation to the general secretary — said in an "
         "interview that his members would not accept “anything less than ten per cent.”"), "Olexandr Kowalenko"),
    ],
)
def test_a_name_in_apposition_to_a_role_is_the_speaker(text: str, speaker: str, nobody_known: ActorDirectory) -> None:
    assert set(speakers(text, nobody_known).values()) == {speaker}


def test_a_named_body_placed_by_an_affiliation_or_owner(nobody_known: ActorDirectory) -> None:
    text = (
        "The Crowd Analytics Lab at the University of Velsberg estimated that 90,000 people had marched.\n\n"
        "According to the University of Northmoor's Transport Research Unit, retail spending fell by 3 per cent."
    )
    assert set(speakers(text, nobody_known).values()) == {"Crowd Analytics Lab", "Transport Research Unit"}


def test_a_person_with_an_affiliation_is_the_person(nobody_known: ActorDirectory) -> None:
    text = "Leila Haddad of the National Engineering Institute said the redesign had added 300 million dinars."
    assert set(speakers(text, nobody_known).values()) == {"Leila Haddad"}


def test_a_shared_surname_is_the_one_named_last(nobody_known: ActorDirectory) -> None:
    text = (
        "“We asked for the papers in March,” said Karim Mansour, the committee's chairman.\n\n"
        "“Nobody is saying the dam should not have been built,” said Huda Mansour, who sits on it.\n\n"
        "“It should not have cost twice as much,” Mansour added."
    )
    assert speakers(text, nobody_known)["It should not have cost twice as much,"] == "Huda Mansour"


def test_a_document_seen_by_an_outlet_is_not_the_outlets_words(nobody_known: ActorDirectory) -> None:
    text = (
        "According to an internal budget memo seen by Coastal Radio, the new wing would cost "
        "about $40 million."
    )
    found = speakers(text, nobody_known)
    assert found["the new wing would cost about $40 million"] != "Coastal Radio"


def test_the_councils_own_figures_are_the_council(nobody_known: ActorDirectory) -> None:
    text = (
        "The Eastbrook Borough Council will vote in May. The council's own modelling says the "
        "levy would raise about £3 million a year."
    )
    found = speakers(text, nobody_known)
    assert found["the levy would raise about £3 million a year"] == "Eastbrook Borough Council"


def test_the_company_is_the_business_named_before(nobody_known: ActorDirectory) -> None:
    text = (
        "A pipe burst at the Norvale Holdings works, and the Riverside Health Authority sent "
        "three ambulances. The company says 12 workers were treated on site."
    )
    found = speakers(text, nobody_known)
    assert found["12 workers were treated on site"] == "Norvale Holdings"


def test_written_names_start_at_a_word_edge_only() -> None:
    """The written-name fallback finds "Firstname Surname" at the very start of a text and
    after punctuation, but never from inside a word ("McTavish" is not "Tavish …")."""
    from provenance.extract.named import WrittenNames

    text = "Oskar Lindqvist chaired it; (Wren Halloway) spoke. McTavish Ormond left."
    names = WrittenNames(text)
    assert names.person_with_surname("Lindqvist", 40) == "Oskar Lindqvist"
    assert names.person_with_surname("Halloway", 40) == "Wren Halloway"
    assert names.person_with_surname("Ormond", 40) is None


def test_named_mentions_build_each_index_only_when_asked() -> None:
    """The surname and organisation-word indexes are built on the first question of their
    kind, and then answer as before: the last named before, else the first after."""
    from provenance.extract.found import MentionFound
    from provenance.extract.named import NamedMentions

    mentions = [
        MentionFound(0, 12, "Hana Kowalik", "Hana Kowalik", "person"),
        MentionFound(30, 50, "Eastbrook Water Trust", "Eastbrook Water Trust", "organisation"),
        MentionFound(80, 94, "Piotr Kowalik", "Piotr Kowalik", "person"),
    ]
    named = NamedMentions(mentions)
    assert named._surnames is None and named._org_words is None
    assert named.organisation_with_word("trust", 10) == "Eastbrook Water Trust"
    assert named._surnames is None  # a question about organisations builds no people index
    assert named.person_with_surname("kowalik", 60) == "Hana Kowalik"
    assert named.person_with_surname("Kowalik", 100) == "Piotr Kowalik"
    assert named.person_with_surname("Kovalik", 100) == "Piotr Kowalik"  # by sound


def test_a_body_named_with_of_and_a_place_is_not_cut_as_an_affiliation(
    nobody_known: ActorDirectory,
) -> None:
    text = "The Lifeboat Society of Westport said its crews had pulled 14 people from the water."
    found = speakers(text, nobody_known)
    assert found["its crews had pulled 14 people from the water"] == "Lifeboat Society of Westport"


def test_a_so_called_ministry_is_the_ministry(nobody_known: ActorDirectory) -> None:
    text = (
        "The junta’s so-called Ministry of Information said 12 fighters had been killed. "
        "The Ministry of Information later withdrew the figure."
    )
    found = speakers(text, nobody_known)
    assert found["12 fighters had been killed"] == "Ministry of Information"


def test_a_companys_board_is_the_company(nobody_known: ActorDirectory) -> None:
    text = (
        "Shares in Brandvik Shipping rose 9 per cent on Monday.\n\n"
        "Brandvik's board said it would recommend the offer to shareholders."
    )
    found = speakers(text, nobody_known)
    assert found["it would recommend the offer to shareholders"] == "Brandvik Shipping"


def test_a_papers_inquiry_is_the_paper(nobody_known: ActorDirectory) -> None:
    text = (
        "The flood barrier failed twice as often as reported, a Gazette inquiry finds\n\n"
        "The Northern Gazette spent four months on the records."
    )
    found = speakers(text, nobody_known)
    assert found["The flood barrier failed twice as often as reported"] == "Northern Gazette"


def test_the_doctor_is_the_unnamed_doctor_described_before(nobody_known: ActorDirectory) -> None:
    text = (
        "A senior doctor at Marlow General Hospital, who asked not to be named, said the morgue had "
        "received 40 bodies. “We had nowhere to put them,” the doctor said."
    )
    found = speakers(text, nobody_known)
    assert found["We had nowhere to put them,"] == "A senior doctor at Marlow General Hospital"


def test_the_company_is_not_the_parent_company_named_after_it(nobody_known: ActorDirectory) -> None:
    text = (
        "Wrenfield Home Appliances is recalling 90,000 kettles. Shares in Wrenfield's parent company, "
        "Halden Consumer Group, fell 3 per cent. A Wrenfield engineer said the fault was known "
        "in 2023. The company said it did not comment on anonymous claims."
    )
    found = speakers(text, nobody_known)
    assert found["it did not comment on anonymous claims"] == "Wrenfield Home Appliances"


def test_its_report_makes_the_subject_the_reports_author(nobody_known: ActorDirectory) -> None:
    text = (
        "In its 90-page report, released on Monday, the Commission of Inquiry on the Lower Karsa "
        'Floods said 1,200 people had died. "The dykes were neglected for a decade," the report concludes.'
    )
    found = speakers(text, nobody_known)
    assert found["The dykes were neglected for a decade,"] == "Commission of Inquiry on the Lower Karsa Floods"


def test_a_dateline_with_a_date_is_not_the_speaker(nobody_known: ActorDirectory) -> None:
    text = "VIENNA, Mar 3 - A panel of inquiry has concluded that 300 people died in the blaze."
    found = speakers(text, nobody_known)
    assert found["300 people died in the blaze"] == "A panel of inquiry"


def test_a_body_placed_in_a_city_is_the_body(nobody_known: ActorDirectory) -> None:
    text = (
        "The Ministry of Water Affairs denied the report. The Ministry of Water Affairs in Dorran has "
        "said repeatedly that the higher estimates are false."
    )
    found = speakers(text, nobody_known)
    assert found["the higher estimates are false"] == "Ministry of Water Affairs"


def test_a_branch_of_a_union_is_the_union_and_the_force_is_the_police(nobody_known: ActorDirectory) -> None:
    text = (
        "The Kelso branch of the Academic Staff Union (ASU) said 900 staff had signed the letter. "
        "Last year Kelso Police seized 80 kilograms of heroin, according to figures published by the force in May."
    )
    found = speakers(text, nobody_known)
    assert found["900 staff had signed the letter"] == "Academic Staff Union"
    assert found["Last year Kelso Police seized 80 kilograms of heroin"] == "Kelso Police"


def test_the_club_is_the_club_named_with_fc(nobody_known: ActorDirectory) -> None:
    text = "FC Lindqvarn have agreed a fee of €12 million for the forward, the club confirmed on Friday."
    found = speakers(text, nobody_known)
    assert found["FC Lindqvarn have agreed a fee of €12 million for the forward"] == "FC Lindqvarn"


def test_an_indefinite_description_of_the_one_body_holding_its_nouns(nobody_known: ActorDirectory) -> None:
    text = (
        "A regional commission of inquiry said 300 people died. The Commission of Inquiry on the "
        "Dorran Fire was set up in May."
    )
    found = speakers(text, nobody_known)
    assert found["300 people died"] == "Commission of Inquiry on the Dorran Fire"


def test_the_union_is_a_pilots_association_when_no_union_is_named(nobody_known: ActorDirectory) -> None:
    text = (
        "The British and Nordic Airline Pilots' Association (BNAPA) has called for limits. Fatigue "
        "reports rose from 140 to 310 last year, the union said."
    )
    assert speakers(text, nobody_known)["Fatigue reports rose from 140 to 310 last year"] == (
        "British and Nordic Airline Pilots' Association"
    )


def test_their_union_is_the_union_named_after_it(nobody_known: ActorDirectory) -> None:
    text = (
        "Dockers will stage a second 72-hour walkout from Thursday, their union said on Monday, as "
        "the minister called both sides to a meeting.\n\nThe Maritime and Dock Workers' Union (MDWU) "
        "said its members had rejected a pay offer of 4.5 percent."
    )
    assert speakers(text, nobody_known)["Dockers will stage a second 72-hour walkout from Thursday"] == (
        "Maritime and Dock Workers' Union"
    )


def test_a_panel_of_a_named_body_speaks_for_it(nobody_known: ActorDirectory) -> None:
    text = (
        "The three-member panel of the National Sports Tribunal said in its decision, published on "
        "Tuesday, that the athlete had failed to show how the steroid came to be in his urine."
    )
    found = speakers(text, nobody_known)
    assert found["the athlete had failed to show how the steroid came to be in his urine"] == "National Sports Tribunal"


def test_a_body_s_forecasts_speak_for_the_body(nobody_known: ActorDirectory) -> None:
    text = (
        "The Bank of Marovia held its rate at 4.25 per cent. The Bank’s new forecasts, published "
        "alongside the decision, put inflation at an average of 3.3 per cent next year."
    )
    found = speakers(text, nobody_known)
    assert found["inflation at an average of 3.3 per cent next year"] == "Bank of Marovia"


def test_q_and_a_turns_belong_to_who_spoke_to_whom(nobody_known: ActorDirectory) -> None:
    text = (
        "HARBOUR REVIEW | The Saturday Interview\n\n"
        "The sea-rescue charity SeaLight Rescue says the toll is closer to 90. Its operations "
        "director, Ines Halvorsen-Diop, spoke to our reporter Kirsten Moeller.\n\n"
        "Q: The coast guard says 27 dead. What do you say?\n\n"
        "A: I say the coast guard counted the bodies it wanted to count.\n\n"
        "Q: Three hours?\n\n"
        "A: Three hours and forty minutes."
    )
    found = speakers(text, nobody_known)
    assert found["The coast guard says 27 dead. What do you say?"] == "Kirsten Moeller"
    assert found["I say the coast guard counted the bodies it wanted to count."] == "Ines Halvorsen-Diop"
    assert found["Three hours?"] == "Kirsten Moeller"
    assert found["Three hours and forty minutes."] == "Ines Halvorsen-Diop"


def test_the_military_and_the_army_are_the_armed_forces_the_text_names(nobody_known: ActorDirectory) -> None:
    text = (
        "Villagers say 43 killed in air strike; army says it hit \"militant gathering\"\n\n"
        "An air strike killed at least 43 people, villagers said. The Meshkari military said it had "
        "struck a gathering of armed men. A spokesman for the Meshkari Armed Forces, Colonel Tarek "
        "Sahel, said the strike had been lawful."
    )
    found = speakers(text, nobody_known)
    assert found["militant gathering"] == "Meshkari Armed Forces"
    assert found["it had struck a gathering of armed men"] == "Meshkari Armed Forces"


def test_a_body_s_data_speak_for_the_body(nobody_known: ActorDirectory) -> None:
    text = (
        "The Conflict Casualty Monitor (CCM) counted 38 names. The air force has carried out more "
        "than 300 strikes in the north since 2022, according to CCM data."
    )
    found = speakers(text, nobody_known)
    assert found["The air force has carried out more than 300 strikes in the north since 2022"] == "Conflict Casualty Monitor"


def test_a_headline_s_subject_after_as_and_the_members_union(nobody_known: ActorDirectory) -> None:
    text = (
        "Landslide toll disputed as union says dozens still buried in mine town\n\n"
        "The official toll rose to 41, but the miners' union said the true number was more than double "
        "that. The National Federation of Mine and Metal Workers has 9,000 members."
    )
    found = speakers(text, nobody_known)
    assert found["dozens still buried in mine town"] == "National Federation of Mine and Metal Workers"
    assert found["the true number was more than double that"] == "National Federation of Mine and Metal Workers"


def test_an_office_and_its_portfolio_before_a_name_speak_as_the_holder(nobody_known: ActorDirectory) -> None:
    text = "Deputy Minister of Justice Pavel Hronek told the state broadcaster KTV that the strikers were manipulated."
    assert speakers(text, nobody_known)["the strikers were manipulated"] == "Pavel Hronek"


def test_the_holder_of_an_office_is_named_in_the_next_paragraph(nobody_known: ActorDirectory) -> None:
    text = (
        "A car bomb tore through the market on Friday, killing at least 54 people, the director of "
        "the main hospital said.\n\n"
        "Dr Yasin Haddadi, director of Qalat Nuri General Hospital, told CNA that his staff had counted 54 bodies."
    )
    found = speakers(text, nobody_known)
    assert found["A car bomb tore through the market on Friday, killing at least 54 people"] == "Yasin Haddadi"


def test_an_office_no_one_is_said_to_hold_stays_unnamed(nobody_known: ActorDirectory) -> None:
    text = (
        "A fire broke out at the docks on Monday night.\n\n"
        "Forty people died, the director of the main hospital said.\n\n"
        "Dr Yasin Haddadi, a surgeon at the hospital, told CNA that the wards were full."
    )
    assert speakers(text, nobody_known)["Forty people died"] == "the director of the main hospital"


def test_a_lede_s_anonymous_source_is_not_the_person_opening_the_next_paragraph(nobody_known: ActorDirectory) -> None:
    text = (
        "A senior official said on Monday that forty people had died.\n\n"
        "Maria Lopez, a nurse at the hospital, told CNA that the wards were full."
    )
    assert speakers(text, nobody_known)["forty people had died"] == "A senior official"


def test_the_judge_and_she_are_the_judge_the_credit_line_names(nobody_known: ActorDirectory) -> None:
    text = (
        "PRESS SUMMARY\n\nJudge: Mrs Justice Okonjo-Barrett\n\n"
        "Counsel for the Council, Ms Hannah Obuya, submitted that the authority need not wait.\n\n"
        "The court dismisses the appeal. The judge found that the Council had acted lawfully. "
        "She found that the bracing could not be relied on."
    )
    found = speakers(text, nobody_known)
    assert found["the Council had acted lawfully"] == "Okonjo-Barrett"
    assert found["the bracing could not be relied on"] == "Okonjo-Barrett"


def test_the_office_a_lede_describes_is_held_by_the_person_opening_the_next_paragraph(nobody_known: ActorDirectory) -> None:
    text = (
        "Harbour museum director quits as arts council cuts grant\n\n"
        "The director of the Calder Bay Maritime Museum has resigned, saying the decision will force the museum to close two galleries.\n\n"
        "Dr Oluwaseun Ashworth-Bell, who has led the museum since 2016, announced her departure on Monday."
    )
    assert speakers(text, nobody_known)["the decision will force the museum to close two galleries"] == "Oluwaseun Ashworth-Bell"


def test_an_office_described_later_in_a_story_is_not_the_next_paragraph_s_person(nobody_known: ActorDirectory) -> None:
    text = (
        "Fire at the docks\n\n"
        "A fire broke out at the docks on Monday night and burned for six hours before crews could bring it under control, officials said.\n\n"
        "Forty people were treated, the director of the hospital said.\n\n"
        "Maria Lopez, a nurse, said the wards were full."
    )
    assert speakers(text, nobody_known)["Forty people were treated"] == "the director of the hospital"


def test_a_lede_s_indefinite_description_is_the_person_the_next_paragraph_names(nobody_known: ActorDirectory) -> None:
    text = (
        "Prison doctor tells inquiry deaths were ‘recorded as heart failure’\n\n"
        "A former prison doctor told the Commission on Tuesday that she was ordered to record the deaths.\n\n"
        "Dr Selin Aydemir, who worked at the centre from 1995 to 1999, said most of the men had injuries."
    )
    assert speakers(text, nobody_known)["she was ordered to record the deaths"] == "Selin Aydemir"


def test_speaker_words_inside_a_longer_body_s_name_are_that_body(nobody_known: ActorDirectory) -> None:
    text = (
        "The U.N. Disaster Assessment and Coordination team, which arrived on Tuesday, said in a statement "
        "that it was not in a position to verify casualty figures. The U.N.D.A.C. team leader, Signe Halloran, "
        "told Meridian that the first 72 hours were critical."
    )
    assert speakers(text, nobody_known)["it was not in a position to verify casualty figures"] == (
        "U.N. Disaster Assessment and Coordination"
    )


def test_key_points_name_their_speakers_in_the_story_below(nobody_known: ActorDirectory) -> None:
    text = (
        "Key points\n• Match commander says Gate C was opened to save lives\n"
        "• Families’ group: toll is 27, not 23\n• Passenger watchdog: nearly 20% of trains were late last year\n\n"
        "09:58\nChief Superintendent Marcus Oyelaran-Price, who was match commander on the day, is in the witness box. "
        "Rail Users’ Voice, the statutory passenger watchdog, has published its written submission. "
        "Deborah Mensah-Clarke of the Kestermann Families Support Group (KFSG) told reporters so."
    )
    found = speakers(text, nobody_known)
    assert found["Gate C was opened to save lives"] == "Marcus Oyelaran-Price"
    assert found["toll is 27, not 23"] == "Kestermann Families Support Group"
    assert found["nearly 20% of trains were late last year"] == "Rail Users’ Voice"


def test_a_team_from_a_body_stays_a_described_source(nobody_known: ActorDirectory) -> None:
    text = "A team from the University of Lake Province estimated that 400 people died."
    assert speakers(text, nobody_known)["400 people died"] == "A team from the University of Lake Province"
