"""The scoring metric of ``shared/tools/score.py``, kept here so the benchmarks stand alone.

ScrapingHub article-extraction metric: 4-word shingles of ``\\w+`` tokens, per-page multiset
overlap, precision and recall averaged over pages, F1 of the two means; title exact match after
collapsing whitespace and case-folding.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

WORD = re.compile(r"\w+")
N = 4


def shingles(text: str | None) -> Counter[tuple[str, ...]]:
    tokens = WORD.findall(text or "")
    if len(tokens) <= N:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(zip(*(tokens[k:] for k in range(N)), strict=False))


def norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def load_truth(d: Path) -> dict[str, dict[str, object]]:
    """``{id: {"articleBody", "title", ...}}`` from an HTML or a text dataset folder."""
    if (d / "ground-truth.json").exists():
        data: dict[str, dict[str, object]] = json.loads(
            (d / "ground-truth.json").read_text(encoding="utf-8")
        )
        return data
    path = d / "truth.json"
    if path.exists():
        raw = path.read_bytes()
    else:
        raw = gzip.decompress((d / "truth.json.gz").read_bytes())
    pages = json.loads(raw.decode("utf-8"))["pages"]
    return {k: {**v, "articleBody": "\n".join(v["paragraphs"])} for k, v in pages.items()}


def score(
    truth: dict[str, dict[str, object]], pred: dict[str, dict[str, object]]
) -> dict[str, float]:
    precisions, recalls, titles = [], [], []
    for pid in sorted(truth):
        t, p = truth[pid], pred.get(pid) or {}
        ts, ps = shingles(str(t["articleBody"])), shingles(str(p.get("articleBody") or ""))
        tp, fp, fn = sum((ts & ps).values()), sum((ps - ts).values()), sum((ts - ps).values())
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
        if norm(t.get("title")):  # type: ignore[arg-type]
            titles.append(float(norm(p.get("title")) == norm(t.get("title"))))  # type: ignore[arg-type]
    prec = sum(precisions) / len(precisions) if precisions else 0.0
    rec = sum(recalls) / len(recalls) if recalls else 0.0
    return {
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "precision": prec,
        "recall": rec,
        "title_exact": sum(titles) / len(titles) if titles else 0.0,
    }
