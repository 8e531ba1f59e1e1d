"""The Scrapy item pipeline, in a real crawl of a local HTTP server serving fixture pages.

The crawl runs in a subprocess: Twisted's reactor cannot be started twice in one
process. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from articlekit import Drop, Page, clean, default_pipeline
from tests.crawl import HTML_FIXTURES

scrapy = pytest.importorskip("scrapy", reason='needs "articlekit[scrapy]"')

from articlekit.integrations.scrapy import ArticlePipeline  # noqa: E402

SPIDER = """
import json, sys
from scrapy import Spider
from scrapy.crawler import CrawlerProcess

class Site(Spider):
    name = "site"
    start_urls = [sys.argv[1]]

    def parse(self, response):
        if response.url.endswith("/index.html"):
            yield from response.follow_all(css="a", callback=self.parse)
        else:
            yield {"url": response.url, "html": response.body, "status": response.status}

process = CrawlerProcess(settings={
    "ITEM_PIPELINES": {"articlekit.integrations.scrapy.ArticlePipeline": 300},
    "ARTICLEKIT_HTML_FIELD": "html",
    "ARTICLEKIT_URL_FIELD": "url",
    "ARTICLEKIT_OUTPUT_FIELD": "clean",
    "ARTICLEKIT_PIPELINE": "site_filters:pipeline",
    "FEEDS": {sys.argv[2]: {"format": "jsonlines"}},
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "ERROR",
    "CONCURRENT_REQUESTS": 4,
})
crawler = process.create_crawler(Site)
process.crawl(crawler)
process.start()
stats = crawler.stats.get_stats()
with open(sys.argv[3], "w") as fh:
    json.dump({k: v for k, v in stats.items() if k.startswith("articlekit/")}, fh)
"""

FILTERS = """
from articlekit import Drop, default_pipeline

def no_short_blocks(page):
    return [Drop(block, "short_block") for block in page.blocks if len(block.text) < 40]

pipeline = default_pipeline().add(no_short_blocks)
"""


def no_short_blocks(page: Page) -> list[Drop]:
    """The same filter as the crawl's ``site_filters`` module."""
    return [Drop(block, "short_block") for block in page.blocks if len(block.text) < 40]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local web site: an index linking to every fixture page and to a blank page."""
    root = tmp_path / "site"
    root.mkdir()
    names = []
    for path in HTML_FIXTURES:
        name = f"{path.parent.name}.html"
        (root / name).write_bytes(path.read_bytes())
        names.append(name)
    (root / "blank.html").write_bytes(b"<html><body>  </body></html>")
    links = "".join(f'<a href="{name}">{name}</a>' for name in [*names, "blank.html"])
    (root / "index.html").write_text(f"<html><body>{links}</body></html>")
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_real_crawl_cleans_every_page(site: str, tmp_path: Path) -> None:
    work = tmp_path / "crawl"
    work.mkdir()
    (work / "spider.py").write_text(SPIDER)
    (work / "site_filters.py").write_text(FILTERS)
    feed, stats = work / "items.jsonl", work / "stats.json"
    done = subprocess.run(
        [sys.executable, "spider.py", site + "index.html", str(feed), str(stats)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    items = {item["url"]: item for item in map(json.loads, feed.read_text().splitlines())}
    urls = {site + f"{path.parent.name}.html": path for path in HTML_FIXTURES}
    assert set(items) == {*urls, site + "blank.html"}

    pipeline = default_pipeline().add(no_short_blocks)
    for url, path in urls.items():
        item = items[url]
        assert "html" not in item  # ARTICLEKIT_DROP_HTML, on by default
        assert "article_error" not in item
        article = clean(path.read_bytes(), url=url, pipeline=pipeline)
        assert item["clean"] == json.loads(article.model_dump_json())
    blank = items[site + "blank.html"]
    assert "clean" not in blank
    assert "html" not in blank
    assert blank["article_error"].startswith("UnsupportedInputError: ")
    assert json.loads(stats.read_text()) == {
        "articlekit/cleaned": len(urls),
        "articlekit/failed/UnsupportedInputError": 1,
    }


def test_items_without_the_field_pass_and_failures_can_be_dropped() -> None:
    pipeline = ArticlePipeline(drop_failed=True, output_format="model", drop_html=False)
    other = {"title": "no page here"}
    assert pipeline.process_item(other) == {"title": "no page here"}
    raw = HTML_FIXTURES[0].read_bytes()
    result = pipeline.process_item({"html": raw, "url": "https://example.org/a"})
    assert result["article"] == clean(raw, url="https://example.org/a")
    assert result["html"] == raw
    with pytest.raises(scrapy.exceptions.DropItem, match="BinaryInputError"):
        pipeline.process_item({"html": b"%PDF-1.5\x00\x01\x02\x03"})


def test_settings_are_checked() -> None:
    with pytest.raises(scrapy.exceptions.NotConfigured, match="OUTPUT_FORMAT"):
        ArticlePipeline(output_format="xml")  # type: ignore[arg-type]
    settings = {"ARTICLEKIT_PIPELINE": "no_such_module_here:pipeline"}
    crawler = scrapy.crawler.Crawler(scrapy.Spider, settings)
    with pytest.raises(scrapy.exceptions.NotConfigured, match="ARTICLEKIT_PIPELINE"):
        ArticlePipeline.from_crawler(crawler)
