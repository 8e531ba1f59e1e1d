"""The Dask integration, run for real: a local cluster of worker processes."""

from __future__ import annotations

import json
import os

import pytest

from articlekit import Drop, Page, RawPage, clean, default_pipeline
from tests.crawl import HTML_FIXTURES

pytest.importorskip("dask.bag", reason='needs "articlekit[dask]"')
distributed = pytest.importorskip("distributed", reason='needs "articlekit[dask]"')

import dask.bag as db  # noqa: E402

from articlekit.integrations.dask import clean_bag, to_record  # noqa: E402

_calls = 0


def short_blocks(page: Page) -> list[Drop]:
    """A custom filter, counting its calls in the process that runs it."""
    global _calls
    _calls += 1
    return [Drop(block, "short_block") for block in page.blocks if len(block.text) < 40]


def calls() -> int:
    return _calls


def dump(article: object) -> str:
    assert article is not None
    return article.model_dump_json()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_bag_on_two_worker_processes_equals_sequential_clean(client: object) -> None:
    pages = [
        RawPage(p.read_bytes(), id=p.parent.name, url=f"https://example.org/{p.parent.name}")
        for p in HTML_FIXTURES
    ]
    items = [*pages[:3], RawPage(b"%PDF-1.4 binary \x00\x01\x02", id="pdf"), *pages[3:]]
    pipeline = default_pipeline().add(short_blocks)
    bag = db.from_sequence(items, npartitions=4)
    results = clean_bag(bag, pipeline=pipeline).compute()
    calls_here = _calls

    assert [r.id for r in results] == [item.id for item in items]
    failed = results[3]
    assert failed.article is None
    assert failed.error_type == "BinaryInputError"
    good = results[:3] + results[4:]
    for result, page in zip(good, pages, strict=True):
        assert dump(result.article) == dump(clean(page.raw, url=page.url, pipeline=pipeline))

    # The work ran in the two worker processes, not here.
    worker_pids = client.run(os.getpid)  # type: ignore[attr-defined]
    assert len(worker_pids) == 2
    assert os.getpid() not in worker_pids.values()
    counts = client.run(calls)  # type: ignore[attr-defined]
    assert sum(counts.values()) == len(pages)
    assert all(count > 0 for count in counts.values())
    assert calls_here == 0
    assert sum(r.article.removed_by_reason().get("short_block", 0) for r in good) > 0


def test_records_are_json_ready(client: object) -> None:
    raw = HTML_FIXTURES[0].read_bytes()
    bag = db.from_sequence([raw, b""], npartitions=2)
    records = clean_bag(bag).map(to_record).compute()
    assert [r["ok"] for r in records] == [True, False]
    assert records[0]["article"] == json.loads(clean(raw).model_dump_json())
    assert records[1]["error_type"] == "EmptyInputError"
    assert json.loads(json.dumps(records)) == records
