"""orphan_headings: drop headings whose section the other filters removed entirely.

Removes: a heading when every block between it and the next heading (or the end of the
page) was removed by an earlier filter: "Related articles" above a dropped link list,
"Comments" above a dropped comment section, "Share this" above dropped buttons (reason
``orphan_heading``).

Never removes: a heading directly followed by another heading in the source (a title
and its subtitle, "Part 1" and "Chapter 1": nothing was removed between them), or a
heading that still introduces kept text.

Fixture: tests/filters/test_orphan_headings.py (inline snippets).
"""

from __future__ import annotations

from articlekit._blocks import Page
from articlekit._protocol import Drop, Verdict, new_drop

__all__ = ["orphan_headings"]


def orphan_headings(page: Page) -> Verdict:
    """Drop headings left with nothing under them."""
    blocks = page.blocks
    drops: list[Drop] = []
    for position, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        section_gone = following is None or following.kind == "heading"
        something_removed = (following.index if following else block.index + 2) > block.index + 1
        if section_gone and something_removed and (following is not None or position > 0):
            drops.append(new_drop(block, "orphan_heading", "everything under it was removed"))
    return Verdict(drops=tuple(drops))
