"""The article's images, in order, each with the caption and credit its ``<figure>`` gives."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from ._article import Image
from ._region import words_of

__all__ = ["CREDIT_CLASS", "find_images"]

#: Class/id words of the element that holds a photo credit inside a figure or its caption.
CREDIT_CLASS = re.compile(r"credit|copyright|attribution|photographer|image-source|byline")
_SOURCE_ATTRS = ("src", "data-src", "data-lazy-src", "data-original", "data-url")
_TINY = 50  # width or height in pixels below which an image is an icon or a tracker


def find_images(elements: tuple[etree._Element, ...], base: str | None) -> tuple[Image, ...]:
    images: list[Image] = []
    seen: set[str] = set()
    for container in elements:
        for img in container.iter("img"):
            url = _source(img)
            if url is None or _tiny(img):
                continue
            url = _absolute(base, url)
            if url in seen:
                continue
            seen.add(url)
            caption, credit = _caption_and_credit(img)
            images.append(Image(url=url, caption=caption, credit=credit))
    return tuple(images)


def _source(img: etree._Element) -> str | None:
    for attr in _SOURCE_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
    return srcset.split(",")[0].split()[0] if srcset else None


def _tiny(img: etree._Element) -> bool:
    for attr in ("width", "height"):
        value = img.get(attr) or ""
        if value.isdigit() and int(value) < _TINY:
            return True
    return False


def _caption_and_credit(img: etree._Element) -> tuple[str | None, str | None]:
    figure = next((a for a in img.iterancestors("figure")), None)
    if figure is None:
        return None, None
    credit_parts = [
        _text(e)
        for e in figure.iter()
        if isinstance(e.tag, str) and e is not figure and CREDIT_CLASS.search(words_of(e))
    ]
    credit = next((c for c in credit_parts if c), None)
    caption_element = next(figure.iter("figcaption"), None)
    caption = _text(caption_element) if caption_element is not None else ""
    if credit and caption:
        caption = " ".join(caption.replace(credit, " ").split())
    return caption or None, credit


def _text(element: etree._Element) -> str:
    return " ".join(element.text_content().split())


def _absolute(base: str | None, url: str) -> str:
    """``url`` resolved against ``base``; as given when either is malformed."""
    if not base:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url
