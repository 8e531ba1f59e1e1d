"""The public API: what ``import articlekit`` offers."""

from __future__ import annotations
import __future__

from types import ModuleType

import articlekit


def test_all_is_sorted() -> None:
    assert articlekit.__all__ == sorted(articlekit.__all__)


def test_all_has_no_duplicates() -> None:
    assert len(articlekit.__all__) == len(set(articlekit.__all__))


def test_all_equals_the_public_names() -> None:
    public = {
        name
        for name, value in vars(articlekit).items()
        if not name.startswith("_") and not isinstance(value, (ModuleType, __future__._Feature))
    }
    # Submodules (articlekit.errors, articlekit.filters, ...) and ``from __future__``
    # features are not API names.
    assert set(articlekit.__all__) - {"__version__"} == public


def test_every_name_in_all_exists() -> None:
    for name in articlekit.__all__:
        assert hasattr(articlekit, name), name


def test_star_import() -> None:
    namespace: dict[str, object] = {}
    exec("from articlekit import *", namespace)
    namespace.pop("__builtins__")
    assert set(namespace) == set(articlekit.__all__)


def test_version() -> None:
    assert isinstance(articlekit.__version__, str)
    assert articlekit.__version__.count(".") == 2
