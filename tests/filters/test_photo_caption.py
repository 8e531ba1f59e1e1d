"""photo_caption: relabel caption-like paragraphs as captions; never drop anything."""

from __future__ import annotations

import pytest

from articlekit import clean, segment
from articlekit.filters import photo_caption
from tests.helpers import PROSE, TITLE, article_page, html, text_page, verdict_of

CAPTIONS = {
    "agency-cue": "Participating artists perform folk music (photo taken on May 30, 2018).",
    "drone": "The hydroelectric plant on the river (drone shot).",
    "file-photo": "The former minister at a press conference (file photo).",
    "credit-reporter": (
        "Participants attended the inauguration ceremony in Beijing. "
        "Photo by Xinhua News Agency reporter Shen Bohan"
    ),
    "credit-parens": "Rescue workers search the rubble in the city centre. (Photo: AP)",
    "credit-getty": "Fans celebrate the title in the main square / Getty Images",
    "credit-agency-photo": "Police officers stand guard outside the court. (AP Photo/Jane Doe)",
    "de-foto": "Das neue Rathaus am Marktplatz. Foto: Max Mustermann",
    "fr-photo": "Le piquet de grève dans le hall de l'université. Photo : KB",
    "es-foto": "Dos investigadores caminan por la bahía. Foto: Ana García",
    "ru-foto": "Андрей Рудьков на кухне. Фото: личный архив Андрея Рудькова",
    "zh-credit": "游客在景区参观游览。新华社记者 李明 摄",
    "figure-label": "Figure 3: Snow depth across the valley, measured from satellite images.",
    "de-abbildung": "Abbildung: Farblich codierte Schneehöhen für das Mattertal",
    "de-abb": "Abb. 2: Der Gletscher im Vergleich der Jahre 1990 und 2020",
    "agency-lead": (
        "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work "
        "on the International Space Station."
    ),
    "agency-lead-photo": "In this photo taken on Monday, fans wait outside the stadium.",
    "group-from-left": "From left: Jane Doe, John Roe and Ann Poe at the opening of the library.",
    "group-l-r": "The new board (L-R): Ann Poe, John Roe and Jane Doe.",
    "de-von-links": "Von links nach rechts: Mathias Malischewski, Prof. Dr. Jan Wenske",
    "de-vlnr": "Die Preisträger (v.l.n.r.) Anna Schmidt und Max Müller",
    "fr-gauche": "De gauche à droite : Marie Dupont et Jean Martin, à Lyon.",
}


@pytest.mark.parametrize("text", CAPTIONS.values(), ids=CAPTIONS.keys())
def test_relabels_caption_paragraphs(text: str) -> None:
    page = text_page(text)
    verdict = verdict_of(photo_caption, page)
    assert verdict.drops == ()
    assert [(block.text, block.kind) for block in verdict.relabels] == [(text, "caption")]


def test_relabelled_block_keeps_index_and_text() -> None:
    page = text_page(CAPTIONS["agency-cue"])
    (block,) = photo_caption(page).relabels
    original = next(b for b in page.blocks if b.text == CAPTIONS["agency-cue"])
    assert (block.index, block.text, block.kind) == (original.index, original.text, "caption")


def test_never_drops() -> None:
    page = text_page(*CAPTIONS.values())
    assert photo_caption(page).drops == ()


@pytest.mark.parametrize(
    "text",
    [
        # Prose that ends like a quote, not a credit.
        "The water came up to the second step, the photographer said.",
        # Prose that mentions a photo without being a caption.
        "She took a photo of the flooded square and sent it to her sister in Hamburg.",
        # A sentence with "by" that is not a credit.
        "The bridge was built by Italian engineers in 1887 and survived two wars.",
        # Prose that refers to a figure: no label of its own.
        "Figure 3 shows how the snow cover shrank between 1990 and 2020.",
        "Abbildung 2 zeigt, wie stark die Schneedecke geschrumpft ist.",
        # "In this ..." that is no agency caption lead.
        "In this article we show a photo of every bridge in the city.",
        # "left" and "right" in prose.
        "From left field, the idea of a tax on empty homes won over the council.",
        "Left to right reading order is what most scripts use, but not all.",
    ],
)
def test_keeps_prose(text: str) -> None:
    page = text_page(text)
    assert photo_caption(page).relabels == ()


def test_keeps_a_long_paragraph_with_a_photo_cue() -> None:
    long_text = " ".join(PROSE * 3) + " (photo taken on May 30, 2018)"
    assert len(long_text.split()) > 120
    page = text_page(long_text)
    assert photo_caption(page).relabels == ()


@pytest.mark.parametrize(
    "markup",
    [
        "<h2>The old bridge (photo taken on May 30, 2018)</h2>",
        "<ul><li>Photo by Jane Doe (photo taken on May 30, 2018)</li></ul>",
        "<blockquote><p>We saw it all (file photo)</p></blockquote>",
    ],
    ids=["heading", "list-item", "quote"],
)
def test_never_relabels_headings_list_items_or_quotes(markup: str) -> None:
    page = html(markup)
    assert photo_caption(page).relabels == ()


def test_a_definition_that_is_a_whole_credit_line_is_a_caption() -> None:
    # wday.ru prints each photo's credit as a definition list: <dt>Фото:</dt><dd>...</dd>
    # (one item once segmented). Such an item that only holds a credit is the credit; an
    # item of another list stays, whatever it says.
    article = clean(
        article_page(
            "<dl><dt>Фото:</dt><dd>личный архив Андрея Рудькова</dd></dl>"
            "<ul><li>Photo: Jane Doe</li><li>Photos of the trip are online.</li></ul>"
        )
    )
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("", "Фото: личный архив Андрея Рудькова"),
    ]
    assert {"Photo: Jane Doe", "Photos of the trip are online."} <= {
        p.text for p in article.paragraphs
    }


def test_markup_captions_are_captions_from_the_start() -> None:
    page = html(
        '<figure><img src="boats.jpg" alt="Boats">'
        "<figcaption>Boats in the square.</figcaption></figure>"
    )
    block = next(b for b in page.blocks if b.text == "Boats in the square.")
    assert block.kind == "caption"
    assert (block.image, block.alt) == ("boats.jpg", "Boats")
    # Already a caption: nothing to relabel.
    assert photo_caption(page).relabels == ()


def test_wp_caption_text_is_a_caption() -> None:
    markup = (
        '<div class="wp-caption aligncenter"><img src="/m.jpg" alt="">'
        '<p class="wp-caption-text">Der Marktplatz am Morgen nach dem Hochwasser.</p></div>'
    )
    article = clean(article_page(markup, lang="de"))
    assert [c.text for c in article.captions] == ["Der Marktplatz am Morgen nach dem Hochwasser."]
    assert "Der Marktplatz am Morgen nach dem Hochwasser." not in article.text


LONG_CAPTION = (
    "This is the scene of the tunnel ceremony taken at the exit of the Kamchik tunnel of "
    "the Angren-Pap railway in Uzbekistan on February 27, 2016. "
    "Photo by Xinhua News Agency reporter Shadati"
)


def test_clean_moves_captions_out_of_the_body_and_splits_the_credit() -> None:
    article = clean(text_page_source(LONG_CAPTION))
    assert LONG_CAPTION not in article.text
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "This is the scene of the tunnel ceremony taken at the exit of the Kamchik tunnel "
            "of the Angren-Pap railway in Uzbekistan on February 27, 2016.",
            "Photo by Xinhua News Agency reporter Shadati",
        )
    ]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_clean_credit_block_inside_figcaption() -> None:
    markup = (
        '<figure><img src="a.jpg"><figcaption>Boats in the main square.'
        '<div class="credit">Jane Doe / Reuters</div></figcaption></figure>'
    )
    article = clean(article_page(markup))
    assert [(c.text, c.credit, c.image) for c in article.captions] == [
        ("Boats in the main square.", "Jane Doe / Reuters", "a.jpg")
    ]


def test_clean_splits_whole_credit_from_inline_caption() -> None:
    markup = (
        '<figure><img src="a.jpg"><figcaption>A crowd gathers. '
        '<span class="credit">Photo: Jane Doe/AP</span></figcaption></figure>'
    )
    article = clean(article_page(markup))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A crowd gathers.", "Photo: Jane Doe/AP")
    ]


def test_clean_attaches_a_credit_line_to_the_caption_before_it() -> None:
    markup = (
        '<figure><img src="a.jpg"><figcaption>An artist\'s concept of the lander.</figcaption>'
        '<div class="credit">(Image credit: Blue Origin)</div></figure>'
    )
    article = clean(article_page(markup))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("An artist's concept of the lander.", "Image credit: Blue Origin")
    ]


def text_page_source(*lines: str, title: str | None = TITLE) -> str:
    head = [title] if title else []
    return "\n\n".join([*head, *PROSE[:2], *lines, *PROSE[2:]])


def test_segment_text_page_helper_keeps_order() -> None:
    page = segment(text_page_source(CAPTIONS["drone"]), mode="text")
    assert [b.text for b in page.blocks] == [TITLE, *PROSE[:2], CAPTIONS["drone"], *PROSE[2:]]


def test_clean_moves_a_short_text_mode_caption_out_of_the_body() -> None:
    article = clean(text_page_source(CAPTIONS["credit-reporter"]))
    assert [c.credit for c in article.captions] == [
        "Photo by Xinhua News Agency reporter Shen Bohan"
    ]
    assert [p.text for p in article.paragraphs] == list(PROSE)


def test_a_flattened_caption_label_makes_a_caption_of_what_follows_it() -> None:
    """A page flattened to text keeps the label screen readers read before a caption:
    the line is a caption, and the caption is the text after the label."""
    line = "Image caption Fans gather outside the stadium before the final"
    article = clean(text_page_source(line), mode="text")
    assert [c.text for c in article.captions] == [
        "Fans gather outside the stadium before the final"
    ]
    assert [p.text for p in article.paragraphs] == list(PROSE)


@pytest.mark.parametrize(
    "text", ["Image captioning models describe photos in words.", "Image caption"]
)
def test_a_caption_label_needs_a_caption_after_it(text: str) -> None:
    assert verdict_of(photo_caption, text_page(text)).relabels == ()


@pytest.mark.parametrize(
    "figure",
    [
        # the credit is the caption's next sibling in the figure box
        '<div class="asset-image"><img src="a.jpg"><div class="image-meta">'
        '<div class="image-caption">Boats in the main square.</div>'
        '<div class="image-credit">(Jane Doe / Reuters)</div></div></div>',
        # inline: a caption span and a copyright span side by side
        '<p class="pic"><img src="a.jpg"><span class="caption">Boats in the main square.'
        '</span><span class="copyright">Jane Doe / Reuters</span></p>',
    ],
)
def test_clean_joins_a_credit_printed_beside_its_caption(figure: str) -> None:
    article = clean(article_page(figure))
    assert [(c.text, c.credit, c.image) for c in article.captions] == [
        ("Boats in the main square.", "Jane Doe / Reuters", "a.jpg")
    ]
    assert not any("Reuters" in p.text for p in article.paragraphs)


def test_clean_joins_no_credit_that_is_not_next_to_the_caption() -> None:
    # Something block-level between them: the credit-classed line is not this caption's.
    figure = (
        '<div class="pic"><img src="a.jpg"><div class="caption">Boats in the main square.'
        "</div><div>More pictures of the square are in our gallery.</div>"
        '<div class="credit">Jane Doe / Reuters</div></div>'
    )
    page = segment(article_page(figure))
    kinds = {block.text: block.kind for block in page.blocks}
    assert kinds["Boats in the main square."] == "caption"
    assert kinds["Jane Doe / Reuters"] == "paragraph"
