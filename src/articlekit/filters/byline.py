"""byline: drop byline and article-meta fragments, and author boxes, from the body.

Removes: every block of an author box (``author_bio`` markup: ``author-bio``,
``about-author``, ``sabox``; the writer's biography under the article, however long;
reason ``author_bio``), short blocks inside byline/author/dateline markup (reason
``byline``), and
short blocks that are nothing but a byline or meta line: "by admin", "By Jane Doe",
"Posted by ...", "Source of this article: ... Author: ...", "Xinhua News Agency
reporter", "5 min read" (reason ``byline``). The article's authors come from the page's
metadata into ``Article.authors``.

Never removes: a paragraph that starts with "By" and goes on as a sentence ("By
Tuesday the river had risen ..."): the whole block must be the byline, and at most
``MAX_WORDS`` words.

Fixture: fixtures/sco-summit-xinhua ("by admin", "Xinhua News Agency reporter");
tests/filters/test_byline.py for author boxes.
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict, new_drop
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["byline"]

# Bylines and meta lines are a name or two plus a date or a source.
MAX_WORDS: Final = 16
_WHOLE: Final = compile_phrases("byline", anchor="whole")


def byline(page: Page) -> Verdict:
    """Drop author boxes, bylines and meta lines."""
    boxes = tuple(
        new_drop(block, "author_bio", "inside markup marked 'author_bio'")
        for block in page.blocks
        if "author_bio" in block.marks
    )
    lines = mark_or_phrase(
        page,
        mark="byline",
        pattern=_WHOLE,
        max_words=MAX_WORDS,
        mark_reason="byline",
        phrase_reason="byline",
        mark_max_words=MAX_WORDS,
    )
    if not boxes:
        return lines
    taken = {drop.block.index for drop in boxes}
    drops = boxes + tuple(drop for drop in lines.drops if drop.block.index not in taken)
    return Verdict(drops=tuple(sorted(drops, key=lambda drop: drop.block.index)))
