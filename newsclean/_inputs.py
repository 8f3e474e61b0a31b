"""The command line's inputs: paths expanded (folders walked), read lazily as sources.

Files become paths for ``parse_many()`` to read in its workers, ``-`` the bytes of standard
input, a WARC file the stream of its HTML records. Inputs that cannot be opened are reported and
the run goes on. For the progress meter, each source remembers how many bytes of the input were
read up to it, so the share done follows the results printed (they come in input order).
"""

from __future__ import annotations

import os
import sys
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from warcio.exceptions import ArchiveLoadFailed

from ._batch import Source
from ._options import Options
from ._warc import WarcPages, is_warc

__all__ = ["Inputs"]

_DOCUMENT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")


class Inputs:
    """The command line's paths, expanded, and read lazily as ``parse_many()`` sources."""

    def __init__(self, paths: Sequence[str], options: Options, say: Callable[[str], None]):
        self._options = options
        self._say = say
        self.failed = False
        self.entries: list[tuple[Path | None, int]] = []  # (path or None for stdin, size)
        unique = dict.fromkeys(paths)  # each path once, in order
        # Many inputs (so JSON Lines, input names, progress) unless one file or stdin is named.
        self.many = len(unique) > 1
        for arg in unique:
            self._add(arg)
        self._total = sum(size for _, size in self.entries)
        self._base = 0  # bytes of the inputs before the current one
        self._marks: deque[int] = deque()  # bytes read up to each source not yet finished
        self._done = 0
        self._warcs: list[WarcPages] = []

    def _add(self, arg: str) -> None:
        if arg == "-":
            self.entries.append((None, 0))
            return
        path = Path(arg)
        if not path.is_dir():
            self._add_file(path)
            self.many = self.many or is_warc(path)
            return
        self.many = True
        files = list(_walk(path))
        if not files:
            self.failed = True
            self._say(f"newsclean: {arg}: no HTML, text or WARC files in this folder")
        for file in files:
            self._add_file(file)

    def _add_file(self, path: Path) -> None:
        try:
            self.entries.append((path, path.stat().st_size))
        except OSError as exc:  # missing, a broken link, no permission: say so, go on
            self.failed = True
            self._say(f"newsclean: {path}: {exc.strerror or exc}")

    def sources(self) -> Iterator[Source]:
        for path, size in self.entries:
            if path is None:
                self._marks.append(self._base)
                yield ("-", sys.stdin.buffer.read(), None)
            elif is_warc(path):
                yield from self._warc(path)
            else:
                self._marks.append(self._base + size)
                yield path
            self._base += size

    def _warc(self, path: Path) -> Iterator[Source]:
        pages = WarcPages(path, max_bytes=self._options.max_bytes)
        self._warcs.append(pages)
        try:
            for record in pages:
                self._marks.append(self._base + pages.position)
                yield record
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
            self.failed = True
            why = " ".join(str(exc).split())[:160]  # warcio quotes the bad line: keep it short
            self._say(f"newsclean: {path}: broken WARC after {pages.pages} pages: {why}")

    def fraction(self) -> float | None:
        """How much of the input the results printed so far cover, in bytes read."""
        return self._done / self._total if self._total else None

    def finished_one(self) -> None:
        """A result was printed: the sources before it are done (results come in order)."""
        if self._marks:
            self._done = self._marks.popleft()

    def notes(self) -> Iterator[str]:
        for pages in self._warcs:
            note = pages.describe_skipped()
            if note:
                yield note


def _walk(directory: Path) -> Iterator[Path]:
    """HTML, text and WARC files under a directory, in name order, hidden entries left out."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            lower = name.lower()
            if not name.startswith(".") and (
                lower.removesuffix(".gz").endswith(_DOCUMENT_SUFFIXES) or is_warc(Path(lower))
            ):
                yield Path(root, name)
