"""Small WARC files for the tests, written with warcio: HTML pages among other records."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path: Path, responses: Iterable[tuple[str, bytes, str]]) -> None:
    """Write ``(url, body, content_type)`` responses, each after its request record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for url, body, content_type in responses:
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)
