"""The command line: ``articlekit clean PATH [--format ...] [--explain]``."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit import Article, __version__, clean
from articlekit._cli import main
from tests.helpers import FIXTURES, ROOT

SEED = FIXTURES / "sco-summit-xinhua" / "source.txt"
HTML = FIXTURES / "bondyblog-paris8-greve" / "source.html"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_json_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["clean", str(SEED)], capsys)
    assert status == 0
    assert err == ""
    data = json.loads(out)
    expected = clean(SEED.read_bytes())
    assert data == json.loads(expected.model_dump_json())
    assert data["source"] == "text"


def test_json_output_of_an_html_fixture(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["clean", str(HTML), "--format", "json"], capsys)
    assert status == 0
    data = json.loads(out)
    data.pop("text")
    assert Article.model_validate(data) == clean(HTML.read_bytes())


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["clean", str(SEED), "--format", "markdown"], capsys)
    assert status == 0
    assert out == clean(SEED.read_bytes()).to_markdown()
    assert out.startswith("# Drawing a blueprint")
    assert "\n## Practice win-win sharing and open up a bright future\n" in out


def test_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["clean", str(SEED), "--format", "text"], capsys)
    assert status == 0
    assert out == clean(SEED.read_bytes()).text + "\n"
    assert "See also" not in out


def test_explain_lists_filter_and_reason(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["clean", str(SEED), "--format", "text", "--explain"], capsys)
    assert status == 0
    assert "See also" not in out  # the explanation goes to stderr
    article = clean(SEED.read_bytes())
    lines = err.splitlines()
    assert lines[0] == f"removed {len(article.removed)} blocks:"
    assert (
        lines[-1]
        == f"kept {len(article.paragraphs)} paragraphs and {len(article.captions)} captions"
    )
    body = lines[1:-1]
    assert len(body) == len(article.removed)
    for line, removal in zip(body, article.removed, strict=True):
        assert line.split()[:2] == [removal.filter, removal.reason]
    assert any(line.split()[:2] == ["cookie_notice", "cookie_notice"] for line in body)
    assert any(line.split()[:2] == ["breadcrumb", "breadcrumb"] for line in body)


def test_gzip_file_and_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML.read_bytes()))
    status, out, _ = run(["clean", str(path), "--mode", "html"], capsys)
    assert status == 0
    data = json.loads(out)
    assert (
        data["paragraphs"] == json.loads(clean(HTML.read_bytes()).model_dump_json())["paragraphs"]
    )


def test_url_is_used_when_the_page_names_none(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["clean", str(SEED), "--url", "https://example.org/sco"], capsys)
    assert status == 0
    assert json.loads(out)["url"] == "https://example.org/sco"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class FakeStdin:
        buffer = __import__("io").BytesIO(SEED.read_bytes())

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    status, out, _ = run(["clean", "-", "--format", "text"], capsys)
    assert status == 0
    assert out == clean(SEED.read_bytes()).text + "\n"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.html"
    status, out, err = run(["clean", str(missing)], capsys)
    assert status == 1
    assert out == ""
    assert err.startswith("articlekit: ")
    assert "nope.html" in err


def test_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.7\n%binary")
    status, out, err = run(["clean", str(path)], capsys)
    assert (status, out) == (1, "")
    assert "PDF" in err


def test_bad_arguments_exit_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["clean", str(SEED), "--format", "yaml"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        main([])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"articlekit {__version__}"


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlekit", "clean", str(SEED), "--format", "text", "--explain"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == clean(SEED.read_bytes()).text + "\n"
    assert "comment_form" in result.stderr
