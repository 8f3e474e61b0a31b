"""Per-page error analysis of the text path: where the shingle F1 of one tier is lost.

    python benchmarks/text_errors.py ../shared/datasets/wcxb-dev-articles-text [--tier region]
        [--pages 40] [--lines 60]

Each line of a page is aligned with the truth's words (``difflib`` on the page's tokens against
the truth's; runs of two or more tokens count), so a line is *true* when most of its words are
matched. It prints:

- recall lost by reason: true lines that a rule or pass removed (or labelled title, subtitle,
  caption), weighted by their share of the page's truth shingles, averaged over pages;
- the kept lines that are not true, most frequent across pages first (phrases many sites share
  are candidates for rules; one-off sentences are not);
- the pages that lose the most (1 - P) + (1 - R), for reading one by one.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _metric import shingles

from newsclean._parse import label

WORD = re.compile(r"\w+")


def _matched_share(texts: list[str], truth: str) -> list[float]:
    """For each text, the share of its tokens aligned with the truth's tokens."""
    tokens: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        words = [w.lower() for w in WORD.findall(text)]
        tokens += words
        owner += [i] * len(words)
    truth_tokens = [w.lower() for w in WORD.findall(truth)]
    matcher = difflib.SequenceMatcher(None, tokens, truth_tokens, autojunk=False)
    hits = [0] * len(texts)
    for a, _, size in matcher.get_matching_blocks():
        if size >= 2:
            for k in range(a, a + size):
                hits[owner[k]] += 1
    totals = Counter(owner)
    return [hits[i] / totals[i] if totals[i] else 0.0 for i in range(len(texts))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--tier", choices=["region", "page"], default="region")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--lines", type=int, default=60)
    args = ap.parse_args(argv)
    with gzip.open(args.dataset / "truth.json.gz", "rt", encoding="utf-8") as f:
        truth = json.load(f)["pages"]
    files = sorted((args.dataset / args.tier).glob("*.txt.gz"))
    lost_recall: Counter[str] = Counter()
    lost_lines: Counter[str] = Counter()
    kept_pages: defaultdict[str, set[str]] = defaultdict(set)
    pages: list[tuple[float, str, float, float]] = []
    for path in files:
        pid = path.name[: -len(".txt.gz")]
        with gzip.open(path, "rt", encoding="utf-8") as f:
            labelled, _, _ = label(f.read(), kind="text")
        body = "\n".join(truth[pid]["paragraphs"])
        want = shingles(body)
        got = shingles("\n".join(x.block.text for x in labelled if x.label == "body"))
        tp = sum((want & got).values())
        precision = tp / sum(got.values()) if got else 1.0
        recall = tp / sum(want.values()) if want else 1.0
        pages.append((2 - precision - recall, pid, precision, recall))
        texts = [x.block.text for x in labelled]
        for item, share in zip(labelled, _matched_share(texts, body), strict=True):
            if item.label != "body" and share >= 0.5:
                reason = item.reason or item.label
                weight = max(len(WORD.findall(item.block.text)) - 3, 1) * share
                lost_recall[reason] += weight / max(sum(want.values()), 1) / len(files)
                lost_lines[reason] += 1
            elif item.label == "body" and share < 0.5:
                kept_pages[re.sub(r"\d+", "#", item.block.key)[:80]].add(pid)
    print("## Recall lost to each reason (true lines removed)\n")
    for reason, lost in lost_recall.most_common():
        print(f"{lost:.4f}  {lost_lines[reason]:5d} lines  {reason}")
    print("\n## Kept lines that are not in the truth, by pages they occur on\n")
    frequent = sorted(kept_pages.items(), key=lambda kv: -len(kv[1]))[: args.lines]
    for text, where in frequent:
        print(f"{len(where):4d}  {text}")
    print("\n## Pages losing the most, (1 - P) + (1 - R)\n")
    for loss, pid, precision, recall in sorted(pages, reverse=True)[: args.pages]:
        print(f"{pid}  loss {loss:.3f}  P {precision:.3f}  R {recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
