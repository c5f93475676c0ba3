"""bytes → str: find the codec the page really uses, not just the one it claims.

Order of evidence: a byte-order mark (or the NUL pattern of UTF-16/32); valid UTF-8; the caller's
charset (HTTP ``Content-Type``); the page's own declarations, in document order; charset-normalizer on a
bounded text sample; finally the least damaged of every reading tried. Valid multi-byte UTF-8 comes
before any label because legacy-encoded text practically never forms it by accident, while wrong labels
are common (templates copied between sites, pages transcoded by the tool that saved them).

Every label is checked by decoding: a reading with more than a few undecodable bytes, with typical
mojibake, or — for a single-byte label — of bytes that read cleanly as a CJK codec is not trusted. A few
broken bytes do not disprove a codec. Labels are read as browsers read them (`normalize_encoding`).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cached_property

import charset_normalizer

from .errors import NotHTMLError
from .lexicon import (
    CJK_CODECS,
    COMMON_IDEOGRAPHS,
    DETECTABLE_CODECS,
    ENCODING_ALIASES,
    SINGLE_BYTE_CODECS,
)

_DECLARATION_SCAN_BYTES = 64 * 1024  # browsers re-decode when a later <meta> in <head> names another charset
_JUDGED_CHARS = 8_000  # non-ASCII characters looked at when judging a reading for mojibake
_SHAPE_SAMPLE_BYTES = 64 * 1024
_DETECTOR_SAMPLE_BYTES = 12 * 1024
_DETECTOR_VERDICTS = 3
_ERRORS_PER_GOOD_CHAR = 0.25  # a codec is disproved once bad bytes pass a quarter of the characters it decoded
_MOJIBAKE_SHARE = 0.08

_DECLARATION_ZONE_END = re.compile(rb"<body[\s>]|</head\s*>", re.I)
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.S)
_META = re.compile(rb"<meta\s[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.I)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:+-]{2,40})""", re.I)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([^\s\"';]+)", re.I)
_ISO2022_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\(J")

_HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]{2,}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_ASCII_BYTES = bytes(range(0x80))
_TEXT_WITH_HIGH_BYTES = re.compile(rb"[^<>]*[\x80-\xff][^<>]*")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_CP1252_EXTRAS = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"  # noqa: E501
_MOJIBAKE = re.compile(
    "[\u00a1-\u00b6\u00b8-\u00ff]{3,}"  # CJK bytes read as Latin: runs of accented letters and symbols
    f"|[\u00c2-\u00df][\u0080-\u00bf{_CP1252_EXTRAS}]"  # UTF-8 read as Latin: "Ã©"
    f"|[\u00e2-\u00ef][\u0080-\u00bf{_CP1252_EXTRAS}]{{2}}"  # "â€™"
    "|[\u0080-\u009f\ue000-\uf8ff]"  # C1 controls, private use: bytes no text of this codec contains
)
_CP1252_UNDEFINED = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}

_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\x7fELF", "an executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_MAGIC_PATTERNS: tuple[tuple[re.Pattern[bytes], str], ...] = (
    (re.compile(rb"BZh[1-9]1AY&SY"), "bzip2-compressed data"),
    (re.compile(rb"RIFF.{4}(?:WEBP|WAVE|AVI )", re.S), "a RIFF (WebP/WAV/AVI) file"),
    (re.compile(rb"ID3[\x02-\x04]\x00"), "an MP3 file"),
    (re.compile(rb".{4}ftyp", re.S), "an MP4/QuickTime media file"),
    (re.compile(rb"MZ.{0,62}\x00", re.S), "an executable"),
    (re.compile(rb"\x00\x00[\x01\x02]\x00[\x01-\xff]\x00"), "an icon"),
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
_WIDE_CODECS = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})
_KNOWN_CODECS = frozenset(ENCODING_ALIASES.values())


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the normalised (Python) name of the codec that produced it."""

    text: str
    encoding: str


def normalize_encoding(label: str | None) -> str | None:
    """The Python codec a browser would decode a charset label with, or None for a label browsers ignore.

    Accepts WHATWG labels (``gb2312``, ``x-sjis``, ``unicode-1-1-utf-8`` …), Python codec names and a
    whole ``Content-Type`` value (``text/html; charset=GBK``).
    """
    if not label:
        return None
    match = _CONTENT_TYPE_CHARSET.search(label)
    key = (match.group(1) if match else label).strip().strip("\"'").lower().replace("_", "-")
    if key in ENCODING_ALIASES:
        return ENCODING_ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    return ENCODING_ALIASES.get(name, name if name in _KNOWN_CODECS else None)


def declared_encodings(data: bytes) -> tuple[str, ...]:
    """The charsets the document declares for itself (XML declaration, ``<meta>``), first declared first.

    Looks where browsers look: the head of the document, outside comments. UTF-16/32 labels are dropped:
    bytes whose markup reads as ASCII are not UTF-16, so browsers ignore such a declaration.
    """
    zone_end = _DECLARATION_ZONE_END.search(data, 0, _DECLARATION_SCAN_BYTES)
    head = _COMMENT.sub(b"", data[: zone_end.start() if zone_end else _DECLARATION_SCAN_BYTES])
    labels = [match.group(1) for match in _XML_DECLARATION.finditer(head)]
    labels += [charset.group(1) for meta in _META.finditer(head) if (charset := _META_CHARSET.search(meta.group()))]
    found: dict[str, None] = {}
    for label in labels:
        codec = normalize_encoding(label.decode("ascii", "ignore"))
        if codec and codec not in _WIDE_CODECS:
            found[codec] = None
    return tuple(found)


def declared_encoding(data: bytes) -> str | None:
    """The first charset the document declares for itself, as a codec name."""
    return next(iter(declared_encodings(data)), None)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes; `encoding` is the caller's charset (e.g. from HTTP) and outranks the page's.

    Raises:
        NotHTMLError: the bytes are an image, an archive or other binary data.
    """
    wide = _decode_unicode_signature(data)
    if wide:
        return wide
    _reject_binary(data)
    labels = _ordered(normalize_encoding(encoding), *declared_encodings(data))
    if data.isascii():
        return _decode_seven_bit(data, labels)
    return _Judge(data).choose(labels)


class _Judge:
    """Tries the readings of one page's bytes in order of evidence and keeps the first trustworthy one."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.tried: dict[str, _Reading] = {}

    def choose(self, labels: tuple[str, ...]) -> Decoded:
        utf8 = self.read("utf-8")
        if self.trusted(utf8):
            return utf8.decoded
        for codec in labels:
            if self.trusted(self.read(codec)):
                return self.tried[codec].decoded
        for codec in self.detector_verdicts():
            if self.trusted(self.read(codec), detected=True):
                return self.tried[codec].decoded
        fallbacks = (*CJK_CODECS, "cp1252") if self.could_be_cjk else ("cp1252",)
        for codec in fallbacks:
            self.read(codec)
        return min(self.tried.values(), key=_Reading.damage).decoded

    def read(self, codec: str) -> _Reading:
        if codec not in self.tried:
            self.tried[codec] = _read(self.data, codec)
        return self.tried[codec]

    def trusted(self, reading: _Reading, *, detected: bool = False) -> bool:
        """Few undecodable bytes, no mojibake, and — for a single-byte label — no rival CJK reading."""
        if not reading.few_errors:
            return False
        if reading.codec == "utf-8":
            return True  # its own structure is the evidence: other encodings' text fails it byte by byte
        if reading.garbled or (reading.codec in _WIDE_CODECS and "<" not in reading.text):
            return False  # a page's markup must survive: ASCII bytes read as UTF-16 lose it
        return detected or reading.codec not in SINGLE_BYTE_CODECS or not self.could_be_cjk

    @cached_property
    def could_be_cjk(self) -> bool:
        """True when the non-ASCII bytes come in runs that a CJK codec reads with few errors."""
        sample = _shape_sample(self.data)
        high = len(sample.translate(None, _ASCII_BYTES))
        in_runs = sum(map(len, _HIGH_BYTE_RUN.findall(sample)))
        if high < 8 or in_runs < 0.8 * high:
            return False
        return any(_reads_cleanly(sample, codec) for codec in CJK_CODECS)

    def detector_verdicts(self) -> list[str]:
        """charset-normalizer's best guesses for a sample of the page's non-ASCII text, best first."""
        sample = _detector_sample(self.data)
        matches = charset_normalizer.from_bytes(
            sample, cp_isolation=list(DETECTABLE_CODECS), preemptive_behaviour=False
        )
        verdicts = (normalize_encoding(match.encoding) for match in matches)
        return _ordered(*verdicts)[:_DETECTOR_VERDICTS]


@dataclass(frozen=True)
class _Reading:
    """One codec's reading of the bytes, with the evidence for and against it."""

    codec: str
    text: str
    errors: int  # undecodable bytes (each became U+FFFD); a cut-off last character is no error

    @property
    def decoded(self) -> Decoded:
        return Decoded(self.text, self.codec)

    @cached_property
    def good_chars(self) -> int:
        """Non-ASCII characters decoded without error: the evidence for a multi-byte codec."""
        return len(self.text) - len(self.text.encode("ascii", "ignore")) - self.errors

    @cached_property
    def judged(self) -> str:
        return _judged_sample(self.text)

    @cached_property
    def mojibake(self) -> int:
        return _count_mojibake(self.judged)

    @property
    def few_errors(self) -> bool:
        return self.errors <= _ERRORS_PER_GOOD_CHAR * self.good_chars

    @property
    def garbled(self) -> bool:
        """Real text has some rare ideographs, icon-font glyphs and odd symbols; wrong codecs make many."""
        return self.mojibake > max(2.0, _MOJIBAKE_SHARE * len(self.judged))

    def damage(self) -> tuple[float, int]:
        """For ranking readings none of which is trusted: fewest broken and garbled characters wins."""
        garbled_share = self.mojibake / max(1, len(self.judged))
        return (self.errors + garbled_share * self.good_chars, self.errors)


def _read(data: bytes, codec: str) -> _Reading:
    return _Reading(codec, *_decode_counting_errors(data, codec))


def _decode_counting_errors(data: bytes, codec: str) -> tuple[str, int]:
    """Decode, replacing bad bytes; a character cut off at the very end becomes U+FFFD but is no error."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return _decode_replacing(data, codec)
    except LookupError:
        return "", len(data)
    if decoder.getstate()[0]:
        text += "\ufffd"  # the page was truncated in the middle of a multi-byte character
    return text, 0


def _decode_replacing(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; the error count leaves out U+FFFD characters the page itself contains."""
    if codec == "cp1252":
        return _decode_windows_1252(data), 0
    text = data.decode(codec, "replace")
    literal = data.decode(codec, "ignore").count("\ufffd")
    return text, text.count("\ufffd") - literal


def _decode_windows_1252(data: bytes) -> str:
    """windows-1252 as browsers define it: the five bytes Python's cp1252 leaves undefined are C1 controls."""
    return data.decode("latin-1").translate(
        {code: char for code, char in enumerate(bytes(range(256)).decode("cp1252", "replace"))
         if code >= 0x80 and code not in _CP1252_UNDEFINED}
    )


def _judged_sample(text: str) -> str:
    """The first few thousand non-ASCII characters, runs kept apart, where mojibake would show."""
    runs: list[str] = []
    size = 0
    for match in _NON_ASCII_RUN.finditer(text):
        runs.append(match.group())
        size += len(runs[-1])
        if size >= _JUDGED_CHARS:
            break
    return " ".join(runs)


def _count_mojibake(sample: str) -> int:
    """Characters that real text of the reading's script seldom contains: the marks of a wrong codec."""
    garbled = sum(len(match) for match in _MOJIBAKE.findall(sample))
    rare = sum(1 for char in _IDEOGRAPH.findall(sample) if char not in COMMON_IDEOGRAPHS)
    return garbled + rare


def _reads_cleanly(sample: bytes, codec: str) -> bool:
    reading = _read(sample, codec)
    return reading.few_errors and not reading.garbled


def _shape_sample(data: bytes) -> bytes:
    """Up to 64 KiB from the first non-ASCII byte, cut where no multi-byte character can be split."""
    first = _HIGH_BYTE.search(data)
    start = first.start() if first else 0
    return _cut(data[start : start + _SHAPE_SAMPLE_BYTES], len(data) - start)


def _detector_sample(data: bytes) -> bytes:
    """The text between tags that carries non-ASCII bytes, up to 12 KiB: what charset-normalizer needs."""
    pieces: list[bytes] = []
    size = 0
    for match in _TEXT_WITH_HIGH_BYTES.finditer(data):
        pieces.append(match.group().strip())
        size += len(pieces[-1]) + 1
        if size >= _DETECTOR_SAMPLE_BYTES:
            break
    sample = b"\n".join(pieces)
    return _cut(sample[:_DETECTOR_SAMPLE_BYTES], len(sample))


def _cut(chunk: bytes, available: int) -> bytes:
    """End a sample at a byte below 0x30, which no ASCII-compatible codec uses inside a multi-byte character."""
    if len(chunk) >= available:
        return chunk
    for position in range(len(chunk) - 1, max(-1, len(chunk) - 256), -1):
        if chunk[position] < 0x30:
            return chunk[: position + 1]
    return chunk


def _decode_unicode_signature(data: bytes) -> Decoded | None:
    """UTF-8/16/32 announced by a byte-order mark, or UTF-16/32 betrayed by the NUL bytes of its ASCII."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, _ = _decode_counting_errors(data[len(bom) :], codec)
            return Decoded(text, codec)
    codec = _sniff_wide(data[:1024])
    if codec:
        text, errors = _decode_counting_errors(data, codec)
        if errors <= _ERRORS_PER_GOOD_CHAR * len(text):
            return Decoded(text, codec)
    return None


def _sniff_wide(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM: ASCII markup leaves NULs at fixed positions of each code unit."""
    if len(head) < 16:
        return None
    for width, codec_le, codec_be in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        units = len(head) // width
        nuls = [head[offset::width][:units].count(0) for offset in range(width)]
        if nuls[0] < 0.1 * units and all(count > 0.7 * units for count in nuls[1:]):
            return codec_le
        if nuls[-1] < 0.1 * units and all(count > 0.7 * units for count in nuls[:-1]):
            return codec_be
    return None


def _decode_seven_bit(data: bytes, labels: tuple[str, ...]) -> Decoded:
    """ASCII bytes: the label's codec (7-bit ISO-2022 and HZ texts need it), else plain ASCII."""
    if _ISO2022_ESCAPE.search(data):
        labels = (*labels, "iso2022_jp")
    for codec in labels:
        if codec not in _WIDE_CODECS:
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
    return Decoded(data.decode("ascii"), "ascii")


def _reject_binary(data: bytes) -> None:
    """Raise `NotHTMLError` for images, archives, executables and other data full of control bytes."""
    head = data[:4096]
    for magic, kind in _MAGIC_NUMBERS:
        if head.startswith(magic):
            raise NotHTMLError(f"the input is {kind}, not an HTML page")
    for pattern, kind in _MAGIC_PATTERNS:
        if pattern.match(head):
            raise NotHTMLError(f"the input is {kind}, not an HTML page")
    if head and len(_CONTROL_BYTES.findall(head)) > _MAX_CONTROL_SHARE * len(head):
        raise NotHTMLError("the input is binary data (too many control bytes), not an HTML page")


def _ordered(*codecs_: str | None) -> tuple[str, ...]:
    """The codecs in order, each once, absent ones dropped."""
    return tuple(dict.fromkeys(codec for codec in codecs_ if codec))
