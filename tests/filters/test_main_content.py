"""main_content: drop everything outside the container that holds the article."""

from __future__ import annotations

from articlekit import Verdict, clean, segment
from articlekit.filters import main_content
from tests.helpers import PROSE, dropped, html_page, kept, prose_html, text_page, verdict_of

NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>'
SIDEBAR = (
    '<div class="sidebar"><h3>Most read</h3><ul>'
    '<li><a href="/a">Mayor resigns after council vote on the new bridge</a></li>'
    '<li><a href="/b">Heatwave expected to break records this weekend</a></li></ul></div>'
)
FOOTER = "<footer><p>Contact us</p><p>Imprint</p></footer>"


def test_drops_navigation_sidebar_and_footer_outside_the_article() -> None:
    page = segment(
        html_page(f"{NAV}<main><article>{prose_html()}</article></main>{SIDEBAR}{FOOTER}")
    )
    gone = dropped(main_content, page)
    assert gone == {
        "Home": "outside_main_content",
        "World": "outside_main_content",
        "Most read": "outside_main_content",
        "Mayor resigns after council vote on the new bridge": "outside_main_content",
        "Heatwave expected to break records this weekend": "outside_main_content",
        "Contact us": "outside_main_content",
        "Imprint": "outside_main_content",
    }
    assert kept(main_content, page) == list(PROSE)


def test_detail_names_the_container() -> None:
    page = segment(html_page(f"{NAV}<article>{prose_html()}</article>"))
    assert {drop.detail for drop in verdict_of(main_content, page).drops} == {
        "outside the article container"
    }


def test_finds_the_article_in_plain_divs() -> None:
    # No semantic tags at all: the div with the prose wins by its votes.
    body = (
        '<div id="top"><div><a href="/">Start</a> <a href="/about">About us</a></div></div>'
        f'<div id="wrap"><div class="x1">{prose_html()}</div>'
        '<div class="x2"><p><a href="/1">Older post</a></p>'
        '<p><a href="/2">Newer post</a></p></div></div>'
    )
    page = segment(html_page(body))
    assert kept(main_content, page) == list(PROSE)


def test_keeps_everything_when_no_container_has_prose() -> None:
    # Only short labels: nothing to vote with, so the page is left to the other filters.
    page = segment(html_page("<div><p>Menu</p><p>Search</p></div><div><p>Login</p></div>"))
    assert verdict_of(main_content, page) == Verdict()


def test_keeps_prose_siblings_of_the_winning_container() -> None:
    sibling = (
        "Editor's note: an earlier version of this article misstated the height of the "
        "river at its peak, which was 7.2 metres rather than 8.1 metres."
    )
    body = (
        f'<div class="page"><div class="article-body">{prose_html()}</div>'
        f"<p>{sibling}</p>{SIDEBAR}</div>"
    )
    page = segment(html_page(body))
    assert kept(main_content, page) == [*PROSE, sibling]


def test_never_touches_text_mode_pages() -> None:
    page = text_page("Home", "Most read", "Contact us")
    assert verdict_of(main_content, page) == Verdict()


def test_drops_nothing_inside_the_article() -> None:
    inside = (
        "<h2>What happens next</h2>"
        '<blockquote><p>"We were lucky," one resident said.</p></blockquote>'
    )
    page = segment(html_page(f"{NAV}<article>{prose_html()}{inside}</article>"))
    kept_texts = kept(main_content, page)
    assert "What happens next" in kept_texts
    assert '"We were lucky," one resident said.' in kept_texts


def test_lifts_marks_given_by_the_article_wrapper() -> None:
    # The article's own wrapper carries a class that reads like a sidebar mark; the
    # blocks kept lose it, so page_chrome does not throw the article away afterwards.
    body = (
        f'<div class="content-with-sidebar-wrp"><article>{prose_html()}</article></div>'
        f"{SIDEBAR}{NAV}"
    )
    article = clean(html_page(body))
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_lifts_wrapper_marks_from_captions_beside_the_body() -> None:
    # A lead photo beside the body container is kept as a caption; the sidebar-like
    # class of the article's wrapper is lifted from it as from the body. (The comments
    # outweigh the article, so the wrapper's mark survives segmentation.)
    caption = "Residents watch the river from the old bridge on Monday."
    comments = "".join(f"<p>{text}</p>" for text in PROSE * 2)
    body = (
        f'<div class="article sticky-sidebar-relative"><figure><img src="a.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
        f'<div class="article-body">{prose_html()}</div></div>'
        f'<div class="comments">{comments}</div>'
    )
    article = clean(html_page(body))
    assert [c.text for c in article.captions] == [caption]
    assert [p.text for p in article.paragraphs] == list(PROSE)


GALLERY_CAPTIONS = (
    "Large waves crash over the harbour wall during strong winds.",
    "Shoppers queue outside the market hall before it closes.",
    "The sun rises over the bridge as traffic crosses the river.",
)


def _gallery(tag: str = "aside", attributes: str = "") -> str:
    figures = "".join(
        f'<figure><img src="https://example.org/{n}.jpg" alt=""><figcaption><p>{text}</p>'
        "<p>PA</p></figcaption></figure>"
        for n, text in enumerate(GALLERY_CAPTIONS)
    )
    return f"<{tag}{attributes}><header><h3>1/3 Town in pictures</h3></header>{figures}</{tag}>"


def test_a_gallery_inside_the_article_is_the_articles() -> None:
    # A photo gallery in an <aside> between the paragraphs: its captions are captions.
    rest = "".join(f"<p>{text}</p>" for text in PROSE[2:])
    body = f'<div class="story">{prose_html(2)}{_gallery()}{rest}</div>'
    article = clean(html_page(f"{NAV}{body}{SIDEBAR}"))
    assert [c.text for c in article.captions] == list(GALLERY_CAPTIONS)
    assert {c.credit for c in article.captions} == {"PA"}
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_a_linked_credit_in_a_gallery_inside_the_article_stays_with_its_caption() -> None:
    # The credit links to the photographer's site: all link text, but its caption is no
    # teaser, so the <aside>'s mark is lifted from the credit as from the caption.
    gallery = _gallery().replace("<p>PA</p>", '<div class="attribution"><a href="/pa">PA</a></div>')
    rest = "".join(f"<p>{text}</p>" for text in PROSE[2:])
    body = f'<div class="story">{prose_html(2)}{gallery}{rest}</div>'
    article = clean(html_page(f"{NAV}{body}{SIDEBAR}"))
    assert [(c.text, c.credit) for c in article.captions] == [
        (text, "PA") for text in GALLERY_CAPTIONS
    ]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_a_photo_box_beside_the_article_keeps_its_marks() -> None:
    # The same box in the sidebar next to the article is the sidebar's.
    body = f'<div class="page"><div class="story">{prose_html()}</div>{_gallery()}</div>'
    article = clean(html_page(body))
    assert article.captions == []


def test_teaser_captions_in_a_box_inside_the_article_keep_their_marks() -> None:
    teasers = "".join(
        f'<figure><a href="/story/{n}"><img src="https://example.org/{n}.jpg" alt="">'
        f"<figcaption>{text}</figcaption></a></figure>"
        for n, text in enumerate(GALLERY_CAPTIONS)
    )
    body = f'<div class="story">{prose_html()}<div class="widget">{teasers}</div></div>'
    article = clean(html_page(body))
    assert article.captions == []
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_keeps_the_lead_photo_of_the_article_element_however_deep_the_body() -> None:
    caption = "Residents watch the river from the old bridge on Monday."
    deep = prose_html()
    for _ in range(4):
        deep = f"<div>{deep}</div>"
    body = (
        f'<article><div class="hero"><figure><img src="a.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure></div>{deep}</article>"
        f'<div class="rail"><figure><img src="b.jpg" alt="">'
        "<figcaption>Our new podcast on the floods</figcaption></figure></div>"
    )
    article = clean(html_page(body))
    assert [c.text for c in article.captions] == [caption]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_the_lead_photo_box_before_the_body_keeps_its_caption() -> None:
    # One figure in an image "widget" above the body: the lead photo. The same box after
    # the body (an author or promo widget in the rail) stays furniture.
    lead = "Residents watch the river from the old bridge on Monday."
    rail = "Our reporter on the river bank"
    body = (
        f'<div class="page"><div class="article-widget article-image"><figure>'
        f'<img src="a.jpg" alt=""><figcaption>{lead}</figcaption></figure></div>'
        f'<div class="story">{prose_html()}</div>'
        f'<div class="author-widget"><figure><img src="b.jpg" alt="">'
        f"<figcaption>{rail}</figcaption></figure></div></div>"
    )
    article = clean(html_page(body))
    assert [c.text for c in article.captions] == [lead]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_the_lead_figure_far_above_the_body_keeps_its_caption() -> None:
    # A theme puts the post thumbnail beside the content area, several levels above the
    # body container: the only figcaption before the body is the lead photo's.
    lead = "Residents watch the river from the old bridge on Monday."
    body = (
        f'<div class="site"><figure class="post-thumbnail"><img src="a.jpg" alt="">'
        f"<figcaption>{lead}</figcaption></figure>"
        f'<div class="content"><main><div class="entry"><div class="text">{prose_html()}'
        "</div></div></main></div></div>"
    )
    article = clean(html_page(body))
    assert [c.text for c in article.captions] == [lead]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_several_figures_before_the_body_are_not_a_lead_photo() -> None:
    # A row of teaser figures above the body: none of them is the article's photo.
    teasers = ["Another story about the harbour", "A third story about the trams"]
    figures = "".join(
        f'<figure><img src="t{n}.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        for n, text in enumerate(teasers)
    )
    body = (
        f'<div class="site"><div class="row">{figures}</div>'
        f'<div class="content"><main><div class="entry"><div class="text">{prose_html()}'
        "</div></div></main></div></div>"
    )
    article = clean(html_page(body))
    assert [c.text for c in article.captions] == []
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_every_removal_goes_through_clean_with_the_filter_name() -> None:
    article = clean(html_page(f"{NAV}<article>{prose_html()}</article>{FOOTER}"))
    outside = [r for r in article.removed if r.reason == "outside_main_content"]
    assert {r.filter for r in outside} == {"main_content"}
    assert {r.text for r in outside} == {"Home", "World", "Contact us", "Imprint"}


LEDE = (
    "Scientists question the recent temperature record and warn that what matters most "
    "is the gradual warming trend."
)
LOGO = '<div class="masthead"><h1>The Daily Example</h1></div>'
DATELINE = "By Ana Diaz and Tom Berg - 11/19/19 06:56 AM EST, updated 11/19/19 08:10 AM EST"


def test_keeps_the_lede_between_the_headline_and_the_body() -> None:
    page = segment(
        html_page(
            f'{NAV}<div class="story"><header><h1>Antarctic heat record questioned</h1>'
            f'<p class="standfirst">{LEDE}</p><p>By Ana Diaz | 3 May</p>'
            f"<p>{DATELINE}</p></header>"
            f'<div class="story-body">{prose_html()}</div></div>{SIDEBAR}'
        )
    )
    still_here = kept(main_content, page)
    assert LEDE in still_here
    gone = dropped(main_content, page)
    assert gone.get("By Ana Diaz | 3 May") == "outside_main_content"  # too short for a lede
    assert gone.get(DATELINE) == "outside_main_content"  # long, but no sentence
    assert gone.get("Home") == "outside_main_content"


def test_a_headline_outside_the_article_wrapper_opens_no_lede() -> None:
    page = segment(
        html_page(
            f'{LOGO}<div class="promo"><p>{LEDE}</p></div>'
            f'<main><div class="story-body">{prose_html()}</div></main>'
        )
    )
    assert dropped(main_content, page).get(LEDE) == "outside_main_content"


NEAR = (
    "Condensation on window frames is a familiar problem in many homes in winter, and it "
    "comes from warm moist indoor air meeting the cold glass, which is why airing the rooms "
    "briefly several times a day helps more than leaving a window tilted open for hours."
)


def test_keeps_unmarked_prose_sections_next_to_the_article() -> None:
    page = segment(
        html_page(
            f'<div class="page"><div class="intro"><div class="box"><p>{NEAR}</p></div></div>'
            f'<div class="content">{prose_html()}</div>'
            f'<div class="widget"><p>{NEAR.replace("winter", "summer")}</p></div></div>'
        )
    )
    still_here = kept(main_content, page)
    assert NEAR in still_here
    # the same prose in a marked widget is not the article's
    assert NEAR.replace("winter", "summer") not in still_here


def _section(paragraphs: tuple[str, ...]) -> str:
    inner = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f'<div class="part"><section><div class="body-text">{inner}</div></section></div>'


def test_joins_the_sections_of_an_article_split_around_a_figure() -> None:
    # A theme that puts each stretch of the article in its own wrapper, with the
    # figures between them: the later section is built like the winning one.
    caption = "Volunteers fill sandbags in the market square on Monday evening."
    body = (
        f'<div id="post">{_section(PROSE[:3])}'
        f'<figure><img src="/flood.jpg"><figcaption>{caption}</figcaption></figure>'
        f"{_section(PROSE[3:])}</div>{SIDEBAR}"
    )
    page = segment(html_page(body))
    kept_texts = kept(main_content, page)
    assert kept_texts == [*PROSE[:3], caption, *PROSE[3:]]
    assert clean(html_page(body)).captions[0].text == caption


def test_does_not_join_the_next_post_of_a_front_page() -> None:
    # Posts built alike, each under its own linked headline: one is the article.
    post = (
        '<div class="post"><h2><a href="/{slug}">{title}</a></h2>'
        '<div class="entry"><div class="entry-content">{body}</div></div></div>'
    )
    first = post.format(slug="flood", title="The flood", body=prose_html(3))
    second = post.format(slug="other", title="Another story", body=f"<p>{PROSE[3]}</p>")
    page = segment(html_page(first + second))
    assert PROSE[3] not in kept(main_content, page)
    assert set(PROSE[:3]) <= set(kept(main_content, page))


def test_a_ticker_the_template_repeats_is_not_the_article() -> None:
    # A "breaking news" list beside the article, shown again in the footer: its items
    # read like prose (headline, dateline, summary) but belong to other stories.
    items = "".join(
        f'<li><a href="/{n}">{headline}</a> <span>{summary}</span></li>'
        for n, (headline, summary) in enumerate(
            [
                (
                    "Council approves the new bridge",
                    "CITY: The council voted on Monday, after a long debate, to fund...",
                ),
                (
                    "Mayor opens the winter market",
                    "CITY: Thousands of visitors came on Saturday, despite the rain, to see...",
                ),
                (
                    "Schools reopen after the storm",
                    "CITY: Pupils returned to their classrooms on Friday, two days after...",
                ),
            ]
        )
    )
    ticker = f"<ul>{items}</ul>"
    body = (
        '<div class="page"><h1>The City Post</h1><div class="main">'
        f'<div class="breaking"><p>Breaking News</p>{ticker}</div>'
        f'<div class="story">{prose_html()}</div></div>'
        f'<div class="bottom">{ticker}</div></div>'
    )
    page = segment(html_page(body))
    assert kept(main_content, page) == list(PROSE)
