"""Build crawl inputs from the fixture pages: WARC files, JSONL exports, folders.

The WARC writer is written out here (not taken from a WARC library) so that the
reader is tested against files it did not produce itself.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.helpers import FIXTURES

HTML_FIXTURES = sorted(FIXTURES.glob("*/source.html"))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@dataclass(frozen=True)
class Fetched:
    """One HTTP response of a crawl."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200

    @property
    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, self.url)}>"


def fixture_pages() -> list[Fetched]:
    """The HTML fixture pages as responses from example.org."""
    return [
        Fetched(f"https://example.org/{path.parent.name}", path.read_bytes())
        for path in HTML_FIXTURES
    ]


def _record(warc_type: str, headers: dict[str, str], block: bytes) -> bytes:
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        "WARC-Date: 2026-11-29T12:00:00Z",
        *(f"{name}: {value}" for name, value in headers.items()),
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warc_records(responses: Sequence[Fetched]) -> list[bytes]:
    """A warcinfo record, then a request and a response record per fetch."""
    info = b"software: articlekit tests\r\nformat: WARC File Format 1.1\r\n"
    records = [
        _record(
            "warcinfo",
            {
                "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
                "Content-Type": "application/warc-fields",
            },
            info,
        )
    ]
    for fetched in responses:
        parts = urlsplit(fetched.url)
        target = parts.path or "/"
        request = f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode()
        records.append(
            _record(
                "request",
                {
                    "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>",
                    "WARC-Target-URI": fetched.url,
                    "Content-Type": "application/http; msgtype=request",
                },
                request,
            )
        )
        head = (
            f"HTTP/1.1 {fetched.status} {'OK' if fetched.status == 200 else 'Other'}\r\n"
            f"Content-Type: {fetched.content_type}\r\n"
            f"Content-Length: {len(fetched.body)}\r\n\r\n"
        ).encode()
        records.append(
            _record(
                "response",
                {
                    "WARC-Record-ID": fetched.record_id,
                    "WARC-Target-URI": fetched.url,
                    "Content-Type": "application/http; msgtype=response",
                },
                head + fetched.body,
            )
        )
    return records


def write_warc(path: Path, responses: Sequence[Fetched]) -> Path:
    """Write a WARC file; ``.gz`` names get one gzip member per record, as crawlers do."""
    records = warc_records(responses)
    with path.open("wb") as fh:
        for record in records:
            fh.write(gzip.compress(record) if path.name.endswith(".gz") else record)
    return path


def write_jsonl(path: Path, rows: Sequence[dict[str, object]]) -> Path:
    """Write rows as JSON lines (gzipped for ``.gz`` names)."""
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path
