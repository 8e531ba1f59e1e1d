"""The optional compiled modules (built by ``setup.py`` where a C compiler is).

Each compiled module has a pure-Python specification that gives the same results;
``ARTICLEKIT_PURE_PYTHON=1`` (at build or run time) makes articlekit use those; so
does a compiled module that fails to load (built against another lxml).
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

__all__ = ["compiled", "pure_python"]


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
