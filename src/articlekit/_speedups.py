"""The optional compiled modules (built by ``setup.py`` where a C compiler is).

Each compiled module has a pure-Python specification that gives the same results;
``ARTICLEKIT_PURE_PYTHON=1`` (at build or run time) makes articlekit use those; so
does a compiled module that fails to load (built against another lxml).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import fields
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

from pydantic import BaseModel

__all__ = ["ModelMaker", "compiled", "model_maker", "pure_python", "record_maker"]

_Record = TypeVar("_Record")
_Model = TypeVar("_Model", bound=BaseModel)


class ModelMaker(Protocol[_Model]):
    """What ``_cwalk.ModelMaker`` offers (see there)."""

    def __call__(self, fields_set: set[str], /, *values: object) -> _Model: ...

    def make_all(
        self, rows: list[Any], fields_set: set[str], types: tuple[type, ...]
    ) -> list[_Model | None]: ...


def compiled(name: str) -> ModuleType | None:
    """The compiled module ``articlekit.<name>``, or ``None`` if absent or turned off."""
    if pure_python():
        return None
    try:
        return importlib.import_module(f"articlekit.{name}")
    except ImportError:  # installed without a C compiler
        return None
    except Exception:  # built against another lxml (a size check, a C-API import): skip
        return None


def pure_python() -> bool:
    """Whether ``ARTICLEKIT_PURE_PYTHON`` asks for the pure-Python code (any value but
    empty or ``0``)."""
    return os.environ.get("ARTICLEKIT_PURE_PYTHON", "") not in ("", "0")


def record_maker(cls: type[_Record]) -> Callable[..., _Record]:
    """A maker of ``cls`` (a slotted, frozen dataclass) from all its fields in order:
    ``_cwalk.RecordMaker`` when compiled (slots filled in place, about five times
    faster, and off the collector's lists), else the class itself."""
    module = compiled("_cwalk")
    if module is None:
        return cls
    names = [item.name for item in fields(cast(Any, cls))]  # (a dataclass, as above)
    maker: Callable[..., _Record] = module.RecordMaker(cls, names)
    return maker


def model_maker(cls: type[_Model]) -> ModelMaker[_Model] | None:
    """A maker of ``cls`` (a pydantic model) from a set of field names and all its
    field values in declaration order, without validation: ``_cwalk.ModelMaker`` when
    compiled, else ``None`` (then validate: ``model_construct``, the pure-Python way to
    skip it, is slower than validating). Only for values the caller knows valid."""
    module = compiled("_cwalk")
    if module is None:
        return None
    try:
        maker: ModelMaker[_Model] = module.ModelMaker(cls, list(cls.model_fields))
    except TypeError:  # a pydantic whose models keep their state otherwise: validate
        return None
    return maker
