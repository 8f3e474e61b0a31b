"""Nothing is lost: every non-blank input line lands exactly once in the Article (property).

Inputs mix prose, the rules' own drop examples, repeated lines, blank lines and arbitrary
unicode. Each line must end up in exactly one of title, subtitle, captions, paragraphs or
removed: the words of the input and of the output are the same multiset (nothing dropped,
nothing doubled), and every input line is found whole inside one output piece (a line may be
joined to its neighbours, never cut up). The same input always gives the same output.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import RULES

_WORDS = [
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "budget",
    "would",
    "rise",
    "by",
    "percent",
    "after",
    "long",
    "debate",
    "over",
    "schools",
    "and",
    "roads",
    "officials",
    "expected",
    "vote",
    "next",
    "week",
    "Kerry",
    "Lavrov",
    "Crimea",
    "talks",
    "ended",
]

_prose = st.lists(st.sampled_from(_WORDS), min_size=6, max_size=40).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_short = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)
_boilerplate = st.sampled_from([text for rule in RULES for text in rule.drop])
_unicode = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60
)
_line = st.one_of(_prose, _prose, _short, _boilerplate, _unicode, st.just(""))


@st.composite
def scraped_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line, min_size=1, max_size=30))
    # Repeat some earlier lines, as scrapers do with captions and headlines.
    for index in draw(st.lists(st.integers(0, 100), max_size=4)):
        lines.insert(index % (len(lines) + 1), lines[index % len(lines)])
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n", "\n \n\n"]), min_size=len(lines)))
    text = "".join(line + sep for line, sep in zip(lines, separators, strict=False))
    if not text.strip():
        text += "Headline"
    return text


def _pieces(article: newsclean.Article) -> list[str]:
    return [
        *(t for t in (article.title, article.subtitle) if t is not None),
        *article.captions,
        *article.paragraphs,
        *(r.text for r in article.removed),
    ]


@settings(max_examples=300, deadline=None)
@given(scraped_texts())
def test_every_line_is_accounted_for_exactly_once(text: str) -> None:
    article = newsclean.parse(text, kind="text")
    pieces = _pieces(article)
    assert Counter(w for p in pieces for w in p.split()) == Counter(text.split())
    for line in text.splitlines():
        collapsed = " ".join(line.split())
        if collapsed:
            assert any(collapsed in piece for piece in pieces), collapsed


@settings(max_examples=100, deadline=None)
@given(scraped_texts())
def test_parse_is_deterministic(text: str) -> None:
    assert newsclean.parse(text, kind="text") == newsclean.parse(text, kind="text")
