"""Finished output records kept off the garbage collector's lists.

A big page makes hundreds of thousands of ``Paragraph`` and ``Removal`` models that
live until ``clean`` returns. The cyclic garbage collector walks every tracked object
at each full collection, and a growing number of them keeps triggering more: on a page
of a million tiny paragraphs, full collections took a fifth of the time. Yet these
records cannot be part of a cycle: they hold strings and numbers only.
``_cwalk.untrack_records`` checks that, record by record, and untracks those; reference
counting still frees them. Records are settled in batches as they are made, so that
the collector never sees many of them at once; the big containers that hold them
(a page's blocks and elements, the paragraphs list) are untracked too.

Without the compiled module this does nothing (the collector only costs time).
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

from pydantic import TypeAdapter

from articlekit._speedups import compiled

__all__ = ["BATCH", "settle", "settle_container", "validated"]

BATCH: Final = 128
"""Records made between two settlings: fewer than the collector's first threshold
(700 allocations; a model is three), so that most are settled before it looks."""

_CWALK: Final = compiled("_cwalk")
_Model = TypeVar("_Model")


def settle(records: list[Any]) -> None:
    """Untrack the records that hold only strings, numbers and None (see above)."""
    if _CWALK is not None and records:
        _CWALK.untrack_records(records)


def settle_container(container: tuple[Any, ...] | list[Any] | dict[Any, Any]) -> None:
    """Untrack a container of records that ``clean`` makes and keeps to itself (the
    page's blocks, its elements, the paragraphs being made): a big page's hold a
    million items, which each full collection walked."""
    if _CWALK is not None:
        _CWALK.untrack_container(container)


def validated(adapter: TypeAdapter[list[_Model]], fields: list[dict[str, object]]) -> list[_Model]:
    """One batch of models from their fields, validated together (faster than one by
    one), then settled."""
    models = adapter.validate_python(fields)
    settle(models)
    return models
