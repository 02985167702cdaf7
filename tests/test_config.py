"""Configuration layering: defaults ▶ instance/config.py ▶ environment ▶ test config."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import create_app


@pytest.fixture
def instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROVENANCE_INSTANCE_PATH", str(tmp_path))
    for name in ("PROVENANCE_DATABASE_URL", "PROVENANCE_MAX_DOCUMENT_BYTES", "PROVENANCE_SQLITE_BUSY_TIMEOUT_MS"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_defaults_put_an_sqlite_file_in_the_instance_folder(instance: Path) -> None:
    app = create_app()
    assert app.config["DATABASE_URL"] == f"sqlite:///{instance / 'provenance.db'}"
    assert app.config["MAX_DOCUMENT_BYTES"] == 10 * 1024 * 1024


def test_each_layer_overrides_the_one_before(instance: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (instance / "config.py").write_text(
        "DATABASE_URL = 'sqlite:////tmp/from-instance.db'\nMAX_DOCUMENT_BYTES = 111\nSQLITE_BUSY_TIMEOUT_MS = 222\n"
    )
    app = create_app()
    assert (app.config["DATABASE_URL"], app.config["MAX_DOCUMENT_BYTES"]) == ("sqlite:////tmp/from-instance.db", 111)

    monkeypatch.setenv("PROVENANCE_MAX_DOCUMENT_BYTES", "333")
    monkeypatch.setenv("PROVENANCE_DATABASE_URL", "sqlite:////tmp/from-env.db")
    app = create_app()
    assert app.config["MAX_DOCUMENT_BYTES"] == 333  # parsed as a number
    assert app.config["DATABASE_URL"] == "sqlite:////tmp/from-env.db"
    assert app.config["SQLITE_BUSY_TIMEOUT_MS"] == 222

    app = create_app({"MAX_DOCUMENT_BYTES": 444})
    assert app.config["MAX_DOCUMENT_BYTES"] == 444
    assert app.config["DATABASE_URL"] == "sqlite:////tmp/from-env.db"


def test_the_database_url_selects_the_backend(instance: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVENANCE_DATABASE_URL", "postgresql://someone@127.0.0.1:1/provenance")
    app = create_app()
    engine = app.extensions["provenance.db"].engine
    assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
    engine.dispose()
