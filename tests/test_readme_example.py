"""The README's custom-filter example runs as written.

The example is the Python code block that follows the line
``<!-- custom-filter-example -->`` in README.md.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers import ROOT

README = ROOT / "README.md"
MARKER = "<!-- custom-filter-example -->"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def example_code() -> str | None:
    if not README.is_file():
        return None
    text = README.read_text(encoding="utf-8")
    if MARKER not in text:
        return None
    match = _BLOCK.search(text, text.index(MARKER))
    return match.group(1) if match else None


def test_custom_filter_example_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    code = example_code()
    if code is None:
        pytest.skip(f"README.md has no python block after {MARKER!r} yet")
    import articlekit._registry as registry

    # The example may register a filter: keep that out of the other tests.
    monkeypatch.setattr(registry, "_FILTERS", dict(registry._FILTERS))
    monkeypatch.chdir(ROOT)
    exec(compile(code, str(README), "exec"), {"__name__": "readme_example"})
