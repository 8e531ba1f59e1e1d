"""related_links: drop "See also", "Read more", "You may also like" and "Most read" inserts.

Removes: blocks inside related-content markup (``related``, ``recommended``,
``more-stories``, Outbrain, Taboola, YARPP; reason ``related_links``), and short blocks
that start with a related-content lead ("See also ...", "Read more:", "Lesen Sie
auch", "À lire aussi", "相关阅读"; reason ``see_also``), wherever they sit in the body.

Never removes: a sentence of prose that happens to start with such words ("Read more
carefully, the report says ..."): only blocks up to ``MAX_WORDS`` words are tested.

Fixture: fixtures/sco-summit-xinhua (three "See also" lines inside the body).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["related_links"]

# A "See also" line is a lead plus one headline; headlines run to about 25 words.
MAX_WORDS: Final = 30
_LEADS: Final = compile_phrases("related", anchor="start")


def related_links(page: Page) -> Verdict:
    """Drop related-article inserts and link lists."""
    return mark_or_phrase(
        page,
        mark="related",
        pattern=_LEADS,
        max_words=MAX_WORDS,
        mark_reason="related_links",
        phrase_reason="see_also",
    )
