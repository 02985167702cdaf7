"""Every row of every table, to prove that refused input left the database exactly as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from provenance.db import Base


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: sorted(tuple(map(repr, row)) for row in connection.execute(select(table)))
            for name, table in Base.metadata.tables.items()
        }
