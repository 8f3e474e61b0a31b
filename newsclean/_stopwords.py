"""Stop words: the function words that make up a large share of running prose.

A line of prose is roughly a third to a half stop words; a menu, a product name or a headline
fragment has few. jusText uses the same signal. One frozenset per language; add a language by
adding its set to ``STOPWORDS``.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["ALL_STOPWORDS", "STOPWORDS"]

_ENGLISH = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    i'm it's don't can't won't isn't wasn't we're they're you're that's there's he's she's
    said says may might must shall one two
    """.split()  # noqa: SIM905 (a word list reads best as text)
)

STOPWORDS = MappingProxyType({"en": _ENGLISH})

#: Every language's stop words together, for text whose language is not known.
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
