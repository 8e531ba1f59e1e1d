"""duplicate_headline: the title where the body repeats it (reason ``duplicate_headline``)."""

from __future__ import annotations

import pytest

from articlekit import Block, Metadata, Page, Verdict, clean, segment
from articlekit.filters import duplicate_headline
from tests.helpers import (
    PROSE,
    TITLE,
    article_page,
    dropped,
    html_page,
    kept,
    prose_html,
    verdict_of,
)


def page_with(*texts: str, title: str | None = TITLE, kind: str = "paragraph") -> Page:
    blocks = tuple(
        Block(index=i, kind=kind if i == 0 else "paragraph", text=t)  # type: ignore[arg-type]
        for i, t in enumerate([*texts, *PROSE])
    )
    return Page(blocks=blocks, metadata=Metadata(title=title), source="text")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (TITLE, "same words as the title"),
        ("FLOOD WATERS REACH THE OLD TOWN!", "same words as the title"),
        ("Flood-waters reach the old town.", "same words as the title"),
        ("Flood waters reach the old town - Daily Bugle", "the title with a prefix or suffix"),
        ("Local news: Flood waters reach the old town", "the title with a prefix or suffix"),
        ("Flood waters reach the old", "most of the title"),
    ],
)
def test_drops_the_title_again(text: str, detail: str) -> None:
    (drop,) = verdict_of(duplicate_headline, page_with(text)).drops
    assert (drop.block.text, drop.reason, drop.detail) == (text, "duplicate_headline", detail)


def test_drops_the_h1_inside_the_article() -> None:
    page = segment(html_page(f"<article><h1>{TITLE}</h1>{prose_html()}</article>"))
    assert dropped(duplicate_headline, page) == {TITLE: "duplicate_headline"}


def test_drops_every_repeat() -> None:
    page = page_with(TITLE, f"{TITLE} | Daily Bugle", TITLE.upper())
    assert len(duplicate_headline(page).drops) == 3


def test_keeps_a_paragraph_that_contains_the_title_within_more_text() -> None:
    text = (
        f"Topic: {TITLE}. The river rose two metres overnight and the lower town was flooded, "
        "the fire brigade said on Monday morning."
    )
    assert dropped(duplicate_headline, page_with(text)) == {}


@pytest.mark.parametrize("text", ["Flood waters", "The old town", "Reach"])
def test_keeps_a_short_heading_that_is_part_of_the_title(text: str) -> None:
    assert dropped(duplicate_headline, page_with(text, kind="heading")) == {}


def test_keeps_captions_that_repeat_the_title() -> None:
    page = page_with(TITLE, kind="caption")
    assert dropped(duplicate_headline, page) == {}


def test_does_nothing_without_a_title() -> None:
    assert verdict_of(duplicate_headline, page_with(TITLE, title=None)) == Verdict()
    assert verdict_of(duplicate_headline, page_with(TITLE, title="!!!")) == Verdict()


def test_keeps_the_article() -> None:
    assert kept(duplicate_headline, page_with(TITLE)) == list(PROSE)


def test_clean_keeps_the_title_in_the_title_field() -> None:
    article = clean(article_page(f"<h1>{TITLE}</h1>", title=f"{TITLE} | Daily Bugle"))
    assert article.title == TITLE
    assert all(TITLE not in p.text for p in article.paragraphs)
    assert article.removed_by_reason() == {"duplicate_headline": 1}


def test_clean_text_mode_title_repeated_at_the_top() -> None:
    article = clean("\n\n".join([TITLE, TITLE, *PROSE]))
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"duplicate_headline": 2}


@pytest.mark.parametrize(
    "title",
    [
        "© ✦ ✦ © ✦ ✦ © ✦ 東京 ab ’ !",  # mostly not words: the text is far longer than its key
        "Straße",  # case folding makes the key longer than the text ("strasse")
    ],
)
def test_a_repeat_is_found_however_its_length_compares_with_its_words(title: str) -> None:
    assert dropped(duplicate_headline, page_with(title, title=title)) == {
        title: "duplicate_headline"
    }


def test_blocks_too_short_or_too_wordy_to_be_the_title_are_kept() -> None:
    title = "Council approves the new tram line for the harbour district"
    assert dropped(duplicate_headline, page_with("tram", title=title)) == {}
    wordy = title + " " + "and more words " * 10
    assert dropped(duplicate_headline, page_with(wordy, title=title)) == {}
