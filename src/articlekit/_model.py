"""The output: an :class:`Article` and its parts, as frozen pydantic models."""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

__all__ = ["Article", "Caption", "Paragraph", "ParagraphKind", "Removal"]

ParagraphKind = Literal["paragraph", "heading", "list_item", "quote", "code"]
MAX_LEVEL: Final = 6  # <h1> to <h6>


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Paragraph(_Frozen):
    """A block of the article body, in reading order."""

    kind: ParagraphKind = "paragraph"
    text: str
    level: int = Field(
        default=0, ge=0, le=MAX_LEVEL, description="Heading level, 0 if not a heading"
    )


class Caption(_Frozen):
    """A photo caption, kept apart from the body."""

    text: str = Field(description="What the photo shows, without the credit")
    credit: str | None = Field(default=None, description="Who took or owns the photo")
    image: str | None = Field(default=None, description="The image's URL, when known")
    alt: str | None = Field(default=None, description="The image's alternative text")


class Removal(_Frozen):
    """One block that a filter removed, and why."""

    filter: str = Field(description="Name of the filter that removed the block")
    reason: str = Field(description="Stable snake_case reason code")
    text: str
    kind: str = Field(description="The kind the block had when it was removed")
    detail: str = Field(default="", description="Evidence, such as the phrase that matched")
    index: int = Field(default=-1, description="The block's position in the segmented page")


class Article(_Frozen):
    """A cleaned article: metadata, body paragraphs, captions and the removal log."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="ISO 8601 date or date-time")
    site_name: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'en'")
    url: str | None = None
    description: str | None = None
    source: Literal["html", "text"] = "html"
    paragraphs: list[Paragraph] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    removed: list[Removal] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        # ``text`` is derived from the paragraphs: accept it in input (JSON written by
        # this model) and ignore it, so that dump -> validate round-trips.
        if isinstance(data, dict) and "text" in data:
            data = {key: value for key, value in data.items() if key != "text"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        """The body: paragraph texts joined by blank lines (no title, no captions)."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    def removed_by_reason(self) -> dict[str, int]:
        """How many blocks each reason removed."""
        counts: dict[str, int] = {}
        for removal in self.removed:
            counts[removal.reason] = counts.get(removal.reason, 0) + 1
        return counts

    def to_markdown(self) -> str:
        """The article as Markdown: title, body, then captions as a list."""
        lines: list[str] = []
        if self.title:
            lines += [f"# {self.title}", ""]
        for paragraph in self.paragraphs:
            if paragraph.kind == "heading":
                lines.append("#" * max(2, min(paragraph.level or 2, 6)) + " " + paragraph.text)
            elif paragraph.kind == "list_item":
                lines.append(f"- {paragraph.text}")
            elif paragraph.kind == "quote":
                lines.append(f"> {paragraph.text}")
            elif paragraph.kind == "code":
                lines += ["```", paragraph.text, "```"]
            else:
                lines.append(paragraph.text)
            lines.append("")
        if self.captions:
            lines += ["---", ""]
            for caption in self.captions:
                credit = f" ({caption.credit})" if caption.credit else ""
                lines.append(f"- *{caption.text}*{credit}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"
