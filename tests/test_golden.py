"""Golden fixtures: real pages cleaned exactly as recorded in ``fixtures/<slug>/expected.json``.

A failure here means the output changed. Review the diff; if the change is wanted, run
``python scripts/regen_fixtures.py`` and commit the new expected.json with the change.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from articlekit import clean, default_pipeline, segment
from articlekit._assemble import join_table_rows
from tests.helpers import fixture_dirs, read_meta, read_source, regen

FOLDERS = fixture_dirs()
IDS = [folder.name for folder in FOLDERS]
_BODY_KINDS = {"paragraph", "heading", "list_item", "quote", "code"}


def test_there_are_enough_fixtures() -> None:
    metas = [read_meta(folder) for folder in FOLDERS]
    html = [m for m in metas if m["mode"] == "html"]
    assert len(html) >= 14
    assert len({m["language"] for m in html}) >= 5
    assert {"en", "de", "fr"} <= {m["language"] for m in metas}
    assert sum(m["mode"] == "text" and m["origin"] == "scrapinghub" for m in metas) >= 3
    assert any(m["origin"] == "seed" for m in metas)


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_fixture_folder_is_complete(folder: Path) -> None:
    meta = read_meta(folder)
    assert set(meta) == {"origin", "id", "url", "mode", "language", "why"}
    assert meta["origin"] in {"scrapinghub", "trafilatura-dev", "seed"}
    assert meta["mode"] in {"html", "text"}
    source = "source.html" if meta["mode"] == "html" else "source.txt"
    assert (folder / source).is_file()
    assert (folder / "expected.json").is_file(), "run python scripts/regen_fixtures.py"
    assert meta["why"].strip()


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_clean_matches_expected(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    article = clean(read_source(folder))
    actual = json.loads(regen.dumps(regen.payload(article)))
    assert actual == expected, (
        f"output for {folder.name} changed: review, then run python scripts/regen_fixtures.py"
    )


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_expected_json_is_written_deterministically(folder: Path) -> None:
    text = (folder / "expected.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == regen.dumps(data)


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_mode_is_detected(folder: Path) -> None:
    meta = read_meta(folder)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert expected["source"] == meta["mode"]


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_every_segmented_block_is_kept_or_recorded(folder: Path) -> None:
    page = segment(read_source(folder))
    result = default_pipeline().run(page)
    all_indices = [block.index for block in page.blocks]
    kept = [block.index for block in result.page.blocks]
    removed = [removal.index for removal in result.removals]

    assert all_indices == list(range(len(page.blocks)))
    assert len(set(removed)) == len(removed), "a block was removed twice"
    assert not set(kept) & set(removed), "a kept block is also recorded as removed"
    assert sorted(kept + removed) == all_indices, "a block vanished without a record"
    assert kept == sorted(kept), "kept blocks left reading order"

    # Removals carry the text and kind of the block as segmented (kinds may have been
    # relabelled by an earlier filter, text never).
    by_index = {block.index: block for block in page.blocks}
    for removal in result.removals:
        assert removal.text == by_index[removal.index].text
        assert removal.filter in default_pipeline()


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_article_accounts_for_every_block(folder: Path) -> None:
    page = segment(read_source(folder))
    result = default_pipeline().run(page)
    article = clean(read_source(folder))

    kinds = Counter(block.kind for block in result.page.blocks)
    body = sum(count for kind, count in kinds.items() if kind in _BODY_KINDS)
    caption_blocks = kinds["caption"] + kinds["credit"]
    assert len(page.blocks) == body + caption_blocks + len(article.removed)
    # The cells of a table row make one paragraph: the first cell's block stands for it.
    rows = join_table_rows(result.page)
    joined = [block for block in rows if block.kind in _BODY_KINDS]
    assert len(article.paragraphs) == len(joined) <= body
    # Every caption block yields a caption, except credit lines that attach to the
    # caption before them.
    if caption_blocks:
        assert 0 < len(article.captions) <= caption_blocks
    else:
        assert article.captions == []
    assert [p.text for p in article.paragraphs] == [block.text for block in joined]
    assert article.removed == list(result.removals)


@pytest.mark.parametrize("folder", FOLDERS, ids=IDS)
def test_removed_by_reason_counts_the_log(folder: Path) -> None:
    article = clean(read_source(folder))
    assert article.removed_by_reason() == dict(Counter(r.reason for r in article.removed))
