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
    if os.environ.get("ARTICLEKIT_PURE_PYTHON", "") not in ("", "0"):
        return []
    try:
        import lxml
        from Cython.Build import cythonize
    except ImportError:  # a build without the build requirements: pure Python
        return []
    built: list[Extension] = []
    for name in ("_cwalk", "_cscan"):  # one at a time: a failure leaves the other
        module = Extension(
            f"articlekit.{name}",
            [f"src/articlekit/{name}.pyx"],
            include_dirs=lxml.get_include(),
        )
        try:
            built += cythonize([module], language_level=3, quiet=True)
        except Exception as error:  # any failure leaves pure Python, not a failed install
            print(f"articlekit: not compiling {name} ({error}); pure Python instead")
    for extension in built:
        extension.optional = True  # a failed C compile, too (cythonize drops the flag)
    return built


setup(ext_modules=extensions())
