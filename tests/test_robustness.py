"""Hostile input: parse() finishes, keeps the text, and raises nothing but NewscleanError.

Each adversarial input is built by a generator in ``adversarial.py`` (nothing big in the repo).
``finishes`` is a liveness guard with a generous timeout, not a speed assertion.
"""

from __future__ import annotations

import builtins
import socket
import threading
from collections.abc import Callable
from typing import Any

import adversarial
import lxml.html
import pytest
from bs4 import BeautifulSoup
from lxml import etree

from newsclean import Article, NewscleanError, NotADocumentError, parse
from newsclean._sniff import sniff

TIMEOUT = 120.0


def finishes(call: Callable[[], Any], timeout: float = TIMEOUT) -> Any:
    """Run ``call`` in a thread; fail if it has not returned after ``timeout`` seconds."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed back to the test thread below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"parse() did not finish within {timeout} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def body(article: Article) -> str:
    return "\n".join(article.paragraphs)


def assert_story_kept(article: Article) -> None:
    for paragraph in adversarial.PARAGRAPHS:
        assert paragraph in article.paragraphs


def test_forty_thousand_nested_divs_keep_the_text_before_inside_and_after() -> None:
    article = finishes(lambda: parse(adversarial.nested_divs(100)))
    assert_story_kept(article)
    assert "The deepest paragraph of the page is kept too." in body(article)
    assert any("nested deeper" in w for w in article.warnings)


def test_nesting_under_the_limit_is_left_alone() -> None:
    page = "<html><body><article>" + "<div>" * 150
    page += "".join(f"<p>{p}</p>" for p in adversarial.PARAGRAPHS) + "</div>" * 150
    article = parse(page + "</article></body></html>")
    assert_story_kept(article)
    assert article.warnings == ()


def test_hundred_thousand_tiny_inline_tags_finish_and_keep_their_text() -> None:
    article = finishes(lambda: parse(adversarial.tiny_tags(10)))
    assert_story_kept(article)
    long_paragraph = max(article.paragraphs, key=len)
    assert long_paragraph.count("x") == 100_000
    assert any("inline elements" in w for w in article.warnings)


def test_thousands_of_tiny_paragraphs_are_all_accounted_for() -> None:
    article = finishes(lambda: parse(adversarial.tiny_blocks(10)))
    assert_story_kept(article)
    kept = {*article.paragraphs, *(r.text for r in article.removed)}
    assert {str(i) for i in range(5000)} <= kept


def test_megabyte_long_line_of_text_is_one_paragraph() -> None:
    article = finishes(lambda: parse(adversarial.long_line_text(100), kind="text"))
    assert_story_kept(article)
    assert max(len(p) for p in article.paragraphs) == len("word " * 200_000) - 1


def test_megabyte_long_paragraph_of_html_is_kept() -> None:
    article = finishes(lambda: parse(adversarial.long_line_html(100)))
    assert_story_kept(article)
    assert max(len(p) for p in article.paragraphs) == len("word " * 200_000) - 1


def test_two_megabyte_single_line_json_is_read_as_text_without_loss() -> None:
    blob = adversarial.json_blob(10)
    article = finishes(lambda: parse(blob))
    assert [*article.paragraphs, *(r.text for r in article.removed)] == [blob]


def test_nul_bytes_are_replaced_with_a_warning_and_the_text_kept() -> None:
    article = finishes(lambda: parse(adversarial.nul_bytes(1)))
    assert_story_kept(article)
    assert "Line 7 of the text with a NUL inside it, and more words." in article.paragraphs
    assert any("NUL" in w for w in article.warnings)


def test_every_truncation_of_a_page_parses() -> None:
    for cut in adversarial.truncated(1):
        try:
            article = parse(cut)
        except NewscleanError:
            continue
        assert isinstance(article, Article)


def test_random_binary_with_an_html_page_inside_is_not_a_document() -> None:
    with pytest.raises(NotADocumentError, match="binary data"):
        parse(adversarial.binary(1))


@pytest.mark.parametrize(
    "source",
    [
        "<!-- -->" * 2000 + "plain text after comments",
        "<!--" * 5000,
        "<!-- -->" * 2000 + "<p>x</p>",
    ],
)
def test_many_leading_comments_are_sniffed_in_linear_time(source: str) -> None:
    # A lazy '.*?' inside a repeated comment group backtracked exponentially here.
    assert isinstance(finishes(lambda: parse(source), timeout=60.0), Article)


@pytest.mark.parametrize(
    "json_ld",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"@graph":' * 5000 + "{}" + "}" * 5000,
        "[" * 900 + '{"headline": "Buried headline"}' + "]" * 900,
        # Valid JSON whose strings hold JSON-LD start tags, splitting the body in shallow parts.
        ("[" * 150 + "\"<script type='application/ld+json'>\",") * 50 + "1" + "]" * 7500,
    ],
    ids=["arrays", "graphs", "just-too-deep", "split-by-start-tags"],
)
def test_deeply_nested_json_ld_is_dropped_not_a_recursion_error(json_ld: str) -> None:
    script = f'<script type="application/ld+json">{json_ld}</script>'
    article = finishes(lambda: parse(adversarial.page("").replace("<title>", script + "<title>")))
    assert_story_kept(article)
    assert any("JSON-LD nested deeper" in w for w in article.warnings)


def test_many_unclosed_json_ld_scripts_finish() -> None:
    # Each start tag once searched the rest of the page for '</script>': quadratic.
    payload = '<script type="application/ld+json">[' * 100_000
    article = finishes(lambda: parse(adversarial.page(payload)))
    assert article.paragraphs == adversarial.PARAGRAPHS[:2]


def test_ordinary_json_ld_is_left_alone() -> None:
    json_ld = '{"@type": "NewsArticle", "headline": "Brackets [[[ in a string", "x": [[[1]]]}'
    script = f'<script type="application/ld+json">{json_ld}</script>'
    page = adversarial.page("").replace("<title>", script + "<title>")
    document = sniff(page, max_bytes=len(page))
    assert script in document.text
    assert document.warnings == ()
    assert parse(page).warnings == ()


def test_a_tag_with_a_hundred_thousand_attributes_finishes_and_keeps_its_text() -> None:
    attributes = " ".join(f'data-a{i}="x"' for i in range(100_000))
    sentence = "The paragraph behind a hundred thousand attributes is kept as well."
    article = finishes(lambda: parse(adversarial.page(f"<p {attributes}>{sentence}</p>")))
    assert_story_kept(article)
    assert sentence in article.paragraphs
    assert any("attributes past 256" in w for w in article.warnings)


@pytest.mark.parametrize("filler", [" ", "\n ", " = ", "a= "], ids=repr)
def test_a_start_tag_of_a_megabyte_of_filler_finishes(filler: str) -> None:
    page = adversarial.page("<p" + filler * (1_000_000 // len(filler)) + ">Text after it.</p>")
    assert isinstance(finishes(lambda: parse(page), timeout=60.0), Article)


def test_one_long_attribute_is_left_alone() -> None:
    props = "x" * 20_000
    page = adversarial.page(f'<div class="story" data-props="{props}"><p>Short.</p></div>')
    assert parse(page).warnings == ()


def test_str_with_an_xml_encoding_declaration_parses() -> None:
    page = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + adversarial.nested_divs(1)
    assert_story_kept(parse(page))


BILLION_LAUGHS = (
    """<?xml version="1.0"?>
<!DOCTYPE html [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY net SYSTEM "http://127.0.0.1:9/leak">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><article>
<p>The laughs &lol9; stay inert, the secret &xxe; and the fetch &net; too, in this sentence.</p>
"""
    + "".join(f"<p>{p}</p>" for p in adversarial.PARAGRAPHS)
    + "</article></body></html>"
)


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test on any socket connection or file opened while parse() runs."""
    parse(BILLION_LAUGHS)  # warm up lazy imports first

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"parse() tried I/O: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(builtins, "open", refuse)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_doctype_entities_are_inert_text_with_no_file_or_network_access(
    no_io: None, as_bytes: bool
) -> None:
    source = BILLION_LAUGHS.encode() if as_bytes else BILLION_LAUGHS
    article = finishes(lambda: parse(source))
    assert_story_kept(article)
    everything = article.to_json()
    assert "root:" not in everything  # /etc/passwd was not read
    assert "lollol" not in everything  # no entity was expanded
    assert len(everything) < 10_000


def test_lxml_tree_with_entities_is_not_expanded(no_io: None) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.fromstring(BILLION_LAUGHS.encode(), parser)
    article = finishes(lambda: parse(tree))
    assert_story_kept(article)
    assert "lollol" not in article.to_json() and "root:" not in article.to_json()


PAGE = adversarial.page("<figure><img src=a.jpg><figcaption>A caption</figcaption></figure>")


def test_a_beautifulsoup_object_is_read_and_not_mutated() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    before = soup.decode()
    article = parse(soup)
    assert soup.decode() == before
    assert_story_kept(article)
    assert parse(soup) == article


def test_a_beautifulsoup_tag_is_accepted() -> None:
    soup = BeautifulSoup(PAGE, "html.parser")
    article = parse(soup.find("article"))
    assert_story_kept(article)


def test_an_lxml_element_and_element_tree_are_read_and_not_mutated() -> None:
    root = lxml.html.document_fromstring(PAGE)
    before = etree.tostring(root)
    assert_story_kept(parse(root))
    assert_story_kept(parse(root.getroottree()))
    assert etree.tostring(root) == before


def test_a_deep_lxml_tree_built_in_code_is_flattened_not_lost() -> None:
    root = etree.Element("html")
    node = etree.SubElement(etree.SubElement(root, "body"), "article")
    for paragraph in adversarial.PARAGRAPHS:
        etree.SubElement(node, "p").text = paragraph
    for _ in range(5000):
        node = etree.SubElement(node, "div")
    etree.SubElement(node, "p").text = "The deepest paragraph of the page is kept too."
    article = finishes(lambda: parse(root))
    assert_story_kept(article)
    assert "The deepest paragraph of the page is kept too." in article.paragraphs
