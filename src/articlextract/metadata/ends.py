"""Readers of the body's first and last lines: credit, field, date, 原标题, editor and source lines there are
metadata, not story; each reader offers what it reads and says whether the line leaves the body."""

from __future__ import annotations

import re

from lxml import etree

from ..clean import Element, text_of
from ..lexicon import (
    AUTHOR_BIO_LINE,
    CJK_SCRIPTS,
    CONTACT_LABEL_LINE,
    CREDIT_HEAD_LINE,
    EMAIL_CREDIT_LINE,
    FOOTER_CREDIT_WORDS,
    HAN,
    HANGUL,
    JUNK_LINE,
    KOREAN_WRITER_ROLES,
    ORIGINAL_TITLE_LINE,
    OUTRO_LINE,
    POSTED_BY,
    POSTED_SENTENCE,
    SIGNED_CREDIT_END,
    SIGNED_CREDIT_LINE,
    SOURCE_LABEL,
    STAFF_CREDIT_LINE,
    WIRE_SERVICES,
)
from .bylines import (
    BARE_NAMES,
    OUTLET_EDGES,
    bare_names,
    bare_outlet,
    byline_outlet,
    closing_bracket,
    credit_text,
    editor_credits,
    english_names,
    find_source,
    has_surname,
    is_outlet_name,
    korean_credit,
    labelled_authors,
    parse_byline,
)
from .dates import (
    DIGIT,
    LABELLED_DATE_LINE,
    MAX_LABELLED_DATE_LINE,
    find_dates,
    is_date_line,
    is_month_and_day,
    prints_date,
)
from .evidence import (
    BODY_END,
    BODY_START,
)
from .header import (
    LABEL_START,
    SUBTITLE_LABEL,
    is_subtitle_line,
    post_lines_after,
    posted_date,
    read_edition_credit,
    read_editor,
)
from .record import Metadata
from .scan import ElementScan, holds_any, needle_groups

#: A place in capitals or capitalised words, maybe the month and day (``LONDON, May 20 (Reuters) -``), the outlet
#: in brackets, a dash: the opening of a wire story. The outlet starts with a capital, or is an agency that
#: writes itself in lower case (German ``Gießen (dpa) -``, with its regional service: ``(dpa/lhe)``).
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+){0,4}(?:[A-Z][\w.'’-]*|(?<=[A-Za-z.] )\d{1,2})\s*\((?P<outlet>[A-Z][\w.&' -]{0,28}[\w.]|"
    rf"{'|'.join(name for name in WIRE_SERVICES if name.islower())})(?:/[a-z]{{2,4}})?\)\s*(?:[-–—:]|$)"
)
#: One credit of a wire story's closing line (Reuters: ``Reporting by X; additional reporting by Y; Editing by
#: Z``; USA TODAY: ``Contributing: X``); the line is these credits separated by semicolons, maybe in brackets.
_WIRE_ROLE = (
    r"(?:(?P<extra>additional\s+)?(?P<role>reporting|writing|editing|compiled|compiling)\s+by|contributing\s*:)"
)
_WIRE_CREDIT = re.compile(rf"^{_WIRE_ROLE}\s+(?P<names>[^;()]{{2,200}})$", re.I)
#: The role opening a credit, tested where a line's first credit would start before the line is split.
_WIRE_CREDIT_START = re.compile(_WIRE_ROLE, re.I)
#: USA TODAY's ``Contributing:`` label, which its network's pages may print under the story in an element the
#: body leaves out (``div.gnt_ar_b_al``): the texts after the headline that open with it are found by XPath, on
#: pages whose text holds it.
_CONTRIBUTING = "Contributing:"
_CONTRIBUTING_ANY = needle_groups((_CONTRIBUTING,))
_CONTRIBUTING_TEXTS = etree.XPath(
    f"following::text()[starts-with(normalize-space(), '{_CONTRIBUTING}')][position() <= 3]"
)
_MAX_WIRE_CREDITS = 400
#: Where a reporter filed from, after the name in such a credit: ``additional reporting by Omar Haddad in Chicago``.
_FILED_FROM = re.compile(r"(?<!\s)\s+in\s+[A-Z][^,;]{0,40}?(?=,|\s+and\s|$)")
#: A news agency named after a paragraph's last sentence: ``… into the US. PTI``, ``… on Monday. (AP)``.
_CLOSING_WIRE = re.compile(
    rf"[.!?”\"’]\s*(?:[(\[—–-]\s*)?(?P<wire>{'|'.join(sorted(map(re.escape, WIRE_SERVICES), key=len, reverse=True))})"
    r"[)\]]?$"
)
_MAX_CLOSING_WIRE = 40
#: A Chinese dateline: an outlet (ending like one), a place, a date and 电/讯/消息/报道; or an outlet and 讯 or
#: 消息 right before the byline's bracket or a colon.
_CJK_DATELINE = re.compile(
    rf"^据?(?P<outlet>(?!本报|本网|本站|本刊)[^\s，。：:（(【]{{1,12}}?(?:社|网|报|台|之家|客户端|新闻))"
    rf"(?:[{HAN}]{{0,6}}\d{{1,2}}月\d{{1,2}}日(?:电|讯|消息|报道)|(?:快讯|讯|消息)\s*(?=[（(:：]))"
)
#: The Korean credit opening a lead, the outlet before ``=`` and its writer after: ``[엔터미디어=정덕현의 이슈공감]``,
#: ``[엔터미디어=소설가 박생강의 옆구리tv]`` (a writer's column), ``[OSEN=손찬익 기자]`` (a role). A place before
#: ``=`` names no outlet (Yonhap's ``(서울=연합뉴스)``): the writer's side must end in a role or name a column.
_KOREAN_CREDIT = re.compile(
    rf"^[\[(]\s?(?P<outlet>[^\s=\[\]()]{{1,12}}(?:\s[^\s=\[\]()]{{1,12}})?)\s?=\s?[{HANGUL}]"
    rf"(?:[^=\[\]()]{{0,30}}?(?:{'|'.join(KOREAN_WRITER_ROLES)})|[^=\[\]()]{{0,20}}?[{HANGUL}]의\s[^=\[\]()]{{1,20}})\s?[\])]"
)
_MAX_HEAD_LINE = 120
_MAX_TAIL_LINE = 100
_MAX_BIO_LINE = 600
_BARE_CREDIT = re.compile(rf"^[（(]\s*({BARE_NAMES})\s*[)）]$")
_LINE_START_CREDIT = re.compile(r"^\W{0,2}(?:作者|记者|文|撰文|执笔|采写)")
_TAIL_SOURCE = re.compile(rf"^\W*{SOURCE_LABEL}\s*[:：|丨]", re.I)
#: The label opening a line without a colon: a source line only when printed in capitals (`_is_tail_source`).
_TAIL_SOURCE_WORD = re.compile(rf"^(?P<label>{SOURCE_LABEL})\s", re.I)
#: Field lines (``05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde``, a footer's
#: ``… - CNPJ: … - Fone: …``): segments split by `` - `` / `` | `` / ``·``, labelled ``Label:``.
_FIELD_SEPARATOR = re.compile(r"\s+[-–—|·•]\s+|\s*[|丨]\s*|\s{3,}")
_ANY_LABEL = re.compile(rf"^[^\W\d_]{{2,}}(?:\s[^\W\d_]+){{0,2}}\s*[:：](?:\s|[{CJK_SCRIPTS}]|$)")
_MIN_LABELLED_FIELDS = 2
_SENTENCE_END = ("。", "！", "？", "…", "”", "」", ".", "!", "?")
_SENTENCE_MARKS = (".", "!", "?", "。", "！", "？")
_MIN_TAIL_FIELDS = 3
_MAX_FIELD_LINE = 240
_EDITOR_LABEL_ONLY = re.compile(r"^\W*(?:责任编辑|责编|编辑)\W*$")
_EDITOR_WORD = re.compile(r"责任编辑|责编|编辑|editor", re.I)


def closing_source(paragraph: str) -> str | None:
    """A 来源 credit in brackets closing the last paragraph: ``…2005年8月25日（来源：上海证券报）``; an outlet or
    organisation named alone in brackets after its last sentence (``…表达了节日的祝福。（江城退役军人之家）``); or a
    news agency named after its last sentence, as Indian papers close agency copy (``… into the US. PTI``)."""
    wire = _CLOSING_WIRE.search(paragraph.rstrip()[-_MAX_CLOSING_WIRE:])
    if wire is not None:
        return wire["wire"]
    credit = closing_bracket(paragraph)
    if credit is None:
        return None
    before = paragraph[: len(paragraph.rstrip()) - len(credit)].rstrip()
    return find_source(credit) or (bare_outlet(credit[1:-1]) if before.endswith(_SENTENCE_END) else None)


def dateline_outlet(paragraph: str) -> str | None:
    """The outlet in a dateline: ``WASHINGTON (AP) —``, ``NEW YORK (Reuters) -``, ``Hong Kong (CNN)``; Chinese
    ``新华社北京5月20日电``, ``新京报讯（记者 …）``, ``IT之家5月20日消息``, ``据中新网5月9日报道`` (never the paper's
    own ``本报讯``); the outlet of a Korean lead's credit (``[엔터미디어=정덕현의 이슈공감]``)."""
    found = _DATELINE.match(paragraph) if "(" in paragraph[:60] else None
    if found is None:
        found = _CJK_DATELINE.match(paragraph)
    if found is None and paragraph[:1] in "[(":
        found = _KOREAN_CREDIT.match(paragraph)
    if found is None or is_month_and_day(found.group("outlet")):  # ``WASHINGTON (Aug. 13) --``: a day, no outlet
        return None
    return found.group("outlet")


def _is_field_line(line: str, *, dated: bool) -> bool:
    """A line of labelled fields in any language: at least two segments opening with ``Label:``, and
    a date among them (`dated`, at the body's head) or at least three segments (a footer's address
    and registration fields at its tail). Each label's colon is in a segment of its own: a line with fewer
    colons than that is turned away before it is split."""
    if len(line) > _MAX_FIELD_LINE or line.count(":") + line.count("：") < _MIN_LABELLED_FIELDS:
        return False
    if line.rstrip().endswith(_SENTENCE_MARKS) or (dated and not DIGIT.search(line)):
        return False  # a sentence is prose, even one quoting two speakers
    segments = _FIELD_SEPARATOR.split(line.strip())
    if sum(1 for segment in segments if _ANY_LABEL.match(segment)) < _MIN_LABELLED_FIELDS:
        return False
    if dated:
        return prints_date(line)
    return len(segments) >= _MIN_TAIL_FIELDS


def contacts_start(lines: list[str]) -> int:
    """Where a press release's contact block starts among `lines` (the body's last lines): the position of the
    first line under a contact label (`CONTACT_LABEL_LINE`: ``Media contact:``), or their count when none is one.
    A name, a phone number and an address under the label are the issuer's contact, printed with the release."""
    return next((i + 1 for i, line in enumerate(lines) if CONTACT_LABEL_LINE.match(line)), len(lines))


def read_post_footer_author(element: Element, meta: Metadata) -> None:
    """The writer named in the footer line of the post that holds the headline (`element`), under the body, for a
    page that names none near its headline: between the date and the read count of a .Text footer (博客园's ``posted
    @ 2024-05-20 08:37 顾以川 阅读(1234) 评论(5)``), or in the ``作者:`` field of a line of labelled fields (Z-Blog's
    ``作者:阿澄 | 分类:游记 | 评论:2 | 浏览:386``). The first such line decides."""
    for line in post_lines_after(element, holding=FOOTER_CREDIT_WORDS):
        found = posted_date(line.text)
        if found:
            by = POSTED_BY.match(line.text[found.end :].lstrip())
            names = [by.group(1)] if by else []
        elif _is_field_line(line.text, dated=False):
            names = labelled_authors(line.text)
        else:
            continue
        if names is not None:
            meta.offer("authors", names, BODY_END, line.flat)
            return


def is_name_under_by(previous: str, line: str) -> bool:
    """The name on the line under a lone "By" (a byline split over two blocks)."""
    return previous.strip().lower() == "by" and english_names(line.strip()) == [line.strip()]


def is_name_over_bio(line: str, after: str) -> bool:
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


def is_credit_line(text: str) -> bool:
    """Whether a line is a credit line of Western or Korean pages (`CREDIT_HEAD_LINE`, `SIGNED_CREDIT_LINE`)."""
    if CREDIT_HEAD_LINE.match(text) is not None:
        return True
    ends_as_role = SIGNED_CREDIT_END.search(text, max(len(text) - 2, 0)) is not None
    return ends_as_role and SIGNED_CREDIT_LINE.match(text) is not None


def read_head_line(line: str, meta: Metadata) -> bool:
    """A credit, info or 原标题 line at the start of the body: read it and report that it goes."""
    if len(line) <= _MAX_BIO_LINE and is_credit_line(line.strip()):
        meta.offer("source", byline_outlet(line), BODY_START)
        meta.offer("authors", korean_credit(line), BODY_START, line.strip())
        return True
    if _is_field_line(line, dated=True):
        return True
    if len(line) > _MAX_HEAD_LINE:
        return False
    if is_date_line(line):
        return True
    desk = _desk_beside_date(line) or _outlet_alone(line)
    if desk is not None:
        meta.offer("source", desk, BODY_START)
        return True
    if _read_original_title(line, meta):
        return True
    if not meta.offered("subtitle") and is_subtitle_line(line) and not SUBTITLE_LABEL.match(line):
        meta.offer("subtitle", line, BODY_START)
        return True
    authors = parse_byline(line)
    if authors is not None:
        meta.offer("authors", authors, BODY_START, credit_text(line))
        return True
    if LABEL_START.match(line) and len(line) <= 80:
        meta.offer("source", find_source(line), BODY_START)
        return True
    return read_editor_line(line, meta, where=BODY_START)


def _desk_beside_date(line: str) -> str | None:
    """The outlet of a line that is a place and an outlet's desk beside the date, between bars (Indian portals'
    ``New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM``): the piece `byline_outlet`
    reads as an outlet (``Bureau``, ``News``, ``Times`` …); a person's name there is left alone."""
    if "|" not in line:
        return None
    segments = [segment.strip() for segment in line.split("|")]
    others = [segment for segment in segments if not is_date_line(segment)]
    return byline_outlet(others[0]) if len(others) == 1 and len(segments) > 1 else None


def _outlet_alone(line: str) -> str | None:
    """The outlet a line at the body's start names and nothing else (`byline_outlet`): the affiliation a byline
    sets in an element of its own under the writer's linked name (the USA TODAY Network's ``div.gnt_ar_by``:
    ``<a>Jane Doe</a><div class="gnt_ar_by_t">USA TODAY</div>``), left over once the name went as a link."""
    alone = line.strip(OUTLET_EDGES)  # (a line that names no outlet is told before its pieces are looked for)
    return alone if is_outlet_name(alone) and byline_outlet(line) == alone else None


def read_tail_line(line: str, meta: Metadata, *, in_contacts: bool = False) -> bool:
    """An editor, source, date, credit, 原标题 or end-marker line at the end of the body; an e-mail line is a
    reporter's signature unless it is `in_contacts` (under a press release's contact label, `contacts_start`)."""
    if len(line) <= _MAX_BIO_LINE and AUTHOR_BIO_LINE.match(line.strip()):
        return True
    if len(line) <= _MAX_BIO_LINE and is_credit_line(line.strip()):
        meta.offer("source", byline_outlet(line), BODY_END)
        meta.offer("authors", korean_credit(line), BODY_END, line.strip())
        return True
    if len(line) <= _MAX_BIO_LINE and OUTRO_LINE.match(line):
        return True
    if len(line) <= _MAX_BIO_LINE and POSTED_SENTENCE.match(line.strip()):  # a blog theme's footer sentence
        meta.offer("published", posted_date(line.strip()), BODY_END)
        return True
    if _is_field_line(line, dated=False):
        return True
    credited = wire_credits(line)
    if credited is not None:
        reporters, contributors = credited
        meta.offer("authors", reporters, BODY_END, line.strip())
        meta.offer("contributors", contributors, BODY_END)
        read_editor(line.strip().strip("()（）."), meta, BODY_END)
        return True
    if len(line) > _MAX_TAIL_LINE:
        return False
    if _read_original_title(line, meta) or JUNK_LINE.match(line) or STAFF_CREDIT_LINE.match(line):
        return True
    if "@" in line and not in_contacts and EMAIL_CREDIT_LINE.match(line):
        return True
    read_edition_credit(line, meta, BODY_END)  # (the line stays: an edition credit is printed as part of the story)
    if is_date_line(line, clock=False):  # opening hours after a show's description stay
        meta.offer("source", closing_source(line), BODY_END)  # ``2005年8月25日（来源：上海证券报）``
        _read_tail_fields(line, meta)  # a labelled one dates the story (``Published: 19 November 2019``)
        return True
    authors = _tail_credit(line)
    if not read_editor_line(line, meta, where=BODY_END, anywhere=authors is not None) and authors is None:
        return _read_tail_fields(line, meta)
    meta.offer("authors", authors, BODY_END, credit_text(line))
    meta.offer("source", find_source(line), BODY_END)
    return True


def read_contributing_line(element: Element, meta: Metadata, scan: ElementScan) -> None:
    """The ``Contributing: X`` line closing a USA TODAY Network story after the headline (`element`), wherever the
    body ends: the scorer may leave it out as a short line under the last paragraph. Its names are contributors,
    as when the body's last lines hold it (`read_tail_line`)."""
    if not holds_any(scan.page_text, _CONTRIBUTING_ANY):
        return
    for text in _CONTRIBUTING_TEXTS(element):
        holder = text.getparent()
        if holder is not None and text_of(holder).strip() == _CONTRIBUTING:  # ``<b>Contributing:</b> X``
            holder = holder.getparent()
        credited = wire_credits(" ".join(text_of(holder).split())) if holder is not None else None
        if credited is not None:
            meta.offer("contributors", credited[1], BODY_END)
            return


def wire_credits(line: str) -> tuple[list[str], list[str]] | None:
    """The reporters and the contributors (``additional reporting by``, ``Contributing:``) a wire story's
    closing credit line names (`_WIRE_CREDIT`), the editors left out (they are read as the editor); None when
    the line is not such credits."""
    stripped = line.strip()
    if len(stripped) > _MAX_WIRE_CREDITS or not (stripped[:1].isalpha() or stripped[:1] in "(（"):
        return None
    if _WIRE_CREDIT_START.match(stripped.lstrip("()（）.").lstrip()) is None:
        return None  # the first segment below starts there: without a role, it is no credit
    reporters: list[str] = []
    contributors: list[str] = []
    for segment in stripped.strip("()（）.").split(";"):
        credit = _WIRE_CREDIT.match(segment.strip())
        if credit is None:
            return None
        if (credit["role"] or "").lower() != "editing":
            names = contributors if credit["extra"] or not credit["role"] else reporters
            credited = english_names(_FILED_FROM.sub("", credit["names"]))
            names.extend(name for name in credited if name not in names)
    return reporters, contributors


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
        names = bare_names(bare.group(1)) if bare else []
        authors = names if names and all(has_surname(name) for name in names) else None
    return authors


def _read_tail_fields(line: str, meta: Metadata) -> bool:
    """A 来源 line or a labelled date line after the body (``发布日期：2019-09-23 14:34:05``)."""
    if len(line) <= 40 and _is_tail_source(line):
        meta.offer("source", find_source(line), BODY_END)
        return True
    if LABELLED_DATE_LINE.match(line) and len(line) <= MAX_LABELLED_DATE_LINE:
        found = find_dates(line)
        meta.offer("published", found[0] if found else None, BODY_END)
        return bool(found)
    return False


def _is_tail_source(line: str) -> bool:
    """A 来源 line after the body: the label and its colon (``来源：新华社``, ``Source: Reuters``), or the label in
    capitals without one, as press wires close a release and the sites that republish it keep it (PR Newswire's
    ``SOURCE Northwind Robotics``); a sentence that opens with the word is not one."""
    if _TAIL_SOURCE.match(line):
        return True
    label = _TAIL_SOURCE_WORD.match(line)
    return label is not None and label.group("label").isupper()


def read_editor_line(line: str, meta: Metadata, *, where: str, anywhere: bool = False) -> bool:
    """A line of editor credits (``(责编：郝帅、杨迪)``, ``编辑：倪仕轩  责任编辑：杨格``).

    The label must open the line, unless `anywhere` (the line is already known to be a credit line).
    """
    credits = editor_credits(line)
    if not credits:
        return _EDITOR_LABEL_ONLY.match(line) is not None
    first = _EDITOR_WORD.search(line)
    if not anywhere and (first is None or first.start() > 6):
        return False  # a credit late in a sentence is prose that mentions an editor
    read_editor(line, meta, where)
    meta.offer("source", find_source(line), where)
    return True
