"""Pages per second on a Dask LocalCluster against one process, in the same run.

    python3 benchmarks/dask_benchmark.py /work/shared/datasets/wcxb-dev-articles [--limit N]

Parses the dataset's ``html/*.html.gz`` pages with ``parse_many(paths, workers=1)`` in this
process, then as the recipe of docs/scale.md does on a ``LocalCluster`` of ``--workers``
processes of one thread each (partitions of ``--partition-size`` paths, results gathered back
to this process), ``--rounds`` times alternately. Both sides are timed warm (imports done, one
page parsed) and the cluster's start is reported apart. Checks that both give the same results,
and reports each worker's peak resident memory (``VmHWM``) and the CPU seconds each side
spent (the cluster's include its workers and this client), a figure that load does not change.

Run it on an otherwise idle machine: Linux shares the CPU fairly between sessions (autogroups),
so while other sessions keep the cores busy, two workers get no more CPU than one process and
the pages/s ratio says nothing about newsclean or Dask; the load average is printed with each
round for that reason.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

import newsclean


def clean(paths: list[Path]) -> list[newsclean.Result]:
    """One partition, in one worker process (the recipe's ``clean`` without the JSON rows)."""
    return list(newsclean.parse_many(paths, workers=1))


def warm(path: Path) -> int:
    """Import and run everything once, so that timing starts warm."""
    return len(clean([path]))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mib() -> float:
    """This process's peak resident memory (Linux's VmHWM: unlike ``ru_maxrss``, it does not
    carry over the parent's peak into a process started by fork and exec)."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmHWM:", 1)[1].split()[0]) / 1024  # kB


def key(result: newsclean.Result) -> tuple[object, ...]:
    error = None if result.error is None else (type(result.error).__name__, str(result.error))
    return (result.id, result.article, error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="folder holding html/<id>.html.gz")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    paths = sorted((args.dataset / "html").glob("*.html.gz"))[: args.limit]
    if not paths:
        sys.exit(f"no html/*.html.gz pages under {args.dataset}")
    print(f"{len(paths)} pages, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    warm(paths[0])
    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = Client(cluster)
    client.run(warm, paths[0])
    print(f"cluster of {args.workers} workers up and warm in {time.perf_counter() - started:.1f} s")

    one: list[float] = []
    many: list[float] = []
    cpu_one: list[float] = []
    cpu_many: list[float] = []
    bound: list[float] = []  # the cluster's CPU-bound pages/s: see below
    sequential: list[newsclean.Result] = []
    distributed: list[newsclean.Result] = []
    with cluster, client:
        for _ in range(args.rounds):
            started, cpu = time.perf_counter(), cpu_seconds()
            sequential = clean(paths)
            one.append(len(paths) / (time.perf_counter() - started))
            cpu_one.append(cpu_seconds() - cpu)

            before = client.run(cpu_seconds)
            started, cpu = time.perf_counter(), cpu_seconds()
            bag = db.from_sequence(paths, partition_size=args.partition_size)
            distributed = bag.map_partitions(clean).compute(scheduler=client)
            many.append(len(paths) / (time.perf_counter() - started))
            client_cpu = cpu_seconds() - cpu
            after = client.run(cpu_seconds)
            workers = [after[address] - before[address] for address in after]
            cpu_many.append(sum(workers) + client_cpu)
            # With a core for each worker, the run could not end before its busiest worker did,
            # nor before the cores had done all the work (workers and this client together).
            bound.append(len(paths) / max(*workers, cpu_many[-1] / len(workers)))
            print(
                f"  round: one process {one[-1]:.1f} pages/s ({cpu_one[-1]:.1f} CPU s), "
                f"cluster {many[-1]:.1f} pages/s ({cpu_many[-1]:.1f} CPU s, client included), "
                f"load average {os.getloadavg()[0]:.2f}"
            )
        peaks = client.run(peak_rss_mib)

    same = [key(r) for r in sequential] == [key(r) for r in distributed]
    failed = sum(not r.ok for r in distributed)
    print(f"one process : {statistics.median(one):.1f} pages/s (median of {len(one)})")
    print(f"cluster     : {statistics.median(many):.1f} pages/s (median of {len(many)})")
    print(f"speed-up    : {statistics.median(many) / statistics.median(one):.2f}x (wall clock)")
    cpu_ratio = statistics.median(bound) / (len(paths) / statistics.median(cpu_one))
    print(
        f"CPU-bound   : {cpu_ratio:.2f}x (one process's CPU seconds over the busiest worker's: "
        "the speed-up with a free core per worker)"
    )
    print(f"same results: {same} ({failed} pages gave an error record)")
    for address, mib in sorted(peaks.items()):
        print(f"peak memory : worker {address} {mib:.0f} MiB")
    print(f"peak memory : this process (one-process run) {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
