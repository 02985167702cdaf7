"""Extraction quality: the extractors scored against the hand-labelled data in tests/data/.

    .venv/bin/python bench/extraction_quality.py            # the report
    .venv/bin/python bench/extraction_quality.py --details  # plus every miss (not for untuned*/)
    .venv/bin/python bench/extraction_quality.py --json     # the numbers, machine-readable

Datasets: the seed labels (``tests/data/labels/``, over ``seeds/*.txt``), the development sets
of news texts on other subjects (``tests/data/dev*/``, tuned on like the seeds), and the final
tests (``tests/data/untuned*/``), which nobody tunes on: ``--details`` never lists their misses. All
are extracted with the same actor directory, built from ``seeds/actors.toml``.

What counts as a match (predictions outside a file's ``labelled_ranges`` are ignored):

- figures: spans overlap and value, low, high and qualifier agree; span-only P/R too;
- quotes: a prediction overlaps at least half of the label's length; speaker accuracy is the
  share of matched quotes whose resolved speaker is the label's (``match_key`` of the canonical
  names; an unnamed label speaker matches a predicted description containing it or contained
  in it; a null label speaker matches a null prediction);
- mentions: spans overlap and the actors agree (``match_key``); "actors found" is, per labelled
  document (a file, or one post of the archive page), the share of distinct named actors with
  at least one label mention matched, averaged over documents.

Matching is one-to-one (each prediction matches at most one label). The script reports and
exits 0 whatever the numbers; it exits 1 only when the extractors cannot be imported or run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from provenance.matching import match_key  # noqa: E402

SEEDS = ROOT / "seeds"
LABELS = ROOT / "tests" / "data" / "labels"
DATA = ROOT / "tests" / "data"
#: Final test sets (``untuned``, ``untuned2`` …): only ever scored, never tuned on, their misses
#: never listed.
UNTUNED = "untuned"


def is_untuned(dataset: str) -> bool:
    return dataset.startswith(UNTUNED)


def dataset_names() -> list[str]:
    """``seeds``, every development set (``dev1``, ``dev2`` …), then the untuned final tests."""
    # in number order: dev9 before dev10
    developed = sorted((path.name for path in DATA.glob("dev*") if path.is_dir()), key=lambda name: int(name[3:]))
    untuned = sorted(path.name for path in DATA.glob(f"{UNTUNED}*") if path.is_dir())
    return ["seeds", *developed, *untuned]

#: Targets the extractors are held to (the report says PASS or BELOW; it never fails).
TARGETS: dict[str, float] = {
    "figures.precision": 0.95,
    "figures.recall": 0.92,
    "quotes.precision": 0.95,
    "quotes.recall": 0.92,
    "quotes.speaker": 0.90,
    "mentions.actors_found": 0.90,
}

Span = tuple[int, int]
Ranges = Sequence[Sequence[int]]


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Pred:
    """A prediction reduced to what scoring needs, whatever record it came from."""

    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    kind: str | None = None
    speaker: str | None = None
    speaker_kind: str | None = None
    actor: str | None = None


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def as_pred(item: Any) -> Pred:
    """Accept a label dict, a FigureFound/QuoteFound/MentionFound, or a pipeline ResolvedQuote."""
    found = _get(item, "found")
    if found is not None:  # ResolvedQuote / AttributedFigure: the resolved speaker is on the wrapper
        base = as_pred(found)
        speaker = _get(item, "speaker", base.speaker)
        speaker_kind = _get(item, "speaker_kind", base.speaker_kind)
        return Pred(**{**base.__dict__, "speaker": speaker, "speaker_kind": speaker_kind})
    speaker = _get(item, "speaker")
    if speaker is None:
        speaker = _get(item, "speaker_text")
    return Pred(
        start=_get(item, "start"),
        end=_get(item, "end"),
        text=_get(item, "text", ""),
        value=_get(item, "value"),
        low=_get(item, "low"),
        high=_get(item, "high"),
        qualifier=_get(item, "qualifier"),
        kind=_get(item, "kind"),
        speaker=speaker,
        speaker_kind=_get(item, "speaker_kind"),
        actor=_get(item, "actor"),
    )


@dataclass
class Score:
    """Counts behind precision and recall; adds up across documents."""

    matched_predictions: int = 0
    predictions: int = 0
    matched_labels: int = 0
    labels: int = 0
    missed: list[Pred] = field(default_factory=list)  # labels no prediction matched
    spurious: list[Pred] = field(default_factory=list)  # predictions matching no label

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predictions if self.predictions else math.nan

    @property
    def recall(self) -> float:
        return self.matched_labels / self.labels if self.labels else math.nan

    def add(self, other: Score) -> None:
        self.matched_predictions += other.matched_predictions
        self.predictions += other.predictions
        self.matched_labels += other.matched_labels
        self.labels += other.labels
        self.missed += other.missed
        self.spurious += other.spurious


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else math.nan

    def add(self, other: Ratio) -> None:
        self.hits += other.hits
        self.total += other.total


# ----------------------------------------------------------------------------- matching


def overlap(a: Pred, b: Pred) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def in_ranges(pred: Pred, ranges: Ranges) -> bool:
    """A prediction is scored when it overlaps a labelled range."""
    return any(pred.start < end and start < pred.end for start, end in ranges)


def match_one_to_one(
    predicted: Sequence[Pred], labels: Sequence[Pred], fits: Callable[[Pred, Pred], bool]
) -> dict[int, int]:
    """Label index → prediction index; pairs taken greedily by largest overlap first."""
    pairs = sorted(
        ((overlap(p, label), li, pi) for li, label in enumerate(labels) for pi, p in enumerate(predicted)
         if overlap(p, label) > 0 and fits(p, label)),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, li, pi in pairs:
        if li not in matched and pi not in used:
            matched[li] = pi
            used.add(pi)
    return matched


def _score(predicted: Iterable[Any], labels: Iterable[Any], ranges: Ranges,
           fits: Callable[[Pred, Pred], bool]) -> tuple[Score, dict[int, int], list[Pred], list[Pred]]:
    preds = [p for p in map(as_pred, predicted) if in_ranges(p, ranges)]
    golds = [as_pred(label) for label in labels]
    matched = match_one_to_one(preds, golds, fits)
    used = set(matched.values())
    score = Score(
        matched_predictions=len(used),
        predictions=len(preds),
        matched_labels=len(matched),
        labels=len(golds),
        missed=[g for i, g in enumerate(golds) if i not in matched],
        spurious=[p for i, p in enumerate(preds) if i not in used],
    )
    return score, matched, preds, golds


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def figure_agrees(pred: Pred, label: Pred) -> bool:
    return (
        pred.qualifier == label.qualifier
        and _same_number(pred.value, label.value)
        and _same_number(pred.low, label.low)
        and _same_number(pred.high, label.high)
    )


def same_actor(predicted: str | None, label: str | None) -> bool:
    """Canonical names agree when their matching keys are equal."""
    if predicted is None or label is None:
        return predicted is None and label is None
    return match_key(predicted) == match_key(label)


def same_description(predicted: str | None, label: str | None) -> bool:
    """An unnamed speaker: one description contains the other ("a senior official …")."""
    if predicted is None or label is None:
        return False
    a, b = match_key(predicted), match_key(label)
    return bool(a and b) and (a in b or b in a)


def speaker_agrees(pred: Pred, label: Pred) -> bool:
    if label.speaker_kind == "unnamed":
        return same_description(pred.speaker, label.speaker)
    return same_actor(pred.speaker, label.speaker)


# ----------------------------------------------------------------------------- scoring


def score_figures(predicted: Iterable[Any], labels: Iterable[Any], ranges: Ranges) -> dict[str, Score]:
    """``full``: spans overlap and value, low, high, qualifier agree; ``span``: spans overlap."""
    predicted, labels = list(predicted), list(labels)
    full, *_ = _score(predicted, labels, ranges, figure_agrees)
    span, *_ = _score(predicted, labels, ranges, lambda p, g: True)
    return {"full": full, "span": span}


def score_quotes(predicted: Iterable[Any], labels: Iterable[Any], ranges: Ranges) -> dict[str, Any]:
    """``spans``: a prediction covers ≥ 50% of the label; ``speaker`` and ``kind``: agreement
    among matched quotes."""

    def covers_half(pred: Pred, label: Pred) -> bool:
        return overlap(pred, label) * 2 >= label.end - label.start

    spans, matched, preds, golds = _score(predicted, labels, ranges, covers_half)
    speaker, kind = Ratio(), Ratio()
    wrong_speaker: list[tuple[Pred, Pred]] = []
    for li, pi in matched.items():
        good = speaker_agrees(preds[pi], golds[li])
        speaker.hits += good
        speaker.total += 1
        kind.hits += preds[pi].kind == golds[li].kind
        kind.total += 1
        if not good:
            wrong_speaker.append((golds[li], preds[pi]))
    return {"spans": spans, "speaker": speaker, "kind": kind, "wrong_speaker": wrong_speaker}


def score_mentions(
    predicted: Iterable[Any], labels: Iterable[Any], ranges: Ranges
) -> dict[str, Any]:
    """``mentions``: overlap and same actor (unnamed: both unnamed); ``span``: overlap only;
    ``actors``: per labelled range, distinct named label actors with a matched mention."""

    def agrees(pred: Pred, label: Pred) -> bool:
        if label.kind == "unnamed" or _get(pred, "kind") == "unnamed":
            return pred.kind == label.kind
        return same_actor(pred.actor, label.actor)

    predicted, labels = list(predicted), list(labels)
    mentions, matched, _, golds = _score(predicted, labels, ranges, agrees)
    span, *_ = _score(predicted, labels, ranges, lambda p, g: True)
    per_document: list[tuple[Sequence[int], Ratio, list[str]]] = []
    found_labels = set(matched)
    for start, end in ranges:
        actors: dict[str, bool] = {}
        for index, gold in enumerate(golds):
            if gold.kind != "unnamed" and start <= gold.start and gold.end <= end:
                actors[gold.actor] = actors.get(gold.actor, False) or index in found_labels
        if actors:
            missing = sorted(name for name, found in actors.items() if not found)
            per_document.append(((start, end), Ratio(sum(actors.values()), len(actors)), missing))
    return {"mentions": mentions, "span": span, "actors": per_document}


# ----------------------------------------------------------------------------- data


@dataclass(frozen=True)
class LabelledText:
    name: str
    text: str
    labels: dict[str, Any]

    @property
    def ranges(self) -> list[list[int]]:
        return self.labels["labelled_ranges"]


def load_dataset(dataset: str) -> list[LabelledText]:
    """A dataset of :func:`dataset_names`: every label file with the text it labels."""
    if dataset == "seeds":
        items = []
        for path in sorted(LABELS.glob("*.json")):
            labels = json.loads(path.read_text(encoding="utf-8"))
            text_path = SEEDS / labels["file"]
            items.append(LabelledText(text_path.name, text_path.read_text(encoding="utf-8"), labels))
        return items
    if dataset in dataset_names():
        return [
            LabelledText(
                path.with_suffix(".txt").name,
                path.with_suffix(".txt").read_text(encoding="utf-8"),
                json.loads(path.read_text(encoding="utf-8")),
            )
            for path in sorted((DATA / dataset).glob("*.json"))
        ]
    raise ValueError(f"unknown dataset {dataset!r}")


# ----------------------------------------------------------------------------- extraction


class ExtractorsMissing(RuntimeError):
    """An extractor module could not be imported; the message says which."""


def load_extractors() -> tuple[Callable[[str], tuple[list, list, list]], Any]:
    """Import the extractors lazily; a clear error when they are not there yet."""
    import importlib

    modules: dict[str, Any] = {}
    wanted = {
        "figures": ["find_figures"],
        "quotes": ["find_quotes"],
        "actors": ["ActorDirectory", "load_actor_list", "find_mentions"],
    }
    for name, names in wanted.items():
        module_name = f"provenance.extract.{name}"
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            raise ExtractorsMissing(f"{module_name} is not importable yet: {error}") from error
        except Exception as error:  # a module that exists but is broken: say which and why
            raise ExtractorsMissing(f"{module_name} fails on import: {error!r}") from error
        absent = [attr for attr in names if not hasattr(module, attr)]
        if absent:
            raise ExtractorsMissing(f"{module_name} does not define {', '.join(absent)} yet")
        modules[name] = module
    find_figures = modules["figures"].find_figures
    find_quotes = modules["quotes"].find_quotes
    actors_module = modules["actors"]
    ActorDirectory, load_actor_list = actors_module.ActorDirectory, actors_module.load_actor_list
    find_mentions = actors_module.find_mentions
    actors_path = getattr(actors_module, "SEED_ACTORS_PATH", SEEDS / "actors.toml")
    try:
        directory = ActorDirectory(load_actor_list(actors_path))
    except Exception as error:  # report it, whatever went wrong loading the directory
        raise ExtractorsMissing(f"could not build the actor directory from {actors_path}: {error!r}") from error
    try:
        from provenance.extract.pipeline import extract as pipeline_extract
    except Exception:  # without the pipeline, speakers are resolved here (see run)
        pipeline_extract = None

    def run(text: str) -> tuple[list, list, list]:
        if pipeline_extract is not None:
            # The pipeline resolves each quote's speaker to a canonical actor, as the app does.
            result = pipeline_extract(text, directory)
            return [f.found for f in result.figures], list(result.quotes), list(result.mentions)
        quotes = []
        for quote in find_quotes(text):
            speaker = quote.speaker_text
            if speaker is not None and quote.speaker_kind != "unnamed":
                resolution = directory.resolve(speaker)
                actor = getattr(resolution, "actor", None)
                speaker = actor.name if actor is not None else speaker
            quotes.append({**as_pred(quote).__dict__, "speaker": speaker})
        return list(find_figures(text)), quotes, list(find_mentions(text, directory))

    return run, directory


# ----------------------------------------------------------------------------- report


@dataclass
class DatasetResult:
    figures: dict[str, Score] = field(default_factory=lambda: {"full": Score(), "span": Score()})
    quotes: Score = field(default_factory=Score)
    speaker: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)
    mentions: Score = field(default_factory=Score)
    mention_spans: Score = field(default_factory=Score)
    documents: list[tuple[str, Sequence[int], Ratio, list[str]]] = field(default_factory=list)
    wrong_speaker: list[tuple[str, Pred, Pred]] = field(default_factory=list)
    misses: dict[str, list[tuple[str, str, Pred]]] = field(default_factory=dict)

    @property
    def actors_found(self) -> float:
        values = [ratio.value for _, _, ratio, _ in self.documents]
        return sum(values) / len(values) if values else math.nan


def evaluate(dataset: str, run: Callable[[str], tuple[list, list, list]]) -> DatasetResult:
    result = DatasetResult()
    misses: dict[str, list[tuple[str, str, Pred]]] = {"figures": [], "quotes": [], "mentions": []}
    for item in load_dataset(dataset):
        figures, quotes, mentions = run(item.text)
        ranges = item.ranges
        figure_scores = score_figures(figures, item.labels["figures"], ranges)
        result.figures["full"].add(figure_scores["full"])
        result.figures["span"].add(figure_scores["span"])
        quote_scores = score_quotes(quotes, item.labels["quotes"], ranges)
        result.quotes.add(quote_scores["spans"])
        result.speaker.add(quote_scores["speaker"])
        result.kind.add(quote_scores["kind"])
        result.wrong_speaker += [(item.name, g, p) for g, p in quote_scores["wrong_speaker"]]
        mention_scores = score_mentions(mentions, item.labels["mentions"], ranges)
        result.mentions.add(mention_scores["mentions"])
        result.mention_spans.add(mention_scores["span"])
        result.documents += [(item.name, r, ratio, missing) for r, ratio, missing in mention_scores["actors"]]
        for kind, score in (("figures", figure_scores["full"]), ("quotes", quote_scores["spans"]),
                            ("mentions", mention_scores["mentions"])):
            misses[kind] += [(item.name, "missed", p) for p in score.missed]
            misses[kind] += [(item.name, "spurious", p) for p in score.spurious]
    result.misses = misses
    return result


def _pct(value: float) -> str:
    return "   n/a" if math.isnan(value) else f"{value * 100:5.1f}%"


def _verdict(name: str, value: float) -> str:
    target = TARGETS[name]
    if math.isnan(value):
        return f"(target {target:.2f})  n/a"
    return f"(target {target:.2f})  {'PASS' if value >= target else 'BELOW'}"


def print_report(dataset: str, result: DatasetResult, details: bool) -> None:
    full, span = result.figures["full"], result.figures["span"]
    print(f"\n== {dataset}")
    print(f"figures   labels {full.labels:4d}  predictions {full.predictions:4d}")
    print(f"  precision {_pct(full.precision)} {_verdict('figures.precision', full.precision)}")
    print(f"  recall    {_pct(full.recall)} {_verdict('figures.recall', full.recall)}")
    print(f"  span only: precision {_pct(span.precision)}  recall {_pct(span.recall)}")
    quotes = result.quotes
    print(f"quotes    labels {quotes.labels:4d}  predictions {quotes.predictions:4d}")
    print(f"  precision {_pct(quotes.precision)} {_verdict('quotes.precision', quotes.precision)}")
    print(f"  recall    {_pct(quotes.recall)} {_verdict('quotes.recall', quotes.recall)}")
    print(f"  speaker   {_pct(result.speaker.value)} {_verdict('quotes.speaker', result.speaker.value)}"
          f"  ({result.speaker.hits}/{result.speaker.total} matched quotes)")
    print(f"  kind (direct/indirect) agrees on {_pct(result.kind.value)} of matched quotes")
    mentions = result.mentions
    print(f"mentions  labels {mentions.labels:4d}  predictions {mentions.predictions:4d}")
    print(f"  actors found per document {_pct(result.actors_found)} "
          f"{_verdict('mentions.actors_found', result.actors_found)}  ({len(result.documents)} documents)")
    if result.documents:
        worst = min(result.documents, key=lambda d: d[2].value)
        print(f"    lowest: {worst[0]} {list(worst[1])} {_pct(worst[2].value)} "
              f"({worst[2].hits}/{worst[2].total})")
    print(f"  mention precision {_pct(mentions.precision)}  recall {_pct(mentions.recall)}"
          f"  (span only: {_pct(result.mention_spans.precision)} / {_pct(result.mention_spans.recall)})")
    if not details:
        return
    if is_untuned(dataset):
        print("  (no details for an untuned set: it is the final test, never tuned on)")
        return
    for kind, rows in result.misses.items():
        print(f"\n-- {kind}: {sum(r[1] == 'missed' for r in rows)} missed, "
              f"{sum(r[1] == 'spurious' for r in rows)} spurious")
        for name, what, pred in sorted(rows, key=lambda r: (r[0], r[2].start)):
            extra = {
                "figures": f"{pred.qualifier} value={pred.value} low={pred.low} high={pred.high}",
                "quotes": f"{pred.kind} speaker={pred.speaker!r}",
                "mentions": f"{pred.actor!r} {pred.kind}",
            }[kind]
            text = pred.text if len(pred.text) <= 70 else pred.text[:40] + " … " + pred.text[-25:]
            print(f"  {name[:3]} {pred.start:6d} {what:8s} {text!r} {extra}".replace("\n", "⏎"))
    print(f"\n-- wrong speakers: {len(result.wrong_speaker)}")
    for name, gold, pred in result.wrong_speaker:
        print(f"  {name[:3]} {gold.start:6d} label {gold.speaker!r}  predicted {pred.speaker!r}  "
              f"{gold.text[:50]!r}".replace("\n", "⏎"))
    print("\n-- documents with actors not found")
    for name, rng, ratio, missing in result.documents:
        if missing:
            print(f"  {name[:3]} {list(rng)} {ratio.hits}/{ratio.total}: {', '.join(missing)}")


def as_json(results: dict[str, DatasetResult]) -> dict[str, Any]:
    def num(value: float) -> float | None:
        return None if math.isnan(value) else round(value, 4)

    out: dict[str, Any] = {"targets": TARGETS}
    for dataset, r in results.items():
        out[dataset] = {
            "figures": {"precision": num(r.figures["full"].precision), "recall": num(r.figures["full"].recall),
                        "span_precision": num(r.figures["span"].precision),
                        "span_recall": num(r.figures["span"].recall),
                        "labels": r.figures["full"].labels, "predictions": r.figures["full"].predictions},
            "quotes": {"precision": num(r.quotes.precision), "recall": num(r.quotes.recall),
                       "speaker": num(r.speaker.value), "kind": num(r.kind.value),
                       "labels": r.quotes.labels, "predictions": r.quotes.predictions},
            "mentions": {"actors_found": num(r.actors_found), "precision": num(r.mentions.precision),
                         "recall": num(r.mentions.recall), "labels": r.mentions.labels,
                         "predictions": r.mentions.predictions},
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", choices=[*dataset_names(), "all"], default="all")
    parser.add_argument("--details", action="store_true", help="list misses (never for the untuned set)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    try:
        run, _ = load_extractors()
        datasets = dataset_names() if args.dataset == "all" else [args.dataset]
        results = {dataset: evaluate(dataset, run) for dataset in datasets}
    except ExtractorsMissing as error:
        print(f"extraction_quality: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(as_json(results), indent=2))
        return 0
    print("Extraction quality against the hand-labelled data (tests/data/README.md).")
    for dataset, result in results.items():
        print_report(dataset, result, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
