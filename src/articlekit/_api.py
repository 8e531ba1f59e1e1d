"""The entry point: :func:`clean`."""

from __future__ import annotations

from lxml import etree

from articlekit._assemble import assemble
from articlekit._blocks import Page
from articlekit._decode import Mode, decode, detect_mode
from articlekit._guard import cap_attributes, clean_article, drop_control_references
from articlekit._html import segment_html
from articlekit._limits import (
    DEFAULT_MAX_BYTES,
    check_deadline,
    check_size,
    deadline,
)
from articlekit._model import Article
from articlekit._pipeline import Pipeline
from articlekit._plaintext import segment_text
from articlekit.errors import InputError, UnsupportedInputError
from articlekit.filters import default_pipeline

__all__ = ["clean", "segment"]

_MODES = ("auto", "html", "text")


def segment(
    raw: str | bytes,
    *,
    url: str | None = None,
    mode: Mode = "auto",
    timeout: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Page:
    """Decode and segment input into a :class:`~articlekit.Page`, before any filter.

    Useful for writing and testing filters: ``my_filter(segment(html))``. ``url`` and
    ``mode`` are as for :func:`clean`, and so are the limits ``timeout`` and ``max_bytes``.

    Raises:
        InputError: empty, binary, too large or unusable input (see :mod:`articlekit.errors`).
        CleaningTimeoutError: ``timeout`` seconds passed.
    """
    with deadline(timeout):
        return _segment(raw, url=url, mode=mode, max_bytes=max_bytes)


def _segment(raw: str | bytes, *, url: str | None, mode: Mode, max_bytes: int | None) -> Page:
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {_MODES}, not {mode!r}")
    check_size(raw, max_bytes)
    text = decode(raw)
    check_deadline("decoding")
    chosen = detect_mode(text) if mode == "auto" else mode
    try:
        if chosen == "html":
            page = segment_html(cap_attributes(drop_control_references(text)), url=url)
        else:
            page = segment_text(text, url=url)
    except (etree.LxmlError, ValueError, UnicodeError, RecursionError) as error:
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise InputError(f"cannot read the input as {chosen}: {reason}") from None
    if not page.blocks:
        raise UnsupportedInputError(f"input has no readable text ({chosen} mode found no blocks)")
    check_deadline("segmenting")
    return page


def clean(
    raw: str | bytes,
    *,
    url: str | None = None,
    mode: Mode = "auto",
    pipeline: Pipeline | None = None,
    timeout: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Article:
    """Clean a web page, or text a scraper flattened, into an :class:`~articlekit.Article`.

    Args:
        raw: HTML or flattened text, as ``str`` or ``bytes`` (bytes are decoded by BOM,
            declared charset, then UTF-8, then Windows-1252).
        url: The page's address, if known (used when the page names no canonical URL).
        mode: ``"html"``, ``"text"``, or ``"auto"`` to tell from the input.
        pipeline: The filters to run; default :func:`articlekit.default_pipeline`.
        timeout: A time budget in seconds (default: none). Checked cooperatively
            between stages, filters and every few thousand elements or lines, without
            signals, so it is safe in threads; one uninterruptible step (the lxml parse,
            a single filter) may overrun it.
        max_bytes: The largest input accepted, in bytes (a ``str`` by its characters);
            default :data:`articlekit.DEFAULT_MAX_BYTES` (64 MiB), ``None`` for no limit.

    Returns:
        The article: metadata, body paragraphs, captions, and a record of every block
        the filters removed.

    Raises:
        EmptyInputError: the input holds no text.
        BinaryInputError: the input is binary (PDF, image, archive, ...).
        UnsupportedInputError: the input has no readable text blocks.
        InputTooLargeError: the input is larger than ``max_bytes``.
        CleaningTimeoutError: ``timeout`` seconds passed (also a ``TimeoutError``).
        FilterError: a filter of the pipeline failed; the error names it.
    """
    with deadline(timeout):
        steps = pipeline or default_pipeline()
        # No reference to the segmented page is kept here: the blocks filters drop, and
        # the page each filter leaves behind, are freed as the pipeline goes.
        result = steps.run(_segment(raw, url=url, mode=mode, max_bytes=max_bytes))
        check_deadline("filtering")
        return clean_article(assemble(result.page, result.removals))
