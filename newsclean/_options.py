"""``Options``: the one frozen object that tunes ``parse()``. Nothing else configures it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ._rules import RULES, Rule
from ._ruleset import RuleSet

__all__ = ["DEFAULT_MAX_BYTES", "Options"]

#: The default size limit of an input, in bytes (characters for str input).
DEFAULT_MAX_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class Options:
    """How ``parse()`` treats its input. Frozen, picklable, shared safely across threads.

    - ``rules``: your own rules, tried before the built-in table.
    - ``disable``: rule ids to switch off; an id ending in ``.`` switches off a whole family
      (``"share."``).
    - ``languages``: the rule languages to use; empty means every language in the table.
    - ``max_bytes``: inputs larger than this raise ``InputTooLargeError``.
    """

    rules: tuple[Rule, ...] = ()
    disable: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    max_bytes: int = DEFAULT_MAX_BYTES
    ruleset: RuleSet = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Accept any iterable from users, store immutable containers.
        object.__setattr__(self, "rules", tuple(self.rules))
        object.__setattr__(self, "disable", frozenset(_as_strings(self.disable, "disable")))
        object.__setattr__(self, "languages", frozenset(_as_strings(self.languages, "languages")))
        for rule in self.rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"Options.rules takes Rule objects, not {type(rule).__name__}")
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ValueError(f"Options.max_bytes must be a positive int, not {self.max_bytes!r}")
        object.__setattr__(self, "ruleset", RuleSet(self.active_rules()))

    def active_rules(self) -> tuple[Rule, ...]:
        """The user's rules then the built-in ones, less those disabled or of other languages."""
        return tuple(
            rule
            for rule in (*self.rules, *RULES)
            if self.enabled(rule.id) and (not self.languages or rule.language in self.languages)
        )

    def enabled(self, rule_id: str) -> bool:
        """Whether the rule or pass with this id runs (``disable`` does not name it)."""
        return rule_id not in self.disable and not any(
            d.endswith(".") and rule_id.startswith(d) for d in self.disable
        )


def _as_strings(values: Iterable[str] | str, name: str) -> Iterable[str]:
    if isinstance(values, str):
        raise TypeError(f"Options.{name} takes a collection of strings, not one string")
    return values
