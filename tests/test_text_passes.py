"""The context passes of the text path: what they remove, and what they must leave alone."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean._blocks import ends_sentence, word_count
from newsclean._context import _tokens

BODY = (
    "The council approved the budget on Tuesday after a long debate over school funding and "
    "the cost of repairing roads across the district, members said.\\n\\n"
    "Members said the plan would be revisited in the spring, when new figures are due from the "
    "treasury and the schools have reported their numbers for the year.\\n\\n"
    "The mayor said she was pleased with the result and thanked residents for their patience "
    "during what she called a difficult year for the town's finances.\\n\\n"
).replace("\\n", "\n")


def reasons(article: newsclean.Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_comments_after_the_article_are_removed_as_a_section() -> None:
    text = (
        "Council approves new budget\n\n" + BODY * 2 + "12 Comments\n\n"
        "Mary says\n\nI think this is a terrible decision for the schools of our town, frankly.\n"
    )
    article = newsclean.parse(text)
    removed = reasons(article)
    assert removed["12 Comments"] == "comments.header"
    assert removed["Mary says"] == "comments.widget"
    assert (
        removed["I think this is a terrible decision for the schools of our town, frankly."]
        == "comments.section"
    )


def test_a_comment_count_above_the_article_does_not_end_it() -> None:
    text = "Council approves new budget\n\n12 Comments\n\n" + BODY
    article = newsclean.parse(text)
    assert len(article.paragraphs) == 3


def test_related_stories_after_the_article_are_removed_but_not_a_box_inside_it() -> None:
    teasers = "Related Articles\n\nResidents angry over bin collection changes\n\n"
    more = BODY.replace("council", "board").replace("Members", "Trustees").replace("mayor", "chair")
    article = newsclean.parse("Council approves new budget\n\n" + BODY + teasers + more)
    body_lines = [line for line in (BODY + more).splitlines() if line]
    assert [p for p in article.paragraphs if p in body_lines] == body_lines
    closing = newsclean.parse("Council approves new budget\n\n" + BODY + teasers)
    assert reasons(closing)["Residents angry over bin collection changes"] == "related.section"


def test_hard_wrapped_lines_are_joined_into_one_paragraph() -> None:
    text = (
        "Council approves new budget\n\n"
        "The council approved the budget on Tuesday after a long debate over\n\n"
        "school funding, members said on Wednesday.\n"
    )
    article = newsclean.parse(text)
    assert article.paragraphs == (
        "The council approved the budget on Tuesday after a long debate over "
        "school funding, members said on Wednesday.",
    )


def test_site_header_between_two_copies_of_the_headline_is_removed() -> None:
    text = "Council approves new budget\n\nNews\n\nSport\n\nCouncil approves new budget\n\n" + BODY
    article = newsclean.parse(text)
    assert article.title == "Council approves new budget"
    assert reasons(article)["Sport"] == "page.header"
    assert reasons(article)["News"] == "page.header"
    assert len(article.paragraphs) == 3


def test_a_site_name_above_the_headline_gives_way_to_the_headline() -> None:
    text = (
        "Marcus on AI\n\nSubscribe\n\nSign in\n\nNew ways to corrupt language models\n\n"
        "Dec 14, 2025\n\n" + BODY
    )
    article = newsclean.parse(text)
    assert article.title == "New ways to corrupt language models"
    assert article.published is not None and article.published.isoformat() == "2025-12-14"


def test_a_question_headline_is_found_though_it_reads_as_a_sentence() -> None:
    text = "Page Contents\n\nTopics\n\nWhat is cloud computing?\n\nWhat is cloud computing?\n\n"
    article = newsclean.parse(text + BODY)
    assert article.title == "What is cloud computing?"
    text = (
        "Weekly Notes\n\nSubscribe\n\nSign in\n\nWhy do councils borrow so much?\n\n"
        "A series on town budgets\n\n"
    )
    assert newsclean.parse(text + BODY).title == "Why do councils borrow so much?"


def test_a_question_opening_the_body_is_not_taken_for_the_headline() -> None:
    text = (
        "Budget notes\n\nThe Council Budget Problem\n\nDecember 15, 2025\n\n"
        "What did the council decide on Tuesday?\n\n"
    )
    assert newsclean.parse(text + BODY).title == "The Council Budget Problem"


def test_a_dated_headline_wins_over_a_site_name_and_a_lead_in_or_date_line_never_heads() -> None:
    text = "/Resources\n\nPricing changes for parking\n\nDecember 15, 2025 // 8 min read\n\n"
    assert newsclean.parse(text + BODY).title == "Pricing changes for parking"
    text = "Notes on Town Budgets:\n\nThe Council Budget Problem\n\nProblem\n\n"
    assert newsclean.parse(text + BODY).title == "The Council Budget Problem"


def test_a_longer_form_of_the_first_line_does_not_displace_it() -> None:
    text = (
        "Best Budget Apps in 2025 [Tried 11]\n\nAbout\n\nTools\n\nReviews\n\n"
        "Best Budget Apps in 2025 - I Tried 11 Apps\n\nDecember 15, 2025\n\n"
    )
    assert newsclean.parse(text + BODY).title == "Best Budget Apps in 2025 [Tried 11]"


def test_a_breadcrumb_trail_is_removed() -> None:
    text = "Council approves new budget\n\nHome » News » Council approves new budget\n\n"
    article = newsclean.parse(text + BODY)
    assert article.title == "Council approves new budget"
    assert reasons(article)["Home » News » Council approves new budget"] == "nav.breadcrumb"


def test_a_menu_printed_again_below_the_article_costs_more_than_other_short_lines() -> None:
    menu = "World\n\nBusiness\n\nSport\n\nCulture\n\nTravel\n\n"
    teaser = "The town's summer fair returns to the riverside park on Saturday with music."
    text = (
        "Council approves new budget\n\n"
        + menu
        + "Council approves new budget\n\n"
        + BODY
        + menu
        + teaser
        + "\n\n"
    )
    article = newsclean.parse(text)
    assert len(article.paragraphs) == 3
    assert reasons(article)[teaser] == "page.outside-body"


def test_on_a_whole_page_teaser_cards_below_a_related_header_go_though_they_hold_prose() -> None:
    teasers = [
        "Residents of the valley will vote next month on a plan to build a new bridge over "
        "the river, officials said.",
        "The library will open on Sundays from January after volunteers offered to staff "
        "the reading rooms, the trust said.",
    ]
    cards = "".join(f"Local\n\n{t}\n\n" for t in teasers)
    text = (
        "Council approves new budget\n\nNews\n\nSport\n\nCouncil approves new budget\n\n"
        + BODY
        + "More stories\n\n"
        + cards
    )
    article = newsclean.parse(text)
    assert len(article.paragraphs) == 3
    assert all(reasons(article)[t] == "related.section" for t in teasers)


def test_a_site_menu_holding_teasers_between_two_copies_of_the_headline_is_removed() -> None:
    teasers = [
        "Join our weekly sessions to see the new planning tools in action with our team.",
        "Payroll fraud is a major risk for councils, and new checks can catch it early.",
    ]
    links = ["Products", "Legal", "Tax", "Books", "Events", "Help", "Learn", "Support"]
    header = "".join(f"{line}\n\n" for line in links[:4] + teasers[:1] + links[4:] + teasers[1:])
    title = "Council approves new budget\n\n"
    article = newsclean.parse(title + header + title + BODY)
    assert article.title == "Council approves new budget"
    assert len(article.paragraphs) == 3
    assert all(reasons(article)[t] == "page.header" for t in teasers)


@given(st.text(alphabet=".!?…:;\"'”’)]\n aZ,", max_size=12))
def test_ends_sentence_agrees_with_the_sentence_end_pattern(text: str) -> None:
    pattern = re.compile(r"[.!?…:;][\"'”’)\]]*$")
    assert ends_sentence(text) == (pattern.search(text) is not None)


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_word_count_counts_runs_of_word_characters(text: str) -> None:
    assert word_count(text) == len(re.findall(r"\w+", text))


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_prose_tokens_are_the_case_folded_words_and_apostrophes(text: str) -> None:
    assert _tokens(text) == re.findall(r"[\w'’]+", text.casefold())
