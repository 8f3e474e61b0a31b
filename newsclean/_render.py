"""The command line's output formats: JSON, JSON Lines, readable text, Markdown, ``--explain``.

Each function turns one parsed input into the text to print for it. ``label`` names the input
(its path or WARC record id) when the run has several inputs, and is ``None`` for a single one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ._article import Article
from ._explain import Line

__all__ = ["explain_view", "json_object", "markdown", "text"]

_MD_LINE_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|={3,}|-{3,})")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)]\s)")
_MD_INLINE = re.compile(r"([\\`*_\[\]<])")
_LABEL_WIDTH = 22
_RESET, _BOLD, _DIM, _RED, _GREEN, _YELLOW = (
    "\x1b[0m",
    "\x1b[1m",
    "\x1b[2m",
    "\x1b[31m",
    "\x1b[32m",
    "\x1b[33m",
)


def json_object(article: Article, label: str | None, input_url: str | None) -> dict[str, Any]:
    """``Article.to_dict()``; with a label, led by ``"input"`` (the path or WARC record id) and
    ``"input_url"`` (the URL that came with the input, a WARC record's target URI, or null: the
    article's own ``"url"`` prefers the page's canonical link)."""
    data = article.to_dict()
    return data if label is None else {"input": label, "input_url": input_url, **data}


def text(article: Article, label: str | None) -> str:
    """The article as plain readable text: headline, dek, a byline line, then the paragraphs."""
    head = f"==> {label} <==\n\n" if label is not None else ""
    top = [s for s in (article.title, article.subtitle) if s]
    parts = ["\n".join(top)] if top else []
    meta = " · ".join(_facts(article))
    if meta:
        parts.append(meta)
    parts.extend(article.paragraphs)
    if article.captions:
        parts.append("\n".join(f"[Caption] {c}" for c in article.captions))
    return head + "\n\n".join(parts) + "\n"


def markdown(article: Article, label: str | None) -> str:
    """The article as Markdown: the title as a level-1 heading, the dek in italics."""
    parts = [f"<!-- {label.replace('--', '- -')} -->"] if label is not None else []
    if article.title:
        parts.append(f"# {_md(article.title)}")
    if article.subtitle:
        parts.append(f"*{_md(article.subtitle)}*")
    meta = " · ".join(_md(f) for f in _facts(article))
    if meta:
        parts.append(meta)
    parts.extend(_md_block(p) for p in article.paragraphs)
    parts.extend(f"![{_md(i.caption or '')}]({_md_url(i.url)})" for i in article.images)
    image_captions = {i.caption for i in article.images}
    parts.extend(f"*{_md(c)}*" for c in article.captions if c not in image_captions)
    return "\n\n".join(parts) + "\n"


def explain_view(lines: Iterable[Line], label: str | None, *, colour: bool) -> str:
    """Every block in page order: kept ones with their role, removed ones marked ``-`` with
    the rule id that removed them."""
    out = []
    if label is not None:
        out.append(f"{_BOLD}==> {label} <=={_RESET}" if colour else f"==> {label} <==")
    for line in lines:
        name = line.label.ljust(_LABEL_WIDTH)
        if not colour:
            out.append(f"{'  ' if line.kept else '- '}{name} {line.text}")
        elif line.kept:
            out.append(f"  {_GREEN}{name}{_RESET} {line.text}")
        else:
            out.append(f"{_RED}- {_YELLOW}{name}{_RESET} {_DIM}{line.text}{_RESET}")
    return "\n".join(out) + "\n"


def _facts(article: Article) -> list[str]:
    facts = []
    if article.authors:
        facts.append("By " + ", ".join(article.authors))
    if article.published is not None:
        facts.append(article.published.isoformat())
    if article.site_name:
        facts.append(article.site_name)
    if article.url:
        facts.append(article.url)
    return facts


def _md(value: str) -> str:
    return _MD_INLINE.sub(r"\\\1", value)


def _md_url(url: str) -> str:
    return f"<{url}>" if any(c in url for c in " ()<>") else url


def _md_block(paragraph: str) -> str:
    escaped = _MD_ORDERED.sub(r"\1\\\2", _md(paragraph))
    return "\\" + escaped if _MD_LINE_START.match(escaped) else escaped
