"""ad_labels: advertising labels (``ad_label``) and short blocks in ad markup (``advert``)."""

from __future__ import annotations

import importlib

import pytest

from articlekit import clean
from articlekit._text import count_words
from articlekit.filters import ad_labels
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page

LABELS = {
    "en": "Advertisement",
    "en-caps": "ADVERTISEMENT",
    "en-continues": "Story continues below advertisement",
    "en-sponsored": "Sponsored content",
    "de": "Anzeige",
    "de-dashes": "- Anzeige -",
    "fr": "Publicité",
    "es": "Publicidad",
    "it": "Pubblicità",
    "zh": "广告",
    "pl": "REKLAMA",
    "ru": "Реклама",
    "en-advert": "Advert",
    "id": "Iklan",
}


@pytest.mark.parametrize("text", LABELS.values(), ids=LABELS.keys())
def test_drops_labels(text: str) -> None:
    assert dropped(ad_labels, text_page(text)) == {text: "ad_label"}


ad_module = importlib.import_module("articlekit.filters.ad_labels")


@pytest.mark.parametrize(
    "attributes",
    [
        'class="ad-slot"',
        'id="div-gpt-ad-1500886040879-0"',
        'class="ads"',
        'class="sponsor-box"',
    ],
)
def test_drops_short_blocks_in_ad_markup(attributes: str) -> None:
    page = html(f"<div {attributes}><p>Holidays in Tuscany from 299 euros</p></div>")
    assert dropped(ad_labels, page) == {"Holidays in Tuscany from 299 euros": "advert"}


def test_drops_a_teaser_sentence_in_a_promo_box() -> None:
    teaser = (
        "Freelance writers and photographers fear California’s new gig worker law will make "
        "them unemployable."
    )
    page = html(f'<div class="PromoSmall"><p>{teaser}</p></div>')
    assert dropped(ad_labels, page) == {teaser: "advert"}


def test_keeps_long_text_in_ad_markup() -> None:
    long_text = PROSE[0]
    assert count_words(long_text) > ad_module.MAX_WORDS
    page = html(f'<div class="ad-wrapper"><p>{long_text}</p></div>')
    assert dropped(ad_labels, page) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The advertisement campaign cost the council 40,000 euros.",
        "Advertising revenue fell by a third last year.",
        "Die Anzeige wurde am Montag erstattet.",
        "Ad hoc meetings were held in the town hall.",
    ],
)
def test_keeps_sentences_about_advertising(text: str) -> None:
    assert dropped(ad_labels, text_page(text)) == {}


# "adv" starts "advice" and "advance"; "ad" must be a whole token.
@pytest.mark.parametrize(
    "css_class",
    # (Drupal marks an article promoted to the front page "node--promoted")
    [
        "header",
        "shadow",
        "admin-bar",
        "address",
        "download",
        "adv",
        "advice-column",
        "node--promoted",
    ],
)
def test_ad_token_does_not_match_inside_words(css_class: str) -> None:
    page = html(f'<div class="{css_class}"><p>Short label here</p></div>')
    assert "Short label here" not in dropped(ad_labels, page)


def test_keeps_the_article() -> None:
    assert kept(ad_labels, text_page("Advertisement")) == list(PROSE)


def test_clean_removes_labels_between_paragraphs() -> None:
    article = clean(article_page("<p>Advertisement</p><p>Anzeige</p>"))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"ad_label": 2}


def test_drops_a_caption_that_is_only_an_ad_label() -> None:
    # A figure captioned "ANZEIGE" is an advert, whatever markup it sits in.
    page = html('<figure><img src="ad.jpg" alt=""><figcaption>ANZEIGE</figcaption></figure>')
    assert dropped(ad_labels, page) == {"ANZEIGE": "ad_label"}


def test_keeps_a_caption_that_mentions_an_advert() -> None:
    caption = "Advertisement for the new bridge, painted on the wall of the old mill"
    page = html(f'<figure><img src="a.jpg" alt=""><figcaption>{caption}</figcaption></figure>')
    assert dropped(ad_labels, page) == {}
