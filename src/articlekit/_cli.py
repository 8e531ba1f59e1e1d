"""Command line.

``articlekit clean PATH|- [--format json|markdown|text] [--explain]`` cleans one page;
``articlekit batch INPUT... --out OUT`` cleans a crawl (folders, JSONL, WARC).
"""

from __future__ import annotations

import argparse
import gzip
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from articlekit import __version__
from articlekit._api import clean
from articlekit._batch import BatchError, OutputFormat, errors_path_for, load_pipeline, run_batch
from articlekit._limits import DEFAULT_MAX_BYTES
from articlekit._model import Article
from articlekit._sources import Inputs, SourceError
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


def _add_batch(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="clean a crawl: folders of HTML files, JSONL or WARC files",
        description=(
            "Clean every page of the inputs into OUT, in input order. Records that fail "
            "go to an errors file with their id and reason; the run goes on."
        ),
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a folder of .html/.htm files, a .jsonl file or a .warc file (each may be .gz)",
    )
    batch.add_argument("--out", required=True, help="output file (JSONL, or Parquet)")
    batch.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default=None,
        help="output format (default: parquet if OUT ends in .parquet, else jsonl)",
    )
    batch.add_argument(
        "--errors", default=None, help="errors file (default: OUT with .errors.jsonl)"
    )
    batch.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    batch.add_argument(
        "--pipeline",
        default=None,
        metavar="MODULE:ATTR",
        help="a custom Pipeline (or a function returning one) to use instead of the default",
    )
    batch.add_argument("--mode", choices=("auto", "html", "text"), default="auto")
    batch.add_argument("--html-field", default="html", help="JSONL field with the page")
    batch.add_argument(
        "--id-field", default=None, help="JSONL field naming the page (default: path:line)"
    )
    batch.add_argument("--url-field", default="url", help="JSONL field with the page's URL")
    batch.add_argument(
        "--resume", action="store_true", help="continue an interrupted run into the same OUT"
    )
    batch.add_argument("--force", action="store_true", help="overwrite an existing OUT")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    batch.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS", help="time budget per page"
    )
    batch.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest page accepted (default {DEFAULT_MAX_BYTES:,}; 0 for no limit)",
    )
    batch.add_argument("--chunksize", type=int, default=8, help=argparse.SUPPRESS)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so that ``kill`` also leaves complete output files."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _batch(args: argparse.Namespace) -> int:
    out = Path(args.out)
    output_format: OutputFormat = args.format or (
        "parquet" if out.name.endswith(".parquet") else "jsonl"
    )
    errors = Path(args.errors) if args.errors else errors_path_for(out)
    if args.workers is not None and args.workers < 1:
        print("articlekit: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        pipeline = load_pipeline(args.pipeline) if args.pipeline else None
        inputs = Inputs(
            args.inputs,
            html_field=args.html_field,
            id_field=args.id_field,
            url_field=args.url_field or None,
        )
        tty = not args.quiet and sys.stderr.isatty()
        with _terminate_as_interrupt():
            summary = run_batch(
                inputs,
                out,
                errors=errors,
                output_format=output_format,
                workers=args.workers,
                pipeline=pipeline,
                mode=args.mode,
                resume=args.resume,
                force=args.force,
                progress=sys.stderr if tty else None,
                chunksize=args.chunksize,
                timeout=args.timeout,
                max_bytes=args.max_bytes or None,
            )
    except (BatchError, SourceError, OSError) as error:
        print(f"articlekit: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        sys.stderr.write(summary.format(str(out), str(errors)))
    return 130 if summary.interrupted else 0


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
    _add_batch(commands)
    args = parser.parse_args(argv)
    if args.command == "batch":
        return _batch(args)
    try:
        article = clean(_read(args.path), url=args.url, mode=args.mode)
    except (OSError, ArticlekitError) as error:
        print(f"articlekit: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(_render(article, args.format))
    if args.explain:
        sys.stderr.write(_explain(article))
    return 0
