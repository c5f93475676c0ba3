#!/usr/bin/env python3
"""Show one corpus page's extracted paragraphs aligned with the reference body, to study a failure.

    python benchmarks/show.py ID [--corpus PATH] [--extractor NAME] [--favor F] [--width N] [--diff]

ID may be any unique prefix of a page id (as printed by ``run.py --worst``). Markers:

    (none) the same paragraph on both sides      -     in the truth, missing from the output
    ≈      on both sides, split or merged apart   +     in the output, not in the truth
    -~NN   truth paragraph, NN% of it in output   +~NN  output paragraph, NN% of it in truth
    -· +·  on one side only, but without tokens, so it does not count in the score
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence

from scoring import (
    SHINGLE_SIZE,
    Shingles,
    corpus_root,
    find_page,
    score,
    shingles,
    tokenize,
    truth_paragraphs,
    use_working_tree,
)

_COLORS = {"-": "\033[31m", "+": "\033[32m"}
_RESET = "\033[0m"


def coverage(paragraph: str, other: Shingles, other_key: str) -> float | None:
    """Share of the paragraph's shingles (as a multiset) that the other side also has.

    A paragraph under 4 tokens is one whole-tuple shingle that can't match the other side's
    4-shingles, so it counts as covered when its tokens occur there in a row. ``None``: the
    paragraph has no tokens, so it does not count in the score either way.
    """
    tokens = tokenize(paragraph)
    if not tokens:
        return None
    if len(tokens) < SHINGLE_SIZE:
        return 1.0 if f" {' '.join(tokens)} " in other_key else 0.0
    own = shingles(paragraph)
    return sum((own & other).values()) / sum(own.values())


def extract_paragraphs(name: str, raw: bytes, url: str | None, favor: str) -> tuple[str | None, list[str]]:
    """(title, paragraphs) from the chosen extractor; peers' text is split at line breaks."""
    if name == "articlextract":
        use_working_tree()
        import articlextract

        article = articlextract.extract(raw, url, options=articlextract.Options(favor=favor))
        return article.title, list(article.paragraphs)
    import run  # the peers exactly as the benchmark runs them

    loaders = {"trafilatura": run._trafilatura, "readability": run._readability}
    peers = {e.name: e for e in loaders[name.split("-")[0]]()}
    text = peers[name].run(raw, url) or ""
    return None, [line.strip() for line in text.splitlines() if line.strip()]


def _key(text: str) -> str:
    """Paragraph identity for alignment: its scoring tokens (case, punctuation, spacing ignored)."""
    return " ".join(tokenize(text))


def align(truth: Sequence[str], output: Sequence[str]) -> list[tuple[str, str]]:
    """(marker, paragraph) in reading order, matching paragraphs by their token sequence."""
    truth_text, output_text = "\n".join(truth), "\n".join(output)
    sides = {
        "-": (shingles(output_text), f" {_key(output_text)} "),  # truth paragraphs vs output
        "+": (shingles(truth_text), f" {_key(truth_text)} "),  # output paragraphs vs truth
    }
    matcher = difflib.SequenceMatcher(None, [_key(t) for t in truth], [_key(o) for o in output], autojunk=False)
    lines: list[tuple[str, str]] = []
    for op, t0, t1, o0, o1 in matcher.get_opcodes():
        if op == "equal":
            lines += [("", p) for p in truth[t0:t1]]
            continue
        for side, paragraphs in (("-", truth[t0:t1]), ("+", output[o0:o1])):
            for p in paragraphs:
                share = coverage(p, *sides[side])
                if share is None:
                    marker = side + "·"
                elif share >= 0.95:
                    marker = "≈"
                elif share <= 0.05:
                    marker = side
                else:
                    marker = f"{side}~{min(round(share * 100), 94):02d}"
                lines.append((marker, p))
    return lines


def _print(lines: list[tuple[str, str]], diff: bool, width: int) -> None:
    color = sys.stdout.isatty()
    for marker, paragraph in lines:
        if diff and marker in ("", "≈"):
            continue
        if width and len(paragraph) > width:
            paragraph = paragraph[: width - 1] + "…"
        line = f"{marker:<4} {paragraph}"
        code = _COLORS.get(marker[:1])
        print(f"{code}{line}{_RESET}" if color and code else line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id", help="page id or a unique prefix of it")
    parser.add_argument("--corpus", help="corpus root (default: $ARTICLEXTRACT_CORPUS or ../shared/corpus)")
    parser.add_argument(
        "--extractor",
        default="articlextract",
        choices=("articlextract", "trafilatura", "trafilatura-precision", "readability"),
    )
    parser.add_argument("--favor", default="balanced", choices=("balanced", "precision", "recall"))
    parser.add_argument("--width", type=int, default=0, help="cut each paragraph to N characters")
    parser.add_argument("--diff", action="store_true", help="hide paragraphs that match exactly")
    args = parser.parse_args(argv)

    try:
        page = find_page(corpus_root(args.corpus), args.id)
    except (KeyError, FileNotFoundError) as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return 2
    title, output = extract_paragraphs(args.extractor, page.raw, page.url, args.favor)
    truth = truth_paragraphs(page.truth)
    result = score("\n\n".join(output), page.truth)

    print(f"{page.dataset}/{page.id}  lang={page.lang}  {len(page.raw):,} bytes")
    print(f"url:   {page.url}")
    if args.extractor == "articlextract":
        print(f"title: {title}")
    print(
        f"{args.extractor}: F1 {result.f1:.3f}  P {result.precision:.3f}  R {result.recall:.3f}  — "
        f"output {len(output)} paragraphs / {sum(map(len, output)):,} chars, "
        f"truth {len(truth)} paragraphs / {sum(map(len, truth)):,} chars"
    )
    print("markers: none/≈ on both sides · - missing · + extra · ~NN partial · · has no tokens")
    print()
    try:
        _print(align(truth, output), args.diff, args.width)
    except BrokenPipeError:  # `show.py ID | head` is normal use
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
