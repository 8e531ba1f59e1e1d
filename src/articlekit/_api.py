"""The entry point: :func:`clean`."""

from __future__ import annotations

from lxml import etree

from articlekit._assemble import assemble
from articlekit._blocks import Page
from articlekit._decode import Mode, decode, detect_mode
from articlekit._html import segment_html
from articlekit._model import Article
from articlekit._pipeline import Pipeline
from articlekit._plaintext import segment_text
from articlekit.errors import InputError, UnsupportedInputError
from articlekit.filters import default_pipeline

__all__ = ["clean", "segment"]

_MODES = ("auto", "html", "text")


def segment(raw: str | bytes, *, url: str | None = None, mode: Mode = "auto") -> Page:
    """Decode and segment input into a :class:`~articlekit.Page`, before any filter.

    Useful for writing and testing filters: ``my_filter(segment(html))``.

    Raises:
        InputError: empty, binary or unusable input (see :mod:`articlekit.errors`).
    """
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {_MODES}, not {mode!r}")
    text = decode(raw)
    chosen = detect_mode(text) if mode == "auto" else mode
    try:
        page = segment_html(text, url=url) if chosen == "html" else segment_text(text, url=url)
    except (etree.LxmlError, ValueError, UnicodeError, RecursionError) as error:
        raise InputError(f"cannot read the input as {chosen}: {error}") from None
    if not page.blocks:
        raise UnsupportedInputError(f"input has no readable text ({chosen} mode found no blocks)")
    return page


def clean(
    raw: str | bytes,
    *,
    url: str | None = None,
    mode: Mode = "auto",
    pipeline: Pipeline | None = None,
) -> Article:
    """Clean a web page, or text a scraper flattened, into an :class:`~articlekit.Article`.

    Args:
        raw: HTML or flattened text, as ``str`` or ``bytes`` (bytes are decoded by BOM,
            declared charset, then UTF-8, then Windows-1252).
        url: The page's address, if known (used when the page names no canonical URL).
        mode: ``"html"``, ``"text"``, or ``"auto"`` to tell from the input.
        pipeline: The filters to run; default :func:`articlekit.default_pipeline`.

    Returns:
        The article: metadata, body paragraphs, captions, and a record of every block
        the filters removed.

    Raises:
        EmptyInputError: the input holds no text.
        BinaryInputError: the input is binary (PDF, image, archive, ...).
        UnsupportedInputError: the input has no readable text blocks.
        FilterError: a filter of the pipeline failed; the error names it.
    """
    page = segment(raw, url=url, mode=mode)
    result = (pipeline or default_pipeline()).run(page)
    return assemble(result.page, result.removals)
