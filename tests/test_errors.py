"""Errors: every failure is an ArticlekitError; nothing from lxml or codecs escapes."""

from __future__ import annotations

import gzip
import inspect
import io
import zipfile

import pytest

import articlekit
import articlekit.errors
from articlekit import (
    ArticlekitError,
    BinaryInputError,
    EmptyInputError,
    InputError,
    UnsupportedInputError,
    clean,
    segment,
)


@pytest.mark.parametrize(
    "raw", ["", b"", "   \n\t ", b" \r\n ", "\ufeff", b"\xef\xbb\xbf", "\u00a0 \u2003"]
)
def test_empty_input(raw: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        clean(raw)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.html", "<p>hi</p>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "PNG"),
        (gzip.compress(b"<html><body><p>compressed</p></body></html>"), "gzip"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (_zip(), "ZIP"),
        (bytes(range(256)) * 20, "control bytes"),
    ],
    ids=["pdf", "png", "gzip", "gif", "jpeg", "zip", "noise"],
)
def test_binary_input(raw: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError) as info:
        clean(raw)
    assert what.lower() in str(info.value).lower()


def test_a_string_full_of_nul_characters_is_binary() -> None:
    with pytest.raises(BinaryInputError):
        clean("\x00" * 200)


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body></body></html>",
        b"<html><body></body></html>",
        "<html><body>   \n  </body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<!DOCTYPE html><html><body><script>var a = 1;</script><style>p {}</style></body></html>",
        "<p></p><div>  </div>",
        "<html><body><img src='a.jpg'><br><hr></body></html>",
    ],
)
def test_markup_without_text_is_an_input_error(raw: str | bytes) -> None:
    with pytest.raises(InputError) as info:
        clean(raw)
    assert type(info.value).__module__ == "articlekit.errors"


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body><p>\udcff broken surrogate text in a paragraph</p></body></html>",
        b"<html><body><p>\xff\xfe\xfa bad bytes in a paragraph of text</p></body></html>",
        "<" * 5000,
        "<html>" + "<div>" * 5000 + "<p>Deeply nested text stays readable.</p>" + "</div>" * 5000,
        "<html><body><p>entity &#xD800; and &#0; and &bogus; here</p></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>XHTML page text</p></body></html>',
        "<html><body><p>unclosed <b>tags <i>everywhere",
    ],
    ids=[
        "surrogate",
        "bad-bytes",
        "many-brackets",
        "deep",
        "entities",
        "xml-declaration",
        "unclosed",
    ],
)
def test_hostile_input_raises_only_articlekit_errors(raw: str | bytes) -> None:
    try:
        article = clean(raw)
    except ArticlekitError:
        return
    # Whatever comes out is valid text.
    for paragraph in article.paragraphs:
        paragraph.text.encode("utf-8")
        assert "\x00" not in paragraph.text


def test_forced_html_mode_on_empty_markup() -> None:
    with pytest.raises(InputError):
        clean("<div></div>", mode="html")
    with pytest.raises(InputError):
        segment("<div></div>", mode="html")


@pytest.mark.parametrize("raw", [None, 42, 3.5, ["<p>x</p>"], {"html": "x"}, object()])
def test_non_text_input_is_a_type_error(raw: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        clean(raw)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        segment(raw)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    raw = (
        b"<html><body><article><p>"
        + b"Readable text in a paragraph, long enough to count. " * 3
        + b"</p></article></body></html>"
    )
    assert clean(bytearray(raw)) == clean(raw)
    assert clean(memoryview(raw)) == clean(raw)


def test_unknown_mode_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        clean("<p>text</p>", mode="pdf")  # type: ignore[arg-type]


def test_every_error_class_subclasses_articlekit_error() -> None:
    classes = [
        obj
        for _, obj in inspect.getmembers(articlekit.errors, inspect.isclass)
        if issubclass(obj, Exception)
    ]
    assert len(classes) == len(articlekit.errors.__all__)
    for cls in classes:
        assert issubclass(cls, ArticlekitError), cls
        assert cls.__name__ in articlekit.__all__


def test_hierarchy() -> None:
    from articlekit import DuplicateFilterError, FilterError, PipelineError, UnknownFilterError

    for cls in (EmptyInputError, BinaryInputError, UnsupportedInputError):
        assert issubclass(cls, InputError)
    for cls in (FilterError, UnknownFilterError, DuplicateFilterError):
        assert issubclass(cls, PipelineError)
    assert issubclass(UnknownFilterError, KeyError)
    assert not issubclass(InputError, PipelineError)


def test_filter_error_carries_the_name() -> None:
    from articlekit import FilterError

    error = FilterError("my_filter", "raised ValueError: boom")
    assert error.filter_name == "my_filter"
    assert str(error) == "filter 'my_filter': raised ValueError: boom"
