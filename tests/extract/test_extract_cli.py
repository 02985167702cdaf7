"""`provenance extract FILE --format json|table`: the JSON contract, and no database writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from provenance import create_app
from provenance.cli import SEEDS_DIR, cli

SEED_FILES = sorted(SEEDS_DIR.glob("*.txt"))
NUMBER = (int, float, type(None))


def run(tmp_path: Path, *args: str) -> tuple[int, str]:
    """Invoke with a configured-but-absent SQLite database: the seed actor list is used."""
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'absent.db'}"})
    result = app.test_cli_runner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.mark.parametrize("seed", SEED_FILES, ids=[f.name[:3] for f in SEED_FILES])
def test_json_follows_the_contract_for_every_seed(seed: Path, tmp_path: Path) -> None:
    code, output = run(tmp_path, "extract", str(seed), "--format", "json")
    assert code == 0, output
    data = json.loads(output)
    text = seed.read_text(encoding="utf-8")
    assert set(data) == {"document", "extractors", "figures", "quotes", "mentions"}
    assert data["document"] == {
        "path": str(seed), "sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text)
    }
    assert set(data["extractors"]) == {"figures", "quotes", "actors"}
    assert all(isinstance(v, str) for v in data["extractors"].values())
    for figure in data["figures"]:
        assert set(figure) == {"start", "end", "text", "value", "low", "high", "qualifier", "counts", "speaker"}
        assert text[figure["start"] : figure["end"]] == figure["text"]
        assert all(isinstance(figure[k], NUMBER) for k in ("value", "low", "high"))
        assert isinstance(figure["counts"], (str, type(None))) and isinstance(figure["speaker"], (str, type(None)))
    for quote in data["quotes"]:
        assert set(quote) == {"start", "end", "text", "kind", "speaker", "speaker_kind"}
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in {"direct", "indirect"}
        assert quote["speaker_kind"] in {"person", "organisation", "unnamed", None}
        assert (quote["speaker"] is None) == (quote["speaker_kind"] is None)
    for mention in data["mentions"]:
        assert set(mention) == {"start", "end", "text", "actor", "kind"}
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["kind"] in {"person", "organisation", "unnamed"}
    assert data["figures"] and data["mentions"]
    assert not (tmp_path / "absent.db").exists()  # nothing was written, not even a database file


def test_the_table_lists_what_was_found(tmp_path: Path) -> None:
    code, output = run(tmp_path, "extract", str(SEEDS_DIR / "003_3d8afc414ecaec92.txt"))
    assert code == 0, output
    assert "Figures (" in output and "Quotes (" in output and "Mentions (" in output
    assert "'an estimated 30,000'" in output and "qualifier=estimated" in output


def test_bad_files_are_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02")
    code, output = run(tmp_path, "extract", str(tmp_path / "blob.txt"))
    assert code == 1 and "binary" in output
