"""Accuracy benchmark: articlekit against trafilatura on the shared benchmark pages.

Usage (from the repository root)::

    python benchmarks/accuracy.py                      # everything, updates docs/benchmarks.md
    python benchmarks/accuracy.py --limit 20 --no-write
    python benchmarks/accuracy.py --only trafilatura   # scorer sanity check against the README
    python benchmarks/accuracy.py --dataset text

The metrics are the ones defined in the bench README (``../shared/bench/README.md``);
the scoring code lives in ``benchmarks/_data.py``. Results go to stdout as markdown
tables, into ``docs/benchmarks.md`` between ``<!-- accuracy:start -->`` and
``<!-- accuracy:end -->`` (HTML pages) and between ``<!-- accuracy-text:start -->`` and
``<!-- accuracy-text:end -->`` (text mode), each only for the datasets run (unless
``--no-write``), and page by page into
``benchmarks/out/accuracy-pages.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import logging
import platform
import shlex
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _data import (  # noqa: E402
    JUNK_KINDS,
    ArticleRegion,
    BodyScore,
    ScrapinghubPage,
    SnippetPage,
    SnippetResult,
    caption_separated,
    compact,
    contains,
    html_captions,
    is_duplicated_headline,
    load_scrapinghub,
    load_trafilatura_dev,
    match_junk,
    match_snippets,
    normalize_ws,
    parse_html,
    reference_headline,
    resolve_bench_dir,
    score_body,
    scrapinghub_region,
    snippet_region,
    summarize_bodies,
    summarize_snippets,
    word_key,
)
from _docs import DOCS_PATH, write_section  # noqa: E402

PAGES_JSON = HERE / "out" / "accuracy-pages.json"
DATASETS = ("scrapinghub", "trafilatura-dev", "text")
# A caption of the extractor this long or longer that a missed caption's markup text
# holds (or that holds it) is the same caption with other words around it.
SAME_CAPTION_CHARS = 20

# --------------------------------------------------------------------------- extractors


@dataclass
class Output:
    """What an extractor produced for one page, in the shape the scorers need."""

    text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    # articlekit's removal log: (filter, reason, text) of every block a filter removed.
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    error: str | None = None

    @property
    def empty(self) -> bool:
        """No text although the extractor returned normally."""
        return self.error is None and not self.text.strip()


Extract = Callable[[bytes | str], Output]


@dataclass
class Extractor:
    """A named extractor run over the HTML pages."""

    key: str
    label: str
    run: Extract
    has_captions: bool


def _error(exc: BaseException) -> str:
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _article_output(article: Any) -> Output:
    paragraphs = [str(p.text or "") for p in article.paragraphs]
    captions = [(str(c.text or ""), str(c.credit) if c.credit else None) for c in article.captions]
    title = str(article.title) if article.title else None
    removed = [(str(r.filter), str(r.reason), str(r.text)) for r in article.removed]
    return Output(
        text=str(article.text or ""),
        paragraphs=paragraphs,
        title=title,
        captions=captions,
        removed=removed,
    )


def removed_by(out: Output, snippet: str, min_chars: int = 1) -> str:
    """``filter/reason`` of the removal that took a missed snippet (the first block
    removed whose text holds the snippet, else the longest one of at least ``min_chars``
    characters that the snippet holds), else ``""`` (the extractor never made a block
    of it, or the snippet spans blocks)."""
    wanted = normalize_ws(snippet)
    best, best_len = "", min_chars - 1
    for name, reason, text in out.removed:
        block = normalize_ws(text)
        if not block:
            continue
        if wanted in block:
            return f"{name}/{reason}"
        if len(block) > best_len and block in wanted:
            best, best_len = f"{name}/{reason}", len(block)
    return best


def missed_snippet_causes(records: list[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """Per extractor with a removal log, how many missed ``with`` snippets each
    ``filter/reason`` took, most first (``""``: no removal holds the snippet)."""
    causes: dict[str, Counter[str]] = {}
    for record in records:
        for key, result in record["results"].items():
            for cause in result.get("with_missed_by", ()):
                causes.setdefault(key, Counter())[cause] += 1
    # An extractor without a removal log (trafilatura) says nothing here.
    return {key: c.most_common() for key, c in causes.items() if set(c) != {""}}


def articlekit_runner(module: ModuleType, mode: str | None = None) -> Extract:
    """``articlekit.clean(raw)`` (or with ``mode=``); any exception counts as raised."""

    def run(raw: bytes | str) -> Output:
        try:
            article = module.clean(raw) if mode is None else module.clean(raw, mode=mode)
            return _article_output(article)
        except Exception as exc:
            return Output(error=_error(exc))

    return run


def trafilatura_runner(**options: Any) -> Extract:
    """``trafilatura.extract(raw, include_comments=False, **options)``; lines are paragraphs."""
    import trafilatura

    def run(raw: bytes | str) -> Output:
        try:
            text = trafilatura.extract(raw, include_comments=False, **options) or ""
        except Exception as exc:
            return Output(error=_error(exc))
        return Output(text=text, paragraphs=[ln for ln in text.splitlines() if ln.strip()])

    return run


def _load_articlekit() -> ModuleType:
    module = importlib.import_module("articlekit")
    if not callable(getattr(module, "clean", None)):
        # e.g. ``src/articlekit`` without ``__init__.py`` imports as a namespace package
        raise ImportError(f"articlekit at {getattr(module, '__path__', '?')} has no clean()")
    return module


def import_articlekit() -> tuple[ModuleType | None, str | None]:
    """Import articlekit, falling back to ``src/`` when it is not installed."""
    try:
        return _load_articlekit(), None
    except Exception as exc:
        first_error = _error(exc)
    src = REPO / "src"
    if (src / "articlekit").is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
        for name in [m for m in sys.modules if m == "articlekit" or m.startswith("articlekit.")]:
            del sys.modules[name]
        try:
            return _load_articlekit(), None
        except Exception as exc:
            return None, _error(exc)
    return None, first_error


# --------------------------------------------------------------------------- tallies


@dataclass
class HtmlStats:
    """Running tallies of one extractor over the HTML pages."""

    bodies: list[BodyScore] = field(default_factory=list)
    snippets: list[SnippetResult] = field(default_factory=list)
    junk_leaked: Counter[str] = field(default_factory=Counter)
    junk_total: Counter[str] = field(default_factory=Counter)
    captions_total: int = 0
    captions_separated: int = 0
    caption_pages: int = 0
    headline_pages: int = 0
    duplicated_pages: int = 0
    pages: int = 0
    raised: int = 0
    empty: int = 0
    errors: Counter[str] = field(default_factory=Counter)


@dataclass
class TextStats:
    """Running tallies of one text-mode variant over the flattened text pages."""

    bodies: list[BodyScore] = field(default_factory=list)
    headline_pages: int = 0
    duplicated_pages: int = 0
    captions_found: int = 0
    pages: int = 0
    raised: int = 0
    empty: int = 0
    errors: Counter[str] = field(default_factory=Counter)


def _common(stats: HtmlStats, out: Output, headline: str | None) -> dict[str, Any]:
    stats.pages += 1
    if out.error is not None:
        stats.raised += 1
        stats.errors[out.error.split(":", 1)[0]] += 1
    elif out.empty:
        stats.empty += 1
    duplicated = False
    if headline:
        stats.headline_pages += 1
        duplicated = is_duplicated_headline(out.paragraphs, headline, out.title)
        stats.duplicated_pages += duplicated
    return {"raised": out.error, "empty": out.empty, "dup_headline": duplicated}


def _captions(
    stats: HtmlStats, out: Output, captions: Sequence[str], record: dict[str, Any]
) -> None:
    if not captions:
        return
    text = compact(out.text)
    missed = [c for c in captions if not caption_separated(c, out.captions, text)]
    stats.caption_pages += 1
    stats.captions_total += len(captions)
    stats.captions_separated += len(captions) - len(missed)
    record["captions_missed"] = missed
    record["captions_in_text"] = [c for c in missed if compact(c) in text]
    record["captions_missed_by"] = [caption_miss_cause(out, c, text) for c in missed]


def caption_miss_cause(out: Output, caption: str, text_compact: str) -> str:
    """Why a caption of the markup was not found apart: ``"in the main text"``, ``"kept,
    other words around it"`` (a caption of the extractor's is part of the markup's text,
    or holds it: labels, toggles, counters, a preview copy), the ``filter/reason`` that
    removed the longest block of it, or ``""`` (no block of the extractor's holds it)."""
    if compact(caption) in text_compact:
        return "in the main text"
    key = word_key(caption)
    for own, _ in out.captions:
        own_key = word_key(own)
        if len(own_key) >= SAME_CAPTION_CHARS and (own_key in key or key in own_key):
            return "kept, other words around it"
    return removed_by(out, caption, min_chars=SAME_CAPTION_CHARS)


def missed_caption_causes(records: list[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """Per extractor with captions, how many missed captions each cause took, most first."""
    causes: dict[str, Counter[str]] = {}
    for record in records:
        for key, result in record["results"].items():
            for cause in result.get("captions_missed_by", ()):
                causes.setdefault(key, Counter())[cause or "never a block"] += 1
    return {key: c.most_common() for key, c in causes.items()}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --------------------------------------------------------------------------- progress


class Progress:
    """``[#####.....] 123/687 pages`` on a TTY, a line every 100 pages otherwise."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream
        self.width = width
        self.tty = stream.isatty()
        self.started = time.perf_counter()
        self._last_draw = 0.0

    def step(self) -> None:
        self.done += 1
        if self.tty:
            now = time.perf_counter()
            if now - self._last_draw >= 0.05 or self.done >= self.total:
                self._last_draw = now
                filled = self.width * self.done // self.total
                bar = "#" * filled + "." * (self.width - filled)
                self.stream.write(f"\r[{bar}] {self.done}/{self.total} pages")
                self.stream.flush()
        elif self.done % 100 == 0 or self.done == self.total:
            elapsed = time.perf_counter() - self.started
            self.stream.write(f"{self.done}/{self.total} pages ({elapsed:.0f}s)\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- the run


@dataclass
class Run:
    """All the state of one benchmark run."""

    extractors: list[Extractor]
    text_variants: list[tuple[str, str, Extract | None]]
    html: dict[str, HtmlStats] = field(default_factory=dict)
    text: dict[str, TextStats] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    regions: Counter[str] = field(default_factory=Counter)
    caption_pages: int = 0
    captions: int = 0
    headlines: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.html = {e.key: HtmlStats() for e in self.extractors}
        self.text = {key: TextStats() for key, _, _ in self.text_variants}

    @property
    def scores_captions(self) -> bool:
        """Whether some extractor is scored on caption separation."""
        return any(ex.has_captions for ex in self.extractors)

    def article_captions(self, region: ArticleRegion, captions: list[str]) -> dict[str, Any]:
        """Tally the page's article region and its captions; the fields for its record."""
        self.regions[region.method] += 1
        self.caption_pages += bool(captions)
        self.captions += len(captions)
        return {"article_region": region.describe(), "captions_to_separate": len(captions)}

    def scrapinghub(self, page: ScrapinghubPage) -> None:
        raw = page.read_html()
        root = parse_html(raw)
        headline = reference_headline(root)
        self.headlines[page.id] = headline
        body = page.body_normalized
        captions: list[str] = []
        caption_fields: dict[str, Any] = {}
        if self.scores_captions:
            # captions inside the article only, and not those that are part of the body
            region = scrapinghub_region(root, page.body)
            captions = [c for c in html_captions(region.element) if not contains(body, c)]
            caption_fields = self.article_captions(region, captions)
        self.counts["scrapinghub"] += 1
        results: dict[str, Any] = {}
        for ex in self.extractors:
            out = ex.run(raw)
            stats = self.html[ex.key]
            record = _common(stats, out, headline)
            score = score_body(page.body, out.text)
            stats.bodies.append(score)
            record.update(
                precision=_round(score.precision),
                recall=_round(score.recall),
                f1=_round(score.f1),
            )
            if ex.has_captions:
                _captions(stats, out, captions, record)
            results[ex.key] = record
        self.records.append(
            {
                "dataset": "scrapinghub",
                "id": page.id,
                "url": page.url,
                "reference_headline": headline,
                **caption_fields,
                "results": results,
            }
        )

    def trafilatura_dev(self, page: SnippetPage) -> None:
        raw = page.read_html()
        root = parse_html(raw)
        headline = reference_headline(root)
        captions: list[str] = []
        caption_fields: dict[str, Any] = {}
        if self.scores_captions:
            region = snippet_region(root, page.with_)
            captions = html_captions(region.element)
            caption_fields = self.article_captions(region, captions)
        self.counts["trafilatura-dev"] += 1
        results: dict[str, Any] = {}
        for ex in self.extractors:
            out = ex.run(raw)
            stats = self.html[ex.key]
            record = _common(stats, out, headline)
            snip = match_snippets(page, out.text)
            stats.snippets.append(snip)
            leaked = []
            for junk, hit in match_junk(page, out.text):
                stats.junk_total[junk.kind] += 1
                stats.junk_leaked[junk.kind] += hit
                if hit:
                    leaked.append({"snippet": junk.snippet, "kind": junk.kind})
            record.update(
                tp=snip.tp,
                fn=snip.fn,
                fp=snip.fp,
                tn=snip.tn,
                with_missed=list(snip.with_missed),
                with_missed_by=[removed_by(out, missed) for missed in snip.with_missed],
                without_leaked=list(snip.without_leaked),
                junk_leaked=leaked,
            )
            if ex.has_captions:
                _captions(stats, out, captions, record)
            results[ex.key] = record
        self.records.append(
            {
                "dataset": "trafilatura-dev",
                "id": page.name,
                "url": page.url,
                "reference_headline": headline,
                **caption_fields,
                "results": results,
            }
        )

    def text_page(self, page: ScrapinghubPage) -> None:
        if page.id not in self.headlines:
            self.headlines[page.id] = reference_headline(parse_html(page.read_html()))
        headline = self.headlines[page.id]
        flat = page.read_text()
        self.counts["text"] += 1
        results: dict[str, Any] = {}
        for key, _, run in self.text_variants:
            if run is None:  # the flattened text as it is
                out = Output(text=flat, paragraphs=[normalize_ws(b) for b in flat.split("\n\n")])
            else:
                out = run(flat)
            stats = self.text[key]
            stats.pages += 1
            if out.error is not None:
                stats.raised += 1
                stats.errors[out.error.split(":", 1)[0]] += 1
            elif out.empty:
                stats.empty += 1
            duplicated = False
            if headline:
                stats.headline_pages += 1
                duplicated = is_duplicated_headline(out.paragraphs, headline, out.title)
                stats.duplicated_pages += duplicated
            stats.captions_found += len(out.captions)
            score = score_body(page.body, out.text)
            stats.bodies.append(score)
            results[key] = {
                "raised": out.error,
                "empty": out.empty,
                "dup_headline": duplicated,
                "captions": len(out.captions),
                "precision": _round(score.precision),
                "recall": _round(score.recall),
                "f1": _round(score.f1),
            }
        self.records.append(
            {
                "dataset": "text",
                "id": page.id,
                "url": page.url,
                "reference_headline": headline,
                "results": results,
            }
        )


# --------------------------------------------------------------------------- reporting


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _share(hits: int, total: int) -> str:
    return "-" if total == 0 else f"{hits / total:.3f} ({hits}/{total})"


def html_table(run: Run) -> str:
    head = [
        "extractor",
        "body F1",
        "body P",
        "body R",
        "snippet acc",
        "snippet P",
        "snippet R",
        "snippet F1",
        "junk leak",
        "leak related",
        "leak share",
        "leak comments",
        "leak cookie",
        "caption sep.",
        "dup headline",
        "raised",
        "empty",
    ]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for ex in run.extractors:
        st = run.html[ex.key]
        row = [ex.label]
        if st.bodies:
            body = summarize_bodies(st.bodies)
            row += [_f(body.f1), _f(body.precision), _f(body.recall)]
        else:
            row += ["-"] * 3
        if st.snippets:
            sn = summarize_snippets(st.snippets)
            row += [_f(sn.accuracy), _f(sn.precision), _f(sn.recall), _f(sn.f1)]
            total = sum(st.junk_total.values())
            row.append(_f(sum(st.junk_leaked.values()) / total) if total else "-")
            for kind in JUNK_KINDS:
                n = st.junk_total[kind]
                row.append(_f(st.junk_leaked[kind] / n) if n else "-")
        else:
            row += ["-"] * (5 + len(JUNK_KINDS))
        row.append(_share(st.captions_separated, st.captions_total) if ex.has_captions else "n/a")
        row.append(_share(st.duplicated_pages, st.headline_pages))
        row += [str(st.raised), str(st.empty)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def text_table(run: Run) -> str:
    head = [
        "text mode",
        "body F1",
        "body P",
        "body R",
        "dup headline",
        "captions found",
        "raised",
        "empty",
    ]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for key, label, runner in run.text_variants:
        st = run.text[key]
        body = summarize_bodies(st.bodies)
        row = [label, _f(body.f1), _f(body.precision), _f(body.recall)]
        row.append(_share(st.duplicated_pages, st.headline_pages))
        row.append("n/a" if runner is None else str(st.captions_found))
        row += [str(st.raised), str(st.empty)] if runner is not None else ["n/a", "n/a"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


NOTES = """\
Metrics as defined in `../shared/bench/README.md`. Body F1/P/R: `scrapinghub` HTML (or
the flattened text for text mode). Snippet and junk-leak scores: `trafilatura-dev`.
Caption sep.: on both HTML datasets, the share of caption texts inside the article
(`figcaption` or a `*caption*` class token, 20 to 1000 chars of visible text: text shown
to screen readers only is left out; on `scrapinghub` only those not in the articleBody)
found in `Article.captions` (texts, or texts with each credit
after or before its text, joined) and not in the main text, all compared on word
characters only (a credit split off may move spaces, brackets and punctuation, and a
credit printed first to after the text, but never changes a word). The article region is
located per page from the ground truth alone, never from an extractor's output: the
parent (the element itself if the parent is `<body>`/`<html>`) of the deepest element
whose whitespace-normalised text contains the first and the last 60 characters of the
articleBody (`scrapinghub`) or all the `with` snippets (`trafilatura-dev`); failing that,
the same with whitespace removed; failing that, the deepest element containing the most
of the starts of the body's first and last three sentences (one at least from each end)
or at least half of the snippets; pages where nothing matches count no captions.
Teaser and related-article cards outside the region are not counted. Dup headline: pages
where a paragraph (trafilatura: a line) equals the first `<h1>` (else `og:title`) or the
extractor's own title, over pages with such a headline, both HTML datasets. Raised: the
call raised (output scored as empty); empty: returned no text without raising. Lower is
better for leak, dup headline, raised and empty."""


def caption_summary(run: Run) -> str | None:
    """Caption pages and captions counted, and how the article regions were found."""
    if not run.regions:
        return None
    methods = ", ".join(
        f"{name} {run.regions[name]}"
        for name in ("normalised", "compact", "partial", "none")
        if run.regions[name]
    )
    lines = [
        f"Caption sep. counted {run.captions} captions on {run.caption_pages} pages; "
        f"article region found by method: {methods}."
    ]
    for key, causes in missed_caption_causes(run.records).items():
        listed = ", ".join(f"{cause} {count}" for cause, count in causes)
        lines.append(f"{key}: captions missed, by cause: {listed}.")
    return "\n\n".join(lines)


def _version(module_name: str) -> str:
    try:
        module = importlib.import_module(module_name)
    except Exception:
        return "not importable"
    version = getattr(module, "__version__", None)
    if version:
        return str(version)
    try:
        from importlib.metadata import version as dist_version

        return dist_version(module_name)
    except Exception:
        return "unknown"


def command_line(argv: Sequence[str]) -> str:
    """The command as it would be typed from the repository root."""
    script = Path(sys.argv[0])
    try:
        shown = str(script.resolve().relative_to(REPO))
    except ValueError:
        shown = str(script)
    return shlex.join(["python", shown, *argv])


TEXT_NOTES = """\
Body F1/P/R: each `scrapinghub/text/<id>.txt` (the page flattened the way a naive
scraper saves it) cleaned as text, scored against the page's `articleBody` as in the
bench README (metric 6). Dup headline: pages where a paragraph equals the first `<h1>`
(else `og:title`) of the page's HTML or articlekit's own title. Captions found: photo
captions recognised in all pages together. The HTML tables are in the section above."""


def report(run: Run, argv: Sequence[str], articlekit: ModuleType | None, part: str = "all") -> str:
    """The markdown section: HTML tables (``part="html"``), the text-mode table
    (``"text"``), or both."""
    ak_version = (
        str(getattr(articlekit, "__version__", "unknown")) if articlekit else "n/a (not run)"
    )
    shown = {"html": ("scrapinghub", "trafilatura-dev"), "text": ("text",)}.get(part, DATASETS)
    counts = ", ".join(f"{name} {run.counts[name]}" for name in shown if run.counts[name])
    parts = [
        "## Accuracy" if part != "text" else "## Accuracy of text mode",
        "",
        f"Measured {dt.date.today().isoformat()} on Python {platform.python_version()}, "
        f"articlekit {ak_version}, trafilatura {_version('trafilatura')}, "
        f"lxml {_version('lxml')}. Pages: {counts or 'none'}.",
        "",
        f"Command: `{command_line(argv)}`",
    ]
    html_ran = run.counts["scrapinghub"] or run.counts["trafilatura-dev"]
    if part != "text" and run.extractors and html_ran:
        parts += ["", "### HTML pages", "", html_table(run)]
    if part != "html" and run.text_variants and run.counts["text"]:
        parts += ["", "### Text mode (`scrapinghub/text`)", "", text_table(run)]
    if part == "text":
        return "\n".join([*parts, "", TEXT_NOTES])
    parts += ["", NOTES]
    summary = caption_summary(run)
    if summary:
        parts += ["", summary]
    return "\n".join(parts)


# --------------------------------------------------------------------------- CLI


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Accuracy benchmark: articlekit vs trafilatura on ../shared/bench."
    )
    parser.add_argument(
        "--bench",
        metavar="DIR",
        help="benchmark data directory (default: $ARTICLEKIT_BENCH or ../shared/bench)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N pages of each dataset")
    parser.add_argument(
        "--only", choices=("articlekit", "trafilatura"), help="run only one extractor family"
    )
    parser.add_argument(
        "--dataset", choices=(*DATASETS, "all"), default="all", help="datasets to run"
    )
    parser.add_argument("--no-write", action="store_true", help="do not update docs/")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    shown_argv = list(sys.argv[1:] if argv is None else argv)
    bench = Path(resolve_bench_dir(args.bench))
    if not (bench / "scrapinghub").is_dir() or not (bench / "trafilatura-dev").is_dir():
        print(f"accuracy benchmark skipped: no benchmark data at {bench}")
        return 0
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)

    articlekit: ModuleType | None = None
    if args.only != "trafilatura":
        articlekit, problem = import_articlekit()
        if articlekit is None:
            if args.only == "articlekit":
                print(f"articlekit cannot be imported ({problem})", file=sys.stderr)
                return 1
            print(
                f"warning: articlekit cannot be imported ({problem}); reporting trafilatura only",
                file=sys.stderr,
            )

    extractors: list[Extractor] = []
    text_variants: list[tuple[str, str, Extract | None]] = [
        ("as-is", "flattened text as it is (baseline)", None)
    ]
    if articlekit is not None:
        extractors.append(
            Extractor(
                "articlekit",
                "articlekit `clean(html)`",
                articlekit_runner(articlekit),
                has_captions=True,
            )
        )
        text_variants += [
            (
                "articlekit-text",
                'articlekit `clean(text, mode="text")`',
                articlekit_runner(articlekit, "text"),
            ),
            ("articlekit-auto", "articlekit `clean(text)` (auto)", articlekit_runner(articlekit)),
        ]
    if args.only != "articlekit":
        extractors += [
            Extractor(
                "trafilatura",
                "trafilatura `include_comments=False`",
                trafilatura_runner(),
                has_captions=False,
            ),
            Extractor(
                "trafilatura-precision",
                "trafilatura `include_comments=False, favor_precision=True`",
                trafilatura_runner(favor_precision=True),
                has_captions=False,
            ),
        ]

    chosen = set(DATASETS) if args.dataset == "all" else {args.dataset}
    sh_pages = load_scrapinghub(bench, args.limit) if chosen & {"scrapinghub", "text"} else []
    td_pages = load_trafilatura_dev(bench, args.limit) if "trafilatura-dev" in chosen else []
    total = (
        (len(sh_pages) if "scrapinghub" in chosen else 0)
        + len(td_pages)
        + (len(sh_pages) if "text" in chosen else 0)
    )
    run = Run(extractors=extractors, text_variants=text_variants)
    progress = Progress(total)
    started = time.perf_counter()
    try:
        if "scrapinghub" in chosen:
            for sh in sh_pages:
                run.scrapinghub(sh)
                progress.step()
        for td in td_pages:
            run.trafilatura_dev(td)
            progress.step()
        if "text" in chosen:
            for sh in sh_pages:
                run.text_page(sh)
                progress.step()
    finally:
        progress.close()
    elapsed = time.perf_counter() - started

    for name, html_stats in run.html.items():
        if html_stats.errors:
            print(
                f"{name}: raised on {html_stats.raised} pages: {dict(html_stats.errors)}",
                file=sys.stderr,
            )
    for name, text_stats in run.text.items():
        if text_stats.errors:
            print(
                f"{name}: raised on {text_stats.raised} pages: {dict(text_stats.errors)}",
                file=sys.stderr,
            )

    for key, causes in missed_snippet_causes(run.records).items():
        listed = ", ".join(f"{cause or 'never a block'} {count}" for cause, count in causes)
        print(f"{key}: missed `with` snippets, by what removed them: {listed}", file=sys.stderr)

    section = report(run, shown_argv, articlekit)
    print(section)
    PAGES_JSON.parent.mkdir(parents=True, exist_ok=True)
    PAGES_JSON.write_text(
        json.dumps(
            {"command": command_line(shown_argv), "pages": run.records},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"per-page results: {PAGES_JSON} ({elapsed:.0f}s)", file=sys.stderr)
    if not args.no_write:
        # The HTML tables and the text-mode table have sections of their own, so that a
        # run of one dataset never overwrites the others' results.
        if run.counts["scrapinghub"] or run.counts["trafilatura-dev"]:
            write_section("accuracy", report(run, shown_argv, articlekit, "html"))
        if run.counts["text"]:
            write_section("accuracy-text", report(run, shown_argv, articlekit, "text"))
        print(f"updated {DOCS_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
