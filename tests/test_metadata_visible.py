"""The info line under the headline, credit lines at the body's ends and structured data, read together.

Each row is a real info line (or credit line) from zh-conventions.md or tests/pages, put on a small page
between a headline and a body; the row says which fields it must give and which lines must leave the body.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

import articlextract
from articlextract import clean, metadata
from articlextract.lexicon import CREDIT_HEAD_LINE, OUTRO_LINE, SIGNED_CREDIT_LINE
from articlextract.metadata.ends import dateline_outlet, is_credit_line
from articlextract.metadata.language import _ENGLISH_ONLY_WORDS, _ENGLISH_WORDS, guess_language
from articlextract.metadata.record import Metadata

CHINA = timezone(timedelta(hours=8))
BODY = [
    "泗水县在推进信访工作、构建和谐社会进程中，认真贯彻落实中央和省市关于信访工作的决策部署，紧紧围绕维护群众利益。",
    "用新理念引领信访工作。泗水县树立了“三责”理念，把信访工作当成民心和民生工程来做，回归服务群众本位之责。",
    "用新思路化解信访积案。工作中，泗水县坚持做到严守政策底线与人文关怀相结合，坚持用新思路来化解信访难题。",
]
TITLE = "泗水县推进信访工作构建和谐社会"


def page(info: str = "", *, head: str = "", first: str = "", last: str = "", after: str = "") -> bytes:
    """A small article page: headline, the info markup under it, body paragraphs (optionally framed), a related box."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ([first] if first else []) + BODY + ([last] if last else []))
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}_新闻_示例网</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article"><h1>{TITLE}</h1>{info}<div class="content">{paragraphs}</div>{after}</div>
<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/1.html">另一条新闻标题</a> 2019年09月06日 09:38</li></ul></div>
</body></html>""".encode()


INFO_LINES: list[tuple[str, bytes, dict[str, Any]]] = [
    (
        "seed",
        page('<div class="info">来源:济宁晚报 2015-08-09 07:19&nbsp;&nbsp; https://www.yybnet.net/</div>'),
        {"source": "济宁晚报", "published": datetime(2015, 8, 9, 7, 19)},
    ),
    (
        "163 ideographic space",
        page('<div class="post_time_source">2019-09-07 13:43:45\u3000来源: <a>证券市场红周刊</a></div>'),
        {"source": "证券市场红周刊", "published": datetime(2019, 9, 7, 13, 43, 45)},
    ),
    (
        "sina unlabelled source",
        page(
            '<div class="date-source"><span class="date">2019年09月11日01:53</span><a class="source">新浪科技</a></div>'
        ),
        {"source": "新浪科技", "published": datetime(2019, 9, 11, 1, 53)},
    ),
    (
        "glued spans",
        page("<div><span>2019-09-26 12:11</span><span>来源：证券时报网</span><span>作者：李在山</span></div>"),
        {"source": "证券时报网", "authors": ["李在山"], "published": datetime(2019, 9, 26, 12, 11)},
    ),
    (
        "reporter after source",
        page('<div class="meta"><span>2023-06-15 08:10</span> <span>来源：中国新闻网</span> <span>王帆</span></div>'),
        {"source": "中国新闻网", "authors": ["王帆"]},
    ),
    (
        "IP location is no reporter",
        page("<div>2024-05-13 09:16:04 来源: <a>北青网-北京青年报</a> <span>北京</span> <a>举报</a></div>"),
        {"source": "北青网-北京青年报", "authors": []},
    ),
    (
        "site link after source",
        page(
            "<div><span>发稿时间：2024-05-20 13:15:00</span> <span>来源：<a>央视新闻客户端</a>"
            '</span> <span><a href="/">中国青年网</a></span></div>'
        ),
        {"source": "央视新闻客户端", "published": datetime(2024, 5, 20, 13, 15)},
    ),
    (
        "not 选稿",
        page("<div>2024-05-13 12:03:10 作者：曹磊 来源:东方网 选稿：曾炟</div>"),
        {"source": "东方网", "authors": ["曹磊"]},
    ),
    (
        "label glued to source",
        page("<div>本文来源于北京商报 2024-05-20 09:47:48</div>"),
        {"source": "北京商报", "published": datetime(2024, 5, 20, 9, 47, 48)},
    ),
    (
        "date glued after source",
        page("<div>来源：人民日报2024-05-13 08:49</div>"),
        {"source": "人民日报", "published": datetime(2024, 5, 13, 8, 49)},
    ),
    (
        "原创 credits the outlet",
        page("<div>原创：<span>39健康网</span> <span>2024-04-23 12:27:25</span></div>"),
        {"source": "39健康网", "published": datetime(2024, 4, 23, 12, 27, 25)},
    ),
    ("头条 meta line", page("<div>原创 南方都市报 2019-09-09 16:01:46</div>"), {"source": "南方都市报"}),
    (
        "1905 info line",
        page("<div>时间：2024.05.11 来源：光明日报 作者：南帆 分享到：</div>"),
        {"source": "光明日报", "authors": ["南帆"], "published": date(2024, 5, 11)},
    ),
    (
        "people.com.cn byline above the date",
        page(
            '<div class="author">本报记者  王乐文  方  敏</div><div>2024年05月10日06:58 | 来源：人民网－人民日报</div>'
        ),
        {
            "authors": ["王乐文", "方敏"],
            "byline": "本报记者 王乐文 方 敏",
            "source": "人民网－人民日报",
            "published": datetime(2024, 5, 10, 6, 58),
        },
    ),
    (
        "澎湃 author/outlet slot",
        page("<div><span>石佳/中国青年报</span></div><div>2019-09-07 14:03</div>"),
        {"authors": ["石佳"], "source": "中国青年报"},
    ),
    (
        "account note is no source",
        page("<div>2024-05-13 06:16发布于北京经济日报官方账号</div>"),
        {"source": None, "published": datetime(2024, 5, 13, 6, 16)},
    ),
    (
        "column next to the date is no source",
        page("<div>2022-06-02 09:52:19政能亮 来自北京市</div>"),
        {"source": None, "published": datetime(2022, 6, 2, 9, 52, 19)},
    ),
    (
        "39 glued source",
        page('<div class="art_info"><em>2021-01-20 04:29:44</em><em><a>39健康网</a></em></div>'),
        {"source": "39健康网", "published": datetime(2021, 1, 20, 4, 29, 44)},
    ),
    ("toutiao account", page("<div>2024-05-09 22:30·新华社</div>"), {"source": "新华社"}),
    (
        "网络整理 is nobody",
        page("<div>时间：2019-09-25 作者：网络整理</div>"),
        {"authors": [], "published": date(2019, 9, 25)},
    ),
    (
        "empty source",
        page("<div>来源: | 发布时间: 2018-05-17 | 浏览次数: 2168</div>"),
        {"source": None, "published": date(2018, 5, 17)},
    ),
    (
        "zgshige",
        page("<div>作者：涅阳城 2020年01月12日18:32 浏览：272 收藏 觉得不错，我要 赞赏</div>"),
        {"authors": ["涅阳城"], "byline": "作者：涅阳城", "published": datetime(2020, 1, 12, 18, 32)},
    ),
    (
        "xinhua editor line under the date",
        page(
            "<div>2024-05-15 08:58:52<i>来源：</i><span>新华网</span></div>",
            after="<div>[作者: 刘满仓 　责任编辑: 杨丹宇 ]</div>",
        ),
        {"source": "新华网", "editor": "杨丹宇"},
    ),
    (
        "subtitle and byline under the info line",
        page("<div>来源:济宁晚报 2015-08-09 07:19</div>", first="——泗水县推进信访工作构建和谐社会侧记"),
        {"subtitle": "——泗水县推进信访工作构建和谐社会侧记"},
    ),
    (
        "subtitle element",
        page('<h2 class="subtitle">泗水县推进信访工作侧记</h2><div>2015-08-09 07:19</div>'),
        {"subtitle": "泗水县推进信访工作侧记", "published": datetime(2015, 8, 9, 7, 19)},
    ),
    # the info line further down: under a summary, a captioned photo, a row of tools
    (
        "info line under a summary",
        page(
            '<div class="summary">摘要：今年以来，泗水县把信访工作列为民生实事，多项措施落地见效，群众满意度'
            "明显提升。</div>"
            '<div class="info">2024-05-20 09:37 来源：江城日报 作者：许文静</div>'
        ),
        {"published": datetime(2024, 5, 20, 9, 37), "source": "江城日报", "authors": ["许文静"]},
    ),
    (
        "info line under a captioned photo",
        page(
            '<div class="pic"><img src="a.jpg"><p>图为泗水县信访接待大厅，群众正在排队办理业务。何思远 摄</p></div>'
            '<div class="info">2024-05-20 09:37 来源：江城日报</div>'
        ),
        {"published": datetime(2024, 5, 20, 9, 37), "source": "江城日报", "authors": []},
    ),
    (
        "info line under a row of tools",
        page(
            "".join(f"<div>{tool}</div>" for tool in ("分享到：", "微信", "微博", "QQ空间", "字号：", "大", "中", "小"))
            + '<div class="info">发布时间：2024-05-20 来源：江城日报</div>'
        ),
        {"published": date(2024, 5, 20), "source": "江城日报"},
    ),
    (
        "e-paper byline ending in the edition credit",
        page(
            '<p class="sec">本报记者 周岚 通讯员 吴子健'
            '<span class="date">《江城日报》（ 2024年05月20日 第 04 版）</span></p>'
        ),
        {"authors": ["周岚", "吴子健"], "source": "江城日报", "published": date(2024, 5, 20)},
    ),
    (
        "e-paper edition credit without a byline",
        page('<p class="sec"><span class="date">《江城日报》（ 2024年05月20日 第 04 版）</span></p>'),
        {"authors": [], "source": "江城日报", "published": date(2024, 5, 20)},
    ),
    ("no info line: the related story's date is none", page(""), {"published": None}),
]


@pytest.mark.parametrize(("name", "markup", "fields"), INFO_LINES, ids=[row[0] for row in INFO_LINES])
def test_info_line(name: str, markup: bytes, fields: dict[str, Any]) -> None:
    article = articlextract.extract(markup)
    for field_name, value in fields.items():
        assert getattr(article, field_name) == value, field_name
    assert article.paragraphs[-len(BODY) :] == BODY


DATES: list[tuple[str, bytes, datetime | None]] = [
    (
        "year only in structured data",
        page(
            "<div><span>发布时间：10-08</span><span>12:00</span></div>",
            head='<meta itemprop="dateUpdate" content="2019-10-08 12:00:57">',
        ),
        datetime(2019, 10, 8, 12, 0),
    ),
    (
        "two-digit year",
        page("<div><span>发布时间：18-03-08</span><span>23:16</span></div>"),
        datetime(2018, 3, 8, 23, 16),
    ),
    (
        "publish time before 最后更新",
        page("<div>2019-09-07 15:02:11</div><div>最后更新: 2019-09-07 15:14:21</div>"),
        datetime(2019, 9, 7, 15, 2, 11),
    ),
    ("only 最后更新", page("<div>最后更新: 2019-09-07 15:14:21</div>"), datetime(2019, 9, 7, 15, 14, 21)),
    (
        "meta only, hyphen before the time",
        page("", head='<meta name="firstpublishedtime" content="2007-08-20-23:59:59">'),
        datetime(2007, 8, 20, 23, 59, 59),
    ),
    (
        "script variable adds seconds",
        page("<div>2019-09-26 12:11</div>", head="<script>var publishdate = '2019-09-26 12:11:01';</script>"),
        datetime(2019, 9, 26, 12, 11, 1),
    ),
    (
        "agreeing meta adds the stated zone",
        page(
            "<div>2024年05月16日 17:02</div>",
            head='<meta property="article:published_time" content="2024-05-16T17:02:38+08:00">',
        ),
        datetime(2024, 5, 16, 17, 2, 38, tzinfo=CHINA),
    ),
    (
        "disagreeing meta loses to the printed time",
        page(
            "<div>2024年05月10日 00:26</div>",
            head='<meta property="article:published_time" content="2024-05-10T05:54:20+08:00">',
        ),
        datetime(2024, 5, 10, 0, 26),
    ),
    # the page prints only the day: the attribute's time is not shown, so not claimed
    ("data-ptime", page('<div><span data-ptime="2019-05-17 20:02:46">2019-05-17</span></div>'), date(2019, 5, 17)),
    ("related-list dates are never used", page(""), None),
    ("future dates are rejected", page("<div>2099-09-07 13:43:45</div>"), None),
    ("date below the body", page("", last="发布日期：2019-09-23 14:34:05"), datetime(2019, 9, 23, 14, 34, 5)),
    (
        "wechat epoch",
        page("", head='<script>var ct = "1581517074";</script>'),
        datetime(2020, 2, 12, 22, 17, 54, tzinfo=CHINA),
    ),
    (
        "unlabelled time block under the headline",
        page('<div class="info-time"><span>2022-02-13 20:04:17</span></div>'),
        datetime(2022, 2, 13, 20, 4, 17),
    ),
    (
        "a visitor counter's stamp is no date",
        page("<div>访问统计：2023-01-01 10:00</div><div>发布时间：2022-02-13 20:04</div>"),
        datetime(2022, 2, 13, 20, 4),
    ),
    (
        "the page's clock: UTC in markup, local on the page",
        page(
            "<div>2019-11-19 17:50</div>",
            head='<meta property="article:published_time" content="2019-11-20T01:50:59Z">',
        ),
        datetime(2019, 11, 19, 17, 50, 59, tzinfo=timezone(timedelta(hours=-8))),
    ),
    (
        "date and time in two elements",
        page("<div><span>Nov. 19, 2019</span><br><span>5:50 PM</span></div>"),
        datetime(2019, 11, 19, 17, 50),
    ),
    (
        "a calendar block: month and day over the time and the year",
        page('<div class="date"><div>November 20</div><div><font>15:23</font> <font>2019</font></div></div>'),
        datetime(2019, 11, 20, 15, 23),
    ),
    # a live page: the update time first, unlabelled, then the structured instant on its own clock
    (
        "update time printed over the first-published time",
        page(
            "<div>Sat 13 Jul 2024 16.42 BST</div><div>First published on Sat 13 Jul 2024 11.02 BST</div>",
            head='<meta property="article:published_time" content="2024-07-13T10:02:00Z">',
        ),
        datetime(2024, 7, 13, 11, 2, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "an earlier time first is the publication time",
        page(
            "<div>Sat 13 Jul 2024 09.30 BST</div><div>Sat 13 Jul 2024 11.02 BST</div>",
            head='<meta property="article:published_time" content="2024-07-13T10:02:00Z">',
        ),
        datetime(2024, 7, 13, 9, 30, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "a later time first stays when no time below is the structured one",
        page(
            "<div>Sat 13 Jul 2024 16.42 BST</div><div>Sat 13 Jul 2024 12.00 BST</div>",
            head='<meta property="article:published_time" content="2024-07-13T10:02:00Z">',
        ),
        datetime(2024, 7, 13, 16, 42, tzinfo=timezone(timedelta(hours=1))),
    ),
    # GeneratePress: the update day first (``time.updated``, hidden by the theme's CSS), then the publication day
    (
        "update day printed before the publication day",
        page(
            "<div><time>May 21, 2024</time><time>May 20, 2024</time> by Nell Ashdown</div>",
            head='<meta property="article:published_time" content="2024-05-20T14:37:00+00:00">',
        ),
        date(2024, 5, 20),
    ),
    (
        "a later day first stays when no day below is the structured one",
        page(
            "<div><time>May 21, 2024</time><time>May 19, 2024</time> by Nell Ashdown</div>",
            head='<meta property="article:published_time" content="2024-05-20T14:37:00+00:00">',
        ),
        date(2024, 5, 21),
    ),
]


@pytest.mark.parametrize(("name", "markup", "published"), DATES, ids=[row[0] for row in DATES])
def test_published(name: str, markup: bytes, published: datetime | None) -> None:
    assert articlextract.extract(markup).published == published


BODY_LINES: list[tuple[str, bytes, dict[str, Any], list[str]]] = [
    (
        "byline paragraph",
        page("<div>2019-09-07 13:43</div>", first="澎湃新闻记者 段彦超 廖艳"),
        {"authors": ["段彦超", "廖艳"], "byline": "澎湃新闻记者 段彦超 廖艳"},
        ["澎湃新闻记者"],
    ),
    (
        "seed byline paragraph",
        page("<div>2015-08-09 07:19</div>", first="■本报通讯员包庆淼高勇"),
        {"authors": ["包庆淼", "高勇"], "byline": "■本报通讯员包庆淼高勇"},
        ["■本报通讯员"],
    ),
    (
        "163 tail",
        page("<div>2019-09-07 13:43</div>", last="本文来源：新京报 责任编辑：杜硕_NB12556"),
        {"editor": "杜硕", "source": "新京报"},
        ["责任编辑"],
    ),
    (
        "editor and 校对",
        page("<div>2019-09-07 13:43</div>", last="编辑 刘晓阳 校对 李铭"),
        {"editor": "刘晓阳"},
        ["校对"],
    ),
    (
        "责任编辑 outranks 编辑",
        page("<div>2019-09-07 13:43</div>", last="编辑/倪家宁", after="<p>责任编辑：李曦_NN2587</p>"),
        {"editor": "李曦"},
        ["编辑/倪家宁"],
    ),
    (
        "original title",
        page("<div>2019-09-07 13:43</div>", first="（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）"),
        {},
        ["原标题"],
    ),
    ("end marker", page("<div>2019-09-07 13:43</div>", last="（完）"), {}, ["（完）"]),
    (
        "reporter credit at the end",
        page("<div>2019-09-07 13:43</div>", last="（总台央视记者 奚丹霓 张赛）"),
        {"authors": ["奚丹霓", "张赛"]},
        ["总台央视记者"],
    ),
    (
        "bare trailing name",
        page("<div>2019-09-07 13:43</div>", last="会议在北京举行，各方代表出席。（张巨峰）"),
        {"authors": ["张巨峰"]},
        [],
    ),
    (
        "dateline stays in the body",
        page(
            "<div>2016-02-29 20:01</div>",
            first="新华社北京2月29日电（记者唐霁）记者29日从有关部门获悉，相关工作进展顺利。",
        ),
        {"authors": ["唐霁"]},
        [],
    ),
    (
        "staff credits",
        page("<div>2022-06-02 09:52:19</div>", last="监 制：高明勇", after="<p>责编：黄忆南 PN269</p>"),
        {"editor": "黄忆南"},
        ["监 制"],
    ),
    # Date-only lines at the body's ends (nj.com, nbcnews, haber7, patch): a date or clock and a few labels.
    ("updated/posted line", page(first="Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"), {}, ["Posted Nov 19"]),
    ("date with a source tail", page(first="May 20, 2024, 9:01 AM GMT+8 / Source: TODAY"), {}, ["May 20, 2024"]),
    ("Turkish entry/update line", page(first="GİRİŞ 20.05.2024 09:13 GÜNCELLEME 20.05.2024 09:20"), {}, ["GİRİŞ"]),
    ("posted line at the end", page(last="Posted Fri, May 10, 2024 at 12:37 pm PT"), {}, ["Posted Fri"]),
]


#: Western and Korean credit lines at the body's top and writer bios at its end go; prose that
#: mentions a writer, a name or a press agency stays.
def assert_end_line(end: str, line: str, goes: bool) -> None:
    """`line` as the body's first or last paragraph (`end`) leaves the body or stays; the body's own paragraphs stay."""
    article = articlextract.extract(page("<div>2019-09-07 13:43</div>", **{end: line}))
    assert (line not in article.paragraphs) == goes
    for paragraph in BODY:
        assert paragraph in article.paragraphs


CREDIT_LINES = [
    pytest.param("first", "Toni McAllister, Patch Staff", True, id="name, outlet staff"),
    pytest.param("first", "Greg Beacham, Ap Sports Writer", True, id="name, agency role"),
    pytest.param("first", "Bruce Y. Lee Senior Contributor", True, id="name and role"),
    pytest.param("first", "Written by Liz Scherer", True, id="written by"),
    pytest.param("first", "di Emanuele Capone", True, id="Italian by"),
    pytest.param("first", "The Associated Press", True, id="agency line"),
    pytest.param("first", "Detroit News wire services", True, id="wire services"),
    pytest.param(
        "first",
        "By Emilia David, a reporter who covers AI. Prior to joining The Verge, she covered "
        "the intersection between technology, finance, and the economy.",
        True,
        id="byline with bio",
    ),
    pytest.param("first", "김수아 인턴 기자 2024. 5. 22. 08:37", True, id="Korean reporter line"),
    pytest.param(
        "last",
        "Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review, "
        "and a senior staff writer with SpaceNews.",
        True,
        id="bio at the end",
    ),
    pytest.param(
        "last",
        "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts.",
        True,
        id="possessive bio",
    ),
    pytest.param(
        "last",
        "Cecily is a tech reporter at Mashable who covers AI, Apple, and emerging tech trends. Before "
        "getting her master's degree at Columbia Journalism School, she spent several years working with "
        "startups and social impact businesses for Unreasonable Group and B Lab. Before that, she co-founded "
        "a startup consulting business that emerged from the MIT Sloan School of Management.",
        True,
        id="first-name bio over 400 characters",
    ),
    pytest.param(
        "last",
        "She is a reporter at heart, and she asked the mayor the one question nobody else would.",
        False,
        id="sentence about a reporter, by pronoun",
    ),
    pytest.param(
        "first",
        "The reporter who broke the story said the council had ignored the warnings for years.",
        False,
        id="sentence about a reporter",
    ),
    pytest.param(
        "first",
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        False,
        id="contribution note is not an agency line",
    ),
    pytest.param(
        "last",
        "John Smith is a farmer in Iowa who has grown corn on the same land for forty years.",
        False,
        id="sentence about a person",
    ),
    pytest.param("first", "기자회견은 오후 2시에 열렸다.", False, id="Korean press conference"),
]


@pytest.mark.parametrize(("end", "line", "goes"), CREDIT_LINES)
def test_credit_lines_and_bios_at_the_ends(end: str, line: str, goes: bool) -> None:
    assert_end_line(end, line, goes)


@pytest.mark.parametrize(
    ("end", "line"),
    [("first", "김수아 인턴 기자 2024. 5. 22. 08:37"), ("last", "홍길동 기자 hong@yna.co.kr")],
    ids=["reporter line above the body", "reporter and address closing the story"],
)
def test_a_korean_credit_line_names_the_writer(end: str, line: str) -> None:
    """The name before the role (기자, reporter) is the author's, the date or e-mail address after it aside."""
    paragraphs = [
        "정부는 22일 내년도 예산안을 발표하고 교육과 복지 분야의 지출을 크게 늘리기로 했다고 밝혔다.",
        "기획재정부는 이날 국무회의에서 총지출 규모를 전년보다 5% 늘린 예산안을 의결했다고 설명했다.",
        "야당은 재정 건전성이 악화될 수 있다며 국회 심의 과정에서 꼼꼼히 따지겠다는 입장을 보였다.",
    ]
    lines = [line, *paragraphs] if end == "first" else [*paragraphs, line]
    markup = (
        '<html lang="ko"><head><meta charset="utf-8"><title>정부, 내년 예산안 발표 | 뉴스</title></head><body>'
        '<div class="content"><h1>정부, 내년 예산안 발표</h1><div class="story-news article">'
        + "".join(f"<p>{text}</p>" for text in lines)
        + "</div></div></body></html>"
    )
    article = articlextract.extract(markup.encode())
    assert article.paragraphs == paragraphs
    assert article.authors == [line.split()[0]]


#: Lines with a date or clock that are sentences, or opening hours after a description: they stay.
DATED_PROSE = [
    pytest.param("The council will vote on March 3, 2024 after a second public hearing.", id="dated sentence"),
    pytest.param("2024年5月20日，泗水县召开信访工作推进会，部署下一阶段重点任务。", id="Chinese dated sentence"),
    pytest.param("Open daily 10:00–18:00", id="opening hours at the end"),
]


#: A date with the story's reading time, or the reading time alone, above or below the body: it goes.
READING_TIME_LINES = [
    pytest.param("first", "18 Maggio 2024 alle 09:22 1 minuti di lettura", True, id="Italian date and reading time"),
    pytest.param("first", "13 Maggio 2024 Aggiornato alle 07:35 3 minuti di lettura", True, id="updated, reading time"),
    pytest.param("first", "May 5, 2024 · 5 min read", True, id="English"),
    pytest.param("first", "20 de maio de 2024 3 minutos de leitura", True, id="Portuguese"),
    pytest.param("first", "Lesezeit: 3 Min.", True, id="German reading time alone"),
    pytest.param("last", "5 min read", True, id="reading time alone at the end"),
    pytest.param("first", "The trip took 5 minutes.", False, id="minutes in a sentence"),
    pytest.param("first", "He read for 5 min every night.", False, id="read and min in a sentence"),
]


@pytest.mark.parametrize(("end", "line", "goes"), READING_TIME_LINES)
def test_reading_time_lines_at_the_ends(end: str, line: str, goes: bool) -> None:
    assert_end_line(end, line, goes)


@pytest.mark.parametrize("line", DATED_PROSE)
def test_dated_prose_at_the_ends_stays(line: str) -> None:
    article = articlextract.extract(page("<div>2019-09-07 13:43</div>", last=line))
    assert line in article.paragraphs


@pytest.mark.parametrize(("name", "markup", "fields", "gone"), BODY_LINES, ids=[row[0] for row in BODY_LINES])
def test_body_lines_read_as_metadata(name: str, markup: bytes, fields: dict[str, Any], gone: list[str]) -> None:
    article = articlextract.extract(markup)
    for field_name, value in fields.items():
        assert getattr(article, field_name) == value, field_name
    for text in gone:
        assert not any(text in p for p in article.paragraphs), text
    for paragraph in BODY:
        assert paragraph in article.paragraphs


#: Lines of labelled fields at the body's ends, in any language: a dated head line with at least two
#: ``Label:`` fields, or a footer line of address and registration fields, goes; sentences stay.
FIELD_LINES = [
    pytest.param(
        "first",
        "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento",
        True,
        id="dated head line with labels",
    ),
    pytest.param(
        "first", "2020-01-01 10:00 | Autor: Jan Kowalski | Kategoria: Sport", True, id="pipe-separated fields"
    ),
    pytest.param(
        "last",
        "Jaraguá do Sul - SC - CNPJ: 83.102.459/0001-23 - Rua Walter Marquardt, 1111 - "
        "Caixa Postal 421 - Fone: (047) 2106-8000",
        True,
        id="address footer",
    ),
    pytest.param("first", "Publicado por: Clarissa Borba - Categoria: Saúde", False, id="undated head fields"),
    pytest.param(
        "first",
        "He said: yes - She said: no, on 05/10/2018, and the vote went ahead.",
        False,
        id="dated sentence quoting two speakers",
    ),
    pytest.param(
        "last", "Note: the vote is on 05/10/2018 - Update: the council confirmed it.", False, id="sentence at the end"
    ),
    pytest.param("last", "Fone: (047) 2106-8000 - Email: contato@example.com", False, id="two fields only"),
]


@pytest.mark.parametrize(("end", "line", "goes"), FIELD_LINES)
def test_labelled_field_lines_at_the_ends(end: str, line: str, goes: bool) -> None:
    assert_end_line(end, line, goes)


def test_dateline_paragraph_kept_whole() -> None:
    first = "新华社北京2月29日电（记者唐霁）记者29日从有关部门获悉，相关工作进展顺利。"
    article = articlextract.extract(page("<div>2016-02-29 20:01</div>", first=first))
    assert article.paragraphs[0] == first


AUTHORS_FROM_MARKUP: list[tuple[str, bytes, list[str]]] = [
    (
        "meta author naming the editor is the CMS user",
        page(
            "<div>2024-05-13 13:48 来源：中国网</div>",
            head='<meta name="author" content="刘峻凌">',
            after="<div>【责任编辑：刘峻凌】</div>",
        ),
        [],
    ),
    ("meta author", page("<div>2024-05-13 13:48</div>", head='<meta name="author" content="曹磊">'), ["曹磊"]),
    (
        "meta author that is an outlet",
        page("<div>2024-05-13 13:48</div>", head='<meta name="article:author" content="新浪财经">'),
        [],
    ),
    ("numeric CMS ids", page("<div>2024-05-13 13:48</div>", head='<meta name="author" content="105464">'), []),
    (
        "JSON-LD authors",
        page(
            "",
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"datePublished": "2019-11-18T16:05:00-05:00", "author": [{"@type": "Person", "name": "Mike Wuerthe'
            'le"}, '
            '{"@type": "Person", "name": "Malcolm Owen"}]}</script>',
        ),
        ["Mike Wuerthele", "Malcolm Owen"],
    ),
    (
        "a JSON-LD author typed as an organisation is no writer",
        page(
            "",
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": {"@type": "Organization", "name": "BRIGITTE.de"}}</script>',
        ),
        [],
    ),
    (
        "Yoast SEO's author by reference, printed on the page",
        page(
            '<p class="meta">Jane Doe</p>',
            head='<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage", "@id": "https://ex.example/a/", "datePublished": "2019-11-19T09:13:00+00:00"},'
            '{"@type": "Article", "headline": "T", "datePublished": "2019-11-19T09:13:00+00:00",'
            ' "author": {"@id": "https://ex.example/#/schema/person/1"}},'
            '{"@type": "Person", "@id": "https://ex.example/#/schema/person/1", "name": "Jane Doe"}]}</script>',
        ),
        ["Jane Doe"],
    ),
    (
        "Yoast SEO's author by reference, never printed: the account that posted",
        page(
            "",
            head='<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "Article", "headline": "T", "datePublished": "2019-11-19T09:13:00+00:00",'
            ' "author": {"@id": "https://ex.example/#/schema/person/1"}},'
            '{"@type": "Person", "@id": "https://ex.example/#/schema/person/1", "name": "Josh"}]}</script>',
        ),
        [],
    ),
    (
        "a rarer meta name of the author (dc:creator)",
        page("", head='<meta name="dc:creator" content="Sarah E. Needleman">'),
        ["Sarah E. Needleman"],
    ),
    (
        "English meta author keeps the full name",
        page("", head='<meta name="author" content="Sarah E. Needleman">'),
        ["Sarah E. Needleman"],
    ),
    # an author-marked link in a reply under a short post is a commenter's, not the writer's
    (
        "a webmention reply's author is a commenter",
        page(
            "",
            head='<meta name="author" content="Priya Ramaswamy">',
            after='<ol><li class="webmention-reply"><a class="u-author" href="/t">Tobias Krug</a></li></ol>',
        ),
        ["Priya Ramaswamy"],
    ),
    (
        "a comment's author slot is a commenter",
        page(
            "",
            head='<meta name="author" content="Priya Ramaswamy">',
            after='<div class="comment-body"><span><a class="url author-link">Tobias Krug</a></span></div>',
        ),
        ["Priya Ramaswamy"],
    ),
    (
        "a byline in a related story's card is that story's writer",
        page(
            "",
            head='<meta name="author" content="Priya Ramaswamy">',
            after='<ul class="rail"><li><div><a href="/gallery/tools">Thirty essential tools for home repairs</a>'
            '<div><div><p itemprop="author"><span itemprop="name">Tobias Krug</span></p></div></div></div></li></ul>',
        ),
        ["Priya Ramaswamy"],
    ),
    (
        "a byline name cut short by the page's spacing is completed from the markup",
        page(
            '<div class="authors">Von&nbsp;<a rel="author" href="/autor/1434"><span>Olaf &nbsp;Kempin</span></a>'
            "&nbsp;(Autor)</div>",
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": [{"@type": "Person", "name": "Olaf Kempin"}]}</script>',
        ),
        ["Olaf Kempin"],
    ),
    (
        "a Korean name with its role in the author slot",
        page('<div class="author"><a href="/reporter?id=652">고규홍 나무 칼럼니스트</a></div>'),
        ["고규홍"],
    ),
    # a handle alone in an author slot: a blogger, a forum user, a self-media account
    (
        "a blog's handle in the author slot",
        page('<div class="article-info"><a class="follow-nickName" href="/u/1">林间-小鹿</a> 于 2024-05-06 发布</div>'),
        ["林间-小鹿"],
    ),
    (
        "a self-media account with its time and region",
        page(
            '<div class="author-info"><a class="author-info__name">半山听雨</a><span>关注</span>'
            "<time>2024-05-08 23:23</time><span>来自浙江</span></div>"
        ),
        ["半山听雨"],
    ),
    (
        "a link to the author's page is an author slot",
        page('<div class="info"><a href="//book.example.cn/author/4362948/"><span>青灯</span></a></div>'),
        ["青灯"],
    ),
    (
        "a printed credit outranks the account",
        page('<div class="author-info"><a class="author-info__name">半山听雨</a></div>', last="（记者 许文静）"),
        ["许文静"],
    ),
    (
        "an outlet's account is the source, no author",
        page('<div class="article-author"><span>江城日报</span> <span>2024-05-13 06:16</span></div>'),
        [],
    ),
    (
        "WeChat's account profile is the 公众号, no author",
        page('<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">半山听雨</a></span>'),
        [],
    ),
    (
        "a feed card's author credits another story",
        page("", after='<div class="feed-card"><div class="feed-card-author">半山听雨</div></div>'),
        [],
    ),
    (
        "a byline slot with the role after the name (Hearst's p.byline)",
        page("", after='<p class="byline ap-byline">Tom Krisher, Ap Auto Writer</p>'),
        ["Tom Krisher"],
    ),
    (
        "an author slot outside any reply is the writer's",
        page(
            "",
            head='<meta name="author" content="Priya Ramaswamy">',
            after='<div class="post-footer"><a class="author-link">Tobias Krug</a></div>',
        ),
        ["Tobias Krug"],
    ),
]


ENGLISH_BODY = "".join(
    f"<p>{sentence} The council said the figures would be published in full next month.</p>"
    for sentence in ("Flour prices rose this spring.", "Bakeries say margins are thin.", "Millers blame the harvest.")
)


def english_page(after: str) -> bytes:
    """An English article with `after` printed under its body."""
    return f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<div class="content">{ENGLISH_BODY}</div>{after}</article></body></html>""".encode()


CHINESE_BODY = "".join(
    f"<p>{sentence}活动现场，工作人员向市民讲解了防范电信诈骗的基本常识，并发放了宣传资料，引导大家理性选择金融产品和服务。</p>"
    for sentence in ("常德市金融系统开展知识普及月活动。", "多家银行在广场设立咨询台。", "市民踊跃参加有奖问答。")
)


def chinese_page(after: str) -> bytes:
    """A Chinese article dated to the second under its headline, with `after` printed after it."""
    title = "常德开展金融知识普及活动"
    return f"""<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="info">发布时间：2019-09-23 14:34:05</div><div class="content">{CHINESE_BODY}</div></article>{after}
</body></html>""".encode()


def sahifa_page(trail: str, after_date: str) -> bytes:
    """A WordPress post in Sahifa's markup: the breadcrumb trail over the article, and the post-meta line under
    its headline printing the author, the date and `after_date`."""
    return f"""<html><head><title>Flour prices rise</title></head><body>
<div id="crumbs"><span><a href="/">Home</a></span> <span class="delimiter">/</span> {trail}
<span class="delimiter">/</span> <span class="current">Flour prices rise</span></div>
<article class="post-listing" id="the-post"><div class="post-inner"><h1 class="name post-title entry-title">Flour prices
rise</h1><p class="post-meta"><span class="post-meta-author"><a href="/author/jr/">Jo Reyes </a></span>
<span class="tie-date">May 20, 2024</span> <span class="post-cats">{after_date}</span>
<span class="post-views">1,284 Views</span></p><div class="entry">{ENGLISH_BODY}</div></div></article></body></html>
""".encode()


@pytest.mark.parametrize(
    ("trail", "after_date", "source"),
    [
        # the category the trail files the story under, printed after the date: no outlet
        ('<span><a href="/category/local-news/">Local News</a></span>', '<a rel="category tag">Local News</a>', None),
        # an outlet there that the trail does not name is the source
        ('<span><a href="/category/business/">Business</a></span>', "Harbor Daily News", "Harbor Daily News"),
    ],
)
def test_the_section_after_the_date_is_no_source(trail: str, after_date: str, source: str | None) -> None:
    """Themes print the post's category right after the date (Sahifa's ``May 20, 2024  Local News``): a section
    named like an outlet is not one when the breadcrumb trail files the story under it."""
    article = articlextract.extract(sahifa_page(trail, after_date))
    assert (article.source, article.published) == (source, date(2024, 5, 20))


SOURCE_BOXES: list[tuple[str, bytes, str | None]] = [
    (
        "tagDiv source box under the body",
        english_page(
            '<div class="td-post-source-via"><div class="td-post-small-box"><span>SOURCE</span>'
            '<a href="https://wire.example/">Meridian Wire</a></div></div>'
        ),
        "Meridian Wire",
    ),
    (
        "a Traditional label alone in a source box",
        english_page(
            '<div class="post-source"><span>來源</span><a href="https://wire.example/">Meridian Wire</a></div>'
        ),
        "Meridian Wire",
    ),
    (
        "labelled with a colon, the label a tail",
        english_page('<p class="article-source"><b></b>Source: <a>Kestrel Press</a></p>'),
        "Kestrel Press",
    ),
    (
        "a provider label needs no source class (Science X's partner box)",
        english_page(
            '<div class="d-inline-block text-medium my-4">Provided by <a href="/partners/esa/">Kestrel Press</a></div>'
        ),
        "Kestrel Press",
    ),
    (
        "a caption's provider credit is no provider label",
        english_page("<figure><figcaption>Photo provided by <a>Getty</a></figcaption></figure>"),
        None,
    ),
    (
        "a video card's source box names the video's outlet, not the article's",
        english_page(
            '<div class="video-resource"><img src="v.jpg"><div class="video-resource__details"><div>Orcas hunt</div>'
            '<div>01:12</div><div class="video-resource__source">- Source: <a href="/videos">Kestrel Press</a></div>'
            "</div></div>"
        ),
        None,
    ),
    (
        "a distributor's credit names the holder of the copyright as the source (SyndiGate's block)",
        english_page(
            '<section class="block-syndigate-article"><p class="syndigate-link">Via <a href="#">Wirehouse.info</a>'
            '<br></p><a href="#"><img src="logo.png" title="Harbour Daily"></a><br>'
            '<p class="syndigate-compyrights">Copyright © 2019 Harbour Daily. All rights reserved.</p></section>'
        ),
        "Harbour Daily",
    ),
    (
        "an '@' for the copyright sign, no rights sentence",
        english_page('<p>Via <a href="#">Wirehouse.info</a></p><p>Copyright @ 2019 The Harbour Daily.</p>'),
        "The Harbour Daily",
    ),
    (
        "a site footer's copyright with no 'Via' label names no source",
        english_page("<footer><p>Copyright © 2019 Harbour Media Group. All rights reserved.</p></footer>"),
        None,
    ),
    (
        "a source on a line restating the article's time (a theme's copyright box)",
        chinese_page(
            '<ul class="spostinfo"><li><strong>版权声明</strong> 来源：当代商报 时间：2019-09-23 14:34:05 作者：'
            "</li></ul>"
        ),
        "当代商报",
    ),
    (
        "a source beside another time is a related story's",
        chinese_page('<ul class="related"><li>来源：湘江晚报 时间：2019-09-20 08:00:00</li></ul>'),
        None,
    ),
    (
        "a source beside the day alone is not told from a related story's",
        chinese_page('<ul class="related"><li>来源：湘江晚报 时间：2019-09-23</li></ul>'),
        None,
    ),
    (
        "'via' in a sentence is no distributor's label",
        english_page("<p>Shared via <a>Twitter</a>.</p><p>Copyright © 2019 Harbour Media Group.</p>"),
        None,
    ),
]


@pytest.mark.parametrize(("name", "markup", "source"), SOURCE_BOXES, ids=[row[0] for row in SOURCE_BOXES])
def test_source_box_after_the_body(name: str, markup: bytes, source: str | None) -> None:
    assert articlextract.extract(markup).source == source


@pytest.mark.parametrize(("name", "markup", "authors"), AUTHORS_FROM_MARKUP, ids=[r[0] for r in AUTHORS_FROM_MARKUP])
def test_authors_from_markup(name: str, markup: bytes, authors: list[str]) -> None:
    assert articlextract.extract(markup).authors == authors


@pytest.mark.parametrize(
    "credit",
    [
        "《江城日报》（2024年05月20日 第 04 版）",
        "《 江城日报 》（ 2024年05月20日 04 版）",
        "《江城日报》（2024年5月20日 4版）",
    ],
)
def test_a_newspapers_edition_credit_gives_source_and_day_and_stays(credit: str) -> None:
    article = articlextract.extract(page("", last=credit))
    assert (article.source, article.published) == ("江城日报", date(2024, 5, 20))
    assert article.paragraphs[-1] == " ".join(credit.split())  # printed with the story, as the references keep it


def test_a_byline_under_a_summary_and_a_quote_is_read() -> None:
    """A portal's column prints a summary and a quoted lead before its byline line: the fifth line is still the
    story's opening, and a credit there names the writer."""
    opening = [
        "一位接近监管的人士表示，整顿清理从年初就在酝酿。",
        "“打蛇打七寸！”",
        "数据是命门。",
        "监管已经开始行动。",
    ]
    story = [f"第{number}段，{text}" for number, text in enumerate(BODY * 3)]  # past the last lines' window
    meta = Metadata(title=TITLE)
    kept = metadata.take_body_lines([*opening, "《棱镜》作者 周纯", *story], meta)
    assert meta.authors == ["周纯"]
    assert 4 not in kept and len(kept) == len(opening) + len(story)


def test_the_account_cards_line_is_read_as_metadata() -> None:
    """百家号 prints the account's name alone in ``p.author-name`` between the headline and the story, where the body
    may be read from: the line names the account, so the body's line that is the handle alone is consumed."""
    card = (
        '<div class="author-txt"><p class="author-name">半山听雨</p><div class="article-source">'
        '<span class="date">发布时间：05-13</span><span class="time">06:16</span></div></div>'
    )
    root = clean.parse(page(card).decode())
    meta = metadata.read_visible(root, metadata.read_structured(root), None)
    assert "半山听雨" in meta.consumed
    assert metadata.take_body_lines(["半山听雨", *BODY], meta) == list(range(1, len(BODY) + 1))


@pytest.mark.parametrize("account", ["江城日报", "江城发布", "江城市公安局"])
def test_an_outlets_or_organisations_account_in_the_author_slot_is_the_source(account: str) -> None:
    markup = page(f'<div class="article-author"><span>{account}</span> <span>2024-05-13 06:16</span></div>')
    article = articlextract.extract(markup)
    assert (article.source, article.authors) == (account, [])


@pytest.mark.parametrize(
    ("after", "source", "authors"),
    [
        (
            '<div class="article-end"><p>（本文来源：江城日报 作者：华东师范大学经济学院教授 陆明远）'
            '<a href="/" id="backhome">返回首页，查看更多</a></p></div>',
            "江城日报",
            ["陆明远"],
        ),
        ("<div><p>文章来源：楚天晚报</p></div>", "楚天晚报", []),
        ("<div><p>（本文來源：江城日報 作者：陸明遠）</p></div>", "江城日報", ["陸明遠"]),  # Traditional script
        # a 来源 in a list of other stories is no credit of this one
        ('<ul class="list"><li><a href="/2.html">另一条新闻</a> 来源：楚天晚报</li></ul>', None, []),
    ],
)
def test_a_credit_of_this_article_after_the_body(after: str, source: str | None, authors: list[str]) -> None:
    article = articlextract.extract(page("<div>2024-05-13 06:15</div>", after=after))
    assert (article.source, article.authors) == (source, authors)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("文字 | 许文静  图片 | 何思远  编辑 | 钟雨桐", ["许文静"]),  # WeChat's closing credits
        ("作者：许文静 责任编辑：钟雨桐", ["许文静"]),
        ("责任编辑：钟雨桐", []),
    ],
)
def test_the_line_of_the_editor_credit_credits_the_writer(credit: str, authors: list[str]) -> None:
    """Wherever the page prints it, in the body or after it (a body may leave the credit line out)."""
    for markup in (
        page("<div>2024-05-13 06:15</div>", last=credit),
        page("", after=f'<div class="end">{credit}</div>'),
    ):
        assert articlextract.extract(markup).authors == authors


def test_a_labelled_source_outranks_the_account() -> None:
    markup = page('<div class="article-author"><span>江城日报</span></div>', last="来源：楚天晚报")
    assert articlextract.extract(markup).source == "楚天晚报"


def test_a_link_to_the_authors_page_in_an_english_byline() -> None:
    article = articlextract.extract(english_page('<p><a href="/author/jane-doe/">Jane Doe</a></p>'))
    assert article.authors == ["Jane Doe"]


def test_english_page() -> None:
    markup = b"""<html lang="en"><head><title>Black Friday deals are live | Example News</title>
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Black Friday deals are live",
"publisher": {"@type": "Organization", "name": "Example News Inc."}}</script></head><body>
<h1>Black Friday deals are live</h1>
<p class="byline">By Mike Wuerthele and Malcolm Owen</p><time datetime="2019-11-18T16:05:00-05:00">Nov 18, 2019</time>
<article><p>Retailers opened their holiday sales early this year, and shoppers responded in large numbers
across the country.</p>
<p>Analysts expect online spending to break records again, driven by phones and by generous return policies
at big stores.</p>
</article></body></html>"""
    article = articlextract.extract(markup)
    assert article.title == "Black Friday deals are live"
    assert article.authors == ["Mike Wuerthele", "Malcolm Owen"]
    assert article.byline == "By Mike Wuerthele and Malcolm Owen"
    assert article.published == date(2019, 11, 18)  # the page prints the day only
    assert article.source is None  # the JSON-LD publisher is the site itself, not an origin it credits
    assert article.language == "en"
    assert not any("By Mike" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("utf-8", "zh"), ("zh-cn", "zh-CN"), ("zh_TW", "zh-TW"), ("en_US", "zh")],  # en_US: see below
)
def test_language_tag_validated(declared: str, expected: str) -> None:
    markup = page("<div>2019-09-07 13:43</div>", head=f'<meta http-equiv="content-language" content="{declared}">')
    assert articlextract.extract(markup).language == expected


def test_language_from_the_text_when_the_declaration_disagrees() -> None:
    """A Chinese page declared ``en`` (a template's default) is Chinese; a declaration the text agrees with stays."""
    for declared, expected in (("en", "zh"), ("zh-Hant", "zh-Hant")):
        markup = page("<div>2019-09-07 13:43</div>").replace(b"<html", f'<html lang="{declared}"'.encode())
        assert articlextract.extract(markup).language == expected


def test_language_of_the_prose_around_code() -> None:
    """An undeclared Chinese page whose opening lines hold code is Chinese: code is written in no language."""
    code = "<pre>" + "\n".join(f"client_{n} = redis.Redis(host='cache-{n}.example.com', port=6379)" for n in range(9))
    markup = page(first=f"示例代码如下：</p>{code}</pre><p>运行之后就能看到结果。")
    assert articlextract.extract(markup).language == "zh"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("东京都22日新确认100人感染。", "zh"),
        ("小清新の日常：我们今天去了公园，天气很好。", "zh"),  # a borrowed kana
        ("東京都は22日、新たに100人の感染を確認したと発表した。", "ja"),
        ("오늘 서울의 날씨는 맑고 기온은 높았다.", "ko"),
        # an English article quoting a Japanese title
        (
            "Now and Then, Here and There (今、そこにいる僕, Ima, Soko ni Iru Boku) is a 13-episode anime series, "
            "and it was directed by Akitaro Daichi.",
            "en",
        ),
        ("Der Rat stimmte am Dienstag ab.", None),
        # German and Italian share a few short words with English (``in``, ``was``, ``is``): none of these
        ("Was früher schnelle Autos waren, das ist heute in der Stadt was anderes, sagt er.", None),
        ("E’ stato annunciato in queste ore che Netflix ospiterà il remake della serie animata.", None),
        ("Kadınlar Euroleague’de her takım her hafta iki maç oynayacak, her grup dört takımdan oluşacak.", None),
    ],
)
def test_language_guessed_from_the_script_that_makes_up_the_text(text: str, language: str | None) -> None:
    assert guess_language(text) == language


def test_english_words_found_as_the_plain_alternation_finds_them() -> None:
    """The first-letter assertion before the words only turns positions away sooner."""
    plain = re.compile(rf"\b(?:{'|'.join(_ENGLISH_ONLY_WORDS)})\b", re.I)
    text = "THE Bat, the HAT and THIS: with which we were, What HOW his, them; tO It be abe—from ARE have."
    assert [m.span() for m in _ENGLISH_WORDS.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


@pytest.mark.parametrize(
    ("line", "original"),
    [
        ("（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）", "多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？"),
        ("本文原标题：《实探免税城》", "实探免税城"),
        ("（原题为《是“收割韭菜”还是“回归理性”》）", "是“收割韭菜”还是“回归理性”"),
    ],
)
def test_original_title_line_becomes_a_field(line: str, original: str) -> None:
    article = articlextract.extract(page(first=line))
    assert article.original_title == original
    assert not any("原" in p and "题" in p[:6] for p in article.paragraphs)


def test_a_body_of_consumed_lines_only_is_empty() -> None:
    """Every paragraph was already read as metadata (the headline): nothing is left, and nothing fails."""
    from articlextract.metadata import Metadata, take_body_lines

    meta = Metadata(title="t")
    meta.consumed.add("abc")
    assert take_body_lines(["abc"], meta) == []  # no paragraph stays


#: A podcast's or newsletter's outro after the body goes; prose that mentions listening, episodes or
#: e-mail stays.
OUTRO_LINES = [
    pytest.param("Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.", True, id="platforms"),
    pytest.param("Subscribe to the show wherever you get your podcasts.", True, id="wherever you get podcasts"),
    pytest.param(
        "Listen to every episode of Short Wave sponsor-free and support our work at NPR by signing up for "
        "Short Wave+ at plus.npr.org/shortwave.",
        True,
        id="sponsor-free",
    ),
    pytest.param(
        "The update to this episode was produced and edited by Rebecca Ramirez. Regina G. Barber checked "
        "the facts. Ko Takasugi-Czernowin was the audio engineer.",
        True,
        id="episode credits",
    ),
    pytest.param("Want us to cover more about the sun? Email us at shortwave@npr.org.", True, id="write in"),
    pytest.param(
        "For more on lifestyle, astrology and health from around the world please visit Indiatimes Lifestyle.",
        True,
        id="for more, visit",
    ),
    pytest.param(
        "Residents listened on the radio as the council voted on Spotify's new office in the city.",
        False,
        id="sentence about listening",
    ),
    pytest.param(
        "The episode was the worst flood the town had seen, and the clean-up took the whole summer.",
        False,
        id="sentence about an episode",
    ),
    pytest.param("For more than a decade, the factory was the town's largest employer.", False, id="for more than"),
    pytest.param(
        "If you would like to contribute, please contact us at opinion@example.org.", True, id="contact us at"
    ),
    pytest.param("Got a tip for us? Email Jane Doe at jane.doe@example.com.", True, id="email a writer at"),
    pytest.param("☞공감언론 뉴시스 ksa3077@newsis.com", True, id="Korean signature with e-mail"),
    pytest.param("paul.takahashi@chron.com", True, id="bare e-mail signature"),
    pytest.param(
        "Readers wrote to the council at its new address, and the mayor answered every letter herself.",
        False,
        id="sentence about writing to someone",
    ),
    pytest.param(
        "The company said customers can reach support by phone or e-mail at any time of day.",
        False,
        id="sentence mentioning e-mail, no address",
    ),
    pytest.param(
        "Tickets are on sale now, and the organisers answer questions sent to info@example.org.",
        False,
        id="sentence ending in an address",
    ),
]


@pytest.mark.parametrize(("line", "goes"), OUTRO_LINES)
def test_outro_lines_at_the_end(line: str, goes: bool) -> None:
    assert_end_line("last", line, goes)


#: Lines for the tests below that compare a pattern guarded by a cheap test with the same pattern unguarded.
GUARDED_LINES = [
    *(param.values[1] for param in CREDIT_LINES),
    *(param.values[0] for param in OUTRO_LINES),
    *("By Jane Doe", "BY JANE DOE, STAFF WRITERS", "Jane Doe, Columnist.", "Jane Doe | Staff writer"),
    *(
        "Jane Doe, Staff Writer\n",
        "Jane Doe\nStaff Writer",
        "Jane Doe, Staff Writerſ",
        "Jane Doe and John Roe, Editors",
    ),
    *("Israeli Prime Minister Benjamin Netanyahu, however, said he was moved.", "South Dakota Gov. Kristi Noem"),
    *("Email us at tips@example.org", "@handle: please email us at x@y.z", "Questions, anyone? e-mail me at a@b.c"),
    *("No address here, please email us.", "Reach the desk at desk (at) example.org", "", " ", "@"),
]
#: `initials` lookaheads, dropped to get the plain patterns back.
_INITIALS = re.compile(r"\(\?=\(\?:[^()]*\)\)")


@pytest.mark.parametrize("line", GUARDED_LINES)
def test_credit_line_test_finds_what_the_plain_credit_patterns_find(line: str) -> None:
    """`is_credit_line` tries the signed credit only on a line ending as a role word, and the patterns assert
    their words' first characters: together they match what the plain patterns match."""
    plain = re.compile("|".join(_INITIALS.sub("", credit.pattern) for credit in (CREDIT_HEAD_LINE, SIGNED_CREDIT_LINE)))
    assert is_credit_line(line) == (plain.match(line) is not None)


@pytest.mark.parametrize("line", GUARDED_LINES)
def test_outro_line_asserts_an_address_only_where_one_is_needed(line: str) -> None:
    """The write-in branch's assertion of an ``@`` only turns lines away sooner."""
    plain = re.compile(OUTRO_LINE.pattern.replace("(?=[^@]*@)", ""), OUTRO_LINE.flags)
    assert (OUTRO_LINE.match(line) is None) == (plain.match(line) is None)


def test_the_tail_of_a_short_body_overlaps_its_head() -> None:
    """A body of a few paragraphs: the lines after the first one are read as its tail, too."""
    from articlextract.metadata import Metadata, take_body_lines

    lines = [
        "Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.",
        "Want us to cover more about the sun? Email us at shortwave@npr.org.",
    ]
    assert take_body_lines([BODY[0], *lines], Metadata(title="t")) == [0]
    # the first line is the head's alone: a head line is not read as an outro
    assert take_body_lines([lines[0], BODY[0]], Metadata(title="t")) == [0, 1]


def test_the_name_over_a_bio_goes_with_it() -> None:
    bio = "Cecily is a tech reporter at Mashable who covers AI, Apple, and emerging tech trends."
    article = articlextract.extract(page("<div>2019-09-07 13:43</div>", last=f"Cecily Mauran</p><p>{bio}"))
    assert "Cecily Mauran" not in article.paragraphs
    assert bio not in article.paragraphs
    assert article.paragraphs[-1] == BODY[-1]
    # a name line over prose that is no bio stays
    other = "Cecily Mauran</p><p>Cecily walked to the harbour every morning before the ferries left."
    assert "Cecily Mauran" in articlextract.extract(page("<div>2019-09-07 13:43</div>", last=other)).paragraphs


def test_deck_in_a_heading_under_the_headline() -> None:
    """An ``<h3>`` right under an ``<h2>`` headline is its deck; a ``——（宋）陆游`` line credits a poet."""
    markup = page().replace(f"<h1>{TITLE}</h1>".encode(), f"<h2>{TITLE}</h2><h3>——记泗水县信访工作的三年</h3>".encode())
    assert articlextract.extract(markup).subtitle == "——记泗水县信访工作的三年"
    assert articlextract.extract(page(first="——（宋）陆游")).subtitle is None


def test_deck_further_down_the_header() -> None:
    deck = "Retailers opened their holiday sales early this year, and shoppers came in large numbers."
    markup = page(f'<p class="byline">作者：王小明</p><p class="article__dek">{deck}</p>')
    assert articlextract.extract(markup).subtitle == deck  # (whether the body keeps it is the body scorer's call)


@pytest.mark.parametrize(
    ("names", "subtitle"),
    [
        ("description", "Retailers opened their holiday sales early this year, and shoppers came in large numbers."),
        ("description-author", None),  # a class that only begins with the word names something else
    ],
)
def test_a_description_paragraph_under_the_headline_is_its_deck(names: str, subtitle: str | None) -> None:
    """News Corp Australia prints its standfirst as ``p.description`` between the headline and the byline."""
    deck = "Retailers opened their holiday sales early this year, and shoppers came in large numbers."
    markup = page(f'<p class="{names}">{deck}</p><p class="byline">作者：王小明</p>')
    assert articlextract.extract(markup).subtitle == subtitle


PROSE = "<p>When the United States puts tariffs on goods, importers pay them first and pass on what they can.</p>"
DECK = "Retailers opened their holiday sales early this year, and shoppers came in large numbers."
DECK_PLACES: list[tuple[str, str, str | None]] = [
    ("a deck under the headline", f'<p class="standfirst">{DECK}</p>{PROSE}', DECK),
    (
        "a deck after a photo caption",
        f'<figure><figcaption>A shop in town.</figcaption></figure><p class="dek">{DECK}</p>',
        DECK,
    ),
    # after a paragraph of the story: a subheading of the body
    (
        "a subheadline after the story began",
        f'{PROSE}<div class="pf_subheadline">Who pays the cost of a tariff now?</div>',
        None,
    ),
    # a component named in a data attribute (hashed classes), the description adding a full stop
    (
        "a standfirst named by data-gu-name",
        f'<div data-gu-name="standfirst" class="dcr-1w5nvcb"><p>{DECK[:-1]}</p></div>',
        DECK[:-1],
    ),
    (
        "a list of key points is no deck",
        '<div data-gu-name="standfirst"><ul><li><p>Breed wins the cattle championship for the first time</p></li>'
        "<li><p>Retiring shepherd takes the sheepdog trial at the show</p></li></ul></div>",
        None,
    ),
    (
        "a subheadline wrapper round an h2 in the story",
        f'{PROSE}<div class="SubheadlineComponentWrapper"><h2>Museum hopes to buy the brooch</h2></div>',
        None,
    ),
]


@pytest.mark.parametrize(("name", "markup", "subtitle"), DECK_PLACES, ids=[row[0] for row in DECK_PLACES])
def test_deck_stands_above_the_story(name: str, markup: str, subtitle: str | None) -> None:
    described = english_page("").replace(b"<head>", f'<head><meta name="description" content="{DECK}">'.encode())
    at_top = described.replace(b"<h1>Flour prices rise</h1>", f"<h1>Flour prices rise</h1>{markup}".encode())
    assert articlextract.extract(at_top).subtitle == subtitle


def test_a_description_that_goes_on_past_a_deck_quotes_the_lead() -> None:
    lead = "Retailers opened their holiday sales early this year"
    standfirst = f'<h1>Flour prices rise</h1><div data-gu-name="standfirst"><p>{lead}</p></div>'
    markup = english_page("").replace(b"<h1>Flour prices rise</h1>", standfirst.encode())
    markup = markup.replace(b"<head>", f'<head><meta name="description" content="{DECK}">'.encode())
    assert articlextract.extract(markup).subtitle is None


def bylined(byline: str, site: str) -> bytes:
    """An English article printing `byline` under its headline, on a site named `site`."""
    head = f'<head><meta property="og:site_name" content="{site}">'
    markup = english_page("").replace(b"<head>", head.encode())
    return markup.replace(b"<h1>Flour prices rise</h1>", f"<h1>Flour prices rise</h1>{byline}".encode())


SITE_AFTER_NAMES: list[tuple[str, bytes, list[str]]] = [
    # the outlet in its own element right after the names: one line, ``By Jonathan Garber FOXBusiness``
    (
        "the site's name glued after the byline",
        bylined(
            '<div><span>By </span><a rel="author">Jonathan Garber</a><span><a>FOXBusiness</a></span></div>',
            "Fox Business",
        ),
        ["Jonathan Garber"],
    ),
    (
        "a last name that is not the site's stays",
        bylined('<div><span>By </span><a rel="author">Jonathan Garber Foxley</a></div>', "Fox Business"),
        ["Jonathan Garber Foxley"],
    ),
]


@pytest.mark.parametrize(("name", "markup", "authors"), SITE_AFTER_NAMES, ids=[row[0] for row in SITE_AFTER_NAMES])
def test_the_site_name_after_a_byline_is_no_part_of_a_name(name: str, markup: bytes, authors: list[str]) -> None:
    assert articlextract.extract(markup).authors == authors


def headed_english_page(above: str, under: str = "") -> bytes:
    """An English article with `above` printed right before its headline and `under` right after it."""
    return f"""<html><head><title>Flour prices rise</title></head><body><nav><a href="/">Home</a></nav><article>
<header>{above}<h1>Flour prices rise</h1>{under}</header><div class="content">{ENGLISH_BODY}</div></article>
</body></html>""".encode()


SLOTS_AROUND_THE_HEADLINE: list[tuple[str, bytes, list[str]]] = [
    (
        "an author slot above the headline (Smashing Magazine's header list)",
        headed_english_page(
            '<ul class="article-header--meta"><li class="article-header--meta-item__author">'
            '<a class="author-post__author-title" href="/author/ada-lind/">Ada Lind</a></li>'
            '<li class="article-header--meta-item__date"><time datetime="2024-05-09">May 9, 2024</time></li></ul>'
        ),
        ["Ada Lind"],
    ),
    (
        "a name's last letter in a span of its own (Condé Nast's letter spacing)",
        headed_english_page(
            '<div class="byline byline--author"><div class="byline__name"><a class="byline__name-link" '
            'href="/contributor/ada-lind">Ada Lin<span class="link__last-letter-spacing">d</span></a></div></div>'
        ),
        ["Ada Lind"],
    ),
    (
        "a slot after the headline outranks one above it",
        headed_english_page(
            '<div class="author-name">Ada Lind</div>', '<p class="byline">By Tom Ferris and Lena Ortiz</p>'
        ),
        ["Tom Ferris", "Lena Ortiz"],
    ),
    (
        "a Spanish paper's signature (p.firma), the place after the name",
        headed_english_page(
            "", '<p class="firma"><em>Ángeles Escrivá</em> | <span class="localizacion">Madrid</span></p>'
        ),
        ["Ángeles Escrivá"],
    ),
    (
        "a German portal's author element",
        headed_english_page("", '<div class="article-autor"><a href="/profil/lena-ortiz">Lena Ortiz</a></div>'),
        ["Lena Ortiz"],
    ),
    (
        "a carousel's autorotate class marks no author",
        headed_english_page("", '<div class="slider autorotate"><span>Lena Ortiz</span></div>'),
        [],
    ),
    (
        "a word printed after the name's element is no last letter",
        headed_english_page(
            "",
            '<div class="byline">By <span class="vcard author">Dana Whitcomb</span> on <abbr>May 3, 2013</abbr></div>',
        ),
        ["Dana Whitcomb"],
    ),
    (
        "a conjunction in its own element is no last letter",
        headed_english_page('<div class="author"><a>Felipe Pereira</a> e <a>Ana Souza</a></div>'),
        ["Felipe Pereira"],  # (a slot gives its first element's names)
    ),
]


@pytest.mark.parametrize(
    ("name", "markup", "authors"), SLOTS_AROUND_THE_HEADLINE, ids=[row[0] for row in SLOTS_AROUND_THE_HEADLINE]
)
def test_author_slots_around_the_headline(name: str, markup: bytes, authors: list[str]) -> None:
    assert articlextract.extract(markup).authors == authors


#: A wire story's closing credit line (Reuters, USA TODAY): the reporters are authors, the contributors join
#: the byline's authors, the editor is the editor, and the line leaves the body.
WIRE_CREDIT_LINES: list[tuple[str, str, str, list[str], str | None]] = [
    (
        "Reuters credits in brackets",
        "",
        "(Reporting by Will Dunham; Editing by Tom Brown)",
        ["Will Dunham"],
        "Tom Brown",
    ),
    (
        "additional reporting joins the byline",
        '<p class="byline">By Rodrigo Campos</p>',
        "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; "
        "Editing by Nick Zieminski and Dan Grebler",
        ["Rodrigo Campos", "Stephanie Kelly", "Saqib Iqbal Ahmed"],
        "Nick Zieminski and Dan Grebler",
    ),
    (
        "where a contributor filed from is no part of the name",
        "",
        "(Reporting by Dana Whitfield; additional reporting by Omar Haddad in Chicago; Editing by Lucy Marsh)",
        ["Dana Whitfield", "Omar Haddad"],
        "Lucy Marsh",
    ),
    (
        "contributors alone, where nothing else credits a writer",
        "",
        "Contributing: Kristine Phillips",
        ["Kristine Phillips"],
        None,
    ),
    (
        "USA TODAY's contributors join the byline",
        '<p class="byline">By Kevin Johnson and Kevin McCoy</p>',
        "Contributing: Kristine Phillips",
        ["Kevin Johnson", "Kevin McCoy", "Kristine Phillips"],
        None,
    ),
]


@pytest.mark.parametrize(
    ("name", "under", "line", "authors", "editor"), WIRE_CREDIT_LINES, ids=[row[0] for row in WIRE_CREDIT_LINES]
)
def test_wire_credit_line_after_the_body(
    name: str, under: str, line: str, authors: list[str], editor: str | None
) -> None:
    markup = f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>{under}
<div class="content">{ENGLISH_BODY}<p>{line}</p></div></article></body></html>"""
    article = articlextract.extract(markup)
    assert (article.authors, article.editor) == (authors, editor)
    assert not any(line[:20] in paragraph for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    ("last", "source"),
    [
        ("They were deported for entering the country illegally, officials said. PTI", "PTI"),
        ("The council will vote on the plan next month. (AP)", "AP"),
        ("The vote was close, the council said. — Reuters", "Reuters"),
        ("Shares rose 5% in the quarter, Reuters reported.", None),  # an agency inside the sentence is no credit
    ],
)
def test_news_agency_closing_the_last_paragraph(last: str, source: str | None) -> None:
    markup = f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<div class="content">{ENGLISH_BODY}<p>{"Millers say the harvest was poor in the east this year. " * 3}{last}</p></div>
</article></body></html>"""
    assert articlextract.extract(markup).source == source


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "AP"),
        ("NEW YORK (Reuters) - Oil prices fell sharply.", "Reuters"),
        ("Gießen (dpa) - Die Stadt sperrt die Brücke.", "dpa"),  # the agency writes itself in lower case
        ("Berlin (dpa/lhe) - Der Senat hat entschieden.", "dpa"),  # with its regional service
        ("Berlin (ots) - Die Polizei meldet einen Unfall.", None),  # a lower-case word that is no agency
        ("The vote (held on Tuesday) - was close.", None),
    ],
)
def test_the_outlet_of_a_wire_dateline(opening: str, outlet: str | None) -> None:
    assert dateline_outlet(opening) == outlet


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", "News Nation Bureau"),
        ("Priya Raman | Updated : 19 November 2019, 09:01 AM", None),  # a person beside the date: no desk
    ],
)
def test_a_desk_beside_the_date_opening_the_body(first: str, source: str | None) -> None:
    markup = f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<p class="intro">The council met on Tuesday.</p><div class="content"><p>{first}</p>{ENGLISH_BODY}</div></article>
</body></html>"""
    article = articlextract.extract(markup)
    assert article.source == source
    assert first not in article.paragraphs


@pytest.mark.parametrize(
    ("affiliation", "source"),
    [
        ("USA TODAY", "USA TODAY"),
        ("The Associated Press", "The Associated Press"),
        ("Staff writer", None),  # a role, no outlet
        ("Kansas City Times reporters found the records.", None),  # a sentence that opens with an outlet
    ],
)
def test_an_outlet_alone_opening_the_body(affiliation: str, source: str | None) -> None:
    """The USA TODAY Network's byline sets the outlet in an element of its own under the writer's linked name
    (``div.gnt_ar_by``): once the name went as a link, the outlet alone opens the body. It is the source, and goes;
    a line that is no outlet's name alone stays."""
    from articlextract.metadata import Metadata, take_body_lines
    from articlextract.metadata.fields import resolve_source

    meta = Metadata(title="t")
    kept = take_body_lines([affiliation, *BODY], meta)
    assert (0 in kept) is (source is None)
    assert resolve_source(meta.evidence) == source


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        (["Media contact:", "Jordan Ellery, Northwind Robotics", "press@northwind.example"], 3),
        (["Press Contacts", "Jordan Ellery", "+1 312-555-0142", "press@northwind.example"], 4),
        (["Investor contact: Dana Roe", "ir@northwind.example"], 2),
        (["Jordan Ellery is covering the story.", "jellery@paper.example"], 1),  # a reporter's signature
    ],
)
def test_an_address_under_a_contact_label_stays(closing: list[str], kept: int) -> None:
    """A press release closes with its issuer's contact block: the e-mail address under ``Media contact:`` is part
    of the release; one closing a story without such a label is a reporter's signature, and goes."""
    from articlextract.metadata import Metadata, take_body_lines

    assert take_body_lines([*BODY, *closing], Metadata(title="t")) == list(range(len(BODY) + kept))


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("SOURCE Northwind Robotics", "Northwind Robotics"),  # a press wire's closing line, in capitals
        ("Source: Reuters", "Reuters"),
        ("Source code is on GitHub", None),  # a sentence opening with the word
        ("Sources: two officials", None),
    ],
)
def test_a_source_line_closing_the_body(closing: str, source: str | None) -> None:
    """A release on PR Newswire (and on the sites that republish it) closes with ``SOURCE <issuer>``, the label in
    capitals without a colon: the issuer is the source, and the line goes; a line that merely opens with the
    word stays."""
    from articlextract.metadata import Metadata, take_body_lines
    from articlextract.metadata.fields import resolve_source

    meta = Metadata(title="t")
    kept = take_body_lines([*BODY, closing], meta)
    assert (len(BODY) in kept) is (source is None)
    assert resolve_source(meta.evidence) == source


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        (
            '<div class="gnt_ar_b_al">Contributing: Samuel Ortiz, The Lakeshore Reporter</div>',
            ["Jo Lee", "Samuel Ortiz"],
        ),
        ("<p><strong>Contributing:</strong> Samuel Ortiz and Ana Ruiz</p>", ["Jo Lee", "Samuel Ortiz", "Ana Ruiz"]),
        ('<div class="gnt_ar_b_al">Reporters Samuel Ortiz and Ana Ruiz contributed.</div>', ["Jo Lee"]),
    ],
)
def test_a_contributing_line_under_the_story_adds_its_names(closing: str, authors: list[str]) -> None:
    """USA TODAY's closing ``Contributing: X`` line, in an element of its own under the last paragraph (its
    network's ``div.gnt_ar_b_al``), adds its names to the byline's, whether the body keeps the line or not."""
    markup = f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<div class="byline">By Jo Lee</div><div class="gnt_ar_b">{ENGLISH_BODY}{closing}</div></article></body></html>"""
    assert articlextract.extract(markup).authors == authors


def long_article(footer: str, after: str = "") -> bytes:
    """An English article too long for the slots right after its headline, with `footer` at the end of its
    ``<article>`` and `after` following it."""
    story = "".join(
        f"<p>Paragraph {index}: the mill <em>raised</em> its <strong>prices</strong> again this week.</p>"
        for index in range(60)
    )
    return f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<div class="entry-content">{story}</div><footer class="entry-footer">{footer}</footer></article>{after}
</body></html>""".encode()


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        (
            long_article('<span class="byline">Posted by <a class="url fn n" href="/author/jd/">Jane Doe</a></span>'),
            ["Jane Doe"],
        ),
        (  # a card after the article is another story's
            long_article("", '<div class="related"><span class="author-name">Tom Ferris</span></div>'),
            [],
        ),
    ],
    ids=["entry footer of a long article", "a related card after the article"],
)
def test_author_slot_further_down_the_article(markup: bytes, authors: list[str]) -> None:
    assert articlextract.extract(markup).authors == authors


def test_an_english_editor_credit_outside_the_body() -> None:
    """PolitiFact prints 'Edited by: X' in a sidebar box beside the story, outside the body."""
    markup = f"""<html><head><title>Flour prices rise</title></head><body><article><h1>Flour prices rise</h1>
<div class="content">{ENGLISH_BODY}</div></article><aside class="m-sidebar"><div class="m-author">
<p>Written by: <a>Dana Whitfield</a></p><p>Edited by: <a>Louis Marsh</a></p></div></aside></body></html>"""
    assert articlextract.extract(markup).editor == "Louis Marsh"


def _footer_dated(footer: str, after: str = "") -> bytes:
    """A WordPress theme's post that prints no date under its headline, its meta in the entry footer past a long
    story (beyond the lines read under the headline)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 12)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}_示例网</title></head><body>
<main><article class="post type-post status-publish"><header class="entry-header"><h1>{TITLE}</h1></header>
<div class="entry-content">{paragraphs}</div><footer class="entry-footer">{footer}</footer></article>{after}</main>
</body></html>""".encode()


def test_a_labelled_date_in_the_entry_footer_dates_a_post_with_none_under_its_headline() -> None:
    footer = (
        '<div class="single-cat-tag"><div class="single-cat">发布日期：2019-09-23 14:34:05&nbsp;&nbsp;所属分类：'
        '<a href="/ym/">头条</a></div><div class="single-tag">标签：</div></div>'
    )
    article = articlextract.extract(_footer_dated(footer))
    assert article.published == datetime(2019, 9, 23, 14, 34, 5)


def test_a_date_after_the_article_element_is_another_storys() -> None:
    related = '<div class="related"><h3>相关文章</h3><p>发布日期：2019-09-01 10:00</p></div>'
    assert articlextract.extract(_footer_dated("<div>所属分类：头条</div>", after=related)).published is None


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        (
            "This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under "
            '<a href="/c/arduino">Arduino</a>. You can follow any responses to this entry through the RSS 2.0 feed.',
            datetime(2015, 12, 14, 14, 48),
        ),
        (
            'Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author/h">Heiner</a> geschrieben und '
            'unter dem Stichwort <a href="/tag/arduino">Arduino</a> eingeordnet.',
            datetime(2015, 12, 14, 14, 48),
        ),
        ("You can follow any responses to this entry. Posted in 2015, on December 14th.", None),
    ],
    ids=["WordPress classic", "German theme", "no footer sentence"],
)
def test_a_classic_themes_footer_sentence_dates_its_post(footer: str, published: datetime | None) -> None:
    """Themes older than ``<article>`` wrap the post in ``div.post`` and print its date in a sentence under it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 12)
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}_示例网</title></head><body><div id="content">
<div class="post" id="post-424"><h2>{TITLE}</h2><div class="entry">{paragraphs}</div>
<p class="postmetadata alt"><small>{footer}</small></p></div></div></body></html>"""
    assert articlextract.extract(markup.encode()).published == published


@pytest.mark.parametrize(
    ("footer", "published", "authors"),
    [
        (
            'posted @ <span id="post-date">2024-05-20 08:37</span>&nbsp;<a href="/guyichuan">顾以川</a>&nbsp;'
            '阅读(<span id="post_view_count">1234</span>)&nbsp;评论(<span>5</span>)&nbsp;<a href="/edit">编辑</a>',
            datetime(2024, 5, 20, 8, 37),
            ["顾以川"],
        ),
        (
            'posted on 2011-03-08 21:15 <a href="/qingshan">青山 Lee</a> 阅读(862) 评论(3) 编辑 收藏 所属分类: C++',
            datetime(2011, 3, 8, 21, 15),
            ["青山 Lee"],
        ),
        ("posted @ 2024-05-20 08:37 编辑 收藏 举报", datetime(2024, 5, 20, 8, 37), []),
    ],
    ids=["博客园", "older .Text skin", "no name before the read count"],
)
def test_a_dot_text_footer_line_dates_its_post_and_names_its_writer(
    footer: str, published: datetime, authors: list[str]
) -> None:
    """博客园 and the other heirs of the .Text blog engine print the post's date and its writer only in the line
    under the post (``div.postDesc``): ``posted @ <date> <writer> 阅读(n) 评论(n) 编辑 收藏``."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 12)
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE} - 示例 - 博客园</title></head><body><div id="topics">
<div class="post"><h1 class="postTitle"><a id="cb_post_title_url" href="/p/1">{TITLE}</a></h1><div class="postBody">
<div id="cnblogs_post_body">{paragraphs}</div></div><div class="postDesc">{footer}</div></div></div></body></html>"""
    article = articlextract.extract(markup.encode())
    assert (article.published, article.authors) == (published, authors)


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        ("作者:阿澄 <small>|</small> 分类:游记 <small>|</small> 评论:2 <small>|</small> 浏览:386", ["阿澄"]),
        ("作者：周立言 | 分类：读书 | 浏览：1024", ["周立言"]),
        ("作者: admin | 分类: 默认分类 | 评论: 0 | 浏览: 12", []),
        ("分类:游记 | 评论:2 | 浏览:386", []),
    ],
    ids=["Z-Blog", "full-width colons", "the CMS user", "no author field"],
)
def test_the_author_field_of_a_posts_footer_line_names_its_writer(footer: str, authors: list[str]) -> None:
    """Z-Blog's default theme names the writer only in the line of labelled fields under the post body
    (``p.post-footer``); a CMS account name there is no writer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 3)
    markup = f"""<html><head><meta charset="utf-8"><title>示例博客-{TITLE}</title></head><body><div id="divMain">
<div class="post single"><h4 class="post-date">2024年05月20日</h4><h2 class="post-title">{TITLE}</h2>
<div class="post-body">{paragraphs}</div><p class="post-footer">{footer}</p></div></div></body></html>"""
    assert articlextract.extract(markup.encode()).authors == authors


@pytest.mark.parametrize(
    ("html_title", "authors"),
    [
        (f"{TITLE}_林晚晴_新浪博客", ["林晚晴"]),
        (f"{TITLE} - 顾以川 - 博客园", ["顾以川"]),
        (f"{TITLE}_周闻溪的博客-CSDN博客", ["周闻溪"]),
        (f"{TITLE}_线程池教程-CSDN博客", []),
        (f"{TITLE}_新浪财经_新浪网", []),
    ],
    ids=["新浪博客", "博客园", "CSDN owner", "CSDN keywords", "a portal's channel"],
)
def test_a_blog_platforms_title_names_the_blogger(html_title: str, authors: list[str]) -> None:
    """Chinese blog platforms name the blogger in ``<title>`` between the post's title and their own name; a page
    that names no writer elsewhere takes it from there."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 3)
    markup = f"""<html><head><meta charset="utf-8"><title>{html_title}</title></head><body><div class="artical">
<h2 class="titName">{TITLE}</h2><span class="time">(2014-05-20 08:37:15)</span>
<div class="articalContent">{paragraphs}</div></div></body></html>"""
    assert articlextract.extract(markup.encode()).authors == authors


def test_a_story_set_in_a_list_item_keeps_its_byline() -> None:
    """A template that sets the post itself in a list item: the item holds the headline, so it is no card."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}_示例网</title></head><body><ul class="posts"><li>
<h1>{TITLE}</h1><p class="meta"><a rel="author" href="/author/priya">Priya Ramaswamy</a></p>
<p><a href="/topics/local-government-and-petitions">Local government and petitions in the county</a></p>
{paragraphs}</li></ul></body></html>"""
    assert articlextract.extract(markup.encode()).authors == ["Priya Ramaswamy"]


def test_the_day_under_a_signature_closing_the_body_stays() -> None:
    """A government notice closes with the issuing office and the day it was signed (its 落款): both are the
    document's text, not the page's date line; the page's date comes from its info line."""
    close = '<p align="right">青山县人民政府办公室</p><p align="right">2024年5月17日</p><p>（此件公开发布）</p>'
    article = articlextract.extract(page('<div class="info">发布日期：2024-05-20 16:05</div>', last=close))
    assert article.paragraphs[-3:] == ["青山县人民政府办公室", "2024年5月17日", "（此件公开发布）"]
    assert article.published == datetime(2024, 5, 20, 16, 5)
