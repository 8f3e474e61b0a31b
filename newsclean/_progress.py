"""A one-line progress meter on standard error: count, rate and, when it can tell, an ETA.

The command line only makes one when standard error is a terminal; piped or redirected, the run
stays silent. Messages printed while it runs clear the meter's line first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]

_INTERVAL = 0.2  # seconds between redraws


class Progress:
    """``update()`` after each input; ``fraction`` says how much of the input is read (0..1)."""

    def __init__(self, stream: TextIO, fraction: Callable[[], float | None]) -> None:
        self._stream = stream
        self._fraction = fraction
        self._start = time.monotonic()
        self._drawn = 0.0
        self._done = 0

    def update(self, done: int) -> None:
        self._done = done
        now = time.monotonic()
        if now - self._drawn >= _INTERVAL:
            self._drawn = now
            self._draw(now)

    def message(self, text: str) -> None:
        """Print a line on the stream without leaving half a meter behind it."""
        self._stream.write(f"\r\x1b[K{text}\n")
        self._stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic(), final=True)
        self._stream.write("\n")
        self._stream.flush()

    def _draw(self, now: float, *, final: bool = False) -> None:
        elapsed = max(now - self._start, 1e-9)
        line = f"{self._done:,} inputs  {self._done / elapsed:,.1f}/s  {_clock(elapsed)}"
        fraction = self._fraction()
        if not final and fraction is not None and 0.0 < fraction < 1.0:
            line += f"  {fraction:.0%}  ETA {_clock(elapsed * (1.0 - fraction) / fraction)}"
        self._stream.write(f"\r\x1b[K{line}")
        self._stream.flush()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
