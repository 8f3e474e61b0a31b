"""The result of ``parse()``: a frozen ``Article`` and its parts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article", "Image", "Removal"]


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that is not part of the article, and why (a rule id)."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article with its caption and credit, when the page gives them."""

    url: str
    caption: str | None = None
    credit: str | None = None


def _date_to_str(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_str(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO 8601 string or None, not {type(value).__name__}")
    if "T" in value or " " in value.strip():
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as clean, structured data.

    ``paragraphs`` are the body blocks in source order (a crosshead or a list item is its own
    paragraph). Every piece of the input that is not title, subtitle, a caption or a paragraph
    is in ``removed`` with the id of the rule that removed it. Fields the input cannot tell
    stay ``None`` or empty.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    dateline: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    captions: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: tuples become lists, ``published`` an ISO 8601 string."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": _date_to_str(self.published),
            "dateline": self.dateline,
            "site_name": self.site_name,
            "url": self.url,
            "language": self.language,
            "captions": list(self.captions),
            "paragraphs": list(self.paragraphs),
            "images": [
                {"url": i.url, "caption": i.caption, "credit": i.credit} for i in self.images
            ],
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """``to_dict()`` as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The inverse of ``to_dict()``: ``Article.from_dict(a.to_dict()) == a``."""
        return cls(
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            authors=tuple(data.get("authors") or ()),
            published=_date_from_str(data.get("published")),
            dateline=data.get("dateline"),
            site_name=data.get("site_name"),
            url=data.get("url"),
            language=data.get("language"),
            captions=tuple(data.get("captions") or ()),
            paragraphs=tuple(data.get("paragraphs") or ()),
            images=tuple(
                Image(url=i["url"], caption=i.get("caption"), credit=i.get("credit"))
                for i in data.get("images") or ()
            ),
            removed=tuple(
                Removal(text=r["text"], reason=r["reason"]) for r in data.get("removed") or ()
            ),
            warnings=tuple(data.get("warnings") or ()),
        )
