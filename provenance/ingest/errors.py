"""The one exception ingest raises for input it will not store."""

from __future__ import annotations


class RefusedInput(Exception):
    """A file that will not be stored, with a one-line reason a person can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
