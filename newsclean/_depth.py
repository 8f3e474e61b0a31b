"""Cap the nesting depth of markup before the HTML parser sees it.

libxml2 (under lxml) stops reading a document whose elements nest deeper than 255: everything
after the deep point would be silently lost, and tree walkers that recurse would risk a
``RecursionError``. So before parsing, one linear scan counts open elements the way a lenient
parser would (void elements and ``/>`` do not nest, a ``</x>`` closes up to the nearest open
``x``, comments and raw-text elements are skipped), and the tags that would open an element
deeper than ``MAX_DEPTH`` are replaced with a space, with their end tags. Their text stays, one
level up. Pages that never nest that deep are returned unchanged (the same ``str`` object).
"""

from __future__ import annotations

import re
from types import MappingProxyType

__all__ = ["MAX_DEPTH", "cap_depth"]

#: Deepest element nesting handed to the parser; libxml2's own limit is 255.
MAX_DEPTH = 200

# A tag is bounded by the next '<' so that a '<' without a '>' never rescans the rest.
_TOKEN = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9:_-]{0,63})([^<>]{0,4096})>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "frame",
    ]
)
#: Elements whose content libxml2 reads as raw text, up to their end tag.
_RAW_TEXT_END = MappingProxyType(
    {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style")}
)
#: An opening tag of one of these closes an open element of the same name on top of the stack.
_SIBLINGS = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th"})


def cap_depth(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, bool]:
    """``html`` with elements nested deeper than ``max_depth`` unwrapped, and whether any were."""
    if html.count("<") <= max_depth:
        return html, False
    stack: list[tuple[str, bool]] = []  # (tag name, dropped)
    open_counts: dict[str, int] = {}
    depth = 0  # kept elements on the stack
    cuts: list[tuple[int, int]] = []
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
            if match.group(1):
                if open_counts.get(name):
                    while stack:
                        top, dropped = stack.pop()
                        open_counts[top] -= 1
                        depth -= not dropped
                        if top == name:
                            if dropped:
                                cuts.append(match.span())
                            break
                continue
            if name in _VOID or match.group(3).endswith("/"):
                continue
            if name in _RAW_TEXT_END:
                end_tag = _RAW_TEXT_END[name].search(html, match.end())
                resume = -1 if end_tag is None else end_tag.end()
                break
            if name in _SIBLINGS and stack and stack[-1][0] == name:
                _top, dropped = stack.pop()
                open_counts[name] -= 1
                depth -= not dropped
            dropped = depth >= max_depth
            if dropped:
                cuts.append(match.span())
            else:
                depth += 1
            stack.append((name, dropped))
            open_counts[name] = open_counts.get(name, 0) + 1
        pos = resume
    if not cuts:
        return html, False
    pieces: list[str] = []
    last = 0
    for start, end in cuts:
        pieces.append(html[last:start])
        pieces.append(" ")
        last = end
    pieces.append(html[last:])
    return "".join(pieces), True
