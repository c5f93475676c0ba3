"""Word lists and patterns, gathered from real pages, kept as data in one place.

Every rule in the pipeline that depends on a language's words reads them from here, so adding a
boilerplate phrase or a surname is a one-line change that does not touch the algorithms.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------
# decoding
# ---------------------------------------------------------------------------------------------

#: WHATWG encoding labels (and Python codec names) → the codec browsers effectively decode with.
ENCODING_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        ("utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
        "utf-8",
    ),
    **dict.fromkeys(
        ("gb2312", "gbk", "x-gbk", "gb18030", "chinese", "csgb2312", "csiso58gb231280",
         "gb-2312-80", "gb-2312", "iso-ir-58", "cp936", "ms936", "windows-936", "euc-cn", "hz-gb-2312"),
        "gb18030",
    ),
    **dict.fromkeys(("big5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950"), "big5hkscs"),
    **dict.fromkeys(
        ("ascii", "us-ascii", "ansi-x3.4-1968", "iso-8859-1", "iso8859-1", "iso-8859-1:1987", "latin1",
         "latin-1", "l1", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "windows-1252", "cp1252",
         "x-cp1252", "iso88591", "iso-88591", "8859-1"),
        "cp1252",
    ),
    **dict.fromkeys(
        ("shift-jis", "shift_jis", "sjis", "x-sjis", "ms-kanji", "ms932", "windows-31j", "csshiftjis",
         "cp932", "shift-jis-2004"),
        "cp932",
    ),
    **dict.fromkeys(("euc-kr", "cseuckr", "ks-c-5601-1987", "korean", "windows-949", "cp949", "uhc"), "cp949"),
    **dict.fromkeys(("euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"), "euc_jp"),
    **dict.fromkeys(("iso-8859-9", "latin5", "windows-1254", "cp1254"), "cp1254"),
    **dict.fromkeys(("tis-620", "iso-8859-11", "windows-874", "cp874"), "cp874"),
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16-le"), "utf-16-le"),
    **dict.fromkeys(("utf-16be", "utf-16-be"), "utf-16-be"),
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "windows-1251": "cp1251",
    "cp1251": "cp1251",
    "windows-1250": "cp1250",
    "cp1250": "cp1250",
    "iso-8859-2": "iso8859_2",
    "iso-8859-5": "iso8859_5",
    "iso-8859-15": "iso8859_15",
}

#: Codecs that map every byte to a character: they never fail, so failure cannot disprove them.
SINGLE_BYTE_CODECS = frozenset(
    {"cp1252", "cp1250", "cp1251", "cp1254", "cp874", "koi8_r", "koi8_u", "iso8859_2", "iso8859_5",
     "iso8859_15", "latin_1", "mac_roman"}
)

# ---------------------------------------------------------------------------------------------
# DOM cleaning
# ---------------------------------------------------------------------------------------------

#: Elements whose content is never article text (metadata reads scripts before they go).
JUNK_TAGS = (
    "script", "style", "noscript", "iframe", "svg", "template", "canvas", "object", "embed",
    "input", "select", "textarea", "button", "option", "map", "audio", "video", "source", "link",
    "meta", "head", "title",
)

#: Elements that are page chrome by their very tag or ARIA role.
CHROME_TAGS = ("nav", "aside", "footer")
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})

#: class/id tokens that mark page chrome: English words and the pinyin abbreviations Chinese CMSs use.
BOILERPLATE_CLASS_WORDS = frozenset(
    """
    nav navbar navigation menu menubar submenu topbar top-bar toolbar breadcrumb breadcrumbs crumb
    crumbs footer foot bottom copyright sidebar side aside widget widgets related relate relates
    relation relational recommend recommended recommends recommendation recommendations tuijian rdtj
    jctj xgxw xgyd xgwz xgzx comment comments commentbox discuss disqus reply replies share sharing
    sharebar social sns bdshare jiathis print tags tag-list taglist keywords advert advertisement ads ad
    adv ads-box banner sponsor sponsored promo promotion newsletter subscribe signup login register
    popular hot hotnews rank ranking paihang phb trending most-read mostread more-news morenews pager
    pagination page-nav prevnext prev-next next-prev feed newsfeed detail-feed daohang dibu dh
    logo search searchbox modal popup cookie cookies consent outbrain taboola author-box authorbox bio
    byline-box disclaimer mianze shengming statement toolbox tools qrcode erweima weixin wechat-qr
    app-download download-app gotop go-top backtop back-top
    """.split()
)

#: class/id tokens that mark an article body container.
CONTENT_CLASS_WORDS = frozenset(
    """
    article article-body articlebody article-content articlecontent article-text story story-body
    storybody post post-body postbody post-content post-text entry entry-content entrycontent
    content contents main-content maincontent body-text bodytext text txt news-text newstext
    detail details zw zhengwen wenzhang neirong nr artibody endtext news_txt TRS_Editor
    rich_media_content js_content single-content con_text article_text
    """.lower().split()
)

#: Headings that open a box of related links, recommendations, comments or rankings.
BOILERPLATE_HEADING = re.compile(
    r"""^\W*(?:
        相关(?:新闻|阅读|文章|推荐|报道|资讯|链接|专题|稿件|内容|视频|图集)|延伸阅读|扩展阅读|拓展阅读|推荐阅读|
        新闻推荐|为您推荐|为你推荐|精彩推荐|热点推荐|频道推荐|编辑推荐|今日推荐|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|
        热点阅读|热门阅读|热点排行|热门排行|点击排行|排行榜|阅读排行|热门文章|热门新闻|热点新闻|最新文章|最新新闻|
        更多(?:新闻|精彩|阅读|内容)|图文看点|图片新闻|热门图片|视频推荐|专题推荐|
        网友评论|热门评论|最新评论|评论|我要评论|发表评论|已有\d+条评论|精彩评论|
        分享到|分享至|上一篇|下一篇|
        related(?:\s+(?:articles?|stories|posts|content|coverage|news|reading|links|topics))?|
        more\s+(?:from|on|in|stories|news|articles|to\s+read|coverage)\b.*|
        recommended(?:\s+(?:for\s+you|stories|articles|reading))?|
        you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in).*|
        (?:read|see)\s+(?:more|also|next)|also\s+read|don'?t\s+miss|
        most\s+(?:read|popular|viewed|shared|emailed)|trending(?:\s+now)?|popular(?:\s+(?:now|stories|posts))?|
        latest(?:\s+(?:news|stories|posts|articles))?|top\s+stories|
        comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|
        share\s+(?:this|on)\b.*|advertisement|sponsored(?:\s+content)?
    )\W*(?:[(（].{0,40}[)）])?\W*$""",
    re.I | re.X,
)

# ---------------------------------------------------------------------------------------------
# body blocks
# ---------------------------------------------------------------------------------------------

#: Elements that start a new block of text; everything else is inline.
BLOCK_TAGS = frozenset(
    """
    address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure
    footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section
    summary table tbody td tfoot th thead tr ul caption
    """.split()
)

#: Sentence punctuation in Chinese and Western text: dense in prose, rare in navigation.
SENTENCE_PUNCTUATION = re.compile(r"[，。！？；：、“”‘’（）,.!?;:\"]")

#: Lines that are page furniture wherever they appear in the body: print/close/share bars,
#: font-size switches, end markers, copyright notices, disclaimers, app and QR-code promotions.
JUNK_LINE = re.compile(
    r"""^\W*(?:
        (?:【|\[)?(?:打印(?:本页|此文|文章)?|关闭(?:窗口|本页)?|收藏(?:本文|此文)?|保存|纠错|返回顶部|字号|大|中|小|
            默认|放大|缩小|分享|推荐给朋友)(?:】|\])?(?:[\s|：:]+(?:(?:【|\[)?(?:打印(?:本页|此文)?|关闭(?:窗口|本页)?|
            收藏|保存|纠错|返回顶部|字号|大|中|小|超大|标准|默认|放大|缩小|字体|分享|微博|微信|QQ空间|易信|更多)(?:】|\])?))*|
        字号\W.*|分享到\W.*|（完）|\(完\)|【完】|完|—*\s*END\s*—*|
        (?:免责声明|特别声明|版权声明|声明)[:：【】].*|【免责声明】.*|
        本文(?:来自|为|系|仅代表).*(?:观点|转载|授权|立场|原创).*|未经(?:授权|允许|许可).*(?:转载|使用).*|
        (?:扫码|扫描二维码|长按(?:识别)?二维码|点击(?:下载|进入|查看|阅读)).*|
        (?:下载|安装).{0,20}(?:客户端|APP).*|
        网友评论仅供其表达个人看法.*|正文已结束.*|返回.{0,10}首页.*|
        (?:关键[词字]|标签|tags?|keywords?)\s*[:：>]+.*|
        (?:copyright|©|\(c\)|all\s+rights\s+reserved).*|
        (?:share|tweet|email|print|save)(?:\s+(?:this|on|article|story))?(?:\s*[|/]\s*\w+)*|
        advertisement|sponsored|(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our\s+)?newsletters?.*
    )\W*$""",
    re.I | re.X,
)

#: A line that restates the original headline (原标题), before or after the body.
ORIGINAL_TITLE_LINE = re.compile(r"^[\s（(【\[]*(?:本文)?原(?:标)?题(?:为|是)?[:：《]")

# ---------------------------------------------------------------------------------------------
# metadata
# ---------------------------------------------------------------------------------------------

#: Labels of the origin outlet (来源) on info lines.
SOURCE_LABEL = r"(?:信息来源|稿件来源|文章来源|新闻来源|内容来源|本文来源|来源于|来源|稿源|出处|source)"
#: Labels and role words that introduce people credited with the text.
AUTHOR_ROLE = (
    r"(?:本报|本刊|本台|本网|本站|特约|见习|实习|驻.{1,4}|全媒体|融媒体|首席|资深|职工|特派|新华社|中新社|中新网)?"
    r"(?:记者|通讯员|作者|撰文|撰稿|执笔|采写|编译|整理|文字|口述)"
)
#: Labels of the editor in charge.
EDITOR_LABEL = r"(?:责任编辑|责编|编辑|主编|值班编辑|本文编辑|编审|editor)"
#: Labels of publication times; `最后更新` and similar are update times, not publication times.
DATE_LABEL = r"(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|时间|日期|更新时间|published|posted|date)"
UPDATE_LABEL = re.compile(r"(?:最后更新|更新于|更新时间|修改时间|updated|modified)", re.I)

#: Credit values that name nobody.
NON_PERSON_AUTHORS = frozenset(
    """
    网络整理 网络 未知 佚名 本站 本网 本站原创 管理员 系统管理员 admin administrator 匿名 综合 整理 小编 编辑部 网友 新华社 中新社 中新网 人民网 新华网
    unknown staff anonymous
    """.split()
)

#: Words that mark a credit as an organisation rather than a person.
ORGANISATION_SUFFIX = re.compile(
    r"(?:委员会|支部|总支|委|局|厅|部|处|科|办公室|办|中心|集团|公司|协会|学会|医院|学院|大学|学校|研究院|研究所|"
    r"报社|日报|晚报|早报|周刊|杂志|电视台|广播|网|频道|政府|法院|检察院|派出所|分局|队|站|社|馆)$"
)

#: Breadcrumb lead-ins and separators.
BREADCRUMB_PREFIX = re.compile(r"^\s*(?:您的?(?:当前)?(?:所在)?位置|当前(?:所在)?位置|现在位置|所在位置|位置|you\s+are\s+here)\s*[:：]?\s*", re.I)
BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>>|»|›|>|→|/|\\|＞|〉|::)\s*")
BREADCRUMB_TAIL = frozenset({"正文", "内容", "详情", "正文内容", "文章", "article", "story", "详细内容", "阅读文章", "新闻详情"})

#: Separators between a headline and the site or channel name in ``<title>``.
TITLE_SEPARATOR = re.compile(r"\s*(?:_|\s[-–—|·•:]\s|\||--|——|-|–|—|·|｜|:：)\s*")

# Chinese surnames, single then compound: used to split run-together names (包庆淼高勇).
SINGLE_SURNAMES = frozenset(
    """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈
    姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤
    常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季
    裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦
    戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻
    苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练
    廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿
    鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 叶 蒯 郗
    钮 益 习 滑 丘 黑 庹
    """.split()
)
COMPOUND_SURNAMES = frozenset(
    """
    欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 南宫 独孤 呼延 申屠 澹台 公冶 太史 闻人 赫连 钟离 宗政 濮阳 淳于 单于 拓跋 百里
    东郭 北宫 万俟 司空 第五 左丘 梁丘
    """.split()
)

#: Words that end an author run: "摄" (photographer) and similar roles that are not writers.
PHOTO_ROLE = re.compile(r"(?:摄影|摄|图|供图|制图|视频|拍摄)\s*$")
