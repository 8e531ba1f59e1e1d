"""Exceptions raised by articlekit.

Every error articlekit raises is an :class:`ArticlekitError`; no lxml, Unicode or
pydantic error escapes :func:`articlekit.clean`. The hierarchy::

    ArticlekitError
    ├── InputError                  the input cannot be cleaned
    │   ├── EmptyInputError         nothing but whitespace
    │   ├── BinaryInputError        bytes that are not text (PDF, image, archive, ...)
    │   └── UnsupportedInputError   text that is neither HTML nor prose
    └── PipelineError               a pipeline is built or run wrongly
        ├── FilterError             a filter raised or returned a bad verdict (names it)
        ├── UnknownFilterError      no filter is registered under that name
        └── DuplicateFilterError    a name is taken, in a registry or a pipeline
"""

from __future__ import annotations

__all__ = [
    "ArticlekitError",
    "BinaryInputError",
    "DuplicateFilterError",
    "EmptyInputError",
    "FilterError",
    "InputError",
    "PipelineError",
    "UnknownFilterError",
    "UnsupportedInputError",
]


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
