"""Page chrome and boilerplate: tags, class/id words, headings and lines that are never article text."""

from __future__ import annotations

import re

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
