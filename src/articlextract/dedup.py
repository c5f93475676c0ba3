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
from collections import Counter

from .lexicon import CAPTION_LINE
from .options import Options

_NOT_LETTERS = re.compile(r"[\W_]+")
_LEAD_LABEL = re.compile(r"^\W*(?:摘要|内容提要|提要|导读|核心提示|编者按|summary)\s*[:：]\s*", re.I)
_SHINGLE_CHARS = 5
_CAPTION_TAIL_CHARS = 80  # a photo credit ends a caption


def remove_duplicates(
    paragraphs: list[str], options: Options, protected: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """Return (kept paragraphs, dropped repeats); paragraphs in `protected` (code) are never dropped."""
    keys = [_normalise(p) for p in paragraphs]
    dropped: set[int] = set()
    first_seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        paragraph = paragraphs[index]
        if len(key) < options.min_duplicate_chars or paragraph in protected or CAPTION_LINE.search(paragraph[-_CAPTION_TAIL_CHARS:]):
            continue
        if key in first_seen:
            dropped.add(index)
        else:
            first_seen[key] = index
    long_enough = [i for i in sorted(first_seen.values()) if len(keys[i]) >= 2 * options.min_duplicate_chars]
    for earlier, later in _similar_pairs(keys, long_enough, options.near_duplicate_threshold):
        if earlier not in dropped and later not in dropped:
            dropped.add(later if len(keys[later]) <= len(keys[earlier]) else earlier)
    kept = [p for i, p in enumerate(paragraphs) if i not in dropped]
    return kept, [paragraphs[i] for i in sorted(dropped)]


def _similar_pairs(keys: list[str], indexes: list[int], threshold: float) -> list[tuple[int, int]]:
    """Pairs (earlier, later) whose shingle overlap reaches `threshold`.

    Shingles are runs of characters of the normalised text: cheap to build, and for CJK text (one
    character, one word) the same thing as word shingles. Each shingle is credited to the first
    paragraph that had it, so the whole search runs in C-level set and dict operations.
    """
    first_owner: dict[str, int] = {}
    sizes: dict[int, int] = {}
    pairs: list[tuple[int, int]] = []
    for index in indexes:
        key = keys[index]
        shingles = {key[i : i + _SHINGLE_CHARS] for i in range(len(key) - _SHINGLE_CHARS + 1)}
        sizes[index] = len(shingles)
        shared = Counter(map(first_owner.get, shingles))
        shared.pop(None, None)
        pairs.extend(
            (earlier, index)
            for earlier, count in shared.items()
            if count / min(sizes[earlier], len(shingles)) >= threshold
        )
        for shingle in shingles:
            first_owner.setdefault(shingle, index)
    return pairs


def _normalise(paragraph: str) -> str:
    text = unicodedata.normalize("NFKC", _LEAD_LABEL.sub("", paragraph))
    return _NOT_LETTERS.sub("", text).lower()
