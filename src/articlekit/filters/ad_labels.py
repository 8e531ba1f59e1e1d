"""ad_labels: drop the labels that stand in for advertisements.

Removes: blocks that consist only of an advertising label: "Advertisement",
"Story continues below advertisement", "Anzeige", "Publicité", "广告" (reason
``ad_label``), and short blocks inside ad markup (reason ``advert``).

Never removes: a sentence that mentions advertising: the label must be the whole block.
A caption is tested too (a figure captioned "ANZEIGE" is an advert), but only as a
whole: a photo caption that mentions an advert stays.

Fixture: tests/filters/test_ad_labels.py (inline snippets).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["ad_labels"]

# Ad and promo slots hold a label and perhaps a line of sponsor text or a teaser
# sentence ("Freelance writers and photographers fear California's new gig worker law
# will make them unemployable.", 15 words, in a "promo" box inside an article). On the
# benchmark, 12 left that teaser; 20 and 30 take it and nothing else.
MAX_WORDS: Final = 25
_LABELS: Final = compile_phrases("advert", anchor="whole")


def ad_labels(page: Page) -> Verdict:
    """Drop advertisement labels."""
    return mark_or_phrase(
        page,
        mark="advert",
        pattern=_LABELS,
        max_words=MAX_WORDS,
        mark_reason="advert",
        phrase_reason="ad_label",
        mark_max_words=MAX_WORDS,
        captions_too=True,
    )
