"""photo_caption: move photo captions written as paragraphs into the captions.

Relabels (never drops): paragraphs of at most ``MAX_WORDS`` words that describe a photo,
known by a photo cue ("(photo taken on May 30, 2018)", "(drone shot)", "(file
photo)") or by ending in a credit ("... Photo by Xinhua News Agency reporter Shen
Bohan", "(Photo: AP)", "... / Getty Images"). They become ``caption`` blocks, which
``Article.captions`` receives with the credit split off. Markup captions
(``figcaption``, ``wp-caption-text``, ``[class*=caption]``) are captions from the start.

Never relabels: headings, list items and quotes (a definition list's "Photo:" and its
description are a credit from segmentation on); a long paragraph; prose that ends with
"... the photographer said" (a credit must follow a credit lead and be short).

Fixture: fixtures/sco-summit-xinhua (eleven captions written as paragraphs).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Block, Page
from articlekit._captions import has_photo_cue, may_read_as_caption, photo_credit
from articlekit._protocol import Verdict

__all__ = ["photo_caption"]

# Agency captions run to two or three long sentences (about 90 words).
MAX_WORDS: Final = 120


def _is_caption(block: Block) -> bool:
    if block.kind != "paragraph" or block.words > MAX_WORDS:
        return False
    hints = block.phrase_hints
    if not may_read_as_caption(hints):
        return False
    return has_photo_cue(block.text, hints) or photo_credit(block.text, hints) is not None


def photo_caption(page: Page) -> Verdict:
    """Relabel caption-like paragraphs as captions."""
    return Verdict(
        relabels=tuple(block.relabel("caption") for block in page.blocks if _is_caption(block))
    )
