"""Quotes on news-style text written for these tests: the general rules added in version 2."""

from __future__ import annotations

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
