"""Recognising photo captions in text and splitting off their credits.

Used by the ``photo_caption`` filter (is this paragraph a caption?) and by assembly
(which part of a caption is the credit?). The phrases are data in
:mod:`articlekit.patterns.phrases` (``photo_credit``, ``photo_cue``). Also which caption
markup a block sits in (``caption_elements``), for ``figure_captions`` and assembly.
"""

from __future__ import annotations

import re
from typing import Final

from articlekit._blocks import Block
from articlekit._text import count_words
from articlekit.patterns import MAY_HOLD_ANY, Phrases, compile_phrases
from articlekit.patterns.markup import CAPTION_MARK

__all__ = [
    "caption_elements",
    "has_photo_cue",
    "may_read_as_caption",
    "photo_credit",
    "split_credit",
    "unwrap_credit",
    "without_caption_label",
]

# A credit names a photographer and an agency; a longer tail is a sentence.
MAX_CREDIT_WORDS: Final = 14
# A credit is at most this many characters (14 words of agency and photographer names
# fit easily), so its lead is only looked for this close to the end of a caption.
MAX_CREDIT_CHARS: Final = 160
_PHOTO_CREDIT: Final = Phrases("photo_credit")
_ANY_CREDIT: Final = Phrases("photo_credit", "credit_lead")
_CUE: Final = Phrases("photo_cue")
# What can be left before a credit that describes nothing: the label a screen reader
# reads first ("Image copyright" before "Getty Images"), or a control's.
_LABEL: Final = compile_phrases("control", "caption_label", "gallery_counter", anchor="whole")
# The label in front of a caption flattened to text ("Image caption A crowd gathers").
_CAPTION_LABEL: Final = compile_phrases("caption_label", anchor="start")
# A slideshow's counter in front of a caption ("Image 1 of 23 A crowd gathers"): left
# out of the caption's text, but no sign that a line is a caption.
_COUNTER: Final = compile_phrases("gallery_counter", anchor="start")
# The phrase-hint bits of a text that may be a caption by its words (a cue, a caption
# label or a photo credit); all bits when any set is not hinted.
_CAPTION_BITS: Final = (
    _CUE.hint_bit | _PHOTO_CREDIT.hint_bit | _CAPTION_LABEL.hint_bit
    if _CUE.hint_bit and _PHOTO_CREDIT.hint_bit and _CAPTION_LABEL.hint_bit
    else MAY_HOLD_ANY
)
_TRIM: Final = " \t.,;:-–—|/"
# How the leads that only announce a credit end ("Photo:", "©"), unlike those that are
# one ("PA", "(AP Photo/...)").
_LABEL_ENDS: Final = (":", "：", "©")
# A sentence ends after a word of two lower-case letters or more: "J. Doe" goes on.
_SENTENCE_END: Final = re.compile(r"(?<=[^\W\d_]{2})[.!?。](?:\s|$)")


def split_credit(
    text: str, *, photo_only: bool = False, hints: int = MAY_HOLD_ANY
) -> tuple[str, str | None]:
    """Split ``"A crowd gathers. Photo: Jane Doe/AP"`` into description and credit.

    The credit is the text from the last credit lead to the end, if it is short; it
    reaches back to an earlier lead of the same sentence ("Photograph: Jane Doe/Getty
    Images", "© Jane Doe/AFP"). Returns the text unchanged and ``None`` when there is
    no credit.

    Args:
        text: A caption.
        photo_only: Only accept leads that name a photo ("Photo by", "reporter X",
            "/ AP"), not generic ones ("Source:", "©").
        hints: The text's phrase hints, if known (see ``Block.phrase_hints``).
    """
    leads = _PHOTO_CREDIT if photo_only else _ANY_CREDIT
    last = leads.last(text, max(0, len(text) - MAX_CREDIT_CHARS), hints)
    if last is None or _bare_label(text, last.group(0), last.end()):
        return text, None
    start = _earliest_lead(text, leads, last.start())
    if text.rstrip().endswith(")"):
        # A lead inside the closing parentheses ("(Photo by Kevin Mazur/Getty Images)"):
        # the credit is the whole parenthesis.
        opening = text.rfind("(", 0, start + 1)
        if opening >= 0 and ")" not in text[opening:start]:
            start = opening
    credit = text[start:].strip(_TRIM)
    if not credit or count_words(credit) > MAX_CREDIT_WORDS:
        return text, None
    credit = unwrap_credit(credit)
    description = text[:start].rstrip(" \t(")
    if not description or _LABEL.search(description):
        return text, credit  # a credit line, maybe labelled
    return description, credit


def unwrap_credit(credit: str) -> str:
    """The credit without the parentheses around all of it: "(AP Photo/Alan Diaz)",
    "(Foto: Jane Doe (dpa))"; "(AP) Jane Doe" and "(AP) (Reuters)" stay as they are."""
    if not (credit.startswith("(") and credit.endswith(")")):
        return credit
    depth = 0
    for position, char in enumerate(credit):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return credit[1:-1].strip() if position == len(credit) - 1 else credit
    return credit


def _earliest_lead(text: str, leads: Phrases, start: int) -> int:
    """The first lead, within MAX_CREDIT_CHARS of the end, that starts the same credit
    as the lead at ``start``: no sentence ends between them, and the credit stays
    short."""
    pos = max(0, len(text) - MAX_CREDIT_CHARS)
    while (found := leads.search(text, pos)) is not None and found.start() < start:
        between = text[found.start() : start]
        if not _SENTENCE_END.search(between) and count_words(text[found.start() :]) <= (
            MAX_CREDIT_WORDS
        ):
            return found.start()
        pos = found.end()
    return start


def _bare_label(text: str, lead: str, end: int) -> bool:
    """A lead that names no one: "Image:" or "©" with nothing after it (a label that
    screen readers read before a caption), unlike a lead that is a name ("PA")."""
    rest = text[end:]
    return not any(char.isalnum() for char in rest) and lead.rstrip().endswith(_LABEL_ENDS)


def photo_credit(text: str, hints: int = MAY_HOLD_ANY) -> str | None:
    """The photo credit a text ends with, if any (``hints``: its phrase hints)."""
    return split_credit(text, photo_only=True, hints=hints)[1]


def may_read_as_caption(hints: int) -> bool:
    """Whether a text with these phrase hints may have a photo cue or a photo credit
    (``False``: :func:`has_photo_cue` and :func:`photo_credit` find neither)."""
    return bool(hints & _CAPTION_BITS)


def has_photo_cue(text: str, hints: int = MAY_HOLD_ANY) -> bool:
    """Whether the text says it describes a photo ("(photo taken on ...)", "(drone shot)",
    or a caption label in front: "Image caption ..."); ``hints``: its phrase hints."""
    return _CUE.search(text, hints=hints) is not None or _label_end(text, hints) > 0


def _label_end(text: str, hints: int, labels: Phrases = _CAPTION_LABEL) -> int:
    """Where a caption label in front of a caption ends (0: no label, or nothing after
    it: a label alone is a control's)."""
    found = labels.search(text, hints=hints)
    if found is None or not any(char.isalnum() for char in text[found.end() :]):
        return 0
    return found.end()


def without_caption_label(text: str, hints: int = MAY_HOLD_ANY) -> str:
    """The caption without the label or slideshow counter in front of it: "Image
    caption A crowd gathers", "Image 1 of 23 A crowd gathers" -> "A crowd gathers"
    (``hints``: the text's phrase hints)."""
    for labels in (_COUNTER, _CAPTION_LABEL):
        end = _label_end(text, hints, labels)
        if end:
            text = text[end:].lstrip(_TRIM)
            hints = MAY_HOLD_ANY  # the hints were the whole text's
    return text


def caption_elements(block: Block) -> list[int]:
    """Ids of the caption elements around a block, outermost first (none: empty).

    From the block's ``caption`` marks: ``<figcaption>`` and elements with a caption
    class. The first is the element that opens the caption; two blocks with the same
    first id belong to one caption.
    """
    if CAPTION_MARK not in block.marks:  # most blocks: a set lookup, no scan
        return []
    return sorted(source for mark, source in block.mark_sources if mark == CAPTION_MARK)
