"""related_sections: drop the whole box that a "You may also like" heading opens (HTML).

Removes: every block of the container that a related-content heading opens (reason
``related_section``): a heading that reads as a related-content lead ("You may also
like", "Você pode gostar...", "Mehr zum Thema"; the phrases of ``related_links``) or
whose markup is marked ``related``, when it is the first block of a container that
holds more. That container is the box: the teasers under the heading are other
articles, however much prose their summaries hold. Runs before ``main_content``, so
that a box of long teasers cannot outvote a short article.

Never removes: a heading that is not the first block of its container (a "Related"
heading at the end of the body: ``related_links`` takes the heading alone and
``link_lists`` its links), a container that holds an ``<h1>`` (the page's headline:
the box would be the article's own wrapper), anything in text mode (no markup).

Fixture: tests/filters/test_related_sections.py (inline snippets); on the bench, a
short quote page outvoted by six quotes under "Você pode gostar..." (mensagensreflexao).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from articlekit._blocks import Block, Element, Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit.patterns import compile_phrases

__all__ = ["related_sections"]

# A box's heading is a label ("You may also like", "More from Politics"), not a
# sentence that starts with "Read more".
MAX_HEADING_WORDS: Final = 8
MAX_HEADING_CHARS: Final = 100
_LEADS: Final = compile_phrases("related", anchor="start")
_PAGE_TAGS: Final = frozenset({"body", "html"})


def related_sections(page: Page) -> Verdict:
    """Drop the boxes that related-content headings open."""
    if page.source != "html" or not page.elements:
        return Verdict()
    blocks = page.blocks
    positions: list[int] = []  # made when the first box heading is found
    drops: list[Drop] = []
    done = -1  # the end of the last box dropped: boxes do not nest
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.pos < done or not _is_box_heading(block):
            continue
        positions = positions or [other.pos for other in blocks]
        box = _box_opened_by(page, block, index, positions)
        if box is None:
            continue
        first, last = bisect_left(positions, box.id), bisect_left(positions, box.end)
        if any(other.kind == "heading" and other.level == 1 for other in blocks[first:last]):
            continue
        detail = f"in the box that {block.text!r} opens"
        drops.extend(new_drop(other, "related_section", detail) for other in blocks[first:last])
        done = box.end
    return Verdict(drops=tuple(drops))


def _is_box_heading(block: Block) -> bool:
    """A heading that names a box of other articles: marked so, or reading so."""
    if len(block.text) > MAX_HEADING_CHARS:
        return False  # (most long headings: no words counted, no phrases tried)
    if "related" in block.marks:
        return block.words <= MAX_HEADING_WORDS
    return (
        _LEADS.search(block.text, hints=block.phrase_hints) is not None
        and block.words <= MAX_HEADING_WORDS
    )


def _box_opened_by(page: Page, heading: Block, index: int, positions: list[int]) -> Element | None:
    """The smallest container whose first block is ``heading`` and that holds more."""
    if not heading.ancestors:
        return None
    element = page.elements.get(heading.ancestors[0])
    while element is not None and element.tag not in _PAGE_TAGS:
        first = bisect_left(positions, element.id)
        if first < index:
            return None  # something comes before the heading: not a box it opens
        if bisect_left(positions, element.end) - first > 1:
            return element
        element = page.elements.get(element.parent)
    return None
