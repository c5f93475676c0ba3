#!/usr/bin/env python3
"""Metadata scoring against the hand labels in ``<corpus>/<dataset>/meta.jsonl``.

Shared by `benchmarks/run.py` (the metadata table) and `tests/test_corpus_metadata.py` (floors),
so a reported number and an asserted floor are the same measure. How a field is compared (see the
corpus README): text after Unicode NFKC and whitespace removal, exact; ``published`` on the same
day, and to the minute where the label prints a time; ``authors`` as a set (precision, recall, F1).
Every field is also scored the other way: a value where the label has none (null or ``[]``) is a
false positive.

    python benchmarks/meta_scoring.py [--corpus PATH] [--datasets D ...] [--field F] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from scoring import Page, corpus_root, list_datasets, load_corpus, use_working_tree

#: Scored fields, in report order. ``published`` is scored twice: to the day, and to the minute.
FIELDS = ("title", "day", "minute", "authors", "source", "editor", "breadcrumbs", "subtitle")
LABEL_FILE = "meta.jsonl"

Fields = dict[str, Any]
"""One page's metadata as plain values: ``title``, ``subtitle``, ``published`` (ISO text or None),
``authors``, ``source``, ``editor``, ``breadcrumbs``."""


@dataclass(frozen=True)
class Verdict:
    """One field of one page: `labelled` when the label has a value; `score` in 0..1 for labelled
    pages (authors: set F1); `false_positive` when the label has none and the output has one."""

    labelled: bool
    score: float
    false_positive: bool


@dataclass(frozen=True)
class FieldScore:
    """A field over a set of pages: mean score over the labelled ones, false-positive rate over the rest."""

    labelled: int
    score: float
    unlabelled: int
    false_positives: int

    @property
    def fp_rate(self) -> float:
        return self.false_positives / self.unlabelled if self.unlabelled else float("nan")


def norm(text: str | None) -> str:
    """NFKC, whitespace removed: how text fields are compared."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def load_labels(root: Path, dataset: str) -> dict[str, dict]:
    """The labels of one dataset by page id ({} when the dataset has no meta.jsonl)."""
    path = root / dataset / LABEL_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: row for row in rows}


def labelled_pages(root: Path, datasets: Iterable[str]) -> list[tuple[Page, dict]]:
    """Every page that has a label, with it, in truth.jsonl order."""
    out = []
    for dataset in datasets:
        labels = load_labels(root, dataset)
        if labels:
            out += [(page, labels[page.id]) for page in load_corpus(root, [dataset]) if page.id in labels]
    return out


def article_fields(article: Any) -> Fields:
    """An `Article` (or anything with its attributes) as the plain values scored here."""
    published = article.published
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "published": published.isoformat() if isinstance(published, (date, datetime)) else published,
        "authors": list(article.authors or []),
        "source": article.source,
        "editor": article.editor,
        "breadcrumbs": list(article.breadcrumbs or []),
    }


def judge(field: str, label: dict, got: Fields) -> Verdict:
    """Compare one field of one page with its label."""
    if field in ("day", "minute"):
        expected, found = label.get("published"), got.get("published")
        if field == "minute" and expected and "T" not in expected:
            return Verdict(False, 0.0, False)  # the page prints only a day: nothing to say about a minute
        width = 10 if field == "day" else 16
        return _verdict(expected, found, lambda: float(found[:width] == expected[:width]))
    if field == "authors":
        expected_set = {norm(name) for name in label.get("authors") or []}
        found_set = {norm(name) for name in got.get("authors") or []} - {""}
        return _verdict(expected_set, found_set, lambda: set_f1(expected_set, found_set)[2])
    if field == "breadcrumbs":
        expected_list = [norm(item) for item in label.get("breadcrumbs") or []]
        found_list = [norm(item) for item in got.get("breadcrumbs") or []]
        return _verdict(expected_list, found_list, lambda: float(expected_list == found_list))
    expected_text, found_text = norm(label.get(field)), norm(got.get(field))
    return _verdict(expected_text, found_text, lambda: float(expected_text == found_text))


def _verdict(expected: Any, found: Any, score: Callable[[], float]) -> Verdict:
    if not expected:
        return Verdict(False, 0.0, bool(found))
    return Verdict(True, score() if found else 0.0, False)


def set_f1(expected: set[str], found: set[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of a set of names."""
    hits = len(expected & found)
    if not hits:
        return 0.0, 0.0, 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return precision, recall, 2 * precision * recall / (precision + recall)


def field_scores(pairs: Sequence[tuple[dict, Fields]], fields: Sequence[str] = FIELDS) -> dict[str, FieldScore]:
    """Per field, over (label, output) pairs."""
    out = {}
    for field in fields:
        verdicts = [judge(field, label, got) for label, got in pairs]
        labelled = [v.score for v in verdicts if v.labelled]
        unlabelled = [v for v in verdicts if not v.labelled and field != "minute"]
        out[field] = FieldScore(
            len(labelled),
            sum(labelled) / len(labelled) if labelled else float("nan"),
            len(unlabelled),
            sum(v.false_positive for v in unlabelled),
        )
    return out


def extract_fields(pages: Sequence[tuple[Page, dict]]) -> list[Fields]:
    """articlextract's metadata for each page (the working tree's code)."""
    use_working_tree()
    import articlextract

    return [article_fields(articlextract.extract(page.raw, page.url)) for page, _ in pages]


def trafilatura_fields(pages: Sequence[tuple[Page, dict]]) -> list[Fields] | None:
    """trafilatura's title, date and authors for each page (None when it is not installed)."""
    try:
        import logging

        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    out = []
    for page, _ in pages:
        found = trafilatura.extract_metadata(page.raw, default_url=page.url)
        authors = [name.strip() for name in (found.author or "").split(";") if name.strip()] if found else []
        out.append({"title": found and found.title, "published": found and found.date, "authors": authors})
    return out


#: What trafilatura reports of these: its date is a day, never a time.
TRAFILATURA_FIELDS = ("title", "day", "authors")


def table(by_dataset: dict[str, dict[str, dict[str, FieldScore]]]) -> list[str]:
    """Markdown rows: dataset × extractor, each field as ``score (n)`` and its false-positive rate."""
    header = ["dataset", "extractor", *(f for f in FIELDS), *(f"FP {f}" for f in FIELDS if f != "minute")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for dataset, extractors in by_dataset.items():
        for name, scores in extractors.items():
            cells = [dataset, name]
            cells += [_cell(scores[f]) if f in scores else "–" for f in FIELDS]
            cells += [_rate(scores[f]) if f in scores else "–" for f in FIELDS if f != "minute"]
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell(score: FieldScore) -> str:
    return "–" if not score.labelled else f"{score.score:.3f} ({score.labelled})"


def _rate(score: FieldScore) -> str:
    return "–" if not score.unlabelled else f"{100 * score.fp_rate:.0f}% ({score.false_positives}/{score.unlabelled})"


def report(root: Path, datasets: Sequence[str], *, peers: bool = True) -> list[str]:
    """The metadata section of the benchmark report (empty when no dataset has labels)."""
    by_dataset: dict[str, dict[str, dict[str, FieldScore]]] = {}
    for dataset in datasets:
        pages = labelled_pages(root, [dataset])
        if not pages:
            continue
        labels = [label for _, label in pages]
        rows = {"articlextract": field_scores(list(zip(labels, extract_fields(pages), strict=True)))}
        theirs = trafilatura_fields(pages) if peers else None
        if theirs is not None:
            rows["trafilatura"] = field_scores(list(zip(labels, theirs, strict=True)), TRAFILATURA_FIELDS)
        by_dataset[f"{dataset} ({len(pages)})"] = rows
    if not by_dataset:
        return []
    return [
        "## Metadata",
        "",
        "Per field: the mean score over pages whose label has a value (exact after NFKC and whitespace "
        "removal; published to the day, and to the minute on pages that print a time; authors set F1), with "
        "that page count; FP: share of pages whose label has no value where the output has one. "
        "Details: `python benchmarks/meta_scoring.py --show-misses`.",
        "",
        *table(by_dataset),
        "",
    ]


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus root (default: $ARTICLEXTRACT_CORPUS or ../shared/corpus)")
    parser.add_argument("--datasets", nargs="+", help="dataset folders (default: all with a meta.jsonl)")
    parser.add_argument("--field", choices=FIELDS, help="only this field")
    parser.add_argument("--show-misses", action="store_true", help="list every page where a field is wrong")
    parser.add_argument("--peers", action="store_true", help="also score trafilatura's title, date and authors")
    args = parser.parse_args(argv)
    root = corpus_root(args.corpus)
    datasets = args.datasets or list_datasets(root)
    fields = [args.field] if args.field else list(FIELDS)
    if not args.show_misses:
        print("\n".join(report(root, datasets, peers=args.peers)))
        return 0
    for dataset in datasets:
        pages = labelled_pages(root, [dataset])
        for (page, label), got in zip(pages, extract_fields(pages), strict=True):
            for field in fields:
                verdict = judge(field, label, got)
                if verdict.false_positive or (verdict.labelled and verdict.score < 1):
                    name = "published" if field in ("day", "minute") else field
                    kind = "FP  " if verdict.false_positive else "MISS"
                    print(
                        f"{kind} {field:11} {dataset}/{page.id[:12]}  want {_show(label.get(name))}  "
                        f"got {_show(got.get(name))}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
