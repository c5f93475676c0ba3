"""bytes → str: find the codec the page really uses, not just the one it claims.

Order of evidence: a byte-order mark (or the NUL pattern of UTF-16/32); valid UTF-8; the caller's
charset (HTTP ``Content-Type``); the page's own declarations, in document order; windows-1252 (the
browsers' default) when it reads cleanly; charset-normalizer on a bounded sample; finally the least
damaged of the readings tried. Valid multi-byte UTF-8 comes before any label because legacy-encoded text
practically never forms it by accident, while wrong labels are common (templates copied between sites,
pages transcoded by the tool that saved them).

Every candidate is checked by decoding: a reading with more than a few undecodable bytes, with typical
mojibake, or — for a single-byte codec — of bytes that read cleanly as CJK text is not trusted. A few
broken bytes do not disprove a codec. Labels are read as browsers read them (`normalize_encoding`).
See docs/decoding.md.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

import charset_normalizer

from .errors import NotHTMLError
from .lexicon import (
    CJK_CODECS,
    COMMON_IDEOGRAPHS,
    DETECTABLE_CODECS,
    ENCODING_ALIASES,
    HANGUL,
    IDEOGRAPHS,
    PRIVATE_USE,
    SINGLE_BYTE_CODECS,
)

_PRESCAN_BYTES = 1024
_DECLARATION_SCAN_BYTES = 512 * 1024
_JUDGED_SAMPLE_BYTES = 16 * 1024  # candidate codecs are judged on this much of the page's non-ASCII text
_CONTEXT_BYTES = 120
_DETECTOR_SAMPLE_BYTES = 12 * 1024
_DETECTOR_VERDICTS = 3
_ERRORS_PER_GOOD_CHAR = 0.05  # bad bytes beyond one in twenty characters a codec decoded disprove it
_MOJIBAKE_SHARE = 0.08  # real text has some rare ideographs and odd symbols; a wrong codec makes many

_BODY_START = re.compile(rb"<body[\s>]", re.I)
_HEAD_END = re.compile(rb"</head\s*>", re.I)
#: Comments, scripts and styles; one left open runs to the end, as in browsers (and so each is scanned once).
_NOT_MARKUP = re.compile(
    rb"<!--(?:.*?-->|.*)|<script\b(?:.*?</script\s*>|.*)|<style\b(?:.*?</style\s*>|.*)", re.S | re.I
)
_META = re.compile(rb"<meta\s[^<>]*>", re.I)  # a tag ends at the next "<" at the latest: scanned once
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.I)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:+-]{2,40})""", re.I)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([^\s\"';]+)", re.I)
_ISO2022_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\(J")

_NON_ASCII_RUN = re.compile("[^\x00-\x7f]{2,}")
_HIGH_BYTE_MASK = bytes(128) + bytes([1]) * 128
_STRETCH_GAP = bytes(64)
_UNDEFINED_IN_1252 = b"\x81\x8d\x8f\x90\x9d"
_WINDOWS_1252 = "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(256))  # WHATWG table

_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_OTHER_LETTERS = "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f"  # Greek … Thai
_CP1252_PUNCTUATION = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u2039\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u203a\u0160\u0161\u0152\u0153\u017d\u017e\u0178"  # noqa: E501
_LATIN_RUN = re.compile("[\u00a1-\u00b6\u00b8-\u00ff]{3,}")  # CJK bytes read as Latin: "ÖÐ¹ú"
_MOJIBAKE = re.compile(  # each alternative starts with a character class, so the regex engine skips ahead fast
    f"[{_LATIN_LETTERS}][\u00a1-\u00bf]+(?=[{_LATIN_LETTERS}])"  # a symbol inside a word: Polish read as cp1252
    f"|[A-Za-z][{_OTHER_LETTERS}]|[{_OTHER_LETTERS}][A-Za-z]"  # a word in two alphabets: "ThereТs"
    f"|[{IDEOGRAPHS}] (?=[{IDEOGRAPHS}])"  # ideographs spaced like Korean words: Korean read as Chinese
    f"|[{HANGUL}][{IDEOGRAPHS}]|[{IDEOGRAPHS}][{HANGUL}]"  # hanja inside Korean words: the reverse
    f"|[\u0080-\u009f{PRIVATE_USE}\uff61-\uff9f]"  # C1 controls, private use, half-width katakana
)
_UTF8_AS_LATIN = re.compile(f"[\u00c2-\u00df][\u0080-\u00bf{_CP1252_PUNCTUATION}]")  # "Ã©": UTF-8 read as Latin

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
#: Control bytes that text never holds (tab, line and page breaks and ESC aside), for `bytes.translate` to delete.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_MAX_CONTROL_SHARE = 0.1

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_BYTES = tuple(bom for bom, _ in _BOMS)
#: Code unit width, the codecs, and the share of units whose high byte(s) must be NUL (see `_sniff_wide`).
_WIDE_LAYOUTS = ((4, "utf-32-le", "utf-32-be", 0.9), (2, "utf-16-le", "utf-16-be", 0.25))
_WIDE_CODECS = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})
_KNOWN_CODECS = frozenset(ENCODING_ALIASES.values())


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the normalised (Python) name of the codec that produced it.

    `lossless` says that every byte was decoded as it is: no U+FFFD stands for a bad or cut-off byte.
    (False only means unknown: it is set where proving it costs nothing.)
    """

    text: str
    encoding: str
    lossless: bool = False


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

    Looks where browsers look: the first KiB as their prescan does, else anywhere in the head (they
    re-decode when a late ``<meta>`` names another charset), outside comments and scripts. UTF-16/32
    labels are dropped: bytes whose markup reads as ASCII are not UTF-16, and browsers ignore them too.
    """
    return _declarations(data[:_PRESCAN_BYTES]) or _declarations(data[:_DECLARATION_SCAN_BYTES])


def _declarations(head: bytes) -> tuple[str, ...]:
    body = _BODY_START.search(head)
    head = _NOT_MARKUP.sub(b" ", head[: body.start()] if body else head)
    head_end = _HEAD_END.search(head)
    head = head[: head_end.start()] if head_end else head
    labels = [match.group(1) for match in _XML_DECLARATION.finditer(head)]
    labels += [charset.group(1) for meta in _META.finditer(head) if (charset := _META_CHARSET.search(meta.group()))]
    codecs_ = (normalize_encoding(label.decode("ascii", "ignore")) for label in labels)
    return _ordered(codec for codec in codecs_ if codec not in _WIDE_CODECS)


def declared_encoding(data: bytes) -> str | None:
    """The first charset the document declares for itself, as a codec name."""
    return next(iter(declared_encodings(data)), None)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes; `encoding` is the caller's charset (e.g. from HTTP) and outranks the page's.

    Raises:
        NotHTMLError: the bytes are an image, an archive or other binary data.
    """
    caller = normalize_encoding(encoding)
    wide = _decode_unicode_signature(data, caller)
    if wide:
        return wide
    _reject_binary(data)
    if data.isascii():
        return _decode_seven_bit(data, _labels(data, caller))
    utf8 = _decode_strictly(data, "utf-8")
    if utf8 is not None:
        # the common case: no label needs reading; a U+FFFD at the end may be a character cut off
        return Decoded(utf8, "utf-8", lossless=not utf8.endswith("\ufffd"))
    codec = _Judge(_evidence_sample(data, _JUDGED_SAMPLE_BYTES)).choose(_labels(data, caller))
    return Decoded(_decode_replacing(data, codec)[0], codec)


def is_utf8_if_valid(data: bytes, encoding: str | None = None) -> bool:
    """Whether `decode` reads the bytes as UTF-8 if they are valid UTF-8: no byte-order mark or UTF-16/32 layout
    names another codec, and they are not all ASCII (which the labels decide). A caller that learns their validity
    more cheaply (the HTML parser reports bytes that are no UTF-8) need not decode them.

    Raises:
        NotHTMLError: as `decode` does.
    """
    if data.startswith(_BOM_BYTES) or _wide_candidates(data, normalize_encoding(encoding)):
        return False
    _reject_binary(data)
    return not data.isascii()


def _labels(data: bytes, caller: str | None) -> tuple[str, ...]:
    """The caller's charset, then the page's declarations: the labels in order of authority."""
    return _ordered((caller, *declared_encodings(data)))


class _Judge:
    """Tries readings of a sample of the page's non-ASCII text in order of evidence; keeps the first trusted."""

    def __init__(self, sample: bytes) -> None:
        self.sample = sample
        self.tried: dict[str, _Reading] = {}

    def choose(self, labels: tuple[str, ...]) -> str:
        if self.trusted(self.read("utf-8")):
            return "utf-8"
        for codec in labels:
            if self.trusted(self.read(codec)):
                return codec
        for codec in self.detector_verdicts():
            if codec not in self.tried and self.trusted(self.read(codec)):
                return codec
        for codec in (*CJK_CODECS, "cp1252") if self.could_be_cjk else ("cp1252",):
            self.read(codec)
        return min(self.tried.values(), key=lambda reading: (self.doubtful(reading), reading.damage)).codec

    def read(self, codec: str) -> _Reading:
        if codec not in self.tried:
            self.tried[codec] = _Reading(codec, *_decode_counting_errors(self.sample, codec))
        return self.tried[codec]

    def trusted(self, reading: _Reading) -> bool:
        """Few undecodable bytes, no mojibake, and not a single-byte reading of what reads as CJK text."""
        if not reading.few_errors:
            return False
        if reading.codec == "utf-8":
            return True  # its own structure is the evidence: other encodings' text fails it byte by byte
        return not reading.garbled and not self.doubtful(reading)

    def doubtful(self, reading: _Reading) -> bool:
        """A single-byte codec reads anything; it loses to bytes shaped like, and readable as, CJK text."""
        return reading.codec in SINGLE_BYTE_CODECS and self.could_be_cjk

    @cached_property
    def could_be_cjk(self) -> bool:
        """True when a CJK codec reads the sample cleanly into runs of characters, as CJK text is written.

        Isolated characters do not count: English curly quotes before a letter ("it’s") make valid
        Shift_JIS or GBK pairs, but only ever one character between Latin letters.
        """
        return any(self.read(codec).clean and self.read(codec).in_runs for codec in CJK_CODECS)

    def detector_verdicts(self) -> Iterator[str]:
        """windows-1252, then charset-normalizer's best guesses for the sample (run only if reached).

        windows-1252 is what browsers assume for unlabelled pages, and no detector tells the Latin code
        pages apart on a few curly quotes; a detector's verdict is needed when windows-1252 garbles the text.
        """
        yield "cp1252"
        sample = _safe_prefix(self.sample, _DETECTOR_SAMPLE_BYTES)
        matches = charset_normalizer.from_bytes(sample, cp_isolation=[*DETECTABLE_CODECS], preemptive_behaviour=False)
        yield from _ordered(normalize_encoding(match.encoding) for match in matches)[:_DETECTOR_VERDICTS]


@dataclass(frozen=True)
class _Reading:
    """One codec's reading of the bytes, with the evidence for and against it (computed when asked)."""

    codec: str
    text: str
    errors: int  # undecodable bytes (each became U+FFFD); a cut-off last character is no error

    @cached_property
    def good_chars(self) -> int:
        """Non-ASCII characters decoded without error: the evidence for a multi-byte codec."""
        return len(self.text) - len(self.text.encode("ascii", "ignore")) - self.errors

    @cached_property
    def mojibake(self) -> int:
        return _count_mojibake(self.text)

    @property
    def few_errors(self) -> bool:
        return self.errors <= _ERRORS_PER_GOOD_CHAR * self.good_chars

    @property
    def garbled(self) -> bool:
        return self.mojibake > max(2.0, _MOJIBAKE_SHARE * (self.good_chars + self.errors))

    @property
    def in_runs(self) -> bool:
        """Most non-ASCII characters stand next to another one."""
        return 2 * sum(map(len, _NON_ASCII_RUN.findall(self.text))) >= self.good_chars + self.errors

    @property
    def clean(self) -> bool:
        return self.few_errors and not self.garbled

    @property
    def damage(self) -> tuple[int, int]:
        """For ranking readings none of which is trusted: fewest broken and garbled characters wins.

        UTF-8 read as Latin ("Ã©") counts here only: once UTF-8 failed, it marks text the page itself
        double-encoded, which no other reading would mend.
        """
        return self.errors + self.mojibake + 2 * len(_UTF8_AS_LATIN.findall(self.text)), self.errors


def _decode_counting_errors(data: bytes, codec: str) -> tuple[str, int]:
    """Decode, replacing bad bytes with U+FFFD; returns the text and the number of bad bytes."""
    text = _decode_strictly(data, codec)
    return (text, 0) if text is not None else _decode_replacing(data, codec)


def _decode_strictly(data: bytes, codec: str) -> str | None:
    """The text if every byte decodes; a character cut off at the very end becomes U+FFFD but is no error."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
    return text + "\ufffd" if decoder.getstate()[0] else text


def _decode_replacing(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; the error count leaves out U+FFFD characters the page itself has."""
    if codec == "cp1252":
        return _decode_windows_1252(data)
    text = data.decode(codec, "replace")
    literal = data.decode(codec, "ignore").count("\ufffd")
    return text, text.count("\ufffd") - literal


def _decode_windows_1252(data: bytes) -> tuple[str, int]:
    """windows-1252 as browsers define it: the five bytes without a character become C1 controls (and errors)."""
    undefined = len(data) - len(data.translate(None, _UNDEFINED_IN_1252))
    return codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0], undefined


def _count_mojibake(text: str) -> int:
    """Characters that real text seldom contains but a wrong codec produces: the marks of mojibake."""
    latin_runs = sum(len(run) for run in _LATIN_RUN.findall(text) if len(set(run)) > 1)  # not "££££"
    rare = sum(1 for char in _IDEOGRAPH.findall(text) if char not in COMMON_IDEOGRAPHS)
    return latin_runs + rare + len(_MOJIBAKE.findall(text))


def _evidence_sample(data: bytes, limit: int) -> bytes:
    """The page's non-ASCII stretches with the text around them, one per line, up to `limit` bytes.

    This is where the encoding shows, without the markup and scripts that dilute it. Every piece starts
    and ends where no codec can be inside a multi-byte character: at a high byte that follows ASCII (no
    codec continues a character from an ASCII byte into a high one), at a tag, a line break or a space.
    """
    high_bytes = data.translate(_HIGH_BYTE_MASK)  # 1 where data has a non-ASCII byte: found at memchr speed
    pieces: list[bytes] = []
    size = covered = 0
    for start, end in _stretches(high_bytes):
        if start < covered:
            continue
        start = _left_boundary(data, max(covered, start - _CONTEXT_BYTES), start)
        covered = _right_boundary(data, high_bytes, end, min(len(data), end + _CONTEXT_BYTES))
        pieces.append(_safe_prefix(data[start:covered], limit - size).strip())
        size += len(pieces[-1]) + 1
        if size >= limit:
            break
    return b"\n".join(pieces)


def _safe_prefix(chunk: bytes, limit: int) -> bytes:
    """At most `limit` bytes of the chunk, cut after a tag, line break or space so no character is split."""
    if len(chunk) <= limit:
        return chunk
    cut = max(chunk.rfind(byte, 0, limit) for byte in (b"<", b">", b"\n", b" "))
    return chunk[: cut + 1] if cut >= 0 else b""


def _stretches(high_bytes: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-ASCII bytes with ASCII gaps under 64 bytes, plus one byte after it.

    The extra byte may be the ASCII trail byte of the stretch's last character (GBK, Big5, Shift_JIS).
    """
    position = 0
    while (start := high_bytes.find(1, position)) >= 0:
        gap = high_bytes.find(_STRETCH_GAP, start)
        position = len(high_bytes) if gap < 0 else gap + 1
        yield start, position


def _left_boundary(data: bytes, low: int, start: int) -> int:
    """Where context before a stretch may begin: after a tag or line end, else after a space."""
    boundary = max(data.rfind(b">", low, start), data.rfind(b"\n", low, start))
    if boundary < 0:
        boundary = data.find(b" ", low, start)
    return boundary + 1 if boundary >= 0 else start


def _right_boundary(data: bytes, high_bytes: bytes, end: int, high: int) -> int:
    """Where context after a stretch ends: before the next non-ASCII byte, tag or line, else after a space."""
    next_high = high_bytes.find(1, end, high)
    high = high if next_high < 0 else next_high
    boundary = min(_find(data, b"<", end, high), _find(data, b"\n", end, high))
    if boundary < high:
        return boundary
    space = data.rfind(b" ", end, high)
    return space + 1 if space >= 0 else end


def _find(data: bytes, byte: bytes, start: int, end: int) -> int:
    position = data.find(byte, start, end)
    return end if position < 0 else position


def _decode_unicode_signature(data: bytes, caller: str | None) -> Decoded | None:
    """UTF-8/16/32 announced by a byte-order mark, or UTF-16/32 shown by NULs or named by the caller."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode_counting_errors(data[len(bom) :], codec)[0], codec)
    for codec in _wide_candidates(data, caller):
        text, errors = _decode_counting_errors(data, codec)
        if errors <= _ERRORS_PER_GOOD_CHAR * len(text) and "<" in text and _mostly_printable(text[:4096]):
            return Decoded(text, codec)  # ASCII markup read as UTF-16 would lose its "<"
    return None


def _wide_candidates(data: bytes, caller: str | None) -> tuple[str, ...]:
    """UTF-16/32 codecs the NULs in the page's first KiB show, or the caller names, to try before anything else."""
    return _ordered((_sniff_wide(data[:1024]), caller if caller in _WIDE_CODECS else None))


def _mostly_printable(text: str) -> bool:
    """Few control characters: binary data that happens to decode as UTF-16 is full of them."""
    controls = sum(1 for char in text if char < " " and char not in "\t\n\r")
    return controls <= _MAX_CONTROL_SHARE * len(text)


def _sniff_wide(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM: NULs at fixed places in each code unit, none in the low byte.

    UTF-32 of the Basic Multilingual Plane has NUL in its two high bytes, whatever the script. In UTF-16
    only characters below U+0100 have a NUL high byte, so the ASCII markup shows it in a good part of the
    units (a quarter, to allow a head of CJK or Arabic text), while a low byte is NUL only for the rare
    U+xx00. The caller confirms by decoding.
    """
    if len(head) < 16 or b"\x00" not in head:  # no NUL at all, the common case, is found at memchr speed
        return None
    for width, little_endian, big_endian, share in _WIDE_LAYOUTS:
        units = len(head) // width
        nuls = [head[offset::width][:units].count(0) for offset in range(width)]
        high = width // 2  # the high half of a unit: byte 1 of UTF-16, bytes 2 and 3 of UTF-32
        if nuls[0] < 0.1 * units and all(count > share * units for count in nuls[high:]):
            return little_endian
        if nuls[-1] < 0.1 * units and all(count > share * units for count in nuls[:-high]):
            return big_endian
    return None


def _decode_seven_bit(data: bytes, labels: tuple[str, ...]) -> Decoded:
    """ASCII bytes: the label's codec (ISO-2022 and HZ texts are 7-bit and need it), else plain ASCII."""
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
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted at C speed, without a regex
    if head and controls > _MAX_CONTROL_SHARE * len(head):
        raise NotHTMLError("the input is binary data (too many control bytes), not an HTML page")


def _ordered(codecs_: Iterable[str | None]) -> tuple[str, ...]:
    """The codecs in order, each once, absent ones dropped."""
    return tuple(dict.fromkeys(codec for codec in codecs_ if codec))
