"""The compiled walk (``articlekit._cwalk``) gives exactly what the Python walk gives.

``_html._Walker`` is the specification; the compiled module reads libxml2's tree
directly and must produce the same raw blocks, container elements and images, on real
pages, on hand-made corner cases and on generated HTML. Skipped (visibly) only where
the package was installed without a C compiler.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import pickle
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from articlekit import Article, Block, Caption, Element, Page, Paragraph, Removal, _html, segment
from articlekit._assemble import assemble
from articlekit._blocks import new_block
from articlekit._decode import decode
from articlekit._metadata import metadata_records
from articlekit._pipeline import _drops_by_index, index_blocks, split_blocks
from articlekit._protocol import Drop, new_drop
from articlekit._text import count_words
from articlekit.errors import FilterError
from tests.helpers import FIXTURES
from tests.test_properties import SETTINGS, html_page

pytestmark = pytest.mark.skipif(
    not _html.COMPILED, reason="articlekit was installed without its compiled walk"
)

NOSCRIPT_TOO = _html._SKIP - {"noscript"}


def _dump(walker: Any) -> tuple[Any, ...]:
    raw = [
        (b.kind, b.text, b.level, b.tag, b.link, b.marks, b.pos, b.ancestors, b.caption_id)
        for b in walker.raw
    ]
    elements = {
        k: (e.id, e.end, e.tag, e.parent, e.weight, e.classes) for k, e in walker.elements.items()
    }
    return raw, walker.marked, elements, walker.images, walker.image_ticks, walker.natural_kind


def _assert_same(markup: str) -> None:
    root = _html.parse_html(markup)
    records = metadata_records(root)
    for skip in (_html._SKIP, NOSCRIPT_TOO):
        python = _dump(_html.walk_tree(root, skip, compiled=False))
        walker = _html.walk_tree(root, skip)
        assert _dump(walker) == python
        # The compiled walk collects the metadata records on its way, skipped subtrees too.
        assert walker.metadata == records
    assert _html.compiled("_cwalk").metadata_records(root) == records


def _html_fixtures() -> list[str]:
    names = []
    for folder in sorted(FIXTURES.iterdir()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta["mode"] == "html":
            names.append(folder.name)
    return names


@pytest.mark.parametrize("name", _html_fixtures())
def test_same_walk_on_real_pages(name: str) -> None:
    _assert_same(decode((FIXTURES / name / "source.html").read_bytes()))


@pytest.mark.parametrize("name", _html_fixtures())
def test_same_blocks_on_real_pages(name: str) -> None:
    """The compiled make_blocks makes the blocks the Python one makes."""
    module = _html.compiled("_cwalk")
    if module is None:
        pytest.skip("installed without the compiled walk")
    walker = _html.walk_tree(
        _html.parse_html(decode((FIXTURES / name / "source.html").read_bytes()))
    )
    _html._join_sibling_credits(walker)
    _html._fix_captions(walker)
    wrappers = _html._wrapper_ids(walker.raw, walker.marked, walker.elements)
    image = _html.caption_images(walker)
    python = _html.make_blocks(walker.raw, wrappers, image)
    compiled = module.make_blocks(walker.raw, wrappers, image, new_block, count_words)
    assert compiled == python
    assert [block.words for block in compiled] == [count_words(b.text) for b in python]
    assert [block.mark_sources for block in compiled] == [b.mark_sources for b in python]
    assert [(block.image, block.alt) for block in compiled] == [(b.image, b.alt) for b in python]


CORNER_CASES = {
    # (parse_html removes comments and processing instructions: the walks never see
    # them, so what each would do with one is not specified.)
    "comment and its tail": "<p>a<!-- note -->tail <b>bold</b> end<?pi x?> after</p>",
    "skipped subtree keeps its tail": "<p>x<script>var a = '<p>';</script>after</p>",
    "noscript content": "<div><noscript><p>only without scripts</p></noscript>seen</div>",
    "nested links": '<p><a href="/1">one <a href="/2">two</a> three</a> four</p>',
    "link without href": "<p><a name=x>anchor</a> text</p>",
    "inline caption link": '<p><a class="Caption" href="/p">A caption link</a> rest</p>',
    "inline credit span": '<figure><img src="a.jpg"><span class="credit">Photo: X</span></figure>',
    "line breaks": "<p>one<br>two<br><br>three<br/> <br>four</p>",
    "entity in attribute": '<div class="a&amp;b share-box" id="x&#49;">t</div>',
    "boolean hidden": "<div hidden><p>gone</p></div><p>kept</p>",
    "hidden style": '<div style="display: none"><p>gone</p></div>',
    "images": '<p><img data-src="data:x"><img data-lazy-src=" /b.jpg " alt="B">cap</p>',
    "headings in captions": (
        "<figure><figcaption><h2>T</h2><p>Caption text</p></figcaption></figure>"
    ),
    "text after the root": "<html><body><p>in</p></body></html>trailing",
    "namespaced tags": "<p><o:p>office</o:p> <svg:rect>drawn</svg:rect> plain</p>",
    "ruby": "<p><ruby>漢<rt>kan</rt>字<rp>(</rp></ruby> text</p>",
    "role and itemprop": '<div role="Navigation"><p itemprop="articleBody">x</p></div>',
    "deep inline": "<p>" + "<b>" * 3000 + "deep" + "</b>" * 3000 + "</p>",
    "many containers": "<div>" * 500 + "<p>inside</p>" + "</div>" * 500,
    "table": "<table><tr><th>h</th><td>a<p>b</p>c</td></tr></table>",
    "whitespace only": "<div>   <p>  </p>\n\t</div><p>x</p>",
    "cdata-like": "<p><![CDATA[raw]]> after</p>",
    "metadata everywhere": (
        '<html lang="de"><head><title>The  title</title><meta property="og:title" '
        'content="OG"><meta name="" itemprop="x" content="c"><meta content="none">'
        '<link rel="Canonical" href="/c"><link rel="canonical">'
        '<script type="Application/LD+JSON">{"a": 1}</script><script>var x;</script>'
        '</head><body><noscript><meta http-equiv="refresh" content="0"></noscript>'
        "<template><h1>In a template</h1></template><h1></h1>"
        "<h1>Head<b>line <i>deep</i></b> tail</h1><time>no date</time>"
        '<time datetime="2020-01-02">then</time><a rel="author" href="/a">Ann <b>B</b></a>'
        '<a rel="Author">not exact</a><svg><title>drawing</title></svg>'
        '<p>x<meta itemprop="datePublished" content="2020"></p></body></html>'
    ),
    "links that open images": "".join(
        f'<p><a href="{href}">a link</a> and text</p>'
        for href in [
            "/a.JPG",
            "/b.png?w=1#z",
            "/c.webp ",
            "/d.jpg/page",
            "",
            "/e.gif&amp;x",
            "/f.jp&#103;",
            "/g.jpé",
            "#x.png",
            "/h.avif\u00a0",
            "/i.html",
            "x.Jpeg\t",
        ]
    )
    + "<p><a>no href</a> text</p>",
}


@pytest.mark.parametrize("markup", CORNER_CASES.values(), ids=CORNER_CASES.keys())
def test_same_walk_on_corner_cases(markup: str) -> None:
    _assert_same(markup)


@SETTINGS
@given(html_page)
def test_same_walk_on_generated_html(markup: str) -> None:
    _assert_same(markup)


# Pieces of text nodes: every kind of whitespace str.split() knows, the walk's line-break
# marker, the soft hyphen and byte-order mark (dropped), and letters of one, two and
# four bytes.
TEXT_PIECES = st.sampled_from(
    ["word", " ", "  ", "\t", "\n", "\r\n", "\x00", "\xa0", "\x85", "\x1c", "\u2009",
     "\u3000", "\u2028", "é", "ß", "€", "中文", "😀", "\x01", "\xff", "a b", "\xad", "\ufeff"]
)  # fmt: skip


@given(st.lists(TEXT_PIECES, max_size=16).map("".join))
def test_whitespace_collapse_is_split_and_join(text: str) -> None:
    expected = _html.collapse(text, _html._BR)
    collapsed = _html.compiled("_cwalk").collapse(text, _html._BR)
    assert collapsed == expected
    assert hash(collapsed) == hash(expected)  # same canonical string (same width)


def test_pure_python_switch() -> None:
    """``ARTICLEKIT_PURE_PYTHON=1`` turns the compiled walk off, for debugging."""
    code = "from articlekit import _html; print(_html.COMPILED)"
    env = {**os.environ, "ARTICLEKIT_PURE_PYTHON": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Block, (3, "caption", "A tram.", 0, "p", 2, frozenset({"x"}), (("x", 1),), 7,
                 (1, 0), "/a.jpg", "alt", 0, -1, None)),
        (Element, (4, 9, "div", 0, -25.0, "sidebar wide")),
    ],
)  # fmt: skip
def test_record_maker_makes_what_the_class_makes(cls: type, values: tuple[Any, ...]) -> None:
    """Blocks and elements are made without the dataclass's ``__init__``: same objects."""
    assert not hasattr(cls, "__post_init__")  # the maker would skip it
    maker = _html.compiled("_cwalk").RecordMaker(cls, [f.name for f in dataclasses.fields(cls)])
    assert maker.fills_slots  # the fast way: slotted dataclasses of object fields
    made = maker(*values)
    assert type(made) is cls
    assert made == cls(*values)
    assert repr(made) == repr(cls(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.tag = "changed"
    with pytest.raises(TypeError):
        maker(*values[:-1])


def test_record_maker_sets_fields_by_name_where_it_cannot_fill_slots() -> None:
    """A class with a ``__dict__`` is filled through ``setattr``: same values."""

    class Plain:
        pass

    maker = _html.compiled("_cwalk").RecordMaker(Plain, ["a", "b"])
    assert not maker.fills_slots
    made = maker(1, "two")
    assert (made.a, made.b) == (1, "two")


def test_records_keep_their_values_alive() -> None:
    """Each field holds its own reference: the values outlive what made them."""
    fields = ["id", "end", "tag", "parent", "weight", "classes"]
    maker = _html.compiled("_cwalk").RecordMaker(Element, fields)
    made = [maker(index, index + 1, "div" + str(index), 0, 1.0, str(index)) for index in range(50)]
    gc.collect()
    assert [record.tag for record in made] == ["div" + str(index) for index in range(50)]


@pytest.mark.parametrize(
    "model",
    [
        Paragraph(kind="heading", text="Trams return", level=2),
        Removal(filter="share", reason="share_prompt", text="Share this", kind="paragraph",
                detail="share", index=7),
        Caption(text="A tram.", credit="Jane Doe/AP", image="/a.jpg", alt=None),
    ],
)  # fmt: skip
def test_model_maker_makes_what_pydantic_makes(model: pydantic.BaseModel) -> None:
    """Paragraphs and removals are made without validation: the same models, which
    behave the same (equality, hashing, dumps, copies, pickling, frozen)."""
    cls = type(model)
    fields_set = set(cls.model_fields)
    maker = _html.compiled("_cwalk").ModelMaker(cls, list(cls.model_fields))
    made = maker(fields_set, *model.__dict__.values())
    assert type(made) is cls
    assert made == model == cls.model_construct(fields_set, **model.__dict__)
    assert hash(made) == hash(model)
    assert repr(made) == repr(model)
    assert made.model_dump() == model.model_dump()
    assert made.model_fields_set == model.model_fields_set
    assert pickle.loads(pickle.dumps(made)) == model
    assert made.__pydantic_extra__ is None
    assert made.__pydantic_private__ is None
    with pytest.raises(pydantic.ValidationError):
        made.text = "changed"
    first = next(iter(cls.model_fields))
    copied = made.model_copy(update={first: model.__dict__[first]})
    assert copied == model
    assert fields_set == set(cls.model_fields)  # the shared set is copied, never changed
    assert not gc.is_tracked(made)  # strings and numbers only: never in a cycle


def test_model_maker_keeps_values_alive_and_tracks_containers() -> None:
    maker = _html.compiled("_cwalk").ModelMaker(Paragraph, ["kind", "text", "level"])
    made = [maker(set(), "paragraph", "word " + str(index), 0) for index in range(50)]
    gc.collect()
    assert [paragraph.text for paragraph in made] == ["word " + str(index) for index in range(50)]
    # A model holding a container stays on the collector's lists.
    article_maker = _html.compiled("_cwalk").ModelMaker(Article, list(Article.model_fields))
    values = {name: field.get_default(call_default_factory=True)
              for name, field in Article.model_fields.items()}  # fmt: skip
    article = article_maker(set(), *values.values())
    assert article == Article()
    assert gc.is_tracked(article)


def test_model_maker_makes_rows_of_the_right_types_only() -> None:
    """``make_all`` leaves ``None`` where a value's type is not exactly the field's (a
    subclass of str included), for the caller to validate."""

    class Text(str):
        pass

    maker = _html.compiled("_cwalk").ModelMaker(Removal, list(Removal.model_fields))
    types = (str, str, str, str, str, int)
    good = ("share_prompts", "share_prompt", "Share this", "paragraph", "share", 7)
    rows = [good, (*good[:2], 5, *good[3:]), (*good[:2], Text("x"), *good[3:]),
            (*good[:5], True)]  # fmt: skip
    made = maker.make_all(rows, set(Removal.model_fields), types)
    assert made[0] == Removal(**dict(zip(Removal.model_fields, good, strict=True)))
    assert made[1:] == [None, None, None]
    with pytest.raises(TypeError):
        maker.make_all([good[:-1]], set(), types)


def test_model_maker_refuses_what_it_cannot_make() -> None:
    module = _html.compiled("_cwalk")
    with pytest.raises(TypeError):
        module.ModelMaker(Element, ["id"])  # not a pydantic model
    with pytest.raises(TypeError):
        module.ModelMaker(Paragraph, ["kind", "text"])  # not every field
    with pytest.raises(TypeError):
        module.ModelMaker(Paragraph, ["kind", "text", "level"])(set(), "paragraph", "x")


def test_paragraphs_of_unchecked_blocks_are_validated() -> None:
    """A custom filter can make any Block: values of the wrong type or range still meet
    pydantic's validation, as without the compiled maker."""
    page = segment("<article><h2>Heading</h2><p>One paragraph of the article.</p></article>")
    heading = page.blocks[0]
    bad = page.with_blocks((new_block(*[9 if f.name == "level" else getattr(heading, f.name)
                                         for f in dataclasses.fields(Block)]),))  # fmt: skip
    with pytest.raises(pydantic.ValidationError):
        assemble(bad, ())
    assert [p.text for p in assemble(page, ()).paragraphs] == [b.text for b in page.blocks]


def _fixture_page() -> Page:
    source = next(iter(sorted(FIXTURES.glob("*/source.html"))))
    return segment(source.read_bytes())


def test_split_blocks_is_its_python_twin() -> None:
    """Blocks kept, relabelled ones replaced, removals recorded: the same in both."""
    page = _fixture_page()
    blocks = page.blocks
    dropped = {block.index: new_drop(block, "some_reason", "why") for block in blocks[::3]}
    replaced = {block.index: block.relabel("quote") for block in blocks[1::5]}
    module = _html.compiled("_cwalk")
    for drops, relabels in ((dropped, replaced), (dropped, {}), ({}, replaced), ({}, {})):
        python_removals: list[Any] = []
        compiled_removals: list[Any] = []
        expected = split_blocks(blocks, drops, relabels, "f", python_removals)
        assert module.split_blocks(blocks, drops, relabels, "f", compiled_removals) == expected
        assert compiled_removals == python_removals
        assert len(expected) + len(python_removals) == len(blocks)
    assert module.index_blocks(blocks) == index_blocks(blocks)


def test_collect_drops_leaves_irregular_verdicts_to_the_python_checks() -> None:
    """The compiled check accepts only the plain case; anything else gets None, and
    the Python checks decide (accept an equal block, or raise with a message)."""
    page = _fixture_page()
    by_index = {block.index: block for block in page.blocks}
    first, second = page.blocks[0], page.blocks[1]
    module = _html.compiled("_cwalk")
    plain = [new_drop(first, "a_reason"), new_drop(second, "b_reason", "x")]
    dropped, reasons = module.collect_drops(plain, by_index, Drop)
    assert dropped == {first.index: plain[0], second.index: plain[1]}
    assert reasons == {"a_reason", "b_reason"}
    copy = new_block(*[getattr(first, f.name) for f in dataclasses.fields(Block)])
    irregular = [
        [new_drop(copy, "a_reason")],  # equal to the page's block, not the same object
        [plain[0], plain[0]],  # twice
        [Drop(first, "a_reason", 5)],  # type: ignore[arg-type]  # detail not a string
        [object()],
    ]
    for drops in irregular:
        assert module.collect_drops(drops, by_index, Drop) is None
    assert _drops_by_index("f", [new_drop(copy, "a_reason")], by_index) == {
        first.index: new_drop(copy, "a_reason")
    }
    with pytest.raises(FilterError, match="twice"):
        _drops_by_index("f", irregular[1], by_index)


def test_the_time_budget_is_checked_throughout_the_walk() -> None:
    """Every DEADLINE_EVERY elements, whatever the mix of starts and ends."""
    calls: list[str] = []
    spec = SimpleNamespace(**vars(_html._WALK_SPEC))
    spec.check_deadline = calls.append
    root = _html.parse_html("<div>" + "<div class=c>t</div>" * 20_000 + "</div>")
    module = _html.compiled("_cwalk")
    module.Walker(spec, _html._SKIP).walk(root)
    assert len(calls) >= 20_000 // 4096


def test_bad_arguments_raise_instead_of_crashing() -> None:
    module = _html.compiled("_cwalk")
    with pytest.raises(TypeError):
        module.Walker(_html._WALK_SPEC, _html._SKIP).walk(None)
    with pytest.raises(ValueError, match="no document"):
        module.Walker(_html._WALK_SPEC, _html._SKIP).walk(etree._Element.__new__(etree._Element))


# Class and id values: camel case, capitals, digits, separators, letters beyond ASCII.
CLASS_PIECES = st.sampled_from(
    ["comment", "List", "XML", "Http", "nav", "-", "_", " ", "2", "bar", "side", "Caption",
     "wp", "é", "ß", "related", "Posts", "A", "z", "  ", "hidden", "byline", "photo",
     "commentary", "Address", "addtoany", "cookiebot", "ad", "Tagline", "x" * 70]
)  # fmt: skip


@given(st.lists(CLASS_PIECES, max_size=12).map("".join))
def test_compiled_token_summary_is_the_python_one(value: str) -> None:
    compiled_module = _html.compiled("_cwalk")
    if compiled_module is None:
        pytest.skip("installed without the compiled walk")
    assert _html._summarize(value) == _html._token_summary(value)


@pytest.mark.parametrize("name", _html_fixtures())
def test_compiled_token_summary_on_real_class_values(name: str) -> None:
    compiled_module = _html.compiled("_cwalk")
    if compiled_module is None:
        pytest.skip("installed without the compiled walk")
    root = etree.fromstring(decode((FIXTURES / name / "source.html").read_bytes()).encode(),
                            etree.HTMLParser(encoding="utf-8"))  # fmt: skip
    for element in root.iter():
        value = f"{element.get('class') or ''} {element.get('id') or ''}"
        assert _html._summarize(value) == _html._token_summary(value)


def test_listed_tokens_are_what_the_tables_say() -> None:
    """The precomputed table of named tokens agrees with the tables, token by token."""
    tokens = set(_html._LISTED) | {"commentlist", "sidebar", "navigation", "x", "post"}
    tokens |= {token + "s" for token in _html._LISTED} | {"x" + t for t in _html._LISTED}
    for token in tokens:
        assert _html._token_info.__wrapped__(token) == _html._table_info(token)


@pytest.mark.parametrize("name", _html_fixtures())
def test_compiled_attribute_reader_is_the_python_one(name: str) -> None:
    """The walk's compiled reader says what _attribute_info says, for every element."""
    reader = getattr(_html._WALK_SPEC, "attribute_reader", None)
    if reader is None:
        pytest.skip("installed without the compiled walk")
    root = _html.parse_html(decode((FIXTURES / name / "source.html").read_bytes()))
    for element in root.iter():
        key = (
            element.get("class") or "",
            element.get("id") or "",
            (element.get("role") or "").lower(),
            (element.get("itemprop") or "").lower(),
        )
        expected = _html._attribute_info.__wrapped__(*key)
        found = reader(*key)
        assert (found.marks, found.weight, found.caption, found.credit, found.figure) == (
            expected.marks, expected.weight, expected.caption, expected.credit, expected.figure
        )  # fmt: skip


@given(
    st.lists(CLASS_PIECES, max_size=8).map("".join),
    st.sampled_from(["", "main", "navigation", "complementary", "banner", "x"]),
    st.sampled_from(["", "articlebody", "caption", "image"]),
)
def test_compiled_attribute_reader_on_generated_values(
    classes: str, role: str, itemprop: str
) -> None:
    reader = getattr(_html._WALK_SPEC, "attribute_reader", None)
    if reader is None:
        pytest.skip("installed without the compiled walk")
    for key in ((classes, "", role, itemprop), ("", classes, role, itemprop)):
        expected = _html._attribute_info.__wrapped__(*key)
        found = reader(*key)
        assert (found.marks, found.weight, found.caption, found.credit, found.figure) == (
            expected.marks, expected.weight, expected.caption, expected.credit, expected.figure
        )  # fmt: skip


def test_model_maker_falls_back_to_validation_on_another_pydantic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pydantic that keeps a model's state in other slots makes ModelMaker refuse the
    class; articlekit then validates, it does not fail to import."""
    from articlekit import _speedups

    def refuse(cls: type, names: list[str]) -> None:
        raise TypeError("not a slot")

    monkeypatch.setattr(_speedups, "compiled", lambda name: SimpleNamespace(ModelMaker=refuse))
    assert _speedups.model_maker(Paragraph) is None


@pytest.mark.parametrize(
    "name", ["ctpost-la-auto-show", "sco-summit-xinhua", "wday-porizkova-aging"]
)
def test_same_scan_of_blocks_for_the_phrase_filters(name: str) -> None:
    # filters._common.scan_blocks is the specification of what mark_or_phrase looks at.
    from articlekit.filters._common import CAPTION_KINDS, scan_blocks
    from articlekit.patterns import compile_phrases

    source = next(p for p in (FIXTURES / name).iterdir() if p.name.startswith("source"))
    raw = source.read_bytes()
    page = segment(raw, mode="text") if source.suffix == ".txt" else segment(raw)
    module = _html.compiled("_cwalk")
    phrases = compile_phrases("share", anchor="start")
    for args in [
        ("share", phrases.hint_bit, True, False, 25, 25, False, frozenset()),
        ("caption", phrases.hint_bit, True, True, 12, -1, True, frozenset({"caption"})),
        (None, 0, True, False, 40, -1, False, frozenset()),
        (None, phrases.hint_bit, False, True, 8, -1, False, frozenset()),
        ("navigation", 0, False, False, 8, 30, False, frozenset()),
    ]:
        # fresh blocks each time: the scan counts words and hints on first use
        python = scan_blocks(segment_again(page), *args, CAPTION_KINDS)
        compiled = module.scan_blocks(segment_again(page), *args, CAPTION_KINDS)
        assert [(b.index, what) for b, what in compiled] == [(b.index, w) for b, w in python]


def segment_again(page: Page) -> tuple[Block, ...]:
    """The page's blocks as new objects, nothing counted yet."""
    names = [f.name for f in dataclasses.fields(Block)][:-2]  # all but _words, _hints
    return tuple(new_block(*[getattr(b, name) for name in names], -1, None) for b in page.blocks)
