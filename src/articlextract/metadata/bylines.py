"""Source (来源), authors, editor and the byline as printed, read from info lines and body lines.

Chinese credits glue roles to names (``记者陈智``) and sometimes names to each other
(``■本报通讯员包庆淼高勇``). Names are split off their role words, then run-together names are split
where a surname list allows exactly one reading; an ambiguous run stays whole rather than being cut
wrong. Photographers, editors, organisations and placeholder credits (``网络整理``) are not authors.
"""

from __future__ import annotations

import re

from ..lexicon import (
    AUTHOR_ROLE,
    COMPOUND_SURNAMES,
    EDITOR_LABEL,
    NON_PERSON_AUTHORS,
    ORGANISATION_SUFFIX,
    PHOTO_ROLE,
    SINGLE_SURNAMES,
    SOURCE_LABEL,
)

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_STOP_LABELS = (
    r"(?:作者|记者|编辑|责任编辑|责编|时间|发布|日期|点击|浏览|阅读|字号|来源|稿源|通讯员|摄影|分享|评论|"
    r"author|editor|published|updated|views?)"
)
_DATE_START = r"(?:\d{4}\s*[-/.年]|\d{1,2}\s*[-/月]\d{1,2}|\d{2}-\d{1,2}-\d{1,2})"
_SOURCE = re.compile(
    rf"{SOURCE_LABEL}\s*(?:[:：|丨/]|\s)\s*(?P<value>.*?)\s*(?=$|\s{{2,}}|[|丨]|{_DATE_START}|https?://|www\.|{_STOP_LABELS}\s*[:：]|[【\[]|作者|记者|编辑|责任编辑)",
    re.I,
)
_EDITOR = re.compile(
    rf"(?<![{_HAN}])(?:【|\[|（|\()?\s*{EDITOR_LABEL}\s*(?:[:：/|丨]\s*|\s+)(?P<value>[^\]】)）|]*)",
    re.I,
)
_STAFF_CODE = re.compile(r"[_\s]*(?:[A-Z]{1,4}\d{2,}|\d{3,})$")
_BYLINE = re.compile(
    rf"^[\s■●▲◆★□◎\[【（(]*(?P<role>{AUTHOR_ROLE}|文|图文|文图|文/图|by)\s*(?:[:：/|｜丨]\s*|\s*)(?P<names>.+?)[\]】）)]*$",
    re.I,
)
_INLINE_CREDITS = re.compile(
    rf"[（(]\s*(?P<credits>(?:{AUTHOR_ROLE}|文|图)\s*[/:：]?\s*[^（()）]{{1,40}}?)\s*[)）]"
)
_TRAILING_NAME = re.compile(rf"[。！？!?.…”\"]\s*[（(](?P<name>[{_HAN}]{{2,4}})[)）]\s*$")
_ROLE_SPLIT = re.compile(rf"\s*(?:{AUTHOR_ROLE})\s*[:：/]?\s*")
_NAME_SEPARATOR = re.compile(r"\s*(?:[、，,;；&＆/|]|\s+and\s+|和|及|与|\s)\s*", re.I)
_HAN_NAME = re.compile(rf"^[{_HAN}·•]{{2,5}}$")
_LATIN_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
_ENGLISH_BY = re.compile(r"^\s*by\s+(?P<names>[A-Z][^|•\n]{1,120})$", re.I)
_ENGLISH_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.I)


def find_source(line: str) -> str | None:
    """The outlet named after a 来源-style label, without the date, author or URL that follow it."""
    match = _SOURCE.search(line)
    if not match:
        return None
    value = match.group("value").strip(" :：|丨,，;；-—·")
    value = re.sub(r"^[\[【《]|[\]】》]$", "", value).strip()
    if not value or len(value) > 40 or value in ("本站", "本站原创", "未知"):
        return value if value in ("本站原创",) else None
    return value


def find_editor(line: str) -> str | None:
    """The editor in charge (责任编辑/责编/编辑), without staff codes such as ``_NF4425``."""
    match = _EDITOR.search(line)
    if not match:
        return None
    value = re.split(r"\s+(?:校对|审核|监制|签发|主编|责编|编辑)|\s{2,}", match.group("value").strip())[0]
    value = _STAFF_CODE.sub("", value).strip(" :：,，;；|")
    if not value or value in ("系统管理员", "管理员", "admin"):
        return None
    return value


def parse_byline(line: str) -> list[str] | None:
    """Authors of a line that is only a credit (``■本报通讯员包庆淼高勇``, ``文/X``, ``By X and Y``); None if it is not one."""
    stripped = line.strip()
    if len(stripped) > 80:
        return None
    english = _ENGLISH_BY.match(stripped)
    if english:
        names = [n.strip(" .") for n in _ENGLISH_NAME_SPLIT.split(english.group("names"))]
        names = [n for n in names if _LATIN_NAME.match(n) and len(n.split()) <= 4]
        return names or None
    match = _BYLINE.match(stripped)
    if not match or match.group("role").lower() == "by":
        return None
    return person_names(f"{match.group('role')} {match.group('names')}")


def inline_credits(paragraph: str) -> list[str]:
    """Authors credited inside a sentence: ``新京报讯（记者 陆一夫）…``, or a trailing ``…。（张巨峰）``."""
    names: list[str] = []
    head = paragraph[:80]
    for match in _INLINE_CREDITS.finditer(head):
        names.extend(person_names(match.group("credits")))
    trailing = _TRAILING_NAME.search(paragraph[-12:]) if len(paragraph) > 12 else None
    if trailing and not PHOTO_ROLE.search(trailing.group("name")):
        names.extend(split_run_together(trailing.group("name")))
    return names


def person_names(credits: str) -> list[str]:
    """People named in a credit string, each once: role words and photographers removed, runs split."""
    names: list[str] = []
    for chunk in _ROLE_SPLIT.split(credits):
        chunk = chunk.strip(" ■●▲◆★□◎[]【】（）()·:：/|")
        if not chunk or (PHOTO_ROLE.search(chunk) and _is_photo_credit(chunk)):
            continue
        for piece in _NAME_SEPARATOR.split(chunk):
            piece = piece.strip(" ■●▲[]【】（）()·:：/|.")
            piece = re.sub(r"^(?:文|图)$", "", piece)
            for name in split_run_together(piece):
                if is_person(name) and name not in names:
                    names.append(name)
    return names


def _is_photo_credit(chunk: str) -> bool:
    return bool(re.search(r"(?:摄影?|供图|图)\s*$", chunk))


def is_person(name: str) -> bool:
    """A plausible personal name: not a placeholder, not an organisation, short enough."""
    if not name or name.lower() in NON_PERSON_AUTHORS or name in NON_PERSON_AUTHORS:
        return False
    if _HAN_NAME.match(name):
        return not (len(name) > 3 and ORGANISATION_SUFFIX.search(name))
    return bool(_LATIN_NAME.match(name)) or bool(re.match(r"^[A-Za-z][\w.-]{1,30}$", name))


def split_run_together(run: str) -> list[str]:
    """Split ``包庆淼高勇`` into ``['包庆淼', '高勇']`` when exactly one reading fits the surname list."""
    if not re.fullmatch(rf"[{_HAN}]{{4,12}}", run):
        return [run] if run else []
    readings = _segmentations(run)
    if len(readings) == 1 and len(readings[0]) > 1:
        return readings[0]
    return [run]


def _segmentations(run: str) -> list[list[str]]:
    """All ways to cut `run` into names of one surname (single or compound) plus one or two given characters."""
    if not run:
        return [[]]
    results: list[list[str]] = []
    for surname_length, surnames in ((2, COMPOUND_SURNAMES), (1, SINGLE_SURNAMES)):
        if run[:surname_length] not in surnames:
            continue
        for given in (1, 2):
            size = surname_length + given
            if size <= len(run):
                results.extend([run[:size], *rest] for rest in _segmentations(run[size:]))
    return results
