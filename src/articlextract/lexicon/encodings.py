"""Charset data: labels as browsers read them (WHATWG), codec families, and the common ideographs.

Everything here is a constant; `decode.py` holds the logic that reads it.
"""

from __future__ import annotations

__all__ = ["CJK_CODECS", "COMMON_IDEOGRAPHS", "DETECTABLE_CODECS", "ENCODING_ALIASES", "SINGLE_BYTE_CODECS"]


def _labels(codec: str, *labels: str) -> dict[str, str]:
    return dict.fromkeys(labels, codec)


#: Charset label (lower case, ``_`` written as ``-``) → the Python codec a browser effectively decodes with.
#: The WHATWG Encoding Standard's labels, read as browsers read them: GB2312/GBK as GB18030, Big5 as
#: Big5-HKSCS, Latin-1/ASCII as windows-1252, Shift_JIS as windows-31j (cp932), EUC-KR as cp949. A few
#: non-standard labels that real pages use (cp936, euc-cn, utf8mb4 …) are added.
ENCODING_ALIASES: dict[str, str] = {
    **_labels(
        "utf-8",
        "utf-8",
        "utf8",
        "unicode-1-1-utf-8",
        "unicode11utf8",
        "unicode20utf8",
        "x-unicode20utf8",
        "utf8mb4",
        "utf-8n",
    ),
    **_labels(
        "gb18030",
        "gb18030",
        "gbk",
        "x-gbk",
        "gb2312",
        "gb-2312",
        "gb-2312-80",
        "gb2312-80",
        "chinese",
        "csgb2312",
        "csiso58gb231280",
        "iso-ir-58",
        "cp936",
        "ms936",
        "windows-936",
        "euc-cn",
        "x-euc-cn",
        "gb18030-2000",
        "gb18030-2005",
        "gb18030-2022",
    ),
    **_labels(
        "big5hkscs",
        "big5",
        "big5-hkscs",
        "big5hkscs",
        "cn-big5",
        "csbig5",
        "x-x-big5",
        "cp950",
        "x-big5",
        "ms950",
        "windows-950",
    ),
    **_labels(
        "cp1252",
        "windows-1252",
        "cp1252",
        "x-cp1252",
        "iso-8859-1",
        "iso8859-1",
        "iso88591",
        "iso-8859-1:1987",
        "latin1",
        "latin-1",
        "l1",
        "cp819",
        "ibm819",
        "csisolatin1",
        "iso-ir-100",
        "ascii",
        "us-ascii",
        "ansi-x3.4-1968",
        "iso-ir-6",
        "iso646-us",
    ),
    **_labels(
        "cp932",
        "shift-jis",
        "shift-jis-2004",
        "sjis",
        "x-sjis",
        "ms-kanji",
        "ms932",
        "windows-31j",
        "csshiftjis",
        "cp932",
    ),
    **_labels("euc_jp", "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese", "eucjp"),
    **_labels("iso2022_jp", "iso-2022-jp", "csiso2022jp"),
    **_labels(
        "cp949",
        "euc-kr",
        "x-euc-kr",
        "cseuckr",
        "csksc56011987",
        "iso-ir-149",
        "korean",
        "ks-c-5601-1987",
        "ks-c-5601-1989",
        "ksc5601",
        "ksc-5601",
        "windows-949",
        "cp949",
        "uhc",
    ),
    **_labels("iso2022_kr", "iso-2022-kr", "csiso2022kr"),
    **_labels("hz", "hz-gb-2312", "hz"),
    **_labels(
        "utf-16-le",
        "utf-16",
        "utf-16le",
        "utf-16-le",
        "unicode",
        "unicodefeff",
        "ucs-2",
        "csunicode",
        "iso-10646-ucs-2",
    ),
    **_labels("utf-16-be", "utf-16be", "utf-16-be", "unicodefffe"),
    **_labels("utf-32-le", "utf-32", "utf-32le", "utf-32-le"),
    **_labels("utf-32-be", "utf-32be", "utf-32-be"),
    **_labels("cp866", "866", "cp866", "csibm866", "ibm866"),
    **_labels(
        "iso8859-2",
        "iso-8859-2",
        "iso8859-2",
        "iso88592",
        "iso-8859-2:1987",
        "iso-ir-101",
        "l2",
        "latin2",
        "csisolatin2",
    ),
    **_labels(
        "iso8859-3",
        "iso-8859-3",
        "iso8859-3",
        "iso88593",
        "iso-8859-3:1988",
        "iso-ir-109",
        "l3",
        "latin3",
        "csisolatin3",
    ),
    **_labels(
        "iso8859-4",
        "iso-8859-4",
        "iso8859-4",
        "iso88594",
        "iso-8859-4:1988",
        "iso-ir-110",
        "l4",
        "latin4",
        "csisolatin4",
    ),
    **_labels(
        "iso8859-5",
        "iso-8859-5",
        "iso8859-5",
        "iso88595",
        "iso-8859-5:1988",
        "iso-ir-144",
        "cyrillic",
        "csisolatincyrillic",
    ),
    **_labels(
        "iso8859-6",
        "iso-8859-6",
        "iso8859-6",
        "iso88596",
        "iso-8859-6:1987",
        "iso-8859-6-e",
        "iso-8859-6-i",
        "iso-ir-127",
        "arabic",
        "asmo-708",
        "ecma-114",
        "csiso88596e",
        "csiso88596i",
        "csisolatinarabic",
    ),
    **_labels(
        "iso8859-7",
        "iso-8859-7",
        "iso8859-7",
        "iso88597",
        "iso-8859-7:1987",
        "iso-ir-126",
        "greek",
        "greek8",
        "ecma-118",
        "elot-928",
        "sun-eu-greek",
        "csisolatingreek",
    ),
    **_labels(
        "iso8859-8",
        "iso-8859-8",
        "iso8859-8",
        "iso88598",
        "iso-8859-8:1988",
        "iso-8859-8-e",
        "iso-8859-8-i",
        "iso-ir-138",
        "hebrew",
        "visual",
        "logical",
        "csiso88598e",
        "csiso88598i",
        "csisolatinhebrew",
    ),
    **_labels("iso8859-10", "iso-8859-10", "iso8859-10", "iso885910", "iso-ir-157", "l6", "latin6", "csisolatin6"),
    **_labels("iso8859-13", "iso-8859-13", "iso8859-13", "iso885913"),
    **_labels("iso8859-14", "iso-8859-14", "iso8859-14", "iso885914"),
    **_labels("iso8859-15", "iso-8859-15", "iso8859-15", "iso885915", "l9", "csisolatin9"),
    **_labels("iso8859-16", "iso-8859-16", "iso8859-16"),
    **_labels("koi8-r", "koi8-r", "koi8", "koi", "cskoi8r"),
    **_labels("koi8-u", "koi8-u", "koi8-ru"),
    **_labels("mac-roman", "macintosh", "mac", "x-mac-roman", "csmacintosh", "mac-roman"),
    **_labels("mac-cyrillic", "x-mac-cyrillic", "x-mac-ukrainian", "mac-cyrillic"),
    **_labels("cp874", "windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "cp874"),
    **_labels("cp1250", "windows-1250", "cp1250", "x-cp1250"),
    **_labels("cp1251", "windows-1251", "cp1251", "x-cp1251"),
    **_labels("cp1253", "windows-1253", "cp1253", "x-cp1253"),
    **_labels(
        "cp1254",
        "windows-1254",
        "cp1254",
        "x-cp1254",
        "iso-8859-9",
        "iso8859-9",
        "iso88599",
        "iso-8859-9:1989",
        "iso-ir-148",
        "l5",
        "latin5",
        "csisolatin5",
    ),
    **_labels("cp1255", "windows-1255", "cp1255", "x-cp1255"),
    **_labels("cp1256", "windows-1256", "cp1256", "x-cp1256"),
    **_labels("cp1257", "windows-1257", "cp1257", "x-cp1257"),
    **_labels("cp1258", "windows-1258", "cp1258", "x-cp1258"),
}

#: Codecs that map (nearly) every byte to a character: a clean decode cannot confirm them.
SINGLE_BYTE_CODECS = frozenset(
    {
        "cp1252",
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "cp874",
        "cp866",
        "koi8-r",
        "koi8-u",
        "mac-roman",
        "mac-cyrillic",
        "iso8859-2",
        "iso8859-3",
        "iso8859-4",
        "iso8859-5",
        "iso8859-6",
        "iso8859-7",
        "iso8859-8",
        "iso8859-10",
        "iso8859-13",
        "iso8859-14",
        "iso8859-15",
        "iso8859-16",
    }
)

#: The multi-byte East Asian codecs, most widely used first: the readings a single-byte label competes with.
CJK_CODECS: tuple[str, ...] = ("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949")

#: What charset-normalizer may answer: the encodings a browser can decode (names as it spells them).
DETECTABLE_CODECS: tuple[str, ...] = (
    "utf_8",
    "gb18030",
    "big5hkscs",
    "cp932",
    "euc_jp",
    "cp949",
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "cp874",
    "cp866",
    "koi8_r",
    "koi8_u",
    "mac_cyrillic",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "iso8859_8",
    "iso8859_13",
    "iso8859_15",
)


def _row_characters(codec: str, lead: int, trails: range) -> str:
    """The characters a double-byte codec assigns to one lead byte; unassigned cells end a row in these tables."""
    row = bytes(byte for trail in trails for byte in (lead, trail))
    try:
        return row.decode(codec)
    except UnicodeDecodeError as error:
        return row[: error.start].decode(codec)


def _common_ideographs() -> frozenset[str]:
    """The ideographs each national standard ranks as common (GB2312 level 1, Big5 常用字, JIS level 1).

    Real Chinese or Japanese text draws ~99% of its ideographs from these ~9,000 characters; the text
    produced by decoding with the wrong CJK codec draws about half of them from elsewhere.
    """
    high, low = range(0xA1, 0xFF), range(0x40, 0x7F)
    rows = (
        [("gb2312", lead, high) for lead in range(0xB0, 0xD8)]
        + [("big5", lead, trails) for lead in range(0xA4, 0xC6) for trails in (low, high)]
        + [("big5", 0xC6, low)]
        + [("euc_jp", lead, high) for lead in range(0xB0, 0xD0)]
    )
    return frozenset("".join(_row_characters(*row) for row in rows))


COMMON_IDEOGRAPHS: frozenset[str] = _common_ideographs()
