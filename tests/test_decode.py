"""Decoding bytes (BOM, declared charset, UTF-8, Windows-1252) and telling HTML from text."""

from __future__ import annotations

import codecs

import pytest

from articlekit import clean
from articlekit._decode import decode, detect_mode

TEXT = "Über den Fluß: „Grüße“ – café crème, naïve façade, 50 €, and the river’s edge."
LATIN1_TEXT = "Über den Fluß: café crème, naïve façade, 50 Grad, and the river's edge."


def page(text: str, meta: str = "", title: str = "Café Fluß") -> str:
    return (
        f"<html><head>{meta}<title>{title}</title></head><body><article><p>{text}</p>"
        "</article></body></html>"
    )


def body(raw: bytes | str) -> list[str]:
    return [p.text for p in clean(raw).paragraphs]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"],
)
def test_byte_order_mark_wins(bom: bytes, codec: str) -> None:
    raw = bom + page(TEXT).encode(codec)
    assert body(raw) == [TEXT]
    assert clean(raw).title == "Café Fluß"


def test_bom_wins_over_a_wrong_declaration() -> None:
    raw = codecs.BOM_UTF8 + page(TEXT, '<meta charset="iso-8859-1">').encode("utf-8")
    assert body(raw) == [TEXT]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-1">',
        "<meta charset=ISO-8859-1>",
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        '<meta charset="latin1">',
    ],
)
def test_declared_latin1(meta: str) -> None:
    raw = page(LATIN1_TEXT, meta).encode("iso-8859-1")
    assert body(raw) == [LATIN1_TEXT]


def test_latin1_label_is_read_as_windows_1252() -> None:
    # Browsers treat ISO-8859-1 as Windows-1252: the bytes 0x80-0x9f are „ “ – € ’.
    raw = page(TEXT, '<meta charset="iso-8859-1">').encode("cp1252")
    assert body(raw) == [TEXT]


def test_cp1252_bytes_labelled_utf8() -> None:
    raw = page(TEXT, '<meta charset="utf-8">').encode("cp1252")
    assert body(raw) == [TEXT]


def test_cp1252_bytes_without_a_label() -> None:
    assert body(page(TEXT).encode("cp1252")) == [TEXT]


def test_utf8_without_a_label() -> None:
    assert body(page(TEXT).encode("utf-8")) == [TEXT]


@pytest.mark.parametrize(
    ("codec", "label", "text"),
    [
        ("iso-8859-2", "ISO-8859-2", "Zażółć gęślą jaźń, powiedział rzecznik prasowy."),
        ("shift_jis", "shift_jis", "日本語のテキストです。これは記事の本文です。"),
        ("gbk", "gb2312", "这是一篇新闻文章的正文内容，用于测试解码。"),
        ("koi8-r", "koi8-r", "Это текст новостной статьи для проверки."),
    ],
)
def test_declared_multibyte_and_legacy_charsets(codec: str, label: str, text: str) -> None:
    raw = page(text, f'<meta charset="{label}">', title="News").encode(codec)
    assert body(raw) == [text]


def test_xml_declaration_charset() -> None:
    raw = (
        '<?xml version="1.0" encoding="iso-8859-15"?>' + page("Prix : 50 € la nuit, café compris.")
    ).encode("iso-8859-15")
    assert body(raw) == ["Prix : 50 € la nuit, café compris."]


def test_unknown_declared_charset_falls_back() -> None:
    raw = page(TEXT, '<meta charset="no-such-charset">').encode("utf-8")
    assert body(raw) == [TEXT]


def test_str_input_is_taken_as_is() -> None:
    assert body(page(TEXT, '<meta charset="iso-8859-1">')) == [TEXT]


def test_control_characters_are_stripped() -> None:
    prose = "A sentence of ordinary prose that carries a few stray control characters. "
    assert decode(prose + "a\x00b\x07c\x1bd\x7fe\x85f") == prose + "abcdef"
    assert decode(prose + "one\x0btwo\x0cthree") == prose + "onetwothree"
    assert decode("tab\tnewline\ncr\r") == "tab\tnewline\ncr\r"


def test_control_characters_never_reach_the_article() -> None:
    raw = page("Stray\x00 control\x07 characters\x1b in\x0b a paragraph of text.").encode("utf-8")
    assert body(raw) == ["Stray control characters in a paragraph of text."]


def test_soft_hyphens_leave_whole_words() -> None:
    # Written out or as references, in HTML and in text: "Mittelalter", not "Mit-tel-al-ter"
    # with invisible breaks that split the word for every search.
    words = "Im Mit\xadtel\xadal\xadter war die Stadt ein Zentrum der Wis&shy;sen&#173;schaft."
    assert body(page(words)) == ["Im Mittelalter war die Stadt ein Zentrum der Wissenschaft."]
    text = "Im Mit\xadtel\xadal\xadter war die Stadt ein Zentrum der Wissenschaft.\n\n" * 3
    assert all("\xad" not in p.text for p in clean(text, mode="text").paragraphs)
    assert "Mittelalter" in clean(text, mode="text").text


def test_leading_bom_character_in_a_str_is_dropped() -> None:
    assert decode("\ufeffHello") == "Hello"


def test_a_bom_inside_the_text_is_dropped_too() -> None:
    # Pasted into a paragraph, written out or as a reference: the same text as a BOM at
    # the start of the input (dropped there), so cleaning the article's text again
    # gives it back unchanged (a fuzzing find).
    for raw in ("<p>\ufeffHello world</p>", "<p>&#xFEFF;Hello world</p>"):
        article = clean(raw)
        assert [p.text for p in article.paragraphs] == ["Hello world"]
        assert clean(article.text).text == article.text


# -- HTML or text? --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "<html><p>x</p></html>",
        "  \n<div>text</div>",
        "<p>Just a paragraph</p>",
        "Some preamble\n<html><head><title>t</title></head><body><p>x</p></body></html>",
    ],
)
def test_detects_html(raw: str) -> None:
    assert detect_mode(raw) == "html"


@pytest.mark.parametrize(
    "raw",
    [
        "Plain text.\n\nAnother paragraph.",
        "Home » News » World\n\nHeadline here\n\nBody text.",
        "Use the <p> tag for paragraphs, a writer explained.",
        "1 < 2 and 3 > 2, obviously.",
        "<3 this article",
    ],
)
def test_detects_text(raw: str) -> None:
    assert detect_mode(raw) == "text"


def test_clean_reports_the_mode_it_used() -> None:
    assert clean(page(TEXT)).source == "html"
    assert clean("A headline for the page\n\n" + TEXT).source == "text"
    assert clean(page(TEXT), mode="text").source == "text"
    assert clean("A headline for the page\n\n" + TEXT, mode="html").source == "html"


def test_text_mode_keeps_markup_characters_as_text() -> None:
    article = clean(
        "A headline for the page\n\nUse the <p> tag for paragraphs, a writer explained to us."
    )
    assert [p.text for p in article.paragraphs] == [
        "Use the <p> tag for paragraphs, a writer explained to us."
    ]
