"""Bound the shape of markup before the HTML parser sees it, so that no page costs more than
linear time or crashes what reads the tree. Four shapes of hostile page, one function each:

- *deep nesting* (``bound_markup``): libxml2 (under lxml) stops reading a document nested deeper
  than 255 elements, silently losing everything after that point, and code that recurses down
  the tree risks a ``RecursionError``;
- *inline fan-out* (``bound_markup``): tens of thousands of inline elements in one block
  (``<p>`` holding ``<b>x</b>`` 50,000 times) make trafilatura's paragraph handling quadratic;
- *attribute floods* (``bound_attributes``): libxml2 is quadratic in the attributes of a tag;
- *deep JSON-LD* (``bound_json_ld``): decoding and walking it raise ``RecursionError``.

``bound_markup`` counts open elements in one scan the way a lenient parser would (void elements
and ``/>`` do not nest, ``</x>`` closes up to the nearest open ``x``, comments and script or
style bodies are skipped). A start tag that would open an element deeper than ``MAX_DEPTH``, or
an inline element past the ``MAX_INLINE``-th inside one block, is removed with its end tag: its
text stays where it was. A page with none of these shapes comes back unchanged (the same
``str`` object), and each bound that acts says so in a note for ``Article.warnings``.
"""

from __future__ import annotations

import io
import re
from array import array
from types import MappingProxyType

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_DEPTH",
    "MAX_INLINE",
    "bound_attributes",
    "bound_json_ld",
    "bound_markup",
]

#: Deepest element nesting handed to the parser; libxml2's own limit is 255.
MAX_DEPTH = 200
#: Most inline elements kept inside one block; real paragraphs hold a few dozen.
MAX_INLINE = 1000
#: Most attributes kept on one start tag (libxml2 is quadratic in them); real tags hold a dozen.
MAX_ATTRIBUTES = 256

# A tag is bounded by the next '<' so that a '<' without a '>' never rescans the rest.
_TOKEN = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9:_-]{0,63})([^<>]{0,4096})>")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
     "meta", "param", "source", "track", "wbr"}
)  # fmt: skip
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
     "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
     "strong", "sub", "sup", "time", "tt", "u", "var"}
)  # fmt: skip
#: Elements whose content libxml2 reads as raw text, up to their end tag.
_RAW_TEXT_END = MappingProxyType(
    {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
)
# Start tags whose attributes run over 4 KB, the only ones that can hold hundreds of attributes.
_LONG_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9:_-]{0,63}(?=\s)([^<>]{4096,})>")
# No leading '\s*': the search skips whitespace itself, and a leading '\s*' rescanned a run of
# whitespace from each of its positions (quadratic on a tag of a megabyte of spaces).
_ATTRIBUTE = re.compile(r"""[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
_JSON_LD = re.compile(r"<script\b[^<>]{0,500}?ld\+json[^<>]{0,500}>", re.IGNORECASE)
_SCRIPT_END = re.compile(r"</script\s*>", re.IGNORECASE)
# A JSON string (maybe cut off by the end of the text), or a bracket.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*(")?|[\[\]{}]', re.DOTALL)
_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*(")?', re.DOTALL)
#: A start tag of one of these closes an open element of the same name on top of the stack.
_SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th"})


def bound_markup(
    html: str, max_depth: int = MAX_DEPTH, max_inline: int = MAX_INLINE
) -> tuple[str, tuple[str, ...]]:
    """``html`` with too-deep and too-many inline elements unwrapped, and a note for each kind."""
    if html.count("<") <= min(max_depth, max_inline):
        return html, ()
    stack: list[tuple[str, str | None]] = []  # (tag name, replacement if the tag was cut)
    open_counts: dict[str, int] = {}
    inline_counts = [0]  # inline elements seen inside each open block, the document first
    depth = 0  # kept elements on the stack
    cuts = array("q")  # flat (start, end, deep) triples: small for millions of cut tags

    def pop() -> str | None:
        nonlocal depth
        name, cut = stack.pop()
        open_counts[name] -= 1
        if cut is None:
            depth -= 1
            if name not in _INLINE:
                inline_counts.pop()
        return cut

    pos = 0
    while pos >= 0:
        resume = -1  # where to restart the scan after a comment or a raw-text element
        for match in _TOKEN.finditer(html, pos):
            name = match.group(2)
            if name is None:  # a comment
                end = html.find("-->", match.end())
                resume = end + 3 if end >= 0 else -1
                break
            name = name.lower()
            if match.group(1):  # an end tag
                while open_counts.get(name):
                    top, cut = stack[-1][0], pop()
                    if top == name:
                        if cut is not None:
                            cuts.extend((*match.span(), cut == " "))
                        break
                continue
            if name in _VOID or match.group(3).endswith("/"):
                continue
            if name in _RAW_TEXT_END:
                end_tag = _RAW_TEXT_END[name].search(html, match.end())
                resume = -1 if end_tag is None else end_tag.end()
                break
            if name in _SIBLINGS and stack and stack[-1][0] == name:
                pop()
            cut = None
            if depth >= max_depth:
                cut = " "
            elif name in _INLINE:
                inline_counts[-1] += 1
                if inline_counts[-1] > max_inline:
                    cut = ""
            if cut is None:
                depth += 1
                if name not in _INLINE:
                    inline_counts.append(0)
            else:
                cuts.extend((*match.span(), cut == " "))
            stack.append((name, cut))
            open_counts[name] = open_counts.get(name, 0) + 1
        pos = resume
    if not cuts:
        return html, ()
    return _apply(html, cuts), _notes(cuts, max_depth, max_inline)


def _apply(html: str, cuts: array[int]) -> str:
    out = io.StringIO()  # a growing buffer, not a list of millions of small strings
    last = 0
    for n in range(0, len(cuts), 3):
        out.write(html[last : cuts[n]])
        out.write(" " if cuts[n + 2] else "")
        last = cuts[n + 1]
    out.write(html[last:])
    return out.getvalue()


def _notes(cuts: array[int], max_depth: int, max_inline: int) -> tuple[str, ...]:
    deep = cuts[2::3]
    notes = []
    if any(deep):
        notes.append(f"elements nested deeper than {max_depth} levels were unwrapped, text kept")
    if not all(deep):
        notes.append(f"inline elements past {max_inline:,} in one block were unwrapped, text kept")
    return tuple(notes)


def bound_json_ld(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, tuple[str, ...]]:
    """``html`` with the body of every JSON-LD script nested deeper than ``max_depth`` emptied:
    decoding it, or walking it, would raise ``RecursionError``. Real JSON-LD nests a few levels.

    A script body runs to ``</script>``; when another JSON-LD start tag comes first (a script
    tag inside a textarea, or one written inside a script), the body is read in segments and
    the depth and string state carried over, so each character is read once and no chain of
    segments hides its depth. Each segment is also judged alone, as a script of its own."""
    cuts: list[tuple[int, int]] = []
    carried = (0, False)  # (depth, inside a string) at the end of the previous segment
    start = _JSON_LD.search(html)
    script_end = -1  # the next '</script' at or after the current start (len(html): none)
    while start is not None:
        if script_end < start.end():
            end = _SCRIPT_END.search(html, start.end())
            script_end = len(html) if end is None else end.start()
        stop = script_end
        following = _JSON_LD.search(html, start.end(), stop)
        if following is not None:
            stop = following.start()
        body = html[start.end() : stop]
        alone = _json_depth(body, 0, in_string=False)[0]
        deepest, depth, in_string = _json_depth(body, *carried)
        if max(alone, deepest) > max_depth:
            cuts.append((start.end(), stop))
        else:
            carried = (depth, in_string)
        if following is None:
            carried = (0, False)
        start = following or _JSON_LD.search(html, stop)
    if not cuts:
        return html, ()
    note = f"JSON-LD nested deeper than {max_depth} levels was dropped (metadata only)"
    return _cut(html, cuts), (note,)


def _json_depth(text: str, depth: int, in_string: bool) -> tuple[int, int, bool]:
    """The deepest bracket nesting of JSON text outside its strings, from ``depth`` (and inside
    a string when ``in_string``); then the depth and string state at its end."""
    deepest, pos = depth, 0
    if in_string:
        rest = _STRING_REST.match(text)
        if rest is None or rest.group(1) is None:
            return deepest, depth, True
        pos = rest.end()
    for token in _JSON_TOKEN.finditer(text, pos):
        if token.group(1) is not None:
            continue  # a whole string
        if token.group().startswith('"'):
            return deepest, depth, True  # a string that runs on past this text
        depth += 1 if token.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest, depth, False


def bound_attributes(
    html: str, max_attributes: int = MAX_ATTRIBUTES
) -> tuple[str, tuple[str, ...]]:
    """``html`` with start tags cut after their ``max_attributes``-th attribute (whole
    attributes are kept, so no quote is left open)."""
    cuts: list[tuple[int, int]] = []
    for tag in _LONG_TAG.finditer(html):
        attributes = _ATTRIBUTE.finditer(html, tag.start(1), tag.end(1))
        for count, attribute in enumerate(attributes, start=1):
            if count == max_attributes:
                cuts.append((attribute.end(), tag.end(1)))
                break
    if not cuts:
        return html, ()
    note = f"attributes past {max_attributes} on one tag were dropped"
    return _cut(html, cuts), (note,)


def _cut(html: str, cuts: list[tuple[int, int]]) -> str:
    """``html`` without the spans ``(begin, stop)`` of ``cuts``, which are in order."""
    pieces, last = [], 0
    for begin, stop in cuts:
        pieces.append(html[last:begin])
        last = stop
    pieces.append(html[last:])
    return "".join(pieces)
