"""share_prompts: drop share, follow and newsletter prompts.

Removes: short blocks inside share/social/newsletter markup (reason ``share_widget``)
and short blocks with the words of such prompts: "Share this article", "Follow us on
Twitter", "Sign up for our newsletter", a bare row of network names (reason
``share_prompt``).

Never removes: prose that mentions sharing or newsletters (blocks longer than
``MAX_WORDS``), long text in markup that merely carries a social class, or a quote for
its markup alone: a ``<blockquote>`` in a "social-media-embed" box is an embedded post
that the article quotes, not a button.

Fixture: tests/filters/test_share_prompts.py (inline snippets).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["share_prompts"]

# Prompts are labels or one or two sentences ("There's plenty more where that came
# from. Sign up for ... to get the free daily newsletter delivered to your inbox daily."
# is 26 words). On the benchmark, 35 takes that promo and an author's "Follow him on
# Twitter" line (25 took neither); 45 takes a long line of an article, 60 two more.
MAX_WORDS: Final = 35
_PHRASES: Final = compile_phrases("share")


def share_prompts(page: Page) -> Verdict:
    """Drop share, follow and newsletter prompts."""
    return mark_or_phrase(
        page,
        mark="share",
        pattern=_PHRASES,
        max_words=MAX_WORDS,
        mark_reason="share_widget",
        phrase_reason="share_prompt",
        mark_max_words=MAX_WORDS,
        mark_spares=frozenset({"quote"}),
    )
