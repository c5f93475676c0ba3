"""The section path a page shows (``首页 > 财经 > 正文``), without the lead-in and the trailing 正文.

A trail is found by its class/id (``crumb``, ``position``, ``weizhi`` …), by a lead-in
(``您的当前位置：``), or by its shape: links separated by ``>``/``>>``/``»``. The trail ends at
``正文`` (whatever follows it on the same line, such as ``申请入驻``, is not a section) and at the
headline itself when a page repeats it as the last crumb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from ..clean import Element, text_of
from ..lexicon import BREADCRUMB_PREFIX, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL, phrases
from .scan import CRUMB_CLASS, TRAIL_CLASS, ElementScan, holds_any, needle_groups
from .title import comparable

_TRAIL_SEPARATOR = re.compile(r" ?(?:(?:>>|>|»|›|＞|→) ?)+")
_MAX_LINE_CHARS = 160
_MAX_CRUMB_CHARS = 40
_MAX_CANDIDATES = 60
_WRAPPERS = frozenset({"a", "span", "em", "i", "b", "font", "strong", "small"})
_YOU_ARE_HERE = re.compile(r"[Yy]ou are here")
#: Separators and lead-ins other than ``You are here``.
_HINTS = (">", "»", "›", "＞", "→", "位置", "导航", "您在这里")
#: The separators, the lead-ins and the start of ``You are here``, as looked for in the page's UTF-8 text.
_HINTS_ANY = needle_groups((*_HINTS, "ou are here"))
_MAX_TRAIL_CHILDREN = 16
_MAX_TRAIL_NODES = 40
_CRUMB_NAME = re.compile(r"crumb", re.I)
#: CSS utility classes (Bootstrap's ``position-relative`` …) that hold a trail's name (``position``) but name none.
_POSITION_UTILITY = re.compile(r"\bposition-(?:relative|absolute|fixed|sticky|static)\b")
_HOME = re.compile(phrases(("首页", "主页", "home", "inicio", "início", "accueil", "startseite")), re.I)


def find_breadcrumbs(
    root: Element,
    headline: str | None = None,
    headline_element: Element | None = None,
    scan: ElementScan | None = None,
) -> list[str]:
    """The first breadcrumb trail: an element named like one, a line with a lead-in, or a short link trail.

    Candidates come from the top of the tree — up to shortly after the headline when it is known,
    since trails are printed above it: first the elements whose class/id names a trail, then the
    elements around text holding a separator or a lead-in. Only the candidates are looked at closely.
    `scan` holds the walks of `root` done already (`read_visible` shares them with the headline reader).
    """
    scan = scan or ElementScan(root)
    window, named = scan.trail_window(headline_element)
    for element in islice(named, _MAX_CANDIDATES):
        if _named_by_utility(element) or _in_link(element):
            continue
        text = _text(element)
        if _unmarked_layout_box(element, text):
            continue
        crumbs = parse_trail(text, _links(element), headline)
        if len(crumbs) >= 2 or (crumbs and _is_one_section_trail(element, crumbs[0])):
            return crumbs
    if not holds_any(scan.page_text, _HINTS_ANY) and not (root.tail and _has_trail_hint(root.tail)):
        return []  # no text in the window holds a hint (the page's text holds all of it but the root's tail)
    for element in _around_text(window):
        if _in_link(element):
            continue
        if _opens_with_lead_in(element) or _looks_like_trail(element):
            crumbs = parse_trail(_text(element), _links(element), headline)
            if len(crumbs) >= 2:
                return crumbs
    return []


def _named_by_utility(element: Element) -> bool:
    """Whether only a CSS utility class gives the element a trail's name (``nav.position-relative``)."""
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return CRUMB_CLASS.search(_POSITION_UTILITY.sub("", names)) is None


def _unmarked_layout_box(element: Element, text: str) -> bool:
    """Whether an element named like a trail only by a layout word (``position``, ``location``, ``path``) prints
    neither a separator nor a lead-in: its links are a menu or a byline, not a trail. A ``breadcrumb`` may draw
    its separators in CSS; a box named for where it sits shows nothing else that makes it a trail."""
    if TRAIL_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}".lower()) is not None:
        return False
    return BREADCRUMB_PREFIX.match(text) is None and BREADCRUMB_SEPARATOR.search(text) is None


def _in_link(element: Element) -> bool:
    """Whether the element is part of one link: a path printed in a link's label (a course card's
    ``首页 › 概览``) is where the link leads, not where the page sits."""
    return element.tag == "a" or next(element.iterancestors("a"), None) is not None


def _opens_with_lead_in(element: Element) -> bool:
    """Whether the element's text opens with a lead-in (``您的位置：``), or its first child does when that is a
    wrapper holding the lead-in alone (DedeCMS: ``<strong>当前位置:</strong> <a>主页</a> > …``)."""
    own = (element.text or "").strip()
    if not own and len(element) and element[0].tag in _WRAPPERS and len(element[0]) == 0:
        own = (element[0].text or "").strip()
    return bool(own) and BREADCRUMB_PREFIX.match(own) is not None


def _is_one_section_trail(element: Element, crumb: str) -> bool:
    """A trail of one section (``Company Town``) when its element says it is one (``breadcrumbs``) — a lone home
    link (``Home``, ``栏目首页``) is no trail."""
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return _CRUMB_NAME.search(marks) is not None and _HOME.search(crumb) is None


def _around_text(window: list[Element]) -> Iterator[Element]:
    """The elements around text or tails holding a separator or a lead-in, in document order, each once
    (at most `_MAX_CANDIDATES`, or one more when an element's text and tail both reach it)."""
    texts = [element.text for element in window]
    tails = [element.tail for element in window]
    hint = _hint_test("\x00".join(filter(None, texts + tails)))  # (no hint holds a NUL: none spans two texts)
    if hint is None:
        return
    seen: dict[Element, None] = {}
    for element, text, tail in zip(window, texts, tails, strict=True):
        if len(seen) >= _MAX_CANDIDATES:
            return
        if text and hint(text):
            container = _container(element)
            if container not in seen:
                seen[container] = None
                yield container
        if tail and hint(tail) and element.getparent() is not None:
            container = _container(element.getparent())
            if container not in seen:
                seen[container] = None
                yield container


def _hint_test(texts: str) -> Callable[[str], bool] | None:
    """The test for a separator or a lead-in in one of `texts` (joined); None when none holds one.

    Only the hints that occur in them are looked for: most pages have one kind of separator at most.
    """
    if "ou are here" in texts and _YOU_ARE_HERE.search(texts) is not None:
        return _has_trail_hint
    needles = tuple(needle for needle in _HINTS if needle in texts)
    if not needles:
        return None
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    return lambda text: any(needle in text for needle in needles)


def _has_trail_hint(text: str) -> bool:
    """A separator or a lead-in in the text (substring tests: far faster than one regex on long text)."""
    return any(needle in text for needle in _HINTS) or (
        "ou are here" in text and _YOU_ARE_HERE.search(text) is not None
    )


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
    elif links:
        parts = [piece for part in parts for piece in _split_at_links(part, links)]
    crumbs: list[str] = []
    headline_key = comparable(headline) if headline else None
    for part in parts:
        if not part:
            continue
        if part.split()[0].lower() in BREADCRUMB_TAIL:
            break  # ``正文`` ends the trail; ``正文 申请入驻`` is a button after it
        if headline_key and comparable(part) == headline_key:
            break  # the trail ends with the page itself, however long its headline
        if len(part) > _MAX_CRUMB_CHARS:
            return []
        crumbs.append(part)
    while crumbs and (crumbs[-1].lower() in BREADCRUMB_TAIL or comparable(crumbs[-1]) == headline_key):
        crumbs.pop()
    return crumbs


def _split_at_links(part: str, links: list[str]) -> list[str]:
    """A part that is several links printed with no separator between them (sina's channel logo link before
    the first section: ``新闻中心 国内新闻``) is those links; any other part stays whole."""
    if " " not in part or part in links:
        return [part]
    for start, first in enumerate(links):
        if not first or not part.startswith(first):
            continue
        pieces, rest = [first], part[len(first) :].lstrip()
        for link in links[start + 1 :]:
            if not rest or not link or not rest.startswith(link):
                break
            pieces.append(link)
            rest = rest[len(link) :].lstrip()
        if not rest and len(pieces) > 1:
            return pieces
    return [part]


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
