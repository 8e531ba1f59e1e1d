"""orphan_headings: headings whose whole section earlier filters removed (``orphan_heading``)."""

from __future__ import annotations

from articlekit import Block, Page, Pipeline, clean
from articlekit.filters import orphan_headings
from tests.helpers import PROSE, article_page, dropped, kept, verdict_of


def page_of(*items: tuple[int, str, str]) -> Page:
    """A page after earlier filters: (index, kind, text); missing indices were removed."""
    blocks = tuple(Block(index=i, kind=kind, text=text) for i, kind, text in items)  # type: ignore[arg-type]
    return Page(blocks=blocks)


def test_drops_a_heading_whose_section_was_removed() -> None:
    # 0 prose, 1 "Related articles", (2, 3 removed), 4 heading, 5 prose
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (1, "heading", "Related articles"),
        (4, "heading", "What happens next"),
        (5, "paragraph", PROSE[1]),
    )
    assert dropped(orphan_headings, page) == {"Related articles": "orphan_heading"}
    (drop,) = verdict_of(orphan_headings, page).drops
    assert drop.detail == "everything under it was removed"


def test_drops_a_last_heading_whose_section_was_removed() -> None:
    page = page_of((0, "paragraph", PROSE[0]), (1, "heading", "Comments"))
    assert dropped(orphan_headings, page) == {"Comments": "orphan_heading"}


def test_keeps_a_heading_followed_by_another_heading_in_the_source() -> None:
    # Title and subtitle: nothing was removed between them.
    page = page_of(
        (0, "heading", "Part 1"),
        (1, "heading", "Chapter 1"),
        (2, "paragraph", PROSE[0]),
    )
    assert dropped(orphan_headings, page) == {}


def test_keeps_a_heading_that_still_introduces_text() -> None:
    # Something under it was removed, but prose is left.
    page = page_of(
        (0, "heading", "The night of the flood"),
        (2, "paragraph", PROSE[0]),
        (3, "heading", "The morning after"),
        (4, "paragraph", PROSE[1]),
    )
    assert dropped(orphan_headings, page) == {}


def test_keeps_a_heading_followed_by_captions_or_lists() -> None:
    page = page_of(
        (0, "heading", "Photos"),
        (3, "caption", "Boats in the main square."),
        (4, "heading", "Timeline"),
        (6, "list_item", "Monday: the river bursts its banks"),
    )
    assert dropped(orphan_headings, page) == {}


def test_keeps_a_page_that_is_only_a_heading() -> None:
    assert dropped(orphan_headings, page_of((0, "heading", "Breaking news"))) == {}


def test_keeps_non_headings() -> None:
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (3, "heading", "Comments"),
        (7, "heading", "Share"),
        (8, "paragraph", PROSE[1]),
    )
    assert kept(orphan_headings, page) == [PROSE[0], "Share", PROSE[1]]


def test_clean_drops_the_heading_of_a_removed_comment_section() -> None:
    comments = (
        '<h2>Reader reactions</h2><div id="comments"><p>Anna: stay safe everyone, the water is '
        "still rising on our street.</p></div>"
    )
    article = clean(article_page(comments + "<h2>What happens next</h2><p>" + PROSE[0] + "</p>"))
    assert "Reader reactions" not in [p.text for p in article.paragraphs]
    assert "What happens next" in [p.text for p in article.paragraphs]
    assert [
        (r.filter, r.reason, r.text) for r in article.removed if r.reason == "orphan_heading"
    ] == [("orphan_headings", "orphan_heading", "Reader reactions")]


def test_alone_in_a_pipeline_it_drops_nothing_from_an_untouched_page() -> None:
    from articlekit import segment

    page = segment(article_page("<h2>Comments</h2><h3>Sub</h3><p>" + PROSE[0] + "</p>"))
    result = Pipeline([orphan_headings]).run(page)
    assert result.removals == ()


def test_drops_a_label_left_with_nothing_to_introduce() -> None:
    # "Tags:" at the end (its tag links removed), "Share:" over a removed bar before a
    # heading; "Filed under:" over a removed advert and then its own text stays.
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (1, "paragraph", "Share:"),
        (3, "heading", "What happens next"),
        (4, "paragraph", "Filed under:"),
        (6, "paragraph", PROSE[1]),
        (7, "paragraph", "Tags:"),
    )
    assert dropped(orphan_headings, page) == {"Share:": "orphan_label", "Tags:": "orphan_label"}


def test_keeps_a_label_or_a_sentence_that_ends_in_a_colon() -> None:
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (1, "paragraph", "The newly selected five are:"),
        (2, "list_item", "Blue Origin, Kent, Washington"),
        (3, "paragraph", "In a statement the agency said the following about the plan:"),
    )
    assert dropped(orphan_headings, page) == {}


def test_orphans_over_orphans_go_too() -> None:
    # A label over a label that nothing follows, and a heading over a heading whose
    # section was removed: a second pass would drop them, so this one does (a fuzzing
    # find: "take : <tr>take :</tr>" cleaned again lost its last line).
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (1, "paragraph", "Filed under:"),
        (2, "paragraph", "Tags:"),
    )
    assert dropped(orphan_headings, page) == {
        "Filed under:": "orphan_label",
        "Tags:": "orphan_label",
    }
    page = page_of(
        (0, "paragraph", PROSE[0]),
        (1, "heading", "More from us"),
        (2, "heading", "Related articles"),
        (5, "heading", "Comments"),
    )
    assert set(dropped(orphan_headings, page)) == {"More from us", "Related articles", "Comments"}
    # The drops come in page order.
    assert [drop.block.index for drop in verdict_of(orphan_headings, page).drops] == [1, 2, 5]


def test_a_label_quoted_or_listed_last_is_an_orphan_too() -> None:
    # Read back as plain text, quotes and list items are paragraphs: the label rule
    # must not depend on the kind (a fuzzing find).
    for kind in ("quote", "list_item"):
        page = page_of((0, "paragraph", PROSE[0]), (1, kind, "Read more:"))
        assert dropped(orphan_headings, page) == {"Read more:": "orphan_label"}
