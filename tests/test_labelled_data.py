"""The hand-labelled extraction data is internally consistent (conventions: tests/data/README.md).

These tests check the labels against their texts, not the extractors against the labels: that is
``bench/extraction_quality.py``'s job.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from provenance.models.statements import FIGURE_QUALIFIERS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
LABELS = ROOT / "tests" / "data" / "labels"
DATA = ROOT / "tests" / "data"
#: Labelled news texts on other subjects: development sets (dev1, dev2 …) and the untuned test.
TEXT_SETS = sorted(path.name for path in DATA.iterdir() if path.is_dir() and path.name != "labels")

QUOTE_KINDS = {"direct", "indirect"}
ACTOR_KINDS = {"person", "organisation", "unnamed"}
OPENING_MARKS = "“\"«„"
CLOSING_MARKS = "”\"»"


def _label_files() -> list[tuple[Path, Path]]:
    """(label file, the text it labels) for every seed label and every labelled news text."""
    pairs = [
        (path, SEEDS / json.loads(path.read_text(encoding="utf-8"))["file"])
        for path in sorted(LABELS.glob("*.json"))
    ]
    pairs += [(path, path.with_suffix(".txt")) for path in sorted(DATA.glob("*/*.json")) if path.parent.name != "labels"]
    return pairs


LABEL_FILES = _label_files()
IDS = [f"{label.parent.name}/{label.name}" for label, _ in LABEL_FILES]


def _load(label_path: Path, text_path: Path) -> tuple[dict, str]:
    return json.loads(label_path.read_text(encoding="utf-8")), text_path.read_text(encoding="utf-8")


def test_every_seed_has_labels() -> None:
    labelled = {path.stem for path in LABELS.glob("*.json")}
    assert labelled == {path.stem for path in SEEDS.glob("*.txt")}


def test_the_development_and_untuned_sets_exist() -> None:
    assert {"dev1", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "untuned", "untuned2", "untuned9"} <= set(TEXT_SETS)


@pytest.mark.parametrize("folder", TEXT_SETS)
def test_every_news_text_has_labels(folder: str) -> None:
    texts = {path.stem for path in (DATA / folder).glob("*.txt")}
    assert len(texts) >= 4
    assert texts == {path.stem for path in (DATA / folder).glob("*.json")}


def test_seed_label_files_are_named_after_their_seed() -> None:
    for label_path in LABELS.glob("*.json"):
        data = json.loads(label_path.read_text(encoding="utf-8"))
        assert data["file"] == label_path.stem + ".txt"


@pytest.mark.parametrize(("label_path", "text_path"), LABEL_FILES, ids=IDS)
class TestLabelFile:
    def test_shape(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        assert set(data) == {"file", "labelled_ranges", "figures", "quotes", "mentions"}
        assert text_path.name == data["file"]
        assert data["figures"] or data["quotes"] or data["mentions"]

    def test_labelled_ranges_are_ordered_and_inside_the_text(
        self, label_path: Path, text_path: Path
    ) -> None:
        data, text = _load(label_path, text_path)
        ranges = data["labelled_ranges"]
        assert ranges
        previous_end = 0
        for start, end in ranges:
            assert isinstance(start, int) and isinstance(end, int)
            assert previous_end <= start < end <= len(text)
            previous_end = end

    @pytest.mark.parametrize("kind", ["figures", "quotes", "mentions"])
    def test_spans_match_the_text(self, label_path: Path, text_path: Path, kind: str) -> None:
        data, text = _load(label_path, text_path)
        ranges = data["labelled_ranges"]
        seen: set[tuple[int, int]] = set()
        for item in data[kind]:
            start, end = item["start"], item["end"]
            where = f"{kind} {start}-{end} {item.get('text', '')[:40]!r}"
            assert isinstance(start, int) and isinstance(end, int), where
            assert 0 <= start < end <= len(text), where
            assert item["text"] == text[start:end], where
            assert item["text"] == item["text"].strip(), f"{where}: surrounding whitespace"
            assert any(a <= start and end <= b for a, b in ranges), f"{where}: outside labelled_ranges"
            assert (start, end) not in seen, f"{where}: duplicate span"
            seen.add((start, end))

    def test_figures(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        for item in data["figures"]:
            where = f"figure {item['start']} {item['text']!r}"
            assert set(item) >= {"value", "low", "high", "qualifier", "counts"}, where
            qualifier = item["qualifier"]
            assert qualifier in FIGURE_QUALIFIERS, where
            value, low, high = item["value"], item["low"], item["high"]
            for number in (value, low, high):
                assert number is None or (isinstance(number, int | float) and math.isfinite(number)), where
            assert value is not None or low is not None or high is not None, f"{where}: no number"
            if low is not None and high is not None:
                assert low <= high, f"{where}: bounds not ordered"
            if qualifier in ("exact", "about", "estimated"):
                assert value is not None and low is None and high is None, where
            elif qualifier in ("more_than", "at_least"):
                assert value is not None and low == value and high is None, where
            elif qualifier in ("up_to", "less_than"):
                assert value is not None and high == value and low is None, where
            elif qualifier == "range":
                assert value is None and low is not None and high is not None and low < high, where
            elif qualifier == "vague":
                assert value is None and low is not None, where
            for field in ("counts", "unit"):
                assert item.get(field) is None or (isinstance(item[field], str) and item[field]), where

    def test_figures_do_not_overlap(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        _assert_no_overlap(data["figures"], "figure")

    def test_quotes(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        for item in data["quotes"]:
            where = f"quote {item['start']} {item['text'][:40]!r}"
            assert item["kind"] in QUOTE_KINDS, where
            speaker, speaker_kind = item["speaker"], item.get("speaker_kind")
            assert speaker is None or (isinstance(speaker, str) and speaker and speaker.strip() == speaker), where
            assert (speaker is None) == (speaker_kind is None), f"{where}: speaker and speaker_kind disagree"
            assert speaker_kind is None or speaker_kind in ACTOR_KINDS, where
            if item["kind"] == "direct":
                # The span excludes the quote marks around a direct quote.
                assert item["text"][0] not in OPENING_MARKS, f"{where}: starts with a quote mark"
                assert item["text"][-1] not in CLOSING_MARKS, f"{where}: ends with a quote mark"

    def test_quotes_do_not_overlap(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        _assert_no_overlap(data["quotes"], "quote")

    def test_mentions(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        for item in data["mentions"]:
            where = f"mention {item['start']} {item['text']!r}"
            assert item["kind"] in ACTOR_KINDS, where
            actor = item["actor"]
            assert isinstance(actor, str) and actor and actor.strip() == actor, where
            if item["kind"] == "unnamed":
                assert item["actor"] == item["text"], f"{where}: an unnamed actor is its description"

    def test_named_mentions_do_not_overlap(self, label_path: Path, text_path: Path) -> None:
        data, _ = _load(label_path, text_path)
        # Unnamed descriptions may contain names ("… Supreme Leader Ali Khamenei"); names may not.
        _assert_no_overlap([m for m in data["mentions"] if m["kind"] != "unnamed"], "mention")

    def test_quote_speakers_are_mentioned(self, label_path: Path, text_path: Path) -> None:
        """Every named or unnamed speaker is an actor the labels mention in the same file."""
        data, _ = _load(label_path, text_path)
        actors = {m["actor"] for m in data["mentions"]}
        for item in data["quotes"]:
            if item["speaker"] is not None:
                assert item["speaker"] in actors, f"quote {item['start']}: {item['speaker']!r} never mentioned"


def _assert_no_overlap(items: list[dict], what: str) -> None:
    spans = sorted((item["start"], item["end"]) for item in items)
    for (_, end), (start, next_end) in zip(spans, spans[1:]):
        assert end <= start, f"{what}s overlap: …{end} and {start}-{next_end}"


# ----------------------------------------------------------------------------- the scorer


@functools.cache
def _bench() -> ModuleType:
    """bench/extraction_quality.py, imported from its path (bench/ is not a package)."""
    name = "extraction_quality"
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "extraction_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dataset", ["seeds", *TEXT_SETS])
def test_labels_score_perfectly_against_themselves(dataset: str, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    by_text = {item.text: item.labels for item in bench.load_dataset(dataset)}

    def run(text: str) -> tuple[list, list, list]:
        labels = by_text[text]
        return labels["figures"], labels["quotes"], labels["mentions"]

    result = bench.evaluate(dataset, run)
    for score in (result.figures["full"], result.figures["span"], result.quotes, result.mentions):
        assert score.labels > 0
        assert score.precision == score.recall == 1.0
    assert result.speaker.value == result.kind.value == result.actors_found == 1.0
    bench.print_report(dataset, result, details=True)
    assert "BELOW" not in capsys.readouterr().out


def test_figure_scoring() -> None:
    bench = _bench()
    label = {"start": 10, "end": 26, "text": "more than 30,000", "value": 30000, "low": 30000, "high": None,
             "qualifier": "more_than"}
    exact = {**label, "start": 20, "text": "30,000", "low": None, "qualifier": "exact"}
    outside = {**label, "start": 200, "end": 216}
    scores = bench.score_figures([exact, outside], [label], [[0, 100]])
    assert scores["span"].precision == scores["span"].recall == 1.0  # the one outside is ignored
    assert scores["full"].precision == scores["full"].recall == 0.0  # qualifier and low disagree


def test_quote_scoring_needs_half_the_label() -> None:
    bench = _bench()
    label = {"start": 0, "end": 100, "text": "x" * 100, "kind": "direct", "speaker": "Maryam Rajavi",
             "speaker_kind": "person"}
    half = {**label, "end": 50, "speaker": "Maryam RAJAVI"}
    less = {**label, "end": 49}
    assert bench.score_quotes([less], [label], [[0, 100]])["spans"].recall == 0.0
    scores = bench.score_quotes([half], [label], [[0, 100]])
    assert scores["spans"].recall == 1.0 and scores["speaker"].value == 1.0
    wrong = {**half, "speaker": "Massoud Rajavi"}
    assert bench.score_quotes([wrong], [label], [[0, 100]])["speaker"].value == 0.0


def test_mention_scoring_counts_distinct_actors_per_range() -> None:
    bench = _bench()
    labels = [
        {"start": 0, "end": 3, "text": "MEK", "actor": "People's Mojahedin Organization of Iran",
         "kind": "organisation"},
        {"start": 10, "end": 14, "text": "PMOI", "actor": "People's Mojahedin Organization of Iran",
         "kind": "organisation"},
        {"start": 20, "end": 26, "text": "Rajavi", "actor": "Maryam Rajavi", "kind": "person"},
    ]
    predicted = [{**labels[1], "actor": "Peoples Mojahedin Organization of Iran"}]
    scores = bench.score_mentions(predicted, labels, [[0, 30]])
    (_, ratio, missing), = scores["actors"]
    assert (ratio.hits, ratio.total, missing) == (1, 2, ["Maryam Rajavi"])
    assert scores["mentions"].precision == 1.0 and scores["mentions"].recall == pytest.approx(1 / 3)
