"""Bylines, sources and editors: real lines (zh-conventions.md, tests/pages) → the fields they carry."""

from __future__ import annotations

import re

import pytest

from articlextract.lexicon import EDITOR_LABEL
from articlextract.lexicon.build import phrases
from articlextract.metadata.bylines import (
    _ANY_EDITOR_LABEL,
    _BYLINE_OPENERS,
    _BYLINE_START,
    account_name,
    byline_outlet,
    find_editor,
    find_source,
    inline_credits,
    names_with_role,
    parse_byline,
    person_names,
    split_person_outlet,
    split_run_together,
    unlabelled_source,
)
from articlextract.metadata.ends import closing_source, dateline_outlet

BYLINES = [
    ("By  MARTA LINDQVIST  and  OKONKWO BELLO", ["MARTA LINDQVIST", "OKONKWO BELLO"]),  # names in elements of their own
    ("編集委員 中沢克二", ["中沢克二"]),  # a Japanese paper's senior staff writer
    ("■本报通讯员包庆淼高勇", ["包庆淼", "高勇"]),
    ("澎湃新闻记者 段彦超 廖艳", ["段彦超", "廖艳"]),
    ("【文/观察者网专栏作者 王文】", ["王文"]),
    ("执笔/叨叨姐、胡一刀&李小飞刀", ["叨叨姐", "胡一刀", "李小飞刀"]),
    ("《棱镜》作者 周纯", ["周纯"]),
    ("新京报记者 陆一夫", ["陆一夫"]),
    ("采写：南都记者 余毅菁 向雪妮", ["余毅菁", "向雪妮"]),
    ("作者：余毅菁 向雪妮", ["余毅菁", "向雪妮"]),
    ("采写：南都见习记者 林子沛", ["林子沛"]),
    ("扬子晚报记者 张楠", ["张楠"]),
    ("(文/图 刘玺东 易赛楠)", ["刘玺东", "易赛楠"]),
    ("本报记者 王乐文 方 敏", ["王乐文", "方敏"]),
    ("本报记者  王乐文  方  敏", ["王乐文", "方敏"]),
    ("中青报·中青网记者 魏其濛 来源：中国青年报", ["魏其濛"]),
    ("（总台央视记者 奚丹霓 张赛）", ["奚丹霓", "张赛"]),
    ("文丨政能亮特约评论员 韩涵", ["韩涵"]),
    ("新华社记者邹多为、唐诗凝、丁乐", ["邹多为", "唐诗凝", "丁乐"]),
    ("作者 王之言 高孜然", ["王之言", "高孜然"]),
    ("记者 陈智 通讯员 李琴雯 刘会", ["陈智", "李琴雯", "刘会"]),
    ("文/栗思", ["栗思"]),
    ("作者魏星", ["魏星"]),
    ("作者：李在山", ["李在山"]),
    ("记者陈智 整合", ["陈智"]),
    ("[作者: 刘满仓 　责任编辑: 杨丹宇 ]", ["刘满仓"]),
    ("作者： 涅阳城 2020年01月12日18:32 浏览： 272", ["涅阳城"]),
    ("本报记者 许文静 实习生 何思远", ["许文静", "何思远"]),  # an intern co-writes; 实习生 is a role, no name
    ("记者 钟雨桐 实习生 林可", ["钟雨桐", "林可"]),
    ("文、图/夏知秋", ["夏知秋"]),
    ("文/夏知秋 图/卢一帆", ["夏知秋"]),  # the photo field after the writer is no credit of the text
    ("文/本报记者 夏知秋", ["夏知秋"]),
    ("本报见习记者 许 静 通讯员 何 帆", ["许静", "何帆"]),
    ("记者 阿依古丽·买买提 通讯员 钟雨桐", ["阿依古丽·买买提", "钟雨桐"]),
    # a credit that describes the writer: the name follows the last post
    ("作者：华东师范大学经济学院教授 陆明远", ["陆明远"]),
    ("作者：省社会科学院经济研究所所长、研究员邵青禾", ["邵青禾"]),
    ("作者：王敏华（江城大学教授）", ["王敏华"]),  # a description in brackets after the name
    ("作者：王敏华（江城日报记者）", ["王敏华"]),  # … even one that names a role
    ("特约撰稿人 钟雨桐", ["钟雨桐"]),
    # the role after the names, as newspapers print it
    ("许文静/文 何思远/图", ["许文静"]),
    ("许文静 何思远／文", ["许文静", "何思远"]),
    ("□许文静/文", ["许文静"]),
    ("我们/文", None),  # no surname: no credit
    # a pen name set apart from its label: a blog's or self-media account's handle
    ("作者：一只小熊猫呀", ["一只小熊猫呀"]),
    ("作者：小王子123", ["小王子123"]),
    ("作者 | 三石_", ["三石_"]),
    ("作者：李白（唐）", ["李白"]),
    # credits that name nobody: still credit lines, no authors
    ("作者：网友投稿", []),
    ("作者：网络整理", []),
    ("作者：未知", []),
    ("作者：医技药剂党支部", []),
    ("通讯员刘娟 摄", []),
    # English
    ("By Mike Wuerthele and Malcolm Owen", ["Mike Wuerthele", "Malcolm Owen"]),
    ("By Eric Song, IGN Staff", ["Eric Song"]),
    ("By Troy L. Smith, Cleveland.com", ["Troy L. Smith"]),
    ("by Finian Cunningham", ["Finian Cunningham"]),
    ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ["Sherif Saed"]),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"]),
    ("中央社記者 王小明", ["王小明"]),  # Traditional role words
    ("Von Moritz Bachmann publiziert am 25. September 2018", ["Moritz Bachmann"]),
    ("Texto: Carlos Nadalim", ["Carlos Nadalim"]),
    ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", ["Kashmira Gander"]),
    ("By  Matthew Digby  ,  Minh Do  on Monday, November 18th, 2019 at 11:08 a.m.", ["Matthew Digby", "Minh Do"]),
    ("BY: Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"]),
    ("By Jill Disis, CNN Business", ["Jill Disis"]),
    # a genre word before the byline word (CNN's ``Opinion by``, German ``Ein Kommentar von``)
    ("Opinion by Moriba Jah", ["Moriba Jah"]),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),
    ("Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    # the conjunction of each byline language, lower-case (an initial ``E.`` is no conjunction)
    ("Von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Par Jean Dupont et Marie Leclerc", ["Jean Dupont", "Marie Leclerc"]),
    ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("By Sarah E. Needleman", ["Sarah E. Needleman"]),
    ("Reported By: Priya Raman", ["Priya Raman"]),
    # beside a full name, one word is the place the writer files from
    ("Von Anna Schmidt, Berlin", ["Anna Schmidt"]),
    ("By Jane Doe and John Roe, Washington", ["Jane Doe", "John Roe"]),
    ("By Regan", ["Regan"]),
    # a month and a day printed right after the names (``by Andrew Coletti May 14, 2024`` in one line)
    ("by Andrew Coletti May 14, 2024", ["Andrew Coletti"]),
    # a byline after a date clause: WordPress's entry meta, German ``Veröffentlicht am … von``
    ("Posted on November 19, 2019 by Jane Doe", ["Jane Doe"]),
    ("Veröffentlicht am 19.11.2019 von Anna Schmidt", ["Anna Schmidt"]),
    ("19.11.2019 09:13 Uhr von Anna Schmidt und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    # not credit lines at all
    ("The plan was approved by Jane Doe", None),
    ("Stand by Me Again", None),
    ("Por qué el cielo es azul", None),
    ("Text Messages Show the Plan", None),
    ("记者了解到，该项目已于上月开工。", None),
    ("城市摄影队 周斌 摄", None),
    ("中国载人航天工程新闻发言人 武平", None),
    ("原创： 路闻卓立编译 人民币交易与研究", None),
    # a word glued to a role word that makes a heading or prose, not a name
    ("作者简介", None),
    ("记者手记", None),
    ("记者了解到", None),
    ("記者手記", None),  # in Traditional script too
]


@pytest.mark.parametrize(("line", "authors"), BYLINES)
def test_parse_byline(line: str, authors: list[str] | None) -> None:
    assert parse_byline(line) == authors


ACCOUNTS = [
    ("管不饿", "管不饿"),  # a self-media pen name
    ("A-肖老师-树谷学院", "A-肖老师-树谷学院"),  # a blogger's handle
    ("私~川流", "私~川流"),
    ("中国新闻网", "中国新闻网"),  # an outlet's account: a handle too (the caller tells outlets apart)
    ("+ 关注", None),  # a follow button
    ("关注", None),
    ("kingname", None),  # no Han character: the Latin-script readers decide
    ("2024-05-08 23:23", None),
    ("作者：王敏", None),  # a labelled credit, read by the byline grammar
    ("今天天气很好，我们去公园", None),
    ("网络整理", None),
    ("记者", None),
]


@pytest.mark.parametrize(("text", "account"), ACCOUNTS)
def test_account_name(text: str, account: str | None) -> None:
    assert account_name(text) == account


INLINE = [
    ("新京报讯（记者 陆一夫）11月25日，蔚来汽车宣布……", ["陆一夫"]),
    ("新京报快讯（记者 裴剑飞）据北京市政府消息……", ["裴剑飞"]),
    ("长江网10月4日讯（记者陈智 整合）国庆假期第四天……", ["陈智"]),
    ("新华社巴黎12月9日电（记者唐霁）法国多地9日继续举行罢工……", ["唐霁"]),
    ("本站讯（职工通讯员 李琴雯 刘会）近日，我院……", ["李琴雯", "刘会"]),
    ("北京商报讯（记者 岳品瑜 董晗萱）5月20日，中国人民银行授权全国银行间同业拆借中心公布……", ["岳品瑜", "董晗萱"]),
    ("本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。", ["叶婉"]),
    ("新华社乌鲁木齐5月9日电（记者邹伟）中共中央政治局常委、国务院总理李强5月7日至9日在新疆调研。", ["邹伟"]),
    ("第十一届中国-阿根廷科技合作大会日前在阿根廷举行。（张巨峰）", ["张巨峰"]),
    ("用户可以通过以旧换新计划轻松换新iPhone。(李楠)", ["李楠"]),
    ("本报讯 记者许文静 通讯员何思远 近日，全市首批社区食堂正式开业。", ["许文静", "何思远"]),
    ("本报讯 记者 许文静 通讯员 何思远 近日，全市首批社区食堂正式开业。", ["许文静", "何思远"]),
    ("本报讯 近日，全市首批社区食堂正式开业，记者从市民政局获悉。", []),
    ("首批社区食堂将在下月开业。（许文静、何思远）", ["许文静", "何思远"]),
    ("他说：“社区食堂下月就能开业。”（许文静）", ["许文静"]),  # a quote closing a sentence
    ("2/13 昼「日本料理 江月」（福井）", []),  # a quote alone closes no sentence: a place after a name
    ("首批社区食堂将在下月开业。（本文来源：江城日报 作者：许文静）", ["许文静"]),
    ("首批社区食堂将在下月开业。（来源：江城日报）", []),
    ("市民在公园里赏花，享受春日时光（刘通摄）", []),
    ("本文由多方采访完成。（实习生王金茹对此文亦有贡献）", []),
    ("据央视新闻消息，2024年5月16日，江苏省无锡市中级人民法院一审公开开庭审理了此案。", []),
]


@pytest.mark.parametrize(("paragraph", "authors"), INLINE)
def test_inline_credits(paragraph: str, authors: list[str]) -> None:
    assert inline_credits(paragraph) == authors


SOURCES = [
    ("来源: 新京报", "新京报"),
    ("来源：澎湃新闻网", "澎湃新闻网"),
    ("来源于：东区办事处", "东区办事处"),
    ("信息来源：省发改委", "省发改委"),
    ("来源CSDN", "CSDN"),
    ("来源|广州参考、广州南沙发布、羊城晚报", "广州参考、广州南沙发布、羊城晚报"),
    ("本文来源：新京报 责任编辑：杜硕_NB12556", "新京报"),
    ("版权声明 来源：当代商报 时间：2019-09-23 14:34:05 作者：", "当代商报"),
    ("2019年06月15日08:18 来源：人民网-文化频道", "人民网-文化频道"),
    ("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", "澎湃新闻·澎湃号·政务"),
    ("2019-09-26 12:11来源：证券时报网作者：李在山", "证券时报网"),
    ("2019-09-07 13:43:45　来源: 证券市场红周刊", "证券市场红周刊"),
    ("发布日期：2016-11-22 浏览次数： 信息来源：省发改委", "省发改委"),
    ("来源：本站原创", "本站原创"),
    ("来源：商讯", "商讯"),
    ("来源：无锡交警", "无锡交警"),
    ("来源: | 发布时间: 2018-05-17 | 浏览次数: 2168", None),
    ("2024-05-13 12:03:10 作者：曹磊 来源:东方网 选稿：曾炟", "东方网"),
    ("2024-05-20 16:25:01 来源:上海奉贤 选稿：许文杰", "上海奉贤"),
    ("2023-06-15 08:10  来源：中国新闻网  王帆", "中国新闻网"),
    ("来源：中国新闻网 王帆", "中国新闻网"),
    ("来源：人民日报2024-05-13 08:49", "人民日报"),
    ("本文来源于北京商报 2024-05-20 09:47:48", "北京商报"),
    ("时间：2024.05.11 来源：光明日报 作者：南帆 分享到：", "光明日报"),
    ("发稿时间：2024-05-20 13:15:00  来源：  央视新闻客户端  中国青年网", "央视新闻客户端"),
    ("2024-05-13 09:16:04 来源:  北青网-北京青年报  北京  举报", "北青网-北京青年报"),
    ("来源:济宁晚报 2015-08-09 07:19  https://www.yybnet.net/", "济宁晚报"),
    ("来源：光明网-《光明日报》2024-05-20 03:15", "光明网-《光明日报》"),
    # the value ends at the next field's label, a known one or any short word with a colon
    ("作者：许文静 来源：新闻中心 发布时间：2024-05-20 点击数：", "新闻中心"),
    ("来源：新闻中心 访问量：1024", "新闻中心"),
    ("2024年05月10日06:58 | 来源：人民网－人民日报", "人民网－人民日报"),
    ("中青报·中青网记者 魏其濛 来源：中国青年报", "中国青年报"),
    ("它的名字来源于古希腊语，意为“红色的海洋”。", None),
    ("出處：中央社2019年5月18日", "中央社"),  # Traditional label, the value ends where the date begins
    ("출처:연합뉴스2024년 5월 22일", "연합뉴스"),  # 년 marks a year as 年 does
    # a URL that is all the label names is the source as printed; after an outlet it is the site's link
    ("出所：http://jp.example.cn  |    |  発表時間：2023-08-14", "http://jp.example.cn"),
    ("来源：https://news.example.cn/a/1.html", "https://news.example.cn/a/1.html"),
    # a reprint's origin
    ("本文转载自：江城日报", "江城日报"),
    ("转自：江城发布微信公众号", "江城发布微信公众号"),
    ("摘自《江城日报》2024年5月20日", "江城日报"),
    ("原载《江城晚报》", "江城晚报"),
    ("来源《江城日报》", "江城日报"),
    ("转载请注明出处", None),
    ("他的文章被转自多家媒体。", None),
    ("来源于《诗经》的成语很多。", None),
    # a press wire's header: the issuer after its label, in an element of its own
    ("News provided by  Northwind Robotics", "Northwind Robotics"),
    ("Provided by  Harbor Line Logistics", "Harbor Line Logistics"),
]


@pytest.mark.parametrize(("line", "source"), SOURCES)
def test_find_source(line: str, source: str | None) -> None:
    assert find_source(line) == source


UNLABELLED = [
    ("新浪财经", set(), "新浪财经"),
    ("新京报", set(), "新京报"),
    ("39健康网", set(), "39健康网"),
    ("证券时报网", set(), "证券时报网"),
    ("参考消息", {"参考消息"}, "参考消息"),
    ("政能亮", set(), None),
    ("来自北京市", set(), None),
    ("发布于北京经济日报官方账号", set(), None),
    ("王帆", set(), None),
    ("5人参与", set(), None),
    ("江城经济报道", set(), "江城经济报道"),
    ("南城周末", set(), "南城周末"),
    ("江城日报海外版", set(), "江城日报海外版"),
    ("数码之家", set(), "数码之家"),
    ("江城时报·e视点", set(), "江城时报·e视点"),  # an outlet before its channel or app
    ("许文静·专栏", set(), None),
    ("江城发布", set(), "江城发布"),  # a government release account
    ("发布", set(), None),  # CSDN's ``于 2024-05-06 15:47:53 发布``
    ("首次发布", set(), None),  # CSDN's ``于 2024-03-30 10:05:12 首次发布`` on a post edited since
    ("已发布", set(), None),
]


@pytest.mark.parametrize(("text", "known", "source"), UNLABELLED)
def test_unlabelled_source_only_when_clearly_one(text: str, known: set[str], source: str | None) -> None:
    assert unlabelled_source(text, known) == source


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("活动在江城举行，吸引了近千名市民参加。（来源：江城日报）", "江城日报"),
        ("活动在江城举行，吸引了近千名市民参加。（江城日报）", "江城日报"),  # an outlet named alone
        ("活动在江城举行，吸引了近千名市民参加。（南湖县退役军人之家）", "南湖县退役军人之家"),  # an account
        ("活动在江城举行，吸引了近千名市民参加。（南湖县发改局）", "南湖县发改局"),  # an organisation
        ("活动在江城举行，吸引了近千名市民参加。（许文静）", None),  # a person: the reporter
        ("活动在江城举行，吸引了近千名市民参加。（完）", None),
        ("活动在江城举行，吸引了近千名市民参加。（实习生何思远对此文亦有贡献）", None),
        ("承办单位为市文广局（江城日报）", None),  # no sentence closes before it: a parenthesis, no credit
    ],
)
def test_closing_source(paragraph: str, source: str | None) -> None:
    assert closing_source(paragraph) == source


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("新华社江城5月20日电（记者 许文静）省统计局20日发布数据。", "新华社"),
        ("江城日报讯（记者 许文静）5月20日，市政府召开新闻发布会。", "江城日报"),
        ("数码之家5月20日消息，某公司今日发布了新款手机。", "数码之家"),
        ("据江城网5月20日报道，市里今日举行了大型活动。", "江城网"),
        ("江城网消息：市统计局20日发布数据。", "江城网"),
        ("江城网-新江城客户端讯（记者 许文静）近日，市里举行了活动。", "江城网-新江城客户端"),
        ("本报讯（记者 许文静）近日，市政府召开会议。", None),  # the paper's own
        ("今年5月20日电视台播出了这档节目。", None),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "AP"),
        ("WASHINGTON (Aug. 13) -- Declaring the corps' soul at sea, the Navy said.", None),  # a day, not a wire
        ("LONDON, May 20 (Reuters) - Developers bid for a record amount.", "Reuters"),  # the month and day first
        ("[한강미디어=김서연의 문화읽기] 지난 주말 극장가는 조용했다.", "한강미디어"),  # a writer's column
        ("[한강미디어=평론가 김서연의 문화읽기] 지난 주말 극장가는 조용했다.", "한강미디어"),
        ("[한강일보=김서연 기자] 시의회가 20일 예산안을 통과시켰다.", "한강일보"),  # a reporter
        ("[KBN 뉴스=김서연 특파원] 현지 시간 20일 회담이 열렸다.", "KBN 뉴스"),
        ("(서울=한강통신) 김서연 기자 = 시의회가 예산안을 통과시켰다.", None),  # a place before =
        ("[사진=한강일보] 시의회가 20일 예산안을 통과시켰다.", None),  # a photo credit
    ],
)
def test_dateline_outlet(paragraph: str, outlet: str | None) -> None:
    assert dateline_outlet(paragraph) == outlet


def test_person_and_outlet_in_one_slot() -> None:
    assert split_person_outlet("石佳/中国青年报") == (["石佳"], "中国青年报")
    assert split_person_outlet("新华社") is None


EDITORS = [
    ("责任编辑：杨倩_NF4425", "杨倩"),
    ("[责任编辑：韩保林 PK155]", "韩保林"),
    ("（责任编辑： HN666）", None),
    ("(责编：汤诗瑶、丁涛)", "汤诗瑶、丁涛"),
    ("责编：薛艺磊", "薛艺磊"),
    ("责编：Demi Xia", "Demi Xia"),
    ("【编辑：姚昊】", "姚昊"),
    ("责任编辑: 刘响", "刘响"),
    ("责任编辑：biaoffeng", "biaoffeng"),
    ("（责任编辑：系统管理员）", None),
    ("编辑/苏芳", "苏芳"),
    ("编辑|禤志杰 责编|陈梦莹 校对|黄慧敏", "陈梦莹"),
    ("责任编辑：张珺", "张珺"),
    ("责任编辑：", None),
    ("作者：未知 责任编辑：棒棒不是糖", "棒棒不是糖"),
    ("编辑 刘晓阳 校对 李铭", "刘晓阳"),
    ("责任编辑：姚立伟_NT6056", "姚立伟"),
    ("本文来源：新京报 责任编辑：杜硕_NB12556", "杜硕"),
    ("发布日期：2019-03-06 责任编辑：龙慧", "龙慧"),
    ("[作者: 刘满仓 　责任编辑: 杨丹宇 ]", "杨丹宇"),
    ("【纠错】 【责任编辑:王頔】", "王頔"),
    ("编辑：倪仕轩  责任编辑：杨格", "杨格"),
    ("责编：黄忆南 PN269", "黄忆南"),
    ("责任编辑：支全明 SF099", "支全明"),
    ("[ 责编：杨煜 ]", "杨煜"),
    ("编辑 周褶褶 ｜ 排版 魏蔚", "周褶褶"),
    ("责任编辑：韩雪梅 图片编辑：陆一帆", "韩雪梅"),  # 澎湃新闻's closing credits: the picture editor is no editor
    ("本版责编：陈一鸣", "陈一鸣"),  # a newspaper's page editor
    ("本版编辑：王芳 责任编辑：李强", "李强"),
    ("(编辑：文静)", "文静"),
    ("编辑推荐", None),
    ("播报  编辑  讨论  收藏", None),
    ("2024-05-20 16:25:01 来源:上海奉贤 选稿：许文杰", "许文杰"),  # 选稿: the editor who picked the story
    ("責任編輯：王曉明", "王曉明"),
    ("編輯：李大同 選稿：無", "李大同"),
    ("Editing by Nick Zieminski and Dan Grebler", "Nick Zieminski and Dan Grebler"),
    ("Edited by: Louis Jacobson", "Louis Jacobson"),
    ("The editor said the story was true", None),
]


@pytest.mark.parametrize(("line", "editor"), EDITORS)
def test_find_editor(line: str, editor: str | None) -> None:
    assert find_editor(line) == editor


RUNS = [
    ("包庆淼高勇", ["包庆淼", "高勇"]),
    ("张三李四", ["张三", "李四"]),
    ("路闻卓立", ["路闻", "卓立"]),
    ("欧阳修", ["欧阳修"]),
    ("欧阳小明", ["欧阳小明"]),
    ("司马光", ["司马光"]),
    ("李小飞刀", ["李小飞刀"]),
    ("王小明李华", ["王小明李华"]),  # 王小明+李华 or 王小+明李华: ambiguous, kept whole
    ("诸葛亮黄忠", ["诸葛亮", "黄忠"]),
]


@pytest.mark.parametrize(("run", "names"), RUNS)
def test_split_run_together(run: str, names: list[str]) -> None:
    assert split_run_together(run) == names


META_AUTHORS = [
    ("Sarah E. Needleman", ["Sarah E. Needleman"]),
    ("By Jamelle Bouie", ["Jamelle Bouie"]),
    ("Tess Bonn", ["Tess Bonn"]),
    ("记者 张三", ["张三"]),
    ("新京报", []),
    ("网络整理", []),
    ("Reuters", []),  # a wire service is the source, not a writer
    ("By Joan Biskupic, CNN Senior Supreme Court Analyst", ["Joan Biskupic"]),  # a role is no name
    ("No Author", []),
    ("Super User", []),  # Joomla's first account, not a writer
    ('Amanda "Tania Mae" Tan', ['Amanda "Tania Mae" Tan']),  # a nickname in quotes stays in the name
    ("고규홍 나무 칼럼니스트", ["고규홍"]),  # a Korean name, a word describing the writer, the role
    ("김수아 인턴 기자", ["김수아"]),
]


NAMES_WITH_ROLE = [
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Tom Krisher, AP Auto Writer", ["Tom Krisher"]),
    ("Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
    ("Anna Schmidt, Redakteurin", ["Anna Schmidt"]),
    ("Jane Doe, CNN Chief Legal Analyst", ["Jane Doe"]),
    ("Jane Doe", None),  # no role: a bare name under a headline is no credit by itself
    ("The city, a reporter says", None),
    ("Editor, Staff Writer", None),
]


@pytest.mark.parametrize(("line", "names"), NAMES_WITH_ROLE)
def test_names_with_a_role_after_them(line: str, names: list[str] | None) -> None:
    assert names_with_role(line) == names


@pytest.mark.parametrize(("value", "names"), META_AUTHORS)
def test_person_names_from_markup(value: str, names: list[str]) -> None:
    assert person_names(value) == names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("By Jill Disis, CNN Business", "CNN Business"),
        ("Kevin Johnson and Kevin McCoy  USA TODAY", "USA TODAY"),
        ("Associated Press", "Associated Press"),
        ("By AP", "AP"),
        ("| Fox News", "Fox News"),
        ("By Tess Bonn", None),
        ("World news and more", None),
    ],
)
def test_byline_outlet(text: str, outlet: str | None) -> None:
    assert byline_outlet(text) == outlet


def test_dateline_credit_in_brackets() -> None:
    assert inline_credits("新华社北京5月19日电（刘艺、杨吉）近日，记者在某地看到") == ["刘艺", "杨吉"]


@pytest.mark.parametrize(
    "line",
    [
        "责任编辑：王敏",
        "（責編：郝帅、杨迪）",
        "值班編輯 李强",
        "Editing by Jane Doe",
        "EDITED BY JANE DOE",
        "Senior Editor: Jane Doe",
        "He edited the report on Monday.",
        "选稿：张三  编审：李四",
        "",
    ],
)
def test_editor_label_test_finds_what_the_plain_label_pattern_finds(line: str) -> None:
    """The first-character assertion before the labels only turns positions away sooner."""
    plain = re.compile(EDITOR_LABEL, re.I).search(line)
    guarded = _ANY_EDITOR_LABEL.search(line)
    assert (plain and plain.span()) == (guarded and guarded.span())


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe", "  BY JANE DOE", "Written by Jane Doe", "Von Anna Schmidt", "di Emanuele Capone", "Bystander", ""],
)
def test_byline_start_matches_what_the_plain_opening_words_match(line: str) -> None:
    """The first-character assertion before the opening words only turns lines away sooner."""
    plain = re.compile(rf"^\s*(?:{phrases(*_BYLINE_OPENERS)})\b", re.I).match(line)
    guarded = _BYLINE_START.match(line)
    assert (plain and plain.span()) == (guarded and guarded.span())
