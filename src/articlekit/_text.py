"""Whitespace, control-character and comparison helpers shared by every stage.

Kept tiny and dependency-free on purpose: these run once per block on the hot path.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from articlekit._speedups import compiled

__all__ = [
    "KEY_MAX_GROWTH",
    "comparison_key",
    "count_words",
    "normalize_space",
    "strip_control",
]

# C0/C1 control characters except tab/newline/carriage return, lone surrogates and
# the Unicode non-characters U+FFFE/U+FFFF: never valid in output text. The standard
# library's engine scans a plain character class over a whole page several times faster.
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A word for counting and comparing: a run of letters/digits in any script.
_WORD: Final = regex.compile(r"\w+")
_ASCII_WORD: Final = re.compile(r"\w+")
# Scripts written without spaces between words: each character counts as a word.
_UNSPACED: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# The first code point of those scripts (Thai's; checked over every code point).
_FIRST_UNSPACED: Final = 0x0E01


_SCAN: Final = compiled("_cscan")


def strip_control(text: str) -> str:
    """Remove control characters and lone surrogates that must never reach output."""
    if _SCAN is not None and _SCAN.find_control(text) < 0:
        return text  # most pages: one compiled scan, nothing to remove
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
    return " ".join(_WORD.findall(text.casefold()))


def count_words(text: str) -> int:
    """Count words; in Chinese, Japanese and Thai each character counts as one."""
    if text.isascii():  # most blocks: no unspaced script, and the stdlib engine is faster
        if _SCAN is not None:
            return int(_SCAN.ascii_words(text))  # the same count, without a list
        return len(_ASCII_WORD.findall(text))
    if _SCAN is not None and _SCAN.all_below(text, _FIRST_UNSPACED):
        return len(_WORD.findall(text))  # Latin, Greek, Cyrillic, ...: no script to find
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        return unspaced + len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return len(_WORD.findall(text))
