"""Manifests: known fields only, validated values, clear errors naming file and entry."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from provenance.ingest.manifest import ManifestError, load_manifest


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "manifest.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_fields_are_read_and_typed(tmp_path: Path) -> None:
    manifest = write(
        tmp_path,
        '[[document]]\nfile = "a.txt"\ntitle = "T"\nurl = "https://example.org/a"\noutlet = "Example"\n'
        'published_on = 2019-08-16\nretrieved_at = "2019-08-20T10:00:00+02:00"\nkind = "report"\n',
    )
    metadata = load_manifest(manifest)[(tmp_path / "a.txt").resolve()]
    assert metadata.title == "T"
    assert metadata.published_on == date(2019, 8, 16)
    assert metadata.retrieved_at == datetime(2019, 8, 20, 8, tzinfo=timezone.utc)
    assert metadata.kind == "report"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[document]]\nfile = "a.txt"\ntitel = "typo"\n', "unknown keys titel"),
        ('[[document]]\nfile = "a.txt"\nkind = "blog"\n', "unknown kind 'blog'"),
        ('[[document]]\nfile = "a.txt"\npublished_on = "16/08/2019"\n', "not YYYY-MM-DD"),
        ('[[document]]\nfile = "a.txt"\nretrieved_at = "2019-08-20T10:00:00"\n', "no time zone"),
        ('[[document]]\ntitle = "no file"\n', "missing 'file'"),
        ('[[document]]\nfile = "a.txt"\n[[document.posts]]\ntitle = "T"\nfirst_line = "x"\n', "post_end_marker"),
        ('[[document]]\nfile = "a.txt"\npost_end_marker = "E"\n[[document.posts]]\ntitle = "T"\n', "missing first_line"),
        ("[[document]\n", "manifest.toml"),
    ],
)
def test_bad_manifests_are_refused_with_the_reason(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        load_manifest(write(tmp_path, body))
