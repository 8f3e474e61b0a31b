"""Bytes are decoded as a browser would, and the Article says when the text had to be repaired."""

from __future__ import annotations

import codecs
import random

import pytest

from newsclean import parse

FRENCH = (
    "Le président a déclaré mercredi que la réforme des retraites serait adoptée « coûte que "
    "coûte » avant l’été, malgré les grèves. Les syndicats ont réagi très vivement."
)
RUSSIAN = (
    "Президент заявил в среду, что реформа будет принята до конца года. Профсоюзы резко "
    "отреагировали на это заявление и пообещали новые забастовки."
)
JAPANESE = "東京で水曜日に開かれた会議で、政府は新しい経済対策を発表した。野党は強く反発している。"


def page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{body} ({n})</p>" for n in range(3))
    return (
        f"<html><head>{head}<title>News</title></head>"
        f"<body><article>{paragraphs}</article></body></html>"
    )


def body_text(data: bytes, **kwargs: str) -> tuple[str, tuple[str, ...]]:
    article = parse(data, **kwargs)  # type: ignore[arg-type]
    return " ".join(article.paragraphs), article.warnings


def test_plain_utf8_decodes_without_warnings() -> None:
    text, warnings = body_text(page(FRENCH, '<meta charset="utf-8">').encode())
    assert FRENCH in text
    assert warnings == ()


@pytest.mark.parametrize(
    "bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
)
def test_byte_order_mark_decides_the_encoding(bom: bytes) -> None:
    encoding = {
        codecs.BOM_UTF8: "utf-8",
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
        codecs.BOM_UTF32_LE: "utf-32-le",
    }[bom]
    # The BOM wins over a (wrong) declaration in the page.
    data = bom + page(FRENCH, '<meta charset="windows-1252">').encode(encoding)
    text, warnings = body_text(data)
    assert FRENCH in text
    assert warnings == ()


def test_utf16_without_byte_order_mark_is_recognised_and_said() -> None:
    text, warnings = body_text(page(FRENCH).encode("utf-16-le"))
    assert FRENCH in text
    assert any("utf-16-le without a byte-order mark" in w for w in warnings)


def test_meta_charset_decodes_a_legacy_encoding() -> None:
    data = page(
        RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    )
    text, warnings = body_text(data.encode("cp1251"))
    assert RUSSIAN in text
    assert warnings == ()


def test_http_content_type_charset_decodes_the_bytes() -> None:
    data = page(RUSSIAN).encode("koi8-r")
    text, warnings = body_text(data, content_type="text/html; charset=KOI8-R")
    assert RUSSIAN in text
    assert warnings == ()


def test_http_charset_wins_over_meta_charset() -> None:
    data = page(JAPANESE, '<meta charset="euc-jp">').encode("shift_jis")
    text, _ = body_text(data, content_type="text/html; charset=Shift_JIS")
    assert JAPANESE in text


def test_page_declared_windows_1252_but_sent_as_utf8_reads_as_utf8_with_a_warning() -> None:
    data = page(FRENCH, '<meta charset="windows-1252">').encode("utf-8")
    text, warnings = body_text(data)
    assert FRENCH in text
    assert "Ã" not in text  # no mojibake
    assert any("declares windows-1252 but is UTF-8" in w for w in warnings)


def test_mixed_encodings_are_repaired_and_said() -> None:
    # A UTF-8 page with a paragraph pasted in from a windows-1252 source.
    head, tail = page(FRENCH, '<meta charset="utf-8">').split("(1)")
    pasted = " “Quoted” naïve café. ".encode("cp1252")
    data = head.encode() + pasted + b"(1)" + tail.encode()
    text, warnings = body_text(data)
    assert FRENCH in text
    assert "“Quoted” naïve café." in text
    assert any("mixed encodings" in w and "windows-1252" in w for w in warnings)


def test_undeclared_windows_1252_is_detected_and_said() -> None:
    text, warnings = body_text(page(FRENCH).encode("cp1252"))
    assert FRENCH in text
    assert any("detected as windows-1252" in w for w in warnings)


def test_undecodable_bytes_are_replaced_not_dropped_with_a_warning() -> None:
    # Shift_JIS declared, but two bytes that no Shift_JIS sequence can hold.
    head, tail = page(JAPANESE, '<meta charset="shift_jis">').split("(1)")
    data = head.encode("shift_jis") + b"\x81\x7f\xa0" + tail.encode("shift_jis")
    article = parse(data)
    assert any("replaced with U+FFFD" in w for w in article.warnings)
    text = " ".join(article.paragraphs)
    assert JAPANESE in text
    assert "\ufffd" in text


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    data = page(FRENCH, '<meta charset="no-such-charset">').encode("cp1252")
    text, _ = body_text(data)
    assert FRENCH in text


def test_text_input_bytes_are_decoded_too() -> None:
    data = ("Headline of the story\n\n" + FRENCH + "\n").encode("cp1252")
    article = parse(data, kind="text")
    assert FRENCH in article.paragraphs
    assert article.warnings


def test_replacement_characters_already_in_utf8_are_not_a_repair() -> None:
    text, warnings = body_text(page("A byte that was lost upstream: \ufffd, kept as is.").encode())
    assert "\ufffd" in text
    assert warnings == ()


def test_lone_surrogates_in_str_input_are_replaced_and_said() -> None:
    article = parse(page("Broken \ud83d text from a bad JSON decoder, in a sentence here."))
    assert all("\ud83d" not in p for p in article.paragraphs)
    assert any("surrogate" in w for w in article.warnings)
    article.to_json().encode("utf-8")  # the output is valid text


def test_xml_declaration_encoding_decodes_xhtml_bytes() -> None:
    xhtml = '<?xml version="1.0" encoding="windows-1251"?>\n' + page(RUSSIAN).replace(
        "<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'
    )
    text, warnings = body_text(xhtml.encode("cp1251"))
    assert RUSSIAN in text
    assert warnings == ()


def test_bytearray_and_memoryview_are_read_like_bytes() -> None:
    data = page(FRENCH, '<meta charset="utf-8">').encode()
    expected = parse(data)
    assert parse(bytearray(data)) == expected
    assert parse(memoryview(data)) == expected


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc-jp"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        ("Zażółć gęślą jaźń, powiedział prezydent w środę po długim posiedzeniu rządu.", "cp1250"),
        ("Größe über die Straße, sagte der naïve Bürgermeister am Mittwoch in Köln.", "cp1252"),
    ],
)
def test_undeclared_legacy_encodings_are_detected_not_taken_for_mixed_utf8(
    body: str, encoding: str
) -> None:
    text, warnings = body_text(page(body).encode(encoding))
    assert body in text
    assert not any("mixed encodings" in w for w in warnings)
    assert any("detected as" in w for w in warnings)


@pytest.mark.parametrize("name", [b"utf\x00-8", b"\x00", b"iso-8859-1\x00x", b"x" * 300])
def test_garbage_charset_names_are_ignored(name: bytes) -> None:
    data = b'<meta charset="' + name + b'">' + page(FRENCH).encode("cp1252")
    text, _ = body_text(data)
    assert FRENCH in text


def test_utf8_page_with_a_burst_of_binary_noise_stays_utf8() -> None:
    noise = bytes(random.Random(3).randrange(0x80, 0x100) for _ in range(200))
    head, tail = page(FRENCH, '<meta charset="utf-8">').split("(1)")
    text, warnings = body_text(head.encode() + noise + tail.encode())
    assert text.count(FRENCH) == 3  # the other paragraphs are not misread
    assert "\ufffd" in text
    assert any("replaced with U+FFFD (read as utf-8)" in w for w in warnings)


@pytest.mark.parametrize(
    "name", ["base64", "rot13", "zlib", "undefined", "idna", "utf-7", "cp037", "unicode_escape"]
)
def test_declared_codecs_that_are_not_web_encodings_are_ignored(name: str) -> None:
    # Python knows these names, but they are not text encodings a page can use.
    data = page(FRENCH, f'<meta charset="{name}">').encode("cp1252")
    text, warnings = body_text(data)
    assert FRENCH in text
    assert any("no usable charset" in w for w in warnings)
