"""Metadata: the facts around the body, from machine-readable markup and from the visible lines.

Three readings, called by the pipeline at the moment each one can see what it needs:

1. `read_structured` (before cleaning): ``<meta>``, JSON-LD, ``<title>``, page variables.
2. `read_visible` (after scripts are gone, before chrome is removed): the headline, the lines right
   under it (info line with 来源 and time, subtitle, byline) and the breadcrumb trail.
3. `take_body_lines` (after the body is found): credit, editor, source and 原标题 lines at the
   body's ends become fields and leave the body.

Visible evidence near the headline outranks structured data, which outranks anything found
elsewhere on the page; lines read as metadata never stay in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from lxml import html

from ..blocks import Block, iter_blocks
from ..lexicon import DATE_LABEL, JUNK_LINE, ORIGINAL_TITLE_LINE, SOURCE_LABEL, UPDATE_LABEL
from .breadcrumbs import find_breadcrumbs
from .bylines import find_editor, find_source, inline_credits, parse_byline, person_names
from .dates import find_dates, parse_date
from .structured import Structured, json_ld_names, json_ld_text, read_structured
from .title import Headline, find_headline, normalize, site_from_title

__all__ = ["Metadata", "read_structured", "read_visible", "take_body_lines"]

_MAX_INFO_LINES = 8
_MAX_INFO_LINE_TOKENS = 60
_HEAD_LINES = 3
_TAIL_LINES = 6
_SUBTITLE = re.compile(r"^(?:——|—|--|－－)\s*\S")
_SUBTITLE_LABEL = re.compile(r"^副标题\s*[:：]\s*")
_LABELLED_AUTHOR = re.compile(
    r"(?:作者|记者|撰文|文)\s*[:：/｜|]\s*(?P<names>[^|丨:：\d]{2,40}?)\s*(?=$|\s{2,}|[|丨]|来源|编辑|责任编辑|时间|发布|\d{4})"
)
_BARE_CREDIT = re.compile(r"^[（(]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*)\s*[)）]$")
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish_date",
    "pubdate", "publishtime", "firstpublishedtime", "sailthru.date", "dc.date.issued", "dc.date",
    "date", "parsely-pub-date", "article.published", "og:published_time", "published_time", "weibo: article:create_at",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|was)\b", re.I)


@dataclass
class Metadata:
    """Everything but the body; `consumed` holds the lines that were read as metadata."""

    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    editor: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    consumed: set[str] = field(default_factory=set)


def read_visible(root: html.HtmlElement, structured: Structured, url: str | None) -> Metadata:
    """Combine structured data with the headline, the lines under it and the breadcrumb trail."""
    ld = structured.json_ld
    declared_titles = [t for t in (json_ld_text(ld, "headline"), structured.first("og:title", "twitter:title")) if t]
    headline = find_headline(root, structured.html_title, declared_titles)
    meta = Metadata(
        title=headline.text if headline else None,
        url=_canonical_url(structured, url),
        site_name=structured.first("og:site_name", "application-name", "twitter:site:name")
        or (json_ld_names(ld.get("publisher"))[:1] or [None])[0]
        or site_from_title(structured.html_title, headline.text if headline else None),
        language=structured.language or _declared_language(structured),
        description=structured.first("description", "og:description", "twitter:description")
        or json_ld_text(ld, "description"),
        breadcrumbs=find_breadcrumbs(root),
    )
    if headline:
        meta.consumed.add(_key(headline.text))
    _read_info_lines(_info_lines(root, headline), meta, structured)
    _fill_from_structured(meta, structured)
    return meta


def take_body_lines(paragraphs: list[str], meta: Metadata) -> list[str]:
    """Read credit/editor/source/原标题 lines at the body's ends into `meta`; return the body without them."""
    body = [p for p in paragraphs if _key(p) not in meta.consumed]
    head_end = min(_HEAD_LINES, len(body))
    kept_head = [p for p in body[:head_end] if not _read_head_line(p, meta)]
    body = kept_head + body[head_end:]
    tail_start = max(len(kept_head), len(body) - _TAIL_LINES)
    kept_tail = [p for p in body[tail_start:] if not _read_tail_line(p, meta)]
    body = body[:tail_start] + kept_tail
    if body and not meta.authors:
        meta.authors = inline_credits(body[0]) or (inline_credits(body[-1]) if len(body) > 1 else [])
    if not meta.language:
        meta.language = _guess_language(" ".join([meta.title or "", *body[:5]]))
    return body


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _canonical_url(structured: Structured, url: str | None) -> str | None:
    found = structured.canonical or structured.first("og:url")
    if found and url:
        return urljoin(url, found)
    return found if found and found.startswith(("http://", "https://")) else url


def _declared_language(structured: Structured) -> str | None:
    value = structured.first("content-language", "og:locale", "language", "dc.language")
    return value.replace("_", "-") if value else None


def _info_lines(root: html.HtmlElement, headline: Headline | None) -> list[str]:
    """Short lines right after the headline element, up to the first stretch of prose."""
    if headline is None or headline.element is None:
        return []
    lines: list[str] = []
    tail = normalize(headline.element.tail or "")
    if tail:
        lines.append(tail)
    node = headline.element
    for _level in range(4):
        for sibling in node.itersiblings():
            for block in iter_blocks(sibling):
                if _ends_info_lines(block, lines):
                    return lines
                lines.append(block.text)
            if len(lines) >= _MAX_INFO_LINES:
                return lines
        node = node.getparent()
        if node is None:
            break
    return lines


def _ends_info_lines(block: Block, lines: list[str]) -> bool:
    return len(lines) >= _MAX_INFO_LINES or (block.is_content and block.tokens > _MAX_INFO_LINE_TOKENS)


def _read_info_lines(lines: list[str], meta: Metadata, structured: Structured) -> None:
    default_year = _structured_published(structured)
    year = default_year.year if default_year else None
    for index, line in enumerate(lines):
        used = False
        if meta.published is None and not UPDATE_LABEL.search(line[:8]):
            found = [d for d in find_dates(line, default_year=year) if not _after_update_label(line, d[1])]
            if found:
                meta.published = _more_precise(found[0][0], found[0][3], default_year)
                used = True
        source = find_source(line)
        if source and meta.source is None:
            meta.source = source
            used = True
        editor = find_editor(line)
        if editor and meta.editor is None:
            meta.editor = editor
            used = True
        if not meta.authors:
            authors = parse_byline(line)
            if authors:
                meta.authors, meta.byline = authors, line
                used = True
            else:
                labelled = _LABELLED_AUTHOR.search(line)
                if labelled:
                    meta.authors = person_names(labelled.group("names"))
                    used = used or bool(meta.authors)
        if meta.subtitle is None and index < 4 and (_SUBTITLE.match(line) or _SUBTITLE_LABEL.match(line)):
            meta.subtitle = _SUBTITLE_LABEL.sub("", line)
            used = True
        if used or re.search(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL})\W", line, re.I):
            meta.consumed.add(_key(line))


def _after_update_label(line: str, position: int) -> bool:
    return bool(UPDATE_LABEL.search(line[max(0, position - 8) : position]))


def _more_precise(visible: datetime, has_time: bool, structured: datetime | None) -> datetime:
    """A visible date without a time takes the time from a structured date of the same day."""
    if not has_time and structured and structured.date() == visible.date():
        return structured
    return visible


def _structured_published(structured: Structured) -> datetime | None:
    candidates = [
        json_ld_text(structured.json_ld, "datePublished"),
        structured.first(*_PUBLISHED_META),
        *structured.script_dates,
        *structured.attribute_dates,
        json_ld_text(structured.json_ld, "dateCreated"),
    ]
    for candidate in candidates:
        if candidate:
            value = parse_date(candidate)
            if value:
                return value
    return None


def _fill_from_structured(meta: Metadata, structured: Structured) -> None:
    ld = structured.json_ld
    if meta.published is None:
        meta.published = _structured_published(structured)
    if not meta.authors:
        names = json_ld_names(ld.get("author")) or [
            n for n in (structured.first(*_AUTHOR_META),) if n and not n.startswith("http")
        ]
        authors: list[str] = []
        for name in names:
            for person in person_names(re.sub(r"^\s*by\s+", "", name, flags=re.I)):
                if person not in authors:
                    authors.append(person)
        meta.authors = authors
    if meta.source is None:
        publisher = json_ld_names(ld.get("publisher"))
        meta.source = publisher[0] if publisher and meta.language and not meta.language.startswith("zh") else None


def _read_head_line(line: str, meta: Metadata) -> bool:
    """A credit, info or 原标题 line at the start of the body: read it and report that it goes."""
    if len(line) > 120:
        return False
    if ORIGINAL_TITLE_LINE.match(line):
        return True
    if meta.subtitle is None and _SUBTITLE.match(line) and len(line) <= 60:
        meta.subtitle = line
        return True
    authors = parse_byline(line)
    if authors:
        if not meta.authors:
            meta.authors, meta.byline = authors, line
        return True
    if re.match(rf"^\W*(?:{SOURCE_LABEL}|{DATE_LABEL})\s*[:：]", line, re.I) and len(line) <= 80:
        if meta.source is None:
            meta.source = find_source(line)
        return True
    return False


def _read_tail_line(line: str, meta: Metadata) -> bool:
    """An editor, source, credit, 原标题 or end-marker line at the end of the body."""
    if len(line) > 100:
        return False
    if ORIGINAL_TITLE_LINE.match(line) or JUNK_LINE.match(line):
        return True
    editor = find_editor(line)
    if editor is not None or re.match(r"^\W*(?:责任编辑|责编|编辑)\W*$", line):
        meta.editor = meta.editor or editor
        source = find_source(line)
        if source and meta.source is None:
            meta.source = source
        return True
    if re.match(rf"^\W*(?:本文)?{SOURCE_LABEL}\s*[:：]", line) and len(line) <= 40:
        meta.source = meta.source or find_source(line)
        return True
    authors = parse_byline(line)
    bare = _BARE_CREDIT.match(line)
    if authors or bare:
        if not meta.authors:
            meta.authors = authors or person_names(bare.group(1) if bare else "")
            meta.byline = meta.byline or line
        return True
    return False


def _guess_language(text: str) -> str | None:
    """A coarse language from the script of the text, for pages that do not declare one."""
    if not text.strip():
        return None
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if len(_CJK.findall(text)) >= 0.3 * len(text.replace(" ", "")):
        return "zh"
    if len(_ENGLISH_WORDS.findall(text)) >= 3:
        return "en"
    return None
