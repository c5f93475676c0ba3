"""Publication times: parse the formats pages print, keep the time of day, reject impossible values.

Times a page states with a zone (ISO 8601 offsets, ``Z``, RFC 2822) come back tz-aware. Times a
page prints without a zone — almost every Chinese portal, whose times mean UTC+8 — come back naive,
exactly as printed: converting them would be a guess presented as fact.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

_EARLIEST_YEAR = 1990
_TIME = r"(?:\s*(?:[T\s,]|-(?=\d{1,2}:))?\s*(?:(?P<ampm1>上午|下午|晚上|早上|凌晨|中午)\s*)?(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\.\d+)?\s*(?P<ampm2>[AaPp]\.?[Mm]\.?)?(?:\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?"
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*(?:[-/.月]|\s)\s*(?P<d>\d{1,2})(?!\d)\s*日?" + _TIME
)
_SHORT_YEAR_DATE = re.compile(r"(?<![\d-])(?P<y>\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])" + _TIME)
_YEARLESS_DATE = re.compile(r"(?<![\d-])(?P<m>\d{1,2})(?:-|月)(?P<d>\d{1,2})日?(?![\d-])" + _TIME)
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
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|{_MONTH.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}}))"
    + _TIME.replace("?P<", "?P<e_"),
    re.I,
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def parse_date(value: str, *, now: datetime | None = None) -> datetime | None:
    """Parse a date from a machine-readable value (meta content, JSON-LD, ``datetime=``, a JS variable)."""
    value = value.strip()
    if not value:
        return None
    if _EPOCH.match(value):
        seconds = int(value[:10])
        return _plausible(datetime.fromtimestamp(seconds, timezone(timedelta(hours=8))).replace(tzinfo=None), now)
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        return _plausible(datetime.fromisoformat(iso), now)
    except ValueError:
        pass
    if re.match(r"^[A-Za-z]{3},", value):
        try:
            return _plausible(parsedate_to_datetime(value), now)
        except (TypeError, ValueError):
            pass
    found = find_dates(value, now=now)
    return found[0][0] if found else None


def find_dates(
    text: str, *, default_year: int | None = None, now: datetime | None = None
) -> list[tuple[datetime, int, int, bool]]:
    """Every plausible date printed in `text`: (value, start, end, has_time), in reading order.

    Two-digit and missing years are read only when the line is short enough to be an info line;
    a missing year is taken from `default_year` (e.g. a structured date on the same page).
    """
    results: list[tuple[datetime, int, int, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], year: int, month: int, day: int, prefix: str = "") -> None:
        if any(start < match.end() and match.start() < end for start, end in taken):
            return
        value = _build(year, month, day, match, prefix)
        value = _plausible(value, now) if value else None
        if value:
            has_time = match.group(prefix + "H") is not None
            results.append((value, match.start(), match.end(), has_time))
            taken.append((match.start(), match.end()))

    for match in _FULL_DATE.finditer(text):
        add(match, int(match["y"]), int(match["m"]), int(match["d"]))
    for match in _ENGLISH_DATE.finditer(text):
        month = _MONTHS[(match["mon"] or match["mon2"]).lower()]
        day = int(match["d1"] or match["d2"])
        add(match, int(match["y1"] or match["y2"]), month, day, prefix="e_")
    if len(text) <= 120:
        for match in _SHORT_YEAR_DATE.finditer(text):
            add(match, 2000 + int(match["y"]), int(match["m"]), int(match["d"]))
        if default_year:
            for match in _YEARLESS_DATE.finditer(text):
                if match["H"] is not None or "月" in match.group(0):
                    add(match, default_year, int(match["m"]), int(match["d"]))
    results.sort(key=lambda item: item[1])
    return results


def _build(year: int, month: int, day: int, match: re.Match[str], prefix: str) -> datetime | None:
    hour = match.group(prefix + "H")
    minute = match.group(prefix + "M")
    second = match.group(prefix + "S")
    try:
        value = datetime(year, month, day)
        if hour is not None:
            h = int(hour)
            ampm = (match.group(prefix + "ampm1") or match.group(prefix + "ampm2") or "").lower().replace(".", "")
            if ampm in ("pm", "下午", "晚上") and h < 12:
                h += 12
            elif ampm in ("am", "凌晨", "早上") and h == 12:
                h = 0
            value = value.replace(hour=h, minute=int(minute), second=int(second or 0))
            zone = match.group(prefix + "tz")
            if zone:
                value = value.replace(tzinfo=_zone(zone))
    except ValueError:
        return None
    return value


def _zone(text: str) -> timezone:
    if text.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
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
