"""Property-based tests (hypothesis) of the `extract()` contract on random HTML-ish documents and random bytes.

* Only `ExtractionError` ever escapes, and never `InternalError` (a wrapped bug).
* No invented characters: every paragraph is made of characters of the page's text. The generator
  knows that text exactly (it escapes what it writes), so the check does not trust the parser: the
  multiset of non-space characters of all paragraphs must fit inside the multiset of non-space
  characters of the page's text nodes, counting both the decoded and the literal form of each
  character reference (a parser may resolve it or leave it as written).
* Determinism: the same input gives the same Article, whatever was extracted before in the process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlextract import Article, ExtractionError, InternalError, Options, extract

DATA = Path(__file__).parent / "data" / "robustness"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TAGS = (
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "article",
    "section",
    "td",
    "tr",
    "table",
    "li",
    "ul",
    "h1",
    "h2",
    "nav",
    "footer",
    "header",
    "pre",
    "br",
    "em",
    "strong",
    "font",
    "center",
    "blockquote",
    "main",
    "aside",
)
_RAW_TAGS = ("script", "style", "title", "textarea", "noscript", "template", "iframe")
_CLASSES = (
    "content",
    "article",
    "nav",
    "footer",
    "related",
    "comment",
    "share",
    "main",
    "text",
    "xgxw",
    "ad",
    "breadcrumb",
    "info",
    "title",
    "",
)
_ENTITIES = {
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "quot": '"',
    "nbsp": "\xa0",
    "eacute": "é",
    "copy": "©",
    "middot": "·",
    "mdash": "—",
    "hellip": "…",
    "ldquo": "“",
    "rdquo": "”",
}
_WORDS = (
    "news",
    "city",
    "the",
    "council",
    "来源",
    "记者",
    "新华社",
    "2015年08月09日",
    "07:19",
    "责任编辑",
    "原标题",
    "By",
    "John",
    "Smith",
    "相关新闻",
    "首页",
    ">",
    "——",
    "。",
    "，",
    ".",
    ",",
    "!",
    "?",
    "（",
    "）",
    "■",
    "|",
    "_",
    "-",
    "2023-01-15",
    "Related",
    "Comments",
    "share",
    "北京",
    "报道",
)


@dataclass
class Page:
    """A generated page: its markup and the multiset of characters its text may contribute."""

    parts: list[str] = field(default_factory=list)
    allowed: Counter[str] = field(default_factory=Counter)

    def text(self, value: str) -> None:
        """Text content, escaped so the parser sees exactly `value`."""
        self.parts.append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        self.allowed.update(value)

    def reference(self, literal: str, decoded: str) -> None:
        """A character reference: the parser may decode it or keep it literally."""
        self.parts.append(literal)
        self.allowed.update(literal)
        self.allowed.update(decoded)

    def markup(self, value: str) -> None:
        self.parts.append(value)


_text = st.one_of(
    st.sampled_from(_WORDS),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
    st.text(st.sampled_from(" \t\n\u3000\xa0"), min_size=1, max_size=3),
)


@st.composite
def pages(draw: st.DrawFn, depth: int = 0) -> Page:
    page = Page()
    _fill(draw, page, depth)
    return page


def _fill(draw: st.DrawFn, page: Page, depth: int) -> None:
    for _ in range(draw(st.integers(0, 6 if depth < 3 else 2))):
        kind = draw(st.sampled_from(["text", "text", "element", "element", "ref", "raw", "comment", "junk"]))
        if kind == "text":
            page.text(" ".join(draw(st.lists(_text, min_size=1, max_size=12))))
        elif kind == "ref":
            if draw(st.booleans()):
                name = draw(st.sampled_from(sorted(_ENTITIES)))
                page.reference(f"&{name};", _ENTITIES[name])
            else:
                code = draw(st.integers(0xA0, 0x2FFF).filter(lambda c: not 0xD800 <= c <= 0xDFFF))
                page.reference(draw(st.sampled_from([f"&#{code};", f"&#x{code:x};"])), chr(code))
        elif kind == "element" and depth < 6:
            tag = draw(st.sampled_from(_TAGS))
            attrs = ""
            if draw(st.booleans()):
                attrs += f' class="{draw(st.sampled_from(_CLASSES))}"'
            if draw(st.integers(0, 9)) == 0:
                attrs += draw(st.sampled_from([" hidden", ' style="display:none"', ' role="navigation"']))
            if tag == "a":
                attrs += ' href="/x"'
            page.markup(f"<{tag}{attrs}>")
            if tag != "br":
                _fill(draw, page, depth + 1)
                if draw(st.integers(0, 5)):  # sometimes left unclosed
                    page.markup(f"</{tag}>")
        elif kind == "raw":
            tag = draw(st.sampled_from(_RAW_TAGS))
            body = draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)).replace("<", "")
            page.markup(f"<{tag}>")
            page.allowed.update(body)  # raw text (script, style …) is page text as written
            page.markup(body)
            page.markup(f"</{tag}>")
        elif kind == "comment":
            comment = "<!-- " + draw(st.sampled_from(["x", "<p>hidden</p>", "-"])) + " -->"
            if page.parts and page.parts[-1] in _OPENING_JUNK:
                # ``<!`` + ``<!-- <p>hidden</p> -->``: the stray opening runs to the first ``>`` and takes the
                # comment's start with it, so the rest shows as text, as in a browser
                page.allowed.update(comment)
            page.markup(comment)
        elif kind == "junk":
            junk = draw(
                st.sampled_from(
                    [
                        "</div>",
                        "</p>",
                        "<",
                        ">",
                        "<!",
                        "&",
                        "&foo;",
                        "</",
                        "<p",
                        "<?x?>",
                        "<![CDATA[",
                        "]]>",
                        "<br/>",
                        "<meta charset=gbk>",
                        "<html>",
                        "<body>",
                        "<head>",
                    ]
                )
            )
            page.markup(junk)
            page.allowed.update(junk)  # stray markup may be read as text, every character of it


#: Stray markup that opens a construct running to the next ``>`` (a bogus comment, a tag name).
_OPENING_JUNK = frozenset({"<", "<!", "</", "<p", "<![CDATA["})


def _documents(page: Page, head: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{''.join(page.parts)}</body></html>"


def _non_space(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _assert_no_invented_characters(article: Article, page: Page) -> None:
    used = _non_space("".join(article.paragraphs))
    allowed = _non_space("".join(c * n for c, n in page.allowed.items()))
    extra = used - allowed
    assert not extra, f"characters not in the page's text: {dict(extra)}"


def _extract_or_error(data: bytes | str, options: Options | None = None) -> Article | None:
    """The article, or None for input that is refused; an `InternalError` (a wrapped bug) fails the test."""
    try:
        return extract(data, options=options)
    except InternalError:
        raise
    except ExtractionError:
        return None


@SETTINGS
@given(
    page=pages(),
    title=st.sampled_from(["", "<title>News - Site</title>", "<meta charset='utf-8'>"]),
    favor=st.sampled_from(["balanced", "precision", "recall"]),
    as_bytes=st.booleans(),
)
def test_random_pages_give_an_article_made_of_the_pages_text(
    page: Page, title: str, favor: str, as_bytes: bool
) -> None:
    document = _documents(page, title)
    data: bytes | str = document.encode("utf-8") if as_bytes else document
    article = _extract_or_error(data, Options(favor=favor))  # type: ignore[arg-type]
    if article is None:
        return
    _assert_no_invented_characters(article, page)
    json.loads(article.to_json())
    article.to_markdown()


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_random_bytes_give_an_article_or_an_extraction_error(data: bytes) -> None:
    article = _extract_or_error(data)
    if article is not None:
        article.to_json()


@SETTINGS
@given(prefix=st.binary(max_size=200), middle=st.binary(max_size=200))
def test_random_bytes_inside_a_page(prefix: bytes, middle: bytes) -> None:
    page = prefix + b"<html><body><p>" + middle + b" The council met on Tuesday, and agreed.</p></body></html>"
    _extract_or_error(page)


@SETTINGS
@given(page=pages(), other=pages())
def test_extraction_is_deterministic_and_independent_of_earlier_calls(page: Page, other: Page) -> None:
    document = _documents(page, "<title>T</title>").encode("utf-8")
    first = _extract_or_error(document)
    _extract_or_error(_documents(other, "").encode("utf-8"))
    _extract_or_error((DATA / "zh_kepuchina.html").read_bytes())
    second = _extract_or_error(document)
    assert (first and first.to_dict()) == (second and second.to_dict())


def test_same_results_in_any_order_and_under_any_hash_seed() -> None:
    """Each page's Article depends neither on the pages read before it nor on the process's str hash seed."""
    script = (
        "import json, sys, pathlib, articlextract\n"
        "paths = sorted(pathlib.Path(sys.argv[1]).glob('*.html'))\n"
        "if sys.argv[2] == 'reverse': paths.reverse()\n"
        "print(json.dumps({p.name: articlextract.extract(p.read_bytes()).to_dict() for p in paths}, sort_keys=True))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(DATA), order],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for order, seed in (("forward", "1"), ("reverse", "2"), ("forward", "random"))
    ]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
