"""Generators of hostile input, shared by the tests and ``benchmarks/robustness.py``.

Each takes a scale ``n`` (1 is the base size) and returns the input; nothing big lives in the
repository. ``ARTICLE`` is a small well-formed page that the generators wrap their payload in,
so a test can check that the article around the payload survives.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

PARAGRAPHS = tuple(
    f"Paragraph {i} of the story: officials said on Tuesday that the plan would go ahead "
    "next year, despite objections from several regional governments."
    for i in range(4)
)


def page(payload: str) -> str:
    before = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    after = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return (
        "<!DOCTYPE html><html><head><title>Plan goes ahead</title></head><body><article>"
        f"<h1>Plan goes ahead</h1>{before}{payload}{after}</article></body></html>"
    )


def nested_divs(n: int) -> str:
    """400 × n nested ``<div>``s with a paragraph at the bottom (n=100: 40,000)."""
    depth = 400 * n
    return page(
        "<div>" * depth + "<p>The deepest paragraph of the page is kept too.</p>" + "</div>" * depth
    )


def tiny_tags(n: int) -> str:
    """10,000 × n tiny inline tags in one paragraph (n=100: a million)."""
    return page("<p>" + "<b>x</b> " * (10_000 * n) + "</p>")


def tiny_blocks(n: int) -> str:
    """500 × n tiny paragraphs."""
    return page("".join(f"<p>{i}</p>" for i in range(500 * n)))


def many_attributes(n: int) -> str:
    """One paragraph tag carrying 10,000 × n attributes."""
    attributes = " ".join(f'data-a{i}="x"' for i in range(10_000 * n))
    return page(f"<p {attributes}>The paragraph behind the attributes.</p>")


def deep_json_ld(n: int) -> str:
    """A JSON-LD script of 10,000 × n nested arrays."""
    script = '<script type="application/ld+json">' + "[" * (10_000 * n) + "]" * (10_000 * n)
    return page("").replace("<title>", script + "</script><title>")


def long_line_text(n: int) -> str:
    """Text with one line of 10 KB × n (n=100: a megabyte)."""
    return "Plan goes ahead\n\n" + "\n".join(PARAGRAPHS) + "\n" + "word " * (2_000 * n) + "\n"


def long_line_html(n: int) -> str:
    """A page with one paragraph of 10 KB × n (n=100: a megabyte)."""
    return page("<p>" + "word " * (2_000 * n) + "</p>")


def json_blob(n: int) -> str:
    """A single-line JSON document of about 200 KB × n (n=100: 20 MB), passed as text."""
    rng = random.Random(n)
    items = [
        {"id": i, "title": f"Item {i}", "score": rng.random(), "tags": ["news", "world"]}
        for i in range(2_500 * n)
    ]
    return json.dumps({"items": items})


def nul_bytes(n: int) -> bytes:
    """A UTF-8 page with a NUL byte inside each of 100 × n paragraphs."""
    body = "".join(
        f"<p>Line {i} of the text\x00 with a NUL inside it, and more words.</p>"
        for i in range(100 * n)
    )
    return page(body).encode()


def truncated(n: int) -> list[str]:
    """The base page cut at 50 × n evenly spaced points."""
    whole = page("<figure><img src='a.jpg'><figcaption>A caption</figcaption></figure>")
    count = 50 * n
    return [whole[: len(whole) * k // count] for k in range(1, count)]


def binary(n: int) -> bytes:
    """64 KB × n of random bytes that carry an HTML page inside (a broken download)."""
    rng = random.Random(n)
    noise = rng.randbytes(65_536 * n)
    return noise[:100] + page("").encode() + noise[100:]


GENERATORS: dict[str, Callable[[int], object]] = {
    "nested_divs": nested_divs,
    "tiny_tags": tiny_tags,
    "tiny_blocks": tiny_blocks,
    "many_attributes": many_attributes,
    "deep_json_ld": deep_json_ld,
    "long_line_text": long_line_text,
    "long_line_html": long_line_html,
    "json_blob": json_blob,
    "nul_bytes": nul_bytes,
    "binary": binary,
}
