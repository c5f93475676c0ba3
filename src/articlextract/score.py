"""Find the article body among the blocks: score every container, keep the best, cut it to its run.

Each block is weighed once: prose blocks (`Block.is_content`) are *good* weight, link text and
short non-sentence text are *bad* weight. Sums are propagated bottom-up over the skeleton, and the
container with the largest ``good − α·bad`` wins: the smallest element that gathers most of the
prose while taking in little chrome. So bodies spread over sibling ``<div>``s, ``<br>`` runs or
table cells are collected whole, and a short article does not drag in the link lists after it.

Before that, blocks that cannot be the article are set aside: chrome (an element named like
chrome by `clean.is_chrome`, or a box opened by a "相关新闻 / Related / 评论" heading — but only if it
holds a minor share of the page's prose, since a Blogger ``widget Blog`` or a
``content-with-sidebar`` wrapper holds the article; dialogs and consent banners go whatever they
hold, as a cookie policy can outweigh the article), teaser cards of "more stories" feeds, and
whatever precedes the headline. Inside the winner, the maximum-scoring contiguous run of blocks
is kept, after link lists and junk lines are filtered out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from .blocks import MAX_HEADING_TOKENS, TOKEN, Block, Skeleton, is_signed_day, is_summary_label, split_blocks
from .clean import Element, is_overlay, text_of
from .lexicon import EMAIL_ADDRESS, EXPANDER_LABELS, LEAD_CLASS_NAME, RUNNING_TIME
from .metadata.dates import is_date_line
from .options import Options

#: α, the price of one token of chrome in the container score, per `Options.favor`.
_BAD_WEIGHT = {"balanced": 1.0, "precision": 2.0, "recall": 0.5}
#: α for the contiguous run inside the container: a long gap of chrome separates the article from
#: prose that only happens to share its container (a cookie notice, a comment thread).
_RUN_BAD_WEIGHT = {"balanced": 1.5, "precision": 2.5, "recall": 0.75}
#: Link density above which a block inside the body is a link list, per `Options.favor`.
_MAX_LINK_DENSITY = {"balanced": 0.6, "precision": 0.3, "recall": 0.8}
#: Non-link text that is not prose (captions, widget labels, dates) costs this much per token.
_STRAY_TEXT_WEIGHT = 0.1
#: Short non-prose lines of these elements are the article's own (table cells, list items, code),
#: and cost nothing in the run; elsewhere they are charged `_STRAY_TEXT_WEIGHT`.
_FREE_STRAY_TAGS = frozenset({"td", "th", "li", "pre"})
#: Link density above which a line sharing its element with the run's opening prose stays out.
_MAX_SHARED_LINE_LINKS = 0.5
#: The short lines after the article's last paragraph that may still close it (a quoted letter's lines, a question).
_MAX_CLOSING_LINES = 8
_EMAIL_ADDRESS = re.compile(EMAIL_ADDRESS)
#: How a sentence ends, with its closing quote; and with a closing bracket too, where a description may end.
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？", '"', "”", "’", "」")
_SENTENCE_CLOSERS = (*_SENTENCE_MARKS, ")", "）")
#: A body needs at least this many good tokens; below it the page has no article.
_MIN_BODY_TOKENS = 10
#: Chrome-named elements and heading boxes holding more than these shares of the prose are kept.
_MAX_CHROME_SHARE = 0.7
_MAX_BOX_SHARE = 0.3
#: A label beside a box's heading (``Presented by``) has at most this many tokens.
_MAX_LABEL_TOKENS = 3
_MAX_BOX_CLIMB = 4
#: What may follow an expander's label ("Read more …", "Show more ›", "展开全文 ▼").
_EXPANDER_ARROWS = " .…>»›→▼▾+"
#: A heading or end marker closes the body only after this many tokens of prose (a copyright
#: notice printed above the article must not end it before it starts).
_MIN_PROSE_BEFORE_END = 30
#: The headline anchors the body only when at least this share of the prose follows it.
_MIN_PROSE_AFTER_HEADLINE = 0.3
#: Short lines read as prose when at least this many in a row hold this many tokens, with a
#: sentence mark at least every this many tokens …
_MIN_RUN_LINES = 3
#: A run of this many lines or more, each a number one more than the one before (``1 2 3 … 14``), is a pager.
_MIN_PAGER_NUMBERS = 3
_MIN_RUN_TOKENS = 40
_RUN_TOKENS_PER_MARK = 15
#: … or, without punctuation (emoji-studded blog lines), this many lines with no link at all.
_MIN_UNPUNCTUATED_RUN_LINES = 10
_MIN_TOKENS_PER_LINE = 4  # one-word lines are a list (tags, menu items), not prose
#: A paragraph cut short with an ellipsis is still prose when it holds this many tokens and follows prose.
_MIN_CUT_PARAGRAPH_TOKENS = 30
#: Ellipses. A paragraph ending with one and the next opening with one carry a sentence across (not a teaser).
_ELLIPSES = ("...", "…", "。。。")
#: Teaser cards: at most this many blocks, found this close above a summary, repeated this often.
_MAX_CARD_BLOCKS = 6
_MAX_CARD_DEPTH = 4
_MIN_CARD_SIBLINGS = 3
#: A teaser's summary is one paragraph (of prose with at least this many tokens).
_MAX_CARD_PARAGRAPHS = 1
_MIN_PARAGRAPH_TOKENS = 10
#: Chrome-named look-alikes, and look-alike link cards, are the article's items when most gaps between
#: them hold its prose.
_MIN_ALTERNATING_SHARE = 0.75
_CARD_LINK_DENSITY = 0.9
#: A line inside the body heads a box of links (and goes) over this many links leading away: over one, it is as
#: often a label and its linked value (a rating and its "About this rating", an infobox row). The run's last line
#: heads any link card after the article.
_MIN_BOX_LINKS = 2
_MIN_TITLE_WORDS = 3
_MIN_LINKED_PROSE_TOKENS = 15
#: link density up to which a paragraph can still be `_is_linked_prose` (none when precision is favoured)
_MAX_LINKED_PROSE_DENSITY = {"balanced": 0.85, "precision": 0.0, "recall": 0.9}
_SENTENCE_END_MARKS = (".", "!", "?", "。", "！", "？", ".”", "?”", "!”", '."')
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADLINE_TAGS = _SUBHEADING_TAGS | {"h1"}
#: How long a kicker or date printed in the headline's heading before it may be (`_reads`), and how long the
#: headline after it must be (a short one, ``背影``, ends too many other headings).
_MAX_KICKER_CHARS = 40
_MIN_HEADLINE_AFTER_KICKER = 8
#: The elements of the article's paragraphs: its ``<p>``s and the items of its lists.
_PARAGRAPH_TAGS = frozenset({"p", "li"})
#: The elements of a document's signature and the day under it (`_signs_off`).
_SIGNATURE_TAGS = frozenset({"p", "div"})
_LIST_TAGS = frozenset({"ol", "ul"})
_PAGE_TAGS = frozenset({"html", "body"})
#: A body with fewer good tokens than this (a line or two) is weak: the page is read again with chrome names
#: aside, and that reading wins when it holds more than this many times the prose.
_MIN_STRONG_BODY_TOKENS = 30
_MIN_RECALL_GAIN = 4
#: The elements whose text is the body when no container wins, in order of preference.
_BASELINE_TAGS = ("article", "main")
_MIN_BASELINE_TOKENS = 30
#: An ``<article>`` or ``<main>`` that shows the headline is the article's however short: a news brief of a
#: sentence or two (at least this many tokens, and a sentence among them) is its body.
_MIN_HEADED_BASELINE_TOKENS = 8
#: A description this short is a label, not a standfirst.
_MIN_STANDFIRST_TOKENS = 8
#: The article's paragraphs resume after a box set in its middle when this many of them, holding this
#: many good tokens, follow it before the next box.
_MIN_RESUMED_PARAGRAPHS = 3
_MIN_RESUMED_TOKENS = 60
#: A lead paragraph (named so by `LEAD_CLASS_NAME`) is a sentence or more.
_MIN_LEAD_TOKENS = 25
#: The microdata properties of a byline and a date line (`_signed_after`).
_SIGNATURE_PROPS = frozenset(("author", "datePublished"))
#: A labelled summary opens the body: it is among its first blocks (after the headline and an info line), or
#: comes before its first prose.
_MAX_SUMMARY_POSITION = 3
#: How much of the element before a summary is read for its label (``摘要``, a word: whitespace around it included).
_MAX_LABEL_READ_CHARS = 40
#: A dek is a line or two under the headline.
_MAX_DEK_TOKENS = 40


def find_body(
    root: Element, options: Options, headline: str | None = None, description: str | None = None
) -> list[Block]:
    """The blocks of the article body, in reading order; empty when the page has no article.

    `headline` is the title as displayed: the body follows it, so prose printed before the
    headline (sidebars, navigation teasers) is not considered — when enough prose follows it.
    `description` is the page's declared summary: a standfirst restating it is not the body.

    When little or nothing is left once chrome is set aside (a line or two), the page is read again with
    only its teaser cards and its repeated chrome (comments, cards) set aside: an article whose wrappers
    are named like chrome (or like a dialog) is a better answer than none or than a sidebar's blurb, and is
    taken when it holds several times the prose. Failing that, the text of the page's ``<article>``, its
    ``<main>`` or the section its headline opens (`_baseline`: a recipe's lists, a poem's lines) is taken
    when it holds more text than both readings and neither lies inside it. A page without an article (a
    list of teasers, an error page) still has none.
    """
    blocks, skeleton = split_blocks(root)
    if not blocks:
        return []
    _mark_prose_runs(blocks, skeleton)
    _mark_cut_paragraphs(blocks, skeleton)
    key = _squeezed(headline) if headline else ""
    shown = next((i for i, block in enumerate(blocks) if _reads(block, key)), None) if key else None
    page = _Page(blocks, skeleton, _Tally(skeleton, blocks), options, headline, description, shown)
    headings, overlays = _heading_lines(blocks)
    teasers = _teaser_blocks(blocks, skeleton, page.tally) | _media_cards(blocks, skeleton, page.tally)
    chrome, subheadings = _chrome_blocks(blocks, headings, overlays, teasers, page)
    headings = [index for index in headings if index not in subheadings]
    run = _body_without(page, chrome | teasers, headings)
    good = sum(_good(block) for block in run)
    if good < _MIN_STRONG_BODY_TOKENS:
        excluded = teasers | _repeated_chrome_blocks(blocks, skeleton)
        recalled = _body_without(page, excluded, headings)
        if sum(map(_unlinked, recalled)) > _MIN_RECALL_GAIN * good:
            return recalled
        baseline = _baseline(page, excluded)
        if _outweighs_elsewhere(baseline, run) and _outweighs_elsewhere(baseline, recalled):
            return baseline
        if good < _MIN_BODY_TOKENS:  # no prose but in captions: a photo gallery, told in its captions
            captioned = _body_without(page, excluded, headings, captions=True)
            if sum(map(_good, captioned)) >= _MIN_BODY_TOKENS:
                return captioned
    return run


def _outweighs_elsewhere(baseline: list[Block], weak: list[Block]) -> bool:
    """Whether the baseline holds more text than a weak reading that lies outside it (a sidebar's blurb read as
    the body of a page without prose); a weak reading inside it is its prose, and the rest its furniture."""
    inside = {id(block) for block in baseline}
    return sum(map(_unlinked, baseline)) > sum(map(_unlinked, weak)) and not any(id(block) in inside for block in weak)


def _repeated_chrome_blocks(blocks: list[Block], skeleton: Skeleton) -> set[int]:
    """Indexes of the blocks inside chrome-named elements that repeat (at least `_MIN_CARD_SIBLINGS` of one
    tag and class): the comments of a thread, the cards of a list; an article's wrapper is one of a kind."""
    counts: dict[tuple[str, str | None], int] = {}
    for element in {element for block in blocks for element in block.chrome}:
        key = _signature(element, skeleton)
        counts[key] = counts.get(key, 0) + 1
    return {
        index
        for index, block in enumerate(blocks)
        if any(counts[_signature(element, skeleton)] >= _MIN_CARD_SIBLINGS for element in block.chrome)
    }


def _baseline(page: _Page, excluded: set[int]) -> list[Block]:
    """The recall reading of a page where no container won: the blocks of its first ``<article>`` (else its
    ``<main>``, else the section its headline opens: `_headline_section`) that are not `excluded`, link lists,
    junk lines or captions, when they hold `_MIN_BASELINE_TOKENS` tokens. Short paragraphs without a sentence
    mark, or a text made mostly of links, are still an article's."""
    skeleton, tally = page.skeleton, page.tally
    for tag in _BASELINE_TAGS:
        element = next((i for i, name in enumerate(skeleton.tags) if name == tag and tally.count[i]), None)
        if element is None:
            continue
        start, end = tally.first[element], tally.first[element] + tally.count[element]
        found = _baseline_text(page, excluded, start, end)
        if not found and page.shown is not None and skeleton.contains(element, page.blocks[page.shown].owner):
            found = _brief(page, excluded, start, end, page.blocks[page.shown])
        if found:
            return found
    return _headline_section(page, excluded)


def _brief(page: _Page, excluded: set[int], start: int, end: int, headline: Block) -> list[Block]:
    """The text of a news brief: the blocks from `start` to `end` as `_baseline_text` keeps them, the `headline`'s
    aside, when they hold `_MIN_HEADED_BASELINE_TOKENS` tokens outside links and a sentence (the lines of a
    video page's header — a byline, a date — hold none)."""
    found = [block for block in _kept_text(page, excluded, start, end) if block is not headline]
    if sum(map(_unlinked, found)) < _MIN_HEADED_BASELINE_TOKENS or not any(map(_ends_a_sentence, found)):
        return []
    return found


def _ends_a_sentence(block: Block) -> bool:
    """Whether the block ends a sentence (an ellipsis, though it ends with a point, does not)."""
    return block.text.endswith(_SENTENCE_MARKS) and not block.text.endswith(_ELLIPSES)


def _headline_section(page: _Page, excluded: set[int]) -> list[Block]:
    """The blocks after the headline in the nearest of its ancestors (a few levels up, below ``<body>``) whose
    text after it is `_baseline_text`: a recipe's lists, a poem's lines, a table of results under their title,
    which hold no prose to win a container with, are what the page is about."""
    if page.shown is None:
        return []
    skeleton, tally = page.skeleton, page.tally
    element = page.blocks[page.shown].owner
    for _ in range(_MAX_BOX_CLIMB):
        element = skeleton.parents[element]
        if element < 0 or skeleton.tag(element) in _PAGE_TAGS:
            break
        found = _baseline_text(page, excluded, page.shown + 1, tally.first[element] + tally.count[element])
        if found:
            return found
    return []


def _baseline_text(page: _Page, excluded: set[int], start: int, end: int) -> list[Block]:
    """The blocks from `start` to `end` that are not `excluded`, link lists, junk lines or captions, when they
    hold `_MIN_BASELINE_TOKENS` tokens outside links (else none)."""
    found = _kept_text(page, excluded, start, end)
    return found if sum(map(_unlinked, found)) >= _MIN_BASELINE_TOKENS else []


def _kept_text(page: _Page, excluded: set[int], start: int, end: int) -> list[Block]:
    """The blocks from `start` to `end` that are not `excluded`, link lists, junk lines or captions."""
    return [
        block
        for index, block in enumerate(page.blocks[start:end], start)
        if index not in excluded
        and block.link_density <= _MAX_LINK_DENSITY["recall"]
        and not (block.caption or block.is_junk)
    ]


@dataclass(frozen=True, slots=True)
class _Page:
    """What every reading of a page's body starts from."""

    blocks: list[Block]
    skeleton: Skeleton
    tally: _Tally
    options: Options
    headline: str | None
    description: str | None
    #: the index of the block showing the headline, if one does
    shown: int | None


def _body_without(page: _Page, excluded: set[int], headings: list[int], captions: bool = False) -> list[Block]:
    """The body among the blocks not `excluded` (indexes of blocks set aside), in reading order; image captions
    are read as the rest when `captions` is set (or the options ask for them)."""
    blocks, skeleton, tally, options, headline = page.blocks, page.skeleton, page.tally, page.options, page.headline
    shown = page.shown
    excluded |= _before_headline(blocks, shown, excluded)
    keep_captions = captions or options.include_captions or options.favor == "recall"
    kept = [
        block for index, block in enumerate(blocks) if index not in excluded and (keep_captions or not block.caption)
    ]
    # neither the headline nor the article's own link cards weigh in the choice of its container
    key = _squeezed(headline) if headline else ""
    cards = _item_cards(kept, skeleton)
    weighed = [block for block in kept if not (key and _reads(block, key)) and id(block) not in cards]
    container = _best_container(skeleton, weighed, _BAD_WEIGHT[options.favor])
    if container is None:
        return []
    span = range(tally.first[container], tally.first[container] + tally.count[container])
    gaps = _gaps(blocks, span, excluded, skeleton)
    junk: dict[int, float] = {}
    inside = [block for block in kept if skeleton.contains(container, block.owner)]
    linked: set[int] = set()
    body = _filter(inside, options, gaps, junk, linked, skeleton, {id(blocks[index]) for index in headings})
    run = _without_contact_lines(_best_run(body, gaps, _RUN_BAD_WEIGHT[options.favor], skeleton, junk, linked))
    run = _without_link_box_headings(run, blocks, skeleton, tally)
    run = _without_standfirst(run, skeleton, page.description, headline, None if shown is None else blocks[shown])
    return _with_lead(run, blocks, excluded, skeleton, headline)


def _without_contact_lines(run: list[Block]) -> list[Block]:
    """The run without the site's address, phone and registration lines at its end (`Block.is_contact_line`)."""
    end = len(run)
    while end and run[end - 1].is_contact_line:
        end -= 1
    return run[:end]


def _without_link_box_headings(run: list[Block], blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> list[Block]:
    """The run without the lines heading a box of links: in a box of their own, apart from the lines before and
    after them, ending no sentence, and followed in their box by links only — the links are no part of the run,
    and their heading says nothing without them (a platform's course card under every post: CSDN's
    ``文章知识点与官方知识档案匹配，可进一步学习相关知识`` over its link; an "Other People Are Reading" box of links
    between two steps of a how-to)."""
    return [
        line
        for position, line in enumerate(run)
        if position == 0
        or _ends_a_sentence(line)
        or not _heads_a_link_box(line, run[position - 1], run[position + 1 : position + 2], blocks, skeleton, tally)
    ]


def _heads_a_link_box(
    line: Block, before: Block, after: list[Block], blocks: list[Block], skeleton: Skeleton, tally: _Tally
) -> bool:
    """Whether `line` opens a box (an ancestor of its own, holding neither the run's line `before` nor the one
    `after` it) whose other blocks are all links leading away from the page (`_MIN_BOX_LINKS`)."""
    start = tally.first[line.owner]
    if blocks[start] is not line or start + 1 == len(blocks) or blocks[start + 1].link_density < _CARD_LINK_DENSITY:
        return False  # (the line opens its box, a link follows it: a test that settles nearly every line)
    neighbours = [before.owner, *(block.owner for block in after)]
    parents = skeleton.parents
    box = line.owner
    for _ in range(_MAX_BOX_CLIMB):
        parent = parents[box]
        if (
            parent < 0
            or skeleton.tag(parent) in _PAGE_TAGS
            or any(skeleton.contains(parent, neighbour) for neighbour in neighbours)
        ):
            break
        box = parent
    if box == line.owner or any(skeleton.contains(box, neighbour) for neighbour in neighbours):
        return False
    first, count = tally.first[box], tally.count[box]
    others = blocks[first + 1 : first + count]
    return (
        blocks[first] is line
        and len(others) >= (_MIN_BOX_LINKS if after else 1)
        and all(b.link_density >= _CARD_LINK_DENSITY and b.anchor_density < _CARD_LINK_DENSITY for b in others)
    )


def _with_lead(
    run: list[Block], blocks: list[Block], excluded: set[int], skeleton: Skeleton, headline: str | None
) -> list[Block]:
    """The body with its lead paragraph: a paragraph named as the lead (``class="lead"``,
    ``art_summary``) between the headline and the body, which the page prints apart from the
    article's paragraphs, after the byline and date if any (a summary printed above them is the standfirst
    under the headline: `_signed_after`)."""
    if not run or not headline:
        return run
    key = _squeezed(headline)
    if _reads(run[0], key):
        return run
    start = next((i for i, block in enumerate(blocks) if block is run[0]), None)
    if start is None:
        return run
    top = next((i for i in range(start - 1, -1, -1) if _reads(blocks[i], key)), None)
    if top is None:
        return run
    leads = [
        i
        for i, block in enumerate(blocks[top + 1 : start], top + 1)
        if i not in excluded
        and block.is_content
        and block.tokens >= _MIN_LEAD_TOKENS
        and _named_lead(skeleton.elements[block.owner])
    ]
    if len(leads) != 1 or _signed_after(blocks[leads[0] : start + 1], skeleton):
        return run
    return [blocks[leads[0]], *run]


def _signed_after(span: list[Block], skeleton: Skeleton) -> bool:
    """Whether a byline or a date line stands between the lead `span[0]` and the body's first block `span[-1]`: a
    block-level element marked ``itemprop=author`` or ``datePublished`` (the New York Times family prints its
    summary under the headline, then the lede photo, the ``p[itemprop=author]`` byline and the date), or a line
    that is a date (a blog's author box without microdata: Webflow's ``May 20, 2024`` beside the read time). A
    lead printed after the byline and date line opens the article."""
    elements = skeleton.elements
    lead, start = span[0], span[-1]
    return any(
        elements[owner].get("itemprop") in _SIGNATURE_PROPS for owner in range(lead.owner + 1, start.owner)
    ) or any(is_date_line(block.text) for block in span[1:-1])


def _named_lead(element: Element) -> bool:
    return LEAD_CLASS_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}") is not None


def _without_standfirst(
    body: list[Block], skeleton: Skeleton, description: str | None, headline: str | None, shown: Block | None
) -> list[Block]:
    """The body without a standfirst: an opening block that restates the page's description and stands
    apart from the prose after it (in the header, not among the article's paragraphs). The headline
    may come first; the metadata stage takes it out later.

    A lead paragraph that the description quotes is a sibling of the paragraphs after it, and stays.
    """
    body = _without_summary(_without_dek(body, skeleton, shown, description), skeleton)
    if not description:
        return body
    wanted = TOKEN.findall(description.lower())
    if len(wanted) < _MIN_STANDFIRST_TOKENS:
        return body
    first = 1 if body and headline and _reads(body[0], _squeezed(headline)) else 0
    if len(body) < first + 2:
        return body
    opening = TOKEN.findall(body[first].text.lower())
    # equal, or equal but for the description's last word (cut short with an ellipsis), or going on past it — but
    # a paragraph going on past a description cut off mid-sentence is the article's first, of which the
    # description is an excerpt (an SEO plugin's first 150 characters)
    if opening != wanted and not (len(opening) >= len(wanted) - 1 and opening[: len(wanted) - 1] == wanted[:-1]):
        return body
    if len(opening) > len(wanted) and _is_cut_short(description):
        return body
    after = next((block for block in body[first + 1 :] if block.is_content), None)
    parents = skeleton.parents
    if after is not None and parents[after.owner] == parents[body[first].owner]:
        return body
    rest = body[first + 1 :]
    while rest and not rest[0].is_content:  # the byline, date and photo caption between it and the article
        rest = rest[1:]
    return body[:first] + rest


def _is_cut_short(text: str) -> bool:
    """Whether a text stops mid-sentence: an ellipsis, or no sentence mark at its end."""
    text = text.rstrip()
    return text.endswith(_ELLIPSES) or not text.endswith(_SENTENCE_CLOSERS)


def _without_summary(body: list[Block], skeleton: Skeleton) -> list[Block]:
    """The body without a labelled summary among its first `_MAX_SUMMARY_POSITION` blocks or before its first
    prose (the headline and info lines are none: 东方财富 prints 来源 and 作者 lines above its box), when the
    article's next paragraph sits in another parent: a portal's summary box above the article. The label opens
    the summary (``摘要：…``, `Block.is_labelled_summary`) or is the element before a summary of prose
    (`_summary_label_of`), which goes too where the body holds it."""
    parents = skeleton.parents
    for index, block in enumerate(body):
        labelled = block.is_labelled_summary
        label = None if labelled or not block.is_content else _summary_label_of(block)
        if labelled or label is not None:
            after = next((later for later in body[index + 1 :] if later.is_content), None)
            if after is None or parents[after.owner] == parents[block.owner]:
                return body
            start = index - 1 if index and body[index - 1].element is label else index
            return body[:start] + body[index + 1 :]
        if block.is_content and index >= _MAX_SUMMARY_POSITION:  # the article's prose has begun
            return body
    return body


def _summary_label_of(block: Block) -> Element | None:
    """The element before the block's when it is a summary's label alone (东方财富's ``摘要`` title over the
    summary in ``div.abstract``), else None."""
    if block.element is None:
        return None
    label = block.element.getprevious()
    if label is None or len((label.text or "").strip()) > _MAX_LABEL_READ_CHARS:
        return None  # (most often the paragraph before it)
    text = ""
    for piece in label.itertext():  # a label is a word: stop reading a longer element early
        text += piece
        if len(text) > _MAX_LABEL_READ_CHARS:
            return None
    return label if is_summary_label(text.strip()) else None


def _without_dek(body: list[Block], skeleton: Skeleton, shown: Block | None, description: str | None) -> list[Block]:
    """The body without a dek: the summary line printed under the headline (`shown`: the headline's block), in
    the headline's own header (the same parent), while the article's paragraphs sit elsewhere. The headline
    may open the body and stays (the metadata stage takes it out later), or may have fallen off its start.

    A lead paragraph printed in the header is the description's opening, and stays.
    """
    if shown is None or not body:
        return body
    head, first = (body[0], 1) if _reads(body[0], _squeezed(shown.text)) else (shown, 0)
    if len(body) < first + 2:
        return body
    dek = body[first]
    parents = skeleton.parents
    if not dek.is_content or parents[dek.owner] != parents[head.owner] or dek.tokens > _MAX_DEK_TOKENS:
        return body
    after = next((block for block in body[first + 1 :] if block.is_content and block.tokens > dek.tokens), None)
    if after is None or parents[after.owner] == parents[dek.owner]:
        return body
    if description:
        words = TOKEN.findall(dek.text.lower())
        if TOKEN.findall(description.lower())[: len(words)] == words:
            return body
    return body[:first] + body[first + 1 :]


def _squeezed(text: str) -> str:
    """The text without whitespace, to compare a block with the headline however either is spaced."""
    return "".join(text.split())


def _reads(block: Block, squeezed: str) -> bool:
    """Whether the block's text is `squeezed` (a `_squeezed` text), however it is spaced; or is a heading that
    prints a kicker or a date before it (``<h1><span>Wow!</span>Headline</h1>``: the title leaves those out)."""
    text = block.text  # single-spaced already (but <pre>): a first-character test rules out most blocks
    if len(text) < len(squeezed):  # spacing only lengthens a text: a shorter block cannot read it
        return False
    if block.preformatted:
        return _squeezed(text) == squeezed
    if text[:1] == squeezed[:1]:
        return text.replace(" ", "") == squeezed
    return (
        len(squeezed) >= _MIN_HEADLINE_AFTER_KICKER
        and len(text) <= len(squeezed) + _MAX_KICKER_CHARS
        and block.element is not None
        and block.element.tag in _HEADLINE_TAGS
        and text.replace(" ", "").endswith(squeezed)
    )


def _gaps(blocks: list[Block], span: range, excluded: set[int], skeleton: Skeleton) -> dict[int, int]:
    """For each block in the container (`span`: its blocks' indexes), the tokens of set-aside blocks (chrome,
    teasers) just before it.

    A recommendation box between the article and a site blurb separates them even though the box
    itself is gone; the run search must still see the gap. A box between two sibling paragraphs
    (same parent, same tag) is inline in the article's flow and leaves no gap.
    """
    gaps: dict[int, int] = {}
    pending = 0
    previous = -1
    for index in span:
        block = blocks[index]
        if index in excluded:
            pending += block.tokens
            continue
        inline_box = previous >= 0 and _siblings(previous, block.owner, skeleton)
        gaps[id(block)] = 0 if inline_box else pending
        pending = 0
        previous = block.owner
    return gaps


def _siblings(first: int, second: int, skeleton: Skeleton) -> bool:
    return skeleton.parents[first] == skeleton.parents[second] and skeleton.tag(first) == skeleton.tag(second)


def _weights(block: Block) -> tuple[float, float]:
    """(good, bad) tokens of a block: prose counts as good, link text and stray short text as bad."""
    link_tokens = block.tokens * (block.link_density - block.anchor_density)
    if block.is_content:
        return _good(block), link_tokens
    return 0.0, link_tokens + _STRAY_TEXT_WEIGHT * (block.tokens - link_tokens)


def _unlinked(block: Block) -> float:
    """The tokens of a block outside links, prose or not."""
    return block.tokens * (1 - block.link_density)


def _good(block: Block) -> float:
    """The good tokens of `_weights` alone, for the callers that do not weigh the bad ones."""
    return block.tokens * (1 - block.link_density) if block.is_content else 0.0


class _Tally:
    """Good tokens, block count and first block of every skeleton subtree, in one pass."""

    def __init__(self, skeleton: Skeleton, blocks: list[Block]) -> None:
        size = len(skeleton.elements)
        self.good = good = [0.0] * size
        self.count = count = [0] * size
        self.first = first = [len(blocks)] * size
        for index, block in enumerate(blocks):
            owner = block.owner
            good[owner] += _good(block)
            count[owner] += 1
            if first[owner] > index:
                first[owner] = index
        for element, parent in _child_parent_pairs(skeleton):
            good[parent] += good[element]
            count[parent] += count[element]
            if first[element] < first[parent]:
                first[parent] = first[element]

    def is_minor(self, element: int, share: float) -> bool:
        return self.good[element] <= share * self.good[0]


def _best_container(skeleton: Skeleton, blocks: list[Block], bad_weight: float) -> int | None:
    """The element whose subtree scores the highest good − α·bad (the deepest one on a tie).

    Only the elements holding a block are summed (the others score nothing): the blocks left to weigh sit in a
    small part of the page.
    """
    size = len(skeleton.elements)
    good = [0.0] * size
    bad = [0.0] * size
    for block in blocks:
        block_good, block_bad = _weights(block)
        good[block.owner] += block_good
        bad[block.owner] += block_bad
    holders = _holders(skeleton, blocks)
    parents = skeleton.parents
    for element in holders:
        parent = parents[element]
        if parent >= 0:
            good[parent] += good[element]
            bad[parent] += bad[element]
    best, best_score = None, 0.0
    for element in holders:
        score = good[element] - bad_weight * bad[element]
        if score > best_score and good[element] >= _MIN_BODY_TOKENS:
            best, best_score = element, score
    return best


def _holders(skeleton: Skeleton, blocks: list[Block]) -> list[int]:
    """The owners of the blocks and their ancestors, last first (children before their parents)."""
    parents = skeleton.parents
    held: set[int] = set()
    for block in blocks:
        element = block.owner
        while element >= 0 and element not in held:
            held.add(element)
            element = parents[element]
    return sorted(held, reverse=True)


def _child_parent_pairs(skeleton: Skeleton) -> Iterator[tuple[int, int]]:
    """(element, parent) for every element but the root, last first: sums over subtrees add children to their
    parents in this order, as children come after their parents."""
    parents = skeleton.parents
    return zip(range(len(parents) - 1, 0, -1), parents[:0:-1], strict=True)


def _mark_prose_runs(blocks: list[Block], skeleton: Skeleton) -> None:
    """Flag short lines that together read as prose: consecutive blocks of one element or of siblings."""
    for block, following in pairwise(blocks):
        if (
            block.text.endswith(_ELLIPSES)
            and following.text.startswith(_ELLIPSES)
            and _siblings(block.owner, following.owner, skeleton)
        ):
            block.continued = True
            block.refresh_content()
    for start, end in _sibling_runs(blocks, skeleton):
        if end - start < _MIN_RUN_LINES:
            continue
        run = blocks[start:end]
        tokens = sum(b.tokens for b in run)
        if tokens < _MIN_RUN_TOKENS:
            continue
        links = sum(b.tokens * b.link_density for b in run)
        punctuated = sum(b.punctuation for b in run) * _RUN_TOKENS_PER_MARK >= tokens
        long_unlinked = (
            len(run) >= _MIN_UNPUNCTUATED_RUN_LINES and links == 0 and tokens >= _MIN_TOKENS_PER_LINE * len(run)
        )
        if links < 0.2 * tokens and (punctuated or long_unlinked):
            for block in run:
                block.in_prose_run = block.link_density < 0.4
                block.refresh_content()


def _sibling_runs(blocks: list[Block], skeleton: Skeleton) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive blocks owned by one element or by siblings of one tag."""
    parents, tags = skeleton.parents, skeleton.tags
    kinds = [(parents[block.owner], tags[block.owner]) for block in blocks]
    ends = [index for index, (kind, following) in enumerate(pairwise(kinds), 1) if kind != following]
    return pairwise([0, *ends, len(blocks)])


def _mark_cut_paragraphs(blocks: list[Block], skeleton: Skeleton) -> None:
    """Flag as prose a long unlinked paragraph cut short with an ellipsis right after a paragraph of prose.

    A page that folds its last paragraph (``…行文...`` under a "展开阅读全文" button) prints it
    like a teaser's summary; but a teaser follows a card's title link, not a sibling paragraph of prose.
    """
    parents = skeleton.parents
    for previous, block in pairwise(blocks):
        if (
            not block.is_content
            and block.tokens >= _MIN_CUT_PARAGRAPH_TOKENS
            and block.link_density == 0
            and previous.is_content
            and previous.link_density == 0
            and block.text.endswith(_ELLIPSES)
            and (
                previous.owner == block.owner
                or (
                    parents[previous.owner] == parents[block.owner]
                    and skeleton.tag(previous.owner) == skeleton.tag(block.owner)
                )
            )
        ):
            block.is_content = True


def _heading_lines(blocks: list[Block]) -> tuple[list[int], list[int]]:
    """The indexes of the blocks that read as `Block.is_boilerplate_heading`, and of those that read as
    `Block.is_overlay_heading`: both are short lines, read in one pass, and each distinct line once (a page prints
    its menus two or three times over)."""
    headings: list[int] = []
    overlays: list[int] = []
    verdicts: dict[str, tuple[bool, bool]] = {}
    for index, block in enumerate(blocks):
        if block.tokens > MAX_HEADING_TOKENS and not block.is_heading_sized:  # (neither, by their first test)
            continue
        verdict = verdicts.get(block.text)
        if verdict is None:
            verdict = verdicts[block.text] = (block.is_boilerplate_heading, block.is_overlay_heading)
        if verdict[0]:
            headings.append(index)
        if verdict[1]:
            overlays.append(index)
    return headings, overlays


def _chrome_blocks(
    blocks: list[Block], headings: list[int], overlays: list[int], teasers: set[int], page: _Page
) -> tuple[set[int], set[int]]:
    """Indexes of blocks inside confirmed chrome: chrome-named elements, boxes opened by a heading (`headings`:
    the indexes of the blocks that read as `Block.is_boilerplate_heading`) and consent banners (`overlays`: of those
    that read as `Block.is_overlay_heading`); and the indexes of the headings that open one of the article's sections
    instead (`_is_article_section`; `teasers`: the indexes of the blocks of teaser cards), which are subheadings."""
    skeleton, tally = page.skeleton, page.tally
    headline = None if page.shown is None else blocks[page.shown].owner
    confirmed: dict[int, bool] = {}
    excluded: set[int] = set()
    for index, block in enumerate(blocks):
        for element in block.chrome:
            if element not in confirmed:
                confirmed[element] = _is_set_aside(element, skeleton, tally, headline) and not _is_inline_quote(
                    element, blocks, skeleton, tally
                )
            if confirmed[element]:
                excluded.add(index)
                break
    excluded -= _item_parts(blocks, skeleton, tally, confirmed)
    boxes = [
        box for index in headings for box in [_heading_box(blocks[index], index, skeleton, tally)] if box is not None
    ]
    boxes = [box for box in boxes if not _opens_a_major_box(box, blocks, skeleton, tally)]
    looks: dict[int, frozenset[tuple[str, str | None]]] = {}  # per parent, see `_is_article_section`
    box_set = frozenset(boxes)
    sections = {
        box
        for box in boxes
        if _is_subheading(box, blocks, skeleton, tally)
        or _is_article_section(box, box_set, looks, blocks, teasers, skeleton, tally)
    }
    boxes = [box for box in boxes if box not in sections]
    boxes += [_overlay_box(blocks[index].owner, index, skeleton, tally) for index in overlays]
    for box in boxes:
        first, last = tally.first[box], tally.first[box] + tally.count[box]
        excluded.update(range(first, last))
    return excluded, {tally.first[box] for box in sections}


def _is_inline_quote(element: int, blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> bool:
    """A quoted post embedded in the article's flow (``div.social-media-embed > blockquote.twitter-tweet``): a
    chrome-named element holding a ``<blockquote>`` and set between two paragraphs of prose of its own parent.
    The article quotes it as it quotes a speaker; a share bar or a sidebar quotes nothing, and sits apart."""
    first, count = tally.first[element], tally.count[element]
    if not _between_prose(element, blocks, skeleton, tally):
        return False  # (tested first: two blocks, where the quote may be many)
    return any(
        "blockquote" in (skeleton.tag(block.owner), skeleton.tag(skeleton.parents[block.owner]))
        for block in blocks[first : first + count]
    )


def _item_parts(blocks: list[Block], skeleton: Skeleton, tally: _Tally, confirmed: dict[int, bool]) -> set[int]:
    """Blocks of chrome-named elements that are part of the article's repeated items.

    A listicle names a part of each item like chrome (``subbuzz__figure-footer`` under every
    product): the look-alike elements, at least `_MIN_CARD_SIBLINGS` of them, alternate with the
    article's own prose (an item's heading between two of them) and together hold a fair share of
    the page's prose. Comments repeat too, but one after the other, with no prose in between.
    """
    groups: dict[tuple[str, str | None], list[int]] = {}
    for element, chrome in confirmed.items():
        if chrome:
            groups.setdefault(_signature(element, skeleton), []).append(element)
    kept: set[int] = set()
    for elements in groups.values():
        if len(elements) >= _MIN_CARD_SIBLINGS:  # a dialog is no item (names are read only where items may be)
            elements = [element for element in elements if not is_overlay(skeleton.elements[element])]
        if len(elements) < _MIN_CARD_SIBLINGS:
            continue
        elements.sort()
        if sum(tally.good[element] for element in elements) < _MAX_BOX_SHARE * tally.good[0]:
            continue
        spans = [(tally.first[element], tally.first[element] + tally.count[element]) for element in elements]
        alternating = sum(
            any(_free_prose(blocks[i], confirmed) for i in range(end, start))
            for (_, end), (start, _) in pairwise(spans)
        )
        if alternating >= _MIN_ALTERNATING_SHARE * (len(spans) - 1):
            for start, end in spans:
                kept.update(range(start, end))
    return kept


def _item_cards(blocks: list[Block], skeleton: Skeleton) -> set[int]:
    """Link cards the article sets between its own paragraphs (a shop, product or venue card per item).

    Link-dense blocks whose elements look alike (tag and class), at least `_MIN_CARD_SIBLINGS` of
    them, with prose between most two of them: the article's items, not a link list beside it —
    navigation and "more stories" lists repeat back to back. Returns the blocks' ``id``s.
    """
    groups: dict[tuple[str, str | None], list[int]] = {}
    for index, block in enumerate(blocks):
        if block.link_density >= _CARD_LINK_DENSITY:
            groups.setdefault(_signature(block.owner, skeleton), []).append(index)
    cards: set[int] = set()
    for members in groups.values():
        if len(members) < _MIN_CARD_SIBLINGS:
            continue
        separated = sum(
            any(blocks[i].is_content for i in range(previous + 1, following))
            for previous, following in pairwise(members)
        )
        if separated >= _MIN_ALTERNATING_SHARE * (len(members) - 1):
            cards.update(id(blocks[index]) for index in members)
    return cards


def _free_prose(block: Block, confirmed: dict[int, bool]) -> bool:
    return block.is_content and not any(confirmed.get(element) for element in block.chrome)


def _opens_a_major_box(box: int, blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> bool:
    """A heading set aside that opens a larger element: a "Related"/"Você pode gostar..." box too full of prose
    to be set aside, or a "Most Popular" list printing its stories' excerpts. It stays for `_filter`, where,
    after the article's prose, it ends the body. Its box holds the heading alone, or with labels beside it (a
    sponsor's ``Presented by``). An ad label ("Advertisement") opening the rest of the article is furniture, not
    a heading.
    """
    index = tally.first[box]
    parent = skeleton.parents[box]
    if parent < 0 or tally.first[parent] != index or blocks[index].is_junk:
        return False
    return all(_is_label(block) for block in blocks[index + 1 : index + tally.count[box]])


def _is_label(block: Block) -> bool:
    """A line of a few words that is no prose (``Presented by``, ``Sponsored``)."""
    return not block.is_content and block.tokens <= _MAX_LABEL_TOKENS


def _is_subheading(box: int, blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> bool:
    """A heading alone (``<h2>``–``<h6>``) of a few words (`_worded`) set between two paragraphs of prose of its
    own parent: the title of one of the article's sections ("More trouble ahead"), however much it reads like a
    related box's. A box's heading opens links or cards, or a box of its own, not the article's next paragraph;
    a label in the flow ("Related", "Read more") is a word or two."""
    if tally.count[box] != 1 or skeleton.tag(box) not in _SUBHEADING_TAGS:
        return False
    return _worded(blocks[tally.first[box]].text) and _between_prose(box, blocks, skeleton, tally)


def _between_prose(element: int, blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> bool:
    """Whether the blocks right before and right after `element`'s own are paragraphs of prose of its parent:
    the element sits in the article's flow, not apart from it."""
    first, end = tally.first[element], tally.first[element] + tally.count[element]
    if not 0 < first < end < len(blocks):
        return False
    parent = skeleton.parents[element]
    return all(
        block.is_content and skeleton.parents[block.owner] == parent for block in (blocks[first - 1], blocks[end])
    )


def _is_article_section(
    box: int,
    boxes: frozenset[int],
    looks: dict[int, frozenset[tuple[str, str | None]]],
    blocks: list[Block],
    teasers: set[int],
    skeleton: Skeleton,
    tally: _Tally,
) -> bool:
    """A box whose heading only reads like a related box's ("More money for schools"): one of the article's
    sections, a look-alike (tag and class) of a sibling that holds prose of its own, and itself holding more
    prose than link text. The summaries of its teaser cards (`teasers`: their blocks' indexes) are no prose of
    its own: Brightspot's "Related Stories" list of promos sits in a ``div.Enhancement`` as the article's
    captioned photos do. `looks` keeps, per parent, the signatures of its children that hold prose and are
    no boxes: a page of a thousand look-alike boxes compares each with that set, not with every sibling."""
    if tally.count[box] < 2:  # a heading alone
        return False
    first = tally.first[box]
    inside = blocks[first : first + tally.count[box]]
    own = (block for index, block in enumerate(inside, first) if index not in teasers)
    if sum(map(_good, own)) <= sum(block.tokens * block.link_density for block in inside):
        return False
    parent = skeleton.parents[box]
    if parent not in looks:
        looks[parent] = frozenset(
            _signature(child, skeleton)
            for child in _children(parent, skeleton)
            if tally.good[child] and child not in boxes
        )
    return _signature(box, skeleton) in looks[parent]  # (the box itself is a box: never its own look-alike)


def _children(parent: int, skeleton: Skeleton) -> Iterator[int]:
    """The skeleton indexes of the block-level children of `parent`, in document order."""
    child = parent + 1
    while child < skeleton.ends[parent]:
        yield child
        child = skeleton.ends[child]  # skip the child's subtree: the next index is its next sibling


def _is_set_aside(element: int, skeleton: Skeleton, tally: _Tally, headline: int | None) -> bool:
    """A chrome-named element holding a minor share of the prose, or a dialog or consent banner of any size
    that does not show the headline (`headline`: the skeleton index of the element showing it): an article
    opened in a dialog, or in a wrapper whose name says a consent was given, is no banner."""
    if tally.is_minor(element, _MAX_CHROME_SHARE):
        return True
    shows_headline = headline is not None and skeleton.contains(element, headline)
    return not shows_headline and is_overlay(skeleton.elements[element])


def _heading_box(block: Block, index: int, skeleton: Skeleton, tally: _Tally) -> int | None:
    """The largest ancestor (a few levels up) that this heading opens and that holds little prose."""
    box = block.owner
    if skeleton.tag(box) in _PAGE_TAGS or not tally.is_minor(box, _MAX_BOX_SHARE):
        return None
    for _ in range(_MAX_BOX_CLIMB):
        ancestor = skeleton.parents[box]
        if ancestor < 0 or skeleton.tag(ancestor) in _PAGE_TAGS or tally.first[ancestor] != index:
            break
        if not tally.is_minor(ancestor, _MAX_BOX_SHARE):
            break
        box = ancestor
    return box


def _overlay_box(box: int, index: int, skeleton: Skeleton, tally: _Tally) -> int:
    """The largest ancestor (a few levels up) that a consent banner's heading opens, whatever it holds."""
    for _ in range(_MAX_BOX_CLIMB):
        ancestor = skeleton.parents[box]
        if ancestor < 0 or skeleton.tag(ancestor) in _PAGE_TAGS or tally.first[ancestor] != index:
            break
        box = ancestor
    return box


def _teaser_blocks(blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> set[int]:
    """Blocks of teaser cards: a linked title plus a summary, in a run of look-alike siblings.

    Feeds of "more stories" after a short article are written as prose, so they look like content
    block by block; what gives them away is the card: a few blocks, one of them a title link, in a
    container whose siblings repeat its tag and class.
    """
    cards: dict[int, bool] = {}
    signatures: dict[int, dict[tuple[str, str | None], int]] = {}
    groups: dict[tuple[int, tuple[str, str | None]], bool] = {}
    excluded: set[int] = set()
    for index, block in enumerate(blocks):
        if not block.is_content:
            continue
        element = block.owner
        for _ in range(_MAX_CARD_DEPTH):
            if element <= 0 or tally.count[element] > _MAX_CARD_BLOCKS:
                break
            if element not in cards:
                cards[element] = _is_card(element, blocks, skeleton, tally, signatures) and not _among_paragraphs(
                    element, skeleton, tally, groups
                )
            if cards[element]:
                excluded.add(index)
                break
            element = skeleton.parents[element]
    return excluded


def _media_cards(blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> set[int]:
    """Blocks of media cards: a video or audio teaser set in the page (a picture, its title, its running time, its
    outlet), in the article's flow or beside it. Its title is a line of a few words, as a subheading is; what gives
    the card away is a line that is only a running time (``01:12``) in the same prose-free box as a picture: the
    largest ancestor of that line (a few levels up) holding no prose and few blocks."""
    excluded: set[int] = set()
    for block in blocks:
        # (a running time holds a colon: the substring test in C turns away nearly every block before the regex)
        if block.tokens > 3 or ":" not in block.text or not RUNNING_TIME.fullmatch(block.text):
            continue
        box = _prose_free_box(block.owner, blocks, skeleton, tally)
        if next(skeleton.elements[box].iter("img"), None) is not None:  # (players are gone: `clean.remove_junk`)
            excluded.update(range(tally.first[box], tally.first[box] + tally.count[box]))
    return excluded


def _prose_free_box(element: int, blocks: list[Block], skeleton: Skeleton, tally: _Tally) -> int:
    """The largest ancestor of `element` (a few levels up, below ``<body>``) whose blocks, at most
    `_MAX_CARD_BLOCKS`, hold no prose."""
    box = element
    for _ in range(_MAX_CARD_DEPTH):
        parent = skeleton.parents[box]
        if parent < 0 or skeleton.tag(parent) in _PAGE_TAGS or tally.count[parent] > _MAX_CARD_BLOCKS:
            break
        first = tally.first[parent]
        if any(block.is_content for block in blocks[first : first + tally.count[parent]]):
            break
        box = parent
    return box


def _is_card(
    element: int,
    blocks: list[Block],
    skeleton: Skeleton,
    tally: _Tally,
    signatures: dict[int, dict[tuple[str, str | None], int]],
) -> bool:
    count = tally.count[element]
    if count < 2:
        return False
    first = tally.first[element]
    boxed = skeleton.tag(element) == "p"  # a paragraph may hold a pull box before its text: ``<p><aside>…</aside>Text``
    for block in blocks[first : first + count]:  # the title link comes before the summary
        if boxed and block.chrome and block.chrome[-1] > element:
            continue  # the box's link is no title of the paragraph's
        if block.link_density >= 0.9 and _worded(block.text):
            break
        if block.is_content:
            return False
    else:
        return False
    if sum(_is_paragraph(block) for block in blocks[first : first + count]) > _MAX_CARD_PARAGRAPHS:
        return False  # a post of a blog's front page, printed whole under its title link
    parent = skeleton.parents[element]
    if parent not in signatures:
        signatures[parent] = _child_signatures(parent, skeleton)
    return signatures[parent].get(_signature(element, skeleton), 0) >= _MIN_CARD_SIBLINGS


def _among_paragraphs(
    element: int, skeleton: Skeleton, tally: _Tally, groups: dict[tuple[int, tuple[str, str | None]], bool]
) -> bool:
    """Whether a card is one of a group of look-alike siblings set together between paragraphs of prose of their
    own parent, one before the group and one after it: the items of the article (a gift guide's linked products
    under its intro, before its closing note; the items of a list set so, ``<ol>`` and all). A feed of teasers
    follows the article in a box of its own, closes it, or alternates with other stories' paragraphs. `groups`
    caches the answer for each parent and signature."""
    parent = skeleton.parents[element]
    key = (parent, _signature(element, skeleton))
    if key not in groups:
        children = list(_children(parent, skeleton))
        group = [child for child in children if _signature(child, skeleton) == key[1]]
        if skeleton.tag(parent) in _LIST_TAGS and len(group) == len(children):
            group, children = [parent], list(_children(skeleton.parents[parent], skeleton))
        own = [child for child in children if skeleton.tag(child) == "p" and tally.good[child]]
        groups[key] = (
            bool(own)
            and own[0] < group[0]
            and group[-1] < own[-1]
            and not any(group[0] < paragraph < group[-1] for paragraph in own)
        )
    return groups[key]


def _is_paragraph(block: Block) -> bool:
    """A paragraph of prose that ends a sentence, not a line that reads as prose only in a run of lines (a date
    under a summary) or a card's credit line ("编辑：张三 2024年4月3日")."""
    return block.is_content and block.tokens >= _MIN_PARAGRAPH_TOKENS and block.text.endswith(_SENTENCE_END_MARKS)


def _worded(text: str) -> bool:
    """A title's words: at least `_MIN_TITLE_WORDS` tokens that are not numbers. A post's permalink printed as its
    time ("16.05 BST", "10:32 am") is no title, and the posts of a live blog or a thread are no teaser cards."""
    return sum(not token.isdigit() for token in TOKEN.findall(text)) >= _MIN_TITLE_WORDS


def _child_signatures(parent: int, skeleton: Skeleton) -> dict[tuple[str, str | None], int]:
    """How often each (tag, class) occurs among the block-level children of `parent`."""
    found: dict[tuple[str, str | None], int] = {}
    for child in _children(parent, skeleton):
        key = _signature(child, skeleton)
        found[key] = found.get(key, 0) + 1
    return found


def _signature(element: int, skeleton: Skeleton) -> tuple[str, str | None]:
    return skeleton.tags[element], skeleton.elements[element].get("class")


def _before_headline(blocks: list[Block], position: int | None, excluded: set[int]) -> set[int]:
    """Indexes of the blocks before the headline (`position`: the index of the block showing it, if any), if
    most prose follows it."""
    if position is None:
        return set()
    prose = [_good(block) if i not in excluded else 0.0 for i, block in enumerate(blocks)]
    if sum(prose[position:]) < _MIN_PROSE_AFTER_HEADLINE * sum(prose):
        return set()
    return set(range(position))


def _filter(
    body: list[Block],
    options: Options,
    gaps: dict[int, int],
    junk: dict[int, float],
    linked: set[int],
    skeleton: Skeleton,
    headings: set[int],
) -> list[Block]:
    """Drop link lists and junk lines; after some prose, a "related" heading (`headings`: the ``id``s of the
    blocks that read as `Block.is_boilerplate_heading`) or an end marker ends the body. A heading whose box
    the article's paragraphs follow (`_resumption`) is skipped with its box.

    A dropped block hands the gap before it (set-aside chrome) on to the next block it keeps; a junk
    line's unlinked tokens (outside tables and lists) are noted in `junk` against that block, as the
    stray text before it. The ``id``s of the paragraphs kept as `_is_linked_prose` go into `linked`.
    """
    max_links = _MAX_LINK_DENSITY[options.favor]
    max_linked_prose = _MAX_LINKED_PROSE_DENSITY[options.favor]
    prose_parents = _prose_parents(body, skeleton)
    kept: list[Block] = []
    prose = 0.0
    carried = 0
    stray = 0.0
    resume = 0
    for position, block in enumerate(body):
        if position < resume:  # the box a heading opened in the middle of the article
            carried += block.tokens
            continue
        if prose >= _MIN_PROSE_BEFORE_END and (id(block) in headings or block.ends_article):
            if _unfolds_the_story(block):
                continue  # a script's button: the rest of the story follows on the page
            if id(block) in headings:
                resume = _resumption(body, position, kept, skeleton)
            else:
                resume = position + 1 if _opens_the_article(body, position, kept, skeleton, prose) else 0
            if not resume:
                break
            carried += block.tokens
            continue
        links = (
            block.link_density > max_links
            and not _titles_its_paragraph(block, body[position + 1 : position + 2], skeleton)
            and not _credits_its_quote(block, skeleton)
        )
        if (
            not block.is_content
            and 0 < block.link_density <= max_linked_prose
            and _is_linked_prose(block, prose_parents, skeleton)
        ):
            linked.add(id(block))
            links = False
        furniture = block.is_junk and not _signs_off(block, body[position - 1] if position else None, kept, skeleton)
        if links or (block.tokens == 1 and _in_counting_run(body, position)) or furniture:
            carried += gaps.get(id(block), 0)
            if block.link_density <= max_links and skeleton.tag(block.owner) not in _FREE_STRAY_TAGS:
                stray += block.tokens * (1 - block.link_density)
            continue
        if carried:
            gaps[id(block)] = gaps.get(id(block), 0) + carried
            carried = 0
        if stray:
            junk[id(block)] = stray
            stray = 0.0
        kept.append(block)
        prose += _good(block)
    return kept


def _signs_off(block: Block, previous: Block | None, kept: list[Block], skeleton: Skeleton) -> bool:
    """Whether `block` is the day under a signature kept just before it (`is_signed_day`), the two paragraphs of
    one parent or lines of one: the close of an official document or a letter, which stays though a bare date
    is a junk line. (A date under a label in an infobox's cells is no signature.)"""
    if previous is None or not kept or kept[-1] is not previous:
        return False
    owner, above = block.owner, previous.owner
    return (
        (owner == above or _siblings(owner, above, skeleton))
        and skeleton.tag(owner) in _SIGNATURE_TAGS
        and is_signed_day(block.text, previous.text)
    )


def _unfolds_the_story(block: Block) -> bool:
    """The control that unfolds the rest of a story folded on the page (News Corp Australia's
    ``div#read-more > a[href=""]Read more`` over ``div#read-more-content``, a portal's ``javascript:`` link
    ``展开全文``): a line that is one link going nowhere, labelled as such a control (`EXPANDER_LABELS`). It reads
    as the heading of a "Read more" box, which would end the body where the story goes on."""
    label = _expander_label(block.text)
    if block.link_density < 1.0 or label not in EXPANDER_LABELS or block.element is None:
        return False
    return any(
        child.tag == "a" and _goes_nowhere(child.get("href")) and _expander_label(text_of(child)) == label
        for child in block.element
    )


def _expander_label(text: str) -> str:
    """A line as `EXPANDER_LABELS` spell a control's label: single-spaced, lower-cased, without the arrow after it."""
    return " ".join(text.split()).rstrip(_EXPANDER_ARROWS).lower()


def _goes_nowhere(href: str | None) -> bool:
    """Whether a link's address leads to no page: none, empty, the page's top (``#``) or a script."""
    if href is None:
        return True
    address = href.strip()
    return address in ("", "#") or address[:11].lower() == "javascript:"


def _in_counting_run(body: list[Block], position: int) -> bool:
    """Whether the line at `position` is a number in a run of at least `_MIN_PAGER_NUMBERS` lines counting up by one
    (``1 2 3 … 14``): a gallery's or a paginated story's pager, a slide counter, never the article's text, however
    the pager is marked up (script-driven ``div``s without links or class words)."""
    number = _line_number(body[position])
    if number is None:
        return False
    before = after = 0
    while position - before > 0 and _line_number(body[position - before - 1]) == number - before - 1:
        before += 1
    while position + after + 1 < len(body) and _line_number(body[position + after + 1]) == number + after + 1:
        after += 1
    return before + after + 1 >= _MIN_PAGER_NUMBERS


def _line_number(block: Block) -> int | None:
    """The number a line is, if it is one (of up to four digits)."""
    text = block.text
    return int(text) if len(text) <= 4 and text.isdecimal() else None


def _titles_its_paragraph(block: Block, following: list[Block], skeleton: Skeleton) -> bool:
    """A linked subheading of a few words (``<h3><a>Product name</a></h3>``) over a paragraph of prose of its own
    parent: the title of one of the article's items, not a link list (a teaser's summary, set aside, never follows
    its title here) nor a "Read more" label."""
    return (
        skeleton.tag(block.owner) in _SUBHEADING_TAGS
        and bool(following)
        and following[0].is_content
        and skeleton.parents[following[0].owner] == skeleton.parents[block.owner]
        and _worded(block.text)
    )


def _credits_its_quote(block: Block, skeleton: Skeleton) -> bool:
    """A linked name over the block quote right after it (a Tumblr reblog's ``<p><a class="tumblr_blog">name</a>:
    </p><blockquote>``, a link blog's "<a>Jane Doe</a> writes:"): the quote's credit, which the text prints as its
    own line and a reader keeps with the quote, not a link list."""
    if block.tokens > MAX_HEADING_TOKENS or not block.text.rstrip().endswith(":"):
        return False
    following = skeleton.elements[block.owner].getnext()
    return following is not None and following.tag == "blockquote"


def _prose_parents(body: list[Block], skeleton: Skeleton) -> set[int]:
    """The parents of the article's paragraphs: of its prose ``<p>``s, and of the lists most of whose items are
    prose (a digest's items, each a story in a sentence or two)."""
    parents = skeleton.parents
    found = {parents[block.owner] for block in body if block.is_content and skeleton.tag(block.owner) == "p"}
    items: dict[int, list[bool]] = {}
    for block in body:
        if skeleton.tag(block.owner) == "li":
            items.setdefault(parents[block.owner], []).append(block.is_content)
    return found | {parent for parent, prose in items.items() if 2 * sum(prose) > len(prose)}


def _is_linked_prose(block: Block, prose_parents: set[int], skeleton: Skeleton) -> bool:
    """A paragraph of the article written partly or mostly as links (a newsletter's roundup: "<a>The council's
    report on the flood defences</a> found that …."; a story that links a phrase of each sentence; a digest's
    item): a long ``<p>`` or list item that ends a sentence, with some words of its own, beside the article's other
    paragraphs (its parent in `prose_parents`). A link list is no sentence, a reference list has no prose items,
    and a "Read more: <a>…</a>" line has no words of its own to speak of."""
    return (
        block.tokens >= _MIN_LINKED_PROSE_TOKENS
        and block.text.endswith(_SENTENCE_END_MARKS)
        and skeleton.tag(block.owner) in _PARAGRAPH_TAGS
        and skeleton.parents[block.owner] in prose_parents
    )


def _opens_the_article(body: list[Block], marker: int, kept: list[Block], skeleton: Skeleton, prose: float) -> bool:
    """Whether an end marker or notice (`Block.ends_article`: "本文系……原创，转载请联系授权") stands at the top of the
    article rather than at its end: more prose follows it, in paragraphs that look like the last one kept, before
    the next heading or headline, than the `prose` kept before it (a lead or a summary). After the end of an
    article come a promotion's few lines, link lists and boxes."""
    last = next((block for block in reversed(kept) if block.is_content), None)
    if last is None:
        return False
    look = _paragraph_look(last.owner, skeleton)
    good = 0.0
    for block in body[marker + 1 :]:
        if skeleton.tag(block.owner) == "h1" or block.is_boilerplate_heading:
            break
        if block.is_content and _paragraph_look(block.owner, skeleton) == look:
            good += _good(block)
            if good > prose:
                return True
    return False


def _resumption(body: list[Block], heading: int, kept: list[Block], skeleton: Skeleton) -> int:
    """Where the article resumes after a box that a heading opens in its middle (0 if it does not): the first
    later paragraph that looks like the last one kept (`_paragraph_look`), followed by enough of them
    (`_MIN_RESUMED_PARAGRAPHS`, `_MIN_RESUMED_TOKENS`) before the next heading or headline."""
    last = next((block for block in reversed(kept) if block.is_content), None)
    if last is None:
        return 0
    look = _paragraph_look(last.owner, skeleton)
    start, paragraphs, good = 0, 0, 0.0
    for position in range(heading + 1, len(body)):
        block = body[position]
        if skeleton.tag(block.owner) == "h1" or (start and block.is_boilerplate_heading):
            break
        if block.is_content and _paragraph_look(block.owner, skeleton) == look:
            start = start or position
            paragraphs += 1
            good += _good(block)
            if paragraphs >= _MIN_RESUMED_PARAGRAPHS and good >= _MIN_RESUMED_TOKENS:
                return start
    return 0


def _best_run(
    body: list[Block],
    gaps: dict[int, int],
    bad_weight: float,
    skeleton: Skeleton,
    junk: dict[int, float],
    linked: set[int],
) -> list[Block]:
    """The run of blocks with the highest good − α·(links + gaps + stray text), as a maximum subarray.

    Stray text (short non-prose lines outside tables and lists) costs a little: enough that player
    controls, "Share"/"Save" buttons and credits at either end of the run fall off it, too little to
    cut a subheading between two paragraphs.

    A gap (set-aside chrome between two blocks) only ever cuts the end of the body: prose printed
    after a recommendation box is a site blurb or the next article, while prose before an inline
    slideshow is the article's opening. It does not cut the body where the article's paragraphs resume
    after it (`_resumes_the_article`): a "Related" box, a newsletter box or a video playlist set in the
    middle of a long article.

    A paragraph written partly or mostly as links (`linked`: the ``id``s of `_is_linked_prose` blocks) counts its
    own words as prose, and its links cost nothing.
    """
    best_score, best_start, best_end = 0.0, 0, 0
    score, start = 0.0, 0
    prose: Block | None = None  # the last paragraph of prose so far
    resumed = False  # whether the article went on after a box already: it is split into look-alike sections
    sections: _Sections | None = None  # built at the first gap
    for index, block in enumerate(body):
        good = _good(block)
        if index > start and score > 0:  # junk lines dropped between the run and this block are stray text
            score -= bad_weight * _STRAY_TEXT_WEIGHT * junk.get(id(block), 0.0)
        gap = gaps.get(id(block), 0)
        if gap and index > start and score > 0:
            sections = sections or _Sections(body, skeleton)
            if _resumes_the_article(index, prose, sections, resumed):
                resumed = True
            else:
                score -= bad_weight * gap
                if score <= 0:
                    score = 1e-9  # a gap ends the run's growth, it does not restart it
        if score <= 0:
            score, start = 0.0, index
        if block.is_content:
            prose = block
        prose_of_links = id(block) in linked
        if prose_of_links:  # its own words are prose, its links cost nothing
            good = _unlinked(block)
        link_tokens = 0.0 if prose_of_links else block.tokens * block.link_density
        free = block.is_content or prose_of_links or skeleton.tag(block.owner) in _FREE_STRAY_TAGS
        stray = 0.0 if free else _STRAY_TEXT_WEIGHT * (block.tokens - link_tokens)
        score += good - bad_weight * (link_tokens + stray)
        if score > best_score:
            best_score, best_start, best_end = score, start, index + 1
    opening = body[best_start] if best_start < best_end else None
    while (  # lines that open the article with its opening prose, or credit the quote it opens with
        opening is not None
        and opening.is_content
        and best_start > 0
        and (
            (
                body[best_start - 1].link_density < _MAX_SHARED_LINE_LINKS
                and _opens_with(body[best_start - 1], opening, skeleton)
            )
            or _credits_its_quote(body[best_start - 1], skeleton)
        )
    ):
        best_start -= 1
    return body[best_start : _closing_end(body, best_start, best_end, gaps, junk, skeleton)]


def _closing_end(
    body: list[Block], start: int, end: int, gaps: dict[int, int], junk: dict[int, float], skeleton: Skeleton
) -> int:
    """Where the run ends once the short lines that close the article are given back: lines set beside its last
    paragraph (in the same parent, or in a quote or list there; beside the list, when that paragraph is one of its
    items) up to one that ends a sentence (``Also, dear Internet, what would you suggest?``), too short to count
    as prose on their own. Nothing past a box, a dropped furniture line or a line of links."""
    if start >= end or not body[end - 1].is_content:
        return end
    parent = skeleton.parents[body[end - 1].owner]
    if skeleton.tag(parent) in _LIST_TAGS:
        parent = skeleton.parents[parent]
    closing = end
    for index in range(end, min(len(body), end + _MAX_CLOSING_LINES)):
        block = body[index]
        if gaps.get(id(block)) or junk.get(id(block)) or block.link_density >= _MAX_SHARED_LINE_LINKS:
            break
        if not _is_set_in(block.owner, parent, skeleton):
            break
        if _ends_a_sentence(block) or _is_contact(block):
            closing = index + 1
    return closing


def _is_contact(block: Block) -> bool:
    """A line holding an e-mail address: the reporter's credit that closes a story (``홍길동 기자 hong@yna.co.kr``),
    which the metadata stage reads and takes out of the body."""
    return "@" in block.text and _EMAIL_ADDRESS.search(block.text) is not None


def _is_set_in(element: int, parent: int, skeleton: Skeleton) -> bool:
    """Whether `element` is a child of `parent`, or a grandchild (a quote's or a list's paragraph)."""
    parents = skeleton.parents
    return parents[element] == parent or parents[parents[element]] == parent


def _opens_with(line: Block, opening: Block, skeleton: Skeleton) -> bool:
    """Whether a line just before the run's opening prose opens the article with it: a line of the same element
    (``<br>``-split text), an item of a list (a "key points" summary) set beside it in the same parent, or the
    title of its section (a subheading, a live blog post's title) beside its paragraph or beside its parent."""
    if line.owner == opening.owner:
        return True
    parents = skeleton.parents
    tag = skeleton.tag(line.owner)
    if tag == "li":
        return parents[parents[line.owner]] == parents[opening.owner]
    return (
        tag in _SUBHEADING_TAGS
        and skeleton.tag(opening.owner) == "p"  # a section's paragraph, not a dek printed under the headline
        and parents[line.owner] in (parents[opening.owner], parents[parents[opening.owner]])
    )


def _resumes_the_article(index: int, before: Block | None, sections: _Sections, resumed: bool) -> bool:
    """Whether the article's paragraphs go on after the gap before the body's block `index`: before the page's
    next headline, at least `_MIN_RESUMED_PARAGRAPHS` paragraphs of prose follow that look like the last one
    before the gap (`before`; the same tag, in a parent of the same tag and class: the same paragraph element or
    the next of the article's look-alike sections), with `_MIN_RESUMED_TOKENS` good tokens — across later boxes
    too, as an article split into sections of a paragraph or two holds them. Once the article has `resumed` after
    a box, one such paragraph is enough: its last section may be short. A site blurb or a donation appeal is a
    paragraph or two, or paragraphs in a box of their own; the next article of an endless page opens with
    its ``<h1>``."""
    if before is None:
        return False
    wanted, wanted_good = (1, 0.0) if resumed else (_MIN_RESUMED_PARAGRAPHS, _MIN_RESUMED_TOKENS)
    paragraphs, good = sections.ahead(index, _paragraph_look(before.owner, sections.skeleton))
    return paragraphs >= wanted and good >= wanted_good


class _Sections:
    """The body's prose paragraphs by look (`_paragraph_look`), with their good tokens summed so far, and the
    position of the next ``<h1>`` from each block: what `_resumes_the_article` reads for every gap, answered by
    two bisections instead of a walk to the end of the body."""

    def __init__(self, body: list[Block], skeleton: Skeleton) -> None:
        self.skeleton = skeleton
        self.positions: dict[tuple[str, tuple[str, str | None]], list[int]] = {}
        self.sums: dict[tuple[str, tuple[str, str | None]], list[float]] = {}
        self.next_headline = next_headline = [len(body)] * (len(body) + 1)
        for position in range(len(body) - 1, -1, -1):
            is_headline = skeleton.tag(body[position].owner) == "h1"
            next_headline[position] = position if is_headline else next_headline[position + 1]
        for position, block in enumerate(body):
            if block.is_content:
                look = _paragraph_look(block.owner, skeleton)
                self.positions.setdefault(look, []).append(position)
                sums = self.sums.setdefault(look, [0.0])
                sums.append(sums[-1] + _good(block))

    def ahead(self, index: int, look: tuple[str, tuple[str, str | None]]) -> tuple[int, float]:
        """(paragraphs, good tokens) of the prose of this look from the body's block `index` to the next headline."""
        positions = self.positions.get(look)
        if not positions:
            return 0, 0.0
        first, last = bisect_left(positions, index), bisect_left(positions, self.next_headline[index])
        sums = self.sums[look]
        return last - first, sums[last] - sums[first]


def _paragraph_look(element: int, skeleton: Skeleton) -> tuple[str, tuple[str, str | None]]:
    """An element's tag and its parent's `_signature`."""
    return skeleton.tag(element), _signature(skeleton.parents[element], skeleton)
