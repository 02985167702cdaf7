"""Extraction: pure functions from a text to suggestions anchored by character offsets.

No database here. Each extractor module declares ``NAME`` and ``VERSION`` (recorded with every
suggestion it makes) and returns frozen dataclasses from :mod:`provenance.extract.found`.
Offsets are Python string indices into the stored text, end exclusive.
"""
