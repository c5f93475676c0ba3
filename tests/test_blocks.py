"""blocks.py: how `split_blocks` cuts a page into blocks, and what each `Block` says about itself.

The line tables use real lines from zh-conventions.md §F and from the pages in tests/bodies/; the
negative rows are prose that merely mentions a trigger word (分享, a date, 关注 …). Rows marked
xfail are lines the rules get wrong today; the reason names the pattern at fault.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articlextract import clean
from articlextract.blocks import (
    _NOT_ASCII_LIKE,
    _TEASER_END,
    _TEASER_TAIL_CHARS,
    TOKEN,
    Block,
    Skeleton,
    _ascii_punctuation,
    _case_sensitive_twin,
    _ends_like_teaser,
    _is_heading_line,
    _is_item_bar,
    _is_photo_caption,
    _link_density,
    _make_block,
    _punctuation,
    count_tokens,
    is_signed_day,
    is_summary_label,
    split_blocks,
)
from articlextract.lexicon import BLOCK_TAGS, BOILERPLATE_HEADING, JUNK_LINE, PHOTO_CAPTION_LINE
from articlextract.lexicon.boilerplate import (
    _BOX_HEADING_OPENINGS,
    _BOX_HEADINGS,
    _JUNK_LINES,
    _JUNK_OPENINGS,
)
from articlextract.lexicon.build import first_characters

ROOT = clean.parse("<p>x</p>")  # an owner element for blocks made outside a walk

PAGES = Path(__file__).parent / "pages"


def case(*values: object, xfail: str | None = None) -> object:
    """A table row: the values, then an id; `xfail` marks a behaviour the rule gets wrong today."""
    *values, name = values
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=str(name), marks=marks)


def blocks_of(markup: str) -> tuple[list[Block], Skeleton]:
    """Blocks of a snippet after the same preparation the pipeline does (junk removed, inline tags unwrapped)."""
    root = clean.parse(markup)
    clean.remove_junk(root)
    clean.unwrap_inline(root)
    return split_blocks(root)


def texts(markup: str) -> list[str]:
    return [block.text for block in blocks_of(markup)[0]]


def line(text: str) -> Block:
    """The block of one line of plain text, as it would come out of a ``<p>``."""
    blocks, _ = blocks_of(f"<p>{html.escape(text)}</p>")
    assert len(blocks) == 1
    return blocks[0]


# ---------------------------------------------------------------------------------------------
# split_blocks: where blocks start and end, and what their text looks like
# ---------------------------------------------------------------------------------------------


def test_br_runs_are_separate_blocks_of_one_owner() -> None:
    """Old portals write <br>&nbsp;&nbsp;&nbsp;&nbsp; between paragraphs, all inside one <td>."""
    blocks, skeleton = blocks_of(
        "<table><tr><td>第一段文字。<br>&nbsp;&nbsp;&nbsp;&nbsp;第二段文字。<br><br>\u3000\u3000第三段文字。</td></tr></table>"
    )
    assert [block.text for block in blocks] == ["第一段文字。", "第二段文字。", "第三段文字。"]
    assert {skeleton.tag(block.owner) for block in blocks} == {"td"}
    assert len({block.owner for block in blocks}) == 1


@pytest.mark.parametrize(
    ("figcaption", "caption"),
    [
        case("<p>Workers at the site on Monday, May 13.</p><p>(City of Menifee)</p>", True, "caption and credit"),
        case(
            "<p>The minister said:</p><p>'There will be gaps.</p>"
            "<p>But we will never accept campaigns that smear our staff with a few cases, never.'</p>",
            False,
            "three paragraphs of an item's text",
        ),
        case("<p>A line.</p><p>Another line.</p><p>A third line.</p>", True, "three short lines, no prose"),
    ],
)
def test_a_figcaption_of_several_paragraphs_is_the_items_text(figcaption: str, caption: bool) -> None:
    """A listicle or gallery writing each item's text into its figcaption is not captioning a photo."""
    blocks, _ = blocks_of(f"<figure><img src='a.jpg'><figcaption>{figcaption}</figcaption></figure><p>Body.</p>")
    assert [block.caption for block in blocks[:-1]] == [caption] * (len(blocks) - 1)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        case("<p>&nbsp;&nbsp;&nbsp;&nbsp;缩进的段落。</p>", ["缩进的段落。"], "nbsp indent"),
        case("<p>\u3000\u3000全角空格缩进。</p>", ["全角空格缩进。"], "ideographic-space indent"),
        case("<p>  前面有   空格 \n  换行 </p>", ["前面有 空格 换行"], "runs of whitespace become one space"),
        case("<p>a <b>b</b>\n\n c</p>", ["a b c"], "inline tags do not split"),
        case("<div>前<p>中</p>后</div>", ["前", "中", "后"], "a block inside text splits it"),
        case("<ul><li>一</li><li>二</li></ul>", ["一", "二"], "list items"),
        case("<p>标题</p><p>\u3000</p><p>&nbsp;</p><p>正文</p>", ["标题", "正文"], "blank blocks vanish"),
        case("<h1>标题</h1><hr>正文", ["标题", "正文"], "headings and rules are boundaries"),
    ],
)
def test_block_text(markup: str, expected: list[str]) -> None:
    assert texts(markup) == expected


def test_an_element_read_alone_ends_at_its_end_tag() -> None:
    """The walk of an element inside a page (it has a parent) gives the element's own blocks and skeleton: its
    tail and the text after it are its parent's."""
    root = clean.parse("<div><section><p>One <a href='/x'>link</a> here.</p>Closing words</section>After</div>")
    blocks, skeleton = split_blocks(root.find(".//section"))
    assert [(block.text, skeleton.tag(block.owner)) for block in blocks] == [
        ("One link here.", "p"),
        ("Closing words", "section"),
    ]
    assert blocks[0].link_density == pytest.approx(4 / 12)
    assert (skeleton.parents, skeleton.ends) == ([-1, 0, 1], [3, 3, 3])


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        case("新闻报道", 4, "one token per CJK character"),
        case("新闻，报道。", 4, "punctuation is not a token"),
        case("Hello, world!", 2, "one token per word"),
        case("iPhone 15 发布", 4, "mixed scripts"),
        case("カナ 한국어 漢字", 7, "kana, hangul and traditional count per character"),
        case("2019-09-07 13:43:45", 6, "digit runs are words"),
        case("x_y", 1, "underscore joins a word"),
    ],
)
def test_token_count(text: str, tokens: int) -> None:
    assert line(text).tokens == tokens


@given(st.text(alphabet="ab_0 ,.’“—…é²ß中カ・한\u3099€×-，。「〇々Ｆ０！𠀀", max_size=30))
def test_the_token_count_is_the_token_patterns(text: str) -> None:
    """The fast path for ASCII-like text counts what `TOKEN` finds, whatever the characters."""
    assert count_tokens(text) == len(TOKEN.findall(text))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_counts_are_the_token_and_punctuation_counts(text: str) -> None:
    assert (count_tokens(text), _ascii_punctuation(text)) == (len(TOKEN.findall(text)), _punctuation(text))


def test_the_fast_token_path_only_passes_separators() -> None:
    """Every non-ASCII character that keeps to the fast path is a separator for `TOKEN`."""
    passing = [chr(code) for code in range(0x80, 0x110000) if not _NOT_ASCII_LIKE.match(chr(code))]
    assert passing and not any(TOKEN.match(character) for character in passing)


@pytest.mark.parametrize(
    ("markup", "density"),
    [
        case("<p>没有链接的句子。</p>", 0.0, "no link"),
        case("<p><a href='/x'>全是链接</a></p>", 1.0, "all link"),
        case("<p>看<a href='/x'>这个链接</a>吧</p>", 4 / 6, "share of non-space characters"),
        case("<p><a href='/x'>a b</a> c d</p>", 0.5, "spaces do not count"),
        # an address alone on its line as its own mailto: link is text (a press release's media contact)
        case("<p><a href='mailto:press@example.com'>press@example.com</a></p>", 0.0, "address alone"),
        case("<p>Write to <a href='mailto:desk@example.com'>desk@example.com</a></p>", 16 / 23, "address in a line"),
        case("<p><a href='mailto:?subject=x@example.com'>Email</a></p>", 1.0, "share by e-mail"),
        case("<p><a href='mailto:desk@example.com'>Contact us</a></p>", 1.0, "labelled mailto: link"),
    ],
)
def test_link_density(markup: str, density: float) -> None:
    assert blocks_of(markup)[0][0].link_density == pytest.approx(density)


@given(st.lists(st.tuples(st.text(alphabet="ab .\n。", min_size=1, max_size=6), st.booleans()), min_size=1, max_size=5))
@example([("a\nb", True)])
def test_an_all_link_block_has_the_link_density_the_rule_gives(pieces: list[tuple[str, bool]]) -> None:
    """The shortcut for a block that is all link gives what `_link_density` gives, plain or preformatted."""
    raw = "".join(text for text, _ in pieces)
    links = [text for text, linked in pieces if linked]
    for preformatted in (False, True):
        block = _make_block(raw, links, 0, ROOT, preformatted, ())
        if block is not None:
            assert block.link_density == (_link_density("".join(links), block.text) if links else 0.0)


def test_sentence_punctuation_is_counted() -> None:
    assert line("他说：“好，我们走。”然后呢？").punctuation == 6
    assert line("没有标点的一行").punctuation == 0


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        case("《蓝羽会客厅》之《北京影人》5月20日起电影频道22:00播出", 0, "a time is not a mark"),
        case("播放速度 1.75X 00:00/01:45", 0, "a decimal point and a counter are not marks"),
        case("The rate rose 3.5 percent.", 1, "the full stop counts, the decimal point does not"),
        case("He said: no.", 2, "a colon before a word counts"),
        case("Version 2. Then 3.", 2, "a point after a digit, before a space, counts"),
        case("会议于上午9:30开始，下午5:00结束。", 2, "Chinese prose with times"),
    ],
)
def test_a_point_or_colon_between_digits_is_not_a_sentence_mark(text: str, marks: int) -> None:
    assert line(text).punctuation == marks


#: The rule in one pattern: every mark, and a point or colon not between two digits.
_PUNCTUATION_RULE = re.compile(r"[，。！？；：、“”‘’（）,!?;\"]|(?<!\d)[.:]|[.:](?!\d)")


@given(st.text(alphabet='0123456789.:：,。a "', max_size=40))
def test_the_punctuation_count_follows_the_rule(text: str) -> None:
    assert _punctuation(text) == len(_PUNCTUATION_RULE.findall(text))


def test_pre_keeps_its_newlines_and_is_flagged() -> None:
    blocks, _ = blocks_of("<p>代码如下：</p><pre>def f(x):\n    return x + 1\n</pre>")
    assert [block.preformatted for block in blocks] == [False, True]
    assert blocks[1].text == "def f(x):\n    return x + 1"


def test_a_br_inside_pre_is_a_line_break_of_one_block() -> None:
    """Highlighters (Hexo's ``figure.highlight``) end each code line in ``<br>``: the code stays one block."""
    blocks, _ = blocks_of('<pre><span class="line">def f(x):</span><br><span class="line">  return x</span><br></pre>')
    assert [block.text for block in blocks] == ["def f(x):\n  return x"]


def test_figcaption_is_flagged_as_caption() -> None:
    blocks, _ = blocks_of(
        "<figure><img src='a.jpg'><figcaption>游客在故宫参观。新华社记者 李梦馨 摄</figcaption></figure><p>正文。</p>"
    )
    assert [(block.text, block.caption) for block in blocks] == [
        ("游客在故宫参观。新华社记者 李梦馨 摄", True),
        ("正文。", False),
    ]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr. works.", True),
        ("FILE - In this Sept. 5, 2019, photo, a man walks past the central bank in Beijing.", True),
        ("FILE PHOTO: A man walks past the central bank in Beijing, China, September 5, 2019.", True),
        ("In this photo provided by the U.S. Navy, a ship sails in the Pacific.", True),
        ("Sanjeev Verma/Hindustan Times/Getty Images", True),
        ("Natalie Naccache | Bloomberg | Getty Images", True),
        ("In this photo, the new model looks much like the old one, the company said on Tuesday.", False),
        ("In this file, the council lists every vote taken since 2019, and explains them.", False),
        ("Files released on Tuesday show the council knew of the problem in 2019.", False),
        ("The photographers sold their pictures to Getty Images and to Reuters, the court heard.", False),
    ],
)
def test_wire_photo_captions_outside_figcaption(text: str, caption: bool) -> None:
    blocks, _ = blocks_of(f"<p>{html.escape(text)}</p>")
    assert blocks[0].caption == caption


@pytest.mark.parametrize(
    ("figure", "caption"),
    [
        case(
            "<div><p>A man pushes a car stuck in the snow in Denver, Thursday. (AP Photo/David Zalubowski)</p></div>",
            True,
            "wire credit in a paragraph of the figure",
        ),
        case("<p>The new bridge at dusk. Photo: Ana Kovac</p>", True, "Photo: credit"),
        case("<p>Courtesy of Zillow</p>", True, "a listing's courtesy credit alone"),
        case("<p>The pool house at dusk (courtesy of the Palm Springs museum)</p>", True, "a courtesy credit"),
        case(
            "<blockquote><p>We built it in a year, and it will stand for a century.</p></blockquote>",
            False,
            "a pull quote",
        ),
        case("<table><tr><td>Ticket sales rose by a third in the year to March.</td></tr></table>", False, "a table"),
    ],
)
def test_a_figures_paragraph_with_a_photo_credit_is_a_caption(figure: str, caption: bool) -> None:
    """A figure captioned by a plain paragraph (no ``<figcaption>``, no caption class) is told by its photo credit;
    the figure's other text (a pull quote, a table) stays."""
    blocks, _ = blocks_of(f"<figure><img src='a.jpg'>{figure}</figure><p>Body text (Photo: not a figure).</p>")
    assert [block.caption for block in blocks] == [caption, False]


@given(st.from_regex(re.compile(r"\A(?:" + PHOTO_CAPTION_LINE.pattern + ")"), fullmatch=False))
@example("A" * 59 + " /Getty Images")  # the credit's separator as far in as the pattern reaches
@example("in this file photo")
def test_the_photo_caption_pretest_passes_every_match(text: str) -> None:
    """The substring tests before PHOTO_CAPTION_LINE never turn away a line the pattern takes."""
    assert _is_photo_caption(text) == (len(text) <= 600 and PHOTO_CAPTION_LINE.match(text) is not None)


#: Words of the heading pattern in any case, separators, and words of ordinary lines.
HEADING_PIECES = [
    "Related",
    "related",
    "ARTICLES",
    "More",
    "stories",
    "You",
    "may",
    "also",
    "like",
    "Comments",
    "3",
    "Read",
    "NEXT",
    "Share",
    "this",
    "Leia",
    "também",
    "Home",
    "World",
    " ",
    "  ",
    ":",
    "»",
    "-",
]


#: Words of the junk-line pattern in any case (its upper-case ones too), and of ordinary lines.
JUNK_PIECES = [
    "Share",
    "this",
    "PRINT",
    "Advertisement",
    "Copyright",
    "©",
    "2024",
    "All",
    "rights",
    "reserved",
    "END",
    "APP",
    "QQ",
    "Follow",
    "us",
    "on",
    "Twitter",
    "Home",
    "news",
    " ",
    ":",
    "|",
    "-",
]


@given(st.lists(st.sampled_from(HEADING_PIECES), min_size=1, max_size=6).map("".join))
def test_ascii_heading_lines_read_alike_with_the_case_sensitive_twin(text: str) -> None:
    assert _is_heading_line(text) == (BOILERPLATE_HEADING.match(text) is not None)


def _unasserted(pattern: re.Pattern[str], *alternations: str) -> re.Pattern[str]:
    """`pattern` without the lookaheads `first_characters` put before its `alternations`."""
    source = pattern.pattern
    for alternation in alternations:
        lookahead = first_characters(alternation, pattern.flags)
        assert lookahead and source.count(lookahead + alternation) == 1
        source = source.replace(lookahead + alternation, alternation)
    return re.compile(source, pattern.flags)


_PLAIN_HEADING = _unasserted(BOILERPLATE_HEADING, _BOX_HEADINGS, _BOX_HEADING_OPENINGS)
_PLAIN_JUNK_LINE = _unasserted(JUNK_LINE, _JUNK_LINES, _JUNK_OPENINGS)
#: Lines in several scripts and cases, with and without the lines' words.
_SCRIPT_PIECES = [
    "相关新闻",
    "版权所有",
    "ICP备",
    "扫码",
    "评论",
    "分享",
    "記事",
    "Übersicht",
    "Ἀ",
    "İçeriğin",
    "K",
    "ſ",
]


@given(st.lists(st.sampled_from(HEADING_PIECES + JUNK_PIECES + _SCRIPT_PIECES), min_size=1, max_size=6).map("".join))
def test_first_character_lookaheads_turn_no_line_away(text: str) -> None:
    assert (BOILERPLATE_HEADING.match(text) is None) == (_PLAIN_HEADING.match(text) is None)
    assert (JUNK_LINE.match(text) is None) == (_PLAIN_JUNK_LINE.match(text) is None)


@given(st.lists(st.sampled_from(JUNK_PIECES), min_size=1, max_size=6).map("".join))
def test_ascii_junk_lines_read_alike_with_the_case_sensitive_twin(text: str) -> None:
    """A line is junk when `JUNK_LINE` matches it, when it holds no letter or digit (a separator), or when it is
    a bar of short items (`_is_item_bar`)."""
    without_letters = not any(char.isalnum() for char in text)
    expected = JUNK_LINE.match(text) is not None or without_letters or _is_item_bar(text)
    assert Block(text, 0, 1, 0.0, 0).is_junk == expected


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (r"^\W*(?:Related|more)\W*$", "RELATED:"),
        (r"^haberin\s+devamı$", "Haberin DEVAMI"),  # dotless i folds to i
        (r"^\W*[A-F]\d+$", "b52"),
        (r"^\w+\s+comments?$", "12 Comments"),  # escapes keep their case
    ],
)
def test_the_case_sensitive_twin_matches_what_the_pattern_matches(pattern: str, line: str) -> None:
    original = re.compile(pattern, re.I)
    assert original.match(line)
    assert _case_sensitive_twin(original).match(line.lower())


#: The spellings `JUNK_LINE` uses so that a literal follows its wildcard repeats, and what each stands for.
_JUNK_LINE_PLAIN_SPELLINGS = (
    (r"m(?<=\bm)ay", r"\bmay"),
    (r".{3,33}备(?<=ICP备|公网安备)", r".{0,30}(?:ICP|公网安)备"),
    (r"转(?:发|载)请注明", r"(?:转发|转载)请注明"),
)


@pytest.mark.parametrize(
    "line",
    [
        "We may earn a commission from links on this page.",
        "WE MAY RECEIVE AN AFFILIATE COMMISSION",
        "— Retailers may earn a small affiliate commission on sales.",
        "Dismay earns commission",
        "Shop now: ma y earn commission",
        "A story about what the owners of the little shop on the corner may earn commission for",
        "我们may earn commission",
        "may",
        "",
        "京ICP备12345678号",
        "京icp备12345678号-1 京公网安备 11010502000001号",
        "公网安备11010502000001号",
        "ICP备",
        "CP备12345678号",
        "——ICP备12345678号",
        "本站的ICP经营许可证备案号在此",
        "网站名称：示例新闻网，地址：北京市东城区某某街道一号院，京ICP备12345678号",
        "网站名称：示例新闻网，地址：北京市东城区某某街道一号院，那是一段很长的介绍文字，京ICP备12345678号",
        "ICP\n备12345678号",
        "转载请注明出处",
        "本文为原创，转发请注明来源",
        "转请注明",
    ],
)
def test_junk_line_reads_as_its_plain_spelling_does(line: str) -> None:
    """Each spelling of `_JUNK_LINE_PLAIN_SPELLINGS` in `JUNK_LINE` (and in its case-sensitive twin) matches
    where the plain one does."""
    source = JUNK_LINE.pattern
    for written, plain_form in _JUNK_LINE_PLAIN_SPELLINGS:
        assert source.count(written) == 1
        source = source.replace(written, plain_form)
    plain = re.compile(source, JUNK_LINE.flags)
    assert (JUNK_LINE.match(line) is None) == (plain.match(line) is None)
    twin, plain_twin = _case_sensitive_twin(JUNK_LINE), _case_sensitive_twin(plain)
    assert (twin.match(line.lower()) is None) == (plain_twin.match(line.lower()) is None)


def test_chrome_ancestors_are_recorded_outermost_first() -> None:
    blocks, skeleton = blocks_of(
        "<div class='related'><ul><li><a href='/1'>相关一</a></li></ul><nav><p>导航</p></nav></div>"
        "<div class='article'><p>正文。</p></div><footer><p>版权</p></footer>"
    )
    chrome = {
        block.text: [skeleton.elements[index].get("class") or skeleton.tag(index) for index in block.chrome]
        for block in blocks
    }
    assert chrome == {"相关一": ["related"], "导航": ["related", "nav"], "正文。": [], "版权": ["footer"]}


def test_a_blocks_owner_is_its_nearest_block_level_element() -> None:
    blocks, skeleton = blocks_of("<div id='a'><p id='b'>一<span>二</span></p>三</div>")
    assert [(block.text, skeleton.elements[block.owner].get("id")) for block in blocks] == [("一二", "b"), ("三", "a")]


def _check_skeleton(root: clean.Element) -> None:
    """The skeleton lists the block-level elements in document order, with parents and subtree ends that match lxml."""
    blocks, skeleton = split_blocks(root)
    size = len(skeleton.elements)
    assert skeleton.elements[0] is root
    assert skeleton.elements[1:] == [element for element in root.iter() if element.tag in BLOCK_TAGS]
    assert len(skeleton.parents) == len(skeleton.ends) == size
    assert skeleton.parents[0] == -1 and skeleton.ends[0] == size
    for index in range(1, size):
        element, parent = skeleton.elements[index], skeleton.parents[index]
        assert 0 <= parent < index <= skeleton.ends[index] - 1 < skeleton.ends[parent]
        ancestor = element.getparent()
        while ancestor is not None and ancestor.tag not in BLOCK_TAGS:
            ancestor = ancestor.getparent()
        assert skeleton.elements[parent] is (ancestor if ancestor is not None else root)
        descendants = sum(1 for node in element.iterdescendants() if node.tag in BLOCK_TAGS)
        assert skeleton.ends[index] - index - 1 == descendants
    for block in blocks:
        assert 0 <= block.owner < size
        assert list(block.chrome) == sorted(block.chrome)
        assert all(skeleton.contains(element, block.owner) for element in block.chrome)


def test_skeleton_parents_and_ends_are_consistent_on_a_snippet() -> None:
    root = clean.parse(
        "<div><p>一</p><div><p>二</p><table><tr><td>三<br>四</td></tr></table></div><ul><li>五</li></ul></div><p>六</p>"
    )
    _check_skeleton(root)


@pytest.mark.parametrize("slug", ["zh-gmw", "zh-sina-finance-2016", "en-techcrunch"])
def test_skeleton_parents_and_ends_are_consistent_on_a_real_page(slug: str) -> None:
    root = clean.parse((PAGES / slug / "page.html").read_bytes().decode("utf-8", "replace"))
    clean.remove_junk(root)
    clean.unwrap_inline(root)
    _check_skeleton(root)


def test_blocks_come_in_reading_order() -> None:
    assert texts("<div><p>一</p><div>二<p>三</p>四</div></div><p>五</p>") == ["一", "二", "三", "四", "五"]


# ---------------------------------------------------------------------------------------------
# Block.is_content
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        case("记者从相关部门了解到，新政将于下月实施。", True, "sentence with punctuation"),
        case("The council met on Tuesday, and agreed to the plan.", True, "English sentence"),
        case("没有标点" * 8, True, "thirty tokens without punctuation"),
        case("完全没想到。", False, "too short"),
        case("首页 新闻 体育 财经 科技 娱乐 汽车 房产 教育 旅游", False, "menu words, no punctuation"),
        case("央行今日开展逆回购操作，市场流动性保持合理充裕…", False, "ends like a teaser (…)"),
        case("央行今日开展逆回购操作，市场流动性保持合理充裕[详细]", False, "ends like a teaser ([详细])"),
        case("父爱如山高大而巍峨，父爱如海宽广而辽阔，父爱亦如天空粗旷而深远……", True, "Chinese prose's ellipsis (……)"),
        case("The council met on Tuesday and agreed to the plan. Read more", False, "ends like a teaser (Read more)"),
    ],
)
def test_is_content(text: str, content: bool) -> None:
    assert line(text).is_content is content


#: Pieces of teaser endings (ellipses, brackets, "more" words in either case) and of other line endings.
TEASER_PIECES = [
    "a",
    "e",
    "MORE",
    "Read More",
    ".",
    "…",
    "。",
    "[",
    "]",
    "【",
    "】",
    ")",
    "）",
    ">",
    "»",
    "详细",
    "详情",
    "全文",
    "更多",
    " ",
    "\n",
]


@given(st.one_of(st.from_regex(_TEASER_END), st.lists(st.sampled_from(TEASER_PIECES), max_size=8).map("".join)))
@example("Read more »\n")
@example("READ MORE")
def test_the_teaser_pretest_passes_every_match(text: str) -> None:
    """The ending test before `_TEASER_END` never turns away a tail the pattern takes (but Chinese prose's ``……``)."""
    expected = _TEASER_END.search(text[-_TEASER_TAIL_CHARS:]) is not None and not text.rstrip().endswith("……")
    assert _ends_like_teaser(text) == expected


def test_a_link_dense_block_is_not_content() -> None:
    blocks, _ = blocks_of("<p><a href='/1'>央行今日开展逆回购操作，市场流动性保持合理充裕</a>。</p>")
    assert blocks[0].link_density >= 0.4
    assert not blocks[0].is_content


# ---------------------------------------------------------------------------------------------
# Block.is_boilerplate_heading: the short line that opens a related/comment box
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        case("相关新闻", "相关新闻"),
        case("相关新闻：", "with colon"),
        case("相关新闻（共5条）", "with a count"),
        case("相关阅读 >>", "with arrows"),
        case("延伸阅读", "延伸阅读"),
        case("推荐阅读", "推荐阅读"),
        case("为您推荐", "为您推荐"),
        case("热点推荐", "热点推荐"),
        case("猜你喜欢", "猜你喜欢"),
        case("参考文献", "参考文献 (wiki references)"),
        case("参考资料", "参考资料 (baike references)"),
        case("外部链接", "外部链接 (wiki external links)"),
        case("文章被以下专栏收录", "知乎's column card"),
        case("你可能还想看", "你可能还想看"),
        case("大家都在看", "大家都在看"),
        case("往期回顾", "往期回顾"),
        case("热门评论", "热门评论"),
        case("我要评论", "我要评论"),
        case("评论列表:", "a comment list's heading (Z-Blog, 博客园)"),
        case("已有12条评论", "comment count"),
        case("上一篇", "上一篇"),
        case("相關新聞", "traditional 相關新聞"),
        case("你可能還想看", "traditional 你可能還想看"),
        case("延伸閱讀", "traditional 延伸閱讀"),
        case("熱門評論", "traditional 熱門評論"),
        case("為您推薦", "traditional 為您推薦"),
        case("猜你喜歡", "traditional 猜你喜歡"),
        case("Related Articles", "Related Articles"),
        case("RELATED STORIES", "upper case"),
        case("Related Story", "Related Story (one card)"),
        case("Related post", "Related post"),
        case("You may also like", "You may also like"),
        case("More from Vox", "More from <site>"),
        case("Recommended for you", "Recommended for you"),
        case("Editors' Picks", "Editors' Picks"),
        case("Comments (12)", "Comments (n)"),
        case("最新评论 进入详细评论页>>", "with the box's more link (DedeCMS)"),
        case("共有3条评论发表评论", "comment count and form heading (EmpireCMS)"),
        case(
            "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）",
            "with a note in brackets longer than a heading (PowerEasy)",
        ),
        case("相关新闻 更多>>", "with 更多>>"),
        case("Related stories See all", "with See all"),
        case("Recent Posts", "Recent Posts (a blog's widget and Wix's post footer)"),
        case("Recent Posts See All", "Recent Posts with See All"),
        case("Leave a Reply", "Leave a Reply"),
        case("You’ve read 9 articles in the last year", "reading meter of a reader appeal"),
        case("You've read 3 free articles this month", "reading meter, free articles"),
        case("Support independent journalism", "reader appeal"),
        case("関連記事", "Japanese 関連記事: 記 is a traditional form too, folded with the line"),
        case("人気記事", "Japanese 人気記事"),
        case("この記事を書いた人", "a Japanese reporter box"),
        case("About the Author", "an author box"),
        case("Read more about New York’s rivers", "a recirculation module's heading (the New York Times family)"),
        case("Tags", "a tag list (TownNews BLOX's div.asset-tags)"),
        case("TAGS:", "a tag list, upper case with colon"),
        case("Other Opinion Columns", "a section's other stories (News Corp Australia)"),
        case("Other Stories", "Other Stories"),
        case(
            "相關報導",
            "traditional 相關報導",
        ),
        case(
            "你可能也喜欢",
            "你可能也喜欢",
        ),
    ],
)
def test_boilerplate_headings(text: str) -> None:
    assert line(text).is_boilerplate_heading


@pytest.mark.parametrize(
    "text",
    [
        case("相关新闻报道显示，该公司去年营收增长三成。", "starts with 相关新闻"),
        case("评论员认为，这一政策将深刻影响行业格局。", "starts with 评论"),
        case("上一篇论文发表后，他开始了新的研究。", "starts with 上一篇"),
        case("推荐阅读的书目已经公布，共有二十本入选。", "starts with 推荐阅读"),
        case("参考资料显示，该地区的降水量逐年减少。", "starts with 参考资料"),
        case("本文被以下专栏收录后，阅读量翻了一倍。", "被以下专栏收录 in a sentence"),
        case("Related research has shown similar effects in mice, the authors wrote.", "starts with Related"),
        case(
            "More than 200 people were evacuated.",
            "short sentence starting with More",
        ),
        case("You’ve read 9 articles about it, she said, and you still do not understand.", "a sentence about reading"),
        case("Support independent journalism, the minister told the conference.", "appeal in a sentence"),
        case("Tags on the cattle showed where each herd had grazed.", "starts with Tags"),
        case("Recent posts on the forum suggest the update broke older phones.", "starts with Recent posts"),
        case("Read more about the plan on the council's website.", "a sentence starting with Read more about"),
        case("Other stories of the flood reached the council later.", "a sentence starting with Other stories"),
        case("Other options", "a subheading starting with Other"),
    ],
)
def test_prose_is_not_a_heading(text: str) -> None:
    assert not line(text).is_boilerplate_heading


@pytest.mark.parametrize(
    ("line", "above", "signed"),
    [
        case("2024年5月17日", "青山县人民政府办公室", True, "an office's signature over the day (a notice's 落款)"),
        case(" 2024年05月17日 ", "张明", True, "a person's signature, zero-padded day"),
        case("2024年5月17日", "联系人：郑明辉，联系电话：0550-7012345。", False, "under a sentence"),
        case("2024年5月17日", "编辑：周婷", False, "under a label"),
        case("2024年5月17日", "第3中学", False, "under a line with digits"),
        case("2024年5月17日", "", False, "under nothing"),
        case("2024年5月17日 10:30", "青山县人民政府办公室", False, "a day with a time is the page's"),
        case("2024-05-17", "青山县人民政府办公室", False, "a day in figures only"),
        case("2024年5月17日下午", "青山县人民政府办公室", False, "more than the day"),
    ],
)
def test_signed_day(line: str, above: str, signed: bool) -> None:
    assert is_signed_day(line, above) is signed


def test_a_long_line_is_never_a_heading() -> None:
    assert not line("相关新闻 " + "这是一条很长的标题文字" * 3).is_boilerplate_heading
    assert not line("相关新闻 " + "这是一条很长的标题文字" * 3 + "（共5条）").is_boilerplate_heading


# ---------------------------------------------------------------------------------------------
# Block.ends_article: after some prose, nothing that follows belongs to the article
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        case("（完）", "（完）"),
        case("(完)", "(完)"),
        case("【完】", "【完】"),
        case("-END-", "-END-"),
        case("-------------本文结束感谢您的阅读-------------", "a blog's end line (Hexo NexT)"),
        case("正文已结束，您可以按alt+4进行评论", "正文已结束 (qq)"),
        case("免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。", "免责声明 (qq)"),
        case(
            "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
            "特别声明 (163)",
        ),
        case("【免责声明】本文仅代表作者本人观点，与和讯网无关。", "【免责声明】 (hexun)"),
        case(
            "郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。本文内容仅供读者参考，不构成任何投资建议。",
            "郑重声明 (a finance portal's disclaimer: 东方财富, 金融界)",
        ),
        case("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "平台声明 (sohu)"),
        case(
            "本文由作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。",
            "a self-media platform's statement without a label (百家号)",
        ),
        case("网友评论仅供其表达个人看法，并不表明网易立场。", "网友评论仅供 (163)"),
        case(
            "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点。",
            "a portal's reprint disclaimer, whatever its label (sina)",
        ),
        case("本网转载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其内容的真实性。", "reprint disclaimer"),
        case("本文为CSDN原创文章，未经允许不得转载，如需转载请注明出处。", "本文为…原创 (csdn)"),
        case("本文仅代表作者个人观点。", "本文仅代表"),
        case("This article was originally published on The Conversation.", "originally published"),
        case(
            "A version of this article appears in print on May 21, 2024, Section A, Page 18 of the New York edition"
            " with the headline: Aging Dams. Order Reprints | Today’s Paper | Subscribe",
            "a newspaper's print-edition note, before the writers' bios",
        ),
        case(
            "Copyright 2024 Capitol Post Media, Inc. All rights reserved. This material may not be published,"
            " broadcast, rewritten, or redistributed.",
            "the rights notice closing a syndicated story, before the partner's promo",
        ),
        case(
            "This material may not be published, broadcast, rewritten, or redistributed. ©2024 FOX News Network, LLC.",
            "the rights notice, copyright last",
        ),
    ],
)
def test_end_markers(text: str) -> None:
    assert line(text).ends_article


@pytest.mark.parametrize(
    "text",
    [
        case("（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）", "原标题 opens a body (§42)"),
        case("原标题：视界丨这里的春天", "plain 原标题"),
        case("【编前语】今年是改革开放四十周年，本报推出系列报道。", "编前语 opens a body (§49)"),
        case("摘要：央行今日开展逆回购操作，市场流动性保持合理充裕。", "摘要"),
        case("分享到： 易信 微信 QQ空间 微博 更多", "share bar at the top"),
        case("完全没想到会这样，他说。", "starts with 完"),
        case("本文结束时，作者又回到了那条老街。", "starts with 本文结束 in a sentence"),
        case("本文为读者来信，作者是一位退休教师，他在信中讲述了自己的经历。", "本文为 + prose"),
        case("他说：“这件事未经授权就转载，是侵权。”", "quotes 未经授权…转载"),
        case("免责声明这个词，很多人并不陌生。", "mentions 免责声明"),
        case("公司郑重声明：从未授权任何机构代售该产品。", "a company's statement quoted in the story"),
        case("这家网站说自己仅提供信息发布的渠道，不对内容负责，法院没有采纳。", "a story about a platform's claim"),
        case("记者问他为何出于传递更多信息之目的转载，他没有回答。", "quotes the disclaimer's words"),
        case("A version of the bill appears in print in the state register next week.", "a version of something else"),
        case("Copyright law says this material may be published only with permission.", "a sentence on copyright"),
    ],
)
def test_lines_that_do_not_end_the_article(text: str) -> None:
    assert not line(text).ends_article


# ---------------------------------------------------------------------------------------------
# Furniture: lines that never belong to a body, wherever they stand (is_junk or ends_article)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # §43 end markers and platform tails
        case("(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "thepaper app promo"),
        case("返回腾讯网首页>>", "返回…首页"),
        case("本文为EDN电子技术设计 原创文章，禁止转载。", "EDN 原创"),
        # §44 disclaimers
        case(
            "免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。", "sina 免责声明"
        ),
        case(
            "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
            "stcn 声明",
        ),
        # §45 print / close / share / font-size bars
        case("打印 关闭", "打印 关闭"),
        case("收藏 | 保存 | 打印 | 关闭", "收藏 | 保存 | 打印 | 关闭"),
        case("字号: [大] [中] [小] [打印]", "字号 [大][中][小]"),
        case("分享到： 易信 微信 QQ空间 微博 更多", "分享到 (163)"),
        case("【纠错】", "【纠错】"),
        case("【我要纠错】", "【我要纠错】"),
        case("字号 超大 大 标准 小", "字号 (thepaper)"),
        # §46 keyword lines
        case("关键字 : 公园", "关键字 :"),
        case("关键词 >> 共享充电宝", "关键词 >>"),
        case("关键字： CPI", "关键字： (caijing)"),
        # §47 promos
        case("安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】", "sina app promo"),
        case("扫码阅读全文", "扫码阅读全文"),
        case("点击进入“文艺星青年”>>", "点击进入"),
        case("扫码打开 手机搜狐网", "扫码打开 (sohu)"),
        case("关注公众号：人民网财经", "关注公众号 (people)"),
        # stray dates (§A) and English furniture
        case("2019-09-23 14:34:05", "bare date and time"),
        case("Advertisement", "Advertisement"),
        case("Advertisement · Scroll to continue", "an ad slot's label with its scroll prompt (Reuters)"),
        case("Werbung:", "an ad's label in German"),
        case("広告", "an ad's label in Japanese"),
        case("광고", "an ad's label in Korean"),
        case("ANZEIGE", "an ad's label in German, capitals"),
        case("Publicité", "an ad's label in French"),
        case("Email | Print", "Email | Print"),
        case("HIDE CAPTION", "a gallery's caption button"),
        case("toggle caption", "NPR's caption toggle"),
        case("Image", "a photo viewer's label for screen readers (the New York Times family's figures)"),
        # a player's or a plug-in's fallback text
        case("To view this content, Javascript must be enabled and Adobe Flash Player must be installed.", "flash"),
        case("Please enable JavaScript to view the comments powered by Disqus.", "Disqus fallback"),
        case("Your browser does not support the video tag.", "<video> fallback"),
        case("An error has occurred, please try again later.", "a widget's error"),
        case("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "Korean copyright line"),
        case("Follow The New York Times Opinion section on Facebook, Twitter and Instagram.", "a follow-us line"),
        case("您的浏览器不支持video标签。", "<video> fallback, Chinese"),
        case("您的浏览器版本过低，无法播放视频，请升级浏览器或下载客户端观看。", "a player box's fallback, Chinese"),
        # tails of Chinese CMS pages: feedback menus, vote buttons, separators, prev/next links, registration
        case("反侵权公告：本站尊重并保护知识产权。", "反侵权公告"),
        case("不感兴趣 举报 屏蔽作者", "feedback menu"),
        case("举报", "report button"),
        case("顶一下", "DedeCMS vote button"),
        case("来顶一下", "EmpireCMS vote button"),
        case("------分隔线----------------------------", "DedeCMS separator"),
        case("上一篇：县人民医院胸痛中心通过国家标准版认证", "previous-article link"),
        case("下一篇：全县中小学开展防溺水安全教育周活动", "next-article link"),
        case("京ICP备12345678号", "ICP registration"),
        case("网站备案号：苏ICP备05012345号", "备案号"),
        case("调整字体 大 中 小", "调整字体"),
        case("当前位置：首页 > 新闻中心 > 县内新闻", "breadcrumb label"),
        case("【字体：大 中 小】【打印】【关闭】", "bracketed font/print/close bar"),
        case("浏览次数：1234", "view counter"),
        case("(点击图片查看大图)", "click for the large picture"),
        case("视频加载中...", "video loading"),
        case("上一页 1 2 3 下一页", "pager"),
        case("第1页 第2页", "page links"),
        case("版權所有 © 2024 某某新聞網", "traditional 版權所有"),
        case("上一則：市府公告", "previous-article link, traditional 上一則"),
        case("不感興趣 檢舉", "feedback menu, traditional"),
        case("回到頂部", "back to top, traditional"),
        # known gaps
        case("【打印本页】【关闭窗口】", "【打印本页】【关闭窗口】 (§45)"),
        case("缩小字体 放大字体 收藏 微博 微信 分享", "缩小字体 放大字体 (sina, §45)"),
        case("文章关键词： 辟谣 外泄 账号", "文章关键词： (§46)"),
        case("澎湃新闻报料：4009-20-4009 澎湃新闻，未经授权不得转载", "thepaper 报料 tail (§43)"),
        case("请支持独立网站，转发请注明本文链接：https://example.com/1.html", "转发请注明本文链接 (§43)"),
        case("转载请注明:原文链接 - https://dugushici.com/ancient_proses/21337", "转载请注明 (dugushici)"),
        case("39健康网(www.39.net)专稿，未经书面授权请勿转载。", "39.net 专稿 notice"),
        case("本作品为“科普中国-科学原理一点通”原创，转载时务请注明出处。", "kepuchina 本作品为…原创"),
        case("相关资讯请关注:逆水寒专区", "相关资讯请关注 (§47)"),
        case("微信扫码分享", "微信扫码分享 (360kuai)"),
        case("用微信扫码二维码", "用微信扫码二维码 (163)"),
        # audio/video player widgets: controls, status and error lines printed as text
        case("语音播报文章，释放双眼", "audio-player tip (360kuai)"),
        case("播报文章", "audio-player button (360kuai)"),
        case("播报", "read-aloud button (baike)"),
        case("编辑", "edit button (baike)"),
        case("目录", "table-of-contents heading"),
        case("广告", "ad label"),
        case("正在为您切换到高清 480P,请稍候...", "player: switching quality (1905)"),
        case("播放速度：2X", "player: speed (1905)"),
        case("1.75X", "player: speed item"),
        case("倍速", "player: speed menu"),
        case("超清", "player: quality item"),
        case("高清 1080P", "player: quality with resolution"),
        case("00:00/00:00", "player: time counter"),
        case("循环播放", "player: loop setting"),
        case("跳过片头", "player: skip intro"),
        case("设置成功", "player: settings saved"),
        case("很抱歉，当前视频播放失败", "player: error message (1905)"),
        case("错误代码：QVS.4100", "player: error code (1905)"),
        case("时长：01:45建议WIFI下打开", "player: duration + Wi-Fi tip (1905)"),
        case(
            "《蓝羽会客厅》之《北京影人》5月20日起电影频道22:00播出 时长：01:45 来源：电影网",
            "video card: title + duration",
        ),
        # encyclopedia furniture
        case("本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！", "本词条 edit prompt (baike)"),
        case(
            "^ 刘桃熊. 河北雄安新区邮政编码发布. 新华网. 2023-12-06 [2023-12-11]. （原始内容存档于2023-12-11）.",
            "wiki citation (^ …)",
        ),
        case(
            "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
            "comment-moderation note (thespacereview)",
        ),
        case("Comments are closed.", "comments closed"),
        case("Follow China.org.cn on Twitter and Facebook to join the conversation.", "follow a site on platforms"),
        case("评论已关闭", "comments closed, Chinese"),
        case("2019年09月11日01:53", "date glued to time (§A.3)"),
        # ad labels that announce the rest of the article, and embed codes shown as text
        case("İçeriğin Devamı Aşağıda", "content continues below (tr)"),
        case("Haberin Devamı", "rest of the news (tr)"),
        case("Story continues below advertisement", "story continues below advertisement"),
        case(
            'Embed <iframe src="https://example.com/player/embed/1" width="100%" height="290"></iframe>',
            "embed code after a label",
        ),
        # video ads and the player's own text between paragraphs
        case("ZOBACZ WIDEO: #dziejesiewsporcie: zobacz, jak strzelają kobiety. Co za gol", "see the video (pl)"),
        case("WATCH: Biden speaks after the verdict", "watch label"),
        case("Ver vídeo: as imagens do resgate", "see the video (pt/es)"),
        case("1/1 Continue watchingafter the adVisit Advertiser websiteGO TO PAGE", "player text around an ad"),
        # lines without a letter: separators and the dots of a meta bar
        case("___", "wire-story separator"),
        case("* * *", "section break"),
        case("·", "meta-bar dot"),
        # a wire story's notes after its last paragraph, and story-header badges
        case(
            "Associated Press writers Jane Roe in Chicago, Illinois, and Li Wei in Omaha, Nebraska, contributed to "
            "this report.",
            "wire contributors note",
        ),
        case("Ana Ruiz and Tom Beck contributed reporting from Lima.", "contributed reporting from"),
        case("Follow AP’s coverage of extreme weather at https://apnews.com/hub/weather.", "wire coverage promo"),
        case("7 min read", "reading time"),
        case("326跟贴", "a comment count (163's post_top_tie)"),
        case("326 跟贴 1.8万 参与", "comment and participant counts"),
        case("58 评论", "a comment count"),
        case("本文字数： 2.6k | 阅读时长 ≈ 4 分钟", "word count and reading time of a Hexo NexT post"),
        case("阅读时长：8分钟", "reading time, Chinese"),
        case("Member-only story", "membership badge"),
        case("Table of Contents", "table-of-contents heading, English"),
        # bars of short items: a story header's meta line
        case("February 12, 2024 · 3 min · 620 words · Priya Ramaswamy | Suggest Changes", "meta line of a blog post"),
        case("By Jane Doe • May 3, 2024 • 4 min read", "byline bar with bullets"),
        # an icon font's glyph (a private-use character) beside a count: a like or comment counter
        case("打印 字体： 放大 正常 缩小 分享", "print and font-size bar"),
        case("调整字体", "font-size control alone"),
        case("请关注“青溪观察”微信公众号", "公众号 promo naming the account"),
        case("+关注", "follow button"),
        case("感谢您的反馈，我们将会减少此类文章的推荐", "answer of a 不感兴趣 feedback menu"),
        case("图片均来自网络", "pictures-from-the-web note"),
        case("部分图片来源于网络，如有侵权请联系删除", "take-down notice"),
        case("看都看完了，点【在看】试试", "WeChat 在看 prompt"),
        case("Back to top", "back-to-top link"),
        case("- THE END -", "end marker with THE"),
        case(
            "版权所有 青溪县人民医院 Copyright © 2018 All rights reserved. 浙ICP备12345678号-5 浙公网安备3301040号",
            "copyright footer",
        ),
        case("\ue60e4", "icon glyph and a like count"),
        case("\ue613 1,024", "icon glyph and a comment count"),
        # a press wire's line under a release it syndicates (PR Newswire, on the sites that republish it)
        case(
            "View original content to download multimedia:https://www.prnewswire.com/news-releases/a-302149917.html",
            "PR Newswire multimedia line",
        ),
        case("Cision View original content:https://www.prnewswire.com/news-releases/a-302149917.html", "with the logo"),
    ],
)
def test_furniture_lines(text: str) -> None:
    block = line(text)
    assert block.is_junk or block.ends_article


@pytest.mark.parametrize(
    "text",
    [
        case("他在会上分享了三点经验，现场反响热烈。", "mentions 分享"),
        case("分享经济正在改变城市的出行方式，记者走访了多家企业。", "starts with 分享"),
        case("2019年9月26日，公司发布公告称将回购股份。", "starts with a date"),
        case("截至2019-09-23 14:34:05，报名人数已超过十万。", "contains a timestamp"),
        case("我们关注的是普通人的生活。", "mentions 关注"),
        case("版权所有人张某表示，将依法追究侵权者的责任。", "starts with 版权所有人"),
        case("请关注天气变化，出行注意防寒保暖，驾车注意安全。", "starts with 请关注"),
        case("他在发布会上表示，如有侵权行为将依法追究责任，并呼吁各方尊重原创。", "mentions 如有侵权"),
        case("完全没想到会这样，他在接受采访时说。", "starts with 完"),
        case("\ue621 发布芯片时，他拿出一张芯片展示，称这个芯片真的非常大。", "opens with an icon glyph"),
        case("打印机厂商的股价周二大涨。", "starts with 打印"),
        case("举报人称，该企业长期向河道偷排污水，环保部门已介入调查。", "starts with 举报"),
        case("当前位置偏远的村庄，也在今年通上了公交车，村民出行方便多了。", "starts with 当前位置, no colon"),
        case("上一页讲到的那场会议，最终没有形成任何决议，与会者不欢而散。", "starts with 上一页"),
        case("上一篇论文发表后，他又花了三年时间完成了这项研究。", "starts with 上一篇, no colon"),
        case("顶一下压力，他们还是按期完成了任务，受到了表扬。", "starts with 顶一下"),
        case("地址在城东的新院区将于明年投入使用，届时门诊量有望翻番。", "starts with 地址, no colon"),
        case("关闭窗口之后，他才发现钥匙落在了车里。", "starts with 关闭窗口"),
        case("关键是要把握好节奏，这一点大家都认同。", "starts with 关键"),
        case("标签化的评价往往失之偏颇。", "starts with 标签"),
        case("大中小学校将于下周一开学。", "starts with 大中小"),
        case("本文为读者来信，作者是一位退休教师，他在信中讲述了自己的经历。", "starts with 本文为"),
        case("Share prices rose sharply on Tuesday after the company announced the deal.", "starts with Share"),
        case(
            "We are moderating comments on this topic because it is sensitive, the editor said.",
            "a quote about moderating comments",
        ),
        case(
            "The comments are closed on that issue, the minister said, and the bill will pass.",
            "comments closed in a quote",
        ),
        case("Follow the money on Wall Street, he said, and you will find the answer.", "follow … on, no platform"),
        case("Print editions of the newspaper will end next year, the publisher said.", "starts with Print"),
        case(
            "扫码支付已成为街头小贩的日常，记者在菜市场看到，几乎每个摊位都贴着二维码。",
            "starts with 扫码支付",
        ),
        case(
            "这幅画的版权所有者是一位收藏家，他拒绝透露姓名。",
            "mentions 版权所有者",
        ),
        case("播放失败的原因有很多，工程师今天逐一讲解。", "starts with 播放失败"),
        case("高清视频时代已经来临，电视厂商纷纷推出新品。", "starts with 高清"),
        case("直播带货成为新的增长点，专家认为还需规范。", "starts with 直播"),
        case("编辑部收到了上百封读者来信，大多数表示支持。", "starts with 编辑"),
        case("目录中列出的药品，医保将全额报销。", "starts with 目录"),
        case("视频时长：01:45，画面记录了整个救援过程。", "mentions 时长 in a sentence"),
        case("The story continues below the surface, where divers found the wreck in 1985.", "continues below"),
        case("Watchdogs said the vote had been fair, and the count would be finished by Monday.", "starts with Watch"),
        case("Zobacz, jak strzelają kobiety: wideo z meczu obejrzało już ponad milion osób.", "starts with Zobacz"),
        case("Fans who continue watching after the ad break will see the final lap in full.", "continue watching"),
        case(
            "Researchers from four universities contributed to this report's findings, the ministry said.",
            "contributed to this report, mid-sentence",
        ),
        case(
            "Follow the coverage of the trial closely, the judge told jurors, and you will understand it.",
            "follow … coverage of, no address",
        ),
        case("It takes 7 min to read the whole contract aloud, which the clerk did on Tuesday.", "minutes to read"),
        case("本文字数不多，但阅读时长超过了10分钟，因为要边读边想。", "word count and reading time in a sentence"),
        case("326条评论里，有一半在问补偿款什么时候发。", "a comment count in a sentence"),
        case("The vote was 5 | 4 in the end, and the chair said the bill would pass on Monday.", "a bar in a sentence"),
        case(
            "Open Monday · Wednesday · Friday, from nine in the morning until the last customer leaves.",
            "a list of days in a sentence",
        ),
        case(
            "Haberin devamında bakan, yeni düzenlemenin haziran ayında yürürlüğe gireceğini açıkladı.",
            "starts with Haberin devamı",
        ),
        case(
            "Use the <iframe> element to embed the player, as the documentation explains in some detail.",
            "mentions a tag",
        ),
        case("View original content before you share it, the newsroom's guide says.", "view original content"),
        case(
            "下载安装客户端的用户数量去年翻了一番。",
            "starts with 下载…客户端",
            xfail="JUNK_LINE's '(?:下载|安装).{0,20}(?:客户端|APP).*' takes any line that starts with 下载/安装 and "
            "mentions 客户端/APP soon after, sentences about app downloads included",
        ),
    ],
)
def test_prose_is_not_furniture(text: str) -> None:
    block = line(text)
    assert block.is_content
    assert not block.is_junk
    assert not block.ends_article
    assert not block.is_boilerplate_heading


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        case("地址：北京市朝阳区某某路1号 电话：010-12345678", True, "address and phone"),
        case("医院地址：青溪县滨江路58号 24小时急救电话：0571-12345678", True, "whose address, and phone"),
        case("联系电话：0571-12345678", True, "phone"),
        case("主办单位：青溪县人民政府 承办单位：青溪县融媒体中心", True, "publisher"),
        case("Tel: 555-0134", True, "English phone"),
        case("E-mail: newsroom@example.org", True, "English e-mail"),
        case("地址在城东的新院区将于明年投入使用。", False, "地址 in a sentence"),
        case("新院区的地址：记者走访了城东的工地。", False, "地址 after more than a name"),
        case("Telling the story took her ten years.", False, "starts with Tel"),
    ],
)
def test_contact_lines(text: str, contact: bool) -> None:
    assert line(text).is_contact_line is contact


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        case("摘要: 今年我市计划完成老旧小区加装电梯一百六十台。", True, "摘要 (Discuz portal)"),
        case("【导读】今年我市计划完成老旧小区加装电梯一百六十台。", True, "【导读】"),
        case("內容提要：今年我市計劃完成一百六十台。", True, "traditional 內容提要"),
        case("Summary: the council approved the budget.", True, "English label"),
        case("摘要这份报告的人说，数字还会变化。", False, "摘要 in a sentence"),
        case("Summary judgment was granted on Monday, the court said.", False, "Summary in a sentence"),
    ],
)
def test_labelled_summaries(text: str, summary: bool) -> None:
    assert line(text).is_labelled_summary is summary


@pytest.mark.parametrize(
    ("text", "label"),
    [
        case("摘要", True, "摘要 over its box (东方财富)"),
        case("【导读】", True, "【导读】"),
        case("內容提要", True, "traditional 內容提要"),
        case("Summary", True, "English label"),
        case("摘要：今年我市计划完成老旧小区加装电梯一百六十台。", False, "a label opening the summary"),
        case("摘要很重要", False, "摘要 in a phrase"),
    ],
)
def test_summary_labels(text: str, label: bool) -> None:
    assert is_summary_label(text) is label


def test_markup_shown_as_text_is_junk() -> None:
    assert line('<img src="http://example.com/a.jpg" width="600">').is_junk


def test_a_long_paragraph_is_never_junk() -> None:
    assert not line("分享到：" + "这是一段很长的正文内容，" * 40).is_junk
