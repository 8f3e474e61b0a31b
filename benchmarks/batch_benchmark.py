"""Batch parsing: pages/s on 1 and 2 workers, and memory while the CLI streams a large WARC.

    python benchmarks/batch_benchmark.py speed  ../shared/datasets/wcxb-dev-articles [--repeat 3]
        [--control]
    python benchmarks/batch_benchmark.py memory ../shared/datasets/wcxb-dev-articles
        [--small-pages 100] [--big-copies 7] [--workers 2]

``speed`` runs ``parse_many()`` over the dataset's ``html/*.html.gz`` files (read and
decompressed in the workers, as a user's files would be) with 1 and then 2 workers, ``--repeat``
times in alternation, and reports the best run of each and their ratio, from the same process
and the same minutes (the machine may be shared: the load average is printed beside them).
With ``--control`` each round also times two independent processes parsing half the pages
each, without any pool: when they are no faster than one, the machine (a CPU quota, other
sessions' work) is what holds 2 workers back, not the pool.

``memory`` writes two gzipped WARC files under ``--tmp`` from the dataset's pages (a small one
of ``--small-pages`` pages, a big one of every page ``--big-copies`` times over, each copy
under its own URI, with an image and a request record per page, as a crawler writes them), runs
``python -m newsclean FILE --workers N > /dev/null`` on each as a user would, samples the
resident memory of the command and its workers every 50 ms, and reports the peaks. Flat memory
means the big file's peaks are close to the small one's. The WARC files are left for reuse
and are never committed.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402


def pages_of(dataset: Path, limit: int | None = None) -> list[Path]:
    pages = sorted((dataset / "html").glob("*.html.gz"))
    return pages[:limit] if limit else pages


def speed(
    dataset: Path, repeat: int, limit: int | None, chunksize: int | None, control: bool
) -> None:
    pages = pages_of(dataset, limit)
    best: dict[int, float] = {}
    ratios, efficiency, controls = [], [], []
    for attempt in range(1, repeat + 1):
        rates, per_cpu = {}, {}
        for workers in (1, 2):
            before, start = os.times(), time.perf_counter()
            failed = sum(
                not r.ok for r in newsclean.parse_many(pages, workers=workers, chunksize=chunksize)
            )
            seconds = time.perf_counter() - start
            after = os.times()  # the pool's workers are joined: their CPU time is counted
            cpu = sum(after[:4]) - sum(before[:4])
            rate = len(pages) / seconds
            best[workers] = max(best.get(workers, 0.0), rate)
            rates[workers], per_cpu[workers] = rate, len(pages) / cpu
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(
                f"run {attempt}: {workers} worker(s): {len(pages)} pages in {seconds:.1f} s = "
                f"{rate:.1f} pages/s; {cpu:.1f} CPU s = {len(pages) / cpu:.1f} pages per CPU "
                f"second ({failed} failed; load average {load})",
                flush=True,
            )
        ratios.append(rates[2] / rates[1])
        efficiency.append(per_cpu[2] / per_cpu[1])
        if control:
            control_rate = _two_independent_processes(dataset, len(pages))
            controls.append(control_rate / rates[1])
            print(
                f"run {attempt}: control, 2 independent processes of 1 worker, half the pages "
                f"each: {control_rate:.1f} pages/s = {control_rate / rates[1]:.2f}x 1 worker",
                flush=True,
            )
    print(f"best of {repeat}: 1 worker {best[1]:.1f} pages/s, 2 workers {best[2]:.1f} pages/s")
    print(f"ratio of the bests, 2 workers / 1 worker: {best[2] / best[1]:.2f}x (target >= 1.7x)")
    print(
        f"ratio within each run: {', '.join(f'{r:.2f}x' for r in ratios)}; "
        f"median {statistics.median(ratios):.2f}x"
    )
    # Pages per CPU second, 2 workers over 1: the pool's own cost, whatever else runs.
    print(
        "pages per CPU second, 2 workers / 1 worker: "
        f"median {statistics.median(efficiency):.2f} (1.00 = no pool overhead)"
    )
    if controls:
        print(
            "control, 2 independent processes / 1 worker: "
            f"median {statistics.median(controls):.2f}x (what this machine lets 2 processes do)"
        )


def _two_independent_processes(dataset: Path, count: int) -> float:
    """Pages/s of two plain processes parsing half the pages each at once: no pool at all.

    Timed from the first start to the last end of their parsing (imports left out)."""
    half = count // 2
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "solo", str(dataset), str(lo), str(hi)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for lo, hi in ((0, half), (half, count))
    ]
    spans = [tuple(map(float, proc.communicate()[0].split())) for proc in procs]
    return count / (max(end for _, end in spans) - min(start for start, _ in spans))


def solo(dataset: Path, start: int, stop: int) -> None:
    """Parse pages[start:stop] in this process (the control of ``speed --control``); print
    when the parsing started and ended (wall clock, seconds since the epoch)."""
    pages = pages_of(dataset)[start:stop]
    began = time.time()
    for _ in newsclean.parse_many(pages, workers=1):
        pass
    print(began, time.time())


def write_warc(path: Path, pages: list[Path], copies: int) -> tuple[int, int]:
    """A crawl-like WARC: each page as an HTML response, plus a request and a small image."""
    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for copy in range(copies):
            for page in pages:
                uri = f"https://copy{copy}.example/{page.name.removesuffix('.html.gz')}"
                request = BytesIO(f"GET {uri} HTTP/1.1\r\n\r\n".encode())
                writer.write_record(writer.create_warc_record(uri, "request", payload=request))
                body = gzip.decompress(page.read_bytes())
                writer.write_record(_response(writer, uri, body, "text/html; charset=utf-8"))
                image = b"\xff\xd8\xff" + os.urandom(2000)
                writer.write_record(_response(writer, uri + ".jpg", image, "image/jpeg"))
                count += 1
    return count, path.stat().st_size


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str) -> object:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http)


def peak_memory(command: list[str]) -> tuple[float, float, float, int]:
    """Run a command; (seconds, peak RSS of the command, peak RSS of it and its children, rc)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, env=env)
        main = psutil.Process(proc.pid)
        peak_main = peak_tree = 0
        while proc.poll() is None:
            try:
                tree = [main, *main.children(recursive=True)]
                rss = [p.memory_info().rss for p in tree]
            except psutil.NoSuchProcess:
                continue
            peak_main = max(peak_main, rss[0])
            peak_tree = max(peak_tree, sum(rss))
            time.sleep(0.05)
    return time.perf_counter() - start, peak_main / 1e6, peak_tree / 1e6, proc.returncode


def memory(dataset: Path, tmp: Path, small_pages: int, big_copies: int, workers: int) -> None:
    tmp.mkdir(parents=True, exist_ok=True)
    pages = pages_of(dataset)
    raw_mb = sum(len(gzip.decompress(p.read_bytes())) for p in pages) / 1e6
    for name, chosen, copies in (
        ("small", pages[:small_pages], 1),
        ("big", pages, big_copies),
    ):
        path = tmp / f"{name}-{len(chosen)}x{copies}.warc.gz"
        if not path.exists():
            write_warc(path, chosen, copies)
        count = len(chosen) * copies
        html_mb = raw_mb * copies if chosen is pages else None
        command = [sys.executable, "-m", "newsclean", str(path), "--workers", str(workers)]
        seconds, main_mb, tree_mb, rc = peak_memory(command)
        size = f"{path.stat().st_size / 1e6:.0f} MB gzipped"
        if html_mb is not None:
            size += f", {html_mb:.0f} MB of HTML"
        print(
            f"{name}: {count} pages ({size}): {seconds:.0f} s, {count / seconds:.1f} pages/s, "
            f"peak RSS {main_mb:.0f} MB main process, {tree_mb:.0f} MB with its {workers} "
            f"workers (exit {rc})",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("dataset", type=Path)
    s.add_argument("--repeat", type=int, default=3)
    s.add_argument("--limit", type=int, help="only the first N pages")
    s.add_argument("--chunksize", type=int)
    s.add_argument(
        "--control",
        action="store_true",
        help="also time 2 independent processes (no pool): what the machine allows 2 to do",
    )
    c = sub.add_parser("solo", help="(used by --control)")
    c.add_argument("dataset", type=Path)
    c.add_argument("start", type=int)
    c.add_argument("stop", type=int)
    m = sub.add_parser("memory")
    m.add_argument("dataset", type=Path)
    m.add_argument("--tmp", type=Path, default=Path("/tmp/newsclean-batch-benchmark"))
    m.add_argument("--small-pages", type=int, default=100)
    m.add_argument("--big-copies", type=int, default=7)
    m.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.what == "speed":
        speed(args.dataset, args.repeat, args.limit, args.chunksize, args.control)
    elif args.what == "solo":
        solo(args.dataset, args.start, args.stop)
    else:
        memory(args.dataset, args.tmp, args.small_pages, args.big_copies, args.workers)


if __name__ == "__main__":
    main()
