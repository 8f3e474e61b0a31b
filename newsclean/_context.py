"""Where the article is in a whole-page dump: the context passes of the text path.

The blocks a front end hands over may hold a whole page: menus, the article, a comments
section, teasers and a footer. These passes find the article by its prose:

- *body region*: the run of blocks with the most prose wins, found as a maximum-sum segment in
  which prose scores its length and every other line a small cost; the blocks outside it are
  page chrome. Lists, tables and crossheads between paragraphs cost little, so they stay.
- *closing sections*: after a comments or related-stories header that comes once the article's
  prose is behind, the rest is readers' comments or teasers.
- *link runs*: a run of short unpunctuated lines that follows a related-stories header, or that
  closes the body, is a list of links.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from ._blocks import Block, Label, ends_sentence, glued_joins, replace_quotes_and_dashes
from ._dates import holds_date
from ._photo import blank_between, line_group
from ._stopwords import ALL_STOPWORDS

__all__ = ["cut_closing_sections", "drop_link_runs", "find_body_region", "is_prose", "prose_score"]

_Drop = Callable[[int, str], None]

_WORD = re.compile(r"[\w'’]+")
#: ``_WORD`` on ASCII text, lower-cased: its characters to lower case, every other byte a space.
_ASCII_WORD = bytes(
    ord(chr(i).lower()) if chr(i).isalnum() or chr(i) in "_'" else 32 for i in range(128)
) + bytes([32] * 128)
#: ... and with NUL kept, for text whose '’' (part of a word of ``_WORD``) became NUL.
_APOSTROPHE_WORD = b"\0" + _ASCII_WORD[1:]
#: A word of two letters or more: lines without one are figures (table cells, scores, prices).
_LETTERS = re.compile(r"[^\W\d_]{2}")
#: Cost of a line that is not prose, inside or around the body.
_SHORT_COST = 2.0
_REGION_COST = 0.5
#: How much more a short line printed twice on a whole page costs.
_REPEAT_FACTOR = 2.0
_GLUED_COST = 6.0
#: Prose longer than this scores no more: one long blurb must not outweigh an article.
_MAX_SCORE = 80


@dataclass(frozen=True, slots=True)
class _Closer:
    """A section that ends the article: its pass id, and how much of the page's prose (share,
    or words) must come before its header for the header to close the body."""

    id: str
    share: float
    words: float = math.inf
    page_share: float = 1.0  # the share on a whole page, where teaser cards add prose below


#: Header rule id -> the section it opens. Long comment threads can outweigh the article, so
#: an article's worth of prose is enough there; related stories and the author's box need most
#: of the page behind.
_CLOSERS = MappingProxyType(
    {
        "comments.header": _Closer("comments.section", share=0.6, words=250, page_share=0.5),
        "related.header": _Closer("related.section", share=0.8, page_share=0.5),
        "bio.header": _Closer("bio.section", share=0.8, page_share=0.8),
        "section.end-matter": _Closer("section.closing", share=0.8, page_share=0.8),
    }
)
_MIN_LINK_RUN = 4
#: The header of the body's first section is a few words.
_HEAD_WORDS = 6
#: The links of a related box inside a story: a few.
_BOX_LINKS = 3
#: A box of one teaser link at most may be followed by the story and one stray line after it.
_ONE_LINK = 1
#: A teaser's blurb in a box is a sentence or two.
_BOX_LINE_WORDS = 40
#: A tag is a word or a few; so is the bare header of a list of them ('Related topics'), unless
#: it ends in a colon ('Click the alert icon to follow topics:').
_TAG_WORDS = 4
#: Removed blocks that head a list of links. Not an inline teaser ('Read more: ...'): the
#: crosshead that often follows one heads the next section of the article.
_RUN_HEADERS = frozenset(
    {"related.header", "related.inline", "related.section", "related.link-run"}
)
#: Removed controls that may sit between a related header and its links.
_CHROME = frozenset(
    {
        "nav.chrome",
        "widget.count",
        "gallery.chrome",
        "share.prompt",
        "paywall.pitch",
        "related.teaser",
    }
)
#: Removed lines that date a teaser card printed under a box's header.
_CARD_DATES = frozenset({"byline", "meta.timestamp"})
#: Mean words per line of a run of teaser links closing a page (table cells have fewer).
_TEASER_WORDS = 5
#: The stop-word share is read from the start of a block: a sample is as good as the whole.
_SAMPLE_CHARS = 300


def is_prose(block: Block) -> bool:
    """A sentence or more of running text, as opposed to a label, link or heading."""
    return block.prose


def prose_score(block: Block, cost: float = _SHORT_COST) -> float:
    """How much a block says the article is here: its length if it is prose, else a cost."""
    if block.prose:
        tokens = _tokens(block.text[:_SAMPLE_CHARS])
        stops = sum(map(ALL_STOPWORDS.__contains__, tokens))
        # Prose in any language the table lists has stop words; a run of names has few.
        weight = 1.0 if stops * 5 >= len(tokens) else 0.5
        return min(block.words, _MAX_SCORE) * weight
    # Links glued together by a scraper: 'Soil TestedHomemade Spoon Butter RecipeWhere to Buy'.
    if glued_joins(block.text) >= 2:
        return -_GLUED_COST
    if not _LETTERS.search(block.text):
        return 0.0  # a figure: table data costs nothing, and adds nothing either
    return -cost


def _tokens(text: str) -> list[str]:
    """The words of the text, case-folded (``_WORD``, by a byte table on ASCII text, and on
    text whose other characters are quotes and dashes)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD).decode("ascii").split()
    # '’' is part of a word: as NUL, kept in words by the table, then '’' again.
    ascii_ = replace_quotes_and_dashes(text.replace("’", "\0"), " ")
    if not ascii_.isascii() or "\0" in text:
        return _WORD.findall(text.casefold())
    words = ascii_.encode("ascii").translate(_APOSTROPHE_WORD).decode("ascii")
    return words.replace("\0", "’").split()


def find_body_region(
    blocks: list[Block], labels: list[Label | None], drop: _Drop, *, whole_page: bool
) -> None:
    """Keep the maximum-sum run of blocks; the unlabelled blocks outside it are page chrome.

    On a whole page (the site's header was found) short lines cost more than in a scrape of
    the article's own region, where lists and tables at the edges are usually the article's.
    """
    cost = _SHORT_COST if whole_page else _REGION_COST
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    scores = [prose_score(b, cost) if labels[i] is None else 0.0 for i, b in enumerate(blocks)]
    crossheads = [False] * len(blocks)
    for i in range(len(blocks) - 1):
        if -cost == scores[i] and scores[i + 1] > 0:
            scores[i] = 0.0  # a crosshead: a short line followed by prose
            crossheads[i] = True
    if whole_page:
        # A short line the page prints again is a menu link (header and footer, desktop and
        # mobile menus): it costs more.
        seen = Counter(b.key for b in blocks)
        for i, b in enumerate(blocks):
            if scores[i] == -cost and seen[b.key] > 1:
                scores[i] = -cost * _REPEAT_FACTOR
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    lo, hi = best_span
    # A header right above the first paragraph ('Key Takeaways'), not a date line, heads the
    # body, when removed chrome or the top of the text is above it (on a whole page, a short
    # line above the story is more often the page's; a longer one may be a caption, a list item
    # or a menu's line).
    head = lo - 1
    while head >= 0 and labels[head] is not None:
        head -= 1
    if (
        head >= 0
        and crossheads[head]
        and blocks[head].words <= _HEAD_WORDS
        and not holds_date(blocks[head].text)  # 'Stars and Stripes • March 5, 2024'
        and (head == 0 or labels[head - 1] is not None)
        and not whole_page
    ):
        lo = head
    for i in range(len(blocks)):
        if labels[i] is None and not lo <= i <= hi:
            drop(i, "page.outside-body")


def cut_closing_sections(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    drop: _Drop,
    enabled: Callable[[str], bool],
    *,
    whole_page: bool = False,
) -> None:
    """Drop what follows the header of a section that closes a page (comments, related
    stories) once the article's prose is behind it. Headers higher up are left to the rules.
    On a whole page less of it need be behind: the teaser cards below add prose of their own."""
    if _CLOSERS.keys().isdisjoint(reasons):
        return  # no header of a closing section
    prose = [b.words if labels[i] is None and b.prose else 0 for i, b in enumerate(blocks)]
    total = sum(prose)
    seen = 0
    for i, reason in enumerate(reasons):
        seen += prose[i]
        closer = _CLOSERS.get(reason)
        if closer is None or not total or not enabled(closer.id):
            continue
        share = min(closer.share, closer.page_share) if whole_page else closer.share
        if closer.id == "related.section" and _story_resumes(blocks, labels, reasons, i):
            for j in _box_lines(blocks, labels, i):
                drop(j, closer.id)
            continue
        if closer.id == "related.section" and _box_apart(blocks, labels, reasons, i):
            for j in line_group(blocks, i):
                if j > i and labels[j] is None and blocks[j].words <= _BOX_LINE_WORDS:
                    drop(j, closer.id)
            continue
        if seen >= share * total or seen >= closer.words:
            for j in range(i + 1, len(blocks)):
                if labels[j] is None:
                    drop(j, closer.id)
            return


def _story_resumes(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], header: int
) -> bool:
    """A related box inside the story: a few links under the header, then prose to the end,
    or, under a header with one link at most, set apart by blank lines, prose and one stray
    line closing the page (a box's own teasers are printed under its header without one).
    Not when all that follows is printed together with the header, with no other section's
    header among it ('More on this' / a teaser / 'Name · date'): a box closing the page."""
    rest = [j for j in range(header + 1, len(blocks)) if labels[j] is None]
    end = line_group(blocks, header)[-1]
    if rest and rest[-1] <= end and _CLOSERS.keys().isdisjoint(reasons[header + 1 : end + 1]):
        return False
    for k, j in enumerate(rest):
        if blocks[j].prose:
            stray = [m for m in rest[k:] if not blocks[m].prose]
            if not stray:
                return k <= _BOX_LINKS
            return k <= _ONE_LINK and stray == rest[-1:] and _set_apart(blocks, header, j)
    return False


def _box_apart(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], header: int
) -> bool:
    """A related box inside the story, printed as a group of its own lines (blank lines
    around it), the story's prose right after it: a teaser card with its date ('Read Next' /
    'BUSINESS' / a title / 'NOVEMBER 20, 2025 5:00 AM'), or teasers ('Explore' / a title /
    'Explore' / a title) with the story's prose going on to the header of a box that closes
    the page ('About the Author')."""
    group = line_group(blocks, header)
    after = group[-1] + 1
    if (
        len(group) < 2
        or after == len(blocks)
        or labels[after] is not None
        or not blocks[after].prose
        or (group[0] > 0 and not blank_between(blocks[group[0] - 1], blocks[group[0]]))
    ):
        return False
    if any(reasons[j] in _CARD_DATES for j in group if j > header):
        return True
    end = next((m for m in range(after, len(blocks)) if reasons[m] in _CLOSERS), len(blocks))
    return all(blocks[m].prose for m in range(after, end) if labels[m] is None)


def _set_apart(blocks: list[Block], header: int, prose: int) -> bool:
    """Whether a blank line comes before a box's header and before the prose below it."""
    return (header == 0 or blank_between(blocks[header - 1], blocks[header])) and blank_between(
        blocks[prose - 1], blocks[prose]
    )


def _box_lines(blocks: list[Block], labels: list[Label | None], header: int) -> list[int]:
    """The lines printed together with a box's header, with no blank line between (a teaser's
    title and its one-line blurb): the box's, not the story's, when the story's prose follows."""
    group = line_group(blocks, header)
    after = range(group[-1] + 1, len(blocks))
    if not any(labels[j] is None and blocks[j].prose for j in after):
        return []
    # The teasers' titles are left to the link runs; their blurbs read as prose.
    return [
        j
        for j in group
        if j > header
        and labels[j] is None
        and blocks[j].prose
        and blocks[j].words <= _BOX_LINE_WORDS
    ]


def drop_link_runs(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """Drop runs of short unpunctuated lines under a related header or at the end of the body."""
    ends = range(len(blocks) - 1, -1, -1)  # (the last prose, read from the end)
    last_prose = next((i for i in ends if labels[i] is None and blocks[i].prose), -1)
    run: list[int] = []
    header = False  # the run follows a related-stories header
    tags = False  # ... or a bare 'Topics' or 'Related topics' header
    for i in [*range(len(blocks)), len(blocks)]:
        if i < len(blocks) and labels[i] is None and _is_link_like(blocks[i], header):
            run.append(i)
            continue
        if i < len(blocks) and labels[i] == "boilerplate" and not run:
            # A header stays one across the removed chrome under it ('Previous', 'Next').
            # ... and across the section labels of its teaser cards ('News', 'Breaking News').
            header = reasons[i] in _RUN_HEADERS or (
                header and (reasons[i] in _CHROME or reasons[i].startswith("label."))
            )
            tags = reasons[i] == "tags.list" and (
                blocks[i].words <= _TAG_WORDS or blocks[i].text.endswith(":")
            )
            continue
        if i < len(blocks) and labels[i] == "boilerplate":
            continue  # removed blocks do not break a run
        closing = run and run[0] > last_prose and _headlines(run, blocks)
        boxed = header and run and _headlines(run, blocks)  # a short box of teaser headlines
        if tags and run and all(blocks[j].words <= _TAG_WORDS for j in run):
            for j in run:
                drop(j, "tags.list")  # the topics under their header, a tag a line
        elif boxed or (len(run) >= _MIN_LINK_RUN and (header or closing)):
            for j in run:
                drop(j, "related.link-run")
        run, header, tags = [], False, False


def _headlines(run: list[int], blocks: list[Block]) -> bool:
    """Teaser links are headlines of a few words each, not the cells of a table."""
    return sum(blocks[i].words for i in run) >= _TEASER_WORDS * len(run)


def _is_link_like(block: Block, after_header: bool = False) -> bool:
    """A short line that is not a sentence; under a related header, teasers put as questions
    or exclamations ('Mould in homes: what are your rights?', 'Transfer Centre LIVE!') too."""
    if block.link_density >= 0.8:
        return True
    if after_header and block.words <= 14 and block.text.endswith(("?", "!")):
        return True
    if block.words < 5:
        return not ends_sentence(block.text)
    # (from 5 words to 24, a block is prose when it ends as a sentence: ``is_prose``)
    return block.words <= 14 and not block.prose
