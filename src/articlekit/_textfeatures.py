"""Features of the lines of flattened text: what tells article prose from page chrome.

A flattened page is one visible block per line, with nothing left of its markup. What
remains to go by is the shape of each line (Kohlschütter et al. 2010; Pomikálek 2011):
prose is long, written in sentences and rich in the function words of its language;
navigation, share bars, tag lists and teaser headlines are short, title-cased, free of
function words, split by ``|`` or ``›``, or made of dates and counts; and page chrome
comes back (the same menu at the top and the bottom, "Reply" under every comment).

:func:`line_features` measures all of this for every line of a page at once (some
features, such as repetition, need the whole page); :func:`prose_language` picks the
language whose stop words the page uses most. The stop words are data, in
:mod:`articlekit.patterns.stopwords`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from articlekit._text import comparison_key
from articlekit.patterns.markup import ROW_CELL_SEPARATOR
from articlekit.patterns.stopwords import PROSE_STOPWORDS, UNSPACED_PROSE_LANGUAGES

__all__ = [
    "LineFeatures",
    "is_dated",
    "line_features",
    "prose_language",
    "sentence_breaks",
    "table_rows",
]

_WORD: Final = regex.compile(r"\w+")
# Characters of scripts written without spaces; each counts as a word.
_UNSPACED: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_KANA: Final = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# East Asian wide characters: one says about as much as two Latin letters (a Japanese
# or Korean sentence of 60 characters holds what an English one of 120 does), so they
# count twice in a line's length.
_WIDE: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A sentence ends in closing punctuation, perhaps followed by closing quotes/brackets.
_SENTENCE_END: Final = regex.compile(r"[.!?。！？…][\"'”’»)\]]*\s*$")
# Sentence breaks inside a line: punctuation, a space, then an upper-case letter, a
# letter of a script without case (Korean, Arabic, Hebrew, ...) or a quote; or CJK full
# stops, which take no space.
_SENTENCE_BREAK: Final = regex.compile(r"[.!?][\"'”’»)\]]*\s+[\"'“‘«(]?[\p{Lu}\p{Lo}]|[。！？]")
# Separators of breadcrumbs, menus and meta lines: "Home › News", "Posted in X | Reply".
_SEPARATOR: Final = regex.compile(r"(?:^|\s)[|›»·•/:](?:\s|$)|[|›»]")
# A date or a time, in any language: a year next to another number, a numeric date, or
# a clock time.
_DATE: Final = regex.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2})\b"
    r"|\b\d{1,2}\b\W{0,3}\w{0,12}\W{0,3}\b(?:19|20)\d{2}\b"
    r"|\b\w{3,12}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b"
)
# A count: a number alone or with a word ("0", "12 Comments", "858 shares", "[ 3 ]").
_COUNT: Final = regex.compile(r"^[\W_]*[\d.,]+[kKmM]?\+?(?:\s+\w+)?[\W_]*$")
# A language is guessed when its stop words are this share of the page's words, and at
# least this many (a menu holds a stray "us" or "and").
_MIN_LANGUAGE_SHARE: Final = 0.05
_MIN_LANGUAGE_HITS: Final = 5
# A page where this share of the letters are Han or kana is Chinese or Japanese.
_MIN_UNSPACED_SHARE: Final = 0.3


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What one line looks like.

    Attributes:
        chars: Length in characters, East Asian wide characters (Han, kana, Hangul)
            counting twice.
        words: Length in words (each Han or kana character counts as one).
        stopword_density: Share of the words that are stop words of the page's
            language; ``None`` when the language is unknown.
        sentence_end: Ends like a sentence (``.``, ``!``, ``?``, ``。``, ...).
        sentences: Sentence breaks inside the line, plus one if it ends like a sentence.
        capitalised: Share of the words written with a capital first letter (0 for
            scripts without case).
        separators: How many menu or breadcrumb separators (``|``, ``›``, ``»``, ...).
        table_row: A row of a table ("cell | cell", next to a line of as many cells):
            its separators are no menu's.
        dated: Holds a date or a clock time.
        count: Is a number, perhaps with a word or two ("12 Comments").
        repeats: How many other lines of the page read the same (case and punctuation
            aside).
    """

    chars: int
    words: int
    stopword_density: float | None
    sentence_end: bool
    sentences: int
    capitalised: float
    separators: int
    table_row: bool
    dated: bool
    count: bool
    repeats: int


def prose_language(lines: Sequence[str]) -> str | None:
    """The language whose stop words are commonest in ``lines``, or ``None``.

    Han and kana text is Chinese or Japanese (Japanese has kana); otherwise the
    language with the most stop-word hits wins if they are at least
    ``_MIN_LANGUAGE_SHARE`` of the words and ``_MIN_LANGUAGE_HITS`` in number.
    """
    text = "\n".join(lines)
    letters = sum(1 for char in text if char.isalpha())
    unspaced = len(_UNSPACED.findall(text))
    if letters and unspaced / letters > _MIN_UNSPACED_SHARE:
        return "ja" if len(_KANA.findall(text)) > unspaced / 10 else "zh"
    words = _WORD.findall(text.casefold())
    if not words:
        return None
    counts = Counter(words)
    best, best_hits = None, 0
    for language, stopwords in PROSE_STOPWORDS.items():
        if language in UNSPACED_PROSE_LANGUAGES:
            continue
        hits = sum(counts[word] for word in stopwords)
        if hits > best_hits:
            best, best_hits = language, hits
    if best_hits < max(_MIN_LANGUAGE_HITS, _MIN_LANGUAGE_SHARE * len(words)):
        return None
    return best


def table_rows(lines: Sequence[str]) -> set[int]:
    """Positions of the lines that are rows of a table, as articlekit writes them
    ("cell | cell | cell"): a line split into cells, next to a line split into as many.
    (A menu written on one line, "Home | News | Sport", has no such neighbour.)"""
    cells = [line.count(ROW_CELL_SEPARATOR) for line in lines]
    return {
        at
        for at, count in enumerate(cells)
        if count and count in cells[max(0, at - 1) : at] + cells[at + 1 : at + 2]
    }


def sentence_breaks(text: str) -> int:
    """How many sentences end inside the text (not counting its own end)."""
    return len(_SENTENCE_BREAK.findall(text))


def is_dated(text: str) -> bool:
    """Whether the text holds a date or a clock time."""
    return _DATE.search(text) is not None


def _density(text: str, language: str | None) -> tuple[int, float | None]:
    """Words in ``text`` and the share that are stop words of ``language``."""
    unspaced = _UNSPACED.findall(text)
    spaced = _WORD.findall(_UNSPACED.sub(" ", text).casefold()) if unspaced else None
    if spaced is None:
        spaced = _WORD.findall(text.casefold())
    words = len(unspaced) + len(spaced)
    if language is None or not words:
        return words, None
    stopwords = PROSE_STOPWORDS[language]
    if language in UNSPACED_PROSE_LANGUAGES:
        hits = sum(1 for char in unspaced if char in stopwords)
        hits += sum(1 for word in spaced if word in stopwords)
    else:
        hits = sum(1 for word in spaced if word in stopwords)
    return words, hits / words


def _capitalised(text: str) -> float:
    """Share of the words of a cased script that start with a capital."""
    cased = upper = 0
    for word in _WORD.findall(text):
        first = word[0]
        if first.lower() != first.upper():
            cased += 1
            upper += first.isupper()
    return upper / cased if cased else 0.0


def line_features(lines: Sequence[str], language: str | None) -> list[LineFeatures]:
    """The features of every line of one page (``language`` from :func:`prose_language`)."""
    keys = [comparison_key(line) for line in lines]
    seen = Counter(keys)
    wide = any(not line.isascii() and _WIDE.search(line) for line in lines)
    rows = table_rows(lines)
    features: list[LineFeatures] = []
    for at, (line, key) in enumerate(zip(lines, keys, strict=True)):
        words, density = _density(line, language)
        sentence_end = bool(_SENTENCE_END.search(line))
        features.append(
            LineFeatures(
                chars=len(line) + (len(_WIDE.findall(line)) if wide else 0),
                words=words,
                stopword_density=density,
                sentence_end=sentence_end,
                sentences=sentence_breaks(line) + sentence_end,
                capitalised=_capitalised(line),
                separators=len(_SEPARATOR.findall(line)),
                table_row=at in rows,
                dated=is_dated(line),
                count=bool(_COUNT.match(line)),
                repeats=seen[key] - 1 if key else 0,
            )
        )
    return features
