"""newsclean: a news article back as clean, structured data.

>>> import newsclean
>>> article = newsclean.parse(html_or_scraped_text)
>>> article.title, article.paragraphs, article.removed

The public API is what ``__all__`` names; every other module is private.
"""

from __future__ import annotations

from ._article import Article, Image, Removal
from ._batch import Result, parse_many
from ._errors import EmptyInputError, InputTooLargeError, NewscleanError, NotADocumentError
from ._options import Options
from ._parse import parse
from ._rules import RULES, Rule

__all__ = [
    "RULES",
    "Article",
    "EmptyInputError",
    "Image",
    "InputTooLargeError",
    "NewscleanError",
    "NotADocumentError",
    "Options",
    "Removal",
    "Result",
    "Rule",
    "parse",
    "parse_many",
]

__version__ = "0.1.0"
