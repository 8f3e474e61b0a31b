"""Bytes to text, the way a browser would, with a kept detector for the guessing.

Order of evidence:

1. a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM is recognised by its NULs;
2. strict UTF-8: a page that decodes as UTF-8 almost surely is, even when it declares
   windows-1252 (a warning says the declaration was wrong);
3. UTF-8 with stray bytes here and there (a windows-1252 paragraph pasted into a UTF-8 page): the
   stray bytes are read as windows-1252, and a warning says how many were repaired; UTF-8 damaged
   by noise or truncation stays UTF-8 (declared so and partly valid, or mostly valid);
4. the charset declared by the HTTP ``Content-Type`` or in the document (``<meta charset>``,
   ``http-equiv``, an XML declaration), found by bs4's ``EncodingDetector``;
5. detection by charset-normalizer.

Whatever is chosen, bytes it cannot decode become U+FFFD, never dropped, and a warning says so.
"""

from __future__ import annotations

import codecs
import re
from types import MappingProxyType

import charset_normalizer
from bs4.dammit import EncodingDetector

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]{1,40})", re.IGNORECASE)
_ESCAPED = re.compile("[\udc80-\udcff]+")  # bytes that UTF-8 'surrogateescape' kept aside
_NON_ASCII = re.compile("[^\x00-\x7f]")
_UTF8_NAMES = frozenset({"utf-8", "utf_8"})
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859-1", "ascii"})
_WEB_NAMES = MappingProxyType(
    {f"cp{n}": f"windows-{n}" for n in range(1250, 1259)} | {"utf_8": "utf-8", "utf-8": "utf-8"}
)
#: The encodings a web page may declare (WHATWG Encoding), as Python codec names. Anything else
#: (``base64``, ``rot13``, ``idna``, EBCDIC ...) is not a usable declaration.
_WEB_CODECS = frozenset(
    codecs.lookup(label).name
    for label in (
        "utf-8", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6",
        "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
        "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "cp1250",
        "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk",
        "gb2312", "gb18030", "big5", "big5hkscs", "euc-jp", "iso2022-jp", "shift_jis", "cp932",
        "euc-kr", "cp949", "latin-1", "ascii", "utf-16-le", "utf-16-be", "utf-16",
    )
)  # fmt: skip
#: How far into the document a charset declaration is looked for (browsers look at 1024 bytes).
_PRESCAN = 4096


def decode(data: bytes, content_type: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data``; return the text and the warnings about how it had to be read."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], encoding, f"{encoding}, from its byte-order mark")
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        text, warnings = _decode_with(data, utf16, utf16)
        return text, (f"the input is {utf16} without a byte-order mark", *warnings)
    declared = declared_encoding(data, content_type)
    escaped = data.decode("utf-8", errors="surrogateescape")
    stray = len(escaped) - len(data.decode("utf-8", errors="ignore"))  # counted in C
    if stray == 0:
        if declared is not None and declared not in _UTF8_NAMES and _NON_ASCII.search(escaped):
            return escaped, (
                f"the page declares {_label(declared)} but is UTF-8; it was read as UTF-8",
            )
        return escaped, ()
    if _is_mixed(escaped, stray, declared):
        repaired = _ESCAPED.sub(_as_windows_1252, escaped)
        return repaired, (
            f"mixed encodings: {stray:,} bytes that were not UTF-8 were read as windows-1252",
        )
    valid = len(data) - len(data.decode("ascii", errors="ignore")) - stray  # non-ASCII, UTF-8
    if valid >= stray or (declared in _UTF8_NAMES and valid > 0):
        # UTF-8 damaged here and there (noise, a cut character): keep what is valid.
        return _decode_with(data, "utf-8", "utf-8")
    if declared is not None and declared not in _UTF8_NAMES:
        try:
            return data.decode(declared), ()
        except UnicodeError:
            pass
    detected = _detect(data)
    if detected is not None and _ascii_compatible(detected):
        why = (
            f"the page declares {_label(declared)}, which does not fit"
            if declared
            else "no usable charset is declared"
        )
        text, warnings = _decode_with(data, detected, detected)
        return text, (f"{why}; the bytes were detected as {_label(detected)}", *warnings)
    return _decode_with(data, declared or "cp1252", _label(declared or "cp1252"))


def _is_mixed(escaped: str, stray: int, declared: str | None) -> bool:
    """UTF-8 with windows-1252 bytes pasted in: valid UTF-8 beyond ASCII, and the stray bytes
    mostly alone (an 'é' between ASCII letters). Legacy multi-byte and Cyrillic text gives long
    runs of stray bytes instead; a page declared windows-1252 must be mostly UTF-8 to count."""
    multibyte = len(escaped) - len(escaped.encode("ascii", errors="ignore")) - stray
    if multibyte == 0 or declared not in (None, *_UTF8_NAMES, *_WESTERN):
        return False
    if declared in _WESTERN and multibyte < stray:
        return False
    runs = _ESCAPED.subn("", escaped)[1]
    return stray <= 1.5 * runs


def _ascii_compatible(codec: str) -> bool:
    """Whether markup reads the same in this codec (not UTF-16, not EBCDIC)."""
    try:
        return b"<p class='a'>".decode(codec, errors="replace") == "<p class='a'>"
    except (LookupError, UnicodeError):  # not a text codec, or no 'replace' handler
        return False


def _detect(data: bytes) -> str | None:
    """charset-normalizer's pick, as a codec name; among equally good single-byte guesses,
    windows-1252, the browsers' default (it often ties with windows-1250 on Western text)."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tied = match.chaos == best.chaos and match.coherence == best.coherence
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    name = str(codecs.lookup(best.encoding).name)
    return "cp1252" if name in _WESTERN else name  # latin-1 means windows-1252 (WHATWG)


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The first declared charset that Python knows, as a codec name: HTTP header first, then
    the document. Latin-1 and ASCII declarations mean windows-1252, as in browsers (WHATWG)."""
    candidates: list[str] = []
    if content_type:
        match = _CHARSET.search(content_type)
        if match:
            candidates.append(match.group(1))
    found = EncodingDetector.find_declared_encoding(data[:_PRESCAN], is_html=True)
    if found:
        candidates.append(found)
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except (LookupError, ValueError):  # unknown, or a name with a NUL in it
            continue
        if codec not in _WEB_CODECS:
            continue
        if codec.startswith("utf-16") or codec.startswith("utf-32"):
            return "utf-8"  # a declaration read from ASCII bytes cannot be UTF-16 (WHATWG)
        return "cp1252" if codec in _WESTERN else codec
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like UTF-16 text with no BOM: ASCII
    characters give a NUL in every other byte, on one side only."""
    sample = data[:4096]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _label(codec: str) -> str:
    """A codec's name as web pages write it (``cp1252`` is ``windows-1252``)."""
    return _WEB_NAMES.get(codec, codec)


def _as_windows_1252(run: re.Match[str]) -> str:
    raw = bytes(ord(char) - 0xDC00 for char in run.group())
    return raw.decode("cp1252", errors="replace")


def _decode_with(data: bytes, encoding: str, label: str) -> tuple[str, tuple[str, ...]]:
    text = data.decode(encoding, errors="replace")
    if "\ufffd" in text:
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        if bad > 0:
            return text, (f"{bad:,} undecodable bytes were replaced with U+FFFD (read as {label})",)
    return text, ()
