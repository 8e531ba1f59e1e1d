"""Output records and the containers of one ``clean`` call stay off the garbage
collector's lists, and reference counting still frees them (``articlekit._gc``)."""

from __future__ import annotations

import gc
import sys

import pytest

import articlekit
from articlekit import _gc
from articlekit._model import Paragraph, Removal
from articlekit._speedups import compiled

CWALK = compiled("_cwalk")
pytestmark = pytest.mark.skipif(CWALK is None, reason="installed without the compiled walk")


def test_records_of_strings_and_numbers_are_untracked() -> None:
    paragraph = Paragraph(text="A sentence.", kind="paragraph", level=0)
    removal = Removal(filter="f", reason="r", text="t", kind="paragraph")
    assert gc.is_tracked(paragraph)
    _gc.settle([paragraph, removal])
    assert not gc.is_tracked(paragraph)
    assert not gc.is_tracked(removal)
    assert not gc.is_tracked(paragraph.model_fields_set)


def test_a_record_that_holds_a_container_stays_tracked() -> None:
    class Holder:
        def __init__(self) -> None:
            self.items: list[object] = []

    holder = Holder()
    holder.items.append(holder)  # a cycle: only the collector can free it
    _gc.settle([holder])
    assert gc.is_tracked(holder)


def test_only_tuples_lists_and_dicts_are_untracked_as_containers() -> None:
    blocks: list[object] = [object()]
    _gc.settle_container(blocks)
    assert not gc.is_tracked(blocks)
    with pytest.raises(TypeError):
        _gc.settle_container({1, 2})  # type: ignore[arg-type]


def test_cleaning_frees_everything_it_made() -> None:
    """The article's strings are released when the article is: untracking never keeps a
    record alive."""
    word = "".join(["unmistakable", "word"])  # a string of our own, counted exactly
    html = "<html><body>" + f"<p>{word} one two three four five six.</p>" * 300 + "</body></html>"
    article = articlekit.clean(html)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts
    assert all(word in text for text in texts)
    probe = article.paragraphs[0].text
    before = sys.getrefcount(probe)
    del article, texts
    gc.collect()
    assert sys.getrefcount(probe) < before


def test_built_in_filters_make_the_same_drops_off_the_collectors_lists() -> None:
    from articlekit import Block, Drop
    from articlekit._protocol import new_drop

    block = Block(index=3, kind="paragraph", text="Share this")
    made = new_drop(block, "share_prompt", "phrase 'Share'")
    assert made == Drop(block, "share_prompt", "phrase 'Share'")
    assert type(made) is Drop
    assert new_drop(block, "no_text") == Drop(block, "no_text")
    assert not gc.is_tracked(made)
