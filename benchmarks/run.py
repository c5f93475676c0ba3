#!/usr/bin/env python3
"""Quality and speed of articlextract against its peers, on the same in-memory pages, in one run.

Everything is measured in one process on pages already decompressed into memory, with the
extractors taking turns page by page, so the ratios (articlextract vs trafilatura, articlextract vs
a bare lxml parse) compare like with like on this machine at this moment, which absolute numbers
from different runs, or from passes run one after another on a busy machine, cannot do.

    python benchmarks/run.py [--corpus PATH] [--datasets D ...] [--extractors a,b,...]
                             [--favor F] [--repeat N] [--clock cpu|wall] [--worst K] [--limit N]
                             [--templates PATH | --no-templates] [--markdown out.md] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import platform
import resource
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import lxml.html
import meta_scoring
from scoring import (
    DEFAULT_TEMPLATES,
    TEMPLATES_DATASET,
    Page,
    Score,
    Shingles,
    corpus_root,
    is_empty_miss,
    list_datasets,
    load_corpus,
    load_templates,
    mean_score,
    score_shingles,
    shingles,
    use_working_tree,
)

EXTRACTOR_NAMES = ("articlextract", "trafilatura", "readability", "parse", "walk")
STAGES = ("decode", "parse", "metadata", "clean", "score", "dedup")
LANG_GROUPS = ("zh", "en")
ALL = "all"

Run = Callable[[bytes, "str | None"], "str | None"]


@dataclass
class Extractor:
    """One row of the table: a callable from raw page bytes (and URL) to plain text."""

    name: str
    run: Run
    scored: bool = True  # parse-only produces no text, only a time
    loud: bool = False  # our own extractor: exceptions are bugs, not noise


@dataclass
class Result:
    """Per-page outcome for one extractor; `seconds` is the best of the repeats."""

    seconds: list[float]
    texts: list[str | None]
    errors: list[str | None]
    scores: list[Score] = field(default_factory=list)
    empty: list[bool] = field(default_factory=list)  # no output for a page whose reference body has text
    rss_after_kib: int = 0


# ---------------------------------------------------------------------------------------------
# extractors


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment with a line break at block boundaries, so words of
    adjacent paragraphs are not glued into one token (which would cost a peer shingles)."""
    if not html or not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br" or el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
        if el.tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "hr", "pre", "blockquote", "address"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th"),
        *("section", "article", "header", "footer", "figure", "figcaption", "main", "aside", "nav"),
    }
)


def _articlextract(favor: str) -> tuple[Extractor, Callable[..., Any] | None]:
    """Our extractor, plus `extract_timed` for the stage breakdown if the pipeline has it yet."""
    use_working_tree()
    import articlextract

    options = articlextract.Options(favor=favor)

    def run(raw: bytes, url: str | None) -> str:
        return articlextract.extract(raw, url, options=options).text

    timed = None
    try:
        from articlextract.pipeline import extract_timed
    except ImportError as exc:
        print(
            f"note: no articlextract.pipeline.extract_timed ({exc}); no stage table",
            file=sys.stderr,
        )
    else:

        def timed(raw: bytes, url: str | None) -> dict[str, float]:
            return extract_timed(raw, url, options=options)[1]

    return Extractor("articlextract", run, loud=True), timed


def _trafilatura() -> list[Extractor]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    def default(raw: bytes, url: str | None) -> str | None:
        return trafilatura.extract(raw, url=url)

    def precision(raw: bytes, url: str | None) -> str | None:
        return trafilatura.extract(raw, url=url, favor_precision=True)

    return [Extractor("trafilatura", default), Extractor("trafilatura-precision", precision)]


def _readability() -> list[Extractor]:
    import readability

    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def run(raw: bytes, url: str | None) -> str:
        return html_to_text(readability.Document(raw, url=url).summary(html_partial=True))

    return [Extractor("readability", run)]


def _parse_only() -> list[Extractor]:
    def run(raw: bytes, url: str | None) -> None:
        lxml.html.document_fromstring(raw)

    return [Extractor("parse-only", run, scored=False)]


def _parse_and_walk() -> list[Extractor]:
    """The parse plus one Python pass over the tree reading what any extractor reads of every element
    (tag, attributes, text, tail) and nothing more: the least a Python extractor over lxml costs."""
    from lxml import etree

    def run(raw: bytes, url: str | None) -> None:
        for event, element in etree.iterwalk(lxml.html.document_fromstring(raw), events=("start", "end")):
            _ = (element.tag, element.items(), element.text) if event == "start" else element.tail

    return [Extractor("parse+walk", run, scored=False)]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


# ---------------------------------------------------------------------------------------------
# measuring


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far (ru_maxrss is bytes on macOS, KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def collect_outputs(extractor: Extractor, pages: Sequence[Page]) -> Result:
    """One untimed pass for the texts and exceptions; it also warms caches and lazy imports.

    Extractors run one after another here, so the peak RSS after each pass shows what that
    extractor added.
    """
    n = len(pages)
    result = Result([float("inf")] * n, [None] * n, [None] * n)
    for i, page in enumerate(pages):
        try:
            result.texts[i] = extractor.run(page.raw, page.url)
        except Exception:
            result.errors[i] = traceback.format_exc()
    result.rss_after_kib = peak_rss_kib()
    return result


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.thread_time, "wall": time.perf_counter}


def time_interleaved(extractors: Sequence[Extractor], results: dict[str, Result], pages: Sequence[Page],
                     repeat: int, clock: Callable[[], float]) -> None:  # fmt: skip
    """Best-of-`repeat` time per page and extractor, into ``results[name].seconds``.

    Extractors take turns page by page (in an order rotated per page), so background load on a
    shared machine hits every extractor alike instead of skewing whichever pass it overlapped.
    The default clock is this thread's CPU time, which waiting for a busy CPU does not inflate.
    """
    k = len(extractors)
    gc.collect()
    for _ in range(repeat):
        for i, page in enumerate(pages):
            for extractor in (*extractors[i % k :], *extractors[: i % k]):
                seconds = results[extractor.name].seconds
                start = clock()
                with contextlib.suppress(Exception):  # already recorded by collect_outputs
                    extractor.run(page.raw, page.url)
                elapsed = clock() - start
                if elapsed < seconds[i]:
                    seconds[i] = elapsed


def measure_stages(timed: Callable[..., dict[str, float]], pages: Sequence[Page]) -> list[dict]:
    """Per-page stage seconds plus the wall time of the whole call (to expose unaccounted time)."""
    rows: list[dict] = []
    clock = time.perf_counter
    for page in pages:
        start = clock()
        try:
            stages = timed(page.raw, page.url)
        except Exception:
            stages = {}
        stages = dict(stages)
        stages["_wall"] = clock() - start
        rows.append(stages)
    return rows


# ---------------------------------------------------------------------------------------------
# reporting


@dataclass
class Group:
    """A slice of the corpus with its own rows: one dataset (or all) × one language (or all)."""

    dataset: str
    lang: str
    indices: list[int]


def groups(pages: Sequence[Page], datasets: Sequence[str]) -> list[Group]:
    """Dataset × (zh, en, all); a language group equal to 'all' is not repeated. 'all' is the corpus
    datasets only: the template fixtures get their own rows, so corpus totals stay comparable across runs."""
    out: list[Group] = []
    scopes = [(d, [i for i, p in enumerate(pages) if p.dataset == d]) for d in datasets]
    corpus = [d for d in datasets if d != TEMPLATES_DATASET]
    if len(corpus) > 1:
        scopes.append((ALL, [i for i, p in enumerate(pages) if p.dataset != TEMPLATES_DATASET]))
    for dataset, members in scopes:
        if not members:
            continue
        by_lang = [(lang, [i for i in members if pages[i].lang == lang]) for lang in LANG_GROUPS]
        by_lang = [(lang, idx) for lang, idx in by_lang if idx and len(idx) < len(members)]
        out.extend(Group(dataset, lang, idx) for lang, idx in by_lang)
        out.append(Group(dataset, ALL, members))
    return out


def _f(x: float, digits: int = 3) -> str:
    return "–" if x != x else f"{x:.{digits}f}"  # NaN check without math import


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def report(
    pages: Sequence[Page],
    datasets: Sequence[str],
    results: dict[str, Result],
    order: Sequence[str],
    stages: list[dict] | None,
    context: dict[str, Any],
    rss_loaded_kib: int,
    worst: int,
) -> str:
    """The whole Markdown report."""
    out: list[str] = ["# articlextract benchmark", ""]
    out += [f"- {key}: {value}" for key, value in context.items()]
    out.append("")
    slices = groups(pages, datasets)

    out += ["## Quality and speed", ""]
    rows = []
    for g in slices:
        for name in order:
            res = results[name]
            secs = [res.seconds[i] for i in g.indices]
            total = sum(secs)
            errs = sum(res.errors[i] is not None for i in g.indices)
            if res.scores:
                m = mean_score([res.scores[i] for i in g.indices])
                quality = [_f(m.f1), _f(m.precision), _f(m.recall), str(sum(res.empty[i] for i in g.indices))]
            else:
                quality = ["–", "–", "–", "–"]
            rows.append(
                [
                    g.dataset,
                    g.lang,
                    str(len(g.indices)),
                    name,
                    *quality,
                    f"{len(secs) / total:.1f}" if total else "–",
                    f"{statistics.median(secs) * 1000:.2f}",
                    str(errs),
                ]
            )
    out += _table(
        ["dataset", "lang", "pages", "extractor", "F1", "P", "R", "empty", "pages/s", "median ms", "errors"],
        rows,
    )
    out += [
        "",
        "empty: pages whose reference body has text but whose output has none. The `templates` rows are the "
        "hand-written CMS template pages of tests/templates (not in 'all').",
        "",
    ]

    if "articlextract" in results:
        ratio_cols = [n for n in ("trafilatura", "trafilatura-precision", "readability") if n in results]
        has_parse = "parse-only" in results
        has_walk = has_parse and "parse+walk" in results
        if ratio_cols or has_parse:
            out += [
                "## Ratios",
                "",
                "Throughput ratio > 1 means articlextract is faster than the peer; the parse-only "
                "ratio is how many bare lxml parses one extraction costs (parse+walk: how many one Python "
                "pass over the parsed tree costs, the floor under any Python extractor).",
                "",
            ]
            rows = []
            for g in slices:
                mine = sum(results["articlextract"].seconds[i] for i in g.indices)
                row = [g.dataset, g.lang]
                for name in ratio_cols:
                    theirs = sum(results[name].seconds[i] for i in g.indices)
                    row.append(f"{theirs / mine:.2f}×" if mine else "–")
                if has_parse:
                    parse = sum(results["parse-only"].seconds[i] for i in g.indices)
                    row.append(f"{mine / parse:.2f}×" if parse else "–")
                if has_walk:
                    walk = sum(results["parse+walk"].seconds[i] for i in g.indices)
                    row.append(f"{walk / parse:.2f}×" if parse else "–")
                rows.append(row)
            header = ["dataset", "lang"] + [f"throughput vs {n}" for n in ratio_cols]
            header += ["time / parse-only"] if has_parse else []
            header += ["parse+walk / parse-only"] if has_walk else []
            out += _table(header, rows)
            out.append("")

    if stages:
        keys = list(STAGES) + sorted({k for s in stages for k in s} - set(STAGES) - {"_wall"})
        out += [
            "## articlextract time per stage",
            "",
            "Share of the wall time of `extract_timed` (one separate pass); 'other' is time no stage accounted for.",
            "",
        ]
        rows = []
        for g in slices:
            wall = sum(stages[i]["_wall"] for i in g.indices)
            sums = {k: sum(stages[i].get(k, 0.0) for i in g.indices) for k in keys}
            other = wall - sum(sums.values())
            row = [g.dataset, g.lang]
            row += [f"{100 * sums[k] / wall:.1f}%" if wall else "–" for k in keys]
            row += [
                f"{100 * other / wall:.1f}%" if wall else "–",
                f"{1000 * wall / len(g.indices):.2f}",
            ]
            rows.append(row)
        out += _table(["dataset", "lang", *keys, "other", "mean ms/page"], rows)
        out.append("")

    out += ["## Memory", "", f"- peak RSS after loading pages: {rss_loaded_kib / 1024:.0f} MiB"]
    out += [f"- peak RSS after {name}: {results[name].rss_after_kib / 1024:.0f} MiB" for name in order]
    out += [
        "",
        "(ru_maxrss only grows: a rise after a row is memory that row needed beyond everything before it.)",
        "",
    ]

    if "articlextract" in results:
        res = results["articlextract"]
        failed = [i for i, e in enumerate(res.errors) if e is not None]
        empty = [i for i, e in enumerate(res.empty) if e and res.errors[i] is None]
        out += ["## articlextract errors", ""]
        out.append(f"- raised on {len(failed)} of {len(pages)} pages; empty output on {len(empty)}")
        if empty:
            out.append(f"- empty pages: {', '.join(_pid(pages[i]) for i in empty[:30])}")
        if failed:
            first = failed[0]
            out.append(f"- raising pages: {', '.join(_pid(pages[i]) for i in failed[:30])}")
            out += [
                "",
                f"First traceback ({_pid(pages[first])}):",
                "",
                "```",
                res.errors[first].rstrip(),
                "```",
            ]
        out.append("")
        if worst > 0 and res.scores:
            ranked = sorted(range(len(pages)), key=lambda i: (res.scores[i].f1, pages[i].id))[:worst]
            out += [f"## {len(ranked)} worst pages for articlextract", ""]
            rows = [
                [
                    str(rank),
                    pages[i].dataset,
                    pages[i].id[:16],
                    pages[i].lang,
                    _f(res.scores[i].f1),
                    _f(res.scores[i].precision),
                    _f(res.scores[i].recall),
                    str(len(res.texts[i] or "")),
                    str(len(pages[i].truth)),
                    "raised" if res.errors[i] else "",
                    pages[i].url or "",
                ]
                for rank, i in enumerate(ranked, 1)
            ]
            header = ["#", "dataset", "id", "lang", "F1", "P", "R", "out chars", "truth chars", "note", "url"]
            out += _table(header, rows)
            out += ["", "Study one with `python benchmarks/show.py ID`.", ""]
    return "\n".join(out)


def _pid(page: Page) -> str:
    return f"{page.dataset}/{page.id[:16]}"


# ---------------------------------------------------------------------------------------------
# main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus root (default: $ARTICLEXTRACT_CORPUS or ../shared/corpus)")
    parser.add_argument("--datasets", nargs="+", help="dataset folders to use (default: all)")
    parser.add_argument(
        "--extractors",
        default=",".join(EXTRACTOR_NAMES),
        help=f"comma-separated subset of {','.join(EXTRACTOR_NAMES)} (default: all); "
        "'trafilatura' gives two rows, default settings and favor_precision",
    )
    parser.add_argument(
        "--favor",
        default="balanced",
        choices=("balanced", "precision", "recall"),
        help="articlextract Options(favor=...)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="time each page N times, keep the best")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: thread CPU time, robust to other processes on a shared machine (default); wall: perf_counter",
    )
    parser.add_argument("--worst", type=int, default=10, metavar="K", help="list the K worst pages")
    parser.add_argument("--limit", type=int, help="only the first N pages of each dataset (smoke runs)")
    parser.add_argument(
        "--templates",
        type=Path,
        default=DEFAULT_TEMPLATES,
        metavar="PATH",
        help="template fixtures scored as the 'templates' dataset, when the folder exists (default: tests/templates)",
    )
    parser.add_argument(
        "--no-templates", dest="templates", action="store_const", const=None, help="leave the template fixtures out"
    )
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--json", type=Path, help="write per-page scores and times to this file")
    args = parser.parse_args(argv)
    wanted = [name.strip() for name in args.extractors.split(",") if name.strip()]
    unknown = set(wanted) - set(EXTRACTOR_NAMES)
    if unknown:
        parser.error(f"unknown extractor(s): {', '.join(sorted(unknown))}")
    args.extractors = wanted
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root = corpus_root(args.corpus)
    if not root.is_dir():
        print(f"error: no corpus at {root} (use --corpus or $ARTICLEXTRACT_CORPUS)", file=sys.stderr)
        return 2
    datasets = args.datasets or list_datasets(root)
    pages: list[Page] = []
    for dataset in datasets:
        subset = list(load_corpus(root, [dataset]))
        pages += subset[: args.limit] if args.limit else subset
    if args.templates is not None and args.templates.is_dir():
        fixtures = list(load_templates(args.templates))
        pages += fixtures[: args.limit] if args.limit else fixtures
        datasets = [*datasets, TEMPLATES_DATASET]
    truths: list[Shingles] = [shingles(p.truth) for p in pages]
    context: dict[str, Any] = {
        "corpus": f"{root} — {len(pages)} pages ("
        + ", ".join(f"{d} {sum(p.dataset == d for p in pages)}" for d in datasets)
        + ")",
        "timing": f"{args.clock} time ({CLOCKS[args.clock].__name__}), best of {args.repeat} per page, "
        "extractors interleaved page by page",
        "python": f"{platform.python_version()} on {platform.machine()}, lxml {_version('lxml')}",
        "machine load": f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs at the start",
    }
    rss_loaded_kib = peak_rss_kib()

    extractors: list[Extractor] = []
    timed = None
    stages: list[dict] | None = None
    skipped: list[str] = []
    for name in args.extractors:
        if name == "articlextract":
            try:
                mine, timed = _articlextract(args.favor)
            except Exception:
                print(
                    "ERROR: articlextract cannot be imported; it is not optional here "
                    "(drop it from --extractors to benchmark peers only):",
                    file=sys.stderr,
                )
                traceback.print_exc()
                return 2
            extractors.insert(0, mine)  # first, so its peak-RSS rise is its own
            context["articlextract"] = f"working tree, Options(favor={args.favor!r})"
        else:
            loader = {
                "trafilatura": _trafilatura,
                "readability": _readability,
                "parse": _parse_only,
                "walk": _parse_and_walk,
            }
            try:
                extractors += loader[name]()
            except ImportError as exc:
                skipped.append(f"{name} ({exc})")
                print(f"note: skipping {name}: not importable ({exc})", file=sys.stderr)
    for dist in ("trafilatura", "readability-lxml"):
        if any(e.name.startswith(dist.split("-")[0]) for e in extractors):
            context[dist] = _version(dist)
    if skipped:
        context["skipped"] = "; ".join(skipped)

    results: dict[str, Result] = {}
    for extractor in extractors:
        print(f"{extractor.name}: output pass on {len(pages)} pages …", file=sys.stderr)
        res = collect_outputs(extractor, pages)
        if extractor.scored:
            res.scores = [score_shingles(shingles(t or ""), truths[i]) for i, t in enumerate(res.texts)]
            res.empty = [is_empty_miss(t, pages[i].truth) for i, t in enumerate(res.texts)]
        results[extractor.name] = res
        if extractor.loud:
            failed = [i for i, e in enumerate(res.errors) if e]
            if failed:
                print(
                    f"\n!!! {extractor.name} RAISED on {len(failed)} of {len(pages)} pages; "
                    f"first ({_pid(pages[failed[0]])}):\n{res.errors[failed[0]]}",
                    file=sys.stderr,
                )
    if timed is not None:
        print("extract_timed pass for the stage breakdown …", file=sys.stderr)
        stages = measure_stages(timed, pages)
    print(f"timing {len(extractors)} extractors interleaved, best of {args.repeat} …", file=sys.stderr)
    time_interleaved(extractors, results, pages, args.repeat, CLOCKS[args.clock])
    order = [e.name for e in extractors]
    context["machine load"] += f"; {os.getloadavg()[0]:.2f} at the end"
    text = report(pages, datasets, results, order, stages, context, rss_loaded_kib, args.worst)
    if "articlextract" in results and not args.limit:
        print("metadata pass on the labelled pages …", file=sys.stderr)
        text += "\n" + "\n".join(meta_scoring.report(root, datasets))
    try:
        print(text)
    except BrokenPipeError:  # `run.py | head` is fine; the --markdown/--json files still get written
        sys.stdout = None  # type: ignore[assignment]
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    if args.json:
        dump = [
            {"dataset": p.dataset, "id": p.id, "lang": p.lang}
            | {
                name: {"seconds": r.seconds[i], "error": r.errors[i] is not None}
                | (
                    {"f1": r.scores[i].f1, "p": r.scores[i].precision, "r": r.scores[i].recall, "empty": r.empty[i]}
                    if r.scores
                    else {}
                )
                for name, r in results.items()
            }
            for i, p in enumerate(pages)
        ]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    mine = results.get("articlextract")
    return 1 if mine and any(mine.errors) else 0


if __name__ == "__main__":
    sys.exit(main())
