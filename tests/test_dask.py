"""``parse`` and ``parse_many`` inside Dask tasks on a real ``LocalCluster`` of 2 processes.

The workers are separate processes started fresh (Dask spawns them), so whatever a task needs
must pickle and must not depend on state set up in this process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest
from warc_builder import write_warc

import newsclean

if TYPE_CHECKING:
    from dask.distributed import Client

# Dask is imported by the fixtures, when the first test here runs, not when pytest collects this
# file: importing dask.bag or distributed calls tblib's pickling_support.install(), which makes
# every exception class defined so far picklable, among them the deliberately unpicklable error
# that tests/test_batch.py defines and checks.

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "data" / "news-site"
STORIES = ("ferry-timetable.html", "rowing-regatta.html", "index.html")


@pytest.fixture(scope="module")
def db() -> ModuleType:
    """The ``dask.bag`` module."""
    import dask.bag  # noqa: PLC0415 (see the note at the top)

    return dask.bag


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415

    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    """The site's pages, an empty one and a PDF saved as .html: 3 good and 2 bad inputs."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in (*STORIES, "broken-page.html"):
        shutil.copy(SITE / name, folder / name)
    (folder / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    return sorted(folder.iterdir())


def _clean(paths: list[Path]) -> list[newsclean.Result]:
    return list(newsclean.parse_many(paths, workers=1))


def _key(result: newsclean.Result) -> tuple[Any, ...]:
    """A Result as comparable data (exceptions compare by identity, so by type and text)."""
    error = None if result.error is None else (type(result.error), str(result.error))
    return (result.id, result.url, result.article, error)


def test_the_cluster_has_two_worker_processes_apart_from_this_one(client: Client) -> None:
    pids = client.run(os.getpid)
    assert len(pids) == 2
    assert os.getpid() not in pids.values()


def test_parse_many_per_partition_equals_a_sequential_run(
    client: Client, db: ModuleType, pages: list[Path]
) -> None:
    bag = db.from_sequence(pages, npartitions=2).map_partitions(_clean)
    distributed = bag.compute(scheduler=client)
    sequential = list(newsclean.parse_many(pages, workers=1))
    assert [_key(r) for r in distributed] == [_key(r) for r in sequential]
    assert [r.id for r in distributed] == [str(p) for p in pages]
    assert [r.ok for r in distributed] == [False, True, True, False, True]


def test_a_bad_page_yields_its_error_record_and_the_job_completes(
    client: Client, db: ModuleType, pages: list[Path]
) -> None:
    results = (
        db.from_sequence(pages, npartitions=5).map_partitions(_clean).compute(scheduler=client)
    )
    by_name = {Path(r.id).name: r for r in results}
    assert isinstance(by_name["broken-page.html"].error, newsclean.EmptyInputError)
    assert isinstance(by_name["report.html"].error, newsclean.NotADocumentError)
    assert by_name["report.html"].article is None
    assert by_name["ferry-timetable.html"].article is not None
    assert by_name["ferry-timetable.html"].article.title == "Ferry timetable changes from Monday"


def test_parse_maps_over_a_bag_with_its_keyword_arguments(client: Client, db: ModuleType) -> None:
    # A user's own rule travels to the workers inside the Options and changes their output.
    rule = newsclean.Rule(
        id="house.council", why="a house rule", pattern=r"^Councillors welcomed", max_words=40
    )
    options = newsclean.Options(rules=(rule,))
    texts = [(SITE / name).read_text(encoding="utf-8") for name in STORIES]
    bag = db.from_sequence(texts, npartitions=2).map(
        newsclean.parse, url="https://gazette.example/", options=options
    )
    articles = bag.compute(scheduler=client)
    assert articles == [
        newsclean.parse(t, url="https://gazette.example/", options=options) for t in texts
    ]
    assert "house.council" in [r.reason for r in articles[0].removed]
    assert not any(p.startswith("Councillors welcomed") for p in articles[0].paragraphs)


def test_parse_many_with_default_workers_runs_inside_a_dask_task(
    client: Client, db: ModuleType, pages: list[Path]
) -> None:
    def clean_default(paths: list[Path]) -> list[bool]:
        return [r.ok for r in newsclean.parse_many(paths)]

    bag = db.from_sequence(pages, npartitions=2).map_partitions(clean_default)
    assert bag.compute(scheduler=client) == [False, True, True, False, True]


def test_the_documented_recipe_writes_json_lines(pages: list[Path], tmp_path: Path) -> None:
    """Run the recipe of docs/scale.md as a user would: the script, on its own LocalCluster."""
    by_name = {Path(row["input"]).name: row for row in run_recipe(pages[0].parent, tmp_path)}
    assert sorted(by_name) == sorted(p.name for p in pages)
    ferry = by_name["ferry-timetable.html"]
    assert ferry["error"] is None
    assert ferry["title"] == "Ferry timetable changes from Monday"
    assert len(ferry["paragraphs"]) == 3
    assert newsclean.Article.from_dict(ferry) == newsclean.parse(
        (SITE / "ferry-timetable.html").read_bytes()
    )
    report = by_name["report.html"]
    assert report["input"] == str(pages[3])
    assert set(report) == {"input", "url", "error"}
    assert report["error"].startswith("NotADocumentError: ")


def test_the_documented_recipe_reads_warc_files(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    folder.mkdir()
    ferry = (SITE / "ferry-timetable.html").read_bytes()
    rowing = (SITE / "rowing-regatta.html").read_bytes()
    write_warc(
        folder / "crawl-1.warc.gz",
        [
            ("https://gazette.example/ferry", ferry, "text/html; charset=utf-8"),
            ("https://gazette.example/logo.png", b"\x89PNG\r\n", "image/png"),
        ],
    )
    write_warc(
        folder / "crawl-2.warc",
        [
            ("https://gazette.example/rowing", rowing, "text/html"),
            ("https://gazette.example/empty", b"", "text/html"),
        ],
    )
    rows = {row["url"]: row for row in run_recipe(folder, tmp_path)}
    assert sorted(rows) == [
        "https://gazette.example/empty",
        "https://gazette.example/ferry",
        "https://gazette.example/rowing",
    ]
    assert rows["https://gazette.example/ferry"]["input"].startswith("<urn:uuid:")
    assert rows["https://gazette.example/ferry"]["title"] == "Ferry timetable changes from Monday"
    assert rows["https://gazette.example/rowing"]["paragraphs"][0].startswith("The harbour rowing")
    assert rows["https://gazette.example/empty"]["error"].startswith("EmptyInputError: ")


def run_recipe(folder: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """Save the Dask script of docs/scale.md, run it on FOLDER, return the JSON lines."""
    script = tmp_path / "clean_pages.py"
    script.write_text(_recipe(), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(script), str(folder), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [
        json.loads(line)
        for part in sorted(out.glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


def test_the_documented_parquet_variant_writes_flat_rows(
    client: Client, db: ModuleType, pages: list[Path], tmp_path: Path
) -> None:
    pytest.importorskip("dask.dataframe", reason="Parquet needs dask[dataframe]")
    import dask  # noqa: PLC0415

    parquet = pytest.importorskip("pyarrow.parquet", reason="Parquet needs pyarrow")
    recipe: dict[str, Any] = {"__name__": "clean_pages"}
    exec(_recipe(), recipe)
    bag = db.from_sequence(pages, npartitions=2).map_partitions(recipe["clean"])
    with dask.config.set(scheduler=client):
        exec(_recipe(1), {"__name__": "parquet", "bag": bag, "out": str(tmp_path / "articles")})
    rows = {
        Path(row["input"]).name: row
        for row in parquet.read_table(tmp_path / "articles").to_pylist()
    }
    assert sorted(rows) == sorted(p.name for p in pages)
    ferry = rows["ferry-timetable.html"]
    assert ferry["title"] == "Ferry timetable changes from Monday"
    assert ferry["published"] == "2026-03-14T08:30:00"
    assert len(ferry["paragraphs"]) == 3
    assert rows["broken-page.html"]["error"].startswith("EmptyInputError: ")
    assert rows["broken-page.html"]["paragraphs"] is None


def _recipe(index: int = 0) -> str:
    """The Python block number ``index`` of docs/scale.md under the heading 'Dask'."""
    doc = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    section = doc.split("\n## Dask", 1)[1].split("\n## ", 1)[0]
    return section.split("```python\n")[index + 1].split("\n```", 1)[0]
