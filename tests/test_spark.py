"""The PySpark recipe of docs/scale.md, run in Spark local mode on two small WARC files.

Runs only where PySpark, pyarrow (to read the output) and Java are installed:
``pip install "newsclean[spark]"`` and a JDK 17 or later.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warc_builder import write_warc

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install newsclean[spark])")
parquet = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
    pytest.skip("PySpark needs Java, which is not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "data" / "news-site"


def _recipe() -> str:
    """The first Python block of docs/scale.md under the heading 'Spark'."""
    doc = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    section = doc.split("\n## Spark", 1)[1]
    return section.split("```python\n", 1)[1].split("\n```", 1)[0]


def test_the_spark_recipe_turns_warc_files_into_parquet_rows(tmp_path: Path) -> None:
    first, second = tmp_path / "crawl-1.warc.gz", tmp_path / "crawl-2.warc"
    write_warc(
        first,
        [
            (
                "https://gazette.example/ferry",
                (SITE / "ferry-timetable.html").read_bytes(),
                "text/html",
            ),
            ("https://gazette.example/logo.png", b"\x89PNG\r\n", "image/png"),
        ],
    )
    write_warc(
        second,
        [
            (
                "https://gazette.example/rowing",
                (SITE / "rowing-regatta.html").read_bytes(),
                "text/html",
            ),
            ("https://gazette.example/empty", b"", "text/html; charset=utf-8"),
        ],
    )
    script = tmp_path / "clean_warcs_spark.py"
    script.write_text(_recipe(), encoding="utf-8")
    out = tmp_path / "articles"
    done = subprocess.run(
        [sys.executable, str(script), str(out), str(first), str(second)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYSPARK_PYTHON": sys.executable},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = {row["url"]: row for row in parquet.read_table(out).to_pylist()}
    assert sorted(rows) == [
        "https://gazette.example/empty",
        "https://gazette.example/ferry",
        "https://gazette.example/rowing",
    ]
    ferry = rows["https://gazette.example/ferry"]
    assert ferry["input"].startswith("<urn:uuid:")  # the WARC record id
    assert ferry["error"] is None
    assert ferry["title"] == "Ferry timetable changes from Monday"
    assert ferry["published"] == "2026-03-14T08:30:00"
    assert ferry["paragraphs"][0].startswith("The island ferry will leave the harbour")
    assert len(rows["https://gazette.example/rowing"]["paragraphs"]) == 3
    empty = rows["https://gazette.example/empty"]
    assert empty["error"].startswith("EmptyInputError: ")
    assert empty["title"] is None
