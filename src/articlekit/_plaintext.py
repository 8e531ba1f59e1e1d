"""Segment text that a scraper already flattened into blocks.

Each non-blank line is a block: flattening tools write one visible block per line.
Structure is read from the shape of the lines: a short line without closing
punctuation, set apart by blank lines and followed by prose, is a heading; lines
opening with a bullet are list items, with ``>`` quotes. The title is the line the
page repeats near its top (the headline, its breadcrumb and its ``<title>`` often all
survive flattening), else the first line when it reads as a title
(:func:`reads_as_title`); never a line further down by its shape alone, which in an
article already clean is a section heading.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

import regex

from articlekit._blocks import Block, BlockKind, Metadata, Page
from articlekit._captions import has_photo_cue, photo_credit
from articlekit._limits import check_deadline
from articlekit._text import comparison_key, count_words, normalize_space
from articlekit._textfeatures import is_dated, sentence_breaks, table_rows
from articlekit.patterns.phrases import CRUMB_SEPARATORS

__all__ = ["reads_as_title", "segment_text"]

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
# ...and at most as many as a heading: of the articles cleaned from the benchmark's HTML
# pages, 2 in 600 titles are longer, but a quarter of the first paragraphs that would
# otherwise read as titles (standfirsts without a full stop).
_MAX_TITLE_WORDS: Final = _MAX_HEADING_WORDS
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
# A headline may end in a question or an exclamation mark ("Can the river be tamed?").
_TITLE_END: Final = regex.compile(r"[!?！？][\"”’»)\]]*\s*$")
_BULLET: Final = regex.compile(r"^(?:[-*•·▪●◦‣–]|\d{1,3}[.)])\s+")
_QUOTE: Final = regex.compile(r"^>\s*")
_MARKDOWN_HEADING: Final = regex.compile(r"^(#{1,6})\s+")
_CRUMB_SEPARATORS: Final = frozenset(CRUMB_SEPARATORS)
# A line of nothing but invisible format characters (a zero-width space, a word joiner,
# a direction mark) shows as a blank line: pages that space paragraphs with
# ``<p>&#8203;</p>`` flatten to such lines, and as blocks they would read as chrome
# between the paragraphs.
_INVISIBLE_LINE: Final = regex.compile(r"[\s\p{Cf}]*")


def _is_prose(text: str, words: int) -> bool:
    return words >= _PROSE_WORDS or (words >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(text)))


def _find_title(lines: list[str]) -> str | None:
    """The headline that repeats the page's first line (its ``<title>``, often with the
    site name added), else a title-shaped line repeated near the top, else the last
    crumb of a breadcrumb, else the first line when it reads as a title.

    A line further down is never the title by its shape alone: in an article that is
    already clean, the first heading-like line is a section heading.
    """
    rows = table_rows(lines[: _TITLE_WINDOW + 1])  # a header row is no headline
    if lines and 0 not in rows:
        first = comparison_key(lines[0])
        for line in lines[1:]:
            key = comparison_key(line)
            if not key or key not in first or count_words(line) < _MIN_TITLE_WORDS:
                continue
            if key == first and not reads_as_title(line, repeated=True):
                continue  # the first paragraph of an article, repeated (a pull quote)
            share = len(key) / len(first)
            if share >= _TITLE_SHARE or (first.startswith(key) and share >= _TITLE_PREFIX_SHARE):
                return line
    head = [line for at, line in enumerate(lines[:_TITLE_WINDOW]) if at not in rows]
    keys = Counter(comparison_key(line) for line in head)
    # A line repeated more often is chrome (a share bar under every teaser); a repeated
    # sentence or date is no headline, but a repeated headline may be long.
    for line in head:
        if 1 < keys[comparison_key(line)] <= _MAX_TITLE_REPEATS and reads_as_title(
            line, repeated=True
        ):
            return line
    # A breadcrumb whose last crumb is a line of its own also repeats the title.
    for line in head:
        if reads_as_title(line) and any(_ends_trail(other, line) for other in head):
            return line
    if lines and 0 not in rows and reads_as_title(lines[0]):
        return lines[0]
    return None


def _ends_trail(trail: str, crumb: str) -> bool:
    """Whether ``trail`` is a breadcrumb ending in ``crumb`` ("Home » News » <crumb>")."""
    trail, crumb = trail.casefold(), crumb.casefold()
    if len(trail) <= len(crumb) or not trail.endswith(crumb):
        return False
    return trail[: len(trail) - len(crumb)].rstrip()[-1:] in _CRUMB_SEPARATORS


def reads_as_title(line: str, *, repeated: bool = False) -> bool:
    """Whether a line can be a title by its shape: ``_MIN_TITLE_WORDS`` to
    ``_MAX_TITLE_WORDS`` words (more for a line the page repeats, if it holds no
    sentence break: a headline that names a whole occasion), not ending like a
    statement or a label (a headline may end in a question or an exclamation mark),
    and not a date, a photo caption or a credit."""
    words = count_words(line)
    if words < _MIN_TITLE_WORDS or (
        words > _MAX_TITLE_WORDS and (not repeated or sentence_breaks(line))
    ):
        return False
    return (
        (not _SENTENCE_END.search(line) or bool(_TITLE_END.search(line)))
        and not is_dated(line)
        and not has_photo_cue(line)
        and photo_credit(line) is None
    )


def segment_text(text: str, *, url: str | None = None) -> Page:
    """Segment flattened text into a :class:`Page`."""
    lines: list[tuple[str, int, bool]] = []  # (text, indent, blank line before)
    blank_before = True
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _INVISIBLE_LINE.fullmatch(stripped):
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
