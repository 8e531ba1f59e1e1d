"""control_labels: drop the labels of buttons and gallery controls printed as text.

Removes: blocks that consist only of a control's label: the "Caption" and "Close"
toggles under every photo of a slideshow, "Play", "Next", "Full screen",
"Schließen", "Fermer", "关闭", the labels screen readers read before a caption
or its credit ("Image caption", "Image copyright"), and the toggles of a text shown cut
short ("... more", "less"), a slideshow's counter ("Image 1 of 23", "Bild 2 von 10"),
what a media player prints where it cannot play ("Media playback is unsupported on
your device"), and the title of a table of contents, a navigation box whose links
page_chrome removes ("Inhaltsverzeichnis", "Table of Contents") (reason
``control_label``).
Captions are tested too: a caption that is nothing but "Caption" labels a toggle,
not a photo.

Never removes: a sentence or a heading that uses these words ("Close to home",
"Next steps for the council"): the label must be the whole block, punctuation aside;
a table cell ("Open" and "Close" head the columns of a stock table); a bare "More:"
(it leads a list of related links, which related_links and text_region judge).

Fixture: fixtures/ctpost-la-auto-show (a Hearst gallery item: "Caption", "Close", and
"less" / "... more" around each caption's preview);
tests/filters/test_control_labels.py (screen-reader labels of a caption).
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Verdict
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases
from articlekit.patterns.markup import TABLE_CELL_TAGS

__all__ = ["control_labels"]

# A control's label is a word or three ("Exit full screen"); a player's notice where
# it cannot play is a short sentence ("Media playback is unsupported on your device").
MAX_WORDS: Final = 8
_LABELS: Final = compile_phrases("control", "caption_label", "gallery_counter", anchor="whole")


def control_labels(page: Page) -> Verdict:
    """Drop blocks that are only a button's or a control's label."""
    outside_tables = page.with_blocks(
        tuple(block for block in page.blocks if block.tag not in TABLE_CELL_TAGS)
    )
    return mark_or_phrase(
        outside_tables,
        mark=None,
        pattern=_LABELS,
        max_words=MAX_WORDS,
        mark_reason="control_label",
        phrase_reason="control_label",
        captions_too=True,
    )
