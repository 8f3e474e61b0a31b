"""Page metadata: JSON-LD first, then Open Graph and meta tags, then the visible page.

The title is the article's headline as the page shows it: the ``<h1>`` when the page has one that
agrees with what the metadata calls the headline, else the metadata's headline with the site name
cut off (``'Headline | Site Name'``, ``'Site Name - Headline'``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

import lxml.html

from ._assemble import PageMeta
from ._dates import parse_date

__all__ = ["read_metadata"]

#: Separators between a headline and the site name in ``<title>`` and ``og:title``.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|•|·|»|/)\s+")
_WORD = re.compile(r"\w+")
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
    return PageMeta(
        title=_title(tree, ld, site_name),
        subtitle=_first(_str(ld.get("alternativeHeadline"))),
        authors=_authors(tree, ld),
        published=parse_date(published) if published else None,
        site_name=site_name,
        url=_first(_link(tree, "canonical"), _meta(tree, "property", "og:url"), url),
        language=_first(
            tree.get("lang"),
            tree.get("xml:lang"),
            _meta(tree, "http-equiv", "content-language"),
            _str(ld.get("inLanguage")),
        ),
    )


def _title(tree: lxml.html.HtmlElement, ld: dict[str, object], site: str | None) -> str | None:
    named = [
        _strip_site(t, site)
        for t in (
            _first(_str(ld.get("headline"))),
            _first(_meta(tree, "property", "og:title")),
            _first(_meta(tree, "name", "twitter:title")),
            _first(_text(tree, "//title")),
        )
        if t
    ]
    headings = [h for h in (_clean(e.text_content()) for e in tree.iter("h1")) if h]
    for heading in headings:
        if any(_agrees(heading, n) for n in named):
            return heading
    if len(headings) == 1 and not named:
        return headings[0]
    return named[0] if named else None


def _agrees(heading: str, named: str) -> bool:
    """Whether an ``<h1>`` and a metadata title name the same headline (most words shared)."""
    a, b = set(_WORD.findall(heading.casefold())), set(_WORD.findall(named.casefold()))
    return bool(a) and len(a & b) >= 0.6 * len(a)


def _strip_site(title: str, site: str | None) -> str:
    parts = _SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    if site:
        key = site.casefold()
        kept = [p for p in parts if p.casefold() != key and key not in p.casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    # No site name to compare with: the site is the short end part.
    first, last = parts[0], parts[-1]
    if len(_WORD.findall(last)) <= 3 < len(_WORD.findall(first)):
        return title[: title.rfind(last)].rstrip(" |-–—:•·»/")
    if len(_WORD.findall(first)) <= 3 < len(_WORD.findall(last)):
        return title[len(first) :].lstrip(" |-–—:•·»/")
    return title


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
                names.extend(n.strip() for n in re.split(r",| and ", value) if n.strip())
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
