"""The tree walks' shortcuts read what the plain tests read: names by the word search, page text by the byte probe,
title-named elements by the walk of their tags."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from articlextract.metadata.scan import (
    _CRUMB_WORDS,
    _TITLE_WORDS,
    CRUMB_CLASS,
    MAX_HEADINGS,
    TITLE_CLASS,
    TITLED_TAGS,
    ElementScan,
    _named,
    holds,
    holds_any,
    needle_groups,
    needles,
)

#: Pieces of class/id values: the words and their neighbours, upper case, and characters whose
#: lower case is longer (``İ``) or ASCII (``K``, the Kelvin sign).
NAME_PIECES = [
    "crumb",
    "Bread",
    "PATH",
    "nav-path",
    "route",
    "weizhi",
    "tit",
    "le",
    "bt",
    "head",
    "line",
    "İ",
    "K",
    "-",
    " ",
    "x",
]
NAMES = st.one_of(st.none(), st.lists(st.sampled_from(NAME_PIECES), max_size=4).map("".join))


@given(st.lists(st.tuples(NAMES, NAMES), max_size=12), st.booleans())
@example([("İİİİİİİİ", None), ("x", None), ("crumb", None), ("y", None)], False)  # lower-casing moves the names
def test_named_elements_are_those_whose_names_match(pairs: list[tuple[str | None, str | None]], title: bool) -> None:
    """The word search over the distinct names (one search for all) finds what the pattern finds per element."""
    classes, ids = [c for c, _ in pairs], [i for _, i in pairs]
    pattern, words = (TITLE_CLASS, _TITLE_WORDS) if title else (CRUMB_CLASS, _CRUMB_WORDS)
    expected = [index for index, (c, i) in enumerate(pairs) if pattern.search(f"{c or ''} {i or ''}".lower())]
    assert _named(classes, ids, words, pattern) == expected


#: Words looked for: spellings that share their first bytes (``编辑``/``編輯``, ``Source``/``SOURCE``).
WORD_PIECES = [">", "»", "›", "→", "位置", "导航", "ou are here", "编辑", "編輯", "责编", "Source", "SOURCE", "Sou"]
#: Other text, and bytes a pattern would read as syntax (``.``, ``(c)``).
TEXT_PIECES = [*WORD_PIECES, "’", "—", "\u00a0", "®", "中", "a", "E", ".", "(c)"]


@given(
    st.lists(st.sampled_from(TEXT_PIECES), max_size=8).map("".join),
    st.lists(st.sampled_from(TEXT_PIECES), min_size=1, max_size=3),
)
def test_the_byte_probe_finds_what_the_search_finds(text: str, words: list[str]) -> None:
    data = text.encode()
    assert holds_any(data, needle_groups(words)) == any(word.encode() in data for word in words)
    assert [holds(data, probe) for probe in needles(words)] == [word.encode() in data for word in words]


def _plainly_titled(root: etree._Element) -> list[etree._Element]:
    """`ElementScan.titled` read the plain way: every element of the page, one at a time."""
    titled = []
    for element in root.iter():
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if element.tag in TITLED_TAGS and len(element) <= 8 and TITLE_CLASS.search(names):
            titled.append(element)
    return titled[: 2 * MAX_HEADINGS]


@given(st.lists(st.tuples(st.sampled_from(["div", "span", "li", "p", "a", "h5"]), NAMES, NAMES), max_size=40))
def test_the_titled_elements_are_those_a_plain_walk_finds(elements: list[tuple[str, str | None, str | None]]) -> None:
    body = etree.Element("body")
    for tag, cls, ident in elements:
        child = etree.SubElement(body, tag)
        for name, value in (("class", cls), ("id", ident)):
            if value is not None:
                child.set(name, value)
    body.insert(0, etree.Comment("a comment is no element"))
    assert ElementScan(body).titled == _plainly_titled(body)


def test_title_named_elements_are_found_past_a_stretch_and_counted_up_to_the_cap() -> None:
    body = etree.Element("body")
    for index in range(2500):
        etree.SubElement(body, "span" if index % 3 else "div", {"class": "title" if index % 7 == 0 else "x"})
    etree.SubElement(body, "p", {"id": "late-headline"})
    scan = ElementScan(body)
    assert scan.titled == _plainly_titled(body)
    assert len(scan.titled) == 2 * MAX_HEADINGS
