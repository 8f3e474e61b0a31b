"""A user's Scrapy crawl with the newsclean pipeline, run as a subprocess by test_scrapy.py.

Usage: ``python tests/scrapy_crawl.py START_URL FEED.json ITEM_KIND [SETTINGS_JSON]``.
The spider follows the story links of the start page and yields each page as an item of
ITEM_KIND: ``dict`` (fields ``url`` and ``html``) or ``item`` (a ``scrapy.Item`` with fields
``link`` and ``body`` and the declared outputs ``title`` and ``paragraphs``). SETTINGS_JSON
adds Scrapy settings. Scrapy's reactor cannot restart inside one process, hence a script.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response


class PageItem(scrapy.Item):
    link = scrapy.Field()
    body = scrapy.Field()
    title = scrapy.Field()
    paragraphs = scrapy.Field()


class StorySpider(scrapy.Spider):
    name = "stories"

    def __init__(self, start_url: str, item_kind: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.item_kind = item_kind

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        for href in response.css("ul.stories a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_story)

    def parse_story(self, response: Response) -> Any:
        if self.item_kind == "item":
            return PageItem(link=response.url, body=response.text)
        return {"url": response.url, "html": response.text}


def main() -> None:
    start_url, feed, item_kind = sys.argv[1:4]
    extra = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
    settings = {
        "ITEM_PIPELINES": {"newsclean.scrapy.NewscleanPipeline": 300},
        "FEEDS": {feed: {"format": "json", "encoding": "utf8"}},
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        **extra,
    }
    process = CrawlerProcess(settings)
    process.crawl(StorySpider, start_url=start_url, item_kind=item_kind)
    process.start()


if __name__ == "__main__":
    main()
