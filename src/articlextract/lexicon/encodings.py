"""Charset labels as browsers read them (WHATWG) and which codecs are single-byte."""

from __future__ import annotations

#: WHATWG encoding labels (and Python codec names) → the codec browsers effectively decode with.
ENCODING_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        ("utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
        "utf-8",
    ),
    **dict.fromkeys(
        ("gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "csiso58gb231280",
         "gb-2312-80", "gb-2312", "iso-ir-58", "cp936", "ms936", "windows-936", "euc-cn", "hz-gb-2312"),
        "gb18030",
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950"), "big5hkscs"),
    **dict.fromkeys(
        ("ascii", "us-ascii", "ansi-x3.4-1968", "iso-8859-1", "iso8859-1", "iso-8859-1:1987", "latin1",
         "latin-1", "l1", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "windows-1252", "cp1252",
         "x-cp1252", "iso88591", "iso-88591", "8859-1"),
        "cp1252",
    ),
    **dict.fromkeys(
        ("shift-jis", "shift_jis", "sjis", "x-sjis", "ms-kanji", "ms932", "windows-31j", "csshiftjis",
         "cp932", "shift-jis-2004"),
        "cp932",
    ),
    **dict.fromkeys(("euc-kr", "cseuckr", "ks-c-5601-1987", "korean", "windows-949", "cp949", "uhc"), "cp949"),
    **dict.fromkeys(("euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"), "euc_jp"),
    **dict.fromkeys(("iso-8859-9", "latin5", "windows-1254", "cp1254"), "cp1254"),
    **dict.fromkeys(("tis-620", "iso-8859-11", "windows-874", "cp874"), "cp874"),
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16-le"), "utf-16-le"),
    **dict.fromkeys(("utf-16be", "utf-16-be"), "utf-16-be"),
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "windows-1251": "cp1251",
    "cp1251": "cp1251",
    "windows-1250": "cp1250",
    "cp1250": "cp1250",
    "iso-8859-2": "iso8859_2",
    "iso-8859-5": "iso8859_5",
    "iso-8859-15": "iso8859_15",
}

#: Codecs that map every byte to a character: they never fail, so failure cannot disprove them.
SINGLE_BYTE_CODECS = frozenset(
    {"cp1252", "cp1250", "cp1251", "cp1254", "cp874", "koi8_r", "koi8_u", "iso8859_2", "iso8859_5",
     "iso8859_15", "latin_1", "mac_roman"}
)
