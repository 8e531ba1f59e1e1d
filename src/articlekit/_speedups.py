"""The optional compiled modules (built by ``setup.py`` where a C compiler is).

Each compiled module has a pure-Python specification that gives the same results;
``ARTICLEKIT_PURE_PYTHON=1`` (at build or run time) makes articlekit use those.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

__all__ = ["compiled"]


def compiled(name: str) -> ModuleType | None:
    """The compiled module ``articlekit.<name>``, or ``None`` if absent or turned off."""
    if os.environ.get("ARTICLEKIT_PURE_PYTHON"):
        return None
    try:
        return importlib.import_module(f"articlekit.{name}")
    except ImportError:  # installed without a C compiler
        return None
