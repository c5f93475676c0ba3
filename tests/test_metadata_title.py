"""Headline selection: heading elements against ``<title>``/og:title, logo headings, site suffixes and prefixes."""

from __future__ import annotations

import pytest
from lxml import html

from articlextract.metadata.title import find_headline, site_from_title, title_parts

NAV = '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/finance/">财经</a></div>'
DATE_LINE = '<div class="info">2019-09-07 13:43:45 来源：新京报</div>'

PAGES = [
    # (<title>, declared og:title/headline, body markup, expected headline)
    (
        "以人为本筑和谐_泗水新闻_济宁_地方网",
        [],
        f'<div class="logo"><h1><a href="/"><img alt="地方网"></a></h1></div>{NAV}<h1>以人为本筑和谐</h1>{DATE_LINE}',
        "以人为本筑和谐",
    ),
    (
        "人民币中间价创逾五年新低 做市商称符合预期|金融改革|黄益平|离岸人民币_新浪财经_新浪网",
        [],
        f'<h1 id="artibodyTitle">人民币中间价创逾五年新低 做市商称符合预期</h1>{DATE_LINE}',
        "人民币中间价创逾五年新低 做市商称符合预期",
    ),
    (
        "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网",
        [],
        '<h3 class="pre">河南着力培育新动能塑造新优势</h3>'
        "<h1>在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）</"
        "h1>",
        "在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）",
    ),
    (
        "明日股市预测--三大指数集体收涨 沪指重回3000点_明日大盘",
        [],
        '<h1 class="site"><a href="https://www.example.com'
        '/">明日大盘</a></h1><div class="title-text">三大指数集体收涨 沪'
        "指重回3000点</div>",
        "三大指数集体收涨 沪指重回3000点",
    ),
    (
        "新闻动态--中国地理学会官网",
        [],
        f"<h2>导航</h2>{NAV}<h2>2019年中国地理学会学术年会在京召开</h2>{DATE_LINE}<h2>友情链接</h2>",
        "2019年中国地理学会学术年会在京召开",
    ),
    (
        "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
        ["Opinion | Republicans Are Following Trump to Nowhere"],
        '<h3 id="site-index-section-label-1">opinion</h3><h1 item'
        'prop="headline">Republicans Are Following Trump to Nowhe'
        "re</h1>",
        "Republicans Are Following Trump to Nowhere",
    ),
    (
        "被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审|山东省|青岛市|无锡市_新浪新闻",
        ["被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审"],
        '<h1 class="channel-logo"><a href="https://news.sina.com.cn/">新闻中心</a></h1>'
        '<h1 class="main-title">被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审</h1>',
        "被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审",
    ),
    (
        "新华全媒+丨积极因素不断增多 “质升量稳”动能增强-前4个月我国外贸向好态势进一步巩固-今日头条",
        [],
        "<h1>新华全媒+丨积极因素不断增多 “质升量稳”动能增强——前4个月我国外贸向好态势进一步巩固</h1>",
        "新华全媒+丨积极因素不断增多 “质升量稳”动能增强——前4个月我国外贸向好态势进一步巩固",
    ),
    (
        "三亚湾新房|地铁直达+无敌免税城 首付30万起_楼盘资讯",
        [],
        "<h1>三亚湾新房|地铁直达+无敌免...</h1>",
        "三亚湾新房|地铁直达+无敌免税城 首付30万起",
    ),
    (
        "被曝裁员超三成 这家公司回应_财经_网易",
        [],
        "<h1>原创 被曝裁员超三成 这家公司回应</h1>",
        "被曝裁员超三成 这家公司回应",
    ),
    (
        "《热辣滚烫》贾玲瘦了100斤，她说：“我的减重非常健康”，怎么做到的？_39健康网",
        [],
        "<h1>《热辣滚烫》贾玲瘦了100斤，她说：“我的减重非常健康”，怎么做到的？</h1>",
        "《热辣滚烫》贾玲瘦了100斤，她说：“我的减重非常健康”，怎么做到的？",
    ),
    (
        "我国首届养老专业本科生迎来毕业季_新闻频道_中国青年网",
        [],
        '<p class="pbt">我国首届养老专业本科生迎来毕业季</p><p class="pwz">发稿时间：2024-05-13 06:03:00</p>',
        "我国首届养老专业本科生迎来毕业季",
    ),
    ("[诗婷露雅化妆品]夏季护肤的五个误区_美容_某某网", [], "<div>正文</div>", "夏季护肤的五个误区"),
    # a headline too short to agree by containment, equal to the first part of a headline_channel_site <title>
    (
        "秋思_原文、注释及赏析_江城诗词_古诗文网",
        [],
        '<div class="section"><h1 itemprop="name">秋思</h1></div><p class="sub">作者：张籍</p>'
        "<h3>注释</h3><h3>赏析</h3>",
        "秋思",
    ),
    # … but not a section heading equal to the first part of a two-part <title>
    (
        "新闻_江城市人民政府门户网站",
        [],
        f"<h2>新闻</h2><h1>江城今年完成农村公路提档升级</h1>{DATE_LINE}",
        "江城今年完成农村公路提档升级",
    ),
    # a <title> that puts the site first (Z-Blog's 网站-标题), the site's name in a heading linking home: the
    # headline is the last part, and the blog's motto in the heading between them is no headline
    (
        "山野漫记-雨后去屏南龙潭村住了两晚",
        [],
        '<h1 id="BlogTitle"><a href="https://www.example.cn/">山野漫记</a></h1><h3 id="BlogSubTitle">走过的路，看过的山'
        '</h3><h4 class="post-date">2024年05月20日</h4><h2 class="post-title">雨后去屏南龙潭村住了两晚</h2>',
        "雨后去屏南龙潭村住了两晚",
    ),
    # a generic <title> (site and section only): a title-named block with its 来源 line under it is the headline
    (
        "科普站-辟谣文章",
        [],
        '<div class="rumor-title">喝隔夜茶真的会致癌吗？</div><div class="rumor-info"><span>来源： 科普站-健康</span>'
        "</div><div><p>隔夜茶致癌的说法流传已久。</p></div>",
        "喝隔夜茶真的会致癌吗？",
    ),
    # an ellipsis the declared title prints too is the headline's own, not a cut: the site name is no completion
    (
        "Quem sabe esperar… — Frases do Dia",
        ["Quem sabe esperar... — Frases do Dia"],
        f"<h1>Quem sabe esperar…</h1>{DATE_LINE}",
        "Quem sabe esperar…",
    ),
    # a title-named definition list holding the headline in its <dt> (a Korean portal template), with the
    # sidebar's "most read" heading before it
    (
        "시의회 예산안 통과, 남은 과제는 - 한강미디어",
        [],
        "<h3><strong>많이 본</strong> 칼럼</h3>"
        '<div class="newsContent"><dl class="newsTitle"><dt>시의회 예산안 통과, 남은 과제는</dt></dl>'
        "기사입력 :[ 2018-08-25 15:24 ]<div><p>시의회가 20일 예산안을 통과시켰다.</p></div></div>",
        "시의회 예산안 통과, 남은 과제는",
    ),
    # a kicker in an element of its own opening the headline (German Dachzeile, arXiv's "Title:" descriptor)
    (
        "Manuela Reimann: Hochzeitsüberraschung in Bayern! | Wunderweib",
        [],
        '<h1><span class="roofline">Wow, wow, wow!</span>Manuela Reimann: Hochzeitsüberraschung in Bayern!</h1>'
        '<div class="date">20. Juni 2019</div><p>Text.</p>',
        "Manuela Reimann: Hochzeitsüberraschung in Bayern!",
    ),
    (
        "[2401.00001] Natural Language Processing Relies on Linguistics",
        [],
        '<h1 class="title"><span class="descriptor">Title:</span>'
        "Natural Language Processing Relies on Linguistics</h1>",
        "Natural Language Processing Relies on Linguistics",
    ),
    # a series label in brackets opens <title>: the headline agrees with what follows it, not the series line
    (
        "[고규홍의 큰 나무 이야기] 큰 나무의 태풍 대비 전략 - 한강미디어",
        ["[고규홍의 큰 나무 이야기] 큰 나무의 태풍 대비 전략"],
        '<div class="serial-title">고규홍의 큰 나무 이야기</div><h3 class="tit_view">큰 나무의 태풍 대비 전략</h3>'
        "<p>태풍은 큰 나무의 생존에 치명적인 위협이다.</p>",
        "큰 나무의 태풍 대비 전략",
    ),
    # a newspaper's 引题, 主标题 and 副题 (an e-paper's <title> is the paper's name): the date line is under the
    # 副题, the headline is the heading one rank above it
    (
        "江州日报",
        [],
        "<h3>城市更新见行动</h3><h1>一百二十个老旧小区今年焕新</h1><h2>涉及居民四万余户，计划加装电梯两百部</h2>"
        '<p class="sec">本报记者 周岚<span class="date">《江州日报》（ 2024年05月20日 第 04 版）</span></p>',
        "一百二十个老旧小区今年焕新",
    ),
    # … but not a heading too short for a headline, nor the site's name linking home
    ("示例网", [], f"<h1>国内</h1><h2>城北片区十条断头路年内打通</h2>{DATE_LINE}", "城北片区十条断头路年内打通"),
    (
        "示例网",
        [],
        f'<h1><a href="/">江州新闻网首页</a></h1><h2>城北片区十条断头路年内打通</h2>{DATE_LINE}',
        "城北片区十条断头路年内打通",
    ),
    (
        "The law that’s helping fuel the city’s poor air quality - Vox",
        ["The law that’s helping fuel Delhi’s deadly air pollution"],
        "<div>no heading here</div>",
        "The law that’s helping fuel Delhi’s deadly air pollution",
    ),
]


@pytest.mark.parametrize(("html_title", "declared", "body", "expected"), PAGES)
def test_find_headline(html_title: str, declared: list[str], body: str, expected: str) -> None:
    root = html.fromstring(f"<html><head><title>{html_title}</title></head><body>{body}</body></html>")
    headline = find_headline(root, html_title, declared)
    assert headline is not None and headline.text == expected


def test_headline_element_is_found_for_markup_titles() -> None:
    """A headline chosen from ``<title>`` is located on the page, so the info line under it can be read."""
    root = html.fromstring(
        '<html><body><p class="pbt">我国首届养老专业本科生迎来毕业季</p><p>发稿时间：2024-05-13 06:03:00</p></body></h'
        "tml>"
    )
    headline = find_headline(root, "我国首届养老专业本科生迎来毕业季_新闻频道_中国青年网", [])
    assert headline is not None and headline.element is not None and headline.element.get("class") == "pbt"


def test_a_linked_title_in_a_list_of_other_stories_is_no_headline() -> None:
    root = html.fromstring(
        '<html><body><ul><li><div class="news-title"><a href="/2.html">另一条辟谣文章的标题</a></div>'
        "<span>来源：科普站</span></li></ul></body></html>"
    )
    headline = find_headline(root, "科普站-辟谣文章", [])
    assert headline is not None and headline.element is None  # the <title> fallback, located nowhere


def test_no_title_at_all() -> None:
    assert find_headline(html.fromstring("<html><body><p>x</p></body></html>"), None, []) is None


PARTS = [
    ("以人为本筑和谐_泗水新闻_济宁_地方网", ["以人为本筑和谐", "泗水新闻", "济宁", "地方网"]),
    (
        "美联储维持联邦基金利率目标区间不变 年内预将再加息_南方网",
        ["美联储维持联邦基金利率目标区间不变 年内预将再加息", "南方网"],
    ),
    (
        "习近平主持召开深入推进长三角一体化发展座谈会-中国科普网",
        ["习近平主持召开深入推进长三角一体化发展座谈会", "中国科普网"],
    ),
    ("新闻动态--中国地理学会官网", ["新闻动态", "中国地理学会官网"]),
    (
        "New York State Attorney General reportedly investigating WeWork – TechCrunch",
        ["New York State Attorney General reportedly investigating WeWork", "TechCrunch"],
    ),
    ("COVID-19 cases rise | Reuters", ["COVID-19 cases rise", "Reuters"]),
    ("游戏攻略大全|游民星空", ["游戏攻略大全", "游民星空"]),
    ("新华全媒+丨积极因素不断增多——前4个月我国外贸向好", ["新华全媒+丨积极因素不断增多——前4个月我国外贸向好"]),
]


@pytest.mark.parametrize(("html_title", "parts"), PARTS)
def test_title_parts(html_title: str, parts: list[str]) -> None:
    assert title_parts(html_title) == parts


SITES = [
    ("以人为本筑和谐_泗水新闻_济宁_地方网", "以人为本筑和谐", "地方网"),
    ("短视频与大众文化生产_要闻_电影网_1905.com", "短视频与大众文化生产", "1905.com"),
    (
        "Opinion | Republicans Are Following Trump to Nowhere - The New York Times",
        "Republicans Are Following Trump to Nowhere",
        None,
    ),
    ("以人为本筑和谐", "以人为本筑和谐", None),
]


@pytest.mark.parametrize(("html_title", "headline", "site"), SITES)
def test_site_from_title(html_title: str, headline: str, site: str | None) -> None:
    assert site_from_title(html_title, headline) == site


def test_heading_marked_as_the_headline_wins_over_an_seo_title() -> None:
    body = (
        '<h1 class="article__hed" itemprop="headline">The Disappearance of a Novelist</h1>'
        '<h2 class="article__dek">Why a beloved science fiction writer fell into obscurity after his death</h2>'
    )
    root = html.fromstring(f"<html><body>{body}<p>text</p></body></html>")
    headline = find_headline(root, "How did a beloved writer fall into obscurity after his death?", [])
    assert headline is not None and headline.text == "The Disappearance of a Novelist"


def test_writer_credit_after_a_break_in_the_marked_headline_is_left_out() -> None:
    """Nikkei prints the writer in the ``h1[itemprop=headline]``, after a ``<br>``; ``<title>`` leaves it out."""
    body = (
        '<h1 itemprop="headline"><span>米朝首脳直通電話 習氏に挑むトランプ戦術の成否</span><br>'
        "<span>編集委員 中沢克二</span></h1><p>本文</p>"
    )
    root = html.fromstring(f"<html><body>{body}</body></html>")
    headline = find_headline(root, "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 ：日本経済新聞", [])
    assert headline is not None and headline.text == "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"


def test_a_date_before_the_marked_headline_is_left_out() -> None:
    """Squarespace's blog template sets the day inside ``h2[itemprop=headline]``, before the headline."""
    body = (
        '<h2 class="entry-title" itemprop="headline"><time datetime="2019-06-17">Jun 17 </time>'
        "Das vielleicht schönste Ende der Welt: Montauk </h2><p>Text.</p>"
    )
    root = html.fromstring(f"<html><body>{body}</body></html>")
    headline = find_headline(root, "BeFifty", ["Das vielleicht schönste Ende der Welt: Montauk "])
    assert headline is not None and headline.text == "Das vielleicht schönste Ende der Welt: Montauk"


def test_counter_glued_to_the_headline_is_dropped_when_the_title_agrees() -> None:
    body = '<h1>第二章 失乡号的船长<span class="review"><span class="review-icon"></span>241</span></h1>'
    root = html.fromstring(f"<html><body>{body}<p>text</p></body></html>")
    headline = find_headline(root, "第二章 失乡号的船长 _《深海余烬》小说在线阅读", [])
    assert headline is not None and headline.text == "第二章 失乡号的船长"
    kept = find_headline(
        html.fromstring("<html><body><h1>Apple unveils the iPhone 15</h1></body></html>"),
        "Apple unveils the iPhone 15 - Tech News",
        [],
    )
    assert kept is not None and kept.text == "Apple unveils the iPhone 15"


def test_an_unnamed_minor_heading_that_opens_the_title_is_the_headline() -> None:
    """A small site's template prints the headline in a plain ``<h4>`` (its date line under it), the site's name glued
    to it in ``<title>`` (``…GPU-EDN``: no separator between two Latin letters); the site's name in a sidebar
    ``<h5>``, which ``<title>`` only holds, is not taken."""
    body = (
        '<h3>专题</h3><div class="cover-text"><h4>一块芯片顶十块GPU</h4><div><span>时间：2019-09-25</span></div></div>'
        '<div class="side"><h4>联系我们</h4><h5>电子技术设计网</h5></div>'
    )
    html_title = "一块芯片顶十块GPU-EDN 电子技术设计网"
    root = html.fromstring(f"<html><head><title>{html_title}</title></head><body>{body}</body></html>")
    headline = find_headline(root, html_title, [])
    assert headline is not None and headline.element is not None and headline.element.tag == "h4"
    assert headline.text == "一块芯片顶十块GPU"
    site_only = html.fromstring(
        "<html><head><title>新闻动态--电子技术设计网官网</title></head><body><h3>首页 - 新闻动态</h3>"
        '<div class="side"><h5>电子技术设计网</h5></div></body></html>'
    )
    found = find_headline(site_only, "新闻动态--电子技术设计网官网", [])
    assert found is None or found.element is None or found.element.tag != "h5"
