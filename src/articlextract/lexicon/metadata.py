"""Labels, role words, placeholder credits, breadcrumb and title separators, Chinese surnames.

Everything here was read off real pages (see /work/shared/zh-conventions.md); the patterns are
fragments that the metadata modules assemble, so adding a label is a one-line change.
"""

from __future__ import annotations

import re

from .build import both_scripts, initials, phrases
from .scripts import HAN, HANGUL

#: Labels of the origin outlet (来源; 转载自/摘自/原载 for a reprint) on info lines; longest first so ``来源于`` wins
#: over ``来源``, their first character asserted first (`initials`: the patterns that search a line for one try
#: them at every position).
SOURCE_LABELS = (
    *("本文来源于", "本文来源", "文章来源", "稿件来源", "新闻来源", "信息来源", "内容来源", "消息来源", "图文来源"),
    *("资料来源", "来源于", "来源", "稿源", "出处"),
    *("本文转载自", "转载自", "本文转自", "转自", "摘自", "原载"),
    *("出所", "出典", "提供元", "출처", "source", "news provided by", "provided by"),
)
SOURCE_LABEL = initials(SOURCE_LABELS) + phrases(SOURCE_LABELS)
#: A label that names the source only as a field of its own, with a colon, in a pipe-separated info line
#: (Discuz! portal: ``… | 原作者: X | 来自: 桐城晚报``); elsewhere 来自 introduces a place or a device.
FIELD_SOURCE_LABELS = ("来自",)
FIELD_SOURCE_LABEL = phrases(FIELD_SOURCE_LABELS)
#: Role words that introduce people credited with the text (a longer word before the words it holds).
AUTHOR_ROLE_WORDS = (
    "记者",
    "通讯员",
    "专栏作者",
    "原作者",
    "作者",
    "撰文",
    "撰稿人",
    "撰稿",
    "执笔",
    "采写",
    "编译",
    "评论员",
    "作家",
    "实习生",
    "编集委员",  # a Japanese paper's senior staff writer (編集委員: its Traditional forms are the Japanese ones)
)
#: Words glued to a role word that make a heading or a phrase of prose, not a credit (``作者简介``, ``记者手记``,
#: ``记者了解到``): a name glued to a role word (``作者魏星``) is never one of them.
ROLE_COMPOUNDS = phrases(
    ("简介", "介绍", "手记", "札记", "按", "注", "来信", "调查", "观察", "节", "们", "了解", "获悉", "注意到"),
    ("发现", "看到", "从", "在", "走访", "探访", "实地", "采访"),
)
#: Labels of a Chinese info line (``2024-05-20 09:37 来源：…``, ``发布时间：2024-05-20``).
INFO_LINE_LABEL = phrases(("来源", "稿源", "作者", "记者", "发布", "时间", "日期", "编辑"))
#: The role words with at most four qualifiers (``本报驻京全媒体首席记者``): bounded, since ``驻`` + Han
#: characters can split a run of Han characters in exponentially many ways.
AUTHOR_ROLE = (
    rf"(?:(?:本报|本刊|本台|本网|本站|特约|见习|实习|驻[{HAN}]{{1,3}}|全媒体|融媒体|首席|资深|职工|特派|特邀){{0,4}}"
    rf"{phrases(AUTHOR_ROLE_WORDS)})"
)
#: The shortest credit prefixes: ``文/X``, ``文｜X``, ``图文/X``, ``By X``.
TEXT_CREDITS = ("文/图", "图/文", "文、图", "图、文", "文图", "图文", "文字", "文")
TEXT_CREDIT = rf"(?:{'|'.join(TEXT_CREDITS)})"
#: Posts a credit prints between the writer's affiliation and name (``作者：中国人民大学教授 王敏``,
#: ``…研究部部长、研究员徐占忱``): the name is what follows the last of them.
WRITER_POSTS = phrases(
    ("研究员", "教授", "讲师", "博士后", "博士", "主任", "部长", "院长", "所长", "局长", "处长", "书记", "会长"),
    ("秘书长", "理事长", "董事长", "总经理", "经理", "总监", "分析师", "经济学家", "律师", "医师", "专家", "学者"),
    ("教师", "老师"),
)
#: Labels of the editor in charge, the strongest first (责任编辑 outranks a plain 编辑 on the same page).
#: A newspaper credits the editor of the whole page (本版责编, 本版编辑) below the story's own editor.
#: 选稿 (the editor who picked the story) is the weakest Chinese label; English ``Edited by``/``Editing by`` need
#: no colon, ``Editor`` does.
EDITOR_LABELS = (
    "责任编辑",
    "责编",
    "值班编辑",
    "本文编辑",
    "本版责编",
    "本版编辑",
    "编辑",
    "主编",
    "编审",
    "选稿",
    "editor",
    "edited by",
    "editing by",
)
EDITOR_LABEL = phrases(EDITOR_LABELS)
#: Labels that end an editor credit (the next person's role on the same line).
EDITOR_STOP = phrases(
    ("校对", "审核", "审校", "审读", "监制", "签发", "主编", "责编", "编辑", "责任编辑", "排版", "美编", "制作"),
    ("统筹", "策划", "摄影", "来源", "作者", "记者", "选稿", "图片编辑", "视频编辑"),
)
#: Labels of publication times, and of update times that are never the publication time (their first character
#: asserted first, as `SOURCE_LABEL`'s).
DATE_LABELS = (
    *("发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "发文时间", "发文日期", "上传时间", "录入时间"),
    *("添加时间", "更新时间", "发表于", "发布于", "时间", "日期"),
    *("published on", "published", "posted on", "posted", "date"),
    *("veröffentlicht am", "veröffentlicht", "erschienen am", "erschienen", "datum", "publié le", "publié"),
    *("publicado el", "publicado em", "publicado", "pubblicato il", "pubblicato"),
)
DATE_LABEL = initials(DATE_LABELS) + phrases(DATE_LABELS)
#: Labels before a date that never dates the story: a visitor counter's stamp, another story's date
#: (CSDN's ``最新推荐文章于 2023-09-04 17:53:10 发布`` above the post's own ``于 2023-03-12 13:08:03 发布``).
OTHER_DATE_LABEL = re.compile(
    phrases(
        ("访问统计", "访问量", "访问次数", "浏览次数", "浏览量", "点击数", "点击量", "阅读数", "阅读量", "访客"),
        ("推荐文章于",),
    )
    + r"\s*(?:[:：]\s*)?$"
)
UPDATE_LABEL = re.compile(
    phrases(
        ("最后更新", "最近更新", "更新于", "更新时间", "修改时间", "编辑于"),
        ("updated", "modified", "last edited"),
        ("aktualisiert", "geändert", "mis à jour", "actualizado", "atualizado", "aggiornato"),
    ),
    re.I,
)
#: Roles on a credit line that are never authors: photographers, designers, proofreaders, editors; a bare 图
#: only as a field of its own after a space (``文/王敏 图/李强``), since 图 also opens ``图文/…``.
NON_AUTHOR_ROLE = (
    "(?:"
    + phrases(
        ("摄影", "摄像", "拍摄", "供图", "制图", "图片", "视频", "剪辑", "美编", "排版", "校对", "审核"),
        ("审校", "审读", "监制", "签发", "统筹", "策划", "设计", "海报", "责任编辑", "责编", "编辑", "主编", "选稿"),
    )
    + rf"|(?<=\s){both_scripts('图')})"
)

#: A line of production credits that name no writer (``总监制：邹 明``, ``审 读：崔向升``, ``校对 李铭``).
STAFF_CREDIT_LINE = re.compile(
    r"^\W*(?:(?:总?监\s*制|审\s*读|审\s*核|校\s*对|统\s*筹|策\s*划|排\s*版|美\s*编|设\s*计|出\s*品|制\s*作|监\s*审|终\s*审)"
    rf"\s*[:：/|丨｜\s]\s*[{HAN}A-Za-z·]{{1,6}}(?:\s[{HAN}])?\s*)+\W*$"
)

#: Credit values that name nobody (and the buttons printed beside an account's name: 关注, 订阅 …).
NON_PERSON_AUTHORS = frozenset(
    """
    网络整理 网络 未知 佚名 不详 本站 本网 本报 本刊 本站原创 原创 管理员 系统管理员 admin administrator 匿名
    综合 整理 小编 编辑部 网友 网友投稿 投稿 来稿 新华社 中新社 中新网 人民网 新华网 央视 央视新闻 网易 搜狐 新浪 腾讯
    凤凰网 澎湃新闻 客户端 关注 已关注 订阅 私信 主页 更多 unknown staff anonymous none null guest webmaster
    """.split()
) | {"super user"}  # Joomla's first account, the author of every article a site's owner posts under it

#: Words that mark a credit as an organisation rather than a person.
ORGANISATION_SUFFIX = re.compile(
    r"(?:委员会|支部|总支|委|局|厅|部|处|科|办公室|办|中心|集团|公司|协会|学会|医院|学院|大学|学校|研究院|研究所|"
    r"报社|日报|晚报|早报|周刊|杂志|电视台|广播|网|报|频道|政府|法院|检察院|派出所|分局|队|站|社|馆|组|号|所|室)$"
)

#: Endings that make an unlabelled name next to the date "clearly a source" (an outlet, not a person).
OUTLET_SUFFIX = re.compile(
    r"(?:网|报|社|台|刊|新闻|日报|晚报|早报|时报|周报|周刊|杂志|客户端|财经|科技|频道|在线|资讯|传媒|媒体|报道|周末|海外版|之家|(?<=\S)发布|"
    r"通讯|观察|讯|号|TV|News|Times|Post|Daily|Press|Journal|Reuters)$",
    re.I,
)

#: Places printed next to a source or date (IP location, 来自…) that are never a person's name.
PLACE_NAMES = frozenset(
    """
    北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川
    贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 南京 武汉 广州 深圳 成都 杭州 西安 长沙
    郑州 济南 沈阳 南宁 南昌 福州 昆明 贵阳 兰州 太原 合肥 石家庄 哈尔滨 长春 海口 拉萨 银川 西宁 乌鲁木齐
    呼和浩特 青岛 大连 厦门 宁波 苏州 无锡 温州 东莞 佛山 海外 美国 日本 韩国 英国 法国 德国 俄罗斯 加拿大
    澳大利亚 新加坡 未知
    """.split()
)

#: Badges rendered next to a headline that are not part of it: at its start, and (the first three) at its end.
HEADLINE_BADGES = ("原创", "独家", "置顶", "推荐", "热门", "头条", "快讯", "视频", "图集")
HEADLINE_END_BADGES = ("原创", "独家", "置顶")
#: ``…失乡号的船长241``: a counter (reviews, comments) rendered glued to a headline's end is a badge too.
HEADLINE_BADGE = re.compile(
    rf"^(?:{'|'.join(HEADLINE_BADGES)})\s*|(?:(?<!\s)\s+)?(?:{'|'.join(HEADLINE_END_BADGES)})$|(?<=[^\d\s])\d{{1,6}}$"
)

# A separator's leading whitespace is written ``(?:(?<!\s)\s+)?``: entered only where a whitespace run starts,
# so a search does not re-scan a long run from each of its characters (``\s*`` there is quadratic).

#: Breadcrumb lead-ins and separators.
BREADCRUMB_PREFIX = re.compile(
    rf"^\s*(?:您的?{phrases(('当前', '现在', '目前'))}?(?:所在)?(?:的)?位置|{phrases(('您在这里',))}|"
    rf"{phrases(('当前', '目前'))}(?:所在)?位置|{phrases(('现在',))}位置|所在位置|位置|{phrases(('导航',))}|"
    r"you\s+are\s+here)\s*[:：]?\s*",
    re.I,
)
BREADCRUMB_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:>>|»|›|>|→|/|\\|＞|〉|::|>)\s*")
BREADCRUMB_TAIL = frozenset(
    {
        "正文",
        "内容",
        "详情",
        "正文内容",
        "文章",
        "article",
        "story",
        "详细内容",
        "阅读文章",
        "新闻详情",
        "当前页",
        "文章正文",
        "查看内容",
    }
)

#: Separators between a headline and the site or channel name in ``<title>``.
TITLE_SEPARATOR = re.compile(
    r"(?:(?<!\s)\s+)?(?:_|\s[-–—|·•:]\s|\||--|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|–|(?<!—)—(?!—)|｜)\s*"
)

# Chinese surnames, single then compound: used to split run-together names (包庆淼高勇).
SINGLE_SURNAMES = frozenset(
    """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董
    袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟
    熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文
    牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符
    舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房
    滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席
    卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩
    明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼
    盘 满 闻 位 厉 伊 仝 区 郜 海 阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣
    晋 相 初 门 云 容 敬 来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿
    鲜 印 逯 隆 茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信
    展 阴 昝 智 幸 奉 植 衡 富 尧 闭 由 蒯 郗 钮 益 习 滑 丘 黑 庹 禤 栗 岳 隗 郦 闾 邴 酆 糜 伦 芦 蓬 暴 钭
    笪 郤 暨 桓 逄 蔚 谷 訾 竺 凤 靖 铁 福 历 邓 藏 覃 符 冒
    """.split()
)
COMPOUND_SURNAMES = frozenset(
    """
    欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 南宫 独孤 呼延 申屠
    澹台 公冶 太史 闻人 赫连 钟离 宗政 濮阳 淳于 单于 拓跋 百里 东郭 北宫 万俟 司空 第五 左丘 梁丘 段干 巫马
    公羊 谷梁 乐正 漆雕 壤驷 公良 仉督 子车 颛孙 亓官 司寇 鲜于 闾丘 羊舌 微生
    """.split()
)

#: A trailing word that makes a credit a photo or video credit (``刘通摄``, ``城市摄影队 周斌 摄``).
PHOTO_ROLE = re.compile(r"(?:摄影|摄像|摄|供图|制图|视频|拍摄|图)\s*$")


#: Words that open a byline before the names, per language (``By Tess Bonn``, ``Von Moritz Bachmann``).
BYLINE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "by",
        "written by",
        "posted by",
        "submitted by",
        "words by",
        "story by",
        "text by",
        "reporting by",
        "reported by",
    ),
    "de": ("von",),
    "fr": ("par",),
    "es": ("por",),
    "pt": ("por",),
    "it": ("di",),
    "nl": ("door",),
}
#: Genre words a byline may open with before its byline word (``Opinion by X``, ``Ein Kommentar von X``).
BYLINE_GENRES: dict[str, tuple[str, ...]] = {
    "en": ("opinion", "analysis", "commentary", "review", "essay", "column", "interview", "a column", "an essay"),
    "de": (
        "kommentar",
        "ein kommentar",
        "analyse",
        "eine analyse",
        "gastbeitrag",
        "ein gastbeitrag",
        "kolumne",
        "eine kolumne",
        "essay",
        "ein essay",
        "interview",
        "ein interview",
    ),
    "fr": ("analyse", "une analyse", "chronique", "une chronique", "tribune", "une tribune", "éditorial"),
    "es": ("opinión", "análisis", "columna", "una columna"),
}
#: The word that joins the last two names of a byline (``By X and Y``, ``Von X und Y``, ``Por X y Y``).
NAME_CONJUNCTIONS = ("and", "und", "et", "y", "e", "en")
#: Labels that open a byline only with a colon (``Text: …``, ``Texto: …``, ``Autor: …``).
BYLINE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("author", "text", "words"),
    "de": ("autor", "autorin", "text"),
    "fr": ("auteur", "texte"),
    "es": ("autor", "autora", "texto"),
    "pt": ("autor", "autora", "texto"),
    "it": ("autore", "testo"),
    "ru": ("автор", "текст"),
}
#: Words in a class, rel or itemprop that mark an element as the author's, per language (``span.author``,
#: ``p.firma`` in Spanish and Italian papers, ``div.article-autor``). The English ones anywhere in a name
#: (``post-author-name``); the others only as whole words, in the singular or plural (not ``autorotate``).
AUTHOR_CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("author", "byline", "writer", "nickname"),
    "de": ("autor", "autorin", "autoren"),
    "fr": ("auteur",),
    "es": ("autor", "autora", "firma"),
    "it": ("autore", "autori", "firma"),
}
#: Words after the names of a byline that start its date (``Von X publiziert am 25. September 2018``).
BYLINE_DATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("published", "updated", "posted"),
    "de": ("publiziert", "veröffentlicht", "aktualisiert"),
    "fr": ("publié", "mis à jour"),
    "es": ("publicado", "actualizado"),
    "pt": ("publicado", "atualizado"),
    "it": ("pubblicato", "aggiornato"),
}
#: Korean writer roles that close the bracketed credit opening a lead (``[OSEN=손찬익 기자]``): reporter,
#: correspondent, columnist, stringer.
KOREAN_WRITER_ROLES = ("기자", "특파원", "칼럼니스트", "통신원")
#: News agencies whose name alone, as a byline or a credit line, says where a story comes from.
WIRE_SERVICES = frozenset(
    """
    AP|Associated Press|The Associated Press|Reuters|AFP|Agence France-Presse|PTI|IANS|ANI|UPI|dpa|EFE|ANSA|
    Xinhua|Kyodo|Yonhap|新华社|中新社|中国新闻社|法新社|路透社|美联社|美聯社|共同社|共同通信|時事通信|연합뉴스|뉴시스
    """.replace("\n", "")
    .strip()
    .split("|")
)
#: Words that make a byline's piece an outlet rather than a person (``Jill Disis, CNN Business``, ``USA TODAY``).
OUTLET_WORDS = ("News", "Business", "TODAY", "Times", "Post", "Journal", "Press", "Tribune", "Herald", "Bureau")

#: Academic and professional letters printed after a writer's name (``Ilana Muhlstein, MS, RDN``).
NAME_CREDENTIALS = frozenset(
    "MD PhD MS MA MSc BSc RN RD RDN LD MPH MBA JD DO DDS CPT CSCS NASM ACE CFP CPA Esq Jr Sr II III".split()
)

#: Month names in the languages of the date grammar, January first; a name and its abbreviations are
#: one entry (``sep|sept|september``). Read case-insensitively; a word that is in no list is no month.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "jan|january",
        "feb|february",
        "mar|march",
        "apr|april",
        "may",
        "jun|june",
        "jul|july",
        "aug|august",
        "sep|sept|september",
        "oct|october",
        "nov|november",
        "dec|december",
    ),
    "de": (
        "januar|jänner",
        "februar",
        "mär|mrz|märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "okt|oktober",
        "november",
        "dez|dezember",
    ),
    "fr": (
        "janv|janvier",
        "févr|fevr|février|fevrier",
        "mars",
        "avr|avril",
        "mai",
        "juin",
        "juil|juillet",
        "août|aout",
        "sept|septembre",
        "oct|octobre",
        "nov|novembre",
        "déc|dec|décembre|decembre",
    ),
    "es": (
        "ene|enero",
        "feb|febrero",
        "mar|marzo",
        "abr|abril",
        "may|mayo",
        "jun|junio",
        "jul|julio",
        "ago|agosto",
        "sep|sept|septiembre|setiembre",
        "oct|octubre",
        "nov|noviembre",
        "dic|diciembre",
    ),
    "pt": (
        "jan|janeiro",
        "fev|fevereiro",
        "mar|março|marco",
        "abr|abril",
        "mai|maio",
        "jun|junho",
        "jul|julho",
        "ago|agosto",
        "set|setembro",
        "outubro",
        "nov|novembro",
        "dez|dezembro",
    ),
    "it": (
        "gen|gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "mrt|maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "okt|oktober",
        "november",
        "december",
    ),
    "id": (
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agu|agt|agustus",
        "september",
        "okt|oktober",
        "november",
        "des|desember",
    ),
    # (the genitive, as a day's date prints them: ``3 marca 2015``)
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "tr": (
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    ),
}
#: Relative day words a printed time can stand after (``Today 12:01 AM``, ``昨天 18:30``): days before the reference.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": 1, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
#: Time zone words printed after a time, as UTC offsets in hours. The US words without a season (``ET``)
#: are recognised but carry no offset: they stand for EST or EDT depending on the date.
ZONE_OFFSETS: dict[str, float | None] = {
    "Z": 0,
    "UTC": 0,
    "GMT": 0,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "ET": None,
    "CT": None,
    "MT": None,
    "PT": None,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "IST": 5.5,
    "JST": 9,
    "KST": 9,
    "HKT": 8,
    "SGT": 8,
    "AEST": 10,
    "AEDT": 11,
    "北京时间": 8,
    "北京時間": 8,
    "格林尼治标准时间": 0,
    "格林尼治標準時間": 0,
    "格林尼治时间": 0,
    "格林尼治時間": 0,
}

#: Weekday names printed beside a date (``Wednesday, November 20, 2019``), Monday first; a name and its
#: abbreviations are one entry.
WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("mon|monday", "tue|tuesday", "wed|wednesday", "thu|thursday", "fri|friday", "sat|saturday", "sun|sunday"),
}
#: The words around the dates of a date-only line (``Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM``).
DATE_LINE_LABELS = ("published", "updated", "posted", "last", "modified", "on", "at", "and", "uhr")
#: The sentence a blog theme prints in the post's footer before its date (WordPress's classic ``This entry was posted
#: on Monday, December 14th, 2015 at 2:48 pm and is filed under …``), per language; and the footer line of the .Text
#: blog engine's heirs, 博客园 (cnblogs) first (``posted @ 2024-05-20 08:37 作者 阅读(1234) 评论(5) 编辑``).
POSTED_SENTENCE = re.compile(
    phrases(
        (
            f"this {thing} was {verb}"
            for thing in ("entry", "post", "article")
            for verb in ("posted", "published", "written")
        ),
        ("posted @", "posted on"),
        (f"{this} {thing} wurde" for this in ("dieser", "der") for thing in ("artikel", "beitrag", "eintrag")),
        ("cet article a été publié", "cette entrée a été publiée", "ce billet a été publié"),
        ("esta entrada fue publicada", "este artículo fue publicado", "esta entrada foi publicada"),
    ),
    re.I,
)

#: The writer a .Text footer line names after its date, before the read count (``posted @ 2024-05-20 08:37  顾以川
#: 阅读(1234)``): one short name of up to four words, read from the text after the date.
POSTED_BY = re.compile(r"(\S{1,30}(?: \S{1,30}){0,3})\s+(?:阅读|閱讀)\s?[(（]")

#: The labels a Chinese blog engine's footer line names the writer by: its read count (after the name, `POSTED_BY`)
#: or its author field (Z-Blog's ``作者:阿澄 | 分类:游记``); a post holding none has no such line.
FOOTER_CREDIT_WORDS = ("作者", "阅读", "閱讀")

#: The last part of a Chinese blog platform's ``<title>`` (``新浪博客``, ``博客园``, ``CSDN博客``, ``网易博客``),
#: which names the blogger in the part before it; and what follows the blogger's name there (``周闻溪的博客``).
BLOG_PLATFORM_TITLE = re.compile(r"博客园?$")
BLOGGER_SUFFIX = re.compile(r"的(?:博客|日志|专栏)$")

#: The poster's IP location that Chinese platforms print beside the date since 2022 (知乎 ``发布于 2024-03-12
#: 10:41・IP 属地北京``, 微博, 头条, B站 ``IP属地：上海``): a province or city, not a word of the line.
IP_LOCATION = re.compile(r"IP\s?属地\s?[:：]?\s?[\u4e00-\u9fff]{1,8}", re.I)

#: The reading time printed beside a story's date, in the languages seen: ``5 min read``,
#: ``1 minuti di lettura``, ``3 minutos de leitura``, ``Lesezeit: 4 Min.``, ``2 min de lecture``.
READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?\.?|minut[aeio]s?|minuten|phút|dakika)\s*"
    r"(?:read(?:ing)?|di\s+lettura|de\s+(?:leitura|lectura|lecture)|czytania|lesezeit|leestijd|okuma)\b|"
    r"\b(?:lesezeit|leestijd|reading\s+time|tempo\s+di\s+lettura|tiempo\s+de\s+lectura|temps\s+de\s+lecture|"
    r"czas\s+czytania|okuma\s+süresi)\s*(?::\s*)?\d+\s*(?:min(?:ute)?s?|minut[aeio]s?|minuten|dakika)?\.?",
    re.I,
)

#: Credit lines of Western and Korean pages at the body's ends (the Chinese ones are read by
#: `parse_byline`). A capitalised name of two to four words: ``Toni McAllister``, ``Bruce Y. Lee``.
_LATIN_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|van|von|del|der|di|al|bin|le|la)){1,3}"
#: Words that writers sign with after their names, per language (``Tom Krisher, AP Auto Writer``, ``Joan Biskupic,
#: CNN Senior Supreme Court Analyst``, ``Anna Schmidt, Redakteurin``).
WRITER_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        *("staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist"),
        *("producer", "critic", "publisher", "curator", "author", "host", "editor-in-chief", "editor-at-large"),
        *("analyst", "anchor", "commentator"),
    ),
    "de": ("redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "journalistin"),
}
#: An English writer's role word (lower case; plural too), its first character asserted first (`initials`).
WRITER_ROLE = rf"{initials(WRITER_ROLE_WORDS['en'])}(?:{'|'.join(map(re.escape, WRITER_ROLE_WORDS['en']))})s?"
#: "By" in the languages of the corpus, opening a line that holds only names.
_CREDITING_WORDS = ("written", "posted", "reported", "words", "story", "text", "reporting")
_BY_WORDS = ("by", "di", "por", "von", "par", "door", "przez", "av", "af")
_BYLINE_WORD = (
    rf"(?i:{initials(_CREDITING_WORDS, _BY_WORDS)}(?:(?:{'|'.join(_CREDITING_WORDS)})\s+by|{'|'.join(_BY_WORDS)}))"
)
_NAME_LIST = rf"{_LATIN_NAME}(?:\s*(?:,|&|\band\b|\be\b|\by\b|\bund\b|\bet\b)\s*{_LATIN_NAME})*"
CREDIT_HEAD_LINE = re.compile(
    # ``Written by Liz Scherer``, ``di Emanuele Capone``, a lone ``By`` (its name on the next line)
    rf"^(?:{_BYLINE_WORD}:?\s+{_NAME_LIST}|(?i:by))\s*$"
    # ``By Wes Davis, a weekend editor who covers …``: the byline with the writer's one-line bio
    rf"|^(?i:by)\s+{_LATIN_NAME},\s+(?i:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}(?i:{WRITER_ROLE})\b"
    # a news agency on a line of its own: ``The Associated Press``, ``Detroit News wire services``
    r"|^(?i:(?:the\s+)?(?:associated\s+press|reuters|afp|agence\s+france-presse|dpa|efe|ansa|upi|xinhua|pti|ians)"
    r"(?:\s+(?:staff|writers?|reporters?))?)$"
    r"|^(?:[A-Z][\w.&’'-]*\s+){1,4}(?i:wire\s+services?|wire\s+reports?|news\s+services?)$"
    # ``김수아 인턴 기자 2024. 5. 22. 08:37``: a Korean name, a role and 기자 (reporter)
    rf"|^[{HANGUL}]{{2,4}}\s*(?:[{HANGUL}]{{1,4}}\s+)?기자(?![{HANGUL}])"
)
#: The other credit line at the body's ends, the writer's names and their role, the role last: ``Toni McAllister,
#: Patch Staff``, ``Greg Beacham, Ap Sports Writer``, ``By Michael HiltzikBusiness Columnist``.
SIGNED_CREDIT_LINE = re.compile(
    rf"^(?:{_BYLINE_WORD}\s+)?{_NAME_LIST}\s*(?:,|[-–—|·•])?\s*(?:[A-Z][\w.&’'-]*\s+){{0,3}}(?i:senior\s+|chief\s+)?"
    rf"(?i:{WRITER_ROLE})$"
)
#: The end of such a line: the last letter of a role word or of its plural, where the pattern's ``$`` matches (at
#: the end or before a final line break). Searched from the text's last two characters before the pattern is
#: tried: most lines open as a name would, and the pattern runs through every split of their capitalised words.
_ROLE_LAST_LETTERS = "".join(sorted({re.escape(word[-1]) for word in WRITER_ROLE_WORDS["en"]}))
SIGNED_CREDIT_END = re.compile(rf"(?i:[{_ROLE_LAST_LETTERS}s])$")
#: A podcast's or newsletter's outro after the body: where to listen, how to write in, who made the
#: episode, where to read more (``Listen to Short Wave on Spotify, Apple Podcasts and Google Podcasts.``,
#: ``This episode was produced by …``, ``Want us to cover more? Email us at …@….``,
#: ``For more on lifestyle … please visit Indiatimes Lifestyle.``). The line that says how to write in gives an
#: address, so its branch asserts an ``@`` first, from the line's start, once: most lines have none, and the
#: branch's lead would otherwise be scanned for its ``?`` or comma from there.
OUTRO_LINE = re.compile(
    r"""^\W*(?:
        (?:listen|subscribe|follow)\b[^.!?]{0,80}?\b(?:(?:on|in|via|at|from)\s+(?:spotify|apple\s+podcasts|google\s+podcasts|
            itunes|stitcher|your\s+(?:favou?rite\s+)?podcast\s+app)|wherever\s+you\s+(?:get|listen\s+to|find)\s+(?:your\s+)?podcasts)\b.*|
        listen\s+to\s+every\s+episode\b.*|listen\s+(?:ad|sponsor)-free\b.*|
        (?:this|the)\s+(?:[\w-]+\s+){0,4}(?:episode|podcast)\s+was\s+(?:produced|edited|reported|engineered|hosted|mixed)\b.*|
        for\s+more\s+(?:on|about)\b[^.!?]{0,100}?\b(?:please\s+)?(?:visit|check\s+out|head\s+(?:over\s+)?to)\b.*
    )\W*$
    |^(?=[^@]*@)\W*(?:
        (?:[^.!?]{0,80}[?,]\s*)?(?:please\s+)?(?:e-?mail|write\s+to|contact|reach)\s+[^.!?@]{0,40}?\bat\s+\S+@\S+.*
    )\W*$""",
    re.I | re.X,
)
#: A reporter's signature after the body: a few words and an e-mail address (``☞공감언론 뉴시스 ksa3077@newsis.com``,
#: ``paul.takahashi@chron.com``, ``홍길동 기자 hong@yna.co.kr``). The lead is bounded: the words and the
#: address may start with the same marks, and an unbounded run of them would be tried from each of its characters.
#: An e-mail address, entered only where its local part starts (one try per run of such characters: linear).
EMAIL_ADDRESS = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_CREDIT_LINE = re.compile(r"^\W{0,20}(?:[^\s@]+\s+){0,4}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$")
#: The label over a press release's contact block (``Media contact:``, ``Press Contacts``, ``Investor contact:
#: Jane Roe``, ``Pressekontakt:``, ``Contact presse :``): the address under it is the issuer's, printed as part
#: of the release, not a reporter's signature.
CONTACT_LABEL_LINE = re.compile(
    r"^\W{0,3}(?:(?:media|press|investor|news|public\s+relations|pr)\s+(?:relations\s+)?)?"
    r"(?:contacts?|inquiries|enquiries)(?:\s*:.*)?$"
    r"|^\W{0,3}(?:pressekontakt|kontakt|contacts?\s+presse|contactos?(?:\s+de\s+prensa)?)(?:\s*:.*)?$",
    re.I,
)
#: A writer's bio after the body: ``Jeff Foust (jeff@…) is the editor and publisher of …``,
#: ``Eric Song is IGN's deal curator …``, ``Assistant News Editor at Indiatimes. He writes on …``.
AUTHOR_BIO_LINE = re.compile(
    rf"^(?:{_LATIN_NAME}|(?!(?:He|She|It|They|This|That|There|Who)\b)[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?:\s*\([^)]{{1,60}}\))?\s+is\s+(?:an?|the|[A-Z][\w.-]*['’]s)\s+(?:[\w'’,-]+\s+){{0,6}}?(?i:{WRITER_ROLE})\b"
    rf"|^(?:[A-Z][\w-]*\s+){{0,3}}(?i:{WRITER_ROLE})\s+(?:at|for|with)\s+[A-Z][^.]{{0,60}}\.\s+(?:He|She|They)\s"
)
