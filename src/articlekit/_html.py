"""Segment an HTML page into blocks in one linear walk of the tree.

The page is parsed once with lxml (no network, no DTD, no entity expansion beyond the
HTML ones, deep nesting allowed) and walked once with ``iterwalk``: linear in the
number of elements and free of recursion, so neither huge nor deeply nested pages
can blow the stack. Each block-level element becomes a :class:`~articlekit.Block`
carrying what filters need to judge it: its kind, link text, the boilerplate marks of
its ancestors (from :mod:`articlekit.patterns.markup`) and its position, so that the
main-content finder can tell which container holds it without the tree.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import fields
from functools import lru_cache, partial
from itertools import accumulate, pairwise
from types import SimpleNamespace
from typing import Final, Protocol, cast

from lxml import etree

from articlekit._blocks import Block, BlockKind, Element, Page, new_block, tag_of
from articlekit._captions import photo_credit
from articlekit._gc import settle_container
from articlekit._guard import cap_depth, hit_depth_limit
from articlekit._limits import check_deadline
from articlekit._metadata import MetadataRecord, extract_metadata
from articlekit._speedups import compiled
from articlekit._text import INVISIBLE, count_words
from articlekit.errors import EmptyInputError
from articlekit.patterns import markup

__all__ = ["parse_html", "segment_html"]

# Kinds whose blocks count as article prose when judging wrappers and captions.
_PROSE_KINDS: Final = frozenset({"paragraph", "list_item", "quote", "code"})
# Block kinds that stick to their ancestors: a <p> inside <li>, <blockquote> or
# <figcaption> is a list item, quote or caption.
_STICKY_KINDS: Final = frozenset({"caption", "credit", "quote", "list_item", "code"})
# How many enclosing containers a block remembers for main-content scoring.
_ANCESTOR_DEPTH: Final = 4
# A caption element with more text than this, or more blocks, is a mislabelled
# container (a theme calling its article column "caption"): its blocks keep their kinds.
_MAX_CAPTION_CHARS: Final = markup.MAX_CAPTION_CHARS
_MAX_CAPTION_BLOCKS: Final = markup.MAX_CAPTION_BLOCKS
# Stand-in for <br>; control characters were stripped while decoding, so it is unique.
_BR: Final = "\x00"
# A soft hyphen (U+00AD, "&shy;") only says where a word may break, and U+FEFF is a
# byte-order mark: no characters of the text, made by references (see
# _text.strip_control for the ones written out in the page).
_INVISIBLE: Final = str.maketrans("", "", INVISIBLE)
_BR_BREAK: Final = re.compile(r"\x00\s*\x00[\s\x00]*")
_TOKEN_FIND: Final = re.compile(r"[A-Z]*[a-z]+|[A-Z]+").findall
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*>")
# A page with less visible text than this is read again, <noscript> content included.
_MIN_VISIBLE_CHARS: Final = 200
# A page with less prose than this (characters in blocks of ten words or more) is read
# from its client-side templates, if they hold more.
_MIN_PROSE_CHARS: Final = 200
_PROSE_SPACES: Final = 9
# Where a lazily loaded image keeps its address until a script moves it to ``src``;
# an element of any tag inside a figure that has one stands for the figure's image
# (``<div class="js-delayed-image-load" data-src=...>``), its alt text in ``data-alt``.
_LAZY_IMAGE_ATTRS: Final = ("data-src", "data-lazy-src", "data-original")
_IMAGE_ATTRS: Final = ("src", *_LAZY_IMAGE_ATTRS)
# Class/id tokens repeat across pages (frameworks, CMS themes): their marks are cached,
# a bounded cache so that a long crawl cannot grow it without end.
_TOKEN_CACHE_SIZE: Final = 16384
# Whole class/id/role/itemprop combinations, likewise (about 350 bytes each, so at most
# about 11 MB). One pass over the 687 benchmark pages looks up 304k combinations: 4096
# entries missed 124k of them, 32768 missed 103k; an unbounded cache would miss 94k.
_INFO_CACHE_SIZE: Final = 32768

_BLOCK_KINDS: Final = markup.BLOCK_KIND_BY_TAG
_CONTAINERS: Final = markup.CONTAINER_TAGS
_SKIP: Final = markup.SKIP_TAGS
_MARK_BY_TAG: Final = markup.MARK_BY_TAG
_OPENS_FRAME: Final = frozenset(_BLOCK_KINDS) | _CONTAINERS
_IMAGE_TAGS: Final = markup.IMAGE_TAGS
# Inline tags without text of their own (void, or an image whose children are only a
# fallback), so no caption: their classes are not read.
_INLINE_PLAIN: Final = frozenset({"br", "wbr"}) | _IMAGE_TAGS


def parse_html(text: str) -> etree._Element:
    """Parse HTML safely: no network, no external DTD or entities, deep trees allowed.

    Raises:
        EmptyInputError: the markup holds no element at all.
    """
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
        default_doctype=False,  # type: ignore[call-arg]  # real option, missing in lxml-stubs
    )
    declaration = _XML_DECLARATION.match(text)
    if declaration is not None:
        text = text[declaration.end() :]
    data = text.encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, parser)
        if hit_depth_limit(parser):  # libxml2 stops at depth 2048: flatten, read again
            root = etree.fromstring(cap_depth(data), parser)
    except etree.LxmlError as error:  # "Document is empty" and similar
        raise EmptyInputError(f"input has no HTML content: {error}") from None
    if root is None:
        raise EmptyInputError("input has no HTML content")
    return root


def _tokens(value: str) -> list[str]:
    """Split a class/id value into lower-case tokens plus joined neighbour pairs.

    Tokens are runs of letters, split again where a lower-case letter meets an
    upper-case one (``commentList`` gives ``comment`` and ``list``).
    """
    parts = [part.lower() for part in _TOKEN_FIND(value)]
    return parts + [a + b for a, b in pairwise(parts)]


def _build_mark_tables() -> tuple[dict[str, str], dict[str, str]]:
    """Prefix -> mark and exact token -> mark, from the markup tables."""
    prefixes: dict[str, str] = {}
    exact: dict[str, str] = {}
    for kind, entries in markup.MARK_TOKENS.items():
        for entry in entries:
            table = exact if entry in markup.EXACT_MARK_TOKENS else prefixes
            table.setdefault(entry, kind)
    return prefixes, exact


_MARK_PREFIXES, _MARK_EXACT = _build_mark_tables()
# Shortest prefixes first: the first alternative that matches is the shortest prefix.
_MARK_PREFIX: Final = re.compile(
    "|".join(map(re.escape, sorted(_MARK_PREFIXES, key=lambda entry: (len(entry), entry))))
)
# An exception covers the token and the joined pairs it starts ("commentary" +
# "article").
_EXCEPTION_PREFIXES: Final = tuple(sorted(markup.MARK_TOKEN_EXCEPTIONS))
# What a token says besides its mark, as bits (see _AttributeInfo).
_POSITIVE, _NEGATIVE, _CAPTION, _CREDIT, _FIGURE = 1, 2, 4, 8, 16
_FLAG_TABLES: Final = (
    (_POSITIVE, markup.POSITIVE_TOKENS),
    (_NEGATIVE, markup.NEGATIVE_TOKENS),
    (_CAPTION, markup.CAPTION_TOKENS),
    (_CREDIT, markup.CREDIT_TOKENS),
    (_FIGURE, markup.FIGURE_TOKENS),
)


def _token_mark(token: str) -> str | None:
    """The mark one class/id token gives: exact match, else its shortest known prefix."""
    if token.startswith(_EXCEPTION_PREFIXES):
        return None
    kind = _MARK_EXACT.get(token)
    if kind is None:
        found = _MARK_PREFIX.match(token)
        if found is not None:
            kind = _MARK_PREFIXES[found.group()]
    return kind


def _table_info(token: str) -> tuple[str | None, int]:
    flags = 0
    for bit, table in _FLAG_TABLES:
        if token in table:
            flags |= bit
    return _token_mark(token), flags


# The mark and flags of every token the tables name; any other token has no flags.
_LISTED: Final = {
    token: _table_info(token)
    for token in set(_MARK_EXACT).union(*(table for _, table in _FLAG_TABLES))
}


@lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def _token_info(token: str) -> tuple[str | None, int]:
    """One class/id token's mark and flags (cached: tokens repeat across pages)."""
    return _LISTED.get(token) or (_token_mark(token), 0)


def _token_summary(value: str) -> tuple[list[str], int]:
    """The marks (each once, in token order) and the flag bits of a class/id value's
    tokens (``_cwalk.token_summary`` is the compiled twin)."""
    found: list[str] = []
    flags = 0
    for token in _tokens(value):
        kind, bits = _token_info(token)
        flags |= bits
        if kind is not None and kind not in found:
            found.append(kind)
    return found, flags


class _AttributeInfo:
    """What the class/id/role/itemprop of an element say, computed once per value."""

    __slots__ = ("caption", "classes", "credit", "figure", "marks", "weight")

    def __init__(self, classes: str, summary: tuple[list[str], int], role: str, itemprop: str):
        self.classes = classes
        found, flags = summary  # the tokens' marks, each once, in token order; flags
        if not markup.HIDDEN_CLASSES.isdisjoint(classes.lower().split()):
            found.append("hidden")
        role_mark = markup.MARK_BY_ROLE.get(role)
        if role_mark and role_mark not in found:
            found.append(role_mark)
        self.marks = tuple(found)
        weight = 0.0
        if flags & _POSITIVE:
            weight += 25.0
        if flags & _NEGATIVE:
            weight -= 25.0
        if itemprop == "articlebody" or role == "main":
            weight += 50.0
        self.weight = weight
        self.caption = bool(flags & _CAPTION) or itemprop == "caption"
        self.credit = bool(flags & _CREDIT)
        self.figure = bool(flags & _FIGURE)


_EMPTY_INFO: Final = _AttributeInfo("", ([], 0), "", "")


@lru_cache(maxsize=_INFO_CACHE_SIZE)
def _attribute_info(classes: str, ident: str, role: str, itemprop: str) -> _AttributeInfo:
    """What one combination of class, id, role and itemprop says (cached, bounded)."""
    return _AttributeInfo(classes, _summarize(classes + " " + ident), role, itemprop)


# Tag-level weights: semantic containers say "article" more reliably than classes.
_TAG_WEIGHT: Final = {
    "article": 25.0,
    "main": 15.0,
    "section": 2.0,
    "td": 3.0,
    "pre": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "th": -5.0,
    "nav": -25.0,
    "aside": -25.0,
    "footer": -25.0,
    "header": -10.0,
}


class _Frame:
    """An open block-level element during the walk."""

    __slots__ = (
        "caption_id", "classes", "ctx", "element", "figure_id", "id", "level", "marks", "tag",
        "weight",
    )  # fmt: skip

    def __init__(
        self,
        id: int,
        tag: str,
        ctx: BlockKind,
        level: int,
        marks: tuple[tuple[str, int], ...],
        caption_id: int,
        figure_id: int,
        element: etree._Element | None = None,
        weight: float = 0.0,
        classes: str = "",
    ) -> None:
        self.id = id
        self.tag = tag
        self.ctx = ctx
        self.level = level
        self.marks = marks
        self.caption_id = caption_id
        self.figure_id = figure_id
        self.element = element
        self.weight = weight
        self.classes = classes


class _RawBlock:
    __slots__ = ("ancestors", "caption_id", "kind", "level", "link", "marks", "pos", "tag", "text")

    def __init__(
        self,
        kind: BlockKind,
        text: str,
        level: int,
        tag: str,
        link: int,
        marks: tuple[tuple[str, int], ...],
        pos: int,
        ancestors: tuple[int, ...],
        caption_id: int,
    ) -> None:
        self.kind = kind
        self.text = text
        self.level = level
        self.tag = tag
        self.link = link
        self.marks = marks
        self.pos = pos
        self.ancestors = ancestors
        self.caption_id = caption_id


def collapse(text: str, br: str) -> str:
    """The text with ``br`` marks and whitespace runs made one space, soft hyphens and
    byte-order marks removed, and no space at either end (what the compiled walk's
    collapse does)."""
    return " ".join(text.replace(br, " ").translate(_INVISIBLE).split())


def counts_as_link(href: str | None) -> bool:
    """Whether an ``<a>`` with this ``href`` makes its text link text: it has one, and
    it does not just open an image (``markup.IMAGE_LINK_SUFFIXES``)."""
    if href is None:
        return False
    path = href.split("#", 1)[0].split("?", 1)[0].rstrip().lower()
    return not path.endswith(markup.IMAGE_LINK_SUFFIXES)


_INLINE_FRAME_WORD: Final = re.compile("|".join(map(re.escape, markup.INLINE_FRAME_WORDS)))
# What an inline element's class attribute makes of it (``inline_kind``).
INLINE_TEXT: Final = 0  # its text is part of the block around it
INLINE_FRAME: Final = 1  # it holds a caption or credit: a block of its own
INLINE_SKIP: Final = 2  # for screen readers only: its text is left out


@lru_cache(maxsize=_INFO_CACHE_SIZE)
def inline_kind(classes: str) -> int:
    """What an inline element (``<span>``, ``<em>``, ...) with this class attribute is:
    ``INLINE_SKIP`` when it is shown to screen readers only
    (``markup.SCREEN_READER_CLASSES``), ``INLINE_FRAME`` when it holds a caption or
    credit (``<span class="caption">``), else ``INLINE_TEXT``. (Cached, bounded; the
    compiled walk's ``AttributeReader.inline_kind`` is the twin.)"""
    lowered = classes.lower()
    if not markup.SCREEN_READER_CLASSES.isdisjoint(lowered.split()):
        return INLINE_SKIP
    if _INLINE_FRAME_WORD.search(lowered):
        return INLINE_FRAME
    return INLINE_TEXT


class _Walker:
    """One pass over the tree, collecting raw blocks, elements and images."""

    def __init__(self, skip: frozenset[str] = _SKIP) -> None:
        self.skip = skip
        self.metadata: list[MetadataRecord] | None = None  # read apart, from the tree
        self.tick = 0
        self.buffer: list[str] = []
        self.link_buffer: list[str] = []  # the part of the buffer inside links
        self.frames: list[_Frame] = []
        self.ids: list[int] = []  # ids of open block-level elements, for ancestors
        self.raw: list[_RawBlock] = []
        self.marked: list[int] = []  # ids of the elements that give marks of their own
        self.elements: dict[int, Element] = {}
        self.images: list[tuple[int, str, str | None]] = []
        self.image_ticks: list[int] = []  # ticks of self.images, ascending
        self.natural_kind: dict[int, BlockKind] = {}  # raw index -> kind without caption
        # The last blocks' ancestors: consecutive blocks (sibling paragraphs) mostly
        # share them, and then share one tuple (a million <p> made a million).
        self.last_ancestors: tuple[int, ...] = ()

    # -- text ---------------------------------------------------------------------
    def flush(self, frame: _Frame) -> None:
        """Turn the text gathered since the last block boundary into raw blocks."""
        raw = "".join(self.buffer)
        self.buffer.clear()
        link = 0
        if self.link_buffer:
            link = sum(map(len, self.link_buffer))
            self.link_buffer.clear()
        if raw.isspace():  # indentation between tags
            return
        pieces = _BR_BREAK.split(raw) if _BR in raw else (raw,)
        own_block = frame.tag in _BLOCK_KINDS
        ancestors = tuple(
            reversed(
                self.ids[-_ANCESTOR_DEPTH - 1 : -1] if own_block else self.ids[-_ANCESTOR_DEPTH:]
            )
        )
        if ancestors == self.last_ancestors:
            ancestors = self.last_ancestors
        self.last_ancestors = ancestors
        for piece in pieces:
            text = collapse(piece, _BR)
            if not text:
                continue
            share = min(link, len(text)) if len(pieces) == 1 else min(link, len(text)) // 2
            kind = frame.ctx
            if kind == "caption" or kind == "credit":
                self.natural_kind[len(self.raw)] = _BLOCK_KINDS.get(frame.tag, "paragraph")  # type: ignore[assignment]
            self.raw.append(
                _RawBlock(
                    kind,
                    text,
                    frame.level,
                    frame.tag,
                    share,
                    frame.marks,
                    self.tick,
                    ancestors,
                    frame.caption_id,
                )
            )

    # -- elements -----------------------------------------------------------------
    def open(self, element: etree._Element, tag: str) -> None:
        parent = self.frames[-1]
        if self.buffer:
            self.flush(parent)
        self.tick += 1
        # All attributes in one call: cheaper than six lookups, and most block
        # elements have none.
        attributes = element.items()
        info = _EMPTY_INFO
        hidden = False
        if attributes:
            get = cast("dict[str, str]", dict(attributes)).get  # HTML attributes are str
            key = (
                get("class") or "",
                get("id") or "",
                (get("role") or "").lower(),
                (get("itemprop") or "").lower(),
            )
            if key != ("", "", "", ""):
                info = _attribute_info(*key)
            style = get("style")
            hidden = get("hidden") is not None or bool(style and _HIDDEN_STYLE.search(style))
        own_marks = info.marks
        tag_mark = _MARK_BY_TAG.get(tag)
        if tag_mark:
            own_marks = (*own_marks, tag_mark)
        if hidden:
            own_marks = (*own_marks, "hidden")
        marks = parent.marks
        if own_marks:
            marks = marks + tuple((mark, self.tick) for mark in own_marks)
            self.marked.append(self.tick)

        natural = _BLOCK_KINDS.get(tag)
        ctx: BlockKind
        caption_id = parent.caption_id
        if parent.ctx in _STICKY_KINDS and natural != "heading":
            ctx = parent.ctx
            if caption_id >= 0 and info.credit:
                ctx = "credit"
        elif natural is not None:
            ctx = natural  # type: ignore[assignment]
        else:
            ctx = "paragraph"
        if (info.caption or tag == "figcaption") and caption_id < 0:
            ctx = "caption"
            caption_id = self.tick
        figure_id = self.tick if tag == "figure" or info.figure else parent.figure_id
        if figure_id >= 0 and attributes:
            self.note_image(element, _LAZY_IMAGE_ATTRS, "data-alt")
        level = int(tag[1]) if natural == "heading" else 0
        weight = info.weight + _TAG_WEIGHT.get(tag, 0.0)
        frame = _Frame(
            self.tick, tag, ctx, level, marks, caption_id, figure_id, element, weight, info.classes
        )
        self.frames.append(frame)
        self.ids.append(self.tick)

    def close(self, frame: _Frame) -> None:
        if self.buffer:
            self.flush(frame)
        self.frames.pop()
        self.ids.pop()
        self.tick += 1
        parent = self.frames[-1]
        self.elements[frame.id] = Element(
            frame.id, self.tick, frame.tag, parent.id, frame.weight, frame.classes
        )

    # -- walk ---------------------------------------------------------------------
    def walk(self, root: etree._Element) -> None:
        # The hot loop of segmentation: one iteration per start and end event, so it
        # works on local names and only calls out at block boundaries. Only block-level
        # elements (and inline captions) open a frame; inline elements add their text,
        # except those for screen readers only (see inline_kind).
        root_frame = _Frame(0, "#root", "paragraph", 0, (), -1, -1)
        frames = self.frames
        frames.append(root_frame)
        buffer = self.buffer
        append = buffer.append
        link_append = self.link_buffer.append
        skip = self.skip
        link_depth = 0
        walker = etree.iterwalk(root, events=("start", "end"))
        for count, (event, element) in enumerate(walker):
            if not count & 4095:
                check_deadline("walking the HTML tree")
            tag = element.tag
            if event == "start":
                if tag.__class__ is not str:  # an entity reference
                    continue
                if tag in skip:
                    walker.skip_subtree()
                    continue
                inline = INLINE_TEXT
                if tag not in _OPENS_FRAME and tag not in _INLINE_PLAIN:
                    classes = element.get("class")
                    inline = inline_kind(classes) if classes else INLINE_TEXT
                    # (Not a link: its end would then close a link that never opened.)
                    if inline == INLINE_SKIP and tag != "a":
                        walker.skip_subtree()
                        continue
                if tag in _OPENS_FRAME or inline == INLINE_FRAME:
                    self.open(element, tag)
                elif tag == "br":
                    append(_BR)
                elif tag == "a":
                    if counts_as_link(element.get("href")):
                        link_depth += 1
                elif tag in _IMAGE_TAGS:
                    self.note_image(element)
                text = element.text
            else:
                if frames[-1].element is element:
                    self.close(frames[-1])
                elif tag == "a" and link_depth and counts_as_link(element.get("href")):
                    link_depth -= 1
                text = element.tail
            if text:
                if link_depth:
                    append(text)
                    link_append(text)
                elif buffer or not text.isspace():  # leading indentation: never a block
                    append(text)
        if self.buffer:
            self.flush(root_frame)

    def note_image(
        self,
        element: etree._Element,
        attributes: tuple[str, ...] = _IMAGE_ATTRS,
        alt_attribute: str = "alt",
    ) -> None:
        for attribute in attributes:
            source = element.get(attribute)
            if source and not source.startswith("data:"):
                self.images.append((self.tick, source.strip(), element.get(alt_attribute)))
                self.image_ticks.append(self.tick)
                return


# The compiled walk (articlekit/_cwalk.pyx) reads its tables and records from here,
# so that they stay in one place. ARTICLEKIT_PURE_PYTHON=1 makes it use _Walker.
_WALK_SPEC: Final = SimpleNamespace(
    skip=_SKIP,
    block_kinds=_BLOCK_KINDS,
    opens_frame=_OPENS_FRAME,
    inline_plain=_INLINE_PLAIN,
    image_tags=_IMAGE_TAGS,
    sticky_kinds=_STICKY_KINDS,
    mark_by_tag=_MARK_BY_TAG,
    tag_weight=_TAG_WEIGHT,
    hidden_style=_HIDDEN_STYLE,
    br_break=_BR_BREAK,
    br=_BR,
    ancestor_depth=_ANCESTOR_DEPTH,
    image_attrs=_IMAGE_ATTRS,
    lazy_image_attrs=_LAZY_IMAGE_ATTRS,
    counts_as_link=counts_as_link,
    image_link_suffixes=markup.IMAGE_LINK_SUFFIXES,
    raw_block=_RawBlock,
    raw_block_fields=list(inspect.signature(_RawBlock).parameters),
    element=Element,
    element_fields=[field.name for field in fields(Element)],
    check_deadline=check_deadline,
)


class _WalkResult(Protocol):
    """What a walk leaves behind: ``_Walker`` and the compiled walk alike."""

    raw: list[_RawBlock]
    marked: list[int]
    elements: dict[int, Element]
    images: list[tuple[int, str, str | None]]
    image_ticks: list[int]
    natural_kind: dict[int, BlockKind]
    # The tree's metadata records, where the walk collected them (the compiled one does).
    metadata: list[MetadataRecord] | None


_CWALK: Final = compiled("_cwalk")


def _compiled_walk() -> Callable[[etree._Element, frozenset[str]], _WalkResult] | None:
    module = _CWALK
    if module is None:
        return None

    def compiled_walk(root: etree._Element, skip: frozenset[str]) -> _WalkResult:
        walker = module.Walker(_WALK_SPEC, skip)
        walker.walk(root)
        return cast("_WalkResult", walker)

    return compiled_walk


_COMPILED: Final = _compiled_walk()
# Class/id values are summarised in C when compiled: on the benchmark pages, a third
# of the walk went to values seen for the first time.
_summarize: Callable[[str], tuple[list[str], int]] = _token_summary
if _CWALK is not None:
    _summarize = _CWALK.TokenTable(_LISTED, _MARK_PREFIXES, _EXCEPTION_PREFIXES).summary
    # The compiled walk reads class/id/role/itemprop through its own twin of
    # _attribute_info, whose results it reads as C fields.
    _WALK_SPEC.attribute_reader = _CWALK.AttributeReader(
        _summarize,
        markup.HIDDEN_CLASSES,
        markup.MARK_BY_ROLE,
        (_POSITIVE, _NEGATIVE, _CAPTION, _CREDIT, _FIGURE),
        _INFO_CACHE_SIZE,
        inline_kind.__wrapped__,
    )
COMPILED: Final = _COMPILED is not None
"""Whether the compiled walk is in use (see ``setup.py``)."""


def walk_tree(
    root: etree._Element, skip: frozenset[str] = _SKIP, *, compiled: bool = True
) -> _WalkResult:
    """Walk the tree once: raw blocks, container elements and images.

    ``compiled=False`` forces the pure-Python walk (the two give the same results).
    """
    if compiled and _COMPILED is not None:
        return _COMPILED(root, skip)
    walker = _Walker(skip)
    walker.walk(root)
    return walker


def _wrapper_ids(raw: list[_RawBlock], marked: list[int], elements: dict[int, Element]) -> set[int]:
    """Ids of marked elements (``marked``: those that give marks of their own) that
    wrap most of the page's prose: not real marks."""
    if not marked:
        return set()
    positions = [block.pos for block in raw]
    sizes = [len(block.text) if block.kind in _PROSE_KINDS else 0 for block in raw]
    prefix = [0, *accumulate(sizes)]
    total = prefix[-1]
    if not total:
        return set()
    # With a share of a half or more, a wrapper holds the block where the running
    # total of prose passes half the page: most elements are ruled out by that alone.
    middle = positions[bisect_right(prefix, total / 2) - 1] if markup.WRAPPER_SHARE >= 0.5 else -1
    wrappers: set[int] = set()
    for eid in marked:
        element = elements.get(eid)
        if element is None or (middle >= 0 and not element.id <= middle < element.end):
            continue
        first = bisect_left(positions, element.id)
        last = bisect_left(positions, element.end)
        inside = prefix[last] - prefix[first]
        if inside / total <= markup.WRAPPER_SHARE:
            continue
        if total - inside >= markup.ARTICLE_OUTSIDE_CHARS and first < last:
            # a long comment thread under an article of its own: the comments are real
            kinds = {kind for kind, source in raw[first].marks if source == eid}
            if kinds == {"comments"}:
                continue
        wrappers.add(eid)
    return wrappers


def _join_sibling_credits(walker: _WalkResult) -> None:
    """Give a caption the credit element that follows it as its next sibling.

    Figure boxes often print the credit beside the caption rather than inside it:
    ``<div class="image-caption">X</div><div class="image-credit">AP</div>``. Such a
    credit is not inside caption markup, so the walk made it a paragraph. It joins the
    caption when its element has a credit class (``markup.CREDIT_TOKENS``), shares the
    caption element's parent, and opens right where the caption element closes (element
    ids are document positions: nothing block-level lies between them). Only the
    blocks after caption blocks are looked at.
    """
    raw = walker.raw
    elements = walker.elements
    for index in sorted(walker.natural_kind):
        after = index + 1
        if after >= len(raw) or raw[after].caption_id >= 0 or raw[after].kind != "paragraph":
            continue
        block, credit = raw[index], raw[after]
        caption = elements.get(block.caption_id)
        element = elements.get(credit.ancestors[0]) if credit.ancestors else None
        if (
            caption is None
            or element is None
            or element.id != caption.end + 1
            or element.parent != caption.parent
            or not _attribute_info(element.classes, "", "", "").credit
        ):
            continue
        credit.kind = "credit"
        credit.caption_id = caption.id
        credit.marks = tuple(
            sorted((*credit.marks, (markup.CAPTION_MARK, caption.id)), key=lambda mark: mark[1])
        )
        walker.natural_kind[after] = "paragraph"


# A term that leads a photo credit is a label: "Photo:", "Фото:", "Photo credit:".
_CREDIT_TERM_WORDS: Final = 3


def _join_definitions(walker: _WalkResult) -> None:
    """Make each term of a definition list and its one description one block.

    ``<dt>Calories</dt><dd>390</dd>`` gives "Calories: 390" (``DEFINITION_SEPARATOR``;
    a term that ends in a colon or a full stop of its own, "Photo:" or "1.", takes a
    space only): apart, "390" says nothing. Only a term followed by exactly one
    description, both list items of the same list with the same marks and neither in
    caption markup; a term with several descriptions (a list of ingredients under
    "Zutaten") stays apart. A term that is a photo credit's lead alone ("Photo:",
    "Фото:") makes its description a credit: "<dt>Фото:</dt><dd>личный архив</dd>".
    """
    raw = walker.raw
    if "dd" not in map(tag_of, raw):
        return  # most pages: one pass in C
    joined: list[_RawBlock] = []
    position = 0
    while position < len(raw):
        block = raw[position]
        if _defines(raw, position):
            _join_definition(block, raw[position + 1])
            position += 1
        joined.append(block)
        position += 1
    raw[:] = joined


def _defines(raw: list[_RawBlock], position: int) -> bool:
    """Whether the raw block at ``position`` is a term whose one description follows."""
    after = position + 2
    if raw[position].tag != "dt" or after > len(raw) or raw[position + 1].tag != "dd":
        return False
    term, value = raw[position], raw[position + 1]
    return (
        (after == len(raw) or raw[after].tag != "dd")
        and term.kind == value.kind == "list_item"
        and term.caption_id < 0
        and value.caption_id < 0
        and term.ancestors[:1] == value.ancestors[:1]
        and term.marks == value.marks
        and bool(term.text)
        and bool(value.text)
    )


def _join_definition(block: _RawBlock, value: _RawBlock) -> None:
    """Give the term's block its description (and make a credit lead's pair a credit)."""
    term = block.text
    if term[-1] in markup.DEFINITION_TERM_ENDS:
        block.text = f"{term} {value.text}"
        if (
            count_words(term) <= _CREDIT_TERM_WORDS
            and not value.text[0].isdigit()
            and photo_credit(block.text) == block.text
        ):
            block.kind = "credit"  # "Photo:" alone: what follows credits
    else:
        block.text = term + markup.DEFINITION_SEPARATOR + value.text
    block.link += value.link


def _fix_captions(walker: _WalkResult) -> None:
    """Undo caption kinds in oversized caption elements; attach images to captions."""
    raw = walker.raw
    totals: dict[int, list[int]] = {}
    for block in raw:
        if block.caption_id >= 0:
            entry = totals.setdefault(block.caption_id, [0, 0])
            entry[0] += len(block.text)
            entry[1] += 1
    for index, natural in walker.natural_kind.items():
        chars, count = totals.get(raw[index].caption_id, (0, 0))
        if chars > _MAX_CAPTION_CHARS or count > _MAX_CAPTION_BLOCKS:
            raw[index].kind = natural


# A caption's <figure> may sit a few levels up (AMP wraps the figcaption in a toggle).
_FIGURE_LEVELS: Final = 3


def _figure_of(caption: Element, elements: dict[int, Element]) -> Element | None:
    """The ``<figure>`` around a caption element, within ``_FIGURE_LEVELS`` levels (the
    caption element itself, when a figure's class says it holds a caption)."""
    if caption.tag == "figure":
        return caption
    element: Element | None = caption
    for _ in range(_FIGURE_LEVELS):
        element = elements.get(element.parent) if element is not None else None
        if element is None:
            return None
        if element.tag == "figure":
            return element
    return None


def caption_images(walker: _WalkResult) -> Callable[[_RawBlock], tuple[str | None, str | None]]:
    """``_caption_image`` for the captions of this walk."""
    openers = sorted({walker.raw[index].caption_id for index in walker.natural_kind})
    return partial(_caption_image, walker=walker, openers=openers)


def _caption_image(
    block: _RawBlock, *, walker: _WalkResult, openers: list[int]
) -> tuple[str | None, str | None]:
    """The image nearest to a caption inside the caption's enclosing element.

    ``openers`` are the ids of the page's caption elements, sorted."""
    caption = walker.elements.get(block.caption_id)
    if caption is None or not walker.images:
        return None, None
    ticks = walker.image_ticks
    figure = _figure_of(caption, walker.elements)
    scope = figure or walker.elements.get(caption.parent, caption)
    # Images are in document order: bisect to the scope, then to the caption (linear
    # scans made pages with thousands of figures quadratic). Ties go to the earlier one.
    low, high = bisect_left(ticks, scope.id), bisect_left(ticks, scope.end)
    if low == high and figure is None:
        # A figure box without <figure> may keep its image and its caption in two
        # wrappers (<div class=image><img></div><div class=meta>caption</div>): one level
        # up, a box of one image and one caption is the caption's.
        outer = walker.elements.get(scope.parent)
        if outer is not None:
            low, high = bisect_left(ticks, outer.id), bisect_left(ticks, outer.end)
            captions = bisect_left(openers, outer.end) - bisect_left(openers, outer.id)
            if high - low != 1 or captions != 1:
                return None, None
    if low == high:
        return None, None
    after = bisect_left(ticks, block.pos, low, high)
    nearest = [bisect_left(ticks, ticks[after - 1], low, high)] if after > low else []
    if after < high:
        nearest.append(after)
    index = min(nearest, key=lambda i: (abs(ticks[i] - block.pos), i))
    return walker.images[index][1], walker.images[index][2]


def _has_chars(walker: _WalkResult, least: int, *, prose: bool = False) -> bool:
    """Whether the walk's blocks hold ``least`` characters (with ``prose``: in blocks of
    ten words or more, what an article is made of). Stops as soon as they do: on most
    pages within the first blocks, where a sum over every block cost 0.1 ms a page."""
    total = 0
    for raw in walker.raw:
        if not prose or raw.text.count(" ") >= _PROSE_SPACES:
            total += len(raw.text)
            if total >= least:
                return True
    return False


def _from_templates(root: etree._Element) -> _WalkResult | None:
    """The walk of the HTML that client-side templates hold, if it has more prose.

    Some platforms (Blogger themes, single-page apps) send the article inside
    ``<script type="text/template">`` and render it in the browser; the page itself
    then holds only its menus. The templates' markup is parsed as a page of its own.
    """
    sources = [
        script.text
        for script in root.iter("script")
        if script.text and (script.get("type") or "").strip().lower() in markup.TEMPLATE_TYPES
    ]
    if not sources:
        return None
    try:
        template_root = parse_html("<html><body>" + "".join(sources) + "</body></html>")
    except EmptyInputError:
        return None
    walker = walk_tree(template_root)
    return walker if _has_chars(walker, _MIN_PROSE_CHARS, prose=True) else None


def segment_html(text: str, *, url: str | None = None) -> Page:
    """Parse HTML and segment it into a :class:`Page`.

    Args:
        text: Decoded HTML.
        url: The page's address, if the caller knows it; overrides the canonical url.
    """
    root = parse_html(text)
    walker = walk_tree(root)
    metadata = extract_metadata(root, url=url, records=walker.metadata)
    if not _has_chars(walker, _MIN_VISIBLE_CHARS) and root.find(".//noscript") is not None:
        # A page that shows its article only to readers without JavaScript.
        walker = walk_tree(root, _SKIP - {"noscript"})
    if not _has_chars(walker, _MIN_PROSE_CHARS, prose=True):
        walker = _from_templates(root) or walker
    # The walk holds no part of the tree: free it before the blocks are made, so that
    # a big page never holds its tree and its blocks at once (the tree is the larger).
    del root
    _join_sibling_credits(walker)
    _fix_captions(walker)
    images = caption_images(walker)  # (reads the raw blocks by index: before the join)
    _join_definitions(walker)
    wrappers = _wrapper_ids(walker.raw, walker.marked, walker.elements)
    blocks = _make_blocks(walker.raw, wrappers, images)
    settle_container(blocks)
    settle_container(walker.elements)
    return Page(blocks=blocks, metadata=metadata, source="html", elements=walker.elements)


def make_blocks(
    raw_blocks: list[_RawBlock],
    wrappers: set[int],
    caption_image: Callable[[_RawBlock], tuple[str | None, str | None]],
) -> tuple[Block, ...]:
    """The page's blocks from the walk's raw blocks: marks of ``wrappers`` left out,
    captions given their image (``_cwalk.make_blocks`` is the compiled twin)."""
    mark_sets: dict[
        tuple[tuple[str, int], ...], tuple[tuple[tuple[str, int], ...], frozenset[str]]
    ] = {}
    blocks: list[Block] = []
    for index, raw in enumerate(raw_blocks):
        found = mark_sets.get(raw.marks)
        if found is None:
            sources = tuple(item for item in raw.marks if item[1] not in wrappers)
            found = mark_sets[raw.marks] = (sources, frozenset(kind for kind, _ in sources))
        sources, marks = found
        image = alt = None
        if raw.kind == "caption" or raw.kind == "credit":
            image, alt = caption_image(raw)
        fields_in_order = (
            index, raw.kind, raw.text, raw.level, raw.tag, raw.link, marks, sources,
            raw.pos, raw.ancestors, image, alt, 0, -1, None,
        )  # fmt: skip
        blocks.append(new_block(*fields_in_order))
    return tuple(blocks)


# The blocks are made in C when compiled: per block, the Python loop cost as much as
# making the block itself.
_make_blocks: Callable[
    [list[_RawBlock], set[int], Callable[[_RawBlock], tuple[str | None, str | None]]],
    tuple[Block, ...],
] = make_blocks
if _CWALK is not None:
    _make_blocks = partial(_CWALK.make_blocks, block_maker=new_block, count_words=count_words)
