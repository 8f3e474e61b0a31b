"""Quality and speed of the text path on a scraped-text dataset, beside two baselines.

    python benchmarks/text_benchmark.py ../shared/datasets/wcxb-dev-articles-text [--tier region]
        [--write-predictions DIR]

For each tier (``region``, ``page``) it runs, in the same process and the same run:
newsclean, the identity baseline (keep every line, first line as title) and a C4-style line
filter (keep lines that end in terminal punctuation and have at least 3 words, drop lines naming
javascript, cookies or policies; first line as title). It prints shingle F1, precision, recall,
title exact-match and MB/s of text on one core, timed in CPU seconds of this process
(``time.process_time``) so that other work on a shared machine does not count. Scores use the
metric of shared/tools/score.py; ``--write-predictions`` writes files that it reads.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _metric import load_truth, score

import newsclean

Extractor = Callable[[str], tuple[str, str | None]]

_C4_END = re.compile(r"[.!?\"'”’]$")
_C4_BAD = re.compile(r"javascript|cookie|terms of use|privacy policy|lorem ipsum|\{", re.I)


def read_gzip(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def run_newsclean(text: str) -> tuple[str, str | None]:
    article = newsclean.parse(text, kind="text")
    return "\n".join(article.paragraphs), article.title


def run_identity(text: str) -> tuple[str, str | None]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n".join(lines[1:]), (lines[0] if lines else None)


def run_c4(text: str) -> tuple[str, str | None]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kept = [
        line
        for line in lines[1:]
        if _C4_END.search(line) and len(line.split()) >= 3 and not _C4_BAD.search(line)
    ]
    return "\n".join(kept), (lines[0] if lines else None)


SYSTEMS: dict[str, Extractor] = {
    "newsclean": run_newsclean,
    "identity (keep every line)": run_identity,
    "C4 line filter": run_c4,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--tier", action="append", choices=["region", "page"])
    ap.add_argument("--write-predictions", type=Path, metavar="DIR")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="time N passes of each system and report the fastest (the machine is shared)",
    )
    args = ap.parse_args(argv)
    truth = load_truth(args.dataset)
    print("| tier | system | F1 | precision | recall | title exact | MB/s (CPU) |")
    print("|---|---|---|---|---|---|---|")
    for tier in args.tier or ["region", "page"]:
        files = sorted((args.dataset / tier).glob("*.txt.gz"))
        texts = {p.name[: -len(".txt.gz")]: read_gzip(p) for p in files}
        megabytes = sum(len(t.encode("utf-8")) for t in texts.values()) / 1e6
        for name, extract in SYSTEMS.items():
            preds: dict[str, dict[str, object]] = {}
            elapsed = float("inf")
            for _ in range(max(args.repeat, 1)):
                start = time.process_time()
                for pid, text in texts.items():
                    body, title = extract(text)
                    preds[pid] = {"articleBody": body, "title": title}
                elapsed = min(elapsed, time.process_time() - start)
            s = score(truth, preds)
            print(
                f"| {tier} | {name} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} "
                f"| {s['title_exact']:.3f} | {megabytes / elapsed:.1f} |",
                flush=True,
            )
            if args.write_predictions and name == "newsclean":
                args.write_predictions.mkdir(parents=True, exist_ok=True)
                out = args.write_predictions / f"text-{tier}.json"
                out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
