"""Pipeline: editing (add/without/replace/slicing), running, and every way a filter can fail."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from articlekit import (
    Block,
    Drop,
    DuplicateFilterError,
    FilterError,
    Page,
    Pipeline,
    PipelineError,
    UnknownFilterError,
    Verdict,
    clean,
    default_pipeline,
    drop_where,
    segment,
)
from articlekit.filters import BUILTIN_FILTERS, comments, cookie_notice, no_words
from tests.helpers import PROSE, TITLE, article_page, text_page

DEFAULT_NAMES = [f.__name__ for f in BUILTIN_FILTERS]


# -- module-level filters (picklable) ---------------------------------------------------
def shouting(page: Page) -> Verdict:
    """Drop lines written in capitals."""
    return drop_where(page, "shouting", lambda block: block.text.isupper(), detail="all caps")


def first_block_as_list(page: Page) -> list[Drop]:
    return [Drop(page.blocks[0], "first_block")] if page.blocks else []


def first_block_as_generator(page: Page) -> Iterator[Drop]:
    yield from first_block_as_list(page)


class MinWords:
    """A class-based filter with a configurable threshold."""

    name = "min_words"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def __call__(self, page: Page) -> Verdict:
        return drop_where(page, "too_short", lambda b: len(b.text.split()) < self.minimum)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MinWords) and other.minimum == self.minimum

    def __hash__(self) -> int:
        return hash(self.minimum)


def keep_all(page: Page) -> Verdict:
    return Verdict()


SHOUTY = "\n\n".join([TITLE, PROSE[0], "BUY NOW WHILE STOCKS LAST", PROSE[1]])


# -- reading -----------------------------------------------------------------------------
def test_default_pipeline_is_the_builtins_in_order() -> None:
    pipeline = default_pipeline()
    assert pipeline.names == DEFAULT_NAMES
    assert list(pipeline) == list(BUILTIN_FILTERS)
    assert len(pipeline) == len(BUILTIN_FILTERS)
    assert default_pipeline() is pipeline  # shared, because it is immutable
    assert "comments" in pipeline
    assert "nope" not in pipeline
    assert repr(pipeline) == f"Pipeline({DEFAULT_NAMES!r})"


def test_getitem_by_name_and_position() -> None:
    pipeline = default_pipeline()
    assert pipeline["comments"] is comments
    assert pipeline[0] is BUILTIN_FILTERS[0]
    assert pipeline[-1] is BUILTIN_FILTERS[-1]


def test_getitem_unknown_name_lists_names() -> None:
    with pytest.raises(UnknownFilterError) as info:
        default_pipeline()["nope"]
    assert isinstance(info.value, KeyError)
    assert "'nope'" in str(info.value)
    assert "comments" in str(info.value)


def test_slicing_returns_a_pipeline() -> None:
    pipeline = default_pipeline()
    head = pipeline[:3]
    assert isinstance(head, Pipeline)
    assert head.names == DEFAULT_NAMES[:3]
    assert pipeline[::-1].names == DEFAULT_NAMES[::-1]
    assert pipeline[2:2].names == []


def test_equality_and_hash() -> None:
    assert Pipeline(BUILTIN_FILTERS) == default_pipeline()
    assert hash(Pipeline(BUILTIN_FILTERS)) == hash(default_pipeline())
    assert Pipeline([shouting]) != Pipeline([keep_all])
    assert default_pipeline() != DEFAULT_NAMES


def test_build_from_names_and_named_tuples() -> None:
    pipeline = Pipeline(["comments", ("caps", shouting), no_words])
    assert pipeline.names == ["comments", "caps", "no_words"]
    assert pipeline["comments"] is comments
    assert pipeline["caps"] is shouting


# -- editing -----------------------------------------------------------------------------
def test_add_appends_by_default_and_leaves_the_original_alone() -> None:
    base = default_pipeline()
    added = base.add(shouting)
    assert added.names == [*DEFAULT_NAMES, "shouting"]
    assert base.names == DEFAULT_NAMES
    assert "shouting" not in base


def test_add_before_after_first() -> None:
    base = default_pipeline()
    before = base.add(shouting, before="comments").names
    assert before.index("shouting") + 1 == before.index("comments")
    after = base.add(shouting, after="comments").names
    assert after.index("shouting") - 1 == after.index("comments")
    assert base.add(shouting, first=True).names[0] == "shouting"


def test_add_with_a_name_and_by_registered_name() -> None:
    pipeline = Pipeline([]).add(shouting, name="caps").add("no_words")
    assert pipeline.names == ["caps", "no_words"]
    assert pipeline["no_words"] is no_words


def test_add_rejects_two_placements() -> None:
    with pytest.raises(PipelineError, match="at most one"):
        default_pipeline().add(shouting, before="comments", first=True)
    with pytest.raises(PipelineError):
        default_pipeline().add(shouting, before="comments", after="no_words")


def test_add_relative_to_an_unknown_filter() -> None:
    with pytest.raises(UnknownFilterError, match="nope"):
        default_pipeline().add(shouting, after="nope")


def test_without() -> None:
    pipeline = default_pipeline().without("comments", "cookie_notice")
    assert pipeline.names == [n for n in DEFAULT_NAMES if n not in ("comments", "cookie_notice")]
    with pytest.raises(UnknownFilterError) as info:
        default_pipeline().without("comments", "nope")
    assert "nope" in str(info.value)
    assert "cookie_notice" in str(info.value)


def test_replace_keeps_the_position_and_uses_the_new_name() -> None:
    index = DEFAULT_NAMES.index("comments")
    pipeline = default_pipeline().replace("comments", shouting)
    assert pipeline.names[index] == "shouting"
    assert "comments" not in pipeline
    assert len(pipeline) == len(DEFAULT_NAMES)
    assert default_pipeline().without("no_words").replace("comments", "no_words")[index] is no_words
    with pytest.raises(UnknownFilterError):
        default_pipeline().replace("nope", shouting)


# -- names -------------------------------------------------------------------------------
def test_duplicate_names_are_refused() -> None:
    with pytest.raises(DuplicateFilterError, match="comments"):
        Pipeline([comments, comments])
    with pytest.raises(DuplicateFilterError):
        default_pipeline().add(comments)
    with pytest.raises(DuplicateFilterError):
        default_pipeline().add(shouting, name="comments")
    with pytest.raises(DuplicateFilterError):
        default_pipeline().replace("no_words", cookie_notice)


def test_unknown_registered_name_lists_the_available_ones() -> None:
    with pytest.raises(UnknownFilterError) as info:
        Pipeline(["comments", "no_such_filter"])
    message = str(info.value)
    assert "no_such_filter" in message
    for name in DEFAULT_NAMES:
        assert name in message


def test_a_lambda_needs_a_name() -> None:
    with pytest.raises(PipelineError, match="name"):
        Pipeline([lambda page: Verdict()])
    assert Pipeline([("noop", lambda page: Verdict())]).names == ["noop"]
    assert Pipeline([]).add(lambda page: Verdict(), name="noop").names == ["noop"]


def test_a_non_callable_is_refused() -> None:
    with pytest.raises(PipelineError, match="not callable"):
        Pipeline([("thing", 42)])  # type: ignore[list-item]


# -- running custom filters -------------------------------------------------------------
def test_plain_function_filter() -> None:
    article = clean(SHOUTY, pipeline=default_pipeline().add(shouting, before="no_words"))
    assert "BUY NOW WHILE STOCKS LAST" not in article.text
    (removal,) = [r for r in article.removed if r.filter == "shouting"]
    assert (removal.reason, removal.detail, removal.text) == (
        "shouting",
        "all caps",
        "BUY NOW WHILE STOCKS LAST",
    )
    assert removal.index == 2


def test_class_based_filter_goes_by_its_name() -> None:
    pipeline = default_pipeline().add(MinWords(6))
    assert pipeline.names[-1] == "min_words"
    article = clean("\n\n".join([TITLE, *PROSE, "Tiny line here"]), pipeline=pipeline)
    assert [(r.filter, r.reason, r.text) for r in article.removed if r.filter == "min_words"] == [
        ("min_words", "too_short", "Tiny line here")
    ]


@pytest.mark.parametrize("filter", [first_block_as_list, first_block_as_generator])
def test_filter_may_return_drops_instead_of_a_verdict(filter: object) -> None:
    page = text_page()
    result = Pipeline([filter]).run(page)  # type: ignore[list-item]
    assert [r.reason for r in result.removals] == ["first_block"]
    assert [b.text for b in result.page.blocks] == list(PROSE[1:])


def test_relabel_is_applied_and_recorded_as_nothing_removed() -> None:
    def as_quotes(page: Page) -> Verdict:
        return Verdict(relabels=tuple(b.relabel("quote") for b in page.blocks))

    result = Pipeline([("as_quotes", as_quotes)]).run(text_page())
    assert result.removals == ()
    assert {b.kind for b in result.page.blocks} == {"quote"}


def test_run_applies_filters_in_order_each_seeing_the_last_page() -> None:
    seen: list[int] = []

    def count(page: Page) -> Verdict:
        seen.append(len(page.blocks))
        return Verdict()

    Pipeline([first_block_as_list, ("count", count)]).run(text_page())
    assert seen == [len(PROSE) - 1]


def test_an_empty_pipeline_removes_nothing() -> None:
    article = clean(article_page(), pipeline=Pipeline())
    assert article.removed == []
    assert [p.text for p in article.paragraphs] == list(PROSE)


# -- broken filters ----------------------------------------------------------------------
def raises(page: Page) -> Verdict:
    raise ValueError("boom")


def returns_none(page: Page) -> None:
    return None


def returns_string(page: Page) -> str:
    return "drop everything"


def returns_page(page: Page) -> Page:
    return page


def returns_number(page: Page) -> int:
    return 3


def returns_non_drops(page: Page) -> list[object]:
    return [page.blocks[0]]


def drops_foreign_block(page: Page) -> Verdict:
    return Verdict(drops=(Drop(Block(index=999, kind="paragraph", text="not here"), "foreign"),))


def drops_altered_block(page: Page) -> Verdict:
    block = page.blocks[0]
    fake = Block(index=block.index, kind=block.kind, text=block.text + " (edited)")
    return Verdict(drops=(Drop(fake, "altered"),))


def drops_twice(page: Page) -> Verdict:
    return Verdict(drops=(Drop(page.blocks[0], "twice"), Drop(page.blocks[0], "twice")))


@pytest.mark.parametrize("reason", ["Bad Reason", "", "1st", "cookie-notice", "Cookie", "reason!"])
def test_bad_reason_code(reason: str) -> None:
    def bad_reason(page: Page) -> Verdict:
        return Verdict(drops=(Drop(page.blocks[0], reason),))

    with pytest.raises(FilterError) as info:
        Pipeline([bad_reason]).run(text_page())
    assert info.value.filter_name == "bad_reason"
    assert "snake_case" in str(info.value)


def relabel_changes_text(page: Page) -> Verdict:
    block = page.blocks[0]
    return Verdict(relabels=(Block(index=block.index, kind="heading", text="Rewritten"),))


def relabel_unknown_block(page: Page) -> Verdict:
    return Verdict(relabels=(Block(index=999, kind="heading", text="Ghost"),))


def relabel_non_block(page: Page) -> Verdict:
    return Verdict(relabels=("heading",))  # type: ignore[arg-type]


BROKEN = {
    raises: "raised ValueError: boom",
    returns_none: "returned NoneType, expected a Verdict",
    returns_string: "returned str, expected a Verdict",
    returns_page: "returned Page, expected a Verdict",
    returns_number: "returned int, expected a Verdict",
    returns_non_drops: "returned Block where a Drop belongs",
    drops_foreign_block: "dropped a block that is not on the page",
    drops_altered_block: "dropped a block that is not on the page",
    drops_twice: "dropped the same block twice",
    relabel_changes_text: "relabelled a block it was not given, or changed its text",
    relabel_unknown_block: "relabelled a block it was not given, or changed its text",
    relabel_non_block: "relabelled str, not a Block",
}


@pytest.mark.parametrize(("broken", "message"), BROKEN.items(), ids=[f.__name__ for f in BROKEN])
def test_broken_filter_raises_filter_error_naming_it(broken: object, message: str) -> None:
    pipeline = default_pipeline().add(broken, after="main_content")  # type: ignore[arg-type]
    with pytest.raises(FilterError) as info:
        clean(article_page(), pipeline=pipeline)
    name = broken.__name__  # type: ignore[attr-defined]
    assert info.value.filter_name == name
    assert str(info.value).startswith(f"filter {name!r}: ")
    assert message in str(info.value)
    assert isinstance(info.value, PipelineError)


def test_a_filter_raising_keeps_the_cause() -> None:
    with pytest.raises(FilterError) as info:
        Pipeline([raises]).run(text_page())
    assert isinstance(info.value.__cause__, ValueError)


def test_a_dropped_block_from_another_page_is_refused() -> None:
    other = segment("\n\n".join(["A completely different page", "With other text"]), mode="text")

    def drops_from_other(page: Page) -> Verdict:
        return Verdict(drops=(Drop(other.blocks[0], "other_page"),))

    with pytest.raises(FilterError, match="not on the page"):
        Pipeline([drops_from_other]).run(text_page())


def test_a_block_already_removed_cannot_be_dropped_again() -> None:
    original = text_page()
    first = original.blocks[0]

    def drops_stale(page: Page) -> Verdict:
        return Verdict(drops=(Drop(first, "stale"),))

    with pytest.raises(FilterError, match="drops_stale"):
        Pipeline([first_block_as_list, drops_stale]).run(original)


# -- pickling and records ----------------------------------------------------------------
def test_pickling_round_trips() -> None:
    pipeline = default_pipeline().add(shouting, before="no_words").add(MinWords(3))
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy == pipeline
    assert copy.names == pipeline.names
    assert clean(SHOUTY, pipeline=copy) == clean(SHOUTY, pipeline=pipeline)


def test_pickling_the_default_pipeline() -> None:
    assert pickle.loads(pickle.dumps(default_pipeline())) == default_pipeline()


def test_nothing_is_removed_without_a_record() -> None:
    page = segment(
        article_page(
            '<div class="cookie-banner"><p>We use cookies.</p></div><p>Advertisement</p><p>|</p>',
            before='<nav><a href="/">Home</a></nav>',
        )
    )
    pipeline = default_pipeline().add(shouting).add(MinWords(2))
    result = pipeline.run(page)
    kept = {b.index for b in result.page.blocks}
    removed = [r.index for r in result.removals]
    assert len(removed) == len(set(removed))
    assert kept.isdisjoint(removed)
    assert kept | set(removed) == {b.index for b in page.blocks}
    assert {r.filter for r in result.removals} <= set(pipeline.names)
    for removal in result.removals:
        assert removal.reason
        assert removal.text == page.blocks[removal.index].text


def test_run_does_not_change_the_page_it_is_given() -> None:
    page = text_page("BUY NOW")
    before = page.blocks
    Pipeline([shouting]).run(page)
    assert page.blocks == before


def test_a_page_whose_blocks_are_a_list_runs_like_one_with_a_tuple() -> None:
    """A hand-made Page may hold its blocks in a list: the pipeline reads any sequence."""
    raw = (
        "<html><body><article><h1>Title</h1>"
        + "<p>Some words of the article, long enough to count as prose here.</p>" * 5
        + "<div class='share'>Share this on Facebook</div></article></body></html>"
    )
    page = segment(raw)
    listed = Page(list(page.blocks), page.metadata, page.source, page.elements)  # type: ignore[arg-type]
    expected = default_pipeline().run(page)
    result = default_pipeline().run(listed)
    assert result.page.blocks == expected.page.blocks
    assert result.removals == expected.removals
