"""HTML front end: one parse of the page, the article region as blocks, and the page metadata.

The region comes from two readers of the same tree: our own container scoring (``_region``), which
keeps bodies that ad rows split into sibling containers, and trafilatura's extraction (fast mode),
whose cleaning knows many sites' furniture. See ``html_labelled`` for how they are combined.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

import lxml.html
from lxml import etree
from trafilatura import bare_extraction

from ._assemble import PageMeta
from ._blocks import Block, Labelled
from ._browser import show_streamed, without_end_tags
from ._classify import classify
from ._images import find_images
from ._marks import (
    END_MATTER,
    LINK_RUN,
    PITCH_BOX,
    end_matter,
    leading_headline,
    link_runs,
    pitch_boxes,
    subtitle,
)
from ._metadata import read_metadata
from ._options import Options
from ._region import Region, find_region
from ._walk import walk_region

__all__ = ["html_labelled", "parse_html"]

_PARSER = lxml.html.HTMLParser(
    remove_comments=True, no_network=True, recover=True, huge_tree=False, default_doctype=False
)
_WORD = re.compile(r"\w+")
_MIN_COVER = 0.5
_MIN_SIZE = 0.6  # their reading must be at least this share of ours to replace it
_INSIDE = 0.9  # of our reading found in theirs: theirs holds ours ...
_WIDER = 1.5  # ... and this much more: we took one part of the article
_TRUSTED_TAGS = frozenset({"div", "article", "section", "main"})
_TRUST_SHARE = 0.7  # of the page's paragraph text
_TRUST_DEPTH = 2  # ancestors: a region right under <body> is the whole page
_TRUST_LINKS = 0.25
_TRUST_CHARS = 1000  # a region with less text than this is often a box, not the article
_TRUST_PAGE = 0.95  # of the page's text: a region with nearly all of it has the chrome too
_REPEAT_WORDS = 8
_REPEATABLE_TAGS = frozenset({"p", "li", "td", "h2", "h3", "h4", "h5", "h6"})
#: Reasons the rules give a line by its shape alone (a bare date, a network's name, a follower
#: count, a menu word). In a table cell that shape is data: a column of dates, a list of networks.
_CELL_DATA = frozenset({"meta.timestamp", "share.prompt", "share.follow", "nav.chrome"})
#: Markup reasons whose blocks the classifier still reads: a line of a byline box that the rules
#: know as a byline keeps that reason (its names become authors); the rest go by the markup.
_CLASSIFIED = frozenset({"html.byline"})
_TRAFILATURA_TAGS = MappingProxyType(
    {"p": "p", "head": "h2", "quote": "blockquote", "item": "li", "cell": "td"}
)


def parse_html(html: str) -> lxml.html.HtmlElement:
    """The page's one tree, as a browser shows it (see ``_browser``)."""
    tree = lxml.html.document_fromstring(without_end_tags(html), parser=_PARSER)
    show_streamed(tree)
    return tree


def html_labelled(
    tree: lxml.html.HtmlElement, url: str | None, options: Options
) -> tuple[list[Labelled], PageMeta]:
    """Every block of the article region, labelled, and the page metadata."""
    meta = read_metadata(tree, url)
    region = find_region(tree)
    blocks: list[Block] = []
    reasons: list[str] = []
    if region is not None:
        walked = walk_region(region.elements)
        blocks, reasons = walked.blocks, walked.reasons
        meta = replace(meta, images=find_images(region.elements, meta.url))
    extracted = _trafilatura_blocks(tree, url) if _doubtful(tree, region, blocks, reasons) else []
    if not blocks:
        blocks = extracted
        reasons = [""] * len(blocks)
    elif extracted:
        blocks, reasons = _cross_check(blocks, reasons, extracted)
    if options.enabled(LINK_RUN):
        reasons = link_runs(blocks, reasons)
    if options.enabled(END_MATTER):
        reasons = end_matter(blocks, reasons)
    reasons = leading_headline(blocks, reasons, meta.title)
    meta, reasons = subtitle(blocks, reasons, meta)
    read = [not r or r in _CLASSIFIED or not options.enabled(r) for r in reasons]
    kept = [b for b, k in zip(blocks, read, strict=True) if k]
    # The text path's link-run pass guesses links from short lines; here the markup tells, so
    # its guesses are undone (it only labels blocks nothing else dropped). Undoing them is the
    # same as switching it off, without building new Options (and their rule set) per page.
    labelled = iter(
        Labelled(x.block, "body", "") if x.reason == LINK_RUN else x
        for x in classify(kept, options, title=meta.title, region_known=True)
    )
    merged = [
        _by_markup(next(labelled), r, options) if k else Labelled(b, "boilerplate", r)
        for b, r, k in zip(blocks, reasons, read, strict=True)
    ]
    merged = [_repeat_kept(_cell_kept(x)) for x in merged]
    return pitch_boxes(merged) if options.enabled(PITCH_BOX) else merged, meta


def _by_markup(labelled: Labelled, reason: str, options: Options) -> Labelled:
    """The classifier's label, unless it kept a block that the markup removes."""
    if reason and labelled.label == "body" and options.enabled(reason):
        return Labelled(labelled.block, "boilerplate", reason)
    return labelled


def _repeat_kept(labelled: Labelled) -> Labelled:
    """A short line or a list item that repeats an earlier one is the page's structure (a 'Rest'
    day in every week of a plan, the same spec in every product box), not a copied block: pages
    that copy their article print it twice whole, with long paragraphs."""
    block = labelled.block
    if labelled.reason != "duplicate.block" or block.tag not in _REPEATABLE_TAGS:
        return labelled
    if block.words < _REPEAT_WORDS or block.tag == "li":
        return Labelled(block, "body", "")
    return labelled


def _cell_kept(labelled: Labelled) -> Labelled:
    """A table cell that a rule dropped for its shape alone ('1/1/2013', 'LinkedIn') is data."""
    if labelled.block.tag == "td" and labelled.reason in _CELL_DATA:
        return Labelled(labelled.block, "body", "")
    return labelled


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.casefold())
    if len(tokens) < 4:
        return {tuple(tokens)} if tokens else set()
    return set(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def _doubtful(
    tree: lxml.html.HtmlElement, region: Region | None, blocks: list[Block], reasons: list[str]
) -> bool:
    """Whether our region may be the wrong one, so that trafilatura's reading is worth its time.

    A region is trusted when it is a plain container (a ``div``, ``article``, ``section`` or
    ``main``) well below ``<body>``, holds most of the page's paragraph text but not nearly all of
    the page's text, and its kept blocks are neither short nor mostly links. On the dev set,
    trafilatura then runs on about one page in five, with the scores of running it on every page.
    """
    if region is None or not blocks:
        return True
    first = region.elements[0]
    if first.tag not in _TRUSTED_TAGS or region.share < _TRUST_SHARE:
        return True
    if sum(1 for _ in first.iterancestors()) <= _TRUST_DEPTH:
        return True
    kept = [b for b, r in zip(blocks, reasons, strict=True) if not r]
    chars = sum(len(b.text) for b in kept)
    links = sum(b.link_density * len(b.text) for b in kept)
    if chars < _TRUST_CHARS or links >= _TRUST_LINKS * chars:
        return True
    body = tree.find("body")
    page = len(body.text_content()) if body is not None else 0
    held = sum(len(e.text_content()) for e in region.elements)
    return held >= _TRUST_PAGE * page


def _cross_check(
    blocks: list[Block], reasons: list[str], extracted: list[Block]
) -> tuple[list[Block], list[str]]:
    """Our region's blocks, unless they miss most of what trafilatura extracted: then theirs.

    The two readers fail differently: container scoring picks a wrong container now and then
    (a teaser grid, a comment thread), trafilatura keeps only the first of a split body. When our
    region covers at least half of trafilatura's text, ours is the more complete reading; when
    theirs is much smaller than ours, it is more likely a side box (an FAQ, a summary) than
    the article. But when theirs holds nearly all of ours and half as much again, we took one
    section of the article (a ``<section>`` per chapter) and theirs is the whole.
    """
    theirs: set[tuple[str, ...]] = set()
    for block in extracted:
        theirs |= _shingles(block.text)
    ours: set[tuple[str, ...]] = set()
    for block, reason in zip(blocks, reasons, strict=True):
        if not reason:
            ours |= _shingles(block.text)
    shared = len(theirs & ours)
    disjoint = shared < _MIN_COVER * len(theirs)
    wider = shared >= _INSIDE * len(ours) and len(theirs) >= _WIDER * len(ours)
    if theirs and (wider or (disjoint and len(theirs) >= _MIN_SIZE * len(ours))):
        return extracted, [""] * len(extracted)
    return blocks, reasons


def _trafilatura_blocks(tree: lxml.html.HtmlElement, url: str | None) -> list[Block]:
    doc = bare_extraction(
        tree, url=url, fast=True, include_comments=False, include_tables=True, with_metadata=False
    )
    blocks: list[Block] = []
    body = getattr(doc, "body", None)
    if body is None:
        return blocks
    for n, element in enumerate(body.iter(*_TRAFILATURA_TAGS)):
        parent = element.getparent()
        if element.tag == "p" and parent is not None and parent.tag in ("item", "cell", "quote"):
            continue
        text = " ".join(etree.tostring(element, method="text", encoding="unicode").split())
        if text:
            tag = _TRAFILATURA_TAGS[element.tag]
            blocks.append(Block(text, f"block {n}", tag, collapsed=True))
    return blocks
