"""Scaling benchmark: time per doubling of hostile dimensions, and the largest pages.

Each series doubles one dimension of a page built in code (page size, element count,
nesting depth, attributes per element, text length, scripts, figures, lines of text
mode) and times ``articlekit.clean`` at each size (best of ``--repeat`` runs). Cost
linear in the input shows as a time ratio of about 2 per doubling; the target is at
most 2.3.

Then two large pages, each cleaned in a fresh process so that its peak memory can be
measured: 1,000,000 tiny ``<p>`` (target under 10 s) and a 50 MB article page (target
under 15 s). Peak memory is the process's peak resident set size minus its resident
size just before ``clean`` (after the input is built): what cleaning adds, compared
with the input's size (target at most about 20 times).

Usage (from the repository root)::

    python benchmarks/scaling.py              # everything; writes docs/benchmarks.md
    python benchmarks/scaling.py --quick      # smaller sizes, one run each
    python benchmarks/scaling.py --only depth --no-write
    python benchmarks/scaling.py --big-only

The table goes to stdout and into ``docs/benchmarks.md`` between
``<!-- scaling:start -->`` and ``<!-- scaling:end -->`` (unless ``--no-write``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _docs import write_section  # noqa: E402

MAX_RATIO = 2.3
BIG_P_COUNT = 1_000_000
BIG_P_LIMIT_S = 10.0
BIG_PAGE_BYTES = 50_000_000
BIG_PAGE_LIMIT_S = 15.0
MAX_MEMORY_RATIO = 20.0

_PARAGRAPH = (
    "<p>The council voted on Tuesday to extend the <a href='/tram'>tram line</a> to the "
    "harbour, a project that has been debated for years, and the first trains should run "
    "in 2027, the mayor said.</p>"
)


def article_unit(index: int) -> str:
    """One section of a realistic news page: navigation, article text, figure, junk."""
    return (
        f"<div class='row' id='r{index}'><nav class='menu'><ul>"
        + "".join(f"<li><a href='/s{k}'>Section {k}</a></li>" for k in range(6))
        + "</ul></nav><article class='story'><h2>Council extends the tram line</h2>"
        + _PARAGRAPH * 6
        + "<figure><img src='/img/tram.jpg' alt='A tram'><figcaption>A tram in the city "
        "centre. Photo: Jane Doe/AP</figcaption></figure>"
        + "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'a':1});</script>"
        + "<div class='share'>Share this article on Facebook</div>"
        + "<aside class='related'><h3>Read more</h3><ul><li><a href='/x'>Another story"
        "</a></li></ul></aside></article><!-- a comment --></div>"
    )


def html_page(body: str) -> str:
    """Wrap a body in a page with a head."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Trams | The "
        f"City Paper</title></head><body>{body}</body></html>"
    )


def page_of_units(count: int) -> str:
    """``count`` article sections."""
    return html_page("".join(article_unit(i) for i in range(count)))


def tiny_paragraphs(count: int) -> str:
    """``count`` paragraphs of one short word each."""
    return html_page("<p>word</p>" * count)


def nested_blocks(depth: int) -> str:
    """``depth`` nested ``<div>``, each with a class and its own text."""
    return html_page("<div class='box'>text " * depth + _PARAGRAPH + "</div>" * depth)


def nested_inline(depth: int) -> str:
    """``depth`` unclosed ``<b>`` before a paragraph."""
    return html_page("<b>" * depth + _PARAGRAPH * 3)


def crowded_attributes(count: int) -> str:
    """200 paragraphs with ``count`` attributes each."""
    attributes = " ".join(f'data-a{k}="v{k}"' for k in range(count))
    return html_page(f"<p {attributes}>Some words in a paragraph here.</p>" * 200)


def long_text(words: int) -> str:
    """One paragraph of ``words`` words."""
    return html_page("<article><p>" + "lorem ipsum dolor sit amet, " * (words // 5) + "</p>")


def many_scripts(count: int) -> str:
    """``count`` script blocks holding ``</p>`` and tags, then an article."""
    script = "<script>var s = '</p><p>not text</p>'; if (a < b) { go(); }</script>"
    return html_page(script * count + "<article>" + _PARAGRAPH * 5 + "</article>")


def many_figures(count: int) -> str:
    """``count`` figures with images and captions inside one article."""
    figure = (
        "<figure><img src='/a.jpg' alt='x'><figcaption>A view of the harbour at dusk, "
        "photo taken on Monday.</figcaption></figure>"
    )
    return html_page("<article>" + (_PARAGRAPH + figure) * count + "</article>")


def text_lines(count: int) -> str:
    """Flattened text: ``count`` lines of prose, a heading every 20 lines."""
    lines = []
    for index in range(count):
        if index % 20 == 0:
            lines.append("\nA heading for this section\n")
        lines.append(
            "The council voted on Tuesday to extend the tram line to the harbour, "
            f"as it had promised in {1990 + index % 30}."
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class Series:
    """One dimension that doubles."""

    key: str
    what: str
    build: Callable[[int], str]
    sizes: tuple[int, ...]
    quick: tuple[int, ...]
    mode: str = "auto"


SERIES: tuple[Series, ...] = (
    Series(
        "page",
        "page size (article sections)",
        page_of_units,
        (100, 200, 400, 800, 1_600),
        (25, 50, 100),
    ),
    Series(
        "elements",
        "element count (`<p>word</p>`)",
        tiny_paragraphs,
        (12_500, 25_000, 50_000, 100_000, 200_000),
        (10_000, 20_000, 40_000),
    ),
    Series(
        "depth",
        "nesting depth (`<div>` with text)",
        nested_blocks,
        (16_000, 32_000, 64_000, 128_000, 256_000),
        (1_000, 2_000, 4_000),
    ),
    Series(
        "inline-depth",
        "nesting depth (unclosed `<b>`)",
        nested_inline,
        (128_000, 256_000, 512_000, 1_024_000, 2_048_000),
        (32_000, 64_000, 128_000),
    ),
    Series(
        "attributes",
        "attributes per element (200 elements)",
        crowded_attributes,
        (128, 256, 512, 1_024, 2_048),
        (64, 128, 256),
    ),
    Series(
        "text",
        "text length (words in one `<p>`)",
        long_text,
        (200_000, 400_000, 800_000, 1_600_000, 3_200_000),
        (50_000, 100_000, 200_000),
    ),
    Series(
        "scripts",
        "`<script>` blocks",
        many_scripts,
        (40_000, 80_000, 160_000, 320_000, 640_000),
        (5_000, 10_000, 20_000),
    ),
    Series(
        "figures",
        "figures with captions",
        many_figures,
        (1_000, 2_000, 4_000, 8_000, 16_000),
        (500, 1_000, 2_000),
    ),
    Series(
        "text-lines",
        'lines of flattened text (`mode="text"`)',
        text_lines,
        (2_500, 5_000, 10_000, 20_000),
        (2_500, 5_000, 10_000),
        mode="text",
    ),
)


def time_clean(raw: str, mode: str, repeat: int) -> float:
    """Best time of ``repeat`` calls of ``articlekit.clean``."""
    import articlekit

    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        with contextlib.suppress(articlekit.ArticlekitError):
            articlekit.clean(raw, mode=mode, max_bytes=None)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - started)
    return best


@dataclass
class SeriesResult:
    """Sizes, times and ratios of one series."""

    series: Series
    sizes: list[int]
    megabytes: list[float]
    times: list[float]

    @property
    def ratios(self) -> list[float]:
        pairs = zip(self.times, self.times[1:], strict=False)
        return [after / before if before > 0 else float("inf") for before, after in pairs]

    @property
    def worst(self) -> float:
        return max(self.ratios, default=0.0)

    @property
    def fitted(self) -> float:
        """Time ratio per doubling from a least-squares line through log(time)/log(size).

        One noisy point (the machine is shared) moves one step's ratio a lot, the
        fitted slope little: this is the number held against the target.
        """
        xs = [math.log2(size) for size in self.sizes]
        ys = [math.log2(max(seconds, 1e-9)) for seconds in self.times]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
        return float(2**slope)


def run_series(series: Series, quick: bool, repeat: int) -> SeriesResult:
    """Time one series, smallest size first."""
    sizes = list(series.quick if quick else series.sizes)
    time_clean(series.build(sizes[0]), series.mode, 1)  # warm-up: imports, caches
    times, megabytes = [], []
    for size in sizes:
        raw = series.build(size)
        megabytes.append(len(raw.encode("utf-8")) / 1e6)
        once = time_clean(raw, series.mode, 1)
        extra = repeat + 2 if once < 0.5 else repeat - 1  # fast sizes are the noisy ones
        times.append(min(once, time_clean(raw, series.mode, extra)) if extra > 0 else once)
        print(f"  {series.key:<13} {size:>9,}  {megabytes[-1]:8.2f} MB  {times[-1]:8.3f} s")
    return SeriesResult(series, sizes, megabytes, times)


# --------------------------------------------------------------------------- big pages


def _rss_now() -> int:
    """Current resident set size in bytes (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def repeated_fixture(target: int) -> str:
    """A real page (the median-sized HTML fixture) whose body is repeated to ``target``."""
    from articlekit._decode import decode

    pages = sorted(
        (decode(path.read_bytes()) for path in (REPO / "fixtures").glob("*/source.html")),
        key=len,
    )
    page = pages[len(pages) // 2]
    lower = page.lower()
    start = lower.find(">", lower.find("<body")) + 1
    end = lower.rfind("</body>")
    body = page[start:end]
    return page[:start] + body * (target // len(body.encode("utf-8")) + 1) + page[end:]


BIG_CASES = {
    "million-p": f"{BIG_P_COUNT:,} tiny `<p>`",
    "50mb-real": "a real page (median fixture) whose body repeats to 50 MB",
    "50mb-dense": "50 MB of dense synthetic article sections (a block per 160 bytes)",
}


def build_big(case: str, quick: bool) -> str:
    """The input of a big case."""
    scale = 10 if quick else 1
    if case == "million-p":
        return tiny_paragraphs(BIG_P_COUNT // scale)
    if case == "50mb-real":
        return repeated_fixture(BIG_PAGE_BYTES // scale)
    unit_size = len(article_unit(0).encode("utf-8"))
    return page_of_units(max(1, BIG_PAGE_BYTES // scale // unit_size))


def child(case: str, quick: bool) -> None:
    """Run one big case in this (fresh) process; print a JSON line with the results."""
    import articlekit

    articlekit.clean(tiny_paragraphs(10))  # imports and first-call setup
    raw = build_big(case, quick)
    size = len(raw.encode("utf-8"))
    gc.collect()
    before = _rss_now()
    started = time.perf_counter()
    article = articlekit.clean(raw, max_bytes=None)
    elapsed = time.perf_counter() - started
    # The peak may predate clean (building the input); then this overstates, never hides.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(
        json.dumps(
            {
                "case": case,
                "bytes": size,
                "seconds": elapsed,
                "extra_bytes": max(0, peak - before),
                "paragraphs": len(article.paragraphs),
                "removed": len(article.removed),
            }
        )
    )


def run_big(case: str, quick: bool) -> dict[str, float | str]:
    """Run a big case in a subprocess and return its measurements."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", case]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed:\n{done.stderr[-2000:]}")
    result: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- report


def _fmt_ratios(result: SeriesResult) -> str:
    return ", ".join(f"{ratio:.2f}" for ratio in result.ratios)


def report(
    results: list[SeriesResult], big: list[dict[str, float | str]], argv: Sequence[str]
) -> str:
    """The markdown section."""
    import lxml.etree

    import articlekit

    parts = [
        "## Scaling",
        "",
        f"Measured {dt.date.today().isoformat()} on Python {platform.python_version()}, "
        f"articlekit {articlekit.__version__}, lxml "
        f"{'.'.join(map(str, lxml.etree.LXML_VERSION[:3]))}, {os.cpu_count()} cores "
        "(shared with other jobs; times are the best of the runs).",
        "",
        f"Command: `{' '.join(['python', 'benchmarks/scaling.py', *argv])}`",
    ]
    if results:
        parts += [
            "",
            "Time per doubling of `clean` (best of runs). Linear cost gives 2.0; the "
            f"target is at most {MAX_RATIO}. The fitted ratio is 2 to the slope of a "
            "least-squares line through log time against log size: on a shared machine "
            "one noisy point moves a single step's ratio a lot and the fit little.",
            "",
            "| what doubles | sizes | input MB | seconds | ratio per step | fitted ratio |",
            "|---|---|---|---|---|---:|",
        ]
        for result in results:
            sizes = " → ".join(f"{size:,}" for size in result.sizes)
            megabytes = " → ".join(f"{mb:.2f}" for mb in result.megabytes)
            times = " → ".join(f"{seconds:.3f}" for seconds in result.times)
            flag = "" if result.fitted <= MAX_RATIO else " ✗"
            parts.append(
                f"| {result.series.what} | {sizes} | {megabytes} | {times} | "
                f"{_fmt_ratios(result)} | **{result.fitted:.2f}**{flag} |"
            )
    if big:
        parts += [
            "",
            "Largest pages, each in a fresh process. Memory: peak RSS during `clean` minus "
            "RSS before it, against the input's size.",
            "",
            "| page | input MB | seconds | target | extra peak MB | × input | paragraphs |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for row in big:
            label = BIG_CASES[str(row["case"])]
            size, extra = float(row["bytes"]), float(row["extra_bytes"])
            target = BIG_P_LIMIT_S if row["case"] == "million-p" else BIG_PAGE_LIMIT_S
            parts.append(
                f"| {label} | {size / 1e6:.1f} | {float(row['seconds']):.2f} | "
                f"< {target:g} s | {extra / 1e6:.0f} | "
                f"{extra / size:.1f} | {int(row['paragraphs']):,} |"
            )
    return "\n".join(parts)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time per doubling of hostile dimensions.")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    parser.add_argument("--only", action="append", metavar="KEY", help="series to run")
    parser.add_argument("--big-only", action="store_true", help="only the two large pages")
    parser.add_argument("--no-big", action="store_true", help="skip the two large pages")
    parser.add_argument("--repeat", type=int, default=None, help="runs per size (best kept)")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child, args.quick)
        return 0
    shown = list(sys.argv[1:] if argv is None else argv)
    repeat = args.repeat or (1 if args.quick else 3)
    results: list[SeriesResult] = []
    if not args.big_only:
        for series in SERIES:
            if args.only and series.key not in args.only:
                continue
            results.append(run_series(series, args.quick, repeat))
    big: list[dict[str, float | str]] = []
    if not args.no_big and not args.only:
        for case in BIG_CASES:
            big.append(run_big(case, args.quick))
            print(f"  {case}: {big[-1]}")
    section = report(results, big, shown)
    print(section)
    if not args.no_write and not args.quick:
        write_section("scaling", section)
    failed = [r.series.key for r in results if r.fitted > MAX_RATIO]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
