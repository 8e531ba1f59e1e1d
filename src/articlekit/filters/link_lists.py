"""link_lists: drop blocks that are mostly links: menus, tag clouds, teaser lists.

Removes: blocks of at most ``MAX_WORDS`` words of which more than
``MAX_LINK_DENSITY`` of the characters are link text (reason ``link_dense``).

Never removes: prose with links in it (most of its text is not linked), a long block
whatever its links, text-mode blocks (flattened text has no links), or a photo caption
whose links fit in its credit (a link to the photographer, the agency or the licence:
"Photo: Jane Doe via Unsplash"; a credit by markup is all credit).

Fixture: tests/filters/test_link_lists.py (inline snippets);
fixtures/netzpolitik-cider-connection (captions crediting a licence).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Block, Page
from articlekit._captions import split_credit
from articlekit._protocol import Verdict, drop_where

__all__ = ["link_lists"]

# Navigation and teaser items are almost all link; prose citing a source is not.
MAX_LINK_DENSITY: Final = 0.5
MAX_WORDS: Final = 50
# Link text and credit are measured on text whose spaces and brackets differ a little.
CREDIT_LINK_SLACK: Final = 3


def _attributed(block: Block) -> bool:
    """A caption whose links fit in its credit: they credit the photo, they are no list."""
    if block.kind == "credit":
        return True
    if block.kind != "caption":
        return False
    credit = split_credit(block.text, hints=block.phrase_hints)[1]
    return credit is not None and block.link_chars <= len(credit) + CREDIT_LINK_SLACK


def link_lists(page: Page) -> Verdict:
    """Drop short link-dense blocks."""
    return drop_where(
        page,
        "link_dense",
        lambda block: (
            block.link_density > MAX_LINK_DENSITY
            and block.words <= MAX_WORDS
            and not _attributed(block)
        ),
        detail=f"over {MAX_LINK_DENSITY:.0%} of the text is links",
    )
