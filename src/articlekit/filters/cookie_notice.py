"""cookie_notice: drop cookie banners, consent dialogs and privacy-preference text.

Removes: blocks inside consent markup (class/id tokens such as ``cookie``, ``consent``,
``gdpr``, ``cmp``, ``onetrust``; reason ``cookie_banner``), and short blocks that say
what cookie banners say ("This website uses cookies", "Accept all cookies",
"Privacy & Cookies Policy"; reason ``cookie_notice``), in every language of
:mod:`articlekit.patterns.phrases`.

Never removes: a paragraph longer than ``MAX_WORDS`` that mentions cookies, such as
an article about browser privacy.

Fixture: fixtures/sco-summit-xinhua (the closing banner and its policy link).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["cookie_notice"]

# Cookie banners run to a few sentences; longer text is prose about cookies.
MAX_WORDS: Final = 80
_PHRASES: Final = compile_phrases("cookie")


def cookie_notice(page: Page) -> Verdict:
    """Drop cookie and consent banners."""
    return mark_or_phrase(
        page,
        mark="cookie",
        pattern=_PHRASES,
        max_words=MAX_WORDS,
        mark_reason="cookie_banner",
        phrase_reason="cookie_notice",
    )
