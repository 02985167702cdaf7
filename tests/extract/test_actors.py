"""Actors: the seed list, name resolution (exact, surname, fuzzy, context) and mention finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.extract import actors
from provenance.extract.actors import (
    FUZZY_MIN_KEY_LENGTH,
    FUZZY_THRESHOLD,
    SEED_ACTORS_PATH,
    ActorDirectory,
    ActorListError,
    KnownActor,
    candidate_actors,
    find_acronym_definitions,
    find_mentions,
    is_acronym,
    load_actor_list,
    scan_actors,
    strip_title,
)
from provenance.extract.found import MentionFound
from provenance.matching import match_key

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LABELS = ROOT / "tests" / "data" / "labels"

MEK = "People's Mojahedin Organization of Iran"
NCRI = "National Council of Resistance of Iran"
POURMOHAMMADI = "Mostafa Pourmohammadi"


@pytest.fixture(scope="module")
def seed() -> ActorDirectory:
    return ActorDirectory(load_actor_list(SEED_ACTORS_PATH))


def small() -> ActorDirectory:
    return ActorDirectory(
        [
            KnownActor("Maryam Rajavi", "person"),
            KnownActor("Massoud Rajavi", "person"),
            KnownActor("Giulio Terzi", "person"),
            KnownActor(POURMOHAMMADI, "person", ("Mostafa Pour-Mohammadi", "Mostafa Pour Mohammadi")),
            KnownActor(MEK, "organisation", ("MEK", "PMOI", "Mujahedin-e Khalq", "PMOI/MEK", "MEK Iran")),
            KnownActor(NCRI, "organisation", ("NCRI",)),
            KnownActor("Amnesty International", "organisation", ("Amnesty",)),
        ]
    )


def names(mentions: list[MentionFound]) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in mentions]


def assert_well_formed(text: str, mentions: list[MentionFound]) -> None:
    """Offsets point at the text, mentions are sorted and never overlap."""
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in ("person", "organisation", "unnamed")
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start, (before, after)


# ---------------------------------------------------------------------------- the actor list


def test_module_declares_name_and_version() -> None:
    assert (actors.NAME, actors.VERSION) == ("actors", "10")


def test_seed_list_loads_and_every_spelling_resolves_to_its_actor(seed: ActorDirectory) -> None:
    known = load_actor_list(SEED_ACTORS_PATH)
    assert len(known) == len(seed) >= 50
    assert {actor.kind for actor in known} == {"person", "organisation"}
    for actor in known:
        for spelling in actor.spellings:
            resolution = seed.resolve(spelling)
            assert resolution.actor == actor, spelling
            assert resolution.method == "exact"


def test_seed_list_names_the_actors_the_brief_requires(seed: ActorDirectory) -> None:
    by_name = {actor.name: actor for actor in seed}
    for name in [
        MEK, NCRI, "Amnesty International", "Maryam Rajavi", "Massoud Rajavi", POURMOHAMMADI, "Ebrahim Raisi",
        "Ruhollah Khomeini", "Ali Khamenei", "Hossein-Ali Montazeri", "Hassan Rouhani", "Raha Bahreini",
        "Giulio Terzi", "Ehsan Qaraee", "Express", "United Nations", "Kobra Jokar", "Hengameh Haj-Hassan",
        "Homa Jaberi", "Majid Saheb Jam", "Mostafa Naderi", "Mahmoud Royaei",
    ]:
        assert name in by_name, name
    assert by_name["Amnesty International"].aliases == ("Amnesty",)
    assert {"Express UK", "Express-News"} <= set(by_name["Express"].aliases)


def test_seed_list_says_it_records_only_what_the_texts_state() -> None:
    head = SEED_ACTORS_PATH.read_text(encoding="utf-8").split("[[actor]]")[0]
    assert "the seed texts themselves print" in head
    assert "nothing here says what anyone did" in head


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[[actor]\nname = 'x'", "not valid TOML"),
        ("[[actor]]\nkind = 'person'\n", "actor #1: 'name' must be a non-empty string"),
        ("[[actor]]\nname = '  '\nkind = 'person'\n", "'name' must be a non-empty string"),
        ("[[actor]]\nname = 'A'\nkind = 'people'\n", "actor #1 ('A'): 'kind' must be one of person, organisation"),
        ("[[actor]]\nname = 'A'\nkind = 'unnamed'\n", "'kind' must be one of person, organisation"),
        ("[[actor]]\nname = 'A'\nkind = 'person'\naliases = 'B'\n", "'aliases' must be a list of non-empty strings"),
        ("[[actor]]\nname = 'A'\nkind = 'person'\naliases = ['']\n", "'aliases' must be a list of non-empty strings"),
        ("[[actor]]\nname = 'A'\nkind = 'person'\nalias = ['B']\n", "unknown key(s) alias"),
        ("[actors]\nname = 'A'\n", "unknown top-level key(s) actors"),
        ("actor = 'A'\n", "'actor' must be an array of tables"),
        ("[[actor]]\nname = '...'\nkind = 'person'\n", "has no letters or digits"),
        (
            "[[actor]]\nname = 'Maryam Rajavi'\nkind = 'person'\naliases = ['Rajavi']\n"
            "[[actor]]\nname = 'Massoud Rajavi'\nkind = 'person'\naliases = ['Rajavi']\n",
            "actor #2 ('Massoud Rajavi'): 'Rajavi' also names 'Maryam Rajavi'",
        ),
        (
            "[[actor]]\nname = 'Amnesty'\nkind = 'organisation'\n[[actor]]\nname = 'AMNESTY'\nkind = 'organisation'\n",
            "also names 'Amnesty'",
        ),
        ("[[actor]]\nname = 'A B'\nkind = 'person'\n[[actor]]\nname = 'A B'\nkind = 'person'\n", "is listed twice"),
    ],
)
def test_bad_actor_lists_are_refused_with_file_and_entry(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ActorListError) as refused:
        load_actor_list(path)
    assert message in str(refused.value)
    assert str(path) in str(refused.value)


def test_aliases_are_trimmed_and_deduplicated(tmp_path: Path) -> None:
    path = write(tmp_path, "[[actor]]\nname = ' Amnesty International '\nkind = 'organisation'\n"
                 "aliases = ['Amnesty', 'Amnesty ', 'Amnesty International']\n")
    assert load_actor_list(path) == [KnownActor("Amnesty International", "organisation", ("Amnesty",))]


def test_an_empty_list_is_an_empty_directory(tmp_path: Path) -> None:
    directory = ActorDirectory(load_actor_list(write(tmp_path, "")))
    assert len(directory) == 0
    assert directory.resolve("Maryam Rajavi").actor is None
    # Still found, as a new person for review.
    assert names(find_mentions("Maryam Rajavi said so.", directory)) == [("Maryam Rajavi", "Maryam Rajavi")]
    assert candidate_actors("Maryam Rajavi said so.", directory) == [KnownActor("Maryam Rajavi", "person")]


def test_known_actor_checks_its_fields() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        KnownActor(" ", "person")
    with pytest.raises(ValueError, match="kind 'group'"):
        KnownActor("X", "group")  # type: ignore[arg-type]
    actor = KnownActor("X", "organisation", ["Y"])  # type: ignore[arg-type]
    assert actor.aliases == ("Y",) and actor.spellings == ("X", "Y")
    assert hash(actor) == hash(KnownActor("X", "organisation", ("Y",)))


# ---------------------------------------------------------------------------- resolving names


@pytest.mark.parametrize(
    "written",
    [
        "Mostafa Pourmohammadi", "Mostafa Pour-Mohammadi", "Mostafa PourMohammadi", "Mostafa Pour Mohammadi",
        "Mustafa Pourmohammadi", "Pourmohammadi", "Pour-Mohammadi", "PourMohammadi", "Pour Mohammadi",
        "Pourmihammadi", "Mr. Pour-Mohammadi", "Pourmohammadi’s", "POURMOHAMMADI",
    ],
)
def test_every_spelling_of_pourmohammadi_resolves_to_him(seed: ActorDirectory, written: str) -> None:
    resolution = seed.resolve(written)
    assert resolution.actor is not None and resolution.actor.name == POURMOHAMMADI, resolution
    assert resolution.ambiguous == ()


def test_how_a_name_resolved_is_reported(seed: ActorDirectory) -> None:
    assert seed.resolve("Mostafa Pour-Mohammadi").method == "exact"
    assert seed.resolve("Pour Mohammadi").method == "surname"
    fuzzy = seed.resolve("Pourmihammadi")
    assert fuzzy.method == "fuzzy" and FUZZY_THRESHOLD <= (fuzzy.score or 0) < 100
    assert seed.resolve("Nobody Known").actor is None
    assert seed.resolve("Nobody Known").method is None


@pytest.mark.parametrize(
    "written",
    [
        "MEK", "PMOI", "Mujahedin-e Khalq", "Mojahedin-e Khalq", "Mujahedin Khalq", "People's Mojahedin Organization of Iran",
        "People’s Mojahedin Organization of Iran", "Peoples Mojahedin Organization of Iran",
        "People’s Mujahedin Organization of Iran", "PMOI/MEK", "PMOI / MEK", "MEK Iran", "MEK-Iran",
        "People’s Mujahedin of Iran", "the MEK", "MEK’s",
    ],
)
def test_the_mek_names_resolve_to_one_organisation(seed: ActorDirectory, written: str) -> None:
    resolution = seed.resolve(written)
    assert resolution.actor is not None and resolution.actor.name == MEK, written
    assert resolution.actor.kind == "organisation"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Mr. Dalvand", "Dalvand"),
        ("Mrs. Rajavi", "Rajavi"),
        ("Ms. Jokar", "Jokar"),
        ("Ayatollah Montazeri", "Montazeri"),
        ("Hon. Giulio Terzi", "Giulio Terzi"),
        ("Dr. Raha Bahreini", "Raha Bahreini"),
        ("Mr Qaraee", "Qaraee"),
        ("Grand Ayatollah Montazeri", "Montazeri"),
        ("Terzi", "Terzi"),
    ],
)
def test_titles_are_stripped(written: str, expected: str) -> None:
    assert strip_title(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Mr. Dalvand", "Dalvand"),
        ("Ms. Jokar", "Kobra Jokar"),
        ("Ayatollah Montazeri", "Hossein-Ali Montazeri"),
        ("Hon. Giulio Terzi", "Giulio Terzi"),
        ("Mr. Qaraee", "Ehsan Qaraee"),
        ("Mr. Sahebjam", "Majid Saheb Jam"),
        ("Mr. Royaie", "Mahmoud Royaei"),
        ("President Hassan Rouhani", "Hassan Rouhani"),
        ("regime President Rouhani", "Hassan Rouhani"),
        ("Supreme Leader Ali Khamenei", "Ali Khamenei"),
        ("Amnesty International’s lead researcher on Iran, Raha Bahreini", "Raha Bahreini"),
        ("Mostafa Pour-Mohammadi, an advisor to the head of the Judiciary", POURMOHAMMADI),
    ],
)
def test_titles_roles_and_appositives_do_not_stop_resolution(seed: ActorDirectory, written: str, expected: str) -> None:
    resolution = seed.resolve(written)
    assert resolution.actor is not None and resolution.actor.name == expected, resolution


def test_a_surname_resolves_to_the_one_person_who_has_it() -> None:
    resolution = small().resolve("Terzi")
    assert resolution.actor is not None and resolution.actor.name == "Giulio Terzi"
    assert resolution.method == "surname"


def test_a_shared_surname_is_ambiguous_not_guessed() -> None:
    directory = small()
    for written in ("Rajavi", "Mrs. Rajavi", "Rajavi’s"):
        resolution = directory.resolve(written)
        assert resolution.actor is None
        assert {a.name for a in resolution.ambiguous} == {"Maryam Rajavi", "Massoud Rajavi"}
        assert resolution.method == "surname"
    assert directory.surname_matches("Rajavi") == resolution.ambiguous


def test_a_shared_surname_resolves_to_the_most_recent_full_name_in_context() -> None:
    directory = small()
    maryam, massoud = directory.resolve("Maryam Rajavi").actor, directory.resolve("Massoud Rajavi").actor
    assert maryam is not None and massoud is not None
    assert directory.resolve_in_context("Rajavi", [maryam]).actor == maryam
    assert directory.resolve_in_context("Rajavi", [maryam, massoud]).actor == massoud
    assert directory.resolve_in_context("Mrs. Rajavi", [massoud, maryam]).method == "context"
    still = directory.resolve_in_context("Rajavi", [directory.resolve("Terzi").actor])  # type: ignore[list-item]
    assert still.actor is None and len(still.ambiguous) == 2
    assert directory.resolve_in_context("Terzi", []).actor is not None  # no context needed


def test_a_name_part_resolves_to_a_recent_person_in_context(seed: ActorDirectory) -> None:
    haj_hassan = seed.resolve("Hengameh Haj-Hassan").actor
    bahreini = seed.resolve("Raha Bahreini").actor
    assert haj_hassan is not None and bahreini is not None
    assert seed.resolve("Ms. Hassan").actor is None
    assert seed.resolve_in_context("Ms. Hassan", [bahreini, haj_hassan]).actor == haj_hassan
    assert seed.resolve_in_context("Raha", [bahreini, haj_hassan]).actor == bahreini
    assert seed.resolve_in_context("Raha", []).actor is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Pourmihammadi", POURMOHAMMADI),
        ("Mostafa Pourmohamadi", POURMOHAMMADI),
        ("Masoud Rajavi", "Massoud Rajavi"),
        ("Massoud Radjavi", "Massoud Rajavi"),
        ("Ruhollah Khomeiny", "Ruhollah Khomeini"),
        ("Khomeyni", "Ruhollah Khomeini"),
        ("Hossein Ali Muntazeri", "Hossein-Ali Montazeri"),
        ("Hassan Rohani", "Hassan Rouhani"),
        ("National Council of Resistance", NCRI),
    ],
)
def test_transliteration_variants_fuzzy_match(seed: ActorDirectory, written: str, expected: str) -> None:
    resolution = seed.resolve(written)
    assert resolution.actor is not None and resolution.actor.name == expected, resolution
    assert resolution.method == "fuzzy"


@pytest.mark.parametrize(
    "written",
    [
        "MEKK", "PMO", "NCR", "NCRII", "IRG", "UNN", "MKO",  # acronyms: exact key only
        "Rajai",  # short: a different name, though 90.9 against "Rajavi"
        "Mojahed",  # a member, not the organisation: consonants differ
        "Masoud Rajabi",  # another surname: b is not v
        "Khamenei Ruhollah",  # not a fuzzy neighbour of Ruhollah Khomeini at this threshold
        "Iran", "Tehran", "Albania",
    ],
)
def test_acronyms_short_names_and_other_names_never_fuzzy_match(seed: ActorDirectory, written: str) -> None:
    assert seed.resolve(written).actor is None, seed.resolve(written)


def test_short_acronyms_match_only_their_exact_key() -> None:
    directory = ActorDirectory([KnownActor("Islamic Revolutionary Guard Corps", "organisation", ("IRGC",))])
    assert directory.resolve("IRGC").method == "exact"
    assert directory.resolve("I.R.G.C.").method == "exact"
    for near in ("IRGCC", "IRG", "IRCG", "IRGS"):
        assert directory.resolve(near).actor is None
    assert is_acronym("PMOI/MEK") and not is_acronym("Amnesty")
    assert FUZZY_MIN_KEY_LENGTH > len("irgc")


def test_a_directory_extended_with_a_documents_new_actors() -> None:
    text = "Mayor Ellen Dorsey opened the meeting. Dorsey said the budget was final."
    directory = small()
    extended = directory.extended(candidate_actors(text, directory))
    assert len(extended) == len(directory) + 1
    assert directory.resolve("Dorsey").actor is None
    resolved = extended.resolve("Dorsey")
    assert resolved.actor is not None and resolved.actor.name == "Ellen Dorsey" and resolved.method == "surname"


def test_unnamed_sources_in_a_directory_are_never_resolved_to() -> None:
    description = "a former political prisoner"
    directory = ActorDirectory([KnownActor(description, "unnamed")])
    assert len(directory) == 1
    assert directory.resolve(description).actor is None
    assert find_mentions("A former political prisoner said nothing new.", directory)[0].actor == "A former political prisoner"


def test_two_actors_sharing_a_spelling_are_ambiguous() -> None:
    directory = ActorDirectory([KnownActor("Express", "organisation"), KnownActor("Express", "person")])
    assert directory.resolve("Express").actor is None
    assert len(directory.resolve("Express").ambiguous) == 2


# ---------------------------------------------------------------------------- acronym definitions


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        ("the National Council of Resistance of Iran (NCRI) said", NCRI, "NCRI"),
        (
            "a senior official of the Ministry of Intelligence and Security (MOIS) who",
            "Ministry of Intelligence and Security",
            "MOIS",
        ),
        ("tried by the International Criminal Court (ICC).", "International Criminal Court", "ICC"),
        (
            "the founder of the movement for Justice for the Victims of the 1988 Massacre in Iran (JVMI)",
            "Justice for the Victims of the 1988 Massacre in Iran",
            "JVMI",
        ),
        ("the Mojahedin-e Khalq (MEK), or the", "Mojahedin-e Khalq", "MEK"),
        (
            "the People’s Mojahedin Organization of Iran (PMOI, Mujahedin-e Khalq or MEK), in",
            "People’s Mojahedin Organization of Iran",
            "PMOI",
        ),
        ("the People’s Mojahedin Organization of Iran(PMOI / MEK) poses", "People’s Mojahedin Organization of Iran", "PMOI"),
        ("The Iran Human Rights Monitor (IHRM) said", "Iran Human Rights Monitor", "IHRM"),
    ],
)
def test_acronym_definitions(text: str, long: str, short: str) -> None:
    [(found_long, found_short, start, end)] = find_acronym_definitions(text)
    assert (found_long, found_short) == (long, short)
    assert text[start:end].startswith(long) and text[start:end].endswith(")")


@pytest.mark.parametrize(
    "text",
    [
        "spent many years in Gohardasht (Rajai Shahr) and Evin prisons",
        "Prior to Armaghan Tariki (i.e. one of the TV serials), no serial",
        "Mosallas (State-run media), July 24, 2019",
        "the Supreme Leader (SLR) ruled",  # initials do not spell it
        "in the city (NY) today",
    ],
)
def test_brackets_that_define_no_acronym(text: str) -> None:
    assert find_acronym_definitions(text) == []


def test_a_new_acronym_definition_makes_one_candidate_organisation_used_again() -> None:
    text = "The Iran Human Rights Monitor (IHRM) published a list. Later, IHRM said it was incomplete."
    scan = scan_actors(text, small())
    assert scan.candidates == [KnownActor("Iran Human Rights Monitor", "organisation", ("IHRM",))]
    assert names(scan.mentions) == [
        ("Iran Human Rights Monitor", "Iran Human Rights Monitor"),
        ("IHRM", "Iran Human Rights Monitor"),
        ("IHRM", "Iran Human Rights Monitor"),
    ]
    assert_well_formed(text, scan.mentions)


def test_a_known_acronym_definition_gives_the_known_organisation_both_spans() -> None:
    text = "Maryam Rajavi, the President-elect of the National Council of Resistance of Iran (NCRI), spoke."
    mentions = find_mentions(text, small())
    assert names(mentions) == [("Maryam Rajavi", "Maryam Rajavi"), (NCRI, NCRI), ("NCRI", NCRI)]
    assert candidate_actors(text, small()) == []


# ---------------------------------------------------------------------------- finding mentions


def test_every_spelling_variant_in_text_is_found_as_the_one_actor(seed: ActorDirectory) -> None:
    text = (
        "Mostafa Pour-Mohammadi spoke. Pour-Mohammadi said it again. Mostafa PourMohammadi, a member of the "
        "committee, agreed. Mustafa Pourmohammadi was there. The meeting included Pourmihammadi. "
        "Mostafa Pour Mohammadi left. PourMohammadi returned."
    )
    mentions = find_mentions(text, seed)
    assert [m.text for m in mentions] == [
        "Mostafa Pour-Mohammadi", "Pour-Mohammadi", "Mostafa PourMohammadi", "Mustafa Pourmohammadi",
        "Pourmihammadi", "Mostafa Pour Mohammadi", "PourMohammadi",
    ]
    assert {m.actor for m in mentions} == {POURMOHAMMADI}
    assert_well_formed(text, mentions)


def test_the_mek_group_in_text(seed: ActorDirectory) -> None:
    text = (
        "the People’s Mojahedin Organization of Iran (PMOI, Mujahedin-e Khalq or MEK), in Malmo. "
        "Peoples Mojahedin Organization of Iran (PMOI / MEK Iran). MEK IRAN – YouTube. The PMOI/MEK said so."
    )
    mentions = find_mentions(text, seed)
    assert {m.actor for m in mentions} == {MEK}
    assert [m.text for m in mentions] == [
        "People’s Mojahedin Organization of Iran", "PMOI", "Mujahedin-e Khalq", "MEK",
        "Peoples Mojahedin Organization of Iran", "PMOI / MEK", "MEK IRAN", "PMOI/MEK",
    ]
    assert_well_formed(text, mentions)


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘", ""])
def test_apostrophe_variants(seed: ActorDirectory, apostrophe: str) -> None:
    text = f"supporters of the People{apostrophe}s Mojahedin Organization of Iran gathered."
    [mention] = find_mentions(text, seed)
    assert mention.actor == MEK and mention.text == f"People{apostrophe}s Mojahedin Organization of Iran"


def test_hyphen_and_space_variants(seed: ActorDirectory) -> None:
    text = "Hossein-Ali Montazeri, Hossein Ali Montazeri, Hosseinali Montazeri and Hossein–Ali Montazeri."
    mentions = find_mentions(text, seed)
    assert len(mentions) == 4 and {m.actor for m in mentions} == {"Hossein-Ali Montazeri"}


def test_case_rules_keep_precision(seed: ActorDirectory) -> None:
    text = "An amnesty for prisoners was not offered; the mek is no name; express it. Amnesty said no; AMNESTY INTERNATIONAL too."
    assert names(find_mentions(text, seed)) == [
        ("Amnesty", "Amnesty International"),
        ("AMNESTY INTERNATIONAL", "Amnesty International"),
    ]


def test_longest_match_wins_and_mentions_never_overlap(seed: ActorDirectory) -> None:
    text = (
        "Amnesty International and the United Nations Security Council; the United Nations; "
        "Mostafa Pour-Mohammadi; Hossein Panjeh-Maryam; MEK-Iran.com; Massoud Rajavi."
    )
    mentions = find_mentions(text, seed)
    assert [m.text for m in mentions] == [
        "Amnesty International", "United Nations Security Council", "United Nations",
        "Mostafa Pour-Mohammadi", "Hossein Panjeh-Maryam", "MEK-Iran.com", "Massoud Rajavi",
    ]
    assert_well_formed(text, mentions)


def test_possessives_are_outside_the_mention(seed: ActorDirectory) -> None:
    text = "Khomeini’s heir, Rouhani's cabinet and the NCRI’s president."
    assert names(find_mentions(text, seed)) == [
        ("Khomeini", "Ruhollah Khomeini"), ("Rouhani", "Hassan Rouhani"), ("NCRI", NCRI),
    ]


def test_surname_mentions_follow_the_most_recent_full_name() -> None:
    text = "Maryam Rajavi spoke first. Rajavi said the fight goes on. Massoud Rajavi was named. Rajavi was absent."
    assert names(find_mentions(text, small())) == [
        ("Maryam Rajavi", "Maryam Rajavi"),
        ("Rajavi", "Maryam Rajavi"),
        ("Massoud Rajavi", "Massoud Rajavi"),
        ("Rajavi", "Massoud Rajavi"),
    ]


def test_a_name_inside_a_quotation_does_not_take_over_the_speaker() -> None:
    text = (
        "Maryam Rajavi on the massacre.\n\nRajavi said: “They were executed for how they called the MEK and its "
        "historical leader Massoud Rajavi.”\n\nRajavi said: “The crimes are known.”"
    )
    mentions = find_mentions(text, small())
    assert [m.actor for m in mentions if m.text == "Rajavi"] == ["Maryam Rajavi", "Maryam Rajavi"]


def test_a_gendered_title_tells_two_rajavis_apart() -> None:
    text = (
        "“I knew the sister of Mrs. Maryam Rajavi,” she said. “My leader, Massoud Rajavi,” he said. "
        "Mrs. Rajavi wiped tears from her eyes."
    )
    mentions = find_mentions(text, small())
    assert mentions[-1].text == "Rajavi" and mentions[-1].actor == "Maryam Rajavi"


def test_a_surname_with_no_context_is_reported_not_guessed() -> None:
    text = "Rajavi said the movement would continue."
    scan = scan_actors(text, small())
    assert scan.mentions == []
    [ambiguous] = scan.ambiguous
    assert (ambiguous.text, text[ambiguous.start : ambiguous.end]) == ("Rajavi", "Rajavi")
    assert {a.name for a in ambiguous.actors} == {"Maryam Rajavi", "Massoud Rajavi"}
    assert scan.candidates == []


def test_a_given_name_coordinated_with_a_full_name() -> None:
    text = "With the leadership of Massoud and Maryam Rajavi, we will win."
    assert names(find_mentions(text, small())) == [("Massoud", "Massoud Rajavi"), ("Maryam Rajavi", "Maryam Rajavi")]


def test_names_after_titles_are_person_candidates() -> None:
    text = (
        "Human rights activist and author of the blog Freedom Star, Mr. Dalvand, said: “For three decades.” "
        "Ms. Jokar continued. Mrs. Maryam Rajavi spoke. Dr. Reza Alavi told the crowd. Alavi added more."
    )
    scan = scan_actors(text, small())
    # A blog is a media outlet, an organisation by the labelling conventions.
    assert [(c.name, c.kind) for c in scan.candidates] == [
        ("Freedom Star", "organisation"), ("Dalvand", "person"), ("Jokar", "person"), ("Reza Alavi", "person"),
    ]
    assert ("Alavi", "Reza Alavi") in names(scan.mentions)
    assert ("Maryam Rajavi", "Maryam Rajavi") in names(scan.mentions)
    assert_well_formed(text, scan.mentions)


def test_known_people_after_titles_resolve_to_them(seed: ActorDirectory) -> None:
    text = "“I spent six years in prison,” said Ms. Jokar. Mr. Sahebjam concluded. Ayatollah Montazeri's revelation."
    assert names(find_mentions(text, seed)) == [
        ("Jokar", "Kobra Jokar"), ("Sahebjam", "Majid Saheb Jam"), ("Montazeri", "Hossein-Ali Montazeri"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Javaid Rehman, the UN Special Rapporteur on Iran, said the killings were crimes.", "Javaid Rehman"),
        ("Speaking in Brussels, Belgian MEP Hilde Vautmans said the Parliament should act.", "Hilde Vautmans"),
        ("“The world has waited too long,” said Nasrin Parvaz.", "Nasrin Parvaz"),
        ("According to Shahin Gobadi, the families are still waiting.", "Shahin Gobadi"),
        ("Former political prisoner Azar Karimi told the hearing that names were read out.", "Azar Karimi"),
        ("Karim Lahidji has also stressed that the files exist.", "Karim Lahidji"),
    ],
)
def test_capitalised_names_next_to_reporting_verbs_are_candidates(text: str, expected: str) -> None:
    scan = scan_actors(text, small())
    assert [(c.name, c.kind) for c in scan.candidates] == [(expected, "person")]
    assert (expected, expected) in names(scan.mentions)
    assert_well_formed(text, scan.mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ellen Dorsey opened the meeting. Dorsey said the budget was final.", ["Ellen Dorsey", "Dorsey"]),
        ("Councillor Ana Ruiz voted no.", ["Ana Ruiz"]),
        ("Foreign Minister Javad Zarif said the matter was closed.", ["Javad Zarif"]),
    ],
)
def test_offices_used_as_titles(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_mentions(text, small())] == expected


def test_interview_turn_labels_name_the_speaker(seed: ActorDirectory) -> None:
    text = (
        "In an interview, Tomas Ledvina spoke about the port.\n\nQuestion: Why now?\n\n"
        "Ledvina: Because the numbers are wrong.\n\nPour-Mohammadi: Look, the enemy is lying."
    )
    assert names(find_mentions(text, seed)) == [
        ("Tomas Ledvina", "Tomas Ledvina"), ("Ledvina", "Tomas Ledvina"), ("Pour-Mohammadi", POURMOHAMMADI),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antonín Dvořák, a composer, said so.", "Antonín Dvořák"),
        ("Łukasz Żuk, a miner, testified.", "Łukasz Żuk"),
        ("European Commission President Ursula von der Leyen said the EU would act.", "Ursula von der Leyen"),
    ],
)
def test_names_with_accented_letters_and_particles(text: str, expected: str) -> None:
    assert [c.name for c in candidate_actors(text, small()) if c.kind == "person"] == [expected]


def test_a_bare_surname_by_a_verb_joins_the_full_name_given_elsewhere() -> None:
    text = "The session was chaired by Tahar Boumedra, a former UN official. Boumedra concluded by thanking them."
    scan = scan_actors(text, small())
    assert [c.name for c in scan.candidates] == ["Tahar Boumedra"]
    assert names(scan.mentions) == [("Tahar Boumedra", "Tahar Boumedra"), ("Boumedra", "Tahar Boumedra")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A letter was sent to the UN Secretary-General Ban Ki-moon in 2008.", ["Ban Ki-moon"]),
        ("It told the story of Iranian dissident Ehsan Qaraee and his parents.", ["Ehsan Qaraee"]),
        ("On June 1, Gholamreza Khosravi, an activist of the opposition group, was executed.", ["Gholamreza Khosravi"]),
        ("Abdolreza Rahmanifazli, Interior Minister\n\nState TV, July 29, 2019", ["Abdolreza Rahmanifazli"]),
        ("The August 16 report written by Sam Stevenson sheds light on it.", ["Sam Stevenson"]),
        (
            "The prisoners were Mohammad-Reza Shekari, Yousof Zakeri, Majid Arabali, and Bahram Tork.",
            ["Mohammad-Reza Shekari", "Yousof Zakeri", "Majid Arabali", "Bahram Tork"],
        ),
        ("Their words are below.\n\nKobra Jokar – Former Political Prisoner\n\n“I spent six years in prison.”", ["Kobra Jokar"]),
    ],
)
def test_full_names_marked_as_people_by_the_words_around_them(text: str, expected: list[str]) -> None:
    scan = scan_actors(text, ActorDirectory([]))
    assert [c.name for c in scan.candidates] == expected
    assert [m.text for m in scan.mentions] == expected


def test_places_in_a_list_are_not_people() -> None:
    text = "The executions took place in Birjand, Gohardasht, Karaj, Kashan and Tabriz; Free Iran, Human Rights, Ashraf 3."
    assert candidate_actors(text, ActorDirectory([])) == []


def test_other_spellings_of_a_new_person_join_as_aliases() -> None:
    text = "Mostafa Pour-Mohammadi, an advisor, spoke. Later, Mustafa Pourmohammadi said it again."
    [candidate] = candidate_actors(text, ActorDirectory([]))
    assert candidate == KnownActor("Mostafa Pour-Mohammadi", "person", ("Mustafa Pourmohammadi",))


def test_new_people_in_the_seed_corpus_are_real_names(seed: ActorDirectory) -> None:
    """With no known actors at all, every person the seeds yield is someone the seed list knows."""
    empty = ActorDirectory([])
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for candidate in candidate_actors(text, empty):
            if candidate.kind == "person" and candidate.name != "Hassan":  # "Ms. Hassan": Hengameh Haj-Hassan
                assert seed.resolve(candidate.name).actor is not None, (path.name, candidate.name)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Tuesday that the reports were false. Tehran added that governments were biased.",
        "In September, Paris said it would consider the request. Last July said nothing.",
        "State Media said the prisoners had been tried. Western Governments stressed the point.",
        "On Monday, survivors said they were tortured. August 16 News reported it.",
        "The Iranian Regime claimed victory, according to Iranian Regime sources.",
        "Maryam Rajavi Calls for Justice for Victims of 1988 Massacre in Speech to Free Iran Conference",
        "Former Italian Foreign Minister Says Regime Can No Longer Deny MEK Iran Is a Threat",
        "He said so. She told Express. They added nothing. The Amnesty International report states:",
    ],
)
def test_no_person_candidates_from_sentence_starts_months_places_or_headlines(text: str) -> None:
    scan = scan_actors(text, small())
    assert [c for c in scan.candidates if c.kind != "unnamed"] == []
    assert all(m.actor in {a.name for a in small()} for m in scan.mentions), scan.mentions


def test_unknown_organisations_need_an_organisation_word_or_an_acronym_that_speaks() -> None:
    text = "Reuters reported the statement. The BBC said it could not verify it. Human Rights Watch called for action."
    assert candidate_actors(text, small()) == [
        KnownActor("BBC", "organisation"), KnownActor("Human Rights Watch", "organisation"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbor Workers Union said it would strike.", "Harbor Workers Union"),
        ("Officials at the Interior Ministry declined to comment.", "Interior Ministry"),
        ("A spokesman for the Ministry of Health and Social Affairs said no.", "Ministry of Health and Social Affairs"),
        ("Members of Local 512 voted on Monday.", "Local 512"),
        ("He wrote for the Coastal Times before.", "Coastal Times"),
    ],
)
def test_organisations_named_by_their_head_word(text: str, expected: str) -> None:
    assert [c.name for c in candidate_actors(text, small()) if c.kind == "organisation"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He was appointed to Tehran’s Death Committee in 1988.",
        "As a Member of Parliament and Secretary of the Supreme National Security Council, he knew.",
        "The City Council met. The Council voted. The Ministry refused.",
        "The Free Iran Conference was held in July, on World Day Against the Death Penalty.",
    ],
)
def test_generic_or_unnamed_bodies_are_not_organisations(text: str) -> None:
    assert [c for c in candidate_actors(text, small()) if c.kind == "organisation"] == []


# ---------------------------------------------------------------------------- unnamed sources


@pytest.mark.parametrize(
    ("text", "head", "description"),
    [
        (
            "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei who turned against him "
            "following the suppression of 2009 anti-regime protests has confirmed that more than 33,000 people were "
            "executed.",
            "A former cultural advisor",
            "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei",
        ),
        (
            "Prior to him, a senior official of the Ministry of Intelligence and Security (MOIS) who spent many years "
            "in Evin Prison, secretly sent a video clip abroad in 2008. Speaking of the 1988 massacre of political "
            "prisoners, he said: “The atrocity of this regime is such.”",
            "a senior official",
            "a senior official of the Ministry of Intelligence and Security",
        ),
        (
            "A former political prisoner and human rights activist, said, “I was in prison for many years.”",
            "A former political prisoner and human rights activist",
            "A former political prisoner and human rights activist",
        ),
        (
            "Persons who had previously attended the event insisted that it has consistently grown.",
            "Persons",
            "Persons who had previously attended the event",
        ),
        (
            "A creator of three state TV serials targeting the MEK said in an interview on July 28: “Not silence.”",
            "A creator",
            "A creator of three state TV serials targeting the MEK",
        ),
        (
            "An Iranian official, speaking on condition of anonymity, said the reports were false.",
            "An Iranian official",
            "An Iranian official",
        ),
    ],
)
def test_unnamed_sources_that_report(text: str, head: str, description: str) -> None:
    scan = scan_actors(text, small())
    unnamed = [m for m in scan.mentions if m.kind == "unnamed"]
    assert [(m.text, m.actor) for m in unnamed] == [(head, description)]
    assert KnownActor(description, "unnamed") in scan.candidates
    assert_well_formed(text, scan.mentions)


@pytest.mark.parametrize(
    ("text", "head", "description"),
    [
        ("Families say the toll is far higher.", "Families", "Families"),
        ("Importers of grain warned that prices would rise.", "Importers", "Importers of grain"),
        ("Local residents told reporters the water rose fast.", "Local residents", "Local residents"),
        ("Analysts have also noted the shift.", "Analysts", "Analysts"),
    ],
)
def test_bare_plural_speakers_are_unnamed_sources(text: str, head: str, description: str) -> None:
    assert [(m.text, m.actor, m.kind) for m in find_mentions(text, small())] == [(head, description, "unnamed")]


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported the statement.",  # an agency, not a description
        "They said nothing. These figures say little.",
        "The families said no.",  # not opening with the plural: a determiner's description of common nouns
        "Critics of Rajavi, and others, say so.",
        "An audio file was revealed three years ago.",  # passive: not a speaker
        "A report by the institute said so.",  # a document
    ],
)
def test_plural_words_that_are_not_unnamed_speakers(text: str) -> None:
    assert [m for m in find_mentions(text, small()) if m.kind == "unnamed"] == []


def test_names_inside_an_unnamed_description_keep_their_own_mentions(seed: ActorDirectory) -> None:
    text = (
        "A former cultural advisor to the Iranian regime's Supreme Leader Ali Khamenei has confirmed it. "
        "A former Amnesty International researcher said the same."
    )
    mentions = find_mentions(text, seed)
    assert ("Ali Khamenei", "Ali Khamenei") in names(mentions)
    assert ("Amnesty International", "Amnesty International") in names(mentions)
    assert ("researcher", "A former Amnesty International researcher") in names(mentions)
    assert_well_formed(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "He met a former political prisoner who said nothing.",  # an object, not the subject
        "A former political prisoner was released in 2019.",  # no reporting verb
        "Mostafa Pour-Mohammadi, an advisor to the head of the Judiciary, also said it.",  # a named person
        "Survivors of the massacre shared their testimony, and human rights activists called for a trial.",
        "A photo of the exhibition said more than words.",  # not a role
    ],
)
def test_descriptions_that_are_not_unnamed_sources(text: str) -> None:
    assert [m for m in find_mentions(text, small()) if m.kind == "unnamed"] == []


# ---------------------------------------------------------------------------- the seed corpus


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_mentions_in_every_seed_are_well_formed(seed: ActorDirectory, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    mentions = find_mentions(text, seed)
    assert mentions
    assert_well_formed(text, mentions)


def test_the_seed_corpus_needs_no_new_named_actors(seed: ActorDirectory) -> None:
    for path in SEEDS:
        scan = scan_actors(path.read_text(encoding="utf-8"), seed)
        assert [c.name for c in scan.candidates if c.kind != "unnamed"] == [], path.name
        assert scan.ambiguous == [], path.name


@pytest.mark.skipif(not LABELS.is_dir(), reason="no labelled data")
def test_recall_of_labelled_actors_per_document(seed: ActorDirectory) -> None:
    """At least 90% of the actors labelled in each document are found (by canonical name)."""
    for path in sorted(LABELS.glob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / labels["file"]).read_text(encoding="utf-8")
        ranges = labels.get("labelled_ranges") or [[0, len(text)]]
        found = {
            (match_key(m.actor), m.kind)
            for m in find_mentions(text, seed)
            if any(start <= m.start and m.end <= end for start, end in ranges)
        }
        wanted = {(match_key(m["actor"]), m["kind"]) for m in labels["mentions"]}
        if wanted:
            assert len(wanted & found) / len(wanted) >= 0.9, (path.name, sorted(wanted - found))


# -- speed: memoised and restructured passes must find exactly what the plain ones do


def test_fuzzy_variant_found_again_in_a_later_document_from_the_memo(seed: ActorDirectory) -> None:
    """The fuzzy head of a capitalised run is memoised per directory, as offsets within the run:
    the same run at another position of another text is found at its own place."""
    first = "Reporters met Pourmihammadi on Monday."
    second = "On a later trip, the delegation was received by Pourmihammadi himself."
    for text in (first, second, first):
        found = [m for m in find_mentions(text, seed) if m.text == "Pourmihammadi"]
        assert [(m.start, m.end) for m in found] == [(text.index("Pourmihammadi"), text.index("Pourmihammadi") + 13)]
        assert found[0].actor == "Mostafa Pourmohammadi"


def test_organisation_run_joined_across_connectors_whichever_part_holds_the_head() -> None:
    """Runs joined by "of" and "and" form one organisation whether the head word comes first
    ("Ministry of …") or last, and a run without a head next to it is not swallowed."""
    directory = ActorDirectory([])
    text = "Staff at the Ministry of Coastal Works and Harbours said so. Talbot Quay Union agreed."
    names = [(m.text, m.kind) for m in find_mentions(text, directory)]
    assert ("Ministry of Coastal Works and Harbours", "organisation") in names
    assert ("Talbot Quay Union", "organisation") in names
    # Again, now from the memo of runs already seen, at other offsets.
    shifted = "Yesterday. " + text
    assert [(m.text, m.start - 11) for m in find_mentions(shifted, directory)] == [
        (m.text, m.start) for m in find_mentions(text, directory)
    ]


def test_names_mid_sentence_are_first_capitalised_words_after_lowercase_or_comma() -> None:
    """A capitalised word counts after a lowercase word, comma or semicolon, but not right after
    a capitalised word that itself counted ("told Lena Brandt": Lena, not Brandt), while the
    word after that one counts again when its predecessor ends in lowercase."""
    from provenance.extract.actors.text import TextScan

    text = "Harbour staff told Lena Brandt Okafor, Vessmann; and\tDuarte-Lim so.\nOslo rang Ibsen  AB Corvo."
    assert TextScan(text).names_mid_sentence == {"Lena", "Okafor", "Vessmann", "Duarte", "Ibsen"}
