"""Per-call limits of :func:`articlekit.clean`: the input size and the time budget.

The time budget is a deadline on :func:`time.monotonic`, held in a
:class:`~contextvars.ContextVar`: each thread (and each asyncio task) sees only the
deadline of its own call, and no signal is involved, so ``clean`` can run with a timeout
in any thread. The stages check it cooperatively (:func:`check_deadline`): between
decoding, parsing and segmenting, every few thousand elements of the HTML walk, every few
thousand lines of text segmentation, and between filters. A single step between two
checks (the lxml parse, or one filter on one page) is not interrupted, so a call may
overrun its budget by the time of that step.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final

from articlekit.errors import CleaningTimeoutError, InputTooLargeError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "check_deadline",
    "check_size",
    "deadline",
]

DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
"""Default largest input ``clean`` accepts: 64 MiB.

Real article pages are far smaller (a few hundred kilobytes; pages over 10 MB are
almost always data dumps or inlined media). 64 MiB leaves room for the largest honest
pages (the scaling benchmark cleans 50 MB in seconds), while a call's peak memory,
about 12 times its input on real pages and up to about 19 times on very dense markup,
stays under about 1.2 GB.
"""

# (deadline on time.monotonic(), the timeout it came from) of the running call.
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("articlekit_deadline", default=None)


@contextmanager
def deadline(timeout: float | None) -> Iterator[None]:
    """Run the block under a time budget of ``timeout`` seconds (``None``: no budget).

    A budget set by an enclosing call still applies: the earlier deadline wins.

    Raises:
        ValueError: ``timeout`` is not a positive number.
    """
    if timeout is None:
        yield
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    new = (time.monotonic() + timeout, float(timeout))
    outer = _DEADLINE.get()
    token = _DEADLINE.set(new if outer is None or new[0] < outer[0] else outer)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline(stage: str = "cleaning") -> None:
    """Raise :class:`CleaningTimeoutError` if the running call's budget is spent.

    Cheap (a context-variable read) when no budget is set.
    """
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        raise CleaningTimeoutError(
            f"cleaning took longer than the {current[1]:g} s timeout (stopped while {stage})",
            timeout=current[1],
        )


def check_size(raw: str | bytes | bytearray | memoryview, max_bytes: int | None) -> None:
    """Refuse input larger than ``max_bytes`` (``None``: no maximum).

    Bytes are measured in bytes; a ``str`` by its number of characters, which is at
    most its size in UTF-8 (measuring it exactly would mean encoding it).

    Raises:
        InputTooLargeError: the input is larger than ``max_bytes``.
        ValueError: ``max_bytes`` is not a positive integer or ``None``.
    """
    if max_bytes is None:
        return
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"max_bytes must be a positive integer or None, not {max_bytes!r}")
    if isinstance(raw, memoryview):
        size = raw.nbytes
    elif isinstance(raw, (str, bytes, bytearray)):
        size = len(raw)
    else:
        return  # not text at all: decoding says so
    if size > max_bytes:
        unit = "characters" if isinstance(raw, str) else "bytes"
        raise InputTooLargeError(
            f"input is too large: {size:,} {unit}, more than max_bytes={max_bytes:,}",
            size=size,
            max_bytes=max_bytes,
        )
