"""The HTML path's body: what the page shows is read, in the order it is shown."""

from __future__ import annotations

import pytest
from html_helpers import PROSE

import newsclean
from newsclean._html import parse_html
from newsclean._walk import furniture_reason

SHELL = (
    "<header><a href='/'>City News</a> <a href='/politics'>Politics</a></header>"
    "<main><h1>Council approves bus plan</h1><template id='B:0'></template>"
    "<div class='skeleton'></div></main>"
    "<aside><p>Our reporters cover the city every day, from the council chamber to the "
    "neighbourhoods, and your support keeps them there.</p>"
    "<p>Become a member today and read every story without limits, on any device.</p></aside>"
    "<footer><p>Copyright City News. All rights reserved.</p></footer>"
)


def test_react_streamed_segments_are_read_where_their_template_is() -> None:
    html = (
        f"<html><body>{SHELL}<script>self.__next_f.push([1, 'x'])</script>"
        f"<div hidden id='S:0'><article class='post-body'>{PROSE}</article></div>"
        "</body></html>"
    )
    tree = parse_html(html)
    main = next(tree.iter("main"))
    assert [e.tag for e in main] == ["h1", "div", "div"]
    assert main[1].get("hidden") is None
    assert main[1][0].get("class") == "post-body"
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("The council voted on Wednesday")


def test_a_streamed_segment_without_a_template_is_shown_where_it_is() -> None:
    html = f"<html><body>{SHELL}<div hidden id='S:1'>{PROSE}</div>tail</body></html>"
    body = next(parse_html(html).iter("body"))
    assert body[-1].get("id") == "S:1"
    assert body[-1].get("hidden") is None
    assert body[-1].tail == "tail"


def test_an_element_hidden_by_the_page_stays_hidden() -> None:
    html = (
        f"<html><body><article>{PROSE}<div hidden id='modal'><p>Sign up for our newsletter "
        "to get the best stories of the week.</p></div></article></body></html>"
    )
    article = newsclean.parse(html)
    assert not any("newsletter" in p for p in article.paragraphs)


def test_the_page_after_an_early_end_of_body_is_still_read() -> None:
    html = (
        "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav>"
        "</body></html>\n"
        f"<div class='post'><h1>Council approves bus plan</h1>{PROSE}</div>"
        "<footer>Contact us</footer></body></html>"
    )
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 3
    assert article.title == "Council approves bus plan"


def test_a_call_to_action_box_in_the_body_is_removed_as_a_promo() -> None:
    html = (
        f"<html><body><article class='entry'>{PROSE}"
        "<div class='wp-block-cta'><h4>Want to win more jobs with less effort?</h4>"
        "<p>Grow your business and send quick quotes with our field service software.</p></div>"
        "<p>The first line opens in March, officials said on Thursday after the vote.</p>"
        "</article></body></html>"
    )
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 4
    promo = [r.text for r in article.removed if r.reason == "html.promo"]
    assert promo == [
        "Want to win more jobs with less effort?",
        "Grow your business and send quick quotes with our field service software.",
    ]


def test_a_teaser_carousel_and_an_article_footer_in_the_region_are_furniture() -> None:
    html = (
        f"<html><body><article><div class='entry'>{PROSE}</div>"
        "<div class='entry-footer'><p>Filed under city hall, transit and the east side.</p></div>"
        "<div class='swiper-container'><h3>Council weighs a new budget</h3>"
        "<p>The mayor's spending plan faces a vote next week, after months of talks.</p></div>"
        "</article></body></html>"
    )
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 3
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["Filed under city hal"] == "html.footer"
    assert reasons["Council weighs a new"] == "html.related"
    assert reasons["The mayor's spending"] == "html.related"


PAYWALL = (
    "<div class='breaker'><p class='breaker-login'>Already have an account? Log in</p>"
    "<div class='breaker-cards'><p>Monthly</p><p>$29</p><p>$29/month Get Started</p></div>"
    "<p class='breaker-message'>To read the rest of this story subscribe to City Plus.</p>"
    "</div>"
)


def test_plans_and_prices_inside_a_paywall_box_go_with_the_box() -> None:
    html = f"<html><body><article class='story'>{PROSE}{PAYWALL}</article></body></html>"
    article = newsclean.parse(html)
    assert len(article.paragraphs) == 3
    box = [r.text for r in article.removed if r.reason == "html.pitch-box"]
    assert box == ["Monthly", "$29", "$29/month Get Started"]


def test_short_lines_between_two_pitch_lines_of_different_boxes_stay() -> None:
    html = (
        f"<html><body><article class='story'>{PROSE}"
        "<div class='login-box'><p>Already have an account? Log in</p></div>"
        "<ul class='stops'><li>Main Street</li><li>Harbor Road</li></ul>"
        "<div class='paywall-note'><p>To read the rest of this story subscribe to City Plus.</p>"
        "</div>"
        "</article></body></html>"
    )
    article = newsclean.parse(html)
    assert "Main Street" in article.paragraphs
    assert "Harbor Road" in article.paragraphs


def test_a_byline_box_is_removed_and_a_by_line_in_it_still_names_the_author() -> None:
    head = "<html><head><title>Council approves bus plan</title></head><body>"
    plain = f"<div class='story-byline'>Maria Lopez The Daily Ledger</div>{PROSE}"
    article = newsclean.parse(f"{head}<article class='story'>{plain}</article></body></html>")
    assert len(article.paragraphs) == 3
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Maria Lopez The Daily Ledger", "html.byline")
    ]
    assert article.authors == ()
    by = f"<div class='story-byline'>By Maria Lopez</div>{PROSE}"
    article = newsclean.parse(f"{head}<article class='story'>{by}</article></body></html>")
    assert len(article.paragraphs) == 3
    assert article.authors == ("Maria Lopez",)


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("articleauthor", "html.bio"),
        ("authorpopover", "html.bio"),
        ("contributorbyline", "html.byline"),
        ("advisorresourcescta", "html.promo"),
        ("bookingbutton", "html.button"),
        ("authority-badge", ""),
        ("authored-by-line", ""),
        ("entry-content", ""),
    ],
)
def test_furniture_words_joined_into_one_class_name_are_read(words: str, reason: str) -> None:
    assert furniture_reason(words) == reason


def test_a_bare_date_is_data_in_a_table_cell_and_a_timestamp_on_its_own_line() -> None:
    table = "<table><tr><td>1/1/2013</td><td>4.1 per cent</td></tr></table>"
    html = f"<html><body><article>{PROSE}{table}<p>1/1/2013</p>{PROSE}</article></body></html>"
    article = newsclean.parse(html)
    assert "1/1/2013" in article.paragraphs
    assert ("1/1/2013", "meta.timestamp") in [(r.text, r.reason) for r in article.removed]


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("pum-overlay popmake-overlay", "html.popup"),
        ("exit-intent-popup", "html.popup"),
        ("modal fade", "html.popup"),
        ("units-dropdown", "html.popup"),
        ("popular-posts", ""),
        ("modality-note", ""),
    ],
)
def test_popups_modals_and_dropdowns_are_furniture(words: str, reason: str) -> None:
    assert furniture_reason(words) == reason


def test_screen_reader_text_is_neither_story_nor_page_chrome() -> None:
    link = "<a href='/map'>county flood map<span class='sr-only'> (opens in a new tab)</span></a>"
    html = (
        "<html><body><h2 class='screen-reader-text'>Post navigation</h2>"
        f"<article>{PROSE}<p>See the {link} for the whole stretch of the lower path.</p></article>"
        "</body></html>"
    )
    article = newsclean.parse(html)
    assert "See the county flood map for the whole stretch of the lower path." in article.paragraphs
    seen = " ".join([*article.paragraphs, *(r.text for r in article.removed)])
    assert "opens in a new tab" not in seen
    assert "Post navigation" not in seen
