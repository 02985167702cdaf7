"""Bytes to text: BOMs, UTF-8, detected encodings, line endings; binary and empty refused."""

from __future__ import annotations

import codecs
import random

import pytest

from provenance.ingest.decoding import decode
from provenance.ingest.errors import RefusedInput

SAMPLE = "Amnesty’s researcher said “thousands” were executed in 1988.\nCafé owners in Tehran: déjà vu.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (SAMPLE.encode("utf-8"), "utf-8"),
    ],
    ids=["utf-8 BOM", "utf-16-le BOM", "utf-16-be BOM", "utf-32-le BOM", "utf-8"],
)
def test_marked_and_utf8_text_decodes_exactly(raw: bytes, encoding: str) -> None:
    decoded = decode(raw)
    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding


def test_legacy_encodings_are_detected() -> None:
    text = (SAMPLE * 8).replace("’", "'")
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    russian = "Добрый день, это текст о событиях 1988 года в тюрьмах Ирана. " * 6
    assert decode(russian.encode("cp1251")).text == russian


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised(newline: str) -> None:
    assert decode(SAMPLE.replace("\n", newline).encode("utf-8")).text == SAMPLE


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (random.Random(42).randbytes(4096), "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
        (b"text with a stray \x00 inside", "binary"),
        ("text\x01\x02\x03\x04\x05 with controls".encode() * 3, "binary"),
        (b"  \n\t\n", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),
    ],
    ids=["random bytes", "png", "nul byte", "control characters", "whitespace", "bom only", "broken utf-16"],
)
def test_non_text_is_refused_with_its_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(RefusedInput) as refusal:
        decode(raw)
    assert refusal.value.reason.startswith(reason)
