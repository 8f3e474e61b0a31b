"""A joined start pattern split by the first character of the text: one copy per character,
holding only the alternatives that can start with it.

``re`` tries the branches of an alternation one by one, and skips a branch at once only when
it begins with a literal or a character class that the text's character fails; a branch that
begins with a group (``(?:subscribe|log ?in|...) now``) is entered, and each branch inside it
tried. A joined start pattern of a hundred rule alternatives, most of them such groups, spends
most of a failed match there. Its copy for a text that begins with 's' keeps only what can begin
with 's', in the pattern and in the group that each kept alternative begins with (and so on
down).

Why a copy gives the same match on a text that begins with ``c``: ``re.match`` tries each
top-level alternative at the text's first character, and so each alternative of a plain group
``(?:...)`` that one begins with (after zero-width items only: ``^``, ``\\b``, look-arounds;
not a repeated group). An alternative that cannot match the empty string and whose first
characters exclude ``c`` (``_patternfacts.first_chars``, which errs on the side of more) fails
there, whatever follows. Dropping it leaves the others in their order, so the first one that
matches is the same. A copy holds the markers of the top-level alternatives it keeps, in order,
so the rule a match names is read from the copy's own ``rule_of``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ._patternfacts import first_chars

__all__ = ["Copy", "Splitter", "structure", "top_level_alternatives"]

#: The texts' first characters worth a copy (lower-cased text: small letters and digits).
FIRST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
#: Zero-width items that may open an alternative before what it consumes.
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH = ("^", "\\b", "\\B", "\\A")

#: A copy: the pattern, and its group number -> the index of the rule that group marks.
Copy = tuple[re.Pattern[str], tuple[int, ...]]


class _Node(NamedTuple):
    """An alternative, read once: the plain group it begins with, split into its branches
    (``head`` + branches joined by '|' + ``tail`` is the alternative), or no branches."""

    source: str
    head: str = ""
    branches: tuple[_Node, ...] = ()
    tail: str = ""


class Splitter:
    """Splits joined start patterns by first character. It reads each alternative once (its
    first characters, its leading group) for all the patterns of one ``RuleSet``."""

    def __init__(self, flags: int) -> None:
        self._flags = flags
        self._firsts: dict[str, frozenset[str] | None] = {}
        self._nodes: dict[str, _Node] = {}

    def by_first_char(self, anchored: Sequence[tuple[str, int]]) -> tuple[Copy, ...]:
        """For a start pattern joined from ``anchored`` (each alternative with its one marker
        group, and the index of its rule), its copy for each ASCII character, indexed by the
        character's code (a character not in ``FIRST_CHARS`` gets the whole pattern)."""
        nodes = [(self._node(a), i) for a, i in anchored]
        compiled: dict[str, re.Pattern[str]] = {}
        copies: list[Copy] = []
        for code in range(128):
            char = chr(code)
            if char in FIRST_CHARS:
                kept = [(self._narrowed(n, char), i) for n, i in nodes if self._can_start(n, char)]
            else:
                kept = list(anchored)
            source = "|".join(a for a, _ in kept) if kept else "(?!)"
            if source not in compiled:
                compiled[source] = re.compile(source, self._flags)
            copies.append((compiled[source], (-1, *(i for _, i in kept))))
        return tuple(copies)

    def _can_start(self, node: _Node, char: str) -> bool:
        if node.source not in self._firsts:
            self._firsts[node.source] = first_chars(node.source, self._flags, FIRST_CHARS)
        allowed = self._firsts[node.source]
        return allowed is None or char in allowed

    def _narrowed(self, node: _Node, char: str) -> str:
        """The alternative with the branches that cannot start with ``char`` dropped from the
        plain group it begins with (and from the group that each kept branch begins with)."""
        if not node.branches:
            return node.source
        kept = [self._narrowed(b, char) for b in node.branches if self._can_start(b, char)]
        return f"{node.head}{'|'.join(kept) if kept else '(?!)'}{node.tail}"

    def _node(self, alternative: str) -> _Node:
        if alternative not in self._nodes:
            self._nodes[alternative] = _Node(alternative)
            start = _first_item(alternative)
            if alternative.startswith("(?:", start):
                end = _group_end(alternative, start)
                # A repeated group's branches are tried past the first character too.
                if alternative[end + 1 : end + 2] not in ("?", "*", "+", "{"):
                    branches = top_level_alternatives(alternative[start + 3 : end])
                    self._nodes[alternative] = _Node(
                        alternative,
                        alternative[: start + 3],
                        tuple(self._node(b) for b in branches),
                        alternative[end:],
                    )
        return self._nodes[alternative]


def _first_item(pattern: str) -> int:
    """Where the first item that may consume a character begins, past zero-width ones."""
    i = 0
    while True:
        zero = next((z for z in _ZERO_WIDTH if pattern.startswith(z, i)), None)
        if zero is not None:
            i += len(zero)
        elif pattern.startswith(_LOOKAROUNDS, i):
            i = _group_end(pattern, i) + 1
        else:
            return i


def structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of each character from ``start`` that is outside escapes and
    character classes: the ones that open and close groups or split alternatives (``depth``
    counts the groups open after the character)."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """The index of the ``)`` closing the group opened at ``start``."""
    for i, char, depth in structure(pattern, start):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group in {pattern!r}")


def top_level_alternatives(pattern: str) -> list[str]:
    """Split a pattern on the ``|`` that are outside groups and character classes."""
    cuts = [i for i, char, depth in structure(pattern) if char == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]
