"""The ``newsclean`` command: parse saved pages, folders of them, standard input and web archives.

Exit status: 0 when every input parsed, 1 when any failed (each failure is reported on standard
error with the input's name, and the run goes on), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from . import __version__, _render
from ._batch import Result, load, make_job, parse_many
from ._explain import Line, explain
from ._inputs import Inputs
from ._options import Options
from ._progress import Progress

__all__ = ["main"]

_DESCRIPTION = """\
Turn saved news pages into clean, structured articles: title, subtitle, authors, date,
captions and body paragraphs, with every removed piece and the reason it went.

Inputs are files (HTML or scraped text), directories (searched recursively for .html, .htm,
.xhtml and .txt files, gzipped or not, and WARC files), - for standard input, and web archives
(.warc, .warc.gz: their HTML responses). newsclean never fetches URLs: it makes no network
calls at all; download pages first (wget --warc-file, a crawler) and give it the files.
"""
_EPILOG = """\
examples:
  newsclean page.html                      one article as JSON
  newsclean --format text page.html        the article as readable text
  newsclean --explain page.html            every block, kept or removed, with the reason
  newsclean saved-pages/ > articles.jsonl  a folder, one JSON line per page
  newsclean crawl.warc.gz --workers 2      the HTML pages of a web archive on 2 processes
  curl -s URL | newsclean -                standard input

exit status: 0 all inputs parsed, 1 some input failed (see standard error), 2 bad usage.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    options = Options(disable=frozenset(args.disable))
    err = sys.stderr
    progress: Progress | None = None

    def say(message: str) -> None:
        if progress is not None:
            progress.message(message)
        else:
            print(message, file=err)

    inputs = Inputs(args.paths, options, say)
    many = inputs.many
    if many and err.isatty():
        progress = Progress(err, inputs.fraction)
    fmt = "explain" if args.explain else args.format or ("jsonl" if many else "json")
    failures = 0
    try:
        writer = _Writer(sys.stdout, fmt, many, colour=_colour(sys.stdout))
        for done, (result, lines) in enumerate(_results(inputs, args, options, many), start=1):
            if result.article is not None:
                writer.write(result, lines)
            else:
                failures += 1
                say(f"newsclean: {result.id}: {type(result.error).__name__}: {result.error}")
            inputs.finished_one()
            if progress is not None:
                progress.update(done)
        writer.close()
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        if progress is not None:
            progress.close()
    for note in inputs.notes():
        print(f"newsclean: {note}", file=err)
    return 1 if failures or inputs.failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, directory, .warc/.warc.gz, or - (stdin)"
    )
    view = parser.add_mutually_exclusive_group()
    view.add_argument(
        "--format",
        choices=("json", "jsonl", "text", "markdown"),
        help="output format (default: json for one input, jsonl for several; with several "
        'inputs, json is one array and each object carries "input", the path or record id)',
    )
    view.add_argument(
        "--explain",
        action="store_true",
        help="show every block in page order, kept or removed with the id of the rule that "
        "removed it (coloured on a terminal; runs in one process)",
    )
    parser.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="parse with N processes (default: all cores)",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch off a rule by id, or a family with a trailing dot (share.); repeatable",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def _results(
    inputs: Inputs, args: argparse.Namespace, options: Options, many: bool
) -> Iterator[tuple[Result, tuple[Line, ...]]]:
    if not args.explain:
        workers = args.workers if many else 1  # one input: no pool to start
        for result in parse_many(inputs.sources(), workers=workers, options=options):
            yield result, ()
        return
    for index, source in enumerate(inputs.sources()):
        job = make_job(index, source)
        try:
            content, kind = load(job, options)
            article, lines = explain(
                content, url=job.url, kind=kind, content_type=job.content_type, options=options
            )
        except Exception as exc:  # per-input isolation, as in parse_many: reported, not hidden
            yield Result(id=job.id, url=job.url, article=None, error=exc), ()
            continue
        yield Result(id=job.id, url=job.url, article=article), lines


class _Writer:
    """Prints each article in the chosen format, with the separators a run of several needs."""

    def __init__(self, stream: TextIO, fmt: str, many: bool, *, colour: bool) -> None:
        self._stream = stream
        self._fmt = fmt  # json, jsonl, text, markdown or explain
        self._many = many
        self._colour = colour
        self._count = 0
        if fmt == "json" and many:
            stream.write("[")

    def write(self, result: Result, lines: tuple[Line, ...]) -> None:
        article = result.article
        assert article is not None
        label = result.id if self._many else None
        fmt = self._fmt
        if fmt == "explain":
            body = _render.explain_view(lines, label, colour=self._colour)
        elif fmt == "jsonl":
            data = _render.json_object(article, result.id, result.url)
            body = json.dumps(data, ensure_ascii=False) + "\n"
        elif fmt == "json":
            data = _render.json_object(article, label, result.url)
            body = json.dumps(data, ensure_ascii=False, indent=2)
            body = ("\n" if self._count == 0 else ",\n") + body if self._many else body + "\n"
        elif fmt == "markdown":
            body = _render.markdown(article, label)
        else:
            body = _render.text(article, label)
        if self._count and fmt in ("text", "markdown", "explain"):
            body = ("\n---\n\n" if fmt == "markdown" else "\n") + body
        self._stream.write(body)
        self._count += 1

    def close(self) -> None:
        if self._fmt == "json" and self._many:
            self._stream.write("\n]\n" if self._count else "]\n")
        self._stream.flush()
