"""The Scrapy item pipeline: real crawls against a local server, and the pipeline on its own.

Each crawl runs ``tests/scrapy_crawl.py`` in a subprocess (Twisted's reactor cannot restart in
one process) against an HTTP server on 127.0.0.1 serving ``tests/data/news-site``: an index
page linking two stories and a page that comes back empty.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

import newsclean
from newsclean.scrapy import NewscleanPipeline

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "data" / "news-site"
CRAWL = ROOT / "tests" / "scrapy_crawl.py"

FERRY_TITLE = "Ferry timetable changes from Monday"
ROWING_TITLE = "Rowing club wins the autumn regatta"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def crawl(
    base: str, tmp_path: Path, item_kind: str = "dict", **settings: Any
) -> tuple[dict[str, dict[str, Any]], str]:
    """Run the crawl; return the feed's items by their page name, and the crawl's log."""
    feed = tmp_path / "items.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            str(CRAWL),
            f"{base}/index.html",
            str(feed),
            item_kind,
            json.dumps(settings),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    items = json.loads(feed.read_text(encoding="utf-8"))
    by_page = {(item.get("url") or item["link"]).rsplit("/", 1)[1]: item for item in items}
    return by_page, done.stderr


def test_crawl_adds_article_fields_and_drops_the_empty_page(site: str, tmp_path: Path) -> None:
    items, log = crawl(site, tmp_path)
    assert sorted(items) == ["ferry-timetable.html", "rowing-regatta.html"]
    ferry = items["ferry-timetable.html"]
    assert ferry["title"] == FERRY_TITLE
    assert ferry["site_name"] == "The Harbour Gazette"
    assert ferry["published"] == "2026-03-14T08:30:00"
    assert len(ferry["paragraphs"]) == 3
    assert ferry["paragraphs"][0].startswith("The island ferry will leave the harbour")
    assert ferry["paragraphs"][2].startswith("Councillors welcomed the earlier start")
    assert not any("Share this article" in p for p in ferry["paragraphs"])
    assert ferry["url"] == f"{site}/ferry-timetable.html"
    assert ferry["html"].startswith("<!DOCTYPE html>")
    assert items["rowing-regatta.html"]["title"] == ROWING_TITLE
    assert f"newsclean could not parse {site}/broken-page.html: EmptyInputError" in log
    assert "'newsclean/parsed': 2" in log
    assert "'newsclean/failed': 1" in log


def test_crawl_can_nest_the_article_and_pass_failures_on(site: str, tmp_path: Path) -> None:
    items, log = crawl(
        site,
        tmp_path,
        NEWSCLEAN_OUTPUT="article",
        NEWSCLEAN_ARTICLE_FIELD="clean",
        NEWSCLEAN_ON_ERROR="pass",
    )
    assert sorted(items) == ["broken-page.html", "ferry-timetable.html", "rowing-regatta.html"]
    rowing = items["rowing-regatta.html"]
    assert set(rowing) == {"url", "html", "clean"}
    assert rowing["clean"]["title"] == ROWING_TITLE
    assert rowing["clean"]["paragraphs"][1].startswith("Their coxed four crossed the line")
    assert newsclean.Article.from_dict(rowing["clean"]).title == ROWING_TITLE
    broken = items["broken-page.html"]
    assert set(broken) == {"url", "html", "newsclean_error"}
    assert broken["newsclean_error"].startswith("EmptyInputError: ")
    assert f"newsclean could not parse {site}/broken-page.html" in log


def test_crawl_fills_the_declared_fields_of_a_scrapy_item(site: str, tmp_path: Path) -> None:
    items, _ = crawl(
        site, tmp_path, "item", NEWSCLEAN_HTML_FIELD="body", NEWSCLEAN_URL_FIELD="link"
    )
    assert sorted(items) == ["ferry-timetable.html", "rowing-regatta.html"]
    ferry = items["ferry-timetable.html"]
    assert set(ferry) == {"link", "body", "title", "paragraphs"}
    assert ferry["title"] == FERRY_TITLE
    assert len(ferry["paragraphs"]) == 3


# The pipeline on its own, without a crawl.

PAGE = (SITE / "rowing-regatta.html").read_text(encoding="utf-8")


def pipeline(**settings: Any) -> NewscleanPipeline:
    return NewscleanPipeline.from_crawler(get_crawler(settings_dict=settings))


def test_an_item_without_the_html_field_passes_untouched() -> None:
    item = {"url": "https://example.org/", "note": "not a page"}
    assert pipeline().process_item(item) == {"url": "https://example.org/", "note": "not a page"}


def test_the_items_url_field_is_never_overwritten() -> None:
    # The page's canonical URL would otherwise replace the address the crawler fetched.
    page = PAGE.replace("<head>", '<head><link rel="canonical" href="https://gazette.example/r">')
    item = pipeline().process_item({"url": "https://mirror.example/r?x=1", "html": page})
    assert item["url"] == "https://mirror.example/r?x=1"
    assert item["title"] == ROWING_TITLE


def test_a_rejected_page_is_dropped_with_its_url_in_the_reason() -> None:
    with pytest.raises(DropItem, match=r"https://example\.org/pdf: NotADocumentError"):
        pipeline().process_item({"url": "https://example.org/pdf", "html": b"%PDF-1.7\n\x00\x01"})


def test_options_come_from_the_settings() -> None:
    big = pipeline(NEWSCLEAN_OPTIONS={"max_bytes": 100}, NEWSCLEAN_ON_ERROR="pass")
    item = big.process_item({"url": "u", "html": PAGE})
    assert item["newsclean_error"].startswith("InputTooLargeError: ")
    assert pipeline(NEWSCLEAN_OPTIONS=newsclean.Options(max_bytes=100)).options == (
        newsclean.Options(max_bytes=100)
    )


@pytest.mark.parametrize(
    "setting",
    [{"NEWSCLEAN_OUTPUT": "flat"}, {"NEWSCLEAN_ON_ERROR": "ignore"}, {"NEWSCLEAN_OPTIONS": 3}],
)
def test_a_bad_setting_stops_the_pipeline_with_a_message(setting: dict[str, Any]) -> None:
    with pytest.raises(NotConfigured, match="NEWSCLEAN_"):
        pipeline(**setting)


def test_importing_newsclean_does_not_import_scrapy() -> None:
    code = "import sys, newsclean; print('scrapy' in sys.modules, 'twisted' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert done.stdout.split() == ["False", "False"]
