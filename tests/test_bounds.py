"""Inputs that once took super-linear time or memory inside `extract()`, and the exception contract.

Each reproducer finishes in a fraction of a second; before the patterns and scans were made linear they
took seconds to hours (or raised MemoryError). No timing is asserted here (`benchmarks/adversarial.py`
measures the slopes, `tests/test_linearity.py` the patterns): a regression shows as a hanging test.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator

import pytest

import articlextract.pipeline
from articlextract import Article, ExtractionError, InputTooLargeError, InternalError, Options, extract
from articlextract.document import DocumentBlock, Figure, Heading, Link, Paragraph, Quote
from articlextract.lexicon import JUNK_LINE

PROSE = "The council agreed on the river plan after a long debate about the budget of the city and its schools."
WHITESPACE_LINE = "— " + " \n" * 150 + " —"


def _attributes(count: int) -> str:
    return " ".join(f'a{i}="x"' for i in range(count))


# (name, input, what the Article must show)
REPRODUCERS: list[tuple[str, str | bytes, Callable[[Article], bool]]] = [
    # a qualifier (驻 + 1-3 Han characters) that is itself a Han character: exponential in the run
    ("station run", "<p>" + "驻" * 44 + "记</p>", lambda a: a.paragraphs == ["驻" * 44 + "记"] and not a.authors),
    # <pre> keeps whitespace: the junk-line test ran in degree 4 of the run
    (
        "whitespace in pre",
        f"<h1>Notes</h1><p>{PROSE}</p>" + f"<pre>{WHITESPACE_LINE}</pre>" * 3,
        lambda a: a.paragraphs[0] == PROSE,
    ),
    # the 512 KiB declaration scan: every unclosed opener was scanned to the end
    ("unclosed comments", b"<!--" * 131072, lambda a: a.paragraphs == []),
    ("unclosed metas", b"<meta " * 87381, lambda a: a.paragraphs == []),
    ("unclosed scripts", b"<script " * 65536, lambda a: a.paragraphs == []),
    ("unclosed styles", b"<style " * 74898, lambda a: a.paragraphs == []),
    # each date found was compared with every date before it
    ("a line of dates", ("<h1>Title</h1><p>" + "2015-08-09 " * 10000 + "</p>").encode(), lambda a: a.title == "Title"),
    ("a line of CJK dates", ("<h1>标题</h1><p>" + "2015年08月09日" * 20000 + "</p>").encode(), lambda a: True),
    # a whitespace run between two names, split on whitespace around separators
    (
        "spaced author",
        '<meta name="author" content="John' + "\u3000" * 16000 + f'Smith"><h1>T</h1><p>{PROSE}</p>',
        lambda a: a.authors == ["John Smith"],
    ),
    # libxml2 compares each attribute of a tag with all those before it
    ("attribute flood", f"<h1>T</h1><p {_attributes(100000)}>{PROSE}</p>".encode(), lambda a: a.paragraphs == [PROSE]),
    # every prefix of <title> at a separator was built at once: 2.4 GB for 100 KB
    (
        "title of separators",
        "<title>" + "Big news - " * 20000 + f"</title><h1>Big news...</h1><p>{PROSE}</p>",
        lambda a: a.title == "Big news",
    ),
    ("huge title", "<title>" + "x" * 201000 + f"</title><h1>xxx...</h1><p>{PROSE}</p>", lambda a: a.title is not None),
    # unclosed tags nest each editor credit inside the one before: every block read the rest of the page
    (
        "nested editor credits",
        "<h1>标题</h1><p>正文内容很长的一段话，讲述了事情的经过。</p>" + "<frames>编辑：张三 说明文字" * 1000,
        lambda a: a.editor is not None and a.editor.startswith("张三"),
    ),
    # each look-alike box was compared with every sibling, and each sibling looked up in a list of the boxes
    (
        "a thousand look-alike boxes",
        "<h1>T</h1><div>" + f'<div class="card"><h3>More news</h3><p>{PROSE}</p></div>' * 1600 + "</div>",
        lambda a: PROSE in a.paragraphs,
    ),
]


@pytest.mark.parametrize(("name", "page", "shows"), REPRODUCERS, ids=[case[0] for case in REPRODUCERS])
def test_adversarial_input_is_read(name: str, page: str | bytes, shows: Callable[[Article], bool]) -> None:
    assert shows(extract(page))


def test_a_whitespace_line_between_dashes_is_not_junk() -> None:
    assert JUNK_LINE.match(WHITESPACE_LINE) is None


# --- the exception contract ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "href",
    ["https://[::1", "https://[::1]x/", "https://exa：mple.com／news", "https://user＠example.com/"],
)
def test_a_malformed_canonical_url_is_ignored(href: str) -> None:
    article = extract(f'<link rel="canonical" href="{href}"><p>{PROSE}</p>', url="https://example.com/a")
    assert article.url == "https://example.com/a"


def test_a_malformed_page_url_does_not_escape() -> None:
    assert extract(f'<link rel="canonical" href="/b"><p>{PROSE}</p>', url="https://[::1").url is not None


_PAGE_WITH_AN_IMAGE_AND_A_LINK = (
    f'<article><p>{PROSE}</p><figure><img src="photo.jpg"></figure>'
    f'<p>{PROSE} <a href="/more">More here</a>.</p></article>'
)


@pytest.mark.parametrize("links", [False, True])
def test_a_malformed_address_to_resolve_against_does_not_escape(links: bool) -> None:
    """Images and links are made absolute against the page's address: one urllib refuses leaves them as written."""
    options = Options(links=links)
    for page, url in [
        (f'<link rel="canonical" href="https://[::1/x">{_PAGE_WITH_AN_IMAGE_AND_A_LINK}', None),
        (_PAGE_WITH_AN_IMAGE_AND_A_LINK, "https://[::1"),
    ]:
        article = extract(page, url=url, options=options)
        assert len(article.paragraphs) == 2
        assert [image.src for image in article.images] == ["photo.jpg"]


@pytest.mark.parametrize("links", [False, True])
def test_a_malformed_image_or_link_address_is_left_out(links: bool) -> None:
    page = (
        f'<article><p>{PROSE}</p><figure><img src="https://[::1/a.jpg"></figure>'
        f'<p>{PROSE} <a href="https://[::1">More here</a>.</p></article>'
    )
    article = extract(page, url="https://example.com/a", options=Options(links=links))
    assert article.paragraphs and not article.images
    assert "[::1" not in article.to_markdown()


def test_a_malformed_page_url_does_not_stop_the_authors() -> None:
    """Author names are checked against the page's host; an address with no readable host gives none."""
    page = (
        "<title>A headline of some length here</title><article><h1>A headline of some length here</h1>"
        f'<div class="byline">By Jane Doe</div><p>{PROSE}</p><p>{PROSE}</p></article>'
    )
    assert extract(page, url="https://[::1").authors == ["Jane Doe"]


@pytest.mark.parametrize("error", [ValueError("x"), OverflowError("x"), RecursionError("x"), KeyError("x")])
def test_an_unexpected_exception_becomes_an_internal_error(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    monkeypatch.setattr(articlextract.pipeline.score, "find_body", _raising(error))
    with pytest.raises(InternalError) as raised:
        extract(f"<p>{PROSE}</p>")
    assert raised.value.__cause__ is error and type(error).__name__ in str(raised.value)


def test_running_out_of_memory_becomes_input_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articlextract.pipeline.score, "find_body", _raising(MemoryError()))
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        extract(f"<p>{PROSE}</p>")


def test_extraction_errors_and_interrupts_pass_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articlextract.pipeline.score, "find_body", _raising(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        extract(f"<p>{PROSE}</p>")
    with pytest.raises(ExtractionError) as raised:
        extract(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert not isinstance(raised.value, InternalError)


def test_wrong_argument_types_still_raise_type_error() -> None:
    with pytest.raises(TypeError):
        extract(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract("<p>x</p>", url=3)  # type: ignore[arg-type]


def _raising(error: BaseException) -> Callable[..., object]:
    def stage(*args: object, **kwargs: object) -> object:
        raise error

    return stage


# --- wide encodings and control characters -----------------------------------------------------

_CJK_DESCRIPTION = "腊八节到了，家家户户都要煮一锅香甜的腊八粥。豆子要提前泡软，米要选糯米和粳米，火候要小。" * 4
CJK_PAGE = (  # a head mostly of Han characters, whose UTF-16 has a NUL high byte in few units
    '<html lang="zh"><head><title>腊八粥的几个小窍门_健康网_饮食</title>'
    f'<meta name="description" content="{_CJK_DESCRIPTION}">'
    "</head><body><h1>腊八粥的几个小窍门</h1><p>煮一碗好吃的腊八粥，先把豆子泡软，再用小火慢慢熬上一个小时，米粒开花以后加入红枣和桂圆。</p>"
    f"<p>{PROSE}</p></body></html>"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_read(codec: str) -> None:
    article = extract(CJK_PAGE.encode(codec))
    assert article.encoding == codec
    assert article.paragraphs == extract(CJK_PAGE).paragraphs
    assert article.title == "腊八粥的几个小窍门"


def _not_printable(char: str) -> bool:
    return (
        (unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r")
        or char in "\ufffe\uffff"
        or "\ue000" <= char <= "\uf8ff"  # private use: an icon font's glyphs
    )


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON-like value: the article's fields and its document blocks."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_an_icon_fonts_glyphs_reach_no_article() -> None:
    """iconfont.cn's glyphs are private-use characters in an ``<i>``: no text outside the site's font."""
    story = "发布芯片时，他拿出一张芯片展示，称这个芯片真的非常大，性能也比上一代提高了许多。"
    icon = '<i class="iconfont">&#xe621;</i>'
    page = f"<title>芯片发布_科技频道</title><h1>{icon}芯片发布</h1><p>{icon} {story}</p><p>{story}再</p>"
    article = extract(page)
    assert article.title == "芯片发布"
    assert article.paragraphs == [story, f"{story}再"]


@pytest.mark.parametrize("seed", range(40))
def test_no_control_character_reaches_an_article(seed: int) -> None:
    rng = random.Random(seed)
    noise = bytes(rng.getrandbits(8) for _ in range(rng.choice([64, 512, 4096])))
    for page in (
        noise,
        b"<title>" + noise[:40] + b"</title><p>" + noise + b"</p>",
        "<p>a\x01b\x85c\ufffe\ud800\ue60e</p>",
    ):
        try:
            article = extract(page)
        except ExtractionError:
            continue
        texts = list(_strings(article.to_dict()))
        assert not any(_not_printable(char) for text in texts for char in text)


@pytest.mark.parametrize(
    "block",
    [
        Paragraph("a\x01b"),
        Heading(2, "a\x01b"),
        Quote("a\x01b"),
        Paragraph("plain", (Link(0, 5, "https://x.example/\x01"),)),
        Figure("https://x.example/f.jpg", "a\x01b"),
    ],
)
def test_a_control_character_only_a_document_block_holds_is_removed(block: DocumentBlock) -> None:
    """The search for unprintable characters passes over a block's text only when it is a paragraph's very str."""
    article = articlextract.pipeline._printable(Article(paragraphs=["plain"], blocks=[Paragraph("plain"), block]))
    texts = list(_strings(article.to_dict()))
    assert "plain" in texts and not any(_not_printable(char) for text in texts for char in text)
