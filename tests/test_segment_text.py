"""Text mode's reading of the title: from what the page repeats, else from its first
line when that reads as a title; never from a heading further down."""

from __future__ import annotations

import pytest

from articlekit import clean, segment
from articlekit._plaintext import reads_as_title
from tests.helpers import PROSE, TITLE


def _title(*lines: str) -> str | None:
    return segment("\n\n".join(lines), mode="text").metadata.title


def test_the_first_line_that_reads_as_a_title_is_the_title() -> None:
    assert _title(TITLE, *PROSE) == TITLE
    article = clean("\n\n".join((TITLE, *PROSE)), mode="text")
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_a_section_heading_further_down_is_not_the_title() -> None:
    lines = (PROSE[0], PROSE[1], "What the engineers found", PROSE[2], PROSE[3])
    assert _title(*lines) is None
    article = clean("\n\n".join(lines), mode="text")
    assert article.title is None
    assert [p.text for p in article.paragraphs] == list(lines)
    assert article.paragraphs[2].kind == "heading"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Can the old town be saved?", True),
        ("Flood waters reach the old town!", True),
        ("Flood waters reach the old town.", False),  # a statement
        ("Updated on November 20, 2019", False),  # a date
        ("Floods", False),  # one word: a menu item
        ("The river rose overnight (photo taken on May 30, 2018)", False),  # a caption
    ],
)
def test_what_reads_as_a_title(line: str, title: bool) -> None:
    assert reads_as_title(line) is title


def test_a_repeated_headline_is_the_title() -> None:
    lines = ("Home", "News", TITLE, "By Jane Doe", TITLE, *PROSE)
    assert _title(*lines) == TITLE


def test_the_last_crumb_of_a_breadcrumb_is_the_title() -> None:
    assert _title("Home", f"Home » News » {TITLE}", TITLE, *PROSE) == TITLE
    # A sentence that merely ends with the same words is no breadcrumb.
    ending = f"Residents said on Tuesday that {TITLE.lower()}"
    assert _title("Menu", ending, TITLE, *PROSE) is None


def test_a_repeated_first_paragraph_is_not_the_title() -> None:
    # A pull quote repeats a sentence of the article; a <title> line repeated by the
    # headline reads as a title.
    assert _title(PROSE[0], PROSE[1], PROSE[0], PROSE[2]) is None
    assert _title(TITLE, "Home", TITLE, *PROSE) == TITLE


def test_a_long_repeated_headline_must_be_one_sentence() -> None:
    headline = " ".join(["The council and the engineers met at the old bridge"] * 3)
    assert _title("Home", headline, "News", headline, *PROSE) == headline
    two = headline + ". " + headline
    assert _title("Home", two, "News", two, *PROSE) is None


def test_a_line_of_invisible_characters_is_a_blank_line() -> None:
    # Pages that space their paragraphs with <p>&#8203;</p> flatten to lines holding a
    # zero-width space: no block of its own, and a paragraph break like a blank line.
    text = f"{TITLE}\n\n{PROSE[0]}\n\u200b\n{PROSE[1]}\n\n \u2060\u200e \n\n{PROSE[2]}"
    page = segment(text, mode="text")
    assert [block.text for block in page.blocks] == [TITLE, *PROSE[:3]]
    assert [block.index for block in page.blocks] == [0, 1, 2, 3]


def test_a_tables_repeated_header_row_is_not_the_title() -> None:
    # An article with three tables under one header row (smava.de), cleaned and read
    # back: the header row repeats near the top, like a headline, but rows are no title.
    header = "Kreditsumme | Laufzeit | effektiver Jahreszins | monatliche Rate | Zinsaufwand"
    lines = [PROSE[0]]
    for months in (24, 36, 48):
        lines += [header, f"5.000 € | {months} Monate | 2,0 % | 143,17 € | 154,24 €", PROSE[1]]
    assert _title(*lines) is None
    assert _title(*lines[1:]) is None  # the header row first, and again below
    # A headline repeated near the top still is the title.
    assert _title(TITLE, PROSE[0], TITLE, *lines) == TITLE
