"""Publication dates: real date lines (zh-conventions.md, tests/pages) → the first date they print."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from articlextract.metadata.dates import (
    FoundDate,
    agrees,
    find_dates,
    is_clock_line,
    is_date_line,
    parse_date,
    prints_date,
    prints_time,
)

EST = timezone(timedelta(hours=-5))
CHINA = timezone(timedelta(hours=8))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc
BST = timezone(timedelta(hours=1))

LINES = [
    ("2019-09-07 13:43:45　来源: 证券市场红周刊", datetime(2019, 9, 7, 13, 43, 45)),
    ("2019年11月25日 18:57", datetime(2019, 11, 25, 18, 57)),
    ("2019年09月09日 18:13:22", datetime(2019, 9, 9, 18, 13, 22)),
    ("2019年11月25日 16:04:30", datetime(2019, 11, 25, 16, 4, 30)),
    ("2019年06月15日08:18 来源：人民网-文化频道", datetime(2019, 6, 15, 8, 18)),
    ("2019年09月11日01:53 新浪科技", datetime(2019, 9, 11, 1, 53)),
    ("2019年9月26日 15:10 来源：天天基金网", datetime(2019, 9, 26, 15, 10)),
    ("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", datetime(2019, 8, 13, 14, 7)),
    ("2019-09-26 12:11来源：证券时报网作者：李在山", datetime(2019, 9, 26, 12, 11)),
    ("发布时间：2019-05-18 来源：中国地理学会", datetime(2019, 5, 18)),
    ("发布日期: 2012-06-24", datetime(2012, 6, 24)),
    ("发布日期：2016-11-22 浏览次数： 信息来源：省发改委", datetime(2016, 11, 22)),
    ("来源: | 发布时间: 2018-05-17 | 浏览次数: 2168", datetime(2018, 5, 17)),
    ("时间：2019-09-25 作者：网络整理", datetime(2019, 9, 25)),
    ("发表于2014-08-24 21:30", datetime(2014, 8, 24, 21, 30)),
    ("时间：2019年10月31日 23:00", datetime(2019, 10, 31, 23, 0)),
    ("发布时间：18-03-08  23:16", datetime(2018, 3, 8, 23, 16)),
    ("2019  09/07  19:02", datetime(2019, 9, 7, 19, 2)),
    ("发布日期：2019-09-23 14:34:05 所属分类： 头条", datetime(2019, 9, 23, 14, 34, 5)),
    ("版权声明 来源：当代商报 时间：2019-09-23 14:34:05 作者：", datetime(2019, 9, 23, 14, 34, 5)),
    ("发布日期：2019-03-06 责任编辑：龙慧", datetime(2019, 3, 6)),
    ("2019-09-07 15:02:11  最后更新: 2019-09-07 15:14:21", datetime(2019, 9, 7, 15, 2, 11)),
    ("2024-05-15 08:58:52来源：新华网", datetime(2024, 5, 15, 8, 58, 52)),
    ("2024  05/09  22:27:02", datetime(2024, 5, 9, 22, 27, 2)),
    ("发稿时间：2024-05-13 06:03:00 来源： 中国青年报", datetime(2024, 5, 13, 6, 3)),
    ("时间：2024.05.11 来源：光明日报 作者：南帆 分享到：", datetime(2024, 5, 11)),
    ("来源：人民日报2024-05-13 08:49", datetime(2024, 5, 13, 8, 49)),
    ("2022-06-02 09:52:19政能亮 来自北京市", datetime(2022, 6, 2, 9, 52, 19)),
    ("本文来源于北京商报 2024-05-20 09:47:48", datetime(2024, 5, 20, 9, 47, 48)),
    ("2021-01-20 04:29:4439健康网", datetime(2021, 1, 20, 4, 29, 44)),
    ("作者：涅阳城 2020年01月12日18:32 浏览：272", datetime(2020, 1, 12, 18, 32)),
    ("来源:济宁晚报 2015-08-09 07:19\u00a0\u00a0 https://www.yybnet.net/", datetime(2015, 8, 9, 7, 19)),
    ("2024年05月10日06:58 | 来源：人民网－人民日报", datetime(2024, 5, 10, 6, 58)),
    ("2024-05-20 14:33·新华社", datetime(2024, 5, 20, 14, 33)),
    ("2024-05-13 06:16发布于北京经济日报官方账号", datetime(2024, 5, 13, 6, 16)),
    ("原创：39健康网2024-04-23 12:27:25", datetime(2024, 4, 23, 12, 27, 25)),
    ("2019年9月26日 下午3:05", datetime(2019, 9, 26, 15, 5)),
    ("2015年08月09日 07时19分", datetime(2015, 8, 9, 7, 19)),
    ("Published November 19, 2019 6:56 pm EST", datetime(2019, 11, 19, 18, 56, tzinfo=EST)),
    ("Updated Nov 13, 2019, 10:28am EST", datetime(2019, 11, 13, 10, 28, tzinfo=EST)),
    ("20 November 2019 08:05 GMT", datetime(2019, 11, 20, 8, 5, tzinfo=timezone.utc)),
    # an offset after the zone word (Reuters prints the reader's zone so)
    ("May 20, 2024 6:05 AM GMT+8", datetime(2024, 5, 20, 6, 5, tzinfo=CHINA)),
    ("20 May 2024 14:30 UTC-05:00", datetime(2024, 5, 20, 14, 30, tzinfo=EST)),
    ("May 20, 2024 6:05 PM GMT+5:30", datetime(2024, 5, 20, 18, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))),
    ("2019-09-07 13:43 北京时间", datetime(2019, 9, 7, 13, 43, tzinfo=CHINA)),
    # a zone that Chinese pages name before the time (BBC Chinese, portals' 北京时间)
    ("2024年5月22日 北京时间 10:41", datetime(2024, 5, 22, 10, 41, tzinfo=CHINA)),
    ("更新时间 2012年12月10日, 格林尼治标准时间10:41", datetime(2012, 12, 10, 10, 41, tzinfo=timezone.utc)),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", datetime(2019, 11, 19, 6, 56, tzinfo=EST)),
    ("2024年5月22日 8時37分", datetime(2024, 5, 22, 8, 37)),
    ("2024年5月13日 9時0分", datetime(2024, 5, 13, 9, 0)),
    ("香港電台-財經2024年5月22日週三 上午8:21", datetime(2024, 5, 22, 8, 21)),
    ("2024年5月22日(水) 20:05", datetime(2024, 5, 22, 20, 5)),
    ("Dallas Robinson Nov 18, 2019 @17:19 PM", datetime(2019, 11, 18, 17, 19)),
    ("Published: Nov. 19, 2019, 6:18 p.m.", datetime(2019, 11, 19, 18, 18)),
    ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019", datetime(2019, 11, 19, 0, 1)),
    ("Columnists 21:17 18.11.2019", datetime(2019, 11, 18, 21, 17)),
    ("입력 2024. 5. 22. 08:37", datetime(2024, 5, 22, 8, 37)),
    ("2024년 5월 22일 오후 3:05", datetime(2024, 5, 22, 15, 5)),
    ("GİRİŞ 20.05.2024 09:13", datetime(2024, 5, 20, 9, 13)),
    ("Ideas 11.14.2019 09:00 AM", datetime(2019, 11, 14, 9, 0)),
    ("Von Moritz Bachmann publiziert am 25. September 2018", datetime(2018, 9, 25)),
    ("segunda-feira, 22 de outubro de 2010 às 20:13", datetime(2010, 10, 22, 20, 13)),
    ("publié le 3 mars 2019 à 10h15", datetime(2019, 3, 3, 10, 15)),
    ("19 de noviembre de 2019 a las 10:15", datetime(2019, 11, 19, 10, 15)),
    # more languages' month names and the word before the time
    ("18 Maggio 2024 alle 09:22", datetime(2024, 5, 18, 9, 22)),
    ("Gepubliceerd op 3 maart 2015 om 14:20", datetime(2015, 3, 3, 14, 20)),
    ("Opublikowano: 3 marca 2015 o 14:20", datetime(2015, 3, 3, 14, 20)),
    ("15 Kasım 2023 saat 09:30", datetime(2023, 11, 15, 9, 30)),
    ("Diperbarui 20 Mei 2024, 15:00 WIB", datetime(2024, 5, 20, 15, 0)),
    ("Monday, November 18th, 2019 at 11:08 a.m.", datetime(2019, 11, 18, 11, 8)),
    ("Published 7:07 PM EST Nov 19, 2019", datetime(2019, 11, 19, 19, 7, tzinfo=EST)),
    (
        "Updated 3:27 am PST, Wednesday, November 20, 2019",
        datetime(2019, 11, 20, 3, 27, tzinfo=PST),
    ),
    ("United States News November 19, 2019 / 12:21 AM / Updated 14 hours ago", datetime(2019, 11, 19, 0, 21)),
    ("November 18, 2019 | 4:10pm", datetime(2019, 11, 18, 16, 10)),
    ("Nov. 18, 2019 7:04 pm ET", datetime(2019, 11, 18, 19, 4)),
    ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019", datetime(2019, 11, 19, 20, 59)),
    # a point between hour and minute (British), read as a time before a zone word or am/pm
    ("First published on Sat 13 Jul 2024 11.02 BST", datetime(2024, 7, 13, 11, 2, tzinfo=BST)),
    ("July 4, 2024 4.30pm", datetime(2024, 7, 4, 16, 30)),
    ("13.07.2024 11.02 BST", datetime(2024, 7, 13, 11, 2, tzinfo=BST)),
    # German pages: a point before ``Uhr``, a middle dot between day and time
    ("19.11.2019, 09.13 Uhr", datetime(2019, 11, 19, 9, 13)),
    ("19.11.2019 · 09:13 Uhr", datetime(2019, 11, 19, 9, 13)),
    # European two-digit years: two-digit day and month, or any after a byline's comma
    ("von Klaus-Peter Schöppner, 8.5.12", datetime(2012, 5, 8)),
    ("19.11.19 14:05 Uhr", datetime(2019, 11, 19, 14, 5)),
    # CNN: the hour and minute as four digits before a zone word, the local time in brackets after it
    ("Updated 0339 GMT (1139 HKT) November 19, 2019", datetime(2019, 11, 19, 3, 39, tzinfo=timezone.utc)),
    ("1909 GMT November 18, 2019", datetime(2019, 11, 18, 19, 9, tzinfo=timezone.utc)),
    # a calendar block: month and day, then the time and the year
    ("November 20  15:23  2019", datetime(2019, 11, 20, 15, 23)),
    ("Nov 20, 3:23 PM 2019", datetime(2019, 11, 20, 15, 23)),
]

#: A bare ``H.MM`` is no time: a number or a day and month as often.
POINT_NUMBERS = ["Sat 13 Jul 2024 11.02", "Sat 13 Jul 2024 11.02 million", "Sat 13 Jul 2024 3.5 million"]


@pytest.mark.parametrize("line", POINT_NUMBERS)
def test_point_time_needs_zone_or_meridiem(line: str) -> None:
    found = find_dates(line)
    assert len(found) == 1 and found[0].value == datetime(2024, 7, 13) and not found[0].has_time


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_first_date_of_line(line: str, expected: datetime) -> None:
    found = find_dates(line)
    assert found and found[0].value == expected


YEARLESS = [
    ("发布时间：10-08  12:00", 2019, datetime(2019, 10, 8, 12, 0)),
    ("发布时间：10-08", 2019, datetime(2019, 10, 8)),
    ("09/07  19:02", 2019, datetime(2019, 9, 7, 19, 2)),
    ("新华社北京5月9日电 题：积极因素不断增多", 2024, None),  # a dateline, not a publication date
    ("发布时间：10-08  12:00", None, None),  # no structured year: never guessed
    ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", 2019, datetime(2019, 11, 19, 6, 55)),
    ("Chapter 19, 6:55", 2019, None),  # not a month
    ("Apr 29", 2024, datetime(2024, 4, 29)),  # a month and day alone on their line: Wix's current-year post date
    ("April 29", 2024, datetime(2024, 4, 29)),
    ("Apr 29", None, None),  # no structured year: never guessed
    ("Chapter 12", 2024, None),  # not a month
    ("Sales rose on Apr 29", 2024, None),  # in a sentence: no label, no time
    ("Posted on Apr 3 • Edited on Apr 5", 2024, datetime(2024, 4, 3)),  # after a date label (DEV, Forem)
    ("Published Apr 3", 2024, datetime(2024, 4, 3)),
    ("Edited on Apr 5", 2024, None),  # no date label
    ("Posted on May 20 2019", 2024, datetime(2019, 5, 20)),  # a printed year is the year
]


def test_relative_day_needs_a_reference_day() -> None:
    assert find_dates("Today 12:01 AM") == []
    (found,) = find_dates("Today 12:01 AM", reference=date(2019, 11, 20))
    assert found.value == datetime(2019, 11, 20, 0, 1)
    (found,) = find_dates("昨天 18:30", reference=date(2019, 11, 20))
    assert found.value == datetime(2019, 11, 19, 18, 30)


def test_printed_precision() -> None:
    assert find_dates("发布日期：2019-09-23")[0].printed == date(2019, 9, 23)
    assert find_dates("2019-09-23 14:34")[0].printed == datetime(2019, 9, 23, 14, 34)


@pytest.mark.parametrize(("line", "year", "expected"), YEARLESS)
def test_yearless_dates_take_the_structured_year(line: str, year: int | None, expected: datetime | None) -> None:
    found = find_dates(line, default_year=year)
    assert (found[0].value if found else None) == expected


REJECTED = [
    "Chapter 1/2/19 of the report",  # a US two-digit-year date is read only with its time
    "2099-01-01 10:00",  # future
    "1985-06-01 10:00",  # before the web
    "2019-02-30 10:00",  # no such day
    "阅读 2019 次",
    "Python 3.6.10 is now available",  # a version number, not a day with a two-digit year
    "Version 2.1.10 released",
    "v2.1.10",
]


@pytest.mark.parametrize("line", REJECTED)
def test_no_date(line: str) -> None:
    assert find_dates(line) == []


def test_seconds_and_time_flag() -> None:
    (found,) = find_dates("发布日期：2019-09-23")
    assert found.has_time is False
    (found,) = find_dates("2019-09-23 14:34:05")
    assert found.has_time and found.value.second == 5


MACHINE = [
    ("2019-11-19T06:56:43-05:00", datetime(2019, 11, 19, 6, 56, 43, tzinfo=EST)),
    ("2019-11-19T04:58:46Z", datetime(2019, 11, 19, 4, 58, 46, tzinfo=timezone.utc)),
    ("2024-05-16T17:02:38+08:00", datetime(2024, 5, 16, 17, 2, 38, tzinfo=CHINA)),
    ("2007-08-20-23:59:59", datetime(2007, 8, 20, 23, 59, 59)),
    ("2019-10-08 12:00:57", datetime(2019, 10, 8, 12, 0, 57)),
    ("2024-05-13", datetime(2024, 5, 13)),
    ("1581517074", datetime(2020, 2, 12, 22, 17, 54, tzinfo=CHINA)),
    ("Tue, 19 Nov 2019 06:56:43 GMT", datetime(2019, 11, 19, 6, 56, 43, tzinfo=timezone.utc)),
    ("2019-11-18 20:58:46", datetime(2019, 11, 18, 20, 58, 46)),
    ("", None),
    ("not a date", None),
    ("2099-05-13T10:00:00+08:00", None),
]


@pytest.mark.parametrize(("value", "expected"), MACHINE)
def test_parse_machine_date(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_naive_unless_zone_stated() -> None:
    assert parse_date("2019-10-08 12:00:57").tzinfo is None
    assert find_dates("2019-09-07 13:43:45")[0].value.tzinfo is None
    assert parse_date("2019-10-08T12:00:57+08:00").tzinfo is not None


AGREEMENT = [
    (FoundDate(datetime(2024, 5, 16, 17, 2), 0, 0, True), datetime(2024, 5, 16, 17, 2, 38, tzinfo=CHINA), True),
    (FoundDate(datetime(2024, 5, 16), 0, 0, False), datetime(2024, 5, 16, 9, 0, tzinfo=CHINA), True),
    (FoundDate(datetime(2024, 5, 10, 0, 26), 0, 0, True), datetime(2024, 5, 10, 5, 54, 20, tzinfo=CHINA), False),
    # the same instant on a UTC+8 clock: the page prints local time, the markup UTC
    (FoundDate(datetime(2019, 11, 19, 12, 56), 0, 0, True), datetime(2019, 11, 19, 4, 56, tzinfo=timezone.utc), True),
    (
        FoundDate(datetime(2019, 11, 19, 17, 50), 0, 0, True),
        datetime(2019, 11, 20, 1, 50, 59, tzinfo=UTC),
        True,
    ),
    # 16 min apart: no clock is a quarter hour off UTC (the structured time is another one)
    (FoundDate(datetime(2019, 11, 20, 6, 38), 0, 0, True), datetime(2019, 11, 20, 6, 22, 37, tzinfo=UTC), False),
    # India's clock, +05:30
    (FoundDate(datetime(2019, 11, 19, 9, 1), 0, 0, True), datetime(2019, 11, 19, 3, 31, 42, tzinfo=UTC), True),
    # 7 h 55 min apart: no clock is offset by that
    (FoundDate(datetime(2019, 11, 19, 12, 51), 0, 0, True), datetime(2019, 11, 19, 4, 56, tzinfo=timezone.utc), False),
    # both zones stated: the same instant
    (FoundDate(datetime(2024, 7, 13, 11, 2, tzinfo=BST), 0, 0, True), datetime(2024, 7, 13, 10, 2, tzinfo=UTC), True),
    (FoundDate(datetime(2024, 7, 13, 16, 42, tzinfo=BST), 0, 0, True), datetime(2024, 7, 13, 10, 2, tzinfo=UTC), False),
]


@pytest.mark.parametrize(("visible", "structured", "same"), AGREEMENT)
def test_structured_date_agrees_with_printed(visible: FoundDate, structured: datetime, same: bool) -> None:
    assert agrees(visible, structured) is same


# The small questions other modules ask the grammar: a time printed, a date printed, a line holding only a time.
@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("4:45 PM", True),
        ("更新于 11:30", True),
        ("2024年5月22日 8時37分", True),
        ("4.30pm", True),
        ("11.02 BST", True),
        ("上午10:30", True),
        ("Nov. 19, 2019", False),
        ("3.05 million", False),
        ("2019:45", False),
        ("Score 3-1", False),
    ],
)
def test_prints_time(text: str, time: bool) -> None:
    assert prints_time(text) is time


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("发布时间：2019-05-18", True),
        ("20.05.24 | Autor: X", True),
        ("11/20/19", True),
        ("Nov. 19, 2019", True),
        ("Version 1.2.3", False),
        ("Tel. 0431-8888", False),
    ],
)
def test_prints_date(line: str, dated: bool) -> None:
    assert prints_date(line) is dated


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("5:50 PM", True),
        ("09:13", True),
        ("(10:02 BST)", True),
        ("8時37分", True),
        ("15:23  2019", True),  # a calendar block's time and year
        ("15:232019", False),
        ("5:50 PM, sunny", False),
        ("Nov. 19, 2019", False),
        ("1,234", False),
    ],
)
def test_is_clock_line(line: str, clock: bool) -> None:
    assert is_clock_line(line) is clock


@pytest.mark.parametrize(
    ("line", "date_line"),
    [
        ("Associated Press Nov. 19, 2019, 9:02 AM", True),
        ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", True),
        ("GİRİŞ 20.05.2024 09:13", True),
        ("By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", True),
        ("Wednesday, November 20, 2019 5 min read", True),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", True),  # a date label of any length is no word of the line
        ("最后更新 2024-05-22 08:37", True),
        ("发布于 2024-03-12 10:41・IP 属地北京", True),  # the poster's IP location is no word of the line
        ("2024-05-20 18:02 IP属地：内蒙古自治区", True),
        ("IP属地：北京", False),
        ("会议于2024年5月22日在北京召开", False),
        ("The council met on November 18, 2019 to vote on the budget", False),
        ("Doors open at 7:30 every evening", False),
    ],
)
def test_is_date_line(line: str, date_line: bool) -> None:
    assert is_date_line(line) is date_line
