"""The menu that may open a whole-page dump above the headline: a run of one-word sections
('Sports', 'NFL', 'NBA'), the site's name and two- or three-word sections among them, and a few
longer items inside the run ('Steven Levy's Plaintext Column'). ``_headline`` looks for the
headline below it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from operator import attrgetter

from ._authorbox import is_name
from ._blocks import Block, Label, ends_sentence
from ._photo import adjacent

__all__ = ["opening_menu_end"]

#: One-word lines in a row that make a menu opening the page, looked for this far down.
_MENU_LABELS = 3
_MENU_SCAN = 30
#: ... among which the site's name and two-word sections ('Grist home', 'Real Estate') may sit.
_MENU_ITEM_WORDS = 3
#: ... and longer items ('WIRED Classics from the Archive'), when the menu goes on below them.
_MENU_LONG_ITEM = 6
#: The site's name may come under this many one-word links ('Account').
_MASTHEAD_BELOW = 2
#: A date this far above the line that ends a menu is its byline stack's ('Name' / date).
_MENU_DATE_ABOVE = 3
_KEY = attrgetter("key")


def opening_menu_end(
    blocks: list[Block],
    labels: list[Label | None],
    dated: Callable[[int], bool],
    site_name: Callable[[int], bool],
) -> int:
    """Where a run of three or more one-word lines opening the page ('Sports', 'NFL', 'NBA')
    ends, when a longer line follows it; 0 when the page opens otherwise. ``dated(j)``: block
    ``j`` is a byline or a date line (``_headline.marks_date``); ``site_name(j)``: block ``j``
    may be the site's name or motto (``_headline._site_name``)."""
    run = 0
    named = False  # the run holds a line of two or three words: the site's name, 'Real Estate'
    sections = 0  # ... how many ('Ethics & Trust', 'Reporting & Editing'): menu items too
    masthead = ""  # the page's first longer line: the site's name or its motto
    for i, label in enumerate(labels[:_MENU_SCAN]):
        block = blocks[i]
        if block.words == 1:
            run += 1  # a section the rules named ('News') is one of the menu's too
            continue
        if label is not None:
            continue
        if block.words <= _MENU_ITEM_WORDS and (
            not _printed_again(blocks, i)
            or _between_one_word_lines(blocks, i)
            or (_inside_run(blocks, i) and not _dated_below(blocks, dated, i))
            # in a run of three, an item the footer prints again ('NPR Shop'), with no date
            # in the two lines below it (a short headline's), unless a headline sits between
            # ('Freight News' / headline / 'By Name': the section's kicker)
            or (run + sections >= _MENU_LABELS and not _dated_below(blocks, dated, i))
        ):
            named = True
            sections += 1
            continue
        if not (sections or masthead) and run <= _MASTHEAD_BELOW and site_name(i):
            # 'The Wall Street Journal' / 'English Edition' / ..., 'Democracy Dies in
            # Darkness' / 'Sign in' / 'Politics' / ...: the menu runs on below it; it may
            # come under a link or two ('Account' / 'The Kansas City Star' / 'Sections').
            named = True
            masthead = block.key
            continue
        if run + sections < _MENU_LABELS or block.words < 4:
            return 0
        if masthead and masthead in block.key:
            return 0  # not the site's name: the headline, printed again in a longer form
        if _menu_item(blocks, labels, i):
            sections += 1  # a longer section's name, with the menu going on below it
            continue
        # A run with names in it is a menu only above a headline with its date or byline
        # just below (or just above: 'Name' / 'Security' / 'Mar 12, 2024' / the headline):
        # else its short first line is the page's own title ('Machine learning, explained'
        # above share links, 'updates at OSSO' above the site's sections).
        near = range(max(i - _MENU_DATE_ABOVE, 0), min(i + 4, len(blocks)))
        return (
            i
            if any(dated(j) for j in near if j != i) or not named or _signed(blocks, i, masthead)
            else 0
        )
    return 0


def _signed(blocks: list[Block], i: int, masthead: str) -> bool:
    """A byline stack within a few lines below block ``i``: the writer's name over the site's
    name that heads the menu ('Noah Berg' / 'Des Moines Register'), a byline without a date."""
    return bool(masthead) and any(
        blocks[j + 1].key == masthead and is_name(blocks[j].text)
        for j in range(i + 1, min(i + _MENU_DATE_ABOVE + 1, len(blocks) - 1))
    )


def _menu_item(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A longer item of a menu ('Steven Levy's Plaintext Column'): a few words, no sentence,
    printed in the menu's run of lines (no blank line above or below it), with a one-word
    section the rules left within two lines below it, the menu going on (or two short items
    in a row: 'Manufacturing, Packaging & Materials' / 'Test, Measurement & Analytics')."""
    return (
        blocks[i].words <= _MENU_LONG_ITEM
        and not ends_sentence(blocks[i].text)
        and 0 < i < len(blocks) - 1
        and adjacent(blocks[i - 1], blocks[i])
        and adjacent(blocks[i], blocks[i + 1])
        and any(
            labels[j] is None and (blocks[j].words == 1 or _short_pair(blocks, j))
            for j in range(i + 1, min(i + 3, len(blocks)))
        )
    )


def _short_pair(blocks: list[Block], j: int) -> bool:
    """Block ``j`` and the one under it are short items printed together, no sentence."""
    pair = blocks[j : j + 2]
    return (
        len(pair) == 2
        and adjacent(pair[0], pair[1])
        and all(b.words <= _MENU_ITEM_WORDS and not ends_sentence(b.text) for b in pair)
    )


def _dated_below(blocks: list[Block], dated: Callable[[int], bool], i: int) -> bool:
    """A date or byline right below block ``i``, or one line further down under a line that
    is no headline of its own (a short line, or a sentence: a dek)."""
    if i + 1 < len(blocks) and dated(i + 1):
        return True
    between = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        i + 2 < len(blocks)
        and dated(i + 2)
        and between is not None
        and (between.words <= _MENU_ITEM_WORDS or ends_sentence(between.text))
    )


def _between_one_word_lines(blocks: list[Block], i: int) -> bool:
    """Block ``i`` sits between two one-word lines: a menu entry ('Metro' / 'Greater
    Minnesota' / 'Politics'), though the page prints it again as the section's kicker over
    the headline."""
    return 0 < i < len(blocks) - 1 and blocks[i - 1].words == 1 and blocks[i + 1].words == 1


def _inside_run(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is printed in a run of short lines with no blank line between, below the
    line above it and above three more: a menu entry ('Ad Age' / 'Agency News' / 'Marketing
    News' / 'Digital' / ...), though the page prints it again as the section's kicker. The
    lines around it may be a longer menu's items ('Low Power - High Performance')."""
    run = blocks[max(i - 1, 0) : i + 1 + _MENU_LABELS]
    return (
        i > 0
        and len(run) == _MENU_LABELS + 2
        and all(b.words <= _MENU_LONG_ITEM and not ends_sentence(b.text) for b in run)
        and all(adjacent(a, b) for a, b in pairwise(run))
    )


def _printed_again(blocks: list[Block], i: int) -> bool:
    key = blocks[i].key
    return key in map(_KEY, blocks[i + 1 :])  # (read in C: no Python frame per block)
