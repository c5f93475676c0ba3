"""dedup.py: both sides of the documented rule — what is dropped as a repeat, and what repetition is kept.

The rule (docs/pipeline.md, dedup.py): paragraphs are compared after NFKC folding, ignoring
whitespace and punctuation; exact repeats with at least ``min_duplicate_chars`` letters are dropped
(the first stays), unless printed three times or more (a line of the article's template); near
repeats (shingle overlap ≥ ``near_duplicate_threshold``) are looked for among paragraphs of 100+
letters that share their opening or ending, and the longer one stays; code and image captions are
never dropped. Rows marked xfail are legitimate repetition the rule drops today.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlextract import Options, extract
from articlextract.blocks import ends_with_photo_credit
from articlextract.dedup import _LEAD_LABEL, _LETTERS, _normalise, find_duplicates
from articlextract.lexicon import CAPTION_LINE

DEFAULT = Options()

#: A long paragraph (100+ letters) and an edited copy of it, as a CMS glitch pastes them.
LONG = (
    "北京时间5月20日，NBA季后赛步行者130比109战胜尼克斯，以大比分4比3晋级东部决赛。尼克斯官方宣布，"
    "布伦森第三节遭遇左手骨折，本场比赛不会回归。布伦森全场出战29分钟，17投6中得到17分9助攻，"
    "这是他本赛季季后赛得分最低的一场比赛。赛后他表示对结果感到遗憾，但为球队整个赛季的拼搏感到骄傲，"
    "并感谢纽约球迷一直以来的支持，希望下赛季能够健康归来，带领球队走得更远。"
)
EDITED = LONG.replace("感到遗憾", "感到非常遗憾")
OTHER = "步行者将在东部决赛中对阵凯尔特人，首场比赛定于北京时间5月22日进行。"
ANOTHER = "尼克斯主帅锡伯杜在赛后发布会上表示，球队本赛季的表现值得骄傲。"


def case(*values: object, xfail: str | None = None) -> object:
    """A table row: the values, then an id; `xfail` marks a behaviour the rule gets wrong today."""
    *values, name = values
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=str(name), marks=marks)


def dedup(paragraphs: list[str], options: Options = DEFAULT, code: frozenset[str] = frozenset()) -> tuple:
    """(kept, dropped) paragraphs: `find_duplicates` answers with positions, read back here as texts."""
    dropped = find_duplicates(paragraphs, options, frozenset(i for i, p in enumerate(paragraphs) if p in code))
    return [p for i, p in enumerate(paragraphs) if i not in dropped], [paragraphs[i] for i in dropped]


# ---------------------------------------------------------------------------------------------
# What is dropped
# ---------------------------------------------------------------------------------------------


def test_an_exact_repeat_is_dropped_and_the_first_occurrence_kept() -> None:
    kept, dropped = dedup([OTHER, LONG, ANOTHER, LONG])
    assert kept == [OTHER, LONG, ANOTHER]
    assert dropped == [LONG]


def test_every_later_repeat_is_listed() -> None:
    kept, dropped = dedup([OTHER, ANOTHER, OTHER, LONG, ANOTHER])
    assert kept == [OTHER, ANOTHER, LONG]
    assert dropped == [OTHER, ANOTHER]


def test_a_near_repeat_of_a_long_paragraph_is_dropped_and_the_longer_kept_in_its_place() -> None:
    kept, dropped = dedup([LONG, OTHER, EDITED])
    assert kept == [OTHER, EDITED]
    assert dropped == [LONG]
    kept, dropped = dedup([EDITED, OTHER, LONG])
    assert kept == [EDITED, OTHER]
    assert dropped == [LONG]


def test_a_near_repeat_sharing_only_the_ending_is_found() -> None:
    reworded = "据美联社报道，当地时间5月19日，" + LONG[LONG.index("NBA季后赛") :]
    assert len(reworded) > len(LONG)
    kept, dropped = dedup([LONG, OTHER, reworded])
    assert kept == [OTHER, reworded]
    assert dropped == [LONG]


def test_a_lead_box_restating_a_paragraph_leaves_one_copy() -> None:
    """摘要/导读 boxes (zh-conventions §49): the label is ignored, the restated text is kept once."""
    kept, dropped = dedup(["摘要：" + LONG, OTHER, LONG])
    assert len(dropped) == 1
    assert sum(LONG in paragraph for paragraph in kept) == 1
    assert OTHER in kept


def test_a_shorter_lead_restating_the_first_paragraph_gives_way_to_it() -> None:
    lead = "导读：" + LONG[: LONG.index("并感谢纽约球迷")]
    kept, dropped = dedup([lead, LONG, OTHER])
    assert kept == [LONG, OTHER]
    assert dropped == [lead]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        case(
            "他说：“1+3+N”模式已经覆盖全市所有街道，今年还将继续扩大。",
            '他说:"1+3+N"模式已经覆盖全市所有街道,今年还将继续扩大.',
            "full-width vs half-width punctuation",
        ),
        case(
            "ＮＢＡ季后赛步行者以１３０比１０９战胜尼克斯晋级东部决赛",
            "NBA季后赛步行者以130比109战胜尼克斯晋级东部决赛",
            "full-width letters and digits",
        ),
        case(
            "这是 一段 带有 很多 空格 的段落，用来测试比较时忽略空白。",
            "这是一段带有很多空格的段落，用来测试比较时忽略空白。",
            "whitespace",
        ),
        case(
            "The Council Met On Tuesday And Agreed To The Plan.",
            "the council met on tuesday and agreed to the plan",
            "case and final punctuation",
        ),
    ],
)
def test_paragraphs_are_compared_after_folding(first: str, second: str) -> None:
    kept, dropped = dedup([first, OTHER, second])
    assert kept == [first, OTHER]
    assert dropped == [second]


# ---------------------------------------------------------------------------------------------
# What is kept: legitimate repetition (zh-conventions §52)
# ---------------------------------------------------------------------------------------------


def test_a_short_refrain_is_kept() -> None:
    refrain = "时势造英雄，真的猛士，将更加奋然前行。"
    paragraphs = [refrain, LONG, refrain]
    assert dedup(paragraphs) == (paragraphs, [])


def test_an_interview_question_asked_of_several_people_is_kept() -> None:
    question = "债券市场存在泡沫吗？"
    people = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"]
    paragraphs = []
    for number, person in enumerate(people):
        paragraphs += [question, f"{person}：我的看法是第{number + 1}种，理由在于利率走势和机构配置需求各不相同。"]
    kept, dropped = dedup(paragraphs)
    assert kept.count(question) == 8
    assert dropped == []


def test_a_line_of_the_articles_template_printed_for_each_item_is_kept() -> None:
    """A meal plan, a product round-up or an interview series repeats a long line once per item: three
    copies or more are the article's template, where a glitch prints a paragraph twice."""
    line = "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 teaspoon of olive oil for the potatoes"
    meals = [f"Meal {number}: eat every two to three hours, starting with dish number {number}." for number in range(4)]
    paragraphs = [part for meal in meals for part in (meal, line)]
    assert dedup(paragraphs) == (paragraphs, [])


def test_a_carousels_title_printed_once_per_slide_is_kept_once() -> None:
    """A photo carousel prints its title for each slide, one after another: copies right after each other are
    repeats however many there are (a template puts each item's own text between its copies)."""
    title = "Weather threatens holiday plans across the country"
    paragraphs = [OTHER, *[title] * 14, LONG]
    kept, dropped = dedup(paragraphs)
    assert kept == [OTHER, title, LONG]
    assert dropped == [title] * 13


def test_long_answers_that_share_the_question_are_kept() -> None:
    answers = [
        "债券市场存在泡沫吗？张三：我认为目前债券市场整体估值偏高，部分信用债的利差已经压缩到历史低位，"
        "投资者需要警惕利率反弹带来的回撤风险，尤其是久期较长的品种。对于机构而言，当前应当适度降低杠杆，"
        "把组合久期控制在中性水平，等待更好的配置时机。",
        "债券市场存在泡沫吗？李四：我不认为存在明显泡沫，当前的低利率反映了经济基本面和货币政策取向，"
        "机构配置需求依然旺盛，短期内收益率大幅上行的可能性不大。即使出现调整，也更可能是结构性的，"
        "高等级品种依然具备配置价值。",
    ]
    assert dedup(answers) == (answers, [])


def test_numbered_short_paragraphs_differing_by_a_number_are_kept() -> None:
    steps = [f"第{n}步：打开设置页面，找到网络选项，然后点击高级设置按钮进入下一页。" for n in range(1, 5)]
    assert dedup(steps) == (steps, [])


def test_code_repeated_across_pre_blocks_is_kept() -> None:
    code = "for (int index = 0; index < length; index++) { total += values[index]; }"
    paragraphs = [code, "循环结束后，total 中保存的就是数组所有元素之和。", code]
    assert dedup(paragraphs, code=frozenset([code])) == (paragraphs, [])
    # the same line outside <pre> is an ordinary repeat
    assert dedup(paragraphs)[1] == [code]


@pytest.mark.parametrize(
    "caption",
    [
        case("6月15日，游客在北京故宫博物院参观。新华社记者 李梦馨 摄", "新华社记者 X 摄"),
        case("当地时间5月19日，游客在巴黎埃菲尔铁塔前拍照留念。（新华社记者 高静 摄）", "（… 摄）"),
        case("图为活动现场，数百名市民参加了当天的义诊活动。（图片来源：视觉中国）", "（图片来源：…）"),
        case("市民在公园里赏花，春天的北京处处是美景。 通讯员刘娟 摄影", "摄影"),
        case(
            "Residents walk past the damaged building in Kyiv, Ukraine, on May 20, 2024. (Photo by Jane Doe/Reuters)",
            "(Photo by …)",
        ),
        case(
            "Residents walk past the damaged building in Kyiv, Ukraine, on May 20, 2024. (AP Photo/Efrem Lukatsky)",
            "(AP Photo/…)",
        ),
        case(
            "Passengers get their tickets checked at the Hong Kong West Kowloon Station in south China's Hong Kong, "
            "Jan. 15, 2023. (Xinhua/Li Gang)",
            "(Xinhua/Name)",
        ),
        case(
            "A girl is comforted before a candle light vigil in Raleigh, North Carolina, on Oct. 15, 2022. "
            "[Photo/cfp.cn]",
            "[Photo/…]",
        ),
    ],
)
def test_identical_captions_with_a_photo_credit_are_kept(caption: str) -> None:
    paragraphs = [caption, OTHER, caption, ANOTHER]
    assert dedup(paragraphs) == (paragraphs, [])


def test_two_different_captions_with_the_same_credit_are_kept() -> None:
    credit = " (People’s Daily Online/courtesy of the National Forestry and Grassland Administration)"
    tiger = "Photo shows a Siberian tiger in the Northeast China Tiger and Leopard National Park." + credit
    leopard = "Photo shows an Amur leopard in the Northeast China Tiger and Leopard National Park." + credit
    paragraphs = [tiger, "Staff members can obtain data in real time.", leopard]
    assert dedup(paragraphs) == (paragraphs, [])


def test_long_captions_printed_once_are_no_near_repeats() -> None:
    """A caption printed once is tested as one only when it is compared as a near repeat: two long captions with a
    photo credit that differ in a word both stay, and so does the paragraph they restate."""
    first, second = LONG + "新华社记者 李梦馨 摄", EDITED + "新华社记者 李梦馨 摄"
    assert dedup([first, OTHER, second]) == ([first, OTHER, second], [])
    assert dedup([LONG, first]) == ([LONG, first], [])


# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------


def test_min_duplicate_chars_sets_how_long_a_repeat_must_be() -> None:
    refrain = "时势造英雄，真的猛士，将更加奋然前行。"  # 16 letters
    assert dedup([refrain, refrain])[1] == []
    assert dedup([refrain, refrain], Options(min_duplicate_chars=10))[1] == [refrain]
    assert dedup([LONG, LONG], Options(min_duplicate_chars=1000))[1] == []


def test_near_duplicate_threshold() -> None:
    assert dedup([LONG, EDITED], Options(near_duplicate_threshold=1.0))[1] == []
    loose = (  # about two thirds of its shingles shared with LONG
        LONG.replace("布伦森第三节遭遇左手骨折，本场比赛不会回归", "球队核心第三节意外受伤，提前回到更衣室接受检查")
        .replace("这是他本赛季季后赛得分最低的一场比赛", "他的命中率创下本赛季季后赛新低")
        .replace("并感谢纽约球迷一直以来的支持", "也向一路陪伴的纽约球迷致谢")
    )
    assert dedup([LONG, loose])[1] == []
    assert dedup([LONG, loose], Options(near_duplicate_threshold=0.5))[1] == [loose]


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.5])
def test_near_duplicate_threshold_is_checked(threshold: float) -> None:
    with pytest.raises(ValueError, match="near_duplicate_threshold"):
        Options(near_duplicate_threshold=threshold)


PAGE = (
    "<html><head><title>t</title></head><body><article>"
    f"<p>{LONG}</p><p>{OTHER}</p><p>{ANOTHER}</p><p>{LONG}</p>"
    "</article></body></html>"
)


def test_extract_lists_the_dropped_repeats() -> None:
    article = extract(PAGE)
    assert article.paragraphs == [LONG, OTHER, ANOTHER]
    assert article.duplicates == [LONG]


def test_dedup_false_keeps_every_paragraph() -> None:
    article = extract(PAGE, options=Options(dedup=False))
    assert article.paragraphs == [LONG, OTHER, ANOTHER, LONG]
    assert article.duplicates == []


def test_extract_never_drops_repeated_pre_blocks() -> None:
    code = "for (int index = 0; index < length; index++) { total += values[index]; }"
    page = (
        f"<html><body><article><p>{LONG}</p><pre>{code}</pre><p>{OTHER}</p><pre>{code}</pre>"
        f"<p>{ANOTHER}</p></article></body></html>"
    )
    article = extract(page)
    assert article.paragraphs.count(code) == 2
    assert article.duplicates == []


_CAPTION_PIECES = [
    "新华社记者 李梦馨 摄",
    "（供图）",
    "图片来源：网络",
    "(Photo: AP)",
    "Photo by Jane Doe",
    "(Image credit: NASA)",
    "[Xinhua/Li Ming]",
    "PICTURE: Reuters",
    "Credits: ESA",
    "Courtesy of Zillow",
    "sk",
    "İK",
    "ſ",
    "K",
    "(AP / John Smith)",
]


@given(st.lists(st.sampled_from([*_CAPTION_PIECES, " ", "text", "。", ")", "/"]), max_size=6), st.text(max_size=20))
def test_caption_prefilter_agrees_with_the_pattern(pieces: list[str], noise: str) -> None:
    """The substring tests before `CAPTION_LINE` never rule out a line whose tail the pattern matches."""
    line = noise + "".join(pieces)
    assert ends_with_photo_credit(line) == bool(CAPTION_LINE.search(line[-80:]))


_TEXT_PIECES = [
    "Don’t",
    "“1+3+N”",
    "café",
    "ÉCOLE",
    "ΟΔΟΣ Σ",
    "σς",
    "İstanbul",
    "ﬁ",
    "ＡＢＣ１２",
    "，：（）；？！…",
    "摘要：",
    "Summary: ",
    "新华社",
    "a_b",
    "\u00a0",
    "\u3000",
    "\t\n",
    " ",
    "-",
    "x2",
    "\ud800",
    "\u0301",
    "ǅ",
]


@given(st.lists(st.sampled_from(_TEXT_PIECES), max_size=8), st.text(max_size=12))
def test_normalise_agrees_with_the_plain_reading(pieces: list[str], noise: str) -> None:
    """`_normalise`'s fast paths (ASCII, NFKC quick checks, a bytes pass for ASCII non-letters) give the
    letters and digits of the NFKC form, lower-cased, as the plain reading does."""
    for paragraph in ("".join(pieces) + noise, noise + "".join(pieces)):
        text = unicodedata.normalize("NFKC", _LEAD_LABEL.sub("", paragraph))
        assert _normalise(paragraph) == "".join(_LETTERS.findall(text)).lower()
