"""``Rule``, one named boilerplate rule, and ``_r``, the table's shorthand for building one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Rule", "_r"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named boilerplate rule. Users may build their own and pass them in ``Options``."""

    id: str
    why: str
    pattern: str
    drop: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    max_words: int = 12
    language: str = "en"
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id or not self.why:
            raise ValueError("a rule needs an id and a one-line why")
        object.__setattr__(self, "regex", re.compile(self.pattern, re.IGNORECASE))

    def matches(self, text: str, words: int) -> bool:
        """Whether this rule removes a block with this text and word count."""
        return words <= self.max_words and self.regex.search(text) is not None


def _r(
    id: str,
    why: str,
    pattern: str,
    *,
    drop: tuple[str, ...],
    keep: tuple[str, ...] = (),
    max_words: int = 12,
) -> Rule:
    return Rule(id=id, why=why, pattern=pattern, drop=drop, keep=keep, max_words=max_words)
