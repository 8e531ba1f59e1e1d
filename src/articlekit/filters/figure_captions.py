"""figure_captions: keep the article's photo captions away from the furniture filters.

Relabels (never drops). Caption markup often carries classes and tags that elsewhere
mean page furniture, and the furniture filters (``page_chrome``, ``byline``) would
throw the caption away for them. This filter runs before them and lifts, from caption
blocks, the marks that belong to the figure rather than to the page:

- marks given by the caption's own markup (the element that opens the caption or any
  element inside it, known by the ``caption`` mark): a credit classed ``copyright`` is
  not a page footer, a photographer classed ``author`` not a byline, a ``<header>``
  inside a ``<figcaption>`` not the page header (``CAPTION_PART_MARKS``);
- a ``header`` mark on a block inside a ``<figcaption>``: the article's ``<header>``
  holds its lead photo, and that photo's caption is not a kicker or a date line.

It also turns the headings inside a ``<figcaption>`` into caption text when the
figcaption holds caption text too: a gallery caption titled "UK news in pictures" and
dated in ``<h3>``/``<h4>`` is one caption, not three body headings.

Never relabels: text outside caption markup; a caption heading that is mostly link text
(the headline of a teaser card) or an ``<h1>`` (the page's own headline, which themes
put over the lead photo); captions in class-named caption boxes (``<div
class="caption">``) for the ``header`` rule, since themes also call the title box laid
over a hero image a caption ("carousel-caption"). Marks that say what a caption is not
(``hidden``, ``share``, ``related``, ``advert``, ...) stay.

Fixture: fixtures/independent-covid-contact-fines (gallery figcaptions titled and dated
in a ``<header>``); tests/filters/test_figure_captions.py (inline snippets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from articlekit._blocks import Block, Page
from articlekit._captions import caption_elements
from articlekit._protocol import Verdict
from articlekit.filters._common import CAPTION_KINDS

__all__ = ["figure_captions"]

# Marks that a caption's own markup gives to its parts: "copyright"/"legal" (footer),
# "author"/"byline"/"photographer" (byline) name the credit, a <header> the caption's
# title. Inside a caption they describe the caption, not the page.
CAPTION_PART_MARKS: Final = frozenset({"footer", "byline", "header"})
# A figure inside the article's <header> is its lead photo.
FIGCAPTION_LIFTED_MARKS: Final = frozenset({"header"})
# A caption heading that is mostly link text is a teaser's headline.
MAX_HEADING_LINK_DENSITY: Final = 0.5
# The page's own headline. A caption element around it is the title box that themes
# lay over the lead photo (headline, author, date), not a photo caption.
HEADLINE_TAG: Final = "h1"


@dataclass
class _Captions:
    """What the page's caption elements hold, by the id of the element opening each."""

    with_text: set[int] = field(default_factory=set)
    title_boxes: set[int] = field(default_factory=set)
    figcaptions: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, page: Page) -> _Captions:
        found = cls()
        for block in page.blocks:
            sources = caption_elements(block)
            if not sources:
                continue
            if block.kind in CAPTION_KINDS:
                found.with_text.add(sources[0])
            elif block.kind == "heading" and block.tag == HEADLINE_TAG:
                found.title_boxes.add(sources[0])
            for source in sources:
                element = page.elements.get(source)
                if element is not None and element.tag == "figcaption":
                    found.figcaptions.add(source)
        return found


def _is_caption_heading(block: Block, sources: list[int], captions: _Captions) -> bool:
    """A heading that is part of a figcaption's caption text."""
    return (
        block.kind == "heading"
        and block.tag != HEADLINE_TAG
        and block.link_density <= MAX_HEADING_LINK_DENSITY
        and sources[0] in captions.with_text
        and any(source in captions.figcaptions for source in sources)
    )


def _lifted(block: Block, sources: list[int], captions: _Captions) -> set[int]:
    """Ids of the elements whose marks on this caption block belong to the figure."""
    opening = sources[0]
    lifted = {
        source
        for mark, source in block.mark_sources
        if mark in CAPTION_PART_MARKS and source >= opening
    }
    if any(source in captions.figcaptions for source in sources):
        lifted |= {source for mark, source in block.mark_sources if mark in FIGCAPTION_LIFTED_MARKS}
    return lifted


def figure_captions(page: Page) -> Verdict:
    """Lift figure marks from caption blocks; make figcaption headings caption text."""
    if page.source != "html":
        return Verdict()
    captions = _Captions.of(page)
    relabels: list[Block] = []
    for block in page.blocks:
        sources = caption_elements(block)
        if not sources or sources[0] in captions.title_boxes:
            continue
        caption_heading = _is_caption_heading(block, sources, captions)
        if block.kind not in CAPTION_KINDS and not caption_heading:
            continue
        lifted = _lifted(block, sources, captions)
        if not lifted and not caption_heading:
            continue
        new = block.without_marks_from(lifted) if lifted else block
        relabels.append(new.relabel("caption") if caption_heading else new)
    return Verdict(relabels=tuple(relabels))
