"""The classifier: label every block as title, subtitle, caption, body or boilerplate.

It reads in one sitting, as a few passes over the blocks in order:

1. *rules*: the first rule of the table that matches a block removes it with the rule's id;
2. *headline*: the first headline-like block is the title, a short unpunctuated line after it the
   subtitle (on HTML the page metadata names the title, and the blocks that repeat it go);
3. *duplicates*: repeats of an earlier block go; a block printed twice in a row is a caption;
4. *captions*: a block beside a photo credit, or that ends with one, is a caption;
5. *closing sections* (text input only): comments or related stories after the article go;
6. *link runs*: a run of short unpunctuated lines under a related header or after the last
   prose is a list of links;
7. *body region* (text input only): the run of blocks with the most prose is the body, the
   rest page chrome. Passes 5-7 live in ``_context``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from ._assemble import dateline_of
from ._authorbox import REASON as AUTHOR_BOX
from ._authorbox import drop_author_box, is_name, opens_with
from ._blocks import Block, Label, Labelled, ends_sentence, normalise
from ._contents import REASON as CONTENTS
from ._contents import drop_contents
from ._context import cut_closing_sections, drop_link_runs, find_body_region
from ._credit import credit
from ._dedupe import find_duplicates
from ._dek import byline_stack, is_byline_without_by, is_dek, is_standfirst, names_below
from ._headline import headline_index
from ._leadin import label_lead_in_caption
from ._neighbours import (
    PRODUCT_CARD,
    SCOREBOARD,
    SIGNUP_BOX,
    drop_by_neighbours,
    label_captions_under_labels,
)
from ._options import Options
from ._photo import label_caption_pairs, one_credit_twice
from ._video import REASON as VIDEO_TITLE
from ._video import drop_video_titles

__all__ = ["classify"]

_Drop = Callable[[int, str], None]

_MIN_REPEAT_WORDS = 10
_DUPLICATE_OF = MappingProxyType({"title": "duplicate.title", "caption": "duplicate.caption"})
#: Lines of gallery chrome that may sit between a caption's two copies.
_CAPTION_GAP = 3
#: Most of the prose a site header may hold before the headline's second copy.
_HEADER_PROSE = 0.15
#: ... or this much when four lines in five are short (a menu holding teasers),
_MENU_PROSE = 0.35
_MENU_SHARE = 0.8
#: ... and no paragraph this long: a site's header has no paragraphs.
_HEADER_MAX_WORDS = 80
_CAPTION_HINTS = frozenset({"caption", "figcaption", "credit", "wp-caption-text"})
#: A caption is a sentence or two: a longer block above a photo credit is the story's.
_MAX_CAPTION_WORDS = 30
#: ... and one without a full stop ('Beavers have built dams in Berlin') is this long at least.
_BARE_CAPTION_WORDS = 6
#: A caption shows; a story's lead reports: these words are a lead's, not a caption's.
_REPORTING = frozenset({"said", "says", "told", "according", "announced", "reported"})
#: Rule families whose lines make a pitch box, how many lines make one, and its title's length.
_BOXES = frozenset({"paywall", "newsletter"})
_BOX_LINES = 2
_BOX_TITLE_WORDS = 4
#: ... longer when it names the newsletter ('i's politics newsletter cuts through the noise').
_NEWSLETTER_TITLE_WORDS = 10
#: The consent line under a sign-up box's pitch belongs to the box.
_BOX_CONSENT = "legal.consent"
#: The box's lines are sentences of a pitch, not buttons ('Sign in', 'Subscribe').
_BOX_LINE_WORDS = 3
#: What the rules removed below a writer's name on an author card.
_CARD_BELOW = frozenset({"byline.role", "meta.timestamp", "meta.reading-time", "bio.author"})
#: A source credited by name alone: 'Canton Police Department'.
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 6
_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "&"})

#: Passes that are not table rules still have ids, so users can switch them off by id.
PASS_IDS = (
    "duplicate.title",
    "duplicate.caption",
    "duplicate.block",
    "page.before-title",
    "page.header",
    "page.contents",
    "bio.box",
    "page.outside-body",
    "comments.section",
    "related.section",
    "bio.section",
    "section.closing",
    "related.link-run",
    SCOREBOARD,
    SIGNUP_BOX,
    PRODUCT_CARD,
    VIDEO_TITLE,
    "box.header",
    "caption.pair",
)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the classifier knows from outside the blocks."""

    title: str | None  # the headline named by page metadata, when there is one
    region_known: bool  # True when the front end already cut out the article region


def classify(
    blocks: list[Block], options: Options, *, title: str | None = None, region_known: bool = False
) -> list[Labelled]:
    facts = _Facts(title=title, region_known=region_known)
    labels: list[Label | None] = [None] * len(blocks)
    reasons = [""] * len(blocks)

    def drop(i: int, reason: str) -> None:
        labels[i], reasons[i] = "boilerplate", reason

    _apply_rules(blocks, options, drop)
    _find_author_cards(blocks, labels, reasons, drop)
    drop_by_neighbours(blocks, labels, reasons, drop, options.enabled)
    label_captions_under_labels(blocks, labels, reasons)
    if options.enabled(VIDEO_TITLE):
        drop_video_titles(blocks, labels, reasons, drop)
    if options.enabled("box.header"):
        _find_box_headers(blocks, labels, reasons, drop)
    _find_headline(blocks, labels, reasons, facts, drop=drop, options=options)
    _find_author_cards(blocks, labels, reasons, drop)  # again, knowing the headline
    if not facts.region_known and options.enabled("caption.pair"):
        label_caption_pairs(blocks, labels, reasons, drop)
        label_lead_in_caption(blocks, labels, reasons, dateline_of)  # once the pairs are known
    _find_duplicates(blocks, labels, drop, options)
    _find_captions(blocks, labels, drop, options)
    if not facts.region_known and options.enabled(CONTENTS):
        drop_contents(blocks, labels, drop)
    if not facts.region_known:
        _find_credited_captions(blocks, labels, reasons, drop)
    whole_page = "page.header" in reasons  # the site's header was found: a whole page
    if not facts.region_known:
        cut_closing_sections(blocks, labels, reasons, drop, options.enabled, whole_page=whole_page)
    if options.enabled("related.link-run"):
        drop_link_runs(blocks, labels, reasons, drop)
    if not facts.region_known and options.enabled("page.outside-body"):
        find_body_region(blocks, labels, drop, whole_page=whole_page)
    if not facts.region_known and options.enabled(AUTHOR_BOX):
        drop_author_box(blocks, labels, reasons, drop)
    return [Labelled(b, labels[i] or "body", reasons[i]) for i, b in enumerate(blocks)]


def _apply_rules(blocks: list[Block], options: Options, drop: _Drop) -> None:
    first_match = options.ruleset.first_match
    decided: dict[str, str] = {}  # menus and bars repeat: decide each text once ('': no rule)
    for i, block in enumerate(blocks):
        text = block.text
        reason = decided.get(text)
        if reason is None:
            rule = first_match(text, block.words)
            reason = decided[text] = "" if rule is None else rule.id
        if reason:
            drop(i, reason)


def _find_author_cards(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """A name on its own line right above a writer's job title ('Sarah Jones' then 'Housing
    correspondent'), or above the writer's one-line biography that opens with the name (the
    name may be printed twice), is a byline; so is one above the time of publication or the
    reading time, between the headline and the story (above it, a name-like line is a headline
    in title case; below the story, a label such as 'Current Version')."""
    rows = [j for j, reason in enumerate(reasons) if reason in _CARD_BELOW]
    if not rows:
        return  # no card's line below any name
    title = labels.index("title") if "title" in labels else len(blocks)
    story = next(
        (j for j in range(title + 1, len(blocks)) if labels[j] is None and blocks[j].prose),
        len(blocks),
    )
    for i in sorted({j - 1 for j in rows} | {j - 2 for j in rows if reasons[j] == "bio.author"}):
        if i < 0 or labels[i] is not None:
            continue  # (only a name above a card's line, or twice above a bio, may be a card's)
        name = blocks[i].text.removesuffix(",")  # 'Dana Fitch,' / 'Patch Staff'
        if reasons[i + 1] not in _CARD_BELOW and blocks[i + 1].text != name:
            continue  # neither a card's line nor the name again below: no card
        bio = i + 2 if blocks[i + 1].text == name and i + 2 < len(blocks) else i + 1
        if (
            reasons[i + 1] == "byline.role"
            or (reasons[bio] == "bio.author" and opens_with(blocks[bio].text, name))
            or (
                title < i < story
                and reasons[i + 1] in ("meta.timestamp", "meta.reading-time")
                and not name.startswith("The ")  # an outlet: 'The Daily Herald'
            )
        ) and is_name(name):
            drop(i, "byline")


def _find_box_headers(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """The title of a pitch box ('Support HuffPost', 'Get the Morning Brief'): a short line
    that is not a sentence, right above two lines of three words or more that the rules took
    for the box's pitch (paywall or newsletter; the second may be its consent line), not for
    its buttons. A title that names the newsletter, or sits over a consent line, may be longer."""
    for i in range(len(blocks) - _BOX_LINES):
        words = blocks[i].words
        if (
            labels[i] is not None
            or not reasons[i + 1]  # not removed by a rule: no box below
            or blocks[i].prose
            or words > _NEWSLETTER_TITLE_WORDS
            or (
                words > _BOX_TITLE_WORDS
                and "newsletter" not in blocks[i].text.lower()
                and reasons[i + _BOX_LINES] != _BOX_CONSENT
            )
        ):
            continue
        below = [reasons[j].split(".", 1)[0] for j in range(i + 1, i + 1 + _BOX_LINES)]
        if (
            below[0] in _BOXES
            and (below[1] == below[0] or reasons[i + _BOX_LINES] == _BOX_CONSENT)
            and all(b.words >= _BOX_LINE_WORDS for b in blocks[i + 1 : i + 1 + _BOX_LINES])
        ):
            drop(i, reasons[i + 1])


def _find_headline(
    blocks: list[Block],
    labels: list[Label | None],
    reasons: list[str],
    facts: _Facts,
    *,
    drop: _Drop,
    options: Options,
) -> None:
    if facts.title is not None:
        # The page named its headline: blocks repeating it at the top are that headline.
        key = normalise(facts.title)
        for i, block in enumerate(blocks):
            if labels[i] is None and block.key == key:
                drop(i, "duplicate.title")
        return
    start = headline_index(blocks, labels, reasons)
    if start is None:
        return
    labels[start] = "title"
    for i in range(start):
        if labels[i] is None and options.enabled("page.before-title"):
            drop(i, "page.before-title")
    after = _skip_page_header(blocks, labels, start, drop, options)
    following = next((i for i in range(after + 1, len(blocks)) if labels[i] is None), None)
    if following is None:
        return
    if is_byline_without_by(blocks, labels, reasons, following):
        drop(following, "byline")  # 'Jane Doe and Ann Lee' beside the date: the dek is above
        return
    # A standfirst may be a full sentence when the byline or the date follows it.
    names = names_below(blocks, labels, reasons, following)  # the byline, printed without 'By'
    standfirst = is_standfirst(blocks, labels, reasons, following, names=names)
    if is_dek(blocks, labels, following, standfirst):
        labels[following] = "subtitle"
        for j, reason in byline_stack(blocks, labels, following + 1) if names else ():
            drop(j, reason)


def _skip_page_header(
    blocks: list[Block], labels: list[Label | None], start: int, drop: _Drop, options: Options
) -> int:
    """A page dump prints the headline, then the site's header, then the headline again above
    the article: what lies between the two copies goes, when it holds little of the prose.
    Returns the index of the second copy, or of the headline when there is none."""
    key = blocks[start].key
    repeat = next((i for i in range(start + 1, len(blocks)) if blocks[i].key == key), None)
    if repeat is None or not options.enabled("page.header"):
        return start
    prose = [b.words if labels[i] is None and b.prose else 0 for i, b in enumerate(blocks)]
    between = blocks[start + 1 : repeat]
    longest = max((b.words for b in between), default=0)
    # A menu of many short links may hold teasers with more of the prose.
    menu = sum(not b.prose for b in between) >= _MENU_SHARE * len(between)
    most = _MENU_PROSE if menu else _HEADER_PROSE
    if sum(prose[start:repeat]) > most * sum(prose) or longest >= _HEADER_MAX_WORDS:
        return start
    for i in range(start + 1, repeat):
        if labels[i] is None:
            drop(i, "page.header")
    return repeat


def _find_duplicates(
    blocks: list[Block], labels: list[Label | None], drop: _Drop, options: Options
) -> None:
    repeats, pairs = find_duplicates(blocks)
    for i, first in repeats.items():
        # A copy with only removed chrome between ('+5', 'View gallery') is a caption's too.
        if (
            1 < i - first <= _CAPTION_GAP
            and labels[first] is None
            and all(labels[j] == "boilerplate" for j in range(first + 1, i))
        ):
            pairs.add(first)
    for i in sorted(pairs):
        if labels[i] is None:
            labels[i] = "caption"
    for i, first in sorted(repeats.items()):
        reason = _DUPLICATE_OF.get(labels[first] or "", "duplicate.block")
        if reason == "duplicate.block" and blocks[i].words < _MIN_REPEAT_WORDS:
            continue  # a short line said twice is a list item or a heading and its contents entry
        if options.enabled(reason) and labels[i] in (None, "caption", "subtitle"):
            drop(i, reason)  # (a title stays)


def _find_captions(
    blocks: list[Block], labels: list[Label | None], drop: _Drop, options: Options
) -> None:
    for i, block in enumerate(blocks):
        if labels[i] is None and (
            block.tag == "figcaption"
            or not block.hints.isdisjoint(_CAPTION_HINTS)
            or (block.words <= 60 and credit(block.text))
        ):
            labels[i] = "caption"
        if labels[i] == "caption":
            # The same caption just above or below without its credit is its other copy.
            found = credit(block.text)
            bare = block.text[: found.start()].rstrip() if found else None
            for other in (i - 1, i + 1):
                if (
                    0 <= other < len(blocks)
                    and labels[other] is None
                    and blocks[other].text == bare
                    and options.enabled("duplicate.caption")
                ):
                    drop(other, "duplicate.caption")


def _find_credited_captions(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """On text, a short sentence right above a photo credit line, above the body, is that
    photo's caption ('Crowds gather on Friday.' then 'Photo: Jane Smith / AP'). Headings and
    product names above a credit are not sentences, so they stay; nor does a paragraph with a
    credit on both sides, where each credit belongs to the picture below it, unless it is one
    credit printed twice around it (the image's overlay, the caption, the credit line). Once the
    body has begun (two paragraphs of prose in a row), a credit line may belong to a picture whose
    caption was not scraped, and the paragraph above it stays."""
    for i in range(len(blocks) - 1):
        block = blocks[i]
        if (
            labels[i] is None
            and block.prose
            and i
            and blocks[i - 1].prose
            and labels[i - 1] is None
        ):
            return  # the body has begun: a credit inside it may belong to the picture below
        named = reasons[i + 1] != "caption.credit" and _credited_by_name(blocks, labels, i + 1)
        if (
            labels[i] is None
            and (reasons[i + 1] == "caption.credit" or named)
            and (i == 0 or reasons[i - 1] != "caption.credit" or one_credit_twice(blocks, i))
            and block.words <= _MAX_CAPTION_WORDS
            and not _reads_as_lead(block.text)
            and ((block.prose and ends_sentence(block.text)) or block.words >= _BARE_CAPTION_WORDS)
        ):
            labels[i] = "caption"
            if named:
                drop(i + 1, "caption.credit")


def _credited_by_name(blocks: list[Block], labels: list[Label | None], i: int) -> bool:
    """A bare source's name as a photo credit ('Arizona Department of Public Safety'): a line
    of two to six capitalised words, not a sentence, between the first sentence of the page
    (the caption) and a lead that opens with a dateline; or a photographer's name and an
    outlet, joined by a slash ('Jane Doe/Eater NY'), above any lead."""
    block = blocks[i]
    return (
        labels[i] is None
        and _MIN_NAME_WORDS <= block.words <= _MAX_NAME_WORDS
        and not ends_sentence(block.text)
        and all(word[0].isupper() or word in _NAME_PARTICLES for word in block.text.split())
        and i + 1 < len(blocks)
        and labels[i + 1] is None
        and (dateline_of(blocks[i + 1].text) is not None or "/" in block.text)
        and not any(b.prose and labels[j] is None for j, b in enumerate(blocks[: i - 1]))
    )


def _reads_as_lead(text: str) -> bool:
    """A paragraph that opens with a dateline or reports what someone said is the story's."""
    words = {word.strip(".,;:!?\"'“”‘’").casefold() for word in text.split()}
    return dateline_of(text) is not None or not words.isdisjoint(_REPORTING)
