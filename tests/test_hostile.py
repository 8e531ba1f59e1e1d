"""Hostile input: limits, pathological structure and sizes, all built in code.

Every input gives an Article or an ArticlekitError with a one-line message, fast.
"""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable

import pytest

import articlekit
from articlekit import (
    DEFAULT_MAX_BYTES,
    ArticlekitError,
    CleaningTimeoutError,
    InputError,
    InputTooLargeError,
    clean,
    default_pipeline,
    segment,
)
from articlekit._guard import MAX_ATTRIBUTES, cap_attributes, cap_depth
from articlekit._limits import check_deadline, check_size, deadline

PROSE = "The river rose overnight, and the town council met at dawn to plan the clean-up work."
ARTICLE = f"<html><body><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"


def timed(function: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


# -- max_bytes ----------------------------------------------------------------------------
def test_default_maximum_is_64_mib() -> None:
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize("kind", [str, bytes])
def test_input_over_max_bytes_is_refused_before_any_work(kind: type) -> None:
    raw = ARTICLE if kind is str else ARTICLE.encode()
    assert clean(raw, max_bytes=len(raw)).paragraphs  # exactly the maximum is fine
    with pytest.raises(InputTooLargeError) as caught:
        clean(raw, max_bytes=len(raw) - 1)
    error = caught.value
    assert isinstance(error, InputError)
    assert (error.size, error.max_bytes) == (len(raw), len(raw) - 1)
    assert "\n" not in str(error)
    assert f"max_bytes={len(raw) - 1:,}" in str(error)
    with pytest.raises(InputTooLargeError):
        segment(raw, max_bytes=10)


def test_default_maximum_applies_and_none_lifts_it() -> None:
    big = b" " * (DEFAULT_MAX_BYTES + 1)
    with pytest.raises(InputTooLargeError, match="more than max_bytes=67,108,864"):
        clean(big)
    check_size(big, None)  # None: no maximum


def test_memoryview_and_bytearray_are_measured_in_bytes() -> None:
    data = ARTICLE.encode()
    for raw in (bytearray(data), memoryview(data)):
        with pytest.raises(InputTooLargeError):
            clean(raw, max_bytes=len(data) - 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0, -1, 1.5, "10", True])
def test_max_bytes_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        clean(ARTICLE, max_bytes=bad)  # type: ignore[arg-type]


# -- timeout ------------------------------------------------------------------------------
def _slow_filter(page: articlekit.Page) -> articlekit.Verdict:
    time.sleep(0.05)
    return articlekit.Verdict()


SLOW = default_pipeline().add(_slow_filter, name="slow_one").add(_slow_filter, name="slow_two")


def test_timeout_stops_between_filters() -> None:
    with pytest.raises(CleaningTimeoutError) as caught:
        clean(ARTICLE, pipeline=SLOW, timeout=0.01)
    error = caught.value
    assert isinstance(error, TimeoutError)  # the builtin, too
    assert isinstance(error, ArticlekitError)
    assert error.timeout == 0.01
    assert "0.01 s timeout" in str(error)
    assert "slow_two" in str(error)  # stopped before the second slow filter
    assert "\n" not in str(error)


def test_timeout_is_caught_as_a_builtin_timeout_error() -> None:
    with pytest.raises(TimeoutError):
        clean(ARTICLE, pipeline=SLOW, timeout=0.01)


def test_a_generous_timeout_changes_nothing() -> None:
    assert clean(ARTICLE, timeout=30) == clean(ARTICLE)


def test_timeout_interrupts_a_long_html_walk() -> None:
    raw = "<html><body>" + "<div><p>word</p></div>" * 100_000 + "</body></html>"
    started = time.perf_counter()
    with pytest.raises(CleaningTimeoutError, match=r"walking the HTML tree|running filter"):
        clean(raw, timeout=0.05)
    assert time.perf_counter() - started < 3  # the parse itself is not interruptible; the walk is


def test_timeout_interrupts_text_segmentation() -> None:
    raw = "\n\n".join(f"Line {i} of a very long dump, with words." for i in range(100_000))
    with pytest.raises(CleaningTimeoutError, match="stopped while"):
        clean(raw, mode="text", timeout=0.02)


@pytest.mark.parametrize("bad", [0, -1, "1", True, float("nan")])
def test_timeout_must_be_positive(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        clean(ARTICLE, timeout=bad)  # type: ignore[arg-type]


def test_deadline_does_not_outlive_the_call() -> None:
    with pytest.raises(CleaningTimeoutError):
        clean(ARTICLE, pipeline=SLOW, timeout=0.01)
    check_deadline()  # no deadline left behind
    assert clean(ARTICLE, pipeline=SLOW).paragraphs


def test_inner_budget_cannot_extend_an_outer_one() -> None:
    with deadline(0.01):
        time.sleep(0.02)
        with deadline(100), pytest.raises(CleaningTimeoutError):
            check_deadline("inner")


def test_timeouts_are_per_thread() -> None:
    """One thread's tiny budget does not touch another thread's call (no signals)."""
    outcomes: dict[str, object] = {}

    def run(name: str, timeout: float | None) -> None:
        try:
            outcomes[name] = clean(ARTICLE, pipeline=SLOW, timeout=timeout)
        except CleaningTimeoutError as error:
            outcomes[name] = error

    threads = [
        threading.Thread(target=run, args=("strict", 0.01)),
        threading.Thread(target=run, args=("free", None)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert isinstance(outcomes["strict"], CleaningTimeoutError)
    assert isinstance(outcomes["free"], articlekit.Article)


def test_new_errors_pickle() -> None:
    for error in (
        InputTooLargeError("too large", size=10, max_bytes=5),
        CleaningTimeoutError("too slow", timeout=1.5),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert copy.__dict__ == error.__dict__


# -- nesting ------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [255, 256, 257, 2047, 2048, 2049, 5_000, 100_000])
def test_text_nested_deeper_than_libxml2_allows_is_kept(depth: int) -> None:
    raw = "<html><body>" + "<div>" * depth + f"<p>{PROSE}</p>" + "</div>" * depth
    article, elapsed = timed(lambda: clean(raw + "</body></html>"))
    assert PROSE in article.text  # type: ignore[attr-defined]
    assert elapsed < 3


@pytest.mark.parametrize(
    "raw",
    [
        "<b>" * 10_000 + f"<p>{PROSE}</p>",
        "<span>" * 10_000 + PROSE + "</span>" * 10_000,
        "<table><tr><td>" * 3_000 + PROSE,
        "<ul><li>" * 5_000 + PROSE,
        "<div><p>" * 5_000 + PROSE,
        "<a href='/x'>" * 5_000 + PROSE,
    ],
    ids=["unclosed-b", "spans", "tables", "lists", "div-p", "links"],
)
def test_deep_markup_of_every_kind(raw: str) -> None:
    article = clean(raw)
    texts = [p.text for p in article.paragraphs] + [r.text for r in article.removed]
    assert PROSE in texts  # kept, or removed on the record (all-link text is link_dense)
    assert not any("<" in text for text in texts)  # no markup leaks out as text


def test_deep_text_everywhere_is_all_kept() -> None:
    depth = 3_000
    raw = "".join(f"<div>level{i} " for i in range(depth)) + "</div>" * depth
    page = segment(raw)
    words = " ".join(block.text for block in page.blocks).split()
    assert words == [f"level{i}" for i in range(depth)]


def test_cap_depth_keeps_text_and_balances_tags() -> None:
    data = b"<div>" * 10 + b"x" + b"</div>" * 10 + b"<p>after</p>"
    capped = cap_depth(data, max_depth=3)
    assert capped.count(b"<div>") == 3
    assert capped.count(b"</div>") == 3
    assert b"x" in capped
    assert capped.endswith(b"<p>after</p>")
    # Raw-text elements and comments are not read as markup.
    tricky = b"<div><script>'<div><div><div>'</script><!-- <div><div> --><p>y</p></div>"
    assert cap_depth(tricky, max_depth=2) == tricky


# -- attributes ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "tag",
    [
        "<div " + " ".join(f'a{i}="v"' for i in range(50_000)) + ">",
        "<div " + " ".join(f"a{i}" for i in range(50_000)) + ">",
        "<div " + "".join(f'a{i}="v"' for i in range(50_000)) + ">",
        "<div title='>' " + " ".join(f"a{i}=x" for i in range(50_000)) + ">",
        "<div " + " ".join("class=x" for _ in range(50_000)) + ">",
    ],
    ids=["quoted", "bare", "unspaced", "gt-in-value", "duplicates"],
)
def test_many_attributes_parse_fast(tag: str) -> None:
    # Without the cap, libxml2 takes ~30 s on 50,000 attributes (quadratic).
    article, elapsed = timed(lambda: clean(f"<html><body>{tag}<p>{PROSE}</p></div></body></html>"))
    assert PROSE in article.text  # type: ignore[attr-defined]
    assert elapsed < 2


def test_attribute_cap_keeps_the_attributes_articlekit_reads() -> None:
    noise = " ".join(f"data-n{i}=1" for i in range(MAX_ATTRIBUTES + 10))
    thinned = cap_attributes(f'<div {noise} class="comments" id="c1" data-n0=2><p>x</p></div>')
    assert 'class="comments"' in thinned
    assert 'id="c1"' in thinned
    assert thinned.count("data-n0=") == 1
    assert "data-n70=1" not in thinned
    assert thinned.endswith("><p>x</p></div>")
    ordinary = '<div class="a b c" id="x" data-json=\'{"a": "> <"}\'>text</div>'
    assert cap_attributes(ordinary) == ordinary


def test_hidden_class_beyond_the_cap_still_hides() -> None:
    noise = " ".join(f"data-n{i}=1" for i in range(200))
    raw = (
        f"<html><body><article><p>{PROSE}</p><div {noise} class='hidden'><p>Secret hidden "
        f"text that nobody sees on the page.</p></div></article></body></html>"
    )
    assert "Secret hidden" not in clean(raw).text


# -- structure ----------------------------------------------------------------------------
def test_noscript_only_article() -> None:
    raw = (
        "<html><body><div id='app'></div><noscript><article><h1>Flood</h1>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></noscript></body></html>"
    )
    assert clean(raw).text == f"{PROSE}\n\n{PROSE}"


def test_noscript_is_ignored_when_the_page_has_its_text() -> None:
    raw = (
        f"<html><body><article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>"
        "<noscript><p>Please enable JavaScript to view the comments.</p></noscript>"
        "</article></body></html>"
    )
    assert "JavaScript" not in clean(raw).text


def test_template_svg_math_and_cdata() -> None:
    raw = (
        f"<html><body><article><template><p>Template text {PROSE}</p></template>"
        f"<p>{PROSE}</p><svg><text>Chart label</text><foreignObject><p>In the chart</p>"
        "</foreignObject></svg><math><mi>x</mi><mo>=</mo><mn>42</mn></math>"
        "<p>Before <![CDATA[a CDATA section]]> after, as browsers show it.</p>"
        "</article></body></html>"
    )
    article = clean(raw)
    assert [p.text for p in article.paragraphs] == [
        PROSE,
        "Before after, as browsers show it.",  # HTML reads CDATA as a bogus comment
    ]


def test_thousands_of_scripts_with_closing_tags_inside() -> None:
    script = "<script>var s = '</p><p>NOT TEXT</p>'; if (a < b && c > d) { go(); }</script>"
    raw = "<html><body>" + script * 5_000 + f"<article><p>{PROSE}</p>"
    raw += f"<script>document.write('</p><div>NOT TEXT</div>')</script><p>{PROSE}</p>"
    article, elapsed = timed(lambda: clean(raw + "</article></body></html>"))
    assert article.text == f"{PROSE}\n\n{PROSE}"  # type: ignore[attr-defined]
    assert elapsed < 2


def test_unclosed_script_style_and_comment() -> None:
    for tail in ("<script>var x = '<p>NOT TEXT", "<style>p { x: '<p>NOT TEXT'", "<!-- <p>NOT"):
        article = clean(f"<html><body><article><p>{PROSE}</p>{tail}")
        assert article.text == PROSE


@pytest.mark.parametrize(
    "head",
    ["<meta charset='utf-8'>", "<title>Flood</title>", "<script>var a = 1;</script>", "<link>"],
)
@pytest.mark.parametrize("tag", ["article", "section", "main", "figure"])
def test_html5_elements_before_any_body_are_read(head: str, tag: str) -> None:
    # libxml2 leaves <article> & co. inside <head> when no <body> opened before them.
    raw = f"{head}<{tag}><p>{PROSE}</p><p>{PROSE}</p></{tag}>"
    assert clean(raw).text == f"{PROSE}\n\n{PROSE}"


def test_embed_does_not_swallow_the_article() -> None:
    raw = f"<html><body><article><embed src='/v.swf'><p>{PROSE}</p></article></body></html>"
    assert clean(raw).text == PROSE


def test_many_figures_are_linear() -> None:
    figure = "<figure><img src='/a.jpg'><figcaption>The harbour at dusk.</figcaption></figure>"
    raw = "<html><body><article>" + (f"<p>{PROSE}</p>" + figure) * 1_500
    article, elapsed = timed(lambda: clean(raw + "</article></body></html>"))
    assert len(article.captions) == 1_500  # type: ignore[attr-defined]
    assert all(c.image == "/a.jpg" for c in article.captions)  # type: ignore[attr-defined]
    assert elapsed < 4  # was quadratic: every caption scanned every image


@pytest.mark.parametrize(
    "raw",
    [
        "<",
        "<>",
        "</p>",
        "<!---->",
        "<!DOCTYPE html>",
        "<?xml version='1.0'?>",
        "<html></html>",
        "<p></p>" * 100,
        "&amp;&lt;&#0;",
        "<p>&#xD800;&#0;&#1;</p>",
        "\u200b\u200b\u200b",
        "<html><body>" + "<br>" * 10_000 + "</body></html>",
        "<p " + "=" * 1000 + ">x</p>",
        "<" * 20_000,
        ">" * 20_000,
        "<a" * 20_000,
        "<!--" * 20_000,
        "&" * 20_000,
        "\r" * 1000 + "x",
        "word " * 50_000,
    ],
)
def test_degenerate_inputs_end_cleanly(raw: str) -> None:
    started = time.perf_counter()
    message = ""
    try:
        clean(raw).model_dump_json()
    except ArticlekitError as error:
        message = str(error)
    assert "\n" not in message
    assert time.perf_counter() - started < 5
