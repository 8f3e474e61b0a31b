"""Bad arguments and non-documents raise a clear error of the documented hierarchy."""

from __future__ import annotations

import gzip
import io
import pickle
import zipfile

import pytest
from lxml import etree

import newsclean
from newsclean import (
    EmptyInputError,
    InputTooLargeError,
    NewscleanError,
    NotADocumentError,
    Options,
    parse,
)

ARTICLE = (
    "<html><body><article>"
    + "".join(
        f"<p>Paragraph {i}: officials said on Tuesday that the plan would go ahead next year.</p>"
        for i in range(5)
    )
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("source", "type_name"),
    [(42, "int"), (None, "NoneType"), (["<p>x</p>"], "list"), (3.5, "float"), (object(), "object")],
)
def test_wrong_argument_type_raises_type_error_naming_the_type(
    source: object, type_name: str
) -> None:
    with pytest.raises(TypeError, match=rf"\b{type_name}\b"):
        parse(source)


def test_wrong_options_type_raises_type_error_naming_the_type() -> None:
    with pytest.raises(TypeError, match="dict"):
        parse("Some text.", options={"max_bytes": 10})  # type: ignore[arg-type]


@pytest.mark.parametrize(("url", "type_name"), [(5, "int"), (b"http://x", "bytes")])
def test_wrong_url_type_raises_type_error_naming_the_type(url: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=type_name):
        parse(ARTICLE, url=url)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url", ["http://[", "\x00", "http://" + "a" * 100_000, "file:///etc/passwd"]
)
def test_odd_urls_are_kept_as_given_and_never_fetched(url: str) -> None:
    assert parse(ARTICLE, url=url).url == url


def test_unknown_kind_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'xml'"):
        parse("Some text.", kind="xml")  # type: ignore[arg-type]


def test_content_type_of_the_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse(b"<p>x</p>", content_type=b"text/html")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "source", ["", "   ", "\n\t \r\n", b"", b"  \n ", "\ufeff", b"\xef\xbb\xbf \n", "\u3000\u2003"]
)
def test_empty_or_blank_input_raises_empty_input_error(source: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty") as caught:
        parse(source)
    assert isinstance(caught.value, NewscleanError)
    assert isinstance(caught.value, ValueError)


def _gzip() -> bytes:
    return gzip.compress(ARTICLE.encode())


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", ARTICLE)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind", "advice"),
    [
        (_gzip(), "gzip data", "decompress it first"),
        (_zip(), "a zip archive", "unpack it first"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file", "PDF tool"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image", ""),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image", ""),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image", ""),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image", ""),
        (b"\x00" * 5000, "binary data", ""),
        (bytes(range(256)) * 40, "binary data", ""),
    ],
)
def test_binary_input_names_what_it_looks_like(data: bytes, kind: str, advice: str) -> None:
    with pytest.raises(NotADocumentError, match=f"looks like {kind}") as caught:
        parse(data)
    assert caught.value.kind == kind
    assert advice in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_gzip_message_says_to_decompress() -> None:
    with pytest.raises(NotADocumentError) as caught:
        parse(_gzip())
    assert "looks like gzip data" in str(caught.value)
    assert "decompress it first" in str(caught.value)


def test_mostly_nul_text_is_not_a_document() -> None:
    with pytest.raises(NotADocumentError, match="binary data"):
        parse("\x00" * 300 + "abc")


def test_a_few_nul_characters_do_not_make_binary() -> None:
    article = parse(ARTICLE.replace("officials", "offi\x00cials"))
    assert any("NUL" in w for w in article.warnings)
    assert len(article.paragraphs) == 5


def test_input_over_the_limit_gives_size_and_limit() -> None:
    with pytest.raises(InputTooLargeError) as caught:
        parse(b"x" * 1001, options=Options(max_bytes=1000))
    error = caught.value
    assert (error.size, error.limit, error.unit) == (1001, 1000, "bytes")
    assert "1,001 bytes" in str(error) and "1,000" in str(error)
    assert isinstance(error, ValueError)


def test_str_input_over_the_limit_counts_characters() -> None:
    with pytest.raises(InputTooLargeError, match="2,000 characters") as caught:
        parse("é" * 2000, options=Options(max_bytes=1999))
    assert caught.value.unit == "characters"


def test_default_limit_is_sensible() -> None:
    assert 10_000_000 <= Options().max_bytes <= 200_000_000


def test_page_without_article_is_an_article_with_no_paragraphs() -> None:
    for page in (
        "<html><head><title>Home</title></head><body><nav><a href=/>Home</a></nav></body></html>",
        "<!DOCTYPE html>",
        "<!DOCTYPE html><!-- nothing here -->",
        "<?php echo 1 ?>",
    ):
        article = parse(page)
        assert isinstance(article, newsclean.Article)
        assert article.paragraphs == ()


ERRORS = [
    EmptyInputError("the input is empty"),
    NotADocumentError("the input looks like gzip data, not a document", "gzip data"),
    InputTooLargeError(12, 10, "characters"),
    NewscleanError("base"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_message_and_fields(error: NewscleanError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_errors_raised_by_parse_pickle() -> None:
    for source in (b"", _gzip(), b"y" * 50):
        with pytest.raises(NewscleanError) as caught:
            parse(source, options=Options(max_bytes=40))
        copy = pickle.loads(pickle.dumps(caught.value))
        assert str(copy) == str(caught.value)


def test_lxml_element_tree_without_root_is_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        parse(etree.ElementTree())
