"""The benchmark scorer pins the measure every quality number and floor relies on; guard its rules."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scoring import DEFAULT_TEMPLATES, is_empty_miss, load_templates, mean_score, score, shingles, tokenize


def test_tokens_are_single_cjk_characters_and_lowercased_word_runs() -> None:
    assert tokenize("Hello, World! 新闻报道 カナ 한국 x_2 ÉTÉ") == [
        "hello", "world", "新", "闻", "报", "道", "カ", "ナ", "한", "국", "x_2", "été",
    ]  # fmt: skip


def test_short_text_is_one_whole_shingle_and_long_text_counts_repeats() -> None:
    assert shingles("a b") == Counter({("a", "b"): 1})
    assert shingles("") == Counter()
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_precision_recall_f1_on_multisets() -> None:
    result = score("one two three four five", "two three four five six")
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(0.5)
    # A repeated passage only counts as often as the truth has it.
    doubled = score("w x y z w x y z", "w x y z")
    assert doubled.recall == 1.0
    assert doubled.precision == pytest.approx(1 / 5)


def test_empty_output_scores_zero_unless_truth_is_empty_too() -> None:
    assert score(None, "some real body text here").f1 == 0.0
    assert score("", "some real body text here").f1 == 0.0
    assert score("extra text where none is due", "").f1 == 0.0
    assert score("", "").f1 == 1.0


def test_mean_is_over_pages() -> None:
    assert mean_score([score("a b c d", "a b c d"), score(None, "a b c d")]).f1 == 0.5


def test_an_empty_miss_is_no_token_out_where_the_truth_has_some() -> None:
    assert is_empty_miss(None, "a body")
    assert is_empty_miss(" \n ·— ", "正文")
    assert not is_empty_miss("one word", "a body")
    assert not is_empty_miss("", "")
    assert not is_empty_miss(None, " \n ")


def test_template_fixtures_load_as_one_dataset_with_their_expected_body() -> None:
    pages = list(load_templates(DEFAULT_TEMPLATES))
    assert len(pages) >= 16
    assert {page.dataset for page in pages} == {"templates"}
    assert [page.id for page in pages] == sorted(page.id for page in pages)
    wechat = next(page for page in pages if page.id == "wechat")
    assert wechat.lang == "zh"
    assert wechat.truth.startswith("改造后的东门菜市场入口\n\n早上六点半")
    assert next(page for page in pages if page.id == "blogger").lang == "en"
