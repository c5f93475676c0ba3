"""Split the cleaned tree into text blocks, in one walk, with the features the scorer needs.

A *block* is a run of text between block-level boundaries (``<p>``, ``<div>``, ``<td>``, ``<li>``,
``<br>`` …), owned by its nearest block-level element. The walk also records the page's
*skeleton*: its block-level elements in document order, each with its parent and the end of its
subtree, so the scorer can sum over subtrees with integer indexes instead of walking lxml again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

from lxml import etree

from .clean import Element, chrome_and_caption
from .lexicon import (
    BLOCK_TAGS,
    BOILERPLATE_HEADING,
    CAPTION_LINE,
    CAPTION_LINE_MARKS,
    CAPTION_LINE_WORDS,
    CJK_TEXT,
    CONTACT_LINE,
    CONTRIBUTORS_NOTE,
    CONTRIBUTORS_WORD,
    DIGIT_SEPARATOR,
    END_OF_ARTICLE,
    JUNK_LINE,
    OVERLAY_HEADING,
    PHOTO_CAPTION_LINE,
    PHOTO_CAPTION_OPENINGS,
    PHOTO_CREDIT_REACH,
    PRIVATE_USE,
    REPRINT_DISCLAIMER,
    REPRINT_DISCLAIMER_WORDS,
    RIGHTS_NOTICE,
    RIGHTS_NOTICE_WORD,
    SENTENCE_ENDS,
    SENTENCE_MARKS,
    SUMMARY_LABEL,
    SUMMARY_LINE,
    TRADITIONAL_TO_SIMPLIFIED,
)

#: One token per CJK character, one per run of other word characters (the benchmark's measure).
TOKEN = re.compile(rf"[{CJK_TEXT}]|[^\W{CJK_TEXT}]+")
#: A character that keeps `count_tokens` off its fast path: neither ASCII nor a punctuation mark, symbol or
#: space of Latin-1, General Punctuation, Currency Symbols, CJK Symbols and Punctuation or the fullwidth forms
#: (curly quotes, dashes, ©, €, 。，「」！), which separate tokens as ASCII punctuation does.
_NOT_ASCII_LIKE = re.compile(
    r"[^\x00-\x7f\xa0-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u2000-\u206f\u20a0-\u20cf"
    r"\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036\u3037\u303d-\u303f"
    r"\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
#: A run of CJK characters, each of them a token.
_CJK_RUN = re.compile(f"[{CJK_TEXT}]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_ICON_GLYPH = re.compile(f"[{PRIVATE_USE}]")
#: ASCII bytes marked as word bytes (``w``: what ``\w`` matches) or separators (a space).
_WORD_BYTES = bytes(ord("w") if chr(i).isalnum() or chr(i) == "_" else ord(" ") for i in range(128)) + b" " * 128
#: ASCII bytes by their part in `_punctuation`: sentence marks (``p``), points and colons (``.``), digits (``d``).
_MARK_BYTES = (
    bytes(
        ord("p")
        if SENTENCE_MARKS.match(chr(i))
        else ord(".")
        if chr(i) in ".:"
        else ord("d")
        if chr(i).isdigit()
        else 32
        for i in range(128)
    )
    + b" " * 128
)
#: How teasers in link lists end: an ellipsis, or a "[详细] / 更多 / read more" link.
_TEASER_END = re.compile(
    r"(?:(?:\.\.\.|…|。。。)(?:\s*[\]】)）>»])?|[\[【(（]?(?:详细|详情|全文|更多|阅读全文|查看全文|read\s+more|more)[\]】)）>»]*)\s*$",
    re.I,
)
_TEASER_TAIL_CHARS = 24
#: What every `_TEASER_END` match ends with, once trailing space is gone (an ellipsis, a bracket, the last
#: character of a "more" word in either case): a C-level test that turns away nearly all prose, which ends
#: with a full stop. Keep it in step with the pattern.
_TEASER_ENDINGS = ("...", "…", "。。。", "]", "】", ")", "）", ">", "»", "细", "情", "文", "多", "e", "E")
#: Markup that a broken page shows as text (``<img src=…>`` inside an unclosed attribute or noscript).
_MARKUP_TEXT = re.compile(r"^<[a-zA-Z!/][^>]*>")
#: A tag shown as text anywhere in a line: an embed code (``Embed <iframe src=…></iframe>``) is mostly tags.
_MARKUP_TAG = re.compile(r"<[a-zA-Z/][^<>]*>")
#: What a letter of a pattern becomes in its case-sensitive twin, and where the letters stand (escapes are
#: matched first, and kept).
_ASCII_FOLD = {
    **{letter: letter.lower() for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    "İ": "i",
    "ı": "i",
    "ſ": "s",
    "\u212a": "k",
}
_TWIN_LETTER = re.compile(r"\\.|[A-Zİıſ\u212a]", re.S)
_TRADITIONAL = re.compile("[" + "".join(map(chr, TRADITIONAL_TO_SIMPLIFIED)) + "]")
_MAX_JUNK_LINE_CHARS = 400
_MAX_END_MARKER_CHARS = 300
_MAX_SUMMARY_LABEL_CHARS = 20
_MAX_CAPTION_CHARS = 600
_CAPTION_TAIL_CHARS = 80  # a photo credit ends a caption
_ITEM_SEPARATORS = ("·", "•", "|")
_ITEM_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?[·•|]\s*")  # a space run entered at its start
_MAX_ITEM_BAR_CHARS = 200
_MIN_BAR_ITEMS = 3
_MAX_BAR_ITEM_TOKENS = 5
#: A caption of at least this many paragraphs (``<p>``, one of them prose) is an item's text.
_MIN_ITEM_PARAGRAPHS = 3
#: After a linked opening sentence (its mark right after the link), this many tokens of prose.
_LINKED_SENTENCE_MARKS = frozenset(SENTENCE_ENDS)
_MIN_LINKED_SENTENCE_REST = 6
#: A short "相关新闻 / Related / 评论" line has at most this many tokens.
MAX_HEADING_TOKENS = 12
#: A box heading may end in a note in brackets (PowerEasy's
#: ``网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）``), bounded by `BOILERPLATE_HEADING` to
#: 40 characters: the note does not count against the heading's length, and a line of more tokens than this is
#: never one.
_MAX_NOTED_HEADING_TOKENS = MAX_HEADING_TOKENS + 40
_NOTE_OPENING = re.compile(r"[(（]")
_NOTE_ENDS = (")", "）")
#: A day written out with 年, 月 and 日 and nothing else (``2024年5月17日``), as a document is dated under its
#: signature; and what that signature is: a short line (an office, a name) without digits, sentence marks or a
#: label's colon.
_WRITTEN_DAY = re.compile(r"(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日")
_MAX_SIGNATURE_CHARS = 40
_NOT_IN_SIGNATURE = re.compile(r"[\d。！？；：:，,.!?;]")


@dataclass(slots=True)
class Block:
    """A run of text and its features; `owner` indexes the owning element in the `Skeleton`."""

    text: str
    owner: int
    tokens: int
    link_density: float
    #: `punctuation`, once counted: only blocks of 10 to 30 tokens and runs of short lines are asked (a
    #: quarter of them), so the walk leaves it None
    counted_punctuation: int | None
    #: the share of the text in in-page links (``href="#…"``: a table of contents, footnote marks),
    #: which move around the article rather than away from it
    anchor_density: float = 0.0
    preformatted: bool = False
    #: `caption`, once decided; None while it is left to the text (`caption` decides when first asked: the scorer
    #: asks it of the blocks it has not set aside, far fewer than the walk makes)
    decided_caption: bool | None = False
    chrome: tuple[int, ...] = ()
    in_prose_run: bool = False
    #: the sentence trails off into the next paragraph ("… one driver will be cracking a cold one…" /
    #: "…and by that I mean"): its ellipsis is suspense, not a teaser cut short
    continued: bool = False
    is_content: bool = False
    #: the block-level element that owns the text (``skeleton.elements[owner]``): later stages read the
    #: document's structure (headings, lists, tables, figures) from it, never by finding the text again
    element: Element | None = None
    #: made inside a ``<figure>``, where a line that ends with a photo credit is the caption
    in_figure: bool = False

    def refresh_content(self) -> None:
        """Decide whether the block is prose; called again when `in_prose_run` changes.

        Prose: enough words with sentence punctuation (or plenty of words), few links, not a
        teaser. A short line counts as prose too when it belongs to a run of short lines that
        reads as prose as a whole (one phrase per ``<p>`` or per ``<br>``, as blogs and WeChat write).
        """
        prose = self.link_density < 0.4 and (
            self.tokens >= 30 or (self.tokens >= 10 and (self.continued or self.punctuation >= 1)) or self.in_prose_run
        )
        # the teaser test last: a regex, and most blocks are settled without it
        self.is_content = prose and (self.continued or not _ends_like_teaser(self.text))

    __post_init__ = refresh_content  # (one call fewer per block than a method calling it)

    @property
    def caption(self) -> bool:
        """An image caption or photo credit: inside a caption element, or told by its text (a wire photo's caption
        line, or in a figure a line that ends with a photo credit: a figure's caption may be a plain paragraph)."""
        if self.decided_caption is None:
            text = self.text
            self.decided_caption = _is_photo_caption(text) or (self.in_figure and ends_with_photo_credit(text))
        return self.decided_caption

    @caption.setter
    def caption(self, value: bool) -> None:
        self.decided_caption = value

    @property
    def punctuation(self) -> int:
        """Sentence marks in the text (`_punctuation`)."""
        if self.counted_punctuation is None:
            text = self.text
            self.counted_punctuation = _ascii_punctuation(text) if text.isascii() else _punctuation(text)
        return self.counted_punctuation

    @property
    def is_heading_sized(self) -> bool:
        """Short enough for a heading: the first test of `is_boilerplate_heading` and `is_overlay_heading`, cheap
        enough for every block (a few tokens, or a few more when the line ends as a note in brackets closes it)."""
        return self.tokens <= MAX_HEADING_TOKENS or (
            self.tokens <= _MAX_NOTED_HEADING_TOKENS and self.text.endswith(_NOTE_ENDS)
        )

    @property
    def is_boilerplate_heading(self) -> bool:
        """A short "相关新闻 / Related / 评论" line that opens a box of things that are not the article."""
        return (
            (self.tokens <= MAX_HEADING_TOKENS or _heading_tokens(self.text, self.tokens) <= MAX_HEADING_TOKENS)
            # a heading is not a sentence (it may trail off: "Você pode gostar...")
            and (not self.text.endswith(SENTENCE_ENDS) or self.text.endswith(("...", "…")))
            and _is_heading_line(self.text)
        )

    @property
    def is_overlay_heading(self) -> bool:
        """The heading of a consent banner ("We value your privacy"), whatever its class names."""
        return self.tokens <= MAX_HEADING_TOKENS and bool(OVERLAY_HEADING.match(self.text))

    @property
    def ends_article(self) -> bool:
        """An end marker or platform notice after which nothing belongs to the article."""
        if len(self.text) > _MAX_END_MARKER_CHARS:
            return False
        text = _simplified(self.text)
        if _FOLDED_END_OF_ARTICLE.match(text):
            return True
        lowered = text.lower()
        return bool(
            (CONTRIBUTORS_WORD in lowered and CONTRIBUTORS_NOTE.match(text))
            or (RIGHTS_NOTICE_WORD in lowered and RIGHTS_NOTICE.match(text))
            or (REPRINT_DISCLAIMER_WORDS in text and REPRINT_DISCLAIMER.match(text))
        )

    @property
    def is_labelled_summary(self) -> bool:
        """A summary labelled as such (``摘要：…``, ``【导读】…``): a standfirst where it opens the body."""
        return len(self.text) <= _MAX_JUNK_LINE_CHARS and bool(_FOLDED_SUMMARY_LINE.match(_simplified(self.text)))

    @property
    def is_contact_line(self) -> bool:
        """A site's address, phone or registration line (`CONTACT_LINE`), furniture where it closes the body."""
        text = self.text
        return len(text) <= _MAX_JUNK_LINE_CHARS and _line_matches(text, _FOLDED_CONTACT_LINE, _ASCII_CONTACT_LINE)

    @property
    def is_junk(self) -> bool:
        """Page furniture wherever it appears: print/share bars, disclaimers, markup shown as text."""
        if len(self.text) > _MAX_JUNK_LINE_CHARS:
            return False
        text = self.text
        if _LETTER_OR_DIGIT.search(text) is None:  # a separator ("___", "* * *") or a lone "·" of a meta bar
            return True
        if not text.isascii() and _LETTER.search(text) is None and _ICON_GLYPH.search(text):
            return True  # an icon font's glyph beside a count: a like or comment counter
        if _MARKUP_TEXT.match(text) or _mostly_markup(text) or (not self.preformatted and _is_item_bar(text)):
            return True
        return _line_matches(text, _FOLDED_JUNK_LINE, _ASCII_JUNK_LINE)


def _is_item_bar(text: str) -> bool:
    """A bar of short items joined by ``·``, ``•`` or ``|``: a story header's meta line ("May 2, 2024 · 3 min ·
    620 words · Jane Doe | Edit"), a trail or a list of links, never a sentence of the article."""
    if len(text) > _MAX_ITEM_BAR_CHARS or not any(map(text.__contains__, _ITEM_SEPARATORS)):
        return False
    items = _ITEM_SEPARATOR.split(text)
    return len(items) >= _MIN_BAR_ITEMS and all(
        len(TOKEN.findall(item)) <= _MAX_BAR_ITEM_TOKENS and not item.rstrip().endswith(SENTENCE_ENDS) for item in items
    )


def _ends_like_teaser(text: str) -> bool:
    """A teaser cut short ("…", "[详细]", "read more"); most prose fails `_TEASER_ENDINGS` before the regex.

    Chinese prose closes a sentence with the two-character ellipsis ``……`` (省略号) as it would with a full stop;
    a list cuts its teasers with one ``…`` or ``...``.
    """
    end = text.rstrip()
    return (
        end.endswith(_TEASER_ENDINGS)
        and not end.endswith("……")
        and _TEASER_END.search(text[-_TEASER_TAIL_CHARS:]) is not None
    )


def is_signed_day(line: str, above: str) -> bool:
    """The day under the signature that closes an official document, a notice or a letter (its 落款:
    ``青山县人民政府办公室`` over ``2024年5月17日``; `above` is the line before `line`). It dates the document, not
    the page, and is part of the text as printed, where a bare date elsewhere is a page's furniture."""
    if not line.rstrip().endswith("日"):  # (a test that settles nearly every line)
        return False
    signature = above.strip()
    return (
        _WRITTEN_DAY.fullmatch(line.strip()) is not None
        and 0 < len(signature) <= _MAX_SIGNATURE_CHARS
        and _NOT_IN_SIGNATURE.search(signature) is None
    )


def _heading_tokens(text: str, tokens: int) -> int:
    """The tokens of a line (`tokens` in all) before the note in brackets that may close a box heading
    (`_MAX_NOTED_HEADING_TOKENS`)."""
    if tokens > _MAX_NOTED_HEADING_TOKENS:
        return tokens
    note = _NOTE_OPENING.search(text)
    return tokens if note is None else len(TOKEN.findall(text, 0, note.start()))


def _is_heading_line(text: str) -> bool:
    return _line_matches(text, _FOLDED_BOILERPLATE_HEADING, _ASCII_BOILERPLATE_HEADING)


def _line_matches(text: str, pattern: re.Pattern[str], ascii_twin: re.Pattern[str]) -> bool:
    """`pattern` (case-insensitive) at the start of the line, traditional Chinese folded first; an ASCII line,
    as most lines of Western pages are, goes lower-cased through the pattern's `_case_sensitive_twin`."""
    if text.isascii():
        return ascii_twin.match(text.lower()) is not None
    return pattern.match(_simplified(text)) is not None


def _case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without IGNORECASE, for lower-cased ASCII lines: the regex engine skips an alternative by its
    first character only when its literals are case-sensitive, so the twin of a pattern of a hundred
    alternatives runs in about half the time.

    On an ASCII line, a letter of the pattern matches under IGNORECASE the letter's ASCII case forms; in the
    twin it is written as the lower-case one (escapes such as ``\\W`` stay): upper-case letters, and the
    letters that fold to ASCII ones (dotted and dotless i, long s, the Kelvin sign).
    """
    source = _TWIN_LETTER.sub(lambda found: _ASCII_FOLD.get(found.group(), found.group()), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for lines folded to simplified Chinese (`_simplified`): its own traditional characters folded too,
    so that a Japanese word written with one of them still matches (``関連記事``: ``記`` folds to ``记``)."""
    return re.compile(pattern.pattern.translate(TRADITIONAL_TO_SIMPLIFIED), pattern.flags)


_FOLDED_BOILERPLATE_HEADING = _folded(BOILERPLATE_HEADING)
_FOLDED_JUNK_LINE = _folded(JUNK_LINE)
_FOLDED_CONTACT_LINE = _folded(CONTACT_LINE)
_FOLDED_END_OF_ARTICLE = _folded(END_OF_ARTICLE)
_FOLDED_SUMMARY_LINE = _folded(SUMMARY_LINE)
_FOLDED_SUMMARY_LABEL = _folded(SUMMARY_LABEL)
_ASCII_BOILERPLATE_HEADING = _case_sensitive_twin(BOILERPLATE_HEADING)
_ASCII_JUNK_LINE = _case_sensitive_twin(JUNK_LINE)
_ASCII_CONTACT_LINE = _case_sensitive_twin(CONTACT_LINE)


def _mostly_markup(text: str) -> bool:
    """Whether tags shown as text make up at least half of the line (an embed code)."""
    return "<" in text and 2 * sum(len(tag) for tag in _MARKUP_TAG.findall(text)) >= len(text)


def is_summary_label(text: str) -> bool:
    """A summary's label alone on its line (``摘要``), the summary in the element after it."""
    return len(text) <= _MAX_SUMMARY_LABEL_CHARS and bool(_FOLDED_SUMMARY_LABEL.match(_simplified(text)))


def _simplified(text: str) -> str:
    """Traditional Chinese folded to simplified, so one set of patterns reads both."""
    if text.isascii() or not _TRADITIONAL.search(text):  # a C-level scan, far cheaper than translate
        return text
    return text.translate(TRADITIONAL_TO_SIMPLIFIED)


@dataclass
class Skeleton:
    """The block-level elements of a page in document order: ``elements[0]`` is the root.

    ``parents[i]`` is the index of the nearest block-level ancestor (-1 for the root),
    ``range(i, ends[i])`` holds the indexes of element ``i``'s subtree and ``tags[i]`` is its tag (read
    once by the walk: lxml builds a new string at each read of ``element.tag``, and the scorer asks often).
    """

    elements: list[Element] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def tag(self, index: int) -> str:
        return self.tags[index]

    def contains(self, container: int, index: int) -> bool:
        return container <= index < self.ends[container]


def split_blocks(root: Element) -> tuple[list[Block], Skeleton]:
    """The tree's blocks in reading order and its skeleton, in one walk; ``<br>`` ends a block too.

    Each block carries the skeleton indexes of its chrome-named ancestors, so the scorer can
    later decide whether they really are chrome without walking the tree again. This walk is the
    extractor's hot loop (every element passes through it twice), hence its flat shape. An element's
    names are read when the first block inside it is made: a quarter of the block-level elements hold
    no text, and what they are named is never asked.
    """
    elements: list[Element] = [root]
    tags = [root.tag]
    parents = [-1]
    ends = [0]
    blocks: list[Block] = []
    owners = [0]
    chrome: list[int] = []
    chrome_now: tuple[int, ...] = ()
    chrome_memo: dict[str, int] = {}
    named = 1  # how many of the open elements (`owners`, outermost first) had their names read (never the root)
    parts: list[str] = []
    link_parts: list[str] = []
    anchor_parts: list[str] = []
    captions: list[int] = []  # skeleton indexes of the open captions (figcaption, class "caption")
    caption_starts: list[int] = []  # the number of blocks made when each open caption started
    link_depth = anchor_depth = pre_depth = figure_depth = 0

    def flush() -> None:
        nonlocal chrome_now, named
        if named < len(owners):
            for index in owners[named:]:
                chrome_name, caption_name = chrome_and_caption(elements[index], chrome_memo)
                if chrome_name:
                    chrome.append(index)
                    chrome_now = tuple(chrome)
                if caption_name or tags[index] == "figcaption":
                    captions.append(index)
                    caption_starts.append(len(blocks))  # (no block was made inside it before this one)
            named = len(owners)
        owner = owners[-1]
        block = _make_block("".join(parts), link_parts, owner, elements[owner], pre_depth > 0, chrome_now)
        if block is not None:
            if captions:
                block.decided_caption = True
            else:  # left to the text, when asked
                block.decided_caption, block.in_figure = None, figure_depth > 0
            if anchor_parts:
                block.anchor_density = min(block.link_density, _density("".join(anchor_parts), block.text))
            blocks.append(block)
        parts.clear()
        if link_parts:
            link_parts.clear()
            anchor_parts.clear()

    # The elements in document order, each closed (the block its end tag ends, its tail) before the next element
    # that is not inside it opens: lxml's iteration and a parent test cost less than a walk's start and end events.
    open_elements: list[Element] = []  # outermost first
    end = etree.Element("end")  # after the last element: none of the open elements is its parent
    for element in chain(root.iter(), (end,)):
        parent = element.getparent()
        while open_elements and open_elements[-1] is not parent:
            closed = open_elements.pop()
            tag = closed.tag
            if tag in BLOCK_TAGS:
                if parts:
                    flush()
                index = owners.pop()
                if named > len(owners):
                    named = len(owners)
                ends[index] = len(elements)
                if chrome and chrome[-1] == index:
                    chrome.pop()
                    chrome_now = tuple(chrome)
                if captions and captions[-1] == index:
                    captions.pop()
                    start = caption_starts.pop()
                    if not captions and _is_item_text(blocks, start, tags):
                        for block in blocks[start:]:
                            block.caption = _is_photo_caption(block.text)
                if tag == "pre":
                    pre_depth -= 1
                elif tag == "figure":
                    figure_depth -= 1
            elif tag == "a":
                link_depth -= 1
                if anchor_depth and (closed.get("href") or "").startswith("#"):
                    anchor_depth -= 1
            tail = closed.tail
            if tail and (parts or not tail.isspace()) and closed is not root:
                parts.append(tail)
                if link_depth:
                    link_parts.append(tail)
                    if anchor_depth:
                        anchor_parts.append(tail)
        if element is end:
            break
        open_elements.append(element)
        tag = element.tag
        if tag in BLOCK_TAGS:
            if parts:
                flush()
            index = len(elements)
            elements.append(element)
            tags.append(tag)
            parents.append(owners[-1])
            ends.append(index + 1)
            owners.append(index)
            if tag == "pre":
                pre_depth += 1
            elif tag == "figure":
                figure_depth += 1
        elif tag == "a":
            link_depth += 1
            if (element.get("href") or "").startswith("#"):
                anchor_depth += 1
        elif tag == "br" and parts:
            if pre_depth:  # a line break inside preformatted text (highlighters end each code line with <br>)
                parts.append("\n")
            else:
                flush()
        text = element.text
        if text and (parts or not text.isspace()):  # leading white space makes no block
            parts.append(text)
            if link_depth:
                link_parts.append(text)
                if anchor_depth:
                    anchor_parts.append(text)
    if parts:
        flush()
    ends[0] = len(elements)
    return blocks, Skeleton(elements, parents, ends, tags)


def _is_photo_caption(text: str) -> bool:
    """A wire-photo caption or credit printed as a paragraph (``In this … file photo``, ``FILE - …``)."""
    if len(text) > _MAX_CAPTION_CHARS:
        return False
    head = text[:PHOTO_CREDIT_REACH]
    if not (text.startswith(PHOTO_CAPTION_OPENINGS) or "/" in head or "|" in head):
        return False
    return PHOTO_CAPTION_LINE.match(text) is not None


def ends_with_photo_credit(text: str) -> bool:
    """A caption's last words: a photo credit (`CAPTION_LINE`) in the text's tail, after substring tests that
    rule out most lines far more cheaply (mapped over a bound ``__contains__``: no generator to run per line)."""
    tail = text[-_CAPTION_TAIL_CHARS:]
    if any(map(tail.__contains__, CAPTION_LINE_MARKS)) or any(map(tail.lower().__contains__, CAPTION_LINE_WORDS)):
        return CAPTION_LINE.search(tail) is not None
    return False


def _is_item_text(blocks: list[Block], start: int, tags: list[str]) -> bool:
    """Whether a caption holds paragraphs of prose rather than a caption: a slideshow or listicle writes
    each item's text into its image's ``<figcaption>``, several ``<p>`` long, while a caption is a line."""
    inside = blocks[start:]
    if len(inside) < _MIN_ITEM_PARAGRAPHS or not any(block.is_content for block in inside):
        return False
    return len({block.owner for block in inside if tags[block.owner] == "p"}) >= _MIN_ITEM_PARAGRAPHS


def _make_block(
    raw: str, link_parts: list[str], owner: int, element: Element, preformatted: bool, chrome: tuple[int, ...]
) -> Block | None:
    text = raw.strip() if preformatted else " ".join(raw.split())
    if not text:
        return None
    tokens = count_tokens(text)
    links = "".join(link_parts)
    if not links:
        link_density = 0.0
    elif links == raw and not preformatted:  # all link (a menu item, a headline): no need to space the links
        link_density = 0.0 if "@" in text and _mails_itself(element, text) else 1.0
    else:
        link_density = _link_density(links, text)
    # every field by position: keywords cost a fifth of the constructor, and a page makes thousands of blocks
    return Block(
        text, owner, tokens, link_density, None, 0.0, preformatted, False, chrome, False, False, False, element
    )


def _mails_itself(element: Element, text: str) -> bool:
    """Whether the line `text`, all link, is an e-mail address printed as its own ``mailto:`` link (in `element`,
    its owner): text, as a phone number beside it is (a press release's media contact), not a link away."""
    return any(
        (link.text or "").strip() == text
        and (link.get("href") or "").startswith("mailto:")
        and text in link.get("href")
        for link in element.iter("a")
    )


def _link_density(links: str, text: str) -> float:
    """The share of the text in links: 1 for a block that is one link (a menu item, a headline), none for a
    paragraph opening with a linked sentence (`_is_linked_sentence`)."""
    lead = " ".join(links.split())
    if lead == text:
        return 1.0
    return 0.0 if _is_linked_sentence(lead, text) else _density(links, text)


def _is_linked_sentence(lead: str, text: str) -> bool:
    """A paragraph whose opening sentence is a link (`lead`, the link text single-spaced), followed by more
    prose of its own.

    News digests ("10 things you need to know") bold-link each item's first sentence to the full
    story and go on in plain text: ``<li><a>X is stepping down</a>. X will hand over …</li>``.
    The link is part of the prose; a headline list (``<a>Headline</a> <span>2 hours ago</span>``)
    has no sentence mark after the link and no sentence after it.
    """
    if len(lead) >= len(text) or not text.startswith(lead) or text[len(lead)] not in _LINKED_SENTENCE_MARKS:
        return False
    rest = text[len(lead) + 1 :]
    return rest.endswith(SENTENCE_ENDS) and count_tokens(rest) >= _MIN_LINKED_SENTENCE_REST


def count_tokens(text: str) -> int:
    """``len(TOKEN.findall(text))``, without making a string per token.

    Text that is ASCII but for punctuation (Western prose with curly quotes) is counted in C: each
    run of word bytes starts after a separator. Chinese text has its CJK runs counted (each character a
    token) and replaced by spaces, and what remains (punctuation, Latin words, digits) is usually
    counted the same way: far cheaper than a match per character.
    """
    if text.isascii() or not _NOT_ASCII_LIKE.search(text):
        return _ascii_like_tokens(text)
    rest, runs = _CJK_RUN.subn(" ", text)
    cjk = len(text) - len(rest) + runs
    if runs and not _NOT_ASCII_LIKE.search(rest):
        return cjk + _ascii_like_tokens(rest)
    return cjk + len(TOKEN.findall(rest))


def _ascii_like_tokens(text: str) -> int:
    """The runs of ASCII word bytes in the text, each starting at its start or after a separator (any other
    character becomes ``?``, a separator)."""
    marked = text.encode("ascii", "replace").translate(_WORD_BYTES)
    return marked.count(b" w") + marked.startswith(b"w")


def _ascii_punctuation(text: str) -> int:
    """`_punctuation` of ASCII text, from a byte translation counted in C (most blocks of Western pages are
    ASCII, and a regex pass costs more)."""
    marks = text.encode("ascii").translate(_MARK_BYTES)
    points = marks.count(b".")
    separators = len(DIGIT_SEPARATOR.findall(text)) if points and b"d.d" in marks else 0
    return marks.count(b"p") + points - separators


def _punctuation(text: str) -> int:
    """Sentence marks in the text; points and colons are counted in C and the few between digits taken off."""
    marks = len(SENTENCE_MARKS.findall(text))
    points = text.count(".") + text.count(":")
    return marks + points - len(DIGIT_SEPARATOR.findall(text)) if points else marks


def _density(part: str, text: str) -> float:
    """The share of `text`'s non-space characters that `part` (a piece of it) holds."""
    chars = len(text) - text.count(" ")
    return min(1.0, len("".join(part.split())) / chars) if chars else 0.0
