"""``clean_many``: worker processes, input order, per-page errors, laziness."""

from __future__ import annotations

import itertools
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pydantic
import pytest

import articlekit
from articlekit import (
    CleanResult,
    Drop,
    Page,
    RawPage,
    clean,
    clean_many,
    default_pipeline,
)
from tests.helpers import FIXTURES, PROSE, html_page, prose_html

HTML_FIXTURES = sorted(FIXTURES.glob("*/source.html"))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256))

_seen_pids: list[int] = []


def first_paragraph_only(page: Page) -> list[Drop]:
    """Keep only the first body block: an easy effect to see in the output."""
    return [Drop(block, "not_first") for block in page.blocks[1:]]


def record_pid(page: Page) -> list[Drop]:
    """Remember which process ran the pipeline."""
    _seen_pids.append(os.getpid())
    return []


def dump(article: articlekit.Article | None) -> str:
    assert article is not None
    return article.model_dump_json()


@pytest.fixture(scope="module")
def pages() -> list[bytes]:
    assert len(HTML_FIXTURES) >= 10
    return [path.read_bytes() for path in HTML_FIXTURES]


def test_results_equal_sequential_clean_in_input_order(pages: list[bytes]) -> None:
    results = list(clean_many(pages, workers=2, chunksize=3))
    assert [r.index for r in results] == list(range(len(pages)))
    assert all(r.ok and r.error is None and r.error_type is None for r in results)
    assert [dump(r.article) for r in results] == [dump(clean(p)) for p in pages]


def test_one_worker_cleans_in_this_process(pages: list[bytes]) -> None:
    _seen_pids.clear()
    pipeline = default_pipeline().add(record_pid, first=True)
    results = list(clean_many(pages[:3], workers=1, pipeline=pipeline))
    assert _seen_pids == [os.getpid()] * 3
    assert [dump(r.article) for r in results] == [dump(clean(p)) for p in pages[:3]]


def test_a_bad_page_is_reported_and_the_rest_go_on(pages: list[bytes]) -> None:
    items: list[str | bytes] = [pages[0], b"", pages[1], PDF, "   \n ", pages[2]]
    results = list(clean_many(items, workers=2, chunksize=2))
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, False, True, False, False, True]
    assert [r.error_type for r in results] == [
        None,
        "EmptyInputError",
        None,
        "BinaryInputError",
        "EmptyInputError",
        None,
    ]
    assert all(r.error for r in results if not r.ok)
    assert all(r.article is None for r in results if not r.ok)
    assert dump(results[5].article) == dump(clean(pages[2]))


def test_custom_pipeline_runs_in_the_workers(pages: list[bytes]) -> None:
    pipeline = default_pipeline().add(first_paragraph_only)
    results = list(clean_many(pages[:4], workers=2, pipeline=pipeline, chunksize=1))
    for result, page in zip(results, pages[:4], strict=True):
        assert result.article is not None
        assert len(result.article.paragraphs) <= 1
        assert result.article.removed_by_reason().get("not_first", 0) > 0
        assert dump(result.article) == dump(clean(page, pipeline=pipeline))


def test_raw_pages_carry_ids_and_urls() -> None:
    html = html_page(f"<article><h1>Floods</h1>{prose_html()}</article>")
    items = [
        RawPage(html, id="a", url="https://example.org/a"),
        RawPage(b"", id="b"),
        html,
    ]
    results = list(clean_many(items, workers=2))
    assert [r.id for r in results] == ["a", "b", None]
    assert results[0].article is not None
    assert results[0].article.url == "https://example.org/a"
    assert results[2].article is not None
    assert results[2].article.url is None
    assert results[0].article.paragraphs[0].text == PROSE[0]


def test_mode_is_passed_to_the_workers() -> None:
    text = "\n".join(PROSE)
    html = html_page(prose_html())
    results = list(clean_many([text, html], workers=2, mode="text"))
    assert [r.article.source for r in results if r.article] == ["text", "text"]


def test_input_is_read_lazily_with_a_bound() -> None:
    page = html_page(f"<article>{prose_html()}</article>")
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield page

    results = clean_many(endless(), workers=2, chunksize=2)
    first = list(itertools.islice(results, 5))
    results.close()
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    # 2 workers x 3 chunks x 2 pages in flight, refilled after each chunk
    assert taken <= 2 * 3 * 2 + 2 * 2


def test_pipeline_pickles_and_runs_the_same() -> None:
    pipeline = default_pipeline().add(first_paragraph_only).without("byline")
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy == pipeline
    assert copy.names == pipeline.names
    raw = HTML_FIXTURES[0].read_bytes()
    assert dump(clean(raw, pipeline=copy)) == dump(clean(raw, pipeline=pipeline))


def test_results_pickle() -> None:
    result = next(clean_many([HTML_FIXTURES[0].read_bytes()], workers=1))
    assert isinstance(result, CleanResult)
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": 0}, "workers"),
        ({"chunksize": 0}, "chunksize"),
        ({"mode": "pdf"}, "mode"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        clean_many(["<p>x</p>"], **kwargs)  # type: ignore[arg-type]


def test_items_of_another_type_are_refused() -> None:
    with pytest.raises(TypeError, match="RawPage"):
        list(clean_many([42], workers=1))  # type: ignore[list-item]


def pause(page: Page) -> list[Drop]:
    """A filter that only takes time (module level, so that workers can unpickle it)."""
    time.sleep(0.2)
    return []


def test_limits_reach_the_workers(pages: list[bytes]) -> None:
    small, big = pages[0], max(pages, key=len)
    results = list(clean_many([small, big], workers=2, chunksize=1, max_bytes=len(small) + 1))
    assert [r.error_type for r in results] == [None, "InputTooLargeError"]
    slow = default_pipeline().add(pause)
    timed = list(clean_many([small, small], workers=2, pipeline=slow, timeout=0.05))
    assert [r.error_type for r in timed] == ["CleaningTimeoutError"] * 2


def _all_models(article: articlekit.Article) -> list[pydantic.BaseModel]:
    return [*article.paragraphs, *article.captions, *article.removed]


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/source.*")), ids=lambda path: path.parent.name
)
def test_an_article_crosses_between_processes_unchanged(path: Path) -> None:
    """Workers send an article's field values as tuples; the parent's models are the
    worker's, field for field, with the same fields set."""
    from articlekit._parallel import RawPage, _pack, _unpack, clean_one

    result = clean_one(3, RawPage(path.read_bytes(), id="x"))
    received = _unpack(pickle.loads(pickle.dumps(_pack(result))))
    assert (received.index, received.id, received.error) == (3, "x", None)
    sent, got = result.article, received.article
    assert sent is not None
    assert got is not None
    assert got == sent
    assert got.model_dump_json() == sent.model_dump_json()
    assert got.model_fields_set == sent.model_fields_set
    assert [m.model_fields_set for m in _all_models(got)] == [  # type: ignore[attr-defined]
        m.model_fields_set
        for m in _all_models(sent)  # type: ignore[attr-defined]
    ]


def test_a_failed_page_crosses_between_processes_as_its_error() -> None:
    from articlekit._parallel import RawPage, _pack, _unpack, clean_one

    result = clean_one(0, RawPage(b""))
    received = _unpack(pickle.loads(pickle.dumps(_pack(result))))
    assert received == result
    assert received.article is None
    assert received.error_type == "EmptyInputError"
