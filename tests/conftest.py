"""Fixtures: a fresh, migrated database per test, on SQLite and on PostgreSQL.

Each backend's schema is built once per session by running the migrations into a template;
every test then gets its own copy (SQLite's backup API; PostgreSQL's CREATE DATABASE …
TEMPLATE), so tests are isolated and the schema always comes from the migrations.

PostgreSQL: ``PROVENANCE_TEST_POSTGRES_URL`` names a server to use (a superuser URL); otherwise
a throwaway server is started from the local binaries. Without one, PostgreSQL tests are
skipped, unless ``PROVENANCE_REQUIRE_POSTGRES=1`` (set by CI), which makes that a failure.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from provenance import create_app, migrate
from provenance.db import Database, make_engine
from provenance.testing.postgres_cluster import ClusterUnavailable, start_cluster

BACKENDS = ["sqlite", "postgresql"]
_database_numbers = itertools.count(1)


class PostgresServer:
    """A PostgreSQL server the tests may create and drop databases on."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")

    def url(self, database: str) -> str:
        return self.admin_url.set(database=database).render_as_string(hide_password=False)

    def create(self, database: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        with self._admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {database}{clause}"))
        return self.url(database)

    def drop(self, database: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))

    def dispose(self) -> None:
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    given = os.environ.get("PROVENANCE_TEST_POSTGRES_URL")
    if given:
        server = PostgresServer(given)
        yield server
        server.dispose()
        return
    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        if os.environ.get("PROVENANCE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required (PROVENANCE_REQUIRE_POSTGRES=1): {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    server = PostgresServer(cluster.url())
    yield server
    server.dispose()
    cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    name = "provenance_template"
    engine = make_engine(postgres_server.create(name))
    migrate.upgrade(engine)
    engine.dispose()
    return name


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A factory of fresh databases at the migrations' head, for tests that need several."""
    created: list[str] = []

    def make(backend: str) -> str:
        number = next(_database_numbers)
        if backend == "sqlite":
            target = tmp_path / f"provenance-{number}.db"
            source = sqlite3.connect(request.getfixturevalue("sqlite_template"))
            copy = sqlite3.connect(target)
            with copy:
                source.backup(copy)
            source.close()
            copy.close()
            return f"sqlite:///{target}"
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = f"test_{os.getpid()}_{number}"
        url = server.create(name, template=request.getfixturevalue("postgres_template"))
        created.append(name)
        return url

    yield make
    if created:
        server = request.getfixturevalue("postgres_server")
        for name in created:
            server.drop(name)


@pytest.fixture
def database_url(backend: str, make_database_url: Callable[[str], str]) -> str:
    """The URL of a fresh database at the migrations' head, on ``backend``."""
    return make_database_url(backend)


@pytest.fixture
def empty_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database (no schema) on ``backend``."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"empty_{os.getpid()}_{next(_database_numbers)}"
    yield server.create(name)
    server.drop(name)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database.from_url(database_url)
    yield db
    db.engine.dispose()


@pytest.fixture
def app(database_url: str, tmp_path: Path) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    yield app
    app.extensions["provenance.db"].engine.dispose()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()
