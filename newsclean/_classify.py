"""The classifier: label every block as title, subtitle, caption, body or boilerplate.

It reads in one sitting, as a few passes over the blocks in order:

1. *rules*: the first rule of the table that matches a block removes it with the rule's id;
2. *headline*: the first headline-like block is the title, a short unpunctuated line after it the
   subtitle (on HTML the page metadata names the title, and the blocks that repeat it go);
3. *duplicates*: repeats of an earlier block go; a block printed twice in a row is a caption;
4. *captions*: a block beside a photo credit, or that ends with one, is a caption;
5. *body region* (text input only): the run of blocks with the most prose wins, found as a
   maximum-sum segment; the blocks outside it are page chrome (menus, footers, teasers);
6. *link runs*: inside the body, a run of short unpunctuated lines is a list of links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ._blocks import Block, Label, Labelled, normalise
from ._dedupe import find_duplicates
from ._options import Options

__all__ = ["classify"]

_Drop = Callable[[int, str], None]

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_INLINE_CREDIT = re.compile(
    r"(\((ap|afp|reuters|getty|epa|efe|ap photo|photo|image|credit)\b[^()]{0,80}\)"
    r"|\b(photo|photograph|image|credit|picture)s?\s?:\s?[^.]{2,60})$",
    re.IGNORECASE,
)
_CAPTION_HINTS = frozenset({"caption", "figcaption", "credit", "wp-caption-text"})

#: Passes that are not table rules still have ids, so users can switch them off by id.
PASS_IDS = (
    "duplicate.title",
    "duplicate.caption",
    "duplicate.block",
    "page.before-title",
    "page.outside-body",
    "related.link-run",
)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the classifier knows from outside the blocks."""

    title: str | None  # the headline named by page metadata, when there is one
    region_known: bool  # True when the front end already cut out the article region


def classify(
    blocks: list[Block], options: Options, *, title: str | None = None, region_known: bool = False
) -> list[Labelled]:
    facts = _Facts(title=title, region_known=region_known)
    labels: list[Label | None] = [None] * len(blocks)
    reasons = [""] * len(blocks)

    def drop(i: int, reason: str) -> None:
        labels[i], reasons[i] = "boilerplate", reason

    _apply_rules(blocks, options, drop)
    _find_headline(blocks, labels, facts, drop, options)
    _find_duplicates(blocks, labels, drop, options)
    _find_captions(blocks, labels)
    if not facts.region_known and options.enabled("page.outside-body"):
        _find_body_region(blocks, labels, drop)
    if options.enabled("related.link-run"):
        _drop_link_runs(blocks, labels, drop)
    return [
        Labelled(block=b, label=labels[i] or "body", reason=reasons[i])
        for i, b in enumerate(blocks)
    ]


def is_prose(block: Block) -> bool:
    """A sentence or more of running text, as opposed to a label, link or heading."""
    words = block.words
    if words >= 25:
        return True
    return words >= 5 and _SENTENCE_END.search(block.text) is not None


def _apply_rules(blocks: list[Block], options: Options, drop: _Drop) -> None:
    rules = options.active_rules()
    for i, block in enumerate(blocks):
        words = block.words
        for rule in rules:
            if rule.matches(block.text, words):
                drop(i, rule.id)
                break


def _looks_like_headline(block: Block) -> bool:
    return 1 <= block.words <= 30 and not (block.words > 12 and block.text.endswith("."))


def _find_headline(
    blocks: list[Block],
    labels: list[Label | None],
    facts: _Facts,
    drop: _Drop,
    options: Options,
) -> None:
    if facts.title is not None:
        # The page named its headline: blocks repeating it at the top are that headline.
        key = normalise(facts.title)
        for i, block in enumerate(blocks):
            if labels[i] is None and normalise(block.text) == key:
                drop(i, "duplicate.title")
        return
    start = next((i for i, lab in enumerate(labels) if lab is None), None)
    if start is None or not _looks_like_headline(blocks[start]):
        return
    labels[start] = "title"
    for i in range(start):
        if labels[i] is None and options.enabled("page.before-title"):
            drop(i, "page.before-title")
    following = next((i for i in range(start + 1, len(blocks)) if labels[i] is None), None)
    if following is not None and _looks_like_subtitle(blocks[following]):
        labels[following] = "subtitle"


def _looks_like_subtitle(block: Block) -> bool:
    return 3 <= block.words <= 40 and _SENTENCE_END.search(block.text) is None


def _find_duplicates(
    blocks: list[Block], labels: list[Label | None], drop: _Drop, options: Options
) -> None:
    repeats, pairs = find_duplicates(blocks)
    for i in sorted(pairs):
        if labels[i] is None:
            labels[i] = "caption"
    for i, first in sorted(repeats.items()):
        kind = labels[first]
        reason = {"title": "duplicate.title", "caption": "duplicate.caption"}.get(
            kind or "", "duplicate.block"
        )
        if options.enabled(reason) and labels[i] in (None, "caption", "subtitle", "title"):
            if labels[i] == "title":
                continue
            drop(i, reason)


def _find_captions(blocks: list[Block], labels: list[Label | None]) -> None:
    for i, block in enumerate(blocks):
        if labels[i] is not None:
            continue
        if (
            block.tag == "figcaption"
            or block.hints & _CAPTION_HINTS
            or (block.words <= 60 and _INLINE_CREDIT.search(block.text))
        ):
            labels[i] = "caption"


def _find_body_region(blocks: list[Block], labels: list[Label | None], drop: _Drop) -> None:
    """Keep the maximum-sum run of blocks, scoring prose up and short lines down."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, block in enumerate(blocks):
        score = 0.0
        if labels[i] is None:
            score = min(block.words, 80) if is_prose(block) else -3.0
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    lo, hi = best_span
    for i in range(len(blocks)):
        if labels[i] is None and not lo <= i <= hi:
            drop(i, "page.outside-body")


def _drop_link_runs(blocks: list[Block], labels: list[Label | None], drop: _Drop) -> None:
    """Inside the body, four or more short unpunctuated lines in a row are a list of links."""
    run: list[int] = []
    for i in [*range(len(blocks)), -1]:
        if i >= 0 and labels[i] is None and _is_link_like(blocks[i]):
            run.append(i)
            continue
        if i >= 0 and labels[i] is not None and labels[i] == "boilerplate":
            continue  # removed blocks do not break a run
        if len(run) >= 4:
            for j in run:
                drop(j, "related.link-run")
        run = []


def _is_link_like(block: Block) -> bool:
    if block.link_density >= 0.8:
        return True
    return block.words <= 14 and _SENTENCE_END.search(block.text) is None
