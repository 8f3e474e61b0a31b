"""On HTML, page chrome outside the article is listed in ``removed``, never dropped silently."""

from __future__ import annotations

import newsclean

PAGE = """<html><head><title>Bridge reopens | Valley Courier</title></head><body>
<header><a href="/">Valley Courier</a><nav><ul><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Bridge reopens</h1>
<p>The old river bridge reopened on Monday after two years of repairs, and the first cars
crossed it at dawn while a small crowd of residents watched from the bank.</p>
<p>Engineers said the new deck would carry twice the weight of the old one, and that the work
had finished a month early and under budget, the council said.</p>
<p>News of the opening spread quickly through the town, where the detour had added twenty
minutes to every trip across the valley.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Floods recede in river towns</a></li></ul></aside>
<footer><p>© 2024 The Valley Courier. All rights reserved.</p><script>var x = 1;</script></footer>
</body></html>"""


def test_chrome_outside_the_article_is_listed_with_its_reason() -> None:
    article = newsclean.parse(PAGE)
    outside = [r.text for r in article.removed if r.reason == "page.outside-region"]
    assert "Floods recede in river towns" in outside
    assert "© 2024 The Valley Courier. All rights reserved." in outside
    assert "Most read" in outside
    assert not any("var x" in text for text in outside)  # scripts are not page text


def test_article_text_is_not_listed_again_as_outside() -> None:
    article = newsclean.parse(PAGE)
    assert len(article.paragraphs) == 3
    held = {article.title, *article.paragraphs}
    outside = [r.text for r in article.removed if r.reason == "page.outside-region"]
    assert not held.intersection(outside)
    # A menu word that also opens a paragraph ('News of the opening...') is still chrome.
    assert "News" in outside


def test_outside_listing_can_be_switched_off_by_its_id() -> None:
    options = newsclean.Options(disable=frozenset({"page.outside-region"}))
    article = newsclean.parse(PAGE, options=options)
    assert all(r.reason != "page.outside-region" for r in article.removed)
