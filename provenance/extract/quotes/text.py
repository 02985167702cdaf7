"""Small readers of plain text: tokens, comma segments, verbs, and bounded searches that
read only the end of a range when a pattern is anchored there."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress
from typing import Final

from provenance.extract.quotes.patterns import (
    _AUX_BEFORE,
    _AUX_WORDS,
    _BY_NP,
    _DOC_BEFORE,
    _FIRST_WORD,
    _LAST_WORD,
    _MIDCAP_AFTER,
    _MIDCAP_WORD,
    _RELATIVE_RE,
    _REPORTING_LEADS,
    _REPORTING_RE,
    _REPORTING_VERB_AT,
    _REPORTING_VERBS,
    _SEG_PUNCT,
    _SMALL_WORDS,
    _VERBISH_RE,
    _WORD,
)
from provenance.extract.quotes.vocab import (
    _ABBREVIATIONS,
    _ADVERBIAL_START,
    _MASK,
    _MONTHS,
    _TIME_WORDS,
    _VERBISH,
)


def _tokens(s: str) -> list[tuple[int, int, str]]:
    """Whitespace tokens of ``s`` as (start, end, core) with surrounding punctuation removed."""
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(s):
        a, b = m.start(), m.end()
        while a < b and s[a] in "([{\"“‘'«":
            a += 1
        while b > a and s[b - 1] in ",;:)]}\"”’'»!?.":
            if s[b - 1] == "." and s[a:b].lower().rstrip(".") in _ABBREVIATIONS:
                break
            if s[b - 1] == "." and b - a == 2 and s[a].isupper():
                break
            b -= 1
        if a < b:
            out.append((a, b, s[a:b]))
    return out


def _is_verbish(word: str) -> bool:
    """A word that can only be (or is most likely) a finite verb."""
    return word in _VERBISH


def _has_verbish(s: str) -> bool:
    """Whether lowercase words of ``s`` include a finite verb."""
    return _VERBISH_RE.search(s) is not None


def _segments(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated parts of ``s[a:b]`` outside parentheses, trimmed."""
    out: list[tuple[int, int]] = []
    depth = 0
    seg = a
    for m in _SEG_PUNCT.finditer(s, a, b):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            if ch == "," and 0 < i < b - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
                continue  # "4,000" is one number, not two segments
            out.append((seg, i))
            seg = i + 1
    out.append((seg, b))
    trimmed: list[tuple[int, int]] = []
    for x, y in out:
        while x < y and s[x].isspace():
            x += 1
        while y > x and s[y - 1].isspace():
            y -= 1
        if x < y:
            trimmed.append((x, y))
    return trimmed


def _is_adverbial(s: str, a: int, b: int) -> bool:
    """A leading segment that sets the scene rather than naming anyone."""
    fw = _FIRST_WORD.match(s, a, b)
    if fw is None:
        return True
    first = fw.group(1).lower()
    if first[0].isdigit() or first.rstrip(".") in _MONTHS:
        return True
    if first in ("this", "last", "next", "that"):
        words = s[a:b].lower().split()
        return len(words) <= 3 and any(w.strip(".,") in _TIME_WORDS for w in words)
    if first in _ADVERBIAL_START:
        return True
    return first.endswith("ing") and len(first) > 4 and first.isalpha()


def _relative_cut(s: str, a: int, b: int) -> int:
    """Where a relative clause starts inside ``s[a:b]`` (or ``b``)."""
    m = _RELATIVE_RE.search(s, a, b)
    return m.start() + 1 if m is not None else b


def _title_case(s: str) -> bool:
    """Title Case text: its first word and most of its content words capitalised."""
    words = [w.strip("“”\"‘’'(),:;.!?…") for w in s.split()]
    words = [w for w in words if w]
    if not words or not words[0][:1].isupper():
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps / len(content) >= 0.75


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``ranges`` (sorted, not overlapping)."""
    i = bisect_left(ranges, (end, -1)) - 1
    return i >= 0 and ranges[i][1] > start


#: Adverbs of time between a subject and its verb ("The Committee … (CDPPK) today said"),
#: in lower case only: "USA Today said" keeps its name.
_TIME_ADVERBS = frozenset(("today", "yesterday", "tonight"))


def _trailing_aux(m: str, a: int, b: int) -> int | None:
    """Where the run of auxiliaries and adverbs ending ``m[a:b]`` ("has also", "had
    previously", "in turn") starts, at the whitespace before it; None if there is none. The
    start of ``_TRAILING_AUX.search(m, a, b)``, read word by word from ``b``: the pattern is
    anchored at the end, and a search would try it at every position."""
    start = None
    j = b
    while j > a and m[j - 1].isspace():
        j -= 1
    while j > a:
        i = j
        while i > a and not m[i - 1].isspace():
            i -= 1
        word = m[i:j].lower()
        if word == "turn":  # "in turn"
            k = i
            while k > a and m[k - 1].isspace():
                k -= 1
            i2 = k
            while i2 > a and not m[i2 - 1].isspace():
                i2 -= 1
            if k == i or m[i2:k].lower() != "in":
                break
            i = i2
        elif word not in _AUX_WORDS and m[i:j] not in _TIME_ADVERBS:
            break
        w = i
        while w > a and m[w - 1].isspace():
            w -= 1
        if w == i:
            break  # a word with no space before it does not join the run
        start = j = w
    return start

def _stops_no_sentence(word: str) -> bool:
    """Whether a stop after ``word`` (lower case, without the stop) ends no sentence: an
    abbreviation ("mr", "no"), an initial ("j"), or a dotted acronym ("u.n", "n.c.s.a")."""
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    return len(word) >= 3 and word[1::2] == "." * (len(word) // 2) and word[::2].isalpha()


def _last_match(pattern: re.Pattern[str], s: str, a: int, b: int) -> re.Match[str] | None:
    """The last non-overlapping match of ``pattern`` in ``s[a:b]``, or None."""
    last = None
    for last in pattern.finditer(s, a, b):
        pass
    return last


def _last_word(s: str, a: int, b: int) -> str | None:
    """The last word of ``s[a:b]`` with the punctuation after it dropped: group 1 of
    ``_LAST_WORD.search(s, a, b)``, read backwards from ``b`` (the search tries every
    position, and each word again at every letter)."""
    j = b
    while j > a and not (s[j - 1].isalnum() or s[j - 1] == "_"):
        j -= 1
    if j == a:
        hit = _LAST_WORD.search(s, a, b)  # no letter or digit at all: the rare case
        return hit.group(1) if hit is not None else None
    i = j
    while i > a and (s[i - 1].isalnum() or s[i - 1] in "_’'"):
        i -= 1
    while j < b and s[j] in "’'":
        j += 1
    return s[i:j]

def _doc_by(m: str, w0: int, pos: int) -> list[tuple[int, int]]:
    """The names after ``a report … by`` in ``m[w0:pos]`` (see ``_DOC_BY``)."""
    out: list[tuple[int, int]] = []
    for hit in _BY_NP.finditer(m, w0, pos):
        by = hit.start()
        if _DOC_BEFORE.search(m, max(w0, by - 90), by) is not None:
            out.append((hit.start("np"), hit.end("np")))
    return out


def _reporting_verbs(
    m: str, ss: int, se: int, mask_ends: Sequence[int] | None = None
) -> list[tuple[int, int, int, str]]:
    """Reporting verbs in ``m[ss:se]`` as (start with any auxiliary, verb start, end, verb),
    in text order. Scans led by a literal (a space, a line break, a parenthesis …) are several
    times faster than one scan led by a look-behind. ``mask_ends``, when the caller knows
    them, are where the runs of mask characters end (sorted): a verb right after a mask is
    then read there, instead of by a scan that stops at every mask character (quotes make up
    much of a text)."""
    hits: list[tuple[int, int, int, str]] = []
    lo = max(0, ss - 1)
    # The matches of the led scans (``_REPORTING_LED``, or ``_REPORTING_LED_UNMASKED``), found
    # from the verbs among the words of the range instead (``bytes.split`` and a set look-up,
    # in C): a scan led by a space tries the verbs' trie at every space. A verb those scans
    # find is ASCII letters with a lead character before it and no letter after it, which
    # :func:`_ascii_words` turns into spaces, so it is a whole word there, and the scans find
    # every verb so led: a match holds one lead character, at its start, so no match of a
    # scan hides another. The verb is then matched where it stands, as the scans match it.
    leads = _LEADS if mask_ends is None else _LEADS_UNMASKED
    haystack = _ascii_words(m[lo:se])
    words = haystack.split()
    at = 0
    for word in compress(words, map(_REPORTING_VERB_BYTES.__contains__, words)):
        at = haystack.find(b" " + word + b" ", at)  # its first occurrence: any earlier one would come first
        start, at = lo + at, at + len(word) + 1  # the haystack's padding space: its offset is the range's
        if start > lo and m[start - 1] in leads and (verb := _REPORTING_VERB_AT.match(m, start, se)) is not None:
            hits.append(_reporting_hit(m, ss, verb))
    if mask_ends is not None:
        for end in mask_ends[bisect_left(mask_ends, lo + 1) :]:
            if end >= se:
                break
            if m[end - 1] == _MASK:
                after_mask = _REPORTING_VERB_AT.match(m, end, se)
                if after_mask is not None:
                    hits.append(_reporting_hit(m, ss, after_mask))
    if ss == 0 or not m[ss - 1].isspace():  # a verb opening the range
        first = _REPORTING_RE.match(m, ss, se)
        if first is not None:
            hits.append((ss, first.start("verb"), first.end(), first.group("verb").lower()))
    hits.sort()
    # "Staff, who were told of the cut, …": a passive names the hearer, not a speaker
    return [hit for hit in hits if _PASSIVE_BEFORE.search(m, max(0, hit[1] - 12), hit[1]) is None]


#: Every byte but the ASCII letters becomes a space in :func:`_ascii_words`.
_LETTERS_KEPT: Final = bytes(b if chr(b).isascii() and chr(b).isalpha() else ord(" ") for b in range(256))
_REPORTING_VERB_BYTES: Final = frozenset(verb.encode("ascii") for verb in _REPORTING_VERBS)
_LEADS: Final = "".join(_REPORTING_LEADS)
_LEADS_UNMASKED: Final = "".join(lead for lead in _REPORTING_LEADS if lead != _MASK)
assert all(verb.isascii() and verb.isalpha() for verb in _REPORTING_VERBS) and all(len(lead) == 1 for lead in _REPORTING_LEADS)


def _ascii_words(s: str) -> bytes:
    """``s`` as bytes, one per character, with only its ASCII letters left and everything
    else a space, padded with a space at both ends: its words are ASCII letter runs."""
    return b" " + s.encode("ascii", "replace").translate(_LETTERS_KEPT) + b" "


#: A form of "to be" right before a verb: the verb is passive.
_PASSIVE_BEFORE: Final = re.compile(r"(?<![\w’'\-])(?:was|were|been|being)\s+\Z")


def _reporting_hit(m: str, ss: int, h: re.Match[str]) -> tuple[int, int, int, str]:
    """One reporting verb found by a scan: (start with any auxiliary, verb start, end, verb)."""
    vs = h.start("verb")
    before = m[max(ss, vs - 30) : vs].rstrip()
    aux = (  # "has (also) said"
        _AUX_BEFORE.search(m, max(ss, vs - 30), vs)
        if before.endswith(("has", "have", "had", "also"))
        else None
    )
    return (aux.start() if aux else vs, vs, h.end(), h.group("verb").lower())


def _number_hint(sent: str) -> bool:
    """Whether ``sent`` mentions a count's noun (number, toll …) or puts something at an
    amount ("estimated the cost at £3.2 million"): a cheap test first."""
    return (
        " at " in sent
        or "number" in sent
        or "toll" in sent
        or "figure" in sent
        or "total" in sent
        or "count" in sent
        or "tally" in sent
    )


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` is written in ``text`` after a lowercase word, a digit or a comma
    (``word in set(_MIDCAP.findall(text))``): its occurrences are found with ``str.find``
    and checked, instead of collecting every capitalised word of the text for one look-up."""
    if _MIDCAP_WORD.fullmatch(word) is None:
        return False
    n = len(word)
    p = text.find(word, 2)
    while p >= 0:
        if (
            text[p - 1] == " "
            and text[p - 2] in _MIDCAP_BEFORE
            and (p + n == len(text) or _MIDCAP_AFTER.match(text, p + n) is None)
        ):
            return True
        p = text.find(word, p + 1)
    return False


#: What stands two characters before a capitalised word mid-sentence (see ``_MIDCAP``).
_MIDCAP_BEFORE: frozenset[str] = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;)")
