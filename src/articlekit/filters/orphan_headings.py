"""orphan_headings: drop headings whose section the other filters removed entirely.

Removes: a heading when every block between it and the next heading (or the end of the
page) was removed by an earlier filter: "Related articles" above a dropped link list,
"Comments" above a dropped comment section, "Share this" above dropped buttons (reason
``orphan_heading``).

A label written as a paragraph, a quote or a list item ("Tags:", "Filed under:": at
most ``MAX_LABEL_WORDS`` words ending in a colon) is an orphan in the same way: nothing
follows it, or the next block left is a heading and blocks between them were removed
(reason ``orphan_label``).

Headings and labels over nothing but such orphans are orphans too (a label over an
orphaned label): the verdict is what a second pass would give, so cleaning its result
again drops nothing more.

Never removes: a heading directly followed by another heading in the source (a title
and its subtitle, "Part 1" and "Chapter 1": nothing was removed between them), a
heading or label that still introduces kept text (a label over a removed "REKLAMA"
and then its text).

Fixture: tests/filters/test_orphan_headings.py (inline snippets).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop

__all__ = ["orphan_headings"]

# A label ("Tags:", "Filed under:", "Share this article:") is a few words and a colon.
MAX_LABEL_WORDS: Final = 4
_LABEL_KINDS: Final = frozenset({"paragraph", "quote", "list_item"})


def orphan_headings(page: Page) -> Verdict:
    """Drop headings left with nothing under them."""
    blocks = page.blocks
    drops: list[Drop] = []
    following: Block | None = None  # the next block this filter keeps
    # From the end: a heading or label whose section is only the orphans under it is an
    # orphan too, so that cleaning the result again finds nothing more to drop.
    for position in range(len(blocks) - 1, -1, -1):
        block = blocks[position]
        drop = None
        if _is_label(block):
            if following is None or (
                following.kind == "heading" and following.index > block.index + 1
            ):
                drop = new_drop(block, "orphan_label", "what it introduced was removed")
        elif block.kind == "heading":
            section_gone = following is None or following.kind == "heading"
            removed = (following.index if following else block.index + 2) > block.index + 1
            if section_gone and removed and (following is not None or position > 0):
                drop = new_drop(block, "orphan_heading", "everything under it was removed")
        if drop is None:
            following = block
        else:
            drops.append(drop)
    return Verdict(drops=tuple(reversed(drops)))


def _is_label(block: Block) -> bool:
    """A paragraph, quote or list item that is a label for what follows: a few words and
    a colon. (Quotes and list items too: their text read back as plain text is a
    paragraph, and cleaning it again must drop nothing more.)"""
    return (
        block.kind in _LABEL_KINDS
        and block.text.endswith(":")
        and len(block.text.split()) <= MAX_LABEL_WORDS
    )
