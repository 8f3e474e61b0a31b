"""``--explain`` agrees with ``parse()``: same article, every block once, removals in order."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean._explain import Line, explain

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SOURCES = sorted(p for p in FIXTURES.glob("*/source.*"))

FLOODS = (
    "<html><head><title>Floods close the coast road</title></head><body><article>"
    "<h1>Floods close the coast road</h1><p>Share this article</p>"
    "<p>Heavy rain closed the coast road on Tuesday, and officials said it would stay shut "
    "until the water went down and engineers had checked the bridges along the route.</p>"
    "</article></body></html>"
)


def sources() -> list[str | bytes]:
    return [p.read_bytes() if p.suffix == ".html" else p.read_text("utf-8") for p in SOURCES] + [
        FLOODS
    ]


@pytest.mark.parametrize("source", sources())
def test_explain_gives_the_article_parse_gives(source: str | bytes) -> None:
    article, _ = explain(source)
    assert article == newsclean.parse(source)


@pytest.mark.parametrize("source", sources())
def test_explain_lines_hold_the_paragraphs_and_removals_in_order(source: str | bytes) -> None:
    article, lines = explain(source)
    assert tuple(line.text for line in lines if line.kept and line.label == "body") == (
        article.paragraphs
    )
    removed = tuple(newsclean.Removal(line.text, line.label) for line in lines if not line.kept)
    assert removed == article.removed


def test_a_title_from_page_metadata_leads_the_lines() -> None:
    _, lines = explain(FLOODS)
    assert lines[0] == Line("Floods close the coast road", kept=True, label="title (metadata)")
    assert lines[1] == Line("Floods close the coast road", kept=False, label="duplicate.title")


def test_a_title_found_in_the_text_is_shown_in_its_place_only(seed_text: str) -> None:
    _, lines = explain(seed_text)
    titles = [line for line in lines if line.label.startswith("title")]
    assert titles == [Line("Kerry meeting yields no agreement on Crimea", True, "title")]
    assert lines[0].label == "widget.next-score"
