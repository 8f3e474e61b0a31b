"""A rule's pattern rewritten for RE2: a looser pattern that matches (``search``) wherever the
rule's own pattern may, on the text ``RuleSet``'s prefilter reads (ASCII, and the quotes and
dashes of English prose, ``QUOTES_AND_DASHES``: ``ALPHABET``).

It is written from the pattern's parse tree (``re._parser``, ``sre_parse`` on 3.10), node by
node, each node by one that matches at least what it matches:

- a character (a literal, a class, ``.``, under the flags in force there) becomes the class of
  the characters of ``ALPHABET`` that Python's own ``re`` matches with it (so case-folding and
  ``\\w``, ``\\s``, ``\\d`` are ``re``'s, exactly, on that alphabet);
- ``^``, ``\\A``, ``\\b``, ``\\B``, ``\\Z`` are kept (``\\b`` is ASCII in RE2, and so in effect
  it is in Python on this alphabet: the quotes and dashes are not word characters); ``$``
  becomes RE2's multi-line ``$`` (before any new line, or at the end), which allows more;
- a look-around is dropped (it only narrows a match); a group reference becomes ``.*`` and a
  conditional group the choice of its two branches;
- a repeat keeps its bounds while they are small, and above ``_MAX_COUNT`` is left open
  (``x{1,60}`` becomes ``x{1,}``): RE2 spells a bounded repeat out, and the automaton of many
  of them grows large; lazy and possessive repeats and atomic groups become plain ones.

Anything else in the tree (none of the table's rules holds any) gives no pattern: the rule is
then tried on every block.

``wide=True`` writes a pattern for any text (a letter outside ASCII, 'é', 'İ'): a character
that may match one outside ``ALPHABET`` (``\\w``, ``\\d``, a class that holds one, a literal
outside ASCII read ignoring case) also matches every character outside it, an ASCII letter read
ignoring case also the four outside ASCII that ``re`` folds to one (``FOLDS``), and ``\\b``,
``\\B`` are dropped (in RE2 they read ASCII only, and 'é' is a word character to ``re``).
"""

from __future__ import annotations

import re
import sys
from typing import Any, NamedTuple

from ._blocks import QUOTES_AND_DASHES
from ._firstchar import top_level_alternatives
from ._patternfacts import one_char

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:
    import sre_parse

__all__ = ["ALPHABET", "FOLDS", "Classes", "Loose", "Ranges", "loosened", "loosened_alternatives"]

#: The characters of the text the prefilter reads.
ALPHABET = "".join(map(chr, range(128))) + QUOTES_AND_DASHES
#: The characters outside ASCII that ``re`` matches with an ASCII one when ignoring case ('İ',
#: 'ı', 'ſ', the Kelvin sign; ``tests/test_prefilter.py`` checks every code point).
FOLDS = "\u0130\u0131\u017f\u212a"
#: Repeat bounds above this are left open.
_MAX_COUNT = 4
#: The flags of a pattern that sets none (``str`` patterns are Unicode).
_DEFAULT_FLAGS = sre_parse.parse("").state.flags
#: The flags as plain ints (the parse tree's flags are ints; ``re.IGNORECASE`` & c. are enum
#: members, whose arithmetic is slow: the flags are tested for every character of every rule).
_IGNORECASE, _MULTILINE, _VERBOSE = int(re.IGNORECASE), int(re.MULTILINE), int(re.VERBOSE)
_ASCII, _UNICODE = int(re.ASCII), int(re.UNICODE)
#: Classes that match only word characters.
_WORDS = frozenset({"CATEGORY_WORD", "CATEGORY_DIGIT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_CHARS = frozenset({"LITERAL", "NOT_LITERAL", "IN", "ANY"})
_ANCHORS = {
    "AT_BEGINNING_STRING": r"\A",
    "AT_END": "(?m:$)",
    "AT_END_STRING": r"\z",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
}


#: Ranges of code points, first and last.
Ranges = tuple[tuple[int, int], ...]


class _Unknown(Exception):
    """The tree holds something this module does not rewrite."""


#: Character classes already written: (one-character pattern, flags, wide) -> their ranges.
Classes = dict[tuple[str, int, bool], Ranges]


def loosened_alternatives(pattern: str, flags: int, classes: Classes) -> list[Loose] | None:
    """Each top-level alternative of the pattern, loosened; the whole pattern as one when it
    sets flags for all of them (``(?x)``) or an alternative cannot be written alone; None
    when the pattern cannot be written."""
    try:
        whole = sre_parse.parse(pattern, flags).state.flags
    except (re.error, ValueError, RecursionError):
        return None
    if whole == _DEFAULT_FLAGS | flags:
        found = [_loose(part, flags, classes) for part in top_level_alternatives(pattern)]
        if None not in found:
            return found  # type: ignore[return-value]
    one = _loose(pattern, flags, classes)  # (an alternative alone may refer to another's group)
    return None if one is None else [one]


def loosened(pattern: str, flags: int, classes: Classes, *, wide: bool = False) -> str | None:
    """The RE2 pattern for a Python pattern compiled with ``flags`` (for any text if ``wide``),
    or None when it cannot be written (``classes`` keeps each character class written, for the
    other patterns)."""
    found = _loose(pattern, flags, classes)
    return None if found is None else found.wide if wide else found.readable


class Loose(NamedTuple):
    """A pattern loosened for the text the prefilter reads, and for any text."""

    readable: str
    wide: str


def _loose(pattern: str, flags: int, classes: Classes) -> Loose | None:
    """Both loosened patterns, written from one parse tree."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        data, flags = parsed.data, int(parsed.state.flags)
        return Loose(
            _Writer(classes, wide=False).sequence(data, flags),
            _Writer(classes, wide=True).sequence(data, flags),
        )
    except (_Unknown, re.error, ValueError, RecursionError):
        return None


class _Writer:
    def __init__(self, classes: Classes, *, wide: bool) -> None:
        self._classes = classes
        self._wide = wide

    def sequence(self, data: list[tuple[Any, Any]], flags: int) -> str:
        return "".join(self._node(op.name, av, flags) for op, av in data)

    def _node(self, name: str, av: Any, flags: int) -> str:
        if name in _CHARS:
            extra: Ranges = ()  # what it may match outside ``ALPHABET``
            if name == "LITERAL" and chr(av) not in ALPHABET:
                extra = ((av, av),)
            elif name in ("ANY", "NOT_LITERAL"):
                extra = _OTHERS
            elif name == "IN":
                extra = _beyond(av, wide=self._wide)
            if self._wide and extra and flags & _IGNORECASE:
                extra = _OTHERS  # their other cases too
            return self._char(one_char(name, av), flags, extra)
        if name == "AT":
            if av.name == "AT_BEGINNING":
                return "(?m:^)" if flags & _MULTILINE else "^"
            if av.name not in _ANCHORS:
                raise _Unknown(av.name)
            if self._wide and av.name in ("AT_BOUNDARY", "AT_NON_BOUNDARY"):
                return ""
            return _ANCHORS[av.name]
        if name in ("ASSERT", "ASSERT_NOT"):
            return ""
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            return f"(?:{self.sequence(sub.data, (flags | add) & ~remove)})"
        if name == "ATOMIC_GROUP":
            return f"(?:{self.sequence(av.data, flags)})"
        if name == "BRANCH":
            return f"(?:{'|'.join(self.sequence(a.data, flags) for a in av[1])})"
        if name in _REPEATS:
            low, high, sub = av
            low = min(low, _MAX_COUNT)
            bounds = f"{{{low},{high}}}" if high <= _MAX_COUNT else f"{{{low},}}"
            return f"(?:{self.sequence(sub.data, flags)}){bounds}"
        if name == "GROUPREF":
            return "(?s:.*)"
        if name == "GROUPREF_EXISTS":
            _group, yes, no = av
            both = [self.sequence(yes.data, flags), self.sequence(no.data, flags) if no else ""]
            return f"(?:{'|'.join(both)})"
        raise _Unknown(name)

    def _char(self, one: str, flags: int, extra: Ranges) -> str:
        """The RE2 class of the characters of ``ALPHABET`` that ``one`` matches (small letters
        for capitals: RE2 reads the patterns ignoring case), and of ``extra``."""
        flags &= ~(_MULTILINE | _VERBOSE)
        if flags & _ASCII:  # an inline (?a) over the pattern's default UNICODE
            flags &= ~_UNICODE
        key = (one, flags, self._wide)
        if key not in self._classes:
            tester = re.compile(one, flags)
            folds = FOLDS if self._wide else ""
            self._classes[key] = _ranges(
                sorted({ord(c.lower()) for c in ALPHABET if tester.match(c)})
            ) + tuple((ord(c), ord(c)) for c in folds if tester.match(c))
        ranges = self._classes[key] + extra
        if not ranges:
            return r"[^\x00-\x{10FFFF}]"  # no character
        if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
            return _escape(ranges[0][0])
        spans = (_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)
        return f"[{''.join(spans)}]"


def _beyond(items: list[tuple[Any, Any]], *, wide: bool) -> Ranges:
    """What the items of a character class may match outside ``ALPHABET``, in text whose other
    characters are not word characters (``\\w``, ``\\d`` match none of them) unless ``wide``."""
    found: list[tuple[int, int]] = []
    for op, value in items:
        if op.name == "LITERAL" and chr(value) not in ALPHABET:
            found.append((value, value))
        elif op.name == "RANGE" and value[1] >= 128:
            found.append((max(value[0], 128), value[1]))
        elif op.name == "NEGATE" or (op.name == "CATEGORY" and (wide or value.name not in _WORDS)):
            return _OTHERS
    return tuple(found)


def _ranges(codes: list[int]) -> Ranges:
    """These code points (ascending) as ranges, first and last."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return tuple(ranges)


def _outside(chars: str) -> Ranges:
    """The code points above ASCII that are not among these characters, as ranges."""
    ranges, start = [], 0x80
    for code in sorted(map(ord, chars)):
        if code > start:
            ranges.append((start, code - 1))
        start = code + 1
    return (*ranges, (start, 0x10FFFF))


#: Every character outside ``ALPHABET``.
_OTHERS = _outside(QUOTES_AND_DASHES)


def _escape(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\x{{{code:X}}}"
