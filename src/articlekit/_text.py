"""Whitespace, control-character and comparison helpers shared by every stage.

Kept tiny and dependency-free on purpose: these run once per block on the hot path.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from articlekit._speedups import compiled

__all__ = [
    "INVISIBLE",
    "KEY_MAX_GROWTH",
    "comparison_key",
    "count_words",
    "find_words",
    "may_hold_unspaced",
    "normalize_space",
    "strip_control",
]

# C0/C1 control characters except tab/newline/carriage return, lone surrogates and
# the Unicode non-characters U+FFFE/U+FFFF: never valid in output text. Also two
# invisible characters that only split words for every search and comparison: the soft
# hyphen (U+00AD), a hint where a word may break ("Mit\u00adtel\u00adal\u00adter"), and
# U+FEFF, a byte-order mark that a page pasted into its text (removed at the start of
# the input anyway, so it must go everywhere for cleaning to give the same text twice).
# The standard library's engine scans a plain character class over a whole page several
# times faster.
_CONTROL: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\ud800-\udfff\ufeff\ufffe\uffff]"
)
INVISIBLE: Final = "\xad\ufeff"  # (the compiled walk and scan know them too)
# A word for counting and comparing: a run of letters/digits in any script.
_WORD: Final = regex.compile(r"\w+")
_ASCII_WORD: Final = re.compile(r"\w+")
# Scripts written without spaces between words: each character counts as a word.
_UNSPACED: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# What the compiled word functions read a character as (bits of _cscan.WordTable).
_WORD_BIT, _UNSPACED_BIT = 1, 2


def _character_table() -> bytes:
    """For each code point of the Basic Multilingual Plane, what ``_WORD`` and
    ``_UNSPACED`` make of it, as bits: a word character, one of an unspaced script."""
    plane = "".join(map(chr, range(0x10000)))
    table = bytearray(len(plane))
    for found in _WORD.finditer(plane):
        table[found.start() : found.end()] = bytes([_WORD_BIT]) * len(found.group())
    for found in _UNSPACED.finditer(plane):
        table[found.start()] |= _UNSPACED_BIT
    return bytes(table)


_CHARACTER_TABLE: Final = _character_table()


_SCAN: Final = compiled("_cscan")
_WORDS: Final = None if _SCAN is None else _SCAN.WordTable(_CHARACTER_TABLE)


def strip_control(text: str) -> str:
    """Remove control characters, soft hyphens, byte-order marks and lone surrogates:
    they must never reach output."""
    if _SCAN is not None:
        found = _SCAN.find_control(text)
        if found < 0:
            return text  # most pages: one compiled scan, nothing to remove
        if text[found] in INVISIBLE:
            # Pages that hold these hold hundreds ("Mit\u00adtel\u00adal\u00adter"), and
            # seldom a control character too: two replaces and a scan beat the regex.
            for char in INVISIBLE:
                text = text.replace(char, "")
            if _SCAN.find_control(text) < 0:
                return text
    return _CONTROL.sub("", text)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and line breaks) to one space."""
    return " ".join(text.split())


# Case folding turns one character into at most three ("ΐ"), so a comparison key is
# at most this many times as long as its text (checked over every code point).
KEY_MAX_GROWTH: Final = 3


def comparison_key(text: str) -> str:
    """A key for loose equality: case-folded word characters only, single-spaced.

    At most ``KEY_MAX_GROWTH`` times as long as ``text``.
    """
    folded = text.casefold()
    if _WORDS is not None:
        key: str | None = _WORDS.join(folded)
        if key is not None:
            return key
    return " ".join(_WORD.findall(folded))


def find_words(text: str) -> list[str]:
    """The words of ``text``: its runs of letters and digits, in any script."""
    if _WORDS is not None:
        joined: str | None = _WORDS.join(text)  # the words, one space between two
        if joined is not None:
            return joined.split(" ") if joined else []
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def may_hold_unspaced(text: str) -> bool:
    """False only if ``text`` holds no character of an unspaced script (Han, kana,
    Thai): one compiled pass when available, else always True."""
    return _WORDS is None or _WORDS.count(text) < 0


def count_words(text: str) -> int:
    """Count words; in Chinese, Japanese and Thai each character counts as one."""
    if _WORDS is not None:
        count: int = _WORDS.count(text)  # the same count, without a list
        if count >= 0:
            return count  # no unspaced script, nothing beyond the table
    elif text.isascii():  # no unspaced script, and the stdlib engine is faster
        return len(_ASCII_WORD.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        return unspaced + len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return len(_WORD.findall(text))
