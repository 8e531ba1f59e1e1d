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


@pytest.mark.parametrize("text", ["dp3_1_en", "IMG_2041", "DSC_0012.JPG", "harbour.jpg"])
def test_drops_a_block_that_is_a_file_name(text: str) -> None:
    assert dropped(no_words, text_page(text)) == {text: "file_name"}


@pytest.mark.parametrize(
    "text", ["max_connections", "COVID-19", "snake_case", "my photo.jpg", "v1.2", "www.example.com"]
)
def test_keeps_identifiers_and_hyphenated_words(text: str) -> None:
    assert dropped(no_words, text_page(text)) == {}


def test_keeps_a_file_name_in_a_code_block() -> None:
    assert dropped(no_words, html("<pre>IMG_2041</pre>")) == {}


def test_a_lightbox_gallery_keeps_neither_its_links_nor_its_file_names() -> None:
    """Slides link to their images (a lightbox); their titles are the uploads' names."""
    slides = "".join(
        f'<div class="slide"><a href="/uploads/dp3_{n}_en.png" title="dp3_{n}_en">'
        f'<img src="/uploads/dp3_{n}_en-150x150.png" alt="dp3_{n}_en">'
        f'<span class="gallery-title">dp3_{n}_en</span></a></div>'
        for n in range(1, 6)
    )
    article = clean(article_page(f'<div class="gallery">{slides}</div>'))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason().get("file_name") == 5


@pytest.mark.parametrize(
    "text",
    [
        "jane.doe@example.com",
        "twitter.com/janedoe",
        "https://www.instagram.com/p/CMe36CjDPBh/",
        "http://example.com/uploads/harbour.jpeg 1200 676 admin",
        "Internet: https://www.example-online.com",
    ],
)
def test_drops_a_block_of_addresses(text: str) -> None:
    assert dropped(no_words, html(f"<p>{text}</p>")) == {text: "address_only"}


@pytest.mark.parametrize(
    "markup",
    [
        "<p>More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports</p>",
        "<p>See www.example.com for the full results of the vote.</p>",
        "<table><tr><td>Jane Doe</td><td>jane.doe@parliament.uk</td></tr></table>",
        "<blockquote><p>https://t.co/hopPjqa95w</p></blockquote>",
        "<pre>https://example.com/api/v1/</pre>",
    ],
)
def test_keeps_text_citing_addresses_and_addresses_that_are_content(markup: str) -> None:
    assert not any(reason == "address_only" for reason in dropped(no_words, html(markup)).values())


def test_leaves_addresses_in_flattened_text() -> None:
    # Text mode cannot tell a table's cells; the article's own text must reclean whole.
    assert "jane.doe@example.com" in kept(no_words, text_page("jane.doe@example.com"))
