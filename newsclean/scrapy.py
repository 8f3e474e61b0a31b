"""A Scrapy item pipeline that turns each crawled page into a clean article.

Install with ``pip install newsclean[scrapy]``, have the spider yield the page, and enable the
pipeline with one line in ``settings.py``::

    ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}

    # in the spider
    yield {"url": response.url, "html": response.text}

Settings (all optional):

- ``NEWSCLEAN_HTML_FIELD`` (``"html"``) and ``NEWSCLEAN_URL_FIELD`` (``"url"``): where the item
  holds the page's HTML (str or bytes) and address. An item without the HTML field (another
  kind of item of the same spider) passes through untouched.
- ``NEWSCLEAN_OUTPUT``: ``"fields"`` (default) writes every field of ``Article.to_dict()`` into
  the item, except the item's own URL field, which is never overwritten; ``"article"`` writes
  the whole dict under ``NEWSCLEAN_ARTICLE_FIELD`` (``"article"``). A ``scrapy.Item`` or another
  item class with declared fields receives only the fields it declares.
- ``NEWSCLEAN_ON_ERROR``: ``"drop"`` (default) drops an item whose page newsclean rejects
  (empty, binary, too large) with ``DropItem``; ``"pass"`` passes it on with the error text in
  ``NEWSCLEAN_ERROR_FIELD`` (``"newsclean_error"``). Either way the failure is logged with the URL.
- ``NEWSCLEAN_OPTIONS``: a ``newsclean.Options`` (or a dict of its arguments) for ``parse()``.

Stats: ``newsclean/parsed`` and ``newsclean/failed`` count the pages.
Importing this module imports Scrapy; importing ``newsclean`` does not.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import BaseSettings

from ._errors import NewscleanError
from ._options import Options
from ._parse import parse

__all__ = ["NewscleanPipeline"]

_LOG = logging.getLogger(__name__)
_OUTPUTS = ("fields", "article")
_ON_ERROR = ("drop", "pass")


class NewscleanPipeline:
    """Parse the HTML of each item with ``newsclean.parse`` and add the article to the item."""

    def __init__(
        self,
        *,
        html_field: str = "html",
        url_field: str = "url",
        output: Literal["fields", "article"] = "fields",
        article_field: str = "article",
        on_error: Literal["drop", "pass"] = "drop",
        error_field: str = "newsclean_error",
        options: Options | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        if output not in _OUTPUTS:
            raise NotConfigured(f"NEWSCLEAN_OUTPUT must be one of {_OUTPUTS}, not {output!r}")
        if on_error not in _ON_ERROR:
            raise NotConfigured(f"NEWSCLEAN_ON_ERROR must be one of {_ON_ERROR}, not {on_error!r}")
        self.html_field = html_field
        self.url_field = url_field
        self.output = output
        self.article_field = article_field
        self.on_error = on_error
        self.error_field = error_field
        self.options = options
        self._crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NewscleanPipeline:
        """Build the pipeline from the crawler's ``NEWSCLEAN_*`` settings."""
        settings = crawler.settings
        return cls(
            html_field=settings.get("NEWSCLEAN_HTML_FIELD", "html"),
            url_field=settings.get("NEWSCLEAN_URL_FIELD", "url"),
            output=settings.get("NEWSCLEAN_OUTPUT", "fields"),
            article_field=settings.get("NEWSCLEAN_ARTICLE_FIELD", "article"),
            on_error=settings.get("NEWSCLEAN_ON_ERROR", "drop"),
            error_field=settings.get("NEWSCLEAN_ERROR_FIELD", "newsclean_error"),
            options=_options_from(settings),
            crawler=crawler,
        )

    def process_item(self, item: Any, spider: object = None) -> Any:
        """Add the article to ``item``; drop or mark it when newsclean rejects its page.

        ``spider`` is unused: older Scrapy versions pass it, newer ones do not.
        """
        adapter = ItemAdapter(item)
        html = adapter.get(self.html_field)
        if html is None:
            return item
        url = adapter.get(self.url_field)
        try:
            article = parse(html, url=url, options=self.options)
        except NewscleanError as error:
            message = (
                f"newsclean could not parse {url or '<no url>'}: {type(error).__name__}: {error}"
            )
            _LOG.warning(message)
            self._count("newsclean/failed")
            if self.on_error == "drop":
                # Logged above with the URL; Scrapy's own "Dropped" line prints the whole
                # item (the page's HTML), so it goes to DEBUG.
                raise DropItem(message, log_level="DEBUG") from error
            self._put(adapter, self.error_field, f"{type(error).__name__}: {error}")
            return item
        self._count("newsclean/parsed")
        data = article.to_dict()
        if self.output == "article":
            self._put(adapter, self.article_field, data)
        else:
            for key, value in data.items():
                if key != self.url_field:
                    self._put(adapter, key, value)
        return item

    def _put(self, adapter: ItemAdapter, key: str, value: object) -> None:
        # Items with declared fields (scrapy.Item, dataclasses, attrs) take only those.
        names = adapter.field_names() if not isinstance(adapter.item, dict) else None
        if names is None or key in names:
            adapter[key] = value

    def _count(self, key: str) -> None:
        if self._crawler is not None and self._crawler.stats is not None:
            self._crawler.stats.inc_value(key)


def _options_from(settings: BaseSettings) -> Options | None:
    value = settings.get("NEWSCLEAN_OPTIONS")
    if value is None or isinstance(value, Options):
        return value
    if isinstance(value, Mapping):
        return Options(**value)
    raise NotConfigured(
        f"NEWSCLEAN_OPTIONS must be a newsclean.Options or a dict, not {type(value).__name__}"
    )
