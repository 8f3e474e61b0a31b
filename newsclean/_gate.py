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
from typing import Any

from ._loosen import loosened
from ._prefilter import new_set
from ._ruleset import readable

__all__ = ["Gate"]


class Gate:
    """A compiled Python pattern searched behind an RE2 gate; the same answers as ``search``."""

    __slots__ = ("_loose", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        loose = loosened(pattern.pattern, pattern.flags, {})
        self._loose: Any = None if loose is None else new_set([loose])

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped when RE2 tells that it cannot match."""
        if self._loose is not None and (text.isascii() or readable(text)):
            try:
                found = self._loose.Match(text.encode())
            except UnicodeEncodeError:  # a lone surrogate
                found = None
            if found is not None and len(found) == 1:
                return None  # only the empty pattern matched
        return self.pattern.search(text)
