"""Encodings and characters: every input decodes to the right text; output is clean text.

Inputs are built in code by encoding a known string, so each test knows the answer.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zipfile

import pytest

from articlekit import Article, BinaryInputError, clean, segment

WESTERN = "Über den Fluß: „Grüße“ – café crème, naïve façade, 50 €, and the river’s edge."
SAMPLES = {
    "shift_jis": "東京の天気は晴れです。今日は多くの人が公園を散歩しました。桜が綺麗でした。",
    "euc-jp": "東京の天気は晴れです。今日は多くの人が公園を散歩しました。桜が綺麗でした。",
    "gb18030": "北京今天天气晴朗。许多人在公园里散步，欣赏美丽的花朵和绿树，孩子们在草地上玩耍。",
    "big5": "台北今天天氣晴朗。許多人在公園裡散步，欣賞美麗的花朵和綠樹，孩子們在草地上玩耍。",
    "euc-kr": "서울의 날씨는 맑습니다. 오늘 많은 사람들이 공원을 산책했습니다. 좋았습니다.",
    "windows-1251": "Сегодня в Москве солнечно. Многие люди гуляли в парке, а дети играли.",
    "koi8-r": "Сегодня в Москве солнечно. Многие люди гуляли в парке, а дети играли.",
    "iso-8859-7": "Σήμερα στην Αθήνα έχει ήλιο. Πολλοί άνθρωποι περπάτησαν στο πάρκο σήμερα.",
    "cp1252": WESTERN,
}


def page(text: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>Page</title></head><body><article><p>{text}</p>"
        "</article></body></html>"
    )


def body(raw: bytes | str) -> str:
    return clean(raw).text


@pytest.mark.parametrize("encoding", list(SAMPLES))
@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="{}">',
        '<meta http-equiv="Content-Type" content="text/html; charset={}">',
        "",
        '<meta charset="utf-8">',  # a lie
    ],
    ids=["meta-charset", "http-equiv", "undeclared", "lying-utf8"],
)
def test_each_encoding_decodes_to_its_text(encoding: str, declaration: str) -> None:
    text = SAMPLES[encoding]
    raw = page(text, declaration.format(encoding)).encode(encoding)
    assert body(raw) == text


def test_xml_declaration_names_the_charset() -> None:
    text = SAMPLES["shift_jis"]
    raw = ('<?xml version="1.0" encoding="Shift_JIS"?>' + page(text)).encode("shift_jis")
    assert body(raw) == text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    for text in (WESTERN, SAMPLES["gb18030"]):
        assert body(bom + page(text).encode(codec)) == text


def test_bom_wins_over_a_lying_declaration() -> None:
    raw = codecs.BOM_UTF16_LE + page(WESTERN, '<meta charset="windows-1252">').encode("utf-16-le")
    assert body(raw) == WESTERN


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_a_bom(codec: str) -> None:
    for text in (WESTERN, SAMPLES["shift_jis"]):
        assert body(page(text, '<meta charset="utf-16">').encode(codec)) == text


def test_cp1252_bytes_labelled_utf8() -> None:
    assert body(page(WESTERN, '<meta charset="utf-8">').encode("cp1252")) == WESTERN


def test_utf8_labelled_latin1_stays_readable() -> None:
    # The label lies the other way: the bytes are valid UTF-8 but declared Latin-1.
    # Latin-1 decodes anything, so the label wins; the text must still be text.
    article = clean(page(WESTERN, '<meta charset="iso-8859-1">').encode("utf-8"))
    assert "caf" in article.text


def test_a_charset_that_python_does_not_know() -> None:
    assert body(page(WESTERN, '<meta charset="x-no-such-charset">').encode("utf-8")) == WESTERN


def test_a_few_bad_bytes_in_a_multibyte_page() -> None:
    text = SAMPLES["shift_jis"]
    raw = page(text, '<meta charset="shift_jis">').encode("shift_jis")
    broken = raw.replace("公園".encode("shift_jis"), b"\x81\xff\x81\xff")
    result = body(broken)
    assert result.startswith("東京の天気は晴れです。")
    assert "\ufffd" in result or "公園" not in result


# -- characters that must never reach the output -----------------------------------------
_FORBIDDEN = {chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}
_FORBIDDEN |= {chr(c) for c in range(0x7F, 0xA0)} | {"\ufffe", "\uffff"}


def _all_strings(article: Article) -> list[str]:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(article.model_dump())
    return found


def assert_clean_text(article: Article) -> None:
    for value in _all_strings(article):
        assert not set(value) & _FORBIDDEN, repr(value)
        assert not any(0xD800 <= ord(char) <= 0xDFFF for char in value), repr(value)
        value.encode("utf-8")  # no lone surrogate
    json.loads(article.model_dump_json())


PROSE = "The river rose overnight, and the town council met at dawn to plan the work."


@pytest.mark.parametrize(
    "raw",
    [
        f"<p>{PROSE} a\x00b\x01c\x08d\x0be\x1bf\x7fg\x85h\x9fi</p>",
        f"<p>{PROSE} lone \ud800 high and \udfff low surrogates</p>",
        f"{PROSE}\n\nA line with \x00 NUL and \x07 bell and \ud83d half an emoji.\n",
        f"<p>{PROSE} refs: a&#0;b&#1;c&#x7;d&#x7f;e&#128;f&#x85;g&#xD800;h&#xDFFF;i"
        "&#xFFFE;j&#xFFFF;k&#x110000;l&#99999999999;m</p>",
        f'<html><head><title>T&#1;itle&#x9f;</title><meta name="description" '
        f'content="d&#2;e"><meta name="author" content="Ann&#3;a Doe"></head><body><article>'
        f"<figure><img src='a&#4;.jpg' alt='al&#5;t'><figcaption>Cap&#6;tion. Photo: AP"
        f"</figcaption></figure><p>{PROSE}</p></article></body></html>",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Head\\u0001line \\ud800", "author": {"name": "Jo\\u0000e"}, '
        '"description": "x\\u009fy"}</script></head><body><article>'
        f"<p>{PROSE}</p></article></body></html>",
    ],
    ids=["raw-controls", "lone-surrogates", "text-mode", "char-refs", "metadata", "json-ld"],
)
def test_output_never_holds_control_characters(raw: str) -> None:
    article = clean(raw)
    assert_clean_text(article)
    assert PROSE in article.text


def test_controls_in_bytes_input() -> None:
    raw = f"<p>{PROSE} a\x01b\x7fc</p>".encode() + b"\xed\xa0\x80"  # encoded surrogate
    assert_clean_text(clean(raw))


def test_a_stripped_control_leaves_no_double_space() -> None:
    article = clean(f"<p>{PROSE} one &#1; two</p>")
    assert article.paragraphs[0].text.endswith("one two")


# -- bytes that are not text ------------------------------------------------------------
def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", page(PROSE))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG"),
        (gzip.compress(page(PROSE).encode()), "gzip"),
        (_zip(), "ZIP"),
        (b"GIF89a" + bytes(32), "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "RIFF"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "executable"),
    ],
    ids=["pdf", "png", "jpeg", "gzip", "zip", "gif", "webp", "elf"],
)
def test_binary_formats_are_refused_in_one_line(raw: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError) as caught:
        clean(raw)
    message = str(caught.value)
    assert what.lower() in message.lower()
    assert "\n" not in message
    assert len(message) < 120


def test_filters_never_see_control_characters_from_references() -> None:
    raw = f"<p>{PROSE} a&#1;b &#x7F; c&#129;d &#65534; &#X1f;e&#0000012;f</p>"
    (block,) = segment(raw).blocks
    assert not set(block.text) & _FORBIDDEN
    assert block.text.endswith("ab cd ef")
