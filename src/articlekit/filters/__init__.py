"""The built-in filters, and the default pipeline they form.

Each filter lives in a module of its own, named after what it removes, with a
docstring saying what it removes, what it must never remove and which fixture shows
it. They are plain functions of a :class:`~articlekit.Page`, registered here (and
only here) under their names.

Order of the default pipeline, and why:

1. ``hidden_text``: text nobody sees goes first, so it cannot vote for the article;
   ``related_sections``: nor can a box of teasers under a "You may also like" heading.
2. ``main_content``: everything outside the article container (HTML only).
3. ``figure_captions``, ``photo_caption``: captions are recognised before junk markup
   and phrases are matched, so a caption is never mistaken for page furniture, a
   byline, or its credit line for a disclaimer.
4. ``page_chrome``, ``cookie_notice``, ``comments``, ``related_links``,
   ``share_prompts``, ``breadcrumb``, ``ad_labels``, ``control_labels``, ``byline``,
   ``disclaimer``: the junk that survives inside the container, by markup and by
   phrase.
5. ``link_lists``: what is left that is mostly links.
6. ``text_region``: in flattened text, what lies outside the article; after the phrase
   filters, so that the junk they know keeps its own reason, and before
   ``duplicate_headline``, which removes the title's repeats it leaves.
7. ``duplicate_headline``: the title where the body repeats it.
8. ``no_words``: residue without a letter or digit.
9. ``orphan_headings``: headings whose whole section went, last, so that it sees
   every earlier removal.
"""

from __future__ import annotations

from articlekit._pipeline import Pipeline
from articlekit._registry import register_filter
from articlekit.filters.ad_labels import ad_labels
from articlekit.filters.breadcrumb import breadcrumb
from articlekit.filters.byline import byline
from articlekit.filters.comments import comments
from articlekit.filters.control_labels import control_labels
from articlekit.filters.cookie_notice import cookie_notice
from articlekit.filters.disclaimer import disclaimer
from articlekit.filters.duplicate_headline import duplicate_headline
from articlekit.filters.figure_captions import figure_captions
from articlekit.filters.hidden_text import hidden_text
from articlekit.filters.link_lists import link_lists
from articlekit.filters.main_content import main_content
from articlekit.filters.no_words import no_words
from articlekit.filters.orphan_headings import orphan_headings
from articlekit.filters.page_chrome import page_chrome
from articlekit.filters.photo_caption import photo_caption
from articlekit.filters.related_links import related_links
from articlekit.filters.related_sections import related_sections
from articlekit.filters.share_prompts import share_prompts
from articlekit.filters.text_region import text_region

__all__ = [
    "BUILTIN_FILTERS",
    "ad_labels",
    "breadcrumb",
    "byline",
    "comments",
    "control_labels",
    "cookie_notice",
    "default_pipeline",
    "disclaimer",
    "duplicate_headline",
    "figure_captions",
    "hidden_text",
    "link_lists",
    "main_content",
    "no_words",
    "orphan_headings",
    "page_chrome",
    "photo_caption",
    "related_links",
    "related_sections",
    "share_prompts",
    "text_region",
]

BUILTIN_FILTERS = (
    hidden_text,
    related_sections,
    main_content,
    figure_captions,
    photo_caption,
    page_chrome,
    cookie_notice,
    comments,
    related_links,
    share_prompts,
    breadcrumb,
    ad_labels,
    control_labels,
    byline,
    disclaimer,
    link_lists,
    text_region,
    duplicate_headline,
    no_words,
    orphan_headings,
)
"""Every built-in filter, in default pipeline order."""

for _filter in BUILTIN_FILTERS:
    register_filter(_filter.__name__, _filter)

_DEFAULT = Pipeline(BUILTIN_FILTERS)


def default_pipeline() -> Pipeline:
    """The pipeline :func:`articlekit.clean` uses; edit it with ``add``/``without``/``replace``."""
    return _DEFAULT
