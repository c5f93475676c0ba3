"""Parse the page, remove what is never article text, and recognise page chrome.

Parsing keeps everything, because metadata reads ``<head>`` and scripts first. `remove_junk` then
takes what is never text (scripts, styles, media, form controls, hidden nodes). Page chrome
(navigation, footers, share bars, related and comment boxes) is only *recognised* here, by
`is_chrome`: whether a chrome-named element really is chrome depends on how much of the page's
prose it holds, which only the block scorer knows — so the scorer makes that call.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from itertools import chain, pairwise
from urllib.parse import urlsplit

from lxml import etree

from .errors import ParseError
from .lexicon import (
    AUTHOR_BOX_WORDS,
    BOILERPLATE_CLASS_PREFIXES,
    BOILERPLATE_CLASS_WORDS,
    CAMEL_CASE_CLASS_WORDS,
    CAPTION_CLASS_WORDS,
    CHROME_ROLES,
    CHROME_TAGS,
    CONTENT_SAVER_WORDS,
    DONATION_CLASS_WORDS,
    HOLDS_CLASS_PREFIXES,
    INLINE_TAGS,
    JUNK_TAGS,
    OVERLAY_CLASS_WORDS,
    OVERLAY_ROLES,
    PLAYER_ITEM_TYPES,
    POST_CLASS_NAMES,
    SENTENCE_ENDS,
    TAXONOMY_CLASS_PREFIXES,
)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>")  # an unclosed tag ends at the next "<"
_FLAT_TAGS = frozenset("html head body title meta script style p br h1 h2 h3 h4 h5 h6 li a pre table tr td th".split())
#: ``</html>`` tags, which `_parse_utf8` drops, and doctypes up to their ``>``, whose end libxml2 skips without reading
#: it as UTF-8 (`parse_utf8_page` checks it): one scan finds both. A doctype ends at a "<" too, so it never hides an
#: ``</html>``; the letters are classes, not re.I, so the scan keeps its literal "<" prefix.
_HTML_END_TAG_OR_DOCTYPE = re.compile(rb"</[hH][tT][mM][lL]\s*>|<![dD][oO][cC][tT][yY][pP][eE][^<>]*")
#: An html start tag written as if empty (``<html xml:lang="de" />``), but its slash: see `_parse_bytes`.
_EMPTY_HTML_TAG = re.compile(rb"(<[hH][tT][mM][lL](?:\s[^<>]*)?)/>")
#: libxml2 reports no more errors after this many, so a log this long may not show a byte that is no UTF-8.
_MAX_REPORTED_ERRORS = 100
#: Attributes kept on one tag. libxml2 compares each attribute of a tag with all those before it, so a tag
#: with 100,000 of them takes minutes; pages use a few dozen. In `_EXCESS_ATTRIBUTES` only a tag long enough
#: to hold more (the lookahead, a character-class scan) is read attribute by attribute, and the rest of it
#: is dropped by a character-class scan too (a repeated group would stack every attribute).
_MAX_ATTRIBUTES = 1024
#: `_without_attribute_floods` looks for windows of this many bytes inside a tag: a tag of more than 1.5 times
#: the cap of attributes (two bytes each at least) holds one at a multiple of half its size.
_FLOOD_WINDOW = 2 * _MAX_ATTRIBUTES
_SEPARATORS = b" \t\n\r\f\"'"
#: What precedes each attribute name `_ATTRIBUTE` reads: its white space (``\s`` of a bytes pattern) or a quote.
_BEFORE_ATTRIBUTE = b" \t\n\r\f\v\"'"
_ATTRIBUTE = rb"""(?:\s+|(?<=["']))[^\s"'<>=/]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]*))?"""  # a="1"b="2" too
_EXCESS_ATTRIBUTES = re.compile(
    rb"(<(?=[A-Za-z][^<>]{%d})[A-Za-z][^\s/<>]*(?:%s){%d})[^<>]+"
    % (2 * _MAX_ATTRIBUTES - 1, _ATTRIBUTE, _MAX_ATTRIBUTES)
)
_CLASS_TOKEN = re.compile(r"[^a-z0-9]+")
#: A lower-to-upper case change inside a class name starts a new word (``c-newsletterSignup``).
CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_FIRST_PARTS = re.compile(r"(?:^|\s)[^a-z0-9\s]*([a-z0-9]+)")
# Only display:none: visibility:hidden is how WeChat and others hide a body that scripts reveal.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_NEVER_CHROME = frozenset({"html", "body", "main", "article"})
#: What an HTML5 parser keeps in ``<head>``: any other element there starts the body.
_HEAD_TAGS = frozenset({"title", "meta", "link", "style", "script", "noscript", "base", "template"})
#: What opens a tag, a comment or a declaration: text without one is plain text, not markup.
_MARKUP_TAG = re.compile(rb"<[A-Za-z!/?]")
#: Markup that opens with a tag, after ASCII white space only, and not with ``<?``: its text has no XML declaration.
_OPENS_WITH_A_TAG = re.compile(rb"\A\s*<[^?]")
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n")
#: libxml2's report of a heading's end tag met after it closed the heading itself (at a ``<p>`` inside it).
_UNEXPECTED_HEADING_END = re.compile(r"Unexpected end tag : (h[1-6])$")
_NAMING_ATTRIBUTES = frozenset({"class", "id"})
_MAX_HIDDEN_SHARE = 0.5  # a "hidden" node with most of the text is a body that scripts reveal …
#: … when it is written in sentences: at least one sentence mark per this many characters (a block of keywords
#: hidden for search engines, often longer than the page, has none)
_MAX_CHARS_PER_SENTENCE_MARK = 400
#: What may close a sentence after its full stop (``……办法总比困难多”。`` / ``”``).
_SENTENCE_CLOSERS = "\"'”’」』）)"
_NOSCRIPT_FALLBACK_CHARS = 200  # below this much other text, <noscript> content is the page
#: The attributes that may hide an element, in document order. `_hides` reads the styles in Python: an XPath
#: ``translate()`` on each costs more than the walk. (``//*/@a`` walks the elements, ``//@a`` every node.)
_HIDING_ATTRIBUTES = etree.XPath("//*/@hidden | //*/@style")
#: The section headings a wiki prints its "[edit]" links in or beside.
_SECTION_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

#: How far up the box of a form asking for an e-mail address, a text (newsletter sign-up, comment form) or a
#: donation goes; also how far up a donation form's class is looked for.
_MAX_SIGNUP_CLIMB = 3
_MAX_SIGNUP_CHARS = 500

_BANG = ord("!")
_DOCTYPE = b"<!doctype"
_INVALID_ENCODING = (etree.ErrorTypes.ERR_INVALID_ENCODING,)
#: libxml2 2.14 (its HTML5 tokenizer) reports every byte that is no UTF-8 as ERR_INVALID_ENCODING, but in a doctype's
#: end; older versions report some as other errors and skip more unread, so `parse_utf8_page` leaves them alone.
REPORTS_BAD_UTF8 = etree.LIBXML_VERSION >= (2, 14)

# The text is handed to libxml2 as UTF-8 bytes: faster than a Python str, and never re-sniffed.
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
    collect_ids=False,
    huge_tree=True,
)


#: The tree nodes every stage works on: plain lxml elements. lxml.html's element classes would
#: add a Python-level class lookup to every node the walks touch, for methods we do not need.
Element = etree._Element


def text_of(element: Element) -> str:
    """All text inside an element, in document order (lxml.html's ``text_content()``, at C speed)."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _empty_document() -> Element:
    return etree.fromstring(b"<html><body></body></html>", _PARSER)


def _text_as_markup(text: str) -> str:
    """Plain text (a ``text/plain`` page, a saved e-mail) as markup of a paragraph per block of lines between blank
    lines, as the text shows them (libxml2 would make it all one paragraph)."""
    blocks = (block.strip() for block in _BLANK_LINES.split(text))
    return "".join(f"<p>{html.escape(block, quote=False)}</p>" for block in blocks if block)


def parse(markup: str, utf8: bytes | None = None) -> Element:
    """Parse HTML text into an lxml tree rooted at ``<html>``; fragments and broken markup are fine.

    NUL characters are dropped and lone surrogates (only a ``str`` can hold them) become U+FFFD.
    Markup nested deeper than libxml2 builds (it silently stops at a depth of a few thousand) is
    re-parsed flattened, so the text after it is not lost. `utf8` is the markup's exact UTF-8
    encoding when the caller holds it (a UTF-8 page's own bytes): it spares encoding the text again.
    """
    if utf8 is not None and b"\x00" not in utf8 and not _XML_DECLARATION.match(markup):
        data = utf8
    else:
        markup = _XML_DECLARATION.sub("", markup, count=1).replace("\x00", "")
        try:
            data = markup.encode("utf-8")
        except UnicodeEncodeError:
            markup = _SURROGATES.sub("\ufffd", markup)
            data = markup.encode("utf-8")
    if not markup or markup.isspace():
        return _empty_document()
    if _MARKUP_TAG.search(data) is None:  # (found at once on a page: its first tag)
        markup = _text_as_markup(markup)
        data = markup.encode("utf-8")
    root = _parse_utf8(_without_attribute_floods(data))
    errors = [entry.message for entry in _PARSER.error_log]
    if _too_deep(errors):
        root = _parse_utf8(_TAG.sub(_keep_structure_tag, markup).encode("utf-8"))
        errors = []
    return _repaired(root, errors)


def parse_utf8_page(page: bytes) -> Element | None:
    """`parse` of the page's bytes read as UTF-8, or None when they are no valid UTF-8 or the page needs its text.

    Decoding a UTF-8 page only to learn that it is valid costs a tenth of its parse, while libxml2 reads every byte
    anyway and reports each one that is no UTF-8 (from version 2.14: `REPORTS_BAD_UTF8`), but in a doctype's end
    (which this checks itself) and after its hundredth error. A page that needs its text as a ``str`` (an XML
    declaration, NULs, plain text, nesting too deep to build), or whose bytes libxml2 is not given as they are in a
    way that could hide a bad one (a tag cut at its attribute cap, a ``</html>`` dropped where the join may hide a
    bad sequence) gives None too: the caller then decodes the page and calls `parse`, the reference.
    """
    if not REPORTS_BAD_UTF8 or b"\x00" in page:
        return None
    if not _OPENS_WITH_A_TAG.match(page) or _MARKUP_TAG.search(page) is None:
        return None
    data = _without_attribute_floods(page)
    if data is not page:
        return None
    data, all_read = _without_html_end_tags(data)
    if not all_read:
        return None
    try:
        root = _parse_bytes(data)
    except ParseError:  # maybe for a bad byte: the reference path raises it again, or parses the decoded text
        return None
    log = _PARSER.error_log
    if len(log) >= _MAX_REPORTED_ERRORS or log.filter_types(_INVALID_ENCODING):
        return None
    errors = [entry.message for entry in log]
    return None if _too_deep(errors) else _repaired(root, errors)


def _too_deep(errors: list[str]) -> bool:
    """Whether libxml2 stopped building the tree at its depth limit."""
    return any("depth" in error.lower() for error in errors)


def _repaired(root: Element | None, errors: list[str]) -> Element:
    """The parsed tree with what libxml2 misplaces as HTML 4 put where an HTML5 parser places it."""
    if root is None:
        return _empty_document()
    _move_body_out_of_head(root)
    cut_headings = {found[1] for found in map(_UNEXPECTED_HEADING_END.match, errors) if found}
    if cut_headings:
        _put_paragraphs_back_in_headings(root, cut_headings)
    return root


def _move_body_out_of_head(root: Element) -> None:
    """Move the content libxml2 left in ``<head>`` to the start of ``<body>``, as an HTML5 parser places it.

    libxml2 knows no HTML5 element: on a page that leaves out ``<body>`` (which is legal) and opens with
    ``<header>``, ``<main>``, ``<section>`` or a custom element (``<site-header>``) right after the
    ``<title>``, it keeps that element, and often the whole page, inside ``<head>``, which `remove_junk`
    removes. The first element that is no head element starts the body, with everything after it.
    """
    head = root.find("head")
    if head is None:
        return
    start = next((child for child in head if child.tag not in _HEAD_TAGS), None)
    if start is None:
        return
    moved = [start, *start.itersiblings()]
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
        head.addnext(body)
    if body.text:  # the body's own leading text follows what comes before it
        moved[-1].tail = (moved[-1].tail or "") + body.text
        body.text = None
    for position, element in enumerate(moved):
        body.insert(position, element)  # (lxml moves an element with its tail)


def _put_paragraphs_back_in_headings(root: Element, levels: set[str]) -> None:
    """Put a ``<p>`` back into the heading it was written in, as an HTML5 parser keeps it.

    Editors wrap a headline's text in a paragraph (``<h1><p>The Oath</p></h1>``); libxml2 follows HTML 4,
    where a heading holds no paragraph, closes the heading before it (``<h1/><p>The Oath</p>``: a page
    without its headline) and reports the ``</h1>`` it then meets as unexpected. Only for the heading
    `levels` so reported is an empty heading right before a ``<p>`` given it back: empty headings are
    otherwise common (icons, slots filled by scripts).
    """
    for heading in root.iter(*levels):
        if len(heading) or (heading.text and not heading.text.isspace()):
            continue
        paragraph = heading.getnext()
        if paragraph is None or paragraph.tag != "p" or (heading.tail and not heading.tail.isspace()):
            continue
        heading.tail, paragraph.tail = paragraph.tail, heading.tail  # (lxml moves an element with its tail)
        heading.text = None
        heading.append(paragraph)


def _without_attribute_floods(data: bytes) -> bytes:
    """The markup with each tag cut after `_MAX_ATTRIBUTES` attributes, read only where a tag may hold more.

    Reading every tag attribute by attribute costs 40 % of the parse, so only a tag around a window of
    `_FLOOD_WINDOW` bytes without "<" or ">" that holds separators between attributes (a ``data:`` URI
    holds none) is read; the whole markup only when that tag is over the cap. A tag whose attributes
    average more than a window cannot hold enough of them to slow libxml2 down. The windows, half a window
    apart, are probed with ``bytes.rfind`` at C speed: the last bracket found in one lies in the windows of
    the steps up to it too, which are skipped; each long stretch without brackets is looked at once.
    """
    start, half = 0, _FLOOD_WINDOW // 2
    while start + _FLOOD_WINDOW <= len(data):
        end = start + _FLOOD_WINDOW
        bracket = data.rfind(b"<", start, end)
        if bracket < 0:
            bracket = data.rfind(b">", start, end)
        if bracket >= 0:
            start += half * ((bracket - start) // half + 1)
            continue
        opening = data.rfind(b"<", 0, start)
        if (
            opening >= 0
            and data.find(b">", opening, start) < 0  # the window lies in a tag
            and _count_of(_SEPARATORS, data[start:end]) > 1
            and _may_hold_a_flood(data, opening)
            and _EXCESS_ATTRIBUTES.match(data, opening)
        ):
            return _EXCESS_ATTRIBUTES.sub(rb"\1", data)
        start = min(_find(data, b"<", end), _find(data, b">", end))  # past this stretch
    return data


def _may_hold_a_flood(data: bytes, opening: int) -> bool:
    """Whether the tag opening at `opening` has room for `_MAX_ATTRIBUTES` attributes: each name follows a white
    space or quote byte of its own, so a tag with fewer of those is no flood and need not be read attribute by
    attribute (the bytes are counted at C speed; long script and SVG tags are most of the tags probed)."""
    close = min(_find(data, b"<", opening + 1), _find(data, b">", opening + 1))
    return _count_of(_BEFORE_ATTRIBUTE, data[opening:close]) >= _MAX_ATTRIBUTES


def _count_of(values: bytes, data: bytes) -> int:
    """How many bytes of `data` are among `values` (counted at C speed)."""
    return len(data) - len(data.translate(None, values))


def _find(data: bytes, byte: bytes, start: int) -> int:
    position = data.find(byte, start)
    return len(data) if position < 0 else position


def _parse_utf8(data: bytes) -> Element | None:
    """Parse UTF-8 markup; ``</html>`` tags are dropped first (`_without_html_end_tags`)."""
    return _parse_bytes(_without_html_end_tags(data)[0])


def _parse_bytes(data: bytes) -> Element | None:
    """The tree libxml2 builds; a page whose html start tag is written as if empty (``<html xml:lang="de" />``, an
    XHTML habit an HTML parser ignores), where libxml2 ends the document and leaves an empty root, is parsed again
    without the slash (a test of the root costs nothing on other pages; the slash is no part of a byte sequence)."""
    root = _parsed(data)
    if root is not None and not len(root) and _EMPTY_HTML_TAG.search(data) is not None:
        root = _parsed(_EMPTY_HTML_TAG.sub(rb"\1>", data, count=1))
    return root


def _parsed(data: bytes) -> Element | None:
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise ParseError(f"the HTML parser could not read the document: {error}") from error


def _without_html_end_tags(data: bytes) -> tuple[bytes, bool]:
    """The markup without ``</html>`` tags, which libxml2 ignores everything after while pages close ``</html>``
    early (a header include that ends with it, zh-conventions §58); and whether libxml2 reads every byte of it.

    It does not when a doctype holds a non-ASCII byte or a "<" (libxml2 skips a doctype's end up to its ``>``
    unread), nor when a dropped tag may have parted a bad byte sequence or a doctype that the join makes whole.
    """
    pieces: list[bytes] = []
    start = 0
    all_read = True
    for found in _HTML_END_TAG_OR_DOCTYPE.finditer(data):
        if found[0][1] == _BANG:  # a doctype
            all_read = all_read and found[0].isascii() and data[found.end() : found.end() + 1] != b"<"
            continue
        all_read = all_read and _joins_cleanly(data[max(0, found.start() - len(_DOCTYPE)) : found.start()])
        pieces.append(data[start : found.start()])
        start = found.end()
    if not pieces:
        return data, all_read
    pieces.append(data[start:])
    return b"".join(pieces), all_read


def _joins_cleanly(before: bytes) -> bool:
    """Whether bytes ending with `before` are joined to the next ones as they were to an ASCII tag between: they
    end with an ASCII byte (a complete sequence, if a valid one) that ends no beginning of a doctype."""
    if before[-1:] >= b"\x80":
        return False
    opening = before.rfind(b"<")
    return opening < 0 or not _DOCTYPE.startswith(before[opening:].lower())


def _keep_structure_tag(match: re.Match[str]) -> str:
    """For a flattening re-parse: keep the tags that separate text and carry metadata, drop the rest."""
    return match.group(0) if match.group(1).lower() in _FLAT_TAGS else " "


def remove_junk(root: Element) -> None:
    """Remove what is never text, in place: scripts, styles, media, form controls, hidden nodes, the boxes
    of sign-up, comment and donation forms, and the line numbers beside code.

    ``<noscript>`` is unwrapped instead when it holds the page's only text.
    """
    for form in _signup_and_comment_forms(root):
        if _text_chars(form) <= _MAX_SIGNUP_CHARS:  # not a page wrapped whole in a <form> (ASP.NET)
            _drop(_signup_box(form))
    # <source> is void, but libxml2 does not know it and nests what follows into it (the fallback <img> of a
    # <picture>): the tag goes, what it holds stays (a <video>'s or <audio>'s goes with them)
    etree.strip_tags(root, "source")
    etree.strip_elements(root, *(tag for tag in JUNK_TAGS if tag not in ("noscript", "source")), with_tail=False)
    for gutter in _line_number_gutters(root):
        _drop(gutter)
    for link in _home_links_after_sentences(root):
        _drop(link)
    edit_links, noscripts, hidden = _junk_candidates(root)
    if edit_links:  # "[edit]" links that wikis put in every heading
        for element in edit_links:
            _drop(element)
        noscripts = [element for element in noscripts if _in_tree(element, root)]
    total_chars = None
    if noscripts:
        total_chars = _text_chars(root)
        chars = [_text_chars(element) for element in noscripts]
        inside = sum(chars)
        if inside and total_chars - inside < _NOSCRIPT_FALLBACK_CHARS:
            etree.strip_tags(root, "noscript")  # the text stays: `total_chars` still holds
        else:
            etree.strip_elements(root, "noscript", with_tail=False)
            total_chars -= sum(count for element, count in zip(noscripts, chars, strict=True) if _outermost(element))
    if edit_links or noscripts:  # candidates inside what went are no longer in the tree
        hidden = [element for element in hidden if _in_tree(element, root)]
    if hidden:
        if total_chars is None:
            total_chars = _text_chars(root)
        for element in hidden:
            text = text_of(element)
            if len(text) <= _MAX_HIDDEN_SHARE * total_chars or not _is_written_in_sentences(text):
                _drop(element)


def _line_number_gutters(root: Element) -> list[Element]:
    """The line-number cells of code blocks that highlighters lay out as a table row: a cell whose ``<pre>``
    counts the lines (``1 2 3 …``) beside a cell holding the code's ``<pre>`` (Hexo's ``td.gutter``, Pygments'
    ``td.linenos``, Rouge's ``td.rouge-gutter``, Chroma's first ``td.lntd``), and the number lists inside a
    ``<pre>`` (`_number_lists`). The numbers are no text, and without them the code is one block, not a table."""
    gutters = []
    for pre in root.iter("pre"):
        gutters.extend(_number_lists(pre))
        cell = next((node for node in pre.iterancestors("td", "th")), None)
        if cell is None or cell in gutters or not _counts_lines(text_of(pre)):
            continue
        row = cell.getparent()
        if row is not None and any(other is not cell and other.find(".//pre") is not None for other in row):
            gutters.append(cell)
    return gutters


def _home_links_after_sentences(root: Element) -> list[Element]:
    """Links to a site's home page that close a paragraph after its last sentence has ended: a portal's way
    back to its front page, appended to every article (搜狐's ``返回搜狐，查看更多``), which is no text of the
    article and makes its last paragraph read as a teaser's "more" cue. A home link inside a sentence
    (``详见<a href="/">官网</a>``) stays."""
    links = []
    for paragraph in root.iter("p"):
        link = paragraph[-1] if len(paragraph) else None
        if link is None or link.tag != "a" or (link.tail or "").strip() or not _is_home_page(link.get("href")):
            continue
        previous = link.getprevious()
        before = (paragraph.text if previous is None else previous.tail) or ""
        if before.strip().rstrip(_SENTENCE_CLOSERS).endswith(SENTENCE_ENDS):
            links.append(link)
    return links


def _is_home_page(href: str | None) -> bool:
    """Whether a link's address is a site's front page (``//www.example.com/?from=article``, ``/``)."""
    if not href:
        return False
    parts = urlsplit(href.strip())
    return parts.path in ("", "/") and bool(parts.netloc or parts.path) and parts.scheme in ("", "http", "https")


def _number_lists(pre: Element) -> list[Element]:
    """The line numbers a highlighter appends to the code's ``<pre>`` as a list beside its ``<code>``, one
    number per line of code (CSDN's ``ul.pre-numbering``); libxml2 moves the list out of the ``<pre>``, right
    after it, where an HTML5 parser leaves it inside."""
    code = pre.find("code")
    if code is None:
        return []
    lines = text_of(code).rstrip("\n").count("\n") + 1
    lists = list(pre.iterchildren("ul", "ol"))
    following = pre.getnext()
    if following is not None and following.tag in ("ul", "ol") and not (pre.tail or "").strip():
        lists.append(following)
    return [numbers for numbers in lists if len(numbers) == lines and _counts_lines(text_of(numbers))]


def _counts_lines(text: str) -> bool:
    """Whether a text is a run of consecutive line numbers."""
    numbers = text.split()
    return (
        bool(numbers)
        and all(number.isascii() and number.isdigit() for number in numbers)
        and all(int(after) == int(before) + 1 for before, after in pairwise(numbers))
    )


def _is_written_in_sentences(text: str) -> bool:
    """Whether a text has sentence marks at least every `_MAX_CHARS_PER_SENTENCE_MARK` characters."""
    return sum(map(text.count, SENTENCE_ENDS)) * _MAX_CHARS_PER_SENTENCE_MARK >= len(text)


def _signup_and_comment_forms(root: Element) -> list[Element]:
    """Forms asking for an e-mail address or for a text (a ``<textarea>``: a comment or feedback form), or
    taking a donation, in document order. (``iter()`` walks in C, cheaper than an XPath, and not at all on a
    page without a form.)"""
    return [
        form
        for form in root.iter("form")
        if any(field.tag == "textarea" or field.get("type") == "email" for field in form.iter("input", "textarea"))
        or _takes_donation(form)
    ]


def _takes_donation(form: Element) -> bool:
    """Whether the form or a box a few levels around it is named for donations (`DONATION_CLASS_WORDS`): the
    appeal closing a nonprofit newsroom's story, whose form asks for an amount, not an address."""
    box: Element | None = form
    for _ in range(_MAX_SIGNUP_CLIMB + 1):
        if box is None or box.tag in _NEVER_CHROME:
            return False
        names = f"{box.get('class', '')} {box.get('id', '')}".lower()
        if "donat" in names and not DONATION_CLASS_WORDS.isdisjoint(_CLASS_TOKEN.split(names)):
            return True
        box = box.getparent()
    return False


def _signup_box(form: Element) -> Element:
    """The box around a sign-up form: its largest ancestor (a few levels up) holding little text,
    with the "Get our newsletter" heading and the "By signing up you agree…" line."""
    box = form
    for _ in range(_MAX_SIGNUP_CLIMB):
        parent = box.getparent()
        if parent is None or parent.tag in _NEVER_CHROME or _text_chars(parent) > _MAX_SIGNUP_CHARS:
            break
        box = parent
    return box


def _junk_candidates(root: Element) -> tuple[list[Element], list[Element], list[Element]]:
    """Edit links, ``<noscript>`` elements, and hidden elements (a ``hidden`` attribute or a ``display: none``
    style), each in document order. (``iter()`` does not walk a page without a ``<noscript>``.)"""
    edit_links = _edit_links(root)
    hidden: dict[Element, None] = {}
    for found in _HIDING_ATTRIBUTES(root):
        if found.attrname == "hidden" or _hides(found):
            hidden[found.getparent()] = None  # (an element with both attributes is found twice)
    return edit_links, list(root.iter("noscript")), list(hidden)


def _edit_links(root: Element) -> list[Element]:
    """A wiki's "[edit]" links (MediaWiki's ``span.mw-editsection``), in document order: inside a section heading, or
    right after it in the heading's wrapper (``div.mw-heading > h2 + span.mw-editsection``). (The headings, few, are
    found by a walk in C: an XPath test of every class of the page costs over 1 % of the extraction.)"""
    found: dict[Element, None] = {}
    for heading in root.iter(*_SECTION_HEADINGS):
        for node in chain(heading.iterdescendants(), (heading.getnext(),)):
            if node is not None and "editsection" in (node.get("class") or ""):
                found[node] = None
    return list(found)


def _hides(style: str) -> bool:
    """``display: none``; most styles fail the substring test, which costs a fraction of the regex search."""
    return "none" in style.lower() and _HIDDEN_STYLE.search(style) is not None


def _outermost(noscript: Element) -> bool:
    """Not inside another ``<noscript>``, whose text already counts it."""
    return next(noscript.iterancestors("noscript"), None) is None


def _in_tree(element: Element, root: Element) -> bool:
    """Whether `element` is still under `root` (a removed subtree keeps its own parent links)."""
    while (parent := element.getparent()) is not None:
        element = parent
    return element is root


def unwrap_inline(root: Element) -> None:
    """Unwrap styling-only inline elements in place (C-level), keeping their text where it was."""
    etree.strip_tags(root, *INLINE_TAGS)


def is_chrome(element: Element, memo: dict[str, int] | None = None) -> bool:
    """Page chrome by tag, ARIA role or class/id words — unless the name also vouches for content."""
    return chrome_and_caption(element, memo)[0]


def is_caption(element: Element, memo: dict[str, int] | None = None) -> bool:
    """An image caption or photo credit by its class/id words (``caption-full``, ``image-credit``)."""
    return chrome_and_caption(element, memo)[1]


def chrome_and_caption(element: Element, memo: dict[str, int] | None = None) -> tuple[bool, bool]:
    """(`is_chrome`, `is_caption`) at once, for the block walk that asks both of every element.

    `memo` remembers what each class/id value says, for a caller that asks about many elements
    (a page repeats its class names hundreds of times). An id names chrome also by a chrome word with the item's
    number glued on (`_numbered_chrome`).
    """
    tag = element.tag
    if tag in _NEVER_CHROME:
        return False, False
    words = 0
    chrome_role = False
    for name, value in element.items():  # one call for all attributes: `get` costs as much per name
        if name in _NAMING_ATTRIBUTES:
            if value:
                found = memo.get(value) if memo is not None else None
                if found is None:
                    found = _name_words(value)
                    if name == "id" and value[-1:].isdigit():
                        found |= _numbered_chrome(value)
                    if memo is not None:
                        memo[value] = found
                words |= found
        elif name == "role":
            chrome_role = chrome_role or value.lower() in CHROME_ROLES
        elif name == "itemtype":
            chrome_role = chrome_role or value.endswith(PLAYER_ITEM_TYPES)
    if chrome_role or tag in CHROME_TAGS:
        return True, bool(words & _CAPTION)
    return _VERDICTS[words]


def _plain_parts(lowered: str) -> list[str] | None:
    """The parts of a lower-cased class or id value made only of letters, digits, ``-`` and ``_`` (nearly
    all are), split by string methods: twice as fast as `_CLASS_TOKEN`. None for any other value."""
    parts = lowered.replace("-", " ").replace("_", " ").split()
    return parts if lowered.isascii() and "".join(parts).isalnum() else None


def _first_parts(lowered: str, names: list[str], plain: list[str] | None) -> list[str]:
    """The first part of each name (``ad`` of ``ad_slot-2``), where a weaker prefix word must stand."""
    if plain is None:
        return _FIRST_PARTS.findall(lowered)
    return [name.replace("_", "-").lstrip("-").partition("-")[0] for name in names]


def _names_author_box(humped: str) -> bool:
    """Two adjacent parts of one name that name an author box (``entry-author-bio``)."""
    for name in humped.split():
        parts = [part for part in _CLASS_TOKEN.split(name) if part]
        if any(f"{first}-{second}" in AUTHOR_BOX_WORDS for first, second in pairwise(parts)):
            return True
    return False


def is_overlay(element: Element) -> bool:
    """A dialog or a consent banner: chrome however much text it holds (a cookie policy can outweigh the article)."""
    if element.get("role", "").lower() in OVERLAY_ROLES:
        return True
    return any(value and _name_words(value) & _OVERLAY for value in (element.get("class"), element.get("id")))


# What a class or id value says, as bits: `_name_words` reads a value once, `chrome_and_caption` combines.
_CHROME, _SAVER, _CAMEL_CHROME, _CAMEL_SAVER, _UNSAVED, _CAPTION, _OVERLAY = (1 << bit for bit in range(7))
# Bits that only ask for a closer look: a prefix word among the parts (is it a name's first part?), and
# the word "author" (does it pair with its neighbour into an author box?).
_PREFIX_PART, _AUTHOR_PART = 1 << 7, 1 << 8


def _bits_by_word(*lists: tuple[frozenset[str], int]) -> dict[str, int]:
    bits: dict[str, int] = {}
    for words, bit in lists:
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits


_PART_BITS = _bits_by_word(
    (BOILERPLATE_CLASS_WORDS, _CHROME),
    (CONTENT_SAVER_WORDS, _SAVER),
    (CAPTION_CLASS_WORDS, _CAPTION),
    (OVERLAY_CLASS_WORDS, _OVERLAY),
    (BOILERPLATE_CLASS_PREFIXES, _PREFIX_PART),
)
_NAME_BITS = _bits_by_word((BOILERPLATE_CLASS_WORDS, _CHROME), (BOILERPLATE_CLASS_PREFIXES, _CHROME))
_CAMEL_BITS = _bits_by_word(
    (CAMEL_CASE_CLASS_WORDS, _CAMEL_CHROME), (CONTENT_SAVER_WORDS, _CAMEL_SAVER), (frozenset({"author"}), _AUTHOR_PART)
)
#: For a value without camelCase humps, whose camel parts are its parts: both tables in one lookup.
_UNHUMPED_BITS = {
    word: _PART_BITS.get(word, 0) | _CAMEL_BITS.get(word, 0) for word in _PART_BITS.keys() | _CAMEL_BITS.keys()
}


def _verdict(words: int) -> tuple[bool, bool]:
    """(chrome, caption) for the words of an element's names: a content word saves it from a chrome word,
    unless the chrome is `_UNSAVED` (two words naming an author box, a chrome BEM element of a content block)."""
    chrome = bool(
        words & _UNSAVED
        or (not words & _SAVER and (words & _CHROME or (words & _CAMEL_CHROME and not words & _CAMEL_SAVER)))
    )
    return chrome, bool(words & _CAPTION)


#: `_verdict` of every combination of the seven word bits, looked up per element.
_VERDICTS = tuple(_verdict(words) for words in range(1 << 7))


def _name_words(value: str) -> int:
    """The words of one class or id attribute value, as `_CHROME` | `_SAVER` | … bits.

    A value holds names (``"post-footer hot_list"``), each made of parts: a chrome word counts as a
    whole name or as any part; a weaker prefix word only as a whole name or as a name's first part.
    camelCase humps split parts too (``c-newsletterSignup``), but only for the unambiguous words of
    `CAMEL_CASE_CLASS_WORDS`; two adjacent parts naming an author box win over content words, and so does a
    chrome BEM element (`_is_chrome_element_of_block`). The taxonomy names of a CMS's post wrapper (their slugs name
    the article's topics: ``tag-elections``, and ``tag-`` alone reads as a tag cloud) and a layout modifier naming what
    the element holds (``has-sidebar``) are not read (`_without_names`).
    (Word lookups in prebuilt tables: pages hold hundreds of distinct values, each read once.)
    """
    lowered = value.lower()
    names = lowered.split()
    if len(names) > 1 and not POST_CLASS_NAMES.isdisjoint(names):
        value, lowered, names = _without_names(value, names, _is_taxonomy_name)
    held = 0  # what a layout modifier says the element holds counts for captions only: a figure that has one
    modifiers = [name for name in names if _names_what_it_holds(name)] if "has" in lowered or "with" in lowered else []
    if modifiers:
        held = _CAPTION if any(map(_caption_held, modifiers)) else 0
        value, lowered, names = _without_names(value, names, _names_what_it_holds)
    # a value equal to its lower case has no hump (compared in C, far cheaper than `islower`)
    humped = None if value == lowered or not CAMEL_HUMP.search(value) else CAMEL_HUMP.sub("-", value).lower()
    table = _UNHUMPED_BITS if humped is None else _PART_BITS
    plain = _plain_parts(lowered)
    words = 0
    for part in _CLASS_TOKEN.split(lowered) if plain is None else plain:
        words |= table.get(part, 0)
    if humped is not None:
        for part in _CLASS_TOKEN.split(humped):
            words |= _CAMEL_BITS.get(part, 0)
    for name in names:
        words |= _NAME_BITS.get(name, 0)
    if words & _PREFIX_PART and not BOILERPLATE_CLASS_PREFIXES.isdisjoint(_first_parts(lowered, names, plain)):
        words |= _CHROME
    if words & _AUTHOR_PART and _names_author_box(humped or lowered):
        words |= _UNSAVED
    if (
        words & _CHROME
        and words & _SAVER
        and (
            any(map(_names_text_of_chrome, names)) or ("__" in lowered and any(map(_is_chrome_element_of_block, names)))
        )
    ):
        words |= _UNSAVED
    return (words | held) & ~(_PREFIX_PART | _AUTHOR_PART)


def _numbered_chrome(identifier: str) -> int:
    """`_CHROME` when an id ends in a strong chrome word with the item's number glued on (Z-Blog's comment list
    ``ul#cmt31``, ``div#comment5``): ids number the items of a list, classes name what they are."""
    last = identifier.lower().rstrip("0123456789").replace("_", "-").rpartition("-")[2]
    return _PART_BITS.get(last, 0) & _CHROME


def _names_text_of_chrome(name: str) -> bool:
    """A name of two parts, a chrome word and a content word after it (WordPress's ``comment-content`` and
    ``comment-body``, PowerEasy's ``Comment_content``, ``sidebar-content``, ``footer-text``): the text of a comment,
    a sidebar or a footer, which its content word does not make the article's."""
    first, joint, rest = name.replace("_", "-").partition("-")
    bits = _PART_BITS.get(first, 0)
    return bool(joint) and rest in CONTENT_SAVER_WORDS and bits & _CHROME and not bits & _SAVER


def _is_chrome_element_of_block(name: str) -> bool:
    """A BEM or CSS-modules name whose element part is chrome (``article-body__newsletter__1Jq4D``,
    ``story__related``): the block before ``__`` says where the element sits, the element what it is, so a
    content word in the block does not save it."""
    _, marker, element = name.partition("__")
    if not marker:
        return False
    words = 0
    for part in _CLASS_TOKEN.split(element):
        words |= _PART_BITS.get(part, 0)
    return bool(words & _CHROME and not words & _SAVER)


def _without_names(value: str, names: list[str], dropped: Callable[[str], bool]) -> tuple[str, str, list[str]]:
    """The class or id value without the names that are `dropped` (tested lower-cased): a CMS post wrapper's
    taxonomy names, a layout modifier saying what the element holds. Returns the value, its lower case and its
    names."""
    kept = [pair for pair in zip(value.split(), names, strict=True) if not dropped(pair[1])]
    names = [name for _, name in kept]
    return " ".join(original for original, _ in kept), " ".join(names), names


def _names_what_it_holds(name: str) -> bool:
    """``has-sidebar``, ``with-sidebar-right``: a layout modifier naming what the element holds
    (`HOLDS_CLASS_PREFIXES`), which says nothing of what it is: a page's main container holds the sidebar beside
    the article."""
    prefix, joint, rest = name.replace("_", "-").partition("-")
    return bool(joint and rest) and prefix in HOLDS_CLASS_PREFIXES


def _caption_held(name: str) -> bool:
    """``has-caption``: a figure that holds its caption is read as one (its credit lines with it)."""
    return not CAPTION_CLASS_WORDS.isdisjoint(name.replace("_", "-").split("-"))


def _is_taxonomy_name(name: str) -> bool:
    """``tag-<slug>``, ``category-<slug>``: a taxonomy prefix, a dash, and a slug."""
    prefix, dash, slug = name.partition("-")
    return bool(dash and slug) and prefix in TAXONOMY_CLASS_PREFIXES


def _text_chars(element: Element) -> int:
    return len(text_of(element))


def _xml_safe(text: str) -> str:
    """lxml refuses to set text with C0 control characters, which pages do contain: drop them."""
    return _NOT_XML_CHARS.sub("", text)


def _drop(element: Element) -> None:
    """Remove an element and its subtree but keep its tail text in the document."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = _xml_safe((previous.tail or "") + tail)
        else:
            parent.text = _xml_safe((parent.text or "") + tail)
    parent.remove(element)
