"""Turn the page a pipeline leaves into an :class:`~articlekit.Article`."""

from __future__ import annotations

from typing import Final, cast

from articlekit._blocks import Page
from articlekit._captions import split_credit
from articlekit._language import guess_language
from articlekit._model import Article, Caption, Paragraph, ParagraphKind, Removal

__all__ = ["assemble"]

_BODY_KINDS: Final = frozenset({"paragraph", "heading", "list_item", "quote", "code"})


def assemble(page: Page, removals: tuple[Removal, ...]) -> Article:
    """Build the article: body blocks become paragraphs, captions go apart."""
    paragraphs: list[Paragraph] = []
    captions: list[Caption] = []
    for block in page.blocks:
        if block.kind in _BODY_KINDS:
            paragraphs.append(
                Paragraph(kind=cast(ParagraphKind, block.kind), text=block.text, level=block.level)
            )
        elif block.kind == "credit":
            if captions and captions[-1].credit is None:
                last = captions[-1]
                captions[-1] = last.model_copy(update={"credit": block.text})
            else:
                captions.append(
                    Caption(text="", credit=block.text, image=block.image, alt=block.alt)
                )
        else:
            text, credit = split_credit(block.text)
            if (
                credit is not None
                and text == block.text
                and captions
                and captions[-1].credit is None
            ):
                # The whole block is a credit line ("(Image credit: NASA)") under a caption.
                captions[-1] = captions[-1].model_copy(update={"credit": credit})
                continue
            captions.append(Caption(text=text, credit=credit, image=block.image, alt=block.alt))
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
        captions=captions,
        removed=list(removals),
    )
