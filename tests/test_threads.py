"""``clean`` from 8 threads at once gives exactly the sequential results.

Global state audit (what could make threads disagree), as of this test:

- ``articlekit._registry._FILTERS``: changed only by ``register_filter`` (under a lock),
  never while cleaning;
- ``articlekit._html``: ``functools.lru_cache`` on pure functions of class/id strings
  (thread-safe, bounded, same answer whoever asks first);
- ``articlekit._limits``: the deadline is a ``ContextVar``, one per thread;
- ``articlekit._parallel``: module globals set once per worker *process*;
- everything else at module level is ``Final`` data (patterns, tables) never mutated.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from articlekit import (
    ArticlekitError,
    CleaningTimeoutError,
    Page,
    Verdict,
    clean,
    default_pipeline,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
THREADS = 8


def _sources() -> list[bytes]:
    folders = sorted(path for path in FIXTURES.iterdir() if path.is_dir())
    found = []
    for folder in folders[::3]:  # a third of the fixtures: both modes, several languages
        for name in ("source.html", "source.txt"):
            if (folder / name).is_file():
                found.append((folder / name).read_bytes())
    return found


def _outcome(raw: bytes | str, **options: object) -> str:
    try:
        return clean(raw, **options).model_dump_json()  # type: ignore[arg-type]
    except ArticlekitError as error:
        return f"{type(error).__name__}: {error}"


def test_eight_threads_give_the_sequential_results() -> None:
    sources = _sources()
    sources += [b"", b"%PDF-1.4", "<div>" * 3000 + "<p>Deep text in a deep page.</p>"]  # type: ignore[list-item]
    assert len(sources) >= 10
    expected = [_outcome(raw) for raw in sources]
    results: list[dict[int, str]] = [{} for _ in range(THREADS)]
    failures: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def work(worker: int) -> None:
        try:
            order = list(range(len(sources)))
            # Each thread cleans half the pages, starting elsewhere: every page is
            # cleaned by four threads, interleaved with the others' pages.
            order = (order[worker:] + order[:worker])[: len(order) // 2 + 1]
            start.wait()
            got = {index: _outcome(sources[index]) for index in order}
            results[worker] = got
        except BaseException as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    for got in results:
        assert len(got) == len(sources) // 2 + 1
        assert got == {index: expected[index] for index in got}


def _slow(page: Page) -> Verdict:
    time.sleep(0.02)
    return Verdict()


def test_threads_with_and_without_timeouts_do_not_interfere() -> None:
    source = _sources()[0]
    expected = _outcome(source)
    slow = default_pipeline().add(_slow, name="slow")
    outcomes: dict[int, str] = {}

    def work(worker: int) -> None:
        if worker % 2:
            outcomes[worker] = _outcome(source)
        else:
            try:
                clean(source, pipeline=slow, timeout=0.001)
                outcomes[worker] = "finished"
            except CleaningTimeoutError:
                outcomes[worker] = "timed out"

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in range(THREADS):
        assert outcomes[worker] == ("timed out" if worker % 2 == 0 else expected)
