"""Exceptions raised by articlekit.

Every error articlekit raises is an :class:`ArticlekitError`; no lxml, Unicode or
pydantic error escapes :func:`articlekit.clean`. The hierarchy::

    ArticlekitError
    ├── InputError                  the input cannot be cleaned
    │   ├── EmptyInputError         nothing but whitespace
    │   ├── BinaryInputError        bytes that are not text (PDF, image, archive, ...)
    │   ├── UnsupportedInputError   text that is neither HTML nor prose
    │   └── InputTooLargeError      more than ``max_bytes`` (default 64 MiB)
    ├── CleaningTimeoutError        the ``timeout`` ran out (also a builtin TimeoutError)
    └── PipelineError               a pipeline is built or run wrongly
        ├── FilterError             a filter raised or returned a bad verdict (names it)
        ├── UnknownFilterError      no filter is registered under that name
        └── DuplicateFilterError    a name is taken, in a registry or a pipeline

Limits (arguments of :func:`articlekit.clean` and :func:`articlekit.segment`):

- ``max_bytes`` (default ``articlekit.DEFAULT_MAX_BYTES``, 64 MiB): larger input raises
  :class:`InputTooLargeError` before any work; ``None`` lifts the limit. Bytes count as
  bytes, a ``str`` by its characters. Cleaning needs about 8 (real pages) to 18 (very
  dense markup) times the input in memory; see ``benchmarks/scaling.py``.
- ``timeout`` (seconds, default ``None``): when the budget runs out the call raises
  :class:`CleaningTimeoutError`. The deadline is checked cooperatively (between stages
  and filters, every few thousand elements or lines), with no signals, so it works in
  any thread; one uninterruptible step (the lxml parse, one filter) may overrun it.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ArticlekitError",
    "BinaryInputError",
    "CleaningTimeoutError",
    "DuplicateFilterError",
    "EmptyInputError",
    "FilterError",
    "InputError",
    "InputTooLargeError",
    "PipelineError",
    "UnknownFilterError",
    "UnsupportedInputError",
]


def _rebuild(cls: type[Exception], message: str, fields: dict[str, Any]) -> Exception:
    """Unpickle an error whose constructor takes keyword arguments."""
    return cls(message, **fields)


class ArticlekitError(Exception):
    """Base class of every error articlekit raises."""


class InputError(ArticlekitError):
    """The input cannot be turned into an article."""


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace and markup without text."""


class BinaryInputError(InputError):
    """The input is binary data (PDF, image, archive, ...), not text or HTML."""


class UnsupportedInputError(InputError):
    """The input is text, but neither HTML nor prose that can be cleaned."""


class InputTooLargeError(InputError):
    """The input is larger than the ``max_bytes`` limit; ``size`` and ``max_bytes`` say how much."""

    def __init__(self, message: str, *, size: int, max_bytes: int) -> None:
        super().__init__(message)
        self.size = size
        self.max_bytes = max_bytes

    def __reduce__(self) -> tuple[Any, ...]:  # picklable, for worker processes
        return _rebuild, (type(self), str(self), {"size": self.size, "max_bytes": self.max_bytes})


class CleaningTimeoutError(ArticlekitError, TimeoutError):
    """Cleaning took longer than the ``timeout`` given; ``timeout`` holds it, in seconds.

    Also a builtin :class:`TimeoutError`, so ``except TimeoutError`` catches it.
    """

    def __init__(self, message: str, *, timeout: float) -> None:
        super().__init__(message)
        self.timeout = timeout

    def __reduce__(self) -> tuple[Any, ...]:  # picklable, for worker processes
        return _rebuild, (type(self), str(self), {"timeout": self.timeout})


class PipelineError(ArticlekitError):
    """A pipeline was built or used incorrectly."""


class FilterError(PipelineError):
    """A filter failed while running; ``filter_name`` says which one."""

    def __init__(self, filter_name: str, message: str) -> None:
        super().__init__(f"filter {filter_name!r}: {message}")
        self.filter_name = filter_name


class UnknownFilterError(PipelineError, KeyError):
    """No filter is known under the requested name."""

    def __init__(self, name: str, available: list[str]) -> None:
        message = f"no filter named {name!r}; available: {', '.join(sorted(available)) or 'none'}"
        super().__init__(message)
        self.name = name
        self.message = message

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.message


class DuplicateFilterError(PipelineError):
    """A filter name is already taken."""
