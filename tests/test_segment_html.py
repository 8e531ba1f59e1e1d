"""HTML segmentation: what becomes a block, and with which text."""

from __future__ import annotations

from articlekit import Page, segment

JAPANESE = "今日は<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を勉強しました。"


def test_ruby_readings_do_not_split_the_words_they_annotate() -> None:
    page = segment(f"<html><body><p>{JAPANESE * 3}</p></body></html>")
    assert [block.text for block in page.blocks] == ["今日は漢字を勉強しました。" * 3]


def test_an_image_is_not_a_caption_container_whatever_its_class() -> None:
    html = (
        "<html><body><figure><img class='wp-caption-image' src='/a.jpg' alt='A dam'>"
        "<figcaption>The dam at dawn, seen from the north bank.</figcaption></figure>"
        "</body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [(block.text, block.image) for block in captions] == [
        ("The dam at dawn, seen from the north bank.", "/a.jpg")
    ]


def test_an_amp_photo_gives_its_caption_an_image_from_the_figure() -> None:
    """AMP pages show photos with <amp-img> and wrap the figcaption in a toggle: the
    image is found in the caption's <figure>, not only beside the caption."""
    html = (
        "<html><body><figure><div><div role='button'></div>"
        "<amp-img src='/waves.jpg' alt='Waves over the wall' layout='fill'></amp-img></div>"
        "<div><figcaption><p>Large waves crash over the harbour wall.</p></figcaption>"
        "</div></figure></body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [(block.image, block.alt) for block in captions] == [
        ("/waves.jpg", "Waves over the wall")
    ]


def test_a_caption_takes_no_image_from_outside_its_figure_and_parent() -> None:
    html = (
        "<html><body><div><img src='/far.jpg'></div><div><div><div><figure><div>"
        "<figcaption>A caption whose photo is missing.</figcaption></div></figure>"
        "</div></div></div></body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [block.image for block in captions] == [None]


def test_text_for_screen_readers_only_is_left_out_of_its_block() -> None:
    html = (
        "<html><body><p>Read the <span class='sr-only'>(opens in a new window)</span>"
        "report on the <em class='visually-hidden'>external link</em>harbour.</p>"
        "</body></html>"
    )
    assert [block.text for block in segment(html).blocks] == ["Read the report on the harbour."]


def test_a_link_for_screen_readers_keeps_its_text() -> None:
    """Only inline elements other than links are skipped (a link's end must close the
    link it opened); a "Skip to content" link is chrome that later filters judge."""
    html = "<html><body><p><a class='sr-only' href='#main'>Skip to content</a></p></body></html>"
    assert [block.text for block in segment(html).blocks] == ["Skip to content"]


def test_a_lazily_loaded_image_is_its_figures_image() -> None:
    html = (
        "<html><body><figure class='media-landscape has-caption'><span>"
        "<div class='js-delayed-image-load' data-src='/burial.jpg' data-alt='Drone view'>"
        "</div></span><figcaption>About 40 bodies were buried on Thursday</figcaption>"
        "</figure></body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [(block.image, block.alt) for block in captions] == [("/burial.jpg", "Drone view")]


def test_a_figure_that_is_its_own_caption_takes_no_image_from_the_next_figure() -> None:
    html = (
        "<html><body><div><figure class='has-caption'><figcaption>"
        "A caption whose photo a script loads.</figcaption></figure>"
        "<figure><img src='/other.jpg'><figcaption>The next photo.</figcaption></figure>"
        "</div></body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [(block.text, block.image) for block in captions] == [
        ("A caption whose photo a script loads.", None),
        ("The next photo.", "/other.jpg"),
    ]


TEMPLATE_ARTICLE = (
    "<h1>Safer browsing for everyone</h1>"
    "<p>Over the past few years threats on the web have become more sophisticated, "
    "and phishing sites now rotate their domains every few minutes to evade lists.</p>"
    "<p>Turning on the new protection mode checks every page against the latest threats, "
    "which substantially increases protection from dangerous websites and downloads.</p>"
)


def test_an_article_kept_in_a_client_side_template_is_read() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>"
        f"<script type='text/template'>{TEMPLATE_ARTICLE}</script></body></html>"
    )
    texts = [block.text for block in segment(html).blocks]
    assert any(text.startswith("Over the past few years") for text in texts)
    assert "Home Blog" not in texts  # the page around the template is not mixed in


def test_templates_are_ignored_when_the_page_has_its_own_prose() -> None:
    html = (
        f"<html><body><article>{TEMPLATE_ARTICLE.replace('threats', 'storms')}</article>"
        f"<script type='text/template'>{TEMPLATE_ARTICLE}</script></body></html>"
    )
    texts = " ".join(block.text for block in segment(html).blocks)
    assert "storms on the web" in texts
    assert "threats on the web" not in texts


def test_a_heading_for_screen_readers_only_is_marked_hidden() -> None:
    """Government Site Builder pages label their menus for listeners (class "aural")."""
    html = (
        "<html><body><h2 class='aural'>Navigation und Service</h2>"
        "<p>Das Bundesamt hat eine neue Karte veröffentlicht.</p></body></html>"
    )
    marks = {block.text: "hidden" in block.marks for block in segment(html).blocks}
    assert marks == {
        "Navigation und Service": True,
        "Das Bundesamt hat eine neue Karte veröffentlicht.": False,
    }


def test_a_term_and_its_one_description_are_one_block() -> None:
    # A shop's product facts (zooplus.de) and a nutrition panel: "Marke" alone says
    # nothing, nor "Trixie". A term with several descriptions stays apart from them.
    page = segment(
        "<html><body><dl><dt>Marke</dt><dd>Trixie</dd><dt>Material:</dt>"
        "<dd>Echtholz, <a href='/metall'>Metall</a></dd><dt>1.</dt><dd>Den Ofen vorheizen.</dd>"
        "<dt>Gewicht (kg)</dt><dd>1,5</dd>"
        "<dt>Zutaten</dt><dd>300 ml Milch</dd><dd>2 Eier</dd></dl></body></html>"
    )
    items = ["Marke: Trixie", "Material: Echtholz, Metall", "1. Den Ofen vorheizen.",
             "Gewicht (kg): 1,5", "Zutaten", "300 ml Milch", "2 Eier"]  # fmt: skip
    assert _kinds_and_texts(page) == [("list_item", item) for item in items]
    assert page.blocks[1].link_chars == len("Metall")
    assert [block.index for block in page.blocks] == list(range(7))


def test_a_photo_credit_written_as_a_definition_is_a_credit() -> None:
    # wday.ru: <dt>Фото:</dt><dd>личный архив ...</dd> under each photo. A spec list's
    # "Foto:" with a figure, or a term without a colon, is no credit.
    page = segment(
        "<html><body><dl><dt>Фото:</dt><dd>личный архив Андрея Рудькова</dd></dl>"
        "<dl><dt>Foto:</dt><dd>12 Megapixel</dd><dt>Image</dt><dd>1200 x 800 pixels</dd>"
        "</dl></body></html>"
    )
    assert _kinds_and_texts(page) == [
        ("credit", "Фото: личный архив Андрея Рудькова"),
        ("list_item", "Foto: 12 Megapixel"),
        ("list_item", "Image: 1200 x 800 pixels"),
    ]


def _kinds_and_texts(page: Page) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in page.blocks]
