"""Crash, hang and garbage hunt: parse() over hostile corpora, and the growth of its cost.

    python benchmarks/robustness.py ../shared/robustness [DIR ...] [--mutations N] [--scaling]

Every input found under the directories is parsed:

- ``*.dat`` files in html5lib format: each ``#data`` record, as a str and as raw bytes (the
  encoding tests are raw bytes by nature; their ``#encoding`` is compared with newsclean's
  charset prescan and the agreement printed);
- ``*.json`` files holding a list of strings (the Big List of Naughty Strings): each string
  alone, as a line inside an article's text, and inside an HTML page;
- ``*.txt``, ``*.html``, ``*.htm`` files, gzipped or not (``blns.txt`` aside, which is the JSON
  list again): the raw bytes, and with ``--mutations N`` N damaged copies of each (truncated,
  flipped bytes, stray ``<``, a cut-out middle, binary noise; seeded, the same on every run),
  so a dataset of real pages becomes a fuzzing corpus.

It prints the inputs tried, the outcomes by type (Articles, expected ``NewscleanError``
subclasses, unexpected exceptions with an example), the slowest input and the peak memory, and
exits 1 on any unexpected exception. ``--scaling`` adds a table of time and traced peak memory
for the adversarial generators of ``tests/adversarial.py`` at 1, 10 and 100 times their base size.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import multiprocessing
import random
import re
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import adversarial  # noqa: E402

import newsclean  # noqa: E402
from newsclean._decode import declared_encoding  # noqa: E402

Input = tuple[str, str | bytes]  # (label, source)
_SECTION = re.compile(
    rb"#(data|errors|new-errors|document|document-fragment|script-on|script-off|encoding)$"
)

ARTICLE_LINES = (
    "Plan goes ahead despite objections",
    "",
    "Officials said on Tuesday that the plan would go ahead next year as scheduled.",
    "{naughty}",
    "Several regional governments objected to the timetable, saying it was too short.",
)


def dat_records(path: Path) -> Iterator[dict[str, bytes]]:
    """The records of an html5lib ``.dat`` file, each a mapping of section name to raw bytes."""
    record: dict[str, list[bytes]] = {}
    section = None
    for line in path.read_bytes().split(b"\n"):
        if _SECTION.match(line):
            name = line[1:].decode()
            if name == "data" and record:
                yield {k: b"\n".join(v).rstrip(b"\n") for k, v in record.items()}
                record = {}
            section = name
            record[section] = []
        elif section is not None:
            record[section].append(line)
    if record:
        yield {k: b"\n".join(v).rstrip(b"\n") for k, v in record.items()}


def corpus(
    directory: Path, encodings: list[tuple[str, bytes]], mutations: int = 0
) -> Iterator[Input]:
    for path in sorted(directory.rglob("*")):
        label = str(path.relative_to(directory.parent))
        if path.suffix == ".dat":
            for n, record in enumerate(dat_records(path)):
                data = record.get("data", b"")
                if "encoding" in record:
                    encodings.append((record["encoding"].decode().strip(), data))
                yield f"{label}#{n} (bytes)", data
                yield f"{label}#{n} (str)", data.decode("utf-8", errors="surrogateescape")
        elif path.suffix == ".json":
            strings = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(strings, list):
                for n, item in enumerate(strings):
                    if isinstance(item, str):
                        yield from naughty(f"{label}[{n}]", item)
        elif path.suffix in (".txt", ".html", ".htm") and path.name != "blns.txt":
            yield from pages(label, path.read_bytes(), mutations)
        elif path.name.endswith((".html.gz", ".htm.gz")):
            yield from pages(label, gzip.decompress(path.read_bytes()), mutations)


def pages(label: str, data: bytes, mutations: int) -> Iterator[Input]:
    """The page's bytes, then ``mutations`` damaged copies (the same ones on every run)."""
    yield label, data
    rng = random.Random(label)
    for n in range(mutations):
        how, damaged = mutate(data, rng)
        yield f"{label} mutation {n} ({how})", damaged


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One kind of damage a crawler sees: truncation, flipped bytes, stray '<', a cut-out
    middle, or a burst of binary noise."""
    if not data:
        return "empty", data
    cut, other = rng.randrange(len(data)), rng.randrange(len(data))
    how = rng.choice(("truncated", "flipped", "stray <", "cut out", "noise"))
    if how == "truncated":
        return how, data[:cut]
    if how == "flipped":
        damaged = bytearray(data)
        for _ in range(50):
            damaged[rng.randrange(len(data))] = rng.randrange(256)
        return how, bytes(damaged)
    if how == "stray <":
        return how, data[:cut] + b"<" * rng.randrange(1, 50) + data[cut:]
    if how == "cut out":
        return how, data[: min(cut, other)] + data[max(cut, other) :]
    return how, data[:cut] + rng.randbytes(200) + data[cut:]


def naughty(label: str, string: str) -> Iterator[Input]:
    yield f"{label} alone", string
    yield f"{label} in text", "\n".join(ARTICLE_LINES).replace("{naughty}", string)
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE_LINES[2:])
    page = adversarial.page(paragraphs.replace("{naughty}", string))
    yield f"{label} in html", page


def run_corpora(directories: list[Path], mutations: int = 0) -> int:
    outcomes: Counter[str] = Counter()
    unexpected: dict[str, str] = {}
    encodings: list[tuple[str, bytes]] = []
    slowest = (0.0, "")
    tried = 0
    started = time.perf_counter()
    for directory in directories:
        for label, source in corpus(directory, encodings, mutations):
            tried += 1
            clock = time.perf_counter()
            try:
                newsclean.parse(source)
                outcomes["Article"] += 1
            except newsclean.NewscleanError as error:
                outcomes[f"expected {type(error).__name__}"] += 1
            except Exception as error:  # the point of this script: count what escapes
                key = f"UNEXPECTED {type(error).__name__}"
                outcomes[key] += 1
                unexpected.setdefault(key, f"{label}: {error!r}"[:300])
            elapsed = time.perf_counter() - clock
            slowest = max(slowest, (elapsed, label))
    total = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs tried: {tried:,} in {total:.1f} s")
    for key, count in sorted(outcomes.items()):
        print(f"  {key:<40} {count:>7,}")
    for key, example in unexpected.items():
        print(f"  first {key}: {example}")
    print(f"slowest input: {slowest[1]} ({slowest[0] * 1000:.0f} ms)")
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")
    if encodings:
        agree = sum(_same_encoding(expected, data) for expected, data in encodings)
        print(f"charset prescan agrees with html5lib's expected encoding: {agree}/{len(encodings)}")
    return 1 if unexpected else 0


def _same_encoding(expected: str, data: bytes) -> bool:
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"))
    bom = next((name for mark, name in boms if data.startswith(mark)), None)
    found = bom or declared_encoding(data) or "cp1252"  # html5lib's default: windows-1252
    try:
        want = codecs.lookup(expected).name
    except LookupError:
        return False
    western = {"cp1252", "latin_1", "iso8859-1", "ascii"}
    return found == want or (found in western and want in western)


def run_scaling(scales: tuple[int, ...] = (1, 10, 100)) -> None:
    """One fresh process per case, so that its peak memory is its own."""
    print()
    print("| input | scale | size | CPU time | CPU per MB | traced peak | max RSS growth |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    spawn = multiprocessing.get_context("spawn")
    for name in adversarial.GENERATORS:
        for scale in scales:
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
                size, outcome, seconds, traced, rss = pool.submit(_measure, name, scale).result()
            print(
                f"| {name} ({outcome}) | {scale}× | {_mb(size)} | {seconds:.2f} s "
                f"| {seconds / (size / 1e6):.2f} s | {_mb(traced)} | {_mb(rss)} |",
                flush=True,
            )


def _measure(name: str, scale: int) -> tuple[int, str, float, int, int]:
    """Size, outcome, seconds, traced Python peak and growth of the max RSS (C memory too)."""
    _outcome(adversarial.page("<p>Warm-up: the first parse loads what parse() needs.</p>"))
    source = adversarial.GENERATORS[name](scale)
    size = len(source)  # type: ignore[arg-type]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    clock = time.process_time()  # CPU time: the machine is shared, wall time is noise
    outcome = _outcome(source)
    seconds = time.process_time() - clock
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before
    tracemalloc.start()
    _outcome(source)
    traced = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return size, outcome, seconds, traced, rss


def _mb(size: int) -> str:
    return f"{size / 1e6:.2f} MB" if size >= 100_000 else f"{size / 1e3:.0f} KB"


def _outcome(source: object) -> str:
    try:
        newsclean.parse(source)
    except newsclean.NewscleanError as error:
        return type(error).__name__
    return "Article"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="*", type=Path)
    parser.add_argument("--scaling", action="store_true", help="time the adversarial generators")
    parser.add_argument(
        "--mutations", type=int, default=0, help="also parse N damaged copies of each page"
    )
    args = parser.parse_args()
    missing = [str(d) for d in args.directories if not d.is_dir()]
    if missing:
        parser.error(f"not a directory: {', '.join(missing)}")
    status = run_corpora(args.directories, args.mutations) if args.directories else 0
    if args.scaling:
        run_scaling()
    return status


if __name__ == "__main__":
    sys.exit(main())
