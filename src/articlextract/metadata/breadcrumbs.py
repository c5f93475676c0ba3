"""The section path a page shows (``首页 > 财经 > 正文``), without the lead-in and the trailing 正文.

A trail is found by its class/id (``crumb``, ``position``, ``weizhi`` …), by a lead-in
(``您的当前位置：``), or by its shape: links separated by ``>``/``>>``/``»``. The trail ends at
``正文`` (whatever follows it on the same line, such as ``申请入驻``, is not a section) and at the
headline itself when a page repeats it as the last crumb.
"""

from __future__ import annotations

import re
from itertools import islice

from ..clean import Element, text_of

from ..lexicon import BREADCRUMB_PREFIX, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL
from .title import comparable

#: Trail class/id words, matched on the lower-cased names.
_CRUMB_CLASS = re.compile(
    r"crumb|position|location|weizhi|dqwz|curpos|current-?path|mianbao|mbx|daohang-?lj|\bpath\b|site-?path|"
    r"\bnav-?path|navpath|\broute\b"
)
_TRAIL_SEPARATOR = re.compile(r" ?(?:(?:>>|>|»|›|＞|→) ?)+")
_MAX_LINE_CHARS = 160
_MAX_CRUMB_CHARS = 40
_MAX_CANDIDATES = 60
_MAX_SCANNED_ELEMENTS = 6000
_PAST_HEADLINE = 200
_WRAPPERS = frozenset({"a", "span", "em", "i", "b", "font", "strong"})
_TRAIL_HINT = re.compile(r"[>»›＞→]|[Yy]ou are here")
_MAX_TRAIL_CHILDREN = 16
_MAX_TRAIL_NODES = 40


def find_breadcrumbs(
    root: Element, headline: str | None = None, headline_element: Element | None = None
) -> list[str]:
    """The first breadcrumb trail: an element named like one, a line with a lead-in, or a short link trail.

    One pass over the tree — up to the headline when it is known, since trails are printed above it —
    collects the candidates (elements whose class/id names a trail, and the elements around text
    holding a separator or a lead-in); only those are looked at closely.
    """
    named, around_text = _candidates(root, headline_element)
    for element in named:
        crumbs = parse_trail(_text(element), _links(element), headline)
        if len(crumbs) >= 2:
            return crumbs
    for element in around_text:
        own = (element.text or "").strip()
        if (own and BREADCRUMB_PREFIX.match(own)) or _looks_like_trail(element):
            crumbs = parse_trail(_text(element), _links(element), headline)
            if len(crumbs) >= 2:
                return crumbs
    return []


def _candidates(
    root: Element, stop: Element | None
) -> tuple[list[Element], list[Element]]:
    named: list[Element] = []
    around_text: dict[Element, None] = {}
    limit = _MAX_SCANNED_ELEMENTS
    for count, element in enumerate(root.iter()):
        if element is stop:
            limit = min(limit, count + _PAST_HEADLINE)  # a trail printed just under the headline is still found
        if count > limit:
            break
        names = element.get("class") or element.get("id")
        if names and len(named) < _MAX_CANDIDATES:
            names = f"{element.get('class', '')} {element.get('id', '')}".lower()
            if _CRUMB_CLASS.search(names):
                named.append(element)
        if len(around_text) < _MAX_CANDIDATES:
            text, tail = element.text, element.tail
            if text and _has_trail_hint(text):
                around_text.setdefault(_container(element), None)
            if tail and _has_trail_hint(tail) and element.getparent() is not None:
                around_text.setdefault(_container(element.getparent()), None)
    return named, list(around_text)


def _has_trail_hint(text: str) -> bool:
    return _TRAIL_HINT.search(text) is not None or "位置" in text or "导航" in text or "您在这里" in text


def _container(element: Element) -> Element:
    """Climb out of ``<a>``/``<span>`` wrappers around a separator or a link (``<a>首页&gt;&gt;</a>``)."""
    while element.tag in _WRAPPERS and len(element) == 0 and element.getparent() is not None:
        element = element.getparent()
    return element


def parse_trail(text: str, links: list[str] | None = None, headline: str | None = None) -> list[str]:
    """``您的当前位置：首页 >> 东区新闻 >> 正文`` → ``['首页', '东区新闻']``; link texts without separators."""
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
    headline_key = comparable(headline) if headline else None
    while crumbs and (crumbs[-1].lower() in BREADCRUMB_TAIL or comparable(crumbs[-1]) == headline_key):
        crumbs.pop()
    return crumbs


def _small(element: Element) -> bool:
    """Few enough descendants to be a trail; checked before any text is gathered from the subtree."""
    return sum(1 for _ in islice(element.iter(), _MAX_TRAIL_NODES + 1)) <= _MAX_TRAIL_NODES


def _text(element: Element) -> str:
    return " ".join(text_of(element).split()) if _small(element) else ""


def _links(element: Element) -> list[str]:
    return [" ".join(text_of(a).split()) for a in islice(element.iter("a"), 12)]


def _looks_like_trail(element: Element) -> bool:
    """Two or more links with only ``>``/``>>``/``»`` between them (links may sit in their own ``<span>``s)."""
    if len(element) > _MAX_TRAIL_CHILDREN or not _small(element):
        return False
    text = " ".join(text_of(element).split())
    separators = len(_TRAIL_SEPARATOR.findall(text))
    if not separators:
        return False
    links = [_TRAIL_SEPARATOR.sub(" ", " ".join(text_of(a).split())).strip() for a in element.iter("a")]
    if len(links) < 2 or not all(links) or separators < len(links) - 1:
        return False
    rest = _TRAIL_SEPARATOR.sub(" > ", text)
    for index, link in enumerate(links):
        before, found, rest = rest.partition(link)
        if not found or before.replace(">", "").strip() or (index and ">" not in before):
            return False
    rest = rest.replace(">", " ").strip()
    return not rest or rest.split()[0].lower() in BREADCRUMB_TAIL
