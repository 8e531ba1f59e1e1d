"""Clean pages on a Dask cluster: :func:`clean_bag`.

Needs ``pip install "articlekit[dask]"``. A Dask bag spreads the pages over the
workers of a cluster (or of a ``LocalCluster`` on one machine); each partition is
cleaned with the same code as :func:`articlekit.clean_many`, and a custom pipeline
travels to the workers by pickling::

    import dask.bag as db
    from dask.distributed import Client
    from articlekit import RawPage
    from articlekit.integrations.dask import clean_bag, to_record

    client = Client("tcp://scheduler:8786")          # or Client() on one machine
    rows = db.read_text("s3://crawl/part-*.jsonl").map(json.loads)
    pages = rows.map(lambda row: RawPage(row["html"], id=row["id"], url=row.get("url")))
    clean_bag(pages).map(to_record).map(json.dumps).to_textfiles("s3://clean/*.jsonl")
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

try:
    import dask.bag as db
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise ImportError(
        'articlekit.integrations.dask needs Dask: pip install "articlekit[dask]"'
    ) from error

from articlekit._decode import Mode
from articlekit._parallel import CleanResult, Item, clean_many
from articlekit._pipeline import Pipeline

__all__ = ["clean_bag", "clean_partition", "to_record"]


def clean_partition(
    items: Iterable[Item], pipeline: Pipeline | None = None, mode: Mode = "auto"
) -> list[CleanResult]:
    """Clean one partition in the calling process, in order (the task :func:`clean_bag` runs).

    A page that fails gives a result with the error; the partition goes on.
    """
    return list(clean_many(items, workers=1, pipeline=pipeline, mode=mode))


def clean_bag(bag: db.Bag, *, pipeline: Pipeline | None = None, mode: Mode = "auto") -> db.Bag:
    """A bag of :class:`~articlekit.CleanResult`, one per page of ``bag``, in bag order.

    Args:
        bag: Pages: ``str``/``bytes`` HTML or text, or :class:`~articlekit.RawPage` to
            carry an id and a URL.
        pipeline: The filters (default pipeline if ``None``); pickled into the tasks.
        mode: ``"html"``, ``"text"`` or ``"auto"``.

    ``CleanResult.index`` counts within each partition; use ``RawPage.id`` to name pages.
    Nothing runs until the bag is computed or written.
    """
    cleaned: db.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        clean_partition, pipeline=pipeline, mode=mode
    )
    return cleaned


def to_record(result: CleanResult) -> dict[str, Any]:
    """A JSON-ready dict of a result: ``id``, ``ok``, ``error_type``, ``error``, ``article``.

    Useful before ``to_textfiles`` or ``to_dataframe``.
    """
    article = None if result.article is None else json.loads(result.article.model_dump_json())
    return {
        "id": result.id,
        "ok": result.ok,
        "error_type": result.error_type,
        "error": result.error,
        "article": article,
    }
