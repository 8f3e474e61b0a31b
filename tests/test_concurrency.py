"""parse() is thread-safe and deterministic; Article, Options and errors cross process pools."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import adversarial

from newsclean import Article, EmptyInputError, NewscleanError, Options, parse

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "kerry-crimea" / "source.txt"


def pages() -> list[str | bytes]:
    inputs: list[str | bytes] = [
        SEED.read_text(encoding="utf-8"),
        adversarial.page("<figure><img src=a.jpg><figcaption>A caption</figcaption></figure>"),
        adversarial.nested_divs(1),
        adversarial.tiny_tags(1),
        adversarial.nul_bytes(1),
        adversarial.page("<p>Café “quoted”</p>").encode("cp1252"),
        "   ",
    ]
    return inputs


def outcome(source: str | bytes) -> Article | str:
    try:
        return parse(source)
    except NewscleanError as error:
        return f"{type(error).__name__}: {error}"


def test_eight_threads_give_the_same_results_as_one_thread() -> None:
    sources = pages()
    expected = [outcome(s) for s in sources]
    work = sources * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(outcome, work))
    assert results == expected * 8


def test_parse_is_deterministic_across_runs() -> None:
    sources = pages()
    assert [outcome(s) for s in sources] == [outcome(s) for s in sources]


def test_article_pickles_and_unpickles_equal() -> None:
    for source in pages()[:-1]:
        article = parse(source)
        copy = pickle.loads(pickle.dumps(article))
        assert copy == article
        assert copy.to_dict() == article.to_dict()


def test_options_pickle() -> None:
    options = Options(disable=frozenset({"share."}), max_bytes=1000)
    assert pickle.loads(pickle.dumps(options)) == options


def test_process_pool_returns_articles_and_errors() -> None:
    sources = [SEED.read_text(encoding="utf-8"), "  "]
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(parse, s) for s in sources]
        assert futures[0].result() == parse(sources[0])
        error = futures[1].exception()
    assert isinstance(error, EmptyInputError)
