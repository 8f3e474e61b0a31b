"""``RuleSet``: the rules of one ``Options``, in order, with a fast path that gives the same answer
as trying each rule in turn (``tests/test_rules.py`` checks that on every example)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._rules import Rule

__all__ = ["RuleSet"]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules in the order they are tried, with a fast path that gives the same answer.

    The top-level alternatives of every pattern that are anchored with ``^`` are joined, in
    table order, into one pattern tried once at the start of a block: the alternative that
    matches names the first rule that can. Only the few rules with alternatives that may match
    anywhere are searched one by one.
    """

    rules: tuple[Rule, ...]
    max_words: int = field(init=False)
    #: Every ``^`` alternative, in table order, in a group named ``_<rule index>_<k>``.
    starts: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    #: Indexes of the rules with an alternative that may match anywhere.
    floating: tuple[int, ...] = field(init=False, repr=False, compare=False)
    #: Finds any of those alternatives: when it finds none, the floating rules are skipped.
    anywhere: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_words", max((r.max_words for r in self.rules), default=-1))
        starts, floating = _split_anchored(self.rules)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "floating", floating)
        object.__setattr__(self, "anywhere", _join_floating(self.rules, floating))

    def first_match(self, text: str, words: int) -> Rule | None:
        """The first rule that removes a block with this text and word count, if any."""
        if words > self.max_words:
            return None
        if self.starts is None:
            return _first(self.rules, text, words)
        found = self.starts.match(text)
        hit = int(found.lastgroup.split("_")[1]) if found and found.lastgroup else len(self.rules)
        if self.anywhere is None or self.anywhere.search(text) is not None:
            for i in self.floating:
                if i >= hit:
                    break
                if self.rules[i].matches(text, words):
                    return self.rules[i]
        # No rule before ``hit`` matches; from ``hit`` on, word limits may still say no.
        return _first(self.rules[hit:], text, words) if found else None


def _first(rules: tuple[Rule, ...], text: str, words: int) -> Rule | None:
    return next((rule for rule in rules if rule.matches(text, words)), None)


def _split_anchored(rules: tuple[Rule, ...]) -> tuple[re.Pattern[str] | None, tuple[int, ...]]:
    """The joined ``^`` alternatives, and the indexes of the rules that have others too.
    ``(None, ())`` when the patterns cannot be joined (a user pattern with global inline flags
    or named groups of its own)."""
    anchored: list[str] = []
    floating: list[int] = []
    for index, rule in enumerate(rules):
        alternatives = _top_level_alternatives(rule.pattern)
        anchored.extend(
            f"(?P<_{index}_{k}>{a[1:]})" for k, a in enumerate(alternatives) if a.startswith("^")
        )
        if not all(a.startswith("^") for a in alternatives):
            floating.append(index)
    try:
        return re.compile("|".join(anchored), re.IGNORECASE), tuple(floating)
    except re.error:
        return None, ()


def _join_floating(rules: tuple[Rule, ...], floating: tuple[int, ...]) -> re.Pattern[str] | None:
    """One pattern of every alternative of the floating rules that is not anchored."""
    alternatives = [
        a for i in floating for a in _top_level_alternatives(rules[i].pattern) if a[:1] != "^"
    ]
    try:
        return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
    except re.error:
        return None


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
