"""Finding the pages (folders searched by content, non-regular files never opened) and reading one
within --max-bytes."""

from __future__ import annotations

import errno
import fnmatch
import gzip
import io
import os
import re
import stat
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import ExtractionError

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
SNIFF_BYTES = 4096  # what is read of a file found in a folder to decide whether it is a page
_GZIP_MAGIC = b"\x1f\x8b"
_UTF8_BOM = b"\xef\xbb\xbf"
_HTML_SIGN = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s{0,1024}<(?:!--|meta|title|div|p|table|script|link|style)[\s>]", re.I)


@dataclass(frozen=True)
class Input:
    """A page to read: its path as given or found (``-`` for stdin) and, when found in a folder given on
    the command line, that folder (``-O`` mirrors the path below it)."""

    label: str
    root: str | None = None


@dataclass
class Found:
    """The inputs found in the paths, the files skipped (by reason) and the notes about them."""

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
            _search(path, glob, found)
        elif stat.S_ISREG(mode):
            found.inputs.append(Input(path))
        else:
            _skip_special(path, mode, found)
    return found


def _search(root: str, glob: str | None, found: Found) -> None:
    for entry in walk(root, found.notes):
        if glob is None or fnmatch.fnmatch(os.path.relpath(entry.path, root), glob):
            _consider(entry, root, found)


def walk(root: str, notes: list[str]) -> Iterator[os.DirEntry[str]]:
    """Everything below `root` but folders, depth first, names sorted (reproducible output), symlinks to
    folders not followed; iterative, so no depth of folders exhausts the stack. Unlistable folders are noted."""
    stack = [iter(_sorted_entries(root, notes))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_sorted_entries(entry.path, notes)))
        else:
            yield entry


def _sorted_entries(folder: str, notes: list[str]) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        notes.append(f"{folder}: cannot list the folder: {error.strerror or error}")
        return []


def _consider(entry: os.DirEntry[str], root: str, found: Found) -> None:
    """Keep a file found in a folder when it is a page by name or by content; count it as skipped if not."""
    named_as_page = is_page_name(entry.name)
    try:
        mode = entry.stat().st_mode
    except OSError:  # a broken symlink: reported when named like a page, else counted
        if named_as_page:
            found.inputs.append(Input(entry.path, root))
        else:
            found.skipped[BROKEN_LINK] += 1
        return
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
        with open_regular(path) as stream:
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
    """The start of an HTML page: markup from the first character on, with a doctype or an html/head/body
    tag, or opening with a tag only pages open with (a fragment saved from a CMS). UTF-16 pages are read
    as such. JSON, scripts or styles that quote markup do not start with it."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    elif b"\0" in head:
        return False
    if not head.removeprefix(_UTF8_BOM).lstrip().startswith(b"<"):
        return False
    return _HTML_SIGN.search(head) is not None or _HTML_START.match(head) is not None


def open_regular(path: str) -> BinaryIO:
    """Open a file for reading only if it is a regular file: O_NONBLOCK makes opening a FIFO return at once
    instead of waiting for a writer, and the check is made on what was opened."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return os.fdopen(fd, "rb")


def input_key(label: str) -> str:
    """How `--resume` recognises an input already written: its absolute path."""
    return label if label == "-" else os.path.abspath(label)


class TooLarge(Exception):
    """The page is larger than --max-bytes."""


def read_page(label: str, data: bytes | None, limit: int) -> bytes:
    """The page's bytes, gzip undone (recognised by its magic number, whatever the name), at most `limit`:
    reading and inflating stop one byte past it, so a huge file or a gzip bomb costs nothing."""
    if data is None:
        with open_regular(label) as stream:
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
        raise TooLarge
    return data
