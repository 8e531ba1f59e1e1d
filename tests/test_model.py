"""The output model: Article, Paragraph, Caption, Removal."""

from __future__ import annotations

import json

import pydantic
import pytest

from articlekit import Article, Caption, Paragraph, Removal, clean
from tests.helpers import FIXTURES, read_source


@pytest.fixture(scope="module")
def seed() -> Article:
    return clean(read_source(FIXTURES / "sco-summit-xinhua"))


@pytest.fixture(scope="module")
def html_article() -> Article:
    return clean(read_source(FIXTURES / "space-nasa-moon-landers"))


def test_json_round_trip(seed: Article) -> None:
    assert Article.model_validate_json(seed.model_dump_json()) == seed


@pytest.mark.parametrize("name", ["sco-summit-xinhua", "space-nasa-moon-landers"])
def test_json_round_trip_without_the_computed_text(name: str) -> None:
    article = clean(read_source(FIXTURES / name))
    restored = Article.model_validate_json(article.model_dump_json(exclude={"text"}))
    assert restored == article
    assert restored.text == article.text


def test_python_round_trip(html_article: Article) -> None:
    data = html_article.model_dump()
    data.pop("text")
    assert Article.model_validate(data) == html_article


def test_dump_has_every_field(seed: Article) -> None:
    data = json.loads(seed.model_dump_json())
    assert set(data) == {
        "title", "authors", "published", "site_name", "language", "url", "description",
        "source", "paragraphs", "captions", "removed", "text",
    }  # fmt: skip
    assert set(data["removed"][0]) == {"filter", "reason", "text", "kind", "detail", "index"}
    assert set(data["captions"][0]) == {"text", "credit", "image", "alt"}
    assert set(data["paragraphs"][0]) == {"kind", "text", "level"}


def test_json_schema_generation() -> None:
    schema = Article.model_json_schema()
    assert schema["type"] == "object"
    assert {"paragraphs", "captions", "removed", "title"} <= set(schema["properties"])
    serialization = Article.model_json_schema(mode="serialization")
    assert "text" in serialization["properties"]
    json.dumps(schema)  # serialisable
    for model in (Paragraph, Caption, Removal):
        assert model.model_json_schema()["type"] == "object"


def test_models_are_frozen_and_strict(seed: Article) -> None:
    with pytest.raises(pydantic.ValidationError):
        seed.title = "changed"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        Paragraph(text="x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        Paragraph(text="x", kind="caption")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        Paragraph(text="x", kind="heading", level=7)


def test_text_is_the_body_without_title_or_captions(seed: Article) -> None:
    assert seed.text == "\n\n".join(p.text for p in seed.paragraphs)
    assert seed.title
    assert seed.title not in seed.text
    for caption in seed.captions:
        assert caption.text not in seed.text
        assert caption.credit is None or caption.credit not in seed.text


def test_text_of_a_hand_built_article() -> None:
    article = Article(
        title="Title",
        paragraphs=[Paragraph(text="One."), Paragraph(kind="heading", level=2, text="Two")],
        captions=[Caption(text="A photo", credit="Jane Doe")],
    )
    assert article.text == "One.\n\nTwo"
    assert Article().text == ""


def test_removed_by_reason_counts() -> None:
    article = Article(
        removed=[
            Removal(filter="f", reason="a", text="1", kind="paragraph"),
            Removal(filter="f", reason="b", text="2", kind="paragraph"),
            Removal(filter="g", reason="a", text="3", kind="heading"),
        ]
    )
    assert article.removed_by_reason() == {"a": 2, "b": 1}
    assert Article().removed_by_reason() == {}


def test_to_markdown_structure() -> None:
    article = Article(
        title="Flood waters reach the old town",
        paragraphs=[
            Paragraph(text="The river rose overnight."),
            Paragraph(kind="heading", level=2, text="What next"),
            Paragraph(kind="heading", level=1, text="Level one becomes two"),
            Paragraph(kind="heading", level=5, text="Deep"),
            Paragraph(kind="list_item", text="Sandbags"),
            Paragraph(kind="quote", text="We were lucky."),
            Paragraph(kind="code", text="print('hi')"),
        ],
        captions=[
            Caption(text="Boats in the square", credit="Jane Doe/AP"),
            Caption(text="The bridge"),
        ],
    )
    assert article.to_markdown() == (
        "# Flood waters reach the old town\n"
        "\n"
        "The river rose overnight.\n"
        "\n"
        "## What next\n"
        "\n"
        "## Level one becomes two\n"
        "\n"
        "##### Deep\n"
        "\n"
        "- Sandbags\n"
        "\n"
        "> We were lucky.\n"
        "\n"
        "```\n"
        "print('hi')\n"
        "```\n"
        "\n"
        "---\n"
        "\n"
        "- *Boats in the square* (Jane Doe/AP)\n"
        "- *The bridge*\n"
    )


def test_to_markdown_of_a_fixture(seed: Article) -> None:
    markdown = seed.to_markdown()
    assert markdown.startswith(f"# {seed.title}\n\n")
    assert markdown.endswith("\n")
    assert not markdown.endswith("\n\n")
    for heading in (p.text for p in seed.paragraphs if p.kind == "heading"):
        assert f"\n## {heading}\n" in markdown
    body, _, captions = markdown.partition("\n---\n")
    assert captions.count("\n- *") == len(seed.captions)
    assert all(p.text in body for p in seed.paragraphs)


def test_to_markdown_without_title_or_captions() -> None:
    article = Article(paragraphs=[Paragraph(text="Only text.")])
    assert article.to_markdown() == "Only text.\n"
