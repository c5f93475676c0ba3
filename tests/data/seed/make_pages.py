"""Write the seed pages: the seed article as a 2015-era Chinese regional portal would render it.

Run once from the repository root (``python tests/data/seed/make_pages.py [seed.txt]``); the pages it
writes are committed. Four layouts of the same article: ``p_utf8`` (``<p>`` paragraphs), ``p_gb2312``
(the same page declared GB2312 and encoded as GB18030), ``div_soup`` (a ``<div>`` per paragraph,
``&nbsp;`` indents) and ``table_br`` (a 2005-style table layout, paragraphs separated by
``<br>&nbsp;&nbsp;&nbsp;&nbsp;`` inside one ``<td>``, GB2312).
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT_SEED = Path("/work/shared/seed/000_9914b90a7277117b.txt")

TITLE = "以人为本筑和谐"
SUBTITLE = "——泗水县推进信访工作构建和谐社会侧记"
BYLINE = "■本报通讯员包庆淼高勇"
NAV = "济宁新闻 泗水新闻 汶上新闻 嘉祥新闻 金乡新闻 鱼台新闻 微山新闻 邹城新闻 曲阜新闻 梁山新闻".split()
CRUMBS = ["地方网", "山东", "济宁市", "泗水新闻"]
CHANNEL = [
    "济南:“码上商量”与百姓贴得更近",
    "数字赋能,拓展“商量”广度深度效度济南:“码上商量”与百姓贴得更近",
    "按下快进键 抢抓黄金期",
    "潍坊滨海经济技术开发区京师幼儿园桌上推演,筑牢疫情防控线",
    "“线上+线下”人社服务再升级",
]
HOT = ["文牧野: 我一直追寻着真实与真诚...", "王阳:《人世间》让人思考什么是活着...", "国潮那么潮"]
PICS = [
    "张庭夫妇公司被认定传销 举报者:担心...",
    "电影《花渡好时光》定档 回乡青年演...",
    "从《少年》《下山》《踏山河》到《孤...",
]
RANK = ["泗水县召开信访工作联席会议", "泗水县农村电商工作推进会召开", "泗水县开展“拉呱谈心”进村居活动"]
REC_TITLE = "泗水电商快速发展"
REC_TEASER = (
    "本报泗水讯(通讯员孙涛)近年来,泗水县把发展农村电子商务作为实施“互联网+”行动的重要载体,"
    "不断完善政策体系,各项工作稳步推进。该县成立..."
)
ABOUT = "泗水新闻,弘扬社会正气。除了新闻,我们还传播幸福和美好!因为热爱所以付出,光阴流水,不变的是泗水县这个家。"


def body_paragraphs(seed: str) -> list[str]:
    """The body as printed: the paragraphs between the byline and 新闻推荐, the last one twice."""
    lines = [line.strip() for line in seed.splitlines()]
    start = lines.index(BYLINE) + 1
    end = lines.index("新闻推荐")
    return [line for line in lines[start:end] if line]


def head(charset: str, description: str) -> str:
    return f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{TITLE}_泗水新闻_济宁_地方网</title>
<meta name="keywords" content="{TITLE},泗水新闻,信访" />
<meta name="description" content="{escape(description)}" />
<link href="/static/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || []; var pubdate = "";</script>
</head>"""


def top_and_nav() -> str:
    nav = "\n".join(f'<li><a href="https://www.yybnet.net/jining/{i}/">{n}</a></li>' for i, n in enumerate(NAV))
    crumbs = " &gt; ".join(f'<a href="https://www.yybnet.net/{i}/">{c}</a>' for i, c in enumerate(CRUMBS))
    return f"""<div class="topbar"><div class="w1000"><span class="fl">欢迎访问地方网!</span>
<span class="fr"><a href="/login.html">登录</a> | <a href="/reg.html">注册</a> |
<a href="/sitemap.html">网站地图</a></span></div></div>
<div class="header w1000"><div class="logo"><a href="https://www.yybnet.net/">
<img src="/static/images/logo.gif" alt="地方网" /></a></div>
<div class="search"><form action="/search.php"><input type="text" name="q" />
<input type="submit" value="搜索" /></form></div></div>
<div class="nav w1000"><ul>
{nav}
</ul></div>
<div class="position w1000">{crumbs} &gt; 正文</div>"""


def info_line() -> str:
    return '<div class="info">来源:济宁晚报 2015-08-09 07:19&nbsp;&nbsp; https://www.yybnet.net/</div>'


def after_body() -> str:
    return f"""<div class="tuijian"><div class="tit">新闻推荐</div>
<dl><dt><a href="https://www.yybnet.net/jining/news/201508/5500001.html">{REC_TITLE}</a></dt>
<dd>{REC_TEASER}</dd></dl></div>
<div class="about">{ABOUT}</div>
<div class="xgxw"><div class="tit">相关新闻:</div><ul></ul></div>
<div class="cnxh"><div class="tit">猜你喜欢:</div><ul></ul></div>
<div class="pinglun"><div class="tit">评论:({TITLE})</div>
<div id="SOHUCS" sid="5500000"></div></div>"""


def sidebar() -> str:
    def links(items: list[str]) -> str:
        return "\n".join(
            f'<li><a href="https://www.yybnet.net/s/{5400 + i}.html">{t}</a></li>' for i, t in enumerate(items)
        )

    return f"""<div class="right">
<div class="box"><div class="tit">频道推荐</div><ul>
{links(CHANNEL)}
</ul></div>
<div class="box"><div class="tit">热点阅读</div><ul>
{links(HOT)}
</ul></div>
<div class="box"><div class="tit">图文看点</div><div class="tit2">乡里乡亲</div><ul>
{links(PICS)}
</ul></div>
<div class="box"><div class="tit">热点排行</div><ol>
{links(RANK)}
</ol></div>
</div>"""


def footer() -> str:
    return """<div class="footer w1000"><p><a href="/about.html">关于我们</a> | <a href="/ad.html">广告服务</a> |
<a href="/contact.html">联系我们</a> | <a href="/law.html">法律声明</a></p>
<p>Copyright &copy; 2015 地方网 All Rights Reserved 鲁ICP备12345678号</p>
<p>本站所有新闻内容均来自合作媒体,未经授权不得转载</p></div>"""


def page_p(body: list[str], charset: str) -> str:
    """A 2015 template: div layout, ``<p>`` paragraphs, subtitle and byline as the first paragraphs."""
    paras = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in [SUBTITLE, BYLINE, *body])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
{head(charset, body[0][:80])}
<body>
{top_and_nav()}
<div class="main w1000">
<div class="left">
<div class="article">
<h1>{TITLE}</h1>
{info_line()}
<div class="content" id="content">
{paras}
</div>
<div class="share"><a href="#">分享到:</a> <a href="#">微信</a> <a href="#">微博</a></div>
{after_body()}
</div>
</div>
{sidebar()}
</div>
{footer()}
</body>
</html>
"""


def page_div_soup(body: list[str]) -> str:
    """A CMS that writes one ``<div>`` per paragraph, some indented with ``&nbsp;&nbsp;``, some not."""
    rows = [f"<div>{escape(SUBTITLE, quote=False)}</div>", f"<div>{BYLINE}</div>", "<div>&nbsp;</div>"]
    for index, paragraph in enumerate(body):
        indent = "&nbsp;&nbsp;" if index % 2 == 0 else ""
        rows.append(f"<div>{indent}{escape(paragraph, quote=False)}</div>")
    soup = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html>
{head("utf-8", body[0][:80])}
<body>
{top_and_nav()}
<div class="main w1000">
<div class="left">
<div class="title_box"><h1>{TITLE}</h1>
{info_line()}</div>
<div class="text" id="text"><div><div>
{soup}
</div></div></div>
{after_body()}
</div>
{sidebar()}
</div>
{footer()}
</body>
</html>
"""


def page_table_br(body: list[str]) -> str:
    """A 2005-style table layout: the article in one ``<td>``, ``<br>&nbsp;&nbsp;&nbsp;&nbsp;`` between paragraphs."""
    separator = "<br>\n&nbsp;&nbsp;&nbsp;&nbsp;"
    text = separator.join(escape(p, quote=False) for p in [SUBTITLE, BYLINE, *body])
    nav = " | ".join(f'<a href="/jining/{i}/">{n}</a>' for i, n in enumerate(NAV))
    crumbs = " &gt; ".join(f'<a href="/{i}/">{c}</a>' for i, c in enumerate(CRUMBS))
    channel = "".join(f'<tr><td height="22">·<a href="/s/{i}.html">{t}</a></td></tr>' for i, t in enumerate(CHANNEL))
    hot = "".join(f'<tr><td height="22">·<a href="/h/{i}.html">{t}</a></td></tr>' for i, t in enumerate(HOT + RANK))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{TITLE}-泗水新闻-地方网</title>
<link href="/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="200"><a href="/"><img src="/images/logo.gif" width="180" height="60" border="0" alt="地方网"></a></td>
<td align="right"><a href="/">首页</a> | <a href="/login.asp">登录</a></td></tr>
<tr><td colspan="2" bgcolor="#0066CC" class="white">{nav}</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="hui">{crumbs} &gt; 正文</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="578" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center" class="title"><h1><font color="#CC0000">{TITLE}</font></h1></td></tr>
<tr><td align="center" class="hui">来源:济宁晚报 2015-08-09 07:19&nbsp;&nbsp; https://www.yybnet.net/</td></tr>
<tr><td class="content">
&nbsp;&nbsp;&nbsp;&nbsp;{text}<br>
</td></tr>
<tr><td><b>新闻推荐</b><br><a href="/jining/5500001.html">{REC_TITLE}</a><br>{REC_TEASER}</td></tr>
<tr><td class="hui">{ABOUT}</td></tr>
<tr><td>相关新闻:</td></tr>
<tr><td>猜你喜欢:</td></tr>
<tr><td>评论:({TITLE})</td></tr>
</table>
</td>
<td width="200" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tit">频道推荐</td></tr>
{channel}
<tr><td class="tit">热点阅读</td></tr>
{hot}
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="hui"><a href="/about.asp">关于我们</a> | <a href="/ad.asp">广告服务</a><br>
版权所有 地方网 Copyright &copy; 2005-2015 鲁ICP备12345678号</td></tr>
</table>
</body>
</html>
"""


def main() -> None:
    seed = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SEED).read_text(encoding="utf-8")
    body = body_paragraphs(seed)
    pages = {
        "p_utf8.html": page_p(body, "utf-8").encode("utf-8"),
        "p_gb2312.html": page_p(body, "gb2312").encode("gb18030"),
        "div_soup.html": page_div_soup(body).encode("utf-8"),
        "table_br.html": page_table_br(body).encode("gb18030"),
    }
    for name, data in pages.items():
        (HERE / name).write_bytes(data)
    unique = list(dict.fromkeys(body))
    expected = {
        "paragraphs": unique,
        "duplicates": [p for i, p in enumerate(body) if p in body[:i]],
        "not_in_body": [
            *NAV,
            *CRUMBS[:1],
            "正文",
            "来源:济宁晚报",
            SUBTITLE,
            BYLINE,
            REC_TITLE,
            REC_TEASER[:20],
            ABOUT[:20],
            "相关新闻",
            "猜你喜欢",
            "评论",
            *CHANNEL,
            *HOT,
            *PICS,
            *RANK,
            "频道推荐",
            "热点阅读",
            "图文看点",
            "乡里乡亲",
            "热点排行",
            "关于我们",
            "Copyright",
            "ICP",
            "分享到",
        ],
    }
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
