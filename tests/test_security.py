"""Whatever the input says, cleaning reads no file, opens no connection, expands no entity.

Each attack points at a canary: a file in ``tmp_path`` whose content (or an entity its
DTD defines) would show up in the output if it were read, or a TCP server on localhost
that counts connections (libxml2 would connect from C, past any Python-level patch).
Python-level opens and connects are caught too, by an audit hook and a patched socket.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from articlekit import ArticlekitError, clean

SECRET = "CANARYSECRET"
PROSE = "The river rose overnight, and the town council met at dawn to plan the clean-up."


class Listener:
    """A TCP server on localhost that records every connection it accepts."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture
def canary(tmp_path: Path) -> dict[str, str]:
    """Files an attack would make the parser read, and file:// URLs to them."""
    text = tmp_path / "secret.txt"
    text.write_text(f"{SECRET} file content", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY marker "{SECRET} from the DTD">', encoding="utf-8")
    page = tmp_path / "included.html"
    page.write_text(f"<p>{SECRET} included page</p>", encoding="utf-8")
    return {
        "text": text.as_uri(),
        "dtd": dtd.as_uri(),
        "page": page.as_uri(),
        "text_path": str(text),
    }


# One audit hook for the module (hooks cannot be removed), recording while armed.
_RECORDING: list[list[str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _RECORDING and event == "open" and args:
        name = str(args[0])
        if "secret.txt" in name or "evil.dtd" in name or "included.html" in name:
            _RECORDING[-1].append(name)


sys.addaudithook(_audit)


@pytest.fixture
def no_python_io(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail on any Python-level connect; record Python-level opens of the canary files."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"cleaning tried to connect: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    opened: list[str] = []
    _RECORDING.append(opened)
    yield opened
    _RECORDING.remove(opened)


def attacks(canary: dict[str, str], listener: Listener) -> dict[str, str]:
    body = f"<p>{PROSE}</p><p>{PROSE}</p>"
    return {
        "external DTD (file)": (
            f'<!DOCTYPE html SYSTEM "{canary["dtd"]}"><html><body><article><p>&marker;</p>'
            f"{body}</article></body></html>"
        ),
        "external DTD (http)": (
            f'<!DOCTYPE html PUBLIC "-//X//DTD X//EN" "{listener.url("x.dtd")}"><html><body>'
            f"<article><p>&marker;</p>{body}</article></body></html>"
        ),
        "passwd doctype": (
            '<!DOCTYPE foo SYSTEM "file:///etc/passwd"><html><body><article>'
            f"{body}</article></body></html>"
        ),
        "external entity (file)": (
            f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{canary["text"]}">]>'
            f"<html><body><article><p>&xxe;</p>{body}</article></body></html>"
        ),
        "external entity (http)": (
            f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{listener.url("e")}">]>'
            f"<html><body><article><p>&xxe;</p>{body}</article></body></html>"
        ),
        "parameter entity": (
            f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{canary["dtd"]}"> %p;]>'
            f"<html><body><article><p>&marker;</p>{body}</article></body></html>"
        ),
        "xinclude": (
            '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>'
            f'<xi:include href="{canary["text"]}" parse="text"/>'
            f'<xi:include href="{listener.url("inc")}"/>{body}</article></body></html>'
        ),
        "base href": (
            f'<html><head><base href="{canary["page"]}"></head><body><article>'
            f'<a href="included.html">link</a>{body}</article></body></html>'
        ),
        "iframe srcdoc and src": (
            f'<html><body><article><iframe srcdoc="<p>{SECRET}</p>"></iframe>'
            f'<iframe src="{canary["page"]}"></iframe>{body}</article></body></html>'
        ),
        "link rel=import and stylesheet": (
            f'<html><head><link rel="import" href="{canary["page"]}">'
            f'<link rel="stylesheet" href="{listener.url("s.css")}"></head><body><article>'
            f"{body}</article></body></html>"
        ),
        "processing instructions": (
            f'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="{canary["text"]}"?>'
            f'<?xml-stylesheet href="{listener.url("x.xsl")}"?><html><body><article>'
            f"<?php include('{canary['text_path']}'); ?>{body}</article></body></html>"
        ),
        "images, scripts, objects": (
            f'<html><body><article><img src="{listener.url("i.png")}">'
            f'<script src="{listener.url("s.js")}"></script>'
            f'<object data="{canary["page"]}"></object><embed src="{canary["page"]}">'
            f'<svg><image href="{canary["page"]}"/></svg>{body}</article></body></html>'
        ),
        "json-ld context": (
            '<html><head><script type="application/ld+json">'
            f'{{"@context": "{listener.url("ctx")}", "@type": "NewsArticle", '
            f'"headline": "Flood", "author": {{"@id": "{canary["text"]}"}}}}</script></head>'
            f"<body><article>{body}</article></body></html>"
        ),
        "meta refresh": (
            f'<html><head><meta http-equiv="refresh" content="0; url={canary["page"]}">'
            f"</head><body><article>{body}</article></body></html>"
        ),
    }


def _everything(article: Any) -> str:
    return article.model_dump_json()


@pytest.mark.parametrize(
    "name",
    [
        "external DTD (file)",
        "external DTD (http)",
        "passwd doctype",
        "external entity (file)",
        "external entity (http)",
        "parameter entity",
        "xinclude",
        "base href",
        "iframe srcdoc and src",
        "link rel=import and stylesheet",
        "processing instructions",
        "images, scripts, objects",
        "json-ld context",
        "meta refresh",
    ],
)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_nothing_is_fetched(
    name: str,
    as_bytes: bool,
    canary: dict[str, str],
    listener: Listener,
    no_python_io: list[str],
) -> None:
    raw = attacks(canary, listener)[name]
    before = listener.connections
    article = clean(raw.encode("utf-8") if as_bytes else raw)
    time.sleep(0.02)  # let a connection, had one been made, reach the listener
    output = _everything(article)
    assert SECRET not in output
    assert "root:" not in output  # /etc/passwd
    assert PROSE in article.text
    assert listener.connections == before, "the parser connected to the network"
    assert no_python_io == [], "a canary file was opened"


def test_the_canaries_would_have_been_noticed(
    canary: dict[str, str], listener: Listener, no_python_io: list[str]
) -> None:
    """The checks above can fail: opening a canary or connecting is seen."""
    with open(canary["text_path"], encoding="utf-8") as handle:
        assert SECRET in handle.read()
    assert no_python_io == [canary["text_path"]]
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="tried to connect"):
            client.connect(("127.0.0.1", listener.port))
    finally:
        client.close()


def test_listener_counts_connections(listener: Listener) -> None:
    before = listener.connections
    with socket.create_connection(("127.0.0.1", listener.port), timeout=1):
        pass
    deadline = time.monotonic() + 2
    while listener.connections == before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert listener.connections == before + 1


LOL = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{level} "{("&lol" + (str(level - 1) if level > 1 else "") + ";") * 10}">'
        for level in range(1, 10)
    )
    + "]>"
)


@pytest.mark.parametrize(
    "raw",
    [
        LOL + f"<html><body><article><p>&lol9;</p><p>{PROSE}</p></article></body></html>",
        LOL + f"<lolz><p>&lol9;</p><p>{PROSE}</p></lolz>",
        # quadratic blowup: one big entity used many times
        f'<!DOCTYPE d [<!ENTITY a "{"x" * 50_000}">]><html><body><article>'
        + "<p>&a;</p>" * 2_000
        + f"<p>{PROSE}</p></article></body></html>",
    ],
    ids=["billion-laughs-html", "billion-laughs-xml", "quadratic-blowup"],
)
def test_entity_bombs_are_not_expanded(raw: str) -> None:
    started = time.perf_counter()
    try:
        article = clean(raw)
    except ArticlekitError:
        return
    assert time.perf_counter() - started < 5
    output = _everything(article)
    assert "lollol" not in output
    # The entity's definition may show as text once (HTML has no DTDs: browsers show
    # it too); its 2,000 uses are never expanded.
    assert output.count("x" * 50_000) <= 1
    assert len(output) < 3 * len(raw)
