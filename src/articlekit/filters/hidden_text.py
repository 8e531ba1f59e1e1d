"""hidden_text: drop text the page never shows to readers.

Removes: blocks inside elements with the ``hidden`` attribute, an inline
``display:none`` / ``visibility:hidden`` style, or a class or id token that means
hidden (``hidden``, ``sr-only``, ``visually-hidden``, ...). Reason ``hidden``.

Never removes: text hidden by ``aria-hidden`` (consent dialogs set it on the whole
article), or text of a hidden wrapper around most of the page (such a mark is ignored
while segmenting; see ``WRAPPER_SHARE``).

Fixture: tests/filters/test_hidden_text.py (inline snippets).
"""

from __future__ import annotations

from articlekit._blocks import Page
from articlekit._protocol import Verdict, drop_where

__all__ = ["hidden_text"]


def hidden_text(page: Page) -> Verdict:
    """Drop blocks marked hidden by their markup."""
    return drop_where(page, "hidden", lambda block: "hidden" in block.marks, detail="hidden markup")
