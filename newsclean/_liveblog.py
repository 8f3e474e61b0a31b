"""A live blog's page for one entry: the entry's headline is the page's title.

A page that a live blog prints for one of its entries opens with the blog's own title ('Live
Updates: Storms batter the Southeast'), its byline and time, then the entry: a headline with
its own byline right below ('From CNN's Nadia Perez') and the entry's prose. The story a reader
came for is the entry, so its headline is the title and the blog's title goes with the chrome
above it.
"""

from __future__ import annotations

import re

from ._blocks import Block, Label

__all__ = ["live_entry"]

#: A live blog's title: 'Live updates: ...', 'LIVE | ...', '... – live', '... as it happened'.
_LIVE_TITLE = re.compile(
    r"^live( updates| coverage| blog| news)?\s?[:|–—-]\s|[:|–—-] live( updates| blog)?\W*$"
    r"|\bas it happened\W*$|^(latest|live) updates?:",
    re.IGNORECASE,
)
#: Labels above a headline that say the page is a live blog.
_LIVE_LABELS = frozenset({"live", "live updates", "live blog", "live coverage"})
#: How far below the blog's title the entry's headline may sit, and how far below that the
#: entry's byline.
_ENTRY_SCAN = 8
_BYLINE_SCAN = 2
_ENTRY_MIN_WORDS = 4
#: The blog's own byline or time sits between its title and the entry (else the line under
#: the title is its dek).
_DATED = frozenset({"byline", "meta.timestamp"})
_ENTRY_MAX_WORDS = 30


def live_entry(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], start: int
) -> int:
    """The entry's headline when block ``start`` is a live blog's title and an entry follows
    the blog's byline or time above any prose: a headline-like line with a byline of its own
    right below and prose after that. Otherwise ``start``."""
    if not _live(blocks, reasons, start):
        return start
    for j in range(start + 1, min(start + _ENTRY_SCAN, len(blocks))):
        if labels[j] is not None:
            continue
        block = blocks[j]
        if block.prose or not _ENTRY_MIN_WORDS <= block.words <= _ENTRY_MAX_WORDS:
            return start  # the blog's summary, or no headline: no entry
        bylined = next(
            (
                k
                for k in range(j + 1, min(j + 1 + _BYLINE_SCAN, len(blocks)))
                if reasons[k] == "byline"
            ),
            None,
        )
        if (
            bylined is not None
            and any(reasons[k] in _DATED for k in range(start + 1, j))
            and _prose_after(blocks, labels, bylined)
        ):
            return j  # the blog's byline or time, then the entry with a byline of its own
    return start


def _live(blocks: list[Block], reasons: list[str], start: int) -> bool:
    if _LIVE_TITLE.search(blocks[start].text):
        return True
    return any(
        reasons[i] == "label.kicker" and blocks[i].key in _LIVE_LABELS
        for i in range(max(start - 2, 0), start)
    )


def _prose_after(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """The first block left below ``i`` is prose."""
    return next((b.prose for k, b in enumerate(blocks[i + 1 :], i + 1) if labels[k] is None), False)
