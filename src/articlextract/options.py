"""All knobs of the pipeline in one immutable place, so a run can never change them in flight."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .decode import normalize_encoding
from .rules import Rules

Favor = Literal["balanced", "precision", "recall"]


@dataclass(frozen=True)
class Options:
    """Settings for `extract()`; the defaults are tuned for body F1 on real news pages.

    Attributes:
        favor: ``"precision"`` keeps only blocks that clearly belong to the article (good for
            reading), ``"recall"`` keeps doubtful blocks and image captions too (good for building a
            corpus), ``"balanced"`` is tuned for F1.
        encoding: the caller's charset (e.g. from an HTTP ``Content-Type``); it outranks the
            page's own declaration but is still checked by decoding.
        max_input_bytes: inputs larger than this raise `InputTooLargeError` instead of being
            parsed; ``None`` lifts the cap.
        include_captions: keep image captions (``<figcaption>``) in the body; off by default,
            since a caption describes a picture the text does not show.
        dedup: remove repeated and near-repeated paragraphs.
        near_duplicate_threshold: shingle similarity (0–1) above which a paragraph counts as a
            near repeat of an earlier one.
        min_duplicate_chars: paragraphs shorter than this are never dropped as repeats, so short
            refrains, captions and repeated interview questions survive.
        links: keep the body's inline links (absolute http(s) addresses) in `Article.blocks`, and so
            in the Markdown and HTML renderings; off by default, blocks then carry plain text.
        rules: per-site XPaths for the body, boxes to drop and fields (docs/rules.md); a page no site
            matches is extracted as without them.
    """

    favor: Favor = "balanced"
    encoding: str | None = None
    max_input_bytes: int | None = 20 * 1024 * 1024
    include_captions: bool = False
    dedup: bool = True
    near_duplicate_threshold: float = 0.8
    min_duplicate_chars: int = 20
    links: bool = False
    rules: Rules | None = None

    def __post_init__(self) -> None:
        if self.favor not in ("balanced", "precision", "recall"):
            raise ValueError(f"favor must be 'balanced', 'precision' or 'recall', not {self.favor!r}")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ValueError("near_duplicate_threshold must be in (0, 1]")
        if self.max_input_bytes is not None and self.max_input_bytes <= 0:
            raise ValueError("max_input_bytes must be positive or None")
        if self.encoding is not None and normalize_encoding(self.encoding) is None:
            raise ValueError(f"unknown encoding {self.encoding!r}: give a charset label such as 'gbk' or 'utf-8'")
        if self.rules is not None and not isinstance(self.rules, Rules):
            raise TypeError(f"rules must be an articlextract.Rules or None, not {type(self.rules).__name__}")
