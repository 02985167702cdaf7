"""Run the Alembic migrations in ``migrations/``: the only way a Provenance schema is made."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for this project, optionally bound to an open connection."""
    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise RuntimeError(
            f"migrations not found at {MIGRATIONS_DIR}; install Provenance from its source "
            "tree (pip install -e .)"
        )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The revision the migrations end at (one head only; the tests check that)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` up to ``revision`` in one transaction."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database behind ``engine`` down to ``revision``."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


class SchemaNotCurrent(RuntimeError):
    """The database is empty or behind the code's migrations."""


def require_current_schema(engine: Engine) -> None:
    """Refuse to work on a database whose schema is not at the migrations' head."""
    current = current_revision(engine)
    head = head_revision()
    if current is None:
        raise SchemaNotCurrent("the database has no Provenance schema yet: run `provenance init`")
    if current != head:
        raise SchemaNotCurrent(
            f"the database schema is at revision {current}, the code expects {head}: "
            "run `provenance init` to migrate"
        )
