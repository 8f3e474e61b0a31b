"""Reading a publication date out of a short timestamp line or a metadata value."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

__all__ = ["holds_date", "parse_date"]

_MONTHS = MappingProxyType(
    {
        m: i
        for i, names in enumerate(
            (
                ("jan", "january"),
                ("feb", "february"),
                ("mar", "march"),
                ("apr", "april"),
                ("may",),
                ("jun", "june"),
                ("jul", "july"),
                ("aug", "august"),
                ("sep", "sept", "september"),
                ("oct", "october"),
                ("nov", "november"),
                ("dec", "december"),
            ),
            start=1,
        )
        for m in names
    }
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_MDY = re.compile(r"\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)", re.IGNORECASE)
_DMY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?,?[ -](\d{4})(?!\d)", re.IGNORECASE
)
#: A timestamp written in numbers: '3/5/2024' opening the line, or any such date followed by a
#: time ('Issued on: 12/03/2024 - 14:20'). In a headline ('Wrap-Up 12/19/2025') it is no stamp.
_NUMERIC = re.compile(
    r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])"
    r"|(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\6(\d{4})\D{1,4}\d{1,2}:\d{2}\b"
)

#: Every form above writes the year in four figures: text without four in a row holds no date
#: (told by one search instead of four).
_YEAR = re.compile(r"\d{4}")


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` (ISO 8601, 'March 14, 2014', '14 March 2014',
    '14-Mar-2014'; '3/14/2014 09:30' when it cannot be read the other way round)."""
    if _YEAR.search(text) is None:
        return None
    iso = _ISO.search(text)
    if iso:
        year, month, day = (int(iso.group(k)) for k in (1, 2, 3))
        try:
            if iso.group(4):
                return dt.datetime(
                    year,
                    month,
                    day,
                    int(iso.group(4)),
                    int(iso.group(5)),
                    int(iso.group(6) or 0),
                )
            return dt.date(year, month, day)
        except ValueError:
            return None
    for pattern, order in ((_MDY, (2, 1, 3)), (_DMY, (1, 2, 3))):
        match = pattern.search(text)
        if match:
            day_s, month_s, year_s = (match.group(k) for k in order)
            number = _MONTHS.get(month_s.casefold())
            if number is None:
                continue
            try:
                return dt.date(int(year_s), number, int(day_s))
            except ValueError:
                return None
    return _numeric(text)


def holds_date(text: str) -> bool:
    """Whether ``text`` holds a date: one ``parse_date`` reads, or a numeric timestamp whose
    order of day and month cannot be told ('12/03/2024 - 14:20': 12 March or 3 December)."""
    if _YEAR.search(text) is None:
        return False
    return parse_date(text) is not None or _NUMERIC.search(text) is not None


def _numeric(text: str) -> dt.date | None:
    """The date of a numeric timestamp, when a number over 12 tells the day from the month."""
    match = _NUMERIC.search(text)
    if match is None:
        return None
    k = 1 if match.group(1) else 5
    first, second, year = (int(match.group(k + j)) for j in (0, 2, 3))
    if first <= 12 and second <= 12 and first != second:
        return None  # '3/5/2024': the US and the European readings differ
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
