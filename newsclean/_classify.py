"""The classifier: label every block as title, subtitle, caption, body or boilerplate.

It reads in one sitting, as a few passes over the blocks in order:

1. *rules*: the first rule of the table that matches a block removes it with the rule's id;
2. *headline*: the first headline-like block is the title, a short unpunctuated line after it the
   subtitle (on HTML the page metadata names the title, and the blocks that repeat it go);
3. *duplicates*: repeats of an earlier block go; a block printed twice in a row is a caption;
4. *captions*: a block beside a photo credit, or that ends with one, is a caption;
5. *closing sections* (text input only): comments or related stories after the article go;
6. *link runs*: a run of short unpunctuated lines under a related header or after the last
   prose is a list of links;
7. *body region* (text input only): the run of blocks with the most prose is the body, the
   rest page chrome. Passes 5-7 live in ``_context``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ._authorbox import REASON as AUTHOR_BOX
from ._authorbox import drop_author_box
from ._blocks import Block, Label, Labelled, ends_sentence, normalise
from ._contents import REASON as CONTENTS
from ._contents import drop_contents
from ._context import cut_closing_sections, drop_link_runs, find_body_region, is_prose
from ._dedupe import find_duplicates
from ._options import Options

__all__ = ["classify"]

_Drop = Callable[[int, str], None]

_INLINE_CREDIT = re.compile(
    r"(\((ap|afp|reuters|getty|epa|efe|ap photo|photo|image|credit)\b[^()]{0,80}\)"
    r"|\b(photo|photograph|image|credit|picture)s?\s?:\s?[^.]{2,60})$",
    re.IGNORECASE,
)
_MIN_REPEAT_WORDS = 10
_MAX_DEK_WORDS = 40
#: How many blocks at the top may hold the headline.
_HEADLINE_WINDOW = 5
_WEAK_HEADLINE_WORDS = 3
#: A question this short at the top is a headline, not the body's first sentence.
_QUESTION_WORDS = 15
#: Removed blocks that sit beside a headline rather than in a site's header.
_NEAR_HEADLINE = frozenset({"", "byline", "meta.timestamp", "meta.reading-time"})
#: Links glued together by a scraper: 'LoginJoin Bold.org', 'Contact usHotlines'.
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_GLUED_MAX_WORDS = 4
#: Most of the prose a site header may hold before the headline's second copy.
_HEADER_PROSE = 0.15
#: ... and no paragraph this long: a site's header has no paragraphs.
_HEADER_MAX_WORDS = 80
_CAPTION_HINTS = frozenset({"caption", "figcaption", "credit", "wp-caption-text"})
#: A caption is a sentence or two: a longer block above a photo credit is the story's.
_MAX_CAPTION_WORDS = 35

#: Passes that are not table rules still have ids, so users can switch them off by id.
PASS_IDS = (
    "duplicate.title",
    "duplicate.caption",
    "duplicate.block",
    "page.before-title",
    "page.header",
    "page.contents",
    "bio.box",
    "page.outside-body",
    "comments.section",
    "related.section",
    "bio.section",
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
    _find_author_cards(blocks, labels, reasons, drop)
    _find_headline(blocks, labels, reasons, facts, drop=drop, options=options)
    _find_duplicates(blocks, labels, drop, options)
    _find_captions(blocks, labels, drop, options)
    if not facts.region_known and options.enabled(CONTENTS):
        drop_contents(blocks, labels, drop)
    if not facts.region_known:
        _find_credited_captions(blocks, labels, reasons)
    if not facts.region_known:
        cut_closing_sections(blocks, labels, reasons, drop, options.enabled)
    if options.enabled("related.link-run"):
        drop_link_runs(blocks, labels, reasons, drop)
    if not facts.region_known and options.enabled("page.outside-body"):
        find_body_region(blocks, labels, drop, whole_page="page.header" in reasons)
    if not facts.region_known and options.enabled(AUTHOR_BOX):
        drop_author_box(blocks, labels, drop)
    return [Labelled(b, labels[i] or "body", reasons[i]) for i, b in enumerate(blocks)]


def _apply_rules(blocks: list[Block], options: Options, drop: _Drop) -> None:
    first_match = options.ruleset.first_match
    decided: dict[str, str] = {}  # menus and bars repeat: decide each text once ('': no rule)
    for i, block in enumerate(blocks):
        text = block.text
        reason = decided.get(text)
        if reason is None:
            rule = first_match(text, block.words)
            reason = decided[text] = "" if rule is None else rule.id
        if reason:
            drop(i, reason)


def _find_author_cards(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """A name on its own line right above a writer's job title ('Sarah Jones' then 'Housing
    correspondent') is a byline."""
    for i in range(len(blocks) - 1):
        if labels[i] is None and reasons[i + 1] == "byline.role" and _is_name(blocks[i].text):
            drop(i, "byline")


def _is_name(text: str) -> bool:
    """Two to four capitalised words, as a person's name is written."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].isalpha() for w in words)


def _looks_like_headline(block: Block) -> bool:
    """A line of 1 to 30 words that is not a long sentence nor a photo caption."""
    if not 1 <= block.words <= 30 or (block.words > 12 and block.text.endswith(".")):
        return False
    return not _is_credited_sentence(block.text)


def _find_headline(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    facts: _Facts,
    *,
    drop: _Drop,
    options: Options,
) -> None:
    if facts.title is not None:
        # The page named its headline: blocks repeating it at the top are that headline.
        key = normalise(facts.title)
        for i, block in enumerate(blocks):
            if labels[i] is None and block.key == key:
                drop(i, "duplicate.title")
        return
    start = _headline_index(blocks, labels, reasons)
    if start is None:
        return
    labels[start] = "title"
    for i in range(start):
        if labels[i] is None and options.enabled("page.before-title"):
            drop(i, "page.before-title")
    after = _skip_page_header(blocks, labels, start, drop, options)
    following = next((i for i in range(after + 1, len(blocks)) if labels[i] is None), None)
    if following is None:
        return
    # A standfirst may be a full sentence when the byline or the date follows it.
    standfirst = 3 <= blocks[following].words <= _MAX_DEK_WORDS and following + 1 < len(blocks)
    standfirst = standfirst and reasons[following + 1] in ("byline", "meta.timestamp")
    if _looks_like_subtitle(blocks[following]) or (
        standfirst and not _is_credited_sentence(blocks[following].text)
    ):
        labels[following] = "subtitle"


def _is_credited_sentence(text: str) -> bool:
    """A sentence followed by a photo credit: 'Crowds gather on Friday. (Image: GETTY)'."""
    credit = _credit(text)
    return credit is not None and ends_sentence(text[: credit.start()].rstrip())


def _credit(text: str) -> re.Match[str] | None:
    """A photo credit closing the text; it ends in ')' or follows a colon."""
    if not text.endswith((")", ")\n")) and ":" not in text:
        return None
    return _INLINE_CREDIT.search(text)


def _glued(block: Block) -> bool:
    """Menu links glued together ('LoginJoin Bold.org'), told from names like 'LeCun' or
    'eCommerce' in a headline by how often it happens in how few words."""
    joins = len(_GLUED.findall(block.text))
    return joins >= 2 or (joins == 1 and block.words <= _GLUED_MAX_WORDS)


def _headline_index(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> int | None:
    """The headline, from the few blocks above the first prose: scrapes usually open with it,
    but a page dump may open with the site's name or menu instead. Evidence for a block: it
    comes first, the page prints it again further down, it has a headline's length, the byline,
    the date or the prose follows it. Against: links glued together, one or two words."""
    top: list[int] = []
    for i, label in enumerate(labels):
        if len(top) == _HEADLINE_WINDOW or (label is None and top and _opens_body(blocks[i])):
            break
        if label is None:
            top.append(i)
    candidates = [i for i in top if _looks_like_headline(blocks[i])]
    if not candidates:
        return None
    # How often the page prints each of the top blocks again below the first of them.
    keys = [b.key for b in blocks[top[0] + 1 :]]
    later = {key: keys.count(key) for key in {blocks[i].key for i in top}}
    first = blocks[top[0]]
    strong = first.words > _WEAK_HEADLINE_WORDS or later[first.key]
    if candidates[0] == top[0] and not _glued(first) and strong:
        # Still, a site's name gives way to a headline with its date or byline just below.
        dated = [i for i in candidates[1:] if _dated(reasons, i) and blocks[i].words >= 4]
        if not dated or _dated(reasons, top[0]) or later[first.key]:
            return top[0]
        return dated[0]

    def evidence(i: int) -> float:
        block = blocks[i]
        score = 1.2 if i == top[0] else 0.0
        score += 2.0 if later[block.key] > (i != top[0]) else 0.0
        score += 1.0 if block.words >= 4 else -1.0 if block.words <= 2 else 0.0
        score -= 2.0 if _glued(block) else 0.0
        if _dated(reasons, i) or _prose_at(blocks, labels, i + 1):
            score += 1.0
        return score

    best = max(candidates, key=lambda i: (evidence(i), -i))
    if best != top[0] and candidates[0] == top[0] and not _glued(first):
        # A short first line gives way only to a block the page prints again, or to a block
        # with the marks of a headline below page chrome the rules removed (a site's header).
        chrome = sum(
            1
            for j in range(top[0] + 1, best)
            if reasons[j] not in _NEAR_HEADLINE or (labels[j] is None and blocks[j].words <= 2)
        )
        needed = 1.0 if chrome >= 2 else 2.0  # the more chrome between, the less evidence
        if (
            later[blocks[best].key] > 1
            or (chrome and evidence(best) >= needed)
            or (_dated(reasons, best) and evidence(best) >= 2)
        ):
            return best
        return top[0]
    return best


def _opens_body(block: Block) -> bool:
    """Prose, but not a headline put as a question ('Is the world ready for a shorter week?')."""
    return block.prose and not (block.words <= _QUESTION_WORDS and block.text.endswith("?"))


def _dated(reasons: list[str], i: int) -> bool:
    """A byline or a date within three lines below block ``i``, or just above it."""
    near = reasons[i + 1 : i + 4] + reasons[max(i - 1, 0) : i]
    return "byline" in near or "meta.timestamp" in near


def _prose_at(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    return i < len(blocks) and labels[i] is None and is_prose(blocks[i])


def _skip_page_header(
    blocks: list[Block], labels: list[Label | None], start: int, drop: _Drop, options: Options
) -> int:
    """A page dump prints the headline, then the site's header, then the headline again above
    the article: what lies between the two copies goes, when it holds little of the prose.
    Returns the index of the second copy, or of the headline when there is none."""
    key = blocks[start].key
    repeat = next((i for i in range(start + 1, len(blocks)) if blocks[i].key == key), None)
    if repeat is None or not options.enabled("page.header"):
        return start
    prose = [b.words if labels[i] is None and b.prose else 0 for i, b in enumerate(blocks)]
    longest = max((b.words for b in blocks[start + 1 : repeat]), default=0)
    if sum(prose[start:repeat]) > _HEADER_PROSE * sum(prose) or longest >= _HEADER_MAX_WORDS:
        return start
    for i in range(start + 1, repeat):
        if labels[i] is None:
            drop(i, "page.header")
    return repeat


def _looks_like_subtitle(block: Block) -> bool:
    """A dek: 3 to 40 words without a sentence's end, and not a photo caption."""
    if not 3 <= block.words <= _MAX_DEK_WORDS or ends_sentence(block.text):
        return False
    return not _is_credited_sentence(block.text)


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
        if reason == "duplicate.block" and blocks[i].words < _MIN_REPEAT_WORDS:
            continue  # a short line said twice is a list item or a heading and its contents entry
        if options.enabled(reason) and labels[i] in (None, "caption", "subtitle", "title"):
            if labels[i] == "title":
                continue
            drop(i, reason)


def _find_captions(
    blocks: list[Block], labels: list[Label | None], drop: _Drop, options: Options
) -> None:
    for i, block in enumerate(blocks):
        if labels[i] is not None:
            continue
        if (
            block.tag == "figcaption"
            or not block.hints.isdisjoint(_CAPTION_HINTS)
            or (block.words <= 60 and _credit(block.text))
        ):
            labels[i] = "caption"
            # The same caption just above without its credit is its other copy.
            above = i - 1
            if (
                above >= 0
                and labels[above] is None
                and block.text.startswith(blocks[above].text)
                and _credit(block.text[len(blocks[above].text) :])
                and options.enabled("duplicate.caption")
            ):
                drop(above, "duplicate.caption")


def _find_credited_captions(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> None:
    """On text, a short sentence right above a photo credit line is that photo's caption
    ('Crowds gather on Friday.' then 'Photo: Jane Smith / AP'). Headings and product names
    above a credit are not sentences, so they stay; nor does a paragraph with a credit on both
    sides, where each credit belongs to the picture below it."""
    for i in range(len(blocks) - 1):
        block = blocks[i]
        if (
            labels[i] is None
            and reasons[i + 1] == "caption.credit"
            and (i == 0 or reasons[i - 1] != "caption.credit")
            and block.words <= _MAX_CAPTION_WORDS
            and block.prose
            and ends_sentence(block.text)
        ):
            labels[i] = "caption"
