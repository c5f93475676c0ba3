"""The command line: extract articles from saved pages — one file, folders of thousands, or stdin —
or from the HTML responses in WARC files (docs/usage.md, docs/warc.md).

Every page is extracted independently, in a worker process with a time limit (`pool`), so a page
that fails, hangs or kills its worker is reported with its path and the run goes on. Output files
are written as ``<out>.partial``, one complete record per write, and renamed when the run ends, so
neither an interruption nor a full disk leaves a torn record or an emptied earlier result.

This module reads the arguments and runs a batch of pages; `inputs` finds and reads the pages,
`pages` extracts them in the workers, `formats` renders records, `outputs` writes them, `report`
speaks on stderr, `warc_input` runs WARC files. The exit statuses are `errors.EXIT_CODES` (and ``--help``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any

from .. import __version__
from ..options import Options
from ..rules import Rules
from .errors import (
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    OutputError,
    ReaderGone,
    UsageError,
)
from .formats import ARTICLE_FIELDS, EMPTY, FAILED, FORMATS
from .inputs import find_inputs, input_key
from .outputs import open_sink
from .pages import PageJob, page_outcomes
from .report import Tally
from .warc_input import main_warc, split_warc_inputs


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
    except KeyboardInterrupt:  # before the pages are read (a batch reports how far it got itself)
        print("articlextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug outside the pages (each page's own errors are caught in `pages`)
        print(
            f"articlextract: internal error ({type(error).__name__}: {error}); please report it with the command line",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
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
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="HTML files (gzip too), folders (searched recursively for files that read as HTML), "
        "or - for stdin; or .warc/.warc.gz files and folders of them (needs articlextract[warc])",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here (through FILE.partial, renamed when the run ends) instead of stdout",
    )
    output.add_argument(
        "-O", "--output-dir", metavar="DIR", help="write one file per page into DIR, mirroring the input folders"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=tuple(FORMATS),
        help="json (default for one page), jsonl (default for several), csv, text, markdown "
        "or html (a clean article fragment)",
    )
    parser.add_argument(
        "--links",
        action="store_true",
        help="keep the body's links in markdown and html output (and in the blocks of json)",
    )
    parser.add_argument(
        "--rules",
        metavar="FILE",
        help="per-site XPaths for body, boxes to drop and fields: a TOML file (docs/rules.md)",
    )
    parser.add_argument(
        "--fields",
        type=_field_list,
        metavar="NAME,…",
        help="the article fields to write for json, jsonl and csv, comma-separated (path and "
        "status always are); choose from " + ", ".join(ARTICLE_FIELDS),
    )
    parser.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="give up on a page after this long (default %(default)g); 0: no limit, "
        "and with -j 1 pages are read in this process",
    )
    parser.add_argument(
        "--keep-order", action="store_true", help="write records in input order (default: as they finish)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip the inputs already written to -o FILE (or its .partial) or to -O DIR",
    )
    parser.add_argument(
        "--glob",
        metavar="PATTERN",
        help="in folders, read only files whose path below the folder matches (e.g. '*.php')",
    )
    parser.add_argument(
        "--fail-on-empty", action="store_true", help="count pages without an article as failed (exit status 1)"
    )
    parser.add_argument("--encoding", help="charset to try first (e.g. from an HTTP header)")
    parser.add_argument("--url", help="the page's URL (one input only)")
    parser.add_argument(
        "--favor",
        choices=("balanced", "precision", "recall"),
        default="balanced",
        help="trade body precision against recall (default balanced)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=Options.max_input_bytes,
        metavar="N",
        help="refuse inputs larger than this many bytes, after gzip (default %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary, notes or progress line on stderr")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress line on stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _number(
    convert: Callable[[str], float], kind: str, valid: Callable[[float], bool], rule: str
) -> Callable[[str], Any]:
    """An argparse type: `convert`, then check `valid`; the errors say what was expected."""

    def parse(text: str) -> Any:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {kind}: {text!r}") from None
        if not valid(value):
            raise argparse.ArgumentTypeError(f"must be {rule}: {text!r}")
        return value

    return parse


_positive_int = _number(int, "a whole number", lambda value: value >= 1, "at least 1")
_seconds = _number(float, "a number of seconds", lambda value: 0 <= value < float("inf"), "0 or more seconds")


def _field_list(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in ARTICLE_FIELDS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown field {', '.join(unknown) or '(none given)'}; choose from {','.join(ARTICLE_FIELDS)}"
        )
    return names


def _options(args: argparse.Namespace) -> Options:
    try:
        rules = Rules.from_file(args.rules) if args.rules else None
        return Options(
            favor=args.favor, encoding=args.encoding, max_input_bytes=args.max_bytes, links=args.links, rules=rules
        )
    except ValueError as error:  # RulesError is one: a rules file that cannot work is a usage error
        raise UsageError(str(error)) from None


def _run(args: argparse.Namespace) -> int:
    options = _options(args)
    warc_files, other_paths = split_warc_inputs(args.paths, args.glob, args.quiet)
    if warc_files:
        if other_paths:
            raise UsageError("give either HTML pages or WARC files, not both: " + ", ".join(other_paths))
        return main_warc(args, options, warc_files)
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
    sink = open_sink(args, fmt, fields, found.inputs, several=not _one_page(args.paths))
    if not args.quiet:
        for note in found.notes:
            print(f"articlextract: note: {note}", file=sys.stderr)
    done = sink.already_written()
    todo = [item for item in found.inputs if input_key(item.label) not in done]
    tally = Tally(
        len(todo),
        skipped=found.skipped,
        resumed=len(found.inputs) - len(todo),
        progress=args.progress and not args.quiet and len(todo) > 1 and sys.stderr.isatty(),
    )
    job = PageJob(options, fmt, fields, args.url, args.max_bytes)
    try:
        with sink:
            for result in page_outcomes(job, todo, args):
                tally.add(result)
                sink.write(result)
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


def _drop_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's last flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
