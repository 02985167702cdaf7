"""The `provenance` command group: help everywhere, init, documents, schema-docs."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskCliRunner

from provenance import create_app, migrate
from provenance.cli import cli
from provenance.db import get_database

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=["provenance", *COMMANDS])
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    assert len(result.output.splitlines()) > 3


def test_the_console_script_is_installed() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "provenance.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("provenance, version ")


def test_init_migrates_an_empty_database_and_is_idempotent(empty_database_url: str) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": empty_database_url})
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(cli, ["init"])
        assert result.exit_code == 0, result.output
        assert f"schema at revision {migrate.head_revision()} (head)" in result.output
    assert migrate.current_revision(get_database(app).engine) == migrate.head_revision()
    get_database(app).engine.dispose()


def test_documents_lists_what_is_stored(runner: FlaskCliRunner) -> None:
    empty = runner.invoke(cli, ["documents"])
    assert empty.exit_code == 0 and "No documents yet" in empty.output
    runner.invoke(cli, ["seed"])
    listing = runner.invoke(cli, ["documents"]).output.splitlines()
    assert len(listing) == 1 + 15
    assert "MEK-Iran.com" in listing[2] and "Posts Tagged ‘1988 Massacre’" in listing[2]
    assert sum("└" in line for line in listing) == 10
    pages_only = runner.invoke(cli, ["documents", "--no-posts"]).output.splitlines()
    assert len(pages_only) == 1 + 5


def test_schema_docs_check_passes_on_the_committed_docs(app: Flask) -> None:
    result = app.test_cli_runner().invoke(cli, ["schema-docs", "--check"])
    assert result.exit_code == 0, result.output
    assert "is current" in result.output
