"""figure_captions: caption markup that reads like page furniture is the figure's own."""

from __future__ import annotations

from articlekit import Caption, clean
from articlekit.filters import figure_captions
from tests.helpers import PROSE, article_page, html, html_page, prose_html, text_page, verdict_of

IMG = '<img src="https://example.org/harbour.jpg" alt="">'


def captions_of(inside: str) -> list[tuple[str, str | None]]:
    article = clean(article_page(inside))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    return [(caption.text, caption.credit) for caption in article.captions]


def test_a_credit_classed_copyright_is_not_a_page_footer() -> None:
    figure = (
        f"<figure>{IMG}<figcaption>Waves crash over the harbour wall."
        '<span class="caption-copyright">© Jane Doe / Agency</span></figcaption></figure>'
    )
    assert captions_of(figure) == [("Waves crash over the harbour wall.", "© Jane Doe / Agency")]


def test_a_caption_box_classed_copyright_keeps_its_text() -> None:
    figure = (
        f'<div class="media">{IMG}<div class="caption-line media-copyright">'
        '<span class="text">Crowds in front of the stage</span> '
        '<span class="credit">Photo © Jane Doe</span></div></div>'
    )
    assert captions_of(figure) == [("Crowds in front of the stage", "Photo © Jane Doe")]


def test_the_lead_photo_in_the_article_header_keeps_its_caption() -> None:
    header = (
        "<header><h1>Flood waters reach the old town</h1><p>Updated 3 May</p>"
        f"<figure>{IMG}<figcaption>The old bridge on Monday.</figcaption></figure></header>"
    )
    article = clean(html_page(f"<article>{header}{prose_html()}</article>"))
    assert [caption.text for caption in article.captions] == ["The old bridge on Monday."]
    assert "Updated 3 May" not in [p.text for p in article.paragraphs]


def test_a_title_box_named_caption_is_not_a_photo_caption() -> None:
    # Themes call the box laid over the hero image a caption: headline, author, date.
    header = (
        f'<header><div class="image">{IMG}</div><div class="caption">'
        "<h1>Flood waters reach the old town</h1>"
        '<ul class="author"><li>Jane Doe</li></ul>'
        '<div class="date">Published an hour ago</div></div></header>'
    )
    article = clean(html_page(f"<article>{header}{prose_html()}</article>"))
    assert article.captions == []
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_headings_of_a_gallery_caption_are_caption_text() -> None:
    figure = (
        f"<figure>{IMG}<figcaption><header><h3>Town in pictures</h3><h4>2 November</h4>"
        "</header><p>Large waves crash over the harbour wall.</p><p>PA</p></figcaption></figure>"
    )
    article = clean(article_page(figure + figure.replace("2 November", "3 November")))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Town in pictures 2 November Large waves crash over the harbour wall.", "PA"),
        ("Town in pictures 3 November Large waves crash over the harbour wall.", "PA"),
    ]


def test_the_linked_headline_of_a_teaser_card_stays_a_heading() -> None:
    teaser = (
        f'<figure><a href="/other">{IMG}</a><figcaption>'
        '<h3><a href="/other">Mayor resigns after council vote</a></h3>'
        "<p>Read the story</p></figcaption></figure>"
    )
    page = html(teaser)
    relabelled = {block.text: block.kind for block in verdict_of(figure_captions, page).relabels}
    assert "Mayor resigns after council vote" not in relabelled


def test_the_page_headline_in_a_figcaption_stays_a_heading() -> None:
    figure = (
        f"<figure>{IMG}<figcaption><h1>Flood waters reach the old town</h1>"
        "<p>The old bridge on Monday.</p></figcaption></figure>"
    )
    page = html(figure)
    assert verdict_of(figure_captions, page).relabels == ()


def test_marks_that_say_what_a_caption_is_not_stay() -> None:
    figure = (
        f'<figure>{IMG}<figcaption>The harbour.<span class="share-buttons">Share</span>'
        "</figcaption></figure>"
    )
    page = html(figure)
    for block in verdict_of(figure_captions, page).relabels:
        assert block.text != "Share"


def test_never_touches_text_mode_pages() -> None:
    assert verdict_of(figure_captions, text_page("Photo: Jane Doe")).relabels == ()


def test_a_credit_joins_the_caption_of_its_own_figure() -> None:
    # The second figure names its credit first: it must not go to the first figure.
    figures = (
        f"<figure>{IMG}<figcaption>The harbour at dawn.</figcaption></figure>"
        f'<figure>{IMG}<figcaption><span class="credit">© Jane Doe</span> '
        "The harbour at dusk.</figcaption></figure>"
    )
    article = clean(article_page(figures))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The harbour at dawn.", None),
        ("The harbour at dusk.", "© Jane Doe"),
    ]
    assert isinstance(article.captions[0], Caption)


def test_the_parts_of_one_caption_element_make_one_caption() -> None:
    figure = (
        f'<figure>{IMG}<figcaption><span class="label">Town in pictures</span>'
        "<p>Large waves crash over the harbour wall.</p>"
        '<p class="agency">Reuters</p></figcaption></figure>'
    )
    assert captions_of(figure) == [
        ("Town in pictures Large waves crash over the harbour wall.", "Reuters")
    ]


def test_a_credit_line_without_markup_joins_the_caption_above() -> None:
    inside = (
        f"<figure>{IMG}<figcaption>The harbour at dawn.</figcaption></figure>"
        "<p>(Image credit: River Magazine)</p>"
    )
    assert captions_of(inside) == [("The harbour at dawn.", "Image credit: River Magazine")]


GALLERY_ITEM = (
    f'<li class="gallery-item">{IMG}<div class="caption">'
    '<div class="caption-full">Waves crash over the harbour wall on Monday.'
    '<a class="more-caption"> less</a></div>'
    '<div class="caption-truncated">Waves crash over the harbour'
    '<a class="more-caption"> ... more</a></div>'
    '<span class="credit">Photo: Jane Doe, AP</span></div></li>'
)


def test_small_captions_nested_in_an_oversized_caption_are_captions() -> None:
    # Five blocks: too many for one caption element, so segmentation gave them their
    # own kinds back; the nested caption elements are small enough to be captions.
    article = clean(article_page(f'<ul class="gallery">{GALLERY_ITEM}</ul>'))
    assert [p.text for p in article.paragraphs] == list(PROSE)
    # The "less" / "... more" toggles are control labels, and the preview cut short is
    # a copy of the full text: one caption, once.
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Waves crash over the harbour wall on Monday.", "Photo: Jane Doe, AP")
    ]
    assert {(r.filter, r.text) for r in article.removed} >= {
        ("control_labels", "less"),
        ("control_labels", "... more"),
    }


def test_a_copy_of_a_caption_without_a_photo_is_left_out() -> None:
    figure = f"<figure>{IMG}<figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>"
    panel = (
        '<div class="panel"><div class="caption">The harbour at dawn. Photo: Jane Doe</div></div>'
    )
    assert captions_of(figure + panel) == [("The harbour at dawn.", "Photo: Jane Doe")]
    credit_only = '<div class="panel"><div class="caption">Photo: Jane Doe</div></div>'
    assert captions_of(figure + credit_only) == [("The harbour at dawn.", "Photo: Jane Doe")]
    # the same photo shown twice keeps both captions
    assert len(captions_of(figure + figure)) == 2
