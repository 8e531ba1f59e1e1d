"""no_words: drop blocks without a single letter or digit.

Removes: separators and icon residue such as "|", "•", "…", "»", "* * *" (reason
``no_text``).

Never removes: any block with a word character, however short ("5", "OK").

Fixture: tests/filters/test_no_words.py (inline snippets).
"""

from __future__ import annotations

from typing import Final

import regex

from articlekit._blocks import Page
from articlekit._protocol import Verdict, drop_where

__all__ = ["no_words"]

_WORD: Final = regex.compile(r"\w")


def no_words(page: Page) -> Verdict:
    """Drop blocks that hold no word character."""
    return drop_where(page, "no_text", lambda block: _WORD.search(block.text) is None)
