"""Corpus-level guards on metadata: per field, the score on the hand-labelled pages stays above a floor
and false positives (a value where the page shows none) stay under a ceiling.

The measure is the benchmark's own (benchmarks/meta_scoring.py). Like tests/test_corpus.py, the
tests skip visibly when the corpus is absent, and fail under CI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from meta_scoring import FieldScore, extract_fields, field_scores, labelled_pages
from scoring import corpus_root

#: Mean score per field each labelled dataset must reach; just under what the extractor achieves.
FLOORS: dict[str, dict[str, float]] = {
    "magic_html": {
        "title": 0.97,
        "day": 0.95,
        "minute": 0.97,
        "authors": 0.95,
        "source": 0.99,
        "editor": 0.99,
        "breadcrumbs": 0.87,
        "subtitle": 0.49,
    },
    "scrapinghub": {
        "title": 0.98,
        "day": 0.99,
        "minute": 0.96,
        "authors": 0.97,
        "source": 0.94,
        "editor": 0.99,
        "breadcrumbs": 0.95,
        "subtitle": 0.91,
    },
}
#: Highest share of unlabelled pages that may get a value, per field.
FP_CEILINGS: dict[str, dict[str, float]] = {
    "magic_html": {"authors": 0.02, "source": 0.0, "editor": 0.0, "breadcrumbs": 0.05, "subtitle": 0.02},
    "scrapinghub": {"authors": 0.04, "source": 0.0, "editor": 0.0, "breadcrumbs": 0.0, "subtitle": 0.02},
}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, FieldScore]]:
    """Extract every labelled page once; every test reads the same scores."""
    root = corpus_root()
    pages = labelled_pages(root, FLOORS) if root.is_dir() else []
    if not pages:
        reason = f"no labelled corpus at {root} (set ARTICLEXTRACT_CORPUS to its folder)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the corpus tests")
        pytest.skip(reason)
    found = extract_fields(pages)
    out = {}
    for dataset in FLOORS:
        pairs = [(label, got) for (page, label), got in zip(pages, found, strict=True) if page.dataset == dataset]
        out[dataset] = field_scores(pairs)
    return out


@pytest.mark.parametrize(("dataset", "field"), [(d, f) for d, floors in FLOORS.items() for f in floors])
def test_field_above_floor(dataset: str, field: str, scores: dict[str, dict[str, FieldScore]]) -> None:
    found = scores[dataset][field]
    assert found.score >= FLOORS[dataset][field], (
        f"{dataset} {field}: {found.score:.3f} on {found.labelled} pages, below the floor {FLOORS[dataset][field]}"
    )


@pytest.mark.parametrize(("dataset", "field"), [(d, f) for d, ceilings in FP_CEILINGS.items() for f in ceilings])
def test_false_positives_under_ceiling(dataset: str, field: str, scores: dict[str, dict[str, FieldScore]]) -> None:
    found = scores[dataset][field]
    assert found.fp_rate <= FP_CEILINGS[dataset][field], (
        f"{dataset} {field}: a value on {found.false_positives} of {found.unlabelled} pages that show none"
    )
