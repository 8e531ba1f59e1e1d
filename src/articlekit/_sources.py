"""Read the pages of a crawl: folders of HTML files, JSONL exports and WARC files.

Each input yields :class:`Record` objects in a stable order (folder files sorted by
path, JSONL lines and WARC records in file order), so a run can be resumed by
skipping the records already done. :class:`Inputs` also tracks how many bytes of
the input files it has read, for the progress bar's ETA.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

__all__ = [
    "HTML_SUFFIXES",
    "InputKind",
    "Inputs",
    "Record",
    "SourceError",
    "input_kind",
]

InputKind = Literal["folder", "html", "jsonl", "warc"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""File names a folder input takes, each also with ``.gz``."""
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_WARC_SUFFIXES = (".warc",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")

WARC_EXTRA_MESSAGE = 'reading WARC files needs FastWARC: pip install "articlekit[warc]"'


class SourceError(Exception):
    """An input cannot be read at all (missing, of an unknown kind, extra not installed)."""


@dataclass(frozen=True, slots=True)
class Record:
    """One page of the input.

    Attributes:
        id: Where it came from: the file path, ``path:line`` (JSONL, unless an id field
            is given), or the WARC-Record-ID.
        input: The input file it was read from.
        raw: The page (HTML or text).
        url: The page's address when the input says (JSONL url field, WARC-Target-URI).
        problem: Why the record cannot be cleaned (a JSONL line without the HTML field,
            ...); ``None`` for a good record.
    """

    id: str
    input: str
    raw: str | bytes
    url: str | None = None
    problem: str | None = None


def _strip_gz(name: str) -> str:
    return name[:-3] if name.endswith(".gz") else name


def input_kind(path: Path) -> InputKind:
    """What kind of input ``path`` is, by its type and name.

    Raises:
        SourceError: the path does not exist or its name says nothing known.
    """
    if path.is_dir():
        return "folder"
    if not path.is_file():
        raise SourceError(f"{path}: no such file or folder")
    name = _strip_gz(path.name.lower())
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    raise SourceError(
        f"{path}: cannot tell what this is; inputs are folders of .html/.htm files, "
        ".jsonl or .warc files (each optionally .gz)"
    )


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and _strip_gz(path.name.lower()).endswith(HTML_SUFFIXES)
    )


class Inputs:
    """The records of several inputs, in order.

    Args:
        paths: Folders of HTML files, single HTML files, JSONL files and WARC files
            (``.gz`` allowed for each file).
        html_field: The JSONL field holding the page.
        id_field: A JSONL field naming the page (default: ``path:line``).
        url_field: A JSONL field holding the page's URL (ignored when absent).

    Raises:
        SourceError: a path is missing or of an unknown kind, or a WARC file is given
            and FastWARC is not installed.
    """

    def __init__(
        self,
        paths: Sequence[str | Path],
        *,
        html_field: str = "html",
        id_field: str | None = None,
        url_field: str | None = "url",
    ) -> None:
        self.html_field = html_field
        self.id_field = id_field
        self.url_field = url_field
        self.skipped: Counter[str] = Counter()
        """Records passed over, by reason (WARC records that are not HTML pages, ...)."""
        self._inputs: list[tuple[Path, InputKind, list[Path]]] = []
        for given in paths:
            path = Path(given)
            kind = input_kind(path)
            files = _folder_files(path) if kind == "folder" else [path]
            self._inputs.append((path, kind, files))
        if any(kind == "warc" for _, kind, _ in self._inputs):
            _require_fastwarc()
        self.total_bytes = sum(f.stat().st_size for _, _, files in self._inputs for f in files)
        """Size of all input files, for the progress estimate."""
        self._done_bytes = 0
        self._open: IO[bytes] | None = None

    @property
    def kinds(self) -> list[InputKind]:
        """The kind of each input, in order."""
        return [kind for _, kind, _ in self._inputs]

    @property
    def position(self) -> int:
        """Bytes of the input files read so far (approximate inside a file)."""
        current = 0
        if self._open is not None and not self._open.closed:
            current = self._open.tell()
        return self._done_bytes + current

    def __iter__(self) -> Iterator[Record]:
        for path, kind, files in self._inputs:
            if kind == "warc":
                yield from self._tracked(path, self._warc)
            elif kind == "jsonl":
                yield from self._tracked(path, self._jsonl)
            else:
                for file in files:
                    yield self._html_file(file)

    def _tracked(
        self, path: Path, read: Callable[[Path, IO[bytes]], Iterator[Record]]
    ) -> Iterator[Record]:
        """Records of one file, with the open file watched for :attr:`position`."""
        with path.open("rb") as fh:
            self._open = fh
            try:
                yield from read(path, fh)
            finally:
                self._open = None
                self._done_bytes += path.stat().st_size

    # -- readers -----------------------------------------------------------------------
    def _html_file(self, path: Path) -> Record:
        size = path.stat().st_size
        try:
            data = path.read_bytes()
            if path.name.lower().endswith(".gz"):
                data = gzip.decompress(data)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            return Record(str(path), str(path), b"", problem=f"cannot read the file: {error}")
        finally:
            self._done_bytes += size
        return Record(str(path), str(path), data)

    def _jsonl(self, path: Path, fh: IO[bytes]) -> Iterator[Record]:
        name = str(path)
        lines: Iterable[bytes] = gzip.GzipFile(fileobj=fh) if path.name.endswith(".gz") else fh
        try:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield self._jsonl_record(name, number, line)
        except (OSError, EOFError) as error:  # a truncated or corrupt .gz
            yield Record(f"{name}:end", name, b"", problem=f"cannot read the file: {error}")

    def _jsonl_record(self, name: str, number: int, line: bytes) -> Record:
        fallback_id = f"{name}:{number}"
        try:
            data = json.loads(line)
        except ValueError as error:
            return Record(fallback_id, name, b"", problem=f"line {number} is not JSON: {error}")
        if not isinstance(data, dict):
            return Record(fallback_id, name, b"", problem=f"line {number} is not a JSON object")
        record_id = fallback_id
        if self.id_field is not None and data.get(self.id_field) is not None:
            record_id = str(data[self.id_field])
        url = data.get(self.url_field) if self.url_field else None
        url = url if isinstance(url, str) and url else None
        html = data.get(self.html_field)
        if not isinstance(html, str):
            problem = (
                f"line {number} has no {self.html_field!r} field"
                if html is None
                else f"line {number}: field {self.html_field!r} is not a string"
            )
            return Record(record_id, name, b"", url, problem)
        return Record(record_id, name, html, url)

    def _warc(self, path: Path, fh: IO[bytes]) -> Iterator[Record]:
        from fastwarc.warc import ArchiveIterator, WarcRecordType

        name = str(path)
        records = ArchiveIterator(
            fh,
            record_types=WarcRecordType.response | WarcRecordType.resource,
            parse_http=True,
            auto_decode="all",
        )
        number = 0
        try:
            for record in records:
                number += 1
                record_id = record.record_id or f"{name}#{number}"
                url = record.headers.get("WARC-Target-URI") or None
                if record.record_type == WarcRecordType.response:
                    if not record.is_http:
                        self.skipped["response without HTTP headers"] += 1
                        continue
                    status = record.http_headers.status_code
                    if status is not None and not 200 <= status < 300:
                        self.skipped[f"HTTP status {status // 100}xx"] += 1
                        continue
                    content_type = record.http_content_type
                else:
                    content_type = record.headers.get("Content-Type")
                if not _is_html(content_type):
                    self.skipped["not HTML"] += 1
                    continue
                try:
                    body = record.reader.read()
                except Exception as error:  # a broken content encoding
                    yield Record(record_id, name, b"", url, f"cannot read the record: {error}")
                    continue
                yield Record(record_id, name, body, url)
        except Exception as error:  # FastWARC found the file itself broken
            yield Record(
                f"{name}#{number + 1}", name, b"", problem=f"cannot read the WARC file: {error}"
            )


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in _HTML_TYPES


def _require_fastwarc() -> None:
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        raise SourceError(WARC_EXTRA_MESSAGE) from None
