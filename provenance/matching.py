"""Matching keys for names: one spelling-insensitive key per way a name can be written.

``Pour-Mohammadi``, ``PourMohammadi`` and ``Pour Mohammadi`` all reduce to ``pourmohammadi``;
``Mojahedin`` and ``Mujahedin`` to one key too, via a short list of transliteration variants
common in the corpus. Fuzzy matching for what the key cannot catch lives in ``extract``.

:func:`sound_key` goes further, for a lone surname only: it also folds the spellings that
different romanisations give one sound (``Khodzhaev``/``Khodjayev``,
``Dzhaksybekov``/``Jaksybekov``). It merges names that :func:`match_key` keeps apart, so
callers use it only when no name matches by ``match_key``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Persian/Arabic transliteration variants: (pattern, replacement) applied to the bare key.
_TRANSLITERATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"mojahed"), "mujahed"),
    (re.compile(r"mojahid"), "mujahed"),
    (re.compile(r"mujahid"), "mujahed"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"ee"), "i"),
)


@functools.lru_cache(maxsize=65_536)  # pure, and a text asks for the same names again and again
def match_key(name: str) -> str:
    """Reduce a name to its matching key: no case, accents, punctuation, spaces or variants."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = _NON_ALNUM.sub("", bare)
    for pattern, replacement in _TRANSLITERATIONS:
        key = pattern.sub(replacement, key)
    return key


# Romanisation variants of one sound (Cyrillic, Arabic and Persian names), applied in order.
_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)


@functools.lru_cache(maxsize=65_536)
def sound_key(name: str) -> str:
    """:func:`match_key` with romanisation variants folded: ``Khodjayev`` → ``hojaev``."""
    key = match_key(name)
    for pattern, replacement in _SOUNDS:
        key = pattern.sub(replacement, key)
    return key
