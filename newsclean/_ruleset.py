"""``RuleSet``: the rules of one ``Options``, in order, with a fast path that gives the same answer
as trying each rule in turn (``tests/test_rules.py`` checks that on every example).

With ``google-re2`` installed, every block goes through a prefilter (``_prefilter``): two RE2
sets, read in one pass each, name the rules that might match (never one too few), and only
those rules' own patterns are tried, in order. A block whose characters outside ASCII are
neither word characters nor cased (``readable``: nearly all English text) is read by the
tighter of two prefilters, any other (one with 'é') by the looser. Every block when RE2 is
missing, cannot build its sets or gives up, takes the lanes below; with the prefilter, only
their case-insensitive lane is built.

Python's ``re`` tries the branches of an alternation one by one, so the lanes

1. picks the rules that can match a block of its length (each rule has ``max_words``): one lane
   per distinct limit, built once;
2. joins the ``^``-anchored top-level alternatives of a lane's rules into one pattern tried once
   at the start of a block, whose matching (empty, trailing) group names the first rule that
   matches; its groups are made non-capturing, so that ``re`` can skip a branch on its first
   letter;
3. on ASCII text (or text whose other characters have no case: curly quotes, dashes), tries a
   case-sensitive copy of it on the lower-cased text (the same answer there, much faster); a
   rule that asks for capitals (``(?-i:[A-Z])``, ``(?-i:[A-Z]{2,5})``) asks for letters there,
   and when it is the one named, its own pattern confirms it on the text;
4. searches the alternatives that may match anywhere all at once before trying their rules; on
   the lower-case lane, first searches for the strings they need (a gate as in 5.: one of
   them, '[—:.] sign up for ... newsletter', scans a block many times over);
5. on the lower-case lane of blocks of up to 16 words, sets aside the start alternatives that
   scan the block (they may start with most letters: a name then '(writer|editor)', or
   ``.{3,150} →$``) when they need one of a few strings (``_patternfacts.required_strings``:
   'writer' or 'editor'; ' →'): one search for all those strings (the *gate*) tells whether
   any could match; when none can, a start pattern without them (``narrow``) gives the same
   answer at half the cost. On longer blocks the search costs more than it saves;
6. on blocks of up to 12 words, ``narrow`` has a copy per first letter or digit of the block,
   holding only the alternatives that can start with it (``_firstchar``): half the cost again.
   Longer blocks are too few for the copies to pay for building them.

A rule with an ``unless`` pattern (a guard read after its pattern matched) is never joined: the
lanes try it on its own, and the prefilter names it by its pattern alone (the guard only
narrows what it removes).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ._blocks import replace_quotes_and_dashes
from ._firstchar import Copy, Splitter, structure, top_level_alternatives
from ._patternfacts import first_chars, required_strings
from ._prefilter import Prefilter, build
from ._rules import Rule

__all__ = ["RuleSet", "readable"]

#: An upper-case letter that is not an escape (``\W``, ``\S`` ...), or a switch of flags.
_CASE_SENSITIVE = re.compile(r"(?<!\\)[A-Z]|\(\?-?[a-z]*-")
#: The one case-sensitive idiom the lower-case lane can relax: capital letters, '(?-i:[A-Z])'
#: or '(?-i:[A-Z]{2,5})' (any quantifier); the lane reads them as small letters.
_CAPITALS = re.compile(r"\(\?-i:\[A-Z\]((?:\{\d+(?:,\d*)?\}|[+*?])?)\)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
#: Patterns that number or name their groups cannot have them made non-capturing.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P[=<]")
#: A start alternative that may start with this many of the 26 letters scans the block ...
_SCANS_FROM = 13
#: ... and is set aside behind the gate when it needs one of a few strings this long or more.
_GATE_MIN_CHARS = 3
_GATE_MAX_STRINGS = 16
#: Blocks of more words take no gate (measured: the search for its strings costs more there).
_GATE_MAX_WORDS = 16
#: Blocks of more words take no copies of ``narrow`` per first character (too few of them).
_SPLIT_MAX_WORDS = 12
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: The start pattern of no alternative.
_NEVER = re.compile("(?!)")


@dataclass(frozen=True, slots=True)
class _Lane:
    """One way through some rules: the joined start pattern, and the rules tried one by one
    before the rule it names, as ``(index, always)``: ``always`` rules are tried each time,
    the others only when ``anywhere`` finds one of their floating alternatives."""

    starts: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None
    tries: tuple[tuple[int, bool], ...]
    #: ``starts``'s group number -> the index of its rule (its only groups are the markers)
    rule_of: tuple[int, ...] = ()
    relaxed: frozenset[int] = frozenset()  # rules joined in a looser form, to be confirmed
    #: Finds a string that one of the alternatives left out of ``narrow`` needs; when it finds
    #: none, ``narrow`` (with its own ``narrow_rule_of``) gives the answer of ``starts``.
    gate: re.Pattern[str] | None = None
    #: Finds a string one of the floating alternatives needs; when it finds none, ``anywhere``
    #: cannot match either.
    floating_gate: re.Pattern[str] | None = None
    narrow: re.Pattern[str] = _NEVER
    narrow_rule_of: tuple[int, ...] = ()
    #: ``narrow`` and its ``rule_of`` for a block that begins with the ASCII character of
    #: this code, without the alternatives that cannot start with it (the same match)
    narrow_by_first: tuple[Copy, ...] = ()
    every: tuple[int, ...] = field(init=False)  # the rules of ``tries``
    always: tuple[int, ...] = field(init=False)  # ... that are tried each time
    first_floating: float = field(init=False)  # the first that waits for ``anywhere``, if any

    def __post_init__(self) -> None:
        floating = [float(i) for i, always in self.tries if not always]
        object.__setattr__(self, "every", tuple(i for i, _ in self.tries))
        object.__setattr__(self, "always", tuple(i for i, always in self.tries if always))
        object.__setattr__(self, "first_floating", min(floating, default=math.inf))


@dataclass(frozen=True, slots=True)
class _Lanes:
    ascii: _Lane | None  # None when the prefilter reads such text
    unicode: _Lane


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules in the order they are tried, with a fast path that gives the same answer."""

    rules: tuple[Rule, ...]
    #: Whether to use the RE2 prefilters (when ``google-re2`` is installed).
    prefiltered: bool = True
    max_words: int = field(init=False)
    prefilter: Prefilter | None = field(init=False, repr=False, compare=False)
    #: ... and the one for other text (a letter outside ASCII), looser
    wide_prefilter: Prefilter | None = field(init=False, repr=False, compare=False)
    limits: tuple[int, ...] = field(init=False, repr=False, compare=False)
    lanes: tuple[_Lanes, ...] = field(init=False, repr=False, compare=False)
    #: Word count -> its lane (``lanes`` at the first limit that allows it), up to ``max_words``
    lane_at: tuple[_Lanes, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        limits = tuple(sorted({r.max_words for r in self.rules}))
        object.__setattr__(self, "max_words", limits[-1] if limits else -1)
        object.__setattr__(self, "limits", limits)
        both = build(self.rules) if self.prefiltered else None
        prefilter, wide = (None, None) if both is None else both
        object.__setattr__(self, "prefilter", prefilter)
        object.__setattr__(self, "wide_prefilter", wide)
        known: dict[str, frozenset[str] | None] = {}  # strings read off each alternative, once
        splitter = Splitter(0)  # copies of the lower-case lane's patterns per first character
        lanes = tuple(
            _lanes(self.rules, limit, known, splitter, lower_case=prefilter is None)
            for limit in limits
        )
        object.__setattr__(self, "lanes", lanes)
        at = tuple(lanes[bisect_left(limits, words)] for words in range(self.max_words + 1))
        object.__setattr__(self, "lane_at", at)

    def first_match(self, text: str, words: int) -> Rule | None:
        """The first rule that removes a block with this text and word count, if any."""
        if words > self.max_words:
            return None
        prefilter = self.prefilter
        if prefilter is not None and not (text.isascii() or readable(text)):
            prefilter = self.wide_prefilter
        if prefilter is not None:
            maybe = prefilter.candidates(text, words)
            if maybe is not None:
                for i in maybe:  # (usually none)
                    if self.rules[i].finds(text):
                        return self.rules[i]
                return None
        # Every rule of this lane allows ``words`` words, and no other rule does.
        lanes = self.lane_at[max(words, 0)]
        if lanes.ascii is not None and (text.isascii() or _uncased(text)):
            lane, probe = lanes.ascii, text.lower()
        else:
            lane, probe = lanes.unicode, text
        starts, rule_of = lane.starts, lane.rule_of
        if lane.gate is not None and lane.gate.search(probe) is None:
            starts, rule_of = lane.narrow, lane.narrow_rule_of
            code = ord(probe[0]) if probe else 128
            if code < len(lane.narrow_by_first):  # its copy for the probe's first character
                starts, rule_of = lane.narrow_by_first[code]
        found = starts.match(probe) if starts is not None else None
        hit = rule_of[found.lastindex] if found and found.lastindex else len(self.rules)
        floats = (
            lane.first_floating < hit
            and lane.anywhere is not None
            and (lane.floating_gate is None or lane.floating_gate.search(probe) is not None)
            and lane.anywhere.search(probe) is not None
        )
        for i in lane.every if floats else lane.always:
            if i >= hit:
                break
            if self.rules[i].finds(text):
                return self.rules[i]
        if found is None:
            return None
        if hit in lane.relaxed and self.rules[hit].regex.search(text) is None:
            return _first(self.rules[hit + 1 :], text, words)
        return self.rules[hit]

    def __reduce__(self) -> tuple[type[RuleSet], tuple[tuple[Rule, ...], bool]]:
        # RE2's sets do not pickle: a copy builds its own.
        return (RuleSet, (self.rules, self.prefiltered))


def readable(text: str) -> bool:
    """Whether the prefilter reads the text: its characters outside ASCII are neither word
    characters nor cased ('’', '—', '©', '→', a no-break space, but not 'é')."""
    if replace_quotes_and_dashes(text, "").isascii():
        return True  # the usual case, told without a regex
    return _NON_ASCII_WORD.search(text) is None and _uncased(text)


def _uncased(text: str) -> bool:
    """Whether the text's non-ASCII characters have no case ('’', '—', '€'): lower-casing then
    changes only its ASCII letters, so the lower-case lane gives the same answer on it."""
    if replace_quotes_and_dashes(text, "").isascii():
        return True  # the usual case, told without a regex
    others = "".join(_NON_ASCII.findall(text))
    return others.lower() == others and others.upper() == others


def _first(rules: tuple[Rule, ...], text: str, words: int) -> Rule | None:
    return next((rule for rule in rules if rule.matches(text, words)), None)


def _lanes(
    rules: tuple[Rule, ...],
    limit: int,
    known: dict[str, frozenset[str] | None],
    splitter: Splitter,
    *,
    lower_case: bool,
) -> _Lanes:
    allowed = [i for i, r in enumerate(rules) if r.max_words >= limit]
    joinable = [
        i for i in allowed if not rules[i].unless and not _GROUP_REFERENCE.search(rules[i].pattern)
    ]
    unicode = _lane(
        rules, allowed, {i: rules[i].pattern for i in joinable}, re.IGNORECASE, known, gated=False
    )
    if not lower_case:
        return _Lanes(ascii=None, unicode=unicode)
    lowered = {i: _lowered(rules[i].pattern) for i in joinable}
    lowerable = {i: p for i, p in lowered.items() if p is not None}
    relaxed = frozenset(i for i, p in lowerable.items() if p != rules[i].pattern)
    lane = _lane(
        rules,
        allowed,
        lowerable,
        0,
        known,
        gated=limit <= _GATE_MAX_WORDS,
        split=splitter if limit <= _SPLIT_MAX_WORDS else None,
    )
    return _Lanes(ascii=replace(lane, relaxed=relaxed), unicode=unicode)


def _lowered(pattern: str) -> str | None:
    """The pattern for lower-cased text, capitals relaxed to letters; None if it cannot be."""
    relaxed = _CAPITALS.sub(r"[a-z]\1", pattern)
    return None if _CASE_SENSITIVE.search(relaxed) else relaxed


def _lane(
    rules: tuple[Rule, ...],
    allowed: list[int],
    joined: dict[int, str],
    flags: int,
    known: dict[str, frozenset[str] | None],
    *,
    gated: bool,
    split: Splitter | None = None,
) -> _Lane:
    """The joined ``^`` alternatives of the ``joined`` rules (index -> pattern), one pattern of
    their other alternatives, and the order of trying the rest; if ``gated``, the gate and the
    start pattern without the alternatives behind it (``known`` keeps what was read off each
    alternative for the other lanes), and unless ``split`` is None that pattern's copies per
    first character. When the
    patterns cannot be joined (a user pattern with global inline flags), every allowed rule is
    tried one by one."""
    anchored: list[tuple[str, int]] = []  # (alternative, the index of its rule)
    waits: list[frozenset[str] | None] = []  # the strings each needs, if behind the gate
    loose: list[str] = []
    floating_needs: list[frozenset[str] | None] = []  # the strings each floating one needs
    floating: set[int] = set()
    for index, pattern in joined.items():
        for k, alternative in enumerate(top_level_alternatives(pattern)):
            if alternative.startswith("^"):
                bare = _non_capturing(alternative[1:])
                # group k marks the end of alternative k
                anchored.append((f"(?:{bare})(?P<_{index}_{k}>)", index))
                if gated and f"^{bare}" not in known:
                    known[f"^{bare}"] = _gate_strings(bare)
                waits.append(known[f"^{bare}"] if gated else None)
            else:
                floating.add(index)
                loose.append(f"(?:{_non_capturing(alternative)})")
                case_sensitive = not flags & re.IGNORECASE
                if case_sensitive and loose[-1] not in known:
                    known[loose[-1]] = required_strings(loose[-1], 0)
                floating_needs.append(known[loose[-1]] if case_sensitive else None)
    try:
        starts = re.compile("|".join(a for a, _ in anchored), flags) if anchored else None
        anywhere = re.compile("|".join(loose), flags) if loose else None
    except re.error:
        return _Lane(None, None, tuple((i, True) for i in allowed))
    tries = tuple((i, i not in joined) for i in allowed if i in floating or i not in joined)
    rule_of = (-1, *(index for _, index in anchored))
    floating_gate = None
    if floating_needs and None not in floating_needs:
        floating_gate = re.compile(_any_of({s for n in floating_needs if n for s in n}))
    needed = {s for strings in waits if strings is not None for s in strings}
    if not needed:
        return _Lane(starts, anywhere, tries, rule_of, floating_gate=floating_gate)
    kept = [a for a, strings in zip(anchored, waits, strict=True) if strings is None]
    narrow = re.compile("|".join(a for a, _ in kept), flags) if kept else _NEVER
    return _Lane(
        starts,
        anywhere,
        tries,
        rule_of,
        gate=re.compile(_any_of(needed)),
        floating_gate=floating_gate,
        narrow=narrow,
        narrow_rule_of=(-1, *(index for _, index in kept)),
        narrow_by_first=split.by_first_char(kept) if split is not None and kept else (),
    )


def _gate_strings(alternative: str) -> frozenset[str] | None:
    """The strings a start alternative needs (one of them), if it scans the block (may start
    with most letters) and they are worth a gate; None if it is tried every time."""
    letters = first_chars(alternative, 0, _LETTERS)
    if letters is not None and len(letters) < _SCANS_FROM:
        return None
    strings = required_strings(alternative, 0, rank=_gate_rank)
    return strings if strings and _gate_rank(strings)[0] else None


def _gate_rank(strings: frozenset[str]) -> tuple[bool, int, int]:
    """Sets worth a gate first: a few strings, each rare in a short block (three characters or
    more, or punctuation only: '/', ' →'); then longer strings, then fewer."""
    rare = all(len(s) >= _GATE_MIN_CHARS or not any(c.isalnum() for c in s) for s in strings)
    usable = rare and len(strings) <= _GATE_MAX_STRINGS and not any(s.isspace() for s in strings)
    return usable, min(map(len, strings)), -len(strings)


def _any_of(strings: set[str]) -> str:
    """A pattern that finds any of the strings, written as a tree of their shared beginnings
    (``re`` then tries one branch per next character, not one per string). A string holding
    another is dropped: finding the shorter one is enough."""
    shortest_first = sorted(strings, key=len)
    needed: list[str] = []
    for string in shortest_first:
        if not any(other in string for other in needed):
            needed.append(string)
    return _tree(needed)


def _tree(strings: list[str]) -> str:
    """The pattern of a set of non-empty strings none of which begins another."""
    by_first: dict[str, list[str]] = {}
    for string in sorted(strings):
        by_first.setdefault(string[0], []).append(string[1:])
    branches = [
        re.escape(first) + (_tree(rests) if rests != [""] else "")
        for first, rests in by_first.items()
    ]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _non_capturing(pattern: str) -> str:
    """The pattern with its capturing groups made non-capturing (no group references in it)."""
    out, last = [], 0
    for i, char, _ in structure(pattern):
        if char == "(" and pattern[i + 1 : i + 2] != "?":
            out += [pattern[last:i], "(?:"]
            last = i + 1
    return "".join([*out, pattern[last:]])
