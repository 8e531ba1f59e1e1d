"""What a filter is: a named callable from a :class:`Page` to a :class:`Verdict`.

A filter never changes the page it is given. It says which blocks to drop, each with a
snake_case reason, and may relabel blocks (a paragraph that is really a photo caption
becomes a ``caption``); the pipeline applies the verdict and records every drop with
the filter's name, so nothing disappears without a trace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, Protocol, runtime_checkable

from articlekit._blocks import Block, Page
from articlekit._speedups import record_maker

__all__ = ["Drop", "Filter", "FilterResult", "Verdict", "drop_where", "new_drop"]


@dataclass(frozen=True, slots=True)
class Drop:
    """A filter's decision to remove one block.

    Attributes:
        block: The block to remove.
        reason: A stable snake_case code, e.g. ``"cookie_notice"``.
        detail: Evidence for a human, such as the phrase that matched.
    """

    block: Block
    reason: str
    detail: str = ""


_make_drop: Final = record_maker(Drop)


def new_drop(block: Block, reason: str, detail: str = "") -> Drop:
    """``Drop(block, reason, detail)``, made as segmentation makes blocks (see
    ``_speedups.record_maker``): a filter that drops a hundred thousand blocks of a big
    page made as many objects for the collector to walk."""
    return _make_drop(block, reason, detail)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a filter decided about a page.

    Attributes:
        drops: Blocks to remove, with reasons.
        relabels: Blocks to keep under another kind; each must have the index and text
            of a block of the page.
    """

    drops: tuple[Drop, ...] = ()
    relabels: tuple[Block, ...] = ()


FilterResult = Verdict | Iterable[Drop]
"""A filter returns a :class:`Verdict`, or just an iterable of :class:`Drop`."""


@runtime_checkable
class Filter(Protocol):
    """Anything callable on a page that returns a verdict; plain functions qualify.

    The filter's name is its ``name`` attribute if it has one, else its ``__name__``.
    """

    def __call__(self, page: Page, /) -> FilterResult: ...


def drop_where(
    page: Page,
    reason: str,
    predicate: Callable[[Block], bool],
    *,
    detail: str = "",
) -> Verdict:
    """Drop every block of ``page`` for which ``predicate`` is true.

    Example:
        >>> def short_lines(page):
        ...     return drop_where(page, "too_short", lambda b: len(b.text) < 5)
    """
    return Verdict(
        drops=tuple(new_drop(block, reason, detail) for block in page.blocks if predicate(block))
    )
