"""Bounded fuzzing of ``articlekit.clean``: run for a time budget, report what broke.

Two engines:

- ``hypothesis`` (default; needs only the test extras): the strategies of
  ``tests/test_properties.py`` (generated HTML, text dumps, fragments) plus fixture pages
  cut, spliced and corrupted at the byte level, in rounds until the budget is spent.
  Every input is checked for the properties the tests state: an Article or an
  ArticlekitError (nothing else), no control character in the output, nothing
  invented, kept + removed = segmented blocks, deterministic, re-cleaning an HTML
  article's own text changes nothing plain text can carry (``recleaning_holds``), and
  no single call over ``--slow`` seconds.
- ``atheris`` (coverage-guided, if ``pip install atheris`` works): raw bytes and
  strings into ``clean``; any exception that is not an ArticlekitError is a crash
  (libFuzzer prints the traceback and saves a ``crash-*`` file; at the end it prints
  ``Done N runs in S second(s)``).

Usage (from the repository root)::

    python scripts/fuzz.py --seconds 300
    python scripts/fuzz.py --engine atheris --seconds 300

Exit status 1 if anything failed; the failing inputs go to ``--out`` (default
``benchmarks/out/fuzz-failures``).
"""

from __future__ import annotations

import argparse
import atexit
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@dataclass
class Tally:
    """What a fuzzing run saw."""

    tried: int = 0
    articles: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    failures: dict[str, bytes | str] = field(default_factory=dict)
    slowest: float = 0.0

    def fail(self, kind: str, raw: bytes | str) -> None:
        if kind not in self.failures:
            print(f"FAILURE {kind}: {raw[:200]!r}", file=sys.stderr)
        self.failures.setdefault(kind, raw)


def _strings(value: object) -> list[str]:
    """Every string inside a dumped model."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def check(raw: bytes | str, tally: Tally, slow: float) -> None:
    """Clean one input and check every property; record what fails."""
    import articlekit
    from tests.test_properties import _CONTROL as CONTROL
    from tests.test_properties import _input_words, _words, recleaning_holds

    tally.tried += 1
    started = time.perf_counter()
    try:
        article = articlekit.clean(raw)
    except articlekit.ArticlekitError as error:
        tally.errors[type(error).__name__] = tally.errors.get(type(error).__name__, 0) + 1
        if "\n" in str(error):
            tally.fail("multi-line error message", raw)
        return
    except Exception as error:  # the bug this looks for
        tally.fail(f"{type(error).__name__} escaped: {error}"[:120], raw)
        traceback.print_exc()
        return
    finally:
        elapsed = time.perf_counter() - started
        tally.slowest = max(tally.slowest, elapsed)
        if elapsed > slow:
            tally.fail(f"slow: {elapsed:.1f} s", raw)
    tally.articles += 1
    dumped = article.model_dump_json()
    if any(CONTROL.search(value) for value in _strings(article.model_dump())):
        tally.fail("control character in output", raw)
    if isinstance(raw, str):  # (for bytes, the decoding decides what the words are)
        source = _input_words(raw)
        for paragraph in article.paragraphs:
            if _words(paragraph.text) - source:
                tally.fail("invented words", raw)
                break
    if articlekit.clean(raw).model_dump_json() != dumped:
        tally.fail("not deterministic", raw)
    page = articlekit.segment(raw)
    run = articlekit.default_pipeline().run(page)
    accounted = sorted([b.index for b in run.page.blocks] + [r.index for r in run.removals])
    if accounted != [b.index for b in page.blocks]:
        tally.fail("blocks not accounted for", raw)
    if article.source == "html":
        try:
            recleaning_holds(article)
        except AssertionError:
            tally.fail("re-cleaning the article's text changed it", raw)


def _fixture_pages() -> list[bytes]:
    pages = []
    for folder in sorted((REPO / "fixtures").iterdir()):
        for name in ("source.html", "source.txt"):
            if (folder / name).is_file():
                pages.append((folder / name).read_bytes())
    return pages


def run_hypothesis(seconds: float, slow: float) -> Tally:
    """Rounds of hypothesis-generated inputs until the budget is spent."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from tests.test_properties import any_input

    pages = _fixture_pages()
    snippets = [
        b"<div>" * 3000,
        b"</p>",
        b"<script>",
        b"<!--",
        b"\x00",
        b"\xff\xfe",
        b"&#1;",
        b"<a " + b"x=1 " * 300 + b">",
        b"<![CDATA[",
        b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;",
        "\ud800".encode("utf-8", "surrogatepass"),
        b"\xef\xbb\xbf",
        b"<meta charset=shift_jis>",
    ]

    @st.composite
    def mutated_page(draw: Callable[..., object]) -> bytes:
        data = bytearray(pages[draw(st.integers(0, len(pages) - 1))])  # type: ignore[call-overload]
        for _ in range(draw(st.integers(1, 6))):  # type: ignore[call-overload]
            where = draw(st.integers(0, len(data)))  # type: ignore[call-overload]
            action = draw(st.sampled_from(["cut", "insert", "flip", "repeat"]))
            if action == "cut":
                data = data[:where]
            elif action == "insert":
                data[where:where] = draw(st.sampled_from(snippets))  # type: ignore[index]
            elif action == "flip" and data:
                data[min(where, len(data) - 1)] ^= draw(st.integers(1, 255))  # type: ignore[operator]
            elif action == "repeat":
                data[where:where] = data[where : where + 200] * 20
        return bytes(data)

    strategy = st.one_of(any_input, mutated_page(), st.binary(max_size=2000), st.text())
    tally = Tally()
    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1

        @settings(
            max_examples=200,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def one(raw: bytes | str) -> None:
            if time.monotonic() < deadline:
                check(raw, tally, slow)

        one()
        print(f"  round {rounds}: {tally.tried} inputs, {len(tally.failures)} failures")
    return tally


def run_atheris(seconds: float, slow: float) -> Tally:
    """Coverage-guided fuzzing of ``clean`` on bytes and strings."""
    import atheris

    with atheris.instrument_imports():
        import articlekit
    tally = Tally()

    def one(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        as_text = provider.ConsumeBool()
        raw: bytes | str = (
            provider.ConsumeUnicode(len(data)) if as_text else provider.ConsumeBytes(len(data))
        )
        tally.tried += 1
        started = time.perf_counter()
        try:
            articlekit.clean(raw)
            tally.articles += 1
        except articlekit.ArticlekitError as error:
            name = type(error).__name__
            tally.errors[name] = tally.errors.get(name, 0) + 1
        finally:
            tally.slowest = max(tally.slowest, time.perf_counter() - started)
            if time.perf_counter() - started > slow:
                tally.fail("slow", raw)

    started = time.monotonic()
    # libFuzzer ends the process itself when the time is up: report from an exit hook.
    atexit.register(lambda: report(tally, "atheris", time.monotonic() - started, None))
    atheris.Setup([sys.argv[0], f"-max_total_time={int(seconds)}", "-rss_limit_mb=4096"], one)
    atheris.Fuzz()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bounded fuzzing of articlekit.clean.")
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument("--seconds", type=float, default=300.0, help="time budget")
    parser.add_argument("--slow", type=float, default=5.0, help="a call slower than this fails")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "fuzz-failures")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.engine == "atheris":
        tally = run_atheris(args.seconds, args.slow)
    else:
        tally = run_hypothesis(args.seconds, args.slow)
    return report(tally, args.engine, time.monotonic() - started, args.out)


def report(tally: Tally, engine: str, elapsed: float, out: Path | None) -> int:
    """Print the summary line and save failing inputs; the exit status."""
    errors = ", ".join(f"{name} {count}" for name, count in sorted(tally.errors.items()))
    print(
        f"fuzz ({engine}): {tally.tried} inputs in {elapsed:.0f} s; "
        f"{tally.articles} articles, errors: {errors or 'none'}; "
        f"slowest call {tally.slowest:.2f} s; failures: {len(tally.failures)}",
        flush=True,
    )
    if not tally.failures:
        return 0
    for number, (kind, raw) in enumerate(tally.failures.items()):
        data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"failure-{number}.bin").write_bytes(data)
        print(f"  {kind}: {data[:120]!r}", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
