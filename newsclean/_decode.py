"""Bytes to text, the way a browser would, with a kept detector for the guessing.

Order: a byte-order mark; then strict UTF-8 (a page that decodes as UTF-8 almost surely is, even
when it declares windows-1252); then the charset declared by the HTTP ``Content-Type`` or in the
document (``<meta charset>``, ``http-equiv``, XML declaration); then detection. Bytes that the
chosen encoding cannot decode are replaced with U+FFFD, never dropped, and a warning says so.
"""

from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector, UnicodeDammit

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]+)", re.IGNORECASE)


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str | None]:
    """Decode ``data``; return the text and a warning when it needed repair, else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], encoding, declared=None)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    declared = _declared(data, content_type)
    if declared is not None:
        return _decode_with(data, declared, declared=declared)
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        note = (
            f"the input had no usable charset declaration; decoded as {dammit.original_encoding}"
            if not dammit.contains_replacement_characters
            else f"undecodable bytes were replaced (decoded as {dammit.original_encoding})"
        )
        return dammit.unicode_markup, note
    return _decode_with(data, "windows-1252", declared=None)


def _declared(data: bytes, content_type: str | None) -> str | None:
    """The first declared charset that Python knows: HTTP header first, then the document."""
    candidates: list[str] = []
    if content_type:
        match = _CHARSET.search(content_type)
        if match:
            candidates.append(match.group(1))
    found = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    if found:
        candidates.append(found)
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        # Browsers read latin-1 and ascii declarations as windows-1252 (WHATWG Encoding).
        return "cp1252" if codec in ("latin_1", "iso8859-1", "ascii") else codec
    return None


def _decode_with(data: bytes, encoding: str, declared: str | None) -> tuple[str, str | None]:
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        where = f"declared {declared}" if declared else encoding
        return text, f"undecodable bytes were replaced with U+FFFD (decoded as {where})"
    except LookupError:
        return data.decode("utf-8", errors="replace"), (
            f"unknown encoding {encoding!r}; decoded as UTF-8 with replacements"
        )
