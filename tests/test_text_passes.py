"""The context passes of the text path: what they remove, and what they must leave alone."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean._blocks import (
    QUOTES_AND_DASHES,
    collapse,
    ends_sentence,
    replace_quotes_and_dashes,
    word_count,
)
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


def test_text_wrapped_at_a_fixed_width_joins_lines_broken_after_a_full_stop() -> None:
    paragraphs = (
        "Construction is expected to begin in April and last about eight months. Two of the "
        "bridge's four lanes will close during that time, and the city plans to add bus service.",
        "Opponents argued that the city should wait for a federal grant that could cover half of "
        "the cost. The city applied for that grant last year but has not heard back.",
    )
    box = "Get Today's Headlines in your inbox:\nThe day's top stories delivered every morning."
    wrapped = [textwrap.fill(p, 72) for p in paragraphs]
    text = "Bridge repairs approved\n\n" + "\n\n".join([wrapped[0], box, wrapped[1]]) + "\n"
    assert any(line.endswith("months.") for line in text.splitlines())  # broken after a stop
    article = newsclean.parse(text)
    assert article.paragraphs == paragraphs
    assert reasons(article)["Get Today's Headlines in your inbox:"] == "newsletter.signup"
    assert reasons(article)["The day's top stories delivered every morning."] == (
        "newsletter.signup"
    )


def test_short_lines_of_an_unwrapped_text_stay_apart() -> None:
    text = "Bridge repairs approved\n\n" + BODY + "Share this:\nFacebook\nTwitter\n"
    article = newsclean.parse(text)
    assert reasons(article)["Facebook"] == "share.prompt"
    assert reasons(article)["Twitter"] == "share.prompt"


def test_byline_authors_leave_out_job_titles_and_agencies() -> None:
    cases = {
        "By Lena Fischer, Correspondent": ("Lena Fischer",),
        "By KAREN WU Associated Press": ("KAREN WU",),
        "By Jane Doe and Ann Lee, Associated Press": ("Jane Doe", "Ann Lee"),
        "Jane Doe | Reuters": ("Jane Doe",),
        "By Sophie Laurent in Amsterdam": ("Sophie Laurent",),
    }
    for byline, authors in cases.items():
        article = newsclean.parse("Council approves new budget\n\n" + byline + "\n\n" + BODY)
        assert article.authors == authors, byline


def test_a_name_above_a_job_title_is_a_byline() -> None:
    text = "Council approves new budget\n\nSarah Jones\n\nHousing correspondent\n\n" + BODY
    article = newsclean.parse(text)
    assert article.authors == ("Sarah Jones",)
    assert reasons(article)["Sarah Jones"] == "byline"
    assert reasons(article)["Housing correspondent"] == "byline.role"


def test_site_header_between_two_copies_of_the_headline_is_removed() -> None:
    text = "Council approves new budget\n\nPolitics\n\nSport\n\nCouncil approves new budget\n\n"
    text += BODY
    article = newsclean.parse(text)
    assert article.title == "Council approves new budget"
    assert reasons(article)["Sport"] == "page.header"
    assert reasons(article)["Politics"] == "page.header"
    assert len(article.paragraphs) == 3


def test_a_site_name_above_the_headline_gives_way_to_the_headline() -> None:
    text = (
        "Marcus on AI\n\nSubscribe\n\nSign in\n\nNew ways to corrupt language models\n\n"
        "Dec 14, 2025\n\n" + BODY
    )
    article = newsclean.parse(text)
    assert article.title == "New ways to corrupt language models"
    assert article.published is not None and article.published.isoformat() == "2025-12-14"


def test_a_short_title_above_one_word_share_links_is_not_taken_for_a_site_name() -> None:
    # A site's name and its one-word sections above a dated headline are a menu (the fixture
    # 'site-name-and-two-word-sections-above-dated-headline'); a short first line above
    # one-word share links and then the prose is the page's own title.
    links = "".join(f"{w}\n\n" for w in ("facebook", "linkedin", "email", "print"))
    article = newsclean.parse("Budgets, explained\n\n" + links + BODY)
    assert article.title == "Budgets, explained"
    assert article.paragraphs[0].startswith("The council approved the budget")


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


@given(st.text(alphabet=".!?…:;\"'”’)]\n aZ,®■", max_size=12))
def test_ends_sentence_agrees_with_the_sentence_end_pattern(text: str) -> None:
    pattern = re.compile(r"[.!?…:;][\"'”’)\]]*([ ®■◆♦∎]*[®■◆♦∎][\"'”’)\]]*)?$")
    assert ends_sentence(text) == (pattern.search(text) is not None)


#: ASCII with the quotes and dashes of English prose, '’' and NUL (the byte-table paths).
_PROSE_CHARS = st.characters(max_codepoint=127) | st.sampled_from("’“”‘—–…\0É")


@given(
    st.text(max_size=40)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
    | st.text(alphabet=_PROSE_CHARS, max_size=40)
)
def test_word_count_counts_runs_of_word_characters(text: str) -> None:
    assert word_count(text) == len(re.findall(r"\w+", text))


@given(st.text(alphabet=_PROSE_CHARS, max_size=40))
def test_replacing_quotes_and_dashes_replaces_each_of_them(text: str) -> None:
    expected = "".join("#" if char in QUOTES_AND_DASHES else char for char in text)
    assert replace_quotes_and_dashes(text, "#") == expected


#: Spaces of every kind (Unicode's and ASCII's) among letters: the collapsing paths.
_SPACED_CHARS = st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2002\u2028\u3000a.É")


@given(st.text(max_size=40) | st.text(alphabet=_SPACED_CHARS, max_size=40))
def test_collapse_makes_each_run_of_whitespace_one_space(text: str) -> None:
    assert collapse(text) == " ".join(text.split())


@given(
    st.text(max_size=40)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
    | st.text(alphabet=_PROSE_CHARS, max_size=40)
)
def test_prose_tokens_are_the_case_folded_words_and_apostrophes(text: str) -> None:
    assert _tokens(text) == re.findall(r"[\w'’]+", text.casefold())


PARAGRAPHS = tuple(BODY.split("\n\n")[:3])
GUIDE_SECTIONS = (
    ("Why the budget passed", PARAGRAPHS[1]),
    ("What it costs", PARAGRAPHS[2]),
    ("What comes next", PARAGRAPHS[0].replace("council", "board")),
)
GUIDE = (
    "Council approves new budget\n\n"
    + PARAGRAPHS[0]
    + "\n\nTable of Contents\n\n"
    + "".join(f"{h}\n\n" for h, _ in GUIDE_SECTIONS)
    + "".join(f"{h}\n\n{p}\n\n" for h, p in GUIDE_SECTIONS)
)


def test_a_table_of_contents_above_its_crossheads_is_removed() -> None:
    article = newsclean.parse(GUIDE)
    removed = [(r.text, r.reason) for r in article.removed if r.reason == "page.contents"]
    assert removed == [(h, "page.contents") for h, _ in GUIDE_SECTIONS]
    # the crossheads themselves stay, each above its section
    assert article.paragraphs == (PARAGRAPHS[0], *(x for pair in GUIDE_SECTIONS for x in pair))


def test_a_list_repeated_below_without_prose_between_is_not_a_table_of_contents() -> None:
    # a feature list printed twice (a spec box, then a summary): its copies head no sections
    items = "Waterproof\n\nTwo-year warranty\n\nFree shipping\n\n"
    other = BODY.replace("council", "board")
    text = "Council approves new budget\n\n" + BODY + items + other + items + BODY
    article = newsclean.parse(text)
    assert not [r for r in article.removed if r.reason == "page.contents"]
    assert article.paragraphs[3:6] == ("Waterproof", "Two-year warranty", "Free shipping")


def test_the_contents_pass_can_be_switched_off() -> None:
    options = newsclean.Options(disable=frozenset({"page.contents"}))
    article = newsclean.parse(GUIDE, options=options)
    assert article.paragraphs[1:4] == tuple(h for h, _ in GUIDE_SECTIONS)


def test_a_crosshead_after_an_inline_teaser_stays() -> None:
    # 'Read more: ...' links to another story; it does not head a list of links
    first, second = BODY.split("\n\n")[:2]
    text = (
        "Council approves new budget\n\n" + first + "\n\nRead more: Schools face a hard winter\n\n"
        "What the plan means for schools\n\n" + second + "\n"
    )
    article = newsclean.parse(text)
    assert reasons(article) == {"Read more: Schools face a hard winter": "related.teaser"}
    assert article.paragraphs == (first, "What the plan means for schools", second)


BIO = (
    "Rebecca Norris has covered home services and personal finance for ten years. She lives "
    "near Washington, and her work has appeared in many outlets."
)


def test_an_author_box_closing_the_article_is_removed() -> None:
    text = "Council approves new budget\n\n" + BODY + "Rebecca Norris\n\n" + BIO + "\n"
    article = newsclean.parse(text)
    assert reasons(article) == {"Rebecca Norris": "bio.box", BIO: "bio.box"}
    assert article.paragraphs == tuple(BODY.split("\n\n")[:3])


def test_a_crosshead_naming_a_place_is_not_an_author_box() -> None:
    place = (
        "Rocky Hill is another great day trip, and a host to some of the best races in the "
        "state, with trails for every level of rider."
    )
    article = newsclean.parse("Best rides near Houston\n\n" + BODY + "Rocky Hill Ranch\n\n" + place)
    assert article.paragraphs[-2:] == ("Rocky Hill Ranch", place)


def test_a_title_case_last_line_with_no_line_below_is_read_without_error() -> None:
    # The window of headline candidates may end on the text's last line: nothing below it.
    text = "Tuesday Tuesday Kerry Kerry\n" * 4 + "the\nTuesday Tuesday Kerry Kerry\n"
    article = newsclean.parse(text)
    assert article.title == "Tuesday Tuesday Kerry Kerry"
