"""Clean many pages with all cores: :func:`clean_many`.

Pages go to worker processes in small chunks; at most a few chunks per worker are in
flight, so the input is read lazily and memory stays bounded however long it is.
Results come back in input order, one :class:`CleanResult` per page: a page that
fails yields a result with the error instead of stopping the run.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter
from typing import Any, Final

from articlekit._api import clean
from articlekit._decode import Mode
from articlekit._limits import DEFAULT_MAX_BYTES
from articlekit._model import Article, Caption, Paragraph, Removal
from articlekit._pipeline import Pipeline
from articlekit._speedups import model_maker

__all__ = ["CleanResult", "RawPage", "clean_many", "default_workers"]

_MODES = ("auto", "html", "text")
_CHUNKS_PER_WORKER = 2
"""Chunks queued per worker besides the one it runs: enough to keep it busy."""


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page to clean, with what is known about it.

    Args:
        raw: HTML or flattened text, ``str`` or ``bytes``.
        id: Your name for the page (a path, a record id); copied to its result.
        url: The page's address, passed to :func:`clean` as ``url=``.
    """

    raw: str | bytes
    id: str | None = None
    url: str | None = None


Item = str | bytes | RawPage
"""What :func:`clean_many` takes: raw HTML or text, or a :class:`RawPage`."""


@dataclass(frozen=True, slots=True)
class Limits:
    """The per-page limits of :func:`clean` (``timeout``, ``max_bytes``), sent to workers."""

    timeout: float | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES


_NO_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The outcome of cleaning one page: an article, or the error that stopped it.

    Attributes:
        index: The page's position in the input (counted from 0).
        id: The page's ``RawPage.id``, or ``None``.
        article: The article; ``None`` when cleaning failed.
        error: The error message; ``None`` when cleaning succeeded.
        error_type: The exception's class name (``"BinaryInputError"``, ...), or ``None``.
    """

    index: int
    id: str | None
    article: Article | None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the page was cleaned."""
        return self.article is not None


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _as_page(item: Item) -> RawPage:
    if isinstance(item, RawPage):
        return item
    if isinstance(item, (str, bytes)):
        return RawPage(item)
    raise TypeError(f"clean_many takes str, bytes or RawPage items, not {type(item).__name__}")


def clean_one(
    index: int,
    page: RawPage,
    *,
    mode: Mode = "auto",
    pipeline: Pipeline | None = None,
    limits: Limits = _NO_LIMITS,
) -> CleanResult:
    """Clean one page into a :class:`CleanResult`; any exception becomes the result's error."""
    try:
        article = clean(
            page.raw,
            url=page.url,
            mode=mode,
            pipeline=pipeline,
            timeout=limits.timeout,
            max_bytes=limits.max_bytes,
        )
    except Exception as error:
        return CleanResult(index, page.id, None, str(error) or repr(error), type(error).__name__)
    return CleanResult(index, page.id, article)


# -- worker side -----------------------------------------------------------------------

_worker_pipeline: Pipeline | None = None
_worker_mode: Mode = "auto"
_worker_limits: Limits = _NO_LIMITS


def _init_worker(pipeline: Pipeline | None, mode: Mode, limits: Limits) -> None:
    """Set up a worker process: the pipeline, mode and limits once, and leave Ctrl-C to
    the parent."""
    global _worker_pipeline, _worker_mode, _worker_limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = pipeline
    _worker_mode = mode
    _worker_limits = limits


def _clean_chunk(start: int, pages: Sequence[RawPage]) -> list[_PackedResult]:
    return [
        _pack(
            clean_one(
                start + offset,
                page,
                mode=_worker_mode,
                pipeline=_worker_pipeline,
                limits=_worker_limits,
            )
        )
        for offset, page in enumerate(pages)
    ]


# -- results between processes ---------------------------------------------------------
# An article crosses to the parent as tuples of its field values: pickling its models
# (a few hundred per page, most of them removals) cost the workers a tenth of their
# time and the parent, which unpickles every page, as much again. The values were
# validated in the worker, so the parent makes the models without validating them.

_NESTED: Final = ("paragraphs", "captions", "removed")
_SCALARS: Final = tuple(name for name in Article.model_fields if name not in _NESTED)
_MODELS: Final = (Paragraph, Caption, Removal)
_GETTERS: Final = tuple(attrgetter(*model.model_fields) for model in _MODELS)
_MAKERS: Final = tuple(model_maker(model) for model in _MODELS)

_PackedArticle = tuple[tuple[Any, ...], frozenset[str], list[Any], list[Any], list[Any]]
_PackedResult = tuple[int, "str | None", "_PackedArticle | None", "str | None", "str | None"]


def _pack(result: CleanResult) -> _PackedResult:
    article = result.article
    packed: _PackedArticle | None = None
    if article is not None:
        values = article.__dict__
        paragraphs, captions, removed = (
            [getter(model) for model in values[name]]
            for name, getter in zip(_NESTED, _GETTERS, strict=True)
        )
        scalars = tuple(values[name] for name in _SCALARS)
        packed = (scalars, frozenset(article.model_fields_set), paragraphs, captions, removed)
    return result.index, result.id, packed, result.error, result.error_type


def _models(cls: Any, maker: Any, rows: list[Any]) -> list[Any]:
    names = list(cls.model_fields)
    if maker is None:
        return [cls.model_construct(**dict(zip(names, row, strict=True))) for row in rows]
    fields_set = set(names)  # every model of an article is made with all its fields
    return [maker(fields_set, *row) for row in rows]


def _unpack(packed: _PackedResult) -> CleanResult:
    index, page_id, article, error, error_type = packed
    if article is None:
        return CleanResult(index, page_id, None, error, error_type)
    scalars, fields_set, *nested = article
    values: dict[str, Any] = dict(zip(_SCALARS, scalars, strict=True))
    for name, cls, maker, rows in zip(_NESTED, _MODELS, _MAKERS, nested, strict=True):
        values[name] = _models(cls, maker, rows)
    made = Article.model_construct(set(fields_set), **values)
    return CleanResult(index, page_id, made, error, error_type)


# -- parent side -----------------------------------------------------------------------


def clean_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    pipeline: Pipeline | None = None,
    mode: Mode = "auto",
    chunksize: int = 8,
    timeout: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Generator[CleanResult, None, None]:
    """Clean pages in worker processes; yield one :class:`CleanResult` per page, in order.

    The input is consumed lazily: at most about ``3 * workers * chunksize`` pages are
    read ahead of the result being yielded, so ``items`` may be a generator over a whole
    crawl. A page that fails (empty, binary, a filter error, ...) yields a result whose
    ``error`` says why, and the run goes on.

    Args:
        items: Pages: ``str`` or ``bytes`` (HTML or flattened text), or :class:`RawPage`
            to carry an id and a URL along.
        workers: Worker processes; default: all cores. ``1`` cleans in this process,
            without a pool.
        pipeline: The filters to run (default: :func:`articlekit.default_pipeline`). It
            is pickled once per worker.
        mode: ``"html"``, ``"text"`` or ``"auto"``, as for :func:`articlekit.clean`.
        chunksize: Pages sent to a worker at a time.
        timeout: A time budget per page in seconds, as for :func:`articlekit.clean`;
            a page over it yields a ``CleaningTimeoutError`` result.
        max_bytes: The largest page accepted, as for :func:`articlekit.clean`.

    Example:
        >>> for result in clean_many(pages, workers=4):
        ...     print(result.index, result.article.title if result.ok else result.error)

    Stopping early (``break``, an exception, Ctrl-C) shuts the pool down once the
    generator is closed; use ``contextlib.closing`` to close it at once.
    """
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {_MODES}, not {mode!r}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    count = default_workers() if workers is None else workers
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    pages = map(_as_page, items)
    limits = Limits(timeout, max_bytes)
    if count == 1:
        return (
            clean_one(index, page, mode=mode, pipeline=pipeline, limits=limits)
            for index, page in enumerate(pages)
        )
    return _clean_in_pool(pages, count, pipeline, mode, chunksize, limits)


def _clean_in_pool(
    pages: Iterator[RawPage],
    workers: int,
    pipeline: Pipeline | None,
    mode: Mode,
    chunksize: int,
    limits: Limits,
) -> Generator[CleanResult, None, None]:
    limit = workers * (1 + _CHUNKS_PER_WORKER)
    executor = ProcessPoolExecutor(
        workers, initializer=_init_worker, initargs=(pipeline, mode, limits)
    )
    pending: deque[Future[list[_PackedResult]]] = deque()
    start = 0
    try:
        while True:
            while len(pending) < limit:
                chunk = list(islice(pages, chunksize))
                if not chunk:
                    break
                pending.append(executor.submit(_clean_chunk, start, chunk))
                start += len(chunk)
            if not pending:
                return
            yield from map(_unpack, pending.popleft().result())
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
