"""A Scrapy item pipeline that cleans the HTML your spider saved: :class:`ArticlePipeline`.

Needs ``pip install "articlekit[scrapy]"``. Enable it and yield items that hold the
page::

    # settings.py
    ITEM_PIPELINES = {"articlekit.integrations.scrapy.ArticlePipeline": 300}
    ARTICLEKIT_HTML_FIELD = "html"          # item field with the page (str or bytes)
    ARTICLEKIT_URL_FIELD = "url"            # item field with its URL (optional)
    ARTICLEKIT_OUTPUT_FIELD = "article"     # where the Article goes
    ARTICLEKIT_PIPELINE = "myproject.filters:pipeline"   # optional custom Pipeline

    # the spider
    def parse(self, response):
        yield {"url": response.url, "html": response.body}

Every setting (default in brackets):

* ``ARTICLEKIT_HTML_FIELD`` (``"html"``): the item field with the page, ``str`` or
  ``bytes``; items without it pass untouched.
* ``ARTICLEKIT_URL_FIELD`` (``"url"``): the item field with the page's URL, or ``None``.
* ``ARTICLEKIT_OUTPUT_FIELD`` (``"article"``): the field that receives the article.
* ``ARTICLEKIT_OUTPUT_FORMAT`` (``"dict"``): ``"dict"``, JSON-ready for feed exports,
  or ``"model"``, the :class:`~articlekit.Article` itself.
* ``ARTICLEKIT_ERROR_FIELD`` (``"article_error"``): the field that receives
  ``"ErrorType: message"`` when the page cannot be cleaned, or ``None``.
* ``ARTICLEKIT_DROP_FAILED`` (``False``): drop items whose page cannot be cleaned.
* ``ARTICLEKIT_DROP_HTML`` (``True``): remove the HTML field once the page is done
  (cleaned or failed), so that feeds hold articles, not pages (and no ``bytes``,
  which JSON feed exports cannot write).
* ``ARTICLEKIT_PIPELINE`` (``None``): a :class:`~articlekit.Pipeline`, or
  ``"module:attribute"`` naming one (or a function returning one).
* ``ARTICLEKIT_MODE`` (``"auto"``): ``"auto"``, ``"html"`` or ``"text"``.

Cleaning runs in the crawler's process, between downloads; the counts go to the crawl
stats as ``articlekit/cleaned`` and ``articlekit/failed/<ErrorType>``.
"""

from __future__ import annotations

from typing import Any, Literal, cast

try:
    from itemadapter import ItemAdapter
    from scrapy.crawler import Crawler
    from scrapy.exceptions import DropItem, NotConfigured
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise ImportError(
        'articlekit.integrations.scrapy needs Scrapy: pip install "articlekit[scrapy]"'
    ) from error

from articlekit._api import clean
from articlekit._batch import BatchError, load_pipeline
from articlekit._decode import Mode
from articlekit._pipeline import Pipeline

__all__ = ["ArticlePipeline"]

OutputFormat = Literal["dict", "model"]


class ArticlePipeline:
    """Clean the page in each item into an Article, stored in another field of the item.

    Args:
        html_field: The item field holding the page (``str`` or ``bytes``).
        url_field: The item field holding the page's URL, or ``None``.
        output_field: The field that receives the article.
        output_format: ``"dict"`` (JSON-ready) or ``"model"`` (an Article).
        error_field: The field that receives the error message, or ``None``.
        drop_failed: Drop items whose page cannot be cleaned.
        drop_html: Remove the HTML field from the item once the page is done.
        pipeline: The filters (default pipeline if ``None``).
        mode: ``"auto"``, ``"html"`` or ``"text"``.
        crawler: The crawler, for stats.
    """

    def __init__(
        self,
        *,
        html_field: str = "html",
        url_field: str | None = "url",
        output_field: str = "article",
        output_format: OutputFormat = "dict",
        error_field: str | None = "article_error",
        drop_failed: bool = False,
        drop_html: bool = True,
        pipeline: Pipeline | None = None,
        mode: Mode = "auto",
        crawler: Crawler | None = None,
    ) -> None:
        if output_format not in ("dict", "model"):
            raise NotConfigured(
                f'ARTICLEKIT_OUTPUT_FORMAT must be "dict" or "model", not {output_format!r}'
            )
        if mode not in ("auto", "html", "text"):
            raise NotConfigured(f'ARTICLEKIT_MODE must be "auto", "html" or "text", not {mode!r}')
        self.html_field = html_field
        self.url_field = url_field
        self.output_field = output_field
        self.output_format = output_format
        self.error_field = error_field
        self.drop_failed = drop_failed
        self.drop_html = drop_html
        self.pipeline = pipeline
        self.mode = mode
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        """Build the pipeline from the crawler's ``ARTICLEKIT_*`` settings."""
        settings = crawler.settings
        spec = settings.get("ARTICLEKIT_PIPELINE")
        pipeline: Pipeline | None
        if spec is None or isinstance(spec, Pipeline):
            pipeline = spec
        else:
            try:
                pipeline = load_pipeline(str(spec))
            except BatchError as error:
                raise NotConfigured(f"ARTICLEKIT_PIPELINE: {error}") from None
        return cls(
            html_field=settings.get("ARTICLEKIT_HTML_FIELD", "html"),
            url_field=settings.get("ARTICLEKIT_URL_FIELD", "url"),
            output_field=settings.get("ARTICLEKIT_OUTPUT_FIELD", "article"),
            output_format=cast(OutputFormat, settings.get("ARTICLEKIT_OUTPUT_FORMAT", "dict")),
            error_field=settings.get("ARTICLEKIT_ERROR_FIELD", "article_error"),
            drop_failed=settings.getbool("ARTICLEKIT_DROP_FAILED", False),
            drop_html=settings.getbool("ARTICLEKIT_DROP_HTML", True),
            pipeline=pipeline,
            mode=cast(Mode, settings.get("ARTICLEKIT_MODE", "auto")),
            crawler=crawler,
        )

    def _count(self, key: str) -> None:
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"articlekit/{key}")

    def process_item(self, item: Any, spider: object = None) -> Any:
        """Clean ``item[html_field]`` into ``item[output_field]``; other items pass as they are.

        Raises:
            DropItem: the page cannot be cleaned and ``drop_failed`` is set.
        """
        adapter = ItemAdapter(item)
        raw = adapter.get(self.html_field)
        if raw is None:
            return item
        url = adapter.get(self.url_field) if self.url_field else None
        try:
            if not isinstance(raw, (str, bytes)):
                raise TypeError(f"field {self.html_field!r} holds {type(raw).__name__}")
            article = clean(
                raw,
                url=url if isinstance(url, str) else None,
                mode=self.mode,
                pipeline=self.pipeline,
            )
        except Exception as error:
            self._count(f"failed/{type(error).__name__}")
            if self.drop_failed:
                raise DropItem(f"articlekit: {type(error).__name__}: {error}") from None
            if self.error_field:
                adapter[self.error_field] = f"{type(error).__name__}: {error}"
        else:
            self._count("cleaned")
            if self.output_format == "dict":
                adapter[self.output_field] = article.model_dump(mode="json")
            else:
                adapter[self.output_field] = article
        if self.drop_html:
            del adapter[self.html_field]
        return item
