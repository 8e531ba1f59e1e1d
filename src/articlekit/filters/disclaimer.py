"""disclaimer: drop site disclaimers, copyright lines and affiliate notices.

Removes: short blocks that start like a site's legal text: "Disclaimer:", "Statement:
The information provided on this website is for reference only", "The views expressed
...", "© 2024 ... All rights reserved", "We may earn a commission" (reason
``disclaimer``).

Never removes: article prose that quotes such words mid-sentence (the lead must open
the block), or anything longer than ``MAX_WORDS``.

Fixture: fixtures/sco-summit-xinhua (the "Statement: ..." paragraph at the end).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["disclaimer"]

# Site statements run to a few sentences.
MAX_WORDS: Final = 90
_LEADS: Final = compile_phrases("disclaimer", anchor="start")


def disclaimer(page: Page) -> Verdict:
    """Drop disclaimers and legal lines."""
    return mark_or_phrase(
        page,
        mark=None,
        pattern=_LEADS,
        max_words=MAX_WORDS,
        mark_reason="disclaimer",
        phrase_reason="disclaimer",
    )
