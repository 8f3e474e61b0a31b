"""Deduplication: a block that repeats an earlier one is removed, once kept is enough.

Scrapers often take a photo caption twice (the image's overlay and the caption below it), a
headline twice (the page's ``<h1>`` and a share box), a pull quote twice. The first copy keeps
whatever label it earns; later copies are recorded in ``removed`` with a ``duplicate.*`` reason.
A copy that immediately follows its twin marks the pair as a caption: body paragraphs are not
printed twice in a row, captions are.
"""

from __future__ import annotations

from ._blocks import Block

__all__ = ["find_duplicates"]

#: Repeats shorter than this are left to the rules: 'Share', 'Reply' and the like.
_MIN_CHARS = 20


def find_duplicates(blocks: list[Block]) -> tuple[dict[int, int], set[int]]:
    """Map each repeated block's index to the index of its first copy, and the indexes of
    blocks whose copy follows them immediately (caption pairs)."""
    first: dict[str, int] = {}
    repeats: dict[int, int] = {}
    adjacent_pairs: set[int] = set()
    for i, block in enumerate(blocks):
        if len(block.text) < _MIN_CHARS:
            continue
        key = block.key
        if key in first:
            repeats[i] = first[key]
            if first[key] == i - 1:
                adjacent_pairs.add(i - 1)
        else:
            first[key] = i
    return repeats, adjacent_pairs
