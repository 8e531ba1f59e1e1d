"""Pattern data: junk phrases per language, markup signals and stop words.

Everything a filter matches against lives in this package, each pattern once:

- :mod:`articlekit.patterns.phrases`: junk phrases by kind and language;
- :mod:`articlekit.patterns.markup`: tags, roles and class/id tokens;
- :mod:`articlekit.patterns.stopwords`: stop words per language.

Filters compile what they need once, at import, with :func:`compile_phrases`.
"""

from __future__ import annotations

from typing import Literal

import regex

from articlekit.patterns.phrases import PHRASES

__all__ = ["PHRASES", "compile_phrases", "phrase_alternation"]

Anchor = Literal["anywhere", "start", "whole"]


_BOUNDARY = r"(?<!\w)"


def _prepare(pattern: str) -> str:
    # A literal space in the data matches any run of whitespace (" ?": optional), and
    # a phrase that starts with a letter must start at a word boundary ("share" not in
    # "timeshare").
    body = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    if pattern[:1].isalpha() and pattern[:1].isascii():
        body = _BOUNDARY + body
    return body


def phrase_alternation(kind: str) -> str:
    """The phrases of one kind, in every language, as one regex alternation (uncompiled).

    Phrases that start with a letter share one word-boundary check, which keeps the
    pattern fast: one lookbehind per position instead of one per phrase.
    """
    patterns = [pattern for group in PHRASES[kind].values() for pattern in group]
    words = [_prepare(p)[len(_BOUNDARY) :] for p in patterns if _prepare(p).startswith(_BOUNDARY)]
    others = [_prepare(p) for p in patterns if not _prepare(p).startswith(_BOUNDARY)]
    parts = ([f"{_BOUNDARY}(?:{'|'.join(words)})"] if words else []) + others
    return "|".join(parts)


def compile_phrases(kind: str, anchor: Anchor = "anywhere") -> regex.Pattern[str]:
    """Compile the phrases of one kind, in every language, into one pattern.

    Args:
        kind: A key of :data:`PHRASES`, e.g. ``"cookie"``.
        anchor: ``"anywhere"`` finds a phrase inside a text, ``"start"`` only at its
            start (after punctuation or symbols), ``"whole"`` only when it is all of it.

    Returns:
        A compiled, case-insensitive pattern; use ``.search``.
    """
    alternatives = phrase_alternation(kind)
    if anchor == "start":
        source = rf"^[\W_]*(?:{alternatives})"
    elif anchor == "whole":
        source = rf"^[\W_]*(?:{alternatives})[\W_]*$"
    else:
        source = f"(?:{alternatives})"
    return regex.compile(source, regex.IGNORECASE)
