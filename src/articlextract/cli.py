"""The command line: extract articles from saved pages — one file, folders of thousands, or stdin.

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
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__
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
    inputs = list(_expand(args.paths))
    if not inputs:
        parser.error("no pages found in the given paths")
    fmt = args.format or _default_format(args.paths, inputs, args.output)
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    writer = _Writer(out, fmt, as_array=fmt == "json" and len(inputs) > 1)
    progress = _Progress(len(inputs), enabled=args.progress and len(inputs) > 1 and sys.stderr.isatty())
    failures = done = 0
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
        writer.close()
        if out is not sys.stdout:
            out.close()
        progress.clear()
    return 1 if failures else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlextract",
        description="Extract the article (title, body, source, time, authors …) from saved HTML pages.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="HTML files (optionally .gz), folders (searched recursively), or - for stdin")
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
    with multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn").Pool(jobs) as pool:
        yield from pool.imap(_process, tasks, chunksize=4)


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
        except (OSError, EOFError) as error:
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
