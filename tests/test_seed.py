"""The user's own example, checked field by field as the core issue states it."""

from __future__ import annotations

import newsclean


def test_seed_title_subtitle_and_dateline(seed_text: str) -> None:
    article = newsclean.parse(seed_text)
    assert article.title == "Kerry meeting yields no agreement on Crimea"
    assert article.subtitle == "Russian cites lack of ‘common vision’"
    assert article.dateline == "LONDON"


def test_seed_has_the_nineteen_body_paragraphs_in_order(seed_text: str) -> None:
    article = newsclean.parse(seed_text)
    assert len(article.paragraphs) == 19
    assert article.paragraphs[0].startswith("LONDON — An 11th-hour bid")
    assert article.paragraphs[-1].startswith("A major question for the United States")
    source_order = [seed_text.index(p) for p in article.paragraphs]
    assert source_order == sorted(source_order)


def test_seed_caption_is_kept_once_and_its_copy_removed(seed_text: str) -> None:
    article = newsclean.parse(seed_text)
    assert len(article.captions) == 1
    assert article.captions[0].startswith("A Ukrainian tank took part")
    assert [r.reason for r in article.removed if r.text == article.captions[0]] == [
        "duplicate.caption"
    ]


def test_seed_widget_and_newsletter_are_removed_with_reasons(seed_text: str) -> None:
    reasons = {r.text: r.reason for r in newsclean.parse(seed_text).removed}
    assert reasons["Next Score View the next score"] == "widget.next-score"
    assert reasons["Get Today's Headlines in your inbox:"] == "newsletter.signup"
    assert reasons["The day's top stories delivered every morning."] == "newsletter.signup"
    assert (
        reasons["Thank you for signing up! Sign up for more newsletters here"]
        == "newsletter.signup"
    )
