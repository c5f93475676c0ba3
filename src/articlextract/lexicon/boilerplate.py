"""Page chrome and boilerplate: tags, class/id words, headings and lines that are never article text."""

from __future__ import annotations

import re

from .build import asserted
from .scripts import HAN

#: Elements whose content is never article text (metadata reads scripts before they go).
JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "template",
    "canvas",
    "object",
    "embed",
    "input",
    "select",
    "textarea",
    "button",
    "option",
    "map",
    "audio",
    "video",
    "source",
    "link",
    "meta",
    "head",
    "title",
)

#: Elements that are page chrome by their very tag or ARIA role.
CHROME_TAGS = ("nav", "aside", "footer")
CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog"}
)
#: The schema.org item type (``itemtype``, as its URL ends) of an embedded player: a video box set in an article
#: (its controls, title and playlist) is chrome, like an element with a chrome role.
PLAYER_ITEM_TYPES = ("/VideoObject",)

#: Labels of the control that unfolds the rest of a story folded on the page (News Corp Australia's
#: ``div#read-more > a[href=""]`` over ``div#read-more-content``, a portal's ``展开全文``), lowercased, spaces
#: single, without the arrow or ellipsis after them. On a link that goes nowhere it is a script's button, which
#: must not end the body as the heading of a "Read more" box would.
EXPANDER_LABELS = frozenset(
    {
        "read more",
        "show more",
        "see more",
        "continue reading",
        "read full story",
        "read the full story",
        "read full article",
        "read the full article",
        "展开全文",
        "阅读全文",
        "查看全文",
    }
)

#: class/id words that mark page chrome wherever they occur in a class or id (``site-footer``,
#: ``related_news``), in English and in the pinyin abbreviations Chinese CMSs use.
BOILERPLATE_CLASS_WORDS = frozenset(
    """
    nav navbar navigation breadcrumb breadcrumbs crumb crumbs footer copyright sidebar
    related relate relates relation relational recommend recommended recommends recommendation
    recommendations tuijian rdtj jctj xgxw xgyd xgwz xgzx xgtj comment comments commentbox cmt replies pinglun pllist
    discuss disqus
    share sharing sharebar sharedaddy social sns bdshare jiathis advert advertisement advertising ads adsbygoogle
    sponsor sponsored promo promotion newsletter subscribe subscription signup outbrain taboola cookie
    cookies consent paihang phb trending mostread most-read morenews more-news detail-feed newsfeed
    daohang dibu mianze shengming disclaimer qrcode erweima gotop go-top backtop back-top
    app-download download-app author-box authorbox byline-box tag-list taglist prevnext prev-next
    cta donate donation reward playlist
    """.split()
)

#: Weaker chrome words: they count only as a whole class/id name or as its first part
#: (``bottom``, ``side-bar``, ``hot_list``), because as later parts they are layout utilities
#: (``g-outer-spacing-bottom-large``, ``modal-enabled``).
BOILERPLATE_CLASS_PREFIXES = frozenset(
    """
    bottom foot side hot rank ranking tags tag keywords tools toolbar toolbox feed banner logo search
    modal popup menu menubar submenu topbar print bio login register pager pagination page-nav ad adv
    ad-box sns dh top-bar rel support util utils submitted
    """.split()
)

#: The chrome words also read inside camelCase names (``c-newsletterSignup``, ``styles_SubscribeForm``,
#: ``NewsletterModule-title``): only unambiguous ones, as ``imgComment`` (a caption) or ``enableAds``
#: (a feature flag) show.
CAMEL_CASE_CLASS_WORDS = frozenset(
    """
    newsletter subscribe subscription signup promo promotion sponsor sponsored advertisement advertising
    related recommended recommendation recommendations sidebar footer breadcrumb breadcrumbs social sharing
    trending outbrain taboola cookie consent donate donation
    """.split()
)

#: Two adjacent words of a class/id (camelCase split) that name an author's bio box: ``author-bio-box``,
#: ``news-author-bio``, ``ArticlePage-authorInfo-bio``, TownNews BLOX's ``asset-author`` card under the story;
#: they win over the content words below.
AUTHOR_BOX_WORDS = frozenset(
    """
    author-bio author-box author-info author-card author-profile author-about author-details author-description
    about-author the-author author-biography asset-author
    """.split()
)

#: class/id words of image captions and photo credits not marked up as ``<figcaption>``.
CAPTION_CLASS_WORDS = frozenset("caption captions figcaption credit credits".split())
#: Class names of the line printed under a picture (澎湃's and 腾讯's ``p.image_desc``): a caption line, which
#: the text keeps as the references do and the document gives to the figure. ``desc`` alone also names
#: summaries, so only the name joined to its picture word counts.
PICTURE_DESCRIPTION_CLASS_NAMES = frozenset(
    f"{picture}{joint}{desc}"
    for picture in ("img", "image", "pic", "photo")
    for joint in ("_", "-", "")
    for desc in ("desc", "descr")
)
#: First parts of the class name of an element that frames a picture with its caption line (新浪's
#: ``div.img_wrapper``: ``<img><span class="img_descr">…</span>``, the span unwrapped before the walk).
PICTURE_FRAME_WORDS = frozenset("img image pic photo picture".split())

#: Class names that centre a line (Bootstrap's and Tailwind's ``text-center``, the block editor's
#: ``has-text-align-center``, 网易's ``f_center``, 凤凰网's ``textAlignCenter``, lowercased as matched): a centred
#: line under a photo is its caption.
CENTRED_CLASS_NAMES = frozenset(
    "center centre centered text-center text-centre has-text-align-center f_center textaligncenter".split()
)

#: Dialogs and consent banners: chrome however much of the page's text they hold.
OVERLAY_ROLES = frozenset({"dialog", "alertdialog"})
OVERLAY_CLASS_WORDS = frozenset("cookie cookies consent gdpr onetrust".split())

#: class/id words of a donation form's box (Newspack's ``wp-block-newspack-blocks-donate``): the appeal and
#: the heading printed around the form go with it, as a sign-up form's do.
DONATION_CLASS_WORDS = frozenset("donate donation donations".split())

#: A class/id naming the article's lead paragraph (``p.lead``, ``art_summary``), which pages print apart
#: from the paragraphs after it.
LEAD_CLASS_NAME = re.compile(r"(?:^|[\s_-])(?:lead|summary|intro|standfirst)(?:$|[\s_-])", re.I)

#: Names that CMSs put on the article's own wrapper among its taxonomy names: WordPress ``post_class()``
#: (``post-7 post type-post status-publish format-standard hentry category-news tag-elections``), Blogger
#: ``post hentry``, Ghost ``article post tag-news featured``, Drupal ``node node-article``.
POST_CLASS_NAMES = frozenset("hentry h-entry post type-post status-publish node node-article".split())
#: First parts of the taxonomy names of such a wrapper (``tag-<slug>``, ``category-<slug>``): the slug names
#: the post's topic (``tag-social``, ``category-sponsored``), not a widget, and is not read for chrome words.
TAXONOMY_CLASS_PREFIXES = frozenset("tag category format status type".split())
#: First parts of a layout modifier that says what an element holds, not what it is (``has-sidebar``,
#: ``container-full-width with-sidebar-right``, ``has-comments``): not read for chrome words.
HOLDS_CLASS_PREFIXES = frozenset("has with".split())

#: Words in a class/id that vouch for content: an element named ``content-with-sidebar`` or
#: ``box article modal-enabled`` is a container of the article, whatever else its name says.
CONTENT_SAVER_WORDS = frozenset("article content main body text story entry column articlebody".split())

#: Headings that open a box of related links, recommendations, tags, comments, rankings or a reader appeal
#: (a reading meter, "Support independent journalism"), with the box's "more" link when it shares the
#: heading's line (``最新评论 进入详细评论页>>``). Each of its alternations is asserted by its first characters
#: (`first_characters`): a line of Chinese or accented text goes past a hundred Latin headings in one test.
_BOX_HEADINGS = r"""(?:
        相关(?:新闻|阅读|文章|推荐|报道|报导|资讯|链接|专题|稿件|内容|视频|图集|话题)|延伸阅读|扩展阅读|拓展阅读|推荐阅读|
        (?:新闻|为您|为你|精彩|热点|热门|频道|编辑|今日|精选|往期|猜你|相关|专题|视频|图片|推荐)推荐|推荐关注|
        (?:文章|本文)?被以下(?:专栏|合集|话题)收录|参考(?:文献|资料|来源|书目)|外部链接|猜你喜欢|你可能(?:还|也)?(?:喜欢|感兴趣|想看|错过了)|大家都在看|看了又看|往期回顾|作者(?:其他|最新|更多)文章|
        热点阅读|热门阅读|热点排行|热门排行|点击排行|排行榜|阅读排行|热门文章|热门新闻|热点新闻|最新文章|最新新闻|
        更多(?:新闻|精彩|阅读|内容|文章|报道)|图文看点|图片新闻|热门图片|今日热点|
        不感兴趣|网友评论|热门评论|最新评论|评论(?:列表)?|我要评论|发表评论|(?:已有|共有|共)\d+条评论(?:\W*(?:发表评论|我要评论|查看评论))?|精彩评论|全部评论|
        分享到|分享至|上一篇|下一篇|上一则|下一则|
        related(?:\s+(?:articles?|stor(?:y|ies)|posts?|content|coverage|news|reading|links|topics|videos?))?|
        more\s+(?!than\b|and\b|of\b|to\b|or\b)\S+(?:\s+\S+){0,4}|
        recommended(?:\s+(?:for\s+you|stories|articles|reading|videos?))?|editors?[’']?\s+picks?|
        (?:read|see|watch)\s+(?:more|also|next)(?:\s+(?:about|on|from)(?:\s+\S+){1,5})?|also\s+read|don'?t\s+miss|up\s+next|what\s+to\s+read\s+next|
        (?:most|also)\s+(?:read|popular|viewed|shared|emailed|watched)|
        (?:trending|popular|latest)(?:\s+(?:now|news|stories|posts|articles|videos))?|
        recent\s+(?:posts|articles|stories|news|entries)|top\s+stories|in\s+other\s+news|tags|
        other\s+(?:\S+\s+)?(?:stories|articles|columns|posts|news|videos|headlines)|
        comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|
        advertisement|sponsored(?:\s+content)?|cookie\s+(?:notice|policy|settings)|
        privacy\s+(?:notice|policy|overview)|explore\s+further|
        what\s+do\s+you\s+think|have\s+your\s+say|
        support\s+(?:independent|local|quality|our)\s+journalism|
        mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|
        (?:weitere|ähnliche|verwandte)\s+artikel|meistgelesen|kommentare|
        voc[êe]\s+(?:também\s+)?pode\s+gostar|leia\s+(?:também|mais)|veja\s+também|
        (?:notícias|artigos|posts|matérias)\s+relacionad[oa]s|mais\s+lidas|comentários|
        (?:también\s+)?te\s+puede\s+interesar|lee\s+también|(?:noticias|artículos)\s+relacionad[oa]s|
        más\s+leídas|comentarios|
        (?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|articles\s+similaires|les\s+plus\s+lus|commentaires|
        leggi\s+anche|potrebbe\s+interessarti|(?:articoli|notizie)\s+correlat[ie]|i\s+più\s+letti|commenti|
        baca\s+juga|(?:berita|artikel)\s+terkait|terpopuler|
        (?:ilgili|benzer)\s+haberler|en\s+çok\s+okunanlar|yorumlar|
        читайте\s+также|похожие\s+(?:статьи|новости)|комментарии|
        (?:czytaj|zobacz)\s+(?:też|także)|komentarze|
        lees\s+ook|gerelateerde\s+artikelen|
        관련\s*기사|많이\s*본\s*뉴스|関連記事|あわせて読みたい|おすすめ記事|人気記事|
        この記事を書いた人|この記事の(?:筆者|著者)|(?:筆者|著者|記者)(?:プロフィール|紹介)|about\s+the\s+authors?|
        über\s+(?:den\s+autor|die\s+autorin|die\s+autoren)|sobre\s+(?:el|la)\s+autora?|à\s+propos\s+de\s+l[’']auteur
    )"""
#: Openings of a heading line that goes on in free text ("You may also like these stories").
_BOX_HEADING_OPENINGS = r"""(?:
        you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|
        (?:most|also)\s+(?:read|popular|viewed|shared|emailed|watched)\s+on\s|
        (?:trending|popular|latest)(?:\s+(?:now|news|stories|posts|articles|videos))?\s+(?:on|from|in)\s|
        share\s+(?:this|on)\b|tell\s+us\s+what\s+you\s+think|
        you[’']?ve\s+read\s+\d+\s+(?:free\s+)?articles?\b
    )"""
BOILERPLATE_HEADING = re.compile(
    r"^\W*"
    + asserted(_BOX_HEADINGS, re.I | re.X)
    + r"""(?:\W*[(（].{0,40}[)）])?
    (?:\W*(?:更多|进入.{0,8}|查看(?:更多|全部).{0,8}|(?:see|view)\s+all|more))?\W*$  # the box's "more >>" link
    |^\W*"""
    + asserted(_BOX_HEADING_OPENINGS, re.I | re.X)
    + r".*(?:\n(?:\W*[(（].{0,40}[)）])?\W*)?$",
    re.I | re.X,
)

#: Headings of a consent banner ("We value your privacy"): the box they open is an overlay, set aside
#: however much text it holds, for banners whose class names say nothing (``f1r5xfs``).
OVERLAY_HEADING = re.compile(
    r"""^\W*(?:
        we\s+(?:value|respect|care\s+about)\s+your\s+privacy|your\s+privacy\s+(?:choices|settings|matters)|
        (?:this\s+(?:web)?site|we)\s+uses?\s+cookies|manage\s+(?:your\s+)?(?:cookies|consent|privacy)(?:\s+(?:settings|preferences))?|
        wir\s+(?:respektieren|schätzen)\s+ihre\s+privatsphäre|nous\s+respectons\s+votre\s+vie\s+privée|
        (?:valoramos|respetamos)\s+tu\s+privacidad|(?:valorizamos|respeitamos)\s+a\s+sua\s+privacidade|
        (?:rispettiamo|teniamo\s+alla)\s+tua\s+privacy|cenimy\s+(?:twoją|twoja)\s+prywatność|
        wij\s+respecteren\s+uw\s+privacy|gizliliğinize\s+önem\s+veriyoruz
    )\W*$""",
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

#: Inline elements whose only role is styling: unwrapping them (their text stays) before the block
#: walk leaves far fewer nodes to visit. Links, line breaks, images and captions are kept: they carry
#: meaning (the document's links and figures are read from them).
INLINE_TAGS = (
    "span",
    "font",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "strike",
    "small",
    "big",
    "sub",
    "sup",
    "abbr",
    "acronym",
    "cite",
    "code",
    "kbd",
    "mark",
    "q",
    "samp",
    "time",
    "var",
    "label",
    "ins",
    "del",
    "bdi",
    "bdo",
    "wbr",
    "nobr",
    "tt",
    "dfn",
    "picture",
)

#: The marks that end a sentence, in Chinese and Western text.
SENTENCE_ENDS = (".", "。", "!", "！", "?", "？")
#: Sentence punctuation in Chinese and Western text: dense in prose, rare in navigation. These marks
#: always count; a point or colon counts unless it stands between two digits, where it is a number or a
#: time (``3.5``, ``22:00``, ``00:00/01:45``): `DIGIT_SEPARATOR`.
SENTENCE_MARKS = re.compile(r"[，。！？；：、“”‘’（）,!?;\"]")
#: One match per separator; the point or colon comes first, as the regex engine skips ahead to it in C.
DIGIT_SEPARATOR = re.compile(r"[.:](?<=\d[.:])(?=\d)")

#: Lines that are page furniture wherever they appear in the body: print/close/share bars,
#: font-size switches, end markers, copyright notices, disclaimers, app and QR-code promotions,
#: a wire story's coverage promo, reading-time, word-count and membership badges.
#:
#: Linear by construction, as are the other whole-line patterns here: what the leading and trailing
#: ``\W*`` take is never also offered to a quantifier next to them (``END`` stands for ``—— END ——``),
#: and a line that ends in free text (``版权声明：…``) is the second branch, whose ``.*`` runs to the line
#: break once: after it only ``\W`` may follow, so ``.*(?:\n\W*)?$`` says what ``.*\W*$`` says without
#: rescanning a whitespace run from each of its characters.
#: An affiliate disclosure's ``may`` is written ``m(?<=\bm)ay``, which says what ``\bmay`` says with the letter
#: tested before the word boundary behind it: after ``.{0,60}`` it is tried at each position, a letter test is
#: cheaper than a boundary test (a Unicode one on each side), and the block scorer's case-sensitive twin of the
#: pattern skips ahead to a literal in C. For the same reason a registration number's ``.{0,30}(?:ICP|公网安)备`` is
#: written ``.{3,33}备(?<=ICP备|公网安备)`` (both prefixes are three word characters, which ``\W*`` never takes) and
#: a reprint notice's ``(?:转发|转载)`` as ``转(?:发|载)``: a literal after the repeat, found in C.
#: Each branch's lines that open with a word are asserted by their first characters (`asserted`), and those a
#: wildcard repeat opens (`_JUNK_LINE_SCANS`, `_JUNK_OPENING_SCANS`) follow them: a line of Chinese or accented
#: text goes past the Latin words in one class test.
_JUNK_LINES = r"""(?:
        (?:【|\[)?(?:打印(?:本页|此文|文章)?|关闭(?:窗口|本页)?|收藏(?:本文|此文)?|保存|(?:我要)?纠错|(?:返回|回到)顶部|字号|大|中|小|
            默认|放大|缩小|分享|推荐给朋友)(?:】|\])?(?:[\s|：:]+(?:(?:【|\[)?(?:打印(?:本页|此文)?|关闭(?:窗口|本页)?|
            收藏|保存|纠错|返回顶部|字号|大|中|小|超大|标准|正常|默认|放大|缩小|字体|分享|微博|微信|QQ空间|易信|更多)(?:】|\])?))*|
        [大中小]字号|(?:调整)?字体\s*(?:[:：]\s*)?[大中小](?:\s*[大中小])*|调整字体|分享至.{0,10}|分享让更多人看到|
        请?关注.{0,20}公众号.{0,30}|[+＋]?关注|感谢(?:您|你)的反馈.{0,30}|
        (?:部分|文中|本文)?(?:图片|配图|素材)(?:均|皆)?(?:来自|来源于|源自|取自)(?:互联)?网络.{0,30}|
        (?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|（完）|\(完\)|【完】|完|END|
        【[^【】]{0,4}(?:打印|关闭|收藏|字体|字号|纠错|顶部|分享)[^【】]{0,8}】
            (?:\s*【[^【】]{0,4}(?:打印|关闭|收藏|字体|字号|纠错|顶部|分享)[^【】]{0,8}】){1,7}|
        (?:阅读|浏览|点击)(?:次数|数|量)(?:\W*\d(?:,?\d)*(?:\s*次)?)?|点击图片.{0,10}|(?:视频)?加载中.{0,6}|
        (?:首页\s*)?上一页(?:\s*\d{1,3}(?!\d))*\s*下一页(?:\s*(?:尾页|末页))?|第\d{1,3}页(?:\s*第\d{1,3}页)+|
        (?:不感兴趣|举报|检举|屏蔽作者|屏蔽|拉黑)(?:[\s|/·]+(?:不感兴趣|举报|检举|屏蔽作者|屏蔽|拉黑))*|来?[顶踩]一下|分隔线|
        (?:网站)?备案号\s*[:：].{0,40}|
        (?:点击(?:下载|进入|查看|阅读)).{0,30}|
        (?:下载|安装).{0,20}(?:客户端|APP).{0,20}|
        (?:【|\[)?(?:打印本页|打印|关闭窗口|关闭|收藏|纠错)(?:】|\])?(?:\s*(?:【|\[)?(?:打印本页|打印|关闭窗口|关闭|收藏|纠错)(?:】|\])?)+|
        (?:缩小字体|放大字体|收藏|微博|微信|分享)(?:\s+(?:缩小字体|放大字体|收藏|微博|微信|分享))+|
        相关资讯请关注.{0,40}|广告|広告|광고|
        正在(?:为您)?(?:切换|加载|缓冲).{0,24}|(?:播放)?(?:速度|倍速)(?:\s*[:：])?(?:\s*\d+(?:\.\d+)?\s*[x×])?|设置成功|
        \d(?:\.\d+)?\s*[x×]|(?:高清|超清|标清|流畅|蓝光|原画)(?:\s*\d{3,4}p)?|\d{3,4}p|直播|
        \d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|
        (?:循环|自动|连续|重新|继续)播放|跳过(?:片头|片尾|广告)|(?:退出)?全屏|画中画|静音|播放|暂停|重播|
        (?:很)?抱歉\W*(?:当前|该)?(?:视频)?(?:播放|加载)失败.{0,20}|(?:当前|该)?视频(?:播放|加载)失败|错误(?:代码|码)\s*[:：].{0,30}|
        建议(?:在)?\s*wi-?fi.{0,12}|
        (?:语音)?播报(?:文章|本文)?(?:[，,]\s*释放双眼)?|编辑|目录|本词条.{0,40}(?:缺少|编辑|完善|补充|升级).{0,60}|
        (?:share|tweet|email|print|save)(?:\s+(?:this|on|article|story))?(?:\s*[|/]\s*\w+)*|
        (?:advertisement|advert|ad)(?:\W{1,3}scroll\s+to\s+continue(?:\s+reading)?)?|sponsored|werbung|anzeige|publicit[ée]|publicidad|pubblicit[àa]|reklama|
        (?:(?:hide|show|toggle)\s+)?caption|image|close|subscribe|order\s+reprints?|
        back\s+to\s+(?:gallery|top)|
        (?:image|photo|slide)\s+\d+\s+(?:of|/)\s+\d+|
        (?:(?:published|updated|posted|last\s+updated)\s*(?::\s*)?)?(?:on\s+)?(?:[a-z]+\.?,?\s*|(?:\.,?|,)\s*)?
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}
            (?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4}(?:[+-]\d{1,2})?)?)?|
        \d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:\s*(?:[-,]\s*)?\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|
        now\s+playing|(?:photo\s+)?credits?\s*:.{0,60}|follow\s+us|follow\s+\S+\s+on|
        [(（]?(?:image|photo|pictured|picture)s?\s*:\s*[^)）]{1,40}[)）]?|
        (?:getty|ap|reuters|afp|shutterstock)\s+images?|(?:story|article)\s+continues\s+(?:below|after)\s+(?:this\s+)?(?:ad|advertisement)|
        (?:[iİ]çeriğin|haberin|yazının)\s+devamı(?:\s+aşağıda)?|
        (?:zobacz(?:\s+też)?\s+wideo|watch|ver\s+v[ií]deo|assista|guarda\s+il\s+video)\s*:.{0,150}|
        (?:\d+\s*/\s*\d+\s*)?continue\s+watching\s*after\s+the\s+ad.{0,60}|
        \d{1,3}\s+min(?:ute)?s?\s+read|member-only\s+story|table\s+of\s+contents|
        (?:(?:本文|文章|全文)?总?字数(?:统计)?\W{0,6}\d{1,6}(?:\.\d{1,2})?\s?[kw万千]?\s?字?|
            (?:阅读时长|阅读时间|预计阅读(?:时间|时长)?|阅读约需)\W{0,6}\d{1,3}\s?(?:分钟|min))
            (?:\W{1,6}(?:阅读时长|阅读时间|预计阅读(?:时间|时长)?|阅读约需)\W{0,6}\d{1,3}\s?(?:分钟|min))?|
        (?:note\s*:\s*)?(?:we\s+are\s+(?:temporarily\s+)?moderating\s+all\s+comments|comments\s+(?:are|have\s+been)\s+
        (?:closed|disabled|moderated|turned\s+off)|comments\s+(?:will\s+be|are)\s+(?:reviewed|approved)\s+before)\b.{0,120}|
        to\s+view\s+this\s+(?:content|video)[^.]{0,40}\b(?:javascript|flash)\b.{0,80}|
        (?:please\s+)?enable\s+javascript\b.{0,80}|javascript\s+(?:is\s+)?(?:required|disabled)\b.{0,80}|
        your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio|html5)\b.{0,40}|(?:您的|你的)?浏览器(?:暂)?不支持.{0,30}|
        (?:您的|你的|当前)?浏览器版本(?:过|太)低.{0,40}|
        (?:an\s+error\s+(?:has\s+)?occurred|something\s+went\s+wrong)\b.{0,60}|
        评论(?:已关闭|功能已关闭)|(?:网友)?评论需(?:经)?审核后(?:才能)?(?:显示|发布).{0,20}|
        \d{1,9}(?:\.\d{1,2})?万?\s*条?(?:跟贴|跟帖|评论)(?:\s*\d{1,9}(?:\.\d{1,2})?万?\s*参与)?
    )"""
#: Furniture lines that a wildcard repeat opens (a site name before its copyright or registration notice).
_JUNK_LINE_SCANS = r"""(?:
        .{0,20}版权所有(?!者|人|权).{0,60}|.{3,33}备(?<=ICP备|公网安备).{0,40}|
        .{0,6}(?:扫码|扫描二维码|长按(?:识别)?二维码|扫一扫).{0,30}|
        .{0,30}转(?:发|载)请注明.{0,60}|.{0,40}未经.{0,6}授权.{0,20}转载.{0,20}|.{0,30}如有侵权\W{0,2}(?:请|敬请)?(?:联系|告知).{0,20}|
        .{0,12}点(?:个|一下|击)?【?在看】?.{0,20}|
        [^，。！？；]{0,60}时长\s*[:：]\s*\d{1,2}:\d{2}(?::\d{2})?[^，。！？；]{0,30}
    )"""
#: Openings of furniture lines that go on in free text.
_JUNK_OPENINGS = r"""(?:
        字号\W|分享到\W|制作单位[:：]|本网站由.{0,30}版权所有|版权所有(?!者|人|权)|违法和不良信息举报|
        (?:免责声明|特别声明|版权声明|郑重声明|声明|反侵权公告)[:：【】]|【免责声明】|
        (?:您|你)?(?:当前|现在|所在)的?位置\s*[:：]|(?:上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇)\s*[:：]|
        本文(?:来自|为|系|仅代表)(?=.*(?:观点|转载|授权|立场|原创))|未经(?:授权|允许|许可)(?=.*(?:转载|使用))|
        (?:文章|本文)?关键[词字]\s*[:：]|本作品为.{0,40}(?:原创|转载|授权)|
        网友评论仅供其表达个人看法|正文已结束|返回.{0,10}首页|\^\s|
        (?:关键[词字]|标签|tags?|keywords?)\s*[:：>]|
        copyright|©|\(c\)|all\s+rights\s+reserved|저작권자|무단\s?(?:전재|복제)|
        like\s+this\s+story\W|media\s+playback\s+is\s+unsupported|
        get\s+(?:breaking\s+)?news\s+alerts|
        follow\s+us\s+on\s|
        follow\s+\S+(?:\s+\S+){0,5}\s+on\s+(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|weibo|wechat|social\s+media)\b|
        (?:image|photo|picture)\s+(?:copyright|credit|source|via)\b|
        (?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our\s+)?newsletters?|
        follow\s+\S+\s+coverage\s+of\s(?=.{0,160}?(?:https?://|www\.))|
        (?:cision\s+)?view\s+original\s+content(?:\s+to\s+download\s+multimedia)?\s*:
    )"""
#: An affiliate disclosure, which a wildcard repeat opens.
_JUNK_OPENING_SCANS = r".{0,60}m(?<=\bm)ay\s+(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commission"
JUNK_LINE = re.compile(
    rf"^\W*(?:{asserted(_JUNK_LINES, re.I | re.X)}|{_JUNK_LINE_SCANS})\W*$"
    rf"|^\W*(?:{asserted(_JUNK_OPENINGS, re.I | re.X)}|{_JUNK_OPENING_SCANS})"
    r".*(?:\n\W*)?$",
    re.I | re.X,
)

#: Lines that close an article: whatever follows them (a second article appended by infinite
#: scroll, platform notices, comment boxes, a wire story's separators and promos after its contributors
#: note, the writers' bios after a newspaper's ``A version of this article appears in print on …`` note) is
#: not the body. Matched after traditional→simplified.
END_OF_ARTICLE = re.compile(
    r"""^\W*(?:
        （完）|\(完\)|【完】|-\s*(?:the\s+)?end\s*-|—\s*(?:the\s+)?end\s*—|文章不错，点个赞吧|本文结束\W{0,6}(?:感谢(?:您的?|你的?)?(?:阅读|观看))?
    )\W*$
    |^\W*(?:
        (?:(?:免责|特别|平台|版权|法律|郑重)声明|反侵权公告)\s*[:：】]|【免责声明】|
        以上内容.{0,40}(?:用户上传|上传并发布|仅提供信息存储|不代表)|
        .{0,30}仅提供信息(?:存储(?:空间)?服务|发布平台)|
        本文(?:仅代表|观点仅代表|系|为).{0,40}(?:观点|立场|转载|授权)|
        未经.{0,12}(?:授权|允许|许可).{0,12}(?:不得)?转载|
        正文已结束|网友评论仅供其表达个人看法|this\s+document\s+is\s+subject\s+to\s+copyright|
        (?:a\s+version\s+of\s+)?(?:this|the)\s+(?:article|story)\s+(?:was\s+)?(?:originally\s+)?
            (?:appeared|appears|published)\s+(?:on|in|at)\b
    ).*(?:\n\W*)?$""",
    re.I | re.X,
)

#: A wire story's contributors note, which closes it (``Jane Roe in Paris contributed to this report.``); what
#: follows is promos and another story. Kept apart from `END_OF_ARTICLE` because its free-text opening costs a
#: scan of every line: it is matched only on lines that hold `CONTRIBUTORS_WORD`.
CONTRIBUTORS_NOTE = re.compile(
    r"^\W*.{0,300}?\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)"
    r"(?:\s+(?:from|in)\s+[^.!?]{1,80})?\W*$",
    re.I,
)
CONTRIBUTORS_WORD = "contributed"

#: A portal's reprint disclaimer, whatever label opens it (新浪声明：此消息系转载自…，新浪网登载此文出于传递更多信息之
#: 目的，并不意味着赞同其观点…; 本网转载此文是出于…): it closes the story, as the other platform notices do. Its
#: free-text opening costs a scan of every line, so it is matched only on lines that hold `REPRINT_DISCLAIMER_WORDS`.
REPRINT_DISCLAIMER = re.compile(r"^\W*.{0,40}[转登]载[此本]文是?出于传递更多信息之目的")
REPRINT_DISCLAIMER_WORDS = "传递更多信息"

#: The rights notice that closes a syndicated wire or network story (``Copyright 2024 … All rights reserved.
#: This material may not be published, broadcast, rewritten, or redistributed.``), which ends it as an end
#: marker does: after it come the partner's promo (``For the latest news, weather, sports, and streaming video,
#: head to …``) and another story. Matched only on lines that hold `RIGHTS_NOTICE_WORD`.
RIGHTS_NOTICE = re.compile(
    r"^\W*(?:(?:copyright|©)[^\n]{0,120}?\b)?this\s+material\s+may\s+not\s+be\s+published\b", re.I
)
RIGHTS_NOTICE_WORD = "material"

#: A site's contact and registration lines (``地址：… 电话：…``, ``主办单位：…``, ``Tel: …``): furniture where
#: they close the body, though an article may list an address or a phone number among its own lines.
CONTACT_LINE = re.compile(
    rf"""^\W*(?:
        [{HAN}]{{0,2}}地址|(?:联系|咨询|服务|值班|新闻|报料|投稿)?(?:电话|热线)|传真|邮编|邮政编码|(?:电子)?邮箱|
        (?:主办|承办|协办|运营|管理)(?:单位)?|技术支持|网站标识码|
        address|tel|telephone|phone|fax|e-?mail|contact(?:\s+us)?
    )\s*[:：]""",
    re.I | re.X,
)

#: A player's running time, the whole of a line (``01:12``, ``1:02:33``): the mark of a video or audio card.
RUNNING_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}")

#: An image caption: a line ending with a photo credit (``新华社记者 李梦馨 摄``, ``(Photo: AP)``, ``Courtesy of X``).
CAPTION_LINE = re.compile(
    r"(?:(?:摄影?|供图|图片?来源\S*|摄)\s*(?:[)）]\s*)?$|[(（]\s*(?:photo|image|picture|credit)s?\b[^)）]*[)）]\s*$|"
    r"(?:photo|image|picture)s?\s*(?:by|:|credit)\s*[^.!?]{1,60}$|\bcourtesy\b[^.!?]{1,60}$|"
    r"[(（\[]\s*(?:\w+\s+)?(?:photo|image|xinhua|reuters|afp|epa|ap)\s*/\s*[^)）\]]{1,60}[)）\]]\s*$)",
    re.I,
)
#: Every match of `CAPTION_LINE` holds one of these marks, or one of these words in the lower-cased text,
#: so substring tests can rule a line out before the regex runs. Keep them in step with the pattern
#: (the words hold no i, k or s: case-insensitive matching also finds those as non-ASCII letters).
CAPTION_LINE_MARKS = ("摄", "供图", "来源", "/")
CAPTION_LINE_WORDS = ("photo", "mage", "cture", "cred", "courte")

#: A wire-photo caption or photo credit printed as a plain paragraph rather than a ``<figcaption>``:
#: ``In this Dec. 12, 2006, file photo, …``, ``FILE - In this …``, ``FILE PHOTO: …``,
#: ``Jane Doe/Hindustan Times/Getty Images``. Matched at the start of the block's text.
PHOTO_CAPTION_LINE = re.compile(
    r"(?:FILE(?:\s+PHOTO)?\s*[-–—:]\s"
    r"|[Ii]n\s+this\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s+\d{4},?\s+(?:file\s+)?|file\s+)(?:photo|image)\b"
    r"|[Ii]n\s+this\s+(?:photo|image)\s+(?:taken|provided|released|made\s+available|obtained|from)\b"
    r"|[^.!?\n]{1,60}[/|]\s*(?:Getty\s+Images|Shutterstock|AP\s+Photo|Reuters|AFP)\s*$)"
)
#: What every match shows at C speed, tested first (one block in thirty passes): an opening of the wire-photo
#: forms, or the ``/`` or ``|`` of a credit within its first `PHOTO_CREDIT_REACH` characters.
PHOTO_CAPTION_OPENINGS = ("FILE", "In", "in")
PHOTO_CREDIT_REACH = 61

_SUMMARY_LABELS = "(?:摘要|导读|内容提要|核心提示|提要|summary)"
#: A summary labelled as such above the article (``摘要：…``, ``【导读】…``, ``Summary: …``), printed apart from
#: its paragraphs: a standfirst, not the body.
SUMMARY_LINE = re.compile(rf"^\W{{0,3}}{_SUMMARY_LABELS}\W{{0,3}}[:：】\]]", re.I)
#: A summary's label alone on its line, over the summary in the same box (东方财富's ``div.abstract``: a ``摘要``
#: title, then the summary's text).
SUMMARY_LABEL = re.compile(rf"^\W{{0,3}}{_SUMMARY_LABELS}\W{{0,3}}$", re.I)

#: A line that restates the original headline (原标题), before or after the body.
ORIGINAL_TITLE_LINE = re.compile(r"^[\s（(【\[]*(?:本文)?原(?:标)?题(?:为|是)?[:：《]")
