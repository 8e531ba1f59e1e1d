"""hidden_text: text the page never shows goes first, with reason ``hidden``."""

from __future__ import annotations

import pytest

from articlekit import clean, segment
from articlekit.filters import hidden_text
from tests.helpers import PROSE, article_page, dropped, html, html_page, kept, prose_html, text_page

SECRET = "Subscribe now and save forty percent on your first year"


@pytest.mark.parametrize(
    "markup",
    [
        f"<div hidden><p>{SECRET}</p></div>",
        f'<div style="display:none"><p>{SECRET}</p></div>',
        f'<div style="color: red; display : none;"><p>{SECRET}</p></div>',
        f'<p style="visibility:hidden">{SECRET}</p>',
        f'<div class="sr-only">{SECRET}</div>',
        f'<div class="visually-hidden"><p>{SECRET}</p></div>',
        f'<div class="promo is-hidden"><p>{SECRET}</p></div>',
        f'<div class="screen-reader-text"><p>{SECRET}</p></div>',
    ],
    ids=["hidden-attr", "display-none", "display-none-spaced", "visibility-hidden",
         "sr-only", "visually-hidden", "is-hidden", "screen-reader-text"],
)  # fmt: skip
def test_drops_hidden_markup(markup: str) -> None:
    page = html(markup)
    assert dropped(hidden_text, page) == {SECRET: "hidden"}


def test_drops_every_block_inside_a_hidden_element() -> None:
    page = html(
        "<div hidden><h2>Offer</h2><p>First line</p><ul><li>one</li><li>two</li></ul></div>"
    )
    assert dropped(hidden_text, page) == {
        "Offer": "hidden",
        "First line": "hidden",
        "one": "hidden",
        "two": "hidden",
    }


def test_detail_says_why() -> None:
    (drop,) = hidden_text(html(f"<div hidden><p>{SECRET}</p></div>")).drops
    assert drop.detail == "hidden markup"


def test_keeps_aria_hidden_text() -> None:
    # Consent dialogs set aria-hidden on the whole article; it is not a visibility flag.
    page = html(f'<div aria-hidden="true"><p>{SECRET}</p></div>')
    assert dropped(hidden_text, page) == {}


def test_keeps_article_under_aria_hidden_through_clean() -> None:
    article = clean(html_page(f'<div aria-hidden="true"><article>{prose_html()}</article></div>'))
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_ignores_a_hidden_mark_on_a_wrapper_of_most_of_the_page() -> None:
    # A wrapper around the whole article is a wrapper (see WRAPPER_SHARE), not hidden text.
    page = segment(html_page(f'<div style="display:none"><article>{prose_html()}</article></div>'))
    assert dropped(hidden_text, page) == {}
    assert kept(hidden_text, page) == list(PROSE)


@pytest.mark.parametrize(
    "css_class",
    ["hidden-xs", "field-label-hidden", "shadow-box", "overflow-hidden", "hide-on-print"],
)
def test_only_whole_hiding_class_names_count(css_class: str) -> None:
    # "hidden-xs" hides on phones only, "field-label-hidden" hides a label, not the text.
    page = html(f'<div class="{css_class}"><p>{SECRET}</p></div>')
    assert dropped(hidden_text, page) == {}


def test_keeps_visible_blocks() -> None:
    page = html(f"<div hidden><p>{SECRET}</p></div>")
    assert kept(hidden_text, page) == list(PROSE)


def test_text_mode_has_nothing_hidden() -> None:
    page = text_page("display:none", "hidden")
    assert dropped(hidden_text, page) == {}


def test_clean_records_hidden_removal() -> None:
    article = clean(article_page(f"<div hidden><p>{SECRET}</p></div>"))
    assert SECRET not in article.text
    assert [(r.filter, r.reason, r.text) for r in article.removed if r.reason == "hidden"] == [
        ("hidden_text", "hidden", SECRET)
    ]
