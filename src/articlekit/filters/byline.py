"""byline: drop byline and article-meta fragments, and author boxes, from the body.

Removes: every block of an author box (``author_bio`` markup: ``author-bio``,
``about-author``, ``sabox``; the writer's biography under the article, however long;
reason ``author_bio``), short blocks inside byline/author/dateline markup (reason
``byline``), and
short blocks that are nothing but a byline or meta line: "by admin", "By Jane Doe",
"Posted by ...", "Source of this article: ... Author: ...", "Xinhua News Agency
reporter", "5 min read", and the line crediting contributors, however many ("Reporting
by Jane Doe; additional reporting by ...", up to ``MAX_CONTRIBUTOR_WORDS`` words)
(reason ``byline``), and blocks that are nothing but a date (perhaps with its time),
the dateline or timestamp printed on a line of its own in HTML ("Nov. 20, 2019 5:52 AM
EST", "23.10.2018", "15. Mai 2019, 05:28 Uhr"; reason ``date_line``). The article's authors and date
come from the page's metadata into ``Article.authors`` and ``Article.published``.

Never removes: a paragraph that starts with "By" and goes on as a sentence ("By
Tuesday the river had risen ..."): the whole block must be the byline, and at most
``MAX_WORDS`` words.

Fixture: fixtures/sco-summit-xinhua ("by admin", "Xinhua News Agency reporter");
tests/filters/test_byline.py for author boxes.
"""

from __future__ import annotations

from typing import Final

from articlekit._blocks import Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit.filters._common import mark_or_phrase
from articlekit.patterns import compile_phrases

__all__ = ["byline"]

# Bylines and meta lines are a name or two plus a date, a time or a source: "By Mike
# Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)" is 18
# words. (On the benchmark, 20 takes that line, which 16 left; 30 took an article's
# sentence in a wrapper classed "author".)
MAX_WORDS: Final = 20
_WHOLE: Final = compile_phrases("byline", anchor="whole")
# A line crediting contributors names more people ("Reporting by A; additional
# reporting by B, C and D; Editing by E").
MAX_CONTRIBUTOR_WORDS: Final = 40
_CONTRIBUTORS: Final = compile_phrases("contributors", anchor="whole")
# A date line: a weekday, a date and a time zone at most.
MAX_DATE_WORDS: Final = 10
_DATE_LINE: Final = compile_phrases("date_line", anchor="whole")
# Neither a contributor line nor a date line: code (a log's dates) and captions (a
# caption's date is part of it).
_NOT_LINES: Final = frozenset({"code", "caption", "credit"})


def byline(page: Page) -> Verdict:
    """Drop author boxes, bylines and meta lines."""
    boxes = tuple(
        new_drop(block, "author_bio", "inside markup marked 'author_bio'")
        for block in page.blocks
        if "author_bio" in block.marks
    )
    lines = mark_or_phrase(
        page,
        mark="byline",
        pattern=_WHOLE,
        max_words=MAX_WORDS,
        mark_reason="byline",
        phrase_reason="byline",
        mark_max_words=MAX_WORDS,
    )
    longer = _longer_lines(page)
    if not boxes and not longer:
        return lines
    drops: dict[int, Drop] = {}
    for drop in (*boxes, *lines.drops, *longer):
        drops.setdefault(drop.block.index, drop)
    return Verdict(drops=tuple(drops[index] for index in sorted(drops)))


def _longer_lines(page: Page) -> tuple[Drop, ...]:
    """Contributor lines (reason ``byline``) and blocks that are nothing but a date,
    perhaps with its time (``date_line``), in one pass. Not code (a log's dates) nor
    captions. Date lines in HTML only: in flattened text, text_region weighs them as
    lines of page chrome, and the gaps they would leave cut articles apart."""
    credit_bit, date_bit = _CONTRIBUTORS.hint_bit, _DATE_LINE.hint_bit
    dates = page.source == "html"
    drops: list[Drop] = []
    for block in page.blocks:
        if block.kind in _NOT_LINES:
            continue
        hints = block.phrase_hints
        if (
            (not credit_bit or hints & credit_bit)
            and block.words <= MAX_CONTRIBUTOR_WORDS
            and (found := _CONTRIBUTORS.search(block.text, hints=hints)) is not None
        ):
            drops.append(new_drop(block, "byline", f"phrase {found.group(0).strip()!r}"))
        elif (
            dates
            and (not date_bit or hints & date_bit)
            and block.words <= MAX_DATE_WORDS
            and (found := _DATE_LINE.search(block.text, hints=hints)) is not None
        ):
            drops.append(new_drop(block, "date_line", f"only a date or a time: {found.group(0)!r}"))
    return tuple(drops)
