"""page_chrome: navigation, footers, sidebars, tag lists, forms and dialogs by markup."""

from __future__ import annotations

import pytest

from articlekit import clean, segment
from articlekit.filters import page_chrome
from tests.helpers import PROSE, TITLE, dropped, html, html_page, kept, prose_html, text_page

NAV = '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
CASES = {
    "nav-tag": (NAV, "Home World", "navigation"),
    "menu-class": ('<ul class="main-menu"><li>Sections</li></ul>', "Sections", "navigation"),
    "role-navigation": ('<div role="navigation"><p>Jump to</p></div>', "Jump to", "navigation"),
    "pagination": ('<div class="pagination"><p>Page 2 of 5</p></div>', "Page 2 of 5", "navigation"),
    # the previous and next articles, each with a teaser line
    "next-prev": (
        '<div class="grid next-prev"><p>The harbour reopens after repairs to its wall</p></div>',
        "The harbour reopens after repairs to its wall",
        "navigation",
    ),
    "dialog-role": ('<div role="dialog"><p>Before you go</p></div>', "Before you go", "dialog"),
    "footer-tag": ("<footer><p>Contact us</p></footer>", "Contact us", "footer"),
    "copyright-class": ('<div class="copyright"><p>Bugle 2024</p></div>', "Bugle 2024", "footer"),
    "contentinfo": ('<div role="contentinfo"><p>Imprint</p></div>', "Imprint", "footer"),
    "aside-tag": ("<aside><p>Weather: 12 degrees</p></aside>", "Weather: 12 degrees", "sidebar"),
    "sidebar-class": ('<div class="sidebar"><p>Our podcasts</p></div>', "Our podcasts", "sidebar"),
    "widget-class": ('<div class="widget"><p>Archive</p></div>', "Archive", "sidebar"),
    "tags-class": ('<div class="post-tags"><p>Flood, River</p></div>', "Flood, River", "tag_list"),
    "categories": ('<ul class="categories"><li>Local news</li></ul>', "Local news", "tag_list"),
    "form-tag": ("<form><label>Your email</label></form>", "Your email", "form"),
    "search-role": ('<div role="search"><p>Search the site</p></div>', "Search the site", "form"),
}


@pytest.mark.parametrize(("markup", "text", "reason"), CASES.values(), ids=CASES.keys())
def test_drops_page_furniture_inside_the_article(markup: str, text: str, reason: str) -> None:
    page = html(markup)
    assert dropped(page_chrome, page) == {text: reason}


def test_first_mark_names_the_reason() -> None:
    # A form inside a footer: "footer" comes before "form" in REASONS.
    page = html("<footer><form><p>Sign in</p></form></footer>")
    assert dropped(page_chrome, page) == {"Sign in": "footer"}


def test_drops_short_blocks_of_the_page_header() -> None:
    page = segment(
        html_page(
            "<header><p>Local news</p><p>12 March 2024</p></header>"
            f"<article>{prose_html()}</article>"
        )
    )
    assert dropped(page_chrome, page) == {
        "Local news": "page_header",
        "12 March 2024": "page_header",
    }


def test_keeps_a_long_standfirst_in_the_header() -> None:
    standfirst = (
        "After three days of rain the river burst its banks on Monday night, flooding the "
        "old town and forcing hundreds of residents to leave their homes for emergency shelters"
    )
    assert len(standfirst.split()) > 25
    page = segment(
        html_page(
            f"<article><header><h1>{TITLE}</h1><p>{standfirst}</p></header>{prose_html()}</article>"
        )
    )
    gone = dropped(page_chrome, page)
    assert standfirst not in gone
    assert gone == {TITLE: "page_header"}


def test_ignores_a_mark_on_a_wrapper_of_most_of_the_page() -> None:
    # A theme that wraps the whole page in <form> (ASP.NET) or a "footer-push" div.
    page = segment(html_page(f"<form id='aspnetForm'><article>{prose_html()}</article></form>"))
    assert dropped(page_chrome, page) == {}
    page = segment(
        html_page(f"<div class='wrap-footer-push'><article>{prose_html()}</article></div>")
    )
    assert dropped(page_chrome, page) == {}


def test_keeps_unmarked_blocks() -> None:
    page = html("<nav><p>Home</p></nav><footer><p>Imprint</p></footer>")
    assert kept(page_chrome, page) == list(PROSE)


def test_does_nothing_in_text_mode() -> None:
    page = text_page("Home", "Imprint", "Tags: Flood, River")
    assert dropped(page_chrome, page) == {}


def test_clean_records_page_chrome_removals() -> None:
    article = clean(html_page(f"<article>{prose_html()}<nav><p>Next story</p></nav></article>"))
    assert [(r.filter, r.reason, r.text) for r in article.removed] == [
        ("page_chrome", "navigation", "Next story")
    ]
