"""Small building blocks shared by the model modules: vocabularies and timestamps."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import CheckConstraint
from sqlalchemy.orm import MappedColumn, mapped_column

from provenance.types import UTCDateTime, utcnow


def one_of(column: str, values: Sequence[str], name: str) -> CheckConstraint:
    """A named CHECK constraint limiting ``column`` to a fixed vocabulary.

    Vocabularies are CHECK constraints rather than lookup tables when the code branches on
    each value (a new value needs new code anyway); ``statuses`` is a table because admins
    extend it.
    """
    quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name)


def created_at_column(comment: str = "When the row was created (UTC).") -> MappedColumn[datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False, comment=comment)
