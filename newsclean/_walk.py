"""Blocks out of the article region: one walk over its elements, in document order.

Block-level elements (``p``, headings, list items, quotes, captions, ``div``s with text of their
own) become blocks with the evidence the classifier reads: the tag, words from the class names and
ids around the block (``hints``) and the share of the text inside links (``link_density``).
Subtrees that are page furniture by their markup (share bars, related lists, newsletter boxes,
ad slots, hidden elements) still become blocks, but come with the reason they are not article;
an accordion's collapsed panel is hidden until clicked, and is read like the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from lxml import etree

from ._blocks import Block
from ._images import CREDIT_CLASS
from ._region import is_hidden, is_screen_reader_text, skipped, words_of

__all__ = ["Walked", "walk_region"]

_BLOCK_TAGS = MappingProxyType({
    "p": "p", "div": "p", "section": "p", "article": "p", "main": "p", "header": "p",
    "footer": "p", "aside": "p", "figure": "p", "center": "p", "address": "p", "table": "p",
    "tr": "p", "tbody": "p", "thead": "p", "ul": "p", "ol": "p", "dl": "p", "details": "p",
    "summary": "p", "hgroup": "p", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h5",
    "h6": "h6", "li": "li", "dt": "dt", "dd": "dd", "blockquote": "blockquote", "pre": "pre",
    "figcaption": "figcaption", "td": "td", "th": "td", "caption": "figcaption", "hr": "p",
})  # fmt: skip
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
#: Class and id words that mark furniture inside an article body; the group names the reason.
_FURNITURE = re.compile(
    r"\b(?P<share>share|sharing|social|sharebar|share-bar|social-share)"
    r"|\b(?P<related>related|recirc|read-?more|more-stories|also-read|recommend|outbrain|taboola"
    r"|carousel|slider|swiper)"
    r"|\b(?P<newsletter>newsletter|subscribe|signup|sign-up|nl-)"
    r"|(?:^|[\s_-])(?P<ad>ad|ads|advert\w*|adslot|ad-slot|dfp|gpt|sponsor\w*)(?:$|[\s_-])"
    r"|\b(?P<comments>comment|comments|disqus)\b"
    r"|\b(?P<nav>breadcrumbs?|pagination|pager|toc|table-of-contents)\b"
    r"|\b(?P<bio>authors?|author-?bio|about-the-author|author-info|bio-box|bio|saboxplugin)\b"
    r"|\b(?P<tags>tags|tag-list|article-tags|topics)\b"
    r"|\b(?P<notes>footnotes|endnotes|disclaimers?|disclosures?)\b"
    r"|(?:^|[\s_-])(?P<promo>cta|ctas|call-to-action)(?:$|[\s_-])"
    r"|(?:^|[\s_-])(?P<button>button|buttons|btn|btns)(?:$|[\s_-])"
    r"|(?:^|[\s_-])(?P<footer>footer)(?:$|[\s_-])"
    r"|\b(?P<byline>bylines?)\b"
    r"|\b(?P<feedback>feedback|survey)\b"
    r"|\b(?P<popup>popup|modal|overlay|dropdown)\b"
)
#: Furniture words joined to another word in one class name ('articleAuthor', 'contributorByline',
#: 'advisorCta', 'bookingButton' lower-cased): split off, so that the pattern above reads them.
_JOINED_AFTER = re.compile(r"(?<=[a-z])(authors?|bylines?|ctas?|buttons?|btns?)(?![a-z])")
_JOINED_BEFORE = re.compile(r"(?<![a-z])(authors?|bylines?)(?=[a-z])(?!ity|iz|is|ing|ship|ed)")
_FURNITURE_SHARE = 0.5  # a box holding more than this share of the region's text is not a box
_NOT_FURNITURE = re.compile(r"article-body|content")
_BUTTON = "html.button"
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A hidden element with one of these roles, or these words in its attributes or its parent's
#: class, is a collapsed panel (an accordion's answer, a 'read more' section), not furniture.
_PANEL_ROLES = frozenset({"region", "tabpanel"})
_PANEL_WORDS = re.compile(r"collaps|accordion|expand")


@dataclass(slots=True)
class Walked:
    """The region's blocks, each with ``""`` or the reason its markup gives for dropping it."""

    blocks: list[Block] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Buffer:
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0


def walk_region(elements: tuple[etree._Element, ...]) -> Walked:
    out = Walked()
    for element in elements:
        buffer = _Buffer()
        limit = int(_FURNITURE_SHARE * len(element.text_content()))
        _walk(
            element,
            out,
            buffer,
            tag="p",
            hints=(),
            reason="",
            in_link=False,
            root=True,
            limit=limit,
        )
        _flush(out, buffer, "p", (), "")
    return out


def _collapsed_panel(element: etree._Element) -> bool:
    """A hidden element that a reader opens in place: an accordion's or a 'read more' section's
    collapsed panel (ARIA's region/tabpanel role, or collapse words in its or its parent's
    attributes). Its text is the article's, shut until clicked."""
    if element.get("role") in _PANEL_ROLES:
        return True
    parent = element.getparent()
    values = [*element.attrib.values(), (parent.get("class") or "") if parent is not None else ""]
    return any(_PANEL_WORDS.search(v.lower()) for v in values)


def furniture_reason(words: str) -> str:
    """The reason id that class/id words give for an element being page furniture, or ``""``."""
    words = words.replace("_", "-")  # BEM and Webflow names: 'about_author', 'post__share'
    words = _JOINED_BEFORE.sub(r"\1-", _JOINED_AFTER.sub(r"-\1", words))
    match = _FURNITURE.search(words)
    if match is None or _NOT_FURNITURE.search(words):
        return ""
    return f"html.{match.lastgroup}"


def _walk(
    element: etree._Element,
    out: Walked,
    buffer: _Buffer,
    *,
    tag: str,
    hints: tuple[str, ...],
    reason: str,
    in_link: bool,
    root: bool = False,
    limit: int,
) -> None:
    if skipped(element):  # also comments and processing instructions
        return
    name = element.tag
    outer_hints, outer_reason = hints, reason  # what the text before this element belongs to
    words = words_of(element) if element.attrib else ""
    if words and is_screen_reader_text(words):
        return  # like a control's label: not what the page shows
    if words and not reason and not root:
        hidden = is_hidden(element) and not _collapsed_panel(element)
        reason = "html.hidden" if hidden else furniture_reason(words)
        if reason and len(element.text_content()) > limit:
            reason = ""  # most of the article is in it: a class name, not a box
        if reason == _BUTTON and next(element.iter(*_HEADING_TAGS), None) is not None:
            reason = ""  # an accordion's toggle, styled as a button, holds the question heading
    block_tag = _BLOCK_TAGS.get(name)
    if (
        words
        and not reason
        and ("figure" in hints or "figcaption" in hints)
        and CREDIT_CLASS.search(words)
    ):
        block_tag, reason = "figcaption", "caption.credit"  # the credit apart from the caption
    if words.strip() and not root:  # the region's own classes describe the whole article
        hints = (*hints, *(w for w in _WORD_SPLIT.split(words) if w and w not in hints))
    if name == "br":
        buffer.parts.append(" ")
        return
    if block_tag is not None:
        _flush(out, buffer, tag, outer_hints, outer_reason)
        if name in {"figcaption", "caption", "figure"}:
            hints = (*hints, "figcaption" if name != "figure" else "figure")
        inner = _Buffer()
        _text_into(inner, element.text, in_link=in_link)
        for child in element:
            _walk(
                child,
                out,
                inner,
                tag=block_tag,
                hints=hints,
                reason=reason,
                in_link=in_link,
                limit=limit,
            )
            _text_into(inner, child.tail, in_link=in_link)
        _flush(out, inner, block_tag, hints, reason)
        return
    link = in_link or name == "a"
    _text_into(buffer, element.text, in_link=link)
    for child in element:
        _walk(child, out, buffer, tag=tag, hints=hints, reason=reason, in_link=link, limit=limit)
        _text_into(buffer, child.tail, in_link=link)


def _text_into(buffer: _Buffer, text: str | None, *, in_link: bool) -> None:
    if text:
        buffer.parts.append(text)
        if in_link:
            buffer.link_chars += len(text.strip())


def _flush(out: Walked, buffer: _Buffer, tag: str, hints: tuple[str, ...], reason: str) -> None:
    text = " ".join("".join(buffer.parts).split())
    if text:
        density = min(1.0, buffer.link_chars / max(1, len(text)))
        out.blocks.append(
            Block(
                text=text,
                source=f"block {len(out.blocks)}",
                tag=tag,
                hints=frozenset(hints),
                link_density=round(density, 3),
                collapsed=True,
            )
        )
        out.reasons.append(reason)
    buffer.parts.clear()
    buffer.link_chars = 0
