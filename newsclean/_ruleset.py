"""``RuleSet``: the rules of one ``Options``, in order, with a fast path that gives the same answer
as trying each rule in turn (``tests/test_rules.py`` checks that on every example).

Python's ``re`` tries the branches of an alternation one by one, and case-insensitive branches
slowly, so the fast path (1) joins the ``^``-anchored top-level alternatives of all rules into one
pattern tried once at the start of a block, whose matching group names the first rule that can
match; (2) on ASCII text, tries a case-sensitive copy of it on the lower-cased text (the same
answer there, much faster) for the rules whose patterns hold no upper-case letter or flag switch;
(3) searches the alternatives that may match anywhere all at once before trying their rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._rules import Rule

__all__ = ["RuleSet"]

#: An upper-case letter that is not an escape (``\W``, ``\S`` ...), or a switch of flags.
_CASE_SENSITIVE = re.compile(r"(?<!\\)[A-Z]|\(\?-?[a-z]*-")


@dataclass(frozen=True, slots=True)
class _Lane:
    """One way through the rules: the joined start pattern, the rules whose alternatives float
    (tried when ``anywhere`` finds one of them) and the rules always tried one by one."""

    starts: re.Pattern[str] | None
    floating: tuple[int, ...]
    anywhere: re.Pattern[str] | None
    always: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules in the order they are tried, with a fast path that gives the same answer."""

    rules: tuple[Rule, ...]
    max_words: int = field(init=False)
    unicode: _Lane = field(init=False, repr=False, compare=False)
    ascii: _Lane = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_words", max((r.max_words for r in self.rules), default=-1))
        everything = tuple(range(len(self.rules)))
        object.__setattr__(self, "unicode", _lane(self.rules, everything, re.IGNORECASE))
        lowerable = tuple(
            i for i, r in enumerate(self.rules) if not _CASE_SENSITIVE.search(r.pattern)
        )
        lane = _lane(self.rules, lowerable, 0)
        always = tuple(i for i in everything if i not in lowerable)
        object.__setattr__(self, "ascii", _Lane(lane.starts, lane.floating, lane.anywhere, always))

    def first_match(self, text: str, words: int) -> Rule | None:
        """The first rule that removes a block with this text and word count, if any."""
        if words > self.max_words:
            return None
        lane, probe = (self.ascii, text.lower()) if text.isascii() else (self.unicode, text)
        if lane.starts is None:
            return _first(self.rules, text, words)
        found = lane.starts.match(probe)
        hit = int(found.lastgroup.split("_")[1]) if found and found.lastgroup else len(self.rules)
        floats = lane.anywhere is None or lane.anywhere.search(probe) is not None
        for i in sorted((*lane.floating, *lane.always)) if lane.always else lane.floating:
            if i >= hit:
                break
            if (floats or i in lane.always) and self.rules[i].matches(text, words):
                return self.rules[i]
        # No rule before ``hit`` matches; from ``hit`` on, word limits may still say no.
        return _first(self.rules[hit:], text, words) if found else None


def _first(rules: tuple[Rule, ...], text: str, words: int) -> Rule | None:
    return next((rule for rule in rules if rule.matches(text, words)), None)


def _lane(rules: tuple[Rule, ...], indexes: tuple[int, ...], flags: int) -> _Lane:
    """The joined ``^`` alternatives of these rules (``None`` when the patterns cannot be
    joined: a user pattern with global inline flags or named groups of its own), the indexes
    of those that have other alternatives, and one pattern of those other alternatives."""
    anchored: list[str] = []
    floating: list[int] = []
    loose: list[str] = []
    for index in indexes:
        alternatives = _top_level_alternatives(rules[index].pattern)
        anchored.extend(
            f"(?P<_{index}_{k}>{a[1:]})" for k, a in enumerate(alternatives) if a.startswith("^")
        )
        if not all(a.startswith("^") for a in alternatives):
            floating.append(index)
            loose.extend(f"(?:{a})" for a in alternatives if not a.startswith("^"))
    try:
        starts = re.compile("|".join(anchored), flags) if anchored else None
        anywhere = re.compile("|".join(loose), flags) if loose else None
    except re.error:
        return _Lane(None, (), None)
    if starts is None:
        return _Lane(None, (), None)
    return _Lane(starts, tuple(floating), anywhere)


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a pattern on the ``|`` that are outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
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
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
