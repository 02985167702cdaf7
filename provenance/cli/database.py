"""Commands that set up the database: init, seed, schema-docs."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext

from provenance import migrate, schema_docs
from provenance.cli.common import SEEDS_DIR, database, describe
from provenance.cli.documents import run_ingest
from provenance.cli.extraction import run_suggest
from provenance.extract.actors import SEED_ACTORS_PATH, load_actor_list
from provenance.services.actors import load_known_actors

@click.command("init")
@with_appcontext
def init_command() -> None:
    """Create or migrate the database schema to the latest revision."""
    db = database()
    migrate.upgrade(db.engine)
    click.echo(f"{describe(db)}: schema at revision {migrate.current_revision(db.engine)} (head)")


@click.command("seed")
@with_appcontext
def seed_command() -> None:
    """Create the database if needed and load the seed corpus (safe to run again).

    Loads the seed actor list, ingests seeds/ with extraction, and queues suggestions for
    any stored document that has none yet (e.g. one stored before extraction existed).
    """
    db = database()
    migrate.upgrade(db.engine)
    with db.sessions.begin() as session:
        created = load_known_actors(session, load_actor_list(SEED_ACTORS_PATH))
    click.echo(f"actors: {created} added from {SEED_ACTORS_PATH.name}")
    summary = run_ingest(db, [SEEDS_DIR])
    run_suggest(db, only_unsuggested=True)
    if summary.refused:
        sys.exit(1)


@click.command("schema-docs")
@click.option("--check", is_flag=True, help="Exit 1 if docs/schema.md is out of date instead of writing it.")
def schema_docs_command(check: bool) -> None:
    """Write docs/schema.md from the models' table and column descriptions."""
    if check:
        if not schema_docs.schema_docs_are_current():
            raise click.ClickException(f"{schema_docs.SCHEMA_DOCS_PATH} is stale: run `provenance schema-docs`")
        click.echo(f"{schema_docs.SCHEMA_DOCS_PATH} is current")
        return
    changed = schema_docs.write_schema_docs()
    click.echo(f"{'wrote' if changed else 'unchanged'}: {schema_docs.SCHEMA_DOCS_PATH}")
