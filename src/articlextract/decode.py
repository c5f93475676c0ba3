"""bytes → str: find the codec the page really uses, not just the one it claims.

Order of evidence: a byte-order mark; valid UTF-8 (multi-byte UTF-8 is practically never produced
by accident, so it outranks any label); the caller's charset; the page's own declaration; finally
charset-normalizer on a bounded sample. Every label is checked by decoding: a declaration whose
decode is full of replacement characters, or a single-byte label on bytes that are clearly
multi-byte, is not trusted. Labels are read as browsers read them (WHATWG aliases, GB2312/GBK read
as GB18030, Big5 as Big5-HKSCS, Latin-1/ASCII as windows-1252).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from .errors import NotHTMLError
from .lexicon import ENCODING_ALIASES, SINGLE_BYTE_CODECS

_DECLARATION_SCAN_BYTES = 16 * 1024
_DETECTOR_SAMPLE_BYTES = 48 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.I)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:+-]{2,40})""", re.I)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]{2,}")

_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MAX_CONTROL_SHARE = 0.1

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the normalised name of the codec that produced it."""

    text: str
    encoding: str


def normalize_encoding(label: str | None) -> str | None:
    """Map a charset label to the Python codec a browser would effectively use, or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower().replace("_", "-")
    if key in ENCODING_ALIASES:
        return ENCODING_ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    return ENCODING_ALIASES.get(name, name)


def declared_encoding(data: bytes) -> str | None:
    """The charset the document declares for itself (XML declaration or ``<meta>``), as a codec name."""
    head = data[:_DECLARATION_SCAN_BYTES]
    for pattern in (_XML_DECLARATION, _META_CHARSET):
        for match in pattern.finditer(head):
            codec = normalize_encoding(match.group(1).decode("ascii", "ignore"))
            if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
                return codec  # a UTF-16 label inside bytes we can read as ASCII is a lie
    return None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes; `encoding` is the caller's charset (e.g. from HTTP) and outranks the page's."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, "replace"), codec)
    utf16 = _sniff_utf16(data)
    if utf16:
        return Decoded(data.decode(utf16, "replace"), utf16)
    _reject_binary(data)

    labels = [normalize_encoding(encoding), declared_encoding(data)]
    if not _HIGH_BYTE.search(data):
        label = next((c for c in labels if c and _is_ascii_compatible(c)), None)
        return Decoded(data.decode("ascii"), label or "ascii")

    utf8 = _decode_counting_errors(data, "utf-8")
    if utf8 and _few_errors(utf8[1], data):
        return Decoded(utf8[0], "utf-8")

    multibyte_shape = _looks_multibyte(data)
    for codec in labels:
        if not codec or codec == "utf-8" or (codec in SINGLE_BYTE_CODECS and multibyte_shape):
            continue
        attempt = _decode_counting_errors(data, codec)
        if attempt and _few_errors(attempt[1], data):
            return Decoded(attempt[0], codec)

    guess = _detect(data) or ("gb18030" if multibyte_shape else "cp1252")
    return Decoded(data.decode(guess, "replace"), guess)


def _reject_binary(data: bytes) -> None:
    """Raise `NotHTMLError` for images, archives, executables and other data full of control bytes."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise NotHTMLError(f"the input is {kind}, not an HTML page")
    head = data[:4096]
    if head and len(_CONTROL_BYTES.findall(head)) > _MAX_CONTROL_SHARE * len(head):
        raise NotHTMLError("the input is binary data (too many control bytes), not an HTML page")


def _decode_counting_errors(data: bytes, codec: str) -> tuple[str, int] | None:
    """Decode, replacing bad bytes; returns the text and the number of replacement characters."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 4 and error.end == len(data):
            # truncated in the middle of the last character: only the tail is damaged
            return data[: error.start].decode(codec, "replace") + "\ufffd", 1
    except LookupError:
        return None
    text = data.decode(codec, "replace")
    return text, text.count("\ufffd")


def _few_errors(errors: int, data: bytes) -> bool:
    """A handful of broken bytes in a long page do not disprove its codec; many do."""
    if errors == 0:
        return True
    high_bytes = len(_HIGH_BYTE.findall(data, 0, 200_000))
    return errors <= 8 and errors * 50 <= high_bytes


def _looks_multibyte(data: bytes) -> bool:
    """True when non-ASCII bytes come in runs, as in CJK encodings, not isolated as in Latin text."""
    sample = data[:200_000]
    high = len(_HIGH_BYTE.findall(sample))
    in_runs = sum(len(run) for run in _HIGH_BYTE_RUN.findall(sample))
    return high >= 8 and in_runs >= 0.8 * high


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII markup leaves a NUL in every other byte."""
    sample = data[:1024]
    if len(sample) < 16:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.7 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.7 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's verdict on a bounded sample taken where the non-ASCII text is."""
    first_high = _HIGH_BYTE.search(data)
    start = max(0, (first_high.start() if first_high else 0) - 256)
    sample = data[start : start + _DETECTOR_SAMPLE_BYTES]
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        return None
    return normalize_encoding(best.encoding)


def _is_ascii_compatible(codec: str) -> bool:
    try:
        return "a<".encode(codec) == b"a<"
    except (LookupError, UnicodeError):
        return False
