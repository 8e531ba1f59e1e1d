"""Segment text that a scraper already flattened into blocks.

Each non-blank line is a block: flattening tools write one visible block per line.
Structure is read from the shape of the lines: a short line without closing
punctuation, set apart by blank lines and followed by prose, is a heading; lines
opening with a bullet are list items, with ``>`` quotes. The title is the line the
page repeats near its top (the headline, its breadcrumb and its ``<title>`` often all
survive flattening), else a heading-like first line.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

import regex

from articlekit._blocks import Block, BlockKind, Metadata, Page
from articlekit._captions import has_photo_cue, photo_credit
from articlekit._limits import check_deadline
from articlekit._text import comparison_key, count_words, normalize_space

__all__ = ["segment_text"]

# A heading has at most this many words and characters.
_MAX_HEADING_WORDS: Final = 20
_MAX_HEADING_CHARS: Final = 160
# A block this long (in words) is prose, whatever its punctuation.
_PROSE_WORDS: Final = 25
# A shorter block is prose when it ends like a sentence and has at least this many words.
_SENTENCE_WORDS: Final = 8
# The title is looked for among this many first lines.
_TITLE_WINDOW: Final = 20
# A title line has at least this many words (one-word lines are menus).
_MIN_TITLE_WORDS: Final = 3
# The headline holds at least this share of the document title it repeats (the rest is
# the site name: "Headline - Site News").
_TITLE_SHARE: Final = 0.5
# The title repeats at most this many times near the top.
_MAX_TITLE_REPEATS: Final = 3
# ...or this share when it starts the document title (a long site name follows).
_TITLE_PREFIX_SHARE: Final = 0.3

# Closing punctuation, perhaps followed by closing quotes or brackets. A line that ends
# in a quote without punctuation before it ("... the “Shanghai Spirit”") is no sentence.
_SENTENCE_END: Final = regex.compile(r"[.!?。！？…:;,][\"”’»)\]]*\s*$")
_BULLET: Final = regex.compile(r"^(?:[-*•·▪●◦‣–]|\d{1,3}[.)])\s+")
_QUOTE: Final = regex.compile(r"^>\s*")
_MARKDOWN_HEADING: Final = regex.compile(r"^(#{1,6})\s+")


def _is_prose(text: str, words: int) -> bool:
    return words >= _PROSE_WORDS or (words >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(text)))


def _find_title(lines: list[str]) -> str | None:
    """The headline that repeats the page's first line (its ``<title>``, often with the
    site name added), else the most repeated longer line near the top, else the first
    heading-like line."""
    if lines:
        first = comparison_key(lines[0])
        for line in lines[1:]:
            key = comparison_key(line)
            if not key or key not in first or count_words(line) < _MIN_TITLE_WORDS:
                continue
            share = len(key) / len(first)
            if share >= _TITLE_SHARE or (first.startswith(key) and share >= _TITLE_PREFIX_SHARE):
                return line
    head = lines[:_TITLE_WINDOW]
    keys = Counter(comparison_key(line) for line in head)
    # A line repeated more often is chrome (a share bar under every teaser).
    repeated = [
        line
        for line in head
        if 1 < keys[comparison_key(line)] <= _MAX_TITLE_REPEATS
        and count_words(line) >= _MIN_TITLE_WORDS
    ]
    if repeated:
        return repeated[0]
    # A breadcrumb whose last crumb is a line of its own also repeats the title.
    for line in head:
        key = comparison_key(line)
        if count_words(line) >= _MIN_TITLE_WORDS and any(
            other != line and comparison_key(other).endswith(key) for other in head
        ):
            return line
    for line in head:
        words = count_words(line)
        if _MIN_TITLE_WORDS <= words <= _MAX_HEADING_WORDS * 2 and not _SENTENCE_END.search(line):
            return line
    return None


def segment_text(text: str, *, url: str | None = None) -> Page:
    """Segment flattened text into a :class:`Page`."""
    lines: list[tuple[str, int, bool]] = []  # (text, indent, blank line before)
    blank_before = True
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        indent = len(line) - len(line.lstrip())
        lines.append((normalize_space(stripped), indent, blank_before))
        blank_before = False

    words = [count_words(line) for line, _, _ in lines]
    blocks: list[Block] = []
    for index, (line, indent, blank) in enumerate(lines):
        if not index & 4095:
            check_deadline("segmenting text")
        kind: BlockKind = "paragraph"
        level = 0
        body = line
        if match := _MARKDOWN_HEADING.match(line):
            kind, level, body = "heading", len(match.group(1)), line[match.end() :]
        elif _BULLET.match(line):
            kind = "list_item"
        elif _QUOTE.match(line):
            kind, body = "quote", line[_QUOTE.match(line).end() :]  # type: ignore[union-attr]
        elif _looks_like_heading(lines, words, index, blank):
            kind, level = "heading", 2
        blocks.append(
            Block(index=index, kind=kind, text=body, level=level, indent=indent, pos=index)
        )

    title = _find_title([line for line, _, _ in lines])
    metadata = Metadata(title=title, url=url)
    return Page(blocks=tuple(blocks), metadata=metadata, source="text")


def _looks_like_heading(
    lines: list[tuple[str, int, bool]], words: list[int], index: int, blank_before: bool
) -> bool:
    line = lines[index][0]
    if (
        not blank_before
        or has_photo_cue(line)
        or photo_credit(line) is not None
        or words[index] == 0
        or words[index] > _MAX_HEADING_WORDS
        or len(line) > _MAX_HEADING_CHARS
        or _SENTENCE_END.search(line)
        or index == 0
        or index + 1 >= len(lines)
    ):
        return False
    after_blank = lines[index + 1][2]
    previous, following = lines[index - 1][0], lines[index + 1][0]
    return (
        after_blank
        and _is_prose(following, words[index + 1])
        and _is_prose(previous, words[index - 1])
    )
