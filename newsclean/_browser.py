"""Repairs that make the parsed tree hold what a browser shows, not only what the markup says.

- *Early end tags*: a page that closes ``</body></html>`` and then goes on (two templates glued
  together) loses everything after the first close in libxml2's parser; a browser reads on.
  End tags of ``body`` and ``html`` are dropped before parsing (the parser closes them anyway).
- *Streamed segments*: React's streaming server rendering (Next.js and others) sends the page's
  shell first, with a ``<template id="B:0">`` (or ``P:0``) where content is still loading, and
  the content later, at the end of ``<body>``, in a ``<div hidden id="S:0">`` that a script
  moves into the template's place. Read as markup, the article is in a hidden div after the
  footer; here it is moved where the script would put it (or, with no template, shown where it
  is).
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["show_streamed", "without_end_tags"]

_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_SEGMENT = re.compile(r"S:[0-9a-z]+")
_PLACES = ("B:", "P:")  # a Suspense boundary's template, a segment's placeholder


def without_end_tags(html: str) -> str:
    """The markup without ``</body>`` and ``</html>``: the parser closes both at the end."""
    return _END_TAGS.sub("", html)


def show_streamed(tree: etree._Element) -> None:
    """Put every streamed segment in its template's place, shown (the tree is ours to change)."""
    segments = [
        e for e in tree.iter("div") if e.get("hidden") is not None and _is_segment(e.get("id"))
    ]
    if not segments:
        return
    templates = {e.get("id"): e for e in tree.iter("template") if e.get("id")}
    for segment in segments:
        del segment.attrib["hidden"]
        suffix = (segment.get("id") or "")[2:]
        place = next((templates[p + suffix] for p in _PLACES if p + suffix in templates), None)
        parent = None if place is None else place.getparent()
        if place is not None and parent is not None and place not in segment.iterdescendants():
            _detach(segment)
            segment.tail = place.tail
            parent.replace(place, segment)


def _is_segment(name: str | None) -> bool:
    return name is not None and _SEGMENT.fullmatch(name) is not None


def _detach(element: etree._Element) -> None:
    """Take ``element`` out of the tree, leaving the text after it where it was."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        before = element.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
