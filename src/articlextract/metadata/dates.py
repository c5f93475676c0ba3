"""Publication times: one grammar for the dates pages print, the time of day kept, impossible values rejected.

The grammar is a table of formats (`FORMATS`): numeric year-month-day in its Chinese, Japanese and
Korean spellings (``2019-09-07``, ``2019年9月26日``, ``2024年5月22日 8時37分``, ``2024. 5. 22. 08:37``),
day-month-year and month-day-year numbers (``20.05.2024``, ``11/20/19``), month names in English,
German, French, Spanish, Portuguese and Italian in either order (``Nov. 19, 2019``, ``25. September
2018``, ``22 de outubro de 2010 às 20:13``), a time printed before its date (``7:07 PM EST Nov 19,
2019``), and the short forms of info lines (two-digit and missing years). A time of day is one
sub-pattern shared by all: ``13:43:45``, ``8時37分``, ``10h15``, ``下午3:05``, ``6:38 AM``, a zone word.

Time-zone rule: a time comes back tz-aware only when the page states its zone — an ISO 8601 offset
or ``Z`` in markup, an RFC 2822 date, a zone word printed next to the time (``UTC``, ``GMT``,
``EST``, ``北京时间``), or a Unix epoch (an absolute instant, shown in UTC+8 as Chinese pages mean
it). Times printed without a zone — almost every Chinese portal — come back naive, exactly as
printed: calling them UTC+8 would be a guess presented as fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from itertools import islice, product
from typing import NamedTuple

from ..lexicon import (
    CJK_SCRIPTS,
    DATE_LABEL,
    DATE_LINE_LABELS,
    IP_LOCATION,
    MONTH_NAMES,
    READING_TIME,
    RELATIVE_DAYS,
    UPDATE_LABEL,
    WEEKDAY_NAMES,
    ZONE_OFFSETS,
    phrases,
)

_EARLIEST_YEAR = 1990
_CHINA = timezone(timedelta(hours=8), "UTC+08:00")
#: The UTC offsets clocks use: whole hours from −12 to +14, and the few half and three-quarter hours.
_OFFSETS = frozenset(
    [timedelta(hours=hours) for hours in range(-12, 15)]
    + [
        timedelta(hours=hours, minutes=minutes)
        for hours, minutes in ((3, 30), (4, 30), (5, 30), (5, 45), (6, 30), (8, 45), (9, 30), (10, 30), (12, 45))
    ]
    + [-timedelta(hours=hours, minutes=30) for hours in (2, 3, 9)]
)
_OFFSET_STEP = timedelta(minutes=15)
#: How far a printed minute may be from the structured time it rounds.
_ROUNDING = timedelta(minutes=1)
_MONTHS = {
    name: number
    for names in MONTH_NAMES.values()
    for number, entry in enumerate(names, start=1)
    for name in entry.split("|")
}
_ZONE_WORDS = "|".join(sorted((re.escape(zone) for zone in ZONE_OFFSETS), key=len, reverse=True))
#: ``GMT+8``, ``UTC-05:00``: an offset printed after the zone word (Reuters prints the reader's zone so).
_WORD_OFFSET = r"(?:GMT|UTC)[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?!\d)"
_ZONE = rf"(?P<tz>[+-]\d{{2}}:?\d{{2}}|[（(]?(?:{_WORD_OFFSET}|{_ZONE_WORDS})[)）]?)"
_AMPM_AFTER = r"(?P<ampm2>[AaPp]\.?[Mm]\.?(?![A-Za-z]))"
#: A point between hour and minute, as British and German pages print the time (``11.02 BST``, ``4.30pm``,
#: ``09.13 Uhr``): only before am/pm, a zone word or ``Uhr``, since a bare ``3.05`` is as often a number or a day
#: and month.
_CLOCK_POINT = rf"\.(?=\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?(?![A-Za-z])|(?:{_ZONE_WORDS}|Uhr)(?![A-Za-z])))"
#: A time of day: ``13:43:45``, ``8時37分``, ``07时19分``, ``10h15``, ``下午3:05``, ``6:38 AM EST``.
#: A space, then a number with a point right after a year (``13 Jul 2024 11.02 BST``, ``19 Nov 2019 3.5
#: million``): a time or a number, not the month and day of that year (those share one separator).
_YEAR_THEN_POINT = r"\s+\d{1,2}\.\d"
#: The marks between hour and minute that `_CLOCK` reads (besides the point it reads only before am/pm or a zone).
_HOUR_MINUTE_MARKS = ":：時时h"
_CLOCK = (
    r"(?:(?P<ampm1>上午|下午|晚上|早上|凌晨|中午|午前|午後|오전|오후)\s*)?"
    r"(?P<H>\d{1,2})\s*(?:[:：]|[时時](?=\s*\d)|h(?=\d{2})|" + _CLOCK_POINT + r")\s*(?P<M>\d{2}|\d(?=\s*分))"
    r"(?:\s*(?:[:：]|[分](?=\s*\d))\s*(?P<S>\d{2}))?(?:\s*[分秒])?(?:\.\d+)?\s*"
    + _AMPM_AFTER
    + r"?(?:\s*"
    + _ZONE
    + r"(?![A-Za-z]))?(?:\s*Uhr\b)?"
)
_CJK_ZONE_WORDS = "|".join(sorted((zone for zone in ZONE_OFFSETS if not zone.isascii()), key=len, reverse=True))
#: What may stand between a date and its time: ``T``, spaces, a comma, a dash, bar or middle dot, a preposition
#: (``at``, ``à``, ``às``, ``a las``, ``um``, ``alle``, ``om``, ``o``, ``saat``), a weekday (``週三``, ``星期三``,
#: ``(水)``, ``(수)``), and a zone that Chinese pages name before the time (``2012年12月10日, 格林尼治标准时间10:41``,
#: ``北京时间 10:41``).
_DATE_TIME_GAP = (
    r"(?:\s*(?:[T,|/–@·]|--?|\bat\b|\bà\b|\bàs\b|\ba\s+las\b|\bum\b|\balle\b|\bom\b|\bo\b|\bsaat\b)?\s*"
    r"(?:[（(]?(?:星期|週|周)[一二三四五六日天][)）]?|[（(][日月火水木金土월화수목금토일][)）])?\s*"
    rf"(?:(?P<tzb>{_CJK_ZONE_WORDS})\s*)?)"
)
_TIME = rf"(?:{_DATE_TIME_GAP}{_CLOCK})?"
_AFTERNOON = ("pm", "下午", "晚上", "午後", "오후")
_MORNING = ("am", "凌晨", "早上", "午前", "오전")
_ORDINAL = r"(?:st|nd|rd|th|er|º|°|\.)?"
_MONTH_WORD = r"(?P<mon>[^\W\d_]{3,10})\.?"
_YEAR = r"(?:19|20)\d{2}"
_FOUR_DIGIT_YEAR = rf"(?P<y>{_YEAR})"
#: The marks after a year that start its month (``2019-09``, ``2019年9月``, ``2024. 5.``, ``2024년 5월``).
_YEAR_MARKS = "-/.年년"
#: Where a numeric date starts: a year and its mark, a month and day in Chinese, a two-digit year's date. A
#: boundary inside other patterns (a credit's value ends where its date begins), which cannot call the grammar.
DATE_START = rf"(?:{_YEAR}\s*[{_YEAR_MARKS}]|\d{{1,2}}\s*月\d{{1,2}}|\d{{2}}-\d{{1,2}}-\d{{1,2}}\b)"
#: Day and month as numbers, in either order, with one separator (``20.05.``, ``11/20/``).
_NUMERIC_DAY_MONTH = r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"


class _Format(NamedTuple):
    """One row of the grammar: a pattern with named parts, and how its numbers are ordered.

    `order` names the numeric groups in the order they are printed where that is ambiguous
    (``dmy`` for ``20.05.2024``); `short` formats are read only on short lines (info lines), and
    `needs_time` ones only with a time of day.
    """

    name: str
    pattern: re.Pattern[str]
    order: str = "ymd"
    short: bool = False
    needs_time: bool = False
    #: Characters one of which a line must hold for the format to match (a cheap test before the pattern).
    marks: str = ""
    #: Whether the format spells the month as a word.
    named: bool = False
    #: Whether the date is the whole line: then read without its year, a time or a label.
    alone: bool = False


FORMATS: tuple[_Format, ...] = (
    _Format(  # 2019-09-07 13:43, 2019年9月26日, 2024年5月22日 8時37分, 2024. 5. 22. 08:37, 2024년 5월 22일
        "year-month-day",
        re.compile(
            rf"(?<![\d.]){_FOUR_DIGIT_YEAR}(?!{_YEAR_THEN_POINT})\s*(?:[{_YEAR_MARKS}]|\s)\s*(?P<m>\d{{1,2}})\s*(?:[-/.月월]|\s)\s*"
            rf"(?P<d>\d{{1,2}})(?!\d)(?:\s*[日일]|\.(?!\d))?{_TIME}"
        ),
    ),
    _Format(  # 21:17 18.11.2019 (a time before a numeric date)
        "time-day-month-year",
        re.compile(rf"(?<![\d:])(?P<H>\d{{1,2}}):(?P<M>\d{{2}})\s+{_NUMERIC_DAY_MONTH}{_FOUR_DIGIT_YEAR}(?![\d./])"),
        order="numeric",
        marks=":",
    ),
    _Format(  # 20.05.2024 09:13, 19/11/2019, 11.14.2019 09:00 AM (the month first when the day is > 12)
        "day-month-year",
        re.compile(rf"(?<![\d./-]){_NUMERIC_DAY_MONTH}{_FOUR_DIGIT_YEAR}(?![\d./]){_TIME}"),
        order="numeric",
        marks="./-",
    ),
    _Format(  # 11/20/19 6:38 AM (US; a time is required: a bare 1/2/19 is too often something else)
        "month-day-short-year",
        re.compile(rf"(?<![\d./-])(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<yy>\d{{2}})(?![\d/]){_TIME}"),
        short=True,
        needs_time=True,
        marks="/",
    ),
    _Format(  # 7:07 PM EST Nov 19, 2019; 3:27 am PST, Wednesday, November 20, 2019; 00:01, Tue, Nov 19, 2019
        "time-monthname-day-year",
        re.compile(
            r"(?<![\d:])(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*" + _AMPM_AFTER + r"?(?:\s*" + _ZONE + r")?,?\s+"
            rf"(?:[^\W\d_]{{3,9}},?\s+)?{_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_FOUR_DIGIT_YEAR}(?!\d)"
        ),
        marks=":.",
        named=True,
    ),
    _Format(  # 0339 GMT (1139 HKT) November 19, 2019 (CNN: the hour and minute as four digits before a zone word)
        "zoned-digits-monthname-day-year",
        re.compile(
            rf"(?<![\d:.])(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)\s?{_ZONE}(?![A-Za-z])"
            rf"(?:\s?\(\d{{4}}\s?[A-Z]{{2,5}}\))?,?\s+{_MONTH_WORD}\s+(?P<d>\d{{1,2}}),?\s+{_FOUR_DIGIT_YEAR}(?!\d)"
        ),
        named=True,
    ),
    _Format(  # 19 Nov 2019, 25. September 2018, 22 de outubro de 2010 às 20:13, 1er mai 2019 à 10h15
        "day-monthname-year",
        re.compile(
            rf"(?<![\d.])(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?{_MONTH_WORD},?\s+(?:de\s+|del\s+)?{_FOUR_DIGIT_YEAR}"
            rf"(?!\d){_TIME}"
        ),
        named=True,
    ),
    _Format(  # November 20  15:23 2019 (a calendar block: month and day, then the time and the year under them)
        "monthname-day-time-year",
        re.compile(
            rf"\b{_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_DATE_TIME_GAP}{_CLOCK}"
            rf"(?:(?<=\s)|\s){_FOUR_DIGIT_YEAR}(?!\d)"
        ),
        marks=":",
        named=True,
    ),
    _Format(  # Nov. 19, 2019 5:50 PM, Monday, November 18th, 2019 at 11:08 a.m.
        "monthname-day-year",
        re.compile(rf"\b{_MONTH_WORD}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_FOUR_DIGIT_YEAR}(?!\d){_TIME}"),
        named=True,
    ),
    _Format(  # 19.11.19 14:05; "von Name, 8.5.12" (European bylines: day, month, two-digit year; a one-digit
        # day or month only after a byline's comma, where a version number such as "Python 3.6.10" never stands)
        "day-month-short-year",
        re.compile(
            rf"(?<![\w.,/-])(?:(?<=, )|(?=\d{{2}}\.\d{{2}}\.))"
            rf"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<yy>\d{{2}})(?![\d.]){_TIME}"
        ),
        short=True,
        marks=".",
    ),
    _Format(  # 18-03-08 23:16 (a two-digit year on an info line)
        "short-year-month-day",
        re.compile(rf"(?<![\d./-])(?P<yy>\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?![\d./-]){_TIME}"),
        short=True,
        marks="-",
    ),
    _Format(  # 10-08 12:00, 09/07 19:02, 5月22日 (the year from the page's structured date)
        "month-day",
        re.compile(rf"(?<![\d./-])(?P<m>\d{{1,2}})(?:[-/]|月)(?P<d>\d{{1,2}})日?(?![\d./-]){_TIME}"),
        order="md",
        short=True,
        marks="-/月",
    ),
    _Format(  # Posted Nov 19, 6:51 AM (the year from the page's structured date)
        "monthname-day",
        re.compile(rf"\b{_MONTH_WORD}\s+(?P<d>\d{{1,2}}),?\s+{_CLOCK}"),
        order="md",
        short=True,
        needs_time=True,
        marks=_HOUR_MINUTE_MARKS,
        named=True,
    ),
    _Format(  # Posted on Apr 3 (DEV, Forem: a date label, then a month name and day; the year from the structured date)
        "labelled-monthname-day",
        # (no time follows: every format has an hour group, here one that never matches)
        re.compile(rf"\b{_MONTH_WORD}\s{{1,3}}(?P<d>\d{{1,2}})(?![\d:]|,?\s{{0,2}}\d)(?P<H>(?!))?"),
        order="md",
        short=True,
        named=True,
    ),
    _Format(  # Apr 29 on a line of its own: a post of the current year (Wix, Medium; the year from the structured date)
        "monthname-day-alone",
        re.compile(rf"\A\W{{0,3}}{_MONTH_WORD}\s{{1,3}}(?P<d>\d{{1,2}}){_TIME}\W{{0,3}}\Z"),
        order="md",
        short=True,
        named=True,
        alone=True,
    ),
    _Format(  # Today 12:01 AM, 昨天 18:30 (the day from a reference date)
        "relative-day",
        re.compile(rf"(?P<rel>(?i:today|yesterday)|今天|今日|昨天|昨日|前天)\s*,?\s*{_CLOCK}"),
        order="relative",
        short=True,
        needs_time=True,
    ),
)

DIGIT = re.compile(r"\d")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3}")
_LABEL_BEFORE = re.compile(DATE_LABEL + r"\s*(?:[:：]\s*)?$", re.I)
#: A line that opens with a date label and its colon (``发布日期：2019-09-23 14:34:05``, ``Published: …``).
LABELLED_DATE_LINE = re.compile(rf"{DATE_LABEL}\s*[:：]", re.I)
#: How long a labelled date line may be: the label, the date and a field or two (``所属分类：头条``).
MAX_LABELLED_DATE_LINE = 60
_RFC_2822_START = re.compile(r"^[A-Za-z]{3},")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_MACHINE_HYPHEN_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{2}:\d{2})")
#: Lines longer than this are prose: two-digit and year-less dates are not read from them.
_MAX_SHORT_FORM_LINE = 120
#: Matches of one date form read from one text: an info line prints a date or two; a text of thousands of
#: dates is a table or a list, and reading them all would cost memory in proportion.
_MAX_MATCHES = 64


class FoundDate(NamedTuple):
    """A date printed in a line: the value, where it stands, and whether a time of day came with it."""

    value: datetime
    start: int
    end: int
    has_time: bool

    @property
    def printed(self) -> datetime | date:
        """The value with the precision printed: a `date` when the line shows only a day."""
        return self.value if self.has_time else self.value.date()


def parse_date(value: str, *, now: datetime | None = None) -> datetime | None:
    """Parse a machine-readable value (meta content, JSON-LD, ``datetime=``, a JS variable)."""
    value = value.strip()
    if not value:
        return None
    if _EPOCH.match(value):
        return _plausible(datetime.fromtimestamp(int(value[:10]), _CHINA), now)
    iso = _MACHINE_HYPHEN_TIME.sub(r"\1 \2", value) if value[10:11] == "-" else value  # (a cheap test first)
    iso = iso[:-1] + "+00:00" if iso.endswith("Z") else iso
    try:
        return _plausible(datetime.fromisoformat(iso), now)
    except ValueError:
        pass
    if _RFC_2822_START.match(value):
        try:
            return _plausible(parsedate_to_datetime(value), now)
        except (TypeError, ValueError):
            pass
    found = find_dates(value, now=now)
    return found[0].value if found else None


def find_dates(
    text: str, *, default_year: int | None = None, reference: date | None = None, now: datetime | None = None
) -> list[FoundDate]:
    """Every plausible date printed in `text`, in reading order (of each form, the first `_MAX_MATCHES`).

    Two-digit and missing years are read only when the line is short enough to be an info line;
    a missing year is taken from `default_year` (a structured date of the same page), never guessed,
    and only for a date with a time or a label (``发布时间：10-08``) — a dateline's ``5月9日电`` is not one.
    A relative day (``Today 12:01 AM``) is read only against a `reference` day.
    """
    if DIGIT.search(text) is None:
        return []  # every date format holds a digit: most lines of text hold none
    results: list[FoundDate] = []
    starts: list[int] = []  # of the dates found, in order: they never overlap, so their ends are in order too
    ends: list[int] = []

    def add(match: re.Match[str], year: int, month: int, day: int) -> None:
        before = bisect_left(starts, match.end())  # the last date found that starts before this one ends …
        if before and ends[before - 1] > match.start():  # … overlaps it if it ends after this one starts
            return
        value = _build(year, month, day, match)
        value = _plausible(value, now) if value else None
        if value:
            results.append(FoundDate(value, match.start(), match.end(), match["H"] is not None))
            starts.insert(before, match.start())
            ends.insert(before, match.end())

    has_year = "19" in text or "20" in text  # a four-digit year: most formats need one
    short = len(text) <= _MAX_SHORT_FORM_LINE
    words: bool | None = None  # whether the text holds a Latin word (a month name), tested when first needed
    for form in _READABLE[short, has_year, bool(default_year), reference is not None]:
        if form.marks and not any(map(text.__contains__, form.marks)):
            continue
        if form.named:
            words = _LATIN_WORD.search(text) is not None if words is None else words
            if not words:
                continue
        for match in islice(form.pattern.finditer(text), _MAX_MATCHES):
            if form.needs_time and match["H"] is None:
                continue
            ymd = _year_month_day(form, match, default_year, reference, text)
            if ymd is not None:
                add(match, *ymd)
    return sorted(results, key=lambda found: found.start)


def _readable(form: _Format, short: bool, has_year: bool, default_year: bool, reference: bool) -> bool:
    """Whether `form` can be read from a text that is `short` (an info line's length), holds `has_year` (``19``
    or ``20``), with a `default_year` and a `reference` day given: the tests of `find_dates` that look at no
    more of the text."""
    if form.short and not short:
        return False
    if form.order in ("ymd", "numeric") and "yy" not in form.pattern.groupindex and not has_year:
        return False
    return (form.order != "md" or default_year) and (form.order != "relative" or reference)


#: The formats `_readable` under each combination of its four tests, in grammar order: each call of
#: `find_dates` picks its list instead of testing every format.
_READABLE = {
    tests: tuple(form for form in FORMATS if _readable(form, *tests)) for tests in product((False, True), repeat=4)
}


def _year_month_day(
    form: _Format, match: re.Match[str], default_year: int | None, reference: date | None, text: str
) -> tuple[int, int, int] | None:
    """The year, month and day a match of `form` prints (None when it names no month or misses a needed year)."""
    groups = match.groupdict()
    if form.order == "relative":
        assert reference is not None
        day = reference - timedelta(days=RELATIVE_DAYS[groups["rel"].lower()])
        return day.year, day.month, day.day
    if groups.get("mon") is not None:
        month = _MONTHS.get(groups["mon"].lower())
        if month is None:
            return None
    elif form.order == "numeric":
        first, second = int(groups["a"]), int(groups["b"])
        day_first = groups["sep"] != "/" or first > 12  # 20.05.2024; 11/20/2019 is US, month first
        if day_first and second > 12 >= first:
            day_first = False  # 11.14.2019: only the month can come first
        month, day = (second, first) if day_first else (first, second)
        return int(groups["y"]), month, day
    else:
        month = int(groups["m"])
    day = int(groups["d"])
    if groups.get("y"):
        return int(groups["y"]), month, day
    if groups.get("yy"):
        return 2000 + int(groups["yy"]), month, day
    if default_year and (match["H"] is not None or form.alone or _LABEL_BEFORE.search(text[: match.start()])):
        return default_year, month, day
    return None


def agrees(visible: FoundDate, structured: datetime) -> bool:
    """Whether a structured date says the same as the printed one, to the precision printed.

    Compared on the wall clock, since the printed time is in the page's own zone, give or take the
    minute a page rounds to (``6:02 AM`` for ``06:01:44``); a structured time given in another zone
    (UTC) agrees when it is the same instant (`wall_offset`, or both zones stated).
    """
    wall = structured.replace(tzinfo=None)
    printed = visible.value.replace(tzinfo=None)
    if not visible.has_time:
        return wall.date() == printed.date()
    if abs(wall.replace(second=0, microsecond=0) - printed.replace(second=0)) <= _ROUNDING:
        return True
    if visible.value.tzinfo is not None and structured.tzinfo is not None:  # ``11.02 BST`` and ``10:02Z``
        return abs(structured.replace(second=0, microsecond=0) - visible.value.replace(second=0)) <= _ROUNDING
    return wall_offset(visible, structured) is not None


def wall_offset(visible: FoundDate, structured: datetime) -> timezone | None:
    """The zone in which a printed time without a zone is the structured instant, if there is one.

    ``Nov. 19, 2019 5:50 PM`` and ``2019-11-20T01:50:59Z`` are the same instant on a clock at UTC−8:
    the difference is one of the offsets clocks use (give or take a rounded minute).
    """
    if not visible.has_time or visible.value.tzinfo is not None or structured.tzinfo is None:
        return None
    instant = structured.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    difference = visible.value.replace(second=0) - instant
    offset = _OFFSET_STEP * round(difference / _OFFSET_STEP)
    if offset not in _OFFSETS or abs(difference - offset) > _ROUNDING:
        return None
    return timezone(offset)


def _build(year: int, month: int, day: int, match: re.Match[str]) -> datetime | None:
    parts = match.groupdict()
    hour = parts.get("H")
    try:
        value = datetime(year, month, day)
        if hour is None:
            return value
        h = int(hour)
        ampm = (parts.get("ampm1") or parts.get("ampm2") or "").lower().replace(".", "")
        if ampm in _AFTERNOON and h < 12:
            h += 12
        elif ampm in _MORNING and h == 12:
            h = 0
        value = value.replace(hour=h, minute=int(parts["M"]), second=int(parts.get("S") or 0))
    except ValueError:
        return None
    zone = parts.get("tz") or parts.get("tzb")
    offset = _zone(zone) if zone else None
    return value.replace(tzinfo=offset) if offset else value


#: The sign, hours and minutes of an offset `_ZONE` read (``+0800``, ``+08:00``, ``GMT+8``).
_OFFSET_PARTS = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?")


def _zone(text: str) -> timezone | None:
    """The offset a zone word, ``+08:00`` or ``GMT+8`` states (None for words without one, like ``ET``)."""
    text = text.strip("（()）")
    word = ZONE_OFFSETS.get(text.upper(), ZONE_OFFSETS.get(text, "offset"))
    if word is None:
        return None
    if word != "offset":
        return timezone(timedelta(hours=float(word)))
    sign, hours, minutes = _OFFSET_PARTS.fullmatch(text).groups()  # type: ignore[union-attr]
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-offset if sign == "-" else offset)


def _plausible(value: datetime, now: datetime | None) -> datetime | None:
    """No dates before the web news era, none in the future (a day of slack for time zones)."""
    reference = now or datetime.now(timezone.utc).replace(tzinfo=None)
    naive = value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    if naive.year < _EARLIEST_YEAR or naive > reference + timedelta(days=1):
        return None
    return value


MAX_DATE_LINE = 100
_MAX_DATE_LINE_WORDS = 3
#: The grammar's time of day, not inside a longer number: a time printed with or without its date.
_TIME_OF_DAY = re.compile(rf"(?<![\d:]){_CLOCK}")
#: A line that prints a time of day and nothing else (``5:50 PM``, ``(10:02 BST)``): a date's time in an element of
#: its own.
_CLOCK_ONLY = re.compile(rf"\W{{0,3}}{_CLOCK}(?:(?:(?<=\s)|\s){_YEAR})?\W{{0,3}}")
#: Digits around an hour-minute mark: a cheap test before the grammar, for texts in which only a time is wanted
#: (it misses the point of ``11.02 BST``, as those callers do).
TIME_MARK = re.compile(rf"\d\s*[{_HOUR_MINUTE_MARKS}]\s*\d")
#: The shape of a numeric day-month-year (`_NUMERIC_DAY_MONTH`) with a two-digit year too, and whatever its
#: numbers: what a line of dates prints where the grammar cannot place a year (``20.05.24``) or a day.
_NUMERIC_DATE_SHAPE = re.compile(rf"\b{_NUMERIC_DAY_MONTH}(?:{_YEAR}|\d{{2}})\b")
_WORD = re.compile(rf"[{CJK_SCRIPTS}]|[^\W\d_{CJK_SCRIPTS}]+")  # one CJK character is one word
#: What a date-only line holds besides its dates: numbers, the grammar's words (am/pm, zone words, English month
#: and weekday names, relative days) and the labels around them; a three-letter word ending in ``st`` or ``dt``
#: is a zone too, one the grammar has no offset for among them (``2:26 PM HST``).
_DATE_LINE_WORDS = re.compile(
    r"\d+(?:[:./-]\d+)*|\b(?:[ap]\.?m\.?|[a-z][sd]t|"
    + phrases(
        (name for names in (*MONTH_NAMES["en"], *WEEKDAY_NAMES["en"]) for name in names.split("|")),
        (zone for zone in ZONE_OFFSETS if zone.isascii()),
        (day for day in RELATIVE_DAYS if day.isascii()),
        DATE_LINE_LABELS,
    )
    + rf")\b\.?|{DATE_LABEL}|{UPDATE_LABEL.pattern}",
    re.I,
)


def same_day(printed: FoundDate, structured: datetime) -> bool:
    """Whether a structured date falls on the printed day, on the printed clock when it states its zone."""
    zone = printed.value.tzinfo
    day = structured.astimezone(zone).date() if zone is not None and structured.tzinfo else structured.date()
    return day == printed.value.date()


def prints_time(text: str) -> bool:
    """Whether a time of day is printed in `text` (``4:45 PM``, ``11:30``, ``8時37分``), with or without a date."""
    return _TIME_OF_DAY.search(text) is not None


def is_clock_line(line: str) -> bool:
    """Whether a line prints a time of day and nothing else (``5:50 PM`` under ``Nov. 19, 2019``), or only the
    year after it (a calendar block's ``15:23 2019`` under ``November 20``)."""
    return _CLOCK_ONLY.fullmatch(line) is not None


#: A day of a month without its year: what an AP-style dateline may print where the wire's name goes
#: (``WASHINGTON (Aug. 13) --``).
_MONTH_NAME = "|".join(map(re.escape, _MONTHS))
_MONTH_AND_DAY = re.compile(rf"(?:{_MONTH_NAME})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:{_MONTH_NAME})\.?", re.I)


def is_month_and_day(text: str) -> bool:
    """Whether `text` is a month's day and nothing else (``Aug. 13``, ``13 août``)."""
    return _MONTH_AND_DAY.fullmatch(text) is not None


def prints_date(line: str) -> bool:
    """Whether a line prints a date: one the grammar reads, or numbers in a date's shape it cannot place."""
    return bool(find_dates(line)) or _NUMERIC_DATE_SHAPE.search(line) is not None


def is_date_line(line: str, *, clock: bool = True) -> bool:
    """A line that is a date or time with at most a few other words (``Associated Press Nov. 19, 2019, 9:02 AM``,
    ``Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM``, ``GİRİŞ 20.05.2024 09:13``)."""
    if len(line) > MAX_DATE_LINE or DIGIT.search(line) is None:
        return False
    rest = READING_TIME.sub(" ", line)
    dated = rest != line  # a reading time is printed only beside the story's date (``5 min read``)
    rest = IP_LOCATION.sub(" ", rest)
    for found in reversed(find_dates(rest)):
        rest, dated = rest[: found.start] + " " + rest[found.end :], True
    if not (dated or _NUMERIC_DATE_SHAPE.search(line) or (clock and prints_time(line))):
        return False
    return len(_WORD.findall(_DATE_LINE_WORDS.sub(" ", rest))) <= _MAX_DATE_LINE_WORDS
