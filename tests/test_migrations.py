"""Migrations are the only way a schema is made: one head, up from empty, down and up again,
and the models match what the migrations create — on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text

from provenance import migrate
from provenance.db import Base, make_engine
from provenance.models import Status

PUBLIC_TABLES = {
    "documents", "spans", "actors", "actor_aliases", "actor_links", "mentions", "statements",
    "figures", "claims", "claim_statements", "reviews", "statuses", "suggestions", "users",
    "audit_events",
}


@pytest.fixture
def empty_engine(empty_database_url: str) -> Iterator[Engine]:
    engine = make_engine(empty_database_url)
    yield engine
    engine.dispose()


def test_one_head() -> None:
    heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    assert heads == [migrate.head_revision()]


def test_upgrade_from_empty_creates_every_public_table(empty_engine: Engine) -> None:
    assert migrate.current_revision(empty_engine) is None
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == migrate.head_revision()
    tables = set(inspect(empty_engine).get_table_names())
    assert PUBLIC_TABLES <= tables
    assert set(Base.metadata.tables) <= tables


def test_status_vocabulary_is_created_by_the_migration(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        rows = connection.execute(select(Status.code, Status.is_final).order_by(Status.sort_order)).all()
    assert [code for code, _ in rows] == [
        "unreviewed", "in_review", "corroborated", "single_source", "disputed", "contradicted", "unverifiable",
    ]
    assert {code for code, final in rows if not final} == {"unreviewed", "in_review"}


def test_downgrade_to_base_and_upgrade_again(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    assert migrate.current_revision(empty_engine) is None
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(empty_engine)
    assert PUBLIC_TABLES <= set(inspect(empty_engine).get_table_names())
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM statuses")).scalar_one() == 7


def test_models_match_migrations(empty_engine: Engine) -> None:
    """The equivalent of `alembic check`: autogenerate finds nothing to do at head."""
    migrate.upgrade(empty_engine)
    with empty_engine.connect() as connection:
        command.check(migrate.alembic_config(connection))


def test_check_detects_a_model_the_migrations_lack(empty_engine: Engine) -> None:
    """`alembic check` really compares: a database behind the models fails it."""
    migrate.upgrade(empty_engine)
    with empty_engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_reviews_reviewer_id"))
    with empty_engine.connect() as connection:
        with pytest.raises(Exception, match="New upgrade operations detected"):
            command.check(migrate.alembic_config(connection))


def test_require_current_schema_explains_an_empty_database(empty_engine: Engine) -> None:
    with pytest.raises(migrate.SchemaNotCurrent, match="provenance init"):
        migrate.require_current_schema(empty_engine)
    migrate.upgrade(empty_engine)
    migrate.require_current_schema(empty_engine)
