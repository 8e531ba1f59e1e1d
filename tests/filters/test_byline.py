"""byline: bylines and article-meta lines (reason ``byline``)."""

from __future__ import annotations

import importlib

import pytest

from articlekit import clean
from articlekit._text import count_words
from articlekit.filters import byline
from tests.helpers import PROSE, dropped, html, kept, text_page

BYLINES = {
    "admin": "by admin",
    "name": "By Jane Doe",
    "two-names": "By Jane Doe and John Smith",
    "posted-by": "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
    "source": "Source of this article: Xinhuanet Author: Han Mo Responsible editor: Yao Weibin",
    "reporter": "Xinhua News Agency reporter",
    "staff-writer": "Daily Bugle staff writer",
    "read-time": "5 min read",
    "view-count": "1,204 views",
    "de-view-count": "1.234 Aufrufe",
    "updated": "Updated: 19 November 2019 10:48",
    "de-von": "Von Max Mustermann",
    "de-autor": "Autor: Max Mustermann",
    "de-lesezeit": "Lesezeit: 4 Minuten",
    "fr-par": "Par Jean Dupont",
    "fr-publie": "Publié le 17 février 2020 à 12:31",
    "es-por": "Por Nuño Domínguez",
    "it-di": "Di Mario Rossi",
    "zh-editor": "责任编辑：王小明",
    "zh-reporter": "新华社记者 张明",
    "pt-reading-time": "Tempo de leitura: 2 minutos",
    "fr-reading-time": "Temps de lecture : 4 min",
    "en-filed-under": "Filed under: Politics, Europe |",
    "reuters-credits": "Reporting by Jane Roe; additional reporting by Ann Lee; Editing by Tim",
    "contributed": "Keith Bradsher contributed reporting from Hong Kong.",
    "de-veroeffentlichung": "Veröffentlichung: 2. Februar 2022",
    "de-verfasst": "Verfasst von: mitundvoneinander | 31. Dezember 2008",
    "about-author": "About the author",
    "de-ueber-autor": "Über den Autor",
    "fr-auteur": "À propos de l'auteur",
    "es-autor": "Sobre el autor",
    "ru-avtor": "Об авторе",
    "pt-publicado-por": "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde",
    "es-publicado-por": "Publicado por Juan Pérez",
    "en-reuters-credits": (
        "Reporting by Jane Doe in New York; additional reporting by John Roe, Ann Poe and"
        " Lee Moe in London and Tokyo; Editing by Max Mustermann and Erika Musterfrau"
    ),
    "en-ap-contributors": (
        "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman, Colleen Long,"
        " Eric Tucker and Jill Colvin contributed to this report."
    ),
    "de-material": "(Mit Material von dpa)",
}


byline_module = importlib.import_module("articlekit.filters.byline")


@pytest.mark.parametrize("text", BYLINES.values(), ids=BYLINES.keys())
def test_drops_bylines(text: str) -> None:
    assert dropped(byline, text_page(text)) == {text: "byline"}


@pytest.mark.parametrize(
    "attributes",
    [
        'class="byline"',
        'class="author-name"',
        'class="entry-meta"',
        'class="dateline"',
        'class="posted-on"',
    ],
)
def test_drops_short_blocks_in_byline_markup(attributes: str) -> None:
    page = html(f"<div {attributes}><p>Jane Doe, 19 November 2019</p></div>")
    assert dropped(byline, page) == {"Jane Doe, 19 November 2019": "byline"}


def test_drops_a_byline_with_two_authors_a_date_and_times() -> None:
    text = "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"
    page = html(f'<div class="byline"><p>{text}</p></div>')
    assert dropped(byline, page) == {text: "byline"}


def test_keeps_long_text_in_author_markup() -> None:
    # "author" alone also names wrappers of the post ("author-content", "post-author-5").
    text = PROSE[0]
    assert count_words(text) > byline_module.MAX_WORDS
    page = html(f'<div class="author"><p>{text}</p></div>')
    assert dropped(byline, page) == {}


@pytest.mark.parametrize(
    "attributes",
    ['class="author-bio"', 'class="about-author"', 'id="authorBox"', 'class="saboxplugin-wrap"',
     'class="artDetailAutor__info"'],
)  # fmt: skip
def test_drops_an_author_box_however_long(attributes: str) -> None:
    bio = (
        "Jane Doe has covered the city council for the Courier since 2009 and writes about "
        "housing, transport and the river. Before that she reported from Hamburg."
    )
    page = html(f"<div {attributes}><p>Jane Doe</p><p>{bio}</p></div>")
    assert dropped(byline, page) == {"Jane Doe": "author_bio", bio: "author_bio"}


@pytest.mark.parametrize(
    "text",
    [
        # The docstring's own example: "By" opening a sentence.
        "By Tuesday the river had risen more than two metres.",
        "By the time the rescuers arrived, the water had reached the first floor.",
        "Von Montag an gilt eine neue Regelung für Anwohner.",
        "Par ailleurs, la mairie a ouvert un centre d'accueil.",
        "Smith, who contributed to this report, said the council had not answered.",
        PROSE[2],
    ],
)
def test_keeps_sentences_that_start_like_a_byline(text: str) -> None:
    assert dropped(byline, text_page(text)) == {}


@pytest.mark.parametrize(
    "text",
    ["Her father had been a war correspondent.", "She always wanted to be a reporter."],
)
def test_keeps_short_sentences_ending_in_reporter(text: str) -> None:
    assert dropped(byline, text_page(text)) == {}


def test_keeps_the_article() -> None:
    assert kept(byline, text_page("by admin")) == list(PROSE)


def test_authors_come_from_metadata_not_from_the_dropped_line() -> None:
    head = '<meta name="author" content="Jane Doe">'
    source = (
        "<html><head><title>Flood</title>" + head + "</head><body><article>"
        '<p class="byline">By Jane Doe</p>'
        + "".join(f"<p>{p}</p>" for p in PROSE)
        + "</article></body></html>"
    )
    article = clean(source)
    assert article.authors == ["Jane Doe"]
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"byline": 1}


@pytest.mark.parametrize(
    "text",
    [
        "Nov. 20, 2019 5:52 AM EST",
        "November 20, 2019 - 11:28 AMT",
        "23.10.2018",
        "15. Mai 2019, 05:28 Uhr",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        "miércoles, 11 de mayo de 2022 - 3:40 a.m.",
    ],
)
def test_drops_a_line_that_is_only_a_date(text: str) -> None:
    assert dropped(byline, html(f"<p>{text}</p>")) == {text: "date_line"}


@pytest.mark.parametrize(
    "markup",
    [
        "<p>4:14 p.m.</p>",  # a live blog's entry opens with its time
        "<p>The council met on Nov. 20, 2019 to vote on the plan.</p>",
        "<p>2019</p>",
        "<p>3.50</p>",
        "<pre>19.05.2007</pre>",
    ],
)
def test_keeps_times_sentences_numbers_and_code(markup: str) -> None:
    assert not any(reason == "date_line" for reason in dropped(byline, html(markup)).values())


def test_leaves_date_lines_of_flattened_text_to_text_region() -> None:
    assert "23.10.2018" in kept(byline, text_page("23.10.2018"))
