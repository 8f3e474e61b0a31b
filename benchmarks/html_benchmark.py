"""Quality and speed of the HTML path on a page dataset, beside its peers, in one run.

    python benchmarks/html_benchmark.py ../shared/datasets/wcxb-dev-articles
        [--limit N] [--system NAME ...] [--disable RULE_ID ...] [--write-predictions DIR]

The dataset folder holds ``html/<id>.html.gz`` and ``ground-truth.json`` (ScrapingHub format).
Every page is read and decompressed before timing starts; each system then gets the page as a
str. Systems: newsclean (``newsclean.parse(html, url=...)``), ``trafilatura.extract`` with
default settings (title from ``bare_extraction(with_metadata=True)``'s metadata is *not* timed
in the extract column: extract gives no title, so its title column is trafilatura's metadata
title, measured separately and untimed), readability-lxml (``Document.summary`` text,
``short_title``) and the floor, a bare ``lxml.html.document_fromstring``. It prints shingle F1,
precision, recall, title exact-match and pages/s (one core). Scores use the metric of
shared/tools/score.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
import trafilatura
from readability import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _metric import load_truth, score

import newsclean

Extractor = Callable[[str, str | None], tuple[str, str | None]]


def newsclean_with(options: newsclean.Options) -> Extractor:
    """newsclean with these options (``--disable`` switches rules off)."""

    def run(html: str, url: str | None) -> tuple[str, str | None]:
        article = newsclean.parse(html, url=url, kind="html", options=options)
        return "\n".join(article.paragraphs), article.title

    return run


def run_trafilatura(html: str, url: str | None) -> tuple[str, str | None]:
    return trafilatura.extract(html, url=url) or "", None


def trafilatura_title(html: str, url: str | None) -> str | None:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, fast=True)
    return getattr(doc, "title", None)


def run_readability(html: str, url: str | None) -> tuple[str, str | None]:
    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    blocks = [" ".join(e.text_content().split()) for e in tree.iter("p", "h1", "h2", "h3", "li")]
    body = "\n".join(b for b in blocks if b) or " ".join(tree.text_content().split())
    return body, doc.short_title()


def run_lxml(html: str, url: str | None) -> tuple[str, str | None]:
    lxml.html.document_fromstring(html)
    return "", None


SYSTEMS: dict[str, Extractor] = {
    "newsclean": newsclean_with(newsclean.Options()),
    "trafilatura.extract": run_trafilatura,
    "readability-lxml": run_readability,
    "lxml parse (floor)": run_lxml,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    ap.add_argument("--system", action="append", choices=sorted(SYSTEMS))
    ap.add_argument("--write-predictions", type=Path, metavar="DIR")
    ap.add_argument("--disable", action="append", default=[], help="newsclean rule or pass id")
    args = ap.parse_args(argv)
    systems = {
        **SYSTEMS,
        "newsclean": newsclean_with(newsclean.Options(disable=frozenset(args.disable))),
    }
    logging.disable(logging.CRITICAL)  # trafilatura and readability log every odd page
    truth = load_truth(args.dataset)
    ids = sorted(truth)[: args.limit] if args.limit else sorted(truth)
    truth = {pid: truth[pid] for pid in ids}
    pages = {}
    for pid in ids:
        with gzip.open(args.dataset / "html" / f"{pid}.html.gz", "rt", encoding="utf-8") as f:
            pages[pid] = f.read()
    print(f"{len(pages)} pages of {args.dataset}")
    print("| system | F1 | precision | recall | title exact | pages/s |")
    print("|---|---|---|---|---|---|")
    for name in args.system or list(SYSTEMS):
        extract = systems[name]
        preds: dict[str, dict[str, object]] = {}
        start = time.perf_counter()
        for pid, html in pages.items():
            url = truth[pid].get("url")
            body, title = extract(html, url if isinstance(url, str) else None)
            preds[pid] = {"articleBody": body, "title": title}
        elapsed = time.perf_counter() - start
        if name == "trafilatura.extract":
            for pid, html in pages.items():
                url = truth[pid].get("url")
                preds[pid]["title"] = trafilatura_title(html, url if isinstance(url, str) else None)
        s = score(truth, preds)
        quality = (
            "| - | - | - | - "
            if name.startswith("lxml")
            else f"| {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} "
            f"| {s['title_exact']:.3f} "
        )
        print(f"| {name} {quality}| {len(pages) / elapsed:.1f} |", flush=True)
        if args.write_predictions:
            args.write_predictions.mkdir(parents=True, exist_ok=True)
            out = args.write_predictions / f"{name.split()[0]}.json"
            out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
