"""``parse()``: the pipeline, top to bottom.

``label()`` runs every stage up to the labelled blocks (sniff and decode, a front end, the
classifier); ``parse()`` assembles them into the ``Article``. ``--explain`` reads the labelled
blocks of the same ``label()`` call, so what it shows is what ``parse()`` did.
"""

from __future__ import annotations

from lxml import etree

from ._article import Article
from ._assemble import PageMeta, assemble
from ._blocks import Labelled
from ._classify import classify
from ._html import html_labelled, parse_html
from ._options import Options
from ._outside import REASON as OUTSIDE_REGION
from ._outside import with_outside
from ._sniff import Kind, sniff
from ._text import text_blocks

__all__ = ["label", "parse"]

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
    header, whose charset decodes bytes; ``options`` tunes the rules.

    Raises ``EmptyInputError``, ``NotADocumentError`` or ``InputTooLargeError`` (all
    ``NewscleanError`` and ``ValueError``) on input that is not a document, ``TypeError`` on an
    argument of the wrong type, and nothing else. A page without an article gives an
    ``Article`` with no paragraphs; repairs made to the input are listed in its ``warnings``.
    """
    labelled, meta, warnings = label(
        source, url=url, kind=kind, content_type=content_type, options=options
    )
    return assemble(labelled, meta, warnings)


def label(
    source: object,
    *,
    url: str | None = None,
    kind: Kind = "auto",
    content_type: str | None = None,
    options: Options | None = None,
) -> tuple[list[Labelled], PageMeta, tuple[str, ...]]:
    """Every block of the input in order with its label, the page metadata, and warnings."""
    opts = _DEFAULT_OPTIONS if options is None else options
    if not isinstance(opts, Options):
        raise TypeError(f"options must be a newsclean.Options, not {type(opts).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    document = sniff(source, kind=kind, content_type=content_type, max_bytes=opts.max_bytes)
    if document.kind == "text":
        return classify(text_blocks(document.text), opts), PageMeta(url=url), document.warnings
    try:
        tree = parse_html(document.text)
    except etree.ParserError:
        # Guard: lxml raises 'Document is empty' on markup that holds no element at all
        # ('<!DOCTYPE html>', a lone comment or processing instruction). That is a page
        # with no article in it, which is not an error.
        return [], PageMeta(url=url), (*document.warnings, "the markup holds no HTML element")
    labelled, meta = html_labelled(tree, url, opts)
    if opts.enabled(OUTSIDE_REGION):
        labelled = with_outside(labelled, tree, (meta.title, meta.subtitle))
    return labelled, meta, document.warnings
