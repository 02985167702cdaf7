"""Engine wiring: SQLite pragmas and locking, the PostgreSQL driver, UTC timestamps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError, StatementError

from provenance.db import READ_ONLY_OPTION, Database, make_engine
from provenance.models import Actor


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}", sqlite_busy_timeout_ms=1234)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    engine.dispose()


def test_sqlite_write_transactions_take_the_lock_at_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits at BEGIN, before it has done any work."""
    url = f"sqlite:///{tmp_path / 'p.db'}"
    first = make_engine(url)
    second = make_engine(url, sqlite_busy_timeout_ms=50)
    with first.connect() as holder:
        holder.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        holder.commit()
        holder.begin()
        with second.connect() as other:
            with pytest.raises(OperationalError, match="database is locked"):
                other.begin()
            other.rollback()
            # A read-only transaction does not need the write lock and still reads.
            reader = other.execution_options(**{READ_ONLY_OPTION: True})
            assert reader.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
        holder.rollback()
    first.dispose()
    second.dispose()


def test_a_plain_postgresql_url_uses_psycopg_3() -> None:
    engine = make_engine("postgresql://someone@127.0.0.1:1/nowhere")
    assert engine.dialect.driver == "psycopg"
    engine.dispose()


def test_timestamps_come_back_aware_in_utc(database: Database) -> None:
    written = datetime(2019, 7, 24, 15, 30, tzinfo=timezone(timedelta(hours=4, minutes=30)))
    with database.sessions.begin() as session:
        session.add(Actor(kind="person", name="Someone", created_at=written))
    with database.sessions() as session:
        stored = session.scalars(select(Actor.created_at)).one()
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored == written


def test_naive_timestamps_are_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        with database.sessions.begin() as session:
            session.add(Actor(kind="person", name="Someone", created_at=datetime(2019, 7, 24)))
    with database.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM actors")) == 0
