"""Text front end: scraped text to blocks, one block per non-blank line.

A line is the unit because scrapers put one block per line: a newsletter box or a doubled
caption often sits on consecutive lines with no blank line between. One exception: text
hard-wrapped at a fixed width is one paragraph, and its lines are joined into one block. Two
signs tell a wrapped line: the text has a wrap width (most of its long lines end within a few
characters of one width, mostly mid-sentence, and none is longer) and the next line's first word
would not have fit on it; or, without a width, a long line that stops mid-sentence and a next
line that starts in lower case. The first line, the headline, is never joined.
"""

from __future__ import annotations

import re

from ._blocks import Block, collapse, ends_sentence

__all__ = ["text_blocks"]

#: A line that stops where a sentence cannot: after a word or a comma, not after . ! ? : ;
_OPEN_END = re.compile(r"[\w,]$")
#: A byline in lower case ('by Devin Marsh - 06/11/24', 'by: Jo Lee') after a blank line is no
#: continuation.
_BYLINE = re.compile(r"^by:? [A-Z]|^by:?$")
_WRAP_MIN_CHARS = 60
#: Widths that text is wrapped at (email, terminals, plain-text feeds): 60 to 132 characters.
_WRAP_WIDTHS = range(_WRAP_MIN_CHARS, 133)
#: A wrapped text's long lines end within this many characters of its width ...
_WRAP_SLACK = 15
#: ... at least this share of them (a ragged right margin still clusters near the width).
_WRAP_SHARE = 0.6
_WRAP_MIN_LINES = 4


def text_blocks(text: str) -> list[Block]:
    """Each non-blank line becomes a block, whitespace collapsed, in order; wrapped lines of
    one paragraph are joined."""
    blocks: list[Block] = []
    first = last = 0
    parts: list[str] = []  # the lines of the paragraph being read
    lines = text.splitlines()
    width = _wrap_width(lines)
    previous = ""  # the last line as written, blank or not
    listing = False  # the blocks read last are the items of a list under a lead-in
    wrapped = False
    for number, line in enumerate(lines, start=1):
        collapsed = collapse(line) if line else line  # (half the lines are blank)
        if width is not None:
            wrapped = _overflowed(previous, collapsed, width)
            previous = line
        if not collapsed:
            continue
        if (
            blocks
            and parts
            and (wrapped or (collapsed[0].islower() and _continues(parts[-1], collapsed)))
            and not (last < number - 1 and (listing or _BYLINE.match(collapsed)))
        ):
            parts.append(collapsed)
            last = number
            continue
        if parts:
            blocks.append(_block(parts, first, last))
            # Under a lead-in ('The changes will:'), the items of a list that open in lower
            # case and close without a full stop are paragraphs of their own, up to a sentence.
            text = blocks[-1].text
            listing = text.endswith(":") or (
                listing and text[:1].islower() and not ends_sentence(text)
            )
        parts = [collapsed]
        first = last = number
    if parts:
        blocks.append(_block(parts, first, last))
    return blocks


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was hard-wrapped at, or None when it was not."""
    if max(map(len, lines), default=0) not in _WRAP_WIDTHS:
        return None  # most texts, decided without copying their lines
    stripped = [line.rstrip() for line in lines]
    width = max(map(len, stripped))
    if width not in _WRAP_WIDTHS:
        return None
    long = [line for line in stripped if len(line) >= _WRAP_MIN_CHARS - _WRAP_SLACK]
    near = [line for line in long if len(line) >= width - _WRAP_SLACK]
    if len(long) < _WRAP_MIN_LINES or len(near) < _WRAP_SHARE * len(long):
        return None
    # A wrapper breaks lines mid-sentence; a scraper's long lines are paragraphs, and end one.
    open_ends = sum(1 for line in near if not ends_sentence(line))
    return width if open_ends * 2 > len(near) else None


def _overflowed(previous: str, line: str, width: int) -> bool:
    """Whether the line's first word would not have fit at the end of the line above it, as
    when a wrapper broke one paragraph there (a blank line above is a paragraph's end)."""
    above = previous.rstrip()
    if not above.strip() or not line:
        return False
    return len(above) + 1 + len(line.split(" ", 1)[0]) > width


def _continues(previous: str, line: str) -> bool:
    return (
        line[0].islower()
        and len(previous) >= _WRAP_MIN_CHARS
        and _OPEN_END.search(previous) is not None
    )


def _block(parts: list[str], first: int, last: int) -> Block:
    if first == last:
        return Block(parts[0], f"line {first}", collapsed=True, lines=(first, last))
    return Block(" ".join(parts), f"lines {first}-{last}", collapsed=True, lines=(first, last))
