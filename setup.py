"""Build the optional compiled modules; see the README's Development section.

``articlekit._cwalk`` is the segmentation walk, ``articlekit._cscan`` the whole-page
scans before parsing. Both are optional: without a C compiler, or with
``ARTICLEKIT_PURE_PYTHON=1`` set, the package installs as pure Python and uses the same
code written in Python (``_html._Walker``, ``_text.strip_control``,
``_guard.cap_attributes``), which gives identical results, only slower.
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
    modules = [
        Extension(
            f"articlekit.{name}",
            [f"src/articlekit/{name}.pyx"],
            include_dirs=lxml.get_include(),
            optional=True,  # a failed compile leaves the pure-Python code, not a failed install
        )
        for name in ("_cwalk", "_cscan")
    ]
    try:
        built = list(cythonize(modules, language_level=3, quiet=True))
    except Exception as error:  # any failure here leaves pure Python, not a failed install
        print(f"articlekit: not compiling the optional modules ({error}); pure Python")
        return []
    for extension in built:
        extension.optional = True  # cythonize's copies drop the flag
    return built


setup(ext_modules=extensions())
