"""A caption between the headline and a dateline lead: the story starts at its dateline.

A wire story's first paragraph opens with its dateline ('RIYADH — Saudi Arabia on Tuesday
...'). A page that prints a photo between the headline and that lead leaves the photo's caption
right above it, often without a credit:

    Saudi Gazette report
    The visa is open to investors, entrepreneurs and specialists in fields such as health.
    RIYADH — Saudi Arabia on Tuesday launched a new residency visa ...

One sentence there, the only block left between the headline (and its dek) and the lead, is
no paragraph of the story: it is a caption. Without a dateline, a caption still tells itself
from a lead by its grammar: it is short and names what the photo shows without a finite verb
('Trucks queue along the Apapa-Oshodi expressway.', 'Residents wading through floodwater in
Ajegunle on Tuesday.'), while a lead reports what happened ('... said', 'has', 'voted').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._blocks import Block, Label, ends_sentence

__all__ = ["label_lead_in_caption"]

#: A caption is one sentence, this long at most.
_CAPTION_WORDS = 30
_TERMINALS = ".!?"
#: Without a dateline below: a caption this short, above a lead this long ...
_BARE_CAPTION_WORDS = 16
_LEAD_WORDS = 20
#: ... right under a news story's byline, date or share bar ...
_NEWS_CHROME = frozenset({"byline", "meta.timestamp", "meta.reading-time", "share.prompt"})
#: ... and with none of the words that make a lead's finite verb (a past tense, an auxiliary).
_FINITE = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|"
    r"does|do|said|says|told|\w+ed|we|our|you|your|i)\b|[\"“”:;?!]",
    re.IGNORECASE,
)


def label_lead_in_caption(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    dateline: Callable[[str], str | None],
) -> None:
    """Label as a caption the one sentence between the headline and a dateline lead."""
    if "title" not in labels:
        return
    left = [i for i in range(labels.index("title") + 1, len(blocks)) if labels[i] is None]
    if len(left) < 2 or not blocks[left[1]].prose:
        return
    first = blocks[left[0]]
    if dateline(blocks[left[1]].text) is None and not (
        reasons[left[0] - 1] in _NEWS_CHROME
        and first.words <= _BARE_CAPTION_WORDS
        and blocks[left[1]].words >= _LEAD_WORDS
        and _FINITE.search(first.text) is None
    ):
        return
    if (
        dateline(first.text) is None
        and first.words <= _CAPTION_WORDS
        and ends_sentence(first.text)
        and sum(first.text.count(mark) for mark in _TERMINALS) == 1
    ):
        labels[left[0]] = "caption"
