"""Commands about extraction: extract (one file, no writes) and suggest (queue for review)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select
from sqlalchemy.engine import make_url

from provenance import migrate
from provenance.cli.common import current_database, database
from provenance.db import Database
from provenance.extract.actors import SEED_ACTORS_PATH, ActorDirectory, load_actor_list
from provenance.extract.pipeline import as_contract, extract
from provenance.ingest.errors import RefusedInput
from provenance.ingest.manifest import DocumentMetadata
from provenance.ingest.prepare import prepare
from provenance.models import Document
from provenance.services.actors import directory_from_database
from provenance.services.extraction import documents_to_extract, suggest

@click.command("extract")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "output", type=click.Choice(["json", "table"]), default="table", show_default=True)
@with_appcontext
def extract_command(path: Path, output: str) -> None:
    """Run the extractors on one file and print what they find; writes nothing.

    Known actors come from the configured database when it has been initialised, else from
    the seed actor list (seeds/actors.toml).
    """
    try:
        prepared = prepare(path, DocumentMetadata(), int(current_app.config["MAX_DOCUMENT_BYTES"]))
    except RefusedInput as refusal:
        raise click.ClickException(f"{path}: {refusal.reason}") from refusal
    contract = as_contract(
        extract(prepared.text, _known_actors()), path=str(path), sha256=prepared.sha256, chars=len(prepared.text)
    )
    if output == "json":
        click.echo(json.dumps(contract, ensure_ascii=False, indent=2))
    else:
        _print_table(contract)


def _known_actors() -> ActorDirectory:
    """The database's actors if it exists and is initialised (never creating it), else the seed list."""
    db = database()
    url = make_url(str(db.engine.url))
    sqlite_file_missing = url.get_backend_name() == "sqlite" and not (url.database and Path(url.database).exists())
    if not sqlite_file_missing and migrate.current_revision(db.engine) == migrate.head_revision():
        with db.sessions() as session:
            directory = directory_from_database(session)
        if len(directory):
            return directory
    return ActorDirectory(load_actor_list(SEED_ACTORS_PATH))


def _print_table(contract: dict[str, Any]) -> None:
    document = contract["document"]
    click.echo(f"{document['path']}  ({document['chars']} chars, sha256 {document['sha256'][:12]}…)")
    sections = {
        "figures": ("qualifier", "value", "low", "high", "counts", "speaker"),
        "quotes": ("kind", "speaker", "speaker_kind"),
        "mentions": ("actor", "kind"),
    }
    for section, columns in sections.items():
        rows = contract[section]
        click.echo(f"\n{section.capitalize()} ({len(rows)})")
        for row in rows:
            words = row["text"].replace("\n", " ⏎ ")
            words = words if len(words) <= 60 else words[:57] + "…"
            details = "  ".join(f"{c}={row[c]}" for c in columns if row[c] is not None)
            click.echo(f"  {row['start']:>6}-{row['end']:<6} {words!r}  {details}")


@click.command("suggest")
@click.option("--document", "document_ids", type=int, multiple=True, help="Only this document (repeatable).")
@with_appcontext
def suggest_command(document_ids: tuple[int, ...]) -> None:
    """Run the extractors over stored documents and queue new suggestions for review.

    Safe to repeat: words that already have a suggestion of the same kind (pending or decided,
    from any extractor version) are not suggested again.
    """
    run_suggest(current_database(), document_ids)


def run_suggest(db: Database, document_ids: tuple[int, ...] = (), *, only_unsuggested: bool = False) -> int:
    """Queue suggestions for the chosen documents (default: all), one transaction each;
    ``only_unsuggested`` skips documents that already have suggestions."""
    with db.sessions() as session:
        directory = directory_from_database(session)
        if document_ids:
            ids = list(session.scalars(select(Document.id).where(Document.id.in_(document_ids)).order_by(Document.id)))
            missing = sorted(set(document_ids) - set(ids))
            if missing:
                raise click.ClickException(f"no document {', '.join(map(str, missing))}")
        else:
            ids = [document.id for document in documents_to_extract(session, only_unsuggested=only_unsuggested)]
    added = 0
    for document_id in ids:
        with db.sessions.begin() as session:
            document = session.get(Document, document_id)
            assert document is not None
            added += suggest(session, document, directory)
    click.echo(f"suggestions: {added} added for {len(ids)} document{'s' if len(ids) != 1 else ''}")
    return added
