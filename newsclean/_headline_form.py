"""The form of a line read as a headline: a short question, title case, a dek's sentence case,
menu links glued together, two short sentences, and two forms of one headline. ``_headline``
weighs these with the evidence around the line (its byline, its date, its repeats)."""

from __future__ import annotations

import re

from ._blocks import Block, ends_sentence, glued_joins
from ._stopwords import ALL_STOPWORDS

__all__ = [
    "TITLED_MAX",
    "TITLED_MIN",
    "asks",
    "glued",
    "in_title_case",
    "same_headline",
    "sentence_case",
    "two_sentences",
]

#: A question or exclamation this short may be a headline.
_ASKING_WORDS = 20
#: The share of words two forms of one headline have in common.
_SAME_SHARE = 0.8
#: ... and the shorter has this many words at least: a place ('Hong Kong') is a section's name.
_SAME_MIN_WORDS = 3
#: A headline in title case with full stops: 4 to 15 words, its words of 4 letters capitalised.
TITLED_MIN = 4
TITLED_MAX = 15
_TITLED_LONG = 4
_WORDS = re.compile(r"\w+")
#: A headline of two short sentences ending in a full stop ('Great Salt Lake rose a foot this
#: year. Scientists say it is not enough.'), up to 10 words each: a candidate when no other line
#: is one, with its byline or date below.
_TWO_SENTENCES = re.compile(
    r"^(?:[^\s.!?]+ ){2,9}[^\s.!?]+[.?!] (?:[A-Z][^\s.!?]* )(?:[^\s.!?]+ ){1,8}[^\s.!?]+\.$"
)
#: Links glued together ('LoginJoin Bold.org'): one join is enough in a line this short.
_GLUED_MAX_WORDS = 4


def asks(block: Block) -> bool:
    """A short question or exclamation: a headline, though it reads as a sentence."""
    return block.words <= _ASKING_WORDS and block.text.rstrip("\"'”’)").endswith(("?", "!"))


def in_title_case(block: Block) -> bool:
    """A headline in title case that reads as a sentence or two: every word of four letters
    or more is capitalised (a lead or a dek is in sentence case)."""
    words = block.text.split()
    if not TITLED_MIN <= len(words) <= TITLED_MAX:
        return False  # (a paragraph, told before its words are stripped)
    long = [w.strip("\"'“‘(") for w in words if len(w.strip(".,:;!?\"'“”‘’()")) >= _TITLED_LONG]
    return len(long) >= TITLED_MIN and all(not w[:1].islower() for w in long)


def sentence_case(block: Block) -> bool:
    """A line of four words or more, some of its long words in lower case (a dek's)."""
    return block.words >= TITLED_MIN and any(
        w[:1].islower() for w in block.text.split()[1:] if len(w) >= _TITLED_LONG
    )


def glued(block: Block) -> bool:
    """Menu links glued together ('LoginJoin Bold.org'), told from names like 'LeCun' or
    'eCommerce' in a headline by how often it happens in how few words."""
    if ends_sentence(block.text):
        return False  # 'What is Mesh WiFi?': links do not end a sentence
    joins = glued_joins(block.text)
    return joins >= 2 or (joins == 1 and block.words <= _GLUED_MAX_WORDS)


def same_headline(first: Block, other: Block) -> bool:
    """Two forms of one headline: most words of the shorter (two or more) are in the longer.
    One word in common is no evidence: 'World' above 'Is the world ready for ...?'; nor are two:
    'Hong Kong' above 'Hong Kong's oldest tram depot ...'."""
    a, b = (set(_WORDS.findall(x.key)) - ALL_STOPWORDS for x in (first, other))
    return min(len(a), len(b)) >= _SAME_MIN_WORDS and len(a & b) >= _SAME_SHARE * min(
        len(a), len(b)
    )


def two_sentences(block: Block) -> bool:
    """A headline of two short sentences ending in a full stop."""
    return _TWO_SENTENCES.match(block.text) is not None
