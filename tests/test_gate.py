"""``Gate`` (an RE2 pass in front of a large Python pattern) gives ``re``'s own answers: the
photo-credit pattern finds the same credit, at the same place, with and without the gate."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean._credit import _GATED_CREDIT, _INLINE_CREDIT
from newsclean._gate import Gate

pytest.importorskip("re2")

#: Captions that close with a credit, of each form the pattern knows, and lines that do not.
CAPTIONS = (
    "Crowds gather on Friday. (Image: GETTY)",
    "Photo: Hau Dinh, AP",
    "Fans cheer at the stadium. | Kirby Lee-USA TODAY Sports",
    "The senator speaks on March 4. | Francis Chung/POLITICO",
    "Ministers meet on Tuesday. (SPA)",
    "Farmers march on Tuesday. — Photo courtesy: Punjab govt",
    "Protesters gather in the square. — AFP",
    "The mayor speaks in Montclair. Jane Doe | For NJ Advance Media",
    "The coach in Huntsville. Jane Doe jdoe@al.com",
    "The old mill in 1988. (Dana Fitch/Patch)",
    "Rescuers on March 5. (Antara/Hafidz Mubarak A.)",
    "The bridge in Huntsville. (Jane Doe | jdoe@al.com)",
    "A class in Queens. (Christian Martinez for Chalkbeat)",
    "A senator on Feb. 20. Scott Olson via Getty Images",
    "The suspect's car. (Canton Police Department)",
    "Flooded streets in Lismore. (ABC News: Jane Doe)",
    "A koala in care. (Supplied)",
    "The port at dawn [File: Jane Doe/Reuters]",
    "The harbour at night © Jane Doe",
    "Whales off the coast. Photograph by Brian Skerry, Nat Geo Image Collection",
    "The market on Tuesday. - Jane Doe/Photographer",
    "Glass Orchard, photo by Matt Ruiz",
    "(U.S. Air Force photo by Staff Sgt. Jane Doe)",
    "The team met on Monday: the vote is due in May.",
    "Read more: how the vote was won / analysis",
    "Sign up by Friday for the newsletter",
    "Contact us at news@example.com",
)
#: Characters the gate must read right: quotes and dashes, marks outside ASCII, letters outside
#: ASCII (which go to ``re`` directly), a no-break space, a new line, a lone surrogate.
OTHERS = "’“”—–…©•→\xa0éİK\n\ud800"


def assert_same(gate: Gate, text: str) -> None:
    found, expected = gate.search(text), gate.pattern.search(text)
    assert (found and found.span()) == (expected and expected.span()), text


def test_every_caption_gives_re_s_own_answer() -> None:
    for text in CAPTIONS:
        for variant in (
            text,
            text.lower(),
            text.upper(),
            f"“{text}”",
            text.replace(" ", "\xa0"),
            text + "\n",
            text.replace("e", "é"),
        ):
            assert_same(_GATED_CREDIT, variant)
    assert sum(_GATED_CREDIT.search(text) is not None for text in CAPTIONS) >= 23


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(CAPTIONS) | st.text(alphabet=f"aeiostAPI ().:/|-@{OTHERS}", max_size=12),
        min_size=1,
        max_size=3,
    ),
    join=st.sampled_from((" ", ". ", " | ", ", ", "/")),
)
def test_texts_mixed_from_captions_give_re_s_own_answer(parts: list[str], join: str) -> None:
    assert_same(_GATED_CREDIT, join.join(parts))


def test_what_the_loosened_pattern_leaves_out_is_still_checked_by_re() -> None:
    gate = Gate(re.compile(r"(?<=x)a\b"))  # RE2 reads 'a\b': the look-behind is dropped
    assert [gate.search(text) is not None for text in ("xa", "ya", "xab", "xa é")] == [
        True,
        False,
        False,
        True,
    ]
    assert _INLINE_CREDIT is _GATED_CREDIT.pattern
