"""``Prefilter``: which rules might remove a block, read in one pass of RE2 (``google-re2``)
over its text; a superset of the rules that do (never one too few), each of which ``RuleSet``
then tries with its own Python pattern, in the table's order.

Each top-level alternative of each rule is rewritten for RE2 (``_loosen``: a pattern that
matches wherever the alternative may, on text of ASCII and the quotes and dashes of English
prose). Those that begin with ``^`` go, without it, into one ``RE2.Set`` matched at the start of
the text; the others into one searched through it. Two sets, not one: RE2 answers for a set by
a lazily built automaton whose states are the sets of positions alive in all its patterns at
once, and the start alternatives (names, dates: many begin with a letter class) searched at
every position with the floating ones made it grow past 80 MB and cost more than ``re``.

Each set also holds the empty pattern, which matches every text: RE2 answers "no match" when
its automaton runs out of memory, and an answer without the empty pattern is taken for that
(``candidates`` then gives None, and ``RuleSet`` answers without the prefilter).

Two such prefilters are built from one reading of the rules: one for the text ``RuleSet``'s
``readable`` tells (nearly all of it), and a looser one for any other (a letter outside ASCII:
'é', mojibake), which names about three times as many rules.

A rule whose pattern cannot be rewritten (``_loosen`` gives None, or RE2 refuses the rewritten
one) is tried on every block. Without ``google-re2`` (no wheel for the platform), ``build``
gives None and ``RuleSet`` uses its own fast path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._loosen import Classes, loosened_alternatives
from ._rules import Rule

try:
    import re2
except ImportError:  # pragma: no cover - every platform with a wheel has it
    re2 = None

__all__ = ["Prefilter", "build", "new_set"]

#: RE2's memory budget for each set (its automaton's states live within it).
_MAX_MEMORY = 64 << 20


@dataclass(frozen=True, slots=True)
class Prefilter:
    """The two sets, and which rule each of their patterns (after the empty one) comes from."""

    starts: Any  # re2.Set, anchored at the start of the text
    anywhere: Any  # re2.Set, searched
    start_rule: tuple[int, ...]  # pattern number -> rule index (-1: the empty pattern)
    anywhere_rule: tuple[int, ...]
    always: frozenset[int]  # rules tried on every block
    max_words: tuple[int, ...]  # rule index -> its word limit

    def candidates(self, text: str, words: int) -> list[int] | None:
        """The indices of the rules that might remove a block of this text and word count, in
        order; None when RE2 could not tell. For the prefilter of readable text, the text's
        characters outside ASCII must be neither word characters nor cased (``RuleSet`` checks
        it)."""
        try:
            data = text.encode()  # once for both sets (each would encode a str)
        except UnicodeEncodeError:  # a lone surrogate
            return None
        starts = self.starts.Match(data)
        anywhere = self.anywhere.Match(data)
        if starts is None or anywhere is None:
            return None  # the empty pattern did not match: RE2 gave up
        if len(starts) == 1 and len(anywhere) == 1 and not self.always:
            return []
        hits = {self.start_rule[k] for k in starts}
        hits.update(self.anywhere_rule[k] for k in anywhere)
        hits.update(self.always)
        hits.discard(-1)
        return [i for i in sorted(hits) if self.max_words[i] >= words]


def build(rules: tuple[Rule, ...]) -> tuple[Prefilter, Prefilter] | None:
    """The prefilters of these rules for the text ``readable`` tells, and for any text (looser:
    see ``_loosen``); None without RE2 or when it cannot build the sets."""
    if re2 is None:
        return None
    classes: Classes = {}
    loose = [loosened_alternatives(rule.pattern, re.IGNORECASE, classes) for rule in rules]
    try:
        return (
            _prefilter(rules, [None if a is None else [x.readable for x in a] for a in loose]),
            _prefilter(rules, [None if a is None else [x.wide for x in a] for a in loose]),
        )
    except re2.error:
        return None


def _prefilter(rules: tuple[Rule, ...], loose: list[list[str] | None]) -> Prefilter:
    """The prefilter of the rules from their loosened alternatives (None: not written)."""
    starts: list[tuple[str, int]] = []  # (pattern, rule index)
    anywhere: list[tuple[str, int]] = []
    always: set[int] = set()
    for index, alternatives in enumerate(loose):
        if alternatives is None:
            always.add(index)
            continue
        for alternative in alternatives:
            if alternative.startswith("^"):
                starts.append((alternative[1:], index))
            else:
                anywhere.append((alternative, index))
    start_set, start_rule = _set(re2.Set.MatchSet, starts, always)
    anywhere_set, anywhere_rule = _set(re2.Set.SearchSet, anywhere, always)
    return Prefilter(
        start_set,
        anywhere_set,
        start_rule,
        anywhere_rule,
        frozenset(always),
        tuple(rule.max_words for rule in rules),
    )


def _set(
    kind: Any, patterns: list[tuple[str, int]], always: set[int]
) -> tuple[Any, tuple[int, ...]]:
    """A compiled set of the empty pattern and these; a rule one of whose patterns RE2 refuses
    joins ``always``."""
    found = kind(_options())
    found.Add("")
    rule_of = [-1]
    for pattern, index in patterns:
        try:
            found.Add(pattern)
        except re2.error:
            always.add(index)
            continue
        rule_of.append(index)
    found.Compile()
    return found, tuple(rule_of)


def new_set(patterns: list[str]) -> Any:
    """A searched set of the empty pattern and these (RE2 patterns, read ignoring case), or
    None without RE2 or when it refuses one of them."""
    if re2 is None:
        return None
    found = re2.Set.SearchSet(_options())
    try:
        for pattern in ("", *patterns):
            found.Add(pattern)
        found.Compile()
    except re2.error:
        return None
    return found


def _options() -> Any:
    options = re2.Options()
    options.case_sensitive = False
    options.max_mem = _MAX_MEMORY
    options.log_errors = False
    return options
