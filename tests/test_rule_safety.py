"""No rule of the table backtracks catastrophically: each pattern, on long adversarial strings,
finishes (a liveness guard with a generous timeout, not a speed assertion).

The adversarial strings are long runs of the characters and fragments that make a regex
backtrack: single characters, separators, word-like repeats, the rule's own examples repeated
or cut short, and the literal words of its pattern repeated without the text that completes
them. The whole pipeline gets the same strings as lines of text, which covers the regexes of
the classifier and the assembler too.
"""

from __future__ import annotations

import re

import pytest
from test_robustness import finishes

from newsclean import RULES, Rule, _bounds, _decode, _sniff, parse

LENGTH = 50_000
GENERIC = (
    "a", "a ", "A1", "-", " ", "!", ".", "a.", "\t", "ab-", "é", "'", '"', "word ", "Word, ",
    "x:", " :", "by ", "(", "a(", "|", "/", "© ", "0", "0:", "1 ", "@a", "—", "\u200b", "http://",
)  # fmt: skip
_LITERAL = re.compile(r"[A-Za-z][A-Za-z' ]{2,}")


def _repeat(fragment: str) -> str:
    return fragment * (LENGTH // max(1, len(fragment)))


def adversarial_strings(rule: Rule) -> list[str]:
    strings = [_repeat(fragment) for fragment in GENERIC]
    for example in (*rule.drop, *rule.keep):
        strings.append(_repeat(example + " "))
        strings.append(_repeat(example[:-1]))
        strings.append(" ".join(example.split()[:3]) + " " + _repeat("x "))
    for literal in _LITERAL.findall(rule.pattern)[:30]:
        strings.append(_repeat(literal + " "))
        strings.append(_repeat(literal))
    return strings


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_pattern_finishes_on_long_adversarial_strings(rule: Rule) -> None:
    strings = adversarial_strings(rule)

    def run_all() -> int:
        return sum(rule.regex.search(s) is not None for s in strings)

    matched = finishes(run_all, timeout=60.0)
    assert 0 <= matched <= len(strings)


@pytest.mark.parametrize("fragment", GENERIC)
def test_pipeline_finishes_on_a_long_adversarial_line(fragment: str) -> None:
    line = _repeat(fragment)
    source = f"A headline for the story\n\n{line}\nA closing line of the article text.\n"
    article = finishes(lambda: parse(source, kind="text"), timeout=60.0)
    everything = [*article.paragraphs, *article.captions, *(r.text for r in article.removed)]
    everything += [x for x in (article.title, article.subtitle) if x]
    if line.strip():  # a blank line is not a block
        assert " ".join(line.split()) in everything


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (f"{module.__name__}.{name}", value)
        for module in (_sniff, _decode, _bounds)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
    ]


def _pattern_strings(pattern: re.Pattern[str]) -> list[str]:
    """Four times longer than for the rules: these patterns see whole pages."""
    characters = sorted({c for c in pattern.pattern if c.isprintable()} | set(" \n\"'<>=-"))
    pairs = [a + b for a in characters[:12] for b in characters[:12] if a < b]
    return [
        fragment * (4 * LENGTH // len(fragment)) for fragment in (*characters, *pairs, *GENERIC)
    ]


@pytest.mark.parametrize(("name", "pattern"), _module_patterns(), ids=lambda x: str(x)[:40])
def test_input_side_regex_finishes_on_long_adversarial_strings(
    name: str, pattern: re.Pattern[str]
) -> None:
    # The sniffing, decoding and bounding patterns see the raw input, before any cleaning.
    strings = _pattern_strings(pattern)

    def run_all() -> int:
        return sum(sum(1 for _ in pattern.finditer(s)) for s in strings)

    assert finishes(run_all, timeout=120.0) >= 0
