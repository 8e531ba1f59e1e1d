"""breadcrumb: breadcrumb trails, by markup and by shape (reason ``breadcrumb``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import breadcrumb
from tests.helpers import PROSE, dropped, html, kept, text_page

TRAILS = {
    "seed": (
        "Home » Drawing a blueprint for the development of the SCO and jointly promoting "
        "regional prosperity"
    ),
    "home-gt": "Home > News > World",
    "home-slash": "Home / Politics",
    "home-pipe": "Home | Sport | Football",
    "home-arrow": "Home → Guides → Gardening",
    "de": "Startseite » Essen » Essen Teil 2 » Essen-Westviertel",
    "de-you-are-here": "Sie sind hier: Startseite » Essen » Essen-Westviertel",
    "fr": "Accueil › Société › Éducation",
    "es": "Inicio > Noticias > Internacional",
    "it": "Home » Cronaca » Roma",
    "zh": "首页 > 新闻中心 > 国内新闻",
    "crumbs-only": "Mensagens » Mensagens de Autoestima » Só quem se Ama…",
    "crumbs-chevron": "News › World › Europe",
}


@pytest.mark.parametrize("text", TRAILS.values(), ids=TRAILS.keys())
def test_drops_trails(text: str) -> None:
    assert dropped(breadcrumb, text_page(text)) == {text: "breadcrumb"}


@pytest.mark.parametrize(
    "attributes",
    ['class="breadcrumb"', 'id="breadcrumbs"', 'class="crumbs"', 'class="c-breadcrumb__list"'],
)
def test_drops_blocks_inside_breadcrumb_markup(attributes: str) -> None:
    page = html(f'<ol {attributes}><li><a href="/">Local</a></li><li>Weather</li></ol>')
    assert dropped(breadcrumb, page) == {"Local": "breadcrumb", "Weather": "breadcrumb"}


def test_detail() -> None:
    (drop,) = breadcrumb(text_page("Home > News")).drops
    assert drop.detail == "shape"


@pytest.mark.parametrize(
    "text",
    [
        # The home crumb must open the block.
        "The road home → a memoir of the war years, reviewed by our critic",
        "She finally went home > tired, wet and hungry, but alive.",
        # Homework is not "Home".
        "Homework/revision tips for the exam season",
        # Two crumbs without a home crumb are too few.
        "Politics › Europe",
        # A long crumb is prose.
        "Analysis » The government announced today that it would raise the tax on fuel next "
        "year » Reactions",
        # Arrows in prose.
        "Prices rose from 5 > 7 euros within a week, traders said.",
    ],
)
def test_keeps_prose_with_separators(text: str) -> None:
    assert dropped(breadcrumb, text_page(text)) == {}


def test_keeps_the_article() -> None:
    page = html('<div class="breadcrumb"><p>Home</p></div>')
    assert kept(breadcrumb, page) == list(PROSE)


def test_clean_removes_the_seed_breadcrumb() -> None:
    source = "\n\n".join(
        ["Home » Flood waters reach the old town", "Flood waters reach the old town", *PROSE]
    )
    article = clean(source)
    assert article.removed_by_reason()["breadcrumb"] == 1
    assert [p.text for p in article.paragraphs] == list(PROSE)
