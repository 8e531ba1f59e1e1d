"""Turn the page a pipeline leaves into an :class:`~articlekit.Article`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Final

from pydantic import TypeAdapter

from articlekit._blocks import Block, Page, table_row, tag_of
from articlekit._captions import (
    caption_elements,
    split_credit,
    unwrap_credit,
    without_caption_label,
)
from articlekit._gc import BATCH, settle, settle_container, validated
from articlekit._language import guess_language
from articlekit._model import MAX_LEVEL, Article, Caption, Paragraph, Removal
from articlekit._speedups import model_maker
from articlekit.patterns.markup import ROW_CELL_MAX_WORDS, ROW_CELL_SEPARATOR, TABLE_CELL_TAGS

__all__ = ["assemble"]

# A control panel or lightbox repeats the caption of the slide it shows, which is among
# the last few captions; looking further back would make a page of thousands of
# credit-only captions quadratic.
_REPEAT_WINDOW: Final = 64

_BODY_KINDS: Final = frozenset({"paragraph", "heading", "list_item", "quote", "code"})
# A caption part that starts another part of its caption, or that the other starts, is
# a copy of it (a preview cut short, ending in an ellipsis): from this length on, so
# that a short label that happens to begin a sentence is not taken for one.
_MIN_COPY_CHARS: Final = 20
_PREVIEW_ENDS: Final = " .…"
_WORD: Final = re.compile(r"\w+")
# A caption has a credit or two; comparing each with each is quadratic, so a caption
# element with more (a page that marks up a list of credits as one) keeps them all.
_MAX_CREDITS_COMPARED: Final = 8


@dataclass
class _Figure:
    """The caption blocks of one caption element, gathered in reading order."""

    element: int | None
    texts: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    image: str | None = None
    alt: str | None = None

    def add(self, block: Block) -> None:
        if block.kind == "credit":
            self.credits.append(unwrap_credit(block.text))
        else:
            hints = block.phrase_hints
            text, credit = split_credit(block.text, hints=hints)
            if credit is None or text != block.text:  # not just a credit line
                self._add_text(without_caption_label(text, hints))
            if credit is not None:
                self.credits.append(credit)
        self.image = self.image or block.image
        self.alt = self.alt or block.alt

    def _add_text(self, text: str) -> None:
        """Add a text, unless it is a copy of one already here: a caption shown cut
        short with a "more" toggle holds its full text and its preview, and a lightbox
        may print it twice. Of a text and its preview the full one is kept."""
        preview = text.rstrip(_PREVIEW_ENDS)
        if len(preview) >= _MIN_COPY_CHARS:
            for number, earlier in enumerate(self.texts):
                if earlier.startswith(preview):
                    return
                shown = earlier.rstrip(_PREVIEW_ENDS)
                if len(shown) >= _MIN_COPY_CHARS and text.startswith(shown):
                    self.texts[number] = text
                    return
        self.texts.append(text)

    def caption(self) -> Caption:
        return Caption(
            text=" ".join(self.texts),
            credit=" ".join(_distinct(self.credits)) or None,
            image=self.image,
            alt=self.alt,
        )


def _distinct(credits: list[str]) -> list[str]:
    """Each credit once: a credit whose words another credit of the caption holds
    ("Photo: Gene J. Puskar" beside "AP Photo/Gene J. Puskar") is a copy of it."""
    unique = list(dict.fromkeys(credits))
    if not 2 <= len(unique) <= _MAX_CREDITS_COMPARED:
        return unique
    # the words, spaced, so that a key is found in another only as whole words
    keys = [f" {' '.join(_WORD.findall(credit.casefold()))} " for credit in unique]
    return [
        credit
        for number, (credit, key) in enumerate(zip(unique, keys, strict=True))
        if not key.strip()
        or not any(
            key in other and (len(other) > len(key) or other_number < number)
            for other_number, other in enumerate(keys)
            if other_number != number
        )
    ]


class _Captions:
    """Captions in reading order, one per caption element.

    Blocks in caption markup know the element that opens their caption (see
    ``caption_elements``): consecutive blocks of one element make one caption, its
    texts joined and its credits split off (a credit printed before the description,
    "© Agency" then the text, still belongs to it). A caption written as a paragraph
    (no caption markup) is a caption of its own, and a credit line without markup joins
    the caption above it ("(Image credit: NASA)" under a caption). A copy of an earlier
    caption that shows no photo of its own (a gallery's control panel repeats the
    current slide's caption and credit) is left out.
    """

    def __init__(self) -> None:
        self.captions: list[Caption] = []
        self._open: _Figure | None = None
        self._seen: set[tuple[str, str | None]] = set()  # (text, credit) of self.captions

    def add(self, block: Block) -> None:
        elements = caption_elements(block)
        element = elements[0] if elements else None
        if element is not None and self._open is not None and self._open.element == element:
            self._open.add(block)
            return
        self._close()
        figure = _Figure(element)
        figure.add(block)
        if (
            element is None
            and not figure.texts
            and self.captions
            and self.captions[-1].credit is None
        ):
            # a credit line under the caption above
            self.captions[-1] = self.captions[-1].model_copy(update={"credit": figure.credits[0]})
            return
        self._open = figure

    def _close(self) -> None:
        if self._open is not None:
            caption = self._open.caption()
            self._open = None
            if not self._repeats(caption):
                self.captions.append(caption)
                self._seen.add((caption.text, caption.credit))
                if len(self.captions) % BATCH == 0:
                    settle(self.captions[-BATCH:])

    def _repeats(self, caption: Caption) -> bool:
        """A copy of an earlier caption that shows no photo of its own (a gallery's
        control panel or lightbox repeating the current slide's caption, or its credit
        alone). Linear over a page: a set of the captions so far, and for a credit line
        alone the credits of the last ``_REPEAT_WINDOW`` captions."""
        if caption.image is not None:
            return False
        if caption.text:
            return (caption.text, caption.credit) in self._seen
        credit = caption.credit
        recent = self.captions[-_REPEAT_WINDOW:]
        return credit is not None and any(credit in (seen.credit or "") for seen in recent)

    def done(self) -> list[Caption]:
        self._close()
        settle(self.captions[len(self.captions) - len(self.captions) % BATCH :])
        return self.captions


_PARAGRAPHS: Final = TypeAdapter(list[Paragraph])
_MAKE_PARAGRAPH: Final = model_maker(Paragraph)


def _fields(block: Block) -> dict[str, object]:
    return {"kind": block.kind, "text": block.text, "level": block.level}


def _paragraphs(blocks: tuple[Block, ...], captions: _Captions) -> list[Paragraph]:
    """The body blocks as paragraphs, in order; the caption blocks go to ``captions``.

    Compiled, a paragraph is made without validation when its values are of the types
    the model checks (a filter written by a user can make any Block); else paragraphs
    are validated in batches, which is several times cheaper than one by one.
    """
    paragraphs: list[Paragraph] = []
    settle_container(paragraphs)  # ours until the Article copies it
    make = _MAKE_PARAGRAPH
    fields_set = set(Paragraph.model_fields)  # one for the article: see ModelMaker
    pending: list[dict[str, object]] = []  # without the maker: validated in batches
    for block in blocks:
        if block.kind not in _BODY_KINDS:
            captions.add(block)
            continue
        if make is None:
            pending.append(_fields(block))
            if len(pending) == BATCH:
                paragraphs += validated(_PARAGRAPHS, pending)
                pending = []
        elif (
            type(block.text) is str and type(block.level) is int and (0 <= block.level <= MAX_LEVEL)
        ):
            paragraphs.append(make(fields_set, block.kind, block.text, block.level))
        else:
            paragraphs.append(Paragraph.model_validate(_fields(block)))
    paragraphs += validated(_PARAGRAPHS, pending)
    return paragraphs


def _joining_rows(page: Page) -> dict[int, int]:
    """The kept table cells that join their row, by block index: paragraphs straight in
    a cell, of rows whose kept cells are all at most ``ROW_CELL_MAX_WORDS`` words (a
    layout table's column of prose keeps its whole row apart)."""
    found: dict[int, int] = {}
    layout: set[int] = set()
    for block in page.blocks:
        row = table_row(page, block) if block.kind == "paragraph" else -1
        if row < 0:
            continue
        if block.words > ROW_CELL_MAX_WORDS:
            layout.add(row)
        else:
            found[block.index] = row
    return {index: row for index, row in found.items() if row not in layout}


def join_table_rows(page: Page) -> tuple[Block, ...]:
    """The page's blocks with the cells of each table row kept joined into one
    paragraph ("cell | cell"), the first cell's block standing for the row."""
    blocks = page.blocks
    if TABLE_CELL_TAGS.isdisjoint(map(tag_of, blocks)):
        return blocks  # most pages: one pass in C, nothing to join
    rows = _joining_rows(page)
    joined: list[Block] = []
    for row, group in groupby(blocks, key=lambda block: rows.get(block.index, -1)):
        cells = list(group)
        if row < 0 or len(cells) == 1:
            joined += cells
        else:
            text = ROW_CELL_SEPARATOR.join(cell.text for cell in cells)
            links = sum(cell.link_chars for cell in cells)
            joined.append(cells[0]._with(text=text, link_chars=links, _words=-1, _hints=None))
    return tuple(joined)


def assemble(page: Page, removals: tuple[Removal, ...]) -> Article:
    """Build the article: body blocks become paragraphs, captions go apart; the cells of
    a table row make one paragraph."""
    captions = _Captions()
    paragraphs = _paragraphs(join_table_rows(page), captions)
    metadata = page.metadata
    language = metadata.language or guess_language(
        " ".join(paragraph.text for paragraph in paragraphs[:40])
    )
    return Article(
        title=metadata.title,
        authors=list(metadata.authors),
        published=metadata.published,
        site_name=metadata.site_name,
        language=language,
        url=metadata.url,
        description=metadata.description,
        source=page.source,
        paragraphs=paragraphs,
        captions=captions.done(),
        removed=list(removals),
    )
