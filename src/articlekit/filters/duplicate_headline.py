"""duplicate_headline: drop the headline where the body repeats it.

Removes: blocks that are the page title again: the ``<h1>`` inside the article, the
title repeated at the top of flattened text, the title with a site name added
("Headline - Site News"), or cut short; compared case-insensitively on words only, so
punctuation and spacing do not matter (reason ``duplicate_headline``). The title stays
in ``Article.title``.

Never removes: a paragraph that merely contains the headline within a longer text
("Topic: <headline> ..." plus a sentence), or a short heading that is only part of
the headline: a block must cover ``MIN_COVERAGE`` of the title and not be much longer.

Fixture: fixtures/sco-summit-xinhua (the title twice at the top).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Drop, Verdict
from articlekit._text import comparison_key

__all__ = ["duplicate_headline"]

# A block holding the title may add this share of the title's length (a site name,
# a kicker) and still be the title.
MAX_EXTRA: Final = 0.6
# A block contained in the title must cover this share of it.
MIN_COVERAGE: Final = 0.8


def duplicate_headline(page: Page) -> Verdict:
    """Drop repeats of the page title."""
    title = page.metadata.title
    key = comparison_key(title) if title else ""
    if not key:
        return Verdict()
    limit = len(key) * (1 + MAX_EXTRA)
    drops: list[Drop] = []
    for block in page.blocks:
        if block.kind in ("caption", "credit") or len(block.text) > limit * 2:
            continue
        other = comparison_key(block.text)
        if not other:
            continue
        if other == key:
            drops.append(Drop(block, "duplicate_headline", "same words as the title"))
        elif key in other and len(other) <= limit:
            drops.append(Drop(block, "duplicate_headline", "the title with a prefix or suffix"))
        elif other in key and len(other) >= MIN_COVERAGE * len(key):
            drops.append(Drop(block, "duplicate_headline", "most of the title"))
    return Verdict(drops=tuple(drops))
