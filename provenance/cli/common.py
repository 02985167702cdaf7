"""What the commands share: the database of the current app, and where the seeds are."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from sqlalchemy.engine import make_url

from provenance import migrate
from provenance.db import Database, get_database

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"


def database() -> Database:
    return get_database(current_app)


def current_database() -> Database:
    """The database, refusing with a clear message if its schema is not at the head."""
    db = database()
    try:
        migrate.require_current_schema(db.engine)
    except migrate.SchemaNotCurrent as exc:
        raise click.ClickException(str(exc)) from exc
    return db


def describe(db: Database) -> str:
    """The database URL without its password, for messages."""
    return make_url(str(db.engine.url)).render_as_string(hide_password=True)
