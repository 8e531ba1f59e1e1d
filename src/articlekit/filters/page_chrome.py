"""page_chrome: drop navigation, footers, sidebars, tag lists and forms inside the content.

Removes: blocks whose markup marks them as page furniture even inside the article
container: ``<nav>`` and menus (``navigation``), ``<footer>`` and copyright areas
(``footer``), ``<aside>``, sidebars and widgets (``sidebar``), tag and category lists
(``tag_list``), forms (``form``), dialogs (``dialog``), and short blocks of the page
``<header>`` (``page_header``: kicker, date, short standfirst).

Never removes: text whose marked element wraps most of the page (marks of wrappers are
ignored while segmenting), or longer prose in a ``<header>`` (a standfirst of more than
``MAX_HEADER_WORDS`` words stays).

Fixture: tests/filters/test_page_chrome.py (inline snippets).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Drop, Verdict, new_drop

__all__ = ["page_chrome"]

# Mark -> reason. Order matters: the first mark a block has names the reason.
REASONS: Final = MappingProxyType(
    {
        "navigation": "navigation",
        "dialog": "dialog",
        "footer": "footer",
        "aside": "sidebar",
        "tags": "tag_list",
        "form": "form",
    }
)
# Headers hold the headline, kicker, byline and date; a longer block is a standfirst.
MAX_HEADER_WORDS: Final = 20


def page_chrome(page: Page) -> Verdict:
    """Drop page furniture by its markup."""
    drops: list[Drop] = []
    for block in page.blocks:
        if not block.marks:
            continue
        for mark, reason in REASONS.items():
            if mark in block.marks:
                drops.append(new_drop(block, reason, f"inside markup marked {mark!r}"))
                break
        else:
            if "header" in block.marks and block.words <= MAX_HEADER_WORDS:
                drops.append(new_drop(block, "page_header", "short block in the page header"))
    return Verdict(drops=tuple(drops))
