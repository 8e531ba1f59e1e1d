"""Helpers shared by the tests: small realistic pages and ways to run one filter."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from articlekit import Drop, Filter, Page, Verdict, segment

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# Article prose: long enough that the main-content finder votes for its container and
# that no filter takes it for a label or a prompt.
PROSE = (
    "The river rose more than two metres overnight, and by morning the lower town was "
    "under water, its narrow streets turned into canals that only rowing boats could use.",
    "Emergency crews worked through the night to move elderly residents out of the "
    "flats along the embankment, while volunteers filled sandbags in the market square.",
    "By Tuesday afternoon the water had begun to fall, but officials warned that the "
    "clean-up would take weeks, and that several bridges would stay closed until "
    "engineers had inspected them.",
    "Shopkeepers on the high street said the damage was worse than in the floods of "
    "2002, when the water stopped a few centimetres short of their doors.",
)
TITLE = "Flood waters reach the old town"


def prose_html(count: int = len(PROSE)) -> str:
    """The article's paragraphs as HTML."""
    return "".join(f"<p>{text}</p>" for text in PROSE[:count])


def html_page(
    body: str,
    *,
    title: str = TITLE,
    lang: str = "en",
    head: str = "",
) -> str:
    """A complete HTML document around ``body``."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def article_page(inside: str = "", *, before: str = "", after: str = "", **kwargs: Any) -> str:
    """A page with the prose in an ``<article>``, ``inside`` appended to the article and
    ``before``/``after`` put around it in the body."""
    return html_page(f"{before}<article>{prose_html()}{inside}</article>{after}", **kwargs)


def html(inside: str = "", **kwargs: Any) -> Page:
    """Segment :func:`article_page`."""
    return segment(article_page(inside, **kwargs))


def text_page(*lines: str, title: str | None = None) -> Page:
    """Segment flattened text: the prose plus ``lines``, one block each."""
    head = [title] if title else []
    return segment("\n\n".join([*head, *PROSE, *lines]), mode="text")


def verdict_of(filter: Filter, page: Page) -> Verdict:
    """Run one filter; accept a Verdict or an iterable of Drop."""
    result = filter(page)
    if isinstance(result, Verdict):
        return result
    return Verdict(drops=tuple(result))


def dropped(filter: Filter, page: Page) -> dict[str, str]:
    """Text of each block the filter drops -> its reason."""
    return {drop.block.text: drop.reason for drop in verdict_of(filter, page).drops}


def drops_of(filter: Filter, page: Page) -> tuple[Drop, ...]:
    return verdict_of(filter, page).drops


def kept(filter: Filter, page: Page) -> list[str]:
    """Texts of the blocks the filter keeps."""
    gone = {drop.block.index for drop in verdict_of(filter, page).drops}
    return [block.text for block in page.blocks if block.index not in gone]


def block_with(page: Page, text: str) -> Any:
    """The block whose text is ``text`` (fails loudly if there is none)."""
    for block in page.blocks:
        if block.text == text:
            return block
    raise AssertionError(f"no block {text!r} in {[b.text for b in page.blocks]}")


def _load_regen() -> ModuleType:
    """scripts/regen_fixtures.py, the one definition of what expected.json holds."""
    path = ROOT / "scripts" / "regen_fixtures.py"
    spec = importlib.util.spec_from_file_location("regen_fixtures", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("regen_fixtures", module)
    spec.loader.exec_module(module)
    return module


regen = _load_regen()
fixture_dirs = regen.fixture_dirs
read_source = regen.read_source


def read_meta(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))


def texts(items: Iterable[Any]) -> list[str]:
    return [item.text for item in items]
