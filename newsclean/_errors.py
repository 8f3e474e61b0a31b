"""Every error that ``parse()`` raises on purpose, in one place.

The hierarchy::

    NewscleanError                    base of everything newsclean raises on purpose
    ├── EmptyInputError (ValueError)  the input is empty or only whitespace
    ├── NotADocumentError (ValueError) the input is binary data (PDF, image, gzip, zip, NULs);
    │                                 ``kind`` names what it looks like
    └── InputTooLargeError (ValueError) the input exceeds ``Options.max_bytes``; ``size``,
                                      ``limit`` and ``unit`` (bytes, or characters for str)

A wrong argument type raises the built-in ``TypeError`` naming the type received.
A page with no article in it is *not* an error: it gives an ``Article`` with no paragraphs.
Every error pickles, so it can cross a process-pool boundary.
"""

from __future__ import annotations

__all__ = ["EmptyInputError", "InputTooLargeError", "NewscleanError", "NotADocumentError"]


class NewscleanError(Exception):
    """Base class of every error that newsclean raises on purpose."""


class EmptyInputError(NewscleanError, ValueError):
    """The input holds nothing to parse: it is empty or only whitespace."""


class NotADocumentError(NewscleanError, ValueError):
    """The input is plainly not an HTML or text document (PDF, image, archive, binary)."""

    def __init__(self, message: str, kind: str = "binary data") -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self) -> tuple[type[NotADocumentError], tuple[str, str]]:
        return (type(self), (str(self), self.kind))


class InputTooLargeError(NewscleanError, ValueError):
    """The input is larger than the ``max_bytes`` limit of the options."""

    def __init__(self, size: int, limit: int, unit: str = "bytes") -> None:
        super().__init__(
            f"the input is {size:,} {unit}, over the limit of {limit:,} "
            "(raise Options(max_bytes=...) to accept it)"
        )
        self.size = size
        self.limit = limit
        self.unit = unit

    def __reduce__(self) -> tuple[type[InputTooLargeError], tuple[int, int, str]]:
        return (type(self), (self.size, self.limit, self.unit))
