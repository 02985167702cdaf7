"""Provenance: who said what, where, citing whom, and how well it has been corroborated."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any, Mapping

from flask import Flask

from provenance import config, db

try:
    __version__ = version("provenance")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask application: configuration, then the database wiring."""
    app = Flask(__name__, instance_relative_config=True)
    config.configure(app, test_config)
    db.init_app(app)
    return app
