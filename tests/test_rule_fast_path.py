"""The fast path of ``RuleSet`` picks the same rule as trying each rule in turn, on mixed and
random texts and with user rules of odd shapes; what it reads off patterns holds for every
match (``_patternfacts``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import RULES, Rule
from newsclean._blocks import word_count
from newsclean._firstchar import Splitter, top_level_alternatives
from newsclean._patternfacts import first_chars, required_strings
from newsclean._ruleset import RuleSet, _lowered, _non_capturing

EXAMPLES = sorted({text for rule in RULES for text in (*rule.drop, *rule.keep)})
#: What sits between parts of a mixed text: the strings the gate looks for are among them.
JOINS = (" ", " | ", " via ", " → ", " › ", ", ", " writer ", ": ", " is a ", "")

ODD_RULES = (
    Rule("odd.inline-flags", "inline flags", r"^(?i:SHARE) (?-i:[A-Z])\w+|^(?a:\w+) via \w+$"),
    Rule("odd.group-reference", "a group reference", r"^(\w+) and \1$|^again (\w+) \2"),
    Rule("odd.lookbehind", "look-arounds", r"^(?<!x)\w+ (?<=\s)writer\b|^(?=\w+ editor)\w+"),
    Rule("odd.empty-alternative", "an empty alternative", r"^(|the )staff writer$|^\W*$"),
    Rule("odd.scanning", "a name then a verb", r"^[a-z]+( [a-z]+){0,3} (writes|reports)\b"),
    Rule("odd.class", "a separator class", r"^.{2,40} [›»] .{2,40}$", max_words=30),
    Rule("odd.case", "a capital", r"^[A-Z][a-z]+ (?-i:[A-Z])\w+ is a writer$"),
    Rule("odd.capitals", "initials", r"^[a-z]+( [a-z]+)? ?/ ?(?-i:[A-Z]{2,5})$"),
    Rule("odd.unless", "a guard", r"\bshare\b|^jane", max_words=30, unless=r"said|\bsmith\b"),
    Rule("odd.verbose", "global flags", r"(?x) ^ odd \s line $"),
)
ODD_TEXTS = (
    "Share This",
    "share this",
    "Jane Smith via AP",
    "again and again",
    "story and story",
    "again this this",
    "Jane writer",
    "xJane writer",
    "Jane editor",
    "staff writer",
    "the staff writer",
    "Staff Writer",
    "— …",
    "",
    "Jane Smith writes about food",
    "Home › News › World",
    "Jane Doe is a writer",
    "Jane Doe / AP",
    "Jane Doe / Ap",
    "jane doe/afp",
    "News / World",
    "JANE DOE IS A WRITER",
    "odd line",
    "Odd Line",
    "Share this, she said",
    "Jane Smith shares",
    "Jane Smithson writer",
)
WORD_COUNTS = sorted(
    {n + d for rule in (*RULES, *ODD_RULES) for n in (rule.max_words,) for d in (0, 1)}
)


WITH_PREFILTER = RuleSet(RULES)
WITH_LANES = RuleSet(RULES, prefiltered=False)


def each_in_turn(rules: tuple[Rule, ...], text: str, words: int) -> Rule | None:
    return next((rule for rule in rules if rule.matches(text, words)), None)


def assert_same_rule(ruleset: RuleSet, text: str) -> None:
    for count in {word_count(text), 1, *WORD_COUNTS}:
        fast = ruleset.first_match(text, count)
        assert fast == each_in_turn(ruleset.rules, text, count), (text, count)


@pytest.mark.parametrize("prefiltered", [True, False], ids=["prefilter", "lanes"])
@pytest.mark.parametrize(
    "rules",
    [(*ODD_RULES, *RULES), (*RULES[:20], *ODD_RULES, *RULES[20:]), ODD_RULES],
    ids=["odd-first", "odd-between", "odd-only"],
)
def test_user_rules_of_odd_shapes_give_the_same_rule_as_trying_each(
    rules: tuple[Rule, ...], prefiltered: bool
) -> None:
    ruleset = RuleSet(rules, prefiltered=prefiltered)
    for text in (*ODD_TEXTS, *EXAMPLES[::3]):
        for variant in (text, text.lower(), text.upper(), f"{text} é"):
            assert_same_rule(ruleset, variant)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(EXAMPLES) | st.text(alphabet="aeiostrwx |›→é—’.,:", max_size=12),
        min_size=1,
        max_size=3,
    ),
    join=st.sampled_from(JOINS),
    case=st.sampled_from(("as written", "lower", "upper")),
)
def test_fast_path_gives_the_same_rule_on_texts_mixed_from_examples(
    parts: list[str], join: str, case: str
) -> None:
    text = join.join(parts).strip()
    text = {"as written": text, "lower": text.lower(), "upper": text.upper()}[case]
    assert_same_rule(WITH_PREFILTER, text)
    assert_same_rule(WITH_LANES, text)


def start_alternatives() -> list[str]:
    """Every rule's ``^`` alternatives as the lower-case lane joins them."""
    found = []
    for rule in RULES:
        lowered = _lowered(rule.pattern)
        for alternative in top_level_alternatives(lowered or ""):
            if alternative.startswith("^"):
                found.append(_non_capturing(alternative[1:]))
    return found


def test_every_match_of_a_rule_starts_and_holds_as_the_facts_say() -> None:
    probes = [text.lower() for text in (*EXAMPLES, *ODD_TEXTS)]
    checked = 0
    for alternative in start_alternatives():
        starts = first_chars(alternative, 0, sorted({p[:1] for p in probes if p}))
        needs = required_strings(alternative, 0)
        for probe in probes:
            if re.match(alternative, probe) is None:
                continue
            checked += 1
            assert starts is None or probe[:1] in starts, (alternative, probe)
            assert needs is None or any(s in probe for s in needs), (alternative, probe)
    assert checked > 100


def test_every_floating_match_holds_a_string_the_facts_say() -> None:
    probes = [text.lower() for text in (*EXAMPLES, *ODD_TEXTS)]
    checked = 0
    for rule in RULES:
        for alternative in top_level_alternatives(_lowered(rule.pattern) or ""):
            if alternative.startswith("^"):
                continue
            needs = required_strings(_non_capturing(alternative), 0)
            for probe in probes:
                if re.search(alternative, probe) is not None:
                    checked += 1
                    assert needs is None or any(s in probe for s in needs), (alternative, probe)
    assert checked > 20


@pytest.mark.parametrize(
    ("pattern", "chars", "starts"),
    [
        (r"(?:ab|c)d", "abcd", {"a", "c"}),
        (r"x?y", "xyz", {"x", "y"}),
        (r"\bthe\b", "tT", {"t"}),
        (r"(?i:k)", "kK\u212ax", {"k", "K", "\u212a"}),  # re folds the Kelvin sign to k
        (r"[^a-c]", "abcd", {"d"}),
        (r"(?=a)\w", "ab_ ", {"a", "b", "_"}),  # a look-ahead only narrows: the set may be wider
        (r"a*", "ab", None),  # matches the empty string
        (r"(a)\1", "ab", {"a"}),
        (r"(?:(a)|b)(?(1)c|d)", "abcd", {"a", "b"}),
    ],
)
def test_first_chars(pattern: str, chars: str, starts: set[str] | None) -> None:
    assert first_chars(pattern, 0, chars) == (None if starts is None else frozenset(starts))


def test_first_chars_of_a_group_reference_first_is_any_char() -> None:
    assert first_chars(r"(?:x(a))?\1", 0, "ax") is None


@pytest.mark.parametrize(
    ("pattern", "flags", "needs"),
    [
        (r"[a-z]+ (staff|senior) writer", 0, {" staff writer", " senior writer"}),
        (r"(staff|senior) [a-z]+", 0, {"staff ", "senior "}),
        (r"(staff|senior|[a-z]+) editor", 0, {" editor"}),
        (r"(?:one|two|three)s [a-z]", 0, {"ones ", "twos ", "threes "}),
        (r"(a|b|c|d|e)(f|g|h|i)\.", 0, {"f.", "g.", "h.", "i."}),  # a class of 5 spells none
        (r"x[›»]y", 0, {"x›y", "x»y"}),
        (r"(a|)b", 0, {"ab", "b"}),
        (r"a|bc", 0, {"a", "bc"}),
        (r"(?i:via) x", 0, {" x"}),  # a literal matched in any case gives no string
        (r"via", re.IGNORECASE, None),
        (r"\w+", 0, None),
        (r"(ab)?c?", 0, None),
        (r"(?:ab){2,}", 0, {"ab"}),
    ],
)
def test_required_strings(pattern: str, flags: int, needs: set[str] | None) -> None:
    assert required_strings(pattern, flags) == (None if needs is None else frozenset(needs))


def test_first_character_copies_match_as_the_whole_start_pattern() -> None:
    # Every example's match (span and marker) on each copy of each lane's narrow start pattern
    # is the whole pattern's, for texts that begin with the copy's character or not.
    # not the global flags: nothing is joined
    ruleset = RuleSet((*ODD_RULES[:-1], *RULES), prefiltered=False)
    texts = [t.lower() for t in (*ODD_TEXTS, *EXAMPLES)]
    texts += [f"{c}{t}" for c in "s1 (" for t in texts[::7]]
    split = [lanes.ascii for lanes in ruleset.lanes if lanes.ascii and lanes.ascii.narrow_by_first]
    assert split
    for lane in split:
        whole = lane.narrow
        for text in texts:
            code = ord(text[0]) if text else 128
            copy, rule_of = (
                lane.narrow_by_first[code] if code < 128 else (lane.narrow, lane.narrow_rule_of)
            )
            expected, found = whole.match(text), copy.match(text)
            assert (found and (found.span(), rule_of[found.lastindex or 0])) == (
                expected and (expected.span(), lane.narrow_rule_of[expected.lastindex or 0])
            ), text


@pytest.mark.parametrize(
    ("pattern", "text", "kept"),
    [
        (r"(?:(?:share|save) this)(?P<a>)|(?:\bsign in)(?P<b>)", "save this", "a"),
        (r"(?:(?:share|save)+ this)(?P<a>)|(?:x)(?P<b>)", "sharesave this", "a"),
        (r"(?:(?=s)(?:tea|sun))(?P<a>)|(?:(?:|s)un)(?P<b>)", "sun", "a"),
        (r"(?:(?:t|)sun)(?P<a>)|(?:[a-z]+)(?P<b>)", "sun", "a"),
    ],
)
def test_a_copy_keeps_repeated_optional_and_looked_ahead_branches(
    pattern: str, text: str, kept: str
) -> None:
    alternatives = [(a, k) for k, a in enumerate(top_level_alternatives(pattern))]
    copies = Splitter(0).by_first_char(alternatives)
    copy, _ = copies[ord(text[0])]
    found = copy.match(text)
    assert found is not None and found.lastgroup == kept
    assert re.match(pattern, text) is not None and re.match(pattern, text).lastgroup == kept
