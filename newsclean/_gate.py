"""``Gate``: RE2 in front of one large Python pattern, so that ``re`` (which backtracks through
every alternative at every position) searches only the few texts it might match.

The pattern is loosened for RE2 as the rules are (``_loosen``: a pattern that matches wherever
the Python one may, on the text the prefilter reads, ``readable``) and put in an ``RE2.Set``
beside the empty pattern, as ``_prefilter`` does: an answer that names the empty pattern alone
is "no match"; no answer at all is RE2 giving up, and ``re`` then searches. Text RE2 cannot
read (a letter outside ASCII, a lone surrogate) and a pattern it cannot build go to ``re``
directly, so ``search`` always gives ``re``'s own answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._loosen import loosened
from ._prefilter import new_set
from ._ruleset import readable

__all__ = ["Gate"]


@dataclass(frozen=True, slots=True)
class Gate:
    """A compiled Python pattern searched behind an RE2 gate; the same answers as ``search``.
    Frozen: a module may keep one as a constant (RE2's sets are safe to share across threads)."""

    pattern: re.Pattern[str]
    #: The RE2 set of the empty pattern and the loosened one; None when it cannot be built.
    loose: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        loose = loosened(self.pattern.pattern, self.pattern.flags, {})
        object.__setattr__(self, "loose", None if loose is None else new_set([loose]))

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped when RE2 tells that it cannot match."""
        if self.loose is not None and (text.isascii() or readable(text)):
            try:
                found = self.loose.Match(text.encode())
            except UnicodeEncodeError:  # a lone surrogate
                found = None
            if found is not None and len(found) == 1:
                return None  # only the empty pattern matched
        return self.pattern.search(text)
