"""link_lists: drop blocks that are mostly links: menus, tag clouds, teaser lists.

Removes: blocks of at most ``MAX_WORDS`` words of which more than
``MAX_LINK_DENSITY`` of the characters are link text (reason ``link_dense``).

Never removes: prose with links in it (most of its text is not linked), a long block
whatever its links, text-mode blocks (flattened text has no links), a photo caption
whose links fit in its credit (a link to the photographer, the agency or the licence:
"Photo: Jane Doe via Unsplash"; a credit by markup is all credit), or an item of a list
of ``MIN_LIST_ITEMS`` or more whose items are mostly not link-dense (an article's list
of news items, each a linked headline and a sentence, some sentences short), a
sentence next to prose of its own parent element (see ``MIN_SENTENCE_WORDS``), or a
cell of a table row with a cell that is not link-dense, unless another link-dense cell
says the same (data: "1 | <a>Ei</a>", an ingredient linked to its glossary entry; a
row of menu links goes, and a "more" link repeated down a column).

Fixture: tests/filters/test_link_lists.py (inline snippets, a recipe's table);
fixtures/netzpolitik-cider-connection (captions crediting a licence).
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from articlekit._blocks import Block, Page, table_row, tag_of
from articlekit._captions import split_credit
from articlekit._protocol import Verdict, drop_where
from articlekit._text import comparison_key
from articlekit.patterns.markup import ROW_CELL_MAX_WORDS, TABLE_CELL_TAGS

__all__ = ["link_lists"]

# Navigation and teaser items are almost all link; prose citing a source is not.
MAX_LINK_DENSITY: Final = 0.5
MAX_WORDS: Final = 50
# A list of this many items or more is judged as a whole (see _prose_lists).
MIN_LIST_ITEMS: Final = 4
# A sentence of the article may link most of its words (a name, a show, a place): a
# paragraph of MIN_SENTENCE_WORDS words or more that ends with a full stop stays when a
# paragraph next to it, in the same parent element, is prose (MIN_PROSE_WORDS words or
# more, at most MAX_PROSE_LINK_DENSITY link text). A teaser headline ends without one.
MIN_SENTENCE_WORDS: Final = 8
MIN_PROSE_WORDS: Final = 15
MAX_PROSE_LINK_DENSITY: Final = 0.3
_CLOSING: Final = " \"'”’»)"
# Link text and credit are measured on text whose spaces and brackets differ a little.
CREDIT_LINK_SLACK: Final = 3


def _attributed(block: Block) -> bool:
    """A caption whose links fit in its credit: they credit the photo, they are no list."""
    if block.kind == "credit":
        return True
    if block.kind != "caption":
        return False
    credit = split_credit(block.text, hints=block.phrase_hints)[1]
    return credit is not None and block.link_chars <= len(credit) + CREDIT_LINK_SLACK


def _dense(block: Block) -> bool:
    return (
        block.link_density > MAX_LINK_DENSITY
        and block.words <= MAX_WORDS
        and not _attributed(block)
    )


def _prose_lists(page: Page, dense: set[int]) -> set[int]:
    """Ids of the lists (the element around their items) of at least ``MIN_LIST_ITEMS``
    items that are mostly not link-dense (``dense``: the indexes of the link-dense
    blocks): an article's list whose items open with a linked headline ("<b><a>Google
    has bought CloudSimple</a>.</b> CloudSimple was ...") is judged as one list, so that
    its items with a short summary stay."""
    items: dict[int, list[bool]] = {}
    for block in page.blocks:
        if block.kind == "list_item" and block.ancestors:
            items.setdefault(block.ancestors[0], []).append(block.index in dense)
    return {
        list_id
        for list_id, flags in items.items()
        if len(flags) >= MIN_LIST_ITEMS and sum(flags) * 2 < len(flags)
    }


def _data_cells(page: Page, dense: set[int]) -> set[int]:
    """Indexes of the link-dense table cells that are data: in a row with a short cell
    that is not link-dense ("1 | <a>Ei</a>", an ingredient linked to its glossary entry;
    not a layout table's column of prose beside its menu), and saying what no other
    link-dense cell says (a "more" or "details" link repeated down a column is a
    control; a row of menu links has no other cell)."""
    if TABLE_CELL_TAGS.isdisjoint(map(tag_of, page.blocks)):
        return set()  # most pages: one pass in C, no table
    cells = [block for block in page.blocks if block.tag in TABLE_CELL_TAGS]
    rows: set[int] = set()
    linked: list[tuple[Block, int]] = []  # link-dense cells and their rows
    for block in cells:
        row = table_row(page, block)
        if row < 0:
            continue
        if block.index in dense:
            linked.append((block, row))
        elif block.words <= ROW_CELL_MAX_WORDS:  # data; a column of prose is layout
            rows.add(row)
    said = Counter(comparison_key(block.text) for block, _ in linked)
    return {
        block.index
        for block, row in linked
        if row in rows and said[comparison_key(block.text)] == 1
    }


def _is_sentence(block: Block) -> bool:
    """A paragraph that is a whole sentence of some length."""
    return (
        block.kind == "paragraph"
        and block.words >= MIN_SENTENCE_WORDS
        and block.text.rstrip(_CLOSING).endswith(".")
    )


def _is_prose(block: Block, parent: tuple[int, ...]) -> bool:
    """A paragraph of prose with few links, in the given parent element."""
    return (
        block.kind == "paragraph"
        and block.words >= MIN_PROSE_WORDS
        and block.link_density <= MAX_PROSE_LINK_DENSITY
        and block.ancestors[1:2] == parent
    )


def _sentences_in_prose(page: Page, dense: set[int]) -> set[int]:
    """Indexes of the link-dense sentences that stand next to prose of their own parent
    element: a paragraph of the article whose names are all linked ("James Van Der Beek
    has been eliminated from <a>Dancing with the Stars</a>.")."""
    found: set[int] = set()
    blocks = page.blocks
    for position, block in enumerate(blocks):
        if block.index not in dense or not _is_sentence(block):
            continue
        parent = block.ancestors[1:2]
        neighbours = blocks[max(0, position - 1) : position] + blocks[position + 1 : position + 2]
        if any(other.index not in dense and _is_prose(other, parent) for other in neighbours):
            found.add(block.index)
    return found


def link_lists(page: Page) -> Verdict:
    """Drop short link-dense blocks."""
    dense = {block.index for block in page.blocks if _dense(block)}
    if not dense:
        return Verdict()
    prose_lists = _prose_lists(page, dense)
    spared = _sentences_in_prose(page, dense)
    spared |= _data_cells(page, dense)
    return drop_where(
        page,
        "link_dense",
        lambda block: (
            block.index in dense
            and block.index not in spared
            and not (
                block.kind == "list_item" and block.ancestors and block.ancestors[0] in prose_lists
            )
        ),
        detail=f"over {MAX_LINK_DENSITY:.0%} of the text is links",
    )
