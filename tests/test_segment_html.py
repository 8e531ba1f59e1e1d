"""HTML segmentation: what becomes a block, and with which text."""

from __future__ import annotations

from articlekit import segment

JAPANESE = "今日は<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を勉強しました。"


def test_ruby_readings_do_not_split_the_words_they_annotate() -> None:
    page = segment(f"<html><body><p>{JAPANESE * 3}</p></body></html>")
    assert [block.text for block in page.blocks] == ["今日は漢字を勉強しました。" * 3]


def test_an_image_is_not_a_caption_container_whatever_its_class() -> None:
    html = (
        "<html><body><figure><img class='wp-caption-image' src='/a.jpg' alt='A dam'>"
        "<figcaption>The dam at dawn, seen from the north bank.</figcaption></figure>"
        "</body></html>"
    )
    captions = [block for block in segment(html).blocks if block.kind == "caption"]
    assert [(block.text, block.image) for block in captions] == [
        ("The dam at dawn, seen from the north bank.", "/a.jpg")
    ]
