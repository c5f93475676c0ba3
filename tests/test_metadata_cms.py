"""CMS template conventions for metadata, one row per convention, each on a small page of its own.

Each row reuses only the structure and class names a CMS renders (see /work/shared/templates/README.md and
tests/templates/README.md), with text of our own; the row says which fields the convention must give.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import articlextract

CHINA = timezone(timedelta(hours=8))
ZH_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "今年以来，县里把农村公路提档升级列为民生实事，全县多条农村公路完成改造，沿线群众出行条件明显改善。",
        "县交通运输局负责人介绍，此次改造坚持建管养一体推进，并邀请沿线村民担任义务质量监督员，确保工程质量。",
        "道路条件改善后，沿线不少村庄开始发展乡村旅游，利用老屋改建民宿，节假日接待游客数量明显增加。",
    )
)
EN_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The soil ecology group has been awarded a three-year grant to study how earthworm populations recover "
        "when farms stop ploughing, with sampling on forty farms across the county.",
        "Reduced tillage is spreading quickly among arable farmers who want to cut fuel costs and protect their "
        "soils from erosion, and earthworms are thought to be among the first to benefit from it.",
        "The team will dig and hand-sort soil blocks on each farm every spring and autumn, counting and weighing "
        "the worms and noting which species turn up in the samples.",
    )
)
ZH_TITLE = "县里今年完成农村公路提档升级"
EN_TITLE = "Lab wins grant to study earthworms on farms"


def zh_page(header: str, *, after: str = "", head: str = "", headline: str = f"<h1>{ZH_TITLE}</h1>") -> bytes:
    """A Chinese article page: the markup above and under the headline, the body, what follows it."""
    return f"""<html><head><meta charset="utf-8"><title>{ZH_TITLE}_新闻_示例网</title>{head}</head><body>
{header.replace("{headline}", headline)}<div class="content">{ZH_BODY}{after}</div>
</body></html>""".encode()


def en_page(header: str, *, head: str = "", footer: str = "") -> bytes:
    """An English article page: the markup around the headline, the body, a footer after it."""
    return f"""<html lang="en"><head><meta charset="utf-8"><title>{EN_TITLE} | Example News</title>{head}
</head><body>{header.replace("{headline}", f"<h1>{EN_TITLE}</h1>")}<div class="content">{EN_BODY}</div>{footer}
</body></html>""".encode()


CONVENTIONS: list[tuple[str, bytes, dict[str, Any]]] = [
    (
        "dedecms info line: <small> labels",
        zh_page(
            '{headline}<div class="info"><small>时间:</small>2024-05-16 09:42<small>来源:</small>青溪县融媒体中心'
            "<small>作者:</small>李建华 周敏<small>点击:</small>次</div>"
        ),
        {"authors": ["李建华", "周敏"], "source": "青溪县融媒体中心", "published": datetime(2024, 5, 16, 9, 42)},
    ),
    (
        "新华网 2016 template: date and 来源 above the headline",
        zh_page(
            '<div class="h-info"><span class="h-time">2018-05-20 08:37:15</span><span>来源：<em id="source"> 新华网'
            "</em></span></div>{headline}",
            headline=f'<div class="h-title">{ZH_TITLE}</div>',
        ),
        {"source": "新华网", "published": datetime(2018, 5, 20, 8, 37, 15)},
    ),
    (
        "dedecms editor after the last paragraph",
        zh_page("{headline}", after="(责任编辑：王晓燕)"),
        {"editor": "王晓燕"},
    ),
    (
        "dedecms trail: lead-in in <strong>, trailing separator",
        zh_page(
            '<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/news/">新闻中心</a>'
            ' &gt; <a href="/news/x/">县内新闻</a> &gt; </div>{headline}'
        ),
        {"breadcrumbs": ["主页", "新闻中心", "县内新闻"]},
    ),
    (
        "discuz portal info line: 原作者 and 来自, 发布者 is the CMS user",
        zh_page(
            '{headline}<p class="xg1">2024-03-28 15:06<span class="pipe">|</span>发布者: <a>admin</a>'
            '<span class="pipe">|</span>查看: <em>2847</em><span class="pipe">|</span>评论: 3'
            '<span class="pipe">|</span>原作者: 何静怡<span class="pipe">|</span>来自: 桐城晚报</p>'
        ),
        {"authors": ["何静怡"], "source": "桐城晚报", "published": datetime(2024, 3, 28, 15, 6)},
    ),
    (
        "discuz portal 来自 an IP place is no source",
        zh_page('{headline}<p class="xg1">2024-03-28 15:06<span class="pipe">|</span>来自: 北京</p>'),
        {"source": None},
    ),
    (
        "discuz portal trail ending in 查看内容",
        zh_page(
            '<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">桐城社区网</a> <em>&rsaquo;</em>'
            ' <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="portal.php?catid=3">民生关注</a>'
            " <em>&rsaquo;</em> 查看内容</div></div>{headline}"
        ),
        {"breadcrumbs": ["桐城社区网", "门户", "民生关注"]},
    ),
    (
        "phpcms info line inside the h1",
        zh_page(
            "{headline}",
            headline=f"<h1>{ZH_TITLE}<br /><span>2024-04-19 16:27:00&nbsp;&nbsp;&nbsp;来源：东川日报&nbsp;&nbsp;"
            "&nbsp;评论：<a>0</a> 点击：</span></h1>",
        ),
        {"title": ZH_TITLE, "source": "东川日报", "published": datetime(2024, 4, 19, 16, 27)},
    ),
    (
        "a two-line h1 stays one headline",
        zh_page("{headline}", headline="<h1>县里今年完成<br />农村公路提档升级</h1>"),
        {"title": ZH_TITLE, "subtitle": None},
    ),
    (
        "wechat: var ct over publish_time and 昨天, var nickname is the source",
        zh_page(
            '{headline}<div id="meta_content"><a id="js_name">城市观察笔记</a><em id="publish_time">昨天</em></div>',
            head='<script>var nickname = htmlDecode("城市观察笔记");\nvar ct = "1715830200";\n'
            'var publish_time = "2024-05-16" || "";</script>',
        ),
        {"published": datetime(2024, 5, 16, 11, 30, tzinfo=CHINA), "source": "城市观察笔记"},
    ),
    (
        "wechat: the writer (meta author, its own span) is the author, the account's profile is not",
        zh_page(
            '{headline}<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">许文静</span>'
            '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">城市观察笔记</a>'
            "</span></div>",
            head='<meta name="author" content="许文静">',
        ),
        {"authors": ["许文静"]},
    ),
    (
        "wechat: an account without a writer credits nobody",
        zh_page(
            '{headline}<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
            '<a id="js_name">城市观察笔记</a></span></div>'
        ),
        {"authors": []},
    ),
    (
        "wechat: a commenter's nickname in the discussion is no author",
        zh_page(
            "{headline}",
            after='<div class="discuss_container"><ul class="discuss_list"><li class="discuss_item">'
            '<div class="user_info"><strong class="nickname">东门老住户</strong></div></li></ul></div>',
        ),
        {"authors": []},
    ),
    (
        "wechat: the closing credits name the writer",
        zh_page(
            "{headline}", after="<section><span>文字 | 许文静\u3000图片 | 何思远\u3000编辑 | 钟雨桐</span></section>"
        ),
        {"authors": ["许文静"], "editor": "钟雨桐"},
    ),
    (
        "traditional editor label in the footer",
        zh_page("{headline}", after='<div class="article-editor">責任編輯：陳怡君</div>'),
        {"editor": "陳怡君"},
    ),
    (
        "traditional short editor label",
        zh_page("{headline}", after='<div class="article-editor">編輯：林志明</div>'),
        {"editor": "林志明"},
    ),
    (
        "amp: two authors in a byline ended by a middle dot",
        en_page(
            '{headline}<div class="byline">By <a href="/a/1">Callum Reid</a> and <a href="/a/2">Fatima Yusuf</a>'
            ' · <time datetime="2024-05-22T06:00:00+01:00">22 May 2024, 6:00am</time></div>'
        ),
        {"authors": ["Callum Reid", "Fatima Yusuf"]},
    ),
    (
        "blogger: the day in the date header, the time in the footer's abbr.published",
        en_page(
            "<h2 class='date-header'><span>Sunday, January 14, 2024</span></h2>{headline}",
            footer="<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>"
            "<a rel='author'>Rosalind Thorne</a></span></span> <span class='post-timestamp'>at "
            "<a class='timestamp-link'><abbr class='published' title='2024-01-14T16:45:00Z'>4:45 PM</abbr>"
            "</a></span></div>",
        ),
        {"published": datetime(2024, 1, 14, 16, 45, tzinfo=timezone.utc)},
    ),
    (
        "drupal: Submitted by <username> on <date>",
        en_page(
            '{headline}<div class="meta submitted"><span>Submitted by <span class="username">Tom Hadley</span>'
            " on Mon, 04/22/2024 - 11:30</span></div>"
        ),
        {"authors": ["Tom Hadley"]},
    ),
    (
        "meta author with accents",
        en_page("{headline}", head='<meta name="author" content="Inés Garrido">'),
        {"authors": ["Inés Garrido"]},
    ),
    (
        "a Cyrillic byline in the author slot",
        en_page(
            '{headline}<p class="article-info"><span itemprop="author" class="article-info__authors">'
            "Текст: Лида Буслаева</span></p>"
        ),
        {"authors": ["Лида Буслаева"]},
    ),
    (
        "an itemprop=author byline under a hashed class holds every name; its span.last-byline only the last",
        en_page(
            '{headline}<p id="article-summary">Dozens of small dams no longer power anything, and removing them is '
            'expensive.</p><figure><img src="/dam.jpg" alt=""><figcaption><span>The Bellhaven dam on the Saranac '
            "River, built in 1911 to power a paper mill that closed in 1978.</span><span><span>Credit...</span>"
            "<span>Hannah Lyle for The Harbor Times</span></span></figcaption></figure>"
            '<p class="css-aknsld e1jsehar1" itemprop="author"><span>By </span>'
            '<span class="css-1baulvz" itemprop="name"><a href="/by/a">Celia Marchetti</a></span> and '
            '<span class="css-1baulvz last-byline" itemprop="name"><a href="/by/b">Owen Pryce</a></span></p>'
        ),
        {"authors": ["Celia Marchetti", "Owen Pryce"]},
    ),
    (
        "dc.source meta is the source",
        en_page("{headline}", head='<meta name="dc.source" content="FOXBusiness">'),
        {"source": "FOXBusiness"},
    ),
    (
        "a portal republishing: the JSON-LD author organisation, printed on the page",
        en_page(
            '{headline}<div class="provider">Eastmoor Gazette</div>',
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": {"@type": "Organization", "name": "Eastmoor Gazette"}, '
            '"publisher": {"@type": "Organization", "name": "Example News"}}</script>',
        ),
        {"source": "Eastmoor Gazette"},
    ),
    (
        "a portal republishing: the JSON-LD provider organisation beside a person as the author",
        en_page(
            '{headline}<div class="caas-logo"><a><span class="caas-attr-provider">Eastmoor Gazette</span></a></div>',
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": {"@type": "Person", "name": "Ada Brennan"}, '
            '"provider": {"@type": "Organization", "name": "Eastmoor Gazette"}, '
            '"publisher": {"@type": "Organization", "name": "Example News"}}</script>',
        ),
        {"source": "Eastmoor Gazette"},
    ),
    (
        "a provider that is the publisher is no source",
        en_page(
            '{headline}<div class="brand">Example News</div>',
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"provider": {"@type": "Organization", "name": "Example News"}, '
            '"publisher": {"@type": "Organization", "name": "Example News"}}</script>',
        ),
        {"source": None},
    ),
    (
        "an author organisation the page never prints is a collective credit, no source",
        en_page(
            "{headline}",
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": {"@type": "Organization", "name": "Contributors to the project"}, '
            '"publisher": {"@type": "Organization", "name": "Example News"}}</script>',
        ),
        {"source": None},
    ),
    (
        "an author organisation that is the site is no source",
        en_page(
            '{headline}<div class="brand">Example News</div>',
            head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
            '"author": {"@type": "Organization", "name": "Example News"}}</script>',
        ),
        {"source": None},
    ),
]


@pytest.mark.parametrize(("name", "markup", "fields"), CONVENTIONS, ids=[row[0] for row in CONVENTIONS])
def test_cms_convention(name: str, markup: bytes, fields: dict[str, Any]) -> None:
    article = articlextract.extract(markup)
    for field, want in fields.items():
        assert getattr(article, field) == want, field
