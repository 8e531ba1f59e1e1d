"""Assembly: the cells of a table row come out as one paragraph ("cell | cell")."""

from __future__ import annotations

from articlekit import clean
from articlekit._assemble import join_table_rows
from articlekit.patterns.markup import ROW_CELL_MAX_WORDS
from tests.helpers import PROSE, article_page, html, html_page

# Nutrition facts of a recipe (eatsmarter.de): three cells a row, the first a header.
NUTRITION = (
    "<table><tr><th>Nährwert</th><th>pro Portion</th><th>Anteil</th></tr>"
    "<tr><td>Kalorien</td><td>434 kcal</td><td>(21 %)</td></tr>"
    "<tr><td>Protein</td><td>12 g</td><td>(12 %)</td></tr></table>"
)


def test_the_cells_of_a_row_make_one_paragraph() -> None:
    article = clean(article_page(NUTRITION))
    rows = [p.text for p in article.paragraphs if " | " in p.text]
    assert rows == [
        "Nährwert | pro Portion | Anteil",
        "Kalorien | 434 kcal | (21 %)",
        "Protein | 12 g | (12 %)",
    ]
    assert all(p.kind == "paragraph" for p in article.paragraphs if p.text in rows)
    # Each cell was its own block, kept by every filter: the log is unchanged.
    assert not any(" | " in removal.text for removal in article.removed)


def test_cells_holding_paragraphs_or_prose_stay_apart() -> None:
    prose = " ".join(["word"] * (ROW_CELL_MAX_WORDS + 1)) + "."
    page = html(
        "<table><tr><td><p>Zucker</p><p>fein</p></td><td>65 g</td></tr>"
        f"<tr><td>Menu</td><td>Home</td><td>{prose}</td><td>Sidebar</td><td>Links</td></tr>"
        "<tr><td>only one cell</td></tr></table>"
    )
    texts = [block.text for block in join_table_rows(page) if block.text not in PROSE]
    assert texts == [
        "Zucker", "fein", "65 g", "Menu", "Home", prose, "Sidebar", "Links", "only one cell"
    ]  # fmt: skip


def test_pages_without_tables_keep_their_blocks() -> None:
    page = html("<p>One paragraph.</p><ul><li>an item</li><li>another</li></ul>")
    assert join_table_rows(page) is page.blocks


def test_an_article_with_tables_reads_back_the_same_as_text() -> None:
    # Rows as articlekit writes them ("Zutat 1 | 10 g | frisch") are data when the text
    # is cleaned again: neither a menu line nor evidence of page furniture.
    def rows(first: int) -> str:
        return "".join(
            f"<tr><td>Zutat {k}</td><td>{k * 10} g</td><td>frisch</td></tr>"
            for k in range(first, first + 6)
        )

    paragraphs = "".join(f"<p>{text}</p>" for text in PROSE)
    body = f"<article><table>{rows(1)}</table>{paragraphs}<table>{rows(10)}</table></article>"
    article = clean(html_page(body))
    assert "Zutat 1 | 10 g | frisch" in [p.text for p in article.paragraphs]
    again = clean(article.text, mode="text")
    assert again.text == article.text
    assert again.removed == []
