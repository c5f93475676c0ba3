"""Unicode ranges of the CJK scripts, written once, for character classes (``f"[{HAN}]"``).

Every module that tells Chinese, Japanese or Korean text apart, or counts its characters, builds its
classes from these strings, so the scripts mean the same everywhere.
"""

from __future__ import annotations

__all__ = [
    "CJK_SCRIPTS",
    "CJK_TEXT",
    "HAN",
    "HANGUL",
    "HAN_COMPATIBILITY",
    "HAN_EXTENDED",
    "HAN_SUPPLEMENTARY",
    "IDEOGRAPHS",
    "KANA",
    "PRIVATE_USE",
]

#: The Private Use Area of the Basic Multilingual Plane: no script's text. Pages print icon fonts' glyphs as these
#: characters (iconfont.cn's ``<i class="iconfont">&#xe60e;</i>``), which read as text only in the site's own font.
PRIVATE_USE = "\ue000-\uf8ff"
#: The CJK Unified Ideographs: the Han characters of everyday Chinese text.
HAN = "\u4e00-\u9fff"
#: With Extension A, the rarer ideographs some names are written with.
HAN_EXTENDED = "\u3400-\u4dbf" + HAN
#: The compatibility ideographs (duplicates kept for round trips with older Korean and Japanese codecs).
HAN_COMPATIBILITY = "\uf900-\ufaff"
#: The supplementary planes' ideographs (Extensions B to H).
HAN_SUPPLEMENTARY = "\U00020000-\U0003134f"
#: Every ideograph a codec can produce: what a wrong codec's output is judged by.
IDEOGRAPHS = HAN_EXTENDED + HAN_COMPATIBILITY + HAN_SUPPLEMENTARY
#: Hiragana and katakana.
KANA = "\u3040-\u30ff"
#: The precomposed Hangul syllables (U+AC00–U+D7A3; the rest of their block is unassigned).
HANGUL = "\uac00-\ud7a3"
#: The scripts whose characters each count as a word: kana, Han, hangul.
CJK_SCRIPTS = KANA + HAN_EXTENDED + HANGUL
#: The same with the compatibility ideographs: every CJK character the text measures count one by one.
CJK_TEXT = CJK_SCRIPTS + HAN_COMPATIBILITY
