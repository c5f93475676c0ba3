"""The page's language: declared, unless the text is written in another script."""

from __future__ import annotations

import re
from itertools import islice

from ..lexicon import (
    HAN,
    HANGUL,
    KANA,
    initials,
)

CJK = re.compile(f"[{HAN}]")
_KANA = re.compile(f"[{KANA}]")
_HANGUL = re.compile(f"[{HANGUL}]")
#: A character of any of the three scripts above: one scan tells most pages in other scripts from CJK ones.
_ANY_CJK_SCRIPT = re.compile(f"[{KANA}{HAN}{HANGUL}]")
#: The UTF-8 forms of U+4E00–U+9FFF (`CJK`) are the 3-byte sequences led by E5–E9, or by E4 then B8–BF.
_CJK_UTF8_STARTS = (
    *(bytes([lead]) for lead in range(0xE5, 0xEA)),
    *(bytes([0xE4, second]) for second in range(0xB8, 0xC0)),
)
#: A text is written in a CJK language when that share of its characters (spaces aside) is in CJK scripts.
_MIN_CJK_SHARE = 0.3
#: Japanese mixes kana into its Han characters: at least this share of the two.
_MIN_KANA_SHARE = 0.1
#: English words that other languages written in Latin script do not use (not German ``in`` and ``was``, Dutch
#: ``is`` and ``of``, Italian ``e``, Turkish ``her``): three of them make a text English.
_ENGLISH_ONLY_WORDS = (
    *("the", "and", "to", "that", "it", "with", "for", "this", "from"),
    *("are", "be", "his", "how", "what", "which", "have", "were"),
)
#: One of them as a word, its first letter asserted first (`initials`): the engine cannot skip ahead to a
#: case-insensitive alternation, and one class test turns most positions away before the alternation is tried.
_ENGLISH_WORDS = re.compile(
    rf"\b{initials(_ENGLISH_ONLY_WORDS)}(?:{'|'.join(map(re.escape, _ENGLISH_ONLY_WORDS))})\b",
    re.I,
)


def resolve_language(declared: str | None, written: str | None) -> str | None:
    """The declared language, unless the text is written in another one (``<html lang="en">`` on a Chinese
    page: a template's default); the text can tell Chinese, Japanese, Korean and English apart."""
    if declared is None or (written is not None and declared.split("-")[0] != written):
        return written or declared
    return declared


def cjk_count(text: str) -> int:
    """``len(CJK.findall(text))``, counted on the UTF-8 bytes (many times faster on Chinese text)."""
    if text.isascii():
        return 0
    data = text.encode("utf-8", "surrogatepass")
    return sum(map(data.count, _CJK_UTF8_STARTS))


def guess_language(text: str) -> str | None:
    """A coarse language from the script of the text, for pages that do not declare one.

    A CJK language only when its scripts make up a good share of the text (an English article on an anime
    quotes its Japanese title); then Korean by its hangul, Japanese by its kana among the Han characters (a
    Chinese text borrows a kana or two: ``小清新の日常``), else Chinese.
    """
    if not text.strip():
        return None
    # (ASCII text holds no kana, hangul or CJK: one test at C speed spares the scans; so does one scan for
    # any of the three on text in other scripts, such as English with curly quotes)
    if not text.isascii() and _ANY_CJK_SCRIPT.search(text):
        kana, hangul, han = len(_KANA.findall(text)), len(_HANGUL.findall(text)), cjk_count(text)
        if kana + hangul + han >= _MIN_CJK_SHARE * len(text.replace(" ", "")):
            if hangul >= kana + han:
                return "ko"
            return "ja" if kana >= _MIN_KANA_SHARE * (kana + han) else "zh"
    if sum(1 for _ in islice(_ENGLISH_WORDS.finditer(text), 3)) >= 3:
        return "en"
    return None
