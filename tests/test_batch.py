"""``parse_many()``: every kind of source, input order, errors in place, lazy streaming."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import pickle
import threading
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from itertools import count, islice
from pathlib import Path

import pytest
from cli_helpers import HTML

import newsclean
import newsclean._batch


def test_results_come_in_input_order_with_each_input_id(seed_text: str) -> None:
    sources = [seed_text, HTML.encode(), ("page-7", HTML, "https://example.com/floods")]
    results = list(newsclean.parse_many(sources, workers=2, chunksize=1))
    assert [r.id for r in results] == ["0", "1", "page-7"]
    assert [r.url for r in results] == [None, None, "https://example.com/floods"]
    assert all(r.ok for r in results)
    assert results[0].article == newsclean.parse(seed_text)
    assert results[2].article == newsclean.parse(HTML, url="https://example.com/floods")


def test_pool_and_in_process_give_the_same_results(seed_text: str) -> None:
    sources = [seed_text, HTML, b"", "plain words. " * 20] * 5
    pooled = list(newsclean.parse_many(sources, workers=2, chunksize=3))
    local = list(newsclean.parse_many(sources, workers=1))
    assert [(r.id, r.article) for r in pooled] == [(r.id, r.article) for r in local]
    assert [repr(r.error) for r in pooled] == [repr(r.error) for r in local]


def test_a_failing_input_gives_its_error_in_its_place_and_the_run_goes_on() -> None:
    sources = [HTML, b"%PDF-1.7 binary", "   ", ("bad", 42, None), HTML]
    results = list(newsclean.parse_many(sources, workers=2, chunksize=2))
    assert [r.ok for r in results] == [True, False, False, False, True]
    assert isinstance(results[1].error, newsclean.NotADocumentError)
    assert isinstance(results[2].error, newsclean.EmptyInputError)
    assert isinstance(results[3].error, TypeError)
    assert results[1].article is None


def test_a_source_of_the_wrong_type_is_an_error_result_not_a_crash() -> None:
    (result,) = newsclean.parse_many([3.5], workers=1)
    assert isinstance(result.error, TypeError)
    assert "float" in str(result.error)


def test_paths_are_read_with_their_kind_from_the_suffix(tmp_path: Path) -> None:
    html_file = tmp_path / "story.html"
    html_file.write_text(HTML, encoding="utf-8")
    gz_file = tmp_path / "story.htm.gz"
    gz_file.write_bytes(gzip.compress(HTML.encode()))
    text_file = tmp_path / "markup.txt"
    text_file.write_text("<p>A line of scraped text that mentions a tag.</p>\n", encoding="utf-8")
    results = list(newsclean.parse_many([html_file, gz_file, text_file], workers=1))
    assert [r.id for r in results] == [str(html_file), str(gz_file), str(text_file)]
    assert results[0].article == results[1].article == newsclean.parse(HTML)
    assert results[2].article == newsclean.parse(text_file.read_text(), kind="text")


def test_a_missing_file_is_an_oserror_result(tmp_path: Path) -> None:
    (result,) = newsclean.parse_many([tmp_path / "nope.html"], workers=2)
    assert isinstance(result.error, FileNotFoundError)


def test_a_file_over_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_text(HTML, encoding="utf-8")
    options = newsclean.Options(max_bytes=100)
    (result,) = newsclean.parse_many([big], workers=1, options=options)
    assert isinstance(result.error, newsclean.InputTooLargeError)


def test_the_content_type_of_a_four_tuple_decodes_bytes() -> None:
    body = "<html><body><p>Привет, мир. Это короткая новость о погоде.</p></body></html>"
    source = ("r1", body.encode("windows-1251"), None, "text/html; charset=windows-1251")
    (result,) = newsclean.parse_many([source], workers=1)
    assert result.article is not None
    assert "Привет, мир." in (result.article.title or "") + result.article.text


def test_sources_are_read_lazily_in_a_bounded_window() -> None:
    pulled = count()

    def endless() -> Iterator[str]:
        for _ in count():
            next(pulled)
            yield HTML

    first = list(islice(newsclean.parse_many(endless(), workers=2, chunksize=2), 3))
    assert len(first) == 3
    # 2 workers x 4 chunks x 2 inputs in flight, plus one refill per chunk consumed (2)
    assert next(pulled) <= 2 * 4 * 2 + 2 * 2


def test_results_pickle() -> None:
    results = list(newsclean.parse_many([HTML, b""], workers=1))
    copies = pickle.loads(pickle.dumps(results))
    assert copies[0] == results[0]
    assert copies[1].id == "1"
    assert isinstance(copies[1].error, newsclean.EmptyInputError)


@pytest.mark.parametrize("workers", [0, -1, 2.5])
def test_a_bad_worker_count_is_refused_at_once(workers: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        newsclean.parse_many([HTML], workers=workers)  # type: ignore[arg-type]


def _crash_on_marker(source: object, **kwargs: object) -> newsclean.Article:
    if source == "CRASH":
        os._exit(1)  # as a segfault or the OOM killer would end the worker
    return newsclean.parse(source, **kwargs)  # type: ignore[arg-type]


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="patches the parser the workers inherit"
)
def test_an_input_that_kills_its_worker_gets_the_error_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsclean._batch, "parse", _crash_on_marker)
    sources = [HTML, "CRASH", HTML, HTML, HTML, "CRASH", HTML]
    results = list(newsclean.parse_many(sources, workers=2, chunksize=2))
    assert [r.ok for r in results] == [True, False, True, True, True, False, True]
    assert isinstance(results[1].error, BrokenProcessPool)
    assert results[6].article == newsclean.parse(HTML)


def test_a_gzipped_file_that_unpacks_over_max_bytes_is_refused_with_its_size(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b" " * 5000 + b"</p>"))
    options = newsclean.Options(max_bytes=1000)
    (result,) = newsclean.parse_many([bomb], workers=1, options=options)
    assert isinstance(result.error, newsclean.InputTooLargeError)
    assert (result.error.size, result.error.limit) == (5007, 1000)


class _Unpicklable(Exception):
    def __init__(self, a: str, b: str) -> None:
        super().__init__(f"{a} {b}")
        # A lock never pickles, whatever reducer is installed (Dask installs tblib's, which
        # would otherwise mend an exception that only fails to rebuild from its args).
        self.lock = threading.Lock()


def _raise_unpicklable(source: object, **kwargs: object) -> newsclean.Article:
    raise _Unpicklable("odd", "failure")


def test_an_error_that_cannot_pickle_becomes_a_runtime_error_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(newsclean._batch, "parse", _raise_unpicklable)
    (result,) = newsclean.parse_many([HTML], workers=1)
    assert isinstance(result.error, RuntimeError)
    assert str(result.error) == "_Unpicklable: odd failure"
    assert pickle.loads(pickle.dumps(result)).id == "0"
