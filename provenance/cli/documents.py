"""Commands about documents: ingest, documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from provenance.cli.common import current_database
from provenance.db import Database
from provenance.ingest.errors import RefusedInput
from provenance.ingest.manifest import ManifestError, parse_timestamp
from provenance.ingest.runner import FileOutcome, IngestSummary, Status, ingest_paths
from provenance.models import Actor, Document
from provenance.kinds import DOCUMENT_KINDS
from provenance.services.actors import directory_from_database

#: Above this many files a progress bar replaces the per-file lines (use --verbose for both).
PROGRESS_THRESHOLD = 20


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TOML manifest with metadata per file (default: manifest.toml beside the files).")
@click.option("--title", help="Title (one file only).")
@click.option("--url", help="Where the text was published (one file only).")
@click.option("--outlet", help="Publishing organisation; matched to a known actor by any spelling.")
@click.option("--author", help="Byline as credited.")
@click.option("--published", "published_on", type=click.DateTime(["%Y-%m-%d"]), help="Publication date, YYYY-MM-DD.")
@click.option("--retrieved", "retrieved_at", help="When captured, ISO-8601 with time zone (e.g. 2019-08-20T10:00Z).")
@click.option("--kind", type=click.Choice(DOCUMENT_KINDS), help="What the text is (default: article).")
@click.option("--language", help="BCP 47 language tag, e.g. en.")
@click.option("--supersedes", type=int, help="Id of the earlier capture this text replaces (one file only).")
@click.option("--extract/--no-extract", default=True, help="Queue the extractors' suggestions (default: yes).")
@click.option("-v", "--verbose", is_flag=True, help="A line per file even for large batches.")
@with_appcontext
def ingest_command(
    paths: tuple[Path, ...], manifest: Path | None, extract: bool, verbose: bool, **flags: object
) -> None:
    """Store .txt and .html files (or folders of them) as documents.

    Each file is its own transaction: a refused file (binary, empty, undecodable, too large,
    missing) is reported with its reason and changes nothing; the others are stored, with the
    extractors' suggestions queued for review. Exits 1 if any file was refused.
    """
    one_file_only = [name for name in ("title", "url", "supersedes") if flags[name] is not None]
    if one_file_only and (len(paths) != 1 or paths[0].is_dir()):
        raise click.UsageError(f"--{one_file_only[0]} applies to a single file, not {len(paths)} paths or a folder")
    if isinstance(flags["published_on"], datetime):
        flags["published_on"] = flags["published_on"].date()
    if flags["retrieved_at"] is not None:
        flags["retrieved_at"] = _timestamp_option(str(flags["retrieved_at"]))
    summary = run_ingest(
        current_database(), list(paths), manifest=manifest, verbose=verbose, overrides=flags, extract=extract
    )
    if summary.refused:
        sys.exit(1)


def _timestamp_option(value: str) -> datetime:
    try:
        return parse_timestamp(value.replace("Z", "+00:00"))
    except RefusedInput as exc:
        raise click.BadParameter(exc.reason, param_hint="--retrieved") from exc


def run_ingest(
    database: Database,
    paths: list[Path],
    *,
    manifest: Path | None = None,
    verbose: bool = False,
    overrides: dict[str, object] | None = None,
    extract: bool = True,
) -> IngestSummary:
    """Ingest ``paths`` printing a line per file (or a progress bar) and a summary line."""
    show_progress = False

    def progress(files: list[Path]) -> Iterator[Path]:
        nonlocal show_progress
        show_progress = len(files) > PROGRESS_THRESHOLD
        if not show_progress:
            yield from files
            return
        with click.progressbar(files, label="Ingesting", file=sys.stderr) as bar:
            yield from bar

    def report(outcome: FileOutcome) -> None:
        if outcome.status is Status.REFUSED:
            click.echo(f"refused: {outcome.path}: {outcome.detail}", err=True)
        elif verbose or not show_progress:
            click.echo(f"{outcome.status.value}: {outcome.path} → {outcome.detail}")

    directory = None
    if extract:
        with database.sessions() as session:
            directory = directory_from_database(session)
    try:
        summary = ingest_paths(
            database,
            paths,
            max_bytes=int(current_app.config["MAX_DOCUMENT_BYTES"]),
            manifest=manifest,
            overrides={k: v for k, v in (overrides or {}).items() if v is not None},
            directory=directory,
            on_outcome=report,
            progress=progress,
        )
    except ManifestError as exc:
        raise click.ClickException(f"manifest: {exc}") from exc
    click.echo(summary.line())
    return summary


@click.command("documents")
@click.option("--posts/--no-posts", default=True, help="Include posts cut from archive pages.")
@with_appcontext
def documents_command(posts: bool) -> None:
    """List the stored documents: id, kind, size, outlet and title."""
    query = (
        select(Document.id, Document.kind, func.length(Document.text), Actor.name, Document.title, Document.parent_id)
        .outerjoin(Actor, Document.outlet_id == Actor.id)
        .order_by(Document.id)
    )
    if not posts:
        query = query.where(Document.parent_id.is_(None))
    with current_database().sessions() as session:
        rows = session.execute(query).all()
    if not rows:
        click.echo("No documents yet: run `provenance seed` or `provenance ingest PATH`.")
        return
    click.echo(f"{'id':>4}  {'kind':<13} {'chars':>7}  {'outlet':<14} title")
    for doc_id, kind, chars, outlet, title, parent_id in rows:
        indent = "  └ " if parent_id else ""
        click.echo(f"{doc_id:>4}  {kind:<13} {chars:>7}  {(outlet or '–')[:14]:<14} {indent}{title or '(untitled)'}")
