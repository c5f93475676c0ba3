"""Remove paragraphs printed twice — exactly or nearly — while keeping legitimate repetition.

The rule:

* Paragraphs are compared after normalisation (NFKC folds full-width forms; whitespace and
  punctuation are ignored), so ``“1+3+N”`` and ``"1+3+N"`` are the same text.
* A paragraph is dropped only if it has at least ``Options.min_duplicate_chars`` letters: short
  refrains, repeated interview questions and identical captions stay.
* Exact repeats: the first occurrence stays, later ones go — unless the text is printed at least
  three times: a glitch prints a paragraph twice, while an article's own template repeats a line
  for each of its items (the question put to every interviewee, a meal plan's "Eat every 2–3
  hours" under each meal, a product's feature under each model), and all of them stay. A copy right
  after itself always goes: the template puts each item's own text between its copies, while a
  carousel prints its title once per slide, one after another.
* Near repeats (shingle similarity ≥ ``Options.near_duplicate_threshold``, e.g. a lead/summary box
  that restates a body paragraph, or a CMS glitch pasting an edited copy) are looked for among
  paragraphs of at least 100 letters that share their opening or their ending; the longer
  version stays, at its own position. Shorter paragraphs that differ in a word or a number
  ("Step 1 …", "Step 2 …") are a list, not a glitch.
* Preformatted blocks (code) and image captions (a line that ends with a photo credit, such as
  ``新华社记者 李梦馨 摄``) are never dropped: two photos may carry the same caption, and repeated
  code lines are meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .blocks import ends_with_photo_credit
from .options import Options

_LETTERS = re.compile(r"[^\W_]+")
_LEAD_LABEL = re.compile(r"^\W*(?:摘要|内容提要|提要|导读|核心提示|编者按|summary)\s*[:：]\s*", re.I)
_SHINGLE_CHARS = 5
_EDGE_CHARS = 12
#: Near repeats are looked for only among paragraphs this long: short paragraphs that differ in a
#: word or a number ("Step 1 …", "Step 2 …", schedule lines) are a list, not a glitch.
_MIN_NEAR_DUPLICATE_CHARS = 100
_MAX_EDGE_MATCHES = 8
#: A text printed this many times is a line of the article's own template, not a glitch.
_MIN_TEMPLATE_REPEATS = 3
#: ASCII bytes that are neither letters nor digits, and the table that lower-cases the rest: `_normalise`'s
#: single C-level pass over an ASCII paragraph.
_ASCII_NOT_ALNUM = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
#: Full-width punctuation and the ellipsis, which make almost every Chinese paragraph fail the NFKC quick check,
#: with their decompositions (ASCII): replacing one by the other leaves the NFKD, so the NFKC, form of a text as it was.
_COMPATIBILITY_PUNCTUATION = tuple((char, unicodedata.normalize("NFKD", char)) for char in "，：（）；？！…")


def find_duplicates(paragraphs: list[str], options: Options, protected: frozenset[int] = frozenset()) -> list[int]:
    """The indexes of the paragraphs to drop as repeats, in order; those in `protected` (code) are never dropped."""
    keys = [_normalise(p) for p in paragraphs]
    counts = Counter(keys)
    dropped: set[int] = set()
    first_seen: dict[str, int] = {}
    once: list[int] = []  # printed once, long enough for a near repeat: tested as a caption only if compared
    for index, key in enumerate(keys):
        if len(key) < options.min_duplicate_chars or index in protected:
            continue  # short refrains and code repeat legitimately
        if counts[key] == 1:
            if len(key) >= _MIN_NEAR_DUPLICATE_CHARS:
                once.append(index)
            continue  # printed once: no exact repeat to drop
        if ends_with_photo_credit(paragraphs[index]):
            continue  # image captions repeat legitimately
        if index and keys[index - 1] == key:
            dropped.add(index)  # the same text right after itself: a glitch, or a carousel's title once per slide
            continue
        if counts[key] >= _MIN_TEMPLATE_REPEATS:
            continue  # a line of the article's template, repeated for each item
        if key in first_seen:
            dropped.add(index)
        else:
            first_seen[key] = index
    tested = set(first_seen.values())  # (no caption among them)
    long_enough = sorted([*once, *(i for i in tested if len(keys[i]) >= _MIN_NEAR_DUPLICATE_CHARS)])
    compared = [
        index
        for index in _sharing_an_edge(keys, long_enough)
        if index in tested or not ends_with_photo_credit(paragraphs[index])  # image captions repeat legitimately
    ]
    for earlier, later in _similar_pairs(keys, compared, options.near_duplicate_threshold):
        if earlier not in dropped and later not in dropped:
            dropped.add(later if len(keys[later]) <= len(keys[earlier]) else earlier)
    return sorted(dropped)


def _sharing_an_edge(keys: list[str], indexes: list[int]) -> list[int]:
    """The indexes (in order) whose key opens or ends as another one's does: `_similar_pairs` compares no others."""
    openings = Counter(keys[index][:_EDGE_CHARS] for index in indexes)
    endings = Counter(keys[index][-_EDGE_CHARS:] for index in indexes)
    if len(openings) == len(endings) == len(indexes):
        return []  # no two share an edge (most pages)
    return [
        index for index in indexes if openings[keys[index][:_EDGE_CHARS]] > 1 or endings[keys[index][-_EDGE_CHARS:]] > 1
    ]


def _similar_pairs(keys: list[str], indexes: list[int], threshold: float) -> list[tuple[int, int]]:
    """Pairs (earlier, later) whose shingle overlap reaches `threshold`.

    Near repeats in the wild — an edited copy pasted twice, a lead that restates the first
    paragraph — share their opening or their ending, so only pairs that share one of those are
    compared, which keeps the search linear. Shingles are runs of characters of the normalised
    text: for CJK text (one character, one word) the same thing as word shingles.
    """
    by_edge: dict[tuple[bool, str], list[int]] = {}
    shingles: dict[int, set[str]] = {}
    pairs: list[tuple[int, int]] = []
    for index in indexes:
        key = keys[index]
        candidates: set[int] = set()
        for edge in ((True, key[:_EDGE_CHARS]), (False, key[-_EDGE_CHARS:])):
            earlier = by_edge.setdefault(edge, [])
            candidates.update(earlier[-_MAX_EDGE_MATCHES:])
            earlier.append(index)
        for earlier in sorted(candidates):
            for known in (earlier, index):  # each paragraph's shingles are built once, when first compared
                if known not in shingles:
                    shingles[known] = _shingles(keys[known])
            a, b = shingles[earlier], shingles[index]
            if len(a & b) / min(len(a), len(b)) >= threshold:
                pairs.append((earlier, index))
    return pairs


def _shingles(key: str) -> set[str]:
    return {key[i : i + _SHINGLE_CHARS] for i in range(max(1, len(key) - _SHINGLE_CHARS + 1))}


def _normalise(paragraph: str) -> str:
    """The letters and digits of the NFKC form, lower-cased.

    ASCII text is NFKC-normal: one ``bytes.translate`` keeps its letters and digits, lower-cased. Otherwise
    normalising is skipped where the quick check finds the text normal, asked again once the punctuation of
    `_COMPATIBILITY_PUNCTUATION` is ASCII; and the same ``translate`` on the UTF-8 form (whose multi-byte
    characters have no ASCII byte to touch) takes the ASCII non-letters first, at C speed: the letter runs
    left to join are then few, and none in text whose only non-ASCII characters are letters.
    """
    text = _LEAD_LABEL.sub("", paragraph)
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_ALNUM).decode("ascii")
    if not unicodedata.is_normalized("NFKC", text):
        for mark, ascii_form in _COMPATIBILITY_PUNCTUATION:
            if mark in text:
                text = text.replace(mark, ascii_form)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    utf8 = text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER, _ASCII_NOT_ALNUM)
    letters = utf8.decode("utf-8", "surrogatepass")
    return letters.lower() if letters.isalnum() else "".join(_LETTERS.findall(letters)).lower()
