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

It also turns into caption text:

- the headings inside a ``<figcaption>`` that holds caption text too: a gallery caption
  titled "UK news in pictures" and dated in ``<h3>``/``<h4>`` is one caption, not three
  body headings;
- the paragraphs of a small caption element nested in caption markup that is too big
  to be one caption (more than ``MAX_CAPTION_BLOCKS`` blocks or ``MAX_CAPTION_CHARS``
  characters, whose blocks segmentation gave their own kinds back): a gallery item's
  "caption" holding a full and a shortened copy of its text, "more"/"less" toggles and a
  credit would otherwise end up in the body.

Never relabels: text outside caption markup; a caption heading or paragraph that is
mostly link text (the headline of a teaser card) or an ``<h1>`` (the page's own
headline, which themes put over the lead photo); captions in class-named caption boxes
(``<div class="caption">``) for the ``header`` rule, since themes also call the title
box laid over a hero image a caption ("carousel-caption"). Marks that say what a caption is not
(``hidden``, ``share``, ``related``, ``advert``, ...) stay.

Fixture: fixtures/independent-covid-contact-fines (gallery figcaptions titled and dated
in a ``<header>``); tests/filters/test_figure_captions.py (inline snippets).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from articlekit._blocks import Block, Page
from articlekit._captions import caption_elements
from articlekit._protocol import Verdict
from articlekit.filters._common import CAPTION_KINDS
from articlekit.patterns.markup import MAX_CAPTION_BLOCKS, MAX_CAPTION_CHARS

__all__ = ["figure_captions"]

# Marks that a caption's own markup gives to its parts: "copyright"/"legal" (footer),
# "author"/"byline"/"photographer" (byline) name the credit, a <header> the caption's
# title. Inside a caption they describe the caption, not the page.
CAPTION_PART_MARKS: Final = frozenset({"footer", "byline", "header"})
# A figure inside the article's <header> is its lead photo.
FIGCAPTION_LIFTED_MARKS: Final = frozenset({"header"})
# A caption heading or paragraph that is mostly link text is a teaser's headline.
MAX_CAPTION_LINK_DENSITY: Final = 0.5
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
        and block.link_density <= MAX_CAPTION_LINK_DENSITY
        and sources[0] in captions.with_text
        and any(source in captions.figcaptions for source in sources)
    )


class _Sizes:
    """Blocks and characters in an element, from the page's current blocks (cached)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.positions = [block.pos for block in page.blocks]
        self.cache: dict[int, bool] = {}

    def small(self, element_id: int) -> bool:
        """Whether the element is small enough to be one caption."""
        found = self.cache.get(element_id)
        if found is None:
            element = self.page.elements.get(element_id)
            found = False
            if element is not None:
                first = bisect_left(self.positions, element.id)
                last = bisect_left(self.positions, element.end)
                inside = self.page.blocks[first:last]
                found = len(inside) <= MAX_CAPTION_BLOCKS and (
                    sum(len(block.text) for block in inside) <= MAX_CAPTION_CHARS
                )
            self.cache[element_id] = found
        return found


def _is_nested_caption_text(block: Block, sources: list[int], sizes: _Sizes) -> bool:
    """A paragraph of a small caption element inside caption markup too big for one."""
    return (
        block.kind == "paragraph"
        and len(sources) > 1
        and block.link_density <= MAX_CAPTION_LINK_DENSITY
        and sizes.small(sources[-1])
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
    """Lift figure marks from caption blocks; make caption headings and nested caption
    paragraphs caption text."""
    if page.source != "html":
        return Verdict()
    captions = _Captions.of(page)
    sizes = _Sizes(page)
    relabels: list[Block] = []
    for block in page.blocks:
        sources = caption_elements(block)
        if not sources or sources[0] in captions.title_boxes:
            continue
        becomes_caption = _is_caption_heading(block, sources, captions) or _is_nested_caption_text(
            block, sources, sizes
        )
        if block.kind not in CAPTION_KINDS and not becomes_caption:
            continue
        lifted = _lifted(block, sources, captions)
        if not lifted and not becomes_caption:
            continue
        new = block.without_marks_from(lifted) if lifted else block
        relabels.append(new.relabel("caption") if becomes_caption else new)
    return Verdict(relabels=tuple(relabels))
