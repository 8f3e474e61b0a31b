"""``parse()``: the pipeline, top to bottom."""

from __future__ import annotations

from ._article import Article
from ._assemble import PageMeta, assemble
from ._classify import classify
from ._html import html_labelled, parse_html
from ._options import Options
from ._sniff import Kind, sniff
from ._text import text_blocks

__all__ = ["parse"]

_DEFAULT_OPTIONS = Options()


def parse(
    source: object,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    content_type: str | None = None,
    options: Options | None = None,
) -> Article:
    """Parse a news page (HTML as str or bytes, a BeautifulSoup or lxml tree) or scraped text.

    ``url`` is the page's address (never fetched: newsclean makes no network calls);
    ``kind`` forces ``"html"`` or ``"text"`` instead of sniffing; ``content_type`` is the HTTP
    header, whose charset decodes bytes; ``options`` tunes the rules. Raises a subclass of
    ``NewscleanError`` on input that is not a document, ``TypeError`` on a wrong type.
    A page without an article gives an ``Article`` with no paragraphs.
    """
    opts = _DEFAULT_OPTIONS if options is None else options
    if not isinstance(opts, Options):
        raise TypeError(f"options must be a newsclean.Options, not {type(opts).__name__}")
    document = sniff(source, kind=kind, content_type=content_type, max_bytes=opts.max_bytes)
    if document.kind == "html":
        labelled, meta = html_labelled(parse_html(document.text), url, opts)
    else:
        blocks, meta = text_blocks(document.text), PageMeta(url=url)
        labelled = classify(blocks, opts)
    return assemble(labelled, meta, document.warnings)
