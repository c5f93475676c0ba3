"""A UTF-8 page is parsed from its bytes without being decoded first: libxml2's report of bytes that are no UTF-8
stands in for the decoding. `clean.parse_utf8_page` must give a tree only for bytes that are valid UTF-8, and then
the very tree the reference path gives (`decode` the page, `clean.parse` the text); `extract` must not tell the
two paths apart on any input, good or bad.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from articlextract import clean, extract, pipeline
from articlextract.errors import ParseError
from articlextract.options import Options

TESTS = Path(__file__).parent
#: For tests that the bytes path is taken: with a libxml2 before 2.14 every page takes the reference path.
taken = pytest.mark.skipif(not clean.REPORTS_BAD_UTF8, reason="libxml2 before 2.14: the bytes path is never taken")

#: A page with each place a byte can sit in: doctype, head, comment, script, style, attributes, entities, raw text.
PAGE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html lang="fr"><head><meta charset="utf-8"><title>Café – 中文</title>'
    "<style>p::after{content:'é'}</style><script>var s = \"l’été\" < 2;</script></head>\n"
    '<body><!-- commentaire é --><h1 class="titre">Le marché</h1>'
    "<p title='déjà' data-x=vu>Un &amp; deux &#233; &eacute; <b>gras</b> — fin.</p>"
    "<textarea>é</textarea><![CDATA[é]]><?php echo 'é' ?></p></body></html>\n"
).encode()

#: Byte sequences that are no UTF-8: invalid bytes, a lone continuation byte, leads cut short, an overlong form,
#: an encoded surrogate, a code point above U+10FFFF.
BAD_SEQUENCES = [
    *(b"\xff", b"\xfe", b"\x80", b"\xbf", b"\xc3", b"\xe4\xb8", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xe0\x80\xaf"),
    *(b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80"),
]


def reference(page: bytes, options: Options | None = None) -> tuple[etree._Element, str | None]:
    """The tree and codec of the reference path: decode the page, parse the text."""
    markup, encoding, utf8 = pipeline._to_markup(page, options or Options())
    assert markup is not None
    return clean.parse(markup, utf8), encoding


def assert_same_tree_as_the_reference(page: bytes) -> None:
    fast = clean.parse_utf8_page(page)
    assert fast is not None
    tree, encoding = reference(page)
    assert encoding == "utf-8"
    assert etree.tostring(fast) == etree.tostring(tree)


@taken
def test_a_valid_page_is_parsed_from_its_bytes_into_the_reference_tree() -> None:
    assert_same_tree_as_the_reference(PAGE)


@taken
@pytest.mark.parametrize("path", sorted(TESTS.glob("pages/*/*.html")) + sorted(TESTS.glob("templates/*/*.html")),
                         ids=lambda path: f"{path.parent.name}/{path.name}")  # fmt: skip
def test_real_pages_are_parsed_from_their_bytes_into_the_reference_tree(path: Path) -> None:
    """UTF-8 pages take the bytes' path; pages in other encodings (GBK templates) are sent to the reference."""
    page = path.read_bytes()
    try:
        page.decode("utf-8")
    except UnicodeDecodeError:
        assert clean.parse_utf8_page(page) is None
    else:
        assert_same_tree_as_the_reference(page)


#: Pieces of markup and characters that pages are made of, for pages no one would write by hand.
FRAGMENTS = [
    *(b"<p>", b"</p>", b'<div class="a">', b"</div>", b"<h1>", b"</h1>", b"<title>", b"</title>", b"<head>"),
    *(b"<!DOCTYPE html>", b"<!doctype", b"<!DOC", b"TYPE", b"<!DOCTYPE html ", b' PUBLIC "-//W3C//DTD"'),
    *(
        b"</html>",
        b"</HTML >",
        b"\xc3</html>",
        b"</html>\xa9",
        b'<html lang="de" />',
        b"<HTML/>",
        b'<html x="\xc3\xa9"/>',
    ),
    *(b"<", b">", b"<!--", b"-->", b"<script>", b"</script>", b"&amp;", b"&#233;", b"&", b'"', b"'", b"=", b" ", b"\n"),
    *(b"text", b"<?xml?>", b"<br/>", b"\x00", "é".encode(), "中".encode(), "😀".encode(), "\ufeff".encode()),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS * 3 + BAD_SEQUENCES), max_size=30))  # a bad sequence in every fifth
def test_the_bytes_path_gives_a_tree_only_for_valid_utf8_and_then_the_reference_tree(fragments: list[bytes]) -> None:
    page = b"".join(fragments)
    fast = clean.parse_utf8_page(page)
    if fast is not None:
        page.decode("utf-8")  # raises for bytes that are no UTF-8
        assert etree.tostring(fast) == etree.tostring(reference(page)[0])


@pytest.mark.parametrize("bad", BAD_SEQUENCES)
def test_a_bad_sequence_anywhere_sends_the_page_to_the_reference_path(bad: bytes) -> None:
    for position in range(len(PAGE) + 1):
        page = PAGE[:position] + bad + PAGE[position:]
        assert clean.parse_utf8_page(page) is None, page[max(0, position - 30) : position + 30]


def test_a_character_cut_short_anywhere_sends_the_page_to_the_reference_path() -> None:
    starts = [position for position, byte in enumerate(PAGE) if byte >= 0xC0]
    for start in starts:
        assert clean.parse_utf8_page(PAGE[: start + 1] + PAGE[start + 2 :]) is None
        assert clean.parse_utf8_page(PAGE[: start + 1]) is None  # at the very end


#: Inputs where what libxml2 reads is not all the page, or where the page needs its text: (page, why).
UNREAD_OR_TEXT = [
    (b"<!DOCTYPE html \xff><p>x</p>", "libxml2 skips a doctype's end unread"),
    (b"<p>x</p><!doctype html SYSTEM \xc3><p>y</p>", "a doctype anywhere"),
    (b'<!DOCTYPE html PUBLIC "a>b" \xff><p>x</p>', "a doctype ends at its first '>'"),
    (b"<!DOCTYPE html <p>\xff><p>x</p>", "a doctype with a '<' in it"),
    ("<!DOCTYPE html «x»><p>x</p>".encode(), "a doctype with valid non-ASCII bytes"),
    (b"<p>\xc3</html>\xa9</p>", "a dropped </html> joins two bytes into a character"),
    (b"<p>\xc3</html></HTML >\xa9</p>", "two dropped tags in a row"),
    (b"<!DOC</html>TYPE html \xff><p>x</p>", "a dropped </html> makes a doctype"),
    (b"<</html>!doctype html \xff><p>x</p>", "a dropped </html> right after its '<'"),
    (b"<p>" + b"</b>" * 150 + b"\xff</p>", "libxml2 reports no more than 100 errors"),
    (b"<p " + b" ".join(b"a%d" % i for i in range(3000)) + b" \xff>x</p>", "a tag cut at its attribute cap"),
    ('<?xml version="1.0" encoding="utf-8"?><p>é</p>'.encode(), "an XML declaration"),
    ("<p>é\x00</p>".encode(), "a NUL"),
    ("\x1c<?xml version='1.0'?><p>é</p>".encode(), "a control character a str regex reads as white space"),
    ("Plain text, é.\n\nSecond paragraph.".encode(), "plain text"),
    (("<div>" * 5000 + "é" + "</div>" * 5000).encode(), "nesting too deep to build"),
]


@pytest.mark.parametrize(("page", "why"), UNREAD_OR_TEXT, ids=[why for _, why in UNREAD_OR_TEXT])
def test_what_libxml2_does_not_read_or_what_needs_the_text_goes_to_the_reference_path(page: bytes, why: str) -> None:
    assert clean.parse_utf8_page(page) is None


def test_a_page_libxml2_cannot_read_goes_to_the_reference_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes path decides no error: the reference path raises it again or reads the decoded text instead."""

    def fail(data: bytes) -> None:
        raise ParseError("the HTML parser could not read the document")

    monkeypatch.setattr(clean, "_parse_bytes", fail)
    assert clean.parse_utf8_page(PAGE) is None


#: Inputs of every kind, good and bad, for `extract` on both paths.
INPUTS = [
    PAGE,
    PAGE.replace(b"gras", b"gr\xe9s"),  # windows-1252 text in a UTF-8 page
    PAGE.decode().encode("cp1252", "xmlcharrefreplace").replace(b"utf-8", b"windows-1252"),
    PAGE.decode().encode("gb18030"),
    PAGE.decode().encode("utf-16"),
    PAGE.decode().encode("utf-8-sig"),
    PAGE[:-20] + "中".encode()[:2],  # a character cut off at the end
    PAGE.replace(b"</html>", b"\xc3</html>\xa9"),
    PAGE.replace(b"<!DOCTYPE html", b"<!DOCTYPE html \xe9"),
    PAGE.decode().encode("ascii", "xmlcharrefreplace"),
    *(page for page, _ in UNREAD_OR_TEXT),
]


@pytest.mark.parametrize("page", INPUTS)
@pytest.mark.parametrize("encoding", [None, "windows-1252", "utf-16-le"])
def test_extract_gives_the_same_article_on_both_paths(
    page: bytes, encoding: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = Options(encoding=encoding)
    article = extract(page, options=options)
    monkeypatch.setattr(clean, "parse_utf8_page", lambda page: None)
    assert extract(page, options=options) == article
