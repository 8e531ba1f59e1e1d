"""Filters by name, so that pipelines and the command line can refer to them as strings.

The registry is per process but holds only what is registered explicitly: built-ins
(registered in one place, :mod:`articlekit.filters`) and the user's own. Looking a name
up imports the built-ins first, so the order of imports never matters.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar, overload

from articlekit._protocol import Filter
from articlekit.errors import DuplicateFilterError, UnknownFilterError

__all__ = ["available_filters", "get_filter", "register_filter"]

F = TypeVar("F", bound=Filter)

_FILTERS: dict[str, Filter] = {}
_LOCK = threading.Lock()


def _ensure_builtins() -> None:
    import articlekit.filters  # noqa: F401  (registers the built-ins on import)


@overload
def register_filter(name: str) -> Callable[[F], F]: ...
@overload
def register_filter(name: str, filter: F) -> F: ...
def register_filter(name: str, filter: F | None = None) -> F | Callable[[F], F]:
    """Register a filter under ``name``; usable as a decorator.

    Registering the same object twice is harmless; another object under a taken name
    raises :class:`~articlekit.errors.DuplicateFilterError`.

    Example:
        >>> @register_filter("no_ads")
        ... def no_ads(page):
        ...     return drop_where(page, "advert", lambda b: "advert" in b.marks)
    """

    def add(item: F) -> F:
        if not callable(item):
            raise TypeError(f"filter {name!r} is not callable")
        with _LOCK:
            existing = _FILTERS.get(name)
            if existing is not None and existing is not item:
                raise DuplicateFilterError(f"a different filter is registered as {name!r}")
            _FILTERS[name] = item
        return item

    return add(filter) if filter is not None else add


def get_filter(name: str) -> Filter:
    """Return the filter registered as ``name``.

    Raises:
        UnknownFilterError: no such filter; the message lists the available names.
    """
    _ensure_builtins()
    try:
        return _FILTERS[name]
    except KeyError:
        raise UnknownFilterError(name, list(_FILTERS)) from None


def available_filters() -> list[str]:
    """Names of every registered filter, sorted."""
    _ensure_builtins()
    return sorted(_FILTERS)
