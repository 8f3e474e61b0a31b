"""The headline of scraped text: which of the first few blocks is the title.

Scrapes usually open with the headline, but a whole-page dump may open with the site's name,
its menu or a breadcrumb instead. ``headline_index`` weighs the few blocks above the first
prose on the evidence a reader uses: which comes first, which the page prints again, which has
a headline's length, which has the byline or the date just below it. The design and the
figures are in ``docs/text-path.md``.

A line that ends in a photo credit (``_credit``) is a caption, never a headline or a dek.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from ._authorbox import is_name
from ._blocks import Block, Label, ends_sentence
from ._credit import closes_with_credit
from ._dates import holds_date
from ._headline_form import (
    TITLED_MAX,
    TITLED_MIN,
    asks,
    glued,
    in_title_case,
    same_headline,
    sentence_case,
    two_sentences,
)
from ._liveblog import live_entry
from ._menu import opening_menu_end

__all__ = ["date_line", "headline_index", "marks_date"]

#: What joins the sections of a trail above a headline ('Finance & economics | Free exchange'):
#: such a line does not own the date below the headline under it.
_TRAIL = " | "
#: How many blocks at the top may hold the headline.
_HEADLINE_WINDOW = 5
_WEAK_HEADLINE_WORDS = 3
#: A site's name, printed above its headline, is at most this long.
_SITE_NAME_WORDS = 10
#: ... and is not printed again this far below (in any form) above the story's last prose.
_SITE_NAME_SCAN = 30
#: A line this short that holds a date is a dateline or byline, not a headline.
_DATE_LINE_WORDS = 8
#: Removals that date a headline, and how far below the last candidate to look for them.
_TIMESTAMP = "meta.timestamp"
_DATED = frozenset({"byline", _TIMESTAMP})
#: ... and the stamps a writer's name sits above in a byline stack ('Tess Morrow' / '2 min read').
_STAMPS = frozenset({_TIMESTAMP, "meta.reading-time"})
_DATE_SCAN = 10
#: A writer's name may sit this many lines above the timestamp, over lines this short.
_NAME_TO_DATE = 2
_PLACE_WORDS = 3
#: ... which, this long, outweighs the dek in sentence case right under it.
_TITLED_DEK_WORDS = 8
#: How many lines a byline stack under a headline may take ('By X' / date / place / station).
_STACK = 5
#: How far below a 'Topics' header its topics may run.
_TAGS_SCAN = 4
#: Headers of the lists a section's name is printed in again (a newsletter box names its
#: newsletters after the sections: 'Sifted Newsletters' / 'Fintech').
_LISTS = frozenset({"tags.list", "related.header", "newsletter.signup"})
#: Removed lines of a site's header: its menu, breadcrumb, 'Subscribe' and 'Log in' links. A
#: line above them (a tagline: 'Middle East news and analysis') does not own the date below
#: the headline under them.
_SITE_HEADER = ("nav.", "paywall.")
#: Removed blocks that sit beside a headline rather than in a site's header.
_NEAR_HEADLINE = frozenset({"", "byline", "meta.timestamp", "meta.reading-time"})
_KEY = attrgetter("key")


def headline_index(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> int | None:
    """The headline (``_top_headline``); on a live blog's page for one entry, the entry's."""
    start = _top_headline(blocks, labels, reasons)
    return None if start is None else live_entry(blocks, labels, reasons, start)


def _top_headline(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> int | None:
    """The headline, from the few blocks above the first prose: scrapes usually open with it,
    but a page dump may open with the site's name or menu instead. Evidence for a block: it
    comes first, the page prints it again further down, it has a headline's length, the byline,
    the date or the prose follows it. Against: links glued together, one or two words."""
    top: list[int] = []
    menu_end = opening_menu_end(
        blocks,
        labels,
        lambda j: marks_date(blocks, labels, reasons, j),
        lambda j: _site_name(blocks, labels, reasons, j),
    )
    for i, label in enumerate(labels):
        if i < menu_end:
            continue  # a menu of one-word sections opening the page holds no headline
        if len(top) == _HEADLINE_WINDOW or (label is None and top and blocks[i].prose):
            # A question headline (printed twice, or above a dek or byline) ends the window.
            again = i + 1 < len(blocks) and blocks[i + 1].key == blocks[i].key
            if (
                label is None
                and asks(blocks[i])
                and (again or not _prose_at(blocks, labels, i + 1))
            ):
                top.append(i)  # a question headline is the last candidate: prose follows
            elif (
                label is None
                and in_title_case(blocks[i])
                and i + 1 < len(blocks)
                and marks_date(blocks, labels, reasons, i + 1)
            ):
                top.append(i)  # 'Caterpillar Stock Hits a Record. Why the Rally Can Go On.'
            elif (
                label is None
                and blocks[i].words >= TITLED_MIN
                and all(blocks[j].words <= _WEAK_HEADLINE_WORDS for j in top)
                and any(
                    marks_date(blocks, labels, reasons, j)
                    for j in range(i + 1, min(i + 4, len(blocks)))
                )
            ):
                # A window of a site's header and section labels ('POLITICS' / 'SUPREME
                # COURT' / 'CONGRESS'): the dated headline right below it is a candidate.
                top.append(i)
            break
        if label is None:
            top.append(i)
    candidates = [i for i in top if _looks_like_headline(blocks[i])] or [
        i
        for i in top[:1]
        if two_sentences(blocks[i])
        and any(
            marks_date(blocks, labels, reasons, j) for j in range(i + 1, min(i + 4, len(blocks)))
        )
    ]
    if not candidates:
        return None
    # Bylines and date lines, from the top to a few lines below the last candidate.
    lines = {
        i: marks_date(blocks, labels, reasons, i)
        for i in range(min(len(blocks), top[-1] + _DATE_SCAN))
    }
    dates = {i: lines[i] for i in range(min(len(blocks), top[-1] + 4))}
    # A headline under a short label may have its byline below a standfirst and removed chrome.
    left = {i: date for i, date in lines.items() if labels[i] is None or date}
    # How often the page prints each of the top blocks again below the first of them.
    keys = list(map(_KEY, blocks[top[0] + 1 :]))  # (read in C)
    later = {key: keys.count(key) for key in {blocks[i].key for i in top}}
    # ... or names it in a removed line: 'This article originally appeared on X: <headline>'.
    removed = labels[top[0] + 1 :]
    quoting = [key for key, label in zip(keys, removed, strict=True) if label == "boilerplate"]
    titled = {blocks[i].key for i in top if blocks[i].words >= TITLED_MIN}
    closing = [other for other in quoting if other.endswith(tuple(titled))]  # (one pass)
    for key in titled:
        later[key] += sum(1 for other in closing if _names(other, key))
    first = blocks[top[0]]
    dated = [i for i in candidates[1:] if _dated(dates, i) and blocks[i].words >= 4]
    if dated:
        # A short line above a dated headline, printed again in the byline under it (the
        # outlet's name: 'Mark Davis' / 'The Daily Herald'), has no evidence from that copy
        # (a later line, from a copy under the copy of the line above it: 'Atlanta' / 'FOX 5
        # Atlanta' above the headline and below its byline); nor from a copy among the topics
        # under a 'Topics' header ('Startups'), among the section labels of a related box's
        # teasers ('Related Stories' / 'Movies' / ...) or a newsletter box's names, or among the
        # tags printed after the story's last paragraph.
        end = max(
            (j for j, b in enumerate(blocks) if b.prose and labels[j] is None), default=len(blocks)
        )
        stack = range(dated[0] + 1, min(dated[0] + _STACK, len(blocks)))
        for i in {i for i in top if i < dated[0] and blocks[i].words <= _WEAK_HEADLINE_WORDS}:
            key = blocks[i].key
            later[key] -= sum(
                1
                for j in stack
                if blocks[j].key == key
                and (i == top[0] or (j - 1 in stack and blocks[j - 1].key == blocks[i - 1].key))
            )
            later[key] -= sum(
                1
                for j in range(i + 1, len(blocks))
                if blocks[j].key == key
                and (j > end or not _LISTS.isdisjoint(reasons[max(j - _TAGS_SCAN, 0) : j]))
                and j not in stack
            )
    repeats = later[first.key]
    strong = first.words > _WEAK_HEADLINE_WORDS or repeats > 0
    if candidates[0] == top[0] and not glued(first) and strong:
        # Still, a site's name gives way to a headline with its date or byline just below;
        # a line as long as a headline is no site's name.
        if (
            not dated
            or repeats
            or (
                _owns_date(dates, candidates, top[0])
                if _TRAIL in first.text
                else _dated(dates, top[0])
            )
            or first.words > _SITE_NAME_WORDS
        ):
            return top[0]
        return top[0] if same_headline(first, blocks[dated[0]]) else dated[0]

    def evidence(i: int) -> float:
        block = blocks[i]
        score = 1.2 if i == top[0] else 0.0
        if glued(block):
            score -= 2.0  # and a menu printed again in the footer is no headline
        elif (repeats if i == top[0] else later[block.key]) > (i != top[0]):
            score += 2.0
        score += 1.0 if block.words >= 4 else -1.0 if block.words <= 2 else 0.0
        # Nor does a line above the site's header links (a tagline) own the date below the
        # headline under them.
        below = _next(candidates, i)
        nav = below is not None and any(
            reasons[j].startswith(_SITE_HEADER) for j in range(i + 1, below)
        )
        owned = _owns_date(left, candidates, i) if i == top[0] or nav else _dated(left, i)
        if owned and i == top[0] and block.words <= _WEAK_HEADLINE_WORDS and below is not None:
            # A short label over a date over a headline ('The Climate Brief' / 'March 12,
            # 2024' / the headline): a newsletter's or a section's name; the date is the
            # headline's.
            owned = not left.get(below - 1, False)
        if owned or _prose_at(blocks, labels, i + 1):
            score += 1.0
        if (
            below == i + 1
            and block.words >= _TITLED_DEK_WORDS
            and in_title_case(block)
            and sentence_case(blocks[below])
        ):
            score += 1.0  # a headline in title case above its dek in sentence case
        return score

    best = max(candidates, key=lambda i: (evidence(i), -i))
    if best != top[0] and candidates[0] == top[0] and not glued(first):
        if same_headline(first, blocks[best]):
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
            or (_dated(left, best) and evidence(best) >= 2)
        ):
            return best
        return top[0]
    return best


def _names(line: str, key: str) -> bool:
    """Whether a line closes by quoting ``key`` after a colon ('... appeared on X: <key>')."""
    return line.endswith(key) and line[: -len(key)].rstrip().endswith(":")


def _site_name(blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int) -> bool:
    """A line opening the page that may be the site's name or motto above its menu: short,
    not a sentence, with no byline or date in the few lines below it (a headline's), and not
    printed again, in any form, above the story's last prose (the page's title, then its
    headline; a site's name may come again in the footer, or under the writer's name in the
    byline: 'Noah Berg' / 'Des Moines Register')."""
    if blocks[i].words > _SITE_NAME_WORDS or ends_sentence(blocks[i].text):
        return False
    # The story's last prose, read from the end.
    ends = range(len(blocks) - 1, -1, -1)
    prose = next((j for j in ends if labels[j] is None and blocks[j].prose), 0)
    return not any(
        (
            blocks[j].key == blocks[i].key
            or (blocks[j].words <= TITLED_MAX and same_headline(blocks[i], blocks[j]))
        )
        and not is_name(blocks[j - 1].text)
        for j in range(i + 1, min(prose, i + _SITE_NAME_SCAN))
    ) and not any(
        marks_date(blocks, labels, reasons, j) for j in range(i + 1, min(i + 4, len(blocks)))
    )


def _looks_like_headline(block: Block) -> bool:
    """A line of 1 to 30 words that is not a long sentence, a lead-in ending in a colon, a
    date line nor a photo caption."""
    if not 1 <= block.words <= 30 or (
        block.words > 12 and block.text.endswith(".") and not in_title_case(block)
    ):
        return False
    if block.text.endswith(":") or date_line(block):
        return False
    return not closes_with_credit(block.text)


def marks_date(blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int) -> bool:
    """Block ``i`` is a byline or a timestamp the rules removed, or a short line with a date,
    or a name right above a removed timestamp (the writer's, in a byline stack)."""
    return reasons[i] in _DATED or (
        labels[i] is None
        and (
            date_line(blocks[i])
            or (_above_timestamp(blocks, labels, reasons, i) and is_name(blocks[i].text))
        )
    )


def _above_timestamp(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int
) -> bool:
    """A timestamp (removed, or a date line) or a reading time just below block ``i``, or below
    a short line under it (the place in a byline stack: 'Jane Doe' / 'Beirut, Lebanon' /
    'Published: 14 March')."""
    for j in range(i + 1, min(i + 1 + _NAME_TO_DATE, len(blocks))):
        if reasons[j] in _STAMPS or (labels[j] is None and date_line(blocks[j])):
            return True
        if blocks[j].words > _PLACE_WORDS:
            return False
    return False


def date_line(block: Block) -> bool:
    """A short line that holds a date: 'December 15, 2025 // 8 min read'."""
    return block.words <= _DATE_LINE_WORDS and holds_date(block.text)


def _dated(dates: dict[int, bool], i: int, until: int | None = None) -> bool:
    """A byline or a date within three blocks below block ``i`` (and above ``until``), or just
    above it, counting only the blocks in ``dates`` (those the rules left, and dates)."""
    order = list(dates)
    k = order.index(i) if i in dates else bisect_left(order, i)
    below = [j for j in order[k + 1 : k + 4] if until is None or j < until]
    return any(dates[j] for j in below) or any(dates[j] for j in order[max(k - 1, 0) : k])


def _owns_date(dates: dict[int, bool], candidates: list[int], i: int) -> bool:
    """``_dated``, but a date below the next candidate is that one's: a short label above a
    headline ('CBS Evening News') does not share the headline's byline."""
    return _dated(dates, i, until=_next(candidates, i))


def _next(candidates: list[int], i: int) -> int | None:
    """The candidate after ``i``, if any."""
    return next((j for j in candidates if j > i), None)


def _prose_at(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    return i < len(blocks) and labels[i] is None and blocks[i].prose
