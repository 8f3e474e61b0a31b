"""The Article: frozen, slotted, tuples, and a lossless dict/JSON round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle

import pytest

from newsclean import Article, Image, Removal

ARTICLE = Article(
    title="Headline",
    subtitle="Dek",
    authors=("Ann Lee",),
    published=dt.datetime(2014, 3, 14, 18, 41),
    dateline="LONDON",
    url="https://example.com/a",
    captions=("A caption.",),
    paragraphs=("One.", "Two."),
    images=(Image(url="https://example.com/i.jpg", caption="A caption.", credit="AP"),),
    removed=(Removal("Advertisement", "ad.label"),),
)


def test_article_is_frozen_and_slotted() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ARTICLE.title = "x"  # type: ignore[misc]
    assert not hasattr(ARTICLE, "__dict__")


def test_text_joins_paragraphs_with_blank_lines() -> None:
    assert ARTICLE.text == "One.\n\nTwo."


def test_dict_round_trip_is_lossless() -> None:
    data = ARTICLE.to_dict()
    assert data["published"] == "2014-03-14T18:41:00"
    assert Article.from_dict(data) == ARTICLE
    assert Article.from_dict(json.loads(ARTICLE.to_json())) == ARTICLE


def test_a_date_without_time_round_trips_as_a_date() -> None:
    article = Article(published=dt.date(2020, 1, 2))
    assert article.to_dict()["published"] == "2020-01-02"
    assert Article.from_dict(article.to_dict()) == article


def test_article_pickles() -> None:
    assert pickle.loads(pickle.dumps(ARTICLE)) == ARTICLE
