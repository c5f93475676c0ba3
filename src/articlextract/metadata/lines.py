"""Lines of visible text near an element, with the boundaries between elements kept.

Info lines pack several fields into adjacent inline elements (``<span>来源：<a>央视新闻客户端</a></span>
<span><a>中国青年网</a></span>``). Text is cut into lines at block elements and ``<br>`` (as the body
is), and inside a line every text node — and every run of two or more spaces within one — becomes a
*segment*; segments are joined by `SEGMENT` (two spaces), so a value can be read up to the end of
its element. A line's `key` (no whitespace at all) matches the body paragraph with the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree
from ..clean import Element

from ..lexicon import BLOCK_TAGS

SEGMENT = "  "
_SEGMENT_BREAK = re.compile(r"[\s\u00a0\u3000]{2,}|\u3000")
_SPACE = re.compile(r"[\s\u00a0\u3000]+")


@dataclass(frozen=True)
class Line:
    """One line of text; `text` has its segments joined by `SEGMENT`; `linked` if all of it is link text."""

    text: str
    linked: bool = False

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def flat(self) -> str:
        """The text with every whitespace run as one space, as the body shows it."""
        return _SPACE.sub(" ", self.text).strip()


def key(text: str) -> str:
    """A line's identity for matching body paragraphs: the text without whitespace."""
    return _SPACE.sub("", text)


class _Builder:
    """Accumulates segments into lines; `flush` ends the current line."""

    def __init__(self) -> None:
        self.segments: list[str] = []
        self.unlinked = False
        self.link_depth = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        for piece in _SEGMENT_BREAK.split(text):
            piece = _SPACE.sub(" ", piece).strip()
            if piece:
                self.segments.append(piece)
                self.unlinked = self.unlinked or not self.link_depth

    def flush(self) -> Line | None:
        if not self.segments:
            return None
        line = Line(SEGMENT.join(self.segments), linked=not self.unlinked)
        self.segments = []
        self.unlinked = False
        return line


def _walk(node: Element, builder: _Builder) -> Iterator[Line]:
    """The lines of `node`'s subtree in reading order (its tail is left to the caller)."""
    for event, element in etree.iterwalk(node, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end" and element is not node:
                builder.add(element.tail)
            continue
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                line = builder.flush()
                if line:
                    yield line
            builder.link_depth += tag == "a"
            builder.add(element.text)
        else:
            builder.link_depth -= tag == "a"
            if tag in BLOCK_TAGS:
                line = builder.flush()
                if line:
                    yield line
            if element is not node:
                builder.add(element.tail)


def lines_of(element: Element) -> list[Line]:
    """The lines inside one element."""
    builder = _Builder()
    lines = list(_walk(element, builder))
    last = builder.flush()
    return [*lines, last] if last else lines


def lines_after(element: Element) -> Iterator[Line]:
    """The lines that follow `element` in document order: its tail, its siblings, then its ancestors'.

    Lazy, so a caller that stops after a few lines never walks the rest of the page.
    """
    builder = _Builder()
    builder.add(element.tail)
    node: Element | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from _walk(sibling, builder)
            builder.add(sibling.tail)
        parent = node.getparent()
        if parent is None or parent.tag in BLOCK_TAGS:
            line = builder.flush()
            if line:
                yield line
        if parent is not None:
            builder.add(parent.tail)
        node = parent
    line = builder.flush()
    if line:
        yield line


def lines_before(element: Element, limit: int) -> list[Line]:
    """Up to `limit` lines right before `element`, nearest first."""
    found: list[Line] = []
    node: Element | None = element
    while node is not None and len(found) < limit:
        for sibling in node.itersiblings(preceding=True):
            found.extend(reversed(lines_of(sibling)))
            if len(found) >= limit:
                break
        node = node.getparent()
    return found[:limit]
