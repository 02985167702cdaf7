"""Alembic environment: Provenance's models, its database URL, batch mode for SQLite.

The database is, in order: a connection handed over by the caller (tests, ``provenance init``),
``alembic -x database_url=…``, or Provenance's own configuration (``PROVENANCE_DATABASE_URL`` or
the instance SQLite file), so the ``alembic`` command needs no settings of its own.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import provenance.models  # noqa: F401  (registers every table on Base.metadata)
from provenance import create_app
from provenance.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
        **kwargs,
    )


def _database_url() -> str:
    from_command_line = context.get_x_argument(as_dictionary=True).get("database_url")
    return from_command_line or create_app().config["DATABASE_URL"]


def run_migrations_offline() -> None:
    _configure(url=_database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = make_engine(_database_url())
    try:
        with engine.connect() as connection:
            _run_on(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
