"""Captions told by their layout: a caption and its credit printed as a group of their own.

A scrape that keeps the page's blank lines prints a photo's caption and its credit on two
adjacent lines, with blank lines around the pair (or around the pair printed twice):

    Tenants said they used space heaters for weeks.
    Gregory P. Mango

The credit may be a bare name ('Gregory P. Mango'), a company ('Sony') or a service ('Google
Maps') that no phrase names: the layout does. A credit is a short run of capitalised words that
is not a sentence and holds no figure; a caption is the line above it, at most a sentence or
two. A headline or a removed line is never a caption here; a name above a bare name is a byline
('Jane Doe' / 'BBC Scotland News'); a line taken for the dek is a caption when prose follows.
"""

from __future__ import annotations

from collections.abc import Callable

from ._authorbox import is_name
from ._blocks import Block, Label, ends_sentence
from ._credit import opening_credit

__all__ = [
    "adjacent",
    "caption_pairs",
    "label_caption_pairs",
    "line_group",
    "line_groups",
    "one_credit_twice",
]

_Drop = Callable[[int, str], None]

#: A credit is a name: a few capitalised words ('Courtesy of' lines are the rules').
_CREDIT_WORDS = 4
_PARTICLES = frozenset({"of", "the", "and", "for", "via", "&", "/", "|", "-", "de", "van", "von"})
#: A caption is a sentence or two.
_CAPTION_WORDS = 40


def adjacent(above: Block, below: Block) -> bool:
    """Whether ``below`` starts on the input line right after ``above`` ends (no blank line)."""
    first, second = above.lines, below.lines
    return first is not None and second is not None and second[0] == first[1] + 1


def blank_between(above: Block, below: Block) -> bool:
    """Whether a blank input line comes between two text blocks (False where lines are unknown)."""
    first, second = above.lines, below.lines
    return first is not None and second is not None and second[0] > first[1] + 1


def one_credit_twice(blocks: list[Block], i: int) -> bool:
    """The same line right above and right below block ``i``, on adjacent input lines: a
    photo's credit printed on its overlay and under its caption."""
    above, below = blocks[i - 1], blocks[i + 1]
    return above.key == below.key and adjacent(above, blocks[i]) and adjacent(blocks[i], below)


def line_group(blocks: list[Block], i: int) -> list[int]:
    """The run of adjacent input lines that block ``i`` is printed in: its group in
    ``line_groups``, read from ``i`` outwards."""
    lo = hi = i
    while lo > 0 and adjacent(blocks[lo - 1], blocks[lo]):
        lo -= 1
    while hi + 1 < len(blocks) and adjacent(blocks[hi], blocks[hi + 1]):
        hi += 1
    return list(range(lo, hi + 1))


def line_groups(blocks: list[Block]) -> list[list[int]]:
    """The blocks in runs of adjacent input lines (a blank line ends a run)."""
    groups: list[list[int]] = []
    end = -2
    for i, block in enumerate(blocks):
        span = block.lines
        if span is None:
            return []
        if span[0] == end + 1 and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
        end = span[1]
    return groups


def _bare_credit(block: Block) -> bool:
    """A name as a photo credit: 'Gregory P. Mango', 'Sony', 'Google Maps'."""
    text = block.text
    if not 1 <= block.words <= _CREDIT_WORDS or ends_sentence(text) or text.endswith(":"):
        return False
    if any(char.isdigit() for char in text):
        return False
    return all(word[0].isupper() or word in _PARTICLES for word in text.split())


def caption_pairs(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> list[tuple[int, int]]:
    """The (caption, credit) pairs printed as groups of their own: a group of two lines, or
    of two pairs (the caption printed twice), each a caption above its credit. The credit is
    one the rules removed or a bare name; the caption is not the title or a removed line,
    except a copy of the caption the duplicates pass removed. A line taken for the dek is a
    caption when the story's prose follows its credit."""
    found: list[tuple[int, int]] = []
    for group in line_groups(blocks):
        if len(group) not in (2, 4):
            continue
        pairs = [(group[k], group[k + 1]) for k in range(0, len(group), 2)]
        if all(_is_pair(blocks, labels, reasons, i, j) for i, j in pairs):
            found.extend(pairs)
    return found


def _is_pair(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], i: int, j: int
) -> bool:
    caption = labels[i] is None or reasons[i] == "duplicate.block"
    if labels[i] == "subtitle":
        # A dek has its byline or date below; a photo above the story has the story.
        after = j + 1
        caption = after < len(blocks) and labels[after] is None and blocks[after].prose
    credit = reasons[j] == "caption.credit"
    if not credit and labels[j] is None and _bare_credit(blocks[j]):
        # A name above a bare name is a byline ('Jane Doe' / 'BBC Scotland News'): a photo of
        # a person ('Jane Doe' / 'Courtesy of the artist') needs a credit the rules know. Two
        # bare names are tags ('Columbus' / 'Crime and Public Safety').
        credit = not is_name(blocks[i].text) and not _bare_credit(blocks[i])
    return caption and credit and 0 < blocks[i].words <= _CAPTION_WORDS


def label_caption_pairs(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    drop: _Drop,
) -> None:
    """Label the captions of caption pairs, and drop their credits; and a caption printed
    with its credit in front, right above its bare copy ('(Jane Doe | The Tribune) The lake on
    Monday.' / 'The lake on Monday.'): the copy is the caption, the credited line its copy."""
    for i, j in caption_pairs(blocks, labels, reasons):
        if labels[i] in (None, "subtitle"):
            labels[i] = "caption"
        if labels[j] is None:
            drop(j, "caption.credit")
    for i in range(len(blocks) - 1):
        if (
            labels[i] is None
            and labels[i + 1] is None
            and opening_credit(blocks[i].text) == blocks[i + 1].text
        ):
            labels[i + 1] = "caption"
            drop(i, "duplicate.caption")
