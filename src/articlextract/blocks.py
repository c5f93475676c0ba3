"""Find the article body: split the tree into text blocks, score every container, keep the best.

A *block* is a run of text between block-level boundaries (``<p>``, ``<div>``, ``<td>``, ``<li>``,
``<br>`` …), owned by its nearest block-level element. Each block is weighed once: content-like
blocks (enough words, sentence punctuation, few links, not a "…" teaser) are *good* weight, link
text and short non-sentence text are *bad* weight. Sums are propagated bottom-up in one pass over
the tree, and the container with the largest ``good − α·bad`` wins: the smallest element that
gathers most of the prose while taking in little chrome. So bodies spread over sibling ``<div>``s,
``<br>`` runs or table cells are collected whole, and a short article does not drag in the link
lists that follow it.

Chrome is decided here, not in the cleaner: an element named like chrome (`clean.is_chrome`), or a
box opened by a "相关新闻 / Related / 评论" heading, is dropped only if it holds a minor share of
the page's prose — a Blogger ``widget Blog`` or a ``content-with-sidebar`` wrapper holds the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree
from .clean import Element

from .clean import is_chrome
from .lexicon import (
    BLOCK_TAGS,
    BOILERPLATE_HEADING,
    END_OF_ARTICLE,
    JUNK_LINE,
    SENTENCE_PUNCTUATION,
    TRADITIONAL_TO_SIMPLIFIED,
)
from .options import Options

CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
#: One token per CJK character, one per run of other word characters (the benchmark's measure).
TOKEN = re.compile(rf"[{CJK_RANGES}]|[^\W{CJK_RANGES}]+")
_SPACES = re.compile(r"\s")
#: How teasers in link lists end: an ellipsis, or a "[详细] / 更多 / read more" link.
_TEASER_END = re.compile(
    r"(?:(?:\.\.\.|…|。。。)\s*[\]】)）>»]?|[\[【(（]?(?:详细|详情|全文|更多|阅读全文|查看全文|read\s+more|more)[\]】)）>»]*)\s*$",
    re.I,
)
#: Markup that a broken page shows as text (``<img src=…>`` inside an unclosed attribute or noscript).
_MARKUP_TEXT = re.compile(r"^<[a-zA-Z!/][^>]*>")
_TEASER_TAIL_CHARS = 24
_MAX_JUNK_LINE_CHARS = 400
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: α, the price of one token of chrome in the container score, per `Options.favor`.
_BAD_WEIGHT = {"balanced": 1.0, "precision": 2.0, "recall": 0.5}
#: α for the contiguous run inside the container: a long gap of chrome separates the article from
#: prose that only happens to share its container (a cookie notice, a comment thread).
_RUN_BAD_WEIGHT = {"balanced": 1.5, "precision": 2.5, "recall": 0.75}
#: Link density above which a block inside the body is a link list, per `Options.favor`.
_MAX_LINK_DENSITY = {"balanced": 0.6, "precision": 0.3, "recall": 0.8}
#: A body needs at least this many good tokens; below it the page has no article.
_MIN_BODY_TOKENS = 10
#: Chrome-named elements and heading boxes holding more than these shares of the prose are kept.
_MAX_CHROME_SHARE = 0.7
_MAX_BOX_SHARE = 0.3
_MAX_BOX_HEADING_TOKENS = 12
_MAX_BOX_CLIMB = 4
#: A heading or end marker closes the body only after this many tokens of prose (a copyright
#: notice printed above the article must not end it before it starts).
_MIN_PROSE_BEFORE_END = 30
#: The headline anchors the body only when at least this share of the prose follows it.
_MIN_PROSE_AFTER_HEADLINE = 0.3
#: Short lines read as prose when at least this many in a row hold this many tokens, with a
#: sentence mark at least every this many tokens.
_MIN_RUN_LINES = 3
_MIN_RUN_TOKENS = 40
_RUN_TOKENS_PER_MARK = 15
#: … or, without punctuation (emoji-studded blog lines), this many lines with no link at all.
_MIN_UNPUNCTUATED_RUN_LINES = 10
#: Teaser cards: at most this many blocks, found this close above a summary, repeated this often.
_MAX_CARD_BLOCKS = 6
_MAX_CARD_DEPTH = 4
_MIN_CARD_SIBLINGS = 3


@dataclass(slots=True)
class Block:
    """A run of text with the features the scorer needs."""

    text: str
    element: Element
    tokens: int
    link_density: float
    punctuation: int
    preformatted: bool = False
    caption: bool = False
    in_prose_run: bool = False
    is_content: bool = False
    chrome: tuple[Element, ...] = ()

    def __post_init__(self) -> None:
        self.refresh_content()

    @property
    def is_heading(self) -> bool:
        return self.element.tag in _HEADING_TAGS

    @property
    def is_boilerplate_heading(self) -> bool:
        """A short "相关新闻 / Related / 评论" line that opens a box of things that are not the article."""
        return self.tokens <= _MAX_BOX_HEADING_TOKENS and bool(
            BOILERPLATE_HEADING.match(self.text.translate(TRADITIONAL_TO_SIMPLIFIED))
        )

    @property
    def ends_article(self) -> bool:
        """An end marker or platform notice after which nothing belongs to the article."""
        return len(self.text) <= 300 and bool(END_OF_ARTICLE.match(self.text.translate(TRADITIONAL_TO_SIMPLIFIED)))

    @property
    def is_junk(self) -> bool:
        """Page furniture wherever it appears: print/share bars, disclaimers, markup shown as text."""
        if len(self.text) > _MAX_JUNK_LINE_CHARS:
            return False
        return bool(_MARKUP_TEXT.match(self.text) or JUNK_LINE.match(self.text.translate(TRADITIONAL_TO_SIMPLIFIED)))

    def refresh_content(self) -> None:
        """Decide, once, whether the block is prose (`is_content`); called again when `in_prose_run` changes.

        Prose: enough words with sentence punctuation (or plenty of words), few links, not a
        teaser. A short line counts as prose too when it belongs to a run of short lines that reads
        as prose as a whole (one phrase per ``<p>`` or per ``<br>``, as blogs and WeChat write).
        """
        if self.link_density >= 0.4 or _TEASER_END.search(self.text[-_TEASER_TAIL_CHARS:]):
            self.is_content = False
        else:
            self.is_content = (
                (self.tokens >= 10 and self.punctuation >= 1) or self.tokens >= 30 or self.in_prose_run
            )


def iter_blocks(root: Element) -> Iterator[Block]:
    """The tree's blocks in reading order, produced lazily in one walk; ``<br>`` ends a block too.

    Each block carries its chrome-named ancestors, so the scorer can later decide whether they
    really are chrome without walking the tree again.
    """
    owners: list[Element] = [root]
    chrome_names: dict[tuple[str, str | None, str | None, str | None], bool] = {}  # many elements share a name
    chrome: list[Element] = []
    chrome_now: tuple[Element, ...] = ()
    parts: list[str] = []
    link_parts: list[str] = []
    link_depth = 0
    pre_depth = 0
    caption_depth = 0

    def flush() -> Block | None:
        block = _make_block("".join(parts), "".join(link_parts), owners[-1], pre_depth > 0, chrome_now)
        if block is not None and caption_depth:
            block.caption = True
        parts.clear()
        link_parts.clear()
        return block

    def add(text: str | None) -> None:
        if text:
            parts.append(text)
            if link_depth:
                link_parts.append(text)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end":
                add(element.tail)
            continue
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                block = flush()
                if block is not None:
                    yield block
                if tag != "br":
                    owners.append(element)
                    name = (tag, element.get("class"), element.get("id"), element.get("role"))
                    if name not in chrome_names:
                        chrome_names[name] = is_chrome(element)
                    if chrome_names[name]:
                        chrome.append(element)
                        chrome_now = tuple(chrome)
            if tag == "a":
                link_depth += 1
            elif tag == "pre":
                pre_depth += 1
            elif tag == "figcaption":
                caption_depth += 1
            add(element.text)
        else:
            if tag in BLOCK_TAGS:
                block = flush()
                if block is not None:
                    yield block
                owners.pop()
                if chrome and chrome[-1] is element:
                    chrome.pop()
                    chrome_now = tuple(chrome)
            if tag == "a":
                link_depth -= 1
            elif tag == "pre":
                pre_depth -= 1
            elif tag == "figcaption":
                caption_depth -= 1
            if element is not root:
                add(element.tail)
    block = flush()
    if block is not None:
        yield block


def _make_block(
    raw: str,
    link_text: str,
    owner: Element,
    preformatted: bool,
    chrome: tuple[Element, ...],
) -> Block | None:
    text = raw.strip() if preformatted else " ".join(raw.split())
    if not text:
        return None
    chars = len(text) - text.count(" ")
    link_chars = len(link_text) - len(_SPACES.findall(link_text)) if link_text else 0
    return Block(
        text=text,
        element=owner,
        tokens=len(TOKEN.findall(text)),
        link_density=min(1.0, link_chars / chars) if chars else 0.0,
        punctuation=len(SENTENCE_PUNCTUATION.findall(text)),
        preformatted=preformatted,
        chrome=chrome,
    )


def find_body(root: Element, options: Options, headline: str | None = None) -> list[Block]:
    """The blocks of the article body, in reading order; empty when the page has no article.

    `headline` is the title as displayed: the body follows it, so prose printed before the
    headline (sidebars, navigation teasers) is not considered — when enough prose follows it.
    """
    blocks = list(iter_blocks(root))
    if not blocks:
        return []
    _mark_prose_runs(blocks)
    elements = list(root.iter())
    tally = _Tally(elements, blocks)
    excluded = _chrome_blocks(blocks, tally) | _teaser_blocks(blocks, tally)
    excluded |= _before_headline(blocks, headline, excluded)
    kept = [
        block
        for index, block in enumerate(blocks)
        if index not in excluded and (options.include_captions or not block.caption)
    ]
    container = _Tally(elements, kept).best(_BAD_WEIGHT[options.favor])
    if container is None:
        return []
    inside = set(container.iter())
    body = _filter([block for block in kept if block.element in inside], options)
    return _trim(_best_run(body, _RUN_BAD_WEIGHT[options.favor]))


def _mark_prose_runs(blocks: list[Block]) -> None:
    """Flag short lines that together read as prose: consecutive blocks of one element or of siblings."""
    start = 0
    for end in range(1, len(blocks) + 1):
        if end < len(blocks) and _same_run(blocks[end - 1], blocks[end]):
            continue
        run = blocks[start:end]
        if len(run) >= _MIN_RUN_LINES:
            tokens = sum(b.tokens for b in run)
            links = sum(b.tokens * b.link_density for b in run)
            punctuation = sum(b.punctuation for b in run)
            punctuated = punctuation * _RUN_TOKENS_PER_MARK >= tokens
            long_unlinked = len(run) >= _MIN_UNPUNCTUATED_RUN_LINES and links == 0
            if tokens >= _MIN_RUN_TOKENS and links < 0.2 * tokens and (punctuated or long_unlinked):
                for block in run:
                    block.in_prose_run = block.link_density < 0.4
                    block.refresh_content()
        start = end


def _same_run(previous: Block, block: Block) -> bool:
    if previous.element is block.element:
        return True
    parent = block.element.getparent()
    return parent is not None and previous.element.getparent() is parent and block.element.tag == previous.element.tag


class _Tally:
    """Good and bad tokens of every element's subtree, and the index of its first block, in one pass."""

    def __init__(self, elements: list[Element], blocks: list[Block]) -> None:
        self.elements = elements
        self.good: dict[Element, float] = {}
        self.bad: dict[Element, float] = {}
        self.first: dict[Element, int] = {}
        self.count: dict[Element, int] = {}
        for index, block in enumerate(blocks):
            good, bad = _weights(block)
            owner = block.element
            self.good[owner] = self.good.get(owner, 0.0) + good
            self.bad[owner] = self.bad.get(owner, 0.0) + bad
            self.count[owner] = self.count.get(owner, 0) + 1
            self.first.setdefault(owner, index)
        for element in reversed(elements):  # children before parents
            parent = element.getparent()
            if parent is None or element not in self.count:
                continue
            self.good[parent] = self.good.get(parent, 0.0) + self.good[element]
            self.bad[parent] = self.bad.get(parent, 0.0) + self.bad[element]
            self.count[parent] = self.count.get(parent, 0) + self.count[element]
            if self.first[element] < self.first.get(parent, len(blocks)):
                self.first[parent] = self.first[element]

    def best(self, bad_weight: float) -> Element | None:
        """The element with the highest good − α·bad (the deepest one on a tie)."""
        best, best_score = None, 0.0
        for element in reversed(self.elements):
            good = self.good.get(element, 0.0)
            score = good - bad_weight * self.bad.get(element, 0.0)
            if good >= _MIN_BODY_TOKENS and score > best_score:
                best, best_score = element, score
        return best


def _chrome_blocks(blocks: list[Block], tally: _Tally) -> set[int]:
    """Indexes of blocks inside confirmed chrome: chrome-named elements and heading-opened boxes."""
    total = tally.good.get(tally.elements[0], 0.0) if tally.elements else 0.0
    confirmed: dict[Element, bool] = {}

    def is_minor(element: Element, share: float) -> bool:
        return tally.good.get(element, 0.0) <= share * total

    boxes = {
        box
        for index, block in enumerate(blocks)
        if block.is_boilerplate_heading
        for box in [_heading_box(block, index, tally, is_minor)]
        if box is not None
    }
    excluded: set[int] = set()
    for index, block in enumerate(blocks):
        for element in block.chrome:
            if element not in confirmed:
                confirmed[element] = is_minor(element, _MAX_CHROME_SHARE)
            if confirmed[element]:
                excluded.add(index)
                break
    if boxes:
        box_first = {tally.first[box]: box for box in boxes}
        open_box: Element | None = None
        members: set[Element] = set()
        for index, block in enumerate(blocks):
            if index in box_first:
                open_box = box_first[index]
                members = set(open_box.iter())
            if open_box is not None and block.element in members:
                excluded.add(index)
    return excluded


def _before_headline(blocks: list[Block], headline: str | None, excluded: set[int]) -> set[int]:
    """Indexes of the blocks before the headline, if the headline is shown and most prose follows it."""
    if not headline:
        return set()
    key = "".join(headline.split())
    position = next((i for i, block in enumerate(blocks) if block.text.replace(" ", "") == key), None)
    if position is None:
        return set()
    prose = [_weights(block)[0] if i not in excluded else 0.0 for i, block in enumerate(blocks)]
    after = sum(prose[position:])
    if after < _MIN_PROSE_AFTER_HEADLINE * sum(prose):
        return set()
    return set(range(position))


def _teaser_blocks(blocks: list[Block], tally: _Tally) -> set[int]:
    """Blocks of teaser cards: a linked title plus a summary, in a run of look-alike siblings.

    Feeds of "more stories" after a short article are written as prose, so they look like content
    block by block; what gives them away is the card: a few blocks, one of them a title link, in a
    container whose siblings repeat its tag and class.
    """
    cards: dict[Element, bool] = {}
    siblings_alike: dict[Element, dict[tuple[str, str], int]] = {}
    excluded: set[int] = set()
    for index, block in enumerate(blocks):
        if not block.is_content:
            continue
        element = block.element
        for _ in range(_MAX_CARD_DEPTH):
            parent = element.getparent()
            if parent is None or tally.count.get(element, 0) > _MAX_CARD_BLOCKS:
                break
            if element not in cards:
                cards[element] = _is_card(element, parent, blocks, tally, siblings_alike)
            if cards[element]:
                excluded.add(index)
                break
            element = parent
    return excluded


def _is_card(
    element: Element,
    parent: Element,
    blocks: list[Block],
    tally: _Tally,
    siblings_alike: dict[Element, dict[tuple[str, str], int]],
) -> bool:
    count = tally.count.get(element, 0)
    if count < 2:
        return False
    first = tally.first[element]
    has_title_link = any(
        block.link_density >= 0.9 and block.tokens >= 3 for block in blocks[first : first + count]
    )
    if not has_title_link:
        return False
    if parent not in siblings_alike:
        signatures: dict[tuple[str, str], int] = {}
        for child in parent:
            if isinstance(child.tag, str):
                key = (child.tag, child.get("class", ""))
                signatures[key] = signatures.get(key, 0) + 1
        siblings_alike[parent] = signatures
    return siblings_alike[parent].get((element.tag, element.get("class", "")), 0) >= _MIN_CARD_SIBLINGS


def _heading_box(
    block: Block, index: int, tally: _Tally, is_minor: Callable[[Element, float], bool]
) -> Element | None:
    """The largest ancestor (a few levels up) that this heading opens and that holds little prose."""
    box = block.element
    if box.tag in ("body", "html") or not is_minor(box, _MAX_BOX_SHARE):
        return None
    ancestor = box.getparent()
    for _ in range(_MAX_BOX_CLIMB):
        if ancestor is None or ancestor.tag in ("body", "html") or tally.first.get(ancestor) != index:
            break
        if not is_minor(ancestor, _MAX_BOX_SHARE):
            break
        box = ancestor
        ancestor = ancestor.getparent()
    return box


def _best_run(body: list[Block], bad_weight: float) -> list[Block]:
    """The contiguous run of blocks with the highest good − α·bad (maximum subarray, in reading order)."""
    best_score, best_start, best_end = 0.0, 0, 0
    score, start = 0.0, 0
    for index, block in enumerate(body):
        good, _ = _weights(block)
        bad = block.tokens * block.link_density
        if score <= 0:
            score, start = 0.0, index
        score += good - bad_weight * bad
        if score > best_score:
            best_score, best_start, best_end = score, start, index + 1
    if best_start > 0 and _is_neutral(body[best_start - 1]):
        best_start -= 1
    if best_end < len(body) and _is_neutral(body[best_end]):
        best_end += 1
    return body[best_start:best_end]


def _is_neutral(block: Block) -> bool:
    """Short text without links (a subhead, a caption, a dateline) that belongs to whatever it adjoins."""
    return block.link_density == 0 and not block.is_content


def _weights(block: Block) -> tuple[float, float]:
    """(good, bad) tokens of a block: prose counts as good, link text and stray short text as bad."""
    link_tokens = block.tokens * block.link_density
    if block.is_content:
        return block.tokens - link_tokens, link_tokens
    return 0.0, link_tokens + 0.1 * (block.tokens - link_tokens)


def _filter(body: list[Block], options: Options) -> list[Block]:
    """Drop link lists and junk lines; after some prose, a "related" heading or an end marker ends the body."""
    max_links = _MAX_LINK_DENSITY[options.favor]
    kept: list[Block] = []
    prose = 0.0
    for block in body:
        if prose >= _MIN_PROSE_BEFORE_END and (block.is_boilerplate_heading or block.ends_article):
            break
        if block.link_density > max_links or block.is_junk:
            continue
        kept.append(block)
        prose += _weights(block)[0]
    return kept


def _trim(body: list[Block]) -> list[Block]:
    """Link-bearing or one-word fragments before the first and after the last prose block go."""
    start, end = 0, len(body)
    while start < end and _is_fringe(body[start]):
        start += 1
    while end > start and _is_fringe(body[end - 1]):
        end -= 1
    return body[start:end]


def _is_fringe(block: Block) -> bool:
    return not block.is_content and (block.link_density > 0.3 or block.tokens < 2)
