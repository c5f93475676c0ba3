"""Decoding real pages re-encoded into every relevant encoding, under every kind of labelling.

The pages in tests/data/decode/ are UTF-8 on disk; each test re-encodes a page's text (characters the
target encoding lacks become ``&#…;`` references, as a browser submitting a form would write them) and
expects decoding to give exactly that text back.
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import articlextract
from articlextract import decode as decode_module
from articlextract.decode import declared_encodings, decode, normalize_encoding
from articlextract.errors import NotHTMLError
from articlextract.options import Options

DATA = Path(__file__).parent / "data" / "decode"
REPO = Path(__file__).resolve().parent.parent

#: Python codec used to write each test encoding, and the codec the decoder must report for it.
PYTHON_CODEC = {
    "gb18030": "gb18030",
    "gbk": "gbk",
    "big5": "big5",
    "windows-1252": "cp1252",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf-16be-bom": "utf-16-be",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
}
REPORTED = {
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "windows-1252": "cp1252",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16-le",
    "utf-16be-bom": "utf-16-be",
}
#: The label a page in each encoding would carry (a UTF-16 page's own label is ignored by browsers).
LABEL = {
    "gb18030": "gb18030",
    "gbk": "gbk",
    "big5": "big5",
    "windows-1252": "windows-1252",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16",
    "utf-16be-bom": "utf-16be",
}
#: Labels that lie about each encoding, as seen on real pages and servers.
WRONG_LABELS = {
    "gb18030": ("utf-8", "iso-8859-1", "big5"),
    "gbk": ("utf-8", "iso-8859-1", "windows-1252", "big5"),
    "big5": ("gb2312", "utf-8", "iso-8859-1"),
    "utf-8": ("gb2312", "iso-8859-1", "big5", "shift_jis"),
    "utf-8-sig": ("gbk",),
    "utf-16": ("utf-8",),
    "utf-16be-bom": ("gb2312",),
    "windows-1252": ("utf-8", "gb2312", "big5", "shift_jis"),
}
SIMPLIFIED = ("gb18030", "gbk", "utf-8", "utf-8-sig", "utf-16", "utf-16be-bom")
PAGES = {
    "zh-kepuchina": SIMPLIFIED,
    "zh-dugushici-classical": SIMPLIFIED,
    "zh-people-mislabelled": SIMPLIFIED,
    "zh-hant-yahoo-hk-excerpt": ("big5", "gb18030", "utf-8", "utf-16"),
    "en-panarmenian": ("windows-1252", "utf-8", "utf-8-sig", "utf-16"),
    "en-cgtn": ("windows-1252", "utf-8", "utf-16"),
    "pt-mensagensreflexao": ("windows-1252", "utf-8", "utf-16be-bom"),
}

_CHARSET_DECLARATION = re.compile(r"<meta[^>]*charset[^>]*>|<\?xml[^>]*\?>", re.I)
_HEAD = re.compile(r"<head[^>]*>", re.I)


@dataclass(frozen=True)
class Case:
    """One page in one encoding under one labelling: the bytes, the caller's charset and what must come out."""

    id: str
    data: bytes
    caller: str | None
    expected: str
    encoding: str
    truncated: bool = False


def page_text(name: str) -> str:
    return gzip.decompress((DATA / f"{name}.html.gz").read_bytes()).decode("utf-8")


def relabel(text: str, label: str | None, style: str = "charset") -> str:
    """The page with its charset declarations replaced by one for `label` (none when label is None)."""
    text = _CHARSET_DECLARATION.sub("", text)
    if label is None:
        return text
    meta = (
        f'<meta charset="{label}">'
        if style == "charset"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    )
    head = _HEAD.search(text)
    return text[: head.end()] + meta + text[head.end() :] if head else meta + text


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be", "xmlcharrefreplace")
    return text.encode(PYTHON_CODEC[encoding], "xmlcharrefreplace")


def as_decoded(text: str, encoding: str) -> str:
    """What a correct decoder returns for `text` written in `encoding` (references for missing characters)."""
    return text.encode(PYTHON_CODEC[encoding], "xmlcharrefreplace").decode(PYTHON_CODEC[encoding]).lstrip("\ufeff")


def truncated(text: str, encoding: str) -> tuple[bytes, str] | None:
    """The page cut in the middle of its last multi-byte character, and the text before that character."""
    bare = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le", "utf-16be-bom": "utf-16-be"}.get(encoding, encoding)
    written = as_decoded(text, encoding)
    last = max((i for i, char in enumerate(written) if len(encode(char, bare)) > 1), default=None)
    if last is None:
        return None
    prefix = encode(written[:last], encoding)
    return encode(written[: last + 1], encoding)[: len(prefix) + 1], written[:last]


def cases() -> Iterator[Case]:
    for name, encodings in PAGES.items():
        original = page_text(name)
        for encoding in encodings:
            yield from page_cases(name, original, encoding)


def page_cases(name: str, original: str, encoding: str) -> Iterator[Case]:
    right, reported = LABEL[encoding], REPORTED[encoding]

    def case(variant: str, meta: str | None, caller: str | None, style: str = "charset") -> Case:
        text = relabel(original, meta, style)
        return Case(
            f"{name}-{encoding}-{variant}", encode(text, encoding), caller, as_decoded(text, encoding), reported
        )

    yield case("declared", right, None)
    yield case("http-equiv", right, None, style="http-equiv")
    yield case("undeclared", None, None)
    yield case("caller", None, right)
    for wrong in WRONG_LABELS[encoding]:
        yield case(f"labelled-{wrong}", wrong, None)
        yield case(f"caller-{wrong}-meta-right", right, wrong)
        yield case(f"meta-{wrong}-caller-right", wrong, right)
    for variant, meta in (("truncated-declared", right), ("truncated-undeclared", None)):
        cut = truncated(relabel(original, meta), encoding)
        if cut:
            yield Case(f"{name}-{encoding}-{variant}", cut[0], None, cut[1], reported, truncated=True)


CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_decoding_gives_the_text_back(case: Case) -> None:
    result = decode(case.data, case.caller)
    assert result.encoding == case.encoding
    if case.truncated:
        assert result.text[: len(case.expected)] == case.expected
        assert result.text[len(case.expected) :] in ("", "\ufffd")  # only the cut character is lost
    else:
        assert result.text == case.expected


@pytest.mark.parametrize(
    ("name", "encoding", "caller"),
    [
        ("zh-kepuchina", "gbk", None),
        ("zh-kepuchina", "utf-8", "gbk"),
        ("zh-hant-yahoo-hk-excerpt", "big5", None),
        ("en-panarmenian", "windows-1252", "utf-8"),
        ("zh-dugushici-classical", "utf-16", None),
    ],
)
def test_extract_reports_the_codec_it_used(name: str, encoding: str, caller: str | None) -> None:
    text = relabel(page_text(name), None)
    article = articlextract.extract(encode(text, encoding), options=Options(encoding=caller))
    assert article.encoding == REPORTED[encoding]
    assert article.paragraphs and "\ufffd" not in article.text
    assert article.paragraphs == articlextract.extract(as_decoded(text, encoding)).paragraphs


SEED_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>以人为本筑和谐_泗水新闻_济宁新闻网</title></head>
<body><div class="nav">地方网 &gt; 山东 &gt; 济宁市 &gt; 泗水新闻</div>
<h1>以人为本筑和谐</h1><h2>——泗水县推进信访工作构建和谐社会侧记</h2>
<div class="info">来源：济宁晚报　2015-08-09 07:19　作者：包庆淼 高勇</div>
<div id="content">
<p>　　本报通讯员包庆淼高勇　近年来，泗水县坚持以人为本，把信访工作作为构建和谐社会的重要抓手，
群众反映的问题件件有着落。</p>
<p>　　县信访局局长王堃介绍，全县建立了领导干部接访制度，每月固定时间公开接待来访群众，
面对面倾听诉求，现场解决实际问题。</p>
<p>　　在泗张镇，村民陶喆说，过去反映问题要跑好几趟，现在村里就有信访代理员，
帮着把材料递上去，办理结果还会上门反馈。</p>
<p>　　泗水县还借鉴朱镕基同志当年“不唱空调、务求实效”的作风要求，
把化解矛盾纠纷的成效纳入干部考核，推动工作落到实处。</p>
</div><div class="footer">责任编辑：张三</div></body></html>"""


def test_gb2312_page_with_gbk_only_characters_reads_as_gb18030() -> None:
    data = SEED_PAGE.encode("gbk")
    with pytest.raises(UnicodeEncodeError):
        SEED_PAGE.encode("gb2312")  # the page says gb2312 but 镕 堃 喆 only exist in GBK
    result = decode(data)
    assert (result.text, result.encoding) == (SEED_PAGE, "gb18030")
    article = articlextract.extract(data)
    assert article.encoding == "gb18030"
    assert all(char in article.text for char in "镕堃喆")


@pytest.mark.parametrize(
    ("name", "encoding"), [("zh-kepuchina", "gb18030"), ("zh-kepuchina", "utf-8"), ("zh-hant-yahoo-hk-excerpt", "big5")]
)
@pytest.mark.parametrize("broken", [1, 3])
@pytest.mark.parametrize("labelled", [True, False])
def test_a_few_broken_bytes_do_not_change_the_codec(name: str, encoding: str, broken: int, labelled: bool) -> None:
    text = relabel(page_text(name), LABEL[encoding] if labelled else None)
    data = bytearray(encode(text, encoding))
    high = [i for i, byte in enumerate(data) if byte >= 0x80]
    positions = [high[len(high) * (k + 1) // (broken + 1)] for k in range(broken)]
    for position in positions:
        data[position] = 0xFF  # a byte no CJK codec or UTF-8 uses
    result = decode(bytes(data))
    assert result.encoding == REPORTED[encoding]
    assert 0 < result.text.count("\ufffd") <= 3 * broken  # one per broken byte, plus the bytes it orphaned
    assert result.text[:50] == as_decoded(text, encoding)[:50]


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", b""),
        ("utf-16-be", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_utf16_and_utf32(codec: str, bom: bytes) -> None:
    text = page_text("zh-kepuchina")
    result = decode(bom + text.encode(codec))
    assert (result.text, result.encoding) == (text, codec)


def test_utf16_named_by_the_caller_without_bom_or_ascii() -> None:
    text = "<p>" + "泗水县推进信访工作构建和谐社会" * 20 + "</p>"
    assert decode(text.encode("utf-16-le"), "utf-16").text == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(64),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04" + bytes(40),
        b"\x1f\x8b\x08\x00" + bytes(20),
        b"\x7fELF\x02\x01\x01" + bytes(40),
        b"GIF89a\x01\x00",
        b"RIFF\x24\x00\x00\x00WEBPVP8 ",
        bytes(range(32)) * 64,
    ],
)
def test_binary_input_is_not_html(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        decode(data)
    with pytest.raises(articlextract.ExtractionError):
        articlextract.extract(data)


@pytest.mark.parametrize("text", ["MZ is a band", "ID3 tags explained", "BZh? no", "RIFF raff", "<p>\x0c</p>"])
def test_text_that_starts_like_a_magic_number_is_html(text: str) -> None:
    assert decode(text.encode()).text == text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf8", "utf-8"),
        ("UTF-8", "utf-8"),
        ("unicode-1-1-utf-8", "utf-8"),
        ("gb2312", "gb18030"),
        ("GBK", "gb18030"),
        ("x-gbk", "gb18030"),
        ("GB_2312-80", "gb18030"),
        ("cp936", "gb18030"),
        ("big5", "big5hkscs"),
        ("Big5-HKSCS", "big5hkscs"),
        ("iso-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("US-ASCII", "cp1252"),
        ("x-sjis", "cp932"),
        ("Shift_JIS", "cp932"),
        ("euc-kr", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("euc-jp", "euc_jp"),
        ("koi8-r", "koi8-r"),
        ("windows-1251", "cp1251"),
        ("utf-16", "utf-16-le"),
        ("text/html; charset=GBK", "gb18030"),
        ("'gb2312'", "gb18030"),
        ("utf-7", None),
        ("x-unknown", None),
        ("", None),
        (None, None),
        ("gb18030", "gb18030"),
    ],
)
def test_labels_are_read_as_browsers_read_them(label: str | None, codec: str | None) -> None:
    assert normalize_encoding(label) == codec


def test_reported_names_are_python_codecs_that_normalise_to_themselves() -> None:
    for codec in set(REPORTED.values()):
        assert normalize_encoding(codec) == codec
        assert "é".encode(codec).decode(codec) == "é"


@pytest.mark.parametrize(
    ("head", "declared"),
    [
        ('<meta charset="gbk">', ("gb18030",)),
        ('<meta http-equiv="Content-Type" content="text/html; charset=big5">', ("big5hkscs",)),
        ('<meta content="text/html; charset=Shift_JIS" http-equiv="content-type">', ("cp932",)),
        ("<script>" + "x" * 3000 + "</script><meta charset=euc-kr>", ("cp949",)),
        ('<!-- <meta charset="big5"> --><meta charset="utf-8">', ("utf-8",)),
        ("<script>document.write('</head><meta charset=big5>')</script><meta charset=gbk>", ("gb18030",)),
        (
            '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
            ("utf-8", "gb18030"),
        ),
        ('<meta charset="utf-16">', ()),
        ('<meta charset="nonsense">', ()),
    ],
)
def test_declarations_are_found_where_browsers_look(head: str, declared: tuple[str, ...]) -> None:
    page = f"<html><head>{head}<title>t</title></head><body><meta charset=koi8-r></body></html>"
    assert declared_encodings(page.encode()) == declared


def test_xml_declaration() -> None:
    assert declared_encodings(b'<?xml version="1.0" encoding="GB2312"?><html></html>') == ("gb18030",)


def test_ascii_pages_report_their_label() -> None:
    assert decode(b'<meta charset="gb2312"><p>ascii</p>').encoding == "gb18030"
    assert decode(b"<p>ascii</p>").encoding == "ascii"
    iso2022 = "<p>日本語のテキスト</p>".encode("iso2022_jp")
    assert decode(iso2022).text == "<p>日本語のテキスト</p>"


def test_windows_1252_bytes_without_a_character_become_c1_controls_as_in_browsers() -> None:
    text = "<p>" + " ".join(["caf\xe9 \x93ok\x94 na\xefve r\xe9sum\xe9"] * 6) + " \x81</p>"
    data = b'<meta charset="windows-1252">' + text.encode("latin-1")
    assert decode(data).text == '<meta charset="windows-1252">' + data[29:].decode("latin-1").translate(
        {0x93: "\u201c", 0x94: "\u201d"}
    )


class _DetectorSpy:
    def __init__(self) -> None:
        self.samples: list[int] = []
        self.real = decode_module.charset_normalizer.from_bytes

    def __call__(self, sample: bytes, **kwargs: object) -> object:
        self.samples.append(len(sample))
        return self.real(sample, **kwargs)


@pytest.fixture
def detector(monkeypatch: pytest.MonkeyPatch) -> _DetectorSpy:
    spy = _DetectorSpy()
    monkeypatch.setattr(decode_module.charset_normalizer, "from_bytes", spy)
    return spy


def test_charset_normalizer_runs_only_when_needed_and_on_a_bounded_sample(detector: _DetectorSpy) -> None:
    text = relabel(page_text("zh-kepuchina"), None)
    big = text.replace("</body>", "<p>" + "泗水县推进信访工作构建和谐社会。" * 20_000 + "</p></body>")
    decode(encode(big, "utf-8"))
    decode(encode(relabel(big, "gbk"), "gbk"))
    decode(encode(big, "gbk"), "gb2312")
    assert detector.samples == []  # UTF-8 and valid labels need no detector
    assert decode(encode(big, "gbk")).encoding == "gb18030"
    assert detector.samples and max(detector.samples) <= 12 * 1024


# --- the whole development corpus and its re-encodings ------------------------------------------------------

#: For each script, the legacy encodings its pages are written in, and the share of pages re-encoded.
SCRIPT_ENCODINGS = {
    "zh": ("gb18030", "gbk"),
    "zh-hant": ("big5",),
    "ja": ("cp932", "euc_jp"),
    "ko": ("cp949",),
    "ru": ("cp1251", "koi8_r"),
    "latin": ("cp1252",),
}
_SCRIPTS = {
    "ja": "[\u3040-\u30ff]",
    "ko": "[\uac00-\ud7af]",
    "zh": "[\u4e00-\u9fff]",
    "ru": "[\u0400-\u04ff]",
    "latin": "[\u00a0-\u024f\u2010-\u2027]",
}
_TRADITIONAL = set("這們國會說來時個為與發對經開關學過後還從現點問實動體當區義長機見門頭東車電話語請讓")
_MOJIBAKE = re.compile("[\u00c2-\u00c3][\u0080-\u00bf]|\u00e2\u20ac|[\u00c0-\u00ff]{4,}|\ufffd")
_SUBSET_EVERY = 3
_ASCII = bytes(range(0x80))


def corpus_dir() -> Path | None:
    configured = os.environ.get("ARTICLEXTRACT_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "corpus"
    return path if path.is_dir() else None


def corpus_pages() -> list[Path]:
    path = corpus_dir()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("the development corpus is missing (set ARTICLEXTRACT_CORPUS)")
        pytest.skip("development corpus not found: set ARTICLEXTRACT_CORPUS or put it at ../shared/corpus")
    return sorted(path.glob("*/pages/*.html.gz"))


def script_of(text: str) -> str:
    counts = {script: len(re.findall(pattern, text)) for script, pattern in _SCRIPTS.items()}
    script = "ja" if counts["ja"] > 50 else max(counts, key=counts.__getitem__)
    if script == "zh" and sum(char in _TRADITIONAL for char in text) > 20:
        return "zh-hant"
    return script


def test_corpus_pages_decode_without_damage() -> None:
    for path in corpus_pages():
        raw = gzip.decompress(path.read_bytes())
        original = raw.decode("utf-8")  # every corpus page is valid UTF-8 on disk, whatever it declares
        result = decode(raw)
        assert result.text == original, path.name


def test_corpus_re_encodings_decode_to_the_original_text() -> None:
    """Every third page, in its script's legacy encodings and UTF-16, labelled right, not at all, or wrongly."""
    failures = []
    checked = 0
    for path in corpus_pages()[::_SUBSET_EVERY]:
        original = gzip.decompress(path.read_bytes()).decode("utf-8")
        for encoding in (*SCRIPT_ENCODINGS[script_of(original)], "utf-16"):
            for meta, caller in ((encoding, None), (None, None), ("utf-8", None), (None, "iso-8859-1")):
                text = relabel(original, meta)
                data = text.encode(encoding, "xmlcharrefreplace")
                expected = data.decode(encoding).lstrip("\ufeff")
                if len(data.translate(None, _ASCII)) < 100:
                    continue  # too little non-ASCII text left in this encoding to tell codecs apart
                result = decode(data, caller)
                checked += 1
                if result.text != expected:
                    damage = len(_MOJIBAKE.findall(result.text)) - len(_MOJIBAKE.findall(expected))
                    failures.append(
                        f"{path.name[:12]} {encoding} meta={meta} caller={caller}: "
                        f"read as {result.encoding}, {damage} more mojibake marks"
                    )
    assert checked > 400
    assert failures == []
