"""link_lists: short blocks that are mostly link text (reason ``link_dense``)."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit._text import count_words
from articlekit.filters import link_lists
from articlekit.patterns.markup import ROW_CELL_MAX_WORDS
from tests.helpers import PROSE, article_page, dropped, html, kept, text_page


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            '<p><a href="/a">Mayor resigns after council vote</a></p>',
            "Mayor resigns after council vote",
        ),
        ('<ul><li><a href="/w">World</a></li></ul>', "World"),
        (
            '<p><a href="/t/flood">flood</a>, <a href="/t/river">river</a>, '
            '<a href="/t/rain">rain</a></p>',
            "flood, river, rain",
        ),
        (
            '<p>SEE MORE: <a href="/x">Hong Kong protests: 800 students under siege in '
            "university</a></p>",
            "SEE MORE: Hong Kong protests: 800 students under siege in university",
        ),
    ],
    ids=["teaser", "menu-item", "tag-cloud", "mostly-link"],
)
def test_drops_link_dense_blocks(markup: str, text: str) -> None:
    assert dropped(link_lists, html(markup)) == {text: "link_dense"}


def test_detail() -> None:
    (drop,) = link_lists(html('<p><a href="/a">Older posts</a></p>')).drops
    assert drop.detail == "over 50% of the text is links"


def test_keeps_prose_with_a_link() -> None:
    text = (
        'The <a href="https://example.org/report">council report</a> says the dam held, '
        "but only just."
    )
    page = html(f"<p>{text}</p>")
    assert dropped(link_lists, page) == {}


def test_keeps_half_linked_text() -> None:
    # Exactly half is not "more than half".
    page = html('<p><a href="/a">abcde</a>fghij</p>')
    assert dropped(link_lists, page) == {}


def test_keeps_long_blocks_whatever_their_links() -> None:
    long_text = " ".join(PROSE[:3])
    assert len(long_text.split()) > 50
    page = html(f'<p><a href="/story">{long_text}</a></p>')
    assert dropped(link_lists, page) == {}


def test_anchors_without_href_are_not_links() -> None:
    page = html('<p><a name="top">Back to the top of the page</a></p>')
    assert dropped(link_lists, page) == {}


def test_never_drops_text_mode_blocks() -> None:
    page = text_page("World", "Sport", "Mayor resigns after council vote")
    assert dropped(link_lists, page) == {}


def test_keeps_the_article() -> None:
    assert kept(link_lists, html('<p><a href="/">Home</a></p>')) == list(PROSE)


def test_clean_removes_teasers_inside_the_article() -> None:
    teasers = '<p><a href="/1">Dam repairs begin</a></p><p><a href="/2">Heatwave on the way</a></p>'
    article = clean(article_page(teasers))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert article.removed_by_reason() == {"link_dense": 2}


IMG = '<img src="https://example.org/harbour.jpg" alt="">'


@pytest.mark.parametrize(
    "caption",
    [
        'photo: <a href="/u/jane">Jane Doe</a> via <a href="https://unsplash.com">Unsplash</a>',
        'The harbour at dawn. Foto: <a href="/licence">CC-BY-NC 2.0 Jane Doe</a>',
        'Image via <a href="https://www.gettyimages.com">Getty Images</a>',
    ],
)
def test_keeps_captions_whose_links_credit_the_photo(caption: str) -> None:
    page = html(f"<figure>{IMG}<figcaption>{caption}</figcaption></figure>")
    assert dropped(link_lists, page) == {}


def test_drops_a_teaser_caption_that_is_all_link() -> None:
    # The credit is short; the link runs over the whole caption: a teaser, not a credit.
    caption = (
        '<a href="/subscribe">Need more river news? Subscribe to our weekly magazine '
        "(Image credit: River Magazine)</a>"
    )
    page = html(f"<figure>{IMG}<figcaption>{caption}</figcaption></figure>")
    assert list(dropped(link_lists, page).values()) == ["link_dense"]


def test_a_link_that_opens_the_photo_is_no_link() -> None:
    """A lightbox link wrapping a whole caption leads nowhere else: its text stays."""
    caption = "Lunch in a care home, where most residents are vaccinated. Photo: Jane Doe"
    page = html(
        f'<div class="news-img"><a href="/files/lunch.jpg?w=1130#zoom"><img src="/l.jpg">'
        f'<span class="caption">{caption}</span></a></div>'
        f'<div class="news-img"><a href="/news/other-story"><span class="caption">{caption}'
        "</span></a></div>"
    )
    first, second = (block for block in page.blocks if block.text == caption)
    assert first.link_chars == 0
    assert second.link_chars == len(caption)


@pytest.mark.parametrize(
    ("href", "link"),
    [
        (None, False),
        ("/a.jpg", False),
        ("https://x.org/Photo.JPEG?size=large", False),
        ("/a.webp#zoom", False),
        ("/story.html", True),
        ("/gallery/photo.jpg/comments", True),
        ("", True),
        ("#top", True),
    ],
)
def test_which_hrefs_make_link_text(href: str | None, link: bool) -> None:
    from articlekit._html import counts_as_link

    assert counts_as_link(href) is link


def test_a_list_whose_items_open_with_a_linked_headline_stays_whole() -> None:
    """An article's list of news items, each a linked headline and a sentence: the
    items whose sentence is short are as much the article's as the others."""
    items = [
        ("Google has bought CloudSimple", "The startup helped Microsoft woo VMware customers."),
        ("Valve confirms a new Half-Life game", "It is for virtual reality only."),
        ("Teens love AirPods", "They top holiday wish lists, a survey of teenagers says."),
        ("T-Mobile's CEO steps down", "He hands over in May."),
        ("Amazon offers free music", "Spotify investors are already nervous about what it means."),
    ]
    page = html(
        "<ul>"
        + "".join(
            f"<li><b><a href='/{n}'>{head}</a>.</b> {tail}</li>"
            for n, (head, tail) in enumerate(items)
        )
        + "</ul>"
    )
    assert dropped(link_lists, page) == {}


def test_a_teaser_list_still_goes_item_by_item() -> None:
    page = html(
        "<ul>"
        + "".join(
            f"<li><a href='/{n}'>Teaser headline number {n} of the list</a></li>" for n in range(5)
        )
        + "</ul>"
    )
    assert len(dropped(link_lists, page)) == 5


LINKED_SENTENCE = (
    '<a href="/people/jane-doe">Jane Doe</a> has been eliminated from '
    '<a href="/shows/dancing">Dancing with the Stars on Monday</a>.'
)


def test_keeps_a_linked_sentence_next_to_prose() -> None:
    # The sentence links most of its words, but the paragraphs around it are prose.
    page = html(f"<p>{LINKED_SENTENCE}</p>")  # appended to the article's paragraphs
    assert "Jane Doe has been eliminated from Dancing with the Stars on Monday." in kept(
        link_lists, page
    )


@pytest.mark.parametrize(
    "markup",
    [
        # a teaser headline: no full stop
        '<p><a href="/a">Who will make the Rock Hall in 2020 after all this</a>?</p>',
        # a linked sentence among other links, with no prose next to it
        f'<div class="box"><p>{LINKED_SENTENCE}</p><p><a href="/b">More dancing news</a></p></div>',
    ],
)
def test_drops_linked_lines_that_are_no_sentence_of_the_prose(markup: str) -> None:
    page = html(f"<aside>{markup}</aside>")
    assert dropped(link_lists, page)


# A recipe's ingredients as a table (chefkoch.de): each ingredient links to its glossary
# entry, its amount does not.
INGREDIENT_TABLE = (
    "<table>"
    '<tr><td>125 g</td><td><a href="/mehl">Mehl</a></td></tr>'
    '<tr><td>1</td><td><a href="/ei">Ei</a></td></tr>'
    '<tr><td>2 Dose/n</td><td><a href="/mandarine">Mandarine(n)</a>, je ca. 175 g</td></tr>'
    "</table>"
)
# Nutrition facts (eatsmarter.de) with a "mehr" (more) link down the last column.
NUTRITION_TABLE = (
    '<table><tr><td>Kalorien</td><td>434 kcal</td><td><a href="/kcal">mehr</a></td></tr>'
    '<tr><td>Protein</td><td>12 g</td><td><a href="/protein">mehr</a></td></tr></table>'
)
MENU_TABLE = (
    '<table><tr><td><a href="/">Home</a></td><td><a href="/news">News</a></td>'
    '<td><a href="/contact">Contact</a></td></tr></table>'
)


def test_linked_cells_of_a_data_row_stay() -> None:
    page = html(INGREDIENT_TABLE + NUTRITION_TABLE + MENU_TABLE)
    reasons = dropped(link_lists, page)
    assert reasons == {"mehr": "link_dense", "Home": "link_dense", "News": "link_dense",
                       "Contact": "link_dense"}  # fmt: skip
    assert [drop.block.text for drop in link_lists(page).drops].count("mehr") == 2
    article = clean(article_page(INGREDIENT_TABLE + NUTRITION_TABLE))
    rows = [p.text for p in article.paragraphs if " | " in p.text]
    assert rows == [
        "125 g | Mehl",
        "1 | Ei",
        "2 Dose/n | Mandarine(n), je ca. 175 g",
        "Kalorien | 434 kcal",
        "Protein | 12 g",
    ]


def test_a_layout_tables_menu_beside_its_prose_goes() -> None:
    # An old site's layout: the menu in one cell, the article's prose in the next. A
    # column of prose does not make its row one of data.
    prose = " ".join(PROSE)
    assert count_words(prose) > ROW_CELL_MAX_WORDS
    page = html(
        '<table><tr><td><a href="/">Home</a> <a href="/n">News</a> <a href="/s">Sport</a>'
        f"</td><td>{prose}</td></tr></table>"
    )
    assert dropped(link_lists, page) == {"Home News Sport": "link_dense"}
