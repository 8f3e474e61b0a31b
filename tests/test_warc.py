"""Web archives: WARC files built here with warcio's writer, read by ``WarcPages`` and the CLI."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from cli_helpers import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclean
from newsclean._warc import WarcPages, is_warc

STORY = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The council voted on Monday to {what}, after a long debate in which residents "
    "spoke for and against the plan for more than three hours.</p>"
    "<p>Work is expected to start next spring, the council said in a statement.</p>"
    "</article></body></html>"
)
CANONICAL = "https://news.example/library"
RUSSIAN = (
    "<html><body><p>Совет проголосовал в понедельник за новый мост через реку.</p></body></html>"
)


def response(
    writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str = "200 OK"
) -> str:
    """Write a response record; its WARC-Record-ID."""
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http)
    writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID"))


def write_warc(path: Path, *, gzipped: bool) -> list[tuple[str, str]]:
    """A small crawl: two stories, one in windows-1251, an image, a redirect, a request,
    and a stylesheet; the (record id, URI) of the HTML pages in order."""
    pages = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = writer.create_warc_record(
            "https://news.example/bridge",
            "request",
            payload=BytesIO(b"GET /bridge HTTP/1.1\r\n\r\n"),
        )
        writer.write_record(request)
        story = STORY.format(title="Council backs the new bridge", what="build a new bridge")
        uri = "https://news.example/bridge"
        pages.append((response(writer, uri, story.encode(), "text/html; charset=utf-8"), uri))
        response(writer, "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png")
        response(
            writer, "https://news.example/old", b"<html>Moved</html>", "text/html", "301 Moved"
        )
        uri = "https://news.example/ru/most"
        body = RUSSIAN.encode("windows-1251")
        pages.append((response(writer, uri, body, "text/html; charset=windows-1251"), uri))
        response(writer, "https://news.example/site.css", b"body { color: red }", "text/css")
        story = STORY.format(title="Library to open on Sundays", what="open the library on Sundays")
        story = story.replace("</head>", f'<link rel="canonical" href="{CANONICAL}"></head>')
        uri = "https://news.example/library?utm_source=feed"
        pages.append((response(writer, uri, story.encode(), "application/xhtml+xml"), uri))
    return pages


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def warc(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, list[tuple[str, str]]]:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    return path, write_warc(path, gzipped=request.param)


def test_warc_files_are_known_by_name() -> None:
    assert is_warc(Path("a/crawl.warc.gz")) and is_warc(Path("CRAWL.WARC"))
    assert not is_warc(Path("page.html")) and not is_warc(Path("warc.txt"))


def test_html_responses_come_out_with_their_id_uri_and_content_type(
    warc: tuple[Path, list[tuple[str, str]]],
) -> None:
    path, expected = warc
    pages = WarcPages(path, max_bytes=1_000_000)
    records = list(pages)
    assert [(r[0], r[2]) for r in records] == expected
    assert records[1][3] == "text/html; charset=windows-1251"
    assert records[0][1].startswith(b"<html><head><title>Council backs")
    assert pages.skipped == {
        "of type image/png": 1,
        "with HTTP status 301": 1,
        "of type text/css": 1,
    }
    assert pages.describe_skipped() == (
        f"{path}: skipped 3 responses that are not HTML pages "
        "(1 of type image/png, 1 with HTTP status 301, 1 of type text/css)"
    )


def test_a_response_over_max_bytes_is_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        response(writer, "https://news.example/huge", b"<p>" + b"x" * 5000 + b"</p>", "text/html")
    pages = WarcPages(path, max_bytes=1000)
    assert list(pages) == []
    assert pages.skipped == {"over the max_bytes limit": 1}


def test_the_http_charset_decodes_the_page(warc: tuple[Path, list[tuple[str, str]]]) -> None:
    path, _ = warc
    results = list(newsclean.parse_many(WarcPages(path, max_bytes=1_000_000), workers=1))
    assert all(r.ok for r in results)
    russian = results[1].article
    assert russian is not None
    assert "Совет проголосовал" in (russian.title or "") + russian.text
    assert results[1].url == "https://news.example/ru/most"


def test_the_cli_prints_a_json_line_per_page_with_record_id_and_url(
    warc: tuple[Path, list[tuple[str, str]]],
) -> None:
    path, expected = warc
    done = run_cli(path.name, "--workers", "2", cwd=path.parent)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(line["input"], line["input_url"]) for line in lines] == expected
    assert lines[2]["url"] == CANONICAL  # the article's own URL: its canonical link
    assert lines[0]["title"] == "Council backs the new bridge"
    assert lines[2]["paragraphs"][-1].startswith("Work is expected to start next spring")
    assert done.stderr == (
        f"newsclean: {path.name}: skipped 3 responses that are not HTML pages "
        "(1 of type image/png, 1 with HTTP status 301, 1 of type text/css)\n"
    )


def test_a_broken_warc_keeps_its_pages_before_the_break_and_fails(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, gzipped=True)
    data = gzip.decompress(whole.read_bytes())
    start = data.rindex(b"WARC/1.", 0, data.index(b"WARC-Target-URI: https://news.example/ru"))
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:start] + b"GARBAGE\r\n" * 3 + data[start:])
    done = run_cli(broken.name, cwd=tmp_path)
    assert done.returncode == 1
    assert [json.loads(line)["url"] for line in done.stdout.splitlines()] == [
        "https://news.example/bridge",
    ]
    assert "broken.warc: broken WARC after 1 pages: Invalid WARC record" in done.stderr
