"""The page's language: declared, unless the text is written in another script."""

from __future__ import annotations

import re
from itertools import islice

from ..lexicon import (
    HAN,
    HANGUL,
    KANA,
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
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|that|for|with|was)\b", re.I)


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
    """A coarse language from the script of the text, for pages that do not declare one."""
    if not text.strip():
        return None
    # (ASCII text holds no kana, hangul or CJK: one test at C speed spares three scans; so does one scan for
    # any of the three on text in other scripts, such as English with curly quotes)
    if not text.isascii() and _ANY_CJK_SCRIPT.search(text):
        if _KANA.search(text):
            return "ja"
        if _HANGUL.search(text):
            return "ko"
        if cjk_count(text) >= 0.3 * len(text.replace(" ", "")):
            return "zh"
    if sum(1 for _ in islice(_ENGLISH_WORDS.finditer(text), 3)) >= 3:
        return "en"
    return None
