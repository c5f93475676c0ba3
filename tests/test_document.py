"""The article as a document: typed blocks, figures, links, and the Markdown, HTML and text renderings.

Fixture pages (tests/documents/<slug>/) are compared whole; the grouping rules are tested on small
fragments whose text blocks all count as the body (`blocks.split_blocks`), so they do not depend on
which blocks the scorer keeps.
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import articlextract
from articlextract import Article, Code, Figure, Heading, Link, ListBlock, Options, Paragraph, Quote, Table, document
from articlextract.blocks import split_blocks
from articlextract.clean import parse, remove_junk, unwrap_inline

DOCUMENTS = Path(__file__).parent / "documents"
SLUGS = sorted(path.name for path in DOCUMENTS.iterdir() if (path / "expected.json").is_file())
USAGE = Path(__file__).parent.parent / "docs" / "usage.md"
DOCS_EXAMPLE = "en-ghost-tide-tables"
RENDERINGS = {"expected.md": Article.to_markdown, "expected.html": Article.to_html, "expected.txt": Article.to_text}


@cache
def expected(slug: str) -> dict:
    return json.loads((DOCUMENTS / slug / "expected.json").read_text(encoding="utf-8"))


@cache
def extracted(slug: str) -> Article:
    options = Options(**expected(slug)["options"])
    return articlextract.extract((DOCUMENTS / slug / "page.html").read_bytes(), options=options)


# --- fixture pages ---------------------------------------------------------------------------------------------


def test_the_fixtures_cover_both_languages_and_every_block_type() -> None:
    types = {block["type"] for slug in SLUGS for block in expected(slug)["blocks"]}
    assert types == {"paragraph", "heading", "list", "table", "quote", "code", "figure"}
    assert any(slug.startswith("zh-") for slug in SLUGS) and any(slug.startswith("en-") for slug in SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_blocks(slug: str) -> None:
    assert [block.to_dict() for block in extracted(slug).blocks] == expected(slug)["blocks"]


@pytest.mark.parametrize("slug", SLUGS)
def test_lead_image(slug: str) -> None:
    assert extracted(slug).image == expected(slug)["image"]


@pytest.mark.parametrize(("slug", "name"), [(slug, name) for slug in SLUGS for name in RENDERINGS])
def test_renderings(slug: str, name: str) -> None:
    assert RENDERINGS[name](extracted(slug)) == (DOCUMENTS / slug / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", SLUGS)
def test_paragraphs_stay_the_plain_text_view(slug: str) -> None:
    """Every paragraph is in a block, and every block's text comes from the paragraphs (a caption line read
    into a figure included)."""
    article = extracted(slug)
    texts = " ".join(_block_texts(article))
    assert all(paragraph in texts for paragraph in article.paragraphs)


@pytest.mark.parametrize("slug", SLUGS)
def test_link_spans_cover_the_link_text(slug: str) -> None:
    page = (DOCUMENTS / slug / "page.html").read_text(encoding="utf-8")
    for block in extracted(slug).blocks:
        for link in getattr(block, "links", ()):
            assert isinstance(link, Link)
            assert f">{block.text[link.start : link.end]}</a>" in page


def test_links_are_off_by_default() -> None:
    page = (DOCUMENTS / "en-wordpress-open-fares" / "page.html").read_bytes()
    article = articlextract.extract(page)
    assert not any(getattr(block, "links", ()) for block in article.blocks)
    assert re.search(r"(?<!!)\[[^\]]*\]\(", article.to_markdown()) is None  # images only
    assert "<a " not in article.to_html()


def test_a_kept_figcaption_is_the_caption_not_also_a_paragraph() -> None:
    page = (DOCUMENTS / "en-wordpress-open-fares" / "page.html").read_bytes()
    article = articlextract.extract(page, options=Options(include_captions=True))
    caption = "Buses at the central depot, where the fare sheet used to hang."
    assert caption in article.paragraphs
    assert article.images[0].caption == caption
    assert caption not in [getattr(block, "text", None) for block in article.blocks]


def test_to_dict_is_json_ready_and_lists_the_figures() -> None:
    article = extracted("zh-portal-flower-show")
    data = json.loads(article.to_json())
    assert data["blocks"] == expected("zh-portal-flower-show")["blocks"]
    assert data["images"] == [
        {key: block[key] for key in ("src", "alt", "caption")}
        for block in expected("zh-portal-flower-show")["blocks"]
        if block["type"] == "figure"
    ]
    assert [figure.src for figure in article.images] == [image["src"] for image in data["images"]]


@pytest.mark.parametrize("name", list(RENDERINGS))
def test_the_usage_docs_show_the_current_renderings(name: str) -> None:
    """docs/usage.md quotes the renderings of one fixture page: they must still be what extract gives."""
    fenced = rf"<!-- {re.escape(name)} -->\n(`{{3,}})\w*\n(.*?)\n\1\n"
    shown = re.search(fenced, USAGE.read_text(encoding="utf-8"), re.S)
    assert shown is not None, f"docs/usage.md lost its {name} example"
    assert shown.group(2) == RENDERINGS[name](extracted(DOCS_EXAMPLE)).rstrip("\n")


def _block_texts(article: Article) -> list[str]:
    texts: list[str] = []
    for block in article.blocks:
        if isinstance(block, ListBlock):
            texts += block.items
        elif isinstance(block, Table):
            texts += [cell for row in block.rows for cell in row]
        elif isinstance(block, Figure):
            texts.append(block.caption or "")
        else:
            texts.append(block.text)
    return texts


# --- grouping rules --------------------------------------------------------------------------------------------


def build(
    fragment: str,
    *,
    base: str | None = "https://news.example.com/a/1.html",
    links: bool = False,
    keep: str | None = None,
) -> list[dict]:
    """The document of a fragment whose text blocks are all the body (or those containing `keep`)."""
    root = parse(f"<html><body>{fragment}</body></html>")
    remove_junk(root)
    unwrap_inline(root)
    body, _ = split_blocks(root)
    if keep is not None:
        body = [block for block in body if keep in block.text]
    return [block.to_dict() for block in document.build(body, base, links=links)]


GROUPING = [
    (
        "list items of one ul make one list",
        "<p>Intro.</p><ul><li>one</li><li>two</li></ul><p>Outro.</p>",
        [
            {"type": "paragraph", "text": "Intro."},
            {"type": "list", "ordered": False, "items": ["one", "two"]},
            {"type": "paragraph", "text": "Outro."},
        ],
    ),
    (
        "an ol is ordered; an item's paragraphs join; nested lists flatten into it",
        "<p>a</p><ol><li><p>first</p><p>more</p></li><li>second<ul><li>inner</li></ul></li></ol>",
        [
            {"type": "paragraph", "text": "a"},
            {"type": "list", "ordered": True, "items": ["first more", "second", "inner"]},
        ],
    ),
    (
        "two lists apart stay two",
        "<ul><li>a</li></ul><p>between</p><ul><li>b</li></ul>",
        [
            {"type": "list", "ordered": False, "items": ["a"]},
            {"type": "paragraph", "text": "between"},
            {"type": "list", "ordered": False, "items": ["b"]},
        ],
    ),
    (
        "a body that is one list is a list",
        "<ul><li>a</li><li>b</li></ul>",
        [{"type": "list", "ordered": False, "items": ["a", "b"]}],
    ),
    (
        "a th row is a header; an empty cell keeps its column",
        "<p>x</p><table><tr><th>Ticket</th><th>Price</th></tr><tr><td>Day pass</td><td></td></tr></table>",
        [
            {"type": "paragraph", "text": "x"},
            {"type": "table", "rows": [["Ticket", "Price"], ["Day pass", ""]], "header": True},
        ],
    ),
    (
        "a thead row is a header, td-only tables have none",
        "<p>x</p><table><thead><tr><td>A</td><td>B</td></tr></thead><tr><td>1</td><td>2</td></tr></table>"
        "<table><tr><td>C</td><td>D</td></tr><tr><td>3</td><td>4</td></tr></table>",
        [
            {"type": "paragraph", "text": "x"},
            {"type": "table", "rows": [["A", "B"], ["1", "2"]], "header": True},
            {"type": "table", "rows": [["C", "D"], ["3", "4"]], "header": False},
        ],
    ),
    (
        "a table of tables is layout: its cells stay paragraphs, the inner data table is a table",
        "<p>x</p><table><tr><td><p>left</p></td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>",
        [
            {"type": "paragraph", "text": "x"},
            {"type": "paragraph", "text": "left"},
            {"type": "table", "rows": [["a", "b"]], "header": False},
        ],
    ),
    (
        "a one-cell table is a box, not data",
        "<p>x</p><table><tr><td><p>A pull quote.</p></td></tr></table><p>y</p>",
        [{"type": "paragraph", "text": t} for t in ("x", "A pull quote.", "y")],
    ),
    (
        "an article laid out in one table cell stays prose",
        "<table><tr><td><p>one</p><p>two</p></td></tr></table>",
        [{"type": "paragraph", "text": "one"}, {"type": "paragraph", "text": "two"}],
    ),
    (
        "a blockquote's paragraphs make one quote",
        "<p>said:</p><blockquote><p>one</p><p>two</p></blockquote>",
        [{"type": "paragraph", "text": "said:"}, {"type": "quote", "text": "one\n\ntwo"}],
    ),
    (
        "a body quoted whole stays prose",
        "<blockquote><p>one</p><p>two</p></blockquote>",
        [{"type": "paragraph", "text": "one"}, {"type": "paragraph", "text": "two"}],
    ),
    (
        "pre is code, verbatim",
        "<p>run:</p><pre>make  all\n  make test</pre>",
        [{"type": "paragraph", "text": "run:"}, {"type": "code", "text": "make  all\n  make test"}],
    ),
    (
        "h2-h6 are headings at their level, an h1 in the body ranks below the title",
        "<h1>A</h1><h2>B</h2><p>x</p><h4>C</h4><h6>D</h6>",
        [
            {"type": "heading", "level": 2, "text": "A"},
            {"type": "heading", "level": 2, "text": "B"},
            {"type": "paragraph", "text": "x"},
            {"type": "heading", "level": 4, "text": "C"},
            {"type": "heading", "level": 6, "text": "D"},
        ],
    ),
    (
        "a <br> parts paragraphs as it parts text blocks",
        "<p>a<br>b</p>",
        [{"type": "paragraph", "text": "a"}, {"type": "paragraph", "text": "b"}],
    ),
]


@pytest.mark.parametrize(("fragment", "blocks"), [case[1:] for case in GROUPING], ids=[case[0] for case in GROUPING])
def test_grouping(fragment: str, blocks: list[dict]) -> None:
    assert build(fragment) == blocks


def figure(src: str, alt: str | None = None, caption: str | None = None) -> dict:
    return {"type": "figure", "src": src, "alt": alt, "caption": caption}


FIGURES = [
    (
        "a figure with its figcaption, in place",
        '<p>a</p><figure><img src="/i/1.jpg" alt="One"><figcaption>The <b>first</b> one.</figcaption></figure><p>b</p>',
        ["a", figure("https://news.example.com/i/1.jpg", "One", "The first one."), "b"],
    ),
    (
        "lazy addresses win over a placeholder src",
        '<p>a</p><p><img src="data:image/gif;base64,R0lGOD" data-src="/i/2.jpg"></p>'
        '<p><img src="/grey.gif" data-original="//cdn.example.com/3.jpg"></p>'
        '<p><img src="/grey.gif" data-lazy-src="4.jpg"></p><p>b</p>',
        [
            "a",
            figure("https://news.example.com/i/2.jpg"),
            figure("https://cdn.example.com/3.jpg"),
            figure("https://news.example.com/a/4.jpg"),
            "b",
        ],
    ),
    (
        "the widest srcset candidate, or the densest",
        '<p>a</p><p><img src="/s.jpg" srcset="/m.jpg 640w, /l.jpg 1280w, /s.jpg 320w"></p>'
        '<p><img srcset="/x1.jpg, /x2.jpg 2x"></p><p>b</p>',
        ["a", figure("https://news.example.com/l.jpg"), figure("https://news.example.com/x2.jpg"), "b"],
    ),
    (
        "a <picture> gives its <img> (its <source> elements go with the media tags)",
        '<p>a</p><picture><source srcset="/a.webp" type="image/webp"><img src="/a.jpg" alt="A"></picture><p>b</p>',
        ["a", figure("https://news.example.com/a.jpg", "A"), "b"],
    ),
    (
        "data: URIs and 1x1 pixels are no figures",
        '<p>a</p><p><img src="data:image/png;base64,iVBOR"></p><p><img src="/px.gif" width="1" height="1"></p><p>b</p>',
        ["a", "b"],
    ),
    (
        "images before the first block or after the last are not the body's",
        '<div><img src="/before.jpg"><p>a</p><p><img src="/in.jpg"></p><p>b</p><img src="/after.jpg"></div>',
        ["a", figure("https://news.example.com/in.jpg"), "b"],
    ),
    (
        "an image in page chrome is not a figure",
        '<p>a</p><div class="share-bar"><img src="/icon.png"></div><p>b</p>',
        ["a", "b"],
    ),
    (
        "an image beside text that was not kept (a teaser) is not a figure",
        '<p>kept a</p><div class="promo"><img src="/t.jpg"><p>Read our other story</p></div><p>kept b</p>',
        ["kept a", "kept b"],
    ),
    (
        "the centred line under an image-only line is its caption, not a paragraph",
        '<p>a</p><p style="text-align: center"><img src="/p.jpg"></p>'
        '<p style="text-align:center">图为会场。</p><p>b</p>',
        ["a", figure("https://news.example.com/p.jpg", None, "图为会场。"), "b"],
    ),
    (
        "so is align=center, and the centred line the image leads",
        '<p>a</p><p><img src="/p.jpg"></p><p align="center">图为会场。</p>'
        '<p align="center"><img src="/q.jpg"><br>图为展区。</p><p>b</p>',
        [
            "a",
            figure("https://news.example.com/p.jpg", None, "图为会场。"),
            figure("https://news.example.com/q.jpg", None, "图为展区。"),
            "b",
        ],
    ),
    (
        "a class that centres the line is centring too (网易's p.f_center)",
        '<p>a</p><p class="f_center"><img src="/q.jpg"><br>图为展区。</p><p>b</p><p>c</p><p>d</p>',
        ["a", figure("https://news.example.com/q.jpg", None, "图为展区。"), "b", "c", "d"],
    ),
    (
        "so is a camel-cased one (凤凰网's p.textAlignCenter)",
        '<p>a</p><p class="detailPic"><img src="/f.jpg"></p><p class="textAlignCenter">工人搭设支撑架。</p>'
        "<p>b</p><p>c</p><p>d</p>",
        ["a", figure("https://news.example.com/f.jpg", None, "工人搭设支撑架。"), "b", "c", "d"],
    ),
    (
        "in a table, the one centred cell of the row after the image's row",
        '<p>a</p><table><tr><td><img src="/t.jpg"></td></tr><tr><td align="center">图为稻田。</td></tr></table>'
        "<p>b</p>",
        ["a", figure("https://news.example.com/t.jpg", None, "图为稻田。"), "b"],
    ),
    (
        "or the one <p> of that centred cell, also where the picture table opens the story (a newspaper e-paper)",
        '<table><tr><td><img src="/t.jpg"></td></tr><tr><td align="center"><p>图为稻田。</p></td></tr></table>'
        "<p>a</p><p>b</p>",
        [figure("https://news.example.com/t.jpg", None, "图为稻田。"), "a", "b"],
    ),
    (
        "not when the cell is not centred",
        '<p>a</p><table><tr><td><img src="/t.jpg"></td></tr><tr><td><p>图为稻田。</p></td></tr></table><p>b</p>',
        ["a", figure("https://news.example.com/t.jpg"), "图为稻田。", "b"],
    ),
    (
        "a line named as the picture's description is its caption, centred or not (澎湃's p.image_desc)",
        '<p>a</p><p><img src="/d.jpg"></p><p class="image_desc">仓库的钢屋架。</p><p>b</p>',
        ["a", figure("https://news.example.com/d.jpg", None, "仓库的钢屋架。"), "b"],
    ),
    (
        "so is the line an image leads in an element named as its frame (新浪's div.img_wrapper)",
        '<p>a</p><div class="img_wrapper"><img src="/s.jpg"><span class="img_descr">学生登上校车。</span></div>'
        "<p>b</p>",
        ["a", figure("https://news.example.com/s.jpg", None, "学生登上校车。"), "b"],
    ),
    (
        "so is a frame named by the local part of a CSS-modules name (百家号, Next.js)",
        '<p>a</p><div class="index-module_imgWrap_2fZ9h"><img src="/w.jpg">'
        '<span class="bjh-image-caption">站台。</span></div>'
        '<div class="index_imageBox__k3Jd2"><img src="/n.jpg"><span>隧道。</span></div><p>b</p>',
        [
            "a",
            figure("https://news.example.com/w.jpg", None, "站台。"),
            figure("https://news.example.com/n.jpg", None, "隧道。"),
            "b",
        ],
    ),
    (
        "but not a CSS-modules name whose local part is no picture's (the file's name is no frame's)",
        '<p>a</p><div class="img-module_textWrap_3ygOc"><img src="/t.jpg"><span>站厅。</span></div><p>b</p>',
        ["a", figure("https://news.example.com/t.jpg"), "站厅。", "b"],
    ),
    (
        "a summary's desc class names no caption, nor does a frame's class a line the image does not lead, or the"
        " text of a block inside the frame (Kompas's 'Lihat Foto' button in div.photo__wrap)",
        '<p>a</p><p><img src="/n.jpg"></p><p class="summary_desc">b</p><div class="img_box">c<img src="/m.jpg"></div>'
        '<div class="photo__wrap"><img src="/k.jpg"><div class="photo__icon">Lihat Foto</div></div><p>d</p>',
        [
            "a",
            figure("https://news.example.com/n.jpg"),
            "b",
            "c",
            figure("https://news.example.com/m.jpg"),
            figure("https://news.example.com/k.jpg"),
            "Lihat Foto",
            "d",
        ],
    ),
    (
        "a body opening with the centred caption of an image-only line before it starts at the photo",
        '<div><p><img src="/top.jpg"></p><p style="text-align:center">改造后的菜市场入口</p><p>a</p><p>b</p></div>',
        [figure("https://news.example.com/top.jpg", None, "改造后的菜市场入口"), "a", "b"],
    ),
    (
        "WeChat's editors write the lines as sections",
        '<section><img src="/top.jpg"></section><section style="text-align: center;"><span>菜市场入口</span></section>'
        "<section>a</section><section>b</section>",
        [figure("https://news.example.com/top.jpg", None, "菜市场入口"), "a", "b"],
    ),
    (
        "an image before a first line that is not centred stays out",
        '<div><p><img src="/top.jpg"></p><p>a</p><p>b</p></div>',
        ["a", "b"],
    ),
    (
        "a <figure> right before the first line is the story's lead photo (USA TODAY's div.gnt_ar_b)",
        '<div><figure><img src="/lead.jpg"><figcaption>The mill.</figcaption></figure><p>kept a</p><p>kept b</p></div>',
        [figure("https://news.example.com/lead.jpg", None, "The mill."), "kept a", "kept b"],
    ),
    (
        "a <figure> further up, apart from the first line, is not",
        '<div><figure><img src="/top.jpg"></figure><div>Jo Lee</div><p>kept a</p><p>kept b</p></div>',
        ["kept a", "kept b"],
    ),
    (
        "where the body centres its other lines too, centring marks no caption",
        '<p align="center">a</p><p align="center"><img src="/p.jpg"></p><p align="center">b</p><p align="center">c</p>',
        ["a", figure("https://news.example.com/p.jpg"), "b", "c"],
    ),
    (
        "centred table cells do not make the body's lines centred",
        '<p>a</p><p><img src="/p.jpg"></p><p style="text-align:center">图为会场。</p>'
        '<table><tr><td style="text-align:center">x</td><td style="text-align:center">y</td></tr></table><p>b</p>',
        [
            "a",
            figure("https://news.example.com/p.jpg", None, "图为会场。"),
            {"type": "table", "rows": [["x", "y"]], "header": False},
            "b",
        ],
    ),
    (
        "a line that is not centred stays a paragraph",
        '<p>a</p><p><img src="/p.jpg"></p><p>图为会场。</p><p>b</p>',
        ["a", figure("https://news.example.com/p.jpg"), "图为会场。", "b"],
    ),
    (
        "an image that leads its paragraph goes before it, one inside it after it",
        '<p>a</p><p><img src="/lead.jpg"> text after</p><p>text before <img src="/in.jpg"></p>',
        [
            "a",
            figure("https://news.example.com/lead.jpg"),
            "text after",
            "text before",
            figure("https://news.example.com/in.jpg"),
        ],
    ),
    (
        "a gallery with a caption for each image pairs them in order",
        '<p>kept a</p><div class="photos"><img src="/1.jpg"><p class="caption">One.</p>'
        '<img src="/2.jpg"><p class="caption">Two.</p></div><p>kept b</p>',
        [
            "kept a",
            figure("https://news.example.com/1.jpg", None, "One."),
            figure("https://news.example.com/2.jpg", None, "Two."),
            "kept b",
        ],
    ),
    (
        "the one short line framed with an image-only block is its caption (Wix's image viewer)",
        '<p>a</p><div><div><span><img src="/p.jpg"></span></div><span class="x1">Spots on the fronds.</span></div>'
        "<p>b</p>",
        ["a", figure("https://news.example.com/p.jpg", None, "Spots on the fronds."), "b"],
    ),
    (
        "not when another image follows in the frame (a close button before a video still)",
        '<p>a</p><div><div><img src="/close.gif"></div><img src="/still.jpg"><cite>Video: a talk</cite></div><p>b</p>',
        [
            "a",
            figure("https://news.example.com/still.jpg"),
            figure("https://news.example.com/close.gif"),
            "Video: a talk",
            "b",
        ],
    ),
    (
        "nor when a block follows the image in the frame: a paragraph of its own",
        '<p>a</p><div><div><img src="/p.jpg"></div><p>Spots on the fronds.</p></div><p>b</p>',
        ["a", figure("https://news.example.com/p.jpg"), "Spots on the fronds.", "b"],
    ),
    (
        "a gallery's one caption goes under its last image",
        '<p>a</p><figure><img src="/1.jpg"><img src="/2.jpg"><figcaption>Both.</figcaption></figure><p>b</p>',
        ["a", figure("https://news.example.com/1.jpg"), figure("https://news.example.com/2.jpg", None, "Both."), "b"],
    ),
]


@pytest.mark.parametrize(("fragment", "blocks"), [case[1:] for case in FIGURES], ids=[case[0] for case in FIGURES])
def test_figures(fragment: str, blocks: list) -> None:
    wanted = [{"type": "paragraph", "text": block} if isinstance(block, str) else block for block in blocks]
    keep = "kept" if "kept" in fragment else None
    assert build(fragment, keep=keep) == wanted


def test_without_a_page_address_image_addresses_stay_as_given() -> None:
    assert build('<p>a</p><p><img src="/i/1.jpg"></p><p>b</p>', base=None)[1] == figure("/i/1.jpg")


LINKS = [
    (
        "relative, resolved",
        '<p>See <a href="/b/2.html">the story</a> now.</p>',
        [(4, 13, "https://news.example.com/b/2.html")],
    ),
    (
        "scripts, anchors and mail are dropped",
        '<p><a href="javascript:void(0)">x</a> <a href="#fn1">y</a> <a href="mailto:a@b.c">z</a></p>',
        [],
    ),
    (
        "a link across unwrapped inline tags is one span",
        '<p>A <a href="https://x.example/">bold <b>claim</b> here</a>.</p>',
        [(2, 17, "https://x.example/")],
    ),
    (
        "spacing follows the collapsed text",
        '<p>  one\n  <a href="/l">two\n three</a>four </p>',
        [(4, 13, "https://news.example.com/l")],
    ),
]


@pytest.mark.parametrize(("fragment", "spans"), [case[1:] for case in LINKS], ids=[case[0] for case in LINKS])
def test_links(fragment: str, spans: list[tuple[int, int, str]]) -> None:
    (block,) = build(fragment, links=True)
    assert [(link["start"], link["end"], link["href"]) for link in block.get("links", [])] == spans


def test_links_under_deeply_nested_inline_markup() -> None:
    fragment = "<p>" + "<x>" * 3000 + '<a href="/l">deep</a>' + "</x>" * 3000 + " text</p>"
    (block,) = build(fragment, links=True)
    assert block["text"] == "deep text"
    assert block["links"] == [{"start": 0, "end": 4, "href": "https://news.example.com/l"}]


def test_list_items_carry_their_own_links() -> None:
    (block,) = build('<ul><li>plain</li><li>see <a href="/x">this</a></li></ul>', links=True)
    assert block["links"] == [[], [{"start": 4, "end": 8, "href": "https://news.example.com/x"}]]


def test_lead_image_from_metadata_then_first_figure() -> None:
    first = [Figure("https://a.example/f.jpg")]
    base = "https://a.example/n/1.html"
    assert document.lead_image({"og:image": "/og.jpg"}, {}, base, first) == "https://a.example/og.jpg"
    assert document.lead_image({"twitter:image": "t.jpg"}, {}, base, first) == "https://a.example/n/t.jpg"
    assert document.lead_image({}, {"image": [{"url": "https://c.example/ld.jpg"}]}, base, first) == (
        "https://c.example/ld.jpg"
    )
    assert document.lead_image({}, {"image": "data:image/png;base64,x"}, base, first) == "https://a.example/f.jpg"
    assert document.lead_image({}, {}, base, []) is None


# --- renderers -------------------------------------------------------------------------------------------------

MARKDOWN = [
    (Paragraph("*stars*, _under_ and `ticks`"), r"\*stars\*, \_under\_ and \`ticks\`"),
    (Paragraph("# not a heading"), r"\# not a heading"),
    (Paragraph("- not an item"), r"\- not an item"),
    (Paragraph("1. not an item"), r"1\. not an item"),
    (Paragraph("2024. A year; 3.5 m"), r"2024\. A year; 3.5 m"),
    (Paragraph("> not a quote, a <b>tag</b> [not](a link)"), r"\> not a quote, a \<b>tag\</b> \[not\](a link)"),
    (Paragraph("AT&T, &amp; ~~struck~~"), r"AT&T, \&amp; \~\~struck\~\~"),
    (
        Paragraph("see the docs", (Link(8, 12, "https://x.example/a (b)"),)),
        "see the [docs](https://x.example/a%20%28b%29)",
    ),
    (Paragraph("[1] cited", (Link(0, 3, "https://x.example/"),)), r"[\[1\]](https://x.example/) cited"),
    (Heading(3, "Q&A: *why*"), r"### Q&A: \*why\*"),
    (Heading(2, "Learning C#"), r"## Learning C\#"),
    (ListBlock(False, ("a", "- b")), "- a\n- \\- b"),
    (ListBlock(True, ("a", "b", "c")), "1. a\n2. b\n3. c"),
    (Table((("A", "B|C"), ("1", "2")), header=True), "| A | B\\|C |\n| --- | --- |\n| 1 | 2 |"),
    (Table((("1", "2", "3"), ("4",)), header=False), "|  |  |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n| 4 |  |  |"),
    (Quote("one\n\n- two"), "> one\n>\n> \\- two"),
    (Code("a = `b`\n```\n"), "````\na = `b`\n```\n\n````"),
    (Code("x"), "```\nx\n```"),
    (
        Figure("https://x.example/a b.jpg", "[alt]", "a *caption*"),
        "![\\[alt\\]](https://x.example/a%20b.jpg)\n*a \\*caption\\**",
    ),
    (Figure("https://x.example/a.jpg"), "![](https://x.example/a.jpg)"),
]

HTML = [
    (Paragraph('<script>alert("x")</script> & more'), '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; more</p>'),
    (
        Paragraph("a link", (Link(2, 6, 'https://x.example/?a=1&b="2"'),)),
        '<p>a <a href="https://x.example/?a=1&amp;b=&quot;2&quot;">link</a></p>',
    ),
    (Heading(2, "<h2>"), "<h2>&lt;h2&gt;</h2>"),
    (ListBlock(True, ("a<b",)), "<ol>\n<li>a&lt;b</li>\n</ol>"),
    (
        ListBlock(False, ("x", "see y"), ((), (Link(4, 5, "https://y.example/"),))),
        '<ul>\n<li>x</li>\n<li>see <a href="https://y.example/">y</a></li>\n</ul>',
    ),
    (
        Table((("A", "B"), ("1", "<2>")), header=True),
        "<table>\n<thead>\n<tr><th>A</th><th>B</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td>&lt;2&gt;</td></tr>\n</tbody>\n</table>",
    ),
    (Table((("1",),)), "<table>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>"),
    (Quote("one\n\ntwo"), "<blockquote>\n<p>one</p>\n<p>two</p>\n</blockquote>"),
    (Code("if a < b:\n    pass"), "<pre><code>if a &lt; b:\n    pass</code></pre>"),
    (
        Figure('https://x.example/"a".jpg', 'say "hi"', "<c>"),
        '<figure><img src="https://x.example/&quot;a&quot;.jpg" alt="say &quot;hi&quot;">'
        "<figcaption>&lt;c&gt;</figcaption></figure>",
    ),
]

TEXT = [
    (ListBlock(False, ("a", "b")), "- a\n- b"),
    (ListBlock(True, ("a", "b")), "1. a\n2. b"),
    (Table((("A", "B"), ("1", "2")), header=True), "A | B\n1 | 2"),
    (Figure("https://x.example/a.jpg", "alt", "Caption."), "Caption."),
    (Figure("https://x.example/a.jpg", "alt"), ""),
    (Code("  x\n  y"), "  x\n  y"),
]


@pytest.mark.parametrize(("block", "markdown"), MARKDOWN, ids=[repr(case[0])[:60] for case in MARKDOWN])
def test_markdown(block: document.DocumentBlock, markdown: str) -> None:
    assert block.to_markdown() == markdown


@pytest.mark.parametrize(("block", "html"), HTML, ids=[repr(case[0])[:60] for case in HTML])
def test_html(block: document.DocumentBlock, html: str) -> None:
    assert block.to_html() == html


@pytest.mark.parametrize(("block", "text"), TEXT, ids=[repr(case[0])[:60] for case in TEXT])
def test_text(block: document.DocumentBlock, text: str) -> None:
    assert block.to_text() == text


#: One block of each type with every field set: `document.strings` must give all the strings each holds.
EVERY_BLOCK = [
    Paragraph("a paragraph", (Link(2, 11, "https://x.example/p"),)),
    Heading(3, "a heading", (Link(2, 9, "https://x.example/h"),)),
    ListBlock(True, ("one", "two"), ((Link(0, 3, "https://x.example/l"),), ())),
    Table((("A", "B"), ("1", "2")), header=True),
    Quote("a quote", (Link(2, 7, "https://x.example/q"),)),
    Code("print()"),
    Figure("https://x.example/f.jpg", "the alt", "a caption"),
]


def _strings_held(value: object) -> Iterator[str]:
    """Every string in `value`, read through the fields of dataclasses and the items of tuples."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings_held(item)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings_held(getattr(value, field.name))


def test_strings_are_all_the_strings_a_block_holds() -> None:
    """The search for unprintable characters reads a block's strings type by type: a block type or a field
    added must be read too."""
    assert {type(block) for block in EVERY_BLOCK} == set(typing.get_args(document.DocumentBlock))
    for block in EVERY_BLOCK:
        assert all(getattr(block, field.name) != field.default for field in dataclasses.fields(block)), block
        assert sorted(document.strings(block)) == sorted(_strings_held(block)), block


def test_a_hand_built_article_renders_its_paragraphs() -> None:
    article = Article(title="T <1>", paragraphs=["one", "- two"])
    assert article.to_markdown() == "# T \\<1>\n\none\n\n\\- two\n"
    assert article.to_html() == "<h1>T &lt;1&gt;</h1>\n<p>one</p>\n<p>- two</p>\n"
    assert article.to_text() == "T <1>\n\none\n\n- two"
    assert article.to_dict()["blocks"] == [] and article.images == []


REAL_PAGES = sorted((Path(__file__).parent / "pages").glob("*/page.html"))


@pytest.mark.parametrize("page", REAL_PAGES, ids=[page.parent.name for page in REAL_PAGES])
def test_real_pages_give_a_document_of_their_paragraphs(page: Path) -> None:
    """On saved real pages: every paragraph is in the document, and each rendering runs."""
    article = articlextract.extract(page.read_bytes(), options=Options(links=True))
    texts = "\n".join(_block_texts(article))
    assert [paragraph for paragraph in article.paragraphs if paragraph not in texts] == []
    assert article.to_markdown() and article.to_html() and article.to_text()


def test_html_rendering_uses_semantic_tags_only() -> None:
    allowed = set(
        "h1 h2 h3 h4 h5 h6 p ul ol li table thead tbody tr th td blockquote pre code figure img figcaption a".split()
    )
    for slug in SLUGS:
        rendered = extracted(slug).to_html()
        assert set(re.findall(r"</?([a-z0-9]+)", rendered)) <= allowed
        assert not re.search(r"\s(class|id|style|on\w+)=", rendered)
