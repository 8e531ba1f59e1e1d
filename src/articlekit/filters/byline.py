"""byline: drop byline and article-meta fragments from the body.

Removes: short blocks inside byline/author/dateline markup (reason ``byline``), and
short blocks that are nothing but a byline or meta line: "by admin", "By Jane Doe",
"Posted by ...", "Source of this article: ... Author: ...", "Xinhua News Agency
reporter", "5 min read" (reason ``byline``). The article's authors come from the page's
metadata into ``Article.authors``.

Never removes: a paragraph that starts with "By" and goes on as a sentence ("By
Tuesday the river had risen ..."): the whole block must be the byline, and at most
``MAX_WORDS`` words.

Fixture: fixtures/sco-summit-xinhua ("by admin", "Xinhua News Agency reporter").
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["byline"]

# Bylines and meta lines are a name or two plus a date or a source.
MAX_WORDS: Final = 16
_WHOLE: Final = compile_phrases("byline", anchor="whole")


def byline(page: Page) -> Verdict:
    """Drop bylines and meta lines."""
    return mark_or_phrase(
        page,
        mark="byline",
        pattern=_WHOLE,
        max_words=MAX_WORDS,
        mark_reason="byline",
        phrase_reason="byline",
        mark_max_words=MAX_WORDS,
    )
