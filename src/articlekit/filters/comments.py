"""comments: drop comment sections and comment-form text.

Removes: every block inside comment markup (``#comments``, ``.comment-list``,
``#respond``, Disqus; reason ``comment_section``), and short blocks with the phrases
of comment forms: "Leave a Comment", "Leave a Reply", "Your email address will not be
published", "Notify me of follow-up comments", "This site uses Akismet to reduce
spam", "3 Comments" (reason ``comment_form``), in every language of
:mod:`articlekit.patterns.phrases`.

Never removes: article prose that talks about comments (longer than ``MAX_WORDS``),
or an article body whose wrapper carries a comment class (wrapper marks are ignored).

Fixture: fixtures/sco-summit-xinhua ("Leave a Comment", the Akismet notice).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["comments"]

# Comment-form text is a label or one or two sentences.
MAX_WORDS: Final = 40
_PHRASES: Final = compile_phrases("comments")


def comments(page: Page) -> Verdict:
    """Drop comment sections and comment forms."""
    return mark_or_phrase(
        page,
        mark="comments",
        pattern=_PHRASES,
        max_words=MAX_WORDS,
        mark_reason="comment_section",
        phrase_reason="comment_form",
    )
