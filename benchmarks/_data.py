"""Shared benchmark data access and scoring.

Everything the benchmarks need besides the extractors themselves: locating the
benchmark data (``../shared/bench`` next to the repository, ``--bench`` or
``ARTICLEKIT_BENCH``), loading its pages and ground truth, and the scoring
functions defined in the bench README:

* body shingle precision/recall/F1 (``score_body`` / ``summarize_bodies``),
* snippet matching (``match_snippets`` / ``summarize_snippets``),
* junk leaks (``match_junk``),
* caption and headline references taken from the raw HTML
  (``html_captions`` / ``reference_headline``) and the comparisons on them.

The module has no dependency on articlekit so that it also works while the
library is broken or missing.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import lxml.html
import regex  # type: ignore[import-untyped]
from lxml import etree

__all__ = [
    "BENCH_ENV",
    "JUNK_KINDS",
    "BodyScore",
    "BodySummary",
    "JunkSnippet",
    "ScrapinghubPage",
    "SnippetPage",
    "SnippetResult",
    "SnippetSummary",
    "caption_separated",
    "contains",
    "decode_html",
    "default_bench_dir",
    "element_text",
    "headline_key",
    "html_captions",
    "is_duplicated_headline",
    "load_scrapinghub",
    "load_trafilatura_dev",
    "match_junk",
    "match_snippets",
    "normalize_ws",
    "parse_html",
    "read_gzip",
    "reference_headline",
    "resolve_bench_dir",
    "score_body",
    "shingles",
    "summarize_bodies",
    "summarize_snippets",
    "tokenize",
]

BENCH_ENV = "ARTICLEKIT_BENCH"
"""Environment variable that overrides the benchmark data directory."""

JUNK_KINDS: tuple[str, ...] = ("related", "share", "comments", "cookie")
"""The junk kinds of ``junk-snippets.json``, in report order."""

SHINGLE_SIZE = 4
MIN_CAPTION_CHARS = 20
MAX_CAPTION_CHARS = 1000

_TOKEN_RE = regex.compile(r"\w+")
_NON_WORD_RE = regex.compile(r"\W+")
_WS_RE = re.compile(r"\s+")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CTRL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- locating data


def default_bench_dir() -> Path:
    """``<repo>/../shared/bench``, the repository being the parent of ``benchmarks/``."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def resolve_bench_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The bench directory: the CLI value, else ``$ARTICLEKIT_BENCH``, else the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(BENCH_ENV)
    if env:
        return Path(env).expanduser()
    return default_bench_dir()


# --------------------------------------------------------------------------- loading pages


def read_gzip(path: Path) -> bytes:
    """The decompressed bytes of a ``.gz`` file."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


@dataclass(frozen=True)
class ScrapinghubPage:
    """One page of the ``scrapinghub`` dataset (HTML, flattened text and articleBody)."""

    id: str
    url: str
    body: str
    html_path: Path
    text_path: Path

    def read_html(self) -> bytes:
        """The raw page bytes (UTF-8)."""
        return read_gzip(self.html_path)

    def read_text(self) -> str:
        """The page flattened to plain text, as a naive scraper saves it."""
        return self.text_path.read_text(encoding="utf-8")

    @cached_property
    def body_normalized(self) -> str:
        """The ground-truth articleBody with whitespace normalised."""
        return normalize_ws(self.body)


@dataclass(frozen=True)
class JunkSnippet:
    """A ``without`` snippet that is boilerplate of a known kind."""

    page: str
    snippet: str
    kind: str


@dataclass(frozen=True)
class SnippetPage:
    """One page of the ``trafilatura-dev`` dataset with its snippet annotations."""

    name: str
    url: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    junk: tuple[JunkSnippet, ...]
    html_path: Path

    @property
    def id(self) -> str:
        """The page name without ``.html.gz``."""
        return self.name.removesuffix(".html.gz")

    def read_html(self) -> bytes:
        """The raw page bytes, in the page's own charset."""
        return read_gzip(self.html_path)


def _limited(items: list[str], limit: int | None) -> list[str]:
    items = sorted(items)
    return items if limit is None or limit < 0 else items[:limit]


def load_scrapinghub(bench: Path, limit: int | None = None) -> list[ScrapinghubPage]:
    """The ``scrapinghub`` pages, sorted by id; ``limit`` keeps the first N."""
    root = bench / "scrapinghub"
    with (root / "ground-truth.json").open(encoding="utf-8") as fh:
        truth: dict[str, dict[str, str]] = json.load(fh)
    pages = []
    for page_id in _limited(list(truth), limit):
        entry = truth[page_id]
        pages.append(
            ScrapinghubPage(
                id=page_id,
                url=entry.get("url", ""),
                body=entry.get("articleBody") or "",
                html_path=root / "html" / f"{page_id}.html.gz",
                text_path=root / "text" / f"{page_id}.txt",
            )
        )
    return pages


def load_trafilatura_dev(bench: Path, limit: int | None = None) -> list[SnippetPage]:
    """The ``trafilatura-dev`` pages, sorted by name; ``limit`` keeps the first N."""
    root = bench / "trafilatura-dev"
    with (root / "annotations.json").open(encoding="utf-8") as fh:
        annotations: dict[str, dict[str, object]] = json.load(fh)
    with (root / "junk-snippets.json").open(encoding="utf-8") as fh:
        junk_raw: list[dict[str, str]] = json.load(fh)
    junk_by_page: dict[str, list[JunkSnippet]] = {}
    for item in junk_raw:
        junk = JunkSnippet(page=item["page"], snippet=item["snippet"], kind=item["kind"])
        junk_by_page.setdefault(junk.page, []).append(junk)
    pages = []
    for name in _limited(list(annotations), limit):
        entry = annotations[name]
        pages.append(
            SnippetPage(
                name=name,
                url=str(entry.get("url", "")),
                with_=tuple(_str_list(entry.get("with"))),
                without=tuple(_str_list(entry.get("without"))),
                junk=tuple(junk_by_page.get(name, ())),
                html_path=root / "html" / name,
            )
        )
    return pages


def _str_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(v) for v in value]


# --------------------------------------------------------------------------- normalisation


def normalize_ws(text: str | None) -> str:
    """Runs of whitespace to one space, stripped at both ends."""
    if not text:
        return ""
    return _WS_RE.sub(" ", text).strip()


def contains(haystack_normalized: str, needle: str) -> bool:
    """Whitespace-normalised substring test; ``haystack_normalized`` is already normalised.

    An empty haystack contains nothing (not even an empty needle).
    """
    if not haystack_normalized:
        return False
    return normalize_ws(needle) in haystack_normalized


def headline_key(text: str | None) -> str:
    """Comparison key for headlines: casefolded, everything that is not ``\\w`` dropped."""
    if not text:
        return ""
    return str(_NON_WORD_RE.sub("", text.casefold()))


# --------------------------------------------------------------------------- body shingles


def tokenize(text: str | None) -> list[str]:
    """The ``\\w+`` tokens of ``text`` (Unicode-aware, via the ``regex`` module)."""
    if not text:
        return []
    return [str(tok) for tok in _TOKEN_RE.findall(text)]


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of token ``size``-grams; 1 to ``size - 1`` tokens make one shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class BodyScore:
    """Per-page shingle match, tp/fp/fn normalised to sum to 1 (or all 0)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Page precision; ``None`` when the page has no predicted shingles (tp+fp = 0)."""
        if self.tp + self.fp == 0:
            return None
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Page recall; ``None`` when the page has no true shingles (tp+fn = 0)."""
        if self.tp + self.fn == 0:
            return None
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Page F1 (for per-page analysis only; the benchmark F1 is of the means)."""
        return _f1(self.precision or 0.0, self.recall or 0.0)


def score_body(true: str | None, pred: str | None) -> BodyScore:
    """Shingle match of a predicted text against the true articleBody."""
    true_counts = shingles(true)
    pred_counts = shingles(pred)
    tp = sum((true_counts & pred_counts).values())
    fp = sum((pred_counts - true_counts).values())
    fn = sum((true_counts - pred_counts).values())
    total = tp + fp + fn
    if total == 0:
        return BodyScore(0.0, 0.0, 0.0)
    return BodyScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class BodySummary:
    """Body P/R/F1 over pages: P and R are means of page values, F1 is of those means."""

    precision: float
    recall: float
    f1: float
    pages: int


def _f1(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def summarize_bodies(scores: Iterable[BodyScore]) -> BodySummary:
    """Means of page precision and recall (pages where undefined are left out), F1 of them."""
    scores = list(scores)
    precisions = [p for p in (s.precision for s in scores) if p is not None]
    recalls = [r for r in (s.recall for s in scores) if r is not None]
    precision = math.fsum(precisions) / len(precisions) if precisions else 0.0
    recall = math.fsum(recalls) / len(recalls) if recalls else 0.0
    return BodySummary(precision, recall, _f1(precision, recall), len(scores))


# --------------------------------------------------------------------------- snippets


@dataclass(frozen=True)
class SnippetResult:
    """Snippet outcome of one page."""

    with_found: tuple[str, ...]
    with_missed: tuple[str, ...]
    without_leaked: tuple[str, ...]
    without_absent: tuple[str, ...]

    @property
    def tp(self) -> int:
        return len(self.with_found)

    @property
    def fn(self) -> int:
        return len(self.with_missed)

    @property
    def fp(self) -> int:
        return len(self.without_leaked)

    @property
    def tn(self) -> int:
        return len(self.without_absent)


def match_snippets(page: SnippetPage, output: str | None) -> SnippetResult:
    """Match the page's ``with``/``without`` snippets against an extractor's output."""
    text = normalize_ws(output)
    found = tuple(s for s in page.with_ if contains(text, s))
    missed = tuple(s for s in page.with_ if not contains(text, s))
    leaked = tuple(s for s in page.without if contains(text, s))
    absent = tuple(s for s in page.without if not contains(text, s))
    return SnippetResult(found, missed, leaked, absent)


@dataclass(frozen=True)
class SnippetSummary:
    """Snippet counts and scores summed over pages."""

    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.tn + self.fn
        return (self.tp + self.tn) / total if total else 0.0


def summarize_snippets(results: Iterable[SnippetResult]) -> SnippetSummary:
    """Sum the per-page snippet outcomes."""
    tp = fp = tn = fn = 0
    for r in results:
        tp += r.tp
        fp += r.fp
        tn += r.tn
        fn += r.fn
    return SnippetSummary(tp=tp, fp=fp, tn=tn, fn=fn)


def match_junk(page: SnippetPage, output: str | None) -> list[tuple[JunkSnippet, bool]]:
    """Each junk snippet of the page with whether it leaked into the output."""
    text = normalize_ws(output)
    return [(j, contains(text, j.snippet)) for j in page.junk]


# --------------------------------------------------------------------------- raw HTML


def _declared_charset(raw: bytes) -> str | None:
    match = _META_CHARSET_RE.search(raw[:16384])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def decode_html(raw: bytes | str) -> str:
    """Decode a page with its own charset (BOM, then ``<meta charset>``), else UTF-8/cp1252."""
    if isinstance(raw, str):
        return raw
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace")
    candidates = [c for c in (_declared_charset(raw), "utf-8", "cp1252") if c]
    for codec in candidates:
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode(candidates[0], errors="replace")


def parse_html(raw: bytes | str) -> lxml.html.HtmlElement | None:
    """Parse a page into an lxml tree (``None`` if lxml cannot make anything of it)."""
    text = _CTRL_RE.sub("", _XML_DECL_RE.sub("", decode_html(raw), count=1))
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul",
    }
)  # fmt: skip


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _text_parts(el: etree._Element, out: list[str]) -> None:
    tag = _tag(el)
    block = tag in _BLOCK_TAGS
    if block:
        out.append(" ")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and _tag(child) not in _SKIP_TAGS:
            _text_parts(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append(" ")


def element_text(el: etree._Element) -> str:
    """Visible text of an element, whitespace-normalised; block boundaries become spaces."""
    parts: list[str] = []
    _text_parts(el, parts)
    return normalize_ws("".join(parts))


def _iter_elements(root: etree._Element) -> Iterator[etree._Element]:
    for el in root.iter():
        if isinstance(el.tag, str):
            yield el


# Page-structure elements whose class lists carry feature flags such as
# ``f_caption_muted_videos_on`` or ``content-header__caption-style--default``:
# never captions themselves, whatever their classes say.
_NOT_CAPTION_TAGS = frozenset(
    {"html", "head", "body", "main", "article", "header", "footer", "nav", "section",
     "aside", "form", "table", "ul", "ol"}
)  # fmt: skip


def _is_caption_element(el: etree._Element) -> bool:
    tag = _tag(el)
    if tag == "figcaption":
        return True
    if tag in _NOT_CAPTION_TAGS:
        return False
    classes = (el.get("class") or "").lower().split()
    # ``wp-caption-text`` is one of these tokens; listed separately in the spec.
    return any("caption" in token for token in classes)


def html_captions(
    root: etree._Element | None,
    min_chars: int = MIN_CAPTION_CHARS,
    max_chars: int = MAX_CAPTION_CHARS,
) -> list[str]:
    """Caption texts of a page: ``<figcaption>`` and elements with a ``*caption*`` class token.

    Texts are whitespace-normalised, ``min_chars`` to ``max_chars`` long, deduplicated,
    in document order. Ignored: captions inside ``<script>``/``<template>`` and the like,
    and page-structure elements (``body``, ``header``, ``section``, ...) whose classes
    merely mention "caption" (feature flags); the length cap guards against other
    wrappers of that sort.
    """
    if root is None:
        return []
    seen: set[str] = set()
    captions: list[str] = []
    for el in _iter_elements(root):
        if not _is_caption_element(el):
            continue
        if any(_tag(anc) in _SKIP_TAGS for anc in el.iterancestors()):
            continue
        text = element_text(el)
        if min_chars <= len(text) <= max_chars and text not in seen:
            seen.add(text)
            captions.append(text)
    return captions


def caption_separated(
    caption: str,
    captions: Sequence[tuple[str, str | None]],
    text_normalized: str,
) -> bool:
    """Whether an HTML caption went to the extractor's captions and not into its text.

    ``captions`` are the extractor's ``(text, credit)`` pairs; ``text_normalized`` is
    its main text, whitespace-normalised. The caption must be found in the joined
    caption texts, or in the joined texts with credits (credit split off), and must
    not be found in the main text.
    """
    cap = normalize_ws(caption)
    if not cap or contains(text_normalized, cap):
        return False
    texts = normalize_ws(" ".join(t for t, _ in captions))
    with_credits = normalize_ws(" ".join(f"{t} {c or ''}" for t, c in captions))
    return contains(texts, cap) or contains(with_credits, cap)


def reference_headline(root: etree._Element | None) -> str | None:
    """The page's headline: the text of the first non-empty ``<h1>``, else ``og:title``."""
    if root is None:
        return None
    for h1 in root.iter("h1"):
        if any(_tag(anc) in _SKIP_TAGS for anc in h1.iterancestors()):
            continue
        text = element_text(h1)
        if headline_key(text):
            return text
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key == "og:title":
            text = normalize_ws(meta.get("content"))
            if headline_key(text):
                return text
    return None


def is_duplicated_headline(
    paragraphs: Iterable[str], headline: str | None, own_title: str | None = None
) -> bool:
    """Whether some paragraph equals the reference headline or the extractor's own title."""
    keys = {k for k in (headline_key(headline), headline_key(own_title)) if k}
    if not keys:
        return False
    return any(headline_key(p) in keys for p in paragraphs)
