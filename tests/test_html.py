"""The HTML path: region, markup evidence, metadata, images, and the promise not to mutate input."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from html_helpers import PROSE

import newsclean
from newsclean._blocks import Block
from newsclean._html import _cross_check

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_parse_does_not_mutate_a_tree_passed_in() -> None:
    tree = lxml.html.document_fromstring(
        (FIXTURES / "article-body-split-by-ad-rows" / "source.html").read_bytes()
    )
    before = lxml.html.tostring(tree)
    article = newsclean.parse(tree)
    assert article.paragraphs
    assert lxml.html.tostring(tree) == before


def test_body_split_into_sibling_containers_by_ad_rows_is_read_whole() -> None:
    html = (FIXTURES / "article-body-split-by-ad-rows" / "source.html").read_bytes()
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 6
    assert article.paragraphs[-1].startswith("Construction of the first bus line")
    assert [r.reason for r in article.removed].count("html.ad") == 2


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Storm hits coast | The Daily Planet", "The Daily Planet", "Storm hits coast"),
        ("The Daily Planet - Storm hits coast", "The Daily Planet", "Storm hits coast"),
        ("Storm hits the coast overnight – Planet", None, "Storm hits the coast overnight"),
        ("Pros and cons - a guide", None, "Pros and cons - a guide"),
    ],
)
def test_title_loses_the_site_name_glued_on(title: str, site: str | None, expected: str) -> None:
    head = f"<title>{title}</title>"
    if site:
        head += f"<meta property='og:site_name' content='{site}'>"
    assert newsclean.parse(page(PROSE, head)).title == expected


def test_title_is_the_h1_when_it_agrees_with_the_metadata() -> None:
    head = "<meta property='og:title' content='Council approves the bus plan | Metro'>"
    body = "<h1>Council approves the bus plan</h1>" + PROSE
    article = newsclean.parse(page(body, head))
    assert article.title == "Council approves the bus plan"
    assert "Council approves the bus plan" not in article.paragraphs


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        ("Our Blog", "Council approves the bus plan"),
        ("Transport news", "Council approves the bus plan"),
        ("Bus plan", "Bus plan"),  # a shortening of the headline is the page's own wording
    ],
)
def test_an_h1_that_names_the_section_gives_way_to_the_metadata_headline(
    h1: str, expected: str
) -> None:
    head = "<meta property='og:title' content='Council approves the bus plan'>"
    assert newsclean.parse(page(f"<h1>{h1}</h1>" + PROSE, head)).title == expected


def test_a_line_break_in_the_h1_reads_as_a_space() -> None:
    body = "<h1>WEEKEND<br>CODING AGENT</h1>" + PROSE
    assert newsclean.parse(page(body, "")).title == "WEEKEND CODING AGENT"


def test_metadata_comes_from_json_ld() -> None:
    article = newsclean.parse((FIXTURES / "json-ld-metadata" / "source.html").read_bytes())
    assert article.authors == ("Tomas Berg", "Lena Okafor")
    assert article.published is not None and article.published.isoformat().startswith("2023-11-20")
    assert article.site_name == "The Northern Herald"
    assert article.language == "en-GB"
    assert article.url == "https://northernherald.example/world/antarctica-ocean-floor"
    assert article.subtitle == "A two-month voyage charts 50,000 square kilometres of sea bed"
    assert article.subtitle not in article.paragraphs


def test_images_come_in_order_with_caption_and_credit_and_absolute_urls() -> None:
    case = FIXTURES / "figure-caption-credit"
    url = (case / "url").read_text(encoding="utf-8").strip()
    article = newsclean.parse((case / "source.html").read_bytes(), url=url)
    first, second = article.images
    assert first.url == "https://www.valleycourier.example/images/2024/flood-main.jpg"
    assert first.caption == "Volunteers clear mud from a street in Millbrook on Tuesday."
    assert first.credit == "Photo: Dana Reyes/The Valley Courier"
    assert second.caption == "The Old Mill bridge, closed since Saturday." and second.credit is None
    assert article.captions == (first.caption, second.caption)
    assert not any("Millbrook on Tuesday" in p for p in article.paragraphs)


def test_furniture_inside_the_body_is_removed_with_the_reason_its_markup_gives() -> None:
    article = newsclean.parse((FIXTURES / "newsletter-box-in-body" / "source.html").read_bytes())
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Thanks for signing up!"] == "html.newsletter"
    assert len(article.paragraphs) == 4


def test_markup_reasons_can_be_switched_off_like_rules() -> None:
    html = (FIXTURES / "newsletter-box-in-body" / "source.html").read_bytes()
    article = newsclean.parse(html, options=newsclean.Options(disable=frozenset({"html."})))
    assert not any(r.reason.startswith("html.") for r in article.removed)


def test_link_runs_are_found_by_link_text_not_by_shortness() -> None:
    items = "".join(f"<li>Step {n}: mix the flour</li>" for n in range(5))
    links = "".join(f"<li><a href='/s/{n}'>Other story number {n}</a></li>" for n in range(5))
    article = newsclean.parse(page(PROSE + f"<ul>{items}</ul><ul>{links}</ul>"))
    assert sum(p.startswith("Step") for p in article.paragraphs) == 5
    assert sum(r.reason == "related.link-run" for r in article.removed) == 5


def test_hidden_elements_are_not_body() -> None:
    body = (
        PROSE + "<div style='display: none'><p>You have 3 free articles left this month.</p></div>"
    )
    article = newsclean.parse(page(body))
    assert ("You have 3 free articles left this month.", "html.hidden") in {
        (r.text, r.reason) for r in article.removed
    }


def test_page_without_paragraphs_gives_an_article_without_paragraphs() -> None:
    article = newsclean.parse(page("<div><a href='/'>Home</a></div>"), kind="html")
    assert article.paragraphs == ()


def test_an_h1_above_the_first_paragraph_is_the_headline_even_when_worded_apart() -> None:
    head = "<meta property='og:title' content='Budget vote: what happens next'>"
    body = (
        "<div class='promo'><h1>Subscribe today</h1></div>"
        "<div class='story'><h1>Council passes the budget after a long night</h1>" + PROSE
    )
    article = newsclean.parse(page(body + "</div>", head))
    assert article.title == "Budget vote: what happens next"
    assert ("Council passes the budget after a long night", "html.headline") in {
        (r.text, r.reason) for r in article.removed
    }
    assert article.paragraphs[0].startswith("The council voted")


def test_an_h1_that_is_the_site_logo_is_not_the_title() -> None:
    head = "<title>Why the river flooded again | Field Notes</title>"
    body = "<header><h1 class='site-logo'><a href='/'>Field Notes</a></h1></header>" + PROSE
    assert newsclean.parse(page(body, head)).title == "Why the river flooded again"


def test_lead_paragraphs_dense_with_links_stay_in_the_body() -> None:
    lead = (
        "<p><a href='/a'>The senator</a> met <a href='/b'>the foreign minister</a> in "
        "<a href='/c'>London</a> on Friday, <a href='/d'>officials said</a>, after "
        "<a href='/e'>weeks of talks</a> about <a href='/f'>the sanctions</a> that "
        "<a href='/g'>both governments</a> had threatened.</p>"
    )
    article = newsclean.parse(page(lead + lead.replace("Friday", "Monday") + PROSE))
    assert len(article.paragraphs) == 5


def test_short_lines_a_plan_repeats_are_kept_and_a_copied_paragraph_is_not() -> None:
    week = "<li>Easy run of three miles</li><li>Cross-training for forty minutes</li>"
    copied = (
        "<p>Every plan starts slowly, because the body needs weeks to adapt to the distance, "
        "and most injuries come from adding miles too fast.</p>"
    )
    body = (
        "<article><h1>A beginner's marathon plan</h1>"
        + PROSE
        + copied
        + f"<h2>Week 1</h2><ul>{week}</ul><h2>Week 2</h2><ul>{week}</ul>"
        + copied
        + "</article>"
    )
    article = newsclean.parse(page(body))
    assert article.paragraphs.count("Easy run of three miles") == 2
    assert article.paragraphs.count("Cross-training for forty minutes") == 2
    assert sum("Every plan starts slowly" in p for p in article.paragraphs) == 1
    assert any(r.reason == "duplicate.block" for r in article.removed)


def test_a_second_reading_that_holds_ours_and_much_more_replaces_ours() -> None:
    def blocks(texts: list[str]) -> list[Block]:
        return [Block(text=t, source=f"block {n}", tag="p") for n, t in enumerate(texts)]

    sentences = [
        f"Paragraph {n} of the story says something new about item {n} today." for n in range(10)
    ]
    ours = blocks(sentences[:5])
    wider = blocks(sentences)
    assert _cross_check(ours, [""] * 5, wider)[0] == wider
    slightly_wider = blocks(sentences[:6])
    assert _cross_check(ours, [""] * 5, slightly_wider)[0] == ours


@pytest.mark.parametrize("name", ["about_author", "blog_author-box", "post__share"])
def test_furniture_class_words_joined_by_underscores_are_read(name: str) -> None:
    box = f"<div class='{name}'><p>Dana Reyes</p><p>Dana covers city hall.</p></div>"
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{box}</article>"))
    assert "Dana Reyes" not in article.paragraphs
    assert len(article.paragraphs) == 3


def test_a_closing_section_heading_ends_the_story_with_all_under_it() -> None:
    sources = (
        "<h2>Article Sources</h2><ul><li>Smith, J. (2020). Transit.</li><li>DOT data</li></ul>"
    )
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{sources}</article>"))
    assert len(article.paragraphs) == 3
    assert {r.text for r in article.removed if r.reason == "section.end-matter"} == {
        "Article Sources",
        "Smith, J. (2020). Transit.",
        "DOT data",
    }


def test_a_closing_section_heading_near_the_top_is_left_alone() -> None:
    lead = "<p>The city has argued over its buses for a decade, and the vote settles it.</p>"
    body = f"{lead}<h2>Related articles</h2>{PROSE}"
    article = newsclean.parse(page(f"<article class='story'>{body}</article>"))
    assert len(article.paragraphs) == 4
    assert not any(r.reason == "section.end-matter" for r in article.removed)


@pytest.mark.parametrize("name", ["footnotes", "post-disclaimer", "affiliate-disclosure"])
def test_footnote_and_disclaimer_boxes_are_not_body(name: str) -> None:
    box = f"<div class='{name}'><p>1. Figures from the 2020 census, as revised.</p></div>"
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{box}</article>"))
    assert ("1. Figures from the 2020 census, as revised.", "html.notes") in {
        (r.text, r.reason) for r in article.removed
    }


def test_an_author_card_after_the_story_is_end_matter() -> None:
    card = "<p>Dana Reyes</p><p>Contributing Writer</p><p>Dana lives in Ohio with two cats.</p>"
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{card}</article>"))
    assert len(article.paragraphs) == 3
    assert "Dana Reyes" in {r.text for r in article.removed}


def test_links_after_the_last_paragraph_close_the_page_unless_text_is_among_them() -> None:
    tail = "<p><a href='/next'>Next post: the mayor's budget</a></p>"
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{tail}</article>"))
    assert len(article.paragraphs) == 3
    closing = "<p>Bus lines 4 to 7</p>"
    article = newsclean.parse(page(f"<article class='story'>{PROSE}{closing}{tail}</article>"))
    assert "Bus lines 4 to 7" in article.paragraphs
