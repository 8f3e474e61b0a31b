"""Page metadata: JSON-LD first, then Open Graph and meta tags, then the visible page.

The title is the article's headline as the page shows it: the ``<h1>`` when the page has one that
agrees with what the metadata calls the headline (most words shared both ways: an ``<h1>`` that
holds the site's name does not) or when it has only one; else the metadata's headline with the
site name cut off (``'Headline | Site Name'``, ``'Site Name - Headline'``). An ``<h1>`` that is
the site's logo (it links home, sits in a logo box, or is the site's name) is not a headline.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html

from ._assemble import PageMeta
from ._dates import parse_date
from ._region import words_of

__all__ = ["read_metadata"]

_NAME_LIST = re.compile(r",| and ")  # "Ann Lee, Bo Li and Cy Ng"

#: Separators between a headline and the site name in ``<title>`` and ``og:title``.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|•|·|»|/)\s+")
_SEPARATOR_KEPT = re.compile(f"({_SEPARATOR.pattern})")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[\W_]+")
_LOGO = re.compile(r"logo|site-?title|site-?name")
_LOGO_DEPTH = 2  # a logo box holds the heading or its parent
_SITE_WORDS = 3  # an end part this short is the site's name or a section, not the headline
_HOST_WORDS = frozenset({"www", "com", "org", "net", "blog", "news", "info", "html", "amp"})
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
        title=_title(tree, ld, _site_names(site_name, canonical)),
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


def _title(
    tree: lxml.html.HtmlElement, ld: dict[str, object], sites: tuple[str, ...]
) -> str | None:
    named = [
        _strip_site(t, sites)
        for t in (
            _first(_str(ld.get("headline"))),
            _first(_meta(tree, "property", "og:title")),
            _first(_meta(tree, "name", "twitter:title")),
            _first(_text(tree, "//title")),
        )
        if t
    ]
    headings = [
        h
        for h in (_heading_text(e) for e in tree.iter("h1") if not _names_site(e, sites))
        if h and _ALNUM.sub("", h.casefold()) not in sites
    ]
    for heading in headings:
        if any(_agrees(heading, n) for n in named):
            return _main_part(heading)
    own = list(dict.fromkeys(headings))  # a page may print its headline twice (mobile, desktop)
    if len(own) == 1 and not (named and _section_name(own[0], named[0])):
        return _main_part(own[0])
    return named[0] if named else None


def _heading_text(h1: lxml.html.HtmlElement) -> str:
    """The text of an ``<h1>``, a line break read as a space (``'WEEKEND<br>CODING'``)."""
    return _clean("".join(_texts(h1)))


def _texts(element: lxml.html.HtmlElement) -> Iterator[str]:
    yield (
        " " if element.tag == "br" else (element.text or "") if isinstance(element.tag, str) else ""
    )
    for child in element:
        yield from _texts(child)
        yield child.tail or ""


def _main_part(heading: str) -> str:
    """An ``<h1>`` without a tag line after a pipe (``'Best movers | Top 19 companies'``)."""
    first = heading.split(" | ", maxsplit=1)[0].strip()
    return first if _words(first) >= _SITE_WORDS else heading


def _section_name(heading: str, named: str) -> bool:
    """Whether an ``<h1>`` that does not agree with the metadata headline is a section's name
    (``'Our Blog'``, ``'Index funds'``, ``'M&A Updates'``) rather than the headline: it is short,
    the metadata headline is longer, and it is not a shortening of that headline."""
    words = _WORD.findall(heading.casefold())
    return (
        len(words) <= _SITE_WORDS
        and _words(named) > len(words)
        and not set(words) <= set(_WORD.findall(named.casefold()))
    )


def _names_site(h1: lxml.html.HtmlElement, sites: tuple[str, ...]) -> bool:
    """Whether an ``<h1>`` is the site's logo or name: it links home, or sits in a logo box."""
    for link in h1.iter("a"):
        path = _url_part(link.get("href") or "", "path")
        if path in ("", "/") and (link.get("href") or "").strip() not in ("", "#"):
            return True
    parents = (h1, *(e for _, e in zip(range(_LOGO_DEPTH), h1.iterancestors(), strict=False)))
    return any(_LOGO.search(words_of(e)) for e in parents)


def _agrees(heading: str, named: str) -> bool:
    """Whether an ``<h1>`` and a metadata title name the same headline (most words shared)."""
    a, b = set(_WORD.findall(heading.casefold())), set(_WORD.findall(named.casefold()))
    shared = len(a & b)
    return bool(a) and shared >= 0.6 * len(a) and shared >= 0.5 * len(b)


def _strip_site(title: str, sites: tuple[str, ...]) -> str:
    """The title without the site's name at either end (and, failing a name, a short end part)."""
    pieces = _SEPARATOR_KEPT.split(title)  # part, separator, part, ...
    stripped = False
    while len(pieces) > 1 and (_is_site(pieces[-1], sites) or _is_site(pieces[0], sites)):
        pieces = pieces[:-2] if _is_site(pieces[-1], sites) else pieces[2:]
        stripped = True
    if len(pieces) > 1 and not stripped:
        first, rest = _words(pieces[0]), _words("".join(pieces[2:]))
        last, before = _words(pieces[-1]), _words("".join(pieces[:-2]))
        if last <= _SITE_WORDS < before:
            pieces = pieces[:-2]
        elif first <= _SITE_WORDS < rest:
            pieces = pieces[2:]
    return "".join(pieces).strip()


def _is_site(part: str, sites: tuple[str, ...]) -> bool:
    key = _ALNUM.sub("", part.casefold())
    return bool(key) and any(s == key or s in key or (len(key) >= 4 and key in s) for s in sites)


def _site_names(site: str | None, url: str | None) -> tuple[str, ...]:
    """The site's name and the distinctive labels of its host name, as bare lowercase letters."""
    names = [_ALNUM.sub("", site.casefold())] if site else []
    host = _url_part(url, "hostname") if url else ""
    names += [label for label in host.split(".") if len(label) >= 4 and label not in _HOST_WORDS]
    return tuple(n for n in names if n)


def _url_part(url: str, part: str) -> str:
    """A part of a URL, or '' when the URL is malformed (urlsplit raises on 'http://[')."""
    try:
        return str(getattr(urlsplit(url), part) or "")
    except ValueError:
        return ""


def _words(text: str) -> int:
    return len(_WORD.findall(text))


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
