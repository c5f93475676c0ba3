"""Source (来源), authors, editor and the byline as printed, read from info lines and body lines.

Chinese credits glue roles to names (``记者陈智``), qualifiers to roles (``中青报·中青网记者``) and
sometimes names to each other (``■本报通讯员包庆淼高勇``). A credit is read as *qualifier + role +
names*: text glued to the front of a role word qualifies it, the names follow it. Run-together
names are split where the surname list allows exactly one reading; an ambiguous run stays whole
rather than being cut wrong. Photographers, editors, organisations and placeholder credits
(``网络整理``) are not authors.

Lines may carry element boundaries as runs of two spaces (see `lines`): a value never runs across
one, which is how ``来源：央视新闻客户端`` stays apart from the site link printed after it.
"""

from __future__ import annotations

import re

from ..lexicon import (
    AUTHOR_ROLE,
    AUTHOR_ROLE_WORDS,
    BYLINE_DATE_WORDS,
    BYLINE_GENRES,
    BYLINE_LABELS,
    BYLINE_WORDS,
    COMPOUND_SURNAMES,
    DATE_LABEL,
    EDITOR_LABEL,
    EDITOR_LABELS,
    EDITOR_STOP,
    EMAIL_ADDRESS,
    FIELD_SOURCE_LABEL,
    FIELD_SOURCE_LABELS,
    HAN,
    HAN_EXTENDED,
    HANGUL,
    KOREAN_WRITER_ROLES,
    MONTH_NAMES,
    NAME_CONJUNCTIONS,
    NAME_CREDENTIALS,
    NON_AUTHOR_ROLE,
    NON_PERSON_AUTHORS,
    ORGANISATION_SUFFIX,
    OUTLET_SUFFIX,
    OUTLET_WORDS,
    PHOTO_ROLE,
    PLACE_NAMES,
    ROLE_COMPOUNDS,
    SINGLE_SURNAMES,
    SOURCE_LABEL,
    TEXT_CREDIT,
    TEXT_CREDITS,
    TRADITIONAL_TO_SIMPLIFIED,
    WIRE_SERVICES,
    WRITER_POSTS,
    WRITER_ROLE_WORDS,
    initials,
    phrases,
    spellings,
)
from .dates import DATE_START, DIGIT, is_date_line

_HAN = HAN_EXTENDED
_DECORATION = " \t■●▲◆★□◎▶►·•—-[]【】（）()<>《》「」:：|丨｜/"
_BOUNDARY = r"\s{2,}"
_VALUE_STOP = (
    rf"(?:{DATE_LABEL}|作者|记者|通讯员|编辑|责任编辑|责编|选稿|时间|发布|发表|日期|点击|浏览|阅读|字号|分享|评论|举报|"
    r"来源|稿源|摄影|打印|收藏|关注|author|by\b|editor|published|updated|views?)"
)
#: Labels that end a source even without a colon, because pages glue them on (``证券时报网作者：``).
_GLUED_STOP = r"(?:作者|记者|通讯员|责任编辑|责编|编辑|选稿|分享|举报|浏览|阅读|点击|评论|打印|收藏)"
_SOURCE = re.compile(
    rf"(?:^|(?<=\s)|(?<=[^{_HAN}A-Za-z]))(?P<label>{SOURCE_LABEL})(?P<sep>\s*[:：|丨/]\s*(?:[\[【]\s*)?|\s+|(?=[{_HAN}A-Za-z《]))"
    rf"(?P<value>.*?)\s*(?=$|{_BOUNDARY}|[|丨｜]|{DATE_START}|https?://|www\.|{_VALUE_STOP}\s*[:：]|(?<=\s)[^\s:：]{{1,5}}[:：]|[【\[(（]|{_GLUED_STOP})",
    re.I,
)
#: A URL printed as the whole value of a source label, up to the end of its segment.
_SOURCE_URL = re.compile(r"(https?://[^\s|丨｜，,；;）)\]】]{3,80})(?:\s{2,}|\s*[|丨｜]|\s*$)")
_FIELD_SOURCE = re.compile(
    rf"(?:^|[|丨｜])\s*{FIELD_SOURCE_LABEL}\s*[:：]\s*(?P<value>[^|丨｜\s]{{2,30}})\s*(?:$|[|丨｜])"
)
_FIELD_SOURCE_SPELLINGS = tuple(spelling for label in FIELD_SOURCE_LABELS for spelling in spellings(label))
_EDITOR = re.compile(
    rf"(?<![{_HAN}A-Za-z])(?P<label>{EDITOR_LABEL})(?P<sep>\s*[:：/|丨｜]\s*|\s+)"
    rf"(?P<value>(?:(?!{_BOUNDARY}|\s*{EDITOR_STOP}\s*[:：/|丨｜\s])[^\]】)）|丨｜\[【(（;；])*)",
    re.I,
)
_STAFF_CODE = re.compile(rf"(?:(?<![_\s])[_\s]+|(?<=[{HAN}]))(?:[A-Za-z]{{1,4}}\d{{2,}}|\d{{3,}})\s*$")
_CODE_ONLY = re.compile(r"^[A-Za-z]{0,4}\d{2,}$")
_ROLE = re.compile(rf"{AUTHOR_ROLE}|(?<![{_HAN}]){TEXT_CREDIT}(?=\s*[/／丨｜|:：]|\s)")
_ROLE_WORDS = re.compile(rf"^(?:{AUTHOR_ROLE}|{TEXT_CREDIT})$")
_OTHER_FIELD = re.compile(
    rf"(?:(?<!\s)\s+)?(?:{SOURCE_LABEL}\s*[:：|丨]|{EDITOR_LABEL}\s*[:：/|丨｜]|{NON_AUTHOR_ROLE}\s*[:：/|丨｜]|{DATE_LABEL}\s*[:：]|"
    rf"{DATE_START}).*$",
    re.I,
)
_CREDIT_TAIL = re.compile(r"(?:报道|整合|综合报道|整理|编译|采写|撰文|执笔|等)\s*$")
_NAME_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?(?:[、，,;；&＆/|｜丨]|(?<=\s)(?:and|与|和)\s+)\s*", re.I)
_HAN_NAME = re.compile(rf"^[{_HAN}][{_HAN}·•]{{1,9}}$")
#: Capital and any letters of personal names in alphabetic scripts: Latin, accents included, and Cyrillic.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё"
#: A nickname in quotes between a writer's names (``Amanda "Tania Mae" Tan``: esports and sports bylines).
_NICKNAME = rf"[\"“][{_CAPITAL}][{_LETTER}'’.\-]*(?: [{_CAPITAL}][{_LETTER}'’.\-]*)?[\"”]"
#: A personal name in an alphabetic script (``Inés Garrido``, ``Łukasz Nowak``, ``Лида Буслаева``).
_LATIN_NAME = re.compile(
    rf"^[{_CAPITAL}][{_LETTER}'’.\-]*"
    rf"(?:\s+(?:[{_CAPITAL}][{_LETTER}'’.\-]*|de|van|von|der|da|del|di|la|le|bin|al|{_NICKNAME})){{0,4}}$"
)
_USERNAME = re.compile(r"^[A-Za-z][\w.\-]{1,30}$")
_PROSE = re.compile(r"[，。！？；：,!?;]")
_MAX_QUALIFIER = 14
#: Where an ``作者：`` value ends: a segment boundary (not one inside a spaced name like ``方  敏``), a pipe,
#: the next label or a date.
_LABELLED_VALUE_END = re.compile(
    rf"{_BOUNDARY}(?!\S{{1,2}}(?:\s|$))|[|丨｜]|\s*(?={SOURCE_LABEL}|{EDITOR_LABEL}\s*[:：]|选稿|{DATE_START})"
)
#: The punctuation between a label and its value (always matches, maybe empty).
_AFTER_LABEL = re.compile(r"\s*[:：/／丨｜|]?\s*")
#: Another ``label：`` after a value starts the next field (``作者：南帆 分享到：``).
_NEXT_FIELD = re.compile(r"(?<!\s)\s+[^\s:：]{1,6}[:：]")
_SEGMENT_START = re.compile(r"(?<!\s)\s{2,}$|^\W+$")
_BRACKETED = re.compile(r"[\[【《][^\[【《\]】》]+[\]】》]")
_CLOSING_BRACKET = re.compile(r"[\]】）)]")
_PERSON_SEPARATOR = re.compile(r"[、 ]")
#: Between an outlet and its channel or app: ``证券时报·e公司``, ``大河报·豫视频``, ``人民网-文化频道``.
_OUTLET_CHANNEL = re.compile(r"[·•\-－]")
#: Not an outlet, though it may end like one: a place, an account note, a count, or 发布 after an adverb
#: (CSDN's ``于 2024-03-30 10:05:12 首次发布`` beside ``已于 … 修改``, where ``江城发布`` is an account).
_NOT_AN_OUTLET = re.compile(r"^(?:来自|发布于|IP|(?:首次|重新|正式|同步|已经?)发布$|\d+\D{0,2}$)")
_COLON_NEXT = re.compile(r"(?:(?<!\s)\s+)?[:：]")
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)$")
_LIST_PUNCTUATION = re.compile(r"[、，,;；]")
_LATIN = re.compile("[A-Za-z]")
_KOREAN_SYLLABLE = f"[{HANGUL}]"
#: A Korean credit: a name of two to four syllables, at most two words describing the writer, the role.
_KOREAN_CREDIT = re.compile(
    rf"^(?P<name>{_KOREAN_SYLLABLE}{{2,4}})(?: [{HANGUL}\w]{{1,10}}){{0,2}} ?(?:{'|'.join(KOREAN_WRITER_ROLES)})$"
)
#: The first character of a line that can hold such a credit: the name's, after any whitespace.
_KOREAN_CREDIT_START = re.compile(rf"(?:(?<!\s)\s+)?{_KOREAN_SYLLABLE}")
#: Where a Korean credit line's name and role end: at its date or e-mail address.
_KOREAN_CREDIT_END = re.compile(rf"{DATE_START}|{EMAIL_ADDRESS}")
_HAN_ONLY = re.compile(f"[{_HAN}]+")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_SHORT_HAN_NAME = re.compile(f"[{_HAN}]{{2,4}}")
_HAN_RUN = re.compile(f"[{_HAN}]{{4,12}}")
_BY = re.compile(r"^\s*by\s+", re.I)
_ROLE_FIELD = re.compile(rf"(?:^|(?<=\s)|(?<=[^{_HAN}]))(?:{AUTHOR_ROLE}|{TEXT_CREDIT}(?=\s*[/丨｜|:：]))")
_MAX_HAN_NAME = 5
#: The longest handle an author slot is read for (`account_name`).
_MAX_ACCOUNT = 20
_ROLE_COMPOUND = re.compile(ROLE_COMPOUNDS)
#: A handle with a Han character, as a credit may name one: ``一只小熊猫呀``, ``小王子123``, ``@江城观察``, ``三石_``.
_HAN_HANDLE = re.compile(rf"^@?(?=[\w~\-·.]*[{_HAN}])[\w~\-·.]{{2,12}}$")
#: What sets a value apart from its label (``作者：X``, ``作者 | X``, ``作者 X``).
_LABEL_PUNCTUATION = frozenset(" \u3000:：/／|丨｜")
#: A description in brackets closing a credit (``王敏（江城大学教授）``, ``李白（唐）``); its closing bracket may have
#: been stripped with the line's decoration.
_DESCRIPTION = re.compile(r"(?<=[^\s（(])\s?[（(][^（()）]{1,30}[)）]?\s*$")
_NAME_AFTER_POST = re.compile(rf"{WRITER_POSTS}\s?(?P<name>[{_HAN}]{{2,3}})$")
#: What no handle holds: a space, sentence or label punctuation, a run of digits (a date, a count).
_NOT_A_HANDLE = re.compile(r"[\s，。！？；：,!?;:|丨｜]|\d{3}")
#: The bare labels and role words, without the context the full patterns require: a line without a match
#: cannot match those patterns, and most lines have none (tested first because it is much cheaper).
_ANY_SOURCE_LABEL = re.compile(SOURCE_LABEL, re.I)
#: (`EDITOR_LABEL`, built from its labels here with a label's first character asserted first, `initials`: the
#: engine cannot skip ahead to a case-insensitive alternation, and one class test turns most positions away.)
_ANY_EDITOR_LABEL = re.compile(initials(EDITOR_LABELS) + phrases(EDITOR_LABELS), re.I)
_ANY_ROLE = re.compile(rf"{AUTHOR_ROLE}|{TEXT_CREDIT}")
#: The first characters of the role words: a line without one holds none (a test many times cheaper still).
_ROLE_INITIALS = {first for word in (*AUTHOR_ROLE_WORDS, *TEXT_CREDITS) for first in spellings(word[0])}
_ROLE_INITIAL = re.compile("|".join(map(re.escape, sorted(_ROLE_INITIALS))))
_MAX_CREDIT_LINE = 80
_MAX_CLOSING_CREDIT = 120
_CONJUNCTION = phrases(NAME_CONJUNCTIONS)
#: Not right after a conjunction (one lookbehind per word: they differ in length).
_NOT_AFTER_CONJUNCTION = "".join(rf"(?<!\b{word})" for word in NAME_CONJUNCTIONS)
#: A byline in a Latin-script language: a byline word, maybe after a genre word (``Opinion by``, ``Ein Kommentar
#: von``), or a label with its colon; then names.
_ENGLISH_BY = re.compile(
    rf"^\s*(?:(?:{phrases(*BYLINE_GENRES.values())}\s+)?{phrases(*BYLINE_WORDS.values())}[:\s]"
    rf"|{phrases(*BYLINE_LABELS.values())}\s*:)\s*(?P<names>[{_CAPITAL}].{{1,150}})$",
    re.I,
)
#: Where the names of such a byline end: an element boundary not next to more names (``By <a>X</a> and <a>Y</a>``
#: runs on over its conjunction), a separator, a
#: date word, ``on`` before a date (``On 11/13/19``, ``on Monday, November 18th``), a month and a day
#: (``May 14, 2024``), a number.
_ENGLISH_END = re.compile(
    rf"(?<![,&\s]){_NOT_AFTER_CONJUNCTION}\s{{2,}}(?![,&]|{_CONJUNCTION}\s).*$|(?<!\s)\s+[-–—|•·](?:\s.*)?$|(?:(?<!\s)\s+)?\|.*$"
    rf"|(?:(?<!\s)\s+)?\b{phrases(*BYLINE_DATE_WORDS.values())}\b.*$|(?:(?<!\s)\s+)?\bon\s+(?:[\w,.]+\s+){{0,2}}\d.*$"
    rf"|(?<!\s)\s+{phrases([name for names in MONTH_NAMES.values() for entry in names for name in entry.split('|')])}"
    r"\.?\s+\d.*$"
    r"|(?<!\s)\s+\d.*$",  # (a whitespace run is entered at its start only: linear on any text)
    re.I,
)
#: A byline word inside a line, where a byline may follow a date clause (see `_dated_byline_start`).
_INNER_BYLINE_WORD = re.compile(rf"(?<=\s)(?={phrases(*BYLINE_WORDS.values())}\s)", re.I)
#: A quick test for `_ENGLISH_BY`: the first word of a line that can open such a byline (its first character
#: asserted first, as in `_ANY_EDITOR_LABEL`).
_BYLINE_OPENERS = (*BYLINE_WORDS.values(), *BYLINE_LABELS.values(), *BYLINE_GENRES.values())
_BYLINE_START = re.compile(
    rf"^\s*{initials(*_BYLINE_OPENERS)}(?:{phrases(*_BYLINE_OPENERS)})\b",
    re.I,
)
_OUTLET_PIECE_SEPARATOR = re.compile(r"\s{2,}|\s*[,;|/]\s*|\s+and\s+|\s+&\s+", re.I)
_WIRE_SERVICES_LOWER = frozenset(name.lower() for name in WIRE_SERVICES)
#: The marks around an outlet's name that are not part of it (``| Fox News``, ``USA TODAY.``).
OUTLET_EDGES = " .|/-–—·•"
#: Between names: a comma, a semicolon, ``&``, or a conjunction (``and`` in any case: ``JANE DOE AND JOHN ROE``;
#: the others lower-case, so an initial ``E.`` stays in its name).
_ENGLISH_SEPARATOR = re.compile(rf"(?:(?<!\s)\s+)?(?:,|;|&|(?<=\s)(?:(?i:and)|{_CONJUNCTION})(?=\s|$))\s*")
_NOT_A_NAME_WORD = re.compile(
    rf"\b(?:{phrases(WRITER_ROLE_WORDS['en'])}s?|news|press|associated|agency|desk|business|magazine|radio|network|"
    r"team|media|bureau|service|wire|updated|published|photos?|video|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b|\.com|@",
    re.I,
)
#: A role printed after a writer's name, to the end (``Tom Krisher, AP Auto Writer``, ``Jane Doe, Senior Reporter``,
#: ``Anna Schmidt, Redakteurin``).
_ROLE_AFTER_NAMES = re.compile(rf",[^,]{{0,40}}\b(?:{phrases(*WRITER_ROLE_WORDS.values())})s?\b[^,]{{0,30}}$", re.I)
_PERSON_OUTLET = re.compile(rf"^(?P<person>[{_HAN}]{{2,4}}(?:[、 ][{_HAN}]{{2,4}})*)\s*/\s*(?P<outlet>[^/]{{2,30}})$")
_INLINE_CREDITS = re.compile(
    rf"[（(]\s*(?P<credits>(?:{AUTHOR_ROLE}|{TEXT_CREDIT})\s*[/:：丨｜]?\s*[^（()）]{{1,50}}?)\s*[)）]"
)
#: A dateline's bare credit: ``新华社北京5月19日电（刘艺、杨吉）`` — names only, right after 电/讯.
_DATELINE_NAMES = re.compile(
    rf"(?:电|讯)\s*[（(]\s*(?P<names>[{_HAN}]{{2,4}}(?:\s*[、\s]\s*[{_HAN}]{{2,4}}){{0,3}})\s*[)）]"
)
#: Names in a bare credit, separated by spaces or 、 (``（张巨峰）``, ``（王敏 李强）``, ``（王敏、李强）``).
BARE_NAMES = rf"[{_HAN}]{{2,4}}(?:(?:\s*[、，,]|(?<!\s)\s)\s*[{_HAN}]{{2,4}}){{0,2}}"
#: (A closing quote ends the sentence only after a sentence mark: ``「日本料理 崇」（福井）`` names a place.)
_TRAILING_NAME = re.compile(rf"[。！？!?.…][”\"」]?\s*[（(]\s*(?P<name>{BARE_NAMES})\s*[)）]\s*$")
#: A credit with the role after the names, as newspapers print it: ``王敏/文 李强/图``, ``王敏 李强／文``.
_POSTFIX_CREDIT = re.compile(
    rf"^\W{{0,2}}(?P<names>{BARE_NAMES})\s*[/／]\s*(?:文/图|文图|图文|文)"
    rf"(?:(?<!\s)\s+{BARE_NAMES}\s*[/／]\s*(?:图|摄影|摄))?\W{{0,2}}$"
)
_BARE_NAME_SEPARATOR = re.compile(r"\s*[、，,]\s*|\s+")
#: A dateline's credit printed without brackets: ``本报讯 记者王敏 通讯员李强 近日，…`` (role words and names,
#: separated by spaces, right after 讯/电 and a space; the first word that is neither ends the credit).
_BARE_DATELINE_CREDIT = re.compile(rf"(?:讯|电)\s+(?={AUTHOR_ROLE})")


def find_source(line: str) -> str | None:
    """The outlet named after a 来源-style label, without the date, author, URL or label that follows it; the
    URL itself when it is all the label names (``出所：http://j.people.com.cn``)."""
    if _ANY_SOURCE_LABEL.search(line) is None:
        return None  # cheap test first: most lines hold no label at all
    for match in _SOURCE.finditer(line):
        if not match.group("sep").strip() and not _starts_segment(line, match.start()):
            continue  # ``来源CSDN`` without a colon only at the start of a segment, never inside prose
        value = _clean_value(match.group("value"))
        if value and len(value) <= 40 and not _PROSE.search(value) and value not in ("本站", "未知", "不详"):
            return _drop_trailing_person(value)
        address = _SOURCE_URL.match(line, match.end("value")) if not value and match.group("sep").strip() else None
        if address:
            return address.group(1)
    return None


def field_source(line: str) -> str | None:
    """The outlet of a ``来自: X`` field between pipes (`FIELD_SOURCE_LABEL`); not a place (an IP location)."""
    found = _FIELD_SOURCE.search(line) if any(label in line for label in _FIELD_SOURCE_SPELLINGS) else None
    value = found.group("value") if found else None
    return value if value and value not in PLACE_NAMES and not _PROSE.search(value) else None


def _starts_segment(line: str, position: int) -> bool:
    before = line[:position]
    return not before.strip() or bool(_SEGMENT_START.search(before))


def _clean_value(value: str) -> str:
    value = value.strip(" :：|丨｜,，;；-—·/]】")
    if value.endswith(("）", ")")) and "（" not in value and "(" not in value:
        value = value[:-1].rstrip()  # the bracket the credit was printed in: ``（来源：上海证券报）``
    if _BRACKETED.fullmatch(value):
        value = value[1:-1]
    return value.strip()


def _drop_trailing_person(value: str) -> str:
    """``中国新闻网 王帆`` → ``中国新闻网``: a reporter name printed after the outlet is not part of it."""
    parts = value.rsplit(" ", 1)
    if len(parts) == 2 and OUTLET_SUFFIX.search(parts[0]) and has_surname(parts[1]):
        return parts[0]
    return value


def split_person_outlet(value: str) -> tuple[list[str], str] | None:
    """``石佳/中国青年报`` → (['石佳'], '中国青年报'): 澎湃's author slot carries both."""
    if "/" not in value:
        return None
    match = _PERSON_OUTLET.match(value.strip())
    if not match:
        return None
    people = [name for name in _PERSON_SEPARATOR.split(match.group("person")) if has_surname(name)]
    return (people, match.group("outlet").strip()) if people else None


def unlabelled_source(text: str, known: set[str]) -> str | None:
    """An outlet printed next to the date without a label, accepted only when it is clearly one.

    Clearly: it ends like an outlet (网, 报, 社, 新闻, 客户端 …; before a channel: ``证券时报·e公司``) or another
    part of the page (meta ``source``, JSON-LD publisher) names it; a place (``来自北京市``), an account note
    (``发布于…官方账号``) or a person is not.
    """
    value = _clean_value(text)
    if not 2 <= len(value) <= 20 or _PROSE.search(value) or _NOT_AN_OUTLET.search(value):
        return None
    outlet_like = OUTLET_SUFFIX.search(value) or OUTLET_SUFFIX.search(_OUTLET_CHANNEL.split(value, 1)[0])
    if value in known or (outlet_like and not has_surname_only_name(value)):
        return value
    return None


def bare_outlet(text: str) -> str | None:
    """An outlet or organisation named without a label (``江城日报``, ``江城退役军人之家``, ``德清县发改局``):
    clearly an outlet (`unlabelled_source`) or ending like an organisation; never a person or a phrase."""
    value = text.strip()
    if unlabelled_source(value, set()):
        return value
    return value if 3 <= len(value) <= 20 and _is_organisation(value) else None


def account_name(text: str) -> str | None:
    """A handle printed alone (``管不饿``, ``私~川流``, ``A-肖老师-树谷学院``, ``中国新闻网``): one word with a Han
    character, no prose, no date (a year has digits in a row), no label, role word or placeholder; else None."""
    value = text.strip(_DECORATION)
    if not 2 <= len(value) <= _MAX_ACCOUNT or not _HAN_CHAR.search(value) or _NOT_A_HANDLE.search(value):
        return None
    return None if value.lower() in NON_PERSON_AUTHORS or _ROLE_WORDS.match(value) else value


def find_editor(line: str) -> str | None:
    """The editor in charge (责任编辑 before 责编 before 编辑), without staff codes such as ``_NF4425``."""
    best = best_editor(editor_credits(line))
    return best[1] if best else None


def editor_rank(label: str) -> int:
    """How strong an editor label is: its place in `EDITOR_LABELS`, 0 for 责任编辑, higher for weaker labels."""
    return EDITOR_LABELS.index(" ".join(label.lower().split()).translate(TRADITIONAL_TO_SIMPLIFIED))


def best_editor(credits: list[tuple[str, str | None]]) -> tuple[int, str] | None:
    """(rank, name) of the strongest named credit (see `editor_rank`)."""
    ranked = [(editor_rank(label), name) for label, name in credits if name]
    return min(ranked, key=lambda item: item[0]) if ranked else None


def editor_credits(line: str) -> list[tuple[str, str | None]]:
    """Every (label, name) editor credit in a line; the name is None for placeholders and bare codes."""
    credits: list[tuple[str, str | None]] = []
    if _ANY_EDITOR_LABEL.search(line) is None:
        return credits  # cheap test first: most lines hold no label at all
    for match in _EDITOR.finditer(line):
        label = match.group("label")
        if label.lower() == "editor" and not _COLON_NEXT.match(line, match.end("label")):
            continue  # English "editor" only as a label with a colon
        value = _STAFF_CODE.sub("", match.group("value").strip()).strip(" :：,，;；|丨｜")
        first_word = value.split()[0] if value else ""
        named = has_surname(first_word) or _LATIN_NAME.match(_ENGLISH_SEPARATOR.split(value)[0])
        if not match.group("sep").strip() and not named:
            continue  # ``编辑 刘晓阳`` needs a name after the space; ``编辑  讨论`` is a toolbar
        if not value or _CODE_ONLY.match(value) or value in NON_PERSON_AUTHORS or len(value) > 30:
            credits.append((label, None))
        else:
            credits.append((label, value))
    return credits


def parse_byline(line: str) -> list[str] | None:
    """Authors of a line that is only a credit; None when the line is not one.

    ``■本报通讯员包庆淼高勇``, ``文丨政能亮特约评论员 韩涵``, ``执笔/叨叨姐、胡一刀&李小飞刀``,
    ``（总台央视记者 奚丹霓 张赛）``, ``By Tess Bonn and Jo Lee``. A credit naming nobody
    (``作者：网络整理``) gives an empty list: it is still a credit line.
    """
    stripped = line.strip()
    if len(stripped) > _MAX_CREDIT_LINE:
        return None
    postfix = _POSTFIX_CREDIT.match(stripped) if "文" in stripped else None
    postfix_names = [name for name in bare_names(postfix.group("names")) if has_surname(name)] if postfix else []
    if postfix_names:
        return postfix_names
    if not _may_hold_role(stripped) and not _BYLINE_START.match(stripped):
        start = _dated_byline_start(stripped)  # ``Posted on November 19, 2019 by Jane Doe``
        return parse_byline(stripped[start:]) if start else None
    english = _ENGLISH_BY.match(stripped)
    if english:
        names = english_names(_ENGLISH_END.sub("", english.group("names")))
        return names or None
    credit = _OTHER_FIELD.sub("", stripped.strip(_DECORATION + " ")).strip()
    credit = _DESCRIPTION.sub("", credit)  # ``作者：王敏（江城日报记者）``: the role in brackets describes the name
    roles = list(_ROLE.finditer(credit))
    if not roles:
        return None
    first_qualifier = credit[: roles[0].start()].strip(_DECORATION)
    if len(first_qualifier) > _MAX_QUALIFIER or _PROSE.search(first_qualifier):
        return None
    names: list[str] = []
    for index, role in enumerate(roles):
        end = roles[index + 1].start() if index + 1 < len(roles) else len(credit)
        if _ROLE_COMPOUND.match(credit, role.end()):
            return None  # ``作者简介``, ``记者手记``: a heading, not a credit
        chunk = _without_glued_qualifier(credit[role.end() : end], end < len(credit))
        chunk_names = _chunk_names(chunk)
        if chunk_names is None:
            return None
        names.extend(name for name in chunk_names if name not in names)
    return names


def _dated_byline_start(line: str) -> int | None:
    """Where the byline starts in a line that opens with a date clause and goes on with a byline word:
    ``Posted on November 19, 2019 by Jane Doe`` (WordPress's entry meta), ``Veröffentlicht am 19.11.2019 von
    Anna Schmidt``. None when the text before the byline word is more than a date and its label."""
    if DIGIT.search(line) is None:
        return None  # a date line prints a digit (`is_date_line`): no part of this line is one
    for match in _INNER_BYLINE_WORD.finditer(line):
        if is_date_line(line[: match.start()].strip(" ,|·•-–—")):
            return match.start()
    return None


def without_date_clause(line: str) -> str:
    """A byline without the date clause printed before it (`_dated_byline_start`)."""
    return line if _BYLINE_START.match(line) else line[_dated_byline_start(line) or 0 :]


def _may_hold_role(text: str) -> bool:
    """Whether a role word occurs at all: a cheap test before the patterns that read one in context."""
    return _ROLE_INITIAL.search(text) is not None and _ANY_ROLE.search(text) is not None


def credit_text(line: str) -> str:
    """The credit part of a line as printed: ``作者： 涅阳城`` of ``作者： 涅阳城 2020年01月12日18:32 浏览：272``."""
    stripped = without_date_clause(" ".join(line.split()))
    english = _ENGLISH_BY.match(stripped)
    if english:
        return stripped[: english.start("names")] + _ENGLISH_END.sub("", english.group("names")).rstrip(" ,;")
    credit = _OTHER_FIELD.sub("", stripped).strip()
    if credit[:1] in "[【（(" and not _CLOSING_BRACKET.search(credit):
        credit = credit[1:].strip()
    return credit or stripped


def _without_glued_qualifier(chunk: str, before_role: bool) -> str:
    """Text glued to the next role word qualifies that role (``政能亮特约`` in ``…政能亮特约评论员``)."""
    if not before_role:
        return chunk
    match = _LAST_WORD.search(chunk)
    if match and chunk[-1:] and not chunk[-1].isspace():
        return chunk[: match.start(1)]
    return chunk


def _chunk_names(chunk: str) -> list[str] | None:
    """The people in the text after a role word; None when that text is neither names nor the writer's
    description ending in a post and a name (``中国人民大学教授 王敏``)."""
    names = _listed_names(chunk)
    if names is None:
        described = _NAME_AFTER_POST.search(chunk.strip(_DECORATION))
        if described and has_surname(described.group("name")):
            return [described.group("name")]
    return names


def _listed_names(chunk: str) -> list[str] | None:
    """The people listed in the text after a role word; None when that text is not just names (prose, a title).
    A description in brackets after the names is no name (``王敏（江城大学教授）``); a handle counts only when set
    apart from the role word (``作者：一只小熊猫呀``, never ``实习生王金茹对此文亦有贡献``)."""
    set_apart = chunk[:1] in _LABEL_PUNCTUATION
    chunk = _CREDIT_TAIL.sub("", _DESCRIPTION.sub("", chunk).strip(_DECORATION))
    if not chunk:
        return []
    if PHOTO_ROLE.search(chunk):
        return []  # ``通讯员刘娟 摄``: a photographer
    if _PROSE.search(_LIST_PUNCTUATION.sub("", chunk)) or len(chunk) > 40:
        return None
    pieces = _name_pieces(chunk)
    if set_apart and len(pieces) == 1 and not _name_like(pieces[0]) and _HAN_HANDLE.match(pieces[0]):
        handle = pieces[0].lstrip("@")  # a pen name of a blog or self-media account: ``一只小熊猫呀``, ``@江城观察``
        return [] if handle in NON_PERSON_AUTHORS or _is_organisation(handle) else [handle]
    names: list[str] = []
    for piece in pieces:
        if piece in NON_PERSON_AUTHORS or _ROLE_WORDS.match(piece) or _is_organisation(piece):
            continue
        if not _name_like(piece):
            return None
        for name in split_run_together(piece):
            if is_person(name) and name not in names:
                names.append(name)
    return names


def _name_pieces(chunk: str) -> list[str]:
    """Split a names chunk at separators; Han names also at spaces, where single characters pair up (``方  敏``)."""
    pieces: list[str] = []
    for part in _NAME_SEPARATOR.split(chunk):
        part = part.strip(_DECORATION)
        if not part:
            continue
        if _LATIN.search(part):
            pieces.append(" ".join(part.split()))
            continue
        tokens = part.split()
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if len(token) == 1 and index + 1 < len(tokens) and len(tokens[index + 1]) <= 2:
                token += tokens[index + 1]
                index += 1
            pieces.append(token)
            index += 1
    return pieces


def _is_organisation(piece: str) -> bool:
    return (
        len(piece) >= 3
        and _HAN_ONLY.fullmatch(piece) is not None
        and (ORGANISATION_SUFFIX.search(piece) is not None or OUTLET_SUFFIX.search(piece) is not None)
    )


def _name_like(piece: str) -> bool:
    """A Han name of two to five characters (pen names included), longer only with ``·``; or a Latin name."""
    if _HAN_NAME.match(piece):
        return len(piece) <= _MAX_HAN_NAME or "·" in piece
    return bool(_LATIN_NAME.match(piece) or _USERNAME.match(piece))


def labelled_authors(line: str) -> list[str] | None:
    """Authors from an ``作者：X`` / ``记者 X`` field inside an info line; None when there is no such field."""
    match = _ROLE_FIELD.search(line) if _may_hold_role(line) else None
    if not match:
        return None
    rest = line[match.start() :]
    next_field = _NEXT_FIELD.search(rest, match.end() - match.start())
    rest = rest[: next_field.start()] if next_field else rest
    # the value ends after the label's own punctuation: ``<small>作者:</small>李建华`` prints a boundary there
    value_start = _AFTER_LABEL.match(rest, match.end() - match.start()).end()  # type: ignore[union-attr]
    end = _LABELLED_VALUE_END.search(rest, value_start)
    return parse_byline(rest[: end.start()] if end else rest)


def closing_bracket(paragraph: str) -> str | None:
    """The bracketed credit closing a paragraph: ``（来源：上海证券报）`` of ``…2005年8月25日（来源：上海证券报）``."""
    tail = paragraph[-_MAX_CLOSING_CREDIT:].rstrip()
    start = max(tail.rfind("（"), tail.rfind("("))
    return tail[start:] if start >= 0 and tail.endswith(("）", ")")) else None


def inline_credits(paragraph: str) -> list[str]:
    """Authors credited inside a sentence: ``新京报讯（记者 陆一夫）…``, ``本报讯 记者王敏 通讯员李强 近日…``, or
    closing the last one: ``…。（张巨峰）``, ``…。（本文来源：经济日报 作者：王敏）``."""
    names: list[str] = []
    for match in _INLINE_CREDITS.finditer(paragraph[:100]):
        names.extend(name for name in parse_byline(match.group("credits")) or [] if name not in names)
    dateline = _DATELINE_NAMES.search(paragraph[:60]) if not names else None
    if dateline:
        people = _PERSON_SEPARATOR.split(dateline.group("names"))
        names.extend(name for name in people if has_surname(name) and name not in names)
    if not names:
        names = _bare_dateline_credit(paragraph[:_MAX_CREDIT_LINE])
    closing = closing_bracket(paragraph) if not names else None
    if closing and _SOURCE.search(closing):
        names = labelled_authors(closing) or []
    trailing = _TRAILING_NAME.search(paragraph[-30:]) if len(paragraph) > 12 else None
    if trailing and not PHOTO_ROLE.search(trailing.group("name")):
        for piece in bare_names(trailing.group("name")):
            names.extend(name for name in split_run_together(piece) if has_surname(name) and name not in names)
    return names


def bare_names(credit: str) -> list[str]:
    """The names of a bare credit (`BARE_NAMES`), in order."""
    return [name for name in _BARE_NAME_SEPARATOR.split(credit.strip()) if name]


def _bare_dateline_credit(opening: str) -> list[str]:
    """``本报讯 记者王敏 通讯员李强 近日，…`` → ['王敏', '李强']: the words after 讯/电 while each is a role word,
    a role word with its name, or a name with a known surname."""
    start = _BARE_DATELINE_CREDIT.search(opening)
    if start is None:
        return []
    credit: list[str] = []
    for word in opening[start.end() :].split():
        role = _ROLE.match(word)
        name = word[role.end() :] if role else word
        if name and not has_surname(name):
            break
        credit.append(word)
    return parse_byline(" ".join(credit)) or []


def person_names(credits: str) -> list[str]:
    """People named in a free credit string (meta author, JSON-LD): role words, photographers and orgs dropped."""
    credits = _BY.sub("", credits.strip())
    korean = korean_names(credits)
    if korean is not None:
        return korean
    if _LATIN.search(credits) and not _HAN_CHAR.search(credits):
        return english_names(credits)
    names = parse_byline(credits) if _ROLE.search(credits) else _chunk_names(credits)
    return names or []


def korean_names(text: str) -> list[str] | None:
    """The writer of a Korean credit, a name before its role (``고규홍 나무 칼럼니스트``, ``김수아 인턴 기자``: name,
    a word or two of description, reporter/columnist); None for any other text."""
    found = _KOREAN_CREDIT.match(" ".join(text.split()))
    return [found.group("name")] if found else None


def korean_credit(line: str) -> list[str] | None:
    """The reporter a Korean credit line names (``김수아 인턴 기자 2024. 5. 22. 08:37``, ``홍길동 기자
    hong@yna.co.kr``: what follows the role, a date or an e-mail address, aside); None for any other line."""
    if _KOREAN_CREDIT_START.match(line) is None:
        return None  # (a quick test: most lines are in other scripts)
    return korean_names(_KOREAN_CREDIT_END.split(line, 1)[0])


def english_names(text: str) -> list[str]:
    """``Tess Bonn and Jo Lee`` → two people; staff labels, outlets, dates and handles dropped."""
    names: list[str] = []
    for piece in _ENGLISH_SEPARATOR.split(_BY.sub("", text)):
        piece = " ".join(piece.split()).strip(" .")
        if not piece or _NOT_A_NAME_WORD.search(piece) or piece.lower() in NON_PERSON_AUTHORS:
            continue
        if piece.lower() in _WIRE_SERVICES_LOWER:
            continue  # ``Reuters`` as the author: a wire service, the source rather than a writer
        if piece in NAME_CREDENTIALS or (piece.isupper() and " " not in piece):
            continue  # ``Ilana Muhlstein, MS, RDN``; a one-word code (``KWCHCIK``) is nobody's name
        if _LATIN_NAME.match(piece) and 1 <= len(piece.split()) <= 5 and piece not in names:
            names.append(piece)
    if any(" " in name for name in names):  # ``Von Anna Schmidt, Berlin``: beside a full name, one word is a place
        names = [name for name in names if " " in name]
    return names


def without_role(text: str) -> str:
    """The names of a credit without the role printed after them (`_ROLE_AFTER_NAMES`)."""
    return _ROLE_AFTER_NAMES.sub("", text) if "," in text else text


def names_with_role(line: str) -> list[str] | None:
    """The writers of a line that is only names and the role printed after them (``Jane Doe, Senior Reporter``,
    ``Anna Schmidt, Redakteurin``); None for any other line."""
    stripped = " ".join(line.split())
    names_part = without_role(stripped)
    if names_part == stripped or len(stripped) > _MAX_CREDIT_LINE:
        return None
    pieces = [piece for piece in _ENGLISH_SEPARATOR.split(names_part) if piece.strip()]
    names = english_names(names_part)
    return names if names and len(names) == len(pieces) else None


def byline_outlet(text: str) -> str | None:
    """The outlet a byline or author slot credits instead of, or after, the people: a news agency
    (``Associated Press``, ``By AP``) or a piece with an outlet word (``By Jill Disis, CNN Business``,
    ``Kevin Johnson and Kevin McCoy  USA TODAY``, ``| Fox News``)."""
    english = _ENGLISH_BY.match(text.strip())
    names = english.group("names") if english else text
    for piece in _OUTLET_PIECE_SEPARATOR.split(names):
        piece = piece.strip(OUTLET_EDGES)
        if is_outlet_name(piece):
            return piece
    return None


def is_outlet_name(piece: str) -> bool:
    """Whether a piece of a byline names an outlet: a news agency, or up to four capitalised words ending in an
    outlet word (``CNN Business``, ``USA TODAY``)."""
    if piece in WIRE_SERVICES or piece.lower() in _WIRE_SERVICES_LOWER:
        return True
    words = piece.split()
    return 1 <= len(words) <= 4 and words[-1] in OUTLET_WORDS and all(w[:1].isupper() for w in words)


def is_person(name: str) -> bool:
    """A plausible personal name: not a placeholder, not an organisation, not a role word."""
    if not name or name.lower() in NON_PERSON_AUTHORS or _ROLE_WORDS.match(name):
        return False
    if _HAN_NAME.match(name):
        return (2 <= len(name) <= _MAX_HAN_NAME or "·" in name) and not _is_organisation(name)
    return bool(_LATIN_NAME.match(name) or _USERNAME.match(name))


def has_surname(name: str) -> bool:
    """A 2–4 character Han name that starts with a known surname (the strict test for unlabelled names)."""
    if not _SHORT_HAN_NAME.fullmatch(name) or ORGANISATION_SUFFIX.search(name) or name in NON_PERSON_AUTHORS:
        return False
    return name[:2] in COMPOUND_SURNAMES or (name[0] in SINGLE_SURNAMES and len(name) <= 3)


def has_surname_only_name(value: str) -> bool:
    """A short value that reads as a person's name rather than an outlet."""
    return len(value) <= 3 and has_surname(value) and not OUTLET_SUFFIX.search(value)


def split_run_together(run: str) -> list[str]:
    """Split ``包庆淼高勇`` into ``['包庆淼', '高勇']`` when exactly one reading fits the surname list."""
    if not _HAN_RUN.fullmatch(run):
        return [run] if run else []
    readings = {tuple(reading) for reading in _segmentations(run)}  # 诸葛亮 reads as 诸葛+亮 and 诸+葛亮
    if len(readings) == 1:
        (reading,) = readings
        return list(reading) if len(reading) > 1 else [run]
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
