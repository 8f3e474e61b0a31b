"""Reading a publication date out of a short timestamp line or a metadata value."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

__all__ = ["parse_date"]

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
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})(?!\d)", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` (ISO 8601, 'March 14, 2014', '14 March 2014')."""
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
    return None
