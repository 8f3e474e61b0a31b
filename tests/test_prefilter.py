"""The RE2 prefilter (``_prefilter``, ``_loosen``) never leaves out a rule that matches: every
rule whose pattern matches a block is among its candidates, on every example of every rule, on
texts mixed from them and with user rules of odd shapes; and ``RuleSet`` falls back to its own
fast path when RE2 cannot answer."""

from __future__ import annotations

import pickle
import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_rule_fast_path import EXAMPLES, JOINS, ODD_RULES, ODD_TEXTS

from newsclean import RULES, Options, Rule
from newsclean._blocks import word_count
from newsclean._loosen import FOLDS, Loose, loosened, loosened_alternatives
from newsclean._prefilter import Prefilter, _set, build
from newsclean._ruleset import RuleSet, readable

re2 = pytest.importorskip("re2")

ALL_RULES = (*ODD_RULES, *RULES)
BOTH = build(ALL_RULES)
assert BOTH is not None
PREFILTER, WIDE = BOTH


def assert_no_rule_left_out(prefilter: Prefilter, rules: tuple[Rule, ...], text: str) -> None:
    """Every rule that removes the text at a word count is a candidate at that count, for the
    prefilter of readable text when the text is readable, and for the wide one on any text."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return  # a lone surrogate takes the lanes
    prefilters = (prefilter, WIDE) if readable(text) else (WIDE,)
    for words in {word_count(text), 1, 12, 40, 90}:
        matching = [i for i, rule in enumerate(rules) if rule.matches(text, words)]
        for each in prefilters:
            candidates = each.candidates(text, words)
            assert candidates is not None, text
            assert candidates == sorted(candidates)
            assert set(matching) <= set(candidates), (text, words, matching, candidates)


def test_every_rule_is_a_candidate_on_its_own_examples() -> None:
    assert not PREFILTER.always and not WIDE.always
    checked = 0
    for rule in ALL_RULES:
        for text in (*rule.drop, *rule.keep, *ODD_TEXTS):
            variants = (
                *(text, text.lower(), text.upper(), f"“{text}” —", f"{text}\n", f"© {text}•"),
                text.replace(" ", "\xa0"),  # a space to '\s', not to ' '
                # letters outside ASCII: 'é' and those 're' reads as ASCII ignoring case
                text.replace("e", "é").replace("i", "İ"),
                text.replace("s", "ſ").replace("k", "\u212a").replace("I", "ı"),
            )
            for variant in variants:
                assert_no_rule_left_out(PREFILTER, ALL_RULES, variant)
                checked += 1
    assert checked > 1000


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(EXAMPLES)
        | st.text(alphabet="aeiostrwxAE |›→—’“.,:/()@1\n\xa0©•éİıſ\u212aÉ", max_size=12),
        min_size=1,
        max_size=3,
    ),
    join=st.sampled_from(JOINS),
    case=st.sampled_from(("as written", "lower", "upper")),
)
def test_no_rule_left_out_on_texts_mixed_from_examples(
    parts: list[str], join: str, case: str
) -> None:
    text = join.join(parts).strip()
    text = {"as written": text, "lower": text.lower(), "upper": text.upper()}[case]
    assert_no_rule_left_out(PREFILTER, ALL_RULES, text)


#: The quotes and dashes, then every other character above ASCII, as RE2 ranges.
QUOTES = r"\x{2013}-\x{2014}\x{2018}-\x{2019}\x{201C}-\x{201D}\x{2026}"
OTHERS = r"\x{80}-\x{2012}\x{2015}-\x{2017}\x{201A}-\x{201B}\x{201E}-\x{2025}\x{2027}-\x{10FFFF}"


@pytest.mark.parametrize(
    ("pattern", "loose"),
    [
        (r"^(?<=x)ab(?!c)", r"^ab"),  # look-arounds dropped
        (r"a{1,60}b{2}", r"(?:a){1,}(?:b){2,2}"),  # large bounds left open
        (r"^x$", r"^x(?m:$)"),  # '$' before any new line
        (r"(a)\1", r"(?:a)(?s:.*)"),  # a group reference: anything
        (r"[^a-z]", r"[\x{0}-\x{40}\x{5B}-\x{60}\x{7B}-\x{7F}" + QUOTES + OTHERS + "]"),
        (r"[\w’]+ ©", r"(?:[0-9\x{5F}a-z\x{2019}]){1,}\x{20}\x{A9}"),  # '\w': no other
        (r"[\s›]", r"[\x{9}-\x{D}\x{1C}-\x{20}" + OTHERS + "]"),  # spaces: no-break ...
        (r"(?-i:[A-Z])", r"(?:[a-z])"),  # compiled without case: a superset
        (r"\bk", r"\bk"),
    ],
)
def test_loosened_patterns(pattern: str, loose: str) -> None:
    assert loosened(pattern, re.IGNORECASE, {}) == loose


@pytest.mark.parametrize(
    ("pattern", "loose"),
    [
        (r"\bis\b", r"[i\x{130}\x{131}][s\x{17F}]"),  # no '\b'; 'İ', 'ı' and 'ſ' fold to ASCII
        (r"\w", r"[0-9\x{5F}a-z\x{130}\x{131}\x{17F}\x{212A}" + OTHERS + "]"),  # any letter
        (r"é", "[" + OTHERS + "]"),  # and its other case
        (r"(?-i:[A-Z]) ", r"(?:[a-z])\x{20}"),  # ASCII only: no fold
        (r"[^a-z]", r"[\x{0}-\x{40}\x{5B}-\x{60}\x{7B}-\x{7F}" + QUOTES + OTHERS + "]"),
    ],
)
def test_wide_patterns(pattern: str, loose: str) -> None:
    assert loosened(pattern, re.IGNORECASE, {}, wide=True) == loose


def test_the_folds_are_every_character_re_reads_as_ascii_ignoring_case() -> None:
    ascii_ = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = [chr(code) for code in range(128, 0x110000) if ascii_.match(chr(code))]
    assert "".join(found) == FOLDS


def test_alternatives_are_loosened_one_by_one_unless_flags_cover_them_all() -> None:
    def readable_forms(pattern: str) -> list[str] | None:
        found = loosened_alternatives(pattern, re.IGNORECASE, {})
        return None if found is None else [loose.readable for loose in found]

    assert readable_forms(r"^a|b") == ["^a", "b"]
    assert readable_forms(r"(?x) ^ a | b") == ["(?:^a|b)"]
    # '\2' alone refers to no group: the pattern is loosened whole
    assert readable_forms(r"(a)|b\1") == ["(?:(?:a)|b(?s:.*))"]
    assert readable_forms(r"(a") is None  # not a pattern
    assert loosened_alternatives(r"\ba|b", re.IGNORECASE, {}) == [
        Loose(r"\ba", "a"),
        Loose("b", "b"),
    ]


def test_a_rule_tried_on_every_block_is_always_a_candidate() -> None:
    # No Python pattern is known that _loosen cannot write and RE2 refuses; were there one,
    # its rule would be tried on every block of its length.
    both = build(RULES)
    assert both is not None
    table = both[0]
    assert replace(table, always=frozenset({0, 3})).candidates("nothing here at all", 4) == [0, 3]
    assert table.candidates("nothing here at all", 4) == []


def test_a_pattern_re2_refuses_puts_its_rule_among_those_tried_every_time() -> None:
    always: set[int] = set()
    found, rule_of = _set(re2.Set.SearchSet, [("share", 2), ("(?<=a)b", 5)], always)
    assert always == {5} and rule_of == (-1, 2)
    assert sorted(found.Match(b"share this")) == [0, 1]


def test_without_an_answer_from_re2_the_lanes_answer() -> None:
    ruleset = RuleSet(RULES)
    assert ruleset.prefilter is not None
    # Sets without the empty pattern answer None for a text none of theirs matches, as RE2
    # does when its automaton runs out of memory.
    empty = re2.Set.SearchSet()
    empty.Add("zzzz")
    empty.Compile()
    broken = Prefilter(empty, empty, (0,), (0,), frozenset(), ruleset.prefilter.max_words)
    assert broken.candidates("Advertisement", 1) is None
    object.__setattr__(ruleset, "prefilter", broken)
    rule = ruleset.first_match("Advertisement", 1)
    assert rule is not None and rule.id == "ad.label"


def test_options_pickle_and_build_their_own_prefilter() -> None:
    options = pickle.loads(pickle.dumps(Options(disable=frozenset({"ad.label"}))))
    assert options.ruleset.prefilter is not None
    assert options.ruleset.first_match("Advertisement", 1) is None


def test_a_lone_surrogate_is_left_to_the_lanes() -> None:
    ruleset = RuleSet(RULES)
    assert ruleset.prefilter is not None
    assert ruleset.prefilter.candidates("Advertisement \ud800", 2) is None
    rule = ruleset.first_match("Share this \ud800", 3)
    assert rule == next((r for r in RULES if r.matches("Share this \ud800", 3)), None)
