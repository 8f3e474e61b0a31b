"""Property tests over generated hostile input (hypothesis).

- parse() returns an Article or raises a NewscleanError, never anything else;
- on text, every non-blank line lands exactly once in title, subtitle, captions, paragraphs or
  removed (the accounting invariant), and sniffing replaces characters one for one;
- the result is the same on a second run and survives pickling.
"""

from __future__ import annotations

import os
import pickle
from collections import Counter

import adversarial
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import RULES, Article, NewscleanError, parse
from newsclean._sniff import sniff

PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("NEWSCLEAN_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Lines that exercise the rules and passes: rule examples, bylines, captions, repeats.
PHRASES = (
    *(example for rule in RULES for example in (*rule.drop, *rule.keep)),
    "By John Smith and Jane Doe",
    "Photo: AP",
    "A man walks past a damaged building in Kyiv on Tuesday. (Reuters)",
    "WASHINGTON (AP) — The Senate voted on Tuesday to pass the measure, sending it to the House.",
    "Officials said the plan would go ahead next year, despite objections from several regions.",
    "READ MORE",
    "Share this article",
    "\u202eright-to-left override",
    "Zalgo t\u0336e\u0336x\u0336t\u0336",
    "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐 𝖇𝖗𝖔𝖜𝖓 𝖋𝖔𝖝",
    "<script>alert(1)</script>",
    "%s %n %x {0} ${x}",
)

characters = st.characters(exclude_categories=("Cs",))
line = st.one_of(st.text(characters, max_size=120), st.sampled_from(PHRASES))
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028", "\n \t\n"])


@st.composite
def text_documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(line, max_size=40))
    if lines and draw(st.booleans()):
        lines.append(draw(st.sampled_from(lines)))  # a repeated line
    return "".join(piece + draw(separator) for piece in lines)


def landed(article: Article) -> Counter[str]:
    pieces = [article.title, article.subtitle, *article.captions, *article.paragraphs]
    pieces += [removal.text for removal in article.removed]
    return Counter(piece for piece in pieces if piece is not None)


@PROPERTY_SETTINGS
@given(text_documents())
def test_text_input_accounts_for_every_line(text: str) -> None:
    try:
        article = parse(text, kind="text")
    except NewscleanError:
        return
    cleaned = sniff(text, kind="text", max_bytes=len(text) + 1).text
    assert len(cleaned) == len(text.removeprefix("\ufeff"))  # one for one, nothing dropped
    lines = [" ".join(piece.split()) for piece in cleaned.splitlines()]
    pieces = landed(article)
    # Lines of a paragraph hard-wrapped at a fixed width are joined, never cut: the words are
    # the same, and every line is found whole in one piece.
    assert Counter(w for p in pieces.elements() for w in p.split()) == Counter(
        w for line in lines for w in line.split()
    )
    assert all(any(line in piece for piece in pieces) for line in lines if line)


TAGS = (
    "p", "div", "span", "a", "b", "i", "br", "img", "h1", "h2", "ul", "li", "table", "tr", "td",
    "figure", "figcaption", "script", "style", "noscript", "iframe", "svg", "math", "template",
    "textarea", "title", "select", "option", "frameset", "article", "main", "aside", "nav",
    "blockquote", "pre", "form", "input", "meta", "html", "body", "head", "xmp", "plaintext",
)  # fmt: skip
ATTRIBUTES = st.sampled_from(
    [
        "",
        ' class="caption"',
        ' href="javascript:alert(1)"',
        ' src="data:image/png;base64,AAAA"',
        " style='x' id=a",
        ' charset="utf-8"',
        ' charset="base64"',
        ' charset="undefined"',
        ' charset="x-user-defined"',
        ' lang="en"',
        ' content="text/html; charset=windows-1252" http-equiv="Content-Type"',
        ' property="og:title" content="A title"',
        ' type="application/ld+json"',
        ' a="<p>" b=\'"\' c=>',
        " onerror=alert(1)",
    ]
)
TEXT = st.one_of(
    st.text(characters, max_size=60),
    st.sampled_from(PHRASES),
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "&", "<", "]]>", "-->"]),
)
DEBRIS = st.sampled_from(
    [
        "<!DOCTYPE html>",
        '<?xml version="1.0" encoding="utf-16"?>',
        "<!-- unclosed comment",
        "<![CDATA[ x ]]>",
        "<?php echo 1 ?>",
        "</p></div></table>",
        "<",
        "<a",
        '<div class="',
        '{"@context": "https://schema.org", "headline": ',
        '<script type="application/ld+json">' + "[" * 3000,
        '<script type="application/ld+json">{"headline": "A", "@graph": [{"headline": 1}]}',
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ]
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        tag = draw(st.sampled_from(TAGS))
        inner = "".join(draw(st.lists(children, max_size=5)))
        end = draw(st.sampled_from([f"</{tag}>", "", f"</{tag.upper()}>", "</div>"]))
        return f"<{tag}{draw(ATTRIBUTES)}>{inner}{end}"

    return build()


html_fragments = st.recursive(st.one_of(TEXT, DEBRIS), _element, max_leaves=40)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """Markup debris alone, or inside a real article page where trafilatura finds a body."""
    debris = "".join(draw(st.lists(html_fragments, min_size=1, max_size=6)))
    return adversarial.page(debris) if draw(st.booleans()) else debris


def outcome(source: str | bytes) -> Article | str:
    try:
        return parse(source)
    except NewscleanError as error:
        return f"{type(error).__name__}: {error}"


@PROPERTY_SETTINGS
@given(html_documents())
def test_html_like_input_gives_an_article_or_a_newsclean_error_deterministically(
    html: str,
) -> None:
    first = outcome(html)
    assert outcome(html) == first
    if isinstance(first, Article):
        assert pickle.loads(pickle.dumps(first)) == first


@PROPERTY_SETTINGS
@given(html_documents(), st.sampled_from(["utf-8", "cp1252", "utf-16", "shift_jis", "koi8-r"]))
def test_html_like_bytes_in_any_encoding_give_an_article_or_a_newsclean_error(
    html: str, encoding: str
) -> None:
    data = html.encode(encoding, errors="replace")
    assert outcome(data) == outcome(data)


@PROPERTY_SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_an_article_or_a_newsclean_error(data: bytes) -> None:
    assert outcome(data) == outcome(data)
