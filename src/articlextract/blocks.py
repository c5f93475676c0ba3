"""Find the article body: split the tree into text blocks, score every container, keep the best.

A *block* is a run of text between block-level boundaries (``<p>``, ``<div>``, ``<td>``, ``<li>``,
``<br>`` …), owned by its nearest block-level element. Each block is weighed once: content-like
blocks (enough words, sentence punctuation, few links, not a "…" teaser) add *good* weight, link
text and short non-sentence text add *bad* weight. Both sums are propagated bottom-up in one pass
over the tree, and the container with the largest ``good − α·bad`` wins: it is the smallest
element that gathers most of the prose while taking in little chrome, so bodies spread over
sibling ``<div>``s, ``<br>`` runs or table cells are collected whole, and a short article does not
drag in the link lists that follow it. The winner's blocks are then filtered (link lists, junk
lines, a trailing "related" heading and all after it) and trimmed at both ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree, html

from .lexicon import BLOCK_TAGS, BOILERPLATE_HEADING, JUNK_LINE, SENTENCE_PUNCTUATION
from .options import Options

CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
#: One token per CJK character, one per run of other word characters (the benchmark's measure).
TOKEN = re.compile(rf"[{CJK_RANGES}]|[^\W{CJK_RANGES}]+")
_WHITESPACE = re.compile(r"\s+")
_TEASER_END = re.compile(r"(?:\.\.\.|…|。。。)\s*[\]】)）>»]?\s*$")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: α, the price of one token of chrome in the container score, per `Options.favor`.
_BAD_WEIGHT = {"balanced": 1.0, "precision": 2.0, "recall": 0.5}
#: A body needs at least this many good tokens; below it the page has no article.
_MIN_BODY_TOKENS = 10


@dataclass(slots=True)
class Block:
    """A run of text with the features the scorer needs."""

    text: str
    element: html.HtmlElement
    tokens: int
    link_density: float
    punctuation: int
    preformatted: bool = False

    @property
    def is_heading(self) -> bool:
        return self.element.tag in _HEADING_TAGS

    @property
    def is_content(self) -> bool:
        """Prose: enough words with sentence punctuation (or plenty of words), few links, not a teaser."""
        if self.link_density >= 0.4 or _TEASER_END.search(self.text):
            return False
        return (self.tokens >= 10 and self.punctuation >= 1) or self.tokens >= 30


def iter_blocks(root: html.HtmlElement) -> Iterator[Block]:
    """The tree's blocks in reading order, produced lazily in one walk; ``<br>`` ends a block too."""
    owners: list[html.HtmlElement] = [root]
    parts: list[str] = []
    link_parts: list[str] = []
    link_depth = 0
    pre_depth = 0

    def flush() -> Block | None:
        block = _make_block("".join(parts), "".join(link_parts), owners[-1], pre_depth > 0)
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
            if tag == "a":
                link_depth += 1
            elif tag == "pre":
                pre_depth += 1
            add(element.text)
        else:
            if tag in BLOCK_TAGS:
                block = flush()
                if block is not None:
                    yield block
                owners.pop()
            if tag == "a":
                link_depth -= 1
            elif tag == "pre":
                pre_depth -= 1
            if element is not root:
                add(element.tail)
    block = flush()
    if block is not None:
        yield block


def _make_block(raw: str, link_text: str, owner: html.HtmlElement, preformatted: bool) -> Block | None:
    text = raw.strip() if preformatted else _WHITESPACE.sub(" ", raw).strip()
    if not text:
        return None
    chars = len(text) - text.count(" ")
    link_chars = len(link_text) - sum(link_text.count(c) for c in " \n\t\r\xa0\u3000")
    return Block(
        text=text,
        element=owner,
        tokens=len(TOKEN.findall(text)),
        link_density=min(1.0, max(0, link_chars) / chars) if chars else 0.0,
        punctuation=len(SENTENCE_PUNCTUATION.findall(text)),
        preformatted=preformatted,
    )


def find_body(root: html.HtmlElement, options: Options) -> list[Block]:
    """The blocks of the article body, in reading order; empty when the page has no article."""
    blocks = list(iter_blocks(root))
    if not blocks:
        return []
    elements = list(root.iter())
    container = _best_container(elements, blocks, _BAD_WEIGHT[options.favor])
    if container is None:
        return []
    inside = _subtree_members(container)
    body = [block for block in blocks if block.element in inside]
    return _trim(_filter(body, options))


def _best_container(
    elements: list[html.HtmlElement], blocks: list[Block], bad_weight: float
) -> html.HtmlElement | None:
    """The element with the highest good − α·bad over its subtree (the deepest one on a tie)."""
    good: dict[html.HtmlElement, float] = {}
    bad: dict[html.HtmlElement, float] = {}
    for block in blocks:
        block_good, block_bad = _weights(block)
        good[block.element] = good.get(block.element, 0.0) + block_good
        bad[block.element] = bad.get(block.element, 0.0) + block_bad
    best, best_score = None, 0.0
    for element in reversed(elements):  # children before parents
        element_good = good.get(element, 0.0)
        element_bad = bad.get(element, 0.0)
        parent = element.getparent()
        if parent is not None:
            good[parent] = good.get(parent, 0.0) + element_good
            bad[parent] = bad.get(parent, 0.0) + element_bad
        score = element_good - bad_weight * element_bad
        if element_good >= _MIN_BODY_TOKENS and score > best_score:
            best, best_score = element, score
    return best


def _weights(block: Block) -> tuple[float, float]:
    """(good, bad) tokens of a block: prose counts as good, link text and stray short text as bad."""
    link_tokens = block.tokens * block.link_density
    if block.is_content:
        return block.tokens - link_tokens, link_tokens
    return 0.0, link_tokens + 0.3 * (block.tokens - link_tokens)


def _subtree_members(container: html.HtmlElement) -> set[html.HtmlElement]:
    return set(container.iter())


def _filter(body: list[Block], options: Options) -> list[Block]:
    """Drop link lists and junk lines; a "related / comments" heading after the prose ends the body."""
    max_links = {"balanced": 0.6, "precision": 0.3, "recall": 0.8}[options.favor]
    kept: list[Block] = []
    seen_content = False
    for block in body:
        if seen_content and block.tokens <= 12 and BOILERPLATE_HEADING.match(block.text):
            break
        if block.link_density > max_links or JUNK_LINE.match(block.text):
            continue
        kept.append(block)
        seen_content = seen_content or block.is_content
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
