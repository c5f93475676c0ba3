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
from itertools import chain
from typing import NamedTuple

from ..clean import Element
from ..lexicon import BLOCK_TAGS

SEGMENT = "  "
_SEGMENT_BREAK = re.compile(r"[\s\u00a0\u3000]{2,}|\u3000")
_LINE_BREAKS = BLOCK_TAGS | {"br"}


class Line(NamedTuple):
    """One line of text; `text` has its segments joined by `SEGMENT`; `linked` if all of it is link text.

    (A named tuple: walks make many of them, and a tuple is several times cheaper to make than a
    frozen dataclass.)
    """

    text: str
    linked: bool = False

    @property
    def key(self) -> str:
        return key(self.text)

    @property
    def flat(self) -> str:
        """The text with every whitespace run as one space, as the body shows it."""
        return " ".join(self.text.split())


def key(text: str) -> str:
    """A line's identity for matching body paragraphs: the text without whitespace.

    ``str.split()`` cuts at every Unicode whitespace character (no-break and ideographic spaces
    included), like the regex ``[\\s\\u00a0\\u3000]+``, and is several times faster.
    """
    return "".join(text.split())


_new_line = tuple.__new__  # `_new_line(Line, (text, linked))` is `Line(text, linked)` without the Python-level __new__


class _Builder:
    """Accumulates segments into lines; `flush` ends the current line."""

    def __init__(self) -> None:
        self.segments: list[str] = []
        self.unlinked = False
        self.link_depth = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        words = text.split()
        if not words:
            return
        if len(words) == 1:  # one word: one segment, whatever whitespace is around it
            self.segments.append(words[0])
        elif _single_spaced(text, words):
            self.segments.append(" ".join(words))
        else:
            pieces = [" ".join(piece.split()) for piece in _SEGMENT_BREAK.split(text)]
            self.segments.extend(piece for piece in pieces if piece)
        self.unlinked = self.unlinked or not self.link_depth

    def flush(self) -> Line | None:
        return self.end_line() if self.segments else None

    def end_line(self) -> Line:
        """The current line, which ends here (there must be one: `segments` is not empty)."""
        line = _new_line(Line, (SEGMENT.join(self.segments), not self.unlinked))
        self.segments = []
        self.unlinked = False
        return line


def _single_spaced(text: str, words: list[str]) -> bool:
    """No whitespace run of two or more and no ideographic space between the words: one segment.

    (Then `_SEGMENT_BREAK` could only match at the ends, which `_Builder.add` drops anyway.)
    """
    inner = text.strip()
    return len(inner) - len(words) + 1 == sum(map(len, words)) and "\u3000" not in inner


def _walk(node: Element, builder: _Builder) -> Iterator[Line]:
    """The lines of `node`'s subtree in reading order (its tail is left to the caller).

    lxml's iteration yields each node once, in document order, which costs less than a tree walker's
    start and end events. An element's end (the line a block ends, the end of a link, then its tail)
    comes when the next node is not inside it: the next node's parent is not the innermost open
    element. `node` itself, yielded again at the end, closes every element still open. A comment or
    processing instruction (the parser drops them) shows no text; its tail is text like any other.
    """
    if not len(node):  # no children (most siblings walked are such): no iteration needed
        yield from _leaf(node, builder)
        return
    add = builder.add
    open_elements: list[Element] = []  # outermost (`node`) first
    # (Whitespace-only texts, the indentation between tags and most of the texts walked, are passed over here:
    # `add` would drop them, at the cost of a call.)
    for element in chain(node.iter(), (node,)):
        parent = element.getparent()
        while open_elements and open_elements[-1] is not parent:
            closed = open_elements.pop()
            tag = closed.tag
            if tag == "a":
                builder.link_depth -= 1
            elif tag in BLOCK_TAGS and builder.segments:
                yield builder.end_line()
            if closed is node:
                return
            text = closed.tail
            if text and not text.isspace():
                add(text)
        tag = element.tag
        if tag in _LINE_BREAKS:
            if builder.segments:
                yield builder.end_line()
        elif tag == "a":
            builder.link_depth += 1
        text = element.text
        if text and not text.isspace() and isinstance(tag, str):  # (a comment's text is not shown; its tail is)
            add(text)
        open_elements.append(element)


def _leaf(node: Element, builder: _Builder) -> list[Line]:
    """`_walk` of an element without children (or of a comment or processing instruction: no text shown)."""
    tag = node.tag
    if not isinstance(tag, str):
        return []
    lines = []
    if tag in _LINE_BREAKS:
        line = builder.flush()
        if line:
            lines.append(line)
    if tag == "a":
        builder.link_depth += 1
        builder.add(node.text)
        builder.link_depth -= 1
    else:
        builder.add(node.text)
    if tag in BLOCK_TAGS:
        line = builder.flush()
        if line:
            lines.append(line)
    return lines


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
            yield from _leaf(sibling, builder) if not len(sibling) else _walk(sibling, builder)
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
            found.extend(reversed(_last_lines(sibling, limit - len(found))))
            if len(found) >= limit:
                break
        node = node.getparent()
    return found[:limit]


def _last_lines(element: Element, count: int) -> list[Line]:
    """``lines_of(element)[-count:]``, walking no more of the subtree than those lines need.

    A child that starts a line (a block or ``<br>``) cuts the element's lines in two: the lines from
    that child on do not depend on anything before it. So the children are read from the last such
    child backwards, a stretch at a time, until there are enough lines; a last child that is a block
    and fills its stretch alone is read the same way, recursively.
    """
    tag = element.tag
    if not len(element) or not isinstance(tag, str):
        return lines_of(element)[-count:]
    children = list(element)  # (a comment among them shows no text, but its tail is read)
    depth = 1 if tag == "a" else 0
    found: list[Line] = []
    end = len(children)
    for start in range(len(children) - 1, -1, -1):
        child = children[start]
        if child.tag not in _LINE_BREAKS:
            continue
        if depth == 0 and end == start + 1 and child.tag in BLOCK_TAGS:
            builder = _Builder()
            builder.add(child.tail)
            tail = builder.flush()
            wanted = count - len(found) - (tail is not None)
            stretch = _last_lines(child, wanted) if wanted > 0 else []
            if tail is not None:
                stretch.append(tail)
        else:
            stretch = _stretch(children[start:end], depth, None)
        found[:0] = stretch
        end = start
        if len(found) >= count:
            return found[-count:]
    return (_stretch(children[:end], depth, element.text) + found)[-count:]


def _stretch(children: list[Element], link_depth: int, text: str | None) -> list[Line]:
    """The lines of consecutive children (and their tails) after a line break, with `text` before them."""
    builder = _Builder()
    builder.link_depth = link_depth
    builder.add(text)
    lines: list[Line] = []
    for child in children:
        lines.extend(_leaf(child, builder) if not len(child) else _walk(child, builder))
        builder.add(child.tail)
    last = builder.flush()
    if last:
        lines.append(last)
    return lines
