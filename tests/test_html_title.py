"""The title of an HTML page: which <h1> or metadata title names the article (``_html_title``)."""

from __future__ import annotations

import pytest
from html_helpers import PROSE

import newsclean

HEADLINE = "Council approves the bus plan after a year of debate"


def title_of(body: str, head: str = "", url: str | None = None) -> str | None:
    page = f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}{PROSE}</body></html>"
    return newsclean.parse(page, url=url).title


def og(title: str) -> str:
    return f"<meta property='og:title' content=\"{title}\">"


@pytest.mark.parametrize(
    "h1",
    [
        f"<h1><span class='descriptor'>Title:</span>{HEADLINE}</h1>",
        f"<h1><strong>Blog:</strong> {HEADLINE}</h1>",
        f"<h1><a href='/p'><time datetime='2025-12-18'>Dec 18 2025</time> {HEADLINE}</a></h1>",
        f"<h1><a href='/p'>{HEADLINE}</a> <span><a href='https://x.example/story'>(x.example)</a>"
        "</span> <span class='comments'>87</span></h1>",
        f"<h1>{HEADLINE}<h3 class='byline'>Posted on July 1, 2024 by admin</h3></h1>",
    ],
)
def test_an_h1_holding_other_elements_gives_the_part_the_metadata_names(h1: str) -> None:
    assert title_of(h1, og(f"{HEADLINE} | Metro")) == HEADLINE


def test_an_h1_without_other_elements_keeps_its_own_wording() -> None:
    # the metadata is a shortening here, not the h1 minus a label
    h1 = "<h1>Council approves the bus plan after a year of debate, and the tax</h1>"
    head = og("Council approves the bus plan after a year of debate")
    assert title_of(h1, head) == "Council approves the bus plan after a year of debate, and the tax"


def test_a_one_word_or_site_name_part_of_the_h1_is_not_the_title() -> None:
    assert title_of("<h1><span>Brexit</span>: what happens next</h1>", og("Brexit")) == (
        "Brexit: what happens next"
    )
    head = og("Metro News") + "<meta property='og:site_name' content='Metro News'>"
    assert title_of(f"<h1>{HEADLINE} <span>Metro News</span></h1>", head) != "Metro News"


def test_a_metadata_title_cut_short_gives_way_to_the_whole_one() -> None:
    whole = (
        "Fix It Friday: How To Arrange Your Living Room? We Help 4 Readers (Including One Trick)"
    )
    cut = whole.removesuffix(" One Trick)")
    head = (
        f'<script type="application/ld+json">{{"@type": "Article", "headline": "{cut}"}}</script>'
        + og(f"{whole} - Em Home")
        + "<meta property='og:site_name' content='Em Home'>"
    )
    assert title_of("", head) == whole


def test_a_metadata_title_ending_in_an_ellipsis_is_passed_over() -> None:
    head = (
        "<meta name='twitter:title' content='Council approves the bus plan after a...'>"
        "<title>Council approves the bus plan after a year of debate</title>"
    )
    assert title_of("", head) == HEADLINE


@pytest.mark.parametrize("rest", [" | Metro News Network", " Metro News Network"])
def test_a_shorter_metadata_title_followed_by_a_site_name_is_not_cut_short(rest: str) -> None:
    assert title_of("", og(HEADLINE) + f"<title>{HEADLINE}{rest}</title>") == HEADLINE


def test_the_site_name_after_a_separator_in_the_h1_is_cut() -> None:
    head = (
        og("Best UK Art Exhibitions of the Year")
        + "<meta property='og:site_name' content='Artlyst'>"
    )
    assert title_of("<h1>Best UK Art Exhibitions of the Year – Artlyst</h1>", head) == (
        "Best UK Art Exhibitions of the Year"
    )


def test_a_tag_line_in_the_h1_that_is_not_the_site_stays() -> None:
    h1 = "<h1>Pros and cons - a guide for new riders</h1>"
    assert title_of(h1, og("A different headline for search engines entirely")) == (
        "Pros and cons - a guide for new riders"
    )


def test_of_several_h1s_the_one_marked_as_the_headline_is_the_title() -> None:
    body = (
        "<h1 class='menu-label'>Select Your Location</h1>"
        "<div class='hero'><h1 class='hero-headline'>A Car Maintenance Schedule That Is Easy</h1>"
        "</div><h1>Contact the team</h1>"
    )
    head = og("Easy Car Maintenance Checklist | Farm Bureau")
    assert title_of(body, head) == "A Car Maintenance Schedule That Is Easy"


def test_of_several_unmarked_h1s_none_is_the_title() -> None:
    body = "<h1>Day 7</h1><h1>Day 8</h1>"
    assert title_of(body, og("Advent of Code 2025 week 2")) == "Advent of Code 2025 week 2"


def test_a_paragraph_set_as_an_h1_is_not_the_title() -> None:
    h1 = (
        "<h1>Learn which home renovations have the best return on investment and get expert "
        "tips on how to understand and calculate it, so that you know everything you need to "
        "know about the potential value of your home renovation project.</h1>"
    )
    head = og("The 10 Best Home Improvement Projects of 2023")
    assert title_of(h1, head) == "The 10 Best Home Improvement Projects of 2023"


def test_the_site_host_name_before_the_headline_is_cut() -> None:
    head = "<title>davidbau.com Vibe Coding</title>"
    assert title_of("", head, url="https://davidbau.com/archives/vibe.html") == "Vibe Coding"


def test_a_host_name_that_is_not_the_site_stays() -> None:
    head = "<title>Why example.org matters</title>"
    assert title_of("", head, url="https://news.test/a") == "Why example.org matters"


def test_utf8_read_as_latin1_in_the_title_is_repaired() -> None:
    h1 = "<h1>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement</h1>"
    assert title_of(h1) == "A DIY Investor\u2019s Guide to Retirement"


def test_full_width_punctuation_in_a_latin_title_is_made_plain() -> None:
    assert title_of("<h1>How Does Robot Vacuum Mapping Work\uff1f</h1>") == (
        "How Does Robot Vacuum Mapping Work?"
    )


def test_full_width_punctuation_in_a_cjk_title_stays() -> None:
    assert title_of("<h1>\u6771\u4eac\u306e\u5929\u6c17\uff1f</h1>") == (
        "\u6771\u4eac\u306e\u5929\u6c17\uff1f"
    )


def test_curly_quotes_only_the_h1_has_take_the_metadata_s_typed_form() -> None:
    h1 = "<h1>Why Hasn\u2019t Tutoring Been More Effective?</h1>"
    assert title_of(h1, og("Why Hasn't Tutoring Been More Effective?")) == (
        "Why Hasn't Tutoring Been More Effective?"
    )


def test_curly_quotes_stay_when_no_metadata_title_types_them_straight() -> None:
    h1 = "<h1>Why Hasn\u2019t Tutoring Been More Effective?</h1>"
    assert title_of(h1, og("Why Hasn\u2019t Tutoring Been More Effective?")) == (
        "Why Hasn\u2019t Tutoring Been More Effective?"
    )


def test_a_word_the_metadata_types_with_a_straight_quote_is_written_as_typed() -> None:
    h1 = "<h1>What to Expect on Your First Trip- A First Time Visitor\u2019s Guide</h1>"
    head = og("What to Expect on Your First Trip: A First Time Visitor's Guide")
    assert title_of(h1, head) == "What to Expect on Your First Trip- A First Time Visitor's Guide"
