"""``articlekit batch``: folders, JSONL and WARC in; JSONL or Parquet out; resume, errors."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from articlekit import clean, default_pipeline
from articlekit._batch import BatchError, errors_path_for, load_pipeline, run_batch
from articlekit._cli import main
from articlekit._sources import Inputs, SourceError
from tests.crawl import HTML_FIXTURES, PNG, Fetched, fixture_pages, write_jsonl, write_warc
from tests.helpers import ROOT

pytest.importorskip("fastwarc", reason='WARC input needs "articlekit[warc]"')


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def expected(raw: bytes | str, url: str | None = None) -> dict[str, Any]:
    return json.loads(clean(raw, url=url).model_dump_json())


def batch(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["batch", *args])
    _, err = capsys.readouterr()
    return status, err


@pytest.fixture
def crawl() -> list[Fetched]:
    """Fixture pages with a picture, a redirect and an empty page among them."""
    pages = fixture_pages()
    odd = [
        Fetched("https://example.org/logo.png", PNG, "image/png"),
        Fetched("https://example.org/moved", b"<html><p>Moved</p></html>", status=301),
        Fetched("https://example.org/empty", b""),
    ]
    return pages[:5] + odd + pages[5:]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_to_jsonl(
    tmp_path: Path, crawl: list[Fetched], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = write_warc(tmp_path / name, crawl)
    out = tmp_path / "out.jsonl"
    status, err = batch([str(warc), "--out", str(out), "--workers", "2"], capsys)
    assert status == 0

    html = [f for f in crawl if f.content_type.startswith("text/html") and f.status == 200]
    good = [f for f in html if f.body]
    lines = read_jsonl(out)
    assert [line["url"] for line in lines] == [f.url for f in good]
    assert [line["id"] for line in lines] == [f.record_id for f in good]
    assert {line["input"] for line in lines} == {str(warc)}
    assert [line["n"] for line in lines] == [i for i, f in enumerate(html) if f.body]
    for line, fetched in zip(lines, good, strict=True):
        assert line["article"] == expected(fetched.body, fetched.url)

    errors = read_jsonl(errors_path_for(out))
    assert errors == [
        {
            "n": 5,
            "id": crawl[7].record_id,
            "input": str(warc),
            "url": "https://example.org/empty",
            "error_type": "EmptyInputError",
            "reason": errors[0]["reason"],
        }
    ]
    assert "empty" in errors[0]["reason"]

    removed = sum(len(line["article"]["removed"]) for line in lines)
    assert f"done: {len(html)} pages" in err
    assert f"kept     {len(good):>7}" in err
    assert f"failed   {1:>7}" in err
    assert "not HTML" in err
    assert "HTTP status 3xx" in err
    assert f"removed  {removed:>7} blocks, by reason:" in err
    assert "outside_main_content" in err


def test_folder_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pages"
    (folder / "b").mkdir(parents=True)
    sources = HTML_FIXTURES[:3]
    (folder / "a.html").write_bytes(sources[0].read_bytes())
    (folder / "b" / "c.htm.gz").write_bytes(gzip.compress(sources[1].read_bytes()))
    (folder / "b" / "d.HTML").write_bytes(sources[2].read_bytes())
    (folder / "notes.txt").write_text("not a page")
    (folder / "b" / "broken.html.gz").write_bytes(b"not gzip at all")
    out = tmp_path / "out.jsonl"
    status, _ = batch([str(folder), "--out", str(out), "--workers", "1", "--quiet"], capsys)
    assert status == 0
    lines = read_jsonl(out)
    names = ["a.html", "b/c.htm.gz", "b/d.HTML"]
    assert [line["id"] for line in lines] == [str(folder / name) for name in names]
    assert [line["url"] for line in lines] == [None, None, None]
    for line, source in zip(lines, sources, strict=True):
        assert line["article"] == expected(source.read_bytes())
    errors = read_jsonl(errors_path_for(out))
    assert [e["id"] for e in errors] == [str(folder / "b" / "broken.html.gz")]
    assert errors[0]["error_type"] == "SourceError"


def test_jsonl_input_with_named_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [path.read_text(encoding="utf-8") for path in HTML_FIXTURES[:3]]
    rows: list[dict[str, object]] = [
        {"key": "p1", "page": pages[0], "link": "https://example.org/1"},
        {"key": "p2", "other": "no page here"},
        {"key": "p3", "page": pages[1]},
        {"key": "p4", "page": 42},
        {"page": pages[2], "link": "https://example.org/3"},
    ]
    export = write_jsonl(tmp_path / "export.jsonl.gz", rows)
    with gzip.open(export, "ab") as fh:
        fh.write(b"{not json\n\n")
    out = tmp_path / "out.jsonl"
    args = ["--html-field", "page", "--id-field", "key", "--url-field", "link"]
    status, _ = batch([str(export), "--out", str(out), *args, "--workers", "2"], capsys)
    assert status == 0
    lines = read_jsonl(out)
    assert [line["id"] for line in lines] == ["p1", "p3", f"{export}:5"]
    assert [line["url"] for line in lines] == [
        "https://example.org/1",
        None,
        "https://example.org/3",
    ]
    assert [line["n"] for line in lines] == [0, 2, 4]
    assert lines[0]["article"] == expected(pages[0], "https://example.org/1")
    assert lines[2]["article"] == expected(pages[2], "https://example.org/3")
    errors = read_jsonl(errors_path_for(out))
    assert [(e["id"], e["n"]) for e in errors] == [("p2", 1), ("p4", 3), (f"{export}:6", 5)]
    assert "no 'page' field" in errors[0]["reason"]
    assert "not a string" in errors[1]["reason"]
    assert "not JSON" in errors[2]["reason"]


def test_several_inputs_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = fixture_pages()
    warc = write_warc(tmp_path / "a.warc.gz", pages[:2])
    export = write_jsonl(tmp_path / "b.jsonl", [{"html": pages[2].body.decode()}])
    single = tmp_path / "c.html"
    single.write_bytes(pages[3].body)
    out = tmp_path / "out.jsonl"
    status, _ = batch([str(warc), str(export), str(single), "--out", str(out)], capsys)
    assert status == 0
    lines = read_jsonl(out)
    assert [line["input"] for line in lines] == [str(warc)] * 2 + [str(export), str(single)]
    assert [line["n"] for line in lines] == [0, 1, 2, 3]


def test_existing_output_needs_resume_or_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = write_warc(tmp_path / "c.warc", fixture_pages()[:2])
    out = tmp_path / "out.jsonl"
    out.write_text("{}\n")
    status, err = batch([str(warc), "--out", str(out)], capsys)
    assert status == 2
    assert "--resume" in err
    assert out.read_text() == "{}\n"
    status, _ = batch([str(warc), "--out", str(out), "--force", "--quiet"], capsys)
    assert status == 0
    assert len(read_jsonl(out)) == 2


def test_resume_after_a_cut_continues_without_duplicates(
    tmp_path: Path, crawl: list[Fetched], capsys: pytest.CaptureFixture[str]
) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl)
    full = tmp_path / "full.jsonl"
    assert batch([str(warc), "--out", str(full), "--quiet"], capsys)[0] == 0

    out = tmp_path / "out.jsonl"
    text = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # A run that stopped after 6 records, in the middle of writing the 7th line.
    out.write_text("".join(text[:6]) + text[6][:100], encoding="utf-8")
    errors_path_for(out).write_text(errors_path_for(full).read_text(encoding="utf-8"))
    status, err = batch([str(warc), "--out", str(out), "--resume"], capsys)
    assert status == 0
    assert "resumed after 7 records" in err  # 6 articles and the empty page, n = 0..6
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert errors_path_for(out).read_text() == errors_path_for(full).read_text()


def test_ctrl_c_leaves_a_resumable_output(tmp_path: Path) -> None:
    pages = fixture_pages() * 6
    warc = write_warc(tmp_path / "big.warc.gz", pages)
    out = tmp_path / "out.jsonl"
    # A filter that only waits keeps the run going long enough for Ctrl-C to land in
    # the middle of it, however fast the machine cleans (it drops nothing).
    (tmp_path / "slow_filters.py").write_text(
        "import time\n"
        "from articlekit import default_pipeline\n"
        "def pause(page):\n"
        "    time.sleep(0.05)\n"
        "    return []\n"
        "pipeline = default_pipeline().add(pause)\n"
    )
    command = [
        *(sys.executable, "-m", "articlekit", "batch", str(warc), "--out", str(out)),
        *("--pipeline", "slow_filters:pipeline"),
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(tmp_path)])}
    process = subprocess.Popen(
        [*command, "--workers", "2", "--chunksize", "1"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "--resume" in err
    first = read_jsonl(out)  # every line complete
    assert 3 <= len(first) < len(pages)

    resumed = subprocess.run(
        [*command, "--resume", "--quiet"], capture_output=True, text=True, env=env, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    lines = read_jsonl(out)
    assert [line["n"] for line in lines] == list(range(len(pages)))
    assert lines[: len(first)] == first
    assert [line["url"] for line in lines] == [p.url for p in pages]
    assert lines[-1]["article"] == expected(pages[-1].body, pages[-1].url)


def test_custom_pipeline_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "my_filters.py").write_text(
        "from articlekit import Drop, default_pipeline\n"
        "def no_lists(page):\n"
        "    return [Drop(b, 'list_item_gone') for b in page.blocks if b.kind == 'list_item']\n"
        "pipeline = default_pipeline().add(no_lists)\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    warc = write_warc(tmp_path / "c.warc", fixture_pages())
    out = tmp_path / "out.jsonl"
    status, err = batch(
        [str(warc), "--out", str(out), "--pipeline", "my_filters:pipeline", "--workers", "2"],
        capsys,
    )
    assert status == 0, err
    pipeline = load_pipeline("my_filters:pipeline")
    assert pipeline.names == [*default_pipeline().names, "no_lists"]
    lines = read_jsonl(out)
    assert "list_item_gone" in err
    for line, fetched in zip(lines, fixture_pages(), strict=True):
        article = clean(fetched.body, url=fetched.url, pipeline=pipeline)
        assert line["article"] == json.loads(article.model_dump_json())
        assert all(p["kind"] != "list_item" for p in line["article"]["paragraphs"])


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nocolon", "module:attribute"),
        ("no_such_module_here:x", "cannot import"),
        ("articlekit:nothing", "has no"),
        ("articlekit:__version__", "not a Pipeline"),
    ],
)
def test_bad_pipeline_names(spec: str, message: str) -> None:
    with pytest.raises(BatchError, match=message):
        load_pipeline(spec)


def test_pipeline_factory_is_called() -> None:
    assert load_pipeline("articlekit:default_pipeline") == default_pipeline()


def test_parquet_output_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pages = fixture_pages()
    warc = write_warc(tmp_path / "c.warc.gz", pages)
    out = tmp_path / "out.parquet"
    status, _ = batch([str(warc), "--out", str(out), "--quiet"], capsys)
    assert status == 0
    table = pq.read_table(out)
    assert table.column("url").to_pylist() == [p.url for p in pages]
    rows = table.to_pylist()
    for row, fetched in zip(rows, pages, strict=True):
        article = clean(fetched.body, url=fetched.url)
        assert row["title"] == article.title
        assert row["article_url"] == article.url
        assert row["text"] == article.text
        assert row["removed"] == [r.model_dump() for r in article.removed]
        assert row["paragraphs"] == [p.model_dump() for p in article.paragraphs]

    first = pq.read_table(out).slice(0, 4)
    pq.write_table(first, out)
    status, err = batch([str(warc), "--out", str(out), "--resume"], capsys)
    assert status == 0
    assert "resumed after 4 records" in err
    assert pq.read_table(out).to_pylist() == rows


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc", fixture_pages()[:4])
    stream = io.StringIO()
    summary = run_batch(Inputs([warc]), tmp_path / "o.jsonl", workers=1, progress=stream)
    assert summary.pages == summary.kept == 4
    shown = stream.getvalue()
    assert "pages/s" in shown
    assert "ETA" in shown
    assert "100%" in shown


def test_quiet_run_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "c.warc", fixture_pages()[:2])
    status, err = batch([str(warc), "--out", str(tmp_path / "o.jsonl"), "--quiet"], capsys)
    assert status == 0
    assert err == ""


def test_unknown_input_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "pages.csv"
    odd.write_text("a,b\n")
    status, err = batch([str(odd), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert status == 2
    assert "cannot tell" in err
    status, err = batch([str(tmp_path / "missing"), "--out", str(tmp_path / "o.jsonl")], capsys)
    assert status == 2
    assert "no such file" in err


def test_missing_extras_say_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warc = write_warc(tmp_path / "c.warc", fixture_pages()[:1])
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(SourceError, match=r'pip install "articlekit\[warc\]"'):
        Inputs([warc])
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(BatchError, match=r'pip install "articlekit\[parquet\]"'):
        run_batch(Inputs([HTML_FIXTURES[0]]), tmp_path / "o.parquet", output_format="parquet")


def test_pages_over_the_limits_go_to_the_errors_file(
    tmp_path: Path, crawl: list[Fetched], capsys: pytest.CaptureFixture[str]
) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl)
    out = tmp_path / "out.jsonl"
    smallest = min(len(page.body) for page in crawl if page.body)
    status, err = batch(
        [str(warc), "--out", str(out), "--workers", "1", "--max-bytes", str(smallest)], capsys
    )
    assert status == 0, err
    failed = read_jsonl(errors_path_for(out))
    assert {row["error_type"] for row in failed} >= {"InputTooLargeError"}
    assert len(read_jsonl(out)) <= 1  # only a page of exactly the limit can pass
