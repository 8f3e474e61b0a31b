"""Page metadata: JSON-LD first, then Open Graph and meta tags, then the visible page.

The title is chosen among the page's ``<h1>``s and the metadata titles by ``_headline``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

import lxml.html

from ._assemble import PageMeta
from ._dates import parse_date
from ._html_title import headline

__all__ = ["read_metadata"]

_NAME_LIST = re.compile(r",| and ")  # "Ann Lee, Bo Li and Cy Ng"
_ARTICLE_TYPES = ("article", "posting", "report", "blog")


def read_metadata(tree: lxml.html.HtmlElement, url: str | None) -> PageMeta:
    ld = _json_ld(tree)
    site_name = _first(
        _meta(tree, "property", "og:site_name"),
        _name_of(ld.get("publisher")),
        _meta(tree, "name", "application-name"),
    )
    published = _first(
        _str(ld.get("datePublished")),
        _meta(tree, "property", "article:published_time"),
        _meta(tree, "name", "pubdate"),
        _meta(tree, "name", "date"),
        _meta(tree, "name", "parsely-pub-date"),
        _meta(tree, "itemprop", "datePublished"),
        _attr(tree, "//time[@datetime]", "datetime"),
    )
    canonical = _first(_link(tree, "canonical"), _meta(tree, "property", "og:url"), url)
    return PageMeta(
        title=headline(tree, _titles(tree, ld), site_name, canonical),
        subtitle=_first(_str(ld.get("alternativeHeadline"))),
        authors=_authors(tree, ld),
        published=parse_date(published) if published else None,
        site_name=site_name,
        url=canonical,
        language=_first(
            tree.get("lang"),
            tree.get("xml:lang"),
            _meta(tree, "http-equiv", "content-language"),
            _str(ld.get("inLanguage")),
        ),
    )


def _titles(tree: lxml.html.HtmlElement, ld: dict[str, object]) -> list[str]:
    """What the metadata calls the page, most trusted first."""
    found = (
        _first(_str(ld.get("headline"))),
        _first(_meta(tree, "property", "og:title")),
        _first(_meta(tree, "name", "twitter:title")),
        _first(_text(tree, "//title")),
    )
    return [t for t in found if t]


def _authors(tree: lxml.html.HtmlElement, ld: dict[str, object]) -> tuple[str, ...]:
    names: list[str] = []
    author = ld.get("author")
    for item in author if isinstance(author, list) else [author]:
        name = _name_of(item)
        if name:
            names.append(name)
    if not names:
        for value in (_meta(tree, "name", "author"), _meta(tree, "property", "article:author")):
            if value and "://" not in value:
                names.extend(n.strip() for n in _NAME_LIST.split(value) if n.strip())
                break
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return tuple(seen)


def _name_of(value: object) -> str | None:
    if isinstance(value, str):
        return _first(value) if "://" not in value else None
    if isinstance(value, dict):
        return _first(_str(value.get("name")))
    return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _clean(value: str) -> str:
    return " ".join(html.unescape(value).split())


def _first(*values: str | None) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return None


def _meta(tree: lxml.html.HtmlElement, attr: str, name: str) -> str | None:
    for element in tree.iterfind(f".//meta[@{attr}='{name}']"):
        content = element.get("content")
        if content and content.strip():
            return str(content).strip()
    return None


def _attr(tree: lxml.html.HtmlElement, xpath: str, attr: str) -> str | None:
    for element in tree.xpath(xpath):
        value = element.get(attr)
        if value and value.strip():
            return str(value).strip()
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
    """The JSON-LD object that describes the article (the first with a headline)."""
    found: dict[str, object] = {}
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _walk(data):
            if not isinstance(item.get("headline"), str):
                continue
            kind = str(item.get("@type") or "").casefold()
            if any(t in kind for t in _ARTICLE_TYPES):
                return item
            found = found or item
    return found


def _walk(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for x in data:
            yield from _walk(x)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph:
            yield from _walk(graph)
