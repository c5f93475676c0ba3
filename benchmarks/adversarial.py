#!/usr/bin/env python3
"""Time and peak memory of `extract()` against page size, for each family of adversarial input.

Each (family, size) runs in a fresh interpreter, so its peak RSS is its own: the table shows the CPU
seconds of one `extract()` call, the RSS it added at its peak (ru_maxrss after the call minus the RSS
before it) and that peak as a multiple of the input size. The slope k of each family is the least-squares
fit of log(time) on log(size): 1 is linear, 2 quadratic. A call past --timeout is shown as such.

    python benchmarks/adversarial.py [--sizes 16 64 256 1024 2048] [--families NAME ...] [--timeout 60]
                                     [--markdown out.md]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from scoring import use_working_tree

KIB = 1024
_PROSE = "The council agreed on the river plan after a long debate about the budget of the city and its schools. "


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode("utf-8")))


def _attributes(size: int) -> str:
    count = max(1, size // 9)
    return " ".join(f"a{index}=x" for index in range(count))


def _table(size: int) -> str:
    side = max(1, int(math.sqrt(size / 10)))  # a square table of "<td>x</td>" cells
    return "<table>" + ("<tr>" + "<td>x</td>" * side + "</tr>") * side + "</table>"


#: name → (what it exercises, page of about `size` bytes)
FAMILIES: dict[str, tuple[str, Callable[[int], str | bytes]]] = {
    "prose": ("ordinary paragraphs (the reference)", lambda n: "<h1>T</h1>" + _fill(f"<p>{_PROSE}</p>", n)),
    "station-run": ("驻 + Han run in a credit qualifier", lambda n: "<p>" + _fill("驻", n) + "记</p>"),
    "pre-whitespace": ("whitespace lines in <pre>", lambda n: "<pre>— " + _fill(" \n", n) + " —</pre>"),
    "comments": ("unclosed <!-- in the declaration scan", lambda n: _fill("<!--", n).encode()),
    "metas": ("unclosed <meta in the declaration scan", lambda n: _fill("<meta ", n).encode()),
    "scripts": ("unclosed <script in the declaration scan", lambda n: _fill("<script ", n).encode()),
    "dates": ("a line of ISO dates", lambda n: "<h1>Title</h1><p>" + _fill("2015-08-09 ", n) + "</p>"),
    "cjk-dates": ("a line of 年月日 dates", lambda n: "<h1>标题</h1><p>" + _fill("2015年08月09日", n) + "</p>"),
    "spaced-author": (
        "U+3000 run inside an author meta",
        lambda n: '<meta name="author" content="John' + _fill("\u3000", n) + f'Smith"><p>{_PROSE}</p>',
    ),
    "attributes": ("one tag with many attributes", lambda n: f"<p {_attributes(n)}>{_PROSE}</p>"),
    "title-separators": (
        "<title> of separators, heading cut short",
        lambda n: "<title>" + _fill("Big news - ", n) + f"</title><h1>Big news...</h1><p>{_PROSE}</p>",
    ),
    "table": ("a square table of one-letter cells", lambda n: f"<h1>T</h1><p>{_PROSE}</p>" + _table(n)),
    "look-alike-boxes": (
        "sibling boxes of one class, each a 'More news' heading over prose",
        lambda n: "<h1>T</h1><div>" + _fill(f'<div class="card"><h3>More news</h3><p>{_PROSE}</p></div>', n) + "</div>",
    ),
}


def measure_one(family: str, size: int) -> dict[str, float]:
    """In this process: build the page, extract it once, report CPU seconds and RSS added at the peak."""
    use_working_tree()
    from articlextract import extract

    page = FAMILIES[family][1](size)
    data = page if isinstance(page, bytes) else page.encode("utf-8")
    extract(b"<p>warm up</p>")
    before = _current_rss_kib()
    start = time.process_time()
    extract(data)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"bytes": len(data), "seconds": seconds, "peak_kib": max(0, peak - before)}


def _current_rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() // KIB


def measure(family: str, size: int, timeout: float) -> dict[str, float] | None:
    """`measure_one` in a fresh interpreter; None when it runs past `timeout`."""
    command = [sys.executable, __file__, "--one", family, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)


def slope(points: Sequence[tuple[int, float]]) -> float | None:
    """Least-squares k in time ∝ size^k (points with a measurable time only)."""
    logs = [(math.log(size), math.log(seconds)) for size, seconds in points if seconds > 0]
    if len(logs) < 2:
        return None
    mean_x = sum(x for x, _ in logs) / len(logs)
    mean_y = sum(y for _, y in logs) / len(logs)
    spread = sum((x - mean_x) ** 2 for x, _ in logs)
    return sum((x - mean_x) * (y - mean_y) for x, y in logs) / spread if spread else None


def report(families: Sequence[str], sizes: Sequence[int], timeout: float) -> str:
    lines = [
        "| family | input | CPU s | µs/KiB | peak RSS added | × input |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    slopes = []
    for family in families:
        points = []
        for size in sizes:
            result = measure(family, size * KIB, timeout)
            if result is None:
                lines.append(f"| {family} | {size:,} KiB | > {timeout:g} | | | |")
                break
            kib = result["bytes"] / KIB
            points.append((result["bytes"], result["seconds"]))
            lines.append(
                f"| {family} | {kib:,.0f} KiB | {result['seconds']:.3f} | {1e6 * result['seconds'] / kib:,.0f} "
                f"| {result['peak_kib'] / KIB:,.1f} MiB | {result['peak_kib'] / kib:.1f} |"
            )
            print(lines[-1], file=sys.stderr, flush=True)
        k = slope(points)
        slopes.append(f"| {family} | {FAMILIES[family][0]} | {'–' if k is None else f'{k:.2f}'} |")
    return "\n".join([*lines, "", "| family | what | slope k (time ∝ size^k) |", "|---|---|---:|", *slopes])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 64, 256, 1024, 2048], help="KiB")
    parser.add_argument("--families", nargs="+", choices=sorted(FAMILIES), default=list(FAMILIES))
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per (family, size)")
    parser.add_argument("--markdown", type=Path, help="also write the tables here")
    parser.add_argument("--one", nargs=2, metavar=("FAMILY", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]))))
        return 0
    tables = report(args.families, args.sizes, args.timeout)
    print(tables)
    if args.markdown:
        args.markdown.write_text(tables + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
