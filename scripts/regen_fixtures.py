"""Rewrite every ``fixtures/<slug>/expected.json`` from the current code.

Each fixture folder holds ``source.html`` or ``source.txt`` (the raw bytes as
crawled), ``meta.json`` (where the page came from and what it exercises) and
``expected.json``: the cleaned :class:`articlekit.Article` as JSON plus a
``removed_by_reason`` count. The JSON is written deterministically (sorted keys,
indent 2, no ASCII escaping, trailing newline), so any change in output shows up as
a reviewable ``git diff``.

Usage::

    python scripts/regen_fixtures.py            # rewrite every expected.json
    python scripts/regen_fixtures.py --check    # exit 1 and list fixtures that differ
    python scripts/regen_fixtures.py SLUG ...   # only these fixtures

``tests/test_golden.py`` imports :func:`fixture_dirs`, :func:`read_source` and
:func:`render` from here, so the test and the script cannot disagree about what
"expected" means.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import articlekit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SOURCE_NAMES = ("source.html", "source.txt")


def fixture_dirs(root: Path | None = None) -> list[Path]:
    """Every fixture folder (one holding a source file), sorted by slug."""
    root = FIXTURES if root is None else root
    return sorted(
        path
        for path in root.iterdir()
        if path.is_dir() and any((path / name).is_file() for name in SOURCE_NAMES)
    )


def source_path(folder: Path) -> Path:
    """The fixture's source file."""
    for name in SOURCE_NAMES:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{folder} holds no source.html or source.txt")


def read_source(folder: Path) -> bytes:
    """The fixture's raw input, as bytes (pages keep their own encodings)."""
    return source_path(folder).read_bytes()


def payload(article: articlekit.Article) -> dict[str, Any]:
    """What expected.json holds: the article as JSON plus the removal counts."""
    data = article.model_dump(mode="json")
    data["removed_by_reason"] = article.removed_by_reason()
    return data


def dumps(data: dict[str, Any]) -> str:
    """Serialise deterministically: sorted keys, indent 2, UTF-8, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def render(folder: Path) -> str:
    """The expected.json text that the current code produces for one fixture."""
    article = articlekit.clean(read_source(folder))
    return dumps(payload(article))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 and list the fixtures whose expected.json differs",
    )
    parser.add_argument("slugs", nargs="*", help="only these fixtures (default: all)")
    args = parser.parse_args(argv)

    folders = fixture_dirs()
    if args.slugs:
        known = {folder.name: folder for folder in folders}
        unknown = [slug for slug in args.slugs if slug not in known]
        if unknown:
            print(f"unknown fixtures: {', '.join(unknown)}", file=sys.stderr)
            return 2
        folders = [known[slug] for slug in args.slugs]

    differ: list[str] = []
    for folder in folders:
        expected = folder / "expected.json"
        text = render(folder)
        current = expected.read_text(encoding="utf-8") if expected.is_file() else None
        if current == text:
            continue
        differ.append(folder.name)
        if not args.check:
            expected.write_text(text, encoding="utf-8", newline="\n")

    if args.check:
        if differ:
            print("fixtures whose expected.json differs from the current output:")
            for name in differ:
                print(f"  {name}")
            print("review the change, then run: python scripts/regen_fixtures.py")
            return 1
        print(f"all {len(folders)} fixtures match")
        return 0
    print(
        f"rewrote {len(differ)} of {len(folders)} fixtures"
        + (f": {', '.join(differ)}" if differ else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
