"""Build the optional compiled walk (``articlekit._cwalk``); see docs/benchmarks.md.

The extension is optional: without a C compiler, or with ``ARTICLEKIT_PURE_PYTHON=1``
set, the package installs as pure Python and uses the same walk written in Python
(``articlekit._html._Walker``), which gives identical results, only slower.
"""

from __future__ import annotations

import os

from setuptools import Extension, setup


def extensions() -> list[Extension]:
    if os.environ.get("ARTICLEKIT_PURE_PYTHON"):
        return []
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:  # a build without the build requirements: pure Python
        return []
    walk = Extension(
        "articlekit._cwalk",
        ["src/articlekit/_cwalk.pyx"],
        include_dirs=lxml.get_include(),
        optional=True,  # a failed compile leaves the pure-Python walk, not a failed install
    )
    return list(cythonize([walk], language_level=3, quiet=True))


setup(ext_modules=extensions())
