"""Credits split off captions: which leads credit someone and which only announce."""

from __future__ import annotations

import pytest

from articlekit import clean
from articlekit._captions import split_credit

SPLITS = {
    "agency-after-slash": ("The harbour at dawn / AP", ("The harbour at dawn", "AP")),
    "agency-in-parens": (
        "Police stand guard. (AP Photo/Jane Doe)",
        ("Police stand guard.", "AP Photo/Jane Doe"),
    ),
    "photo-lead": ("The bridge. Photo: Jane Doe", ("The bridge.", "Photo: Jane Doe")),
    "agency-alone": ("PA", ("PA", "PA")),
    "agency-via": ("AFP via Getty", ("AFP via Getty", "AFP via Getty")),
    "agency-after-slash-pa": ("English Heritage/PA", ("English Heritage", "PA")),
    # the credit reaches back to an earlier lead of the same sentence
    "photographer-and-agency": (
        "Striking staff at the university. Photograph: Jane Doe/Getty Images",
        ("Striking staff at the university.", "Photograph: Jane Doe/Getty Images"),
    ),
    "copyright-agency-chain": (
        "A train in England. © Jane Doe/AFP/Getty Images",
        ("A train in England.", "© Jane Doe/AFP/Getty Images"),
    ),
    "initial-is-no-sentence-end": (
        "The bridge. Photo: J. Doe / AP",
        ("The bridge.", "Photo: J. Doe / AP"),
    ),
    "licence": (
        "The harbour at dawn. CC-BY-SA 2.0",
        ("The harbour at dawn.", "CC-BY-SA 2.0"),
    ),
    "licence-after-photographer": (
        "The academy building. Bild: Jane Doe, Lizenz CC BY-SA 4.0",
        ("The academy building.", "Bild: Jane Doe, Lizenz CC BY-SA 4.0"),
    ),
    "photographer-lead": (
        "Photographer: Jane Doe, CC-BY-SA, Wikimedia Commons",
        (
            "Photographer: Jane Doe, CC-BY-SA, Wikimedia Commons",
            "Photographer: Jane Doe, CC-BY-SA, Wikimedia Commons",
        ),
    ),
    "two-sentences-two-credits": (
        "Photo: AP. The crowd gathered at dawn / Reuters",
        ("Photo: AP. The crowd gathered at dawn", "Reuters"),
    ),
    # a German credit label is a compound, and a whole lead ("post image: ...")
    "de-compound-label": (
        "Beitragsbild: Stefan Mang",
        ("Beitragsbild: Stefan Mang", "Beitragsbild: Stefan Mang"),
    ),
    "de-archive-photo": (
        "Der Chefredakteur bewertet den Wahlausgang: ...Archivfoto: ON",
        ("Der Chefredakteur bewertet den Wahlausgang: ...", "Archivfoto: ON"),
    ),
    "featured-image-label": (
        "Featured image by Alberto Riva",
        ("Featured image by Alberto Riva", "Featured image by Alberto Riva"),
    ),
    # a lead inside another word is none
    "lead-inside-a-word": (
        "Das Gesamtbild: eine Stadt im Wandel",
        ("Das Gesamtbild: eine Stadt im Wandel", None),
    ),
}


@pytest.mark.parametrize(("text", "expected"), SPLITS.values(), ids=SPLITS.keys())
def test_splits_credits(text: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(text) == expected


@pytest.mark.parametrize("label", ["Image:", "Photo:", "©", "Credit: ", "Foto :"])
def test_a_bare_label_credits_no_one(label: str) -> None:
    # Screen-reader labels such as "Image:" before a caption name no photographer.
    assert split_credit(label) == (label, None)


def test_an_agency_name_inside_prose_is_no_credit() -> None:
    text = "Reuters reported that the ship sank"
    assert split_credit(text) == (text, None)


def test_a_credit_that_another_credit_of_the_caption_holds_is_given_once() -> None:
    article = clean(
        "<html><body><article><p>" + "Words of the article go on here. " * 12 + "</p>"
        "<figure><img src='/goal.jpg'><figcaption>"
        "<span class='caption-text'>Brock Nelson scores the winning goal in overtime.</span>"
        "<span class='credit'>AP Photo/Gene J. Puskar</span>"
        "<span class='credit'>Photo: Gene J. Puskar</span>"
        "</figcaption></figure></article></body></html>"
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Brock Nelson scores the winning goal in overtime.", "AP Photo/Gene J. Puskar")
    ]


def test_credits_that_share_letters_but_not_words_are_both_kept() -> None:
    article = clean(
        "<html><body><article><p>" + "Words of the article go on here. " * 12 + "</p>"
        "<figure><img src='/store.jpg'><figcaption>"
        "<span class='caption-text'>A shop window on launch day in the city centre.</span>"
        "<span class='credit'>Getty Images/Apple</span><span class='credit'>AP</span>"
        "</figcaption></figure></article></body></html>"
    )
    assert [c.credit for c in article.captions] == ["Getty Images/Apple AP"]


@pytest.mark.parametrize(
    ("printed", "caption"),
    [
        ("1of4 A shopper looks at extension cords.", "A shopper looks at extension cords."),
        ("Image 2 of 23 Designers stand by the new car.", "Designers stand by the new car."),
    ],
)
def test_a_slideshow_counter_is_left_out_of_the_caption(printed: str, caption: str) -> None:
    article = clean(
        "<html><body><article><p>" + "Words of the article go on here. " * 12 + "</p>"
        f"<figure><img src='/p.jpg'><figcaption>{printed}</figcaption></figure>"
        "</article></body></html>"
    )
    assert [c.text for c in article.captions] == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met on Tuesday to discuss the budget, and members from both parties "
        "agreed to delay the vote until next month.",
        "Most of the money will go to schools (about 40 percent) and to roads from next year.",
        "Der Stadtrat hat am Dienstag über den Haushalt beraten und die Abstimmung verschoben.",
    ],
)
def test_ordinary_prose_is_ruled_out_as_a_photo_cue_by_its_hints(sentence: str) -> None:
    """photo_caption asks every paragraph whether it is a caption: the phrase hints must
    rule ordinary prose out before any regex runs. A cue whose literals were common words
    ("to", "from") once made that check run on nearly every English paragraph."""
    from articlekit._captions import _CAPTION_LABEL, _CUE
    from articlekit._speedups import compiled
    from articlekit.patterns import phrase_hints

    if compiled("_cscan") is None:
        pytest.skip("hints come from the compiled scans")
    hints = phrase_hints(sentence)
    assert not hints & (_CUE.hint_bit | _CAPTION_LABEL.hint_bit)
