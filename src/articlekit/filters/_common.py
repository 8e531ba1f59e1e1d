"""Helpers shared by the built-in filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop
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
    bit = pattern.hint_bit if pattern is not None else 0
    for block in page.blocks:
        if (
            mark is not None
            and mark in block.marks
            and block.kind not in mark_spares
            and (mark_max_words is None or block.words <= mark_max_words)
        ):
            drops.append(new_drop(block, mark_reason, f"inside markup marked {mark!r}"))
            continue
        if (pattern is None and extra is None) or (
            block.kind in CAPTION_KINDS and not captions_too
        ):
            continue
        may_match = pattern is not None and (not bit or block.phrase_hints & bit)
        if (not may_match and extra is None) or block.words > max_words:
            continue  # (most blocks: the hint rules the phrases out, words not needed)
        if may_match and pattern is not None and (match := pattern.search(block.text)):
            drops.append(new_drop(block, phrase_reason, f"phrase {match.group(0).strip()!r}"))
        elif extra is not None and extra(block):
            drops.append(new_drop(block, phrase_reason, "shape"))
    return Verdict(drops=tuple(drops))
