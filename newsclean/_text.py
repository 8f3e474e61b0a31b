"""Text front end: scraped text to blocks, one block per non-blank line.

A line is the unit because scrapers put one block per line: a newsletter box or a doubled
caption often sits on consecutive lines with no blank line between. One exception: text
hard-wrapped at a fixed width (a long line that stops mid-sentence, and a next line that starts
in lower case) is one paragraph, and its lines are joined into one block. The first line, the
headline, is never joined.
"""

from __future__ import annotations

import re

from ._blocks import Block

__all__ = ["text_blocks"]

#: A line that stops where a sentence cannot: after a word or a comma, not after . ! ? : ;
_OPEN_END = re.compile(r"[\w,]$")
_WRAP_MIN_CHARS = 60


def text_blocks(text: str) -> list[Block]:
    """Each non-blank line becomes a block, whitespace collapsed, in order; wrapped lines of
    one paragraph are joined."""
    blocks: list[Block] = []
    first = last = 0
    parts: list[str] = []  # the lines of the paragraph being read
    for number, line in enumerate(text.splitlines(), start=1):
        collapsed = " ".join(line.split())
        if not collapsed:
            continue
        if blocks and parts and collapsed[0].islower() and _continues(parts[-1], collapsed):
            parts.append(collapsed)
            last = number
            continue
        if parts:
            blocks.append(_block(parts, first, last))
        parts = [collapsed]
        first = last = number
    if parts:
        blocks.append(_block(parts, first, last))
    return blocks


def _continues(previous: str, line: str) -> bool:
    return (
        line[0].islower()
        and len(previous) >= _WRAP_MIN_CHARS
        and _OPEN_END.search(previous) is not None
    )


def _block(parts: list[str], first: int, last: int) -> Block:
    if first == last:
        return Block(parts[0], f"line {first}", collapsed=True)
    return Block(" ".join(parts), f"lines {first}-{last}", collapsed=True)
