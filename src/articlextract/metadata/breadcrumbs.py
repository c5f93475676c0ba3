"""The section path a page shows (``首页 > 财经 > 正文``), without the lead-in and the trailing 正文."""

from __future__ import annotations

import re

from lxml import html

from ..lexicon import BREADCRUMB_PREFIX, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL

_CRUMB_CLASS = re.compile(
    r"crumb|position|location|weizhi|dqwz|curpos|current-?path|mianbao|mbx|daohang-?lj|\bpath\b|site-?path|\bnav-?path",
    re.I,
)
_MAX_LINE_CHARS = 160
_MAX_CANDIDATES = 400


def find_breadcrumbs(root: html.HtmlElement) -> list[str]:
    """The first breadcrumb trail: an element named like one, or a short line of ``a > b > c``."""
    for element in root.iter("div", "nav", "p", "span", "ol", "ul", "td", "section"):
        names = f"{element.get('class', '')} {element.get('id', '')} {element.get('aria-label', '')}"
        if _CRUMB_CLASS.search(names):
            crumbs = _crumbs(element)
            if len(crumbs) >= 2:
                return crumbs
    for count, element in enumerate(root.iter("div", "p", "span", "td")):
        if count > _MAX_CANDIDATES:
            break
        text = (element.text or "").strip()
        if (text and BREADCRUMB_PREFIX.match(text)) or _looks_like_trail(element):
            crumbs = _crumbs(element)
            if len(crumbs) >= 2:
                return crumbs
    return []


def _looks_like_trail(element: html.HtmlElement) -> bool:
    """Two or more links separated by ``>``/``>>``/``»`` with nothing else around them."""
    links = element.findall("a")
    if len(links) < 2:
        return False
    between = "".join((link.tail or "") for link in links[:-1])
    return bool(re.fullmatch(r"(?:\s*(?:>>|>|»|›|＞|→)\s*)+", between))


def _crumbs(element: html.HtmlElement) -> list[str]:
    text = " ".join(element.text_content().split())
    if not text or len(text) > _MAX_LINE_CHARS:
        return []
    text = BREADCRUMB_PREFIX.sub("", text)
    parts = [part.strip(" :：") for part in BREADCRUMB_SEPARATOR.split(text)]
    if len(parts) < 2:
        links = [" ".join(a.text_content().split()) for a in element.iter("a")]
        parts = [link for link in links if link]
    parts = [part for part in parts if part]
    while parts and parts[-1].lower() in BREADCRUMB_TAIL:
        parts.pop()
    return parts
