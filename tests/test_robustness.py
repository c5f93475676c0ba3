"""On any input `extract()` returns an Article or raises an `ExtractionError` — never anything else.

Hostile, broken, binary and huge inputs; security (no entity expansion, no file or network access,
nothing executed); time and memory bounded and roughly linear. Big inputs run in a fresh interpreter
under an address-space cap and a timeout, so a blow-up fails the test instead of the machine.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import json
import random
import resource
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree, html

import articlextract
from articlextract import Article, ExtractionError, InputTooLargeError, NotHTMLError, Options, extract
from articlextract.decode import decode

DATA = Path(__file__).parent / "data" / "robustness"
MB = 1024 * 1024
_WORDS = (
    "the council city budget plan members agreed river school market road station week report water power "
    "public health police court county mayor vote new old local state build money tax park street year "
    "family children bridge train doctor farm price storm field museum library harbour"
).split()


def prose(seed: int, count: int) -> list[str]:
    """`count` distinct, sentence-like paragraphs (never near-duplicates of each other)."""
    rng = random.Random(seed)

    def sentence() -> str:
        return (
            " ".join(rng.choice(_WORDS) for _ in range(16)).capitalize()
            + ", "
            + " ".join(rng.choice(_WORDS) for _ in range(6))
            + "."
        )

    return [f"{sentence()} {sentence()}" for _ in range(count)]


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs longer than `seconds` of wall time."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_isolated(
    code: str, *, timeout: float = 120, memory_limit: int = 4096 * MB, **values: object
) -> dict[str, object]:
    """Run `code` in a fresh interpreter (address space capped) with `values` as globals; it fills `result`."""
    script = (
        textwrap.dedent(
            """
        import json, resource, time
        import articlextract
        from articlextract import Options, extract
        start = time.process_time()
        result = {}
        """
        )
        + "".join(f"{name} = {value!r}\n" for name, value in values.items())
        + textwrap.dedent(code)
        + textwrap.dedent(
            """
        result["cpu"] = time.process_time() - start
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        """
        )
    )

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout, preexec_fn=cap, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def all_output(article: Article) -> str:
    """Everything a caller can get out of an Article, as one string."""
    return "\n".join([article.to_json(), article.to_markdown(), article.to_text()])


# --- degenerate and non-HTML inputs ------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", "", b"   \n\t\r\n  ", " \u3000\n\t ", b"<html>", "<html>", b"<html></html>", b"<!DOCTYPE html>", b"<p>"],
    ids=[
        "empty-bytes",
        "empty-str",
        "ws-bytes",
        "ws-str",
        "lone-html",
        "lone-html-str",
        "html-pair",
        "doctype",
        "lone-p",
    ],
)
def test_nothing_to_find_gives_an_empty_article(data: bytes | str) -> None:
    article = extract(data)
    assert isinstance(article, Article)
    assert article.paragraphs == [] and article.text == ""
    assert article.title is None and article.published is None and article.authors == []
    json.loads(article.to_json())


def test_nul_bytes_inside_a_page_are_dropped() -> None:
    body = prose(1, 2)
    page = f"<html><body><h1>Head\x00line</h1>{paragraphs_html(body)}</body></html>".encode()
    page = page.replace(b"council", b"coun\x00cil")
    article = extract(page)
    assert "\x00" not in all_output(article)
    assert article.paragraphs == body


_PAGE = f"<html><head><title>Städte</title></head><body><h1>Städte</h1>{paragraphs_html(prose(3, 3))}</body></html>"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(_PAGE.encode(), id="utf-8"),
        pytest.param(_PAGE.encode("ascii", "xmlcharrefreplace"), id="ascii"),
        pytest.param(codecs.BOM_UTF8 + _PAGE.encode(), id="utf-8 with a BOM"),
        pytest.param(b'<?xml version="1.0" encoding="utf-8"?>' + _PAGE.encode(), id="xml declaration"),
        pytest.param(_PAGE.encode().replace(b"</h1>", b"\xff\xfe</h1>"), id="invalid utf-8 bytes"),
        pytest.param(_PAGE.encode().replace(b"</body>", "</body>\ufffd".encode()), id="a real U+FFFD"),
        pytest.param(_PAGE.encode() + "é".encode()[:1], id="truncated last character"),
        pytest.param(_PAGE.encode().replace(b"council", b"coun\x00cil"), id="NUL bytes"),
    ],
)
def test_bytes_and_the_decoded_text_give_the_same_article(page: bytes) -> None:
    """A UTF-8 page's own bytes go to the parser when they are exactly its text's encoding."""
    assert extract(page).to_dict() == extract(decode(page).text).to_dict() | {"encoding": decode(page).encoding}


@pytest.mark.parametrize("control", ["\x01", "\x08", "\x0b", "\x0c", "\x18", "\x1f", "\x7f", "\ufffe"])
def test_control_characters_in_text(control: str) -> None:
    """Control characters in text next to removed elements (hidden, script, chrome) — found by the fuzzer."""
    body = prose(24, 2)
    page = (
        f"<html><body><article><div><span hidden>x</span>a{control}b</div><div><script>s</script>c{control}d</div>"
        f"<div><div class='share'>Share</div>e{control}f</div>{paragraphs_html(body)}</article></body></html>"
    )
    for data in (page, page.encode()):
        assert extract(data).paragraphs[-2:] == body


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param('<p><img src="http://x.example/a&#1;.jpg" alt="The harbour"></p>', id="image address"),
        pytest.param('<p><img src="http://x.example/a.jpg" alt="The&#1; harbour"></p>', id="image alt"),
        pytest.param(
            '<figure><img src="http://x.example/a.jpg"><figcaption>The harbour&#1; at dawn</figcaption></figure>',
            id="caption",
        ),
        pytest.param('<p>See the full budget <a href="http://x.example/a&#1;b">in the report</a>.</p>', id="link"),
    ],
)
def test_control_characters_held_only_by_a_document_block(markup: str) -> None:
    """An image's address, alt text and caption and a link's address are in no paragraph: they are searched too."""
    body = prose(26, 4)
    page = (
        f"<html><body><article>{paragraphs_html(body[:2])}{markup}{paragraphs_html(body[2:])}</article></body></html>"
    )
    article = extract(page, options=Options(links=True))
    assert any(isinstance(block, articlextract.Figure) or getattr(block, "links", ()) for block in article.blocks)
    assert "\\u0001" not in json.dumps(article.to_dict())  # JSON writes a control character as an escape


def test_lone_surrogates_in_a_str_do_not_become_question_marks() -> None:
    body = prose(25, 1)[0]
    article = extract(f"<html><body><p>{body[:20]}\ud800{body[20:]}</p></body></html>")
    assert "?" not in article.text and "\ud800" not in article.text
    assert article.text.replace("\ufffd", "") == body


def test_a_page_of_nul_bytes_is_not_html() -> None:
    with pytest.raises(NotHTMLError, match="binary"):
        extract(b"\x00" * 4096)


def test_invalid_utf8_keeps_the_good_text() -> None:
    body = prose(2, 3)
    page = ('<html><head><meta charset="utf-8"></head><body>' + paragraphs_html(body) + "</body></html>").encode()
    broken = page.replace(b"<p>", b"<p>\xff\xfe", 1).replace(b"</body>", b"\xc3\x28\xe2\x82</body>")
    for data in (broken, broken.replace(b'<meta charset="utf-8">', b"")):
        article = extract(data)
        all_output(article).encode("utf-8")  # a valid string: no lone surrogates
        assert all(any(p in q for q in article.paragraphs) for p in body)


def test_truncated_multibyte_page_is_read() -> None:
    body = [
        "这是一篇关于城市预算的新闻报道，市议会周二开会讨论了新的计划，并且达成了一致意见。",
        "记者从会议上了解到，新计划将在明年实施，涉及道路、学校和公共卫生等多个方面的投入。",
    ]
    page = f'<html><head><meta charset="gbk"></head><body>{paragraphs_html(body)}</body></html>'.encode("gb18030")
    article = extract(page[:-20] + "中".encode("gb18030")[:1])
    assert article.paragraphs[0] == body[0]


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", "<html><body><p>" + " ".join(prose(3, 3)) + "</p></body></html>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_png(), "PNG"),
        (_pdf(), "PDF"),
        (gzip.compress((DATA / "en_people_cn.html").read_bytes()), "gzip"),
        (_zip(), "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "JPEG"),
    ],
    ids=["png", "pdf", "gzip", "zip", "jpeg"],
)
def test_binary_files_are_not_html(data: bytes, kind: str) -> None:
    with pytest.raises(NotHTMLError, match=kind):
        extract(data)


def test_random_binary_is_rejected_or_read() -> None:
    rng = random.Random(7)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        try:
            assert isinstance(extract(data), Article)
        except ExtractionError as error:
            assert not isinstance(error, articlextract.InternalError), error.__cause__


# --- argument types ----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [None, 42, 4.2, ["<p>x</p>"], {"html": "x"}, Path("page.html"), object()])
def test_wrong_data_type_is_a_type_error_naming_the_accepted_types(data: object) -> None:
    with pytest.raises(TypeError, match=r"bytes.*str"):
        extract(data)


def test_wrong_url_and_options_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="url must be a str"):
        extract(b"<p>x</p>", url=b"https://example.com/")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Options"):
        extract(b"<p>x</p>", options={"favor": "recall"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Options"):
        extract(b"<p>x</p>", options=Options)  # type: ignore[arg-type]


def test_every_accepted_input_kind_gives_the_same_article() -> None:
    from bs4 import BeautifulSoup

    raw = (DATA / "en_people_cn.html").read_bytes()
    text = raw.decode("utf-8")
    expected = extract(raw).paragraphs
    assert expected
    for data in (
        bytearray(raw),
        memoryview(raw),
        text,
        html.fromstring(text),
        html.fromstring(text).getroottree(),
        BeautifulSoup(text, "lxml"),
    ):
        assert extract(data).paragraphs == expected, type(data).__name__


def test_odd_lxml_nodes_give_an_empty_article() -> None:
    for node in (etree.Comment("x"), etree.PI("target", "x"), etree.ElementTree(), etree.Entity("amp")):
        assert extract(node).paragraphs == []


def test_callers_tree_is_not_modified() -> None:
    tree = html.fromstring((DATA / "en_people_cn.html").read_bytes())
    before = etree.tostring(tree)
    extract(tree)
    assert etree.tostring(tree) == before


# --- size cap ----------------------------------------------------------------------------------


def _fifty_mb_page() -> bytes:
    body = paragraphs_html(prose(4, 6))
    filler = "<p>" + " ".join(prose(5, 1)) + "</p>\n"
    return ("<html><body><article>" + body + filler * (50 * MB // len(filler)) + "</article></body></html>").encode()


def test_fifty_mb_page_is_refused_by_default_before_any_parsing() -> None:
    page = _fifty_mb_page()
    assert len(page) > 50 * MB - 1000
    start = time.process_time()
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        extract(page)
    with pytest.raises(InputTooLargeError):
        extract(memoryview(page))
    assert time.process_time() - start < 1.0  # refused, not parsed (parsing takes tens of seconds)


def test_size_cap_counts_the_utf8_bytes_of_a_str() -> None:
    text = "<p>" + "新闻" * (4 * MB) + "</p>"  # 8 Mi characters, 24 MiB as UTF-8
    with pytest.raises(InputTooLargeError):
        extract(text)


def test_size_cap_is_configurable_and_inclusive() -> None:
    page = b"<html><body>" + paragraphs_html(prose(6, 3)).encode() + b"</body></html>"
    assert extract(page, options=Options(max_input_bytes=len(page))).paragraphs
    with pytest.raises(InputTooLargeError, match=f"max_input_bytes={len(page) - 1:,}"):
        extract(page, options=Options(max_input_bytes=len(page) - 1))
    with pytest.raises(ValueError):
        Options(max_input_bytes=0)


def test_fifty_mb_page_with_the_cap_lifted_completes_in_bounded_time_and_memory() -> None:
    """A saved page with an inlined image: 50 MB, most of it one attribute."""
    result = run_isolated(
        """
        blob = "iVBORw0KGgo" * (50 * 1024 * 1024 // 11)
        image = f'<img src="data:image/png;base64,{blob}">'
        page = f"<html><body><article><h1>Story</h1>{body}{image}</article></body></html>"
        article = extract(page.encode(), options=Options(max_input_bytes=None))
        result["paragraphs"] = len(article.paragraphs)
        result["size"] = len(page)
        """,
        body=paragraphs_html(prose(21, 6)),
    )
    assert result["size"] > 50 * MB
    assert result["paragraphs"] == 6
    assert result["rss_mb"] < 1500, result


# --- deep and wide trees -----------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["<div>", "<b>", "<table><tr><td>", "<ul><li>", "<blockquote>"])
def test_hundred_thousand_deep_nesting(opening: str) -> None:
    body = prose(7, 3)
    page = f"<html><body><article>{paragraphs_html(body)}</article>" + opening * 100_000 + "deep text"
    with deadline(30):
        article = extract(page.encode())
    assert article.paragraphs == body
    json.loads(article.to_json())


def test_ten_thousand_deep_lxml_tree() -> None:
    """A caller's tree deeper than the parser would build (lxml itself is quadratic building deeper ones)."""
    root = etree.Element("html")
    body = etree.SubElement(root, "body")
    paragraph = etree.SubElement(body, "p")
    paragraph.text = " ".join(prose(8, 1))
    node = body
    for _ in range(10_000):
        node = etree.SubElement(node, "div")
    node.text = "deep"
    with deadline(30):
        assert extract(root).paragraphs == [paragraph.text]


def test_text_after_very_deep_nesting_survives() -> None:
    """libxml2 stops building the tree at depth 2048 (XML_PARSE_HUGE's limit): the rest of the page must not vanish."""
    before, after = prose(9, 2), prose(10, 4)
    page = (
        f"<html><body><div>{paragraphs_html(before)}</div>"
        + "<div>" * 5000
        + "x"
        + "</div>" * 5000
        + f"<div>{paragraphs_html(after)}</div></body></html>"
    )
    article = extract(page)
    assert set(after) <= set(article.paragraphs)


def test_million_siblings_bounded_and_linear() -> None:
    """A page with an article and a list of 1 000 000 items: the article is found, memory and time stay linear."""
    result = run_isolated(
        """
        def page(n):
            return f"<html><body><article><h1>Story</h1>{body}</article><ul>{'<li>item</li>' * n}</ul></body></html>"

        options = Options(max_input_bytes=None)
        small = page(100_000).encode()
        t = time.process_time(); extract(small, options=options); result["cpu_small"] = time.process_time() - t
        big = page(1_000_000).encode()
        t = time.process_time(); article = extract(big, options=options); result["cpu_big"] = time.process_time() - t
        result["paragraphs"] = len(article.paragraphs)
        result["size_mb"] = len(big) / 1024 / 1024
        """,
        timeout=300,
        body=paragraphs_html(prose(22, 6)),
    )
    assert result["paragraphs"] == 6, result
    assert result["cpu_big"] <= 20 * result["cpu_small"] + 1.0, result  # linear: ~10x; quadratic: ~100x
    assert result["rss_mb"] <= 1024, f"peak memory {result['rss_mb']:.0f} MB for a {result['size_mb']:.0f} MB page"


def test_a_long_list_after_the_article_stays_out_of_the_body() -> None:
    body = prose(23, 6)
    items = "<li>item</li>" * 200
    page = f"<html><body><article><h1>Story</h1>{paragraphs_html(body)}</article><ul>{items}</ul></body></html>"
    assert extract(page).paragraphs == body


def _shape(kind: str, n: int) -> str:
    article = paragraphs_html(prose(11, 5))
    if kind == "prose":
        return "<html><body><article>" + paragraphs_html(prose(12, n // 200)) + "</article></body></html>"
    if kind == "links":
        return f"<html><body>{article}<div>" + "<a href='/x'>link text</a> | " * (n // 30) + "</div></body></html>"
    if kind == "script":
        return f"<html><head><script>var state = {{'k': '{'v' * n}'}};</script></head><body>{article}</body></html>"
    if kind == "br-lines":
        return f"<html><body><div>{article}" + "line of text here<br>&nbsp;&nbsp;" * (n // 30) + "</div></body></html>"
    if kind == "one-paragraph":
        return "<html><body><p>" + "word, another word. " * (n // 20) + "</p></body></html>"
    if kind == "cjk":
        return "<html><body><p>" + "来源：新华社 记者张三 2015年08月09日 07:19 " * (n // 40) + "</p></body></html>"
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["prose", "links", "script", "br-lines", "one-paragraph", "cjk"])
def test_cost_grows_linearly(kind: str) -> None:
    """CPU time for a 4x larger page of the same shape is about 4x (a quadratic step would make it 16x)."""
    options = Options(max_input_bytes=None)
    small, big = _shape(kind, 150_000).encode(), _shape(kind, 600_000).encode()
    extract(small, options=options)  # warm-up: lazy imports, regex compilation

    def cost(page: bytes) -> float:
        start = time.process_time()
        extract(page, options=options)
        return time.process_time() - start

    with deadline(120):
        small_cost = min(cost(small), cost(small))
        big_cost = cost(big)
    assert big_cost <= 9 * small_cost + 0.3, f"{kind}: {small_cost:.3f}s -> {big_cost:.3f}s"


# --- page shapes -------------------------------------------------------------------------------


def test_navigation_only_page_has_no_body() -> None:
    links = "".join(f"<li><a href='/s{i}'>Section number {i} of the website</a></li>" for i in range(40))
    page = (
        "<html><head><title>Example site</title></head><body>"
        f"<nav><ul>{links}</ul></nav>"
        "<div class='menu'>" + " | ".join(f"<a href='/t{i}'>Topic {i}</a>" for i in range(20)) + "</div>"
        "<div>"
        + "".join(f"<p><a href='/n{i}'>News item {i}: the council met to discuss the budget</a></p>" for i in range(25))
        + "</div>"
        "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a> Copyright 2024</footer>"
        "</body></html>"
    )
    article = extract(page)
    assert article.paragraphs == [], article.paragraphs


def test_page_with_two_articles_gives_the_main_one_whole_and_in_order() -> None:
    main, second = prose(13, 8), prose(14, 3)
    page = (
        "<html><body>"
        f"<article><h1>Main headline</h1>{paragraphs_html(main)}</article>"
        f"<article><h2>Second headline</h2>{paragraphs_html(second)}</article>"
        "</body></html>"
    )
    article = extract(page)
    got = article.paragraphs
    assert [p for p in got if p in main] == main
    assert len(got) == len(set(got))
    assert all(p in main or p in second or p.endswith("headline") for p in got)
    positions = [i for i, p in enumerate(got) if p in second]
    assert not positions or min(positions) > max(got.index(p) for p in main)  # never interleaved


def test_xhtml_with_doctype_and_entities() -> None:
    page = (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr"><head>'
        b'<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>'
        b"<title>Le caf&eacute; du coin</title></head><body><h1>Le caf&eacute; du coin</h1><div>"
        b"<p>Le caf&eacute; &amp; la boulangerie ont rouvert leurs portes ce matin&nbsp;: &laquo;&#160;enfin&#160;"
        b"&raquo;, dit le patron, tr&egrave;s content de revoir ses clients.</p>"
        b"<p>Les clients sont venus nombreux, &#8220;comme avant&#8221;, et la rue a retrouv&#233; son animation "
        b"d&#x2019;autrefois.</p><br/></div></body></html>"
    )
    article = extract(page)
    assert article.title == "Le café du coin"
    assert article.language == "fr"
    assert article.paragraphs == [
        "Le café & la boulangerie ont rouvert leurs portes ce matin : « enfin », dit le patron, "
        "très content de revoir ses clients.",
        "Les clients sont venus nombreux, “comme avant”, et la rue a retrouvé son animation d’autrefois.",
    ]


@pytest.mark.parametrize("noframes", [False, True])
def test_frameset_page(noframes: bool) -> None:
    fallback = "<noframes><body><p>This site uses frames.</p></body></noframes>" if noframes else ""
    page = (
        "<html><head><title>Framed site</title></head><frameset cols='20%,80%'>"
        f"<frame src='menu.html'/><frame src='main.html'/>{fallback}</frameset></html>"
    )
    article = extract(page.encode())
    assert article.title == "Framed site"
    assert "main.html" not in all_output(article)


def test_noscript_only_content_is_the_body() -> None:
    body = prose(15, 3)
    page = (
        "<html><head><script>window.app = {};</script></head><body><div id='app'></div>"
        f"<script>render(app)</script><noscript><div>{paragraphs_html(body)}</div></noscript></body></html>"
    )
    assert extract(page).paragraphs == body


def test_single_pre_keeps_its_lines() -> None:
    code = "def double(x):\n    return x * 2\n\n\nprint(double(21))  # prints 42, as expected, of course\n"
    page = f"<html><body><pre>{code}</pre></body></html>".encode()
    assert extract(page).paragraphs == [code.strip()]


def test_real_pages_still_extract() -> None:
    for path in sorted(DATA.glob("*.html")):
        article = extract(path.read_bytes())
        assert article.title and len(article.paragraphs) >= 3, path.name


# --- security ----------------------------------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> tuple[Path, str]:
    token = f"SECRET-{random.randrange(10**12):012d}"
    path = tmp_path / "secret.txt"
    path.write_text(token + "\n")
    return path, token


def _xxe_pages(target: str) -> list[str]:
    body = " ".join(prose(16, 1))
    subset = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{target}"><!ENTITY % ext SYSTEM "{target}"> %ext;'
        f'<!ENTITY inc "<p>&xxe;</p>">]>'
    )
    page = (
        f"{subset}<html><head><title>&xxe;</title><meta name='description' content='&xxe;'/></head>"
        f"<body><h1>News &xxe;</h1><p>&xxe; {body}</p>&inc;<p>{body} &xxe;</p>"
        f"<img src='{target}'/><iframe src='{target}'></iframe><link rel='stylesheet' href='{target}'/>"
        f"<object data='{target}'></object><xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='{target}'"
        " parse='text'/></body></html>"
    )
    return [page, '<?xml version="1.0" encoding="utf-8"?>\n' + page, f'<!DOCTYPE html SYSTEM "{target}">' + page]


def test_external_entities_are_not_resolved(secret: tuple[Path, str]) -> None:
    path, token = secret
    for target in (str(path), path.as_uri()):
        for page in _xxe_pages(target):
            for data in (page, page.encode()):
                article = extract(data)
                assert token not in all_output(article)
                assert article.paragraphs, "the page's own text is still read"


def test_no_file_network_or_process_access_during_extraction(secret: tuple[Path, str]) -> None:
    """Python-level audit events (open, socket, subprocess, exec, compile) stay silent while a hostile page is read."""
    path, _token = secret
    pages = [p.encode() for p in _xxe_pages(path.as_uri())]
    pages.append(
        b"<html><body onload=\"import('os')\"><script>__import__('os').system('touch /tmp/x')</script>"
        b"<p>" + " ".join(prose(17, 1)).encode() + b"</p></body></html>"
    )
    for page in pages:
        extract(page)  # warm-up: lazy imports open files legitimately
    events: list[tuple[str, object]] = []
    watched = (
        "open",
        "socket.",
        "subprocess.",
        "os.system",
        "os.exec",
        "os.spawn",
        "os.posix_spawn",
        "exec",
        "compile",
        "urllib.",
        "ctypes.",
        "import",
    )
    active = False

    def hook(event: str, args: tuple[object, ...]) -> None:
        if active and event.startswith(watched):
            events.append((event, args[:1]))

    sys.addaudithook(hook)  # cannot be removed; `active` keeps it silent outside this test
    active = True
    try:
        for page in pages:
            extract(page)
    finally:
        active = False
    assert events == []


def test_no_network_for_external_dtd_or_entities() -> None:
    """A DTD and entities pointing at a local TCP server: the server never sees a connection."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    url = f"http://127.0.0.1:{server.getsockname()[1]}"
    try:
        page = (
            f'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//X//DTD X//EN" "{url}/x.dtd" '
            f'[<!ENTITY e SYSTEM "{url}/e"><!ENTITY % p SYSTEM "{url}/p"> %p;]>'
            f"<html><head><link rel='canonical' href='{url}/c'/></head><body><p>&e; "
            + " ".join(prose(18, 1))
            + f"</p><img src='{url}/i.png'/><iframe src='{url}/f'></iframe></body></html>"
        )
        extract(page.encode(), url=f"{url}/page.html")
        extract(page)
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()


def test_entity_expansion_bombs_stay_small() -> None:
    body = " ".join(prose(19, 1))
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    quadratic = '<!ENTITY big "' + "x" * 100_000 + '">'
    pages = [
        f'<?xml version="1.0"?><!DOCTYPE lolz [{laughs}]><html><body><p>&lol9; {body}</p></body></html>',
        f"<!DOCTYPE html [{quadratic}]><html><body><p>{'&big;' * 20_000} {body}</p></body></html>",
    ]
    for page in pages:
        with deadline(30):
            article = extract(page.encode())
        assert len(all_output(article)) < 10 * len(page)
        assert "lollollol" not in article.text and "x" * 1000 not in article.text


def test_scripts_and_handlers_are_never_text() -> None:
    body = prose(20, 2)
    page = (
        "<html><head><script>document.write('<p>INJECTED by script</p>')</script></head>"
        "<body onload=\"alert('ONLOAD')\"><article>"
        + paragraphs_html(body)
        + "<a href=\"javascript:alert('JSLINK')\">x</a><style>p{color:red} /* STYLE */</style>"
        "<template><p>TEMPLATE text that is never shown to a reader of the page</p></template>"
        "</article></body></html>"
    )
    text = all_output(extract(page))
    for marker in ("INJECTED", "ONLOAD", "JSLINK", "STYLE", "TEMPLATE"):
        assert marker not in text


# --- errors ------------------------------------------------------------------------------------


def test_error_hierarchy_is_public_and_documented() -> None:
    for error in (InputTooLargeError, NotHTMLError, articlextract.ParseError, articlextract.InternalError):
        assert issubclass(error, ExtractionError) and error.__doc__
    assert issubclass(ExtractionError, Exception) and not issubclass(ExtractionError, (TypeError, ValueError))
    assert set(articlextract.errors.__all__) == {
        "ExtractionError",
        "InputTooLargeError",
        "InternalError",
        "NotHTMLError",
        "ParseError",
    }


def test_extract_timed_gives_the_article_of_extract_and_the_time_of_every_stage() -> None:
    """`extract()` skips the stopwatch (a `nullcontext` per stage); `extract_timed()` reads it, to the same Article."""
    body = b"A sentence of the body, long enough to read. " * 8
    page = b"<html><body><article><h1>Title</h1><p>" + body + b"</p></article></body></html>"
    article, timings = articlextract.extract_timed(page)
    assert article == extract(page)
    assert set(timings) == {"decode", "parse", "clean", "score", "metadata", "dedup", "document"}
    assert all(seconds >= 0 for seconds in timings.values())
