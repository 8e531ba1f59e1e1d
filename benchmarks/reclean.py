"""Re-cleaning benchmark: does an article's own text come back unchanged?

For every page of ``../shared/bench`` (both datasets), ``a = clean(html)`` and then
``b = clean(a.text, mode="text")``. An article is unchanged when ``b``'s title and
paragraphs, in order, are ``a``'s paragraphs (text mode reads a first paragraph that
looks like a title as the title). The property tests check this on generated HTML and
the fixtures; real pages, with their tables and lists, are the harder case.

Usage (from the repository root)::

    python benchmarks/reclean.py              # counts, and what removed the paragraphs
    python benchmarks/reclean.py --show 5     # and the first 5 changed articles

It prints only (no docs section) and skips cleanly without the bench data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _data import all_pages, resolve_bench_dir  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", help="benchmark data directory")
    parser.add_argument("--show", type=int, default=0, help="print N changed articles")
    args = parser.parse_args(argv)
    bench = resolve_bench_dir(args.bench)
    if not bench.is_dir():
        print(f"skipped: no benchmark data at {bench}", file=sys.stderr)
        return 0

    import articlekit

    articles = changed = lost = 0
    causes: Counter[str] = Counter()
    shown = 0
    for page in all_pages(bench):
        try:
            article = articlekit.clean(page)
        except articlekit.ArticlekitError:
            continue
        if not article.text.strip():
            continue
        articles += 1
        again = articlekit.clean(article.text, mode="text")
        before = [paragraph.text for paragraph in article.paragraphs]
        after = ([again.title] if again.title else []) + [p.text for p in again.paragraphs]
        if before == after:
            continue
        changed += 1
        missing = [text for text in before if text not in after]
        lost += len(missing)
        causes.update(f"{removal.filter}/{removal.reason}" for removal in again.removed)
        if shown < args.show:
            shown += 1
            print(f"{article.url}: {len(missing)} paragraphs lost, first: {missing[:1]}")
    print(
        f"{articles} articles cleaned again as text: {changed} changed, "
        f"{lost} paragraphs lost in all"
    )
    print("what removed them: " + ", ".join(f"{cause} {n}" for cause, n in causes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
