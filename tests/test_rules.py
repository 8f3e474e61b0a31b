"""The rules table: every example runs, ids are unique, user rules and switches work."""

from __future__ import annotations

import pickle

import pytest

import newsclean
from newsclean import RULES, Options, Rule
from newsclean._blocks import word_count
from newsclean._ruleset import RuleSet

DROPS = [(rule.id, text) for rule in RULES for text in rule.drop]
KEEPS = [(rule.id, text) for rule in RULES for text in rule.keep]


def words(text: str) -> int:
    return word_count(text)


def test_every_rule_has_an_id_a_why_and_examples_both_ways() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.why and rule.drop and rule.keep, rule.id


@pytest.mark.parametrize(("rule_id", "text"), DROPS)
def test_rule_drops_its_drop_examples(rule_id: str, text: str) -> None:
    rule = next(r for r in RULES if r.id == rule_id)
    assert rule.matches(text, words(text))


@pytest.mark.parametrize(("rule_id", "text"), KEEPS)
def test_no_rule_drops_a_keep_example(rule_id: str, text: str) -> None:
    matched = [r.id for r in RULES if r.matches(text, words(text))]
    assert matched == [], f"{rule_id} keep example {text!r} dropped by {matched}"


STORY = (
    "Council approves new budget\n\n"
    "The city council approved the budget on Tuesday after a long debate over school funding.\n\n"
    "{line}\n\n"
    "Members said the plan would be revisited in the spring, when new figures are due.\n"
)


def test_user_rule_removes_a_line_with_its_own_reason() -> None:
    extra = Rule(
        id="site.donate",
        why="our site's donation box",
        pattern=r"^donate to the gazette\b",
        drop=("Donate to the Gazette today",),
        keep=("Residents donate to the gazette fund.",),
    )
    article = newsclean.parse(
        STORY.format(line="Donate to the Gazette today"), options=Options(rules=(extra,))
    )
    assert newsclean.Removal("Donate to the Gazette today", "site.donate") in article.removed
    assert "Donate to the Gazette today" not in article.paragraphs


def test_user_rule_refuses_a_line_its_unless_pattern_finds() -> None:
    appeal = Rule(
        id="site.appeal",
        why="our appeal, never a quoted one",
        pattern=r"\bthe gazette needs you\b",
        unless=r"[\"“”]|\bsaid\b",
        drop=("The Gazette needs you.",),
        keep=("“The Gazette needs you,” the editor said.",),
    )
    assert appeal.matches("The Gazette needs you.", 4)
    assert not appeal.matches("The Gazette needs you, the editor said.", 7)
    article = newsclean.parse(
        STORY.format(line="The Gazette needs you.\n\nThe Gazette needs you, the editor said."),
        options=Options(rules=(appeal,)),
    )
    assert newsclean.Removal("The Gazette needs you.", "site.appeal") in article.removed
    assert "The Gazette needs you, the editor said." in article.paragraphs


def test_disabled_rule_id_keeps_what_it_would_remove() -> None:
    story = STORY.format(line="Advertisement")
    assert "Advertisement" not in newsclean.parse(story).paragraphs
    kept = newsclean.parse(story, options=Options(disable=frozenset({"ad.label"})))
    assert all(r.reason != "ad.label" for r in kept.removed)


def test_disabling_a_family_by_prefix() -> None:
    options = Options(disable=frozenset({"share."}))
    assert all(not r.id.startswith("share.") for r in options.active_rules())
    assert any(r.id == "ad.label" for r in options.active_rules())


def test_options_reject_a_single_string_for_disable() -> None:
    with pytest.raises(TypeError, match="collection of strings"):
        Options(disable="ad.label")  # type: ignore[arg-type]


@pytest.mark.parametrize("prefiltered", [True, False], ids=["prefilter", "lanes"])
def test_ruleset_fast_path_picks_the_same_rule_as_trying_each_in_order(prefiltered: bool) -> None:
    ruleset = RuleSet(Options().ruleset.rules, prefiltered=prefiltered)
    examples = [*(t for _, t in DROPS), *(t for _, t in KEEPS)]
    # Upper case and a non-ASCII letter take the other lanes of the fast path.
    # Characters without case ('—', '’') keep the lower-case lane; 'ſ' and the Kelvin sign 'K'
    # match 's' and 'k' when case is ignored, so they must not.
    others = ("é", "— ’", "ſ", "\u212a", "İ")
    for text in [
        *examples,
        *(t.upper() for t in examples),
        *(f"{t} {o}" for t in examples for o in others),
    ]:
        # Word counts around every rule's limit take the lanes of the longer blocks.
        for count in {words(text), *(r.max_words + d for r in RULES for d in (0, 1))}:
            slow = next((r for r in RULES if r.matches(text, count)), None)
            assert ruleset.first_match(text, count) == slow, (text, count)


def test_user_rule_with_global_flags_still_matches() -> None:
    odd = Rule(
        id="site.odd",
        why="a pattern that cannot be joined",
        pattern=r"(?x) ^ odd \s line $",
        drop=("odd line",),
        keep=("even line",),
    )
    assert Options(rules=(odd,)).ruleset.first_match("odd line", 2) == odd


def test_options_pickle_with_their_rules_ready_to_match() -> None:
    options = pickle.loads(pickle.dumps(Options(disable=frozenset({"ad.label"}))))
    assert options.ruleset.first_match("Advertisement", 1) is None
    rule = options.ruleset.first_match("Share this:", 2)
    assert rule is not None and rule.id == "share.prompt"
