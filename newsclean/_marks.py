"""Context passes of the HTML path: what the markup tells about neighbouring blocks.

They run before the shared classifier and only mark blocks with a reason: link runs (blocks that
are mostly link text), the headline repeated at the top of the region, the dek, and the closing
sections (related links, sources, the author) that follow the story.
"""

from __future__ import annotations

from dataclasses import replace

from ._assemble import PageMeta
from ._blocks import Block, Labelled, normalise
from ._context import is_prose
from ._rules import RULES

__all__ = [
    "END_MATTER",
    "LINK_RUN",
    "PITCH_BOX",
    "end_matter",
    "leading_headline",
    "link_runs",
    "pitch_boxes",
    "subtitle",
]

END_MATTER = "section.end-matter"
_END_RULE = next(rule for rule in RULES if rule.id == END_MATTER)
_ROLE_RULE = next(rule for rule in RULES if rule.id == "byline.role")
_NAME_WORDS = 4  # the writer's name above their job title, in an author card
_END_SHARE = 0.5  # of the region's words: a closing section comes after the story's first half
_LABEL_WORDS = 6  # a line this short, not a sentence, may title a section like a heading

LINK_RUN = "related.link-run"
_LINKY = 0.6
_LONG_WORDS = 15  # with sentence punctuation: a paragraph, not a link label
_TEASER_LINKY = 0.9
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TITLE_WORDS = 6
_DEK_WINDOW = 8  # the dek sits among the first blocks of the region
_DEK_WORDS = 60
_DEK_HINTS = frozenset(
    {"dek", "deck", "standfirst", "subtitle", "subheadline", "strapline", "subhead"}
)

PITCH_BOX = "html.pitch-box"
#: What opens and closes a pitch box: a paywall or newsletter line, a sign-up, share or ad slot.
_BOX_EDGE_FAMILIES = frozenset({"paywall", "newsletter"})
_BOX_EDGE_REASONS = frozenset({"html.newsletter", "html.share", "html.ad"})
_BOX_LINE_WORDS = 12  # a plan's name, a price, a button: not a sentence of the story


def leading_headline(blocks: list[Block], reasons: list[str], title: str | None) -> list[str]:
    """An ``<h1>`` before the first paragraph of prose is the page's headline, not body.

    One that repeats the title is left to the classifier, which removes it as a duplicate.
    """
    out = list(reasons)
    key = normalise(title) if title else None
    for i, block in enumerate(blocks):
        if out[i]:
            continue
        if block.tag == "h1" and normalise(block.text) != key:
            out[i] = "html.headline"
        elif is_prose(block):
            break
    return out


def subtitle(blocks: list[Block], reasons: list[str], meta: PageMeta) -> tuple[PageMeta, list[str]]:
    """The dek: the metadata's, or a short block marked as one before the first paragraph.

    Either way the block that repeats it is not a paragraph of the body.
    """
    out = list(reasons)
    subtitle = meta.subtitle
    for i, block in enumerate(blocks[:_DEK_WINDOW]):
        if out[i]:
            continue
        if subtitle is None and block.hints & _DEK_HINTS and block.words <= _DEK_WORDS:
            subtitle = block.text
        if subtitle is not None and normalise(block.text) == normalise(subtitle):
            out[i] = "duplicate.subtitle"
    return replace(meta, subtitle=subtitle), out


def link_runs(blocks: list[Block], reasons: list[str]) -> list[str]:
    """Two or more blocks in a row that are mostly link text are a list of links (or teasers).

    A short heading right above such a list ('More deals', 'Recommended') is its title.
    """
    out = list(reasons)
    run: list[int] = []
    for i in [*range(len(blocks)), -1]:
        if i >= 0 and reasons[i]:
            continue  # removed blocks do not break a run
        if i >= 0 and _linky(blocks[i]):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                out[j] = LINK_RUN
            above = next((j for j in range(run[0] - 1, -1, -1) if not reasons[j]), None)
            if above is not None and _list_title(blocks[above]):
                out[above] = LINK_RUN
        run = []
    return out


def _linky(block: Block) -> bool:
    """Mostly link text; a long paragraph must be a link nearly whole (a teaser), since a lead
    paragraph dense with links is still the story."""
    if block.words >= _LONG_WORDS and is_prose(block):
        return block.link_density >= _TEASER_LINKY
    return block.link_density >= _LINKY


def _list_title(block: Block) -> bool:
    return block.tag in _HEADINGS and block.words <= _TITLE_WORDS and not is_prose(block)


def end_matter(blocks: list[Block], reasons: list[str]) -> list[str]:
    """A heading that names a closing section ('Related articles', 'About the Reviewer',
    'Article Sources') in the second half of the region ends the story: it and every block
    after it are end matter. So does an author card there: a writer's job title on its own
    line ('Contributing Writer'), with the name line above it."""
    out = list(reasons)
    total = sum(b.words for b, r in zip(blocks, reasons, strict=True) if not r)
    seen = 0
    for i, block in enumerate(blocks):
        if reasons[i]:
            continue
        label = block.tag in _HEADINGS or (block.words <= _LABEL_WORDS and not is_prose(block))
        if seen >= _END_SHARE * total and label and _END_RULE.matches(block.text, block.words):
            return out[:i] + [r or END_MATTER for r in out[i:]]
        if seen >= _END_SHARE * total and _ROLE_RULE.matches(block.text, block.words):
            above = next((j for j in range(i - 1, -1, -1) if not reasons[j]), i)
            name = blocks[above].words <= _NAME_WORDS and not is_prose(blocks[above])
            start = above if name else i
            return out[:start] + [r or END_MATTER for r in out[start:]]
        seen += block.words
    return _trailing_links(blocks, out)


def _trailing_links(blocks: list[Block], reasons: list[str]) -> list[str]:
    """Blocks after the last paragraph of prose that are all mostly link text (a 'next post'
    link, a row of tag or category links) close the page, not the story."""
    kept = [i for i, r in enumerate(reasons) if not r]
    last = next((i for i in reversed(kept) if is_prose(blocks[i])), None)
    tail = {i for i in kept if last is not None and i > last}
    if not tail or any(blocks[i].link_density < _LINKY for i in tail):
        return reasons
    return [END_MATTER if i in tail else r for i, r in enumerate(reasons)]


def pitch_boxes(labelled: list[Labelled]) -> list[Labelled]:
    """Short lines between two edges of one pitch box are the box's too: the plans, prices and
    buttons of a paywall between its 'Already have an account?' and 'To read the rest ...'.

    The lines must sit in the same container as both edges (a class word below the region
    that all three share) and no sentence of prose may come between.
    """
    out = list(labelled)
    edge: Labelled | None = None
    run: list[int] = []
    for i, x in enumerate(labelled):
        if x.label == "body":
            if x.block.prose or x.block.words > _BOX_LINE_WORDS:
                edge, run = None, []
            else:
                run.append(i)
            continue
        if not _box_edge(x.reason):
            continue
        if edge is not None and run:
            shared = edge.block.hints & x.block.hints
            if all(shared & labelled[j].block.hints for j in run):
                for j in run:
                    out[j] = Labelled(labelled[j].block, "boilerplate", PITCH_BOX)
        edge, run = x, []
    return out


def _box_edge(reason: str) -> bool:
    return reason in _BOX_EDGE_REASONS or reason.split(".", 1)[0] in _BOX_EDGE_FAMILIES
