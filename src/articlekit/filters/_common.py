"""Helpers shared by the built-in filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit._speedups import compiled
from articlekit.patterns import Phrases

__all__ = ["CAPTION_KINDS", "mark_or_phrase"]

# Captions are judged by the caption logic, not by junk phrases ("Photo: Share ...").
CAPTION_KINDS: Final = frozenset({"caption", "credit"})


def mark_or_phrase(
    page: Page,
    *,
    mark: str | None,
    pattern: Phrases | None,
    max_words: int,
    mark_reason: str,
    phrase_reason: str,
    mark_max_words: int | None = None,
    extra: Callable[[Block], bool] | None = None,
    captions_too: bool = False,
    mark_spares: frozenset[str] = frozenset(),
) -> Verdict:
    """Drop blocks that the markup marks as ``mark``, or whose text matches ``pattern``.

    Args:
        page: The page.
        mark: A mark from :mod:`articlekit.patterns.markup` (``None``: markup not used).
        pattern: Compiled phrases (``None``: text not used).
        max_words: Only blocks of at most this many words are tested against phrases:
            a long paragraph that mentions a phrase is prose, not a prompt.
        mark_reason: Reason for drops by markup.
        phrase_reason: Reason for drops by phrase.
        mark_max_words: Only blocks of at most this many words are dropped by markup
            (``None``: any length).
        extra: Another test; a block it accepts is dropped with ``phrase_reason``.
        captions_too: Test captions against ``pattern`` as well. Only for phrases that
            must be the whole block: a caption that is nothing but "Anzeige" labels an
            advert, not a photo.
        mark_spares: Block kinds that the markup alone never drops (they are still
            tested against ``pattern``).

    Captions are otherwise only dropped by markup: their text is judged by
    ``photo_caption``.
    """
    drops: list[Drop] = []
    found = _scan(
        page.blocks,
        mark,
        pattern.hint_bit if pattern is not None else 0,
        pattern is not None,
        extra is not None,
        max_words,
        -1 if mark_max_words is None else mark_max_words,
        captions_too,
        mark_spares,
        CAPTION_KINDS,
    )
    for block, what in found:
        if what == MARKED:
            drops.append(new_drop(block, mark_reason, f"inside markup marked {mark!r}"))
        elif what == MAY_MATCH and pattern is not None and (match := pattern.search(block.text)):
            drops.append(new_drop(block, phrase_reason, f"phrase {match.group(0).strip()!r}"))
        elif extra is not None and extra(block):
            drops.append(new_drop(block, phrase_reason, "shape"))
    return Verdict(drops=tuple(drops))


# What scan_blocks finds in a block: markup drops it, or its text is to be tested
# against the phrases (and the extra test), or against the extra test alone.
MARKED, MAY_MATCH, EXTRA_ONLY = 1, 2, 3


def scan_blocks(
    blocks: tuple[Block, ...],
    mark: str | None,
    bit: int,
    has_pattern: bool,
    has_extra: bool,
    max_words: int,
    mark_max_words: int,
    captions_too: bool,
    mark_spares: frozenset[str],
    caption_kinds: frozenset[str],
) -> list[tuple[Block, int]]:
    """The blocks ``mark_or_phrase`` has to look at, and how (``MARKED``, ``MAY_MATCH``,
    ``EXTRA_ONLY``); ``mark_max_words`` -1 for any length. Most blocks are ruled out by
    their marks, kind, phrase hints and word count alone. (``_cwalk.scan_blocks`` is
    the compiled twin.)"""
    found: list[tuple[Block, int]] = []
    for block in blocks:
        if (
            mark is not None
            and mark in block.marks
            and block.kind not in mark_spares
            and (mark_max_words < 0 or block.words <= mark_max_words)
        ):
            found.append((block, MARKED))
            continue
        if (not has_pattern and not has_extra) or (
            block.kind in caption_kinds and not captions_too
        ):
            continue
        may_match = has_pattern and (not bit or block.phrase_hints & bit)
        if (not may_match and not has_extra) or block.words > max_words:
            continue  # (most blocks: the hint rules the phrases out, words not needed)
        found.append((block, MAY_MATCH if may_match else EXTRA_ONLY))
    return found


_CWALK: Final = compiled("_cwalk")
_scan: Final = scan_blocks if _CWALK is None else _CWALK.scan_blocks
