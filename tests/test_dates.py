"""Dates read off timestamp lines: which forms are read, and which are only told to be dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean._dates import _DMY, _ISO, _MDY, _NUMERIC, holds_date, parse_date

#: Four paragraphs of prose under the lines a test puts on top.
BODY = "\n\n".join(
    f"Paragraph {k} of the story has enough words to read as prose, the officials said."
    for k in range(4)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: Mar 05, 2024 10:00 AM EST", dt.date(2024, 3, 5)),
        ("05-Mar-2024 • 4 min read", dt.date(2024, 3, 5)),
        ("Tue 5 Mar 2024 // 14:32 UTC", dt.date(2024, 3, 5)),
        ("25.12.2023", dt.date(2023, 12, 25)),  # a day over 12 tells the order
        ("Posted 12/19/2025 10:14", dt.date(2025, 12, 19)),
    ],
)
def test_named_and_unambiguous_numeric_dates_are_read(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["3/5/2024 12:40 PM PT", "Issued on: 12/03/2024 - 14:20"])
def test_a_numeric_date_read_two_ways_is_a_date_but_not_read(text: str) -> None:
    assert holds_date(text)
    assert parse_date(text) is None  # 5 March or 3 May: the page does not say


def test_a_numeric_date_inside_a_headline_is_no_timestamp() -> None:
    assert not holds_date("Metasploit Wrap-Up 12/19/2025")


def test_a_numeric_timestamp_above_the_headline_is_not_the_headline() -> None:
    article = newsclean.parse(
        "Exclusive\n\n3/5/2024 12:40 PM PT\n\n"
        "Singer Dana Vale Sued By Ex-Manager Over Unpaid Commissions\n\n" + BODY
    )
    assert article.title == "Singer Dana Vale Sued By Ex-Manager Over Unpaid Commissions"


def test_an_outlet_and_date_line_under_the_byline_is_not_the_dek() -> None:
    article = newsclean.parse(
        "Navy destroyer returns to Rota after seven-month deployment\n\nBy Karen Whitlow\n\n"
        "Stars and Stripes • March 5, 2024\n\n" + BODY
    )
    assert article.subtitle is None
    assert article.paragraphs[0].startswith("Paragraph 0")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(("March", "mar", "14", "2014", "3", "12", "1999", "20", "09:30", "T10"))
        | st.text(alphabet="0123456789 /.-,:T", max_size=8),
        max_size=6,
    )
)
def test_every_form_of_date_holds_a_year_of_four_figures(parts: list[str]) -> None:
    # parse_date and holds_date answer at once for text without four figures in a row: true
    # only while every form they read needs them.
    text = " ".join(parts)
    for pattern in (_ISO, _MDY, _DMY, _NUMERIC):
        for match in pattern.finditer(text):
            assert re.search(r"\d{4}", match.group()), (pattern.pattern, text)
