"""Extraction speed: MB/s of the full extraction over the seed corpus, on one core.

Run from the project root, in the project's virtualenv::

    python bench/extraction_speed.py [--repeat 20]

Times ``provenance.extract.pipeline.extract`` (figures, quotes with resolved speakers, actor
mentions) over the five seed texts with the seed actor list, after one warm-up pass, and a
plain regex pass over numbers and quotes for scale. Each pass is timed on its own and the
*median* pass is reported (with the fastest and slowest), so one pass slowed down by another
process on a shared machine neither fails nor flatters the figure. Target: ≥ 2 MB/s. Ingest with extraction
(≥ 150 documents/s of 10 KB on SQLite) is measured by ``bench/ingest.py --extract``.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from pathlib import Path

from provenance.extract.actors import SEED_ACTORS_PATH, ActorDirectory, load_actor_list
from provenance.extract.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB_PER_S = 2.0
PLAIN = re.compile(r"\d[\d,.]*|[“”\"]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the corpus to time")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    directory = ActorDirectory(load_actor_list(SEED_ACTORS_PATH))
    counts = [extract(t, directory) for t in texts]  # warm-up, and the counts below

    pass_seconds = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for text in texts:
            extract(text, directory)
        pass_seconds.append(time.perf_counter() - started)
    median = statistics.median(pass_seconds)
    plain_started = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            PLAIN.findall(text)
    plain = time.perf_counter() - plain_started

    rate = megabytes / median
    print(f"corpus: {len(texts)} seed texts, {megabytes:.3f} MB; {args.repeat} passes on one core")
    print(f"found per pass: {sum(len(c.figures) for c in counts)} figures, "
          f"{sum(len(c.quotes) for c in counts)} quotes, {sum(len(c.mentions) for c in counts)} mentions")
    print(f"full extraction: {rate:.2f} MB/s (median pass {median * 1000:.1f} ms; "
          f"fastest {min(pass_seconds) * 1000:.1f}, slowest {max(pass_seconds) * 1000:.1f})"
          f"   target >= {TARGET_MB_PER_S} MB/s: {'PASS' if rate >= TARGET_MB_PER_S else 'BELOW TARGET'}")
    print(f"plain regex pass over numbers and quotes, for scale: {megabytes * args.repeat / plain:.1f} MB/s")


if __name__ == "__main__":
    main()
