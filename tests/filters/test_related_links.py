"""related_links: related-content markup (``related_links``) and "See also" leads (``see_also``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit.filters import related_links
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page

LEADS = {
    "en-see-also": "See also Alessandro Impagnatiello in court for the first time",
    "en-read-more": "Read more: Storm warning issued for the coast",
    "en-also-like": "You may also like",
    "en-related": "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures",
    "en-most-read": "Most read",
    "en-dont-miss": "DON'T MISS",
    "en-arrows": "» Read next: Ten years after the last flood",
    "de-lesen": "Lesen Sie auch: Hochwasser in Passau",
    "de-interessieren": "Das könnte Sie auch interessieren!",
    "de-mehr-zum-thema": "Mehr zum Thema",
    "fr-lire-aussi": "À lire aussi : la crue de la Seine",
    "fr-caps": "LIRE AUSSI SUR REGARDS.FR >> Affaire Benalla",
    "fr-meme-sujet": "Sur le même sujet",
    "es-lee": "Lee también: Las inundaciones en Valencia",
    "es-relacionadas": "Noticias relacionadas",
    "it-leggi": "Leggi anche: L'alluvione in Emilia-Romagna",
    "it-correlati": "Articoli correlati",
    "zh-related": "相关阅读：洪水过后的重建工作",
    "zh-more": "推荐阅读",
    "pt": "Leia também: Enchentes no Rio Grande do Sul",
    "pt-gostar": "Você pode gostar...",
    "ru-chitaite": "Читайте также: Наводнение в Краснодаре",
    "ru-pohozhie": "Похожие статьи",
    "ru-popular": "Самые популярные диеты",
}


@pytest.mark.parametrize("text", LEADS.values(), ids=LEADS.keys())
def test_drops_related_leads(text: str) -> None:
    assert dropped(related_links, text_page(text)) == {text: "see_also"}


@pytest.mark.parametrize(
    "attributes",
    ['class="related-posts"', 'id="yarpp_widget"', 'class="OUTBRAIN"', 'id="taboola-below-article"',
     'class="recommended-stories"', 'class="more-stories"', 'class="most-popular"'],
)  # fmt: skip
def test_drops_blocks_inside_related_markup(attributes: str) -> None:
    page = html(
        f"<div {attributes}><h3>Elsewhere</h3>"
        '<ul><li><a href="/x">Dam repairs begin</a></li></ul></div>'
    )
    assert dropped(related_links, page) == {
        "Elsewhere": "related_links",
        "Dam repairs begin": "related_links",
    }


def test_detail_quotes_the_lead() -> None:
    (drop,) = related_links(text_page("See also: the 2002 floods")).drops
    assert drop.detail == "phrase 'See also'"


@pytest.mark.parametrize(
    "text",
    [
        # The lead must open the block.
        "For the history of the dam, see also the council's report from 2019.",
        "Experts say readers should read more than the headline before sharing.",
        "Siehe dazu den Bericht des Stadtrats, der im Mai veröffentlicht wurde.",
        # A sentence that opens like a box heading.
        "Самые популярные фудблогеры рассказали нам, как они начали снимать еду.",
    ],
)
def test_keeps_prose_with_a_lead_inside(text: str) -> None:
    assert dropped(related_links, text_page(text)) == {}


def test_keeps_long_prose_that_starts_with_a_lead() -> None:
    prose = (
        "Read more carefully, the report says, and the numbers tell a different story: the "
        "river has flooded the old town nine times since 1950, and four of those floods came "
        "in the last twenty years."
    )
    assert len(prose.split()) > 30
    assert dropped(related_links, text_page(prose)) == {}


def test_keeps_the_article() -> None:
    page = html('<div class="related"><p>More news</p></div>')
    assert kept(related_links, page) == list(PROSE)


def test_never_drops_captions_by_phrase() -> None:
    page = html(
        "<figure><figcaption>Read more about the photographer (file photo)</figcaption></figure>"
    )
    assert dropped(related_links, page) == {}


def test_clean_removes_see_also_lines_inside_the_body() -> None:
    inside = "<p>See also: Storm warning issued for the coast</p><p>Lesen Sie auch: Pegelstände</p>"
    article = clean(article_page(inside))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"see_also": 2}


HEADLINES = (
    "YouTubers must unionize, no matter what Google says",
    "Could an astronaut lost in space use gravity to get around?",
    "The plan to boost drone batteries with a teensy jet engine",
    "Storm season starts early on the northern coast this year",
)


def _label_and_list(label: str, items: str) -> str:
    return article_page(f"<div>{label}</div><ul>{items}</ul>")


def test_a_label_takes_the_list_of_links_under_it() -> None:
    items = "".join(
        f'<li><a href="/story/{n}">{headline}</a></li>' for n, headline in enumerate(HEADLINES)
    )
    article = clean(_label_and_list("More Great WIRED Stories", items))
    removed = {r.text: r.reason for r in article.removed}
    assert all(removed.get(headline) == "see_also" for headline in HEADLINES)
    assert removed.get("More Great WIRED Stories") == "see_also"
    assert not any(p.text in HEADLINES for p in article.paragraphs)


def test_a_lead_with_a_headline_or_a_list_without_links_takes_no_list() -> None:
    # (link_lists may still take a list of nothing but links: not under this reason)
    linked = "".join(f'<li><a href="/story/{n}">{h}</a></li>' for n, h in enumerate(HEADLINES))
    plain = "".join(f"<li>{headline}</li>" for headline in HEADLINES)
    for page in (
        _label_and_list('Read more: <a href="/x">Storms close the harbour again</a>', linked),
        _label_and_list("Related:", plain),
    ):
        article = clean(page)
        assert not any(r.reason == "see_also" and r.text in HEADLINES for r in article.removed)
    kept = [p.text for p in clean(_label_and_list("Related:", plain)).paragraphs]
    assert all(headline in kept for headline in HEADLINES)
