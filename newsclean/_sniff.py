"""Sniff and decode: what the caller passed becomes a clean HTML or text string.

- ``bytes``/``bytearray``/``memoryview``: binary formats (PDF, images, archives, mostly NUL and
  control bytes) are refused by name; the rest is decoded as a browser would (``_decode``);
- ``str``: used as is; a ``bs4`` ``BeautifulSoup``/``Tag`` or an lxml element or tree:
  serialised, never mutated (the pipeline's tree is its own);
- then what the HTML parser cannot take is cleaned, each with a warning: control characters
  and lone surrogates become a space or U+FFFD, one for one; leading XML declarations go; too
  deep or too wide markup is unwrapped (``_bounds``).

Empty input is refused. HTML or text is decided from the first kilobytes unless the caller
forces ``kind``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from bs4 import Tag
from lxml import etree

from ._bounds import bound_attributes, bound_json_ld, bound_markup
from ._decode import decode, utf16_without_bom
from ._errors import EmptyInputError, InputTooLargeError, NotADocumentError

__all__ = ["Document", "Kind", "sniff"]

Kind = Literal["auto", "html", "text"]

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "extract its text with a PDF tool first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "pass an HTML page or text"),
    (b"GIF87a", "a GIF image", "pass an HTML page or text"),
    (b"GIF89a", "a GIF image", "pass an HTML page or text"),
    (b"\xff\xd8\xff", "a JPEG image", "pass an HTML page or text"),
    (b"\x1f\x8b", "gzip data", "decompress it first"),
    (b"PK\x03\x04", "a zip archive", "unpack it first"),
    (b"BZh", "bzip2 data", "decompress it first"),
    (b"\xfd7zXZ\x00", "xz data", "decompress it first"),
    (b"(\xb5/\xfd", "zstd data", "decompress it first"),
    (b"\x7fELF", "an executable", "pass an HTML page or text"),
    (b"OggS", "an Ogg media file", "pass an HTML page or text"),
    (b"ID3", "an MP3 file", "pass an HTML page or text"),
    (b"WARC/", "a WARC archive", "read it with newsclean's WARC support (the CLI) instead"),
)
_RIFF_KINDS = MappingProxyType(
    {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}
)
# A comment cannot run past its first '-->' (a tempered dot): with a lazy '.*?' there, a run of
# comments could be split in exponentially many ways before the match fails.
_HTML_START = re.compile(
    r"^\s*(?:<!--(?:(?!-->).)*-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article|"
    r"section|main|span|table|br|h[1-6]|a|ul|script|link|style|\?xml)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(p|div|br|span|a|article|section|body|html|head|table|li|ul|h[1-6]|img|meta|script)"
    r"\b[^<>]{0,200}>",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Either of the two: most text holds neither, and one scan tells.
_UNCLEAN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_XML_DECLARATIONS = re.compile(r"^(?:\s*<\?xml[^<>]{0,500}>)+")
_BINARY_SAMPLE = 65536
_SNIFF_CHARS = 4096


@dataclass(frozen=True, slots=True)
class Document:
    """The decoded input: its kind, its text, and the warnings that decoding raised."""

    kind: Literal["html", "text"]
    text: str
    warnings: tuple[str, ...] = ()


def sniff(
    source: object, *, kind: Kind = "auto", content_type: str | None = None, max_bytes: int
) -> Document:
    """Turn what the caller passed into a ``Document``, or raise a ``NewscleanError``."""
    if kind not in ("auto", "html", "text"):
        raise ValueError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if content_type is not None and not isinstance(content_type, str):
        raise TypeError(f"content_type must be a str or None, not {type(content_type).__name__}")
    warnings: list[str] = []
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), max_bytes, "bytes")
        _refuse_binary(data)
        text, notes = decode(data, content_type)
        warnings.extend(notes)
    elif isinstance(source, str):
        _check_size(len(source), max_bytes, "characters")
        text = source
    else:
        text = _serialise_tree(source)
        kind = "html"
        _check_size(len(text), max_bytes, "characters")
    text = text.removeprefix("\ufeff")
    if not text or text.isspace():  # (without copying the text, as ``strip`` would)
        raise EmptyInputError("the input is empty or holds only whitespace: nothing to parse")
    if _UNCLEAN.search(text) is not None:  # most text holds no control character: one scan
        _refuse_control_text(text)
        text = _clean(text, warnings)
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    if kind == "html":
        text = _drop_xml_declarations(text)
        for bound in (bound_attributes, bound_markup, bound_json_ld):
            text, notes = bound(text)
            warnings.extend(notes)
    return Document(kind=kind, text=text, warnings=tuple(warnings))


def looks_like_html(text: str) -> bool:
    """HTML when it starts like markup, or when its head carries several block tags."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def _check_size(size: int, limit: int, unit: str) -> None:
    if size > limit:
        raise InputTooLargeError(size, limit, unit)


def _refuse_binary(data: bytes) -> None:
    head = data[:16]
    for magic, what, advice in _MAGIC:
        if head.startswith(magic):
            raise NotADocumentError(f"the input looks like {what}, not a document: {advice}", what)
    if head.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        what = _RIFF_KINDS[data[8:12]]
        raise NotADocumentError(f"the input looks like {what}, not a document", what)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(data) is not None:
        return  # UTF-16: its NULs are text
    _refuse_control_text(data[:_BINARY_SAMPLE].decode("latin-1"))


def _refuse_control_text(text: str) -> None:
    """Refuse data that is mostly NULs and other control codes: binary, not a document."""
    sample = text[:_BINARY_SAMPLE]
    if not sample:
        return
    controls = len(_BINARY_CONTROL.findall(sample))
    share = controls / len(sample)
    if share > 0.25 or (len(sample) >= 256 and share > 0.08):
        raise NotADocumentError(
            f"the input is {share:.0%} NUL and control bytes: it looks like binary data, "
            "not a document",
            "binary data",
        )


def _clean(text: str, warnings: list[str]) -> str:
    """Replace what the HTML parser cannot take: control characters and lone surrogates."""
    cleaned = _CONTROL.sub(" ", text)
    if cleaned != text:
        warnings.append("control characters (NUL and the like) were replaced by spaces")
    repaired = _SURROGATE.sub("\ufffd", cleaned)
    if repaired != cleaned:
        warnings.append("lone UTF-16 surrogates (invalid text) were replaced with U+FFFD")
    return repaired


def _drop_xml_declarations(html: str) -> str:
    """The HTML without leading XML declarations: lxml refuses a str that starts with one that
    names an encoding (the str is already decoded), and HTML has no use for them."""
    html = _XML_DECLARATIONS.sub("", html, count=1)
    # An unterminated or oversized declaration is left to the parser, read as text: lxml only
    # refuses a str that begins with it.
    return " " + html if html.startswith("<?xml") else html


def _serialise_tree(source: object) -> str:
    """A BeautifulSoup or lxml object as HTML text, read without changing the object."""
    if isinstance(source, Tag):  # a BeautifulSoup is a Tag too
        return str(source)
    if isinstance(source, etree._ElementTree):
        source = source.getroot()
        if source is None:
            raise EmptyInputError("the lxml ElementTree has no root element: nothing to parse")
    if isinstance(source, etree._Element):
        return str(etree.tostring(source, encoding="unicode", method="html"))
    raise TypeError(
        "parse() takes str, bytes, a bs4.BeautifulSoup or an lxml element, "
        f"not {type(source).__name__}"
    )
