"""WARC input: every HTML response record of a web archive, through the same `extract()` as a saved page.

The command line and the Spark job both call `extract_warc()`, which turns each record into one
`RecordResult` with `record_result()`: there is one implementation of "WARC record → output row".

Reading is done by fastwarc (the optional extra ``articlextract[warc]``), chosen because it splits
records about twice as fast as warcio on this project's benchmark WARC (see docs/warc.md). fastwarc only
splits records and gives their WARC headers and raw block; the HTTP part (status, headers, chunked
transfer coding, Content-Encoding) is parsed here, so a lying or broken HTTP payload fails one record
instead of stopping the iterator, and the rules are the same whatever library reads the file.

fastwarc stops at the first unreadable byte; `read_records()` then looks for the next plausible
record start (a gzip member that inflates to ``WARC/``, or a ``WARC/1.x`` line), reports the skipped
region once as `CorruptData`, and goes on, so one corrupt record never costs the rest of the file.
fastwarc also stops without a word where a file is cut short; bytes left after the last record it read
are reported the same way, as a truncated file when they are the start of a record that never ends.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .decode import normalize_encoding
from .errors import ExtractionError, InputTooLargeError
from .options import Options
from .pipeline import extract

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
RECORD_FIELDS = ("path", "offset", "target_url", "record_id", "fetch_date")
INSTALL_HINT = "reading WARC files needs fastwarc: pip install 'articlextract[warc]'"

Status = Literal["extracted", "skipped", "failed"]

# Why a record was skipped (the keys of the summary counts).
NOT_RESPONSE = "not-response"  # warcinfo, request, metadata, resource … records
REVISIT = "revisit"
TRUNCATED = "truncated"  # the record carries WARC-Truncated: the crawler did not store the whole payload
NOT_HTTP = "not-http"  # a response record whose block is not an HTTP response (dns:, ftp: …)
NOT_200 = "not-200"
NOT_HTML = "not-html"

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
_SCAN_CHUNK = 1 << 20
_INFLATE_PIECE = 1 << 14  # compressed bytes per step when output is only checked: at most ~16 MiB inflated
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';,\s]+)""", re.I)
# (a run is entered at its start only, so a search does not rescan it from each of its bytes)
_MARKUP_START = re.compile(rb"(?:\xef\xbb\xbf)?(?:(?<!\s)\s+)?<")
_CHUNK_SIZE_LINE = re.compile(rb"[0-9A-Fa-f]{1,15}[ \t]*(?:;[^\r\n]*)?\r?\n")  # 15 digits: sizes below 2**60
_PADDING = b"\r\n\t \0"
_BROTLI_PIECE = 1024


class WarcSupportMissing(ImportError):
    """fastwarc is not installed; the message says which extra to install."""


@dataclass(frozen=True)
class RawRecord:
    """One WARC record as read from the file: where it starts, its WARC headers (lower-case names), its block."""

    offset: int
    headers: Mapping[str, str]
    block: bytes


@dataclass(frozen=True)
class CorruptData:
    """Unreadable bytes after `offset`; reading went on at `resumed_at` (None: nothing readable followed).
    `truncated`: the file ends inside the record that starts at `offset`."""

    offset: int
    error: str
    resumed_at: int | None
    truncated: bool = False


@dataclass(frozen=True)
class RecordResult:
    """The outcome of one record: ``row`` is the output line (record fields, plus the Article when extracted);
    ``reason`` says why a record was skipped (a short key) or failed (a message)."""

    status: Status
    row: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


@dataclass(frozen=True)
class HttpResponse:
    """The parts of an HTTP response that decide whether and how a record is extracted."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def require_fastwarc() -> None:
    """Raise `WarcSupportMissing` with the install hint when the WARC extra is absent."""
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError as error:
        raise WarcSupportMissing(INSTALL_HINT) from error


def extract_warc(
    source: str | Path | BinaryIO, options: Options | None = None, *, path: str | None = None
) -> Iterator[RecordResult]:
    """Yield one `RecordResult` per record of a WARC file (a path or a seekable binary stream), in file order.

    `path` is the name written into each row (defaults to `source` when it is a path). Unreadable data
    yields a failed result and reading resumes at the next record; only opening the file can raise.
    """
    options = options or Options()
    if isinstance(source, (str, Path)):
        with open(source, "rb") as stream:
            yield from _results(stream, options, path or str(source))
    else:
        yield from _results(source, options, path or "")


def _results(stream: BinaryIO, options: Options, path: str) -> Iterator[RecordResult]:
    for item in read_records(stream):
        if isinstance(item, CorruptData):
            yield corrupt_result(item, path)
        else:
            yield record_result(item, options, path)


def corrupt_result(corrupt: CorruptData, path: str) -> RecordResult:
    """A failed result for an unreadable region; its row has the region's offset and no record fields."""
    at, error, resumed = corrupt.offset, corrupt.error, corrupt.resumed_at
    if corrupt.truncated:
        message = f"the WARC file is truncated: it ends inside the record at offset {at} ({error})"
    elif resumed is None:
        message = f"corrupt WARC data at offset {at} ({error}); nothing readable after it"
    elif resumed == at:  # the record before did not end where its Content-Length said
        message = f"corrupt WARC data just before offset {at} ({error}); read on from there"
    else:
        message = f"corrupt WARC data at offset {at} ({error}); resumed at offset {resumed}"
    row = dict.fromkeys(RECORD_FIELDS)
    row.update(path=path, offset=corrupt.offset)
    return RecordResult("failed", row, message)


def record_result(record: RawRecord, options: Options, path: str) -> RecordResult:
    """Turn one WARC record into its output row, or say why it was skipped or failed. Never raises.

    The HTTP charset becomes the caller's encoding (`Options.encoding`) for this record only; a
    record without one keeps the encoding given in `options` (the CLI's ``--encoding``).
    """
    row = _record_fields(record, path)
    skip = _skip_reason(record)
    if skip is not None:
        return RecordResult("skipped", row, skip)
    try:
        response = parse_http(record.block)
        if response is None:
            return RecordResult("skipped", row, NOT_HTTP)
        skip = _response_skip_reason(response)
        if skip is not None:
            return RecordResult("skipped", row, skip)
        body = decode_body(response, options.max_input_bytes)
        charset = header_charset(response.headers.get("content-type"))
        record_options = replace(options, encoding=charset) if charset else options
        article = extract(body, row["target_url"], options=record_options)
    except InputTooLargeError:
        return RecordResult("failed", row, f"larger than --max-bytes ({options.max_input_bytes:,} bytes)")
    except ExtractionError as error:
        return RecordResult("failed", row, f"{type(error).__name__}: {error}")
    except Exception as error:  # an extractor bug must not end the batch
        return RecordResult("failed", row, f"internal error ({type(error).__name__}: {error}); please report it")
    row.update(article.to_dict())
    return RecordResult("extracted", row)


def _record_fields(record: RawRecord, path: str) -> dict[str, Any]:
    target = record.headers.get("warc-target-uri")
    if target and target.startswith("<") and target.endswith(">"):  # some WARC/1.1 writers bracket the URI
        target = target[1:-1]
    return {
        "path": path,
        "offset": record.offset,
        "target_url": target,
        "record_id": record.headers.get("warc-record-id"),
        "fetch_date": record.headers.get("warc-date"),
    }


def _skip_reason(record: RawRecord) -> str | None:
    """Why a record is not extracted, judged from its WARC headers alone."""
    kind = (record.headers.get("warc-type") or "").strip().lower()
    if kind == "revisit":
        return REVISIT
    if kind != "response":
        return NOT_RESPONSE
    if "warc-truncated" in record.headers:
        return TRUNCATED
    return None


def _response_skip_reason(response: HttpResponse) -> str | None:
    if response.status != 200:
        return NOT_200
    mime = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    return None if mime in HTML_TYPES else NOT_HTML


# --- HTTP ------------------------------------------------------------------------------------------


def parse_http(block: bytes) -> HttpResponse | None:
    """Split an HTTP response block into status, headers (lower-case names, repeats joined by ", ") and body.

    Returns None when the block is not an HTTP response; raises `ExtractionError` for one that is
    but cannot be read.
    """
    if not block[:5].upper().startswith(b"HTTP/"):
        return None
    end, sep = block.find(b"\r\n\r\n"), 4
    if end < 0:
        end, sep = block.find(b"\n\n"), 2
    if end < 0:
        raise ExtractionError("the HTTP header has no end (the record is cut short?)")
    lines = block[:end].decode("latin-1").splitlines()
    parts = lines[0].split(None, 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise ExtractionError(f"not an HTTP status line: {lines[0][:80]!r}")
    return HttpResponse(int(parts[1]), _header_map(lines[1:]), block[end + sep :])


def _header_map(lines: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon:
            continue
        name = name.strip().lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, as written; None when no codec has that name.

    Servers send made-up charsets; an unknown one is no evidence and is ignored, as browsers do.
    """
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match and normalize_encoding(match.group(1)) else None


def decode_body(response: HttpResponse, limit: int | None) -> bytes:
    """The payload as the server meant it: chunked transfer coding and Content-Encoding undone.

    A body whose Content-Encoding header lies (plain HTML labelled gzip, common in crawls whose
    crawler already decoded it) is used as it is; one that starts like the named coding but does not
    decode raises `ExtractionError`. `limit` caps the decoded size, so a gzip bomb costs nothing.
    """
    body = response.body
    if "chunked" in response.headers.get("transfer-encoding", "").lower() and _CHUNK_SIZE_LINE.match(body):
        body = _dechunk(body)
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    for coding in reversed([c for c in codings if c and c != "identity"]):
        body = _decode_coding(body, coding, limit)
    return body


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; a body cut inside a chunk keeps what arrived."""
    out, pos = [], 0
    while True:
        match = _CHUNK_SIZE_LINE.match(body, pos)
        if not match:
            break
        size = int(match.group().split(b";", 1)[0].strip(), 16)
        if size == 0:
            break
        start = match.end()
        out.append(body[start : start + size])
        if start + size >= len(body):
            break
        pos = start + size
        pos += 2 if body[pos : pos + 2] == b"\r\n" else 1 if body[pos : pos + 1] == b"\n" else 0
    return b"".join(out)


def _decode_coding(body: bytes, coding: str, limit: int | None) -> bytes:
    decoder = _DECODERS.get(coding)
    if decoder is None:
        raise ExtractionError(f"unsupported Content-Encoding {coding!r}")
    looks_encoded, decode = decoder
    if not looks_encoded(body):
        return body
    try:
        return decode(body, limit)
    except ExtractionError:
        raise
    except Exception as error:
        raise ExtractionError(f"the {coding} body does not decode: {error}") from error


def _inflate(body: bytes, limit: int | None, wbits: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    data = inflater.decompress(body, (limit + 1) if limit else 0)
    _check_limit(len(data), limit)
    if not inflater.eof and not inflater.unconsumed_tail:
        raise ExtractionError("the compressed body is cut short")
    return data


def _inflate_deflate(body: bytes, limit: int | None) -> bytes:
    """`deflate` is zlib-wrapped by the standard and raw deflate in practice; accept both."""
    try:
        return _inflate(body, limit, zlib.MAX_WBITS)
    except zlib.error:
        return _inflate(body, limit, -zlib.MAX_WBITS)


def _unbrotli(body: bytes, limit: int | None) -> bytes:
    """Brotli, inflated no further than one byte past `limit`."""
    try:
        import brotli
    except ImportError as error:
        raise ExtractionError("a br (Brotli) body needs the brotli package") from error
    decompressor = brotli.Decompressor()
    if limit is None:
        data = decompressor.process(body)
    else:
        try:
            data = decompressor.process(body, output_buffer_limit=limit + 1)
        except TypeError:  # brotli < 1.1 has no output limit: feed the input piece by piece
            data = _unbrotli_in_pieces(decompressor, body, limit)
        _check_limit(len(data), limit)
    if not decompressor.is_finished():
        raise ExtractionError("the compressed body is cut short")
    return data


def _unbrotli_in_pieces(decompressor: Any, body: bytes, limit: int) -> bytes:
    data = bytearray()
    for start in range(0, len(body), _BROTLI_PIECE):
        data += decompressor.process(body[start : start + _BROTLI_PIECE])
        if len(data) > limit:
            break
    return bytes(data)


def _check_limit(size: int, limit: int | None) -> None:
    if limit is not None and size > limit:
        raise InputTooLargeError(f"the decoded body is larger than {limit:,} bytes")


def _looks_gzip(body: bytes) -> bool:
    return body.startswith(b"\x1f\x8b")


def _looks_binary(body: bytes) -> bool:
    """Deflate and Brotli have no magic number: call it encoded unless it starts like markup."""
    return _MARKUP_START.match(body) is None


_DECODERS: dict[str, tuple[Callable[[bytes], bool], Callable[[bytes, int | None], bytes]]] = {
    "gzip": (_looks_gzip, lambda body, limit: _inflate(body, limit, 16 + zlib.MAX_WBITS)),
    "x-gzip": (_looks_gzip, lambda body, limit: _inflate(body, limit, 16 + zlib.MAX_WBITS)),
    "deflate": (_looks_binary, _inflate_deflate),
    "br": (_looks_binary, _unbrotli),
}


# --- reading records, surviving corrupt ones ------------------------------------------------------


def read_records(stream: BinaryIO) -> Iterator[RawRecord | CorruptData]:
    """Every readable record of a seekable WARC stream, with one `CorruptData` per unreadable region."""
    require_fastwarc()
    gzipped = _is_gzipped(stream)
    start, pending = 0, None
    while True:
        last, problem = None, None
        try:
            for record in _records_from(stream, start):
                if pending is not None:
                    yield replace(pending, resumed_at=start)
                    pending = None
                yield record
                last = record
        except _Unreadable as unreadable:
            problem = unreadable.message
        bad = start if last is None else _end_of_record(stream, last, gzipped)
        if problem is None:
            if _only_padding_from(stream, bad):
                return
            problem = "data after the last record that fastwarc did not read"
        if pending is None or last is not None:  # else: the same region failing again right after a resync
            pending = CorruptData(bad, problem, None)
        resume = _next_record_start(stream, max(bad, start + 1), gzipped)
        if resume is None:
            if not _ends_inside_a_record(stream, bad, gzipped):
                yield pending
            else:
                if pending.offset != bad:  # a corrupt region, then a record the end of the file cut off
                    yield replace(pending, resumed_at=bad)
                yield CorruptData(bad, problem, None, truncated=True)
            return
        start = resume


class _Unreadable(Exception):
    """fastwarc stopped: the data after the last good record cannot be read as WARC."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _records_from(stream: BinaryIO, start: int) -> Iterator[RawRecord]:
    from fastwarc.warc import ArchiveIterator

    stream.seek(start)
    records = iter(ArchiveIterator(stream, parse_http=False))
    while True:
        try:
            record = next(records)
            headers = _lower_keys(record.headers.items())
            block = record.reader.read()
            offset = record.stream_pos
        except StopIteration:
            return
        except (OSError, ValueError) as error:
            raise _Unreadable(str(error) or type(error).__name__) from error
        _check_complete(headers, block)
        yield RawRecord(offset, headers, block)


def _lower_keys(items: Any) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in items:
        headers.setdefault(name.lower(), value)
    return headers


def _check_complete(headers: Mapping[str, str], block: bytes) -> None:
    """fastwarc hands out a record cut off by the end of the file (even inside its header), or one whose
    header block is garbage, as if it were whole: the mandatory WARC-Type and Content-Length tell."""
    if "warc-type" not in headers:
        raise _Unreadable("no WARC-Type header")
    declared = headers.get("content-length", "").strip()
    if not declared.isdigit():
        raise _Unreadable("no Content-Length header")
    if len(block) < int(declared):
        raise _Unreadable(f"the record is cut short: {len(block)} of {int(declared)} bytes")


def _is_gzipped(stream: BinaryIO) -> bool:
    stream.seek(0)
    return stream.read(2) == _GZIP_MAGIC[:2]


def _end_of_record(stream: BinaryIO, record: RawRecord, gzipped: bool) -> int:
    """Where the bytes after a good record begin: the end of its gzip member, or of its block plus CRLFCRLF."""
    stream.seek(record.offset)
    if not gzipped:
        head = stream.read(64 * 1024)
        header_end = head.find(b"\r\n\r\n")
        return record.offset + header_end + 4 + len(record.block) + 4 if header_end >= 0 else record.offset + 1
    inflater, consumed = zlib.decompressobj(16 + zlib.MAX_WBITS), 0
    try:
        while not inflater.eof:
            chunk = stream.read(_SCAN_CHUNK)
            if not chunk:
                break
            inflater.decompress(chunk)
            consumed += len(chunk)
    except zlib.error:
        return record.offset + 1
    return record.offset + consumed - len(inflater.unused_data)


def _only_padding_from(stream: BinaryIO, position: int) -> bool:
    """Whether nothing but line ends (or zero padding) follows `position`: the file ended cleanly."""
    stream.seek(position)
    tail = stream.read(_SCAN_CHUNK)
    return len(tail) < _SCAN_CHUNK and not tail.strip(_PADDING)


def _ends_inside_a_record(stream: BinaryIO, offset: int, gzipped: bool) -> bool:
    """Whether the unreadable rest of the file, from `offset`, is a record that the end of the file cut off:
    a gzip member that inflates without error but never ends, or a ``WARC/1.x`` record start."""
    if not gzipped:
        return _is_warc_line(stream, offset)
    stream.seek(offset)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while not inflater.eof:
            piece = stream.read(_INFLATE_PIECE)
            if not piece:
                return True
            inflater.decompress(piece)
    except zlib.error:
        return False
    return False


def _next_record_start(stream: BinaryIO, position: int, gzipped: bool) -> int | None:
    """The first offset at or after `position` where a WARC record plausibly starts."""
    while True:
        candidate = _find(stream, _GZIP_MAGIC if gzipped else b"WARC/1.", position)
        if candidate is None:
            return None
        if (_inflates_to_warc if gzipped else _is_warc_line)(stream, candidate):
            return candidate
        position = candidate + 1


def _find(stream: BinaryIO, needle: bytes, position: int) -> int | None:
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + len(needle) - 1)
        if len(chunk) < len(needle):
            return None
        found = chunk.find(needle)
        if found >= 0:
            return position + found
        position += _SCAN_CHUNK


def _inflates_to_warc(stream: BinaryIO, offset: int) -> bool:
    stream.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(stream.read(4096), 16)
    except zlib.error:
        return False
    return _WARC_LINE.match(head) is not None


def _is_warc_line(stream: BinaryIO, offset: int) -> bool:
    stream.seek(max(offset - 1, 0))
    head = stream.read(16)
    if offset > 0:
        if head[:1] != b"\n":
            return False
        head = head[1:]
    return _WARC_LINE.match(head) is not None
