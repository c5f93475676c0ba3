"""The one scorer and corpus loader shared by the benchmarks and the corpus tests.

Kept in a single module so that the numbers in a benchmark report and the floors asserted by
`tests/test_corpus.py` can never drift apart. Scoring (must not change without re-tuning floors):

* tokens: every CJK character (Han, kana, hangul) is one token; other text gives lowercased
  ``\\w+`` runs;
* shingles: 4 consecutive tokens, counted as a multiset; a text of 1–3 tokens is one shingle;
* precision = |overlap| / |predicted|, recall = |overlap| / |truth|, F1 per page, then the mean.
  No output scores 0; empty output for an empty truth scores 1.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

SHINGLE_SIZE = 4
CORPUS_ENV = "ARTICLEXTRACT_CORPUS"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
#: Hand-written pages of CMS templates (tests/templates/README.md), scored as one more dataset.
TEMPLATES_DATASET = "templates"
DEFAULT_TEMPLATES = REPO_ROOT / "tests" / "templates"

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
# One CJK character, or a run of word characters that are not CJK.
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")

Shingles = Counter[tuple[str, ...]]


class Score(NamedTuple):
    """Per-page precision, recall and F1 (all in 0..1)."""

    precision: float
    recall: float
    f1: float


class Page(NamedTuple):
    """One corpus page, fully in memory so timings never include disk or gzip work."""

    dataset: str
    id: str
    lang: str
    url: str | None
    raw: bytes
    truth: str


def tokenize(text: str) -> list[str]:
    """Split text into scoring tokens: single CJK characters and lowercased ``\\w+`` runs."""
    return [token.lower() for token in _TOKEN.findall(text)]


def shingles(text: str, size: int = SHINGLE_SIZE) -> Shingles:
    """Multiset of `size`-token shingles; a short non-empty text is one whole-tuple shingle."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def score_shingles(predicted: Shingles, truth: Shingles) -> Score:
    """Score two shingle multisets; split out so callers can reuse pre-computed truth shingles."""
    if not predicted and not truth:
        return Score(1.0, 1.0, 1.0)
    if not predicted or not truth:
        return Score(0.0, 0.0, 0.0)
    overlap = sum((predicted & truth).values())
    if overlap == 0:
        return Score(0.0, 0.0, 0.0)
    precision = overlap / sum(predicted.values())
    recall = overlap / sum(truth.values())
    return Score(precision, recall, 2 * precision * recall / (precision + recall))


def score(predicted: str | None, truth: str) -> Score:
    """Score one page's extracted text against its reference body (``None`` = no output)."""
    return score_shingles(shingles(predicted or ""), shingles(truth))


def is_empty_miss(predicted: str | None, truth: str) -> bool:
    """No output tokens for a page whose reference body has some: the extractor found nothing at all."""
    return bool(_TOKEN.search(truth)) and not _TOKEN.search(predicted or "")


def mean_score(scores: Sequence[Score]) -> Score:
    """Macro average over pages, as reported everywhere (each page weighs the same)."""
    if not scores:
        return Score(float("nan"), float("nan"), float("nan"))
    n = len(scores)
    return Score(
        sum(s.precision for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.f1 for s in scores) / n,
    )


def corpus_root(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the corpus is: an explicit path, else ``$ARTICLEXTRACT_CORPUS``, else ../shared/corpus.

    The path may not exist; callers decide whether that is a skip or an error.
    """
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(CORPUS_ENV)
    return Path(from_env) if from_env else DEFAULT_CORPUS


def list_datasets(root: Path) -> list[str]:
    """Dataset folder names under `root` (those holding a truth.jsonl), sorted."""
    return sorted(p.parent.name for p in root.glob("*/truth.jsonl"))


def load_corpus(root: str | os.PathLike[str], datasets: Iterable[str] | None = None) -> Iterator[Page]:
    """Yield every page as (dataset, id, lang, url, raw_bytes, truth_body), in truth.jsonl order.

    Raw bytes are the decompressed saved page, exactly as served, so decoding is part of what
    an extractor is measured on.
    """
    for name, folder, row in _truth_rows(Path(root), datasets):
        yield _page(name, folder, row)


def find_page(root: Path, page_id: str, datasets: Iterable[str] | None = None) -> Page:
    """The page whose id starts with `page_id` (a unique prefix is enough, as with git hashes)."""
    matches = [m for m in _truth_rows(root, datasets) if m[2]["id"].startswith(page_id)]
    if not matches:
        raise KeyError(f"no page with id starting {page_id!r} under {root}")
    if len(matches) > 1:
        ids = ", ".join(f"{name}/{row['id'][:16]}" for name, _, row in matches[:5])
        raise KeyError(f"id prefix {page_id!r} is ambiguous: {ids}")
    return _page(*matches[0])


def _truth_rows(root: Path, datasets: Iterable[str] | None) -> Iterator[tuple[str, Path, dict]]:
    names = list(datasets) if datasets is not None else list_datasets(root)
    for name in names:
        truth_file = root / name / "truth.jsonl"
        if not truth_file.is_file():
            raise FileNotFoundError(f"no dataset {name!r} under {root} (missing {truth_file})")
        with truth_file.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield name, root / name, json.loads(line)


def _page(name: str, folder: Path, row: dict) -> Page:
    raw = gzip.decompress((folder / "pages" / f"{row['id']}.html.gz").read_bytes())
    return Page(name, row["id"], row.get("lang", "en"), row.get("url"), raw, row["body"])


def load_templates(root: str | os.PathLike[str] = DEFAULT_TEMPLATES) -> Iterator[Page]:
    """Yield each template fixture (``<slug>/page.html`` + ``expected.json``) as a `Page` of the
    ``templates`` dataset, sorted by slug: its reference is the expected body, paragraphs separated by a
    blank line, and its language ``zh`` when that body holds CJK characters."""
    for expected_file in sorted(Path(root).glob("*/expected.json")):
        folder = expected_file.parent
        body = "\n\n".join(json.loads(expected_file.read_text(encoding="utf-8"))["body"])
        lang = "zh" if re.search(f"[{_CJK}]", body) else "en"
        yield Page(TEMPLATES_DATASET, folder.name, lang, None, (folder / "page.html").read_bytes(), body)


def truth_paragraphs(body: str) -> list[str]:
    """Reference paragraphs: truth bodies separate them by one or more newlines."""
    return [line.strip() for line in body.splitlines() if line.strip()]


def use_working_tree() -> None:
    """Put the repo's ``src/`` first on sys.path: measure the working tree, not a stale install."""
    src = str(REPO_ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
