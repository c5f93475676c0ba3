"""Publication times: parse the formats pages print, keep the time of day, reject impossible values.

Time-zone rule: a time comes back tz-aware only when the page states its zone — an ISO 8601 offset
or ``Z`` in markup, an RFC 2822 date, a zone word printed next to the time (``UTC``, ``GMT``,
``EST``, ``北京时间``), or a Unix epoch (an absolute instant, shown in UTC+8 as Chinese pages mean
it). Times printed without a zone — almost every Chinese portal — come back naive, exactly as
printed: calling them UTC+8 would be a guess presented as fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import NamedTuple

from ..lexicon import DATE_LABEL

_EARLIEST_YEAR = 1990
_CHINA = timezone(timedelta(hours=8), "UTC+08:00")
_ZONES = {
    "Z": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
    "BST": 1, "CET": 1, "CEST": 2, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "北京时间": 8,
}
_ZONE = r"(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|EST|EDT|PST|PDT|MST|MDT|BST|CET|CEST|JST|KST|HKT|SGT|[（(]?北京时间[)）]?)"
_TIME = (
    r"(?:\s*(?:[T\s,]|-(?=\d{1,2}:))?\s*(?:(?P<ampm1>上午|下午|晚上|早上|凌晨|中午)\s*)?"
    r"(?P<H>\d{1,2})\s*(?:[:：]|时(?=\d))\s*(?P<M>\d{2})(?:\s*(?:[:：]|分(?=\d))\s*(?P<S>\d{2}))?(?:\.\d+)?\s*"
    r"(?P<ampm2>[AaPp]\.?[Mm]\.?(?![A-Za-z]))?(?:\s*" + _ZONE + r"(?![A-Za-z]))?)?"
)
_FULL_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*(?:[-/.月]|\s)\s*(?P<d>\d{1,2})(?![\d.])\s*日?"
    + _TIME
)
_SHORT_YEAR_DATE = re.compile(r"(?<![\d./-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d./-])" + _TIME)
_YEARLESS_DATE = re.compile(r"(?<![\d./-])(?P<m>\d{1,2})(?:[-/]|月)(?P<d>\d{1,2})日?(?![\d./-])" + _TIME)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ENGLISH_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|{_MONTH.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}}))"
    + _TIME.replace("?P<", "?P<e_").replace(r"(?:\s*(?:[T\s,]", r"(?:\s*(?:[T\s,]|\s*(?:at|-|–|\|)\s*"),
    re.I,
)
_DIGIT = re.compile(r"\d")
#: Parts of the month names that case-insensitive matching cannot reach through a non-ASCII letter (``i``,
#: ``k`` and ``s`` also match ``ı``/``İ``, ``K`` and ``ſ``): one of them is in the lower-cased text of any match.
_MONTH_PARTS = {max(re.split("[iks]", name), key=len) for name in _MONTHS}
_MONTH_NEEDLES = frozenset(part for part in _MONTH_PARTS if not any(other in part for other in _MONTH_PARTS - {part}))
_LABEL_BEFORE = re.compile(DATE_LABEL + r"\s*(?:[:：]\s*)?$", re.I)
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


def find_dates(text: str, *, default_year: int | None = None, now: datetime | None = None) -> list[FoundDate]:
    """Every plausible date printed in `text`, in reading order (of each form, the first `_MAX_MATCHES`).

    Two-digit and missing years are read only when the line is short enough to be an info line;
    a missing year is taken from `default_year` (a structured date of the same page), never guessed,
    and only for a date with a time or a label (``发布时间：10-08``) — a dateline's ``5月9日电`` is not one.
    """
    if _DIGIT.search(text) is None:
        return []  # every date format holds a digit: most lines of text hold none
    results: list[FoundDate] = []
    starts: list[int] = []  # of the dates found, in order: they never overlap, so their ends are in order too
    ends: list[int] = []

    def add(match: re.Match[str], year: int, month: int, day: int, prefix: str = "") -> None:
        before = bisect_left(starts, match.end())  # the last date found that starts before this one ends …
        if before and ends[before - 1] > match.start():  # … overlaps it if it ends after this one starts
            return
        value = _build(year, month, day, match, prefix)
        value = _plausible(value, now) if value else None
        if value:
            results.append(FoundDate(value, match.start(), match.end(), match.group(prefix + "H") is not None))
            starts.insert(before, match.start())
            ends.insert(before, match.end())

    if "19" in text or "20" in text:  # a four-digit year: the full and the English forms need one
        for match in islice(_FULL_DATE.finditer(text), _MAX_MATCHES):
            add(match, int(match["y"]), int(match["m"]), int(match["d"]))
        if _may_name_a_month(text):
            for match in islice(_ENGLISH_DATE.finditer(text), _MAX_MATCHES):
                month = _MONTHS[(match["mon"] or match["mon2"]).lower().rstrip(".")]
                add(match, int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]), prefix="e_")
    if len(text) <= _MAX_SHORT_FORM_LINE:
        if "-" in text:  # (both short forms need a separator; tested first, as they are rare)
            for match in _SHORT_YEAR_DATE.finditer(text):
                add(match, 2000 + int(match["y"]), int(match["m"]), int(match["d"]))
        if default_year and ("-" in text or "/" in text or "月" in text):
            for match in _YEARLESS_DATE.finditer(text):
                if match["H"] is not None or _LABEL_BEFORE.search(text[: match.start()]):
                    add(match, default_year, int(match["m"]), int(match["d"]))
    return sorted(results, key=lambda found: found.start)


def _may_name_a_month(text: str) -> bool:
    """A cheap necessary condition for `_ENGLISH_DATE`: part of a month name in the text."""
    lowered = text.lower()
    return any(needle in lowered for needle in _MONTH_NEEDLES)


def agrees(visible: FoundDate, structured: datetime) -> bool:
    """Whether a structured date says the same as the printed one, to the precision printed.

    Compared on the wall clock, since the printed time is in the page's own zone.
    """
    wall = structured.replace(tzinfo=None)
    printed = visible.value.replace(tzinfo=None)
    if wall.date() != printed.date():
        return False
    return not visible.has_time or (wall.hour, wall.minute) == (printed.hour, printed.minute)


def _build(year: int, month: int, day: int, match: re.Match[str], prefix: str) -> datetime | None:
    hour = match.group(prefix + "H")
    try:
        value = datetime(year, month, day)
        if hour is None:
            return value
        h = int(hour)
        ampm = (match.group(prefix + "ampm1") or match.group(prefix + "ampm2") or "").lower().replace(".", "")
        if ampm in ("pm", "下午", "晚上") and h < 12:
            h += 12
        elif ampm in ("am", "凌晨", "早上") and h == 12:
            h = 0
        value = value.replace(hour=h, minute=int(match.group(prefix + "M")), second=int(match.group(prefix + "S") or 0))
    except ValueError:
        return None
    zone = match.group(prefix + "tz")
    return value.replace(tzinfo=_zone(zone)) if zone else value


def _zone(text: str) -> timezone:
    text = text.strip("（()）")
    if text.upper() in _ZONES or text in _ZONES:
        return timezone(timedelta(hours=_ZONES.get(text.upper(), _ZONES.get(text, 0))))
    sign = -1 if text.startswith("-") else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _plausible(value: datetime, now: datetime | None) -> datetime | None:
    """No dates before the web news era, none in the future (a day of slack for time zones)."""
    reference = now or datetime.now(timezone.utc).replace(tzinfo=None)
    naive = value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    if naive.year < _EARLIEST_YEAR or naive > reference + timedelta(days=1):
        return None
    return value
