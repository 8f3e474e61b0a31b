"""Video cards: an embedded video's title and blurb, told by the player's chrome around them.

A scrape prints an embedded player as a few lines: its label ('Video', 'VIDEO'), its running time
('02:31', '01:12 - Source: CNN') or its embed line ('Watch on YouTube'), and the video's title
(with a one-sentence blurb or the show's name). The rules remove the chrome; this pass removes
the title it frames, a short line that is not a sentence:

- right above the running time or the embed line, or that title and a blurb under it;
- when the player's label heads the card, the short lines below its time ('VIDEO' / '02:31' /
  title / show), or the line right below a bare one-word label ('Video' / title) under the
  headline, with its blurb when removed chrome follows the blurb.
"""

from __future__ import annotations

from collections.abc import Callable

from ._blocks import Block, Label
from ._credit import closes_with_credit

__all__ = ["REASON", "drop_video_titles"]

REASON = "video.title"

_Drop = Callable[[int, str], None]

#: A video's title is a headline's length.
_MAX_VIDEO_TITLE_WORDS = 20
_MAX_VIDEO_BLURB_WORDS = 30
#: Removals that label a video player.
_PLAYER = frozenset({"video.chrome", "gallery.chrome"})
#: A player's bare label ('Video'; not 'Watch', which lists print as an item).
_LABELS = frozenset({"video", "videos"})
#: A headline has this many words at least.
_HEADLINE_WORDS = 5
#: An embed's own line under the title ('Watch on YouTube').
_EMBED = "watch on "


def drop_video_titles(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """Drop the titles (and blurbs) of the video cards that the player's chrome frames."""
    if _PLAYER.isdisjoint(reasons):
        return  # no player
    for i in range(1, len(blocks)):
        if reasons[i - 1] in _PLAYER and blocks[i - 1].key in _LABELS:
            # A bare label right above the title: 'Video' / 'TTC announces new routes'; below
            # the headline (a label above it may be the page's section: 'Video' / headline).
            if labels[i] is None and _video_title(blocks[i]) and _below_headline(blocks, labels, i):
                drop(i, REASON)
                if _blurb(blocks, labels, i + 1):
                    drop(i + 1, REASON)
            continue
        if reasons[i] != "video.chrome" or not (
            _timed(blocks[i]) or blocks[i].key.startswith(_EMBED)
        ):
            continue
        above = blocks[i - 1]
        if reasons[i - 1] in _PLAYER:
            # The player's label, then its time, then the title and the show's name below.
            for j in range(i + 1, min(i + 3, len(blocks))):
                if labels[j] is not None or not _video_title(blocks[j]):
                    break
                drop(j, REASON)
            continue
        if labels[i - 1] is not None:
            continue
        if _video_title(above):
            drop(i - 1, REASON)
        elif (
            i >= 2
            and labels[i - 2] is None
            and _video_title(blocks[i - 2])
            and above.words <= _MAX_VIDEO_BLURB_WORDS
        ):
            drop(i - 2, REASON)
            drop(i - 1, REASON)


def _below_headline(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A line a headline's length, not removed, above the player's label."""
    return any(labels[k] is None and blocks[k].words >= _HEADLINE_WORDS for k in range(i - 1))


def _blurb(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A sentence under a video's title with removed chrome right below it, not the story's
    next paragraph: 'Rescue crews spent hours reaching ...' / 'NEW You can now listen ...'."""
    return (
        i + 1 < len(blocks)
        and labels[i] is None
        and blocks[i].prose
        and blocks[i].words <= _MAX_VIDEO_BLURB_WORDS
        and labels[i + 1] is not None
    )


def _timed(block: Block) -> bool:
    return any(char.isdigit() for char in block.text)


def _video_title(block: Block) -> bool:
    """A short line that is not prose, and not a photo's caption closed by its credit."""
    return (
        not block.prose
        and 0 < block.words <= _MAX_VIDEO_TITLE_WORDS
        and not closes_with_credit(block.text)
    )
