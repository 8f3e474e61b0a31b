"""HTML front end: one parse of the page, the article region as blocks, and the page metadata."""

from __future__ import annotations

import lxml.html
from lxml import etree
from trafilatura import bare_extraction

from ._assemble import PageMeta
from ._blocks import Block
from ._metadata import read_metadata

__all__ = ["html_blocks", "parse_html"]

_PARSER = lxml.html.HTMLParser(
    remove_comments=True, no_network=True, recover=True, huge_tree=False, default_doctype=False
)
_BLOCK_TAGS = {"p": "p", "head": "h2", "quote": "blockquote", "item": "li", "cell": "td"}


def parse_html(html: str) -> lxml.html.HtmlElement:
    """The page's one tree."""
    return lxml.html.document_fromstring(html, parser=_PARSER)


def html_blocks(tree: lxml.html.HtmlElement, url: str | None) -> tuple[list[Block], PageMeta]:
    meta = read_metadata(tree, url)
    doc = bare_extraction(
        tree, url=url, fast=True, include_comments=False, include_tables=True, with_metadata=False
    )
    blocks: list[Block] = []
    body = getattr(doc, "body", None)
    if body is not None:
        for n, element in enumerate(body.iter(*_BLOCK_TAGS)):
            if (
                element.tag == "p"
                and element.getparent() is not None
                and (element.getparent().tag in ("item", "cell", "quote"))
            ):
                continue
            text = " ".join(etree.tostring(element, method="text", encoding="unicode").split())
            if text:
                blocks.append(Block(text=text, source=f"block {n}", tag=_BLOCK_TAGS[element.tag]))
    return blocks, meta
