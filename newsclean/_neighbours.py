"""Blocks told by the removed blocks around them: what no phrase names, but its neighbours do.

- *scoreboards*: above the story, two or more short names each right above a bare number
  ('Man City' / '3' / 'Arsenal' / '1'), or two lines in a row of a name and a number ('Chiefs
  27' / 'Bills 24'), are a score widget (a bare number alone is not: it may be a list's
  numbering or a title);
- *newsletter boxes*: a short line (or two) between two lines of a sign-up box (its name above, its
  privacy notice or its button below), or right above two consent lines, is the box's blurb;
- *quote cards*: the company's name above a stock quote card's ticker ('NYSE: ACME') is the
  card's; a bare 'Follow' above a share button is the share bar's;
- *product cards*: the short lines grouped with a shopping or rate button ('Best auto refinance
  lenders' / 'Check rates', 'Acme X2 headphones' / '$199 at Amazon') are the card's;
- *caption labels*: the line under a bare caption label ('Image caption,' or 'Media caption,',
  which screen readers hear before a caption) is that caption; and a chart's title, right above
  its source line, is a caption;
- *byline labels*: the line under a bare 'By:' or 'From:' is the byline it introduces
  ('From:' / 'Department for Transport');
- *box names and pitch blurbs*: a short name printed right above a newsletter pitch, with the
  box's chrome below the pitch ('Lunchtime News' / 'The latest news direct to your inbox' /
  'Sign up'), is the box's; so is a line between two lines of a reader pitch ('Support Our
  Journalism' / 'India needs fair journalism ...' / 'Sustaining this needs support ...'), and
  the name that signs it above the signer's title ('Jane Doe' / 'Editor-in-Chief'); and, where
  the text prints a box's lines together, the one line printed with a pitch's last line and set
  apart from the story by blank lines ('X's reporting has changed laws ...' / 'Help us dig
  deeper.');
- *sponsored cards*: a title printed between a sponsored card's label and its sponsor's name or
  'Read more' button ('Sponsored' / title / 'Sponsored by X'), with no blank line between.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ._authorbox import is_name
from ._blocks import Block, Label, ends_sentence
from ._photo import adjacent, blank_between, line_groups

__all__ = [
    "PRODUCT_CARD",
    "SCOREBOARD",
    "SIGNUP_BOX",
    "drop_by_neighbours",
    "label_captions_under_labels",
]

SCOREBOARD = "widget.scoreboard"
SIGNUP_BOX = "newsletter.box"
PRODUCT_CARD = "commerce.card"

_Drop = Callable[[int, str], None]

#: A team's, index's or town's name in a widget: a few words ...
_NAME_WORDS = 4
#: ... above its figure, a bare number; two teams or more make a scoreboard.
_FIGURE = re.compile(r"^\d{1,3}$")
_MIN_PAIRS = 2
#: ... or both on one line ('Chiefs 27' / 'Bills 24'): two such lines in a row.
_NAMED_FIGURE = re.compile(r"^[^\d.!?:]{2,40} \d{1,3}$")
#: Rules whose lines make a sign-up box.
_CONSENT = "legal.consent"
_BOX_REASONS = frozenset({"newsletter.signup", _CONSENT})
#: ... and below a blurb, the box's email field ('Your Email') may close it.
_BOX_FIELDS = _BOX_REASONS | {"form.chrome"}
#: A share bar's buttons.
_SHARE = "share.prompt"
#: A stock quote card's lines.
_QUOTE = "widget.quote"
_QUOTE_HEADERS = frozenset({"in this article", "in this story"})
#: A product card: a few short lines (name, rating, price) grouped with its button.
_BUTTON = "commerce.button"
_CARD_LINES = 4
_CARD_WORDS = 8
#: A box's blurb is a sentence or two.
_BLURB_WORDS = 40
#: ... and its last line may be its button ('Sign up here', 'Let's go').
_BOX_BUTTON_WORDS = 3
_CAPTION_WORDS = 60
#: A chart's title above its source line ('Source: Lookout') is a few words.
_CHART_SOURCE = "caption.source"
_CHART_TITLE_WORDS = 14
#: Bare labels that introduce a byline on the line below, and how long that line may be.
_BYLINE_LABELS = frozenset({"by:", "from:"})
_BYLINE_WORDS = 14
#: A caption printed on one line with its label: 'Image caption, Crowds gathered on Friday'.
_CAPTION_LABELS = ("Image caption, ", "Media caption, ", "Video caption, ")
#: A newsletter box's name, printed on the line above its pitch, is a few words.
_NEWSLETTER = frozenset({"newsletter.signup", "newsletter.pitch"})
_BOX_NAME_WORDS = 5
_BOX_QUESTION_WORDS = 8
#: Rules whose lines make a reader-pitch box: its header, pitch and button.
_PITCHES = frozenset(
    {
        "paywall.pitch",
        "paywall.support",
        "paywall.appeal",
        "pitch.call-to-action",
        "voice.reader-support",
    }
)
#: The removals a newsletter or pitch box's name or blurb sits beside.
_BOX_ROWS = _NEWSLETTER | _PITCHES
#: ... which an editor may sign: a name above a job title ('Jane Doe' / 'Editor-in-Chief').
_ROLE = "byline.role"
_PITCH_BLURB_WORDS = 60
#: A sponsored card: its title, printed between its label ('Sponsored', 'Sponsored by X') and
#: the sponsor's name or its 'Read more' button, with no blank line between.
_AD = "ad.label"
#: ... a sponsor's label above it, not a bare 'Advertisement' or 'Article content' slot.
_AD_CARD_LABELS = ("sponsored", "promoted", "paid", "partner")
_AD_CARD_ENDS = frozenset({_AD, "related.header"})
_AD_CARD_WORDS = 20
#: The removals that a box's name, blurb or card title sits beside.
_BESIDE_BOXES = _BOX_ROWS | {_AD}


def drop_by_neighbours(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    drop: _Drop,
    enabled: Callable[[str], bool],
) -> None:
    """Drop the lines of scoreboards above the story, the names above quote cards and the
    blurbs of newsletter boxes."""
    first_prose = next((i for i, b in enumerate(blocks) if b.prose and labels[i] is None), 0)
    pairs = [
        i
        for i in range(first_prose - 1)
        if labels[i] is None
        and labels[i + 1] is None
        and _FIGURE.match(blocks[i + 1].text)
        and blocks[i].words <= _NAME_WORDS
        and not ends_sentence(blocks[i].text)
        and not _FIGURE.match(blocks[i].text)
    ]
    if len(pairs) >= _MIN_PAIRS and enabled(SCOREBOARD):
        for i in pairs:
            drop(i, SCOREBOARD)
            drop(i + 1, SCOREBOARD)
    rows = [
        i
        for i in range(first_prose)
        if labels[i] is None
        and blocks[i].words <= _NAME_WORDS + 1
        and _NAMED_FIGURE.match(blocks[i].text)
    ]
    if enabled(SCOREBOARD):
        for i in rows:
            if i - 1 in rows or i + 1 in rows:
                drop(i, SCOREBOARD)
    for i in range(len(blocks) - 1 if _QUOTE in reasons or _SHARE in reasons else 0):
        # A quote card's company name, above its ticker ('Acme Corp' / 'NYSE: ACME'), and the
        # box's header above the name ('In this Article').
        if (
            labels[i] is None
            and reasons[i + 1] == _QUOTE
            and blocks[i].words <= _NAME_WORDS + 2
            and not ends_sentence(blocks[i].text)
            and any(char.isalpha() for char in blocks[i].text)
        ):
            drop(i, _QUOTE)
            if i and labels[i - 1] is None and blocks[i - 1].key in _QUOTE_HEADERS:
                drop(i - 1, _QUOTE)
        # A bare 'Follow' in a share bar ('Follow' / 'Share' / 'Print'): alone, a footer's.
        if labels[i] is None and blocks[i].key == "follow" and reasons[i + 1] == _SHARE:
            drop(i, _SHARE)
    boxes = not _BOX_REASONS.isdisjoint(reasons) or "byline" in reasons  # (else nothing to do)
    for i in range(1, len(blocks) - 1 if boxes else 1):
        if labels[i] is not None:
            continue
        # The blurb may be printed twice, long and short, between the box's name and button.
        two = i + 2 < len(blocks) and labels[i + 1] is None and blocks[i + 1].words <= _BLURB_WORDS
        end = i + 2 if two else i + 1
        boxed = (
            reasons[i - 1] in _BOX_REASONS
            and (reasons[end] in _BOX_FIELDS or _box_button(blocks[end], reasons[end]))
        ) or (reasons[i + 1] == _CONSENT and reasons[i + 2 : i + 3] == [_CONSENT])
        if boxed and blocks[i].words <= _BLURB_WORDS and enabled(SIGNUP_BOX):
            for j in range(i, end):
                drop(j, SIGNUP_BOX)
        if (
            reasons[i - 1] == "byline"
            and (i < first_prose or reasons[i + 1].startswith("meta."))  # above the story or a date
            and labels[i] is None
            and blocks[i - 1].key in _BYLINE_LABELS
            and blocks[i].words <= _BYLINE_WORDS
            and not ends_sentence(blocks[i].text)
        ):
            drop(i, "byline")
    if enabled(PRODUCT_CARD) and _BUTTON in reasons:
        _drop_product_cards(blocks, labels, reasons, drop)
    _drop_box_names_and_blurbs(blocks, labels, reasons, drop, enabled)


def _drop_box_names_and_blurbs(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    drop: _Drop,
    enabled: Callable[[str], bool],
) -> None:
    """A newsletter box's name above its pitch (or its question: 'Like science and tech?'),
    with the box's chrome or button below, and the lines between two lines of a reader pitch (a
    blurb of two lines goes line by line, each then under a removed one). Where the text
    prints a box's lines together, a line set apart by blank lines on both sides is not the
    blurb but the story going on between two boxes ('SUBSCRIBE' / story / 'REPUBLISH')."""
    if _BESIDE_BOXES.isdisjoint(reasons):
        return  # no box's line or sponsor's label among the removals
    grouped = any(adjacent(a, b) for a, b in pairwise(blocks))
    for i in range(1, len(blocks) - 1):
        if labels[i] is not None:
            continue
        below = reasons[i + 1]
        name = SIGNUP_BOX if below in _NEWSLETTER else below if below in _PITCHES else ""
        if (
            name
            and _box_name(blocks[i])
            and adjacent(blocks[i], blocks[i + 1])
            and (i + 2 == len(blocks) or labels[i + 2] is not None or _button(blocks, i + 2))
            and enabled(name)
        ):
            drop(i, name)
        elif (
            reasons[i - 1] in _PITCHES
            and below in _PITCHES
            and blocks[i].words <= _PITCH_BLURB_WORDS
            and not (
                grouped
                and blank_between(blocks[i - 1], blocks[i])
                and blank_between(blocks[i], blocks[i + 1])
            )
            and enabled(reasons[i - 1])
        ):
            drop(i, reasons[i - 1])
        elif (
            reasons[i - 1] == _AD
            and blocks[i - 1].key.startswith(_AD_CARD_LABELS)
            and below in _AD_CARD_ENDS
            and blocks[i].words <= _AD_CARD_WORDS
            and not ends_sentence(blocks[i].text)
            and adjacent(blocks[i - 1], blocks[i])
            and adjacent(blocks[i], blocks[i + 1])
            and enabled(_AD)
        ):
            drop(i, _AD)  # a sponsored card's title: 'Sponsored' / title / 'Sponsored by X'
        elif (
            reasons[i - 1] in _PITCHES
            and below == _ROLE
            and i + 2 < len(blocks)
            and reasons[i + 2] in _PITCHES
            and is_name(blocks[i].text)
            and enabled(reasons[i - 1])
        ):
            drop(i, reasons[i - 1])  # the pitch's signature, above the signer's title
        elif (
            below in _PITCHES
            and grouped
            and adjacent(blocks[i], blocks[i + 1])
            and blank_between(blocks[i - 1], blocks[i])
            and (i + 2 == len(blocks) or blank_between(blocks[i + 1], blocks[i + 2]))
            and blocks[i].words <= _PITCH_BLURB_WORDS
            and ends_sentence(blocks[i].text)
            and enabled(below)
        ):
            drop(i, below)  # a box of two lines, its blurb printed with the ask under it


def _drop_product_cards(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """A run of adjacent lines closed by a shopping button: its other lines, short and no
    sentences, are the product card's (a crosshead has blank lines around it)."""
    for group in line_groups(blocks):
        if not 2 <= len(group) <= _CARD_LINES or reasons[group[-1]] != _BUTTON:
            continue
        card = group[:-1]
        if all(
            labels[i] is None
            and blocks[i].words <= _CARD_WORDS
            and not ends_sentence(blocks[i].text)
            for i in card
        ):
            for i in card:
                drop(i, PRODUCT_CARD)


def _box_name(block: Block) -> bool:
    """A box's name ('Lunchtime News') or its question ('Like science, tech, and DIY projects?')."""
    if block.text.endswith("?"):
        return block.words <= _BOX_QUESTION_WORDS
    return block.words <= _BOX_NAME_WORDS and not ends_sentence(block.text)


def _button(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a box's button: a few words, no sentence, right under the box's last line
    ('Sign up', 'Let's go')."""
    block = blocks[i]
    return (
        block.words <= _BOX_BUTTON_WORDS
        and not ends_sentence(block.text)
        and adjacent(blocks[i - 1], block)
    )


def _box_button(block: Block, reason: str) -> bool:
    """The button closing a sign-up box ('Sign up', 'Subscribe', 'Sign up here')."""
    return reason == "paywall.pitch" and block.words <= _BOX_BUTTON_WORDS


def label_captions_under_labels(
    blocks: list[Block], labels: list[Label | None], reasons: list[str]
) -> None:
    """The line right under a bare caption label is the caption it announces; so is a line
    that opens with the label; so is a chart's title, a short line that is not a sentence,
    printed right above the chart's source line ('Countries with the most infected routers' /
    'Source: Lookout')."""
    charts = _CHART_SOURCE in reasons  # (the pass only clears reasons: none appears later)
    for i, block in enumerate(blocks):
        # Under its label, a video's caption may read as a teaser ('Watch: ...').
        if (
            (labels[i] is None or reasons[i] == "related.teaser")
            and block.words <= _CAPTION_WORDS
            and (
                block.text.startswith(_CAPTION_LABELS) or (i and reasons[i - 1] == "caption.label")
            )
        ) or (charts and labels[i] is None and _titles_chart(blocks, reasons, i)):
            labels[i], reasons[i] = "caption", ""


def _titles_chart(blocks: list[Block], reasons: list[str], i: int) -> bool:
    """Block ``i`` is a chart's title: a short line, no sentence, right above its source line."""
    below = i + 1
    return (
        below < len(blocks)
        and reasons[below] == _CHART_SOURCE
        and adjacent(blocks[i], blocks[below])
        and blocks[i].words <= _CHART_TITLE_WORDS
        and not ends_sentence(blocks[i].text)
        and not (i and adjacent(blocks[i - 1], blocks[i]))  # not a table's last row
    )
