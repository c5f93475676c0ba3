"""Remove paragraphs printed twice — exactly or nearly — while keeping legitimate repetition.

The rule:

* Paragraphs are compared after normalisation (NFKC folds full-width forms; whitespace and
  punctuation are ignored), so ``“1+3+N”`` and ``"1+3+N"`` are the same text.
* A paragraph is dropped only if it has at least ``Options.min_duplicate_chars`` letters: short
  refrains, repeated interview questions and identical captions stay.
* Exact repeats: the first occurrence stays, later ones go.
* Near repeats (shingle similarity ≥ ``Options.near_duplicate_threshold``, e.g. a lead/summary box
  that restates a body paragraph, or a CMS glitch pasting an edited copy): the longer version stays,
  at its own position.
* Preformatted blocks (code) and image captions (a line that ends with a photo credit, such as
  ``新华社记者 李梦馨 摄``) are never dropped: two photos may carry the same caption, and repeated
  code lines are meaningful.
"""

from __future__ import annotations

import re
import unicodedata

from .blocks import TOKEN
from .lexicon import CAPTION_LINE
from .options import Options

_NOT_LETTERS = re.compile(r"[\W_]+")
_LEAD_LABEL = re.compile(r"^\W*(?:摘要|内容提要|提要|导读|核心提示|编者按|summary)\s*[:：]\s*", re.I)
_SHINGLE = 3
_MAX_POSTING = 64


def remove_duplicates(
    paragraphs: list[str], options: Options, protected: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Return (kept paragraphs, dropped repeats); paragraphs in `protected` (code) are never dropped."""
    keys = [_normalise(p) for p in paragraphs]
    dropped: set[int] = set()
    first_seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        paragraph = paragraphs[index]
        if len(key) < options.min_duplicate_chars or paragraph in protected or CAPTION_LINE.search(paragraph):
            continue
        if key in first_seen:
            dropped.add(index)
        else:
            first_seen[key] = index
    long_enough = [i for i in sorted(first_seen.values()) if len(keys[i]) >= 2 * options.min_duplicate_chars]
    for earlier, later in _similar_pairs(paragraphs, long_enough, options.near_duplicate_threshold):
        if earlier not in dropped and later not in dropped:
            dropped.add(later if len(keys[later]) <= len(keys[earlier]) else earlier)
    kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
    return kept, [paragraphs[i] for i in sorted(dropped)]


def _similar_pairs(paragraphs: list[str], indexes: list[int], threshold: float) -> list[tuple[int, int]]:
    """Pairs (earlier, later) whose shingle overlap reaches `threshold`, found through an inverted index."""
    postings: dict[tuple[str, ...], list[int]] = {}
    sizes: dict[int, int] = {}
    pairs: list[tuple[int, int]] = []
    for index in indexes:
        shingles = _shingles(paragraphs[index])
        sizes[index] = len(shingles)
        shared: dict[int, int] = {}
        for shingle in shingles:
            posting = postings.setdefault(shingle, [])
            if len(posting) <= _MAX_POSTING:  # a phrase in every paragraph says nothing about repeats
                for earlier in posting:
                    shared[earlier] = shared.get(earlier, 0) + 1
            posting.append(index)
        pairs.extend(
            (earlier, index)
            for earlier, count in shared.items()
            if count / min(sizes[earlier], len(shingles)) >= threshold
        )
    return pairs


def _normalise(paragraph: str) -> str:
    text = unicodedata.normalize("NFKC", _LEAD_LABEL.sub("", paragraph))
    return _NOT_LETTERS.sub("", text).lower()


def _shingles(paragraph: str) -> set[tuple[str, ...]]:
    tokens = [t.lower() for t in TOKEN.findall(unicodedata.normalize("NFKC", _LEAD_LABEL.sub("", paragraph)))]
    if len(tokens) < _SHINGLE:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}
