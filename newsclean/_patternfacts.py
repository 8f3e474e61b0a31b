"""What a regular expression's parse tree tells about its matches, without running it.

``RuleSet`` uses two facts to skip costly alternatives of its joined start patterns: a rule
alternative that may start with most letters (``first_chars``) scans the block before failing,
and when none of the strings it needs (``required_strings``) is in the block, it cannot match.

Both answers err on the safe side. ``first_chars`` gives a superset: where the tree does not
tell (a group reference, a construct this module does not know), any character may start a
match. Each character is checked by ``re`` itself against a one-character pattern built from the
tree's first items, with the flags in force there, so case-folding is ``re``'s own ('ſ' against
's'). ``required_strings`` gives strings of which every match holds one, or None; a literal
matched ignoring case gives none.

Nodes and their first characters (a node is *nullable* when it can match the empty string; the
first characters of a sequence are those of its items up to and including its first item that
is not):

- a character (``LITERAL``, ``NOT_LITERAL``, ``IN``, ``ANY``): itself, not nullable;
- a zero-width item (``AT``: ``^ $ \\b``; ``ASSERT``/``ASSERT_NOT``: look-arounds): nothing,
  nullable (ignoring what a look-ahead asks only widens the set);
- a group (``SUBPATTERN``, ``ATOMIC_GROUP``): its content, under its own inline flags;
- a branch: the union of its alternatives, nullable if one is;
- a repeat: its content, nullable if its minimum is 0 or its content is.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from types import MappingProxyType
from typing import Any

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:
    import sre_parse

__all__ = ["first_chars", "one_char", "required_strings"]

#: ``re``'s character classes in a parsed set, as written in a pattern.
_CATEGORIES = MappingProxyType(
    {
        "CATEGORY_DIGIT": r"\d",
        "CATEGORY_NOT_DIGIT": r"\D",
        "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S",
        "CATEGORY_WORD": r"\w",
        "CATEGORY_NOT_WORD": r"\W",
    }
)
#: The flags that change what one character matches.
_CHAR_FLAGS = re.IGNORECASE | re.ASCII | re.DOTALL | re.UNICODE
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
#: A character class of at most this many literals spells a string for each of them ...
_MAX_CLASS = 4
#: ... while a run of literals spells at most this many strings.
_MAX_STRINGS = 16

#: A first item: a one-character pattern and the flags it is matched with.
_Item = tuple[str, int]


class _Unknown(Exception):
    """The tree holds something this module does not read: any character may start it."""


def first_chars(pattern: str, flags: int, chars: Iterable[str]) -> frozenset[str] | None:
    """The characters among ``chars`` that a match of the pattern (with ``re.match``) can
    start with, or None when it may start with any (it can match the empty string, or its
    start cannot be read)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        items, nullable = _first(parsed.data, parsed.state.flags)
        if nullable:
            return None
        testers = [re.compile(one, item_flags) for one, item_flags in items]
    except (_Unknown, re.error, ValueError):
        return None
    return frozenset(c for c in chars if any(t.match(c) for t in testers))


def _first(data: list[tuple[Any, Any]], flags: int) -> tuple[list[_Item], bool]:
    """The first items of a sequence of nodes, and whether the whole sequence is nullable."""
    items: list[_Item] = []
    for op, av in data:
        name = op.name
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            char_flags = flags & _CHAR_FLAGS
            if char_flags & re.ASCII:  # an inline (?a) over the pattern's default UNICODE
                char_flags &= ~re.UNICODE
            items.append((one_char(name, av), char_flags))
            return items, False
        if name in _ZERO_WIDTH:
            continue
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            found, nullable = _first(sub.data, (flags | add) & ~remove)
        elif name == "ATOMIC_GROUP":
            found, nullable = _first(av.data, flags)
        elif name in _REPEATS:
            low, _high, sub = av
            found, nullable = _first(sub.data, flags)
            nullable = nullable or low == 0
        elif name == "BRANCH":
            found, nullable = [], False
            for alternative in av[1]:
                more, empty = _first(alternative.data, flags)
                found += more
                nullable = nullable or empty
        else:
            raise _Unknown(name)
        items += found
        if not nullable:
            return items, False
    return items, True


def one_char(name: str, av: Any) -> str:
    """A pattern for the one character that a ``LITERAL``, ``NOT_LITERAL``, ``IN`` or ``ANY``
    node matches."""
    if name == "ANY":
        return "."
    if name == "LITERAL":
        return _escape(av)
    if name == "NOT_LITERAL":
        return f"[^{_escape(av)}]"
    parts = []
    for index, (op, value) in enumerate(av):
        kind = op.name
        if kind == "NEGATE" and index == 0:
            parts.append("^")
        elif kind == "LITERAL":
            parts.append(_escape(value))
        elif kind == "RANGE":
            parts.append(f"{_escape(value[0])}-{_escape(value[1])}")
        elif kind == "CATEGORY" and value.name in _CATEGORIES:
            parts.append(_CATEGORIES[value.name])
        else:
            raise _Unknown(kind)
    return f"[{''.join(parts)}]"


def _escape(code: int) -> str:
    return f"\\U{code:08x}"


def required_strings(
    pattern: str, flags: int, rank: Callable[[frozenset[str]], Any] | None = None
) -> frozenset[str] | None:
    """Strings of which every match of the pattern contains one, as written (case-sensitive:
    a literal matched ignoring case gives none), or None when the tree does not tell. Of the
    sets a pattern offers, the one ``rank`` puts highest (by default, the one whose shortest
    string is longest, then the smallest)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    return _required(parsed.data, parsed.state.flags, rank or _selective)


def _required(
    data: list[tuple[Any, Any]], flags: int, rank: Callable[[frozenset[str]], Any]
) -> frozenset[str] | None:
    """The best set of strings that a sequence of nodes requires (one of them), if any: a run
    of nodes that spell a few strings (literals, ' [›»] ', '(staff|senior)'), or what a group, a
    branch (each alternative's) or a repeat of at least once requires. A node that gives no set
    (a wide character class) ends a run, not the sequence."""
    candidates: list[frozenset[str]] = []
    run = frozenset({""})  # the strings that the nodes in a row so far spell
    for op, av in data:
        name = op.name
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the nodes on either side are still in a row
        spelled = _spelled([(op, av)], flags)
        if spelled is not None and len(run) * len(spelled) <= _MAX_STRINGS:
            run = frozenset(start + end for start in run for end in spelled)
            continue
        if "" not in run:
            candidates.append(run)
        run = frozenset({""})
        found: frozenset[str] | None = None
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            found = _required(sub.data, (flags | add) & ~remove, rank)
        elif name == "ATOMIC_GROUP":
            found = _required(av.data, flags, rank)
        elif name in _REPEATS and av[0] >= 1:
            found = _required(av[2].data, flags, rank)
        elif name == "BRANCH":
            each = [_required(alternative.data, flags, rank) for alternative in av[1]]
            found = frozenset(s for strings in each if strings is not None for s in strings)
            found = found if None not in each else None
        if found:
            candidates.append(found)
    if "" not in run:
        candidates.append(run)
    return max(candidates, key=rank, default=None)


def _spelled(data: list[tuple[Any, Any]], flags: int) -> frozenset[str] | None:
    """The strings that a sequence of nodes matches, when it is made of literals (matched
    case-sensitively), small classes of them, groups and branches of such, and look-arounds
    (which only narrow it); None for any other sequence or too many strings."""
    strings = frozenset({""})
    for op, av in data:
        name = op.name
        ends: frozenset[str] | None = None
        if name in _ZERO_WIDTH:
            continue
        if flags & re.IGNORECASE:
            return None
        if name == "LITERAL":
            ends = frozenset({chr(av)})
        elif name == "IN" and len(av) <= _MAX_CLASS and all(o.name == "LITERAL" for o, _ in av):
            ends = frozenset(chr(code) for _, code in av)
        elif name == "SUBPATTERN" and not av[1] and not av[2]:  # no flags switched
            ends = _spelled(av[3].data, flags)
        elif name == "BRANCH":
            each = [_spelled(alternative.data, flags) for alternative in av[1]]
            ends = None if None in each else frozenset().union(*each)  # type: ignore[arg-type]
        if ends is None or len(strings) * len(ends) > _MAX_STRINGS:
            return None
        strings = frozenset(start + end for start in strings for end in ends)
    return strings


def _selective(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer; fewer of them are quicker to look for."""
    return min(map(len, strings)), -len(strings)
