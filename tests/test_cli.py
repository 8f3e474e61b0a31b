"""The ``newsclean`` command, run as a user runs it: a subprocess, files on disk, exit statuses."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import HTML, run_cli

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "kerry-crimea" / "source.txt"


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of saved pages: HTML, gzipped HTML, text, a subfolder, and files to ignore."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a-floods.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "b-floods.htm.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "c-kerry.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.html").write_text(HTML, encoding="utf-8")
    return tmp_path


def test_one_file_gives_one_json_article() -> None:
    done = run_cli(str(SEED))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    expected = newsclean.parse(SEED.read_text(encoding="utf-8")).to_dict()
    assert json.loads(done.stdout) == expected


def test_a_directory_is_searched_recursively_for_html_and_text_files(pages: Path) -> None:
    done = run_cli(".", "--workers", "2", cwd=pages)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["input"] for line in lines] == [
        "a-floods.html",
        "c-kerry.txt",
        str(Path("sub", "b-floods.htm.gz")),
    ]
    assert lines[0]["input_url"] is None  # files come with no URL
    assert lines[0]["title"] == lines[2]["title"] == "Floods close the coast road"
    assert lines[1]["paragraphs"] == list(newsclean.parse(SEED.read_text()).paragraphs)


def test_two_workers_print_what_one_worker_prints(pages: Path) -> None:
    one = run_cli(".", "--workers", "1", cwd=pages)
    two = run_cli(".", "--workers", "2", cwd=pages)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_standard_input_is_read_with_a_dash() -> None:
    done = run_cli("-", stdin=SEED.read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Kerry meeting yields no agreement on Crimea"


def test_json_for_several_inputs_is_one_array_naming_each_input(pages: Path) -> None:
    done = run_cli("--format", "json", "a-floods.html", "c-kerry.txt", cwd=pages)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [item["input"] for item in data] == ["a-floods.html", "c-kerry.txt"]


def test_text_format_is_readable_prose() -> None:
    done = run_cli("--format", "text", str(SEED))
    assert done.returncode == 0, done.stderr
    blocks = done.stdout.split("\n\n")
    assert (
        blocks[0]
        == "Kerry meeting yields no agreement on Crimea\nRussian cites lack of ‘common vision’"
    )
    assert blocks[1].startswith("LONDON — An 11th-hour bid")
    assert "{" not in done.stdout
    assert "Next Score" not in done.stdout


def test_markdown_format_has_the_title_as_heading() -> None:
    done = run_cli("--format", "markdown", str(SEED))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "# Kerry meeting yields no agreement on Crimea"
    assert lines[2] == "*Russian cites lack of ‘common vision’*"


def test_markdown_separates_several_articles_and_names_them(pages: Path) -> None:
    done = run_cli("--format", "markdown", "a-floods.html", "c-kerry.txt", cwd=pages)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.split("\n\n---\n\n")
    assert first.startswith("<!-- a-floods.html -->\n\n# Floods close the coast road")
    assert second.startswith("<!-- c-kerry.txt -->\n\n# Kerry meeting")


def test_explain_shows_removed_lines_with_their_reason_in_page_order() -> None:
    done = run_cli("--explain", str(SEED))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split(None, 2) == ["-", "widget.next-score", "Next Score View the next score"]
    assert lines[1].split(None, 1) == ["title", "Kerry meeting yields no agreement on Crimea"]
    signup = [i for i, line in enumerate(lines) if "newsletter.signup" in line]
    body = [i for i, line in enumerate(lines) if line.lstrip().startswith("body ")]
    assert signup and body[0] < signup[0] < body[-1]  # removed lines sit between kept ones
    assert "\x1b[" not in done.stdout  # no colour into a pipe


def run_in_terminal(*args: str) -> str:
    """Run the command with stdout and stderr on a pseudo-terminal; everything it printed."""
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")
    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", *args], stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=300) == 0
    return b"".join(chunks).decode("utf-8")


def test_explain_is_coloured_on_a_terminal() -> None:
    shown = run_in_terminal("--explain", str(SEED))
    assert "\x1b[31m- \x1b[33mwidget.next-score" in shown


def test_progress_goes_to_a_terminal_stderr_and_never_into_a_pipe(pages: Path) -> None:
    shown = run_in_terminal("--workers", "1", str(pages))
    assert "3 inputs" in shown
    piped = run_cli(str(pages), "--workers", "1")
    assert piped.stderr == ""


def test_a_failing_input_is_reported_and_the_run_goes_on(pages: Path) -> None:
    (pages / "broken.html").write_bytes(b"%PDF-1.5 not a page")
    done = run_cli("a-floods.html", "broken.html", "c-kerry.txt", "missing.html", cwd=pages)
    assert done.returncode == 1
    assert [json.loads(line)["input"] for line in done.stdout.splitlines()] == [
        "a-floods.html",
        "c-kerry.txt",
    ]
    assert "broken.html: NotADocumentError: the input looks like a PDF file" in done.stderr
    assert "missing.html: No such file or directory" in done.stderr


def test_help_says_it_never_fetches_urls() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    assert "never fetches URLs" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--format", "xml", "x.html"),
        ("--workers", "0", "x.html"),
        ("--explain", "--format", "json", "x"),
    ],
)
def test_bad_usage_gives_a_short_message_and_status_2(args: tuple[str, ...]) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "newsclean: error:" in done.stderr
    assert len(done.stderr.splitlines()) <= 6


def test_a_folder_without_pages_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    done = run_cli(str(tmp_path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert f"{tmp_path}: no HTML, text or WARC files in this folder" in done.stderr


def test_a_broken_link_in_a_folder_is_reported_and_the_rest_parsed(pages: Path) -> None:
    (pages / "gone.html").symlink_to(pages / "nowhere.html")
    done = run_cli(".", cwd=pages)
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 3
    assert "gone.html: No such file or directory" in done.stderr
