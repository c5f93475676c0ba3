"""Readers of the page's header: the element next to the headline, the info lines under it (date, 来源,
byline, editor, subtitle), the lines above it, a date further down, author slots, a deck, a source box and
the page's editor credit. Each offers what it reads as a candidate with the place it was seen."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import chain, islice
from typing import NamedTuple

from lxml import etree

from ..clean import Element, text_of
from ..lexicon import (
    AUTHOR_CLASS_WORDS,
    BLOCK_TAGS,
    BYLINE_LABELS,
    BYLINE_WORDS,
    DATE_LABEL,
    HAN,
    INFO_LINE_LABEL,
    NAME_CONJUNCTIONS,
    OTHER_DATE_LABEL,
    PLACE_NAMES,
    POST_CLASS_NAMES,
    POSTED_SENTENCE,
    RUNNING_TIME,
    SOURCE_LABEL,
    UPDATE_LABEL,
    WIRE_SERVICES,
    phrases,
    spellings,
)
from .bylines import (
    account_name,
    bare_outlet,
    byline_outlet,
    credit_text,
    editor_credits,
    editor_rank,
    english_names,
    field_source,
    find_source,
    has_surname,
    korean_credit,
    korean_names,
    labelled_authors,
    names_with_role,
    parse_byline,
    split_person_outlet,
    unlabelled_source,
    without_date_clause,
    without_role,
)
from .dates import (
    LABELLED_DATE_LINE,
    MAX_DATE_LINE,
    MAX_LABELLED_DATE_LINE,
    TIME_MARK,
    FoundDate,
    agrees,
    find_dates,
    is_clock_line,
    is_date_line,
    parse_date,
    same_day,
)
from .evidence import (
    ABOVE,
    ACCOUNT,
    BODY_END,
    DECK,
    HEADER_TIME,
    INFO,
    NEAR,
    NEXT,
    PAGE,
    PRINTED_UPDATE,
    SLOT,
    UPDATE,
)
from .language import CJK, cjk_count
from .lines import SEGMENT, Line, key, lines_of
from .record import Context, Metadata
from .scan import ElementScan, Needle, holds, holds_any, needle, needle_groups, needles
from .title import HEADING_BELOW, Headline

_MAX_INFO_LINES = 8
#: How many lines past the end of the info lines an info line is looked for (`info_lines`), how long it may be,
#: and how far into it a date must start.
_FIELD_LINE_REACH = 4
_MAX_FIELD_LINE = 80
_FIELD_DATE_REACH = 30
_CJK_FIELD_LABEL = re.compile(INFO_LINE_LABEL)
_MAX_SCANNED_LINES = 30
_MAX_NEAR_LINES = 24
_ORIGINAL_CREDIT = re.compile(r"^\W{0,2}原创\s*[:：]?\s*")
#: Classes and itemprops of a time element that holds the update time.
_UPDATE_MARK = re.compile(r"updated|modified")
#: Author slots are looked for among this many elements after the headline, and this many before it.
_SLOT_REACH = 120
_SLOT_REACH_ABOVE = 30
#: The author class words (`AUTHOR_CLASS_WORDS`) but those that hold another: ``autor`` covers ``autorin``.
_AUTHOR_WORDS = tuple(
    word
    for word in dict.fromkeys(word for words in AUTHOR_CLASS_WORDS.values() for word in words)
    if not any(other != word and other in word for words in AUTHOR_CLASS_WORDS.values() for other in words)
)
#: A class that may mark an element as the author's (`_AUTHOR_MARK` decides): a word without its first letter, in
#: lower or upper case (``Author``, ``AUTHOR``).
_AUTHOR_CLASS_PART = re.compile("|".join(part for word in _AUTHOR_WORDS for part in (word[1:], word[1:].upper())))
#: The element boundary before a name's last letter or two set in an element of their own, for letter spacing
#: (Condé Nast's ``Molly Woo<span class="link__last-letter-spacing">d</span>``): no boundary between words.
#: (A conjunction is a word of its own: ``Felipe Pereira  e  …``.)
_LAST_LETTERS = re.compile(
    rf"(?<=[a-z]){SEGMENT}(?!(?:{'|'.join(NAME_CONJUNCTIONS)})(?:{SEGMENT}|$))(?=[a-z]{{1,2}}(?:{SEGMENT}|$))"
)
_LAST_WORD = re.compile(r"\w+$")
_FIRST_WORD = re.compile(r"\w+")
_MAX_SLOT_TEXT = 80
_MAX_SLOT_CHILDREN = 6
_MAX_SLOTS = 4
#: How far up from the headline a post wrapper is looked for.
_MAX_POST_CLIMB = 8
#: How far into a footer sentence (`POSTED_SENTENCE`) its date is looked for.
_POSTED_DATE_REACH = 120
#: What marks an element as the author's, in its class (else its rel or itemprop): `AUTHOR_CLASS_WORDS`, the
#: English ones anywhere, the others as whole words (`_AUTHOR_MARK`), the words alone looked for first
#: (`_AUTHOR_WORD_ANYWHERE`). (Both are matched on lower-cased names: an alternation of words searched
#: case-insensitively costs several times more.)
_AUTHOR_WORD_ANYWHERE = re.compile("|".join(_AUTHOR_WORDS))
_AUTHOR_MARK = re.compile(
    "|".join(
        word if language == "en" else rf"(?<![a-z]){word}s?(?![a-z])"
        for language, words in AUTHOR_CLASS_WORDS.items()
        for word in words
    )
)
#: A link to the author's page (WordPress ``/author/jane-doe/``, 起点 ``//my.qidian.com/author/4362948/``) is an
#: author slot whatever its class.
_AUTHOR_PAGE = re.compile(r"/author/[^/?#\s]")
_BYLINE_WORD_SET = frozenset(word for words in BYLINE_WORDS.values() for word in words)
#: Labels an author slot may print before the names, in an element of their own (``Author``, ``Autor``).
_SLOT_LABELS = frozenset(label for labels in BYLINE_LABELS.values() for label in labels)
#: Author-marked elements that hold something else: a bio, an avatar, a comment's author, a follow button.
_NOT_AN_AUTHOR_SLOT = re.compile(r"bio|avatar|img|image|photo|comment|reply|follow-btn|date|time|social|share")
#: Containers of an author slot that hold comments or replies (WeChat's ``discuss_list``, 网易's ``tie`` 跟贴), and
#: how many levels up they are looked for.
_REPLY_MARK = re.compile(r"comment|reply|replies|webmention|discuss|(?<![a-z])tie(?![a-z])")
_REPLY_REACH = 3
#: Marks of an author slot, or of its nearest containers, that name no writer of this story: the platform
#: profile of the account that posted it (WeChat's ``span#profileBt`` around ``a#js_name``: the 公众号, whose
#: writer has a slot of its own), a feed or card of other stories.
_NOT_AN_ACCOUNT_SLOT = re.compile(r"profile|js_name|feed|card|related|recommend")
MIN_DECK = 10
_MAX_CLOCK_LINE = 24
#: Blocks read for the page's editor credit: each is walked whole, and unclosed tags can nest every labelled
#: text inside the one before it (a page of them read every block of the rest of the page).
_MAX_EDITOR_BLOCKS = 32
#: How far before a date an update label (``Updated:``, ``最后更新：``) is looked for.
_UPDATE_LABEL_REACH = 16
_SUBTITLE = re.compile(r"^(?:——|—|--|－－|──)\s*\S")
SUBTITLE_LABEL = re.compile(r"^副标题\s*[:：]\s*")
_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead|sub_title|fbt|futi|vice-?title|\bsub\b|deck|standfirst")
_MAX_SUBTITLE = 80
#: A newspaper's edition credit: ``《人民日报》（2024年05月20日 第 04 版）``,
#: ``《 人民日报 》（ 2024年05月20日 04 版）``.
_EDITION_CREDIT = re.compile(
    r"^\s?《(?P<outlet>[^《》]{2,20})》\s?[（(]\s?(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s?(?:第\s?)?\d{1,3}\s?版\s?[)）]\s*$"
)
#: A ``——`` line that credits a poem's author (``——（宋）陆游``): a dynasty in brackets and a name, no subtitle.
_POEM_CREDIT = re.compile(rf"^(?:——|—|--)\s*[（(〔][{HAN}]{{1,3}}[)）〕]\s*[{HAN}·]{{2,8}}$")
#: Decks: classes that name one, how far after the headline one is looked for, how long a Latin-script one is.
_DECK_CLASS = re.compile(
    r"sub-?title|subhead|sub_title|dek\b|deck|standfirst|strapline|excerpt|__lead|lead-paragraph|blurb"
    r"|(?:^|\s)description(?:\s|$)"
)
_DECK_REACH = 60
#: Sentence-closing marks a description may add to a deck.
_CLOSING_STOPS = ".。!！?？…"
_MAX_DECK = 300
_MAX_DECK_CHILDREN = 5
_MIN_DECK_WORDS = 5
_LABEL_ONLY = re.compile(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL}|作者|编辑|责任编辑)\W*$", re.I)
LABEL_START = re.compile(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL})\s*[:：]", re.I)
_FIELD_LABEL = re.compile(rf"(?:{SOURCE_LABEL}|{DATE_LABEL}|作者|编辑|浏览|阅读)\s*[:：]", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)[.!?]\s", re.I)  # ``at 11:08 a.m.`` ends no sentence
_AFTER_DATE_END = re.compile(r"\s{2,}|\s*(?:作者|记者|编辑|责任编辑|来自|发布于|选稿)")
_EMPTY_AUTHOR_FIELD = re.compile(r"作者\s*[:：]\s*$")
_PROSE_PUNCTUATION = re.compile(r"[，。！？；]")
#: Text nodes with an editor label, Simplified or Traditional (编辑/責任編輯), are found by XPath (`_label_texts`).
#: (English "Edited by" too: a wire story's editor credit, printed outside the body.)
_EDITOR_TEXT_LABELS = (*spellings("编辑"), *spellings("责编"), "Edited by", "Edited By")
_MAX_EDITOR_TEXTS = 6
#: The labels those text nodes hold, as looked for in the page's UTF-8 text: all at once, and each.
_EDITOR_LABELS_ANY = needle_groups(_EDITOR_TEXT_LABELS)
_EDITOR_LABEL_NEEDLES = needles(_EDITOR_TEXT_LABELS)


def _contains_any(texts: tuple[str, ...]) -> str:
    """An XPath predicate: the node's text holds one of `texts`."""
    return "[" + " or ".join(f"contains(., '{text}')" for text in texts) + "]"


#: A source box's label (`_SOURCE_BOX_LABELS`) is a short text among the first few holding one after the headline.
_MAX_SOURCE_LABEL = 12
_MAX_SOURCE_LABEL_TEXTS = 6
_SOURCE_LABEL_ONLY = re.compile(rf"^\W*(?:{SOURCE_LABEL})\W*$", re.I)
#: A label that names the provider: its element is a source box whatever its class (Science X's ``Provided by``
#: over the partner's link under the story, phys.org and its sister sites).
_PROVIDER_LABEL = re.compile(r"^\W*provided\s+by\W*$", re.I)
#: Texts after the headline that credit this article's origin (`read_article_credit`), in either script.
_ARTICLE_SOURCE_LABELS = (*spellings("本文来源"), *spellings("文章来源"))
_ARTICLE_SOURCE_TEXTS = etree.XPath("following::text()" + _contains_any(_ARTICLE_SOURCE_LABELS) + "[position() <= 3]")
_ARTICLE_SOURCE_ANY = needle_groups(_ARTICLE_SOURCE_LABELS)
_ARTICLE_SOURCE_START = re.compile(rf"^[（(【\[]?\s*{phrases(('本文来源', '文章来源'))}")
_MAX_ARTICLE_CREDIT = 120
#: A distributor's credit under the story: ``Via`` alone before the distributor's link, then the copyright of
#: the outlet that first ran it (SyndiGate's ``Via SyndiGate.info`` / ``Copyright © 2019 Press TV. All rights
#: reserved.`` on the portals it feeds). The texts that may be the label are found by XPath, the copyright
#: among the few texts after it.
_VIA_LABEL_TEXTS = etree.XPath(
    "following::text()[normalize-space() = 'Via' or normalize-space() = 'via'][position() <= 3]"
)
_TEXTS_AFTER = etree.XPath("following::text()[normalize-space()][position() <= 5]")
_SYNDICATION_ANY = needle_groups(("Via ", "via "))
_COPYRIGHT = needle("Copyright")
_HOLDER_COPYRIGHT = re.compile(
    r"^Copyright\s?(?:[©@]|\([cC]\))?\s?\d{4}\s(?P<holder>[^\W\d][^.|©]{1,60}?)\.?(?:\sAll\s[Rr]ights\s[Rr]eserved\.?)?$"
)
#: How many levels above a source label the box whose class says source is looked for.
_SOURCE_BOX_REACH = 3
#: A media card (a video's picture, title, running time and outlet) holds at most this many texts.
_MAX_MEDIA_CARD_TEXTS = 12
_MAX_SOURCE_BOX_TEXT = 80
#: A line restating the article's time with its source (`read_restated_credit`): at most this long, among the first
#: texts holding its label after the headline.
_MAX_RESTATED_LINE = 80
_MAX_RESTATED_TEXTS = 6


def lines_inside_headline(headline: Headline) -> list[Line]:
    """The lines after a ``<br>`` inside the headline element that are not part of the headline: PHPCMS prints
    the info line there (``<h1>Title<br/><span>2024-04-19 16:27:00  来源：…</span></h1>``)."""
    element = headline.element
    if element is None or element.find("br") is None:
        return []
    return [line for line in lines_of(element)[1:] if line.flat not in headline.text]


def info_lines(
    following: Iterator[Line], headline: str, deck: str, subtitle: str = ""
) -> tuple[list[Line], Line | None]:
    """Short lines right after the headline element, up to the first line of prose; and the deck.

    Link-only lines (share buttons, language switchers), a repeat of the headline and the subtitle element
    read beside it (key `subtitle`: Newspack's ``div.newspack-post-subtitle``, a sentence printed between the
    headline and the byline) are passed over without counting, within a bounded number of lines. When the
    lines end (a line of prose, too many lines) before any of them is a Chinese info line (a date and a field
    label), the first such line among the next few is taken: the info line under a summary (``摘要：…``), a
    captioned photo or a row of tools. The deck is the first line under the headline when it says what the
    page's description says (key `deck`): a standfirst printed between headline and byline, prose that does
    not end the info lines.
    """
    lines: list[Line] = []
    found_deck: Line | None = None
    counted = 0
    for line in islice(following, _MAX_SCANNED_LINES):
        line_key = line.key
        if line_key == headline:
            continue
        if not counted and found_deck is None and deck and line_key == deck:
            found_deck = line
            continue
        if subtitle and line_key == subtitle:
            continue
        if _is_prose(line.flat) or counted >= _MAX_INFO_LINES:
            if not any(map(_is_field_line, lines)):
                further = chain([line], islice(following, _FIELD_LINE_REACH))
                lines.extend(islice(filter(_is_field_line, further), 1))
            break
        lines.append(line)
        counted += not line.linked
    return lines, found_deck


def _is_field_line(line: Line) -> bool:
    """A short Chinese info line: a date near its start and a field label (``2024-05-20 09:37 来源：…``,
    ``发布时间：2024-05-20 来源：…``); a related story's dated title has no label."""
    text = line.flat
    if len(text) > _MAX_FIELD_LINE or not _CJK_FIELD_LABEL.search(text) or _is_prose(text):
        return False  # (the label first: most lines have none)
    return bool(find_dates(text[:_FIELD_DATE_REACH]))


def _is_prose(text: str) -> bool:
    """A body sentence rather than a field line: Chinese with sentence punctuation, or a long English sentence."""
    if len(text) > 200:
        return True
    head = text[:40]
    if (":" in head or "：" in head) and _FIELD_LABEL.search(head):  # (every match ends in a colon: tested first)
        return False
    if _PROSE_PUNCTUATION.search(text) and cjk_count(text) >= 20:  # (the punctuation first: most lines have none)
        return True
    words = text.split()
    return len(words) >= 14 and bool(_SENTENCE_END.search(text + " ")) and not CJK.search(text)


def read_subtitle_element(headline: Headline, meta: Metadata) -> str | None:
    """A ``副标题`` element printed right next to the headline (``h2.subtitle``, ``h4.sub``), or a heading one
    rank below the headline right after it (an ``<h3>`` deck under an ``<h2>`` headline); never after a
    paragraph of the story. Returns the text offered, else that of the first element whose class says
    subtitle (a deck too long for a 副标题, which `read_deck_element` reads): the info lines pass over it."""
    assert headline.element is not None
    beside: str | None = None
    for index, sibling in enumerate(islice(headline.element.itersiblings(), 3)):
        if not isinstance(sibling.tag, str):
            continue
        lower_heading = index == 0 and HEADING_BELOW.get(headline.element.tag) == sibling.tag
        names = f"{sibling.get('class', '')} {sibling.get('id', '')}".lower()
        if not lower_heading and not _SUBTITLE_CLASS.search(names):
            if _opens_the_story(sibling):
                return beside
            continue  # (tested first: the text of a sibling can be the whole body)
        text = " ".join(text_of(sibling).split()) if len(sibling) <= 5 else ""
        if lower_heading and not (CJK.search(text) or len(text.split()) >= _MIN_DECK_WORDS):
            continue  # a section heading (``Introduction``) opening the body, not a deck
        if find_dates(text):
            continue  # an info line in a subtitle's place, which the info lines read
        if 2 <= len(text) <= _MAX_SUBTITLE:
            meta.offer("subtitle", text, NEXT)
            meta.consumed.add(key(text))
            return text
        beside = beside or text or None
    return beside


def read_deck_element(headline: Headline, meta: Metadata) -> None:
    """A deck a little further down the header (after a byline or photo): an element whose class says dek,
    standfirst, strapline, excerpt, lead or blurb, with a sentence or two of text. A deck stands above the
    story: the walk ends at the first paragraph of prose (a subheading further down, in a wrapper whose
    class says subheadline, is the body's)."""
    assert headline.element is not None
    for candidate in islice(_following(headline.element), _DECK_REACH):
        marks = candidate.get("class") or ""
        named = f"{marks} {candidate.get('data-gu-name', '')} {candidate.get('data-component', '')}"
        if not _DECK_CLASS.search(named.lower()):
            if _opens_the_story(candidate):
                return
            continue
        if len(candidate) > _MAX_DECK_CHILDREN or "widget" in marks or candidate.find(".//li") is not None:
            continue  # (a sidebar widget's title is no deck, nor a live page's list of key points)
        text = " ".join(text_of(candidate).split())
        cjk = CJK.search(text) is not None
        if not (cjk or len(text.split()) >= _MIN_DECK_WORDS):
            continue  # a subheading (``Our ruling``), not a sentence
        longest = _MAX_SUBTITLE if cjk else _MAX_DECK
        if _quoted_as_lead(text, meta.description):
            return  # the description goes on past it: the lead of the story, which the body keeps
        if MIN_DECK <= len(text) <= longest and key(text) != key(headline.text) and not find_dates(text):
            meta.offer("subtitle", text, DECK)  # (left to the body scorer, which keeps a deck that opens the story)
            return


def _opens_the_story(element: Element) -> bool:
    """Whether `element` is a paragraph of prose: the story has begun, and no deck follows it."""
    return element.tag == "p" and _is_prose(" ".join(text_of(element).split()))


def _quoted_as_lead(text: str, description: str | None) -> bool:
    """Whether the page description quotes `text` and goes on: the text opens the story. (A full stop the
    description adds to a deck printed without one is no going on.)"""
    said = key(description or "").rstrip(_CLOSING_STOPS)
    quoted = key(text).rstrip(_CLOSING_STOPS)
    return len(said) > len(quoted) and quoted in said


def read_info_lines(lines: list[Line], meta: Metadata, context: Context) -> None:
    read_dates(lines, meta, context, where=INFO)
    for index, line in enumerate(lines):
        byline = _before_edition_credit(line, meta)
        flat = byline.flat
        used = byline is not line
        used = _read_source(byline, meta, context) or used
        used = read_editor(byline.text, meta, INFO) or used
        used = _read_line_authors(byline, flat, meta) or used
        if not meta.offered("subtitle") and index < 4 and is_subtitle_line(flat):
            meta.offer("subtitle", SUBTITLE_LABEL.sub("", flat), INFO)
            used = True
        line_key = line.key
        if used or _LABEL_ONLY.match(flat) or LABEL_START.match(flat) or line_key in meta.consumed:
            meta.consumed.add(line_key)


def read_edition_credit(line: str, meta: Metadata, where: str) -> bool:
    """A newspaper's edition credit of a story it printed: ``《人民日报》（2024年05月20日 第 04 版）`` gives the
    source and the day it appeared."""
    credit = _EDITION_CREDIT.match(line) if line[:2].strip().startswith("《") else None
    if credit is None:
        return False
    found = find_dates(credit.group("date"))
    meta.offer("source", credit.group("outlet").strip(), where)
    meta.offer("published", found[0] if found else None, where)
    return True


def _before_edition_credit(line: Line, meta: Metadata) -> Line:
    """An info line that ends in the paper's edition credit (an e-paper's ``本报记者 周岚  《江州日报》（ 2024年05月20日
    第 04 版）``, or the credit alone under an agency's story): the credit is read, and the line before it is
    returned, to be read as the byline."""
    text = line.text
    start = text.find("《") if "版" in text else -1
    if start < 0 or not read_edition_credit(" ".join(text[start:].split()), meta, INFO):
        return line
    return Line(text[:start].rstrip(), line.linked) if start else line


def is_subtitle_line(text: str) -> bool:
    """``——泗水县推进信访工作构建和谐社会侧记`` or ``副标题：…``, short enough to be one."""
    if _POEM_CREDIT.match(text):
        return False
    return len(text) <= _MAX_SUBTITLE and bool(_SUBTITLE.match(text) or SUBTITLE_LABEL.match(text))


def read_dates(lines: list[Line], meta: Metadata, context: Context, *, where: str) -> None:
    """Offer the first publication date on the lines (nearest the headline), and the first update time.

    Info lines that give the date are consumed; lines above the headline are not (they are not body).
    A live page prints its update time first, unlabelled (``16.42 BST`` over ``First published on …
    11.02 BST``): a later time on the structured day gives way to a time further down that is the
    structured instant, and is offered as the update time; a later day printed alone, to the structured
    day printed further down (GeneratePress's ``time.updated`` before ``time.published``).
    """
    update: FoundDate | None = None
    first: tuple[Line, FoundDate, FoundDate | None] | None = None  # a date, its line, the update time before it
    for line, found, label in _printed_dates(lines, context, where):
        if label is UPDATE_LABEL:
            update = update or found
        elif first is None:
            first = line, found, update
            if not _may_be_update(found, context.published):
                break
        elif (found.has_time or not first[1].has_time) and agrees(found, context.published):  # type: ignore[arg-type]
            first = line, found, first[1]
            break
    if first is not None:
        line, found, update = first
        meta.offer("published", found, where)
        if where == INFO:
            meta.consumed.add(line.key)
    elif update is not None and where == INFO and context.published and same_day(update, context.published):
        meta.offer("published", update, PRINTED_UPDATE)  # the only time the page shows, the structured day
    meta.offer("published", update, UPDATE)


def _printed_dates(
    lines: list[Line], context: Context, where: str
) -> Iterator[tuple[Line, FoundDate, re.Pattern[str] | None]]:
    """The dates on the lines, in order, with `UPDATE_LABEL` when labelled as update times; a counter's stamp
    (``访问统计：2019-09-07``) is left out, and above the headline any date but the page's own: the structured
    date's, or one its update time follows (Reuters' ``November 19, 2019 / 12:21 AM / Updated 14 hours ago``
    when the structured time is the update's)."""
    for line, text in _with_clock_lines(lines):
        for found in find_dates(text, default_year=context.year):
            label = _date_label(text, found)
            if label is OTHER_DATE_LABEL:
                continue
            if (
                label is None
                and where == ABOVE
                and context.published
                and not agrees(found, context.published)
                and not UPDATE_LABEL.search(text, found.end)
            ):
                continue  # sidebars above the headline list other stories' dates (and no update times)
            yield line, found, label


def _may_be_update(found: FoundDate, published: datetime | None) -> bool:
    """Whether a printed time may be the update time printed before the publication time (a live page's
    ``16.42 BST`` over ``First published on … 11.02 BST``): a later time on the structured day, or a later
    day printed alone (GeneratePress prints ``time.updated`` before ``time.published``, both days)."""
    if published is None or agrees(found, published):
        return False
    if not found.has_time:
        return found.value.date() > published.date()
    if not same_day(found, published):
        return False
    zone = found.value.tzinfo
    wall = published.astimezone(zone) if zone is not None and published.tzinfo else published
    return found.value.replace(tzinfo=None) > wall.replace(tzinfo=None)


def _date_label(text: str, found: FoundDate) -> re.Pattern[str] | None:
    """`OTHER_DATE_LABEL` or `UPDATE_LABEL` when one is printed right before the date, else None."""
    before = text[max(0, found.start - _UPDATE_LABEL_REACH) : found.start]
    return next((label for label in (OTHER_DATE_LABEL, UPDATE_LABEL) if label.search(before)), None)


def read_author_slots(element: Element, meta: Metadata, context: Context) -> None:
    """Names in the first elements after the headline that the page marks as its author's: ``rel=author``,
    ``itemprop=author``, a class or id saying author, byline, writer or nickname (a blogger's handle).

    A Chinese handle alone there (a blog's or forum's user, a self-media account: 快传号 ``管不饿``, CSDN
    ``A-肖老师-树谷学院``) is offered as an *account*, below every credit the story prints: the writer when it
    reads as a pen name, the source when it is an outlet or an organisation (``中国新闻网``, ``经济日报`` +
    ``经济日报官方账号``, ``江城发布``, ``江城市公安局``). A line of the body that is the handle alone is the
    account card's (百家号's ``p.author-name`` between the headline and the story), no text of the article.
    """
    account = _read_slots(_author_slots(islice(_following(element), _SLOT_REACH)), element, meta, SLOT)
    if account is not None:
        meta.consumed.add(key(account))
        outlet = unlabelled_source(account, set(context.known_sources)) or bare_outlet(account)
        meta.offer("source", outlet, ACCOUNT)
        meta.offer("authors", [] if outlet else [account], ACCOUNT, account)


def read_author_slots_above(element: Element, meta: Metadata) -> None:
    """The same slots among the few elements right above the headline, nearest first: a header that prints
    the author's name before the headline (Smashing Magazine's ``li.article-header--meta-item__author``)."""
    _read_slots(_author_slots(islice(_preceding(element), _SLOT_REACH_ABOVE)), element, meta, ABOVE)


def read_author_slots_in_article(element: Element, meta: Metadata) -> None:
    """The same slots further down the ``<article>`` that holds the headline: past a long story, in its footer
    (WordPress's entry footer ``Posted by X``, an author box under the story). The article element bounds the
    search: what follows it (related cards, sidebars) is other stories'."""
    article = _article_of(element)
    if article is not None:
        _read_slots(_author_slots(_marked_as_author(article)), element, meta, SLOT)


def _marked_as_author(article: Element) -> Iterator[Element]:
    """The elements inside `article` whose class may mark them as the author's (`_AUTHOR_CLASS_PART`), or that
    have a rel or an itemprop, in document order. Lazy: the slots are read up to the first that names the writer,
    most often near the top of a long story, and the rest of it is never walked."""
    for candidate in article.iterdescendants(etree.Element):
        marks = candidate.get("class")
        if (
            (marks and _AUTHOR_CLASS_PART.search(marks))
            or candidate.get("rel") is not None
            or candidate.get("itemprop") is not None
        ):
            yield candidate


def _article_of(element: Element) -> Element | None:
    """The ``<article>`` that holds `element`, if any."""
    return next(element.iterancestors("article"), None)


def _post_of(element: Element) -> Element | None:
    """The post that holds `element`: its ``<article>``, or in a theme older than that element, the nearest
    wrapper named as a post (WordPress's ``div.post.hentry``, Drupal's ``div.node``: `POST_CLASS_NAMES`)."""
    article = _article_of(element)
    if article is not None:
        return article
    for ancestor in islice(element.iterancestors(), _MAX_POST_CLIMB):
        if not POST_CLASS_NAMES.isdisjoint((ancestor.get("class") or "").lower().split()):
            return ancestor
    return None


def posted_date(text: str) -> FoundDate | None:
    """The date of a blog theme's footer sentence (`POSTED_SENTENCE`: ``This entry was posted on Monday, December
    14th, 2015 at 2:48 pm and is filed under …``); None for any other text."""
    if POSTED_SENTENCE.match(text) is None:
        return None
    found = find_dates(text[:_POSTED_DATE_REACH])
    return found[0] if found else None


def read_date_in_article(element: Element, meta: Metadata) -> None:
    """A date line further down the post that holds the headline, for a page that prints no date near it: themes
    that print the post's meta in the entry footer, labelled (``发布日期：2019-09-23 14:34:05  所属分类：头条``,
    ``Published: 19 November 2019``) or in a sentence (WordPress's classic ``This entry was posted on Monday,
    December 14th, 2015 at 2:48 pm and is filed under …``, ``Dieser Artikel wurde am … geschrieben``). Read after
    the body; the post bounds the search (what follows it dates other stories)."""
    for line in post_lines_after(element):
        if LABELLED_DATE_LINE.match(line.text) and len(line.flat) <= MAX_LABELLED_DATE_LINE:
            found = next(iter(find_dates(line.text)), None)
        else:
            found = posted_date(line.text)
        if found:
            meta.offer("published", found, BODY_END)
            return


def post_lines_after(element: Element, holding: tuple[str, ...] = ()) -> Iterator[Line]:
    """The lines of the post that holds the headline (`element`), from the headline's on, but not the headline's;
    none when `holding` names words and the post's text holds none of them (tested at C speed: walking a post's
    lines costs as much as the rest of a reader)."""
    post = _post_of(element)
    if post is None or (holding and not any(map(text_of(post).__contains__, holding))):
        return
    headline, started = key(text_of(element)), False
    for line in lines_of(post):
        if started:
            yield line
        else:
            started = line.key == headline


def _read_slots(slots: Iterator[Element], headline: Element, meta: Metadata, where: str) -> str | None:
    """Offer the names of the first author slot that holds any, seen at `where`; when none does, return the first
    Chinese handle printed alone in one (`account_name`), for the caller to weigh."""
    account: str | None = None
    for slot in islice(slots, _MAX_SLOTS):
        marks = f"{slot.get('class', '')} {slot.get('id', '')}".lower()
        if (
            len(slot) > _MAX_SLOT_CHILDREN
            or _NOT_AN_AUTHOR_SLOT.search(marks)
            or _in_a_reply(slot)
            or _in_a_story_card(slot, headline)
        ):
            continue
        text = _with_last_letters(SEGMENT.join(line.text for line in lines_of(slot)), slot)
        if not 2 <= len(text) <= _MAX_SLOT_TEXT:
            continue
        meta.offer("source", byline_outlet(text), where)
        names = _slot_names(text)
        if names:
            meta.offer("authors", names, where, without_date_clause(" ".join(text.split())))
            return None
        if account is None and not _holds_no_account(slot, marks):
            account = account_name(text.split(SEGMENT)[0])
    return account


def _with_last_letters(text: str, slot: Element) -> str:
    """The slot's text with a name's last letters joined back to it where the page sets them in an element of
    their own with no space before them (``Molly Woo<span>d</span>``); a short word after a space stays a word
    (``By <span>Dana Whitcomb</span> on <abbr>…</abbr>``)."""
    if _LAST_LETTERS.search(text) is None:
        return text
    printed = " ".join(text_of(slot).split())
    return _LAST_LETTERS.sub(lambda found: "" if _glued(text, found, printed) else found.group(), text)


def _glued(text: str, boundary: re.Match[str], printed: str) -> bool:
    """Whether the word before `boundary` and the letters after it are printed as one word."""
    before = _LAST_WORD.search(text, 0, boundary.start())
    after = _FIRST_WORD.match(text, boundary.end())
    return before is not None and after is not None and f"{before.group()}{after.group()}" in printed.split()


def _holds_no_account(slot: Element, marks: str) -> bool:
    """Whether an author slot or one of its nearest containers is marked as holding no account of this story
    (`_NOT_AN_ACCOUNT_SLOT`)."""
    containers = chain([marks], (f"{c.get('class', '')} {c.get('id', '')}".lower() for c in slot.iterancestors()))
    return any(_NOT_AN_ACCOUNT_SLOT.search(names) for names in islice(containers, _REPLY_REACH + 1))


#: A link of this many characters in a list item is a story's headline (`_in_a_story_card`); an author's name or
#: a "more" link is shorter.
_MIN_CARD_HEADLINE_CHARS = 24
#: How many containers up the list item of a card is looked for (cards nest their byline in wrappers), and how
#: many of its links are read (a card has a few; a list item of thousands is no card, and reading it all for
#: each author slot would cost time in its size).
_CARD_REACH = 8
_MAX_CARD_LINKS = 20


def _in_a_reply(slot: Element) -> bool:
    """Whether an author slot sits in a comment or a reply (a webmention's ``a.u-author`` in
    ``li.webmention-reply``): a commenter, not the writer. Its nearest few containers are asked."""
    return any(
        _REPLY_MARK.search(f"{container.get('class', '')} {container.get('id', '')}".lower())
        for container in islice(slot.iterancestors(), _REPLY_REACH)
    )


def _in_a_story_card(slot: Element, headline: Element) -> bool:
    """Whether an author slot sits in a list item that links another story by its headline (a related or most-read
    list: ``li > a "30 Essential Home Repair Tools You Should Have"`` + ``p[itemprop=author]``): that story's writer.
    A header's own list of meta items (``li.author``) links no headline, and a story set in a list item holds its
    headline."""
    item = next((ancestor for ancestor in islice(slot.iterancestors(), _CARD_REACH) if ancestor.tag == "li"), None)
    if item is None or any(ancestor is item for ancestor in headline.iterancestors()):
        return False
    own = set(slot.iter("a"))
    return any(
        link not in own and len(" ".join(text_of(link).split())) >= _MIN_CARD_HEADLINE_CHARS
        for link in islice(item.iter("a"), _MAX_CARD_LINKS)
    )


def _author_slots(elements: Iterable[Element]) -> Iterator[Element]:
    """The elements marked as the author's, or links to the author's page, among `elements` (the header around
    the headline: a bounded walk from Python, since a search of the whole page costs more and finds nothing
    nearer). A class that names no author leaves the word to the rel or itemprop: a byline's ``p.css-aknsld``
    marked ``itemprop=author`` holds every name, its ``span.last-byline`` only the last."""
    for candidate in elements:
        marks = candidate.get("class")
        if not (marks and _marks_the_author(marks.lower())):
            marks = candidate.get("rel") or candidate.get("itemprop")
        if marks and _marks_the_author(marks.lower()):
            yield candidate
        else:
            href = candidate.get("href")
            if href and "/author/" in href and _AUTHOR_PAGE.search(href):  # (the pattern's words first)
                yield candidate


def _marks_the_author(marks: str) -> bool:
    """Whether lower-cased class/rel/itemprop `marks` name the author (`_AUTHOR_MARK`); the words are looked for
    first, anywhere (most elements walked hold none, and the pattern's word boundaries cost five times the scan)."""
    return _AUTHOR_WORD_ANYWHERE.search(marks) is not None and _AUTHOR_MARK.search(marks) is not None


def _following(element: Element) -> Iterator[Element]:
    """The elements after `element` in document order (its own subtree excluded), lazily."""
    node: Element | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            yield from sibling.iter(etree.Element)
        node = node.getparent()


def _preceding(element: Element) -> Iterator[Element]:
    """The elements before `element` in document order, nearest first, its ancestors excluded (XPath's
    ``preceding::*``), lazily: an XPath axis collects every element up to the top of the page first."""
    node: Element | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element, preceding=True):
            yield from _backwards(sibling)
        node = node.getparent()


def _backwards(element: Element) -> Iterator[Element]:
    """The elements of `element`'s subtree in reverse document order: each child's, last child first, then itself."""
    for child in element.iterchildren(etree.Element, reversed=True):
        yield from _backwards(child)
    yield element


def _slot_names(text: str) -> list[str]:
    """The people an author slot names: a byline (``By X``, ``作者：X``), else its first element's text when that
    is Latin-script names (``Jose Altoveros`` before ``View More Articles``)."""
    byline = parse_byline(text)
    if byline is not None:
        return byline
    labelled = labelled_authors(text)
    if labelled is not None:
        return labelled
    segments = text.split(SEGMENT)
    while len(segments) > 1 and segments[0].strip().rstrip(":").lower() in _SLOT_LABELS:
        segments = segments[1:]  # a label in an element of its own (Twenty Sixteen's screen-reader ``Autor``)
    first = segments[0].strip()
    dates = find_dates(first)
    first = first[: dates[0].start].strip(" ,|-–—·•") if dates else first
    korean = korean_names(first)
    if korean is not None:
        return korean  # ``고규홍 나무 칼럼니스트``: a name with its role
    if CJK.search(first):
        return []  # a bare Chinese name in such a slot is as often a platform account or a sidebar's as the writer
    if first.lower() in _BYLINE_WORD_SET:
        return []  # a lone ``By``: the names are in the next slot
    first = without_role(first)  # ``Tom Krisher, AP Auto Writer``
    names = english_names(first)
    return names if len(" and ".join(names)) * 2 >= len(first) else []


def read_authors_above(lines: list[Line], meta: Metadata) -> None:
    """A byline printed above the headline (``Von Moritz Bachmann publiziert am 25. September 2018``)."""
    for line in lines:
        authors = parse_byline(line.flat)
        if authors:
            meta.offer("authors", authors, ABOVE, credit_text(line.flat))
            return


def read_source_above(lines: list[Line], meta: Metadata) -> None:
    """A 来源 line printed above the headline (新华网's 2016 template: ``2018-05-20 08:37:15 来源：新华网`` in
    ``div.h-info`` over ``div.h-title``). Only a labelled outlet: an unlabelled name up there is a logo's or a
    channel's."""
    for line in lines:
        source = find_source(line.text)
        if source:
            meta.offer("source", source, ABOVE)
            return


def _with_clock_lines(lines: Iterable[Line]) -> Iterator[tuple[Line, str]]:
    """Each line with its text, a line printing only a day joined with a next line that prints only the time
    (``Nov. 19, 2019`` / ``5:50 PM`` in two elements). Lazy: a line is read only when the one before it is."""
    following = iter(lines)
    line = next(following, None)
    while line is not None:
        after = next(following, None)
        if after is not None and len(after.text) <= _MAX_CLOCK_LINE and is_clock_line(after.text):
            yield line, line.text + SEGMENT + after.text
        else:
            yield line, line.text
        line = after


def read_header_time(element: Element, meta: Metadata) -> None:
    """The machine-readable time of the header: the first ``<time datetime>`` or ``itemprop=datePublished``
    between the headline and the story's first paragraph, unless marked as an update (``time.updated``,
    ``dateModified``). It dates the article whatever it prints (``1 day ago``), where a date attribute
    further down may be a related story's."""
    for candidate in islice(_following(element), _SLOT_REACH):
        if candidate.tag == "p" and _opens_the_story(candidate):
            return
        value = candidate.get("datetime")
        if value is None and candidate.get("itemprop") == "datePublished":
            value = candidate.get("content")
        if value is None:
            continue
        marks = f"{candidate.get('class', '')} {candidate.get('itemprop', '')}".lower()
        if _UPDATE_MARK.search(marks) or UPDATE_LABEL.search(text_of(candidate)):
            continue
        meta.offer("published", parse_date(value), HEADER_TIME)
        return


def read_near_date(following: Iterator[Line], meta: Metadata, context: Context, published: datetime | None) -> None:
    """A printed date and time further down the header (after a photo caption, a byline, a share bar).

    With a structured date, only a time that agrees with it counts: the same instant is how the page shows
    it, while any other date there may be a related story's. Without one, only a line that is a date and
    little else (``Associated Press  November 19, 2019, 9:02 AM``, ``19. November 2019``), or a theme's footer
    sentence under a short post (`POSTED_SENTENCE`: ``This entry was posted on …``, before the comments' dates),
    the first of them: a day alone too, for nothing else on such a page dates it.
    """
    for _line, text in _with_clock_lines(islice(following, _MAX_NEAR_LINES)):  # (the walk ends at the date)
        if len(text) > MAX_DATE_LINE * 3 or (published is not None and not TIME_MARK.search(text)):
            continue  # (a cheap test first: with a structured date, only a printed time is taken from here)
        if published is None:
            posted = posted_date(text)  # the post's footer sentence
            if posted is not None:
                meta.offer("published", posted, NEAR)
                return
            if not is_date_line(" ".join(text.split())):
                continue
        reference = context.day if published is not None else None
        for found in find_dates(text, default_year=context.year, reference=reference):
            if _date_label(text, found) is not None:
                continue  # an update time or another story's
            if published is None or (found.has_time and agrees(found, published)):
                meta.offer("published", found, NEAR)
                return


def _read_source(line: Line, meta: Metadata, context: Context) -> bool:
    """来源 (labelled, or unlabelled right after the date when clearly an outlet) and a reporter printed after it."""
    source = find_source(line.text) or field_source(line.text)
    if source is None:
        source = _source_after_date(line.text, context, meta.breadcrumbs) or _original_outlet(line.text, context)
    if source is None:
        return _read_person_outlet(line, meta)
    person_outlet = split_person_outlet(source)
    if person_outlet:
        people, source = person_outlet
        meta.offer("authors", people, INFO)
    meta.offer("source", source, INFO)
    meta.offer("authors", _person_after(line.text, source), INFO)
    return True


def _original_outlet(text: str, context: Context) -> str | None:
    """``原创：39健康网 2024-04-23``, 头条's ``原创 南方都市报 2019-09-09``: the outlet credited with the original,
    when it is clearly an outlet."""
    credit = _ORIGINAL_CREDIT.match(text)
    if credit is None:
        return None
    segment = text[credit.end() :].split(SEGMENT, 1)[0]
    dates = find_dates(segment)
    return unlabelled_source(segment[: dates[0].start] if dates else segment, set(context.known_sources))


def _source_after_date(text: str, context: Context, sections: list[str]) -> str | None:
    """The outlet printed right after the date without a label, when clearly one; not the section the page's
    breadcrumb trail files the story under, which themes print there too (Sahifa's ``May 20, 2024  Local News``)."""
    dates = find_dates(text)
    if not dates:
        return None
    rest = text[dates[0].end :].strip(" ·|丨｜-—")
    segment = _AFTER_DATE_END.split(rest, maxsplit=1)[0]
    source = unlabelled_source(segment, set(context.known_sources))
    return None if source in sections else source


def _person_after(text: str, source: str) -> list[str]:
    """``来源：中国新闻网  王帆``: a bare name in the segment right after the source is its reporter."""
    segments = text.split(SEGMENT)
    for index, segment in enumerate(segments[:-1]):
        if segment.strip().endswith(source):
            following = segments[index + 1].strip()
            if has_surname(following) and following not in PLACE_NAMES:
                return [following]
    return []


def _read_person_outlet(line: Line, meta: Metadata) -> bool:
    """澎湃's author slot: ``石佳/中国青年报`` as a segment of its own."""
    for segment in line.text.split(SEGMENT):
        person_outlet = split_person_outlet(segment)
        if person_outlet:
            people, source = person_outlet
            meta.offer("authors", people, INFO)
            meta.offer("source", source, INFO)
            return True
    return False


def read_editor(text: str, meta: Metadata, where: str) -> bool:
    """Offer every named editor credit of a line, with its label (`resolve_editor` ranks them by it)."""
    credits = editor_credits(text)
    for label, name in credits:
        meta.offer("editor", name, where, label)
    return bool(credits)


def _has_chief_editor(meta: Metadata) -> bool:
    """Whether a 责任编辑 credit, the strongest label, was read already: no later credit can outrank it."""
    return any(c.field == "editor" and editor_rank(c.printed or "") == 0 for c in meta.evidence)


def read_page_editor(element: Element | None, root: Element, meta: Metadata, scan: ElementScan) -> None:
    """The first editor credit after the headline anywhere on the page (it often sits outside the body box).

    A line that credits the editor and the writer together (``文字 | 王敏  图片 | 李强  编辑 | 张三``,
    ``作者：王敏 责任编辑：李强``) is the story's credit line: its writers are offered as a credit at the body's
    end, which the body may have left out."""
    if _has_chief_editor(meta):
        return
    if root.getparent() is None and not holds_any(scan.page_text, _EDITOR_LABELS_ANY):
        return  # no text node of the page holds a label (the page's text holds them all)
    labels = _printed_labels(_EDITOR_TEXT_LABELS, _EDITOR_LABEL_NEEDLES, scan)
    if element is not None:
        texts = _label_texts("following::text()", labels, f"[position() <= {_MAX_EDITOR_TEXTS}]")(element)
    else:
        texts = _label_texts("//body//text()", labels, f"[position() <= {_MAX_EDITOR_TEXTS}]")(root)
    read: set[Element] = set()
    for text in texts:
        block = text.getparent()
        if text.is_tail and block is not None:
            block = block.getparent()  # text after an element, ``<p>…</p>(责任编辑：王晓燕)``, is its parent's
        for _level in range(3):
            if block is None or block.tag in BLOCK_TAGS:
                break
            block = block.getparent()
        if block is None or len(block) > 20 or block in read:
            continue  # a block read already cannot change anything on a second reading
        if len(read) == _MAX_EDITOR_BLOCKS:
            return
        read.add(block)
        for line in lines_of(block):
            if read_editor(line.text, meta, PAGE):
                meta.offer("authors", parse_byline(line.flat), BODY_END, credit_text(line.flat))
            if _has_chief_editor(meta):
                return


def _printed_labels(labels: tuple[str, ...], encoded: tuple[Needle, ...], scan: ElementScan) -> tuple[str, ...]:
    """Those of `labels` (`encoded`: their needles) that a text node of the page may hold: the ones the page's text
    holds (all of them when the tree goes on past the root). Each is one more test of every text node."""
    root = scan.root
    if root.getparent() is not None:
        return labels
    page, tail = scan.page_text, root.tail or ""
    return tuple(label for label, probe in zip(labels, encoded, strict=True) if holds(page, probe) or label in tail)


class _Labels(NamedTuple):
    """Labels as `_texts_after` looks for them: the words, each word's needle, and the needles by first byte."""

    words: tuple[str, ...]
    needles: tuple[Needle, ...]
    groups: tuple[Needle, ...]


def _labels(*words: str) -> _Labels:
    return _Labels(words, needles(words), needle_groups(words))


#: A source box's label, alone in its element (tagDiv Newspaper's ``<span>SOURCE</span><a>Meridian Wire</a>``
#: after the body): the text nodes that may be one are found by XPath, then tested by `_SOURCE_LABEL_ONLY`.
_SOURCE_BOX_LABELS = _labels("Source", "SOURCE", *spellings("来源"), "Provided by")
#: The label of a line restating the article's time with its source (`read_restated_credit`): Chinese themes
#: print such boxes.
_RESTATED_SOURCE_LABELS = _labels(*spellings("来源"))


def _texts_after(element: Element, labels: _Labels, then: str, scan: ElementScan) -> list[str]:
    """The texts after `element` holding one of `labels`, filtered by the predicates `then`; none when the page's
    text holds no label, which most pages show at the cost of a search."""
    if not holds_any(scan.page_text, labels.groups):
        return []
    return _label_texts("following::text()", _printed_labels(labels.words, labels.needles, scan), then)(element)


def _label_texts(path: str, labels: tuple[str, ...], then: str) -> etree.XPath:
    """The text nodes of `path` that hold one of `labels`, filtered by the predicates `then`.

    Compiled for the labels a page prints (`_printed_labels`): an XPath costs little to compile, far less than
    testing every text node after the headline for labels the page never prints.
    """
    return etree.XPath(path + _contains_any(labels) + then)


def read_source_box(element: Element, meta: Metadata, scan: ElementScan) -> None:
    """A source box after the headline: a label alone in its element (``SOURCE``, ``Source:``, ``来源``) in a
    container whose class says source, with the outlet after it (tagDiv Newspaper's ``td-post-source-via``
    under the body), or a ``Provided by`` label with the outlet after it in any element. Offered as a source
    line at the body's end; a caption's ``Source:`` is in no such box, and a media card's is the video's."""
    short = f"[string-length(normalize-space()) <= {_MAX_SOURCE_LABEL}][position() <= {_MAX_SOURCE_LABEL_TEXTS}]"
    for text in _texts_after(element, _SOURCE_BOX_LABELS, short, scan):
        if not _SOURCE_LABEL_ONLY.match(text):
            continue
        holder = text.getparent()
        box = holder.getparent() if text.is_tail and holder is not None else holder
        provider = _PROVIDER_LABEL.match(text) is not None
        for container in islice(chain([box], box.iterancestors()) if box is not None else (), _SOURCE_BOX_REACH):
            if provider or "source" in f"{container.get('class', '')} {container.get('id', '')}".lower():
                printed = SEGMENT.join(line.text for line in lines_of(container))
                if len(printed) <= _MAX_SOURCE_BOX_TEXT and not _in_media_card(container):
                    meta.offer("source", find_source(printed), BODY_END)
                return


def read_restated_credit(element: Element, meta: Metadata, context: Context, scan: ElementScan) -> None:
    """A source labelled on a line after the headline that restates the article's own publication time (``来源：当代商报
    时间：2019-09-23 14:34:05 作者：``, a theme's copyright box under the story): the same instant, to the minute, makes
    the line this article's, where a source label further down may be a related story's. Offered as a credit line
    at the body's end."""
    instants = _publication_instants(meta, context)
    if not instants:
        return
    restating = f"[string-length() <= {_MAX_RESTATED_LINE}][position() <= {_MAX_RESTATED_TEXTS}]"
    for text in _texts_after(element, _RESTATED_SOURCE_LABELS, restating, scan):
        if not TIME_MARK.search(text):
            continue
        dates = find_dates(text, default_year=context.year)
        if any(found.has_time and any(agrees(found, instant) for instant in instants) for found in dates):
            meta.offer("source", find_source(" ".join(text.split())), BODY_END)
            return


def _publication_instants(meta: Metadata, context: Context) -> list[datetime]:
    """The publication times known so far: the structured one and those printed with a time under the headline."""
    found = [c.value for c in meta.evidence if c.field == "published" and isinstance(c.value, FoundDate)]
    return ([context.published] if context.published else []) + [date.value for date in found if date.has_time]


def _in_media_card(element: Element) -> bool:
    """Whether `element` is part of a media card: it or its parent, a few texts long, prints a running time
    (``01:12``). A video teaser names the outlet of the video (``- Source: CNB``), not of the article."""
    for box in islice(chain([element], element.iterancestors()), 2):
        texts = list(islice(box.itertext(), _MAX_MEDIA_CARD_TEXTS + 1))
        if len(texts) <= _MAX_MEDIA_CARD_TEXTS and any(RUNNING_TIME.fullmatch(text.strip()) for text in texts):
            return True
    return False


def read_article_credit(element: Element, meta: Metadata, scan: ElementScan) -> None:
    """A credit of this article's origin after the headline, wherever the body box ends: 搜狐 prints
    ``（本文来源：经济日报 作者：…）`` in one paragraph with its ``返回搜狐，查看更多`` link, which the body leaves
    out. Only a text that opens with ``本文来源``/``文章来源`` counts: those labels say *this* article, where a
    bare 来源 may be a related story's. Offered as a credit line at the body's end."""
    if not holds_any(scan.page_text, _ARTICLE_SOURCE_ANY):
        return
    for text in _ARTICLE_SOURCE_TEXTS(element):
        line = " ".join(text.split())
        if len(line) <= _MAX_ARTICLE_CREDIT and _ARTICLE_SOURCE_START.match(line):
            meta.offer("source", find_source(line), BODY_END)
            meta.offer("authors", labelled_authors(line), BODY_END, credit_text(line))
            return


def read_syndication_credit(element: Element, meta: Metadata, scan: ElementScan) -> None:
    """A distributor's credit after the headline (`_VIA_LABEL_TEXTS`): the copyright holder named a few texts
    after a lone ``Via`` is the outlet the story comes from. Offered as a source line at the body's end."""
    if not holds(scan.page_text, _COPYRIGHT) or not holds_any(scan.page_text, _SYNDICATION_ANY):
        return  # (the copyright first: ``via `` is a common word, ``Copyright`` absent from most pages in Chinese)
    for label in _VIA_LABEL_TEXTS(element):
        holder_element = label.getparent()
        for text in _TEXTS_AFTER(holder_element) if holder_element is not None else ():
            holder = _HOLDER_COPYRIGHT.match(" ".join(text.split()))
            if holder is not None:
                meta.offer("source", holder.group("holder"), BODY_END)
                return


def _read_line_authors(line: Line, flat: str, meta: Metadata) -> bool:
    """A byline line (``■本报通讯员包庆淼高勇``) or an ``作者：X`` field inside the info line (`flat`: `line.flat`)."""
    authors = parse_byline(flat)
    if authors is not None:
        meta.offer("authors", authors, INFO, credit_text(flat))
        meta.offer("source", byline_outlet(line.text), INFO)
        return True
    if flat in WIRE_SERVICES:
        meta.offer("source", flat, INFO)
        return True
    credited = names_with_role(flat) or korean_credit(flat)
    if credited:
        meta.offer("authors", credited, INFO, flat)
        return True
    labelled = labelled_authors(line.text)
    if labelled:
        meta.offer("authors", labelled, INFO)
        return True
    return labelled is not None and bool(_EMPTY_AUTHOR_FIELD.search(flat))
