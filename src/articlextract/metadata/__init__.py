"""Metadata: the facts around the body, from machine-readable markup and from the visible lines.

Three readings, called by the pipeline at the moment each one can see what it needs:

1. `read_structured` (before cleaning): ``<meta>``, JSON-LD, ``<title>``, page variables.
2. `read_visible` (after scripts and hidden nodes are gone): the headline, the lines right
   under it (info line with 来源 and time, subtitle, byline) and the breadcrumb trail.
3. `take_body_lines` (after the body is found): credit, editor, source, date and 原标题 lines at
   the body's ends become fields and leave the body; then structured data fills what is still empty.

Visible evidence near the headline outranks structured data, which outranks anything found
elsewhere on the page; lines read as metadata never stay in the body. For published, source and
authors the readers offer candidates with the place they were seen (`Metadata.offer`), and one
resolver per field picks by the priority table in `evidence.PRIORITY`. docs/metadata.md lists, field
by field, where each value is read and in which order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice, tee
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..clean import Element, text_of
from ..lexicon import (
    AUTHOR_BIO_LINE,
    BLOCK_TAGS,
    BYLINE_WORDS,
    CJK_SCRIPTS,
    CREDIT_HEAD_LINE,
    DATE_LABEL,
    DATE_LINE_WORDS,
    EDITOR_LABELS,
    EMAIL_CREDIT_LINE,
    HAN,
    HANGUL,
    JUNK_LINE,
    KANA,
    ORIGINAL_TITLE_LINE,
    OTHER_DATE_LABEL,
    OUTRO_LINE,
    PLACE_NAMES,
    READING_TIME,
    SOURCE_LABEL,
    STAFF_CREDIT_LINE,
    UPDATE_LABEL,
    WIRE_SERVICES,
)
from .breadcrumbs import find_breadcrumbs
from .bylines import (
    best_editor,
    byline_outlet,
    credit_text,
    editor_credits,
    english_names,
    field_source,
    find_source,
    has_surname,
    inline_credits,
    is_person,
    labelled_authors,
    parse_byline,
    person_names,
    split_person_outlet,
    unlabelled_source,
)
from .dates import FoundDate, agrees, find_dates, parse_date, wall_offset
from .evidence import (
    ABOVE,
    BODY_END,
    BODY_START,
    DATELINE,
    DECK,
    INFO,
    INLINE,
    NEAR,
    NEXT,
    PRINTED_UPDATE,
    SLOT,
    STRUCTURED,
    UPDATE,
    Candidate,
    resolve,
)
from .lines import SEGMENT, Line, key, lines_after, lines_before, lines_of
from .scan import ElementScan, holds_any
from .structured import Structured, json_ld_names, json_ld_organisations, json_ld_text, read_structured
from .title import Headline, find_headline, site_from_title

__all__ = ["Metadata", "read_structured", "read_visible", "take_body_lines"]

_MAX_INFO_LINES = 8
_MAX_SCANNED_LINES = 30
_LINES_BEFORE = 3
_MAX_NEAR_LINES = 24
_TIME_MARK = re.compile(r"\d\s*[:：時时h]\s*\d")
_MAX_CLOSING_CREDIT = 120
_ORIGINAL_CREDIT = re.compile(r"^\W{0,2}原创\s*[:：]?\s*")
#: A place in capitals or capitalised words, the outlet in brackets, a dash: the opening of a wire story.
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+){0,4}[A-Z][\w.'’-]*\s*\((?P<outlet>[A-Z][\w.&' -]{0,28}[\w.])\)\s*(?:[-–—:]|$)"
)
#: Author slots are looked for among this many elements after the headline.
_SLOT_REACH = 120
_MAX_SLOT_TEXT = 80
_MAX_SLOT_CHILDREN = 6
_MAX_SLOTS = 4
#: What marks an element as the author's, in its class (else its rel or itemprop): author, byline, writer, nickname.
#: (The class patterns are matched on lower-cased names: an alternation of words searched case-insensitively
#: costs several times more.)
_AUTHOR_MARK = re.compile(r"author|byline|writer|nickname")
_BYLINE_WORD_SET = frozenset(word for words in BYLINE_WORDS.values() for word in words)
#: Author-marked elements that hold something else: a bio, an avatar, a comment's author, a follow button.
_NOT_AN_AUTHOR_SLOT = re.compile(r"bio|avatar|img|image|photo|comment|reply|follow-btn|date|time|social|share")
#: Containers of an author slot that hold comments or replies, and how many levels up they are looked for.
_REPLY_MARK = re.compile(r"comment|reply|replies|webmention")
_REPLY_REACH = 3
_MIN_DECK = 10
_MAX_CLOCK_LINE = 24
#: A line that holds only a time of day (``5:50 PM``): the rest of the date line above it.
_CLOCK_LINE = re.compile(r"^\W{0,3}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\W{0,3}$")
_HEAD_LINES = 3
_TAIL_LINES = 6
_MAX_HEAD_LINE = 120
_MAX_TAIL_LINE = 100
_MAX_DATE_LINE = 100
_MAX_BIO_LINE = 600
_MAX_DATE_LINE_WORDS = 3
#: Blocks read for the page's editor credit: each is walked whole, and unclosed tags can nest every labelled
#: text inside the one before it (a page of them read every block of the rest of the page).
_MAX_EDITOR_BLOCKS = 32
#: How far before a date an update label (``Updated:``, ``最后更新：``) is looked for.
_UPDATE_LABEL_REACH = 16
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b")
_CJK_CHARS = CJK_SCRIPTS
_WORD = re.compile(rf"[{_CJK_CHARS}]|[^\W\d_{_CJK_CHARS}]+")  # one CJK character is one word
_SUBTITLE = re.compile(r"^(?:——|—|--|－－|──)\s*\S")
_SUBTITLE_LABEL = re.compile(r"^副标题\s*[:：]\s*")
_SUBTITLE_CLASS = re.compile(r"sub-?title|subhead|sub_title|fbt|futi|vice-?title|\bsub\b|deck|standfirst")
_MAX_SUBTITLE = 80
#: The heading tag a deck printed right under a headline of each tag is set in.
_HEADING_BELOW = {"h1": "h2", "h2": "h3", "h3": "h4"}
#: A ``——`` line that credits a poem's author (``——（宋）陆游``): a dynasty in brackets and a name, no subtitle.
_POEM_CREDIT = re.compile(rf"^(?:——|—|--)\s*[（(〔][{HAN}]{{1,3}}[)）〕]\s*[{HAN}·]{{2,8}}$")
#: Decks: classes that name one, how far after the headline one is looked for, how long a Latin-script one is.
_DECK_CLASS = re.compile(
    r"sub-?title|subhead|sub_title|dek\b|deck|standfirst|strapline|excerpt|__lead|lead-paragraph|blurb"
)
_DECK_REACH = 60
#: Sentence-closing marks a description may add to a deck.
_CLOSING_STOPS = ".。!！?？…"
_MAX_DECK = 300
_MAX_DECK_CHILDREN = 5
_MIN_DECK_WORDS = 5
_BARE_CREDIT = re.compile(rf"^[（(]\s*([{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*)\s*[)）]$")
_LABEL_ONLY = re.compile(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL}|作者|编辑|责任编辑)\W*$", re.I)
_LABEL_START = re.compile(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL})\s*[:：]", re.I)
_LINE_START_CREDIT = re.compile(r"^\W{0,2}(?:作者|记者|文|撰文|执笔|采写)")
_TAIL_SOURCE = re.compile(rf"^\W*{SOURCE_LABEL}\s*[:：|丨]", re.I)
_DATE_LINE_LABEL = re.compile(rf"{DATE_LABEL}\s*[:：]", re.I)
_FIELD_LABEL = re.compile(rf"(?:{SOURCE_LABEL}|{DATE_LABEL}|作者|编辑|浏览|阅读)\s*[:：]", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)[.!?]\s", re.I)  # ``at 11:08 a.m.`` ends no sentence
#: Field lines (``05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde``, a footer's
#: ``… - CNPJ: … - Fone: …``): segments split by `` - `` / `` | `` / ``·``, labelled ``Label:``.
_FIELD_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+|\s*[|丨]\s*|\s{3,}")
_ANY_LABEL = re.compile(rf"^[^\W\d_]{{2,}}(?:\s[^\W\d_]+){{0,2}}\s*[:：](?:\s|[{_CJK_CHARS}]|$)")
_MIN_LABELLED_FIELDS = 2
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？")
_MIN_TAIL_FIELDS = 3
_MAX_FIELD_LINE = 240
_AFTER_DATE_END = re.compile(r"\s{2,}|\s*(?:作者|记者|编辑|责任编辑|来自|发布于|选稿)")
_EMPTY_AUTHOR_FIELD = re.compile(r"作者\s*[:：]\s*$")
_EDITOR_LABEL_ONLY = re.compile(r"^\W*(?:责任编辑|责编|编辑)\W*$")
_EDITOR_WORD = re.compile(r"责任编辑|责编|编辑|editor", re.I)
_PROSE_PUNCTUATION = re.compile(r"[，。！？；]")
_CJK = re.compile(f"[{HAN}]")
_KANA = re.compile(f"[{KANA}]")
_HANGUL = re.compile(f"[{HANGUL}]")
#: The UTF-8 forms of U+4E00–U+9FFF (`_CJK`) are the 3-byte sequences led by E5–E9, or by E4 then B8–BF.
_CJK_UTF8_STARTS = (
    *(bytes([lead]) for lead in range(0xE5, 0xEA)),
    *(bytes([0xE4, second]) for second in range(0xB8, 0xC0)),
)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|was)\b", re.I)
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_META_LABEL = re.compile(rf"^\s*(?:{SOURCE_LABEL})\s*[:：]\s*", re.I)
#: Text nodes with an editor label, Simplified or Traditional (编辑/責任編輯). The first predicate is implied
#: by the second but cheaper (one or two tests per text node instead of four), so the second runs only on the
#: few nodes that pass it.
_EDITOR_TEXT_TEST = (
    "[contains(., '编') or contains(., '編')]"
    "[contains(., '编辑') or contains(., '责编') or contains(., '編輯') or contains(., '責編')][position() <= 6]"
)
_EDITOR_TEXTS = etree.XPath("following::text()" + _EDITOR_TEXT_TEST)
#: The labels those text nodes hold, as looked for in the page's UTF-8 text.
_EDITOR_LABEL_BYTES = tuple(label.encode() for label in ("编辑", "责编", "編輯", "責編"))
_ALL_EDITOR_TEXTS = etree.XPath("//body//text()" + _EDITOR_TEXT_TEST)
#: A source box's label, alone in its element (tagDiv Newspaper's ``<span>SOURCE</span><a>Meridian Wire</a>``
#: after the body): the text nodes that may be one are found by XPath, then tested by `_SOURCE_LABEL_ONLY`.
_SOURCE_LABEL_TEXTS = etree.XPath(
    "following::text()[contains(., 'Source') or contains(., 'SOURCE') or contains(., '来源')]"
    "[string-length(normalize-space()) <= 12][position() <= 6]"
)
#: The same labels in the page's UTF-8 text: the walk of the text after the headline runs only on pages holding one.
_SOURCE_LABEL_BYTES = (b"Source", b"SOURCE", "来源".encode())
_SOURCE_LABEL_ONLY = re.compile(rf"^\W*(?:{SOURCE_LABEL})\W*$", re.I)
#: How many levels above a source label the box whose class says source is looked for.
_SOURCE_BOX_REACH = 3
_MAX_SOURCE_BOX_TEXT = 80
_UPDATED_META = ("article:modified_time", "og:updated_time", "dateupdate", "datemodified", "lastmod")
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")
_SOURCE_META = ("source", "mediaid", "media", "og:article:author", "article:author", "original-source")


@dataclass
class Metadata:
    """Everything but the body; `consumed` holds the keys of lines read as metadata."""

    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    editor: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    original_title: str | None = None
    consumed: set[str] = field(default_factory=set)
    #: What the readers found for the fields settled by `resolve` (published, source, authors, subtitle).
    evidence: list[Candidate] = field(default_factory=list, repr=False)
    #: Read from markup, used only when no visible line gives the field (see `take_body_lines`).
    structured_authors: list[str] = field(default_factory=list, repr=False)
    structured_source: str | None = field(default=None, repr=False)
    #: Names credited as editors anywhere: a meta ``author`` naming one of them is the CMS user, not a writer.
    editor_names: set[str] = field(default_factory=set, repr=False)
    #: How strong the label of `editor` was (index in `EDITOR_LABELS`; 0 is 责任编辑).
    editor_rank: int = field(default=len(EDITOR_LABELS), repr=False)
    #: The structured publication date, against which printed dates are compared when resolving.
    structured_published: datetime | None = field(default=None, repr=False)
    #: Whether the page prints the structured time too (an hAtom ``abbr.published`` in the post footer).
    structured_time_printed: bool = field(default=False, repr=False)

    def offer(self, name: str, value: object, where: str, printed: str | None = None) -> None:
        """Record a candidate value for field `name`, seen at `where` (an `evidence` place)."""
        if value:
            self.evidence.append(Candidate(name, value, where, printed))

    def offered(self, name: str, *places: str) -> bool:
        """Whether any reader offered a value for `name` (from one of `places`, if given)."""
        return any(c.field == name and (not places or c.where in places) for c in self.evidence)


@dataclass(frozen=True)
class _Context:
    """What structured data tells the visible-line readers: a date (for year-less lines) and known outlets."""

    published: datetime | None
    year: int | None
    known_sources: frozenset[str]

    @property
    def day(self) -> date | None:
        """The structured date's day: what a relative day (``Today 12:01 AM``) is read against, when checked."""
        return self.published.date() if self.published else None


def read_visible(root: Element, structured: Structured, url: str | None) -> Metadata:
    """Combine structured data with the headline, the lines around it and the breadcrumb trail."""
    ld = structured.json_ld
    declared = [t for t in (json_ld_text(ld, "headline"), structured.first("og:title", "twitter:title")) if t]
    scan = ElementScan(root)
    headline = find_headline(root, structured.html_title, declared, scan)
    title = headline.text if headline else None
    meta = Metadata(
        title=title,
        url=_canonical_url(structured, url),
        site_name=structured.first("og:site_name", "application-name", "twitter:site:name")
        or (json_ld_names(ld.get("publisher"))[:1] or [None])[0]
        or site_from_title(structured.html_title, title),
        language=_declared_language(structured),
        description=structured.first("description", "og:description", "twitter:description")
        or json_ld_text(ld, "description"),
        breadcrumbs=find_breadcrumbs(root, title, headline.element if headline else None, scan),
    )
    published = structured.published
    hint = published or _structured_year_hint(structured)
    context = _Context(published, hint.year if hint else None, _known_sources(structured))
    if headline:
        meta.consumed.add(key(headline.text))
        if headline.element is not None:
            _read_subtitle_element(headline, meta)
            following = chain(_lines_inside_headline(headline), lines_after(headline.element))
            header, further = tee(following)  # the info lines and the near date share one walk
            info, deck = _info_lines(header, key(headline.text), key(meta.description or ""))
            if deck is not None and len(deck.flat) >= _MIN_DECK:
                meta.offer("subtitle", deck.flat, INFO)  # (left to the body scorer: a deck may open the story)
            _read_info_lines(info, meta, context)
            if not meta.offered("subtitle"):
                _read_deck_element(headline, meta)
            above: list[Line] | None = None
            if not meta.offered("published", INFO):
                above = lines_before(headline.element, _LINES_BEFORE)
                _read_dates(above, meta, context, where=ABOVE)
            if not meta.offered("published", INFO, ABOVE):
                _read_near_date(further, meta, context, published)
            if not meta.offered("authors", INFO):
                _read_author_slots(headline.element, meta)
            if not meta.offered("authors", INFO, SLOT):
                _read_authors_above(lines_before(headline.element, _LINES_BEFORE) if above is None else above, meta)
    _read_page_editor(headline.element if headline else None, root, meta, scan)
    if headline and headline.element is not None and not meta.offered("source"):
        _read_source_box(headline.element, meta, scan)
    _fill_from_structured(meta, structured, context, scan)
    return meta


def take_body_lines(paragraphs: list[str], meta: Metadata) -> list[int]:
    """Read credit/editor/source/date/原标题 lines at the body's ends into `meta`; return the indexes of the
    paragraphs that stay in the body (the caller keeps its blocks by position, never by text).

    A dateline opening the first sentence (``新华社北京2月29日电（记者唐霁）…``) stays in the body;
    its parenthesised credit still names the authors.
    """
    consumed = meta.consumed
    starts = {line[:1] for line in consumed}  # a paragraph's key starts with its first non-blank character
    body = [i for i, p in enumerate(paragraphs) if not (_first_visible(p) in starts and key(p) in consumed)]
    head_end = min(_HEAD_LINES, len(body))
    head = body[:head_end]
    kept_head = [
        index
        for previous, index in zip([None, *head], head, strict=False)  # each line with the one before it
        if not (
            _read_head_line(paragraphs[index], meta)
            or _is_name_under_by("" if previous is None else paragraphs[previous], paragraphs[index])
        )
    ]
    body = kept_head + body[head_end:]
    tail_start = max(min(len(kept_head), 1), len(body) - _TAIL_LINES)
    tail = body[tail_start:]
    kept_tail = [
        index
        for index, after in zip(tail, [*tail[1:], None], strict=False)  # each line with the one after it
        if not (
            _read_tail_line(paragraphs[index], meta)
            or _is_name_over_bio(paragraphs[index], "" if after is None else paragraphs[after])
        )
    ]
    body = body[:tail_start] + kept_tail
    texts = [paragraphs[index] for index in body]
    if texts and not meta.offered("authors"):
        opening = next((names for names in map(inline_credits, texts[:_HEAD_LINES]) if names), [])
        closing = inline_credits(texts[-1]) if len(texts) > 1 else []
        meta.offer("authors", opening or [name for name in closing if name not in meta.editor_names], INLINE)
    meta.offer("authors", [name for name in meta.structured_authors if name not in meta.editor_names], STRUCTURED)
    meta.offer("source", _closing_source(texts[-1]) if texts else None, INLINE)
    meta.offer("source", next(filter(None, map(_dateline_outlet, texts[:2])), None), DATELINE)
    meta.offer("source", meta.structured_source, STRUCTURED)
    _resolve_fields(meta)
    meta.language = _language(meta.language, _guess_language(" ".join([meta.title or "", *texts[:5]])))
    return body


def _language(declared: str | None, written: str | None) -> str | None:
    """The declared language, unless the text is written in another one (``<html lang="en">`` on a Chinese
    page: a template's default); the text can tell Chinese, Japanese, Korean and English apart."""
    if declared is None or (written is not None and declared.split("-")[0] != written):
        return written or declared
    return declared


def _closing_source(paragraph: str) -> str | None:
    """A 来源 credit in brackets closing the last paragraph: ``…2005年8月25日（来源：上海证券报）``."""
    tail = paragraph[-_MAX_CLOSING_CREDIT:]
    start = max(tail.rfind("（"), tail.rfind("("))
    return find_source(tail[start:]) if start >= 0 and tail.rstrip().endswith(("）", ")")) else None


def _dateline_outlet(paragraph: str) -> str | None:
    """The outlet in an English dateline: ``WASHINGTON (AP) —``, ``NEW YORK (Reuters) -``, ``Hong Kong (CNN)``."""
    found = _DATELINE.match(paragraph) if "(" in paragraph[:60] else None
    return found.group("outlet") if found else None


def _resolve_fields(meta: Metadata) -> None:
    """Settle published, source, authors and subtitle from the candidates the readers offered."""
    subtitle = resolve("subtitle", meta.evidence)
    meta.subtitle = subtitle.value if subtitle else None  # type: ignore[assignment]
    published = resolve("published", meta.evidence)
    meta.published = (
        _published_value(published, meta.structured_published, meta.structured_time_printed) if published else None
    )
    source = resolve("source", meta.evidence)
    meta.source = source.value if source else None  # type: ignore[assignment]
    credited = [c for c in meta.evidence if c.field == "authors"]
    if credited:
        site = _site_keys(meta)
        credited = [
            c._replace(  # type: ignore[attr-defined]
                value=[_without_site(name, site) for name in c.value if not _names_site(name, site)]
            )
            for c in credited
        ]
    authors = resolve("authors", [c for c in credited if c.value])
    meta.authors = list(authors.value) if authors else []  # type: ignore[call-overload]
    meta.byline = authors.printed if authors else None


def _site_keys(meta: Metadata) -> set[str]:
    """The site's own names, squashed: an author slot holding one of them (``LinkNaija``, ``Snopes``, a
    station code in meta author) credits the site, not a writer."""
    keys = {_squash(meta.site_name or "")}
    host = urlsplit(meta.url or "").hostname or ""
    keys.update(_squash(part) for part in host.split(".") if len(part) > 3)
    return keys - {""}


def _names_site(name: str, site: set[str]) -> bool:
    """Whether a credited name is the site's: its name, or a name of five letters or more in its host
    (``Beachbody`` on beachbodyondemand.com)."""
    squashed = _squash(name)
    return squashed in site or (len(squashed) >= 5 and any(squashed in key for key in site))


def _without_site(name: str, site: set[str]) -> str:
    """A name without a last word that is the site's name: the outlet printed in its own element right after
    the byline's names (``By Jonathan Garber`` then ``FOXBusiness``), read as one line."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and _squash(words[-1]) in site else name


def _squash(text: str) -> str:
    """Lower-case letters and digits only: ``Al-Bawaba`` and ``albawaba`` are one name."""
    return "".join(char for char in text.lower() if char.isalnum())


def _published_value(candidate: Candidate, structured: datetime | None, time_printed: bool) -> datetime | date:
    """A printed date with the precision printed; a structured one as given.

    When the structured date is the printed one (same day, and same minute where a time is printed,
    or the same instant on another clock), it adds what the page does not print: the seconds and the
    zone — in the zone of the printed wall clock. A printed day takes the structured time when the page
    prints that time elsewhere (Blogger: the day in the date header, ``4:45 PM`` in the post footer).
    """
    found = candidate.value
    if not isinstance(found, FoundDate):
        return found  # type: ignore[return-value]
    if structured is not None and time_printed and not found.has_time and _same_day(found, structured):
        return structured
    if structured is None or not found.has_time or not agrees(found, structured):
        return found.printed
    offset = wall_offset(found, structured)
    if offset is not None:
        return structured.astimezone(offset)
    return structured if (structured.hour, structured.minute) == (found.value.hour, found.value.minute) else found.value


def _first_visible(text: str) -> str:
    """The first non-whitespace character of `text` ("" if none), without copying a long text."""
    first = text[:1]
    return text.lstrip()[:1] if first.isspace() else first


# ---------------------------------------------------------------------------------------------
# the lines under the headline
# ---------------------------------------------------------------------------------------------


def _lines_inside_headline(headline: Headline) -> list[Line]:
    """The lines after a ``<br>`` inside the headline element that are not part of the headline: PHPCMS prints
    the info line there (``<h1>Title<br/><span>2024-04-19 16:27:00  来源：…</span></h1>``)."""
    element = headline.element
    if element is None or element.find("br") is None:
        return []
    return [line for line in lines_of(element)[1:] if line.flat not in headline.text]


def _info_lines(following: Iterator[Line], headline: str, deck: str) -> tuple[list[Line], Line | None]:
    """Short lines right after the headline element, up to the first line of prose; and the deck.

    Link-only lines (share buttons, language switchers) and a repeat of the headline are passed
    over without counting, within a bounded number of lines. The deck is the first line under the
    headline when it says what the page's description says (key `deck`): a standfirst printed
    between headline and byline, prose that does not end the info lines.
    """
    lines: list[Line] = []
    found_deck: Line | None = None
    counted = 0
    for line in islice(following, _MAX_SCANNED_LINES):
        if line.key == headline:
            continue
        if not counted and found_deck is None and deck and line.key == deck:
            found_deck = line
            continue
        if _is_prose(line.flat) or counted >= _MAX_INFO_LINES:
            break
        lines.append(line)
        counted += not line.linked
    return lines, found_deck


def _is_prose(text: str) -> bool:
    """A body sentence rather than a field line: Chinese with sentence punctuation, or a long English sentence."""
    if len(text) > 200:
        return True
    head = text[:40]
    if (":" in head or "：" in head) and _FIELD_LABEL.search(head):  # (every match ends in a colon: tested first)
        return False
    if _cjk_count(text) >= 20 and _PROSE_PUNCTUATION.search(text):
        return True
    words = text.split()
    return len(words) >= 14 and bool(_SENTENCE_END.search(text + " ")) and not _CJK.search(text)


def _read_subtitle_element(headline: Headline, meta: Metadata) -> None:
    """A ``副标题`` element printed right next to the headline (``h2.subtitle``, ``h4.sub``), or a heading one
    rank below the headline right after it (an ``<h3>`` deck under an ``<h2>`` headline); never after a
    paragraph of the story."""
    assert headline.element is not None
    for index, sibling in enumerate(islice(headline.element.itersiblings(), 3)):
        if not isinstance(sibling.tag, str):
            continue
        lower_heading = index == 0 and _HEADING_BELOW.get(headline.element.tag) == sibling.tag
        names = f"{sibling.get('class', '')} {sibling.get('id', '')}".lower()
        if not lower_heading and not _SUBTITLE_CLASS.search(names):
            if _opens_the_story(sibling):
                return
            continue  # (tested first: the text of a sibling can be the whole body)
        text = " ".join(text_of(sibling).split()) if len(sibling) <= 5 else ""
        if lower_heading and not (_CJK.search(text) or len(text.split()) >= _MIN_DECK_WORDS):
            continue  # a section heading (``Introduction``) opening the body, not a deck
        if 2 <= len(text) <= _MAX_SUBTITLE and not find_dates(text):
            meta.offer("subtitle", text, NEXT)
            meta.consumed.add(key(text))
            return


def _read_deck_element(headline: Headline, meta: Metadata) -> None:
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
        cjk = _CJK.search(text) is not None
        if not (cjk or len(text.split()) >= _MIN_DECK_WORDS):
            continue  # a subheading (``Our ruling``), not a sentence
        longest = _MAX_SUBTITLE if cjk else _MAX_DECK
        if _quoted_as_lead(text, meta.description):
            return  # the description goes on past it: the lead of the story, which the body keeps
        if _MIN_DECK <= len(text) <= longest and key(text) != key(headline.text) and not find_dates(text):
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


def _read_info_lines(lines: list[Line], meta: Metadata, context: _Context) -> None:
    _read_dates(lines, meta, context, where=INFO)
    for index, line in enumerate(lines):
        used = _read_source(line, meta, context)
        used = _read_editor(line.text, meta) or used
        used = _read_line_authors(line, meta) or used
        if not meta.offered("subtitle") and index < 4 and _is_subtitle_line(line.flat):
            meta.offer("subtitle", _SUBTITLE_LABEL.sub("", line.flat), INFO)
            used = True
        if used or _LABEL_ONLY.match(line.flat) or _LABEL_START.match(line.flat) or key(line.text) in meta.consumed:
            meta.consumed.add(line.key)


def _is_subtitle_line(text: str) -> bool:
    """``——泗水县推进信访工作构建和谐社会侧记`` or ``副标题：…``, short enough to be one."""
    if _POEM_CREDIT.match(text):
        return False
    return len(text) <= _MAX_SUBTITLE and bool(_SUBTITLE.match(text) or _SUBTITLE_LABEL.match(text))


def _read_dates(lines: list[Line], meta: Metadata, context: _Context, *, where: str) -> None:
    """Offer the first publication date on the lines (nearest the headline), and the first update time.

    Info lines that give the date are consumed; lines above the headline are not (they are not body).
    A live page prints its update time first, unlabelled (``16.42 BST`` over ``First published on …
    11.02 BST``): a later time on the structured day gives way to a time further down that is the
    structured instant, and is offered as the update time.
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
        elif found.has_time and agrees(found, context.published):  # type: ignore[arg-type]
            first = line, found, first[1]
            break
    if first is not None:
        line, found, update = first
        meta.offer("published", found, where)
        if where == INFO:
            meta.consumed.add(line.key)
    elif update is not None and where == INFO and context.published and _same_day(update, context.published):
        meta.offer("published", update, PRINTED_UPDATE)  # the only time the page shows, the structured day
    meta.offer("published", update, UPDATE)


def _printed_dates(
    lines: list[Line], context: _Context, where: str
) -> Iterator[tuple[Line, FoundDate, re.Pattern[str] | None]]:
    """The dates on the lines, in order, with `UPDATE_LABEL` when labelled as update times; a counter's stamp
    (``访问统计：2019-09-07``) is left out, and above the headline any date but the page's own."""
    for line, text in _with_clock_lines(lines):
        for found in find_dates(text, default_year=context.year):
            label = _date_label(text, found)
            if label is OTHER_DATE_LABEL:
                continue
            if label is None and where == ABOVE and context.published and not agrees(found, context.published):
                continue  # sidebars above the headline list other stories' dates
            yield line, found, label


def _may_be_update(found: FoundDate, published: datetime | None) -> bool:
    """Whether a printed time may be the update time printed before the publication time (a live page's
    ``16.42 BST`` over ``First published on … 11.02 BST``): a later time on the structured day."""
    if published is None or not found.has_time or not _same_day(found, published) or agrees(found, published):
        return False
    zone = found.value.tzinfo
    wall = published.astimezone(zone) if zone is not None and published.tzinfo else published
    return found.value.replace(tzinfo=None) > wall.replace(tzinfo=None)


def _date_label(text: str, found: FoundDate) -> re.Pattern[str] | None:
    """`OTHER_DATE_LABEL` or `UPDATE_LABEL` when one is printed right before the date, else None."""
    before = text[max(0, found.start - _UPDATE_LABEL_REACH) : found.start]
    return next((label for label in (OTHER_DATE_LABEL, UPDATE_LABEL) if label.search(before)), None)


def _same_day(printed: FoundDate, structured: datetime) -> bool:
    """Whether a structured date falls on the printed day, on the printed clock when it states its zone."""
    zone = printed.value.tzinfo
    day = structured.astimezone(zone).date() if zone is not None and structured.tzinfo else structured.date()
    return day == printed.value.date()


def _read_author_slots(element: Element, meta: Metadata) -> None:
    """Names in the first elements after the headline that the page marks as its author's: ``rel=author``,
    ``itemprop=author``, a class or id saying author, byline, writer or nickname (a blogger's handle)."""
    for slot in islice(_author_slots(element), _MAX_SLOTS):
        marks = f"{slot.get('class', '')} {slot.get('id', '')}"
        if len(slot) > _MAX_SLOT_CHILDREN or _NOT_AN_AUTHOR_SLOT.search(marks.lower()) or _in_a_reply(slot):
            continue
        text = SEGMENT.join(line.text for line in lines_of(slot))
        if not 2 <= len(text) <= _MAX_SLOT_TEXT:
            continue
        meta.offer("source", byline_outlet(text), SLOT)
        names = _slot_names(text)
        if names:
            meta.offer("authors", names, SLOT, " ".join(text.split()))
            return


def _in_a_reply(slot: Element) -> bool:
    """Whether an author slot sits in a comment or a reply (a webmention's ``a.u-author`` in
    ``li.webmention-reply``): a commenter, not the writer. Its nearest few containers are asked."""
    return any(
        _REPLY_MARK.search(f"{container.get('class', '')} {container.get('id', '')}".lower())
        for container in islice(slot.iterancestors(), _REPLY_REACH)
    )


def _author_slots(element: Element) -> Iterator[Element]:
    """Elements marked as the author's among the first `_SLOT_REACH` elements after `element`: the header
    around the headline, not the related cards at the page's end. (A bounded walk from Python: a search of
    the whole rest of the page costs more than the walk and finds nothing nearer.)"""
    for candidate in islice(_following(element), _SLOT_REACH):
        marks = candidate.get("class") or candidate.get("rel") or candidate.get("itemprop")
        if marks and _AUTHOR_MARK.search(marks.lower()):
            yield candidate


def _following(element: Element) -> Iterator[Element]:
    """The elements after `element` in document order (its own subtree excluded), lazily."""
    node: Element | None = element
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            yield from sibling.iter(etree.Element)
        node = node.getparent()


def _slot_names(text: str) -> list[str]:
    """The people an author slot names: a byline (``By X``, ``作者：X``), else its first element's text when that
    is Latin-script names (``Jose Altoveros`` before ``View More Articles``)."""
    byline = parse_byline(text)
    if byline is not None:
        return byline
    labelled = labelled_authors(text)
    if labelled is not None:
        return labelled
    first = text.split(SEGMENT)[0].strip()
    dates = find_dates(first)
    first = first[: dates[0].start].strip(" ,|-–—·•") if dates else first
    if _CJK.search(first):
        return []  # a bare Chinese name in such a slot is as often a platform account or a sidebar's as the writer
    if first.lower() in _BYLINE_WORD_SET:
        return []  # a lone ``By``: the names are in the next slot
    names = english_names(first)
    return names if len(" and ".join(names)) * 2 >= len(first) else []


def _read_authors_above(lines: list[Line], meta: Metadata) -> None:
    """A byline printed above the headline (``Von Moritz Bachmann publiziert am 25. September 2018``)."""
    for line in lines:
        authors = parse_byline(line.flat)
        if authors:
            meta.offer("authors", authors, ABOVE, credit_text(line.flat))
            return


def _with_clock_lines(lines: list[Line]) -> Iterator[tuple[Line, str]]:
    """Each line with its text, a line printing only a day joined with a next line that prints only the time
    (``Nov. 19, 2019`` / ``5:50 PM`` in two elements)."""
    for line, after in zip(lines, [*lines[1:], None], strict=False):  # each line with the one after it
        if after is not None and len(after.text) <= _MAX_CLOCK_LINE and _CLOCK_LINE.match(after.text):
            yield line, line.text + SEGMENT + after.text
        else:
            yield line, line.text


def _read_near_date(following: Iterator[Line], meta: Metadata, context: _Context, published: datetime | None) -> None:
    """A printed date and time further down the header (after a photo caption, a byline, a share bar).

    With a structured date, only a time that agrees with it counts: the same instant is how the page shows
    it, while any other date there may be a related story's. Without one, only a line that is a date and
    little else (``Associated Press  November 19, 2019, 9:02 AM``), the first of them.
    """
    for _line, text in _with_clock_lines(list(islice(following, _MAX_NEAR_LINES))):
        if len(text) > _MAX_DATE_LINE * 3 or not _TIME_MARK.search(text):
            continue  # (a cheap test first: only a printed time is taken from here)
        if published is None and not _is_date_line(" ".join(text.split())):
            continue
        reference = context.day if published is not None else None
        for found in find_dates(text, default_year=context.year, reference=reference):
            if _date_label(text, found) is not None:
                continue  # an update time or another story's
            if found.has_time and (published is None or agrees(found, published)):
                meta.offer("published", found, NEAR)
                return


def _read_source(line: Line, meta: Metadata, context: _Context) -> bool:
    """来源 (labelled, or unlabelled right after the date when clearly an outlet) and a reporter printed after it."""
    source = find_source(line.text) or field_source(line.text)
    if source is None:
        source = _source_after_date(line.text, context) or _original_outlet(line.text, context)
    if source is None:
        return _read_person_outlet(line, meta)
    person_outlet = split_person_outlet(source)
    if person_outlet:
        people, source = person_outlet
        meta.offer("authors", people, INFO)
    meta.offer("source", source, INFO)
    meta.offer("authors", _person_after(line.text, source), INFO)
    return True


def _original_outlet(text: str, context: _Context) -> str | None:
    """``原创：39健康网 2024-04-23``, 头条's ``原创 南方都市报 2019-09-09``: the outlet credited with the original,
    when it is clearly an outlet."""
    credit = _ORIGINAL_CREDIT.match(text)
    if credit is None:
        return None
    segment = text[credit.end() :].split(SEGMENT, 1)[0]
    dates = find_dates(segment)
    return unlabelled_source(segment[: dates[0].start] if dates else segment, set(context.known_sources))


def _source_after_date(text: str, context: _Context) -> str | None:
    dates = find_dates(text)
    if not dates:
        return None
    rest = text[dates[0].end :].strip(" ·|丨｜-—")
    segment = _AFTER_DATE_END.split(rest, maxsplit=1)[0]
    return unlabelled_source(segment, set(context.known_sources))


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


def _read_editor(text: str, meta: Metadata) -> bool:
    """Editor credits of a line: every name is remembered, the strongest label (责任编辑) wins across lines."""
    credits = editor_credits(text)
    meta.editor_names.update(name for _label, name in credits if name)
    best = best_editor(credits)
    if best and best[0] < meta.editor_rank:
        meta.editor_rank, meta.editor = best
    return bool(credits)


def _read_page_editor(element: Element | None, root: Element, meta: Metadata, scan: ElementScan) -> None:
    """The first editor credit after the headline anywhere on the page (it often sits outside the body box)."""
    if meta.editor_rank == 0:
        return
    if root.getparent() is None and not holds_any(scan.page_text, _EDITOR_LABEL_BYTES):
        return  # no text node of the page holds a label (the page's text holds them all)
    texts = _EDITOR_TEXTS(element) if element is not None else _ALL_EDITOR_TEXTS(root)
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
            _read_editor(line.text, meta)
            if meta.editor_rank == 0:
                return


def _read_source_box(element: Element, meta: Metadata, scan: ElementScan) -> None:
    """A source box after the headline: a label alone in its element (``SOURCE``, ``Source:``, ``来源``) in a
    container whose class says source, with the outlet after it (tagDiv Newspaper's ``td-post-source-via``
    under the body). Offered as a source line at the body's end; a caption's ``Source:`` is in no such box."""
    if not holds_any(scan.page_text, _SOURCE_LABEL_BYTES):
        return
    for text in _SOURCE_LABEL_TEXTS(element):
        if not _SOURCE_LABEL_ONLY.match(text):
            continue
        holder = text.getparent()
        box = holder.getparent() if text.is_tail and holder is not None else holder
        for container in islice(chain([box], box.iterancestors()) if box is not None else (), _SOURCE_BOX_REACH):
            if "source" in f"{container.get('class', '')} {container.get('id', '')}".lower():
                printed = SEGMENT.join(line.text for line in lines_of(container))
                if len(printed) <= _MAX_SOURCE_BOX_TEXT:
                    meta.offer("source", find_source(printed), BODY_END)
                return


def _read_line_authors(line: Line, meta: Metadata) -> bool:
    """A byline line (``■本报通讯员包庆淼高勇``) or an ``作者：X`` field inside the info line."""
    authors = parse_byline(line.flat)
    if authors is not None:
        meta.offer("authors", authors, INFO, credit_text(line.flat))
        meta.offer("source", byline_outlet(line.text), INFO)
        return True
    if line.flat in WIRE_SERVICES:
        meta.offer("source", line.flat, INFO)
        return True
    labelled = labelled_authors(line.text)
    if labelled:
        meta.offer("authors", labelled, INFO)
        return True
    return labelled is not None and bool(_EMPTY_AUTHOR_FIELD.search(line.flat))


# ---------------------------------------------------------------------------------------------
# structured data
# ---------------------------------------------------------------------------------------------


def _structured_year_hint(structured: Structured) -> datetime | None:
    """Any structured date, update times included: only its year is used, for year-less visible dates."""
    updated = structured.first(*_UPDATED_META) or json_ld_text(structured.json_ld, "dateModified")
    return parse_date(updated) if updated else None


def _known_sources(structured: Structured) -> frozenset[str]:
    names = {_META_LABEL.sub("", value) for value in (structured.meta.get(k) for k in _SOURCE_META) if value}
    names.update(json_ld_names(structured.json_ld.get("publisher")))
    return frozenset(name for name in names if name and not name.startswith("http"))


def _fill_from_structured(meta: Metadata, structured: Structured, context: _Context, scan: ElementScan) -> None:
    ld = structured.json_ld
    meta.structured_published = context.published
    meta.structured_time_printed = structured.time_printed
    meta.offer("published", context.published, STRUCTURED)
    names = json_ld_names(ld.get("author")) or [
        name for name in (structured.first(*_AUTHOR_META),) if name and not name.startswith("http")
    ]
    authors: list[str] = []
    for name in names:
        people = english_names(name) if not _CJK.search(name) else [p for p in person_names(name) if _plain_name(p)]
        authors.extend(person for person in people if is_person(person) and person not in authors)
    meta.structured_authors = authors
    source = structured.first("source", "dc.source")
    if source:  # (a JSON-LD publisher is the site that prints the page, not the origin it credits)
        meta.structured_source = find_source(source) or _META_LABEL.sub("", source).strip() or None
    else:
        meta.structured_source = structured.account or _syndicated_from(ld, meta, scan)


def _syndicated_from(ld: dict[str, object], meta: Metadata, scan: ElementScan) -> str | None:
    """An organisation credited as the JSON-LD author, printed on the page, that is neither the publisher
    nor the site: the outlet a portal republishes (Yahoo: author ``香港電台-財經``, publisher ``Yahoo財經``).
    An author organisation the page never prints is a collective credit (``Contributors to Wikimedia
    projects``), no outlet."""
    organisations = json_ld_organisations(ld.get("author"))
    if not organisations:
        return None
    site = _site_keys(meta) | {_squash(name) for name in json_ld_names(ld.get("publisher"))}
    return next(
        (name for name in organisations if not _names_site(name, site) and name.encode() in scan.page_text), None
    )


def _plain_name(name: str) -> bool:
    """A meta author on a Chinese page counts only as a plain personal name (CMS users look like ``青网新闻杨逸凡``)."""
    return has_surname(name) or "·" in name or not _CJK.search(name)


def _canonical_url(structured: Structured, url: str | None) -> str | None:
    """The page's canonical link, unless it points at the site's home while the page is deeper (a template slip)."""
    found = structured.canonical or structured.first("og:url")
    if found and url:
        try:
            found = urljoin(url, found)
            at_home = urlsplit(found).path in ("", "/") and urlsplit(url).path not in ("", "/")
        except ValueError:  # an address urllib refuses: "https://[::1", a full-width "：" or "＠" in the host
            return url
        return url if at_home else found
    return found if found and found.startswith(("http://", "https://")) else url


def _declared_language(structured: Structured) -> str | None:
    """``<html lang>`` or a language meta, if it is a language tag at all (``utf-8`` is not)."""
    for value in (structured.language, structured.first("content-language", "og:locale", "language", "dc.language")):
        if value and _LANGUAGE_TAG.match(value.strip()):
            parts = value.strip().replace("_", "-").split("-")
            return "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])
    return None


# ---------------------------------------------------------------------------------------------
# lines at the body's ends
# ---------------------------------------------------------------------------------------------


def _is_date_line(line: str, *, clock: bool = True) -> bool:
    """A line that is a date or time with at most a few other words (``Associated Press Nov. 19, 2019, 9:02 AM``,
    ``Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM``, ``GİRİŞ 20.05.2024 09:13``)."""
    if len(line) > _MAX_DATE_LINE or _DIGIT.search(line) is None:
        return False
    rest = READING_TIME.sub(" ", line)
    dated = rest != line  # a reading time is printed only beside the story's date (``5 min read``)
    for found in reversed(find_dates(rest)):
        rest, dated = rest[: found.start] + " " + rest[found.end :], True
    if not (dated or _NUMERIC_DATE.search(line) or (clock and _CLOCK.search(line))):
        return False
    return len(_WORD.findall(DATE_LINE_WORDS.sub(" ", rest))) <= _MAX_DATE_LINE_WORDS


def _is_field_line(line: str, *, dated: bool) -> bool:
    """A line of labelled fields in any language: at least two segments opening with ``Label:``, and
    a date among them (`dated`, at the body's head) or at least three segments (a footer's address
    and registration fields at its tail)."""
    if len(line) > _MAX_FIELD_LINE or line.rstrip().endswith(_SENTENCE_MARKS) or (dated and not _DIGIT.search(line)):
        return False  # a sentence is prose, even one quoting two speakers
    segments = _FIELD_SEPARATOR.split(line.strip())
    if sum(1 for segment in segments if _ANY_LABEL.match(segment)) < _MIN_LABELLED_FIELDS:
        return False
    if dated:
        return bool(find_dates(line) or _NUMERIC_DATE.search(line))
    return len(segments) >= _MIN_TAIL_FIELDS


def _is_name_under_by(previous: str, line: str) -> bool:
    """The name on the line under a lone "By" (a byline split over two blocks)."""
    return previous.strip().lower() == "by" and english_names(line.strip()) == [line.strip()]


def _is_name_over_bio(line: str, after: str) -> bool:
    """The writer's name on a line of its own above their bio (``Cecily Mauran`` over ``Cecily is a …``).

    The cheap tests come first, the anchored bio pattern before `english_names`: that is costly on a long
    paragraph, and paragraphs in a row often open with the same word (``The …``).
    """
    name = line.strip()
    return (
        bool(name)
        and len(after) <= _MAX_BIO_LINE
        and after.startswith(name.split(None, 1)[0])
        and AUTHOR_BIO_LINE.match(after.strip()) is not None
        and english_names(name) == [name]
    )


def _read_head_line(line: str, meta: Metadata) -> bool:
    """A credit, info or 原标题 line at the start of the body: read it and report that it goes."""
    if len(line) <= _MAX_BIO_LINE and CREDIT_HEAD_LINE.match(line.strip()):
        meta.offer("source", byline_outlet(line), BODY_START)
        return True
    if _is_field_line(line, dated=True):
        return True
    if len(line) > _MAX_HEAD_LINE:
        return False
    if _is_date_line(line):
        return True
    if _read_original_title(line, meta):
        return True
    if not meta.offered("subtitle") and _is_subtitle_line(line) and not _SUBTITLE_LABEL.match(line):
        meta.offer("subtitle", line, BODY_START)
        return True
    authors = parse_byline(line)
    if authors is not None:
        meta.offer("authors", authors, BODY_START, credit_text(line))
        return True
    if _LABEL_START.match(line) and len(line) <= 80:
        meta.offer("source", find_source(line), BODY_START)
        return True
    return _read_editor_line(line, meta, where=BODY_START)


def _read_tail_line(line: str, meta: Metadata) -> bool:
    """An editor, source, date, credit, 原标题 or end-marker line at the end of the body."""
    if len(line) <= _MAX_BIO_LINE and AUTHOR_BIO_LINE.match(line.strip()):
        return True
    if len(line) <= _MAX_BIO_LINE and CREDIT_HEAD_LINE.match(line.strip()):
        meta.offer("source", byline_outlet(line), BODY_END)
        return True
    if len(line) <= _MAX_BIO_LINE and OUTRO_LINE.match(line):
        return True
    if _is_field_line(line, dated=False):
        return True
    if len(line) > _MAX_TAIL_LINE:
        return False
    if _read_original_title(line, meta) or JUNK_LINE.match(line) or STAFF_CREDIT_LINE.match(line):
        return True
    if "@" in line and EMAIL_CREDIT_LINE.match(line):
        return True
    if _is_date_line(line, clock=False):  # opening hours after a show's description stay
        meta.offer("source", _closing_source(line), BODY_END)  # ``2005年8月25日（来源：上海证券报）``
        return True
    authors = _tail_credit(line)
    if not _read_editor_line(line, meta, where=BODY_END, anywhere=authors is not None) and authors is None:
        return _read_tail_fields(line, meta)
    meta.offer("authors", authors, BODY_END, credit_text(line))
    meta.offer("source", find_source(line), BODY_END)
    return True


def _read_original_title(line: str, meta: Metadata) -> bool:
    """A ``原标题：…`` / ``（原题为《…》）`` line: the headline the story first ran under becomes `original_title`."""
    found = ORIGINAL_TITLE_LINE.match(line)
    if found is None:
        return False
    title = line[found.end() :].strip()
    if found.group().endswith("《"):
        title = title.split("》", 1)[0]
    title = title.strip(" 《》）)】]")
    meta.original_title = meta.original_title or title or None
    return True


def _tail_credit(line: str) -> list[str] | None:
    """Authors of a credit line after the body: ``（总台央视记者 奚丹霓 张赛）``, ``[作者: 刘满仓 …]``,
    ``（张巨峰）``."""
    authors = parse_byline(line)
    if authors is None and _LINE_START_CREDIT.match(line):
        authors = labelled_authors(line)
    if authors is None:
        bare = _BARE_CREDIT.match(line)
        names = bare.group(1).split() if bare else []
        authors = names if names and all(has_surname(name) for name in names) else None
    return authors


def _read_tail_fields(line: str, meta: Metadata) -> bool:
    """A 来源 line or a labelled date line after the body (``发布日期：2019-09-23 14:34:05``)."""
    if _TAIL_SOURCE.match(line) and len(line) <= 40:
        meta.offer("source", find_source(line), BODY_END)
        return True
    if _DATE_LINE_LABEL.match(line) and len(line) <= 60:
        found = find_dates(line)
        meta.offer("published", found[0] if found else None, BODY_END)
        return bool(found)
    return False


def _read_editor_line(line: str, meta: Metadata, *, where: str, anywhere: bool = False) -> bool:
    """A line of editor credits (``(责编：郝帅、杨迪)``, ``编辑：倪仕轩  责任编辑：杨格``).

    The label must open the line, unless `anywhere` (the line is already known to be a credit line).
    """
    credits = editor_credits(line)
    if not credits:
        return _EDITOR_LABEL_ONLY.match(line) is not None
    first = _EDITOR_WORD.search(line)
    if not anywhere and (first is None or first.start() > 6):
        return False  # a credit late in a sentence is prose that mentions an editor
    _read_editor(line, meta)
    meta.offer("source", find_source(line), where)
    return True


def _cjk_count(text: str) -> int:
    """``len(_CJK.findall(text))``, counted on the UTF-8 bytes (many times faster on Chinese text)."""
    if text.isascii():
        return 0
    data = text.encode("utf-8", "surrogatepass")
    return sum(map(data.count, _CJK_UTF8_STARTS))


def _guess_language(text: str) -> str | None:
    """A coarse language from the script of the text, for pages that do not declare one."""
    if not text.strip():
        return None
    if not text.isascii():  # (ASCII text holds no kana, hangul or CJK: one test at C speed spares three scans)
        if _KANA.search(text):
            return "ja"
        if _HANGUL.search(text):
            return "ko"
        if _cjk_count(text) >= 0.3 * len(text.replace(" ", "")):
            return "zh"
    if sum(1 for _ in islice(_ENGLISH_WORDS.finditer(text), 3)) >= 3:
        return "en"
    return None
