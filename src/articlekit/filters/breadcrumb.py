"""breadcrumb: drop breadcrumb trails.

Removes: blocks inside breadcrumb markup, and blocks shaped like a trail: a home crumb
("Home", "Startseite", "Accueil", "首页", ...) followed by a separator (``»``, ``›``,
``>``, ``/``, ``|``, ``→``), or at least ``MIN_CRUMBS`` short crumbs joined by
``»``/``›``/``>`` (reason ``breadcrumb``).

Never removes: prose with an arrow or a "Home" in it: the home crumb must open the
block and every crumb of a crumb-only trail must be short.

Fixture: fixtures/sco-summit-xinhua ("Home » Drawing a blueprint ...").
"""

from __future__ import annotations

import re
from typing import Final

import regex

from articlekit._blocks import Block, Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import phrase_alternation
from articlekit.patterns.phrases import CRUMB_SEPARATORS

__all__ = ["breadcrumb"]

# A trail without a home crumb needs this many crumbs to be told from prose.
MIN_CRUMBS: Final = 3
# Crumbs of a trail without a home crumb are section names: a longer one is prose.
MAX_CRUMB_WORDS: Final = 10
# A trail with a home crumb may end in a whole headline.
MAX_WORDS: Final = 80
_SEPARATORS: Final = CRUMB_SEPARATORS
_HOME_TRAIL: Final = regex.compile(
    rf"^[\W_]*(?:{phrase_alternation('home')})\s*[{_SEPARATORS}]", regex.IGNORECASE
)
_STRONG_SEPARATOR: Final = regex.compile(r"\s*[»›>→]\s*")
# Either shape needs a separator: most blocks are ruled out by this one scan.
_ANY_SEPARATOR: Final = re.compile(f"[{re.escape(_SEPARATORS)}]")


def _is_trail(block: Block) -> bool:
    if _ANY_SEPARATOR.search(block.text) is None:
        return False
    if _HOME_TRAIL.search(block.text):
        return True
    crumbs = _STRONG_SEPARATOR.split(block.text)
    return len(crumbs) >= MIN_CRUMBS and all(
        0 < len(crumb.split()) <= MAX_CRUMB_WORDS for crumb in crumbs
    )


def breadcrumb(page: Page) -> Verdict:
    """Drop breadcrumb trails."""
    return mark_or_phrase(
        page,
        mark="breadcrumb",
        pattern=None,
        max_words=MAX_WORDS,
        mark_reason="breadcrumb",
        phrase_reason="breadcrumb",
        extra=_is_trail,
    )
