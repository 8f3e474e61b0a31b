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
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ._blocks import Block, Label, Labelled, ends_sentence, normalise
from ._context import cut_closing_sections, drop_link_runs, find_body_region, is_prose
from ._dates import parse_date
from ._dedupe import find_duplicates
from ._options import Options
from ._stopwords import ALL_STOPWORDS

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
#: A line this short that holds a date is a dateline or byline, not a headline.
_DATE_LINE_WORDS = 8
#: A question or exclamation this short may be a headline.
_ASKING_WORDS = 20
#: The share of words two forms of one headline have in common.
_SAME_SHARE = 0.8
#: Longest line that a date below makes a headline (a longer one is a dek).
_OWNER_WORDS = 15
#: Removed blocks that sit beside a headline rather than in a site's header.
_NEAR_HEADLINE = frozenset({"", "byline", "meta.timestamp", "meta.reading-time"})
#: Links glued together by a scraper: 'LoginJoin Bold.org', 'Contact usHotlines'.
_WORDS = re.compile(r"\w+")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_GLUED_MAX_WORDS = 4
#: Most of the prose a site header may hold before the headline's second copy.
_HEADER_PROSE = 0.15
#: ... and no paragraph this long: a site's header has no paragraphs.
_HEADER_MAX_WORDS = 80
_CAPTION_HINTS = frozenset({"caption", "figcaption", "credit", "wp-caption-text"})

#: Passes that are not table rules still have ids, so users can switch them off by id.
PASS_IDS = (
    "duplicate.title",
    "duplicate.caption",
    "duplicate.block",
    "page.before-title",
    "page.header",
    "page.outside-body",
    "comments.section",
    "related.section",
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
    _find_headline(blocks, labels, reasons, facts, drop=drop, options=options)
    _find_duplicates(blocks, labels, drop, options)
    _find_captions(blocks, labels, drop, options)
    whole_page = "page.header" in reasons  # the site's header was found: a whole page
    if not facts.region_known:
        cut_closing_sections(blocks, labels, reasons, drop, options.enabled, whole_page=whole_page)
    if options.enabled("related.link-run"):
        drop_link_runs(blocks, labels, reasons, drop)
    if not facts.region_known and options.enabled("page.outside-body"):
        find_body_region(blocks, labels, drop, whole_page=whole_page)
    return [
        Labelled(block=b, label=labels[i] or "body", reason=reasons[i])
        for i, b in enumerate(blocks)
    ]


def _apply_rules(blocks: list[Block], options: Options, drop: _Drop) -> None:
    ruleset = options.ruleset
    decided: dict[str, str | None] = {}  # menus and bars repeat: decide each text once
    for i, block in enumerate(blocks):
        if block.text not in decided:
            rule = ruleset.first_match(block.text, block.words)
            decided[block.text] = None if rule is None else rule.id
        reason = decided[block.text]
        if reason is not None:
            drop(i, reason)


def _looks_like_headline(block: Block) -> bool:
    """A line of 1 to 30 words that is not a long sentence, a lead-in ending in a colon, a
    date line nor a photo caption."""
    if not 1 <= block.words <= 30 or (block.words > 12 and block.text.endswith(".")):
        return False
    if block.text.endswith(":") or _date_line(block):
        return False
    return not _is_credited_sentence(block.text)


def _date_line(block: Block) -> bool:
    """A short line that holds a date: 'December 15, 2025 // 8 min read'."""
    return block.words <= _DATE_LINE_WORDS and parse_date(block.text) is not None


def _asks(block: Block) -> bool:
    """A short question or exclamation: a headline, though it reads as a sentence."""
    return block.words <= _ASKING_WORDS and block.text.rstrip("\"'”’)").endswith(("?", "!"))


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
    standfirst = blocks[following].words <= _MAX_DEK_WORDS and any(
        reasons[j] in ("byline", "meta.timestamp") or (labels[j] is None and _date_line(b))
        for j, b in enumerate(blocks[following + 1 : following + 3], start=following + 1)
    )
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
    if ends_sentence(block.text):
        return False  # 'What is Mesh WiFi?': links do not end a sentence
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
    dates = [
        reasons[i] in ("byline", "meta.timestamp") or (labels[i] is None and _date_line(b))
        for i, b in enumerate(blocks[: _HEADLINE_WINDOW * 4])
    ]
    for i, label in enumerate(labels):
        if len(top) == _HEADLINE_WINDOW or (label is None and top and is_prose(blocks[i])):
            # A question headline (printed twice, or above a dek or byline) ends the window.
            again = i + 1 < len(blocks) and blocks[i + 1].key == blocks[i].key
            if (
                label is None
                and _asks(blocks[i])
                and (again or not _prose_at(blocks, labels, i + 1))
            ):
                top.append(i)  # a question headline is the last candidate: prose follows
            break
        if label is None:
            top.append(i)
    candidates = [i for i in top if _looks_like_headline(blocks[i])]
    if not candidates:
        return None
    later = Counter(b.key for b in blocks[top[0] + 1 :])
    first = blocks[top[0]]
    strong = first.words > _WEAK_HEADLINE_WORDS or later[first.key]
    if candidates[0] == top[0] and not _glued(first) and strong:
        # Still, a site's name gives way to a headline with its date or byline just below.
        dated = [i for i in candidates[1:] if _dated(dates, i) and blocks[i].words >= 4]
        if not dated or later[first.key] or _same(first, blocks[dated[0]]):
            return top[0]
        if not _dated(dates, top[0]):
            return dated[0]
        return top[0]

    def evidence(i: int) -> float:
        block = blocks[i]
        score = 1.2 if i == top[0] else 0.0
        if _glued(block):
            score -= 2.0  # and a menu printed again in the footer is no headline
        elif later[block.key] > (i != top[0]):
            score += 2.0
        score += 1.0 if block.words >= 4 else -1.0 if block.words <= 2 else 0.0
        if _dated(dates, i) or _prose_at(blocks, labels, i + 1):
            score += 1.0
        return score

    best = max(candidates, key=lambda i: (evidence(i), -i))
    if best != top[0] and candidates[0] == top[0] and not _glued(first):
        if _same(first, blocks[best]):
            return top[0]  # the page's headline, then a longer form of it
        # A short first line gives way only to a block the page prints again, or to a block
        # with the marks of a headline below page chrome the rules removed (a site's header).
        chrome = sum(
            1
            for j in range(top[0] + 1, best)
            if reasons[j] not in _NEAR_HEADLINE or (labels[j] is None and blocks[j].words <= 2)
        )
        needed = 1.0 if chrome >= 2 else 2.0  # the more chrome between, the less evidence
        if (
            (later[blocks[best].key] > 1 and blocks[best].words > 1)
            or (chrome and evidence(best) >= needed)
            or (_dated(dates, best) and evidence(best) >= 2)
        ):
            return best
        return top[0]
    return best


def _same(first: Block, other: Block) -> bool:
    """Two forms of one headline: most words of the shorter are in the longer."""
    a, b = (set(_WORDS.findall(x.key)) - ALL_STOPWORDS for x in (first, other))
    return bool(a and b) and len(a & b) >= _SAME_SHARE * min(len(a), len(b))


def _owns_date(dates: list[bool], labels: list[Label | None], i: int) -> bool:
    """A byline or date line comes after block ``i`` before the next kept block, or just
    above it."""
    for j in range(i + 1, min(len(dates), i + 4)):
        if dates[j]:
            return True
        if labels[j] is None:
            break
    return i > 0 and dates[i - 1]


def _dated(dates: list[bool], i: int) -> bool:
    """A byline or a date within three lines below block ``i``, or just above it."""
    return any(dates[i + 1 : i + 4]) or any(dates[max(i - 1, 0) : i])


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
    prose = [b.words if labels[i] is None and is_prose(b) else 0 for i, b in enumerate(blocks)]
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
