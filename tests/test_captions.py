"""Credits split off captions: which leads credit someone and which only announce."""

from __future__ import annotations

import pytest

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
