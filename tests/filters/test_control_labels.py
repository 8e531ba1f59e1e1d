"""control_labels: labels of buttons and gallery controls printed as text
(``control_label``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import control_labels
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page

LABELS = {
    "en-caption": "Caption",
    "en-close": "Close",
    "en-close-caps": "CLOSE",
    "en-next": "Next »",
    "en-previous": "‹ Previous",
    "en-full-screen": "Exit full screen",
    "en-hide-caption": "Hide caption",
    "en-image-caption": "Image caption",
    "en-image-copyright": "Image copyright",
    "en-media-caption": "Media caption",
    "en-player-notice": "Media playback is unsupported on your device",
    "en-video-notice": "Your browser does not support the video tag.",
    "en-loading": "Loading...",
    "en-search": "Search",
    "en-toggle": "Toggle navigation",
    "de": "Schließen",
    "de-loading": "Wird geladen",
    "de-loading-dots": "Laden …",
    "de-menu": "Menü ein- und ausklappen",
    "de-search": "Suche",
    "de-no-results": "Keine Suchergebnisse gefunden!",
    "en-no-results": "No results found.",
    "en-counter": "Image 1 of 5",
    "en-counter-photos": "2/28 photos",
    "de-counter": "Bild 3 von 10",
    "fr-loading": "Chargement en cours…",
    "fr": "Fermer",
    "es": "Cerrar",
    "it": "Chiudi",
    "zh": "关闭",
    "toc-en": "Table of Contents",
    "toc-de": "Inhaltsverzeichnis",
    "toc-fr": "Sommaire",
    "js-slideshow": "This slideshow requires JavaScript.",
    "js-enable": "Please enable JavaScript to view the video.",
}


@pytest.mark.parametrize("text", LABELS.values(), ids=LABELS.keys())
def test_drops_labels(text: str) -> None:
    assert dropped(control_labels, text_page(text)) == {text: "control_label"}


@pytest.mark.parametrize(
    "text",
    [
        "Close to home",
        "The contents of the box were never found",
        "Next steps for the council",
        "Open letter to the mayor",
        "Caption contest winners",
        "Image copyright law is changing",
        "The gallery closes at six. Play resumes on Monday.",
        "Schließen Sie die Tür.",
        "Laden",  # a shop, in German
        "1/2",  # half a cup, in a recipe
        "180/132",
        "Search results for cats",
        "Loading the ferry took three hours.",
    ],
)
def test_keeps_text_that_uses_the_words(text: str) -> None:
    assert dropped(control_labels, text_page(text)) == {}


def test_a_slideshow_toggle_under_a_photo_goes_and_the_caption_stays() -> None:
    caption = "A tram crosses the harbour bridge at dusk. Photo: Jane Doe"
    page = html(
        f"<figure><img src='/t.jpg'><figcaption>{caption}</figcaption>"
        "<div class='captionlink'><p class='open'>Caption</p><p class='close'>Close</p>"
        "</div></figure>"
    )
    assert dropped(control_labels, page) == {"Caption": "control_label", "Close": "control_label"}
    assert caption in kept(control_labels, page)


def test_clean_removes_the_toggles_and_keeps_the_article() -> None:
    article = clean(article_page("<p class='open'>Caption</p><p class='close'>Close</p>"))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"control_label": 2}


def test_keeps_table_cells() -> None:
    page = html(
        "<table><tr><th>Open</th><th>Close</th></tr><tr><td>101.20</td><td>103.75</td></tr></table>"
    )
    assert dropped(control_labels, page) == {}


def test_drops_a_label_written_as_a_list_item() -> None:
    page = html("<ul><li>Close</li></ul>")
    assert dropped(control_labels, page) == {"Close": "control_label"}


def test_screen_reader_labels_leave_the_caption_and_its_credit_clean() -> None:
    """A caption whose label and credit label are off-screen text (the screen reader
    says "Image copyright Getty Images Image caption ..."): the caption comes out as
    its text and its credit, without the labels."""
    figure = (
        "<figure class='media-landscape has-caption'>"
        "<span class='image-and-copyright-container'><img src='/s.jpg' alt=''>"
        "<span class='off-screen'>Image copyright</span> "
        "<span class='story-image-copyright'>Getty Images</span></span>"
        "<figcaption class='media-caption'><span class='off-screen'>Image caption</span>"
        "<span class='media-caption__text'>The manager at an awards show in Los Angeles"
        "</span></figcaption></figure>"
    )
    article = clean(article_page(figure))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The manager at an awards show in Los Angeles", "Getty Images")
    ]
