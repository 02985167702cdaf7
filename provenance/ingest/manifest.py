"""Document metadata from a TOML manifest and from command-line flags.

A manifest (``manifest.toml`` beside the files, or ``--manifest FILE``) holds one
``[[document]]`` table per file. Only what is known goes in: a missing field stays NULL in the
database, never a guess. Unknown keys are refused so a typo cannot silently drop a field.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from provenance.ingest.errors import RefusedInput
from provenance.ingest.posts import PostSpec
from provenance.kinds import DOCUMENT_KINDS

MANIFEST_NAME = "manifest.toml"


class ManifestError(ValueError):
    """A manifest that cannot be used, with the file and the reason."""


@dataclass(frozen=True)
class DocumentMetadata:
    """What is known about one source file; every field is optional except ``kind``."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_on: date | None = None
    retrieved_at: datetime | None = None
    language: str | None = None
    kind: str = "article"
    supersedes: int | None = None
    post_end_marker: str | None = None
    posts: tuple[PostSpec, ...] = field(default_factory=tuple)

    def overridden_by(self, **values: Any) -> DocumentMetadata:
        """A copy with every non-None value in ``values`` replacing the field."""
        return replace(self, **{key: value for key, value in values.items() if value is not None})


_SCALAR_FIELDS = {f.name for f in fields(DocumentMetadata)} - {"posts"}


def validate_kind(kind: str) -> str:
    if kind not in DOCUMENT_KINDS:
        raise RefusedInput(f"unknown kind {kind!r}; expected one of {', '.join(DOCUMENT_KINDS)}")
    return kind


def parse_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise RefusedInput(f"published date {value!r} is not YYYY-MM-DD") from exc


def parse_timestamp(value: str | datetime) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError as exc:
            raise RefusedInput(f"retrieved_at {value!r} is not an ISO-8601 timestamp") from exc
    if value.tzinfo is None:
        raise RefusedInput(f"retrieved_at {value.isoformat()} has no time zone; add Z or +00:00")
    return value.astimezone(timezone.utc)


def load_manifest(path: Path) -> dict[Path, DocumentMetadata]:
    """Read a manifest; keys are the absolute paths of the files it describes."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(f"{path}: {exc}") from exc
    entries = data.get("document", [])
    if not isinstance(entries, list):
        raise ManifestError(f"{path}: expected [[document]] tables")
    result: dict[Path, DocumentMetadata] = {}
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: document {number}"
        try:
            file_name = entry.pop("file")
        except KeyError:
            raise ManifestError(f"{where}: missing 'file'") from None
        try:
            result[(path.parent / file_name).resolve()] = _metadata_from(entry, where)
        except RefusedInput as exc:
            raise ManifestError(f"{where} ({file_name}): {exc.reason}") from exc
    return result


def _metadata_from(entry: dict[str, Any], where: str) -> DocumentMetadata:
    posts = tuple(_post_from(post, f"{where}, post {n}") for n, post in enumerate(entry.pop("posts", []), 1))
    unknown = set(entry) - _SCALAR_FIELDS
    if unknown:
        raise ManifestError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    if "kind" in entry:
        validate_kind(entry["kind"])
    if "published_on" in entry:
        entry["published_on"] = parse_date(entry["published_on"])
    if "retrieved_at" in entry:
        entry["retrieved_at"] = parse_timestamp(entry["retrieved_at"])
    if posts and not entry.get("post_end_marker"):
        raise ManifestError(f"{where}: posts need a post_end_marker")
    return DocumentMetadata(posts=posts, **entry)


def _post_from(entry: dict[str, Any], where: str) -> PostSpec:
    unknown = set(entry) - {"title", "first_line", "author"}
    missing = {"title", "first_line"} - set(entry)
    if unknown or missing:
        problems = [f"unknown keys {', '.join(sorted(unknown))}"] if unknown else []
        problems += [f"missing {', '.join(sorted(missing))}"] if missing else []
        raise ManifestError(f"{where}: {'; '.join(problems)}")
    return PostSpec(**entry)
