"""related_links: drop "See also", "Read more", "You may also like" and "Most read" inserts.

Removes: blocks inside related-content markup (``related``, ``recommended``,
``more-stories``, Outbrain, Taboola, YARPP; reason ``related_links``), and short blocks
that start with a related-content lead ("See also ...", "Read more:", "Lesen Sie
auch", "À lire aussi", "相关阅读"; reason ``see_also``), wherever they sit in the body.

A lead that stands alone as a label ("More Great WIRED Stories", "Related:") takes the
list of links right under it too (reason ``see_also``; HTML only): the list items that
follow it, as long as each holds link text.

Never removes: a sentence of prose that happens to start with such words ("Read more
carefully, the report says ..."): only blocks up to ``MAX_WORDS`` words are tested; a
list under a lead that is followed by a headline of its own ("Read more: ..."), or list
items without links.

Fixture: fixtures/sco-summit-xinhua (three "See also" lines inside the body);
fixtures/wired-future-of-banking (a "More Great WIRED Stories" list at the end of the body).
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Final

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["related_links"]

# A "See also" line is a lead plus one headline; headlines run to about 25 words.
MAX_WORDS: Final = 30
_LEADS: Final = compile_phrases("related", anchor="start")
# What may follow the lead in a label: "Related:", "Read more ...".
_LABEL_TAIL: Final = " :.…-–—"
# Blocks are in page order, so their indexes are sorted.
_INDEX: Final = attrgetter("index")


def related_links(page: Page) -> Verdict:
    """Drop related-article inserts and link lists."""
    verdict = mark_or_phrase(
        page,
        mark="related",
        pattern=_LEADS,
        max_words=MAX_WORDS,
        mark_reason="related_links",
        phrase_reason="see_also",
    )
    labels = [drop.block for drop in verdict.drops if drop.reason == "see_also"]
    if not labels or page.source != "html":
        return verdict  # flattened text knows no lists or links: text_region weighs them
    taken = {drop.block.index for drop in verdict.drops}
    listed = [drop for label in labels for drop in _list_under(page, label, taken)]
    return Verdict(drops=verdict.drops + tuple(listed)) if listed else verdict


def _list_under(page: Page, label: Block, taken: set[int]) -> list[Drop]:
    """The linked list items right after a lead that is a label of its own (``taken``:
    the indexes of blocks dropped already, updated)."""
    found = _LEADS.search(label.text, hints=label.phrase_hints)
    if found is None or label.text[found.end() :].strip(_LABEL_TAIL):
        return []  # a lead and a headline: the line itself is the link
    drops: list[Drop] = []
    position = label.index + 1  # blocks are indexed in page order
    blocks = page.blocks
    for block in blocks[bisect_left(blocks, position, key=_INDEX) :]:
        if block.index != position or block.kind != "list_item" or not block.link_chars:
            break
        if block.index not in taken:
            taken.add(block.index)
            drops.append(new_drop(block, "see_also", f"in the list under {label.text!r}"))
        position += 1
    return drops
