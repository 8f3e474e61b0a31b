"""``--explain``: every block of a page in source order, kept or removed, and why.

``Article`` keeps paragraphs and removals apart; a reader who wants to see why a line went needs
them side by side in page order. ``explain()`` runs the same ``label()`` step as ``parse()``
and then walks the labelled blocks in order, matching each to where the ``Article`` put it, so
the lines it gives always agree with the ``Article`` it returns (a test holds it equal to
``parse()``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._article import Article
from ._assemble import assemble
from ._blocks import Labelled
from ._options import Options
from ._parse import label
from ._sniff import Kind

__all__ = ["Line", "explain"]


@dataclass(frozen=True, slots=True)
class Line:
    """One block of the page: kept (``label`` is title, subtitle, caption or body) or removed
    (``label`` is the reason, a rule id)."""

    text: str
    kept: bool
    label: str


def explain(
    source: object,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    content_type: str | None = None,
    options: Options | None = None,
) -> tuple[Article, tuple[Line, ...]]:
    """The ``Article`` that ``parse()`` gives, and the page's blocks in order with their fate."""
    labelled, meta, warnings = label(
        source, url=url, kind=kind, content_type=content_type, options=options
    )
    article = assemble(labelled, meta, warnings)
    return article, _lines(labelled, article)


def _lines(labelled: list[Labelled], article: Article) -> tuple[Line, ...]:
    """Walk the blocks in order, each matched to the place the article gave it.

    A title, subtitle or caption block is kept the first time the article holds its text (a
    repeat went to ``removed``); a body block is kept when it is the next paragraph; any other
    block is the next removal, whose reason it shows.
    """
    paragraphs, removed = article.paragraphs, article.removed
    unshown = {"title": [article.title], "subtitle": [article.subtitle]}
    unshown["caption"] = list(article.captions)
    p = r = 0
    lines = []
    for item in labelled:
        text, label = item.block.text, item.label
        if label == "body" and p < len(paragraphs) and paragraphs[p] == text:
            lines.append(Line(text, kept=True, label=label))
            p += 1
        elif label in unshown and text in unshown[label]:
            unshown[label].remove(text)
            lines.append(Line(text, kept=True, label=label))
        elif r < len(removed) and removed[r].text == text:
            lines.append(Line(text, kept=False, label=removed[r].reason))
            r += 1
        else:  # not expected: assemble() puts every block somewhere; show the label
            lines.append(Line(text, kept=label != "boilerplate", label=item.reason or label))
    # A headline or dek that the page's metadata gave, not a block of the text, leads.
    heads = [
        Line(value, kept=True, label=f"{name} (metadata)")
        for name in ("title", "subtitle")
        if (value := getattr(article, name)) and value in unshown[name]
    ]
    return (*heads, *lines)
