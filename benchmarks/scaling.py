#!/usr/bin/env python3
"""Synthetic scaling: does articlextract's cost grow linearly with the size of the article?

A real page's body paragraphs are repeated 1×, 10×, 100× inside their own container, and the
time per input byte of articlextract is compared with a bare lxml parse of the same bytes. Two
kinds of copies: ``exact`` (identical paragraphs, which dedup may drop cheaply) and ``shuffled``
(each copy's words shuffled, so every paragraph is distinct and near-duplicate detection has to
compare them all: the likely place for quadratic cost). A growth exponent near 1 means linear.

    python benchmarks/scaling.py [--page ID ... | --file PATH ...] [--factors 1 10 100]
                                 [--modes exact shuffled] [--repeat 3] [--markdown out.md]
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree
from scoring import Page, corpus_root, find_page, load_corpus, score, use_working_tree

_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


class Timeout(Exception):
    """One call ran past --timeout (a sign of super-linear cost in itself)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Abort the body after `seconds` of wall time (SIGALRM; Unix, main thread)."""

    def _raise(signum: int, frame: Any) -> None:
        raise Timeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def body_container(doc: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, list[Any]]:
    """The element whose direct <p> children hold the most text: the article body, near enough."""
    best: tuple[int, Any, list[Any]] = (0, None, [])
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        paragraphs = [c for c in el if c.tag == "p"]
        size = sum(len(p.text_content().strip()) for p in paragraphs)
        if size > best[0]:
            best = (size, el, paragraphs)
    if best[1] is None:
        raise ValueError("page has no <p> paragraphs to repeat")
    return best[1], best[2]


def _shuffle_text(text: str | None, rng: random.Random) -> str | None:
    """Same characters and length, different order: words for spaced text, characters for CJK."""
    if not text or not text.strip():
        return text
    if len(_CJK_CHAR.findall(text)) * 2 > len(text.strip()):
        chars = list(text)
        rng.shuffle(chars)
        return "".join(chars)
    words = text.split()
    rng.shuffle(words)
    return " ".join(words) + (" " if text[-1:].isspace() else "")


def inflate(raw: bytes, factor: int, mode: str, seed: int = 0) -> tuple[bytes, int]:
    """The page re-serialised as UTF-8 with its body paragraphs present `factor` times.

    Every variant (1× included) goes through the same parse and serialise, so sizes and times
    compare like with like. Returns (html bytes, number of body paragraphs).
    """
    doc = lxml.html.document_fromstring(raw)
    _, paragraphs = body_container(doc)
    rng = random.Random(seed)
    anchor = paragraphs[-1]
    for _ in range(factor - 1):
        for p in paragraphs:
            clone = copy.deepcopy(p)
            if mode == "shuffled":
                for node in clone.iter():
                    if isinstance(node.tag, str):
                        node.text = _shuffle_text(node.text, rng)
                        if node is not clone:
                            node.tail = _shuffle_text(node.tail, rng)
            anchor.addnext(clone)
            anchor = clone
    # The bytes are now UTF-8 whatever the page declared: say so, so a decoder is not misled.
    for meta in doc.xpath("//meta[@charset or @http-equiv]"):
        if meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.drop_tree()
    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    head.insert(0, etree.Element("meta", charset="utf-8"))
    html = lxml.html.tostring(doc, encoding="utf-8", doctype="<!DOCTYPE html>")
    return html, len(paragraphs) * factor


def best_time(
    func: Callable[[], Any], repeat: int, timeout: float, clock: Callable[[], float] = time.thread_time
) -> tuple[float, Any]:
    """Best time of `repeat` calls and the last result; inf if a call timed out (wall timeout)."""
    best, result = math.inf, None
    for _ in range(repeat):
        start = clock()
        try:
            with time_limit(timeout):
                result = func()
        except Timeout:
            return math.inf, None
        best = min(best, clock() - start)
    return best, result


def default_pages(root: Path) -> list[Page]:
    """One English and one Chinese corpus page, deterministically, whose <p> container really is
    the article (its text scores F1 ≥ 0.9 against the truth), so the copies are article text."""
    chosen: dict[str, Page] = {}
    for page in load_corpus(root):
        if page.lang in chosen or not 50_000 <= len(page.raw) <= 400_000:
            continue
        try:
            _, paragraphs = body_container(lxml.html.document_fromstring(page.raw))
        except (ValueError, etree.ParserError):
            continue
        body = "\n".join(p.text_content() for p in paragraphs)
        if len(paragraphs) >= 8 and score(body, page.truth).f1 >= 0.9:
            chosen[page.lang] = page
        if len(chosen) == 2:
            break
    return list(chosen.values())


def growth(times: Sequence[float], sizes: Sequence[int]) -> list[tuple[str, str]]:
    """Per step from the previous size: (marginal ns per added byte, exponent k in time ∝ size^k).

    Linear cost shows as a steady marginal ns/B and k → 1 once the article dominates the page
    (k of the first step is diluted by the fixed cost of the page around the article).
    """
    out = [("–", "–")]
    for i in range(1, len(times)):
        t0, t1, s0, s1 = times[i - 1], times[i], sizes[i - 1], sizes[i]
        if not (math.isfinite(t0) and math.isfinite(t1) and t0 > 0 and s1 > s0):
            out.append(("–", "–"))
            continue
        k = math.log(t1 / t0) / math.log(s1 / s0)
        out.append((f"{(t1 - t0) * 1e9 / (s1 - s0):.0f}", f"{k:.2f}"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus root (default: $ARTICLEXTRACT_CORPUS or ../shared/corpus)")
    parser.add_argument("--page", nargs="+", default=[], help="corpus page id(s) or prefixes")
    parser.add_argument("--file", nargs="+", type=Path, default=[], help="HTML file(s) instead")
    parser.add_argument("--factors", nargs="+", type=int, default=[1, 10, 100])
    parser.add_argument("--modes", nargs="+", choices=("exact", "shuffled"), default=["exact", "shuffled"])
    parser.add_argument("--repeat", type=int, default=3, help="best of N calls per size")
    parser.add_argument("--timeout", type=float, default=120.0, help="wall seconds allowed per call")
    parser.add_argument(
        "--clock", choices=("cpu", "wall"), default="cpu", help="thread CPU time (default) or wall time"
    )
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    args = parser.parse_args(argv)

    use_working_tree()
    import articlextract

    try:
        from articlextract.pipeline import extract_timed
    except ImportError:
        extract_timed = None
        print("note: no articlextract.pipeline.extract_timed; no per-stage columns", file=sys.stderr)

    clock = time.thread_time if args.clock == "cpu" else time.perf_counter
    root = corpus_root(args.corpus)
    sources: list[tuple[str, bytes]] = [(str(f), f.read_bytes()) for f in args.file]
    sources += [(f"{p.dataset}/{p.id[:16]} ({p.lang})", p.raw) for p in (find_page(root, i) for i in args.page)]
    if not sources:
        if not root.is_dir():
            print(f"error: no corpus at {root}; pass --file PATH", file=sys.stderr)
            return 2
        sources = [(f"{p.dataset}/{p.id[:16]} ({p.lang})", p.raw) for p in default_pages(root)]

    out = [
        "# articlextract scaling",
        "",
        f"{args.clock} time, best of {args.repeat}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs. "
        "ns/B = nanoseconds per input byte; Δns/B = cost per byte added since the previous size; "
        "k = growth exponent against the previous size (1 linear, 2 quadratic). "
        "Stage times: best of N extract_timed calls per stage (the library's own wall clock).",
        "",
    ]
    for label, raw in sources:
        for mode in args.modes:
            print(f"{label} {mode} …", file=sys.stderr)
            rows, sizes, parse_t, mine_t = [], [], [], []
            stage_rows: list[dict[str, float]] = []
            for factor in args.factors:
                html, n_par = inflate(raw, factor, mode)
                tp, _ = best_time(lambda h=html: lxml.html.document_fromstring(h), args.repeat, args.timeout, clock)
                tx, article = best_time(lambda h=html: articlextract.extract(h), args.repeat, args.timeout, clock)
                stages: dict[str, float] = {}
                if extract_timed is not None and math.isfinite(tx):
                    for _ in range(args.repeat):  # per-stage best of N, like the totals
                        for key, seconds in extract_timed(html)[1].items():
                            stages[key] = min(seconds, stages.get(key, math.inf))
                sizes.append(len(html))
                parse_t.append(tp)
                mine_t.append(tx)
                stage_rows.append(stages)
                rows.append(
                    [f"{factor}×", f"{len(html):,}", str(n_par),
                     str(len(article.paragraphs)) if article is not None else "timeout",
                     f"{tp * 1e3:.1f}", f"{tp * 1e9 / len(html):.0f}",
                     f"{tx * 1e3:.1f}" if math.isfinite(tx) else f">{args.timeout:.0f}s",
                     f"{tx * 1e9 / len(html):.0f}" if math.isfinite(tx) else "–"]
                )  # fmt: skip
            for row, (parse_marginal, _), (marginal, k) in zip(
                rows, growth(parse_t, sizes), growth(mine_t, sizes), strict=True
            ):
                row[6:6] = [parse_marginal]
                row += [marginal, k]
            out += [f"## {label} — {mode} copies", ""]
            header = ["size", "bytes", "body <p>", "out paras", "parse ms", "parse ns/B", "parse Δns/B",
                      "extract ms", "extract ns/B", "extract Δns/B", "extract k"]  # fmt: skip
            out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            out += ["| " + " | ".join(r) + " |" for r in rows]
            keys = sorted({k for s in stage_rows for k in s}, key=_stage_order)
            if keys:
                out += ["", "Stage ms (from extract_timed):", ""]
                out += ["| size | " + " | ".join(keys) + " |", "|" + "---|" * (len(keys) + 1)]
                for factor, stages in zip(args.factors, stage_rows, strict=True):
                    cells = [f"{stages[k] * 1e3:.1f}" if k in stages else "–" for k in keys]
                    out.append(f"| {factor}× | " + " | ".join(cells) + " |")
            out.append("")
    text = "\n".join(out)
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


def _stage_order(key: str) -> tuple[int, str]:
    order = ("decode", "parse", "metadata", "clean", "score", "dedup")
    return (order.index(key) if key in order else len(order), key)


if __name__ == "__main__":
    sys.exit(main())
