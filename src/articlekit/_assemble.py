"""Turn the page a pipeline leaves into an :class:`~articlekit.Article`."""

from __future__ import annotations

from typing import Final, cast

from articlekit._blocks import Block, Page
from articlekit._captions import caption_elements, split_credit
from articlekit._language import guess_language
from articlekit._model import Article, Caption, Paragraph, ParagraphKind, Removal

__all__ = ["assemble"]

_BODY_KINDS: Final = frozenset({"paragraph", "heading", "list_item", "quote", "code"})


class _CaptionList:
    """Captions in reading order; a credit joins the caption of its own figure.

    Blocks in caption markup know the element that opens their caption (see
    ``caption_elements``). A credit goes to the caption above it only when both come
    from the same caption element, or when either has no caption markup (a credit line
    under a caption written as a paragraph); a credit that comes first in its caption
    element ("© Agency Description") waits for the description that follows it.
    """

    def __init__(self) -> None:
        self.captions: list[Caption] = []
        self._element: int | None = None  # caption element of the last caption

    def _same_figure(self, element: int | None) -> bool:
        return bool(self.captions) and (
            element is None or self._element is None or element == self._element
        )

    def credit(self, block: Block, credit: str, element: int | None) -> None:
        if self._same_figure(element) and self.captions[-1].credit is None:
            self.captions[-1] = self.captions[-1].model_copy(update={"credit": credit})
            return
        self._add(Caption(text="", credit=credit, image=block.image, alt=block.alt), element)

    def text(self, block: Block, text: str, credit: str | None, element: int | None) -> None:
        last = self.captions[-1] if self.captions else None
        if last is not None and not last.text and element is not None and element == self._element:
            # the credit came first: this is its description
            both = " ".join(part for part in (last.credit, credit) if part)
            self.captions[-1] = last.model_copy(
                update={"text": text, "credit": both or None, "image": last.image or block.image}
            )
            return
        self._add(Caption(text=text, credit=credit, image=block.image, alt=block.alt), element)

    def _add(self, caption: Caption, element: int | None) -> None:
        self.captions.append(caption)
        self._element = element


def assemble(page: Page, removals: tuple[Removal, ...]) -> Article:
    """Build the article: body blocks become paragraphs, captions go apart."""
    paragraphs: list[Paragraph] = []
    captions = _CaptionList()
    for block in page.blocks:
        if block.kind in _BODY_KINDS:
            paragraphs.append(
                Paragraph(kind=cast(ParagraphKind, block.kind), text=block.text, level=block.level)
            )
            continue
        elements = caption_elements(block)
        element = elements[0] if elements else None
        if block.kind == "credit":
            captions.credit(block, block.text, element)
            continue
        text, credit = split_credit(block.text)
        if credit is not None and text == block.text:
            # The whole block is a credit line ("(Image credit: NASA)").
            captions.credit(block, credit, element)
            continue
        captions.text(block, text, credit, element)
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
        captions=captions.captions,
        removed=list(removals),
    )
