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

Caption separation (README metric 4) only counts captions *inside the article*.
The article region of a page is found from the ground truth alone, never from an
extractor's output: it is the parent of the deepest element whose
whitespace-normalised visible text contains the first and the last ~60 characters
of the ``scrapinghub`` articleBody (``scrapinghub_region``), or all the ``with``
snippets of a ``trafilatura-dev`` page (``snippet_region``); the element itself when
that parent is ``<body>``/``<html>`` (see ``ArticleRegion`` for the fallbacks).
Caption texts are then compared with the extractor's captions and main text with
all whitespace removed (``compact`` / ``caption_separated``).

The module has no dependency on articlekit so that it also works while the
library is broken or missing.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import lxml.html
import regex  # type: ignore[import-untyped]
from lxml import etree

__all__ = [
    "BENCH_ENV",
    "JUNK_KINDS",
    "ArticleRegion",
    "BodyScore",
    "BodySummary",
    "JunkSnippet",
    "ScrapinghubPage",
    "SnippetPage",
    "SnippetResult",
    "SnippetSummary",
    "all_pages",
    "caption_separated",
    "compact",
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
    "scrapinghub_region",
    "shingles",
    "snippet_region",
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
REGION_NEEDLE_CHARS = 60
"""How much of the start and of the end of an articleBody locates the article region."""
REGION_MIN_SENTENCE_CHARS = 20
REGION_FALLBACK_SENTENCES = 3

_TOKEN_RE = regex.compile(r"\w+")
_NON_WORD_RE = regex.compile(r"\W+")
_WS_RE = re.compile(r"\s+")
_SENTENCE_END_RE = re.compile("(?<=[.!?\u2026])[\"'\u201d\u2019\u00bb)\\]]*\\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
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


def compact(text: str | None) -> str:
    """``text`` with all whitespace (and soft hyphens, zero-width characters) removed.

    The key for caption comparisons and the fallback for locating the article region.

    Splitting a credit off a caption ("...get it.Credit...Doug Mills") or joining inline
    elements legitimately inserts or drops a space, so captions are matched on this key.
    """
    if not text:
        return ""
    return "".join(text.split()).translate(_INVISIBLE)


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


def all_pages(bench: Path, every: int = 1) -> list[str]:
    """The HTML of both datasets' pages, each decoded once; every ``every``-th page."""
    raws = [page.read_html() for page in load_scrapinghub(bench)]
    raws += [page.read_html() for page in load_trafilatura_dev(bench)]
    return [decode_html(raw) for raw in raws[::every]]


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


# Class names that show an element to screen readers only, as the common CSS
# frameworks and CMSs name them (Bootstrap, WordPress, Drupal, Foundation, BBC). Their
# text is a label for listeners ("Image caption" before a caption), not text a reader
# sees. Kept here rather than read from articlekit: the scorer must not depend on the
# library it scores.
_SCREEN_READER_ONLY = frozenset(
    {"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
     "offscreen", "element-invisible", "show-for-sr", "assistive-text"}
)  # fmt: skip


def _screen_reader_only(el: etree._Element) -> bool:
    classes = el.get("class")
    return bool(classes) and not _SCREEN_READER_ONLY.isdisjoint(classes.lower().split())


def _text_parts(el: etree._Element, out: list[str]) -> None:
    tag = _tag(el)
    block = tag in _BLOCK_TAGS
    if block:
        out.append(" ")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        if (
            isinstance(child.tag, str)
            and _tag(child) not in _SKIP_TAGS
            and not _screen_reader_only(child)
        ):
            _text_parts(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append(" ")


def element_text(el: etree._Element) -> str:
    """Visible text of an element, whitespace-normalised; block boundaries become spaces.
    Text shown to screen readers only is left out."""
    parts: list[str] = []
    _text_parts(el, parts)
    return normalize_ws("".join(parts))


def _iter_elements(root: etree._Element) -> Iterator[etree._Element]:
    for el in root.iter():
        if isinstance(el.tag, str):
            yield el


# --------------------------------------------------------------------------- article region


class _TextIndex:
    """The visible text of a whole tree, flattened once, with every element's span in it.

    The text is built like ``element_text`` (same skipped tags, block boundaries as
    spaces) and either whitespace-normalised or, with ``compact_ws``, stripped of all
    whitespace. ``spans`` holds ``(element, depth, start, end)`` for every element in
    post-order; ``text[start:end]`` is the element's text (give or take one space at
    either end). One pass over the tree, so locating the article is linear in the page.
    """

    def __init__(self, root: etree._Element, compact_ws: bool = False) -> None:
        self.compact_ws = compact_ws
        self._parts: list[str] = []
        self._length = 0
        self._space = False
        self.spans: list[tuple[etree._Element, int, int, int]] = []
        self._walk(root, 0)
        self.text = "".join(self._parts)
        del self._parts

    def key(self, text: str) -> str:
        """``text`` in the same form as ``self.text``."""
        return compact(text) if self.compact_ws else normalize_ws(text)

    def _add(self, text: str | None) -> None:
        if not text:
            return
        words = text.split()
        if not words:
            self._space = True
            return
        if self.compact_ws:
            joined = "".join(words).translate(_INVISIBLE)
        else:
            joined = " ".join(words)
            if (self._space or text[0].isspace()) and self._length:
                self._parts.append(" ")
                self._length += 1
            self._space = text[-1].isspace()
        self._parts.append(joined)
        self._length += len(joined)

    def _walk(self, el: etree._Element, depth: int) -> None:
        tag = _tag(el)
        block = tag in _BLOCK_TAGS
        start = self._length
        if block:
            self._space = True
        if el.text and tag:
            self._add(el.text)
        for child in el:
            if isinstance(child.tag, str) and _tag(child) not in _SKIP_TAGS:
                self._walk(child, depth + 1)
            if child.tail:
                self._add(child.tail)
        if block:
            self._space = True
        self.spans.append((el, depth, start, self._length))

    def _occurrences(self, needle: str) -> list[int]:
        found = []
        i = self.text.find(needle)
        while i >= 0:
            found.append(i)
            i = self.text.find(needle, i + 1)
        return found

    def containment(
        self, needles: Sequence[str]
    ) -> Iterator[tuple[etree._Element, int, list[bool]]]:
        """Each element (with its depth) and which of ``needles`` its text contains.

        Only elements that contain at least one needle are yielded. An occurrence is
        inside an element when it starts and ends within the element's span; the
        occurrence positions are found once and looked up by bisection.
        """
        keyed = [self.key(n) for n in needles]
        occurrences = [(self._occurrences(k) if k else [], len(k)) for k in keyed]
        if not any(found for found, _ in occurrences):
            return
        for el, depth, start, end in self.spans:
            hits = []
            for found, size in occurrences:
                i = bisect_left(found, start)
                hits.append(i < len(found) and found[i] + size <= end)
            if any(hits):
                yield el, depth, hits


def _deepest(
    candidates: Iterable[tuple[etree._Element, int, list[bool]]],
    score: Callable[[list[bool]], float | None],
) -> etree._Element | None:
    """The element with the best ``score`` (``None`` = not eligible), deepest among ties."""
    best: tuple[float, int] | None = None
    chosen = None
    for el, depth, hits in candidates:
        value = score(hits)
        if value is None:
            continue
        if best is None or (value, depth) > best:
            best = (value, depth)
            chosen = el
    return chosen


def _widen(el: etree._Element) -> etree._Element:
    """The parent of ``el`` (lead figures sit next to the body), unless that is body/html."""
    parent = el.getparent()
    if parent is None or _tag(parent) in {"body", "html"}:
        return el
    return parent


@dataclass(frozen=True)
class ArticleRegion:
    """Where a page's article is, according to its ground truth.

    ``element`` is ``None`` when the article could not be located; captions are then
    not counted for the page. ``method`` tells how it was found:

    * ``"normalised"``: the deepest element whose whitespace-normalised text contains
      all the needles (first and last ``REGION_NEEDLE_CHARS`` characters of the
      articleBody, or all ``with`` snippets);
    * ``"compact"``: the same with all whitespace (and soft hyphens, zero-width
      characters; see ``compact``) removed on both sides, for when the ground truth
      and the page disagree about spaces (``[ Wired ]`` vs ``[Wired]``);
    * ``"partial"``: no element contains all of them; the deepest element containing
      the most of: the start (first ``REGION_NEEDLE_CHARS`` characters) of each of the
      first and last ``REGION_FALLBACK_SENTENCES`` sentences of the articleBody, with at
      least one from each end; or at least half of the ``with`` snippets (at least 2,
      or the only one), whitespace removed;
    * ``"none"``: nothing matched.

    The region is the parent of the element found, so that a lead ``<figure>`` next to
    the body container (``<article><figure/><div class=body/></article>``) is inside;
    the element itself when its parent is ``<body>`` or ``<html>``.
    """

    element: etree._Element | None
    method: str
    found: etree._Element | None = None

    def describe(self) -> str | None:
        """``tag#id.class (method)`` of the element found, for the per-page records."""
        if self.found is None:
            return None
        el = self.found
        label = _tag(el)
        if el.get("id"):
            label += "#" + el.get("id", "").strip()
        classes = (el.get("class") or "").split()
        if classes:
            label += "." + ".".join(classes[:3])
        return f"{label} ({self.method})"


_NO_REGION = ArticleRegion(None, "none")


def _region_from(
    root: etree._Element,
    needles: Sequence[str],
    partial: Callable[[_TextIndex], etree._Element | None],
) -> ArticleRegion:
    needles = [n for n in needles if normalize_ws(n)]
    if not needles:
        return _NO_REGION
    compact_index = None
    for compact_ws in (False, True):
        index = _TextIndex(root, compact_ws)
        found = _deepest(index.containment(needles), lambda hits: 0 if all(hits) else None)
        if found is not None:
            method = "compact" if compact_ws else "normalised"
            return ArticleRegion(_widen(found), method, found)
        compact_index = index
    assert compact_index is not None
    found = partial(compact_index)
    if found is not None:
        return ArticleRegion(_widen(found), "partial", found)
    return _NO_REGION


def _sentences(text: str) -> list[str]:
    """Rough sentences: split after ``.!?…`` (and closing quotes) followed by a space."""
    return [s.strip() for s in _SENTENCE_END_RE.split(text) if s.strip()]


def scrapinghub_region(root: etree._Element | None, body: str) -> ArticleRegion:
    """The article region of a ``scrapinghub`` page, located with its articleBody.

    Needles: the first and the last ``REGION_NEEDLE_CHARS`` characters of the
    whitespace-normalised body (all of it when shorter). See ``ArticleRegion``.
    """
    body = normalize_ws(body)
    if root is None or not body:
        return _NO_REGION
    size = REGION_NEEDLE_CHARS
    needles = [body[:size].strip(), body[-size:].strip()]

    sentences = [s for s in _sentences(body) if len(s) >= REGION_MIN_SENTENCE_CHARS]
    if not sentences:
        sentences = [body]
    n = REGION_FALLBACK_SENTENCES
    first = [s[:size] for s in sentences[:n]]
    last = [s[:size] for s in sentences[-n:]]

    def partial(index: _TextIndex) -> etree._Element | None:
        def score(hits: list[bool]) -> float | None:
            head, tail = hits[: len(first)], hits[len(first) :]
            return sum(hits) if any(head) and any(tail) else None

        return _deepest(index.containment([*first, *last]), score)

    return _region_from(root, needles, partial)


def snippet_region(root: etree._Element | None, snippets: Sequence[str]) -> ArticleRegion:
    """The article region of a ``trafilatura-dev`` page, located with its ``with`` snippets.

    Needles: all the page's ``with`` snippets. See ``ArticleRegion``.
    """
    snippets = [s for s in snippets if normalize_ws(s)]
    if root is None or not snippets:
        return _NO_REGION
    need = max(min(2, len(snippets)), math.ceil(len(snippets) / 2))

    def partial(index: _TextIndex) -> etree._Element | None:
        def score(hits: list[bool]) -> float | None:
            count = sum(hits)
            return count if count >= need else None

        return _deepest(index.containment(snippets), score)

    return _region_from(root, snippets, partial)


# --------------------------------------------------------------------------- captions


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
    """Caption texts under ``root``: ``<figcaption>`` and elements with a ``*caption*`` class.

    ``root`` is a page or, for the caption-separation metric, its article region
    (``scrapinghub_region`` / ``snippet_region``): captions of teaser and related-article
    cards elsewhere on the page are not the article's and an extractor rightly drops
    them. Texts are whitespace-normalised, ``min_chars`` to ``max_chars`` long,
    deduplicated, in document order. Ignored: captions inside ``<script>``/``<template>``
    and the like, and page-structure elements (``body``, ``header``, ``section``, ...)
    whose classes merely mention "caption" (feature flags); the length cap guards against
    other wrappers of that sort.
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
    text_compact: str,
) -> bool:
    """Whether an HTML caption went to the extractor's captions and not into its text.

    ``captions`` are the extractor's ``(text, credit)`` pairs; ``text_compact`` is its
    main text with all whitespace removed (``compact``). The caption must be found in the
    joined caption texts, or in the joined captions with each credit put back where the
    page printed it, after the text or before it (credit split off), and must not be
    found in the main text. All comparisons are on word characters only (``word_key``):
    splitting a credit off ("...get it.Credit...Doug Mills", "...in Hialeah, Fla. (AP
    Photo/Alan Diaz)" -> credit "AP Photo/Alan Diaz"; "© Getty Images Adele at a
    concert" -> credit "© Getty Images") legitimately moves spaces, brackets and
    punctuation, and a credit printed first to after the text, but never changes a word.
    """
    cap = word_key(caption)
    if not cap or cap in word_key(text_compact):
        return False
    texts = word_key("".join(t for t, _ in captions))
    credit_after = word_key("".join(f"{t}{c or ''}" for t, c in captions))
    credit_before = word_key("".join(f"{c or ''}{t}" for t, c in captions))
    return cap in texts or cap in credit_after or cap in credit_before


def word_key(text: str | None) -> str:
    """The word characters of ``text``, everything else (spaces, punctuation) removed."""
    return "".join(_TOKEN_RE.findall(text or ""))


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
