"""Configuration layering: defaults ▶ ``instance/config.py`` ▶ environment ▶ test config.

Every setting can be given in the environment with a ``PROVENANCE_`` prefix
(``PROVENANCE_DATABASE_URL``, ``PROVENANCE_MAX_DOCUMENT_BYTES`` …); values that parse as JSON
(numbers, booleans) are read as such, so ``PROVENANCE_MAX_DOCUMENT_BYTES=5000000`` is an int.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

from flask import Flask

#: Settings and their defaults; each one is documented in README "Configuration".
DEFAULTS: dict[str, Any] = {
    # SQLAlchemy URL; None means the SQLite file ``provenance.db`` in the instance folder.
    "DATABASE_URL": None,
    # Files larger than this are refused by ingest before they are read.
    "MAX_DOCUMENT_BYTES": 10 * 1024 * 1024,
    # How long an SQLite connection waits for another writer before giving up.
    "SQLITE_BUSY_TIMEOUT_MS": 5000,
}

DEFAULT_SQLITE_FILENAME = "provenance.db"


def configure(app: Flask, test_config: Mapping[str, Any] | None = None) -> None:
    """Load settings into ``app.config`` in the documented order of precedence."""
    app.config.from_mapping(DEFAULTS)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("PROVENANCE")
    if test_config is not None:
        app.config.from_mapping(test_config)
    if not app.config["DATABASE_URL"]:
        os.makedirs(app.instance_path, exist_ok=True)
        path = os.path.join(app.instance_path, DEFAULT_SQLITE_FILENAME)
        app.config["DATABASE_URL"] = f"sqlite:///{path}"
