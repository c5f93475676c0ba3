"""WARC input on the command line (docs/warc.md).

Each file is read by one worker, which sends one event per record, so --timeout bounds one record.
Lines of different files interleave with -j > 1 (every line names its file and record) unless
--keep-order. Counts and failures go to stderr."""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from .. import warc
from ..options import Options
from . import pool
from .errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError
from .formats import FORMATS
from .inputs import Input, find_inputs, walk
from .outputs import PartialFile, Stream, refuse_input_as_output
from .pages import lost_reason
from .report import Progress


def split_warc_inputs(paths: list[str], glob: str | None, quiet: bool) -> tuple[list[str], list[str]]:
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
                print(
                    f"articlextract: note: {path} holds HTML pages and WARC files; reading the pages only "
                    "(name the WARC files to read those)",
                    file=sys.stderr,
                )
        elif warc.is_warc_name(path):
            warcs.append(path)
            continue
        others.append(path)
    return warcs, others


def _warcs_in(folder: str, glob: str | None) -> list[str]:
    return [
        entry.path
        for entry in walk(folder, [])
        if warc.is_warc_name(entry.name)
        and (glob is None or fnmatch.fnmatch(os.path.relpath(entry.path, folder), glob))
    ]


@dataclass(frozen=True)
class WarcEvent:
    """One record of a WARC file: its status, its output line / skip reason / failure message, its offset."""

    status: str
    text: str
    offset: int | None


def main_warc(args: argparse.Namespace, options: Options, files: list[str]) -> int:
    """Extract every HTML response of the WARC files; exit 1 when any record or file failed."""
    fmt = args.format or "jsonl"
    if fmt not in ("json", "jsonl"):
        raise UsageError("WARC input is written as json or jsonl")
    if args.url:
        raise UsageError("--url is for a single page; WARC records carry their own URL")
    page_only = [
        flag
        for flag, given in (("-O", args.output_dir), ("--resume", args.resume), ("--fail-on-empty", args.fail_on_empty))
        if given
    ]
    if page_only:
        raise UsageError(f"{', '.join(page_only)}: for HTML pages only, not for WARC input")
    try:
        warc.require_fastwarc()
    except warc.WarcSupportMissing as error:
        raise UsageError(str(error)) from None
    frame = FORMATS[fmt].frame((), True)
    if args.output:
        refuse_input_as_output(args.output, [Input(path) for path in files])
        sink: Stream = PartialFile(args.output, frame, resume=False)
    else:
        sink = Stream(sys.stdout.buffer, frame, name="standard output")
    tally = WarcTally(len(files), progress=args.progress and not args.quiet and sys.stderr.isatty())
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
                    tally.file_lost(files[index], last_offset.get(index), lost_reason(event, args.timeout))
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


class WarcTally:
    """Counts of extracted / skipped (by reason) / failed records, a progress line and the closing summary."""

    def __init__(self, files: int, *, progress: bool) -> None:
        self.files = files
        self.files_done = 0
        self.records = 0
        self.counts: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.progress = Progress(progress)

    def add(self, event: WarcEvent, sink: Stream) -> None:
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
        self.progress.show(
            lambda rate: (
                f"{self.records:,} records, {self.counts['extracted']:,} extracted, "
                f"{self.files_done}/{self.files} files, {rate:.0f} records/s"
            ),
            self.records,
        )

    def clear(self) -> None:
        self.progress.clear()

    def summary(self) -> None:
        seconds = self.progress.elapsed()
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        skipped = f"{self.counts['skipped']:,} skipped" + (f" ({reasons})" if reasons else "")
        print(
            f"articlextract: {self.counts['extracted']:,} extracted, {skipped}, {self.counts['failed']:,} failed; "
            f"{self.records:,} records in {self.files} WARC file{'s' if self.files != 1 else ''}, "
            f"{seconds:.1f} s, {self.records / max(seconds, 1e-9):.0f} records/s",
            file=sys.stderr,
        )
