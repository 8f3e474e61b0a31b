"""The evaluation gate that CI runs: newsclean's quality on the development sets, with floors.

    python benchmarks/gate.py ../shared/datasets

Runs ``newsclean.parse`` over the HTML set (``wcxb-dev-articles``) and both tiers of the
scraped-text set (``wcxb-dev-articles-text``) and fails (exit 1) when a shingle F1 or a title
exact-match falls below its floor. The floors sit a little under the figures in the README, so a
change that costs quality has to say so by moving them. Speed is not gated: CI machines are
shared and noisy; ``html_benchmark.py`` and ``text_benchmark.py`` measure it by hand.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path
from types import MappingProxyType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _metric import load_truth, score

import newsclean

#: (dataset folder, tier or None) -> {metric: floor}
FLOORS = MappingProxyType(
    {
        ("wcxb-dev-articles", None): MappingProxyType({"f1": 0.948, "title_exact": 0.87}),
        ("wcxb-dev-articles-text", "region"): MappingProxyType({"f1": 0.950, "title_exact": 0.975}),
        ("wcxb-dev-articles-text", "page"): MappingProxyType({"f1": 0.915, "title_exact": 0.97}),
    }
)


def _read(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def _predict(folder: Path, tier: str | None) -> dict[str, dict[str, object]]:
    preds: dict[str, dict[str, object]] = {}
    if tier is None:
        truth = load_truth(folder)
        for path in sorted((folder / "html").glob("*.html.gz")):
            pid = path.name[: -len(".html.gz")]
            url = truth.get(pid, {}).get("url")
            article = newsclean.parse(_read(path), url=url if isinstance(url, str) else None)
            preds[pid] = {"articleBody": "\n".join(article.paragraphs), "title": article.title}
        return preds
    for path in sorted((folder / tier).glob("*.txt.gz")):
        article = newsclean.parse(_read(path), kind="text")
        preds[path.name[: -len(".txt.gz")]] = {
            "articleBody": "\n".join(article.paragraphs),
            "title": article.title,
        }
    return preds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("datasets", type=Path, help="the folder holding the dataset folders")
    args = ap.parse_args(argv)
    failed = False
    for (name, tier), floors in FLOORS.items():
        folder = args.datasets / name
        if not folder.is_dir():
            print(f"gate: {folder} is missing", file=sys.stderr)
            return 2
        result = score(load_truth(folder), _predict(folder, tier))
        for metric, floor in floors.items():
            ok = result[metric] >= floor
            failed |= not ok
            label = f"{name}{'/' + tier if tier else ''}"
            verdict = "ok" if ok else "BELOW FLOOR"
            print(f"{label:<32} {metric:<12} {result[metric]:.3f} (floor {floor:.3f}) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
