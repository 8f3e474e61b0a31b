"""The page's headline: which ``<h1>`` or metadata title names the article, without the site.

The candidates are the page's ``<h1>``s and its metadata titles (JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``<title>``), each without the site's name glued on
(``'Headline | Site Name'``, ``'Site Name - Headline'``, ``'example.com Headline'``). The title
is the ``<h1>`` as the page shows it when the page has one that agrees with a metadata title (most
words shared both ways) or when it has one that reads as a headline; else the metadata's. In order:

1. an ``<h1>`` holding a metadata title plus other elements (a ``<span>Title:</span>`` label, a
   ``<time>``, a byline, a comment count) gives the part the metadata names;
2. the first ``<h1>`` that agrees with a metadata title, without a tag line after ``' | '``;
3. the only ``<h1>`` (or, of several, the first the markup calls a headline or title by its
   class), unless it names a section ('Our Blog') rather than the story;
4. the first metadata title that is not cut short (an ellipsis, or a long prefix of another).

An ``<h1>`` that is the site's logo or name, or that runs past 30 words (a paragraph set large),
is not a candidate. The characters are the page's, with three repairs: UTF-8 read as Latin-1
(``Investorâ`` and two C1 controls for ``Investor’s``), full-width punctuation in a Latin
title (``'Work？'``), and words whose quotes only the ``<h1>`` curls while a metadata title types
them straight (a CMS curls the quotes of the headline it prints and leaves its metadata as typed).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from types import MappingProxyType
from urllib.parse import urlsplit

import lxml.html

from ._region import words_of

__all__ = ["headline"]

#: Separators between a headline and the site name in ``<title>`` and ``og:title``.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|•|·|»|/)\s+")
_SEPARATOR_KEPT = re.compile(f"({_SEPARATOR.pattern})")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[\W_]+")
_HOST_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
_LOGO = re.compile(r"logo|site-?title|site-?name")
_LOGO_DEPTH = 2  # a logo box holds the heading or its parent
_HEADLINE_CLASS = re.compile(r"headline|title")
_HEADLINE_WORDS = 30  # an h1 longer than this is a paragraph set large, not a headline
_SITE_WORDS = 3  # an end part this short is the site's name or a section, not the headline
_HOST_WORDS = frozenset({"www", "com", "org", "net", "blog", "news", "info", "html", "amp"})
_ELLIPSES = ("...", "\u2026")
_CUT_CHARS = 60  # metadata is cut to a length (60 for <title>, 110 for JSON-LD), never shorter
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}"
)
_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FULL_WIDTH = MappingProxyType({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
_STRAIGHT = re.compile(r"['\"]")
_CURLY_WORD = re.compile(r"\S*[\u2018\u2019\u201c\u201d]\S*")
_CURLY = MappingProxyType({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'})


def headline(
    tree: lxml.html.HtmlElement, titles: Sequence[str], site: str | None, url: str | None
) -> str | None:
    """The article's title. ``titles`` are the metadata's, most trusted first (JSON-LD
    ``headline``, ``og:title``, ``twitter:title``, ``<title>``); ``site`` is the site's name and
    ``url`` the page's address, whose host names the site too."""
    sites = _site_names(site, url)
    chosen = _choose(tree, titles, sites)
    return _as_typed(_repaired(chosen), titles) if chosen else None


def _choose(
    tree: lxml.html.HtmlElement, titles: Sequence[str], sites: tuple[str, ...]
) -> str | None:
    named = [_strip_site(t, sites) for t in titles]
    named = [t for t in named if not _cut_short(t, named)] or named
    h1s = [
        (e, h)
        for e, h in (
            (e, _strip_site(_heading_text(e), sites, guess=False))
            for e in tree.iter("h1")
            if not _names_site(e, sites)
        )
        if h
        and _ALNUM.sub("", h.casefold()) not in sites
        and not (named and _words(h) > _HEADLINE_WORDS)
    ]
    for element, heading in h1s:
        part = _strip_site(_named_part(element, heading, [*named, *titles]), sites)
        if _words(part) > 1 and _ALNUM.sub("", part.casefold()) not in sites:
            return part
    for _, heading in h1s:
        if any(_agrees(heading, n) for n in named):
            return _main_part(heading)
    own = list(dict.fromkeys(h for _, h in h1s))  # printed twice (mobile, desktop) counts once
    if len(own) > 1:
        own = [h for e, h in h1s if _HEADLINE_CLASS.search(_near_words(e))][:1]
    if len(own) == 1 and not (named and _section_name(own[0], named[0])):
        return _main_part(own[0])
    return named[0] if named else None


def _named_part(h1: lxml.html.HtmlElement, heading: str, titles: list[str]) -> str:
    """The part of an ``<h1>`` that a metadata title names, the rest being other elements
    (``<h1><span>Title:</span>Headline</h1>``, ``<h1>Headline <span>(source.com)</span></h1>``),
    or ''."""
    keys = {_key(t) for t in titles}
    if _key(heading) in keys:
        return ""
    for child in h1.iterdescendants():
        inner = _heading_text(child) if isinstance(child.tag, str) else ""
        if not inner:
            continue
        for part in (inner, " ".join(heading.replace(inner, " ", 1).split())):
            if part and _key(part) in keys:
                return part
    return ""


def _cut_short(title: str, named: list[str]) -> bool:
    """Whether a metadata title is cut off: it ends in an ellipsis, or it is long and another one
    goes on from where it stops ('... Solutions (Including' beside '... (Including One Trick)')."""
    key = _key(title)
    return key.endswith(_ELLIPSES) or (
        len(key) >= _CUT_CHARS
        and any(
            _key(other).startswith(key + " ") and _key(other)[len(key) + 1 :][:1].isalnum()
            for other in named
        )
    )


def _near_words(h1: lxml.html.HtmlElement) -> str:
    """The class/id words of an ``<h1>`` and its parent (``hero-headline``, ``entry-title``)."""
    parent = h1.getparent()
    return words_of(h1) + " " + (words_of(parent) if parent is not None else "")


def _heading_text(element: lxml.html.HtmlElement) -> str:
    """The text of an element, a line break read as a space (``'WEEKEND<br>CODING'``)."""
    return " ".join(html.unescape("".join(_texts(element))).split())


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


def _strip_site(title: str, sites: tuple[str, ...], *, guess: bool = True) -> str:
    """The title without the site's name at either end; failing a name and when ``guess``, a
    short end part; and without the site's host name as its first or last word."""
    pieces = _SEPARATOR_KEPT.split(title)  # part, separator, part, ...
    stripped = False
    while len(pieces) > 1 and (_is_site(pieces[-1], sites) or _is_site(pieces[0], sites)):
        pieces = pieces[:-2] if _is_site(pieces[-1], sites) else pieces[2:]
        stripped = True
    if len(pieces) > 1 and not stripped and guess:
        first, rest = _words(pieces[0]), _words("".join(pieces[2:]))
        last, before = _words(pieces[-1]), _words("".join(pieces[:-2]))
        if last <= _SITE_WORDS < before:
            pieces = pieces[:-2]
        elif first <= _SITE_WORDS < rest:
            pieces = pieces[2:]
    words = "".join(pieces).split()
    if len(words) > 1 and _is_host(words[0], sites):
        words = words[1:]
    elif len(words) > 1 and _is_host(words[-1], sites):
        words = words[:-1]
    return " ".join(words)


def _is_site(part: str, sites: tuple[str, ...]) -> bool:
    key = _ALNUM.sub("", part.casefold())
    return bool(key) and any(s == key or s in key or (len(key) >= 4 and key in s) for s in sites)


def _is_host(word: str, sites: tuple[str, ...]) -> bool:
    """Whether a word is the site's host name (``'davidbau.com'``)."""
    return bool(_HOST_NAME.fullmatch(word)) and _is_site(word, sites)


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


def _repaired(title: str) -> str:
    """UTF-8 that was read as Latin-1 decoded again; full-width punctuation in a title without
    CJK script made plain (``'Work？'``)."""
    title = _MOJIBAKE.sub(_as_utf8, title)
    return title if _CJK.search(title) else title.translate(_FULL_WIDTH)


def _as_utf8(run: re.Match[str]) -> str:
    try:
        return run.group().encode("latin-1").decode("utf-8")
    except UnicodeError:
        return run.group()


def _as_typed(title: str, titles: Sequence[str]) -> str:
    """The title with its curly-quoted words as the metadata types them (``Visitor’s`` ->
    ``Visitor's``): a CMS curls the quotes of a headline where it prints it, and leaves its
    metadata as typed. Words no metadata title types straight keep their curly quotes."""
    typed = " ".join(t for t in titles if _STRAIGHT.search(t))
    return _CURLY_WORD.sub(lambda m: _straight(m.group(), typed), title)


def _straight(word: str, typed: str) -> str:
    plain = word.translate(_CURLY)
    return plain if plain in typed else word


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
