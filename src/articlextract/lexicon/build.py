"""The lexicon's one builder: plain phrase lists compiled to patterns, Chinese read in both scripts.

Labels are written once, in Simplified Chinese (``来源``, ``责任编辑``, ``记者``) beside their Japanese,
Korean and Western counterparts; `phrases` turns a list into one alternation in which every character
that has a Traditional form is a class of both (``[来來]源``), so pages from Hong Kong and Taiwan
(``來源``, ``責任編輯``) are read by the same rules. The same table folds Traditional text to Simplified
where a whole text is matched against Simplified phrases (`TRADITIONAL_TO_SIMPLIFIED`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from typing import Any

# CPython's own regex parser, read by `first_characters`; without it patterns are built without the lookaheads,
# which only save time.
try:
    from re import _constants as _ops  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    try:
        import sre_constants as _ops
        import sre_parse as _parser
    except ImportError:  # pragma: no cover
        _ops = _parser = None

__all__ = [
    "TRADITIONAL_FORMS",
    "TRADITIONAL_TO_SIMPLIFIED",
    "asserted",
    "both_scripts",
    "first_characters",
    "initials",
    "phrases",
    "spellings",
]

#: The characters of the lexicon's Chinese phrases that Traditional Chinese writes otherwise: each word is a
#: Simplified character and its Traditional forms (one or more: ``为為爲``, ``签籤簽``).
_FORMS = """
    关關 阅閱 读讀 荐薦 热熱 门門 评評 论論 还還 欢歡 为為爲 闻聞 击擊 点點 页頁 专專 题題 图圖 网網 条條 发發
    时時 间間 来來 编編 辑輯 责責 记記 讯訊 报報 导導 览覽 长長 标標 签籤簽 键鍵 词詞 机機 载載 广廣 络絡 体體 视視
    频頻 们們 这這 个個 与與 后後 当當 从從 实實 际際 应應 该該 说說 话話 会會 员員 注註 册冊 录錄 单單 区區 传傳
    订訂 号號 币幣 价價 据據 统統 计計 县縣 镇鎮 乡鄉 级級 总總 经經 济濟 务務 业業 产產 环環 线線 请請 问問 学學
    习習 进進 电電 脑腦 数數 码碼 声聲 权權 属屬 备備 举舉 兴興 识識 别別 闭閉 扫掃 栏欄 联聯 护護 维維 顶頂 则則
    检檢 内內 于於 处處 资資 执執 笔筆 采採 写寫 译譯 审審 选選 对對 监監 制製 筹籌 划劃 摄攝 访訪 浏瀏 现現 里裡裏 设設
"""
#: Simplified character → its Traditional forms.
TRADITIONAL_FORMS: dict[str, str] = {word[0]: word[1:] for word in _FORMS.split()}
#: Traditional → Simplified, for `str.translate`: a Traditional text read by Simplified phrases.
TRADITIONAL_TO_SIMPLIFIED: dict[int, int] = {
    ord(traditional): ord(simplified) for simplified, forms in TRADITIONAL_FORMS.items() for traditional in forms
}


def both_scripts(phrase: str) -> str:
    """The pattern of one Simplified phrase that matches it in either script (``[来來]源``); a space matches
    any run of whitespace."""
    return "".join(r"\s+" if char == " " else _both_forms(char) for char in phrase)


def _both_forms(char: str) -> str:
    forms = TRADITIONAL_FORMS.get(char)
    return f"[{char}{forms}]" if forms else re.escape(char)


def phrases(*lists: Iterable[str]) -> str:
    """One alternation of plain phrases, each in both scripts (`both_scripts`), longest first (so ``written by``
    wins over ``by``, ``来源于`` over ``来源``)."""
    unique = {phrase for phrase_list in lists for phrase in phrase_list}
    ordered = sorted(unique, key=lambda phrase: (-len(phrase), phrase))
    return "(?:" + "|".join(map(both_scripts, ordered)) + ")"


def initials(*lists: Iterable[str]) -> str:
    """A lookahead for the first character of any of the phrases, as `phrases` writes them, to put before their
    alternation: the regex engine cannot skip ahead to an alternation matched case-insensitively or in the
    middle of a pattern, and tries every phrase where one class test turns most positions away. It holds
    wherever one of the phrases matches, under the same flags: the two patterns match the same strings."""
    return f"(?={phrases(phrase[:1] for phrase_list in lists for phrase in phrase_list)})"


def spellings(phrase: str) -> tuple[str, ...]:
    """Every way to write a Simplified phrase in the two scripts (``来自``, ``來自``), for substring tests that
    must accept whatever `both_scripts` matches."""
    return tuple(map("".join, product(*(char + TRADITIONAL_FORMS.get(char, "") for char in phrase))))


#: The class escapes `first_characters` writes for the categories a parsed class holds.
_CLASS_CATEGORIES = (
    {
        _ops.CATEGORY_DIGIT: r"\d",
        _ops.CATEGORY_NOT_DIGIT: r"\D",
        _ops.CATEGORY_WORD: r"\w",
        _ops.CATEGORY_NOT_WORD: r"\W",
        _ops.CATEGORY_SPACE: r"\s",
        _ops.CATEGORY_NOT_SPACE: r"\S",
    }
    if _ops is not None
    else {}
)


class _AnyFirstCharacter(Exception):
    """A part of a pattern that may start with any character (``.``, a negated class, a back-reference)."""


def first_characters(pattern: str, flags: int) -> str:
    """A lookahead for the characters a match of `pattern` can start with, read from the parsed pattern itself, to
    put before it: the regex engine tries each alternative of a case-insensitive alternation in turn (it skips
    one by its first character only when that is a case-sensitive literal), where one class test turns most
    lines away. It holds wherever `pattern` matches, under the same `flags`: the two match the same strings.
    Empty when no such class can be told (a pattern that may start with any character, or match nothing)."""
    if _parser is None:
        return ""
    try:
        found, nullable = _sequence_starts(_parser.parse(pattern, flags))
    except _AnyFirstCharacter:
        return ""
    return "" if nullable else "(?=[" + "".join(sorted(found)) + "])"


def asserted(alternation: str, flags: int) -> str:
    """`alternation` behind the lookahead of its `first_characters`."""
    return first_characters(alternation, flags) + alternation


def _sequence_starts(items: list[tuple[object, Any]]) -> tuple[set[str], bool]:
    """(class members its match can start with, whether it can match nothing) of a parsed sequence."""
    found: set[str] = set()
    for op, value in items:
        first, nullable = _item_starts(op, value)
        found |= first
        if not nullable:
            return found, False
    return found, True


def _item_starts(op: object, value: Any) -> tuple[set[str], bool]:
    """`_sequence_starts` of one parsed item."""
    if op == _ops.LITERAL:
        return {re.escape(chr(value))}, False
    if op == _ops.IN:
        return {_class_member(kind, member) for kind, member in value}, False
    if op == _ops.BRANCH:
        starts = [_sequence_starts(alternative) for alternative in value[1]]
        return set().union(*(first for first, _ in starts)), any(nullable for _, nullable in starts)
    if op == _ops.SUBPATTERN and not (value[1] or value[2]):  # (no inline flags)
        return _sequence_starts(value[3])
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT):
        first, nullable = _sequence_starts(value[2])
        return first, nullable or value[0] == 0
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):  # zero-width: what follows starts the match
        return set(), True
    raise _AnyFirstCharacter


def _class_member(kind: object, member: Any) -> str:
    if kind == _ops.LITERAL:
        return re.escape(chr(member))
    if kind == _ops.RANGE:
        return f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}"
    if kind == _ops.CATEGORY and member in _CLASS_CATEGORIES:
        return _CLASS_CATEGORIES[member]
    raise _AnyFirstCharacter
