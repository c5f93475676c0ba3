"""The section path a page shows (``首页 > 财经 > 正文``), without the lead-in and the trailing 正文.

A trail is found by its class/id (``crumb``, ``position``, ``weizhi`` …), by a lead-in
(``您的当前位置：``), or by its shape: links separated by ``>``/``>>``/``»``. The trail ends at
``正文`` (whatever follows it on the same line, such as ``申请入驻``, is not a section) and at the
headline itself when a page repeats it as the last crumb.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree, html

from ..lexicon import BREADCRUMB_PREFIX, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL
from .title import comparable

_CRUMB_CLASS = re.compile(
    r"crumb|position|location|weizhi|dqwz|curpos|current-?path|mianbao|mbx|daohang-?lj|\bpath\b|site-?path|"
    r"\bnav-?path|navpath|\broute\b|\bguide\b",
    re.I,
)
_TRAIL_SEPARATOR = re.compile(r" ?(?:(?:>>|>|»|›|＞|→) ?)+")
_MAX_LINE_CHARS = 160
_MAX_CRUMB_CHARS = 40
_MAX_CANDIDATES = 60
_LOWER = "translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_CRUMB_WORDS = ("crumb", "position", "location", "weizhi", "dqwz", "curpos", "current", "mianbao", "mbx", "daohang",
                "path", "route", "guide")
_CRUMB_ELEMENTS = etree.XPath(
    "//body//*[" + " or ".join(f"contains({_LOWER}, '{word}')" for word in _CRUMB_WORDS) + "]"
)
_TRAIL_TEXTS = etree.XPath(
    "//body//text()[contains(., '>') or contains(., '»') or contains(., '›') or contains(., '＞') or contains(., '→')"
    " or contains(., '位置') or contains(., '您在这里') or contains(., '导航') or contains(., 'You are here')]"
)
_MAX_TRAIL_CHILDREN = 16
_MAX_TRAIL_NODES = 40


def find_breadcrumbs(root: html.HtmlElement, headline: str | None = None) -> list[str]:
    """The first breadcrumb trail: an element named like one, a line with a lead-in, or a short link trail.

    Candidates are found by XPath (in C): elements whose class/id names a trail, and the elements around
    text nodes holding a separator or a lead-in — never by visiting every element from Python.
    """
    for element in _CRUMB_ELEMENTS(root):
        names = f"{element.get('class', '')} {element.get('id', '')} {element.get('aria-label', '')}"
        if _CRUMB_CLASS.search(names):
            crumbs = parse_trail(_text(element), _links(element), headline)
            if len(crumbs) >= 2:
                return crumbs
    seen: set[html.HtmlElement] = set()
    for text in islice(_TRAIL_TEXTS(root), _MAX_CANDIDATES):
        element = _trail_container(text)
        if element is None or element in seen:
            continue
        seen.add(element)
        own = (element.text or "").strip()
        if (own and BREADCRUMB_PREFIX.match(own)) or _looks_like_trail(element):
            crumbs = parse_trail(_text(element), _links(element), headline)
            if len(crumbs) >= 2:
                return crumbs
    return []


def _trail_container(text: etree._ElementUnicodeResult) -> html.HtmlElement | None:
    """The element a separator or lead-in text belongs to, climbing out of ``<a>``/``<span>`` wrappers."""
    element = text.getparent()
    if element is None:
        return None
    if text.is_tail:
        element = element.getparent()
    while element is not None and element.tag in ("a", "span", "em", "i", "b", "font") and len(element) == 0:
        element = element.getparent()
    return element


def parse_trail(text: str, links: list[str] | None = None, headline: str | None = None) -> list[str]:
    """``您的当前位置：首页 >> 东区新闻 >> 正文`` → ``['首页', '东区新闻']``; link texts when there are no separators."""
    if not text or len(text) > _MAX_LINE_CHARS:
        return []
    text = BREADCRUMB_PREFIX.sub("", text)
    parts = [part.strip(" :：") for part in BREADCRUMB_SEPARATOR.split(text)]
    if len([part for part in parts if part]) < 2 and links:
        parts = links
    crumbs: list[str] = []
    for part in parts:
        if not part:
            continue
        if part.split()[0].lower() in BREADCRUMB_TAIL:
            break  # ``正文`` ends the trail; ``正文 申请入驻`` is a button after it
        if len(part) > _MAX_CRUMB_CHARS:
            return []
        crumbs.append(part)
    while crumbs and (crumbs[-1].lower() in BREADCRUMB_TAIL or (headline and comparable(crumbs[-1]) == comparable(headline))):
        crumbs.pop()
    return crumbs


def _small(element: html.HtmlElement) -> bool:
    """Few enough descendants to be a trail; checked before any text is gathered from the subtree."""
    return sum(1 for _ in islice(element.iter(), _MAX_TRAIL_NODES + 1)) <= _MAX_TRAIL_NODES


def _text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split()) if _small(element) else ""


def _links(element: html.HtmlElement) -> list[str]:
    return [" ".join(a.text_content().split()) for a in islice(element.iter("a"), 12)]


def _looks_like_trail(element: html.HtmlElement) -> bool:
    """Two or more links with only ``>``/``>>``/``»`` between them (links may sit in their own ``<span>``s)."""
    if len(element) > _MAX_TRAIL_CHILDREN or not _small(element):
        return False
    text = " ".join(element.text_content().split())
    separators = len(_TRAIL_SEPARATOR.findall(text))
    if not separators:
        return False
    links = [_TRAIL_SEPARATOR.sub(" ", " ".join(a.text_content().split())).strip() for a in element.iter("a")]
    if len(links) < 2 or not all(links) or separators < len(links) - 1:
        return False
    rest = _TRAIL_SEPARATOR.sub(" ", text)
    for link in links:
        before, found, rest = rest.partition(link)
        if not found or before.strip():
            return False
    rest = rest.strip()
    return not rest or rest.split()[0].lower() in BREADCRUMB_TAIL
