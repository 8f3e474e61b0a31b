"""Page chrome outside the article, as blocks, so that nothing on an HTML page goes unrecorded.

The HTML front end reads the article region; the rest of the page (menus, headers, sidebars,
footers) is cut before the rules run. This module lists that rest: one linear walk over the
page's ``<body>`` in document order makes a block of each block-level element's own text
(scripts, styles, screen-reader text and other invisible elements skipped), and every block
whose text the article's blocks do not already hold is recorded in ``Article.removed`` as
``page.outside-region``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ._blocks import Block, Labelled, normalise
from ._region import screen_reader_only

__all__ = ["REASON", "with_outside"]

REASON = "page.outside-region"
_MIN_WORDS = 5

#: Elements whose text a reader never sees.
_INVISIBLE = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg",
        "math", "iframe", "object", "embed", "canvas", "video", "audio", "map", "select",
        "textarea",
    }
)  # fmt: skip
#: Elements that start a new block of text (the rest are inline).
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "button", "option",
    }
)  # fmt: skip


@dataclass(slots=True)
class _Texts:
    parts: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.blocks.append(text)
        self.parts.clear()


def with_outside(
    labelled: list[Labelled], tree: etree._Element, meta_texts: tuple[str | None, ...] = ()
) -> list[Labelled]:
    """``labelled`` with the page's other blocks added as removals, before or after it.

    A page block is accounted for when the labelled blocks hold its text: as one of their lines
    when it is short (so a menu's 'News' is not taken for a word of the story), anywhere in
    them, across their boundaries, when it has five words or more. The others that come before
    the first accounted block lead, the rest follow.
    """
    body = next(tree.iter("body"), tree)
    lines = [normalise(item.block.text) for item in labelled]
    lines += [normalise(text) for text in meta_texts if text]  # a headline taken from metadata
    held = "\n" + "\n".join(lines) + "\n"
    flat = " ".join(lines)  # a block that the article split in two (a caption and its credit)
    before: list[Labelled] = []
    after: list[Labelled] = []
    seen_article = False
    for n, text in enumerate(_page_texts(body)):
        key = normalise(text)
        if (key in flat) if len(key.split()) >= _MIN_WORDS else (f"\n{key}\n" in held):
            seen_article = True
            continue
        block = Block(text=text, source=f"page block {n}")
        (after if seen_article else before).append(Labelled(block, "boilerplate", REASON))
    return [*before, *labelled, *after]


def _page_texts(body: etree._Element) -> list[str]:
    texts = _Texts()
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if event == "end" and element.tail:
                texts.parts.append(element.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if (
                tag in _INVISIBLE
                or element.get("hidden") is not None
                or screen_reader_only(element)
            ):
                walk.skip_subtree()
                continue
            if tag in _BLOCK:
                texts.flush()
            if element.text:
                texts.parts.append(element.text)
        else:
            if tag in _BLOCK:
                texts.flush()
            if element.tail:
                texts.parts.append(element.tail)
    texts.flush()
    return texts.blocks
