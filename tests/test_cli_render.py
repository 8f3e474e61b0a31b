"""The CLI's text renderings of an ``Article``: Markdown that renders as the article reads."""

from __future__ import annotations

import datetime as dt

from newsclean import Article, Image
from newsclean._render import markdown, text

ARTICLE = Article(
    title="Ten *best* walks",
    subtitle="From the coast to the hills",
    authors=("Ann Lee",),
    published=dt.date(2024, 5, 1),
    url="https://news.example/walks",
    paragraphs=("1. The coast path", "# is not a heading", "Use <b> and _under_ as text"),
    images=(Image(url="https://img.example/a (1).jpg", caption="The cliffs"),),
    captions=("The cliffs", "A map of the routes"),
)


def test_markdown_escapes_what_would_turn_text_into_markup() -> None:
    assert markdown(ARTICLE, None).split("\n\n") == [
        "# Ten \\*best\\* walks",
        "*From the coast to the hills*",
        "By Ann Lee · 2024-05-01 · https://news.example/walks",
        "1\\. The coast path",
        "\\# is not a heading",
        "Use \\<b> and \\_under\\_ as text",
        "![The cliffs](<https://img.example/a (1).jpg>)",
        "*A map of the routes*\n",
    ]


def test_text_names_the_input_when_there_are_several() -> None:
    shown = text(ARTICLE, "pages/walks.html")
    assert shown.startswith("==> pages/walks.html <==\n\nTen *best* walks\nFrom the coast")
    assert "[Caption] A map of the routes" in shown
