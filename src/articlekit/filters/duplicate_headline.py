"""duplicate_headline: drop the headline where the body repeats it.

Removes: blocks that are the page title again: the ``<h1>`` inside the article, the
title repeated at the top of flattened text, the title with a site name added
("Headline - Site News"), or cut short; compared case-insensitively on words only, so
punctuation and spacing do not matter; and the ``<h1>`` that opens the article before its
first paragraph, which is the headline even when the page's declared title words it
differently (an SEO title in ``og:title``) (reason ``duplicate_headline``). The title
stays in ``Article.title``.

Never removes: a paragraph that merely contains the headline within a longer text
("Topic: <headline> ..." plus a sentence), or a short heading that is only part of
the headline: a block must cover ``MIN_COVERAGE`` of the title and not be much longer.

Fixture: fixtures/sco-summit-xinhua (the title twice at the top).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit._text import KEY_MAX_GROWTH, comparison_key

__all__ = ["duplicate_headline"]

# A block holding the title may add this share of the title's length (a site name,
# a kicker) and still be the title.
MAX_EXTRA: Final = 0.6
# A block contained in the title must cover this share of it.
MIN_COVERAGE: Final = 0.8


def _opening_h1(page: Page) -> Block | None:
    """The first-level heading that comes before any body text, if any."""
    for block in page.blocks:
        if block.kind == "heading" and block.level == 1:
            return block
        if block.kind in ("paragraph", "list_item", "quote", "code"):
            return None
    return None


def duplicate_headline(page: Page) -> Verdict:
    """Drop repeats of the page title."""
    title = page.metadata.title
    key = comparison_key(title) if title else ""
    opening = _opening_h1(page)
    drops: list[Drop] = []
    if opening is not None:
        drops.append(new_drop(opening, "duplicate_headline", "the <h1> that opens the article"))
    if not key:
        return Verdict(drops=tuple(drops))
    limit = len(key) * (1 + MAX_EXTRA)
    # Blocks whose key cannot be the title's size are not compared: a key is at most
    # KEY_MAX_GROWTH times its text and at least as long as its word count (each word
    # keeps a character). Not by the text's length: "© � © 東京" is mostly not words.
    shortest = MIN_COVERAGE * len(key) / KEY_MAX_GROWTH
    for block in page.blocks:
        if (
            block is opening
            or block.kind in ("caption", "credit")
            or len(block.text) < shortest
            or block.words > limit
        ):
            continue
        other = comparison_key(block.text)
        if not other:
            continue
        if other == key:
            drops.append(new_drop(block, "duplicate_headline", "same words as the title"))
        elif key in other and len(other) <= limit:
            drops.append(new_drop(block, "duplicate_headline", "the title with a prefix or suffix"))
        elif other in key and len(other) >= MIN_COVERAGE * len(key):
            drops.append(new_drop(block, "duplicate_headline", "most of the title"))
    return Verdict(drops=tuple(drops))
