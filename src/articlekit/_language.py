"""Guessing a text's language from its stop words."""

from __future__ import annotations

from typing import Final

import regex

from articlekit.patterns.stopwords import STOPWORDS, UNSPACED_LANGUAGES

__all__ = ["guess_language"]

_WORD: Final = regex.compile(r"\w+")
_HAN: Final = regex.compile(r"\p{Han}")
# Japanese mixes Han characters with kana; Chinese has no kana.
_KANA: Final = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# A guess needs this many stop words, and this share of the words, to be trusted.
_MIN_HITS: Final = 5
_MIN_SHARE: Final = 0.08
# Text where this share of the characters is Han is Chinese.
_MIN_HAN_SHARE: Final = 0.3
_SAMPLE_CHARS: Final = 20_000


def guess_language(text: str) -> str | None:
    """The language whose stop words are commonest in ``text``, or ``None`` if unsure."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    if letters and len(_HAN.findall(sample)) / letters > _MIN_HAN_SHARE:
        return "ja" if _KANA.search(sample) else "zh"
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    best, best_hits = None, 0
    for language, stopwords in STOPWORDS.items():
        if language in UNSPACED_LANGUAGES:
            continue
        hits = sum(1 for word in words if word in stopwords)
        if hits > best_hits:
            best, best_hits = language, hits
    if best_hits < _MIN_HITS or best_hits / len(words) < _MIN_SHARE:
        return None
    return best
