"""Page metadata: JSON-LD first, then Open Graph and meta tags, then the visible page."""

from __future__ import annotations

import json

import lxml.html

from ._assemble import PageMeta
from ._dates import parse_date

__all__ = ["read_metadata"]


def read_metadata(tree: lxml.html.HtmlElement, url: str | None) -> PageMeta:
    ld = _json_ld(tree)
    title = _first(
        ld.get("headline"),
        _meta(tree, "property", "og:title"),
        _text(tree, "//h1"),
        _text(tree, "//title"),
    )
    published = _first(
        ld.get("datePublished"),
        _meta(tree, "property", "article:published_time"),
    )
    return PageMeta(
        title=title,
        subtitle=None,
        published=parse_date(published) if published else None,
        site_name=_meta(tree, "property", "og:site_name"),
        url=_first(_link(tree, "canonical"), _meta(tree, "property", "og:url"), url),
        language=_first(tree.get("lang")),
    )


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _meta(tree: lxml.html.HtmlElement, attr: str, name: str) -> str | None:
    for element in tree.iterfind(f".//meta[@{attr}='{name}']"):
        content = element.get("content")
        if content and content.strip():
            return str(content).strip()
    return None


def _link(tree: lxml.html.HtmlElement, rel: str) -> str | None:
    for element in tree.iterfind(f".//link[@rel='{rel}']"):
        href = element.get("href")
        if href:
            return str(href).strip()
    return None


def _text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for element in tree.xpath(xpath):
        text = element.text_content()
        if text.strip():
            return str(text)
    return None


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, object]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _walk(data):
            if isinstance(item.get("headline"), str):
                return item
    return {}


def _walk(data: object) -> list[dict[str, object]]:
    if isinstance(data, list):
        return [d for x in data for d in _walk(x)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_walk(graph) if graph else [])]
    return []
