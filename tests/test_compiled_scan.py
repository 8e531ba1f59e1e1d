"""The compiled page scans (``articlekit._cscan``) answer exactly as the regexes they replace.

``_text._CONTROL`` and ``_guard._LONG_TAG`` are the specification. Skipped (visibly)
only where the package was installed without a C compiler.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import _guard, _text
from articlekit._decode import decode
from articlekit._speedups import compiled
from tests.helpers import FIXTURES
from tests.test_properties import SETTINGS

scan = compiled("_cscan")
pytestmark = pytest.mark.skipif(scan is None, reason="installed without the compiled scans")
UNITS = _guard._SUSPECT_TAG_UNITS


def _expected_control(text: str) -> int:
    found = _text._CONTROL.search(text)
    return -1 if found is None else found.start()


def _expected_starts(text: str, units: int) -> list[int]:
    pattern = re.compile(rf"<[A-Za-z]{_guard._TAG_UNIT}{{{units}}}{_guard._POSSESSIVE}")
    return [match.start() for match in pattern.finditer(text)]


def _check(text: str) -> None:
    assert scan is not None
    assert scan.find_control(text) == _expected_control(text)
    expected_reference = _guard._CONTROL_REFERENCE.search(text) is not None
    assert scan.has_control_reference(text) == expected_reference
    for units in (1, 3, UNITS):
        assert scan.long_tag_starts(text, units) == _expected_starts(text, units)
    plain = all(ord(char) < 0x10000 for char in text) and not _text._UNSPACED.search(text)
    words = len(_text._WORD.findall(text)) if plain else -1
    table = scan.WordTable(_text._CHARACTER_TABLE)
    assert table.count(text) == words
    basic = all(ord(char) < 0x10000 for char in text)
    assert table.join(text) == (" ".join(_text._WORD.findall(text)) if basic else None)
    ascii_table = scan.WordTable(
        bytes(char.isalnum() or char == "_" for char in map(chr, range(128)))
    )
    ascii_words = re.findall(r"\w+", text) if text.isascii() else None
    assert ascii_table.count(text) == (-1 if ascii_words is None else len(ascii_words))
    assert ascii_table.join(text) == (None if ascii_words is None else " ".join(ascii_words))
    assert scan.WordTable(b"").count(text) == (-1 if text else 0)


# Characters that matter to the scans, plus others of every string width.
PIECES = st.sampled_from(
    ["<", ">", '"', "'", "a", "Z", " ", "=", "_", "9", "word", "-", "<a", "<p class='x'>",
     'x="<>"', "\x00", "\x08", "\t", "\n", "\x0b", "\x1f", "\x7f", "\x9f", "\xa0", "é",
     "\ud800", "\udfff", "\ufffd", "\ufffe", "\uffff", "日本", "\U0001f600", "&#1;",
     "\u0301", "λόγος", "слово", "\u0dff", "\u0e01", "٣", "“", "—", "\u203f", "\u200d",
     "\u3005", "ー", "\uff21", "&#", "&", "#", "x", "X", "0", "1", "3", "7", "f", "F", "e", "Ü",
     "&#x", "&#X0", "&#12", "&#127;", "&#129", "&#x9d", "&#65535", "&#xFFFE;", "&#x1F",
     "&#10;", "&#x110000", "&#99999999999", "&amp;", "&#8217;"]
)  # fmt: skip


@SETTINGS
@given(st.lists(PIECES, max_size=60).map("".join))
def test_same_answers_on_generated_text(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain text",
        "<div " + "a=1 " * 300 + ">",  # a long tag
        "<div " + 'a="x" ' * 300,  # never closed
        "<div " + "a " * 100 + "'unclosed" + " b" * 300,  # an unclosed quote ends it
        "<div " + "a " * 100 + "<p " + "b " * 300 + ">",  # a '<' ends the first
        "<1" + "a" * 400,  # not a tag
        "x" * 100 + "\x01" + "y",
        "é" * 50 + "\ud800",
        "\U0001f600" * 10 + "\uffff",
        # the scans read each string width with its own loop
        "é<div " + "a=1 " * 300 + ">\x01",
        "日<div " + 'a="日" ' * 300 + "<p " + "b " * 300 + ">\x7f",
        "\U0001f600<div " + "a='>' " * 300 + ">\ud800",
    ],
)
def test_same_answers_on_corner_cases(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("folder", sorted(path.name for path in FIXTURES.iterdir()))
def test_same_answers_on_real_pages(folder: str) -> None:
    source = next((FIXTURES / folder).glob("source.*"))
    _check(decode(source.read_bytes()))


def test_none_is_refused() -> None:
    assert scan is not None
    with pytest.raises(TypeError):
        scan.find_control(None)
    with pytest.raises(TypeError):
        scan.long_tag_starts(None, UNITS)


@pytest.mark.parametrize(
    "text",
    [
        "Grüße aus München, schöne Straße",
        "Καλημέρα κόσμε, τι κάνεις",
        "Привет, мир! Как дела",
        "café ﬁnal e\u0301te\u0301",  # a ligature and combining accents
        "ภาษาไทย ไม่มีช่องว่าง",
        "東京で会いましょう and then Paris",
        "ＡＢＣ full-width ｶﾀｶﾅ",
        "",
    ],
)
def test_word_counts_skip_the_script_search_only_where_it_finds_nothing(text: str) -> None:
    unspaced = len(_text._UNSPACED.findall(text))
    expected = (
        unspaced + len(_text._WORD.findall(_text._UNSPACED.sub(" ", text)))
        if unspaced
        else len(_text._WORD.findall(text))
    )
    assert _text.count_words(text) == expected


@pytest.mark.parametrize("filler", ["a", "é", "“", "\U0001f600"])
@pytest.mark.parametrize("special", ["\x00", "\x1f", "\x9f", "\ud800", "\uffff", "&#1;", "<p "])
def test_long_texts_are_read_a_chunk_at_a_time_without_missing_a_character(
    filler: str, special: str
) -> None:
    """The scans test 64 characters at once: a special character at any position of a
    long text, in text of each width, is found where the regexes find it."""
    for position in (0, 1, 63, 64, 65, 127, 128, 200, 259):
        text = filler * position + special + filler * (300 - position)
        _check(text)
        _check(text + "\t\n\r" * 40)
    _check(filler * 500)
