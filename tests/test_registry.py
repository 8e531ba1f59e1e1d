"""The filter registry: register_filter, get_filter, available_filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import articlekit._registry as registry
from articlekit import (
    DuplicateFilterError,
    Page,
    Pipeline,
    UnknownFilterError,
    Verdict,
    available_filters,
    default_pipeline,
    get_filter,
    register_filter,
)
from articlekit.filters import BUILTIN_FILTERS

SNAPSHOT = Path(__file__).with_name("builtin_filters.json")
FILTER_TESTS = Path(__file__).parent / "filters"


@pytest.fixture(autouse=True)
def isolated_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Registrations made by a test vanish after it (the built-ins stay)."""
    get_filter("comments")  # make sure the built-ins are registered first
    monkeypatch.setattr(registry, "_FILTERS", dict(registry._FILTERS))


def keep_everything(page: Page) -> Verdict:
    return Verdict()


def test_decorator_form() -> None:
    @register_filter("test_decorated")
    def decorated(page: Page) -> Verdict:
        return Verdict()

    assert decorated.__name__ == "decorated"  # the decorator returns the function itself
    assert get_filter("test_decorated") is decorated
    assert "test_decorated" in available_filters()


def test_call_form() -> None:
    assert register_filter("test_called", keep_everything) is keep_everything
    assert get_filter("test_called") is keep_everything


def test_registered_names_work_in_pipelines() -> None:
    register_filter("test_in_pipeline", keep_everything)
    pipeline = default_pipeline().add("test_in_pipeline")
    assert pipeline.names[-1] == "test_in_pipeline"
    assert Pipeline(["test_in_pipeline"])["test_in_pipeline"] is keep_everything


def test_same_object_twice_is_harmless() -> None:
    register_filter("test_twice", keep_everything)
    register_filter("test_twice", keep_everything)
    assert get_filter("test_twice") is keep_everything


def test_another_object_under_a_taken_name_is_refused() -> None:
    register_filter("test_taken", keep_everything)

    def impostor(page: Page) -> Verdict:
        return Verdict()

    with pytest.raises(DuplicateFilterError, match="test_taken"):
        register_filter("test_taken", impostor)
    assert get_filter("test_taken") is keep_everything


def test_a_builtin_name_cannot_be_taken() -> None:
    with pytest.raises(DuplicateFilterError):
        register_filter("comments", keep_everything)


def test_a_non_callable_is_refused() -> None:
    with pytest.raises(TypeError, match="not callable"):
        register_filter("test_not_callable", 42)  # type: ignore[type-var]
    assert "test_not_callable" not in available_filters()


def test_get_filter_unknown_lists_names() -> None:
    register_filter("test_listed", keep_everything)
    with pytest.raises(UnknownFilterError) as info:
        get_filter("nope")
    error = info.value
    assert isinstance(error, KeyError)
    assert error.name == "nope"
    message = str(error)
    assert message.startswith("no filter named 'nope'; available: ")
    for name in [*available_filters(), "test_listed"]:
        assert name in message


def test_available_filters_is_sorted() -> None:
    names = available_filters()
    assert names == sorted(names)


def test_builtins_match_the_snapshot() -> None:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert available_filters() == snapshot["available_filters"], (
        "the built-in filters changed: update tests/builtin_filters.json (and add tests)"
    )
    assert default_pipeline().names == snapshot["default_pipeline"]


def test_every_builtin_is_registered_under_its_function_name() -> None:
    for filter in BUILTIN_FILTERS:
        assert get_filter(filter.__name__) is filter


@pytest.mark.parametrize("filter", BUILTIN_FILTERS, ids=[f.__name__ for f in BUILTIN_FILTERS])
def test_every_builtin_has_its_own_test_module(filter: object) -> None:
    name = filter.__name__  # type: ignore[attr-defined]
    assert (FILTER_TESTS / f"test_{name}.py").is_file(), f"write tests/filters/test_{name}.py"


@pytest.mark.parametrize("filter", BUILTIN_FILTERS, ids=[f.__name__ for f in BUILTIN_FILTERS])
def test_every_builtin_documents_what_it_removes_and_never_removes(filter: object) -> None:
    import sys

    doc = sys.modules[filter.__module__].__doc__ or ""  # type: ignore[attr-defined]
    assert doc.startswith(f"{filter.__name__}:")  # type: ignore[attr-defined]
    assert "Never" in doc
    assert "Fixture:" in doc
