"""Where records go: stdout, an -o file written through <out>.partial, or one file per page (-O)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import BinaryIO

from .errors import OutputError, ReaderGone, UsageError
from .formats import FAILED, FORMATS, Frame, Outcome
from .inputs import PAGE_SUFFIXES, Input, input_key


class Sink:
    """Where records go. Used as a context manager: leaving without `commit()` leaves what was written as it
    is (an interrupted run), and nothing is ever half-written."""

    def already_written(self) -> set[str]:
        return set()

    def write(self, result: Outcome) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """The run is complete: close the stream and put the result in place."""

    def close(self) -> None:
        """Close without committing."""

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Stream(Sink):
    """All records in one stream (stdout or an -o file), framed by the format (a JSON array, a CSV header …)."""

    def __init__(self, out: BinaryIO, frame: Frame, *, name: str) -> None:
        self.out = out
        self.frame = frame
        self.name = name
        self.count = 0

    def write(self, result: Outcome) -> None:
        if result.record is not None:
            self.write_record(result.record)

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


class PartialFile(Stream):
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
        except BaseException as error:  # a full disk, or Ctrl-C between two pieces of one record
            self.out.truncate(size)
            if isinstance(error, OSError):
                raise OutputError(f"cannot write {self.partial}: {error.strerror or error}") from error
            raise

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
                if not line.endswith(b"\n"):
                    break
                try:
                    done.add(input_key(json.loads(line)["path"]))
                except (ValueError, KeyError, TypeError):
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


class Mirror(Sink):
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
        return {input_key(label) for label, target in self.targets.items() if os.path.exists(target)}

    def write(self, result: Outcome) -> None:
        if result.record is None or result.status == FAILED:
            return
        target = self.targets[result.label]
        temporary = target + ".partial"
        try:
            _make_folders(os.path.dirname(target))
            with open(temporary, "wb") as out:
                out.write((self.frame.start + result.record + self.frame.end).encode("utf-8"))
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


def _make_folders(path: str) -> None:
    """`os.makedirs`, without its recursion: a mirror may be deeper than Python's recursion limit."""
    missing = []
    while path and not os.path.isdir(path):
        missing.append(path)
        path = os.path.dirname(path)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder)


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)


def open_sink(
    args: argparse.Namespace, fmt: str, fields: tuple[str, ...], inputs: list[Input], *, several: bool
) -> Sink:
    """The sink for this run, checked before any page is read: the output must be writable and no input."""
    if args.resume and not (args.output_dir or (args.output and fmt == "jsonl")):
        raise UsageError("--resume needs -o FILE with jsonl records, or -O DIR")
    if args.output_dir:
        return Mirror(args.output_dir, fmt, fields, inputs, resume=args.resume)
    frame = FORMATS[fmt].frame(fields, several)
    if args.output is None:
        return Stream(sys.stdout.buffer, frame, name="standard output")
    refuse_input_as_output(args.output, inputs)
    return PartialFile(args.output, frame, resume=args.resume)


def refuse_input_as_output(output: str, inputs: list[Input]) -> None:
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
