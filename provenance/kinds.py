"""Closed vocabularies needed both by the models and by code that must not import them.

Ingest's worker processes validate a document's kind while reading a manifest; importing the
models (SQLAlchemy, the whole schema) there would cost every worker a few hundred milliseconds
of start-up for one tuple of words. The models take their CHECK constraints from here.
"""

from __future__ import annotations

DOCUMENT_KINDS = (
    "article",
    "archive_page",
    "post",
    "speech_transcript",
    "interview",
    "report",
    "press_release",
    "social_media",
    "other",
)
