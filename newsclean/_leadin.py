"""A caption between the headline and a dateline lead: the story starts at its dateline.

A wire story's first paragraph opens with its dateline ('RIYADH — Saudi Arabia on Tuesday
...'). A page that prints a photo between the headline and that lead leaves the photo's caption
right above it, often without a credit:

    Saudi Gazette report
    The visa is open to investors, entrepreneurs and specialists in fields such as health.
    RIYADH — Saudi Arabia on Tuesday launched a new residency visa ...

One sentence there, the only block left between the headline (and its dek) and the lead, is
no paragraph of the story: it is a caption.
"""

from __future__ import annotations

from collections.abc import Callable

from ._blocks import Block, Label, ends_sentence

__all__ = ["label_lead_in_caption"]

#: A caption is one sentence, this long at most.
_CAPTION_WORDS = 30
_TERMINALS = ".!?"


def label_lead_in_caption(
    blocks: list[Block], labels: list[Label | None], dateline: Callable[[str], str | None]
) -> None:
    """Label as a caption the one sentence between the headline and a dateline lead."""
    if "title" not in labels:
        return
    left = [i for i in range(labels.index("title") + 1, len(blocks)) if labels[i] is None]
    if len(left) < 2 or not blocks[left[1]].prose or dateline(blocks[left[1]].text) is None:
        return
    first = blocks[left[0]]
    if (
        dateline(first.text) is None
        and first.words <= _CAPTION_WORDS
        and ends_sentence(first.text)
        and sum(first.text.count(mark) for mark in _TERMINALS) == 1
    ):
        labels[left[0]] = "caption"
