"""Tables of contents: a list of the article's own crossheads, printed above them.

Long guides open with a table of contents: a run of short lines, each of which comes back
further down as a crosshead (a short line followed by prose), in the same order, with prose
between one crosshead and the next. The run is navigation, not text: its lines go as
``page.contents``; the crossheads they repeat stay. A short line said twice is otherwise kept
(a list item, a table cell), so the evidence is the whole run: three entries or more, each
heading a section of prose further down.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from ._blocks import Block, Label

__all__ = ["REASON", "drop_contents"]

_Drop = Callable[[int, str], None]

REASON = "page.contents"
#: Fewest entries that make a table of contents; two repeated headings may be a coincidence.
_MIN_ENTRIES = 3
#: Longest entry, in words: a table of contents lists headings, not sentences.
_MAX_WORDS = 15


def drop_contents(blocks: list[Block], labels: list[Label | None], drop: _Drop) -> None:
    """Drop the runs of short lines that list, in order, crossheads that come later."""
    open_ = [i for i, label in enumerate(labels) if label is None]
    later = _copies(blocks, open_)
    if len(later) < _MIN_ENTRIES:
        return  # most pages: too few repeated lines to list anything
    heads = _crossheads(blocks, open_)
    run: list[tuple[int, int]] = []  # (entry, its later copy)
    for i in [*open_, -1]:
        copy = later.get(i) if i >= 0 else None
        if copy is not None and (not run or copy > run[-1][1]):
            run.append((i, copy))
            continue
        if _is_contents(run, heads, blocks, labels):
            for entry, _ in run:
                drop(entry, REASON)
        run = [] if copy is None else [(i, copy)]


def _copies(blocks: list[Block], open_: list[int]) -> dict[int, int]:
    """Each short line that is not prose -> the next open block with the same text."""
    nxt: dict[int, int] = {}
    seen: dict[str, int] = {}
    for i in reversed(open_):
        block = blocks[i]
        if block.words <= _MAX_WORDS and not block.prose:
            if block.key in seen:
                nxt[i] = seen[block.key]
            seen[block.key] = i
    return nxt


def _crossheads(blocks: list[Block], open_: list[int]) -> frozenset[int]:
    """Short lines followed by prose: the headings of the article's sections."""
    return frozenset(
        a
        for a, b in pairwise(open_)
        if blocks[a].words <= _MAX_WORDS and not blocks[a].prose and blocks[b].prose
    )


def _is_contents(
    run: list[tuple[int, int]],
    heads: frozenset[int],
    blocks: list[Block],
    labels: list[Label | None],
) -> bool:
    """Entries above all their copies, most copies heading prose, with prose between them."""
    if len(run) < _MIN_ENTRIES or run[-1][0] > run[0][1]:
        return False
    copies = [copy for _, copy in run]
    headed = sum(copy in heads for copy in copies)
    apart = sum(
        any(labels[k] is None and blocks[k].prose for k in range(a + 1, b))
        for a, b in pairwise(copies)
    )
    return headed >= _MIN_ENTRIES and 2 * headed >= len(run) and 2 * apart >= len(run) - 1
