"""no_words: drop blocks that hold no word of text.

Removes: separators and icon residue such as "|", "•", "…", "»", "* * *" (reason
``no_text``); a block that is nothing but a file name: an image's name shown as its
title or caption by a gallery ("dp3_1_en", "IMG_2041", "DSC_0012.JPG",
"harbour.jpg"), reason ``file_name``; a block that is nothing but web or e-mail
addresses, numbers and at most ``MAX_ADDRESS_WORDS`` other word ("jane@example.com",
"twitter.com/janedoe", an image's URL, size and uploader printed by a theme), reason
``address_only``, in HTML only: flattened text does not say which lines were a
table's cells, and the article's own text cleaned again must come back whole.

Never removes: any other block with a word character, however short ("5", "OK");
a name or an address in a code block, an address in a quote, a caption or a table
cell; words joined by hyphens ("COVID-19") or an identifier without a digit
("max_connections"), which technical writing uses as text.

Fixture: tests/filters/test_no_words.py (inline snippets and a gallery whose slides
link to their images).
"""

from __future__ import annotations

import re
from typing import Final

import regex

from articlekit._blocks import Block, Page
from articlekit._protocol import Verdict, new_drop
from articlekit._text import may_hold_unspaced
from articlekit.patterns.markup import TABLE_CELL_TAGS

__all__ = ["no_words"]

_WORD: Final = regex.compile(r"\w")
# A file name: one token, either an image file's name or letters and digits joined by
# underscores with a digit among them (a camera's "IMG_2041", an upload's "dp3_1_en").
_FILE_NAME: Final = re.compile(
    r"[\w.-]+\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|svg)"
    r"|(?=\S*\d)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+",
    re.IGNORECASE,
)


def _has_word(block: Block) -> bool:
    if block.words == 0:  # counted already for most blocks: no word, no character of
        return False  # an unspaced script
    if not may_hold_unspaced(block.text):
        return True  # every word counted is a run of word characters
    return _WORD.search(block.text) is not None  # a Thai symbol counts, but is no \w


# A web address (with a scheme, "www.", or a domain and a path) or an e-mail address.
_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)+/\S*",
    re.IGNORECASE,
)
_LETTERS: Final = regex.compile(r"[^\W\d_]")
# Besides its addresses, a block of addresses holds numbers and a word at most (an
# uploader's name); "More AP NBA: https://... and https://..." is a line of text.
MAX_ADDRESS_WORDS: Final = 1
# Longer blocks are text that cites addresses.
MAX_ADDRESS_BLOCK_WORDS: Final = 16
# Addresses that are content: code, a quote (an embedded post ends with its link), a
# photo credit ("© AdobeStock.com/Hermann"), a table's cells (a table of officials and
# their e-mail addresses).
_KEEPS_ADDRESSES: Final = frozenset({"code", "quote", "caption", "credit"})


def _reason(block: Block, html: bool) -> str | None:
    if not _has_word(block):
        return "no_text"
    text = block.text
    if block.kind != "code" and _may_be_file_name(text) and _FILE_NAME.fullmatch(text):
        return "file_name"
    if (
        html
        and _may_be_addresses(block)
        and block.kind not in _KEEPS_ADDRESSES
        and block.tag not in TABLE_CELL_TAGS
        and _only_addresses(text)
    ):
        return "address_only"
    return None


def _may_be_addresses(block: Block) -> bool:
    # what every address holds, checked without the regex (and before the word count)
    text = block.text
    return ("/" in text or "@" in text) and "." in text and block.words <= MAX_ADDRESS_BLOCK_WORDS


def _only_addresses(text: str) -> bool:
    rest = _ADDRESS.sub(" ", text)
    if rest == text:
        return False
    words = [token for token in rest.split() if _LETTERS.search(token)]
    return len(words) <= MAX_ADDRESS_WORDS


def _may_be_file_name(text: str) -> bool:
    # One token (a space is a block's only whitespace) with the dot of an extension or
    # an underscore: what _FILE_NAME needs, checked without the regex.
    return " " not in text and ("." in text or "_" in text)


_DETAILS: Final = {
    "no_text": "",
    "file_name": "a file name, not text",
    "address_only": "web or e-mail addresses, not text",
}


def no_words(page: Page) -> Verdict:
    """Drop blocks that hold no word character, and blocks that are a file name."""
    drops = []
    html = page.source == "html"
    for block in page.blocks:
        reason = _reason(block, html)
        if reason is not None:
            drops.append(new_drop(block, reason, _DETAILS[reason]))
    return Verdict(drops=tuple(drops))
