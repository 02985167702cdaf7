"""Quotes on news-style text written for these tests: the general rules added in version 2."""

from __future__ import annotations

import pytest

from provenance.extract.quotes import find_quotes


def _found(text: str) -> set[tuple[str, str, str | None]]:
    return {(q.text, q.kind, q.speaker_text) for q in find_quotes(text)}


def test_adding_that_after_a_quote_is_reported_speech_of_the_same_speaker() -> None:
    text = (
        "“The talks have stalled,” Foreign Minister Elena Petrova said, adding that a deal was "
        "still possible."
    )
    assert _found(text) == {
        ("The talks have stalled,", "direct", "Elena Petrova"),
        ("a deal was still possible", "indirect", "Elena Petrova"),
    }


def test_adding_that_after_a_pronoun_attribution() -> None:
    text = (
        "Mayor Linda Okafor spoke on Monday. “We will cut costs,” she said, adding that no jobs "
        "would go."
    )
    assert ("no jobs would go", "indirect", "Linda Okafor") in _found(text)


def test_said_that_then_adding_that_are_two_quotes() -> None:
    text = "The mayor said that taxes would rise, adding that fees would not."
    assert _found(text) == {
        ("taxes would rise", "indirect", "The mayor"),
        ("fees would not", "indirect", "The mayor"),
    }


def test_participle_without_a_known_speaker_is_not_guessed() -> None:
    assert find_quotes("Petrova left early, saying that the talks were over.") == []


def test_report_published_by_an_organisation_speaks_for_it() -> None:
    text = (
        "The report, published by the Climate Institute, found that emissions rose 4 percent "
        "last year."
    )
    [quote] = find_quotes(text)
    assert (quote.text, quote.kind) == ("emissions rose 4 percent last year", "indirect")
    assert (quote.speaker_text, quote.speaker_kind) == ("Climate Institute", "organisation")


def test_report_without_an_issuer_after_it_refers_back() -> None:
    text = (
        "The study, commissioned by the Water Council, concluded that rates would rise. The "
        "report said police were attacked by the Mojahedin Organization in 2019."
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["rates would rise"] == "Water Council"
    assert speakers["police were attacked by the Mojahedin Organization in 2019"] == "Water Council"


def test_common_news_attributions() -> None:
    text = (
        "“We are ready,” the spokesperson for the ministry, Ali Rezaei, said on Monday.\n\n"
        "“I never thought I’d see this day,” said Anna Kowalski, 62, a retired teacher.\n\n"
        "“That is false,” a spokeswoman for Acme Corp. said in an email.\n\n"
        "Police said two people were arrested near the border.\n\n"
        "Mehta told CNN: “There is no military solution.”"
    )
    found = _found(text)
    assert ("We are ready,", "direct", "Ali Rezaei") in found
    assert ("I never thought I’d see this day,", "direct", "Anna Kowalski") in found
    assert ("That is false,", "direct", "a spokeswoman for Acme Corp.") in found
    assert ("two people were arrested near the border", "indirect", "Police") in found
    assert ("There is no military solution.", "direct", "Mehta") in found


def test_an_attribution_closing_the_first_clause_of_a_sentence() -> None:
    text = (
        "The number of people killed rose to at least 23 on Monday, officials said, but volunteer "
        "rescuers warned that the final toll could be far higher."
    )
    found = _found(text)
    assert ("The number of people killed rose to at least 23 on Monday", "indirect", "officials") in found
    assert ("the final toll could be far higher", "indirect", "volunteer rescuers") in found


def test_it_said_is_the_organisation_just_named() -> None:
    text = (
        "The regional Civil Protection Agency said 23 bodies had been recovered. About 1,800 homes "
        "were destroyed or damaged, it said."
    )
    assert ("About 1,800 homes were destroyed or damaged", "indirect", "Civil Protection Agency") in _found(text)


def test_it_said_after_a_person_is_not_guessed() -> None:
    text = "Marek Dvorak spoke to reporters. About 1,800 homes were destroyed, it said."
    assert not any(q.speaker_text == "Marek Dvorak" for q in find_quotes(text))


def test_estimated_something_at_a_figure() -> None:
    text = "Dr Helen Okafor estimated the cost of the repairs at £3.2 million."
    assert ("the cost of the repairs at £3.2 million", "indirect", "Helen Okafor") in _found(text)


def test_told_a_long_audience_that() -> None:
    text = "Dvorak told reporters at a briefing in Lesna at 11:00 that teams had searched 14 villages."
    assert ("teams had searched 14 villages", "indirect", "Dvorak") in _found(text)


def test_a_present_tense_clause_after_said() -> None:
    text = "The Director of Admissions, Dr Tobias Reinholt, said the medical school operates a separate process."
    ((clause, kind, speaker),) = _found(text)
    assert (clause, kind) == ("the medical school operates a separate process", "indirect")
    assert speaker is not None and speaker.endswith("Tobias Reinholt")


def test_a_presenter_label_is_the_presenter_named() -> None:
    text = (
        "An edited transcript of The Morning Exchange, presented by Halima Danjuma.\n\n"
        "PRESENTER: Minister, the pump price has tripled. Is that fair?\n\n"
        "OKAFOR: It is the price of fuel everywhere in the region.\n\n"
        "PRESENTER: Professor, a final word?"
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["Professor, a final word?"] == "Halima Danjuma"


def test_answers_in_a_q_and_a_are_the_interviewee_s() -> None:
    text = (
        "Dr Priya Lindqvist lectures in sports finance and has read the accounts of dozens of clubs. "
        "I put two questions to her.\n\n"
        "Q: Is the club in trouble?\n\n"
        "A: Not this month. But it is completely dependent on its owner.\n\n"
        "Q: Should fans worry?\n\n"
        "A: Less about the loan than about the wage bill."
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["Not this month. But it is completely dependent on its owner."] == "Priya Lindqvist"
    assert speakers["Less about the loan than about the wage bill."] == "Priya Lindqvist"


def test_two_reporting_verbs_with_their_own_subjects_in_one_sentence() -> None:
    text = (
        "Nordvik Line said on Sunday that it had rerouted 14 vessels, and the logistics firm Carrow "
        "Freight said fewer than 30 per cent of its usual deliveries were arriving on time."
    )
    assert _found(text) == {
        ("it had rerouted 14 vessels", "indirect", "Nordvik Line"),
        ("fewer than 30 per cent of its usual deliveries were arriving on time", "indirect", "Carrow Freight"),
    }


def test_according_to_followed_by_a_relative_clause() -> None:
    text = (
        "More than 4,000 officers were on duty, according to the Interior Ministry, which gave no "
        "other figures."
    )
    assert ("More than 4,000 officers were on duty", "indirect", "Interior Ministry") in _found(text)


def test_a_one_word_name_after_the_kind_of_body_it_is() -> None:
    text = "The daily Morgenpost, which had reporters at every junction, put the crowd at “several hundred thousand”."
    ((_, kind, speaker),) = _found(text)
    assert (kind, speaker) == ("indirect", "Morgenpost")


def test_an_unlabelled_question_before_a_named_turn_is_the_interviewer_s() -> None:
    text = (
        "Professor Ingrid Solheim runs the lab. We asked her about the count.\n\n"
        "Why do the numbers differ so much?\n\n"
        "Solheim: Because people measure different things.\n\n"
        "Will you publish your data?\n\n"
        "Solheim: Yes, all of it, within ten days."
    )
    found = _found(text)
    assert ("Why do the numbers differ so much?", "direct", None) in found
    assert ("Will you publish your data?", "direct", None) in found
    assert ("Yes, all of it, within ten days.", "direct", "Ingrid Solheim") in found


def test_what_someone_declined_to_comment_on_or_promised_is_not_a_quote() -> None:
    assert find_quotes("A company spokeswoman declined to comment on “matters relating to individual employees”.") == []
    assert find_quotes("Whitlock's promise that “nobody will be priced out of their own city” is a slogan too.") == []


def test_subject_after_though_is_the_speaker() -> None:
    text = "The bridge may reopen in May, though three engineers said the cables were still corroded."
    assert _found(text) == {("the cables were still corroded", "indirect", "three engineers")}


def test_subject_after_and_following_a_clause_of_its_own() -> None:
    text = (
        "Dockers blocked the gate on Monday, and the harbour board said in a statement that "
        "the cranes would stay idle until March."
    )
    assert _found(text) == {
        ("the cranes would stay idle until March", "indirect", "the harbour board")
    }


def test_names_joined_by_and_stay_one_subject() -> None:
    text = "Priya Raman, Tom Reid, and Ana Costa said the audit was late."
    [quote] = find_quotes(text)
    assert quote.speaker_text is not None and quote.speaker_text.startswith("Priya Raman")


def test_relative_pronoun_subject_is_its_antecedent() -> None:
    text = (
        "Six schools closed early, according to the Education Ministry, which said that the "
        "heating had failed in “every one of them”."
    )
    assert _found(text) == {
        ("Six schools closed early", "indirect", "Education Ministry"),
        ("the heating had failed in “every one of them”", "indirect", "Education Ministry"),
    }


def test_who_after_a_preposition_names_the_phrase_after_it() -> None:
    text = "The letters included one from a farmer in Oxley who wrote that the river had dried up."
    assert _found(text) == {("the river had dried up", "indirect", "a farmer in Oxley")}


def test_dateline_is_not_part_of_the_subject() -> None:
    text = "OXLEY — Nurses at the county hospital told reporters that two wards had closed."
    assert _found(text) == {
        ("two wards had closed", "indirect", "Nurses at the county hospital")
    }


def test_put_the_toll_at_before_a_coordinated_says_is_its_own_quote() -> None:
    text = (
        "The airline, Bluewing Holdings, has put the number of cancelled flights at 212 and says "
        "that most passengers were rebooked."
    )
    assert _found(text) == {
        ("the number of cancelled flights at 212", "indirect", "Bluewing Holdings"),
        ("most passengers were rebooked", "indirect", "Bluewing Holdings"),
    }


def test_put_the_figure_without_a_figure_is_not_a_quote() -> None:
    assert find_quotes("The union, a federation of nine branches, puts the total much lower.") == []


def test_a_name_ending_in_ing_in_apposition_is_the_speaker() -> None:
    text = "The airline, Bluewing Holdings, said that most passengers were rebooked."
    assert _found(text) == {("most passengers were rebooked", "indirect", "Bluewing Holdings")}


def test_and_said_after_a_quote_speaks_for_the_sentence_subject() -> None:
    text = (
        "A council spokeswoman, Mira Holt, rejected the audit as “a political stunt” and said "
        "the accounts had been signed off in March."
    )
    found = _found(text)
    assert ("the accounts had been signed off in March", "indirect", "Mira Holt") in found


def test_a_word_given_as_a_description_is_the_subjects_quote() -> None:
    text = (
        "The Harbour Times reported that “dozens” of boats were stranded and described the "
        "port's reply as “evasive”."
    )
    found = _found(text)
    assert ("evasive", "direct", "Harbour Times") in found
    assert ("“dozens” of boats were stranded", "indirect", "Harbour Times") in found


def test_called_with_an_object_keeps_a_one_word_quote() -> None:
    text = "The auditor called the overspend “reckless”."
    assert _found(text) == {("reckless", "direct", "The auditor")}


def test_a_name_after_called_is_still_a_title() -> None:
    assert find_quotes("Farmers set up a group called “Renewal” last spring.") == []



def test_one_word_quote_far_from_a_describing_verb_is_dropped() -> None:
    text = "The mayor called for calm on Monday night after a “peaceful” march."
    assert find_quotes(text) == []


def test_statement_saying_that_is_reported_speech_of_its_issuer() -> None:
    text = (
        "On Friday, the Dockworkers Federation issued a statement saying that the new rota was "
        "“unworkable” and that 40 shifts had gone unfilled."
    )
    assert _found(text) == {
        (
            "the new rota was “unworkable” and that 40 shifts had gone unfilled",
            "indirect",
            "Dockworkers Federation",
        )
    }


def test_title_case_words_that_no_one_named_says_are_slogans() -> None:
    text = 'Two banners hung over the gate. One says "Save Our Pier". The other says "Jobs Not Cranes".'
    assert find_quotes(text) == []


def test_title_case_words_a_named_speaker_says_stay_quotes() -> None:
    assert _found("Okafor said: “We Will Not Go Back”.") == {("We Will Not Go Back", "direct", "Okafor")}


def test_headline_ending_in_its_attribution_is_a_reported_claim() -> None:
    text = "Harbour Master Ignored Storm Warnings, Inspectors Say\n\nThe inquiry opens on Monday."
    found = _found(text)
    assert ("Harbour Master Ignored Storm Warnings", "indirect", "Inspectors") in found


def test_headline_verb_several_words_before_a_quote() -> None:
    text = 'Audit Finds Bridge Repair Bill "Inflated", Names Contractor\n\nThe audit was published.'
    assert [(q.text, q.kind) for q in find_quotes(text)] == [("Inflated", "direct")]


def test_trailing_attribution_with_a_long_time_and_place_phrase() -> None:
    text = (
        "The ferry left port with 40 more passengers than allowed, investigators said at the "
        "start of the second week of hearings in the city on Tuesday."
    )
    assert _found(text) == {
        ("The ferry left port with 40 more passengers than allowed", "indirect", "investigators")
    }


def test_according_to_with_an_appositive_after_the_source() -> None:
    text = (
        "The floods displaced 12,000 people, according to the Delta Relief Network (DRN), a "
        "coalition of local charities."
    )
    [quote] = find_quotes(text)
    assert (quote.text, quote.kind) == ("The floods displaced 12,000 people", "indirect")
    assert quote.speaker_text is not None and quote.speaker_text.startswith("Delta Relief Network")


def test_a_paragraph_with_a_quote_is_not_a_speaker_heading() -> None:
    text = (
        "The Provost, Professor Ruth Adeyemi, said: “We will publish every figure. Nothing will "
        "be held back; the panel will see it all.”\n\n"
        "“I have asked for the review to start this month,” she added."
    )
    found = _found(text)
    assert (
        "We will publish every figure. Nothing will be held back; the panel will see it all.",
        "direct",
        "Ruth Adeyemi",
    ) in found
    assert ("I have asked for the review to start this month,", "direct", "Ruth Adeyemi") in found


def test_a_titled_surname_goes_to_the_person_introduced_with_that_title() -> None:
    text = (
        "The panel's chair, Senator Rosa Vidal, opened the hearing. The builder's director, "
        "Mr. Pablo Vidal, was not present.\n\n"
        "“We will find out what happened,” Senator Vidal said."
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["We will find out what happened,"] == "Rosa Vidal"


def test_she_is_not_a_person_written_mr() -> None:
    text = (
        "Dr Nadia Osei gave evidence on Monday. “The samples failed,” she said.\n\n"
        "Under cross-examination, Mr Carew asked Dr Osei whether she had met the buyer. "
        "She said she had not."
    )
    speakers = {q.text: q.speaker_text for q in find_quotes(text)}
    assert speakers["she had not"] == "Nadia Osei"


def test_in_her_words_gives_the_quote_to_her() -> None:
    text = (
        "Mona Ellery waited two years for a new knee. The walk to the shop had become, in her "
        "words, “a climb I dread every morning.”"
    )
    assert _found(text) == {("a climb I dread every morning.", "direct", "Mona Ellery")}


def test_subject_after_where_is_the_reporting_body() -> None:
    text = (
        "Observers met in the Kessel district, where the Kessel Electoral Board reported that "
        "82 per cent of voters had cast a ballot."
    )
    assert _found(text) == {
        ("82 per cent of voters had cast a ballot", "indirect", "Kessel Electoral Board")
    }


def test_subject_after_heard_that_is_the_document() -> None:
    text = "The tribunal heard that a safety report, dated May 2021, warned that the crane was unstable."
    assert _found(text) == {("the crane was unstable", "indirect", "a safety report")}


def test_put_it_with_a_colon_attributes_the_quote() -> None:
    text = 'Professor Ada Brennan, who ran the trial, put it simply: "The drug works. It is cheap."'
    assert _found(text) == {("The drug works. It is cheap.", "direct", "Ada Brennan")}


def test_a_capitalised_job_before_the_speakers_name_is_not_part_of_the_speaker() -> None:
    text = "Coach Ilse Marchetti said the club was in trouble. “We need new owners,” she said."
    assert ("We need new owners,", "direct", "Ilse Marchetti") in _found(text)


def test_sentence_case_headline_says_a_claim_without_a_verb() -> None:
    text = "Regulator says rail fares far above inflation for third year\n\nLONDON — Fares rose again."
    assert (
        "rail fares far above inflation for third year", "indirect", "Regulator"
    ) in _found(text)


def test_headline_ending_in_its_attribution() -> None:
    text = "The new bridge cost twice the published budget, a Courier analysis finds\n\nBy Ann Lee"
    assert (
        "The new bridge cost twice the published budget", "indirect", "Courier"
    ) in _found(text)  # "a Courier analysis": the paper's own work


def test_a_study_suggests_a_bare_clause() -> None:
    text = "A two-year study by the Harbour Institute suggests the real cost is close to £90m."
    found = _found(text)
    assert any(q[0] == "the real cost is close to £90m" and q[1] == "indirect" for q in found)


def test_relative_clause_after_a_quotes_attribution_reports_the_named_person() -> None:
    text = "“Nobody told us anything,” said Omar Peel, 61, who says his shop lost 40 per cent of its trade."
    assert (
        "his shop lost 40 per cent of its trade", "indirect", "Omar Peel"
    ) in _found(text)


def test_plural_noun_after_and_is_no_second_reporting_verb() -> None:
    text = (
        "Dana Holt, a spokeswoman for the agency, said the total was built from clinic records "
        "and reports from 12 charities in the valley."
    )
    assert (
        "the total was built from clinic records and reports from 12 charities in the valley",
        "indirect",
        "Dana Holt",
    ) in _found(text)


def test_appositive_between_subject_and_verb_of_a_bare_clause() -> None:
    text = "The employers say their last offer, a 4 per cent rise over two years, is fair."
    assert (
        "their last offer, a 4 per cent rise over two years, is fair", "indirect", "The employers"
    ) in _found(text)


def test_what_someone_called_is_their_words_not_a_title() -> None:
    text = "The vote left the library service facing what its chief called “the worst year in its history.”"
    assert ("the worst year in its history.", "direct", "its chief") in _found(text)


def test_it_said_after_a_sentence_whose_subject_is_an_acronym() -> None:
    text = (
        "The NHB does not dispute the count. In a statement, it said the audit was thorough "
        "and that 300 files had been checked."
    )
    assert (
        "the audit was thorough and that 300 files had been checked", "indirect", "NHB"
    ) in _found(text)


def test_names_after_a_relative_clause_belong_to_it() -> None:
    text = (
        "Dr. Lena Fosse of the Red Cross, who spoke by phone from the port city, Velmar, said "
        "the toll had reached 40."
    )
    speaker_words = {q[2] for q in _found(text) if q[0] == "the toll had reached 40"}
    assert speaker_words == {"Dr. Lena Fosse of the Red Cross"}  # not "Velmar"


def test_an_appositive_name_with_its_acronym_is_the_speaker() -> None:
    text = (
        "The city's broadcaster, Northvale Public Radio (NPR), said on Monday that the toll "
        "had risen to 31."
    )
    assert ("the toll had risen to 31", "indirect", "Northvale Public Radio") in _found(text)


def test_a_bodys_survey_of_something_is_the_bodys() -> None:
    text = (
        "A Harbour Traders Association survey of 90 shops, published on Friday, found that "
        "30 per cent had lost trade."
    )
    assert ("30 per cent had lost trade", "indirect", "Harbour Traders Association") in _found(text)


# Version 6: rules learnt from the fifth development set.


def test_a_quoted_fragment_inside_a_bare_clause_after_a_possessive() -> None:
    text = 'The inquiry said its "central figure" was 4,100 deaths, of which half were women.'
    assert _found(text) == {
        ('its "central figure" was 4,100 deaths, of which half were women', "indirect", "The inquiry")
    }


def test_a_reporting_verb_coordinated_with_another_predicate_of_the_subject() -> None:
    text = (
        "The Transport Ministry has put the toll at 12, including two drivers, and says 40 people "
        "were hurt. The agency has admitted 80 complaints and has said repeatedly that the "
        'rival figures are "made up by activists".'
    )
    found = _found(text)
    assert ("40 people were hurt", "indirect", "Transport Ministry") in found
    assert ('the rival figures are "made up by activists"', "indirect", "The agency") in found


def test_quoted_him_as_saying_gives_the_clause_to_the_one_quoted() -> None:
    text = (
        "Governor Selim Rahmanov rejected the findings on Monday. The state agency quoted him as "
        "saying that no more than 900 people had died."
    )
    assert ("no more than 900 people had died", "indirect", "Selim Rahmanov") in _found(text)


def test_a_pronoun_after_a_prepositional_phrase_without_a_comma_is_the_subject() -> None:
    text = (
        "The Marine Safety Board reviewed the sinking. In a 2022 letter it said the owners had "
        'sent "no usable records" for 14 voyages.'
    )
    assert ('the owners had sent "no usable records" for 14 voyages', "indirect", "Marine Safety Board") in _found(text)


def test_an_or_inside_the_subjects_name() -> None:
    text = "The Commission on Missing or Detained Persons said 212 cases remain open."
    assert _found(text) == {("212 cases remain open", "indirect", "Commission on Missing or Detained Persons")}


def test_a_where_clause_closed_by_a_comma_is_an_aside_of_the_subject() -> None:
    text = "Residents of the Old Mill estate, where most of the flooding happened, said at least 30 homes were lost."
    assert _found(text) == {("at least 30 homes were lost", "indirect", "Residents of the Old Mill estate")}


def test_a_quoted_predicate_after_the_subject_makes_one_indirect_quote() -> None:
    text = 'His lawyer, Ana Brandt, said her client, a driver who had worked there for a year, “never saw the crates”.'
    assert _found(text) == {
        ("her client, a driver who had worked there for a year, “never saw the crates”", "indirect", "Ana Brandt")
    }


def test_a_quoted_amount_after_a_noun_object_stays_a_fragment() -> None:
    text = 'The engineers had warned of cracks in the dam wall "at least three times", the report said.'
    assert not any(kind == "indirect" and quote.startswith("cracks") for quote, kind, _ in _found(text))


def test_put_the_number_at_a_quoted_figure_is_reported_speech() -> None:
    text = 'Opposition leader Dana Voss, who was held for a day, put the number of arrests at "more than 900".'
    assert ('the number of arrests at "more than 900"', "indirect", "Dana Voss") in _found(text)


def test_a_trailing_confirmed_attribution() -> None:
    text = "Rovers have agreed a fee of £4 million for the defender, the club confirmed on Friday."
    assert ("Rovers have agreed a fee of £4 million for the defender", "indirect", "the club") in _found(text)


def test_a_noun_estimate_inside_a_clause_does_not_cut_it() -> None:
    text = (
        "The chair, Dr. Ines Koller, told reporters that the team had visited 300 villages, and had "
        "used church records to build its estimate."
    )
    assert (
        "the team had visited 300 villages, and had used church records to build its estimate",
        "indirect",
        "Ines Koller",
    ) in _found(text)


def test_a_pronoun_after_a_fronted_clause_is_the_subject() -> None:
    text = (
        "Dr Helena Varga-Mwangi has spent eleven years with the registers. Comparing the "
        "censuses and allowing for births, war losses and migration, she estimates that 600,000 "
        "people died."
    )
    assert ("600,000 people died", "indirect", "Helena Varga-Mwangi") in _found(text)


def test_a_person_named_with_the_body_she_works_for_is_the_pronoun_antecedent() -> None:
    text = (
        "Dr Helena Varga-Mwangi of the Centre for Agrarian History in Utrecht has spent eleven "
        "years on the registers. She estimates that 600,000 people died. The Bank of England "
        "said that 5 banks failed."
    )
    found = _found(text)
    assert ("600,000 people died", "indirect", "Helena Varga-Mwangi") in found
    assert ("5 banks failed", "indirect", "Bank of England") in found


def test_a_name_then_a_present_tense_verb_is_a_subject_pronouns_refer_to() -> None:
    text = (
        "Dr Helena Varga-Mwangi spoke first. The historian Arkady Leventis has argued that 1.4 "
        "million died. Varga-Mwangi thinks his figure too high. “Arkady counts every missing "
        "person,” she says."
    )
    assert ("Arkady counts every missing person,", "direct", "Helena Varga-Mwangi") in _found(text)


def test_a_name_after_a_fronted_question_is_the_speaker() -> None:
    text = (
        "The second witness, Tomasz Rybak, was a guard. Asked by the chair, Judge Amara "
        "Nwosu-Lindqvist, how many deaths he had witnessed, Rybak said he had carried nine bodies."
    )
    assert ("he had carried nine bodies", "indirect", "Tomasz Rybak") in _found(text)


def test_a_name_after_another_in_apposition_is_the_speaker() -> None:
    text = (
        "Dr Selin Aydemir was heard first. Under questioning by counsel, Ms Ana-Maria Dumitrescu, "
        "Dr Aydemir said 40 deaths were recorded as heart failure."
    )
    assert ("40 deaths were recorded as heart failure", "indirect", "Selin Aydemir") in _found(text)


def test_who_said_after_a_name_and_its_description_is_the_name() -> None:
    text = (
        "The commission heard from Kwabena Ofori-Atta, the National Archives official responsible "
        "for the registers, who said that 212 pages were missing."
    )
    assert ("212 pages were missing", "indirect", "Kwabena Ofori-Atta") in _found(text)


def test_a_clause_with_a_quoted_fragment_before_a_trailing_attribution_is_reported_speech() -> None:
    text = "Mr Kwabena Ofori-Atta spoke. There was “no innocent explanation” for the gap, he said."
    assert _found(text) == {
        ("There was “no innocent explanation” for the gap", "indirect", "Kwabena Ofori-Atta")
    }


def test_said_in_a_letter_read_out_that() -> None:
    text = (
        "His lawyer said in a letter read out to the commission that his client “categorically "
        "denies” the allegations."
    )
    assert _found(text) == {
        ("his client “categorically denies” the allegations", "indirect", "His lawyer")
    }


def test_according_to_mid_sentence_then_another_speaker() -> None:
    text = (
        "By Sunday, 23 ships were waiting outside the port, according to the harbour master's "
        'office, and the Chamber of Shipping said the backlog would take "at least ten days" to clear.'
    )
    assert _found(text) == {
        ("By Sunday, 23 ships were waiting outside the port", "indirect", "the harbour master's office"),
        ('the backlog would take "at least ten days" to clear', "indirect", "Chamber of Shipping"),
    }


def test_says_with_a_present_tense_clause_after_a_name_in_apposition() -> None:
    text = "Its director, Murat Kasymov, says the society hopes to publish 250,000 names by 2030."
    assert _found(text) == {("the society hopes to publish 250,000 names by 2030", "indirect", "Murat Kasymov")}


def test_a_trailing_attribution_with_a_day_before_a_second_clause() -> None:
    text = (
        "Dockers will stage a second 72-hour walkout from Thursday, their union said on Monday, "
        "as the minister called both sides to a meeting."
    )
    assert ("Dockers will stage a second 72-hour walkout from Thursday", "indirect", "their union") in _found(text)


def test_a_passive_told_names_no_speaker() -> None:
    text = "Staff, who were told of the cut at a meeting on Monday, were still absorbing the news of 30 job losses."
    assert find_quotes(text) == []


def test_a_participle_saying_without_that_after_a_described_subject() -> None:
    text = (
        "The director of the Calder Bay Maritime Museum has resigned over a 40 per cent cut, "
        "saying the decision will force the museum to close two of its four galleries."
    )
    assert _found(text) == {
        (
            "the decision will force the museum to close two of its four galleries",
            "indirect",
            "The director of the Calder Bay Maritime Museum",
        )
    }


def test_a_second_speaker_after_as_takes_the_second_clause() -> None:
    text = (
        "Rescuers said on Wednesday that the death toll was far higher than the official figure, "
        "as a doctor at the main hospital said its morgue alone had received more than 300 bodies."
    )
    assert _found(text) == {
        ("the death toll was far higher than the official figure", "indirect", "Rescuers"),
        ("its morgue alone had received more than 300 bodies", "indirect", "a doctor at the main hospital"),
    }


def test_as_inside_a_subject_is_no_clause_join() -> None:
    assert _found("Dr Ana Petrovic, as chair, said that 5 people died.") == {
        ("5 people died", "indirect", "Ana Petrovic")
    }


def test_estimated_at_after_another_speakers_clause() -> None:
    text = (
        "The Fruit Growers' Cooperative said hundreds of tonnes of citrus had been left on the "
        "quayside, and a spokesman for the Federation of Industry estimated losses at up to 25 "
        "million euros a day."
    )
    assert ("losses at up to 25 million euros a day", "indirect", "a spokesman for the Federation of Industry") in _found(text)


def test_confirmed_and_announced_take_a_clause_with_an_auxiliary_not_a_noun_object() -> None:
    text = (
        "The Data Protection Commission confirmed it had opened a formal investigation. The Supreme "
        "Prosecutor’s Office announced 23 executions in 2024 and said all of those executed had been "
        "convicted. The firm announced the company would cut 300 jobs."
    )
    found = _found(text)
    assert ("it had opened a formal investigation", "indirect", "Data Protection Commission") in found
    assert ("the company would cut 300 jobs", "indirect", "The firm") in found
    assert not any(quote.startswith("23 executions") for quote, _, _ in found)


def test_it_said_after_a_telecom_company_is_that_company() -> None:
    text = "Nimbus Mobile denied the breach on Monday. It said 620,000 people had also been exposed."
    assert _found(text) == {("620,000 people had also been exposed", "indirect", "Nimbus Mobile")}


# Version 9: rules learnt from dev8 (written blind as untuned6).


def test_a_subject_listing_things_still_opens_a_bare_reported_clause() -> None:
    text = (
        "In a notice sent on Monday, the company said names, dates of birth, home addresses and "
        "phone numbers had been copied from a records system."
    )
    assert _found(text) == {
        (
            "names, dates of birth, home addresses and phone numbers had been copied from a records system",
            "indirect",
            "the company",
        )
    }


def test_a_participle_aside_inside_the_reported_subject() -> None:
    text = "OHCHR says its requests for access, first made in 2023, have gone unanswered six times."
    assert _found(text) == {
        ("its requests for access, first made in 2023, have gone unanswered six times", "indirect", "OHCHR")
    }


def test_says_then_puts_the_toll_at_are_two_quotes_of_one_speaker() -> None:
    text = (
        "The historian Margaret Thorley-Hughes says the higher counts include victims of a cholera "
        "outbreak that spring, and puts the toll at between 70 and 90."
    )
    assert _found(text) == {
        ("the higher counts include victims of a cholera outbreak that spring", "indirect", "Margaret Thorley-Hughes"),
        ("the toll at between 70 and 90", "indirect", "Margaret Thorley-Hughes"),
    }


def test_a_reported_clause_in_a_relative_clause_ends_before_the_main_verb() -> None:
    text = "The Ombasi Descendants’ Association, which says it represents some 400 families, wants an apology."
    assert _found(text) == {("it represents some 400 families", "indirect", "Ombasi Descendants’ Association")}


def test_a_figure_put_at_an_average_by_a_long_subject() -> None:
    text = (
        "A commission of inquiry sent out the following year under Sir Edmund Prowse, a retired "
        "judge, put the figure at 58 and found that no firearm had ever been recovered. The "
        "Bank’s new forecasts, published alongside the decision, put inflation at an average of "
        "3.3 per cent next year."
    )
    found = {(text, speaker) for text, _, speaker in _found(text)}
    assert ("the figure at 58", "A commission of inquiry") in found
    assert ("no firearm had ever been recovered", "A commission of inquiry") in found
    assert ("inflation at an average of 3.3 per cent next year", "The Bank’s new forecasts") in found


def test_the_subject_of_a_subordinate_clause_and_where_the_first_clause_ends() -> None:
    text = (
        "Nimbus Mobile has admitted that hackers stole the details of 4.3 million customers, three "
        "weeks after it told the public there was “no evidence” any data had been taken."
    )
    assert _found(text) == {
        ("hackers stole the details of 4.3 million customers", "indirect", "Nimbus Mobile"),
        ("there was “no evidence” any data had been taken", "indirect", "Nimbus Mobile"),
    }


def test_shouted_and_cried_quotes_with_an_appositive_after_the_name() -> None:
    text = (
        "She sat down.\n\n“Rubbish!” cried Desmond Yeo, the Radical Alliance member for Fenmoor "
        "North, who had been warming up.\n\nWhen Yeo shouted “Shame!” for the fourth time he was "
        "told to leave."
    )
    assert _found(text) == {("Rubbish!", "direct", "Desmond Yeo"), ("Shame!", "direct", "Desmond Yeo")}


def test_a_headline_admits_a_claim() -> None:
    text = "Nimbus Mobile admits hackers took data of 4.3 million customers\n\nBy Mei-Ling Varga\n\nIt was a bad week."
    assert ("hackers took data of 4.3 million customers", "indirect", "Nimbus Mobile") in _found(text)


def test_her_analysis_speaks_for_her() -> None:
    text = (
        "Dr Anneliese Nkemelu, an engineer at the University of Tarrant, is giving evidence. Her "
        "analysis of the footage, submitted last month, found that pens 3 and 4 held 1,900 people."
    )
    [quote] = find_quotes(text)
    assert (quote.text, quote.speaker_text) == ("pens 3 and 4 held 1,900 people", "Anneliese Nkemelu")


def test_she_is_the_name_an_appositive_description_follows() -> None:
    text = (
        "For borrowers like Josefina Alkhatib, a nurse in Port Marova, the numbers are not "
        "abstract. Her repayment rose by 410 crowns. “I did everything right,” she said."
    )
    assert _found(text) == {("I did everything right,", "direct", "Josefina Alkhatib")}


def test_a_dotted_acronym_ends_no_sentence() -> None:
    text = "The U.N. Office for the Coordination of Humanitarian Affairs said it was sending a team."
    [quote] = find_quotes(text)
    assert quote.speaker_text == "U.N. Office for the Coordination of Humanitarian Affairs"


def test_a_time_before_the_subject_is_not_part_of_it() -> None:
    text = "Last year the Ministry of Defence told the National Congress that its archives recorded 41 deaths."
    [quote] = find_quotes(text)
    assert (quote.text, quote.speaker_text) == ("its archives recorded 41 deaths", "Ministry of Defence")


def test_a_description_naming_its_person_in_a_relative_clause_is_that_person() -> None:
    text = (
        "A village elder who gave his name only as Abu Karim said families had saved for months. "
        '"There were dozens of children," he said.'
    )
    assert _found(text) == {
        ("families had saved for months", "indirect", "Abu Karim"),
        ("There were dozens of children,", "direct", "Abu Karim"),
    }


def test_who_joined_to_an_earlier_relative_clause_is_its_antecedent() -> None:
    text = (
        "Evidence is the report of the International Committee of the Red Cross, whose delegates were "
        "allowed in once, for three hours, and who wrote that they had seen 40 fresh graves."
    )
    [quote] = find_quotes(text)
    assert (quote.text, quote.speaker_text) == ("they had seen 40 fresh graves", "International Committee of the Red Cross")
    text = "The minister met Dr Ana Ruiz, whose team was allowed in, and who said that they had seen 40 graves."
    [quote] = find_quotes(text)
    assert quote.speaker_text == "Ana Ruiz"


def test_a_signed_quotation_belongs_to_its_signatory_before_where_they_live() -> None:
    text = "LETTERS\n\n“Our quiz night raised £312 for the hall roof. Thank you all.” – Beryl Oakes, Mill Lane\n"
    [quote] = find_quotes(text)
    assert quote.speaker_text == "Beryl Oakes"


@pytest.mark.parametrize("figure", ["as many as 90", "more than 90", "about 90"])
def test_a_reported_clause_may_open_with_its_figure_s_qualifier(figure: str) -> None:
    text = f"A regional official said {figure} passengers may have boarded without tickets."
    assert _found(text) == {(f"{figure} passengers may have boarded without tickets", "indirect", "A regional official")}


def test_said_as_and_said_about_still_open_no_clause() -> None:
    assert find_quotes("He said as much to reporters. She said about time too.") == []


def test_told_a_body_with_its_acronym_and_a_day_before_that() -> None:
    text = (
        "A forensic anthropologist told the International Tribunal for the Sarvic Conflict (ITSC) "
        "on Wednesday that prosecutors had overstated the count by more than 150."
    )
    assert _found(text) == {("prosecutors had overstated the count by more than 150", "indirect", "A forensic anthropologist")}


def test_it_standing_for_no_one_named_still_reports_speech_with_its_speaker_unknown() -> None:
    [quote] = find_quotes("The ministry met on Monday. It said 20 trains arrived late.")
    assert (quote.text, quote.kind, quote.speaker_text) == ("20 trains arrived late", "indirect", None)


def test_it_after_the_board_is_the_board_the_text_named() -> None:
    text = (
        "The Dunmere Valley Health Board published a plan. The board met on Monday. "
        "It said the merger would save £14 million a year."
    )
    assert _found(text) == {("the merger would save £14 million a year", "indirect", "Dunmere Valley Health Board")}


def test_has_since_told_is_the_verb_after_its_adverb() -> None:
    text = "A board spokeswoman has since told your paper that it will cost 40 million."
    assert _found(text) == {("it will cost 40 million", "indirect", "A board spokeswoman")}


def test_a_name_ending_in_an_adverb_keeps_it() -> None:
    text = "The campaign group Coastline Now said in a statement that 40 homes would flood."
    assert _found(text) == {("40 homes would flood", "indirect", "Coastline Now")}


def test_a_clause_before_a_parenthetical_attribution_is_what_was_said() -> None:
    text = (
        "QALAT NURI, Hazaran, May 17 (Continental News Agency) - A car bomb killed at least 54 people, "
        "hospital officials said on Friday, almost three times the official toll."
    )
    assert _found(text) == {("A car bomb killed at least 54 people", "indirect", "hospital officials")}


def test_a_subject_split_by_a_parenthetical_attribution_runs_on_through_it() -> None:
    [quote] = find_quotes("Dr Ana Ruiz spoke. The figure, she said, was closer to 5,000.")
    assert quote.text == "The figure, she said, was closer to 5,000"


@pytest.mark.parametrize("verb", ["submitted", "accepted"])
def test_counsel_submits_and_a_witness_accepts_that(verb: str) -> None:
    text = f"Counsel for the Council, Ms Hannah Obuya, {verb} that 40 columns were corroded."
    assert _found(text) == {("40 columns were corroded", "indirect", "Hannah Obuya")}


def test_a_that_after_a_clause_of_the_reported_speech_is_a_relative_pronoun() -> None:
    text = "He met us. He said the ministry's count included only bodies that had been identified by relatives, 40 in all."
    [quote] = find_quotes(text)
    assert quote.text.startswith("the ministry's count included only bodies that")


def test_said_in_a_letter_signed_by_keeps_its_that() -> None:
    text = "The union said in a letter signed by 40 members that 300 jobs would go."
    assert _found(text) == {("300 jobs would go", "indirect", "The union")}


def test_whatever_the_ministry_says_attributes_nothing_to_it() -> None:
    text = "Day 63 of the hunger strike: seven prisoners are dead, whatever the Justice Ministry says\n\nIt was bad."
    assert find_quotes(text) == []


def test_it_after_a_body_named_earlier_in_its_sentence_is_that_body() -> None:
    text = "Your report took the Dunmere Valley Health Board at its word when it said the merger would save £14 million a year."
    [quote] = find_quotes(text)
    assert quote.speaker_text == "Dunmere Valley Health Board"


def test_each_time_before_the_subject_is_not_part_of_it() -> None:
    text = "The Dunmere Valley Health Board met. Each time the board told us it would cost 40 million."
    [quote] = find_quotes(text)
    assert quote.speaker_text == "Dunmere Valley Health Board"


def test_a_dated_dateline_and_today_are_not_the_speaker() -> None:
    text = (
        "GENEVA, 14 October 2025 — The Committee for the Defence of Political Prisoners (CDPP) today "
        "said that a seventh hunger striker has died."
    )
    [quote] = find_quotes(text)
    assert quote.speaker_text == "Committee for the Defence of Political Prisoners"
    [quote] = find_quotes("USA Today said 40 people died.")
    assert quote.speaker_text == "USA Today"


def test_she_after_the_judge_is_the_judge_not_the_woman_named_before() -> None:
    text = (
        "Counsel for the Council, Ms Hannah Obuya, submitted that the authority need not wait. "
        "The judge found that the Council had acted lawfully. She found that the bracing could not be relied on."
    )
    assert ("the bracing could not be relied on", "indirect", "The judge") in _found(text)


def test_he_after_the_report_is_still_the_man_named_before() -> None:
    text = (
        "Tom Reed, the mayor, said the road would reopen. The report found that the bridge was unsafe. "
        "He said the repairs would take a year."
    )
    assert ("the repairs would take a year", "indirect", "Tom Reed") in _found(text)


def test_a_colon_ends_the_clause_before_the_speaker() -> None:
    text = "Meridian disputes the figure: a company spokesman said the roles were affected."
    assert ("the roles were affected", "indirect", "a company spokesman") in _found(text)


def test_a_quoted_fragment_opening_a_reported_clause_is_taken_into_it() -> None:
    text = "A company spokesman said 'fewer than 60' roles were affected and no one would be made redundant."
    assert _found(text) == {
        ("'fewer than 60' roles were affected and no one would be made redundant", "indirect", "A company spokesman")
    }


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The minister said "no comment" and left the room.', "no comment"),
        ('The union said "we will appeal" in a statement on Friday.', "we will appeal"),
    ],
)
def test_a_quoted_fragment_followed_by_no_clause_stays_a_direct_quote(text: str, quote: str) -> None:
    assert [kind for found, kind, _ in _found(text) if quote in found] == ["direct"]


def test_told_us_then_a_clause_whose_subject_has_a_name_in_apposition() -> None:
    text = "A spokeswoman told us the minister, Ms Priya Anand, was keeping all options open."
    assert ("the minister, Ms Priya Anand, was keeping all options open", "indirect", "A spokeswoman") in _found(text)


def test_it_after_a_body_whose_name_holds_a_plural_possessive() -> None:
    text = (
        "Rail Users’ Voice, the statutory passenger watchdog, has published its written submission. "
        "It says 19.8% of trains arrived late last year."
    )
    assert ("19.8% of trains arrived late last year", "indirect", "Rail Users’ Voice") in _found(text)


def test_a_forum_named_before_it_says() -> None:
    text = "The Harbour Forum has published its report. It says 20 trains were late."
    assert ("20 trains were late", "indirect", "Harbour Forum") in _found(text)


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("A reader, Jenny in Carlow Cross, emails to say her train has been cancelled again.", "her train has been cancelled again", "Jenny"),
        ("Tom Reed wrote to say that the road was closed.", "the road was closed", "Tom Reed"),
    ],
)
def test_a_message_sent_to_say_something_is_reported_speech(text: str, clause: str, speaker: str) -> None:
    assert (clause, "indirect", speaker) in _found(text)


def test_a_description_then_the_name_it_introduces_speaks_by_the_name() -> None:
    text = "A neighbour, Maria Lopez, said the fire started at night."
    assert ("the fire started at night", "indirect", "Maria Lopez") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        'Deep Water — episode 87: "Who gets the cod?"\nTranscript. Host: Maren Solheim.',
        'The novel opens with chapter 1, "A Cold Harbour", in which nothing happens.',
    ],
)
def test_the_title_of_a_numbered_part_of_a_work_is_no_quote(text: str) -> None:
    assert _found(text) == set()


def test_and_said_after_a_participle_aside_has_the_sentence_s_subject() -> None:
    text = (
        'The agency put the number of dead at "at least 47", citing health workers and community leaders, '
        "and said some 3,000 people had fled the town."
    )
    assert ("some 3,000 people had fled the town", "indirect", "The agency") in _found(text)


def test_and_accused_ends_the_reported_clause_and_its_quoted_words_are_a_quote() -> None:
    text = (
        "The Observatory said it had documented 58 deaths, naming 51 of them, and accused the authorities "
        'of "deliberately shrinking" the toll.'
    )
    assert _found(text) == {
        ("it had documented 58 deaths, naming 51 of them", "indirect", "Observatory"),
        ("deliberately shrinking", "direct", "Observatory"),
    }


@pytest.mark.parametrize("bounds", ["between £6 million and £9 million", "from 40 to 60"])
def test_a_figure_put_at_a_range_is_reported_speech(bounds: str) -> None:
    text = f"The independent review by Carrow Health Economics put the savings at {bounds}."
    assert (f"the savings at {bounds}", "indirect", "The independent review by Carrow Health Economics") in _found(text)


@pytest.mark.parametrize(
    ("line", "claim", "speaker"),
    [
        ("• Match commander says Gate C was opened “to save lives”", "Gate C was opened “to save lives”", "Match commander"),
        ("• Families’ group: toll is 27, not 23", "toll is 27, not 23", "Families’ group"),
        ("• Passenger watchdog: nearly 20% of trains were late last year", "nearly 20% of trains were late last year", "Passenger watchdog"),
    ],
)
def test_a_key_point_bullet_attributes_its_claim(line: str, claim: str, speaker: str) -> None:
    assert (claim, "indirect", speaker) in _found(f"Key points\n{line}\n\n09:58\nThe session opened.")


def test_a_bullet_without_a_claim_is_no_quote() -> None:
    assert _found("Key points\n• Weather: sunny\n• Venue: Kestermann Stadium\n\nThe session opened.") == set()


@pytest.mark.parametrize(
    "text",
    [
        'Fact check\n\nThe claim: "Over 4,000 dead in the heatwave, and the government is hiding it."',
        "He gave his testimony in 1998. Let me read you a part of it:\n\n“They called the names at night.”",
    ],
)
def test_a_reporting_word_after_a_determiner_or_let_me_has_no_speaker(text: str) -> None:
    assert [speaker for _, _, speaker in _found(text)] == [None]


def test_a_clause_and_a_coordinated_reporting_verb_share_the_sentence_s_subject() -> None:
    text = (
        "A team from the University used satellite images to count 1,247 destroyed buildings and, "
        "combining them with census data, estimated that between 400 and 700 people died."
    )
    assert ("between 400 and 700 people died", "indirect", "A team from the University") in _found(text)


def test_wrote_down_is_no_reporting_verb() -> None:
    assert _found("Nadia walked from house to house, and wrote down what she was told.") == set()


def test_confirmed_a_noun_but_said_a_clause_is_one_reported_clause() -> None:
    text = "Pieter Vandaele confirmed the fee but said the club had turned down two earlier bids."
    assert _found(text) == {("the club had turned down two earlier bids", "indirect", "Pieter Vandaele")}


def test_a_person_of_a_body_with_no_body_word_is_the_person_she_stands_for() -> None:
    text = (
        "Martin Howe told shareholders that spills had fallen. Rosa Delgado of Clean Rivers Now said the "
        'fine was small. "They will treat this as a cost of doing business," she said.'
    )
    found = _found(text)
    assert ("the fine was small", "indirect", "Rosa Delgado") in found
    assert ("They will treat this as a cost of doing business,", "direct", "Rosa Delgado") in found


def test_a_figure_put_at_a_number_ends_before_a_contrasting_clause() -> None:
    text = (
        'The Red Cross puts deaths at "at least 260", while Médecins Solidaires, which runs two clinics, '
        "estimates that up to 300 people may have died."
    )
    found = _found(text)
    assert ('deaths at "at least 260"', "indirect", "Red Cross") in found
    assert ("up to 300 people may have died", "indirect", "Médecins Solidaires") in found
