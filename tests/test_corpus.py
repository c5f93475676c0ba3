"""Corpus-level guards: mean body F1 per dataset stays above a floor, and no real page raises.

Unit tests can't see a quality regression that shaves a few points off hundreds of real pages;
these can. The scorer is the benchmark's own (benchmarks/scoring.py), so the floors here and the
numbers in a benchmark report are the same measure.

The corpus is found via $ARTICLEXTRACT_CORPUS, else ../shared/corpus next to the repo. Without it
the tests skip locally but fail under CI (where a missing corpus would silently hide regressions).
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scoring import Page, Score, corpus_root, list_datasets, load_corpus, mean_score, score

import articlextract

# Mean F1 each dataset must reach; tune to just under what the extractor achieves.
F1_FLOORS: dict[str, float] = {
    "scrapinghub": 0.970,
    "magic_html": 0.925,
}
#: Chinese portal pages are what we promise most on: their mean F1 has a floor of its own.
CHINESE_F1_FLOOR = 0.955


@dataclass
class Outcome:
    page: Page
    score: Score
    error: str | None


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    """Extract every corpus page once; both tests share the (~15 s) pass."""
    root = corpus_root()
    if not root.is_dir() or not list_datasets(root):
        reason = f"corpus not found at {root} (set ARTICLEXTRACT_CORPUS to its folder)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the corpus tests")
        pytest.skip(reason)
    results = []
    for page in load_corpus(root):
        try:
            text = articlextract.extract(page.raw, page.url).text
        except Exception:
            results.append(Outcome(page, score(None, page.truth), traceback.format_exc()))
        else:
            results.append(Outcome(page, score(text, page.truth), None))
    return results


def test_extraction_never_raises_on_corpus(outcomes: list[Outcome]) -> None:
    failed = [o for o in outcomes if o.error]
    if failed:
        ids = ", ".join(f"{o.page.dataset}/{o.page.id[:16]}" for o in failed)
        pytest.fail(f"extract() raised on {len(failed)} pages: {ids}\n\nfirst:\n{failed[0].error}")


@pytest.mark.parametrize("dataset", sorted(F1_FLOORS))
def test_mean_f1_above_floor(dataset: str, outcomes: list[Outcome], capsys: pytest.CaptureFixture[str]) -> None:
    mine = [o for o in outcomes if o.page.dataset == dataset]
    if not mine:
        pytest.skip(f"dataset {dataset!r} not in this corpus")
    overall = mean_score([o.score for o in mine])
    langs = sorted({o.page.lang for o in mine})
    by_lang = {lang: mean_score([o.score for o in mine if o.page.lang == lang]).f1 for lang in langs}
    detail = ", ".join(f"{lang} {f1:.3f}" for lang, f1 in by_lang.items())
    with capsys.disabled():  # shown in every run, so floors can be tuned from CI logs
        print(
            f"\n[corpus] {dataset}: {len(mine)} pages, mean F1 {overall.f1:.3f} "
            f"(P {overall.precision:.3f}, R {overall.recall:.3f}; {detail}), "
            f"floor {F1_FLOORS[dataset]:.3f}"
        )
    assert overall.f1 >= F1_FLOORS[dataset], (
        f"{dataset}: mean F1 {overall.f1:.4f} fell below the floor {F1_FLOORS[dataset]}"
    )


def test_mean_f1_on_chinese_pages_above_floor(outcomes: list[Outcome], capsys: pytest.CaptureFixture[str]) -> None:
    chinese = [o for o in outcomes if o.page.lang == "zh"]
    if not chinese:
        pytest.skip("no Chinese pages in this corpus")
    overall = mean_score([o.score for o in chinese])
    with capsys.disabled():
        print(f"\n[corpus] Chinese: {len(chinese)} pages, mean F1 {overall.f1:.3f}, floor {CHINESE_F1_FLOOR:.3f}")
    assert overall.f1 >= CHINESE_F1_FLOOR, f"Chinese pages: mean F1 {overall.f1:.4f} below {CHINESE_F1_FLOOR}"
