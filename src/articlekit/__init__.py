"""articlekit: clean web-scraped articles into typed, explainable Articles.

>>> import articlekit
>>> article = articlekit.clean(html)
>>> article.title, article.paragraphs, article.captions, article.removed
"""

from __future__ import annotations

import logging

from articlekit._api import clean, segment
from articlekit._blocks import Block, BlockKind, Element, Metadata, Page
from articlekit._limits import DEFAULT_MAX_BYTES
from articlekit._model import Article, Caption, Paragraph, ParagraphKind, Removal
from articlekit._parallel import CleanResult, RawPage, clean_many
from articlekit._pipeline import Pipeline, RunResult
from articlekit._protocol import Drop, Filter, FilterResult, Verdict, drop_where
from articlekit._registry import available_filters, get_filter, register_filter
from articlekit.errors import (
    ArticlekitError,
    BinaryInputError,
    CleaningTimeoutError,
    DuplicateFilterError,
    EmptyInputError,
    FilterError,
    InputError,
    InputTooLargeError,
    PipelineError,
    UnknownFilterError,
    UnsupportedInputError,
)
from articlekit.filters import default_pipeline

__version__ = "0.1.0"

__all__ = [  # noqa: RUF022  (plain sorted order, as tests/test_public_api.py checks)
    "Article",
    "ArticlekitError",
    "BinaryInputError",
    "Block",
    "BlockKind",
    "Caption",
    "CleanResult",
    "CleaningTimeoutError",
    "DEFAULT_MAX_BYTES",
    "Drop",
    "DuplicateFilterError",
    "Element",
    "EmptyInputError",
    "Filter",
    "FilterError",
    "FilterResult",
    "InputError",
    "InputTooLargeError",
    "Metadata",
    "Page",
    "Paragraph",
    "ParagraphKind",
    "Pipeline",
    "PipelineError",
    "RawPage",
    "Removal",
    "RunResult",
    "UnknownFilterError",
    "UnsupportedInputError",
    "Verdict",
    "__version__",
    "available_filters",
    "clean",
    "clean_many",
    "default_pipeline",
    "drop_where",
    "get_filter",
    "register_filter",
    "segment",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
