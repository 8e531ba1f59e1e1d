"""The data that flows through the pipeline: a :class:`Page` of immutable :class:`Block` s.

A page is segmented once (from HTML by :mod:`articlekit._html`, from flattened text by
:mod:`articlekit._plaintext`); filters then only read it and return verdicts. Nothing
here refers back to the lxml tree, so pages are cheap to copy and can be pickled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Final, Literal

from articlekit._speedups import record_maker
from articlekit._text import count_words
from articlekit.patterns import phrase_hints
from articlekit.patterns.markup import TABLE_CELL_TAGS

__all__ = ["Block", "BlockKind", "Element", "Metadata", "Page", "Source", "table_row", "tag_of"]

BlockKind = Literal["paragraph", "heading", "list_item", "quote", "code", "caption", "credit"]
"""What a block is. ``caption`` and ``credit`` end up in ``Article.captions``."""

Source = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text in reading order: a paragraph, heading, list item, caption, ...

    Attributes:
        index: Position in the page as segmented; stable across filters.
        kind: What the block is.
        text: Whitespace-normalised text.
        level: Heading level 1-6 for headings, else 0.
        tag: The HTML tag the block came from ("" in text mode).
        link_chars: How many characters of ``text`` sit inside links.
        marks: Boilerplate kinds that the markup around the block signals, such as
            ``"comments"`` or ``"navigation"`` (see :mod:`articlekit.patterns.markup`),
            and ``"caption"`` for caption markup (not boilerplate: it tells which
            caption element a block belongs to).
        mark_sources: Each mark with the id of the element that gave it.
        pos: Document position, comparable with :attr:`Element.start` / ``end``.
        ancestors: Ids of the nearest enclosing container elements, nearest first.
        image: For captions, the image they describe.
        alt: For captions, that image's alternative text.
        indent: In text mode, the number of leading spaces of the line.
    The block's word count is :attr:`words`, its phrase hints :attr:`phrase_hints`.
    """

    index: int
    kind: BlockKind
    text: str
    level: int = 0
    tag: str = ""
    link_chars: int = 0
    marks: frozenset[str] = frozenset()
    mark_sources: tuple[tuple[str, int], ...] = ()
    pos: int = 0
    ancestors: tuple[int, ...] = ()
    image: str | None = None
    alt: str | None = None
    indent: int = 0
    # The word count, once counted (-1: not yet). Filters ask for it often but only of
    # some blocks: most blocks of a big page are judged by their container alone.
    _words: int = field(default=-1, repr=False, compare=False)
    # The phrase hints, once computed (None: not yet); for the same reason.
    _hints: int | None = field(default=None, repr=False, compare=False)

    @property
    def words(self) -> int:
        """How many words ``text`` has (in Chinese, Japanese and Thai each character
        counts as one); counted on first use, once."""
        if self._words < 0:
            object.__setattr__(self, "_words", count_words(self.text))
        return self._words

    def __reduce__(self) -> tuple[type[Block], tuple[object, ...]]:
        # Hint bits are numbered per process (in the order phrase sets are made): a
        # block pickled to another process counts its hints again there. (Not
        # __getstate__: Python 3.10's slotted dataclasses replace it with their own.)
        return Block, tuple(
            None if name == "_hints" else getattr(self, name) for name in _BLOCK_FIELD_NAMES
        )

    @property
    def phrase_hints(self) -> int:
        """Which phrase sets the text may hold (see :func:`articlekit.patterns.phrase_hints`):
        pass it to ``Phrases.search(text, hints=...)``. Computed on first use, once."""
        hints = self._hints
        if hints is None:
            hints = phrase_hints(self.text)
            object.__setattr__(self, "_hints", hints)
        return hints

    @property
    def link_density(self) -> float:
        """Share of the block's characters that are link text (0.0-1.0)."""
        return self.link_chars / len(self.text) if self.text else 0.0

    def relabel(self, kind: BlockKind) -> Block:
        """Return a copy of this block with another kind (text stays the same)."""
        return self._with(kind=kind)

    def without_marks_from(self, element_ids: set[int]) -> Block:
        """Return a copy without the marks that these elements gave."""
        sources = tuple(item for item in self.mark_sources if item[1] not in element_ids)
        return self._with(marks=frozenset(kind for kind, _ in sources), mark_sources=sources)

    def _with(self, **changes: object) -> Block:
        # dataclasses.replace, in a third of the time: no field definitions read per call
        values = dict(zip(_BLOCK_FIELD_NAMES, _block_fields(self), strict=True))
        values.update(changes)
        return new_block(*values.values())


_BLOCK_FIELD_NAMES: Final = tuple(item.name for item in fields(Block))
_block_fields: Final = attrgetter(*_BLOCK_FIELD_NAMES)
new_block: Final[Callable[..., Block]] = record_maker(Block)
"""A Block from all its fields in order (see ``_speedups.record_maker``)."""


@dataclass(frozen=True, slots=True)
class Element:
    """A container element of the HTML page, as the main-content finder needs it.

    Attributes:
        id: The element's start position (ids are document positions).
        end: One past the position of its last descendant: a block lies inside the
            element when ``id <= block.pos < end``.
        tag: Lower-case tag name.
        parent: Id of the parent container, or -1 for the root.
        weight: Evidence from tag, class, id and itemprop that this element holds
            (positive) or does not hold (negative) the article.
        classes: Its ``class`` attribute as written: elements built alike (the
            sections of one article) share it.
    """

    id: int
    end: int
    tag: str
    parent: int
    weight: float
    classes: str = ""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself, before any filtering."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """The input to every filter: blocks in reading order plus page-level facts.

    Attributes:
        blocks: The blocks still in play, in reading order.
        metadata: Title, authors, date, ... as found in the page.
        source: ``"html"`` or ``"text"``.
        elements: For HTML pages, the container elements by id (empty in text mode).
    """

    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    source: Source = "html"
    elements: Mapping[int, Element] = field(default_factory=dict)

    def with_blocks(self, blocks: tuple[Block, ...]) -> Page:
        """Return the same page holding other blocks."""
        # (Not dataclasses.replace: it reads the fields' definitions at every call.)
        return Page(blocks, self.metadata, self.source, self.elements)


tag_of: Final = attrgetter("tag")
"""A block's (or a raw block's) tag: ``"dd" in map(tag_of, blocks)`` scans in C."""


def table_row(page: Page, block: Block) -> int:
    """The id of the table row (``<tr>``) whose cell (``<td>``/``<th>``) the block is,
    or -1: a block made of the cell's own text, not of a paragraph inside it."""
    if block.tag not in TABLE_CELL_TAGS or not block.ancestors:
        return -1
    row = block.ancestors[0]
    element = page.elements.get(row)
    return row if element is not None and element.tag == "tr" else -1
