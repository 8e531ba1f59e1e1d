"""The batch run behind ``articlekit batch``: inputs in, articles and errors out.

Every input record ends up in exactly one place: an article in the output, or a line
in the errors file. Both carry ``n``, the record's number in the input, are written in
input order and (JSONL) flushed record by record. ``resume`` drops a partial last
line, reads the last ``n`` of each file and starts after it.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from articlekit._decode import Mode
from articlekit._limits import DEFAULT_MAX_BYTES
from articlekit._model import Article
from articlekit._parallel import CleanResult, Limits, RawPage, clean_many, default_workers
from articlekit._pipeline import Pipeline
from articlekit._sources import Inputs, Record

__all__ = [
    "BatchError",
    "OutputFormat",
    "Summary",
    "errors_path_for",
    "load_pipeline",
    "run_batch",
]

OutputFormat = Literal["jsonl", "parquet"]

PARQUET_EXTRA_MESSAGE = 'writing Parquet needs pyarrow: pip install "articlekit[parquet]"'


class BatchError(Exception):
    """The run cannot start: bad options, an output in the way, a missing extra."""


# -- pipelines by name -------------------------------------------------------------------


def load_pipeline(spec: str) -> Pipeline:
    """The pipeline named ``module:attribute``: a Pipeline, or a function returning one.

    The current directory is importable, so ``my_filters:pipeline`` finds
    ``./my_filters.py``.

    Raises:
        BatchError: the spec is malformed, cannot be imported, or names no pipeline.
    """
    module_name, sep, attribute = spec.partition(":")
    if not sep or not module_name or not attribute:
        raise BatchError(f"pipeline {spec!r}: expected module:attribute")
    if os.getcwd() not in sys.path and "" not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        value: Any = importlib.import_module(module_name)
    except ImportError as error:
        raise BatchError(f"pipeline {spec!r}: cannot import {module_name}: {error}") from None
    for part in attribute.split("."):
        try:
            value = getattr(value, part)
        except AttributeError:
            raise BatchError(f"pipeline {spec!r}: {module_name} has no {attribute}") from None
    if callable(value) and not isinstance(value, Pipeline):
        value = value()
    if not isinstance(value, Pipeline):
        raise BatchError(f"pipeline {spec!r} is a {type(value).__name__}, not a Pipeline")
    return value


# -- the summary -------------------------------------------------------------------------


@dataclass
class Summary:
    """What a batch run did."""

    pages: int = 0
    """Records cleaned or failed in this run (skipped WARC records not counted)."""
    kept: int = 0
    """Articles written to the output."""
    empty: int = 0
    """Articles written whose body came out empty (everything removed)."""
    failed: int = 0
    """Records sent to the errors file."""
    resumed_after: int = 0
    """Records done by an earlier run and skipped (the run started at this ``n``)."""
    seconds: float = 0.0
    workers: int = 1
    interrupted: bool = False
    removals: Counter[str] = field(default_factory=Counter)
    """Blocks removed, by reason, over all articles kept."""
    errors: Counter[str] = field(default_factory=Counter)
    """Failures by error type."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Input records passed over, by reason (WARC records that are not HTML pages)."""

    @property
    def pages_per_second(self) -> float:
        """Throughput of this run."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def format(self, out: str, errors: str) -> str:
        """The summary as printed at the end of a run."""
        state = "interrupted after" if self.interrupted else "done:"
        lines = [
            f"articlekit batch {state} {self.pages} pages in {self.seconds:.1f} s "
            f"({self.pages_per_second:.1f} pages/s, {self.workers} workers)"
        ]
        if self.resumed_after:
            lines.append(f"  resumed after {self.resumed_after} records done earlier")
        empty = f" ({self.empty} with an empty body)" if self.empty else ""
        lines.append(f"  kept     {self.kept:>7}{empty} -> {out}")
        lines.append(f"  failed   {self.failed:>7} -> {errors}")
        for error_type, count in self.errors.most_common():
            lines.append(f"    {error_type:<28} {count:>7}")
        if self.skipped:
            lines.append(f"  skipped  {sum(self.skipped.values()):>7} records")
            for reason, count in self.skipped.most_common():
                lines.append(f"    {reason:<28} {count:>7}")
        total = sum(self.removals.values())
        lines.append(f"  removed  {total:>7} blocks, by reason:")
        for reason, count in self.removals.most_common():
            lines.append(f"    {reason:<28} {count:>7}")
        if self.interrupted:
            lines.append("  the output is complete up to here: run again with --resume")
        return "\n".join(lines) + "\n"


# -- writers -----------------------------------------------------------------------------


def _last_complete_line(path: Path) -> bytes:
    """The last complete line of ``path`` (or ``b""``); a partial last line is cut off.

    A partial line is what a hard kill in the middle of a write leaves.
    """
    if not path.exists():
        return b""
    with path.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        tail = b""
        position = size
        while position > 0 and tail.count(b"\n") < 2:
            step = min(1 << 16, position)
            position -= step
            fh.seek(position)
            tail = fh.read(step) + tail
        end = tail.rfind(b"\n")
        if end < 0:
            fh.truncate(position)
            return b""
        if position + end + 1 < size:
            fh.truncate(position + end + 1)
        return tail[: end + 1].splitlines()[-1] if tail[:end].strip() else b""


def _last_number(path: Path) -> int:
    """The ``n`` of the last complete line of a JSONL file we wrote; -1 if none."""
    line = _last_complete_line(path)
    if not line:
        return -1
    try:
        number = json.loads(line)["n"]
    except (ValueError, KeyError, TypeError):
        raise BatchError(
            f"cannot resume: the last line of {path} is not from articlekit batch"
        ) from None
    if not isinstance(number, int):
        raise BatchError(f"cannot resume: the last line of {path} has no record number")
    return int(number)


class _Writer(Protocol):
    def last_number(self) -> int: ...
    def write(self, number: int, record: Record, article: Article) -> None: ...
    def close(self) -> None: ...


def _meta(number: int, record: Record) -> dict[str, int | str | None]:
    return {"n": number, "id": record.id, "input": record.input, "url": record.url}


class _JsonlWriter:
    """One JSON object per line: ``n``, the record's id, input and url, then the article."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        self._last = _last_number(path) if resume else -1
        self._fh: IO[str] = path.open("a" if resume else "w", encoding="utf-8")

    def last_number(self) -> int:
        return self._last

    def write(self, number: int, record: Record, article: Article) -> None:
        head = json.dumps(_meta(number, record), ensure_ascii=False)
        self._fh.write(f'{head[:-1]}, "article": {article.model_dump_json()}}}\n')
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


class _ErrorsWriter(_JsonlWriter):
    """The errors file: ``n``, id, input, url, the error type and the reason."""

    def __init__(self, path: Path, *, resume: bool, keep_through: int | None = None) -> None:
        if resume and keep_through is not None:
            _drop_lines_after(path, keep_through)
        super().__init__(path, resume=resume)

    def fail(self, number: int, record: Record, error_type: str, reason: str) -> None:
        line = {**_meta(number, record), "error_type": error_type, "reason": reason}
        self._fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._fh.flush()


def _drop_lines_after(path: Path, last: int) -> None:
    """Keep only the lines of ``path`` whose ``n`` is at most ``last``."""
    if not path.exists():
        return
    _last_complete_line(path)
    kept = []
    with path.open("rb") as fh:
        for line in fh:
            try:
                number = json.loads(line)["n"]
            except (ValueError, KeyError, TypeError):
                continue
            if isinstance(number, int) and number <= last:
                kept.append(line)
    path.write_bytes(b"".join(kept))


class _ParquetWriter:
    """Rows of ``n``, the record's id, input and url and the article's fields.

    The article's own ``url`` (its canonical address) is the ``article_url`` column.

    Rows are written in row groups, and the file is complete when the run closes it
    (also on Ctrl-C). Parquet files cannot be appended to: resuming copies the rows
    already written into a new file, which replaces the old one at the end.
    """

    def __init__(self, path: Path, *, resume: bool, rows_per_group: int = 500) -> None:
        try:
            import pyarrow as pa
            import pyarrow.compute as pc
            import pyarrow.parquet as pq
        except ImportError:
            raise BatchError(PARQUET_EXTRA_MESSAGE) from None
        self._pa = pa
        self.path = path
        self._tmp = path.with_name(path.name + ".partial")
        self._schema = _parquet_schema(pa)
        self._rows: list[dict[str, Any]] = []
        self._rows_per_group = rows_per_group
        previous = None
        self._last = -1
        if resume and path.exists():
            try:
                previous = pq.read_table(path, schema=self._schema)
            except Exception as error:
                raise BatchError(
                    f"cannot resume: {path} is not a complete Parquet file ({error})"
                ) from None
            if previous.num_rows:
                self._last = int(pc.max(previous.column("n")).as_py())
        self._writer = pq.ParquetWriter(self._tmp, self._schema)
        if previous is not None:
            self._writer.write_table(previous)

    def last_number(self) -> int:
        return self._last

    def write(self, number: int, record: Record, article: Article) -> None:
        row: dict[str, Any] = article.model_dump(mode="json")
        row["article_url"] = row.pop("url")
        row["text"] = article.text
        row.update(_meta(number, record))
        self._rows.append(row)
        if len(self._rows) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._tmp, self.path)


def _parquet_schema(pa: Any) -> Any:
    text = pa.string()
    return pa.schema(
        [
            ("n", pa.int64()),
            ("id", text),
            ("input", text),
            ("url", text),
            ("title", text),
            ("article_url", text),
            ("authors", pa.list_(text)),
            ("published", text),
            ("site_name", text),
            ("language", text),
            ("description", text),
            ("source", text),
            ("text", text),
            (
                "paragraphs",
                pa.list_(pa.struct([("kind", text), ("text", text), ("level", pa.int8())])),
            ),
            (
                "captions",
                pa.list_(
                    pa.struct([("text", text), ("credit", text), ("image", text), ("alt", text)])
                ),
            ),
            (
                "removed",
                pa.list_(
                    pa.struct(
                        [
                            ("filter", text),
                            ("reason", text),
                            ("text", text),
                            ("kind", text),
                            ("detail", text),
                            ("index", pa.int32()),
                        ]
                    )
                ),
            ),
        ]
    )


def errors_path_for(out: Path) -> Path:
    """The default errors file next to ``out``: ``crawl.jsonl`` -> ``crawl.errors.jsonl``."""
    name = out.name
    for suffix in (".jsonl", ".parquet"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return out.with_name(name + ".errors.jsonl")


# -- progress ----------------------------------------------------------------------------


class _Progress:
    """``  1,234 pages  45.6 pages/s  37%  ETA 0:01:23  12 failed`` on a terminal."""

    def __init__(self, stream: IO[str], inputs: Inputs, enabled: bool) -> None:
        self.stream = stream
        self.inputs = inputs
        self.enabled = enabled
        self.started = time.monotonic()
        self.start_fraction = self._fraction()
        self._last = 0.0

    def _fraction(self) -> float:
        total = self.inputs.total_bytes
        return min(1.0, self.inputs.position / total) if total else 1.0

    def update(self, summary: Summary, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-9)
        fraction = self._fraction()
        rate = (fraction - self.start_fraction) / elapsed
        eta = _clock((1.0 - fraction) / rate) if rate > 0 else "?"
        failed = f"  {summary.failed} failed" if summary.failed else ""
        self.stream.write(
            f"\r\x1b[K{summary.pages:>9,} pages  {summary.pages / elapsed:6.1f} pages/s"
            f"  {fraction:4.0%}  ETA {eta}{failed}"
        )
        self.stream.flush()

    def close(self, summary: Summary) -> None:
        if self.enabled:
            self.update(summary, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


# -- the run -----------------------------------------------------------------------------


def run_batch(
    inputs: Inputs,
    out: Path,
    *,
    errors: Path | None = None,
    output_format: OutputFormat = "jsonl",
    workers: int | None = None,
    pipeline: Pipeline | None = None,
    mode: Mode = "auto",
    resume: bool = False,
    force: bool = False,
    progress: IO[str] | None = None,
    chunksize: int = 8,
    timeout: float | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Summary:
    """Clean every record of ``inputs`` into ``out``; failures go to ``errors``.

    Args:
        inputs: The records to clean.
        out: The output file (JSONL or Parquet).
        errors: The errors file (JSONL); default: next to ``out`` (``errors_path_for``).
        output_format: ``"jsonl"`` or ``"parquet"``.
        workers: Worker processes (default: all cores).
        pipeline: The filters (default pipeline if ``None``).
        mode: ``"auto"``, ``"html"`` or ``"text"``.
        resume: Continue a run that stopped: keep what ``out`` and ``errors`` hold and
            skip as many records.
        force: Overwrite an existing output (without ``resume``).
        progress: Where to draw a progress bar (a terminal), or ``None``.
        timeout: A time budget per page in seconds (a page over it goes to ``errors``).
        max_bytes: The largest page accepted (a larger one goes to ``errors``).
        chunksize: Records sent to a worker at a time.

    Returns:
        The summary. On Ctrl-C the files are closed complete and the summary has
        ``interrupted`` set; the KeyboardInterrupt is not re-raised.

    Raises:
        BatchError: the output exists (without ``resume`` or ``force``), or the
            Parquet extra is missing.
    """
    errors = errors or errors_path_for(out)
    if errors.resolve() == out.resolve():
        raise BatchError("the errors file cannot be the output file")
    if not resume and not force:
        for path in (out, errors):
            if path.exists() and path.stat().st_size > 0:
                raise BatchError(
                    f"{path} exists: use --resume to continue that run or --force to overwrite it"
                )
    count = default_workers() if workers is None else workers
    writer: _Writer
    if output_format == "parquet":
        # Parquet rows reach the file in groups, the errors file line by line: after a
        # hard kill the errors file may run ahead, so it is cut back to the output.
        writer = _ParquetWriter(out, resume=resume)
        failures = _ErrorsWriter(errors, resume=resume, keep_through=writer.last_number())
        start = writer.last_number() + 1
    else:
        writer = _JsonlWriter(out, resume=resume)
        failures = _ErrorsWriter(errors, resume=resume)
        start = max(writer.last_number(), failures.last_number()) + 1
    summary = Summary(workers=count, resumed_after=start)
    bar = _Progress(progress or sys.stderr, inputs, enabled=progress is not None)
    started = time.monotonic()
    try:
        limits = Limits(timeout, max_bytes)
        _run(inputs, summary, writer, failures, bar, count, pipeline, mode, chunksize, limits)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        summary.seconds = time.monotonic() - started
        summary.skipped.update(inputs.skipped)
        try:
            writer.close()
        finally:
            failures.close()
            bar.close(summary)
    return summary


def _run(
    inputs: Inputs,
    summary: Summary,
    writer: _Writer,
    failures: _ErrorsWriter,
    bar: _Progress,
    workers: int,
    pipeline: Pipeline | None,
    mode: Mode,
    chunksize: int,
    limits: Limits,
) -> None:
    in_flight: deque[tuple[int, Record]] = deque()
    skip = summary.resumed_after

    def pages() -> Iterator[RawPage]:
        for number, record in enumerate(inputs):
            if number < skip:
                continue
            in_flight.append((number, record))
            # A record that cannot be read is still sent (as nothing) to keep the order.
            yield RawPage(b"" if record.problem else record.raw, record.id, record.url)

    results = clean_many(
        pages(),
        workers=workers,
        pipeline=pipeline,
        mode=mode,
        chunksize=chunksize,
        timeout=limits.timeout,
        max_bytes=limits.max_bytes,
    )
    with closing(results):
        for result in results:
            number, record = in_flight.popleft()
            _write(number, record, result, summary, writer, failures)
            bar.update(summary)


def _write(
    number: int,
    record: Record,
    result: CleanResult,
    summary: Summary,
    writer: _Writer,
    failures: _ErrorsWriter,
) -> None:
    summary.pages += 1
    if record.problem is not None or result.article is None:
        error_type = "SourceError" if record.problem else (result.error_type or "Error")
        failures.fail(number, record, error_type, record.problem or result.error or "")
        summary.failed += 1
        summary.errors[error_type] += 1
        return
    article = result.article
    writer.write(number, record, article)
    summary.kept += 1
    if not article.paragraphs:
        summary.empty += 1
    summary.removals.update(removal.reason for removal in article.removed)
