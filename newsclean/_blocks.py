"""The block: one unit of the input that the rules label (a line of text, an HTML block)."""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

__all__ = [
    "QUOTES_AND_DASHES",
    "Block",
    "Label",
    "Labelled",
    "collapse",
    "ends_sentence",
    "glued_joins",
    "is_prose",
    "normalise",
    "replace_quotes_and_dashes",
    "word_count",
]

_WORD = re.compile(r"\w+")
#: A word character outside ASCII: text without one counts its words on its ASCII bytes.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_SPACE = re.compile(r"\s+")
#: A small letter, a capital, a small letter: where two glued links meet.
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
#: ASCII word characters (``\w``) to a letter, every other byte to a space.
_ASCII_WORDS = bytes(97 if chr(i).isalnum() or chr(i) == "_" else 32 for i in range(256))
#: The characters outside ASCII that English text is full of. None has a case, none is a word
#: character (``\w``): text with no others can be read as ASCII ('’' is part of a word of the
#: stop-word tokens, see ``_context``).
QUOTES_AND_DASHES = "’“”‘—–…"
#: A short sentence: a capital, then a small letter before the full stop.
_FULL_STOP = re.compile(r"^[\"'“‘(]?[A-Z].*[a-z][.!?][\"'”’)]*$")
#: What may close a sentence, and the quotes and brackets that may follow it.
_TERMINALS = ".!?…:;"
_CLOSERS = "\"'”’)]"
#: The marks some outlets print after a story's last full stop ('... of publication. ®').
_END_MARKS = "®■◆♦∎"
#: ... or the outlet's initials, this long at most ('DM', '(END)') ...
_INITIALS = 5
_INITIALS_AFTER = 3  # ... after a sentence of four words or more
_WORD_END = re.compile(r"[^\W\d_]{2}[.!?]$")
#: ... or, after a dash, its sign-off, one word or capitals, at most this many characters
#: ('– Rappler.com', '— AP').
_SIGN_OFF = 30
#: ... or the writer's name in brackets: '... in June. (Jane Doe)'.
_NAME_SIGN_OFF = re.compile(r"[.!?][\"”’]? \((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+$")

#: What a block is, once labelled. Boilerplate carries the reason id of the rule that matched.
Label = Literal["title", "subtitle", "body", "caption", "boilerplate"]


class Block:
    """A unit of the input in source order, with the cheap features the rules read.

    ``tag`` is the HTML element name (``p``, ``h2``, ``li``, ``blockquote``, ``figcaption`` ...)
    or ``line`` on the text path. ``hints`` holds words taken from class names and ids on the
    HTML path (``caption``, ``byline``, ``share`` ...). ``source`` says where the block came from
    (``line 12`` or an element path); ``lines``, on the text path, the first and last line of
    the input it holds. ``words``, ``key`` (``normalise(text)``, to compare blocks) and ``prose``
    (``is_prose``) are worked out once, here. ``collapsed`` says the caller collapsed the
    text's whitespace already, so that its key is the case-folded text.

    A plain class with slots: a parse builds one per line, and a frozen dataclass costs
    three times as much to build. The attributes are ``Final``: mypy rejects any assignment
    outside ``__init__``.
    """

    __slots__ = ("hints", "key", "lines", "link_density", "prose", "source", "tag", "text", "words")

    def __init__(
        self,
        text: str,
        source: str,
        tag: str = "line",
        hints: frozenset[str] = frozenset(),
        link_density: float = 0.0,
        *,
        collapsed: bool = False,
        lines: tuple[int, int] | None = None,
    ) -> None:
        words = word_count(text)
        self.text: Final = text
        self.source: Final = source
        self.tag: Final = tag
        self.hints: Final = hints
        self.link_density: Final = link_density
        self.lines: Final = lines
        self.words: Final = words
        self.key: Final = text.casefold() if collapsed else normalise(text)
        self.prose: Final = is_prose(text, words)

    def __repr__(self) -> str:
        return f"Block(text={self.text!r}, source={self.source!r}, tag={self.tag!r})"


class Labelled(NamedTuple):
    """A block with its label and, for anything not kept, the reason id."""

    block: Block
    label: Label
    reason: str = ""


def replace_quotes_and_dashes(text: str, by: str) -> str:
    """The text with each of '’“”‘—–…' replaced by ``by``: ASCII, usually, when ``by`` is."""
    # (one call after another: a loop over QUOTES_AND_DASHES costs a third more)
    return (
        text.replace("’", by)
        .replace("“", by)
        .replace("”", by)
        .replace("‘", by)
        .replace("—", by)
        .replace("–", by)
        .replace("…", by)
    )


def word_count(text: str) -> int:
    """How many runs of ``\\w`` characters the text holds."""
    if not text.isascii():
        text = replace_quotes_and_dashes(text, " ")  # not word characters: the same count
        if not text.isascii() and _NON_ASCII_WORD.search(text) is not None:
            return len(_WORD.findall(text))
    # The same count without building the list of words: other characters become '?'.
    letters = text.encode("ascii", "replace").translate(_ASCII_WORDS)  # words: runs of b"a"
    return letters.count(b" a") + letters.startswith(b"a")


def collapse(text: str) -> str:
    """The text with each run of whitespace made one space, and none at either end."""
    # Every whitespace character but the space is unprintable: printable text with no double,
    # leading or trailing space is collapsed already (checked faster than split and joined).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def normalise(text: str) -> str:
    """Case-folded, whitespace-collapsed text, for comparing blocks."""
    return collapse(text).casefold()


def glued_joins(text: str) -> int:
    """How often a small letter runs into a capital and on: menu links a scraper glued
    together ('LoginJoin Bold.org') have several; all-lower-case text has none."""
    return 0 if text.islower() else len(_GLUED.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence does: . ! ? … : or ; then closing quotes,
    brackets or an end-of-story mark, if any (as a regex search for a terminal then closers
    then ``$``, without the scan)."""
    if text.endswith("\n"):
        text = text[:-1]
    core = text.rstrip(_CLOSERS)
    if core[-1:] in _END_MARKS:
        core = core.rstrip(_END_MARKS + " ").rstrip(_CLOSERS)
    last = core[-1:]
    if last != "" and last in _TERMINALS:
        return True
    # A story's last sentence, then the outlet's initials: '... he said. DM', '... (END)'.
    head, _, tail = core.rpartition(" ")
    # (a word, not 'a.m.' nor 'U.S.', then the full stop)
    if (
        0 < len(tail) <= _INITIALS
        and tail.strip("()").isupper()
        and head.count(" ") >= _INITIALS_AFTER
        and _WORD_END.search(head.rstrip(_CLOSERS))
    ):
        return True
    if core[-1:].islower() and " (" in core and _NAME_SIGN_OFF.search(core):
        return True
    # ... or its sign-off after a dash: '... 18 meters. – Rappler.com'.
    head, dash, tail = core.rpartition(" – " if " – " in core[-_SIGN_OFF:] else " — ")
    if not dash:
        return False
    sign_off = " " not in tail or tail.isupper()  # 'Rappler.com', 'AP', 'PNA', 'BERNAMA'
    return sign_off and len(tail) < _SIGN_OFF and head.rstrip(_CLOSERS)[-1:] in ".!?"


def is_prose(text: str, words: int) -> bool:
    """A sentence or more of running text, as opposed to a label, link or heading."""
    if words >= 25:
        return True
    if words >= 5:
        return ends_sentence(text)
    # 'She declined to comment.': a short sentence still closes with a full stop.
    return words >= 3 and _FULL_STOP.search(text) is not None
