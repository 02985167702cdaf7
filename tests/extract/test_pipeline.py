"""The joined-up extraction: speakers resolved, figures attributed, the JSON contract."""

from __future__ import annotations

import pytest

from provenance.extract.actors import SEED_ACTORS_PATH, ActorDirectory, load_actor_list
from provenance.extract.pipeline import EXTRACTORS, as_contract, extract


@pytest.fixture(scope="module")
def seed_directory() -> ActorDirectory:
    return ActorDirectory(load_actor_list(SEED_ACTORS_PATH))


def speakers(text: str, directory: ActorDirectory) -> list[tuple[str, str | None]]:
    return [(q.found.text, q.speaker) for q in extract(text, directory).quotes]


def test_a_figure_in_a_quote_is_stated_by_the_quote_s_speaker(seed_directory: ActorDirectory) -> None:
    text = (
        "Maryam Rajavi said: “More than 30,000 political prisoners were executed in 1988.”\n\n"
        "Amnesty International has documented thousands of executions."
    )
    figures = extract(text, seed_directory).figures
    by_text = {f.found.text: f.speaker for f in figures}
    assert by_text["More than 30,000"] == "Maryam Rajavi"
    assert by_text["thousands"] is None  # the document's own voice


def test_spelling_variants_of_a_known_speaker_resolve_to_one_actor(seed_directory: ActorDirectory) -> None:
    text = (
        "Mostafa Pour-Mohammadi said: “We have no ambiguity about them at all, none whatsoever.”\n\n"
        "“It was unfortunate, but the tape was released anyway,” PourMohammadi added."
    )
    assert {speaker for _, speaker in speakers(text, seed_directory)} == {"Mostafa Pourmohammadi"}


def test_an_unnamed_interviewer_is_no_one_in_particular(seed_directory: ActorDirectory) -> None:
    text = (
        "Interview\n\nQ: How many people were counted at the crossing last month, in total?\n\n"
        "Karim Haddad: We counted every single person who came through, about 4,000 of them."
    )
    found = dict(speakers(text, seed_directory))
    assert found["How many people were counted at the crossing last month, in total?"] is None
    assert found["We counted every single person who came through, about 4,000 of them."] == "Karim Haddad"


def test_a_described_speaker_names_the_organisation_that_produced_it(seed_directory: ActorDirectory) -> None:
    text = "The closures cost the harbour “at least four million euros a week,” according to an estimate by the Harbour Traders Guild."
    [(_, speaker)] = speakers(text, seed_directory)
    assert speaker == "Harbour Traders Guild"


def test_a_member_of_an_organisation_stays_an_unnamed_source(seed_directory: ActorDirectory) -> None:
    text = "A senior official of the Ministry of Intelligence said: “The files on these prisoners were destroyed years ago.”"
    [quote] = extract(text, seed_directory).quotes
    assert quote.speaker_kind == "unnamed"
    assert quote.speaker is not None and "official" in quote.speaker


def test_a_surname_later_in_the_text_resolves_to_the_full_name(seed_directory: ActorDirectory) -> None:
    text = (
        "Interior Minister Karim al-Rashid told reporters: “No more than 60,000 refugees crossed the border.”\n\n"
        "Aid groups dispute that number and say the true figure is far higher.\n\n"
        "“We will consider any request made through the proper channels,” Al-Rashid said."
    )
    direct = [q.speaker for q in extract(text, seed_directory).quotes if q.found.kind == "direct"]
    assert direct == ["Karim al-Rashid", "Karim al-Rashid"]


def test_titles_and_affiliations_are_not_part_of_a_new_speaker_s_name(seed_directory: ActorDirectory) -> None:
    text = "“The models were deliberately conservative,” said Professor Anna Lindqvist of the University of Umeå."
    [(_, speaker)] = speakers(text, seed_directory)
    assert speaker == "Anna Lindqvist"


def test_the_contract_names_every_extractor_and_version(seed_directory: ActorDirectory) -> None:
    contract = as_contract(extract("Nothing to see.", seed_directory), path="x.txt", sha256="0" * 64, chars=15)
    assert contract["extractors"] == EXTRACTORS
    assert contract["figures"] == contract["quotes"] == contract["mentions"] == []


def test_an_unnamed_speaker_the_actor_scan_missed_is_a_mention_of_its_description() -> None:
    text = "Meridian disputes the figure: a company spokesman said 'fewer than 60' roles were affected."
    unnamed = [(m.text, m.actor) for m in extract(text, ActorDirectory([])).mentions if m.kind == "unnamed"]
    assert unnamed == [("a company spokesman", "a company spokesman")]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("About 200 guests had gathered in a courtyard, three residents reached by telephone said.", "three residents reached by telephone"),
        ("Staff at the district hospital said they had received 61 wounded.", "Staff at the district hospital"),
    ],
)
def test_several_unnamed_speakers_are_a_mention_of_their_description(text: str, description: str) -> None:
    unnamed = [m.text for m in extract(text, ActorDirectory([])).mentions if m.kind == "unnamed"]
    assert unnamed == [description]


def test_a_speaker_phrase_with_a_verb_of_its_own_is_no_mention() -> None:
    text = "Her notebook entry for 5 May runs over two pages: “The baker’s wife says her husband was taken.”"
    assert [m for m in extract(text, ActorDirectory([])).mentions if m.kind == "unnamed"] == []
