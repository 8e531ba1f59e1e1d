"""link_lists: drop blocks that are mostly links: menus, tag clouds, teaser lists.

Removes: blocks of at most ``MAX_WORDS`` words of which more than
``MAX_LINK_DENSITY`` of the characters are link text (reason ``link_dense``).

Never removes: prose with links in it (most of its text is not linked), a long block
whatever its links, or text-mode blocks (flattened text has no links).

Fixture: tests/filters/test_link_lists.py (inline snippets).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict, drop_where

__all__ = ["link_lists"]

# Navigation and teaser items are almost all link; prose citing a source is not.
MAX_LINK_DENSITY: Final = 0.5
MAX_WORDS: Final = 50


def link_lists(page: Page) -> Verdict:
    """Drop short link-dense blocks."""
    return drop_where(
        page,
        "link_dense",
        lambda block: block.link_density > MAX_LINK_DENSITY and block.words <= MAX_WORDS,
        detail=f"over {MAX_LINK_DENSITY:.0%} of the text is links",
    )
