"""The author box that closes many articles: the writer's name on a line of its own, then a
paragraph about them that opens with that name.

    Rebecca Norris
    Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro area ...

A crosshead naming a product or a place looks the same ('Rocky Hill Ranch' / 'Rocky Hill is
another great day trip'), so the paragraph must also speak of a person (he, she, his, her) and
sit among the last blocks of the body. The name, the paragraph and any short line between them
(a job title) go as ``bio.box``.

The other form has no name line: the story's last paragraph opens with the full name that the
byline at the top gave, then a verb of a biography ('Elena Kovac is a senior fellow at ...',
'Jane Doe writes about ...'). The byline is the evidence that the name is the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._blocks import Block, Label

__all__ = ["REASON", "drop_author_box", "is_name", "is_names", "opens_with"]

_Drop = Callable[[int, str], None]

REASON = "bio.box"
#: A person's name: two to four capitalised words, maybe a title and a particle ('van der').
_NAME = re.compile(
    r"^(?:(?:Dr|Prof)\.? )?[A-Z][\w'’.\-]+"
    r"(?: [A-Z][\w'’.\-]+| (?:van|von|de|der|da|del|la|le)){1,3}$"
)
#: What joins the names of a byline printed without 'By'.
_NAMES_JOIN = re.compile(r",? and |, | & ")
#: English third-person pronouns: a paragraph about a person uses them.
_PERSON = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
#: A biography's opening: the full name, then a verb that introduces a person.
_BIO_OPENING = re.compile(
    r"^((?:Dr\.? |Prof\.? )?[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+| (?:van|von|de|der|da|del)){1,3})"
    r",? (?:is|was|has|writes|covers|reports|teaches|leads|directs|served|holds)\b"
)
_BIO_WORDS = 60
_BYLINE = "byline"
#: How many of the body's last blocks may hold the paragraph, and how far above it the name is.
_LAST_BLOCKS = 3
_NAME_DISTANCE = 3
_MIN_WORDS = 15


def drop_author_box(
    blocks: list[Block], labels: list[Label | None], reasons: list[str], drop: _Drop
) -> None:
    """Drop an author box among the last blocks of the body, or a biography there that opens
    with the byline's name."""
    last: list[int] = []  # the body's last blocks, read from the end
    for i in range(len(labels) - 1, -1, -1):
        if labels[i] is None:
            last.insert(0, i)
            if len(last) == _LAST_BLOCKS:
                break
    for k in last:
        text = blocks[k].text
        if blocks[k].words < _MIN_WORDS or not _PERSON.search(text):
            continue
        for j in range(k - 1, max(k - 1 - _NAME_DISTANCE, -1), -1):
            name = blocks[j].text
            if labels[j] is None and is_name(name) and opens_with(text, name):
                for i in range(j, k + 1):
                    if labels[i] is None:
                        drop(i, REASON)
                return
    bylines = (
        [b.text for b, reason in zip(blocks, reasons, strict=True) if reason == _BYLINE]
        if _BYLINE in reasons
        else []
    )
    for k in reversed(last) if bylines else ():  # one bio for each writer, from the end
        opening = _BIO_OPENING.match(blocks[k].text)
        if not (
            opening and blocks[k].words <= _BIO_WORDS and any(opening[1] in b for b in bylines)
        ):
            return
        drop(k, REASON)


def is_name(text: str) -> bool:
    """Whether a line is a person's name as written on its own: 'Sarah Jones'."""
    return _NAME.match(text) is not None


def is_names(text: str) -> bool:
    """Whether a line is one name or several joined ('Jane Doe and Ann Lee', 'A B, C D & E F')."""
    return all(map(is_name, _NAMES_JOIN.split(text)))


def opens_with(text: str, name: str) -> bool:
    """Whether the paragraph opens with the name, or with the first name ('Camille is ...')."""
    words = name.split() or [""]
    first = words[1] if words[0].rstrip(".") in ("Dr", "Prof") and words[1:] else words[0]
    return text.startswith(name) or text.startswith((f"{first} ", f"{first},", f"{first}’"))
