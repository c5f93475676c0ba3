"""The lexicon's builder: labels written once in Simplified Chinese read in both scripts.

The Traditional spellings below are written out by hand (as Hong Kong and Taiwan pages print them), not
derived from the builder's table, so a character missing from the table fails here.
"""

from __future__ import annotations

import re

import pytest

from articlextract.lexicon import (
    AUTHOR_ROLE,
    BREADCRUMB_PREFIX,
    DATE_LABEL,
    DATE_LABELS,
    EDITOR_LABEL,
    EDITOR_LABELS,
    EDITOR_STOP,
    FIELD_SOURCE_LABEL,
    NON_AUTHOR_ROLE,
    OTHER_DATE_LABEL,
    SOURCE_LABEL,
    SOURCE_LABELS,
    TRADITIONAL_TO_SIMPLIFIED,
    UPDATE_LABEL,
    both_scripts,
    initials,
    phrases,
    spellings,
)
from articlextract.lexicon.build import first_characters
from articlextract.metadata.bylines import editor_rank

# (pattern, Simplified, Traditional)
LABELS = [
    (SOURCE_LABEL, "来源", "來源"),
    (SOURCE_LABEL, "本文来源", "本文來源"),
    (SOURCE_LABEL, "本文来源于", "本文來源於"),
    (SOURCE_LABEL, "文章来源", "文章來源"),
    (SOURCE_LABEL, "新闻来源", "新聞來源"),
    (SOURCE_LABEL, "资料来源", "資料來源"),
    (SOURCE_LABEL, "图文来源", "圖文來源"),
    (SOURCE_LABEL, "出处", "出處"),
    (FIELD_SOURCE_LABEL, "来自", "來自"),
    (AUTHOR_ROLE, "记者", "記者"),
    (AUTHOR_ROLE, "通讯员", "通訊員"),
    (AUTHOR_ROLE, "专栏作者", "專欄作者"),
    (AUTHOR_ROLE, "执笔", "執筆"),
    (AUTHOR_ROLE, "采写", "採寫"),
    (AUTHOR_ROLE, "编译", "編譯"),
    (AUTHOR_ROLE, "评论员", "評論員"),
    (EDITOR_LABEL, "责任编辑", "責任編輯"),
    (EDITOR_LABEL, "责编", "責編"),
    (EDITOR_LABEL, "编辑", "編輯"),
    (EDITOR_LABEL, "值班编辑", "值班編輯"),
    (EDITOR_LABEL, "编审", "編審"),
    (EDITOR_LABEL, "选稿", "選稿"),
    (EDITOR_STOP, "校对", "校對"),
    (EDITOR_STOP, "审核", "審核"),
    (EDITOR_STOP, "监制", "監製"),
    (EDITOR_STOP, "签发", "簽發"),
    (EDITOR_STOP, "统筹", "統籌"),
    (EDITOR_STOP, "策划", "策劃"),
    (EDITOR_STOP, "摄影", "攝影"),
    (EDITOR_STOP, "记者", "記者"),
    (OTHER_DATE_LABEL.pattern, "访问统计", "訪問統計"),
    (OTHER_DATE_LABEL.pattern, "浏览次数", "瀏覽次數"),
    (OTHER_DATE_LABEL.pattern, "点击量", "點擊量"),
    (OTHER_DATE_LABEL.pattern, "阅读数", "閱讀數"),
    (OTHER_DATE_LABEL.pattern, "推荐文章于", "推薦文章於"),
    (DATE_LABEL, "发布时间", "發布時間"),
    (DATE_LABEL, "录入时间", "錄入時間"),
    (DATE_LABEL, "发表于", "發表於"),
    (UPDATE_LABEL.pattern, "最后更新", "最後更新"),
    (UPDATE_LABEL.pattern, "编辑于", "編輯於"),
    (NON_AUTHOR_ROLE, "视频", "視頻"),
    (NON_AUTHOR_ROLE, "设计", "設計"),
    (AUTHOR_ROLE, "实习生", "實習生"),  # an intern co-writes (本报记者 X 实习生 Y)
    (NON_AUTHOR_ROLE, " 图", " 圖"),  # a photo field of its own after the names (文/X 图/Y)
    (BREADCRUMB_PREFIX.pattern, "当前位置", "當前位置"),
    (BREADCRUMB_PREFIX.pattern, "您现在的位置", "您現在的位置"),
    (BREADCRUMB_PREFIX.pattern, "您在这里", "您在這裡"),
    (BREADCRUMB_PREFIX.pattern, "导航", "導航"),
]


@pytest.mark.parametrize(("pattern", "simplified", "traditional"), LABELS)
def test_a_label_is_read_in_both_scripts(pattern: str, simplified: str, traditional: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(simplified), simplified
    assert compiled.search(traditional), traditional
    assert traditional.translate(TRADITIONAL_TO_SIMPLIFIED) == simplified  # the fold is the same table read back


# Japanese and Korean labels (and Latin ones) hold no Simplified character: the builder leaves them as written.
@pytest.mark.parametrize(
    ("pattern", "label"),
    [
        (SOURCE_LABEL, "出典"),
        (SOURCE_LABEL, "出所"),
        (SOURCE_LABEL, "提供元"),
        (SOURCE_LABEL, "출처"),
        (SOURCE_LABEL, "Source"),
    ],
)
def test_japanese_korean_and_latin_labels_stay_as_written(pattern: str, label: str) -> None:
    assert both_scripts(label) == re.escape(label)
    assert re.search(pattern, label, re.I)


def test_phrases_put_the_longest_first_and_read_any_whitespace() -> None:
    alternation = re.compile(phrases(("来源", "来源于"), ("written by", "by")))
    assert alternation.match("來源於").group() == "來源於"
    assert alternation.match("written \t by").group() == "written \t by"


def test_spellings_are_what_the_pattern_matches() -> None:
    assert set(spellings("来自")) == {"来自", "來自"}
    assert set(spellings("为")) == {"为", "為", "爲"}
    assert all(re.fullmatch(both_scripts("编辑"), spelling) for spelling in spellings("编辑"))


def test_an_editor_label_ranks_the_same_in_both_scripts() -> None:
    assert [editor_rank(label) for label in ("責任編輯", "責編", "編輯", "選稿")] == [
        EDITOR_LABELS.index(label) for label in ("责任编辑", "责编", "编辑", "选稿")
    ]


@pytest.mark.parametrize(
    "text",
    ["记者 王敏", "記者王敏", "Staff Writer", "STAFF", "ſtaff", "ﬆaff", "\u212aelvin", "editor-in-chief", "x", ""],
)
def test_initials_assert_what_the_phrases_need(text: str) -> None:
    """A phrase alternation with its `initials` lookahead first matches where the alternation alone does."""
    words = ("记者", "staff", "writer", "editor-in-chief", "kelvin")
    plain = re.compile(phrases(words), re.I)
    guarded = re.compile(initials(words) + phrases(words), re.I)
    assert [guarded.match(text, start) is None for start in range(len(text) + 1)] == [
        plain.match(text, start) is None for start in range(len(text) + 1)
    ]


@pytest.mark.parametrize(
    ("pattern", "labels", "text"),
    [
        (
            SOURCE_LABEL,
            SOURCE_LABELS,
            "來源：新華社 本文转载自 人民网 | Provided  By Reuters | SOURCE: AP 출처 연합뉴스",
        ),
        (DATE_LABEL, DATE_LABELS, "發佈時間：2024-05-20 更新时间 | Published on May 2 | POSTED | Veröffentlicht am 3."),
    ],
)
def test_labels_are_found_where_the_plain_alternation_finds_them(
    pattern: str, labels: tuple[str, ...], text: str
) -> None:
    """The label fragments assert their labels' first character first: a search finds the same labels."""
    plain = re.compile(phrases(labels), re.I)
    guarded = re.compile(pattern, re.I)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


@pytest.mark.parametrize(
    ("pattern", "lookahead"),
    [
        pytest.param(r"(?:ab|\d+x|c?d|[e-g]h)", r"(?=[\dacde-g])", id="literals, classes, optional openings"),
        pytest.param(r"(?:(?=x)y|\bz)", "(?=[yz])", id="zero-width openings"),
        pytest.param("a?", "", id="may match nothing"),
        pytest.param(".x", "", id="any character"),
        pytest.param("[^a]b", "", id="a negated class"),
        pytest.param("(?i:a)", "", id="inline flags"),
    ],
)
def test_first_characters_are_read_from_the_parsed_pattern(pattern: str, lookahead: str) -> None:
    assert first_characters(pattern, 0) == lookahead
