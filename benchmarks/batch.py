#!/usr/bin/env python3
"""Batch runs: the command line on a folder of 10,000 page files, and memory over a long run.

1. A folder of N page files (default 10,000) is written to a temporary directory (never inside the
   repo) by cycling through the corpus pages, as ``.html`` or ``.html.gz`` under varied names.
2. ``python -m articlextract FOLDER -o OUT.jsonl -j J --keep-order --quiet`` runs on it for each J of
   ``--jobs``: wall time, pages/s, speed-up over the first J, CPU time of the process tree, peak RSS of
   the parent and of the largest worker; the output must hold one JSON line per page file.
   Where the time went comes from /proc/PID/task/*/schedstat: on a CPU, waiting for one, or idle.
3. A fresh process extracts the same N files one after another (read, gunzip, extract, render as the
   CLI does), reading its RSS after every page and reporting it every 500 pages: flat RSS means no
   per-page leak and no global cache that grows.

    python benchmarks/batch.py [--pages 10000] [--jobs 1,2] [--repeat 1] [--sample-every 500]
                               [--corpus PATH] [--tmp DIR] [--keep] [--no-cli] [--no-memory]
                               [--markdown out.md]

`--pages 300 --sample-every 50` is a smoke run. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from scoring import REPO_ROOT, Page, corpus_root, load_corpus, use_working_tree

SRC = REPO_ROOT / "src"
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")  # as the CLI searches folders
FILES_PER_FOLDER = 1000
KIB = 1024

# File names vary in length, case, characters and suffix; odd styles are gzipped. Every name holds
# the running index, so names are unique, and the CLI's sorted walk mixes the styles.
NAME_STYLES: tuple[Callable[[int, Page], str], ...] = (
    lambda i, p: f"{p.id[:16]}-{i:05d}.html",
    lambda i, p: f"{p.dataset}_{i}.html.gz",
    lambda i, p: f"Article {i:05d} ({p.lang}).HTML",
    lambda i, p: f"新闻-{i}.html.gz",
    lambda i, p: f"{i:x}.html",
    lambda i, p: f"page.{i}.v2.HTML.GZ",
)


# ---------------------------------------------------------------------------------------------
# the folder


@dataclass
class Folder:
    root: Path
    files: list[str]
    gz: int
    disk_bytes: int
    html_bytes: int
    distinct: int


def build_folder(corpus: Path, count: int, root: Path) -> Folder:
    """`count` page files under `root`, FILES_PER_FOLDER per sub-folder, cycling through the corpus.

    Only the compressed corpus files stay in memory (about 17 MB), not the decompressed pages: every
    process started later inherits this process's peak RSS in its own ru_maxrss (see run_cli)."""
    pages = [page._replace(raw=b"", truth="") for page in load_corpus(corpus)]
    gzipped = [(corpus / page.dataset / "pages" / f"{page.id}.html.gz").read_bytes() for page in pages]
    files: list[str] = []
    gz = disk = html = 0
    for i in range(count):
        k = i % len(pages)
        folder = root / f"part-{i // FILES_PER_FOLDER:02d}"
        if i % FILES_PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        path = folder / NAME_STYLES[i % len(NAME_STYLES)](i, pages[k])
        raw = gzip.decompress(gzipped[k])  # the corpus file is the gzip of the raw page bytes
        data = gzipped[k] if path.name.lower().endswith(".gz") else raw
        gz += data is gzipped[k]
        path.write_bytes(data)
        files.append(str(path))
        disk += len(data)
        html += len(raw)
    return Folder(root, files, gz, disk, html, min(count, len(pages)))


def list_pages(folder: str) -> list[str]:
    """The page files of `folder` in the CLI's order (os.walk, sub-folders and names sorted)."""
    found: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            lowered = name.lower()
            lowered = lowered[:-3] if lowered.endswith(".gz") else lowered
            if lowered.endswith(PAGE_SUFFIXES):
                found.append(os.path.join(root, name))
    return found


# ---------------------------------------------------------------------------------------------
# CLI runs


def _proc_status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM (KiB) of a live process, {} once it is gone or a zombie."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, value = line.split(":", 1)
                    out[key] = int(value.split()[0])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return {}
    return out


def _schedstat(pid: int) -> tuple[int, int] | None:
    """(ns on a CPU, ns runnable but waiting for a CPU) so far, summed over the process's threads."""
    on_cpu = waiting = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/schedstat", encoding="ascii") as handle:
                fields = handle.read().split()
            on_cpu, waiting = on_cpu + int(fields[0]), waiting + int(fields[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError, IndexError):
        return None
    return on_cpu, waiting


def _machine_cpu() -> tuple[float, float]:
    """(seconds busy, seconds stolen by the hypervisor) of all CPUs since boot, from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return []


class TreeSampler(threading.Thread):
    """Polls /proc for a process and its descendants: the peak RSS (VmHWM, tracked by the kernel, so
    polling only has to catch each process alive) per pid, the peak of their summed VmRSS, and per pid
    the time on a CPU, runnable but waiting for one (another process had it), and alive."""

    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.sched: dict[int, tuple[int, int]] = {}  # pid -> latest (on-CPU ns, run-queue wait ns)
        self.seen: dict[int, tuple[float, float]] = {}  # pid -> (first, last) sample time
        self.peak_total = 0
        self.samples = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def sample(self) -> None:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo.extend(_children(pid))
        total = 0
        now = time.perf_counter()
        for pid in pids:
            status = _proc_status(pid)
            if status:
                self.peaks[pid] = max(self.peaks.get(pid, 0), status.get("VmHWM", 0))
                total += status.get("VmRSS", 0)
                sched = _schedstat(pid)
                if sched:
                    self.sched[pid] = sched
                    self.seen[pid] = (self.seen.get(pid, (now, now))[0], now)
        self.peak_total = max(self.peak_total, total)
        self.samples += 1

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class CliRun:
    jobs: int
    wall: float
    returncode: int
    stderr: str
    stdout: str
    cpu: float  # user + system seconds of the CLI and its reaped workers (wait4)
    parent_kib: int
    worker_kib: list[int]
    peak_total_kib: int
    samples: int
    parent_sched: tuple[float, float, float]  # seconds on a CPU, waiting for a CPU, alive (sampled)
    worker_sched: tuple[float, float, float]  # the same, summed over the workers
    others_cpu: float  # CPU seconds the rest of the machine used during the run
    steal: float  # CPU seconds the hypervisor took during the run
    load: tuple[float, float]
    lines: int = 0
    problems: list[str] = field(default_factory=list)
    digest: str = ""
    walls: list[float] = field(default_factory=list)


def run_cli(folder: Path, jobs: int, out: Path, interval: float) -> CliRun:
    """One CLI run. CPU time comes from wait4 on that very child, so runs do not mix (unlike the
    cumulative RUSAGE_CHILDREN of this process). Peak RSS comes from /proc sampling (VmHWM per process),
    not from ru_maxrss: on Linux exec() folds the pre-exec address space's peak into ru_maxrss, and with
    vfork/fork that is *this* process's RSS, so even `python -c pass` started from a 300 MiB process
    reports 300 MiB."""
    cmd = [
        sys.executable,
        "-m",
        "articlextract",
        str(folder),
        "-o",
        str(out),
        "-j",
        str(jobs),
        "--keep-order",
        "--quiet",
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        busy_before, steal_before = _machine_cpu()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env=env)
        sampler = TreeSampler(proc.pid, interval)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        busy_after, steal_after = _machine_cpu()
        sampler.stop()
        out_f.seek(0)
        err_f.seek(0)
        stdout = out_f.read().decode("utf-8", "replace")
        stderr = err_f.read().decode("utf-8", "replace")
    workers = [kib for pid, kib in sampler.peaks.items() if pid != proc.pid]

    def sched(pids: Iterable[int]) -> tuple[float, float, float]:
        known = [pid for pid in pids if pid in sampler.sched]
        return (sum(sampler.sched[pid][0] for pid in known) / 1e9, sum(sampler.sched[pid][1] for pid in known) / 1e9,
                sum(sampler.seen[pid][1] - sampler.seen[pid][0] for pid in known))  # fmt: skip

    return CliRun(
        jobs=jobs, wall=wall, returncode=proc.returncode, stderr=stderr, stdout=stdout,
        cpu=usage.ru_utime + usage.ru_stime,
        parent_kib=sampler.peaks.get(proc.pid, 0), worker_kib=sorted(workers, reverse=True),
        peak_total_kib=sampler.peak_total, samples=sampler.samples, load=(load_before, os.getloadavg()[0]),
        parent_sched=sched([proc.pid]), worker_sched=sched(pid for pid in sampler.sched if pid != proc.pid),
        others_cpu=max(busy_after - busy_before - (usage.ru_utime + usage.ru_stime), 0.0),
        steal=steal_after - steal_before,
    )  # fmt: skip


def check_output(run: CliRun, out: Path, expected: Sequence[str]) -> None:
    """One complete JSON line per page file, every file once; records the problems found."""
    data = out.read_bytes()
    run.digest = hashlib.sha256(data).hexdigest()
    lines = data.decode("utf-8").splitlines()
    run.lines = len(lines)
    if data and not data.endswith(b"\n"):
        run.problems.append("the last line is incomplete")
    paths: list[str] = []
    for number, line in enumerate(lines, 1):
        try:
            paths.append(json.loads(line)["path"])
        except (ValueError, KeyError, TypeError) as error:
            run.problems.append(f"line {number} is not a record: {error}")
            break
    if len(lines) != len(expected):
        run.problems.append(f"{len(lines)} lines for {len(expected)} page files")
    if sorted(paths) != sorted(expected):
        missing = set(expected) - set(paths)
        run.problems.append(f"paths differ from the page files ({len(missing)} missing)")
    if run.returncode != 0:
        run.problems.append(f"exit status {run.returncode}")
    if run.stderr.strip():
        run.problems.append(f"stderr: {run.stderr.strip().splitlines()[0][:200]}")
    if run.stdout.strip():
        run.problems.append("wrote to stdout despite -o")


# ---------------------------------------------------------------------------------------------
# memory over a long run (in a fresh process: `batch.py --memory-run FOLDER`)


def rss_kib() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // KIB


def memory_run(folder: str, every: int) -> dict[str, Any]:
    """Extract every page file of `folder` in turn, as the CLI's -j 1 path does, sampling RSS."""
    use_working_tree()
    import articlextract

    files = list_pages(folder)
    gc.collect()
    samples: list[dict[str, float]] = []
    errors = 0
    start_rss = rss_kib()
    low, high = float("inf"), 0
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    for n, path in enumerate(files, 1):
        try:
            data = Path(path).read_bytes()
            if path.lower().endswith(".gz"):
                data = gzip.decompress(data)
            article = articlextract.extract(data)
            json.dumps({"path": path, **article.to_dict()}, ensure_ascii=False)
        except articlextract.ExtractionError:
            errors += 1
        data = article = None  # type: ignore[assignment]
        rss = rss_kib()  # ~10 µs; the window's floor is what a leak would raise
        low, high = min(low, rss), max(high, rss)
        if n % every == 0 or n == len(files):
            gc.collect()  # after the reading above: the RSS is what the run really holds
            samples.append({
                "pages": n, "rss_kib": rss, "low_kib": low, "high_kib": high, "objects": len(gc.get_objects()),
                "wall": time.perf_counter() - start_wall, "cpu": time.process_time() - start_cpu,
            })  # fmt: skip
            low, high = float("inf"), 0
    return {"files": len(files), "errors": errors, "start_rss_kib": start_rss,
            "peak_rss_kib": _proc_status(os.getpid()).get("VmHWM", 0), "samples": samples}  # fmt: skip


def run_memory(folder: Path, every: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--memory-run", str(folder), "--sample-every", str(every)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"memory run failed ({result.returncode}):\n{result.stderr}")
    data = json.loads(result.stdout)
    data["load"] = (load_before, os.getloadavg()[0])
    return data


def _slope(samples: Sequence[dict[str, float]], key: str) -> float:
    return slope_kib_per_1000([(s["pages"], s[key]) for s in samples])


def slope_kib_per_1000(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of (pages, KiB) points, in KiB per 1,000 pages."""
    if len(points) < 2:
        return float("nan")
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    var = sum((x - mx) ** 2 for x, _ in points)
    return 1000 * sum((x - mx) * (y - my) for x, y in points) / var if var else float("nan")


# ---------------------------------------------------------------------------------------------
# report


def _mib(kib: float) -> str:
    return f"{kib / KIB:.1f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header), *("| " + " | ".join(r) + " |" for r in rows)]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _nearest(samples: Sequence[dict[str, float]], pages: int) -> dict[str, float]:
    return min(samples, key=lambda s: abs(s["pages"] - pages))


def _uncontended(run: CliRun) -> tuple[float, float]:
    """(seconds the extracting processes spent waiting for a CPU, the wall time without that wait).

    A rough estimate: the wait of J workers is assumed to be spread evenly, so it costs wait / J of wall."""
    waited = run.worker_sched[1] if run.worker_sched[0] else run.parent_sched[1]
    return waited, run.wall - waited / run.jobs


def report(context: dict[str, str], folder: Folder, runs: Sequence[CliRun], memory: dict[str, Any] | None,
           every: int) -> str:  # fmt: skip
    n = len(folder.files)
    out = ["# articlextract batch benchmark", ""]
    out += [f"- {key}: {value}" for key, value in context.items()]
    out += [
        f"- folder: {n:,} page files in {folder.root} ({n - folder.gz:,} .html, {folder.gz:,} .html.gz, "
        f"{-(-n // FILES_PER_FOLDER)} sub-folders), cycling {folder.distinct} distinct corpus pages; "
        f"{folder.disk_bytes / 1e6:,.0f} MB on disk, {folder.html_bytes / 1e6:,.0f} MB of HTML; "
        "freshly written, so read from the page cache",
        "",
    ]
    if runs:
        base = runs[0]
        out += ["## Command line", "", f"`python -m articlextract FOLDER -o OUT.jsonl -j J --keep-order --quiet`, "
                "wall time from start to exit (interpreter start-up included); best of "
                f"{len(base.walls)} run(s) per J.", ""]  # fmt: skip
        rows = []
        for run in runs:
            rows.append([
                f"-j {run.jobs}", f"{run.wall:.1f}", f"{n / run.wall:.1f}", f"{base.wall / run.wall:.2f}×",
                f"{run.cpu:.1f}", f"{1000 * run.cpu / n:.2f}", f"{run.cpu / run.wall:.2f}",
                _mib(run.parent_kib), _mib(run.worker_kib[0]) if run.worker_kib else "–", _mib(run.peak_total_kib),
                f"{run.load[0]:.2f} → {run.load[1]:.2f}",
            ])  # fmt: skip
        out += _table(
            ["jobs", "wall s", "pages/s", f"speed-up vs -j {base.jobs}", "CPU s", "CPU ms/page", "CPU / wall",
             "parent peak RSS MiB", "largest worker peak RSS MiB", "peak summed RSS MiB", "load avg before → after"],
            rows,
        )  # fmt: skip
        out += ["", "Where the time went, from /proc/PID/schedstat (seconds; workers summed; 'idle' = alive but "
                "neither on a CPU nor waiting for one, i.e. blocked on a pipe, a lock or the disk):", ""]  # fmt: skip
        rows = []
        for run in runs:
            for who, (cpu, wait, alive) in (("parent", run.parent_sched), ("workers", run.worker_sched)):
                if alive or cpu:
                    rows.append([f"-j {run.jobs}", who, f"{alive:.1f}", f"{cpu:.1f}", f"{wait:.1f}",
                                 f"{max(alive - cpu - wait, 0):.1f}"])  # fmt: skip
        out += _table(["jobs", "process", "alive s", "on a CPU s", "waiting for a CPU s", "idle s"], rows)
        out += [""]
        for run in runs:
            waited, free = _uncontended(run)
            out.append(
                f"- -j {run.jobs}: the rest of the machine used {run.others_cpu:.1f} CPU s during the run "
                f"({run.others_cpu / run.wall:.2f} CPUs on average), the hypervisor stole {run.steal:.1f} s; "
                f"without the {waited:.1f} s spent waiting for a CPU the run would take about {free:.1f} s "
                f"({n / free:.1f} pages/s)"
                + ("" if run is base else f", {_uncontended(base)[1] / free:.2f}× faster than -j {base.jobs} "
                   "estimated the same way")
            )  # fmt: skip
        out += ["", "Output checks (one JSON line per page file, every path once, exit 0, nothing on stderr):", ""]
        for run in runs:
            verdict = "ok" if not run.problems else "PROBLEMS: " + "; ".join(run.problems)
            same = "" if run is base or run.digest != base.digest else f"; byte-identical to -j {base.jobs}"
            walls = ", ".join(f"{w:.1f}" for w in run.walls)
            out.append(f"- -j {run.jobs}: {run.lines:,} lines, {verdict}{same} (walls: {walls} s; "
                       f"{run.samples} /proc samples)")  # fmt: skip
        out += [
            "",
            "CPU s is user + system time of the CLI process and its workers (from `wait4` on the child); "
            "CPU / wall near J means J busy processes. Peak RSS per process is VmHWM from /proc sampling; "
            "forked workers share the parent's pages copy-on-write, so the summed RSS counts those twice.",
            "",
        ]
    if memory:
        samples = memory["samples"]
        first, last = samples[0], samples[-1]
        out += ["## Memory over a long run", "",
                f"One fresh process extracts all {memory['files']:,} files one after another (read, gunzip, extract, "
                "render the JSON line, as the CLI's -j 1 path does) and reads its RSS from /proc/self/statm after "
                f"every page; the table shows it after every {every:,}th page, with the lowest and highest RSS of the "
                f"{every:,} pages before. RSS before the first page: {_mib(memory['start_rss_kib'])} MiB; peak "
                f"(VmHWM): {_mib(memory['peak_rss_kib'])} MiB; {memory['errors']} pages raised an ExtractionError. "
                f"Load average {memory['load'][0]:.2f} → {memory['load'][1]:.2f}.", ""]  # fmt: skip
        marks = sorted({int(first["pages"]), min(5000, int(last["pages"])), int(last["pages"])})
        rows = []
        for mark in marks:
            s = _nearest(samples, mark)
            rows.append([f"{int(s['pages']):,}", _mib(s["rss_kib"]), f"{_mib(s['low_kib'])}–{_mib(s['high_kib'])}",
                         f"{(s['rss_kib'] - first['rss_kib']) / KIB:+.1f}", f"{int(s['objects']):,}",
                         f"{s['pages'] / s['wall']:.1f}"])  # fmt: skip
        out += _table(["pages", "RSS MiB", "window low–high MiB", "Δ RSS vs first MiB", "gc objects",
                       "pages/s so far"], rows)  # fmt: skip
        later = [s for s in samples if s["pages"] >= 2 * every]  # the first window holds the warm-up
        half = [s for s in samples if s["pages"] >= last["pages"] / 2]
        out += [
            "",
            f"Slopes, least squares over the samples from {2 * every:,} pages on (second half only in brackets):",
            "",
            f"- RSS after the sample page: **{_slope(later, 'rss_kib'):+.1f} KiB per 1,000 pages** "
            f"({_slope(half, 'rss_kib'):+.1f})",
            f"- window floor (lowest RSS in each window, what a leak raises): {_slope(later, 'low_kib'):+.1f} KiB "
            f"per 1,000 pages ({_slope(half, 'low_kib'):+.1f})",
            f"- window peak: {_slope(later, 'high_kib'):+.1f} KiB per 1,000 pages ({_slope(half, 'high_kib'):+.1f})",
            f"- gc-tracked objects after a collection: {_slope(later, 'objects'):+.1f} objects per 1,000 pages "
            f"({_slope(half, 'objects'):+.1f})",
            f"- speed: {1000 * last['cpu'] / last['pages']:.2f} ms CPU per page, {last['pages'] / last['wall']:.1f} "
            "pages/s wall",
            "- every sample (pages: RSS MiB): "
            + ", ".join(f"{int(s['pages']):,}: {_mib(s['rss_kib'])}" for s in samples),
            "",
            f"The files cycle through {folder.distinct} distinct corpus pages, so after page {folder.distinct} the "
            "run only meets pages it has seen: a cache keyed by page content would stop growing there, which a flat "
            "slope cannot tell apart from warm-up; a flat gc object count can (nothing Python-level accumulates).",
        ]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="corpus root (default: $ARTICLEXTRACT_CORPUS or ../shared/corpus)")
    parser.add_argument("--pages", type=int, default=10_000, help="page files to write (default 10,000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated -j values; speed-up is over the first (1,2)")
    parser.add_argument("--repeat", type=int, default=1, help="CLI runs per -j value, best wall time kept (1)")
    parser.add_argument("--sample-every", type=int, default=500, help="memory run: pages between RSS samples")
    parser.add_argument("--interval", type=float, default=0.05, help="/proc sampling interval in seconds")
    parser.add_argument("--tmp", type=Path, help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and outputs")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="skip the long memory run")
    parser.add_argument("--no-cli", dest="cli", action="store_false", help="skip the CLI runs")
    parser.add_argument("--markdown", type=Path, help="also write the report to this file")
    parser.add_argument("--memory-run", metavar="FOLDER", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    try:
        args.jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    except ValueError:
        parser.error(f"--jobs must be comma-separated numbers: {args.jobs!r}")
    if not args.jobs or min(args.jobs) < 1:
        parser.error("--jobs needs at least one value, each at least 1")
    if args.pages < 1 or args.repeat < 1 or args.sample_every < 1:
        parser.error("--pages, --repeat and --sample-every must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_run:
        print(json.dumps(memory_run(args.memory_run, args.sample_every)))
        return 0
    root = corpus_root(args.corpus)
    if not root.is_dir():
        print(f"error: no corpus at {root} (use --corpus or $ARTICLEXTRACT_CORPUS)", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="articlextract-batch-", dir=args.tmp))
    if tmp.resolve().is_relative_to(REPO_ROOT.resolve()):
        shutil.rmtree(tmp)
        print(f"error: the temporary folder must not be inside the repo ({tmp}); use --tmp", file=sys.stderr)
        return 2
    context = {
        "python": f"{platform.python_version()} on {platform.machine()}, lxml {_version('lxml')}; "
        f"articlextract from the working tree ({SRC})",
        "machine": f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at the start",
    }
    try:
        print(f"writing {args.pages:,} page files to {tmp} …", file=sys.stderr)
        started = time.perf_counter()
        folder = build_folder(root, args.pages, tmp / "pages")
        os.sync()  # the write-back of a GB of new files must not overlap the timed runs
        context["folder built in"] = f"{time.perf_counter() - started:.1f} s"
        expected = list_pages(str(folder.root))
        assert sorted(expected) == sorted(folder.files), "the folder walk does not find every file written"
        runs: list[CliRun] = []
        if args.cli:
            best: dict[int, CliRun] = {}
            walls: dict[int, list[float]] = {j: [] for j in args.jobs}
            for round_ in range(args.repeat):
                for jobs in args.jobs:
                    print(f"round {round_ + 1}: articlextract -j {jobs} …", file=sys.stderr)
                    out = tmp / f"out-j{jobs}.jsonl"
                    run = run_cli(folder.root, jobs, out, args.interval)
                    check_output(run, out, expected)
                    walls[jobs].append(run.wall)
                    print(f"  {run.wall:.1f} s, {len(expected) / run.wall:.1f} pages/s", file=sys.stderr)
                    if jobs not in best or run.wall < best[jobs].wall:
                        best[jobs] = run
            for jobs in args.jobs:
                best[jobs].walls = walls[jobs]
            runs = [best[j] for j in args.jobs]
            for run in runs[1:]:
                if run.digest != runs[0].digest:
                    run.problems.append(f"output differs from -j {runs[0].jobs}")
        memory = None
        if args.memory:
            print(f"memory run over {len(expected):,} pages …", file=sys.stderr)
            memory = run_memory(folder.root, args.sample_every)
        context["machine"] += f"; {os.getloadavg()[0]:.2f} at the end"
        text = report(context, folder, runs, memory, args.sample_every)
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    return 1 if any(run.problems for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
