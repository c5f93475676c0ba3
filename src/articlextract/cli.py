"""The command line: extract articles from saved pages — one file, folders of thousands, or stdin —
or from the HTML responses in WARC files (see the WARC section at the end and docs/warc.md).

Every page is extracted independently; a page that fails is reported on stderr with its path and
the run goes on. Each output record is written whole in a single write, so an interrupted run
leaves only complete JSON lines behind. Exit status: 0 all pages extracted, 1 some failed,
2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import queue
import signal
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from . import __version__, warc
from .errors import ExtractionError
from .options import Options
from .pipeline import extract

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
FORMATS = ("json", "jsonl", "text", "markdown")
_TEXT_SEPARATOR = "\n" + "=" * 72 + "\n"


@dataclass(frozen=True)
class Outcome:
    """The result of one input: its rendered record, or the reason it failed."""

    label: str
    record: str | None = None
    error: str | None = None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        options = Options(favor=args.favor, encoding=args.encoding, max_input_bytes=args.max_bytes)
    except ValueError as error:
        parser.error(str(error))
    warc_files, other_paths = _split_warc_inputs(args.paths)
    if warc_files:
        if other_paths:
            parser.error("give either HTML pages or WARC files, not both: " + ", ".join(other_paths))
        return _main_warc(parser, args, options, warc_files)
    inputs = list(_expand(args.paths))
    if not inputs:
        parser.error("no pages found in the given paths")
    fmt = args.format or _default_format(args.paths, inputs, args.output)
    progress = _Progress(len(inputs), enabled=args.progress and len(inputs) > 1 and sys.stderr.isatty())
    failures = done = 0
    with _open_writer(args.output, fmt, as_array=fmt == "json" and len(inputs) > 1) as writer:
        try:
            for outcome in _outcomes(inputs, options, fmt, args.url, args.jobs):
                done += 1
                if outcome.error is not None:
                    failures += 1
                    progress.clear()
                    print(f"articlextract: {outcome.label}: {outcome.error}", file=sys.stderr)
                else:
                    writer.write(outcome.record or "")
                progress.update(done)
        except KeyboardInterrupt:
            progress.clear()
            print(f"articlextract: interrupted after {done} of {len(inputs)} inputs", file=sys.stderr)
            return 130
        finally:
            progress.clear()
    return 1 if failures else 0


@contextmanager
def _open_writer(path: str | None, fmt: str, *, as_array: bool) -> Iterator[_Writer]:
    """A record writer on the output file (or stdout), closed — JSON array ended — whatever happens."""
    out: TextIO = open(path, "w", encoding="utf-8") if path else sys.stdout  # noqa: SIM115
    writer = _Writer(out, fmt, as_array=as_array)
    try:
        yield writer
    finally:
        writer.close()
        if out is not sys.stdout:
            out.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlextract",
        description="Extract the article (title, body, source, time, authors …) from saved HTML pages "
        "or from the HTML responses in WARC files.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="HTML files (optionally .gz), folders (searched recursively), or - for stdin; "
                        "or .warc/.warc.gz files and folders of them (needs articlextract[warc])")
    parser.add_argument("-o", "--output", help="write here instead of stdout")
    parser.add_argument("-f", "--format", choices=FORMATS,
                        help="json (default for one page), jsonl (default for several), text or markdown")
    parser.add_argument("-j", "--jobs", type=_positive_int, default=1, help="worker processes (default 1)")
    parser.add_argument("--encoding", help="charset to try first (e.g. from an HTTP header)")
    parser.add_argument("--url", help="the page's URL (single page only)")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                        help="trade body precision against recall (default balanced)")
    parser.add_argument("--max-bytes", type=_positive_int, default=Options.max_input_bytes,
                        help="refuse inputs larger than this many bytes (default %(default)s)")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress line on stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _expand(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, folders searched recursively for pages (sorted, for reproducible output)."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if is_page_name(name):
                        yield os.path.join(root, name)
        else:
            yield path


def is_page_name(name: str) -> bool:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return lowered.endswith(PAGE_SUFFIXES)


def _default_format(paths: list[str], inputs: list[str], output: str | None) -> str:
    if output and output.endswith(".jsonl"):
        return "jsonl"
    single = len(inputs) == 1 and not os.path.isdir(paths[0])
    return "json" if single else "jsonl"


def _outcomes(inputs: list[str], options: Options, fmt: str, url: str | None, jobs: int) -> Iterator[Outcome]:
    tasks = [(label, options, fmt, url if len(inputs) == 1 else None) for label in inputs]
    stdin_tasks = [task for task in tasks if task[0] == "-"]
    if jobs == 1 or len(tasks) - len(stdin_tasks) <= 1 or stdin_tasks:
        yield from map(_process, tasks)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(jobs, initializer=_ignore_interrupts) as pool:
        yield from pool.imap(_process, tasks, chunksize=4)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which reports how far the run got and stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process(task: tuple[str, Options, str, str | None]) -> Outcome:
    """Read, extract and render one input; every failure becomes an `Outcome` with an error."""
    label, options, fmt, url = task
    try:
        data = _read(label)
        article = extract(data, url, options=options)
    except ExtractionError as error:
        return Outcome(label, error=f"{type(error).__name__}: {error}")
    except OSError as error:
        return Outcome(label, error=f"cannot read: {error.strerror or error}")
    except Exception as error:  # an extractor bug must not end the batch
        return Outcome(label, error=f"internal error ({type(error).__name__}: {error}); please report it")
    return Outcome(label, record=_render(article.to_dict(), article, fmt, label))


def _read(label: str) -> bytes:
    if label == "-":
        return sys.stdin.buffer.read()
    data = Path(label).read_bytes()
    if label.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            raise ExtractionError(f"not a readable gzip file: {error}") from error
    return data


def _render(record: dict[str, object], article: object, fmt: str, label: str) -> str:
    if fmt in ("json", "jsonl"):
        record = {"path": label, **record}
        return json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None)
    if fmt == "markdown":
        return article.to_markdown()  # type: ignore[attr-defined]
    return article.to_text()  # type: ignore[attr-defined]


class _Writer:
    """Writes each record in one call, so an interruption never leaves half a record behind."""

    def __init__(self, out: TextIO, fmt: str, *, as_array: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.as_array = as_array
        self.count = 0

    def write(self, record: str) -> None:
        if self.fmt == "jsonl":
            chunk = record + "\n"
        elif self.fmt == "json":
            chunk = ("[\n" if self.count == 0 else ",\n") + record if self.as_array else record + "\n"
        else:
            chunk = ("" if self.count == 0 else _TEXT_SEPARATOR) + record.rstrip("\n") + "\n"
        self.out.write(chunk)
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        if self.as_array:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


class _Progress:
    """A one-line progress report on stderr: pages done, pages per second."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.2 and done < self.total):
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        sys.stderr.write(f"\r{done}/{self.total} pages, {rate:.0f} pages/s ")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# --- WARC input ------------------------------------------------------------------------------------
# Each file is read by one process and streamed back in batches; lines of different files interleave
# with -j > 1 (every line names its file and record). Counts and failures go to stderr.

_WARC_BATCH = 32
_warc_queue: Any = None  # the worker side of the result queue (set in each worker process)


def _split_warc_inputs(paths: list[str]) -> tuple[list[str], list[str]]:
    """(WARC files to read, the other paths); a folder counts as WARC input when it holds WARCs and no pages."""
    warcs: list[str] = []
    others: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = _warcs_in(path)
            if found and not any(True for _ in _expand([path])):
                warcs.extend(found)
                continue
            if found:
                print(f"articlextract: note: {path} holds HTML pages and WARC files; reading the pages only "
                      "(name the WARC files to read those)", file=sys.stderr)
        elif warc.is_warc_name(path):
            warcs.append(path)
            continue
        others.append(path)
    return warcs, others


def _warcs_in(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(os.path.join(root, name) for name in sorted(files) if warc.is_warc_name(name))
    return found


def _main_warc(parser: argparse.ArgumentParser, args: argparse.Namespace, options: Options, files: list[str]) -> int:
    """Extract every HTML response of the WARC files; exit 1 when any record or file failed."""
    fmt = args.format or "jsonl"
    if fmt not in ("json", "jsonl"):
        parser.error("WARC input is written as json or jsonl")
    if args.url:
        parser.error("--url is for a single page; WARC records carry their own URL")
    try:
        warc.require_fastwarc()
    except warc.WarcSupportMissing as error:
        parser.error(str(error))
    tally = _WarcTally(len(files), progress=args.progress and sys.stderr.isatty())
    with _open_writer(args.output, fmt, as_array=fmt == "json") as writer:
        try:
            for status, text in _warc_events(files, options, fmt, args.jobs):
                tally.add(status, text, writer)
        except KeyboardInterrupt:
            tally.clear()
            print(f"articlextract: interrupted after {tally.records} records", file=sys.stderr)
            return 130
        finally:
            tally.clear()
    tally.summary()
    return 1 if tally.counts["failed"] else 0


def _warc_events(files: list[str], options: Options, fmt: str, jobs: int) -> Iterator[tuple[str, str]]:
    """(status, text) per record — text is the output line, the skip reason or the failure message —
    and ("done", path) per file, from one process or `jobs` worker processes."""
    if jobs == 1 or len(files) == 1:
        for path in files:
            yield from _warc_file_events(path, options, fmt)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    results = context.Queue(maxsize=4 * jobs)
    tasks = [(path, options, fmt) for path in files]
    with context.Pool(min(jobs, len(files)), initializer=_init_warc_worker, initargs=(results,)) as pool:
        running = pool.map_async(_warc_worker, tasks, chunksize=1)
        done = 0
        while done < len(files):
            try:
                batch = results.get(timeout=0.5)
            except queue.Empty:
                if running.ready():
                    running.get()  # re-raises what killed a worker; otherwise the last batches are in flight
                continue
            done += sum(status == "done" for status, _ in batch)
            yield from batch


def _init_warc_worker(results: Any) -> None:
    global _warc_queue
    _warc_queue = results


def _warc_worker(task: tuple[str, Options, str]) -> None:
    """Worker side: send one file's events in batches, so the parent writes and counts as they come."""
    batch: list[tuple[str, str]] = []
    for event in _warc_file_events(*task):
        batch.append(event)
        if len(batch) >= _WARC_BATCH or event[0] == "done":
            _warc_queue.put(batch)
            batch = []


def _warc_file_events(path: str, options: Options, fmt: str) -> Iterator[tuple[str, str]]:
    try:
        for result in warc.extract_warc(path, options):
            if result.status == "extracted":
                yield "extracted", json.dumps(result.row, ensure_ascii=False, indent=2 if fmt == "json" else None)
            elif result.status == "skipped":
                yield "skipped", result.reason or ""
            else:
                yield "failed", _failure_label(result) + (result.reason or "")
    except OSError as error:
        yield "failed", f"{path}: cannot read: {error.strerror or error}"
    yield "done", path


def _failure_label(result: warc.RecordResult) -> str:
    row = result.row
    parts = [f"{row.get('path')}@{row.get('offset')}", row.get("record_id"), row.get("target_url")]
    return " ".join(str(part) for part in parts if part) + ": "


class _WarcTally:
    """Counts of extracted / skipped (by reason) / failed records, a progress line and the closing summary."""

    def __init__(self, files: int, *, progress: bool) -> None:
        self.files = files
        self.files_done = 0
        self.records = 0
        self.counts: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.progress = progress
        self.start = time.monotonic()
        self.last = 0.0

    def add(self, status: str, text: str, writer: _Writer) -> None:
        if status == "done":
            self.files_done += 1
            self._show()
            return
        self.records += 1
        self.counts[status] += 1
        if status == "extracted":
            writer.write(text)
        elif status == "skipped":
            self.skipped[text] += 1
        else:
            self.clear()
            print(f"articlextract: {text}", file=sys.stderr)
        self._show()

    def _show(self) -> None:
        now = time.monotonic()
        if not self.progress or now - self.last < 0.2:
            return
        self.last = now
        sys.stderr.write(f"\r{self.records:,} records, {self.counts['extracted']:,} extracted, "
                         f"{self.files_done}/{self.files} files, {self._rate():.0f} records/s ")
        sys.stderr.flush()

    def _rate(self) -> float:
        return self.records / max(time.monotonic() - self.start, 1e-9)

    def clear(self) -> None:
        if self.progress:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def summary(self) -> None:
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        skipped = f"{self.counts['skipped']:,} skipped" + (f" ({reasons})" if reasons else "")
        print(f"articlextract: {self.counts['extracted']:,} extracted, {skipped}, {self.counts['failed']:,} failed; "
              f"{self.records:,} records in {self.files} WARC file{'s' if self.files != 1 else ''}, "
              f"{time.monotonic() - self.start:.1f} s, {self._rate():.0f} records/s", file=sys.stderr)
