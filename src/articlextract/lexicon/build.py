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

__all__ = ["TRADITIONAL_FORMS", "TRADITIONAL_TO_SIMPLIFIED", "both_scripts", "initials", "phrases", "spellings"]

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
