"""scripts/regen_fixtures.py: deterministic rewrite and ``--check``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, regen


@pytest.fixture
def fixtures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "fixtures"
    for slug in ("sco-summit-xinhua", "bondyblog-paris8-greve"):
        (root / slug).mkdir(parents=True)
        for name in ("source.txt", "source.html", "meta.json"):
            if (FIXTURES / slug / name).is_file():
                shutil.copyfile(FIXTURES / slug / name, root / slug / name)
    monkeypatch.setattr(regen, "FIXTURES", root)
    return root


def test_check_lists_missing_and_stale_fixtures(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regen.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "sco-summit-xinhua" in out
    assert "bondyblog-paris8-greve" in out
    assert not (fixtures / "sco-summit-xinhua" / "expected.json").exists()


def test_regen_then_check_passes(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert regen.main([]) == 0
    assert regen.main(["--check"]) == 0
    text = (fixtures / "sco-summit-xinhua" / "expected.json").read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert "\u201c" in text  # ensure_ascii=False
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["removed_by_reason"]["breadcrumb"] == 1


def test_a_changed_expected_json_is_reported(
    fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    regen.main([])
    path = fixtures / "bondyblog-paris8-greve" / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "Something else"
    path.write_text(regen.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert regen.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "bondyblog-paris8-greve" in out
    assert "sco-summit-xinhua" not in out


def test_only_named_slugs(fixtures: Path) -> None:
    assert regen.main(["sco-summit-xinhua"]) == 0
    assert (fixtures / "sco-summit-xinhua" / "expected.json").is_file()
    assert not (fixtures / "bondyblog-paris8-greve" / "expected.json").exists()
    assert regen.main(["no-such-fixture"]) == 2


def test_output_is_stable(fixtures: Path) -> None:
    regen.main([])
    first = (fixtures / "sco-summit-xinhua" / "expected.json").read_bytes()
    regen.main([])
    assert (fixtures / "sco-summit-xinhua" / "expected.json").read_bytes() == first
