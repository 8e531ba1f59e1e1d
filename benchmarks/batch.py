"""Batch benchmark: ``clean_many`` and ``articlekit batch`` with 1 and 2 workers, WARC costs.

All pages of ``../shared/bench`` (both datasets, raw bytes as crawled) are measured:

* ``clean_many(pages, workers=N)`` for N = 1 and 2: pages/s, and the speedup of 2
  workers over 1;
* the whole batch run (``run_batch``: WARC.gz in, JSONL out, errors file, order kept)
  with 1 and 2 workers, over a WARC.gz built from the same pages;
* the WARC reading overhead: the time to read the records alone (FastWARC, through
  articlekit's reader) against the time of the whole run;
* the WARC libraries side by side (FastWARC, and warcio when installed): reading every
  response record, headers and body, from the ``.warc`` and the ``.warc.gz``.

The configurations alternate round by round (``--rounds``, best round kept), so that
noise from other work on the machine hits them alike.

Usage::

    python benchmarks/batch.py                # writes docs/benchmarks.md
    python benchmarks/batch.py --limit 100 --rounds 1 --no-write

It skips cleanly, with a message, when ``../shared/bench`` is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shlex
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for path in (HERE, REPO):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from _data import load_scrapinghub, load_trafilatura_dev, resolve_bench_dir  # noqa: E402
from _docs import write_section  # noqa: E402

from tests.crawl import Fetched, write_warc  # noqa: E402  (the tests' WARC writer)


def load_pages(bench: Path, limit: int | None) -> list[tuple[str, bytes]]:
    """``(url, raw bytes)`` of every bench page, both datasets."""
    pages: list[tuple[str, bytes]] = []
    for page in load_scrapinghub(bench):
        pages.append((page.url or f"https://scrapinghub.invalid/{page.id}", page.read_html()))
    for snippet_page in load_trafilatura_dev(bench):
        url = snippet_page.url or f"https://trafilatura.invalid/{snippet_page.id}"
        pages.append((url, snippet_page.read_html()))
    return pages[:limit] if limit else pages


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``run()``."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start, cpu_seconds() - cpu


def spin(n: int) -> int:
    """A pure-Python CPU loop: what 2 processes gain on this machine, code aside."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def spin_processes(workers: int, n: int = 5_000_000) -> None:
    if workers == 1:
        spin(n)
        spin(n)
        return
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(spin, [n, n]))


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh, record_types=WarcRecordType.response):
            record.headers.get("WARC-Target-URI")
            record.http_content_type  # noqa: B018
            record.reader.read()
            count += 1
    return count


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            record.rec_headers.get_header("WARC-Target-URI")
            if record.http_headers is not None:
                record.http_headers.get_header("Content-Type")
            record.content_stream().read()
            count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", metavar="DIR", help="benchmark data (default ../shared/bench)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--rounds", type=int, default=2, help="rounds; the best is kept")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/")
    args = parser.parse_args(argv)

    bench = resolve_bench_dir(args.bench)
    if not (bench / "scrapinghub").is_dir() or not (bench / "trafilatura-dev").is_dir():
        print(f"batch benchmark skipped: no benchmark data at {bench}", file=sys.stderr)
        return 0
    try:
        import fastwarc  # noqa: F401
    except ImportError:
        print('batch benchmark skipped: needs pip install "articlekit[warc]"', file=sys.stderr)
        return 0

    import articlekit
    from articlekit import RawPage, clean_many
    from articlekit._batch import run_batch
    from articlekit._sources import Inputs

    pages = load_pages(bench, args.limit)
    count = len(pages)
    megabytes = sum(len(raw) for _, raw in pages) / 1e6
    print(f"{count} pages, {megabytes:.1f} MB of HTML", file=sys.stderr)
    for _, raw in pages[:20]:  # warm-up: imports, compiled patterns
        list(clean_many([raw], workers=1))

    work = Path(tempfile.mkdtemp(prefix="articlekit-batch-"))
    fetched = [Fetched(url, raw) for url, raw in pages]
    warc_gz = write_warc(work / "bench.warc.gz", fetched)
    warc = write_warc(work / "bench.warc", fetched)

    def many(workers: int) -> None:
        items = (RawPage(raw, url=url) for url, raw in pages)
        for _ in clean_many(items, workers=workers):
            pass

    def batch(workers: int) -> None:
        out = work / f"out-{workers}.jsonl"
        summary = run_batch(Inputs([warc_gz]), out, workers=workers, force=True)
        assert summary.pages == count, summary

    def read_only() -> None:
        assert sum(1 for _ in Inputs([warc_gz])) == count

    timings: dict[str, list[tuple[float, float]]] = {}
    runs: list[tuple[str, Callable[[], object]]] = [
        ("spin 1", lambda: spin_processes(1)),
        ("spin 2", lambda: spin_processes(2)),
        ("clean_many 1", lambda: many(1)),
        ("clean_many 2", lambda: many(2)),
        ("batch 1", lambda: batch(1)),
        ("batch 2", lambda: batch(2)),
        ("read", read_only),
    ]
    libraries: list[tuple[str, Callable[[Path], int]]] = [("FastWARC", read_fastwarc)]
    try:
        import warcio  # noqa: F401

        libraries.append(("warcio", read_warcio))
    except ImportError:
        print("warcio not installed: FastWARC alone in the library table", file=sys.stderr)
    for name, reader in libraries:
        for path in (warc, warc_gz):
            key = f"{name} {path.name}"
            runs.append((key, lambda reader=reader, path=path: reader(path)))
    for round_number in range(args.rounds):
        for name, run in runs:
            seconds, cpu = timed(run)
            timings.setdefault(name, []).append((seconds, cpu))
            print(
                f"round {round_number + 1}: {name:<28} {seconds:7.2f} s wall {cpu:7.2f} s CPU",
                file=sys.stderr,
            )
    best_runs = {name: min(values) for name, values in timings.items()}
    best = {name: wall for name, (wall, _) in best_runs.items()}
    cpu = {name: used for name, (_, used) in best_runs.items()}

    rate = {name: count / seconds for name, seconds in best.items()}
    speedup_many = rate["clean_many 2"] / rate["clean_many 1"]
    speedup_batch = rate["batch 2"] / rate["batch 1"]
    speedup_spin = best["spin 1"] / best["spin 2"]
    cpu_extra = cpu["clean_many 2"] / cpu["clean_many 1"] - 1
    read = best["read"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    shown = shlex.join(["python", "benchmarks/batch.py", *(argv or sys.argv[1:])])
    lines = [
        "## Batch",
        "",
        f"Measured {dt.date.today().isoformat()} on Python {platform.python_version()}, "
        f"articlekit {articlekit.__version__}, {os.cpu_count()} cores "
        f"(load average {load:.1f} when done). Pages: {count} ({megabytes:.1f} MB of HTML, "
        f"scrapinghub + trafilatura-dev), best of {args.rounds} alternating rounds.",
        "",
        f"Command: `{shown}`",
        "",
        "| run | workers | seconds | CPU seconds | pages/s | speedup |",
        "|---|---:|---:|---:|---:|---:|",
        f"| `clean_many` | 1 | {best['clean_many 1']:.2f} | {cpu['clean_many 1']:.2f} "
        f"| {rate['clean_many 1']:.1f} | 1.00 |",
        f"| `clean_many` | 2 | {best['clean_many 2']:.2f} | {cpu['clean_many 2']:.2f} "
        f"| {rate['clean_many 2']:.1f} | {speedup_many:.2f} |",
        f"| `articlekit batch` WARC.gz to JSONL | 1 | {best['batch 1']:.2f} "
        f"| {cpu['batch 1']:.2f} | {rate['batch 1']:.1f} | 1.00 |",
        f"| `articlekit batch` WARC.gz to JSONL | 2 | {best['batch 2']:.2f} "
        f"| {cpu['batch 2']:.2f} | {rate['batch 2']:.1f} | {speedup_batch:.2f} |",
        f"| pure-Python CPU loop (machine check) | 2 | {best['spin 2']:.2f} "
        f"| {cpu['spin 2']:.2f} | n/a | {speedup_spin:.2f} |",
        "",
        "CPU seconds count this process and its worker processes. The last row is what two "
        "processes gain on this machine for code with no I/O and no data to exchange: the "
        "ceiling for the speedups above (below 2 when the host's cores are shared).",
        "",
        f"With 2 workers, `clean_many` spends {cpu_extra:+.0%} CPU in all against 1 worker "
        "(pages and articles pickled between processes, pool start-up); with two free cores "
        f"that would allow a speedup of about {2 / (1 + cpu_extra):.2f}.",
        "",
        f"WARC reading overhead: reading the {count} records of the WARC.gz alone takes "
        f"{read:.2f} s, {read / best['batch 1']:.1%} of the 1-worker batch run and "
        f"{read / best['batch 2']:.1%} of the 2-worker one (reading happens in the parent "
        "process, while the workers clean).",
        "",
        "| WARC library | file | seconds | records/s |",
        "|---|---|---:|---:|",
    ]
    for name, _ in libraries:
        for path in (warc, warc_gz):
            seconds = best[f"{name} {path.name}"]
            size = path.stat().st_size / 1e6
            rate_records = count / seconds
            lines.append(
                f"| {name} | `{path.name}` ({size:.0f} MB) | {seconds:.3f} | {rate_records:,.0f} |"
            )
    lines += [
        "",
        "Records are read with their headers and whole body, as `articlekit batch` does. "
        "FastWARC reads the WARC input (`articlekit[warc]`).",
    ]
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_section("batch", section)
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
