"""Web archives: the HTML pages of a WARC file, streamed one record at a time.

``WarcPages(path)`` iterates over ``(record id, body bytes, target URI, HTTP Content-Type)``
tuples, which ``parse_many()`` takes as they are. Only ``response`` records with a 2xx status
and an HTML ``Content-Type`` are pages; the other responses (images, scripts, redirects) are
skipped and counted by reason, and the other record types (requests, metadata, warcinfo) are
not pages at all. Memory stays flat however large the file: warcio reads it as a stream
(plain or gzipped per record), and a body over ``max_bytes`` is skipped without being read
whole.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

__all__ = ["WarcPages", "is_warc"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_WARC_SUFFIXES = (".warc", ".warc.gz")

WarcRecord = tuple[str, bytes, str | None, str | None]


def is_warc(path: Path) -> bool:
    """Whether a file name says it is a web archive (``.warc`` or ``.warc.gz``)."""
    return path.name.lower().endswith(_WARC_SUFFIXES)


class WarcPages:
    """The HTML pages of one WARC file, read lazily; ``skipped`` counts the responses left out.

    Reading raises warcio's ``ArchiveLoadFailed``, ``OSError``, ``EOFError`` or ``zlib.error``
    when the file itself is broken (a record body that cannot be decoded is only skipped).
    """

    def __init__(self, path: Path, *, max_bytes: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.pages = 0
        self.skipped: Counter[str] = Counter()
        self.position = 0  # bytes of the file read so far, for progress estimates

    def __iter__(self) -> Iterator[WarcRecord]:
        with self.path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                self.position = stream.tell()
                if record.rec_type != "response":
                    continue
                skip = _skip_reason(record)
                body = self._body(record) if skip is None else None
                if skip is None and body is None:
                    skip = "whose body could not be decoded"
                elif body is not None and len(body) > self.max_bytes:
                    skip = "over the max_bytes limit"
                if skip is not None or body is None:
                    self.skipped[skip or ""] += 1
                    continue
                self.pages += 1
                yield (
                    record.rec_headers.get_header("WARC-Record-ID") or f"record {self.pages}",
                    body,
                    record.rec_headers.get_header("WARC-Target-URI"),
                    record.http_headers.get_header("Content-Type"),
                )

    def _body(self, record: Any) -> bytes | None:
        """The HTTP payload, de-chunked and decompressed; ``None`` when it is corrupt."""
        try:
            # One byte past the limit tells a body that is too large, without reading it all.
            body: bytes = record.content_stream().read(self.max_bytes + 1)
        except (zlib.error, OSError, EOFError, ValueError):
            return None
        return body

    def describe_skipped(self) -> str | None:
        """A line for the user: how many responses were skipped and why, or ``None``."""
        total = sum(self.skipped.values())
        if not total:
            return None
        reasons = ", ".join(f"{n} {why}" for why, n in self.skipped.most_common())
        noun = "response" if total == 1 else "responses"
        return f"{self.path}: skipped {total} {noun} that are not HTML pages ({reasons})"


def _skip_reason(record: Any) -> str | None:
    http = getattr(record, "http_headers", None)
    if http is None:
        return "without HTTP headers"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return f"with HTTP status {status or 'missing'}"
    content_type = http.get_header("Content-Type")
    if not content_type:
        return "without a Content-Type"
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES:
        return f"of type {mime}"
    return None
