"""no_words: residue without a letter or digit (reason ``no_text``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import no_words
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page


@pytest.mark.parametrize(
    "text", ["|", "•", "…", "»", "* * *", "—", "***", "· · ·", "→", "© ®", "¶", "★★★★☆"]
)
def test_drops_blocks_without_word_characters(text: str) -> None:
    assert dropped(no_words, text_page(text)) == {text: "no_text"}


def test_drops_in_html_too() -> None:
    assert dropped(no_words, html("<p>|</p><p>•</p>")) == {"|": "no_text", "•": "no_text"}


@pytest.mark.parametrize("text", ["5", "OK", "a", "—42—", "é", "中", "١", "x|y"])
def test_keeps_any_block_with_a_word_character(text: str) -> None:
    assert dropped(no_words, text_page(text)) == {}


def test_keeps_the_article() -> None:
    assert kept(no_words, text_page("* * *")) == list(PROSE)


def test_clean_removes_separators() -> None:
    article = clean(article_page("<p>* * *</p>"))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"no_text": 1}
