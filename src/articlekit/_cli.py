"""Command line: ``articlekit clean PATH|- [--format json|markdown|text] [--explain]``."""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Sequence
from pathlib import Path

from articlekit import __version__
from articlekit._api import clean
from articlekit._model import Article
from articlekit.errors import ArticlekitError

__all__ = ["main"]


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    data = Path(path).read_bytes()
    return gzip.decompress(data) if path.endswith(".gz") else data


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.model_dump_json(indent=2)
    if fmt == "markdown":
        return article.to_markdown()
    return article.text + "\n"


def _explain(article: Article) -> str:
    lines = [f"removed {len(article.removed)} blocks:"]
    for removal in article.removed:
        text = removal.text if len(removal.text) <= 70 else removal.text[:67] + "..."
        lines.append(f"  {removal.filter:<20} {removal.reason:<22} {text}")
    lines.append(f"kept {len(article.paragraphs)} paragraphs and {len(article.captions)} captions")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="articlekit", description=__doc__)
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean_cmd = commands.add_parser("clean", help="clean one page (HTML or flattened text)")
    clean_cmd.add_argument("path", help="file to clean (.gz is decompressed), or - for stdin")
    clean_cmd.add_argument("--format", choices=("json", "markdown", "text"), default="json")
    clean_cmd.add_argument("--mode", choices=("auto", "html", "text"), default="auto")
    clean_cmd.add_argument("--url", default=None, help="the page's address, if known")
    clean_cmd.add_argument(
        "--explain",
        action="store_true",
        help="list each removal with its filter and reason (stderr)",
    )
    args = parser.parse_args(argv)
    try:
        article = clean(_read(args.path), url=args.url, mode=args.mode)
    except (OSError, ArticlekitError) as error:
        print(f"articlekit: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(_render(article, args.format))
    if args.explain:
        sys.stderr.write(_explain(article))
    return 0
