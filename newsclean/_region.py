"""The article region of an HTML page: the containers that hold the story, found by scoring.

A readability-style pass, read-only on the tree: every paragraph-like element (a ``p``, ``pre``,
``td``, or a ``div`` without block children) with at least 25 characters of text adds a score to
its parent and half of it to its grandparent (one point, one per comma, one per 100 characters up
to three). A container's score is weighted by its class/id words and by ``1 - link density``
(links to places on the same page, a table of contents, do not count).
The best container wins, and its siblings that score well too, or that share its class (a body
split into several ``div.article__body`` by full-width ad rows), join it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import MappingProxyType

from lxml import etree

__all__ = [
    "Region",
    "find_region",
    "is_hidden",
    "is_screen_reader_text",
    "screen_reader_only",
    "skipped",
    "words_of",
]

#: Elements whose text is never article text.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "option",
        "textarea", "input", "iframe", "object", "embed", "canvas", "video", "audio", "map",
        "head", "title", "meta", "link", "form", "nav", "label", "dialog",
    }
)  # fmt: skip
#: Containers that are page chrome when they are outside the article.
_CHROME_TAGS = frozenset({"header", "footer", "aside", "nav", "menu"})
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "li", "dd"})
_BLOCK_CHILD_TAGS = frozenset(
    {
        "p", "div", "section", "article", "table", "ul", "ol", "dl", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form", "header", "footer", "aside", "main",
        "button", "nav", "details", "li",
    }
)  # fmt: skip
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_UNLIKELY = re.compile(
    r"-ad-|banner|breadcrumbs|combx|comment|community|disqus|extra|footer|gdpr|header|menu|"
    r"related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
    r"ad-break|agegate|pagination|pager|popup|modal|cookie|consent|newsletter|outbrain|taboola"
)
_MAYBE = re.compile(r"and|article|body|column|main|shadow|story|content|entry|post")
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich"
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|"
    r"related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
    r"byline|author|dateline|writtenby|newsletter|recirc|teaser|card"
)
_TAG_WEIGHT = MappingProxyType({
    "div": 5, "article": 8, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
})  # fmt: skip
_RETRY_CHARS = 500
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "tbody"})
_SECTION_TAGS = frozenset({"section", "article", "p"})
_WRAPPER_TAGS = frozenset({"form", "button", "label"})
_WRAPPER_CHARS = 1000
_WIDEN_SHARE = 0.3
_WIDEN_LINKS = 0.15
_UTILITY = re.compile(r"[\[\]:&/]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_SCREEN_READER = re.compile(
    r"(?:^|\s)(?:sr-only|screen-reader-text|visually-hidden|visuallyhidden|show-for-sr)(?:\s|$)"
)


@dataclass(frozen=True, slots=True)
class Region:
    """The containers of the article, in document order (one, or several siblings).

    ``share`` is the part of the page's paragraph text that they hold: a region holding most of
    the page's prose is rarely the wrong one.
    """

    elements: tuple[etree._Element, ...]
    share: float = 1.0


def words_of(element: etree._Element) -> str:
    """The class and id of an element, lower-cased, as one string.

    Utility classes with variants or selectors (Tailwind's ``lg:mt-4``, ``[&_figcaption]:mt-2``)
    are left out: they name styles of other elements, not what this one is.
    """
    classes = " ".join(c for c in (element.get("class") or "").split() if not _UTILITY.search(c))
    return f"{classes} {element.get('id') or ''}".lower()


def skipped(element: etree._Element) -> bool:
    """Whether an element's text is never article text (scripts, controls, forms).

    A form or button holding a whole page is a parser's repair of broken markup, or an ASP.NET
    page wrapped in one ``<form>``: those are read like any container.
    """
    tag = element.tag
    if not isinstance(tag, str) or tag not in SKIP_TAGS:
        return not isinstance(tag, str)
    return tag not in _WRAPPER_TAGS or len(element.text_content()) < _WRAPPER_CHARS


def is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def is_screen_reader_text(words: str) -> bool:
    """Whether an element's class/id words (``words_of``) mark text that only a screen reader
    reads ('opens in a new tab', 'Post navigation', 'Skip to content'): the accessibility
    classes of WordPress, Bootstrap, Tailwind and Foundation."""
    return _may_hide(words) and _SCREEN_READER.search(words) is not None


def screen_reader_only(element: etree._Element) -> bool:
    """``is_screen_reader_text`` for an element; the page-wide walk of ``_outside`` asks it of
    every element, so the class is looked at before it is split into words."""
    classes = element.get("class")
    return bool(classes) and _may_hide(classes) and is_screen_reader_text(words_of(element))


def _may_hide(classes: str) -> bool:
    """A cheap first look (plain substring tests) for the classes of ``_SCREEN_READER``."""
    return (
        "sr-only" in classes
        or "screen-reader" in classes
        or "isually" in classes
        or "show-for-sr" in classes
    )


def _unlikely(element: etree._Element) -> bool:
    """Chrome by its tag or class, unless it wraps the page's ``<main>`` or ``<article>``."""
    words = words_of(element)
    if element.tag in _CHROME_TAGS:
        chrome = not _MAYBE.search(words)
    else:
        chrome = bool(_UNLIKELY.search(words)) and not _MAYBE.search(words)
    return chrome and next(element.iter("main", "article"), None) is None


def _class_weight(element: etree._Element) -> int:
    words = words_of(element)
    weight = 0
    if _NEGATIVE.search(words):
        weight -= 25
    if _POSITIVE.search(words):
        weight += 25
    return weight


def _paragraphs(root: etree._Element, *, ruthless: bool) -> Iterator[etree._Element]:
    """Paragraph-like elements outside skipped (and, if ruthless, unlikely) subtrees."""
    stack = [root]
    while stack:
        element = stack.pop()
        tag = element.tag
        if skipped(element) or is_hidden(element):
            continue
        if ruthless and element is not root and _unlikely(element):
            continue
        if tag in _PARAGRAPH_TAGS or (
            tag == "div" and not any(c.tag in _BLOCK_CHILD_TAGS for c in element)
        ):
            yield element
            if tag not in {"td", "li"}:
                continue
        stack.extend(reversed(element))


def _in_page(link: etree._Element) -> bool:
    """A link to a place on the same page ('#step-2'): the article's own table of contents,
    which leads into the story, not away from it as a menu or a teaser list does."""
    return (link.get("href") or "").startswith("#")


def _link_share(counts: list[int] | None) -> float:
    """The share of a container's paragraph text that is link text."""
    if not counts or counts[0] == 0:
        return 0.0
    return min(1.0, counts[1] / counts[0])


def find_region(root: etree._Element) -> Region | None:
    """The article's containers, or ``None`` when the page has no run of paragraphs.

    Like readability, a first pass skips containers whose class or id looks like chrome; when
    that leaves less than ``_RETRY_CHARS`` of text, a second pass scores the whole page.
    """
    region = _find(root, ruthless=True)
    if region is None or sum(len(e.text_content()) for e in region.elements) < _RETRY_CHARS:
        return _find(root, ruthless=False) or region
    return region


def _find(root: etree._Element, *, ruthless: bool) -> Region | None:
    scores: dict[etree._Element, float] = {}
    prose: dict[etree._Element, list[int]] = {}  # element -> [paragraph chars, link chars]
    for para in _paragraphs(root, ruthless=ruthless):
        text = para.text_content()
        length = len(text.strip())
        if length < 25:
            continue
        links = sum(len(a.text_content()) for a in para.iter("a") if not _in_page(a))
        for ancestor in para.iterancestors():
            counts = prose.setdefault(ancestor, [0, 0])
            counts[0] += length
            counts[1] += links
        points = 1 + text.count(",") + min(length // 100, 3)
        parent = para.getparent()
        for share, element in (
            (1.0, parent),
            (0.5, parent.getparent() if parent is not None else None),
        ):
            if element is None or not isinstance(element.tag, str):
                continue
            if element not in scores:
                scores[element] = _TAG_WEIGHT.get(element.tag, 0) + _class_weight(element)
            scores[element] += points * share
    if not scores:
        return None
    final = {e: s * (1 - _link_share(prose.get(e))) for e, s in scores.items() if s > 0}
    if not final:
        return None
    best = max(final, key=lambda e: final[e])
    elements = _with_siblings(_widen(best, prose), final)
    total = prose[root][0] if root in prose else 0
    held = sum(prose[e][0] if e in prose else 0 for e in elements)
    return Region(elements=elements, share=held / total if total else 0.0)


def _widen(best: etree._Element, prose: dict[etree._Element, list[int]]) -> etree._Element:
    """Climb to an ancestor that adds much prose that is not links (a body in sections).

    Levels that add little are climbed through; the climb stops below ``<body>`` or at the
    first ancestor whose added text is mostly links (a teaser list, a menu).
    """
    current = best
    for parent in best.iterancestors():
        if parent.tag in ("body", "html"):
            break
        chars, links = prose[current]
        more, more_links = prose[parent][0] - chars, prose[parent][1] - links
        if more > 0 and more_links > _WIDEN_LINKS * more:
            break
        if more >= _WIDEN_SHARE * chars or current.tag in _LIST_TAGS:
            current = parent  # a bare list is never the whole article: its intro is around it
    return current


def _with_siblings(
    best: etree._Element, final: dict[etree._Element, float]
) -> tuple[etree._Element, ...]:
    parent = best.getparent()
    if parent is None:
        return (best,)
    threshold = max(10.0, final.get(best, 0.0) * 0.2)
    best_class = best.get("class")
    chosen = []
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
        elif skipped(sibling):
            continue
        elif final.get(sibling, 0.0) >= threshold or (
            sibling.tag == best.tag
            and sibling.get("class") == best_class
            and (best_class or best.tag in _SECTION_TAGS or final.get(sibling, 0.0) > 0)
        ):
            chosen.append(sibling)
    return tuple(chosen)
