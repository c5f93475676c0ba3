"""Breadcrumb trails: real trail lines (zh-conventions.md, tests/pages) and trail markup → the section path."""

from __future__ import annotations

import pytest
from lxml import html

from articlextract.metadata.breadcrumbs import find_breadcrumbs, parse_trail

TRAILS = [
    ("网易首页 > 财经频道 > 正文", ["网易首页", "财经频道"]),
    ("首页 > 要闻 > 头条 > 正文", ["首页", "要闻", "头条"]),
    ("您的当前位置：新闻中心 > 武汉", ["新闻中心", "武汉"]),
    ("您所在的位置： 首页 > 快讯 > 公司 > 公司", ["首页", "快讯", "公司", "公司"]),
    ("现在位置： 首页 >> 东区新闻 >> 正文", ["首页", "东区新闻"]),
    ("位置：首页 > 新闻动态", ["首页", "新闻动态"]),
    ("首页 / 其他 / 正文", ["首页", "其他"]),
    ("地方网 > 山东 > 济宁市 > 泗水新闻 > 正文", ["地方网", "山东", "济宁市", "泗水新闻"]),
    ("网易首页 > 网易号 > 正文 申请入驻", ["网易首页", "网易号"]),
    ("首页>>新闻 > 国际 >> 正文", ["首页", "新闻", "国际"]),
    ("人民网>>经济·科技", ["人民网", "经济·科技"]),
    ("中国科普网 > 时政新闻 >", ["中国科普网", "时政新闻"]),
    ("导航：品诗文网 > 诗歌大全 > 杜甫诗 > 当前页", ["品诗文网", "诗歌大全", "杜甫诗"]),
    ("当前位置：宏观频道首页 > 经济 >", ["宏观频道首页", "经济"]),
    ("首页> 时政频道> 要闻 > 正文", ["首页", "时政频道", "要闻"]),
    ("Home » News » World", ["Home", "News", "World"]),
    ("You are here: Home > Sports > Minnesota Wild", ["Home", "Sports", "Minnesota Wild"]),
    ("您现在的位置：地方网 > 山东 > 济宁 > 正文", ["地方网", "山东", "济宁"]),
    ("目前位置：首頁 > 新聞 > 正文", ["首頁", "新聞"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "crumbs"), TRAILS)
def test_parse_trail(text: str, crumbs: list[str]) -> None:
    assert parse_trail(text) == crumbs


def test_a_long_headline_ending_the_trail_is_dropped() -> None:
    headline = "Does Marie Yovanovitch Have a Net Worth of $17 Million?"
    links = ["Home", "Fact Checks", "Politics", headline]
    assert parse_trail(" ".join(links), links, headline) == ["Home", "Fact Checks", "Politics"]


def test_headline_repeated_as_last_crumb_is_dropped() -> None:
    assert parse_trail("首页 > 旅游 > 古北水镇光之城开幕", headline="古北水镇光之城开幕") == ["首页", "旅游"]


PAGES = [
    ('<div class="position"><a href="/">地方网</a> &gt; <a href="/sd/">山东</a> &gt; 正文</div>', ["地方网", "山东"]),
    (
        '<div class="ft"><span><a href="/index.html">中国科普网</a></span><span>&gt;</span>'
        '<span><a href="/politics/">时政新闻</a></span><span>&gt;</span></div>',
        ["中国科普网", "时政新闻"],
    ),
    (
        '<div class="header-nav left"><a href="https://www.news.cn/">新华网</a> &gt; '
        '<a class="curColumn" href="/politics/">时政</a> &gt; 正文</div>',
        ["新华网", "时政"],
    ),
    (
        '<div class="page_zi"><a href="/">首页&gt;&gt;</a><a hre'
        'f="../../">新闻</a>&nbsp;&gt;&nbsp;<a href="../">国际</a>'
        "&nbsp;&gt;&gt;&nbsp; 正文</div>",
        ["首页", "新闻", "国际"],
    ),
    (
        '<div class="layout route" id="rwb_navpath"><a href="/">人民网</a>&gt;&gt;<a href="/f/">经济·科技</a></div>',
        ["人民网", "经济·科技"],
    ),
    ('<p>您的当前位置：<a href="/">新闻中心</a> &gt; <a href="/wh/">武汉</a></p>', ["新闻中心", "武汉"]),
    # a trail printed as text in a table cell without a class
    (
        '<table><tr><td>您现在的位置：<a href="/">地方网</a> &gt; <a href="/sd/">山东</a> &gt; 正文</td></tr></table>',
        ["地方网", "山东"],
    ),
    # sina: the channel logo link printed before the first section, with no separator between them
    (
        '<div class="path"><h1 class="channel-logo"><a href="/"><span>新闻中心</span></a></h1>'
        '<div class="channel-path"><a href="/china/"> 国内新闻</a><span class="spliter">&gt;</span>'
        "<span>正文</span></div></div>",
        ["新闻中心", "国内新闻"],
    ),
    # the separator in a <small> of its own between two links, no class naming the trail
    (
        '<header><span class="nowrap flex"><a class="link" href="/news/">News</a><small>&nbsp;&gt;&nbsp;</small>'
        '<a class="link" href="/news/harbour/">Harbour</a></span></header>',
        ["News", "Harbour"],
    ),
    # Bootstrap's position-relative names no trail: the section menu before the real one is none
    (
        '<nav class="bg-secondary position-relative"><ul><li><a href="/physics/">Physics</a></li>'
        '<li><a href="/earth/">Earth</a></li><li><a href="/space/">Space</a></li></ul></nav>'
        '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
        '<li class="breadcrumb-item"><a href="/space/">Space</a></li></ol>',
        ["Home", "Space"],
    ),
    # a box named only for where it sits holds a menu or a byline when it prints no separator and no lead-in;
    # a trail-only name may leave its separators to CSS
    (
        '<div class="gn_position"><ul class="gn_nav_list"><li><a href="/"><em>E</em><em>首页</em></a></li>'
        '<li><a href="/v/"><em>x</em><em>视频</em></a></li><li><a href="/login">登录</a></li></ul></div>',
        [],
    ),
    (
        '<div class="storybyline-wrap linkLocation"><a href="/p/1">Regina Barber</a>'
        '<a href="/p/2">Rebecca Ramirez</a></div>',
        [],
    ),
    ('<div class="location"><a href="/">首页</a><a href="/news/">新闻</a></div>', []),
    ('<div class="location">当前位置：<a href="/">首页</a><a href="/news/">新闻</a></div>', ["首页", "新闻"]),
    ('<div class="crumbs"><a href="/">Home</a><a href="/news/">News</a></div>', ["Home", "News"]),
    # one section, in an element that says it is a trail; a lone home link is none
    ('<div class="ArticlePage-breadcrumbs"><a href="/business/company-town">Company Town</a></div>', ["Company Town"]),
    ('<div class="breadcrumb"><a href="/">栏目首页</a></div>', []),
    # a path printed inside a link's label is where the link leads (a course card), not a trail
    ('<a href="/skill/java"><span>Java技能树</span><span class="skill-tree-path">首页 › 概览</span></a>', []),
    ('<a href="/map/"><span>当前位置：首页 &gt; 地图</span></a>', []),
    # navigation bars and toolbars are not trails
    ('<div class="top"><a href="/">首页</a>|<a href="/news/">新闻</a>|<a href="/pic/">图片</a></div>', []),
    ('<div class="tools"><a href="#c">5人参与</a> <a href="#c">2评论</a></div>', []),
    ('<div class="menu"><a href="/">首页</a> / <a href="/a/">科普资讯</a> / <a href="/v/">科普视频</a></div>', []),
]


@pytest.mark.parametrize(("markup", "crumbs"), PAGES)
def test_find_breadcrumbs(markup: str, crumbs: list[str]) -> None:
    assert find_breadcrumbs(html.fromstring(f"<html><body>{markup}<h1>标题</h1></body></html>")) == crumbs
