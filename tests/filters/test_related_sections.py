"""related_sections: the whole box that a related-content heading opens (``related_section``)."""

from __future__ import annotations

from articlekit import clean, segment
from articlekit.filters import related_sections
from tests.helpers import PROSE, TITLE, dropped, html_page, kept, prose_html, text_page

# Teasers whose summaries are long prose: they would outvote a short article.
TEASERS = [
    "Engineers say the old bridge will need a new deck, new railings and, above all, "
    "new foundations before it can carry lorries again, which could take two years.",
    "The winter market drew more visitors than ever this year, with stalls selling "
    "cheese, wine, wooden toys and, for the first time, food from six countries.",
    "Teachers, parents and pupils cleaned the flooded primary school together over the "
    "weekend, and lessons are expected to start again on Wednesday morning.",
]


def _box(heading: str, tag: str = "h3", attrs: str = "") -> str:
    items = "".join(f'<div class="teaser"><p>{text}</p></div>' for text in TEASERS)
    return f"<div{attrs}><{tag}>{heading}</{tag}>{items}</div>"


def test_drops_the_box_a_related_heading_opens() -> None:
    body = f"<article><h1>{TITLE}</h1><p>{PROSE[0]}</p></article>{_box('You may also like')}"
    page = segment(html_page(body))
    gone = dropped(related_sections, page)
    assert gone == {
        "You may also like": "related_section",
        **dict.fromkeys(TEASERS, "related_section"),
    }
    assert clean(html_page(body)).text == PROSE[0]  # the short article is not outvoted


def test_the_detail_names_the_heading() -> None:
    page = segment(html_page(f"<article>{prose_html()}</article>{_box('Você pode gostar...')}"))
    details = {drop.detail for drop in related_sections(page).drops}
    assert details == {"in the box that 'Você pode gostar...' opens"}


def test_a_heading_marked_related_opens_a_box_whatever_it_says() -> None:
    box = _box("Elsewhere on the site", attrs=' class="wrap"').replace(
        "<h3>", '<h3 class="related-title">'
    )
    page = segment(html_page(f"<article>{prose_html()}</article>{box}"))
    assert set(TEASERS) <= set(dropped(related_sections, page))


def test_a_related_heading_at_the_end_of_the_body_takes_nothing_after_it() -> None:
    # Not the first block of its container: related_links takes the heading alone.
    body = f"<article>{prose_html()}<h3>Related</h3><p>{TEASERS[0]}</p></article>"
    page = segment(html_page(body))
    assert dropped(related_sections, page) == {}


def test_never_drops_a_box_that_holds_the_headline() -> None:
    # A wrapper that opens with the heading but holds the <h1>: the article's own.
    body = f"<div><h3>Read more</h3><h1>{TITLE}</h1>{prose_html()}</div>"
    page = segment(html_page(body))
    assert dropped(related_sections, page) == {}


def test_long_headings_are_not_box_labels() -> None:
    heading = "Read more about how the town council plans to rebuild the old bridge next year"
    page = segment(html_page(f"<article>{prose_html()}</article>{_box(heading)}"))
    assert dropped(related_sections, page) == {}


def test_text_mode_is_left_alone() -> None:
    page = text_page("You may also like", *TEASERS)
    assert kept(related_sections, page) == [*PROSE, "You may also like", *TEASERS]
