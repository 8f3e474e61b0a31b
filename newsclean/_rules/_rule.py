"""``Rule``, one named boilerplate rule, and ``_r``, the table's shorthand for building one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Rule", "_r"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named boilerplate rule. Users may build their own and pass them in ``Options``.

    The rule removes a block of at most ``max_words`` words in which ``pattern`` finds a match
    (searched, ignoring case), unless ``unless`` finds one too: a guard for every alternative
    ('no quotation mark, no verb of reported speech'), read once and only when the pattern
    matched, instead of a look-ahead repeated at the head of each alternative.
    """

    id: str
    why: str
    pattern: str
    drop: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    max_words: int = 12
    language: str = "en"
    unless: str = ""
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    refusal: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id or not self.why:
            raise ValueError("a rule needs an id and a one-line why")
        object.__setattr__(self, "regex", re.compile(self.pattern, re.IGNORECASE))
        refusal = re.compile(self.unless, re.IGNORECASE) if self.unless else None
        object.__setattr__(self, "refusal", refusal)

    def matches(self, text: str, words: int) -> bool:
        """Whether this rule removes a block with this text and word count."""
        return words <= self.max_words and self.finds(text)

    def finds(self, text: str) -> bool:
        """Whether this rule removes a block with this text, whatever its length."""
        return self.regex.search(text) is not None and (
            self.refusal is None or self.refusal.search(text) is None
        )


def _r(
    id: str,
    why: str,
    pattern: str,
    *,
    drop: tuple[str, ...],
    keep: tuple[str, ...] = (),
    max_words: int = 12,
    unless: str = "",
) -> Rule:
    return Rule(
        id=id, why=why, pattern=pattern, drop=drop, keep=keep, max_words=max_words, unless=unless
    )
