"""The ``provenance`` command: one group, its commands in one module per area."""

from __future__ import annotations

import click
from flask.cli import AppGroup, ScriptInfo, shell_command

from provenance import __version__, create_app
from provenance.cli.common import SEEDS_DIR
from provenance.cli.database import init_command, schema_docs_command, seed_command
from provenance.cli.documents import documents_command, ingest_command
from provenance.cli.extraction import extract_command, suggest_command

__all__ = ["SEEDS_DIR", "cli"]


@click.group(cls=AppGroup)
@click.version_option(__version__, prog_name="provenance")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Provenance: a claim-and-source provenance database for fact-checkers.

    The database is chosen by PROVENANCE_DATABASE_URL (default: instance/provenance.db).
    """
    # Every subcommand runs inside an application context built by create_app(); a caller
    # (Flask's test runner) may hand over its own application instead.
    if not isinstance(ctx.obj, ScriptInfo):
        ctx.obj = ScriptInfo(create_app=create_app, set_debug_flag=False, load_dotenv_defaults=False)


for command in (
    init_command, seed_command, ingest_command, documents_command, extract_command,
    suggest_command, schema_docs_command, shell_command,
):
    cli.add_command(command)
