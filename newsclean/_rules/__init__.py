"""The boilerplate rules, as data: one table, ``RULES``, in the order the rules are tried.

Each ``Rule`` has an id (the ``reason`` recorded in ``Article.removed``), a one-line note on why
it exists, a pattern, and examples that it must drop and must keep; ``tests/test_rules.py`` runs
every example. A rule only looks at blocks of at most ``max_words`` words, so a long paragraph of
prose that happens to mention "advertisement" or "subscribe" is never dropped by a phrase.

Patterns are matched with ``re.search``, case-insensitively, against the block's text with its
outer whitespace stripped. Keep them linear: no nested quantifiers (``tests/test_rules.py``
times every pattern against long adversarial strings).

To add a language, add rules with ``language="de"`` (say): ``parse()`` uses the rules of every
language unless ``Options(languages=...)`` narrows them.

The table is kept in one module per family of boilerplate, in the order they are tried (the
first rule that matches a block gives its reason): widgets, pitches, sharing, captions, promos,
bylines, end matter, the rows the HTML path added, the notices to the reader (crisis lines,
callouts, rating widgets), then the outlet's own voice (last, so that every narrower row keeps
its reason).
"""

from __future__ import annotations

from ._rule import Rule
from .bylines import BYLINES
from .captions import CAPTIONS
from .endmatter import ENDMATTER
from .htmlbodies import HTMLBODIES
from .pitches import PITCHES
from .promos import PROMOS
from .reader import READER
from .sharing import SHARING
from .voice import VOICE
from .widgets import WIDGETS

__all__ = ["RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    *WIDGETS,
    *PITCHES,
    *SHARING,
    *CAPTIONS,
    *PROMOS,
    *BYLINES,
    *ENDMATTER,
    *HTMLBODIES,
    *READER,
    *VOICE,
)
