"""The article as a document: typed blocks (paragraphs, headings, lists, tables, quotes, code, figures).

The scorer answers with text blocks, each owned by a block-level element. Their structure is read from
those elements, never by finding the text again: blocks under one ``<ul>``/``<ol>`` form a list, the
cells of one ``<table>`` a table, blocks inside a ``<blockquote>`` a quote, a ``<pre>`` a code block,
an ``<h2>``…``<h6>`` a heading. Only wrappers strictly inside the body's container count, so an
article laid out in a table cell or quoted whole on a forum stays prose. Images are taken from the
container between the body's first and last blocks (see `_figures`).

Each block type renders itself as Markdown, HTML and plain text; `Article` adds the head.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, ClassVar, Literal
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .blocks import Block
from .clean import CAMEL_HUMP, Element, is_caption, is_chrome, text_of
from .lexicon import BLOCK_TAGS, CENTRED_CLASS_NAMES, PICTURE_DESCRIPTION_CLASS_NAMES, PICTURE_FRAME_WORDS


@dataclass(frozen=True, slots=True)
class Link:
    """An inline link: ``text[start:end]`` of the block that holds it points to `href` (absolute, http(s))."""

    start: int
    end: int
    href: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "href": self.href}


Links = tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of prose; `links` only with ``Options(links=True)``."""

    type: ClassVar[Literal["paragraph"]] = "paragraph"
    text: str
    links: Links = ()

    def to_dict(self) -> dict[str, Any]:
        return _with_links({"type": self.type, "text": self.text}, self.links)

    def to_markdown(self) -> str:
        return _markdown_lines(self.text, self.links)

    def to_html(self) -> str:
        return f"<p>{_inline_html(self.text, self.links)}</p>"

    def to_text(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside the body, at the level the page gives it (2–6; the headline is the title)."""

    type: ClassVar[Literal["heading"]] = "heading"
    level: int
    text: str
    links: Links = ()

    def to_dict(self) -> dict[str, Any]:
        return _with_links({"type": self.type, "level": self.level, "text": self.text}, self.links)

    def to_markdown(self) -> str:
        """An ATX heading; a closing ``#`` of the text is escaped, or it would read as the heading's end."""
        text = _inline_markdown(self.text, self.links)
        return f"{'#' * self.level} {text[:-1]}\\#" if text.endswith("#") else f"{'#' * self.level} {text}"

    def to_html(self) -> str:
        return f"<h{self.level}>{_inline_html(self.text, self.links)}</h{self.level}>"

    def to_text(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list; nested lists are flattened into it. `links` holds one tuple per item."""

    type: ClassVar[Literal["list"]] = "list"
    ordered: bool
    items: tuple[str, ...]
    links: tuple[Links, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, "ordered": self.ordered, "items": list(self.items)}
        if any(self.links):
            data["links"] = [[link.to_dict() for link in links] for links in self.links]
        return data

    def to_markdown(self) -> str:
        return "\n".join(f"{marker} {_inline_markdown(item, links)}" for marker, item, links in self._marked_items())

    def to_html(self) -> str:
        tag = "ol" if self.ordered else "ul"
        items = "".join(f"<li>{_inline_html(item, links)}</li>\n" for _, item, links in self._marked_items())
        return f"<{tag}>\n{items}</{tag}>"

    def to_text(self) -> str:
        return "\n".join(f"{marker} {item}" for marker, item, _ in self._marked_items())

    def _marked_items(self) -> Iterator[tuple[str, str, Links]]:
        """(marker, item, its links) for each item."""
        item_links = self.links or ((),) * len(self.items)
        for number, (item, links) in enumerate(zip(self.items, item_links, strict=True), start=1):
            yield f"{number}." if self.ordered else "-", item, links


@dataclass(frozen=True, slots=True)
class Table:
    """A table as rows of cell texts; `header` when its first row is made of ``<th>`` or sits in ``<thead>``."""

    type: ClassVar[Literal["table"]] = "table"
    rows: tuple[tuple[str, ...], ...]
    header: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "rows": [list(row) for row in self.rows], "header": self.header}

    def to_markdown(self) -> str:
        """A pipe table; GitHub's tables need a header row, so a table without one gets an empty one."""
        if not self.rows:
            return ""
        width = max(len(row) for row in self.rows)
        rows = [[escape_markdown(cell).replace("|", "\\|") for cell in row] for row in self.rows]
        rows = [row + [""] * (width - len(row)) for row in rows]
        head, body = (rows[0], rows[1:]) if self.header else ([""] * width, rows)
        lines = [head, ["---"] * width, *body]
        return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)

    def to_html(self) -> str:
        parts = ["<table>"]
        body = self.rows
        if self.header:
            parts += ["<thead>", _html_row(self.rows[0], "th"), "</thead>"]
            body = self.rows[1:]
        if body:
            parts += ["<tbody>", *(_html_row(row, "td") for row in body), "</tbody>"]
        parts.append("</table>")
        return "\n".join(parts)

    def to_text(self) -> str:
        return "\n".join(" | ".join(row) for row in self.rows)


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation; its paragraphs are separated by a blank line in `text`."""

    type: ClassVar[Literal["quote"]] = "quote"
    text: str
    links: Links = ()

    def to_dict(self) -> dict[str, Any]:
        return _with_links({"type": self.type, "text": self.text}, self.links)

    def to_markdown(self) -> str:
        return "\n".join(f"> {line}".rstrip() for line in _markdown_lines(self.text, self.links).split("\n"))

    def to_html(self) -> str:
        paragraphs = "".join(f"<p>{_inline_html(*part)}</p>\n" for part in _paragraphs(self.text, self.links))
        return f"<blockquote>\n{paragraphs}</blockquote>"

    def to_text(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Code:
    """Preformatted text (``<pre>``), verbatim."""

    type: ClassVar[Literal["code"]] = "code"
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}

    def to_markdown(self) -> str:
        """A fenced block, its fence longer than any run of backticks in the code."""
        fence = "`" * max(3, 1 + max(map(len, _BACKTICK_RUN.findall(self.text)), default=0))
        return f"{fence}\n{self.text}\n{fence}"

    def to_html(self) -> str:
        return f"<pre><code>{escape_html(self.text)}</code></pre>"

    def to_text(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Figure:
    """An image of the article: `src` absolute when the page's address is known, `alt` and `caption` if given."""

    type: ClassVar[Literal["figure"]] = "figure"
    src: str
    alt: str | None = None
    caption: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "src": self.src, "alt": self.alt, "caption": self.caption}

    def to_markdown(self) -> str:
        alt = _MARKDOWN_BRACKETS.sub(r"\\\g<0>", self.alt or "")
        image = f"![{alt}]({_markdown_url(self.src)})"
        return f"{image}\n*{escape_markdown(self.caption)}*" if self.caption else image

    def to_html(self) -> str:
        image = f'<img src="{html.escape(self.src)}" alt="{html.escape(self.alt or "")}">'
        caption = f"<figcaption>{escape_html(self.caption)}</figcaption>" if self.caption else ""
        return f"<figure>{image}{caption}</figure>"

    def to_text(self) -> str:
        return self.caption or ""


#: One block of the document: what `Article.blocks` holds.
DocumentBlock = Paragraph | Heading | ListBlock | Table | Quote | Code | Figure


def strings(block: DocumentBlock) -> list[str]:
    """Every string `block` holds: its texts and the addresses of its links or image (read field by field, at a
    fraction of the cost of walking `dataclasses.fields`: the article's search for unprintable characters)."""
    if isinstance(block, (Paragraph, Heading, Quote)):
        return [block.text, *[link.href for link in block.links]] if block.links else [block.text]
    if isinstance(block, ListBlock):
        return [*block.items, *[link.href for links in block.links for link in links]]
    if isinstance(block, Table):
        return [cell for row in block.rows for cell in row]
    if isinstance(block, Code):
        return [block.text]
    return [text for text in (block.src, block.alt, block.caption) if text is not None]


# --- rendering helpers -------------------------------------------------------------------------------------------

_BACKTICK_RUN = re.compile(r"`+")
_MARKDOWN_BRACKETS = re.compile(r"[\\\[\]]")
#: Characters that Markdown reads as markup anywhere in a line, and ``&`` where it would start an entity.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<~]|&(?=#?[0-9A-Za-z]{1,32};)")
#: What makes a line a heading, quote, list item or thematic break: a marker, or a number and its point.
_MARKDOWN_LINE_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)])(?=\s|$))", re.M)


def _escape_inline(text: str) -> str:
    return _MARKDOWN_INLINE.sub(r"\\\g<0>", text)


def _escape_line_starts(text: str) -> str:
    """``- x`` stays text, and so does ``2024. x`` (the point is escaped: a backslash before a digit shows)."""
    return _MARKDOWN_LINE_START.sub(lambda found: f"\\{found[1]}" if found[1] else f"{found[2]}\\{found[3]}", text)


def escape_markdown(text: str) -> str:
    """Plain text as Markdown that shows it as it is: inline markup and line-start markers escaped."""
    return _escape_line_starts(_escape_inline(text))


def _markdown_url(url: str) -> str:
    """A link destination: spaces and parentheses would end it, so they are percent-encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _pieces(text: str, links: Links) -> Iterator[tuple[str, str | None]]:
    """`text` cut at its links: (piece, href or None) in order."""
    position = 0
    for link in links:
        if link.start > position:
            yield text[position : link.start], None
        yield text[link.start : link.end], link.href
        position = link.end
    if position < len(text):
        yield text[position:], None


def _inline_markdown(text: str, links: Links) -> str:
    """Text as Markdown, links as ``[text](href)``. (A line that starts with a link needs no marker escape.)"""
    rendered = "".join(
        _escape_inline(piece) if href is None else f"[{_escape_inline(piece)}]({_markdown_url(href)})"
        for piece, href in _pieces(text, links)
    )
    return _escape_line_starts(rendered)


def _markdown_lines(text: str, links: Links) -> str:
    """Text that may hold paragraphs (a quote's) as Markdown, a blank line between paragraphs."""
    return "\n\n".join(_inline_markdown(*part) for part in _paragraphs(text, links))


def _paragraphs(text: str, links: Links) -> Iterator[tuple[str, Links]]:
    """The blank-line separated paragraphs of `text`, each with its links shifted to it."""
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        yield (
            paragraph,
            tuple(Link(link.start - start, link.end - start, link.href) for link in links if start <= link.start < end),
        )
        start = end + 2


def escape_html(text: str) -> str:
    """Text as HTML content (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


def _inline_html(text: str, links: Links) -> str:
    return "".join(
        escape_html(piece) if href is None else f'<a href="{html.escape(href)}">{escape_html(piece)}</a>'
        for piece, href in _pieces(text, links)
    )


def _html_row(cells: tuple[str, ...], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{escape_html(cell)}</{tag}>" for cell in cells) + "</tr>"


def _with_links(data: dict[str, Any], links: Links) -> dict[str, Any]:
    if links:
        data["links"] = [link.to_dict() for link in links]
    return data


# --- building the document ----------------------------------------------------------------------------------------

_LIST_TAGS = frozenset({"ul", "ol"})
_CELL_TAGS = frozenset({"td", "th"})
_HEADING_LEVELS = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}  # an h1 in the body ranks below the title
#: Where lazy-loading scripts keep the real address while ``src`` holds a placeholder, in priority order.
_LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src")
_SOURCE_SETS = ("data-srcset", "srcset")
#: A ``srcset`` candidate's address (after the separators before it), and its width (``640w``) or density (``2x``).
_SRCSET_SEPARATORS = re.compile(r"[\s,]*")
_SRCSET_ADDRESS = re.compile(r"[^\s,]\S*")
_SRCSET_DESCRIPTOR = re.compile(r"(\d{1,6}(?:\.\d{1,3})?)[wx]")
_CENTRED = re.compile(r"text-align\s{0,8}:\s{0,8}center", re.I)
#: A caption line printed under an image is a line, not a paragraph.
_MAX_CAPTION_LINE_CHARS = 200
#: Centred lines mark captions only where the body's other lines are not centred too (at most this share).
_MAX_CENTRED_SHARE = 0.2
_CAPTION_LINE_TAGS = frozenset({"p", "div", "center", "section", "td"})  # (WeChat's editors write lines as sections)
#: A CSS-modules class name, whose local part (the name the stylesheet's author gave) sits between the file's
#: name and a hash: ``index-module_imgWrap_2fZ9h`` (webpack's ``[name]-module_[local]_[hash]``) and
#: ``index_imgWrap__2fZ9h`` (Next.js's ``[name]_[local]__[hash]``).
_CSS_MODULE_LOCAL = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-module_+([A-Za-z][A-Za-z0-9]*)_|_([A-Za-z][A-Za-z0-9]*)__)")
_LEAD_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")

_Group = tuple[str, Element, list[Any]]


def build(body: list[Block], base_url: str | None = None, *, links: bool = False) -> list[DocumentBlock]:
    """The body's blocks as a typed document, with the images among them; `base_url` makes addresses absolute."""
    body = [block for block in body if block.element is not None]
    if not body:
        return []
    container = _common_ancestor([block.element for block in body])
    items: list[Block | Figure] = list(body)
    if next(container.iter("img"), None) is not None:  # (a C-level test: most of the work is for images)
        positions = {element: position for position, element in enumerate(container.iter())}
        figures, captions = _figures(body, container, positions, base_url)
        if captions:
            in_captions = {node for caption in captions for node in caption.iter()}
            body = [block for block in body if block.element not in in_captions]
        items = _with_figures(body, figures, positions)
    return [_typed(group, base_url, links) for group in _groups(items, container)]


def _with_figures(
    body: list[Block], figures: list[tuple[float, Figure]], positions: dict[Element, int]
) -> list[Block | Figure]:
    """The blocks with each figure after the last block whose element starts before the figure's anchor.

    Blocks come in reading order, their elements almost always in document order: the minimum position over
    each suffix of them is non-decreasing, so one bisection places a figure.
    """
    items: list[Block | Figure] = list(body)
    suffix_min = list(accumulate(reversed([positions[block.element] for block in body]), min))[::-1]
    for anchor, figure in reversed(figures):
        items.insert(bisect_left(suffix_min, anchor), figure)
    return items


def lead_image(
    meta: dict[str, str], json_ld: dict[str, object], base_url: str | None, blocks: list[DocumentBlock]
) -> str | None:
    """The page's lead image: the one it names (``og:image``, ``twitter:image``, JSON-LD ``image``), else the
    first figure; absolute when `base_url` is known."""
    value = json_ld.get("image")
    images = value if isinstance(value, list) else [value]
    candidates = [
        *(meta.get(name) for name in _LEAD_IMAGE_META),
        *(image.get("url") if isinstance(image, dict) else image for image in images),
    ]
    for candidate in candidates:
        found = _address(candidate, base_url) if isinstance(candidate, str) else None
        if found:
            return found
    return next((block.src for block in blocks if isinstance(block, Figure)), None)


def _common_ancestor(elements: list[Element]) -> Element:
    """The lowest element holding all of `elements`: each climbs until it meets the first one's ancestry."""
    ancestry = [elements[0], *elements[0].iterancestors()]
    levels = {node: level for level, node in enumerate(ancestry)}
    level = 0
    for element in elements[1:]:
        node: Element | None = element
        while node is not None and node not in levels:
            node = node.getparent()
        level = max(level, len(ancestry) - 1 if node is None else levels[node])
    return ancestry[level]


def _up_to(element: Element | None, container: Element) -> Iterator[Element]:
    """`element` and its ancestors up to, and with, `container`."""
    node = element
    while node is not None:
        yield node
        if node is container:
            return
        node = node.getparent()


def _structure(element: Element, container: Element, layouts: dict[Element, bool]) -> tuple[str, Element]:
    """What a block belongs to: (kind, the element that groups it).

    The outermost list, table or quote strictly inside the container wins (a list may also be the
    container itself: a body that is one list); a table counts for the blocks in its cells, and not when it
    lays out rather than tabulates (`_is_layout`; `layouts` remembers each table's answer). Then code
    (``<pre>``), headings, and paragraphs. One climb to the container reads it all, noting on the way
    whether a cell lies below each ancestor and which ``<pre>`` is nearest.
    """
    kind, owner = "", element
    in_cell = False
    pre = None
    node: Element | None = element
    while node is not None:
        tag = node.tag
        if tag in _LIST_TAGS:
            kind, owner = "list", node
        elif node is container:
            break
        elif tag == "table" and in_cell and not _is_layout(node, layouts):
            kind, owner = "table", node
        elif tag == "blockquote":
            kind, owner = "quote", node
        if node is container:  # a list as the container
            break
        if tag in _CELL_TAGS:
            in_cell = True
        elif tag == "pre" and pre is None:
            pre = node
        node = node.getparent()
    if kind:
        return kind, owner
    if pre is not None:
        return "code", pre
    return ("heading" if element.tag in _HEADING_LEVELS else "paragraph"), element


def _is_layout(table: Element, layouts: dict[Element, bool]) -> bool:
    """A table that lays out rather than tabulates: it holds another table, or no row has two cells (a box
    around a pull quote or a whole article)."""
    if table not in layouts:
        layouts[table] = table.find(".//table") is not None or not any(
            sum(cell.tag in _CELL_TAGS for cell in row) >= 2 for row in table.iter("tr")
        )
    return layouts[table]


def _nearest(element: Element, tags: str | frozenset[str], limit: Element) -> Element | None:
    """`element` or its nearest ancestor below `limit` with one of `tags`."""
    for node in _up_to(element, limit):
        if node is limit:
            return None
        if node.tag in tags if isinstance(tags, frozenset) else node.tag == tags:
            return node
    return None


def _groups(items: list[Block | Figure], container: Element) -> Iterator[_Group]:
    """Consecutive blocks of one list, table, quote, code block or heading element; each paragraph and figure
    alone."""
    group: _Group | None = None
    layouts: dict[Element, bool] = {}
    for item in items:
        kind, owner = (
            ("figure", container) if isinstance(item, Figure) else _structure(item.element, container, layouts)
        )
        if group is not None and kind == group[0] and owner is group[1] and kind not in ("paragraph", "figure"):
            group[2].append(item)
            continue
        if group is not None:
            yield group
        group = (kind, owner, [item])
    if group is not None:
        yield group


def _typed(group: _Group, base: str | None, links: bool) -> DocumentBlock:
    kind, owner, members = group
    if kind == "paragraph" and not links:  # most blocks: a paragraph group is one block
        return Paragraph(members[0].text)
    if kind == "figure":
        return members[0]
    if kind == "table":
        return _table(owner, members)
    if kind == "code":
        return Code("\n".join(block.text for block in members))
    if kind == "list":
        in_items = _runs_of(members, lambda block: _nearest(block.element, "li", owner))
        items = [_join(item, " ", base, links) for item in in_items]
        found = tuple(item_links for _, item_links in items)
        return ListBlock(owner.tag == "ol", tuple(text for text, _ in items), found if any(found) else ())
    text, found = _join(members, "\n\n" if kind == "quote" else " ", base, links)
    if kind == "quote":
        return Quote(text, found)
    if kind == "heading":
        return Heading(_HEADING_LEVELS[owner.tag], text, found)
    return Paragraph(text, found)


def _runs_of(members: list[Block], key: Callable[[Block], Element | None]) -> list[list[Block]]:
    """Consecutive blocks with the same `key` element (the paragraphs of one list item) together."""
    runs: list[tuple[Element | None, list[Block]]] = []
    for block in members:
        item = key(block)
        if runs and item is not None and runs[-1][0] is item:
            runs[-1][1].append(block)
        else:
            runs.append((item, [block]))
    return [blocks for _, blocks in runs]


def _join(members: list[Block], separator: str, base: str | None, links: bool) -> tuple[str, Links]:
    """The blocks' texts joined by `separator`, with their links (when asked for) shifted into the joined text."""
    text = separator.join([block.text for block in members])
    if not links:
        return text, ()
    found: list[Link] = []
    offset = 0
    for block in members:
        found += (Link(link.start + offset, link.end + offset, link.href) for link in _links(block, base))
        offset += len(block.text) + len(separator)
    return text, tuple(found)


def _table(table: Element, members: list[Block]) -> Table:
    """Rows from the table's ``<tr>``, each cell the text of its kept blocks (an empty cell keeps its column)."""
    texts: dict[Element | None, list[str]] = {}
    for block in members:
        texts.setdefault(_nearest(block.element, _CELL_TAGS, table), []).append(block.text)
    rows: list[tuple[str, ...]] = []
    header = False
    for row in table.iter("tr"):
        cells = [cell for cell in row if cell.tag in _CELL_TAGS]
        values = tuple(" ".join(texts.get(cell, ())) for cell in cells)
        if any(values):
            if not rows:
                header = row.getparent().tag == "thead" or all(cell.tag == "th" for cell in cells)
            rows.append(values)
    return Table(tuple(rows), header)


# --- links ------------------------------------------------------------------------------------------------------


def _links(block: Block, base: str | None) -> Links:
    """The links of a block, found in its owning element's own runs of text (code keeps none)."""
    if block.preformatted:
        return ()
    for run in _text_runs(block.element):
        text, spans = _spaced(run)
        if text == block.text:
            found = ((start, end, _href(anchor.get("href"), base)) for start, end, anchor in spans)
            return tuple(Link(start, end, href) for start, end, href in found if href)
    return ()


def _text_runs(owner: Element) -> list[list[tuple[str, Element | None]]]:
    """The owner's own runs of text, cut where `blocks.split_blocks` cuts them (``<br>``, a block-level child),
    each a list of (text, the ``<a>`` it is in). (A walk, not a recursion: inline markup can nest deeply.)"""
    runs: list[list[tuple[str, Element | None]]] = [[]]
    anchors: list[Element] = []

    def add(text: str | None) -> None:
        if text:
            runs[-1].append((text, anchors[-1] if anchors else None))

    walk = etree.iterwalk(owner, events=("start", "end"))
    for event, element in walk:
        if element is owner:
            if event == "start":
                add(owner.text)
            continue
        tag = element.tag
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                walk.skip_subtree()  # its text is other blocks'
                runs.append([])
            else:
                if tag == "a":
                    anchors.append(element)
                add(element.text)
        else:
            if anchors and anchors[-1] is element:
                anchors.pop()
            add(element.tail)
    return runs


def _spaced(run: list[tuple[str, Element | None]]) -> tuple[str, list[tuple[int, int, Element]]]:
    """A run's text with white space collapsed as blocks have it, and the (start, end, ``<a>``) of its links."""
    out: list[str] = []
    length = 0
    space = False
    spans: list[tuple[int, int, Element]] = []
    for text, anchor in run:
        words = " ".join(text.split())
        if not words:  # white space only
            space = True
            continue
        if length and (space or text[0].isspace()):
            out.append(" ")
            length += 1
        start = length
        out.append(words)
        length += len(words)
        space = text[-1].isspace()
        if anchor is None:
            continue
        if spans and spans[-1][2] is anchor:  # the same link, resumed after an inline child
            start = spans.pop()[0]
        spans.append((start, length, anchor))
    return "".join(out), spans


def _href(href: str | None, base: str | None) -> str | None:
    """A link's absolute http(s) address; None for in-page anchors, scripts, mail and unresolvable addresses."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    absolute = _joined(base, href)
    return absolute if absolute is not None and urlsplit(absolute).scheme in ("http", "https") else None


# --- figures ----------------------------------------------------------------------------------------------------


@dataclass
class _Scope:
    """What surrounds an image: its branch off the article's flow, or the frame (figure, block) it sits in."""

    element: Element
    in_flow: bool
    captions: list[Element]
    images: list[Element] = field(default_factory=list)

    def captions_of(self, image: Element) -> list[Element]:
        """An image's caption elements: one each when there are as many as images, else all under the last."""
        if len(self.captions) == len(self.images):
            return [self.captions[self.images.index(image)]]
        return self.captions if image is self.images[-1] else []


def _figures(
    body: list[Block], container: Element, positions: dict[Element, int], base: str | None
) -> tuple[list[tuple[float, Figure]], set[Element]]:
    """The body's figures, each with its anchor (a position in the container's document order), and the
    elements read as their captions (no paragraphs then).

    An image counts when it lies between the first block (or the photo it captions: `_photo_before`) and the end
    of the last block's element, is not inside page chrome, and either sits in the article's flow (its parent
    holds kept text) or in a branch off it that holds no text but captions (an image-only ``<p>``, a
    ``<figure>``): an image beside text that was not kept (a teaser, an ad) is not the article's.
    """
    elements = [block.element for block in body]
    first, last = min(elements, key=positions.__getitem__), max(elements, key=positions.__getitem__)
    photo = _photo_before(first)
    start, end = positions[first if photo is None else photo], positions[last] + sum(1 for _ in last.iter())
    flow = {container}  # the blocks' elements and their ancestors up to the container
    for element in elements:
        node = element
        while node not in flow:  # else so are its ancestors
            flow.add(node)
            node = node.getparent()
    memo: dict[str, int] = {}
    in_chrome: dict[Element, bool] = {}
    scopes: dict[Element, _Scope | None] = {}
    found: list[tuple[float, Element, _Scope, Figure]] = []
    for image in container.iter("img"):
        position = positions[image]
        if not start <= position < end or _is_pixel(image):
            continue
        branch = _branch(image, flow)
        key = branch if branch is not None else _frame(image, container)
        if key not in scopes:
            scopes[key] = _scope(key, branch is None, memo)
        scope = scopes[key]
        if scope is None or _in_chrome(image.getparent(), container, memo, in_chrome):
            continue
        src = _image_source(image, base)
        if src is None:
            continue
        scope.images.append(image)
        alt = " ".join((image.get("alt") or "").split()) or None
        leads = scope.in_flow and _leads(scope.element, image)
        found.append((positions[scope.element] - 0.5 if leads else float(position), image, scope, Figure(src, alt)))
    centred = {
        image: _caption_line(scope, image)
        for _, image, scope, _ in found
        if image is scope.images[-1] and not scope.captions
    }
    if any(centred.values()) and _centres_its_lines(elements, {line for lines in centred.values() for line in lines}):
        centred = {}
    captions: set[Element] = set()
    figures: list[tuple[float, Figure]] = []
    for anchor, image, scope, figure in found:
        lines = scope.captions_of(image) or centred.get(image) or _framing_line(scope, image)
        captions.update(lines)
        figures.append((anchor, Figure(figure.src, figure.alt, " ".join(map(_text, lines)) or None)))
    return figures, captions


def _photo_before(first: Element) -> Element | None:
    """The image-only line right before the body's first line when that line is centred: a story opening with a
    photo and its caption line (a WeChat article's top picture) starts at the photo; so does a story whose first
    paragraph follows a ``<figure>`` of its own parent (the USA TODAY Network's lead photo in ``div.gnt_ar_b``);
    so does a story opening with a picture table whose caption, set in a ``<p>`` of its own centred cell, is its
    first line (a newspaper e-paper's ``<tr><td><img></td></tr><tr><td align="center"><p>图为…</p></td></tr>``).
    None otherwise."""
    line = first.getprevious()
    if line is not None and line.tag == "figure":
        return line
    centred = _is_centred(first)
    if line is None and first.tag == "p":  # a picture table's caption cell holding its line in a ``<p>``
        cell = first.getparent()
        row = cell.getparent() if cell is not None and cell.tag in _CELL_TAGS else None
        if row is not None and row.tag == "tr" and len(row) == 1 and len(cell) == 1:
            line, centred = row.getprevious(), centred or _is_centred(cell)
    if line is None or not centred or line.find(".//img") is None or not _blank(text_of(line)):
        return None
    return line


def _in_chrome(element: Element, container: Element, memo: dict[str, int], known: dict[Element, bool]) -> bool:
    """Whether `element` or one of its ancestors up to the container is page chrome. `known` keeps the answer
    for every element climbed, so the images of one box climb it once."""
    climbed: list[Element] = []
    node = element
    while node not in known:
        climbed.append(node)
        if is_chrome(node, memo):
            answer = True
            break
        if node is container:
            answer = False
            break
        node = node.getparent()
    else:
        answer = known[node]
    known.update(dict.fromkeys(climbed, answer))
    return answer


def _centres_its_lines(elements: list[Element], caption_lines: set[Element]) -> bool:
    """Whether the body centres its other lines too (a blog centring every paragraph): then centring marks
    no caption. Table cells are no lines: the editors of Chinese CMSs centre every cell of a table."""
    others = [element for element in elements if element not in caption_lines and element.tag not in _CELL_TAGS]
    return sum(map(_is_centred, others)) > _MAX_CENTRED_SHARE * len(others)


def _branch(image: Element, flow: set[Element]) -> Element | None:
    """The outermost ancestor of the image off the article's flow (None when its parent holds kept text)."""
    branch = None
    node = image.getparent()
    while node is not None and node not in flow:
        branch, node = node, node.getparent()
    return branch


def _frame(image: Element, container: Element) -> Element:
    """The image's ``<figure>`` below the container, or else its nearest block-level ancestor."""
    block = None
    for node in _up_to(image.getparent(), container):
        if node.tag == "figure":
            return node
        if block is None and node.tag in BLOCK_TAGS:
            block = node
    return block if block is not None else container


def _scope(element: Element, in_flow: bool, memo: dict[str, int]) -> _Scope | None:
    """The scope of the images of a branch or frame, with its captions; None for a branch holding other text."""
    if in_flow and element.tag != "figure":
        return _Scope(element, in_flow, [])
    if in_flow:
        return _Scope(element, in_flow, _caption_elements(element, memo))
    text = _squeezed(text_of(element))
    captions = _caption_elements(element, memo) if text else []
    if text != "".join(_squeezed(text_of(node)) for node in captions):
        return None
    return _Scope(element, in_flow, captions)


def _caption_elements(scope: Element, memo: dict[str, int]) -> list[Element]:
    """The outermost ``<figcaption>`` and caption-named block-level elements inside `scope` holding no image.

    (One walk that passes over each caption found; the tag filter is a set lookup: ``iter(*BLOCK_TAGS)``
    would build a matcher of some fifty names per call, which costs more than walking a figure's nodes.)
    """
    captions: list[Element] = []
    walk = etree.iterwalk(scope, events=("start",))
    for _, node in walk:
        if node.tag not in BLOCK_TAGS or node is scope:
            continue
        if (node.tag == "figcaption" or is_caption(node, memo)) and node.find(".//img") is None:
            captions.append(node)
            walk.skip_subtree()  # its own captions are not outermost
    return captions


def _caption_line(scope: _Scope, image: Element) -> list[Element]:
    """The caption line Chinese portals print under an image: the short centred line after an image-only one
    (``<p><img></p><p style="text-align:center">图为…</p>``; in a table, the one cell of the row after the
    image's, or the one ``<p>`` of that cell when the cell is centred:
    ``<tr><td><img></td></tr><tr><td align="center">图为…</td></tr>``), or the centred line the image
    leads (网易's ``<p class="f_center"><img><br>…</p>``). A line named as the picture's description
    (``p.image_desc``) is one, centred or not; so is the line the image leads in an element named as its frame
    (新浪's ``div.img_wrapper``)."""
    if scope.in_flow:
        line = scope.element if _leads(scope.element, image) else None
        framed = line is not None and _names_picture_frame(line) and _holds_only_inline(line)
    else:
        line = scope.element.getnext()
        if line is not None and line.find(".//img") is not None:
            return []
        framed = False
        if line is not None and line.tag == "tr" and len(line) == 1:
            line = line[0]
            if len(line) == 1 and line[0].tag == "p" and _blank(line.text) and _blank(line[0].tail):
                framed, line = _is_centred(line), line[0]  # a centred cell frames its one line, set in a ``<p>``
    if (
        line is None
        or line.tag not in _CAPTION_LINE_TAGS
        or not (framed or _is_centred(line) or _names_picture_description(line))
        or line.find(".//p") is not None
    ):
        return []
    text = _text(line)
    return [line] if 0 < len(text) <= _MAX_CAPTION_LINE_CHARS else []


def _names_picture_description(element: Element) -> bool:
    """Whether a class of the element names it the line under a picture (``image_desc``)."""
    return not PICTURE_DESCRIPTION_CLASS_NAMES.isdisjoint((element.get("class") or "").lower().split())


def _holds_only_inline(element: Element) -> bool:
    """Whether no block-level element lies inside the element (its text is one line)."""
    return all(node.tag not in BLOCK_TAGS for node in element.iterdescendants())


def _names_picture_frame(element: Element) -> bool:
    """Whether a class of the element names it a picture's frame by its first part (``img_wrapper``, ``pic-box``),
    or a CSS-modules name by the first camelCase word of its local part (百家号's ``index-module_imgWrap_2fZ9h``:
    ``index`` is the file; a local name is a JavaScript identifier, ``styles.imgWrap``, so it is camel-cased)."""
    for name in (element.get("class") or "").split():
        local = _CSS_MODULE_LOCAL.match(name)
        if local is None:
            first = name.lower().replace("-", "_").partition("_")[0]
        else:
            first = CAMEL_HUMP.split(local.group(1) or local.group(2), maxsplit=1)[0].lower()
        if first in PICTURE_FRAME_WORDS:
            return True
    return False


def _framing_line(scope: _Scope, image: Element) -> list[Element]:
    """The caption line of an image framed with it in a block of their own: the image's element first, then one
    short line of inline text and nothing else (Wix's image viewer: ``<div><div><img></div><span>…</span></div>``,
    the caption's class a hash). A paragraph after an image has a block of its own; this line shares the image's."""
    branch = scope.element
    if scope.in_flow or scope.captions or scope.images != [image] or branch.tag not in BLOCK_TAGS:
        return []
    frame = branch.getparent()
    if frame is None or frame.tag not in _CAPTION_LINE_TAGS or not _blank(frame.text):
        return []
    if next(branch.itersiblings(preceding=True, tag=etree.Element), None) is not None:
        return []
    after = list(branch.itersiblings(tag=etree.Element))
    if any(node.tag in BLOCK_TAGS or next(node.iter("img"), None) is not None for node in after):
        return []
    text = _text(frame)
    return [frame] if 0 < len(text) <= _MAX_CAPTION_LINE_CHARS else []


def _is_centred(element: Element) -> bool:
    """Centred by its tag, its ``align`` or ``style``, or a class that says so (``text-center``, ``f_center``)."""
    return (
        element.tag == "center"
        or (element.get("align") or "").lower() == "center"
        or _CENTRED.search(element.get("style") or "") is not None
        or not CENTRED_CLASS_NAMES.isdisjoint((element.get("class") or "").lower().split())
    )


def _leads(scope: Element, image: Element) -> bool:
    """Whether the image comes before any text of its scope."""
    ancestors = set(image.iterancestors())
    for element in scope.iter():
        if element is image:
            return True
        if not _blank(element.text) or (element not in ancestors and not _blank(element.tail)):
            return False
    return True


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _text(element: Element) -> str:
    return " ".join(text_of(element).split())


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _is_pixel(image: Element) -> bool:
    """A tracking pixel: a declared width or height of at most one pixel."""
    for name in ("width", "height"):
        value = (image.get(name) or "").strip().lower().removesuffix("px")
        if value.isdigit() and int(value) <= 1:
            return True
    return False


def _image_source(image: Element, base: str | None) -> str | None:
    """The image's real address: a lazy-loading attribute, the largest ``srcset`` candidate, else ``src``."""
    for name in _LAZY_SOURCES:
        found = _address(image.get(name), base)
        if found:
            return found
    for name in _SOURCE_SETS:
        srcset = image.get(name)
        found = _address(_largest_candidate(srcset), base) if srcset else None
        if found:
            return found
    return _address(image.get("src"), base)


def _largest_candidate(srcset: str) -> str | None:
    """The address of the widest (or densest) candidate of a ``srcset``; one without a descriptor counts as 1x.

    As the HTML standard reads it: an address runs to white space, and ends its candidate when it ends
    with a comma; otherwise the descriptors run to the next comma.
    """
    best, size = None, -1.0
    position = 0
    while (found := _SRCSET_ADDRESS.match(srcset, _SRCSET_SEPARATORS.match(srcset, position).end())) is not None:
        url, position = found.group(), found.end()
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            end = srcset.find(",", position)
            end = len(srcset) if end < 0 else end
            descriptors, position = srcset[position:end], end + 1
        value = _SRCSET_DESCRIPTOR.search(descriptors)
        width = float(value.group(1)) if value else 1.0
        if url and width > size:
            best, size = url, width
    return best


def _address(value: str | None, base: str | None) -> str | None:
    """An address made absolute against `base` when there is one; None for blanks and data:/script URIs."""
    value = (value or "").strip()
    if not value or value.lower().startswith(("data:", "javascript:", "about:")):
        return None
    return _joined(base, value)


def _joined(base: str | None, value: str) -> str | None:
    """`value` made absolute against `base`; as it is when there is no base or urllib refuses the base
    (``https://[::1``), None when urllib refuses `value` itself: a broken address is no reason to lose an article.

    `urljoin` parses both addresses: only when it refuses one is `value` parsed alone, to tell which.
    """
    if base:
        try:
            return urljoin(base, value)
        except ValueError:
            pass
    try:
        urlsplit(value)
    except ValueError:
        return None
    return value
