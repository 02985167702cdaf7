"""Provenance: who said what, where, citing whom, and how well it has been corroborated."""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from flask import Flask

try:
    __version__ = version("provenance")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask application: configuration, then the database wiring.

    The instance folder (``instance/config.py``, the default SQLite file) is ``instance/`` in
    the project, or ``PROVENANCE_INSTANCE_PATH`` when set.

    Flask and the database layer are imported here, not at the top of the package, so that
    importing a pure part of it (the extractors, in every ingest worker process) does not pay
    for them.
    """
    from flask import Flask

    from provenance import config, db

    app = Flask(
        __name__,
        instance_relative_config=True,
        instance_path=os.environ.get("PROVENANCE_INSTANCE_PATH") or None,
    )
    config.configure(app, test_config)
    db.init_app(app)
    return app
