"""Parse the page and remove what is never article text: scripts, hidden nodes and page chrome.

Parsing keeps everything, because metadata reads ``<head>`` and scripts first. Cleaning then runs in
two steps around the reading of the visible metadata: `remove_junk` takes what is never text
(scripts, styles, hidden nodes), `remove_chrome` takes page chrome recognised by tag, ARIA role or
class/id words, and boxes opened by a "related / recommended / comments" heading — after the
breadcrumb trail and the header lines have been read. An element that holds
most of the page's text is never removed as chrome: a page wrapper with an unlucky class name
(``has-sidebar``) must not take the article with it.
"""

from __future__ import annotations

import re

from lxml import etree, html

from .errors import ParseError
from .lexicon import (
    BOILERPLATE_CLASS_WORDS,
    BOILERPLATE_HEADING,
    CHROME_ROLES,
    CHROME_TAGS,
    JUNK_TAGS,
)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CLASS_TOKEN = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NEVER_CHROME = frozenset({"html", "body", "main", "article"})
_MAX_CHROME_SHARE = 0.5  # chrome never holds more than this share of the page's text
_MAX_BOX_SHARE = 0.3  # nor does a related/comment box found by its heading
_MAX_HEADING_CHARS = 40
_MAX_BOX_CLIMB = 4
_NOSCRIPT_FALLBACK_CHARS = 200  # below this much other text, <noscript> content is the page
_HIDDEN = etree.XPath("//*[@hidden or contains(@style, 'none') or contains(@style, 'hidden')]")

# The text is handed to libxml2 as UTF-8 bytes: faster than a Python str, and never re-sniffed.
_PARSER = html.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
    collect_ids=False,
    huge_tree=True,
)


def parse(markup: str) -> html.HtmlElement:
    """Parse HTML text into an lxml tree rooted at ``<html>``; fragments and broken markup are fine."""
    markup = _XML_DECLARATION.sub("", markup, count=1).replace("\x00", "")
    if not markup.strip():
        return html.fromstring("<html><body></body></html>")
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise ParseError(f"the HTML parser could not read the document: {error}") from error
    if root is None:
        return html.fromstring("<html><body></body></html>")
    return root


def remove_junk(root: html.HtmlElement) -> None:
    """Remove what is never text, in place: scripts, styles, media, form controls, hidden nodes.

    ``<noscript>`` is unwrapped instead when it holds the page's only text.
    """
    noscripts = root.findall(".//noscript")
    if noscripts:
        inside = sum(_text_chars(el) for el in noscripts)
        if inside and _text_chars(root) - inside < _NOSCRIPT_FALLBACK_CHARS:
            etree.strip_tags(root, "noscript")
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    total_chars = _text_chars(root)
    for element in _HIDDEN(root):
        if _is_hidden(element) and _text_chars(element) <= _MAX_CHROME_SHARE * total_chars:
            _drop(element)


def remove_chrome(root: html.HtmlElement) -> None:
    """Remove page chrome, in place: navigation, footers, sidebars, share bars, related and comment boxes."""
    total_chars = _text_chars(root)
    doomed: list[html.HtmlElement] = []
    walker = etree.iterwalk(root, events=("start",))
    for _event, element in walker:
        if isinstance(element.tag, str) and _is_chrome(element):
            if _text_chars(element) <= _MAX_CHROME_SHARE * total_chars:
                doomed.append(element)
                walker.skip_subtree()
    for element in doomed:
        _drop(element)
    _remove_heading_boxes(root, total_chars)


def _is_hidden(element: html.HtmlElement) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_chrome(element: html.HtmlElement) -> bool:
    tag = element.tag
    if tag in _NEVER_CHROME:
        return False
    if tag in CHROME_TAGS or element.get("role", "").lower() in CHROME_ROLES:
        return True
    return bool(class_words(element) & BOILERPLATE_CLASS_WORDS)


def class_words(element: html.HtmlElement) -> set[str]:
    """The class and id of an element as lowercase words: whole names and their parts."""
    names = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    words = set(names)
    for name in names:
        words.update(part for part in _CLASS_TOKEN.split(name) if part)
    return words


def _remove_heading_boxes(root: html.HtmlElement, total_chars: int) -> None:
    """A short "相关新闻 / Related / 评论" heading takes the box it opens (and nothing bigger) with it."""
    boxes: list[html.HtmlElement] = []
    for element in root.iter():
        text = (element.text or "").strip()
        if not text or len(text) > _MAX_HEADING_CHARS or not isinstance(element.tag, str):
            continue
        if not BOILERPLATE_HEADING.match(text):
            continue
        box = element
        ancestor = element.getparent()
        for _ in range(_MAX_BOX_CLIMB):
            if ancestor is None or ancestor.tag in _NEVER_CHROME:
                break
            if _first_text(ancestor) != text or _text_chars(ancestor) > _MAX_BOX_SHARE * total_chars:
                break
            box = ancestor
            ancestor = ancestor.getparent()
        if _text_chars(box) <= _MAX_BOX_SHARE * total_chars:
            boxes.append(box)
    for box in boxes:
        if box.getparent() is not None:
            _drop(box)


def _first_text(element: html.HtmlElement) -> str | None:
    for text in element.itertext():
        stripped = text.strip()
        if stripped:
            return stripped
    return None


def _text_chars(element: html.HtmlElement) -> int:
    return sum(len(text) for text in element.itertext()) if element is not None else 0


def _drop(element: html.HtmlElement) -> None:
    """Remove an element and its subtree but keep its tail text in the document."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
