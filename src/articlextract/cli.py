"""The command line: extract articles from saved pages — one file, folders of thousands, or stdin —
or from the HTML responses in WARC files (see the WARC section at the end and docs/warc.md).

Every page is extracted independently, in a worker process with a time limit (`pool`), so a page
that fails, hangs or kills its worker is reported with its path and the run goes on. Output files
are written as ``<out>.partial``, one complete record per write, and renamed when the run ends, so
neither an interruption nor a full disk leaves a torn record or an emptied earlier result.
The exit codes are listed in `EXIT_CODES` (and in ``--help``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import fnmatch
import gzip
import io
import json
import os
import re
import stat
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, BinaryIO

from . import __version__, pool, warc
from .article import Article
from .errors import ExtractionError, InputTooLargeError
from .options import Options
from .pipeline import extract

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_CODES = {
    EXIT_OK: "every page extracted (pages without an article included, unless --fail-on-empty)",
    EXIT_FAILED: "some pages (or WARC records) failed, or with --fail-on-empty some pages had no article",
    EXIT_USAGE: "usage error (nothing was read)",
    EXIT_OUTPUT: "the output could not be written (missing folder, full disk …); "
    "an -o file is left as <out>.partial with complete records only",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
}
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
SNIFF_BYTES = 4096  # what is read of a file found in a folder to decide whether it is a page
ARTICLE_FIELDS = tuple(Article().to_dict())
OK, EMPTY, FAILED = "ok", "empty", "failed"
_TEXT_SEPARATOR = "\n" + "=" * 72 + "\n"
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_SIGN = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s{0,1024}<(?:!--|meta|title|div|p|table|script|link|style)[\s>]", re.I)


class UsageError(Exception):
    """A mistake in the command line, found before any page is read."""


class OutputError(Exception):
    """The output cannot be written; the message names it and says why."""


class ReaderGone(Exception):
    """stdout is a pipe whose reader has gone (`| head`): the run stops quietly."""


# --- formats ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """The outcome of one input: `OK` with an article, `EMPTY` (an article without body), or `FAILED`."""

    label: str
    status: str
    article: Article | None = None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    """A `Page` as the output needs it: the record is rendered where the page was extracted (in a worker)."""

    label: str
    status: str
    record: str | None
    error: str | None = None


def outcome(page: Page, fmt: str, fields: tuple[str, ...]) -> Outcome:
    return Outcome(page.label, page.status, FORMATS[fmt].render(page, fields), page.error)


@dataclass(frozen=True)
class Frame:
    """How the records of a format share one stream: what opens and closes it, what goes between two."""

    start: str = ""
    between: str = ""
    end: str = ""


@dataclass(frozen=True)
class Format:
    """A ``--format``: the file extension for ``-O``, how one page renders (None: nothing to write, e.g. the
    text of a failed page), whether records are structured (they carry path, status and ``--fields``)."""

    extension: str
    render: Callable[[Page, tuple[str, ...]], str | None]
    structured: bool
    frame: Callable[[tuple[str, ...], bool], Frame] = lambda fields, several: Frame()


def _record(page: Page, fields: tuple[str, ...]) -> dict[str, Any]:
    record: dict[str, Any] = {"path": page.label, "status": page.status}
    if page.article is not None:
        data = page.article.to_dict()
        record.update((name, data[name]) for name in fields)
    if page.error is not None:
        record["error"] = page.error
    return record


def _render_json(page: Page, fields: tuple[str, ...], *, indent: int | None) -> str:
    return json.dumps(_record(page, fields), ensure_ascii=False, indent=indent) + ("" if indent else "\n")


def _csv_columns(fields: tuple[str, ...]) -> list[str]:
    return ["path", "status", *fields, "error"]


def _csv_line(values: Iterable[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _csv_value(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else value


def _render_csv(page: Page, fields: tuple[str, ...]) -> str:
    record = _record(page, fields)
    return _csv_line(_csv_value(record.get(column)) for column in _csv_columns(fields))


def _render_body(page: Page, fields: tuple[str, ...], *, as_markdown: bool) -> str | None:
    if page.article is None:
        return None
    text = page.article.to_markdown() if as_markdown else page.article.to_text()
    return text.rstrip("\n") + "\n"


def _json_frame(fields: tuple[str, ...], several: bool) -> Frame:
    """Several records make one JSON array; a single one is written as it is."""
    return Frame("[\n", ",\n", "\n]\n") if several else Frame(end="\n")


FORMATS: dict[str, Format] = {
    "json": Format(".json", partial(_render_json, indent=2), True, _json_frame),
    "jsonl": Format(".jsonl", partial(_render_json, indent=None), True),
    "csv": Format(".csv", _render_csv, True, lambda fields, several: Frame(_csv_line(_csv_columns(fields)))),
    "text": Format(".txt", partial(_render_body, as_markdown=False), False,
                   lambda fields, several: Frame(between=_TEXT_SEPARATOR)),
    "markdown": Format(".md", partial(_render_body, as_markdown=True), False,
                       lambda fields, several: Frame(between=_TEXT_SEPARATOR)),
}


# --- the command line ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as error:
        parser.error(str(error))
    except OutputError as error:
        print(f"articlextract: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    except ReaderGone:  # stop quietly, as Unix tools do
        _drop_stdout()
        return EXIT_OK
    return EXIT_OK  # not reached: parser.error exits


def _parser() -> argparse.ArgumentParser:
    codes = "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_CODES.items())
    parser = argparse.ArgumentParser(
        prog="articlextract",
        description="Extract the article (title, body, source, time, authors …) from saved HTML pages\n"
        "or from the HTML responses in WARC files.",
        epilog=f"exit status:\n{codes}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="HTML files (gzip too), folders (searched recursively for files that read as HTML), "
                        "or - for stdin; or .warc/.warc.gz files and folders of them (needs articlextract[warc])")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("-o", "--output", metavar="FILE",
                        help="write here (through FILE.partial, renamed when the run ends) instead of stdout")
    output.add_argument("-O", "--output-dir", metavar="DIR",
                        help="write one file per page into DIR, mirroring the input folders")
    parser.add_argument("-f", "--format", choices=tuple(FORMATS),
                        help="json (default for one page), jsonl (default for several), csv, text or markdown")
    parser.add_argument("--fields", type=_field_list, metavar="NAME,…",
                        help="the article fields to write for json, jsonl and csv, comma-separated (path and "
                        "status always are); choose from " + ", ".join(ARTICLE_FIELDS))
    parser.add_argument("-j", "--jobs", type=_positive_int, default=1, help="worker processes (default 1)")
    parser.add_argument("--timeout", type=_seconds, default=60.0, metavar="SECONDS",
                        help="give up on a page after this long (default %(default)g); 0: no limit, "
                        "and with -j 1 pages are read in this process")
    parser.add_argument("--keep-order", action="store_true",
                        help="write records in input order (default: as they finish)")
    parser.add_argument("--resume", action="store_true",
                        help="skip the inputs already written to -o FILE (or its .partial) or to -O DIR")
    parser.add_argument("--glob", metavar="PATTERN",
                        help="in folders, read only files whose path below the folder matches (e.g. '*.php')")
    parser.add_argument("--fail-on-empty", action="store_true",
                        help="count pages without an article as failed (exit status 1)")
    parser.add_argument("--encoding", help="charset to try first (e.g. from an HTTP header)")
    parser.add_argument("--url", help="the page's URL (one input only)")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced",
                        help="trade body precision against recall (default balanced)")
    parser.add_argument("--max-bytes", type=_positive_int, default=Options.max_input_bytes,
                        help="refuse inputs larger than this many bytes, after gzip (default %(default)s)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary, notes or progress line on stderr")
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


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {text!r}")
    return value


def _field_list(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in ARTICLE_FIELDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(unknown) or '(none given)'}; choose from {','.join(ARTICLE_FIELDS)}")
    return names


def _options(args: argparse.Namespace) -> Options:
    try:
        return Options(favor=args.favor, encoding=args.encoding, max_input_bytes=args.max_bytes)
    except ValueError as error:
        raise UsageError(str(error)) from None


def _run(args: argparse.Namespace) -> int:
    options = _options(args)
    warc_files, other_paths = _split_warc_inputs(args.paths, args.glob, args.quiet)
    if warc_files:
        if other_paths:
            raise UsageError("give either HTML pages or WARC files, not both: " + ", ".join(other_paths))
        return _main_warc(args, options, warc_files)
    found = find_inputs(args.paths, args.glob)
    if not found.inputs:
        skipped = f"; {found.skipped_summary()}" if found.skipped else ""
        raise UsageError(f"no pages found in the given paths{skipped}")
    if args.url and len(found.inputs) > 1:
        raise UsageError(f"--url names one page, but {len(found.inputs)} inputs were given")
    if sum(item.label == "-" for item in found.inputs) > 1:
        raise UsageError("stdin (-) can be read only once")
    fmt = args.format or _default_format(args)
    fields = args.fields or ARTICLE_FIELDS
    if args.fields and not FORMATS[fmt].structured:
        raise UsageError(f"--fields is for {', '.join(name for name, f in FORMATS.items() if f.structured)}")
    if not args.quiet:
        for note in found.notes:
            print(f"articlextract: note: {note}", file=sys.stderr)
    sink = _open_sink(args, fmt, fields, found.inputs)
    done = sink.already_written()
    todo = [item for item in found.inputs if _key(item.label) not in done]
    tally = _Tally(len(todo), skipped=found.skipped, resumed=len(found.inputs) - len(todo),
                   progress=args.progress and not args.quiet and len(todo) > 1 and sys.stderr.isatty())
    job = PageJob(options, fmt, fields, args.url, args.max_bytes)
    try:
        with sink:
            for done in _outcomes(job, todo, args):
                tally.add(done)
                sink.write(done)
            sink.commit()
    except KeyboardInterrupt:
        tally.finish(quiet=args.quiet)
        print(f"articlextract: interrupted after {tally.done} of {len(todo)} inputs", file=sys.stderr)
        return EXIT_INTERRUPTED
    tally.finish(quiet=args.quiet)
    return EXIT_FAILED if tally.counts[FAILED] or (args.fail_on_empty and tally.counts[EMPTY]) else EXIT_OK


def _default_format(args: argparse.Namespace) -> str:
    if args.output and args.output.endswith(".jsonl"):
        return "jsonl"
    if args.output and args.output.endswith(".csv"):
        return "csv"
    return "json" if _one_page(args.paths) else "jsonl"


def _one_page(paths: list[str]) -> bool:
    """Whether the command line names a single page (one record, not a collection of them)."""
    return len(paths) == 1 and (paths[0] == "-" or not os.path.isdir(paths[0]))


def _key(label: str) -> str:
    """How `--resume` recognises an input already written: its absolute path."""
    return label if label == "-" else os.path.abspath(label)


def _drop_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's last flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


# --- finding the pages -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """A page to read: its path as given or found (``-`` for stdin) and, when found in a folder given on
    the command line, that folder (``-O`` mirrors the path below it)."""

    label: str
    root: str | None = None


@dataclass
class Found:
    inputs: list[Input] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def skipped_summary(self) -> str:
        total = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        return f"{total:,} file{'s' if total != 1 else ''} skipped: {reasons}"


NOT_HTML, NOT_REGULAR, BROKEN_LINK = "not HTML", "not a regular file", "broken link"


def find_inputs(paths: Iterable[str], glob: str | None = None) -> Found:
    """The pages to read, in order: files as given, folders searched recursively (sorted, for reproducible
    output) for files that read as HTML whatever their names. Nothing but regular files is ever opened:
    a FIFO or a device is skipped with a note."""
    found = Found()
    for path in paths:
        if path == "-":
            found.inputs.append(Input("-"))
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            found.inputs.append(Input(path))  # reported as unreadable when read
            continue
        if stat.S_ISDIR(mode):
            _search(path, path, glob, found)
        elif stat.S_ISREG(mode):
            found.inputs.append(Input(path))
        else:
            _skip_special(path, mode, found)
    return found


def _search(root: str, folder: str, glob: str | None, found: Found) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        found.notes.append(f"{folder}: cannot list the folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _search(root, entry.path, glob, found)
            continue
        if glob and not fnmatch.fnmatch(os.path.relpath(entry.path, root), glob):
            continue
        named_as_page = is_page_name(entry.name)
        try:
            mode = entry.stat().st_mode
        except OSError:  # a broken symlink: reported when named like a page, else counted
            if named_as_page:
                found.inputs.append(Input(entry.path, root))
            else:
                found.skipped[BROKEN_LINK] += 1
            continue
        if not stat.S_ISREG(mode):
            if not stat.S_ISDIR(mode):  # symlinks to folders are not followed
                _skip_special(entry.path, mode, found)
        elif named_as_page or _sniffs_as_html(entry.path):
            found.inputs.append(Input(entry.path, root))
        else:
            found.skipped[NOT_HTML] += 1


def _skip_special(path: str, mode: int, found: Found) -> None:
    kinds = {stat.S_ISFIFO: "a FIFO", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a device", stat.S_ISBLK: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "not a regular file")
    found.notes.append(f"{path}: skipped, {kind} is not a page")
    found.skipped[NOT_REGULAR] += 1


def is_page_name(name: str) -> bool:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return lowered.endswith(PAGE_SUFFIXES)


def _sniffs_as_html(path: str) -> bool:
    """Whether the first `SNIFF_BYTES` of a file (inflated, when it is gzip) read as an HTML page; a file
    that cannot be read is kept, so that its error is reported."""
    try:
        with _open_regular(path) as stream:
            head = stream.read(SNIFF_BYTES)
            if head.startswith(_GZIP_MAGIC):
                stream.seek(0)
                head = _inflate_head(stream.read(SNIFF_BYTES))
    except OSError:
        return True
    return looks_like_html(head)


def _inflate_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, SNIFF_BYTES)
    except zlib.error:
        return b""


def looks_like_html(head: bytes) -> bool:
    """The start of an HTML page: a doctype or an html/head/body tag, or a document that opens with a tag
    only pages open with (a fragment saved from a CMS). UTF-16 pages are read as such."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    elif b"\0" in head:
        return False
    return _HTML_SIGN.search(head) is not None or _HTML_START.match(head) is not None


def _open_regular(path: str) -> BinaryIO:
    """Open a file for reading only if it is a regular file: O_NONBLOCK makes opening a FIFO return at once
    instead of waiting for a writer, and the check is made on what was opened."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return os.fdopen(fd, "rb")


# --- reading and extracting pages (in the worker processes) -------------------------------------------


@dataclass(frozen=True)
class PageJob:
    """What every page of a run shares: sent once to each worker."""

    options: Options
    format: str
    fields: tuple[str, ...]
    url: str | None
    max_bytes: int


class _TooLarge(Exception):
    pass


def _outcomes(job: PageJob, todo: list[Input], args: argparse.Namespace) -> Iterator[Outcome]:
    """Each input's `Outcome`, as they finish (or in input order with --keep-order)."""
    timeout = args.timeout or None
    tasks = (_task(item, job.max_bytes) for item in todo)
    events = pool.run(partial(page_results, job), tasks, jobs=args.jobs, timeout=timeout)
    if args.keep_order:
        events = pool.in_order(events)
    for index, event in events:
        if isinstance(event, Outcome):
            yield event
        elif event.how != "done":
            lost = Page(todo[index].label, FAILED, error=_lost_reason(event, args.timeout))
            yield outcome(lost, job.format, job.fields)


def _task(item: Input, limit: int) -> tuple[str, bytes | None]:
    """(label, data): stdin is read here, capped, since only this process has it."""
    if item.label != "-":
        return item.label, None
    return item.label, sys.stdin.buffer.read(limit + 1)


def _lost_reason(ended: pool.Ended, timeout: float) -> str:
    if ended.how == "timeout":
        return f"timed out after {timeout:g} s (--timeout)"
    return ended.detail


def page_results(job: PageJob, task: tuple[str, bytes | None]) -> Iterator[Outcome]:
    """Read, extract and render one input (the worker's side of `pool.run`)."""
    yield outcome(extract_page(job, *task), job.format, job.fields)


def extract_page(job: PageJob, label: str, data: bytes | None) -> Page:
    """Read and extract one input; every failure becomes a failed `Page` whose error speaks CLI terms."""
    try:
        article = extract(_read(label, data, job.max_bytes), job.url, options=job.options)
    except (_TooLarge, InputTooLargeError):
        return Page(label, FAILED, error=f"larger than --max-bytes ({job.max_bytes:,} bytes)")
    except ExtractionError as error:
        return Page(label, FAILED, error=f"{type(error).__name__}: {error}")
    except OSError as error:
        return Page(label, FAILED, error=f"cannot read: {error.strerror or error}")
    except Exception as error:  # an extractor bug must not end the batch
        return Page(label, FAILED, error=f"internal error ({type(error).__name__}: {error}); please report it")
    return Page(label, OK if article.paragraphs else EMPTY, article)


def _read(label: str, data: bytes | None, limit: int) -> bytes:
    """The page's bytes, gzip undone (recognised by its magic number, whatever the name), at most `limit`:
    reading and inflating stop one byte past it, so a huge file or a gzip bomb costs nothing."""
    if data is None:
        with _open_regular(label) as stream:
            return _read_capped(stream, limit)
    return _read_capped(io.BytesIO(data), limit)


def _read_capped(stream: BinaryIO, limit: int) -> bytes:
    head = stream.read(2)
    stream.seek(0)
    if head == _GZIP_MAGIC:
        try:
            data = gzip.GzipFile(fileobj=stream).read(limit + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise ExtractionError(f"not a readable gzip file: {error}") from error
    else:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge
    return data


# --- writing --------------------------------------------------------------------------------------------


class _Sink:
    """Where records go. Used as a context manager: leaving without `commit()` leaves what was written as it
    is (an interrupted run), and nothing is ever half-written."""

    def already_written(self) -> set[str]:
        return set()

    def write(self, done: Outcome) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """The run is complete: close the stream and put the result in place."""

    def close(self) -> None:
        """Close without committing."""

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Stream(_Sink):
    """All records in one stream (stdout or an -o file), framed by the format (a JSON array, a CSV header …)."""

    def __init__(self, out: BinaryIO, frame: Frame, *, name: str) -> None:
        self.out = out
        self.frame = frame
        self.name = name
        self.count = 0

    def write(self, done: Outcome) -> None:
        if done.record is not None:
            self.write_record(done.record)

    def write_record(self, rendered: str) -> None:
        self._put((self.frame.between if self.count else self.frame.start) + rendered)
        self.count += 1

    def commit(self) -> None:
        self._put(("" if self.count else self.frame.start) + self.frame.end)

    def _put(self, text: str) -> None:
        if not text:
            return
        try:
            self.out.write(text.encode("utf-8"))
            self.out.flush()
        except BrokenPipeError as error:
            raise ReaderGone from error
        except OSError as error:
            raise OutputError(f"cannot write {self.name}: {error.strerror or error}") from error


class _File(_Stream):
    """``-o FILE``: records go to ``FILE.partial``, renamed to FILE when the run is complete, so an earlier FILE
    stays whole until then. A write that fails (a full disk) is cut back to the last complete record."""

    def __init__(self, path: str, frame: Frame, *, resume: bool) -> None:
        self.path = path
        self.partial = path + ".partial"
        self.written: set[str] = set()
        if os.path.isdir(path):
            raise OutputError(f"cannot write {path}: it is a folder")
        try:
            if resume:
                self.written = _resume_from(path, self.partial)
            out = open(self.partial, "ab" if resume else "wb", buffering=0)  # noqa: SIM115
        except OSError as error:
            raise OutputError(f"cannot write {self.partial}: {error.strerror or error}") from error
        super().__init__(out, frame, name=self.partial)
        self.count = len(self.written)

    def already_written(self) -> set[str]:
        return self.written

    def _put(self, text: str) -> None:
        data = memoryview(text.encode("utf-8"))
        size = self.out.tell()
        try:
            written = 0
            while written < len(data):
                written += self.out.write(data[written:]) or 0
        except OSError as error:
            self.out.truncate(size)
            raise OutputError(f"cannot write {self.partial}: {error.strerror or error}") from error

    def commit(self) -> None:
        super().commit()
        self.out.close()
        try:
            os.replace(self.partial, self.path)
        except OSError as error:
            raise OutputError(f"cannot rename {self.partial} to {self.path}: {error.strerror or error}") from error

    def close(self) -> None:
        self.out.close()


def _resume_from(path: str, partial_path: str) -> set[str]:
    """The inputs already in ``FILE.partial`` (or in FILE, copied to ``FILE.partial`` first); a torn last line
    (the run was killed mid-write) is cut off."""
    source = partial_path if os.path.exists(partial_path) else path
    done: set[str] = set()
    good = 0
    try:
        with open(source, "rb") as stream:
            for line in stream:
                try:
                    done.add(_key(json.loads(line)["path"]))
                except (ValueError, KeyError, TypeError):
                    break
                if not line.endswith(b"\n"):
                    break
                good += len(line)
    except FileNotFoundError:
        return done
    if source == partial_path:
        os.truncate(partial_path, good)
    else:
        with open(source, "rb") as stream, open(partial_path, "wb") as out:
            out.write(stream.read(good))
    return done


class _Mirror(_Sink):
    """``-O DIR``: one file per page, named after the input (its page suffix replaced by the format's) at the
    same place below DIR as the input below the folder it was found in. Each file is written whole."""

    def __init__(self, folder: str, fmt: str, fields: tuple[str, ...], inputs: list[Input], *, resume: bool) -> None:
        self.format = FORMATS[fmt]
        self.frame = self.format.frame(fields, False)
        self.targets = _mirror_names(folder, inputs, self.format.extension)
        self.resume = resume
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise OutputError(f"cannot create {folder}: {error.strerror or error}") from error
        if not os.access(folder, os.W_OK):
            raise OutputError(f"cannot write into {folder}: permission denied")

    def already_written(self) -> set[str]:
        if not self.resume:
            return set()
        return {_key(label) for label, target in self.targets.items() if os.path.exists(target)}

    def write(self, done: Outcome) -> None:
        if done.record is None or done.status == FAILED:
            return
        target = self.targets[done.label]
        temporary = target + ".partial"
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(temporary, "wb") as out:
                out.write((self.frame.start + done.record + self.frame.end).encode("utf-8"))
            os.replace(temporary, target)
        except OSError as error:
            _remove_quietly(temporary)
            raise OutputError(f"cannot write {target}: {error.strerror or error}") from error


def _mirror_names(folder: str, inputs: list[Input], extension: str) -> dict[str, str]:
    targets: dict[str, str] = {}
    sources: dict[str, str] = {}
    for item in inputs:
        if item.label == "-":
            raise UsageError("-O writes one file per input file; stdin (-) has no name")
        relative = os.path.relpath(item.label, item.root) if item.root else os.path.basename(item.label)
        stem = relative[:-3] if relative.lower().endswith(".gz") else relative
        base, suffix = os.path.splitext(stem)
        target = os.path.join(folder, (base if suffix.lower() in PAGE_SUFFIXES else stem) + extension)
        if target in sources:
            raise UsageError(f"{sources[target]} and {item.label} would both be written to {target}")
        sources[target] = item.label
        targets[item.label] = target
    return targets


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def _open_sink(args: argparse.Namespace, fmt: str, fields: tuple[str, ...], inputs: list[Input]) -> _Sink:
    """The sink for this run, checked before any page is read: the output must be writable and no input."""
    if args.resume and not (args.output_dir or (args.output and fmt == "jsonl")):
        raise UsageError("--resume needs -o FILE with jsonl records, or -O DIR")
    if args.output_dir:
        return _Mirror(args.output_dir, fmt, fields, inputs, resume=args.resume)
    frame = FORMATS[fmt].frame(fields, not _one_page(args.paths))
    if args.output is None:
        return _Stream(sys.stdout.buffer, frame, name="standard output")
    _refuse_input_as_output(args.output, inputs)
    return _File(args.output, frame, resume=args.resume)


def _refuse_input_as_output(output: str, inputs: list[Input]) -> None:
    """The output file (or its .partial) must not be one of the inputs, under any name."""
    outputs = {}
    for target in (output, output + ".partial"):
        try:
            info = os.stat(target)
        except OSError:
            continue
        outputs[(info.st_dev, info.st_ino)] = target
    if not outputs:
        return
    for item in inputs:
        try:
            info = os.stat(item.label)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in outputs:
            raise UsageError(f"the output {output} is also an input ({item.label}); it would be overwritten")


# --- reporting ------------------------------------------------------------------------------------------


class _Tally:
    """Counts by outcome, failures on stderr as they happen, a progress line on a terminal, a closing summary."""

    def __init__(self, total: int, *, skipped: Counter[str], resumed: int, progress: bool) -> None:
        self.total = total
        self.skipped = skipped
        self.resumed = resumed
        self.counts: Counter[str] = Counter()
        self.done = 0
        self.progress = _Progress(progress)

    def add(self, done: Outcome) -> None:
        self.done += 1
        self.counts[done.status] += 1
        if done.status == FAILED:
            self.progress.clear()
            print(f"articlextract: {done.label}: {done.error}", file=sys.stderr)
        self.progress.show(lambda rate: f"{self.done}/{self.total} pages, {rate:.0f} pages/s", self.done)

    def finish(self, *, quiet: bool) -> None:
        self.progress.clear()
        if quiet:
            return
        seconds = self.progress.elapsed()
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        resumed = f"; {self.resumed:,} already written (--resume)" if self.resumed else ""
        print(f"articlextract: {self.counts[OK]:,} extracted, {self.counts[EMPTY]:,} without an article, "
              f"{self.counts[FAILED]:,} failed, {skipped:,} skipped" + (f" ({reasons})" if reasons else "")
              + f"{resumed}; {seconds:.1f} s, {self.done / max(seconds, 1e-9):.0f} pages/s", file=sys.stderr)


class _Progress:
    """A one-line progress report on stderr, redrawn at most five times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def show(self, line: Callable[[float], str], done: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        sys.stderr.write("\r" + line(done / max(now - self.start, 1e-9)) + " ")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def elapsed(self) -> float:
        return time.monotonic() - self.start


# --- WARC input ------------------------------------------------------------------------------------
# Each file is read by one worker, which sends one event per record, so --timeout bounds one record.
# Lines of different files interleave with -j > 1 (every line names its file and record) unless
# --keep-order. Counts and failures go to stderr.


def _split_warc_inputs(paths: list[str], glob: str | None, quiet: bool) -> tuple[list[str], list[str]]:
    """(WARC files to read, the other paths); a folder counts as WARC input when it holds WARCs and no pages."""
    warcs: list[str] = []
    others: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = _warcs_in(path, glob)
            if found and not find_inputs([path], glob).inputs:
                warcs.extend(found)
                continue
            if found and not quiet:
                print(f"articlextract: note: {path} holds HTML pages and WARC files; reading the pages only "
                      "(name the WARC files to read those)", file=sys.stderr)
        elif warc.is_warc_name(path):
            warcs.append(path)
            continue
        others.append(path)
    return warcs, others


def _warcs_in(folder: str, glob: str | None) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if warc.is_warc_name(name) and not (glob and not fnmatch.fnmatch(os.path.relpath(path, folder), glob)):
                found.append(path)
    return found


@dataclass(frozen=True)
class WarcEvent:
    """One record of a WARC file: its status, its output line / skip reason / failure message, its offset."""

    status: str
    text: str
    offset: int | None


def _main_warc(args: argparse.Namespace, options: Options, files: list[str]) -> int:
    """Extract every HTML response of the WARC files; exit 1 when any record or file failed."""
    fmt = args.format or "jsonl"
    if fmt not in ("json", "jsonl"):
        raise UsageError("WARC input is written as json or jsonl")
    if args.url:
        raise UsageError("--url is for a single page; WARC records carry their own URL")
    if args.output_dir or args.resume:
        raise UsageError("-O and --resume are for HTML pages; WARC input is written with -o FILE or to stdout")
    try:
        warc.require_fastwarc()
    except warc.WarcSupportMissing as error:
        raise UsageError(str(error)) from None
    frame = FORMATS[fmt].frame((), True)
    if args.output:
        _refuse_input_as_output(args.output, [Input(path) for path in files])
        sink: _Stream = _File(args.output, frame, resume=False)
    else:
        sink = _Stream(sys.stdout.buffer, frame, name="standard output")
    tally = _WarcTally(len(files), progress=args.progress and not args.quiet and sys.stderr.isatty())
    work = partial(warc_events, options, fmt, args.fields)
    events = pool.run(work, files, jobs=min(args.jobs, len(files)), timeout=args.timeout or None)
    if args.keep_order:
        events = pool.in_order(events)
    last_offset: dict[int, int | None] = {}
    try:
        with sink:
            for index, event in events:
                if isinstance(event, WarcEvent):
                    last_offset[index] = event.offset
                    tally.add(event, sink)
                elif event.how == "done":
                    tally.file_done()
                else:
                    tally.file_lost(files[index], last_offset.get(index), _lost_reason(event, args.timeout))
            sink.commit()
    except KeyboardInterrupt:
        tally.clear()
        print(f"articlextract: interrupted after {tally.records} records", file=sys.stderr)
        return EXIT_INTERRUPTED
    tally.clear()
    if not args.quiet:
        tally.summary()
    return EXIT_FAILED if tally.counts["failed"] else EXIT_OK


def warc_events(options: Options, fmt: str, fields: tuple[str, ...] | None, path: str) -> Iterator[WarcEvent]:
    """One `WarcEvent` per record of one file (the worker's side of `pool.run`)."""
    indent = 2 if fmt == "json" else None
    try:
        for result in warc.extract_warc(path, options):
            offset = result.row.get("offset")
            if result.status == "extracted":
                row = result.row
                if fields is not None:
                    row = {name: row[name] for name in (*warc.RECORD_FIELDS, *fields)}
                line = json.dumps(row, ensure_ascii=False, indent=indent) + ("" if indent else "\n")
                yield WarcEvent("extracted", line, offset)
            elif result.status == "skipped":
                yield WarcEvent("skipped", result.reason or "", offset)
            else:
                yield WarcEvent("failed", _failure_label(result) + (result.reason or ""), offset)
    except OSError as error:
        yield WarcEvent("failed", f"{path}: cannot read: {error.strerror or error}", None)


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
        self.progress = _Progress(progress)

    def add(self, event: WarcEvent, sink: _Stream) -> None:
        self.records += 1
        self.counts[event.status] += 1
        if event.status == "extracted":
            sink.write_record(event.text)
        elif event.status == "skipped":
            self.skipped[event.text] += 1
        else:
            self._report(event.text)
        self._show()

    def file_done(self) -> None:
        self.files_done += 1
        self._show()

    def file_lost(self, path: str, offset: int | None, reason: str) -> None:
        self.files_done += 1
        self.counts["failed"] += 1
        where = f"after offset {offset}" if offset is not None else "at its first record"
        self._report(f"{path}: {reason} {where}; the rest of the file was not read")

    def _report(self, message: str) -> None:
        self.progress.clear()
        print(f"articlextract: {message}", file=sys.stderr)

    def _show(self) -> None:
        self.progress.show(lambda rate: f"{self.records:,} records, {self.counts['extracted']:,} extracted, "
                           f"{self.files_done}/{self.files} files, {rate:.0f} records/s", self.records)

    def clear(self) -> None:
        self.progress.clear()

    def summary(self) -> None:
        seconds = self.progress.elapsed()
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        skipped = f"{self.counts['skipped']:,} skipped" + (f" ({reasons})" if reasons else "")
        print(f"articlextract: {self.counts['extracted']:,} extracted, {skipped}, {self.counts['failed']:,} failed; "
              f"{self.records:,} records in {self.files} WARC file{'s' if self.files != 1 else ''}, "
              f"{seconds:.1f} s, {self.records / max(seconds, 1e-9):.0f} records/s", file=sys.stderr)


