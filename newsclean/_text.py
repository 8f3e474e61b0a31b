"""Text front end: scraped text to blocks, one block per non-blank line."""

from __future__ import annotations

from ._blocks import Block

__all__ = ["text_blocks"]


def text_blocks(text: str) -> list[Block]:
    """Each non-blank line becomes a block, its outer whitespace stripped, in order.

    A line is the unit because scrapers put one block per line: a newsletter box or a doubled
    caption often sits on consecutive lines with no blank line between.
    """
    blocks = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped:
            blocks.append(Block(text=" ".join(stripped.split()), source=f"line {number}"))
    return blocks
