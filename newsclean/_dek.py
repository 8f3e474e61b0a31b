"""The dek: whether the first block under the headline is its subtitle.

A dek is a phrase of 3 to 40 words without a sentence's end, or a full sentence with the byline
or the date below it, or with the byline or date above the headline and the lead photo's
credited caption below it (a standfirst); never a photo caption nor a date line. Nor is it the
header of a box printed right under the headline: a short label heading a run of adjacent lines
whose next line is a sentence ('At a glance' / 'The council voted 6-1 to buy the site.' / ...) is
the box's, and the box belongs to the story. Nor is a line of names beside the date ('Jane Doe and
Ann Lee' / 'March 5, 2024'): that is the byline, printed without 'By'.
"""

from __future__ import annotations

from ._authorbox import is_names
from ._blocks import Block, Label, ends_sentence
from ._credit import closes_with_credit
from ._headline import date_line, marks_date
from ._photo import adjacent

__all__ = [
    "MAX_DEK_WORDS",
    "byline_stack",
    "is_byline_without_by",
    "is_dek",
    "is_standfirst",
    "names_below",
]

MAX_DEK_WORDS = 40
_MIN_DEK_WORDS = 3
#: A box's header is a label of a few words ('At a glance', 'Key points', 'In brief').
_HEADER_WORDS = 4
#: A standfirst has the byline or the date below it, past removed chrome and this many other
#: blocks (a photo and its caption may sit between), within this many blocks.
_DEK_GAP = 2
_DEK_SCAN = 8
#: The short lines of a byline stack ('Name' / 'Outlet' / 'City') are not such blocks.
_STACK_WORDS = 3
#: ... or the byline or the date above the headline, within this many blocks.
_ABOVE_SCAN = 3


def is_dek(blocks: list[Block], labels: list[Label | None], i: int, standfirst: bool) -> bool:
    """Whether block ``i``, the first under the headline, is the dek; ``standfirst`` says a
    sentence there has the byline or the date below it."""
    block = blocks[i]
    if _heads_box(blocks, labels, i):
        return False
    if standfirst and not closes_with_credit(block.text):
        return True
    if not 3 <= block.words <= MAX_DEK_WORDS or ends_sentence(block.text):
        return False
    return not date_line(block) and not closes_with_credit(block.text)


def is_standfirst(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    i: int,
    *,
    names: bool,
) -> bool:
    """Block ``i``, the first under the headline, may be a sentence: it has 3 to 40 words and
    the byline below it (``names``: printed without 'By'), or the byline or a date below it
    (``_dated_below``), or the byline or date above the headline and the lead photo right
    below it: a caption that closes with its credit, then the story's prose ('By Leah Cantu' /
    'March 12, 2024' / headline / standfirst / '... Photograph by Jason Bell' / the lead)."""
    if not _MIN_DEK_WORDS <= blocks[i].words <= MAX_DEK_WORDS:
        return False
    return (
        names
        or _dated_below(blocks, labels, reasons, i)
        or _photo_below(blocks, labels, reasons, i)
    )


def _dated_below(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int
) -> bool:
    """The byline or a date below block ``i``: within two blocks, not counting removed chrome
    (share bars, sign-in prompts) nor the short lines of a byline stack between."""
    others = 0
    for j in range(i + 1, min(i + 1 + _DEK_SCAN, len(blocks))):
        if marks_date(blocks, labels, reasons, j):
            return True
        if labels[j] is None and (blocks[j].prose or blocks[j].words > _STACK_WORDS):
            others += 1
            if others == _DEK_GAP:
                return False
    return False


def _photo_below(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int
) -> bool:
    """The byline or a date just above the headline over block ``i``, and below block ``i`` a
    credited caption, then prose."""
    title = i - 1
    if title < 0 or labels[title] != "title":
        return False
    if not any(
        marks_date(blocks, labels, reasons, j) for j in range(max(title - _ABOVE_SCAN, 0), title)
    ):
        return False
    kept = [j for j in range(i + 1, len(blocks)) if labels[j] is None][:2]
    return (
        len(kept) == 2
        and closes_with_credit(blocks[kept[0]].text)
        and blocks[kept[1]].prose
        and not closes_with_credit(blocks[kept[1]].text)
    )


def _heads_box(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A short label on the first of two or more adjacent lines, the next a kept sentence."""
    if blocks[i].words > _HEADER_WORDS or ends_sentence(blocks[i].text):
        return False
    below = i + 1
    if below == len(blocks) or not adjacent(blocks[i], blocks[below]):
        return False
    if i and adjacent(blocks[i - 1], blocks[i]):
        return False  # not the first line of its run
    return labels[below] is None and ends_sentence(blocks[below].text) and blocks[below].prose


def is_byline_without_by(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int
) -> bool:
    """Block ``i``, under the headline, is nothing but names, with a date or timestamp just
    above or below it: the byline, when none was printed above it (names under a byline are a
    photo's: 'By Jane Doe' / 'May 5, 2024' / 'Maya Costa and Idris Lane' / 'Getty Images')."""
    if not is_names(blocks[i].text) or _byline_above(labels, reasons, i):
        return False
    return any(
        0 <= j < len(blocks) and marks_date(blocks, labels, reasons, j) for j in (i - 1, i + 1)
    )


def names_below(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int
) -> bool:
    """Block ``i``, the first under the headline, is a sentence and the line right under it
    nothing but names, with no prose right below them and no byline printed above: the byline
    without 'By' ('A vote to close the branch drew volunteers.' / 'Laura Mendes' / share links),
    and block ``i`` the standfirst above it. A crosshead in title case ('Understanding Query
    Execution') has the story's prose below it."""
    below = i + 1
    if below == len(blocks) or labels[below] is not None or not is_names(blocks[below].text):
        return False
    if not ends_sentence(blocks[i].text) or adjacent(blocks[i], blocks[below]):
        return False  # a byline stack's role ('Jane Doe • Outlet' / 'Analyst')
    after = below + 1
    if after < len(blocks) and labels[after] is None and blocks[after].prose:
        return False
    if _heads_box(blocks, labels, below):
        return False  # 'Key Points' / a sentence
    return not _byline_above(labels, reasons, i)


def _byline_above(labels: list[Label | None], reasons: list[str], i: int) -> bool:
    """A byline the rules removed between the headline and block ``i``."""
    title = labels.index("title") if "title" in labels else 0
    return "byline" in reasons[title:i]


def byline_stack(
    blocks: list[Block], labels: list[Label | None], i: int
) -> tuple[tuple[int, str], ...]:
    """The byline without 'By' at block ``i`` (reason ``byline``), and the outlet's name
    under it when the page printed that name above the headline too, removed (the site's
    name: 'Noah Berg' / 'Des Moines Register'): the stack's second line, no author
    (``byline.role``)."""
    below = i + 1
    if below == len(blocks) or labels[below] is not None or ends_sentence(blocks[below].text):
        return ((i, "byline"),)
    key = blocks[below].key
    if any(b.key == key and labels[k] == "boilerplate" for k, b in enumerate(blocks[:i])):
        return (i, "byline"), (below, "byline.role")
    return ((i, "byline"),)
