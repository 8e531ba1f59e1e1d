"""Write a benchmark's table into ``docs/benchmarks.md`` between its own markers.

Each benchmark owns one section, delimited by ``<!-- NAME:start -->`` and
``<!-- NAME:end -->``. Rewriting a section keeps everything else in the file (the
other benchmarks' tables and the hand-written log) as it is.
"""

from __future__ import annotations

from pathlib import Path

DOCS_PATH = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def markers(name: str) -> tuple[str, str]:
    """The start and end markers of section ``name``."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def write_section(name: str, section: str, path: Path = DOCS_PATH) -> None:
    """Replace section ``name`` of ``path`` with ``section`` (appended if absent)."""
    start_mark, end_mark = markers(name)
    block = f"{start_mark}\n{section}\n{end_mark}"
    if path.exists():
        content = path.read_text(encoding="utf-8")
        start = content.find(start_mark)
        end = content.find(end_mark, start + len(start_mark)) if start >= 0 else -1
        if start >= 0 and end >= 0:
            content = content[:start] + block + content[end + len(end_mark) :]
        else:
            content = content.rstrip("\n") + "\n\n" + block + "\n"
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        content = f"# Benchmarks\n\n{block}\n"
    path.write_text(content, encoding="utf-8")
