"""clean.py, rule by rule: `parse`, `remove_junk`, `is_chrome` and `unwrap_inline`.

Each table row is one documented behaviour; rows marked xfail are behaviours the rule gets wrong
today (the reason says how), kept so the fix is visible when it lands.
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from articlextract import clean, extract

PROSE = "这是一段足够长的正文内容，用来说明页面上真正的文章在哪里。" * 4
#: Distinct paragraphs of an article (dedup would fold near-identical ones).
ARTICLE = [
    "泗水县把信访工作作为构建和谐社会的基础工程，县委书记每月接访一次，群众反映的问题当场交办。",
    "去年以来，全县共排查化解矛盾纠纷一千二百余件，信访总量同比下降百分之三十以上。",
    "在金庄镇，记者看到调解室里坐满了等待调解的村民，调解员逐一记录他们的诉求和意见。",
    "县信访局负责人说，下一步将把调解工作向村一级延伸，让群众在家门口就能解决问题。",
]


def case(*values: object, xfail: str | None = None) -> object:
    """A table row: the values, then an id; `xfail` marks a behaviour the rule gets wrong today."""
    *values, name = values
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=str(name), marks=marks)


def first_element(snippet: str) -> clean.Element:
    """The first element of a parsed snippet (the snippet's own outermost tag)."""
    root = clean.parse(snippet)
    body = root.find("body")
    assert body is not None and len(body), snippet
    return body[0]


def body_text(root: clean.Element) -> str:
    return "".join(clean.text_of(root).split())


# ---------------------------------------------------------------------------------------------
# is_chrome
# ---------------------------------------------------------------------------------------------

IS_CHROME = [
    # By tag and ARIA role.
    case("<nav>首页</nav>", True, "nav tag"),
    case("<aside>侧栏</aside>", True, "aside tag"),
    case("<footer>版权</footer>", True, "footer tag"),
    case('<div role="navigation">x</div>', True, "role navigation"),
    case('<div role="Navigation">x</div>', True, "role is case-insensitive"),
    case('<div role="complementary">x</div>', True, "role complementary"),
    case('<div role="contentinfo">x</div>', True, "role contentinfo"),
    case('<div role="banner">x</div>', True, "role banner"),
    case('<div role="main">x</div>', False, "role main"),
    case('<div itemscope itemtype="https://schema.org/VideoObject">x</div>', True, "a video player's item type"),
    case('<div itemtype="https://schema.org/VideoObject" role="main">x</div>', True, "item type before a role"),
    case('<div itemscope itemtype="https://schema.org/NewsArticle">x</div>', False, "an article's item type"),
    # A layout modifier says what an element holds, not what it is.
    case('<div class="container-full-width with-sidebar-right">x</div>', False, "with-sidebar modifier"),
    case('<div class="l-container has-sidebar">x</div>', False, "has-sidebar modifier"),
    case('<div class="post has_comments">x</div>', False, "has_comments modifier"),
    case('<div class="sidebar-with-ads">x</div>', True, "a sidebar named first"),
    case('<div class="hashtag-list sidebar">x</div>', True, "has is no prefix of hashtag"),
    case("<header>标题</header>", False, "header holds the headline"),
    # English class/id words, anywhere in the name.
    case('<div class="related">x</div>', True, "related"),
    case('<div class="related-news">x</div>', True, "related-news"),
    case('<div class="RELATED-NEWS">x</div>', True, "names are case-insensitive"),
    case('<div class="share-bar">x</div>', True, "share-bar"),
    case('<div class="social-share">x</div>', True, "social-share"),
    case('<div class="footer-wrap">x</div>', True, "footer-wrap"),
    case('<div class="comment-list">x</div>', True, "comment-list"),
    case('<section class="js_replies">x</section>', True, "a comment thread's replies"),
    case('<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper">x</div>', True, "Jetpack's likes"),
    case('<div class="cookie-banner">x</div>', True, "cookie-banner"),
    case('<div id="onetrust-consent-sdk">x</div>', True, "consent, in an id"),
    case('<section class="more-news">x</section>', True, "more-news"),
    case('<div id="post_recommend" class="post_recommend">x</div>', True, "163 post_recommend"),
    case('<div class="detail-feed">x</div>', True, "toutiao detail-feed"),
    case('<div class="xg-list related">x</div>', True, "gov.cn xg-list related"),
    case('<table class="tablebg pllist">x</table>', True, "pllist 评论列表 (EmpireCMS)"),
    # Pinyin words of Chinese CMSs (zh-conventions §40).
    case('<div id="rwb_xgxw">x</div>', True, "xgxw 相关新闻 (people.com.cn)"),
    case('<div class="qq_tuijian" id="tag_about">x</div>', True, "tuijian 推荐 (qq)"),
    case('<div id="tuijian_div">x</div>', True, "tuijian_div (cjn)"),
    case('<div id="rwb_rdtj">x</div>', True, "rdtj 热点推荐"),
    case('<div class="xgyd">x</div>', True, "xgyd 相关阅读"),
    case('<div class="dibu">x</div>', True, "dibu 底部"),
    case('<div class="daohang">x</div>', True, "daohang 导航"),
    case('<div class="mianze">x</div>', True, "mianze 免责"),
    # Weak words count only as a whole name or its first part ...
    case('<div class="bottom_nav">x</div>', True, "bottom_nav"),
    case('<div class="side-bar">x</div>', True, "side-bar"),
    case('<div class="bottom">x</div>', True, "bottom alone"),
    case('<div class="hot_list">x</div>', True, "hot_list"),
    # ... not as a later part, where they are layout utilities.
    case('<div class="g-outer-spacing-bottom-large">x</div>', False, "spacing utility"),
    case('<div class="page-bottom">x</div>', False, "bottom as a later part"),
    case('<div class="hotel-review">x</div>', False, "hotel is not hot"),
    # "more" alone names the rest of a post (Movable Type's ``div#more.asset-more`` after the excerpt)
    case('<div id="more" class="asset-more">x</div>', False, "Movable Type's continuation"),
    # Savers: a name that also vouches for content wins.
    case('<div class="content-with-sidebar">x</div>', False, "content-with-sidebar"),
    case('<div class="box article modal-enabled">x</div>', False, "box article modal-enabled"),
    case('<div class="modal-enabled">x</div>', True, "modal-enabled without a saver"),
    case("<article class='related'>x</article>", False, "article tag is never chrome"),
    case('<main class="sidebar">x</main>', False, "main tag is never chrome"),
    case('<div class="ep-source">x</div>', False, "unrelated name"),
    case('<div class="commentary">x</div>', False, "commentary is not comment"),
    # A content word after a chrome word names that chrome's text (a comment's, a sidebar's), which it does not save.
    case('<div class="comment-content">x</div>', True, "WordPress comment-content"),
    case('<td class="Comment_content">x</td>', True, "PowerEasy Comment_content"),
    case('<div class="comment-body">x</div>', True, "WordPress comment-body"),
    case('<div class="sidebar-content">x</div>', True, "sidebar-content"),
    case('<div class="content-sidebar">x</div>', False, "content first: the content beside a sidebar"),
    case('<div class="ad-content">x</div>', False, "a weaker prefix word before content"),
    case('<div class="entry-content comments-open">x</div>', False, "a content name beside a chrome one"),
    # An item's id: a chrome word with its number glued on (Z-Blog's comment ``ul.msg#cmt31``), and ``cmt`` as a
    # comment's abbreviation.
    case('<ul class="msg" id="cmt31">x</ul>', True, "Z-Blog comment id"),
    case('<div id="comment5">x</div>', True, "comment id with its number"),
    case('<div class="cmt-list">x</div>', True, "cmt as a part"),
    case('<div class="col8">x</div>', False, "a layout name with a number"),
    case('<h2 class="h2">x</h2>', False, "a digit alone after no chrome word"),
    case('<div class="adapter2">x</div>', False, "a prefix word's look-alike with a number"),
    # camelCase names are split at their humps, for the unambiguous words only.
    case('<div class="relatedPosts">x</div>', True, "camelCase relatedPosts"),
    case('<div class="c-newsletterSignup">x</div>', True, "camelCase newsletterSignup"),
    case('<div class="styles_SubscribeForm__x1">x</div>', True, "camelCase SubscribeForm"),
    case('<div class="imgComment">x</div>', False, "camelCase comment may be a caption"),
    case('<div class="enableInArticleAds">x</div>', False, "camelCase feature flag"),
    case('<div class="articleSidebar">x</div>', False, "camelCase content word vouches"),
    # An author box wins over the content words.
    case('<div class="entry-author-bio">x</div>', True, "entry-author-bio"),
    case('<div class="ArticlePage-authorInfo-bio">x</div>', True, "camelCase authorInfo"),
    case('<div class="author">x</div>', False, "author alone is a byline"),
    case('<div class="asset-author hidden-print">x</div>', True, "TownNews BLOX's author card under the story"),
    # Donation and call-to-action boxes.
    case('<div class="cta-letter">x</div>', True, "call to action"),
    case('<div class="support-donate">x</div>', True, "donate"),
    case('<div class="reward-container">x</div>', True, "a blog's reward (打赏) box"),
    case('<div class="support-huffpost__title">x</div>', True, "support- first part"),
    case('<div class="support">x</div>', True, "support alone"),
    case('<div class="meta submitted">x</div>', True, "Drupal 'Submitted by' line"),
    case('<div class="form-submitted-note">x</div>', False, "submitted as a later part"),
    case('<div class="text-support">x</div>', False, "support as a later part is a utility"),
    case('<div class="supporting-evidence">x</div>', False, "supporting is another word"),
    # Video playlists (a carousel of other clips) and utility bars (font size, text-to-speech, share).
    case('<div class="video-playlist__items-container">x</div>', True, "video playlist"),
    case('<div class="vjs-playlist">x</div>', True, "player playlist"),
    case('<div class="util_wrap">x</div>', True, "util_ first part"),
    case('<div class="utils">x</div>', True, "utils alone"),
    case('<div class="item_util">x</div>', False, "util as a later part is a utility class"),
    case('<div class="utility-text">x</div>', False, "utility is another word"),
    # The article's own wrapper as CMSs name it: its taxonomy slugs name topics, not widgets.
    case(
        '<article class="post-7 post type-post status-publish format-standard hentry category-news tag-elections">'
        "x</article>",
        False,
        "WordPress post_class",
    ),
    case('<div class="post-7 post type-post hentry tag-social category-sponsored">x</div>', False, "chrome slugs"),
    case('<div class="post hentry">x</div>', False, "Blogger post"),
    case('<div class="article post tag-news featured">x</div>', False, "Ghost post"),
    case('<div class="node node-article node-promoted node-sticky">x</div>', False, "Drupal 7 node"),
    case('<div class="node node--type-article node--promoted">x</div>', False, "Drupal 10 node"),
    case('<div class="item-page">x</div>', False, "Joomla article view"),
    case('<div class="post-full">x</div>', False, "Ghost post-full"),
    # Taxonomy widgets stay chrome: no post wrapper name, or no slug.
    case('<div class="tag-cloud">x</div>', True, "tag cloud"),
    case('<div class="tags-links">x</div>', True, "tags links"),
    case('<div class="post tag">x</div>', True, "tag alone is no slug"),
    case('<div class="post sidebar">x</div>', True, "a post wrapper's own chrome word"),
    # BEM and CSS-modules names: the element after ``__`` says what it is, the block only where it sits.
    case('<div class="article-body__newsletter__1Jq4D">x</div>', True, "newsletter element of the article body"),
    case('<div class="story__related">x</div>', True, "related element of a story"),
    case('<div class="article-body__content__17Yit">x</div>', False, "content element"),
    case('<div class="related-posts__content">x</div>', False, "a content element of a chrome block"),
    case('<div class="article-body__paragraph__2-BtD">x</div>', False, "paragraph element"),
    case('<div class="article-newsletter">x</div>', False, "no BEM element: the content word still saves"),
    # Known gaps.
    case(
        '<div class="main-nav">x</div>',
        True,
        "main-nav",
        xfail="'main' is a CONTENT_SAVER_WORD and savers are matched against every part of the name, so "
        "'main-nav' / 'main-navigation' (the site's primary menu) is saved as content",
    ),
]


@pytest.mark.parametrize(("snippet", "chrome"), IS_CHROME)
def test_is_chrome(snippet: str, chrome: bool) -> None:
    element, memo = first_element(snippet), {}
    assert clean.is_chrome(element) is chrome
    assert clean.is_chrome(element, memo) is chrome
    assert clean.is_chrome(element, memo) is chrome, "the memo's second answer differs"


@pytest.mark.parametrize(
    ("snippet", "caption"),
    [
        case('<div class="caption-full">A photo</div>', True, "caption"),
        case('<div class="image-credit">Photo: AP</div>', True, "credit"),
        case('<p id="figcaption-3">A photo</p>', True, "figcaption id"),
        case('<div class="article-body">Text</div>', False, "not a caption"),
        case('<article class="caption">Text</article>', False, "article tag is never a caption"),
        case('<figure class="media-landscape has-caption">A photo</figure>', True, "a figure that has a caption"),
    ],
)
def test_is_caption(snippet: str, caption: bool) -> None:
    assert clean.is_caption(first_element(snippet)) is caption


@pytest.mark.parametrize(
    ("snippet", "overlay"),
    [
        case('<div id="onetrust-consent-sdk">x</div>', True, "consent manager"),
        case('<div role="alertdialog">x</div>', True, "alert dialog"),
        case('<div class="cookie-banner">x</div>', True, "cookie banner"),
        case('<div class="related">x</div>', False, "chrome, but no overlay"),
    ],
)
def test_is_overlay(snippet: str, overlay: bool) -> None:
    assert clean.is_overlay(first_element(snippet)) is overlay


#: Pieces of class and id values: chrome, saver, prefix and author-box words, camelCase humps,
#: separators, and the characters (``:``, ``é``, tab) that take the regex path.
NAME_PIECES = [
    "ad",
    "side",
    "bar",
    "nav",
    "foot",
    "main",
    "author",
    "bio",
    "hot",
    "related",
    "Box",
    "Signup",
    "newsletter",
    "caption",
    "cookie",
    "2",
    "-",
    "_",
    " ",
    "\t",
    ":",
    ".",
    "é",
    "post",
    "tag",
]


@settings(max_examples=1000)
@given(value=st.lists(st.sampled_from(NAME_PIECES), max_size=6).map("".join))
def test_class_words_read_alike_with_and_without_the_string_method_shortcut(value: str) -> None:
    with mock.patch.object(clean, "_plain_parts", return_value=None):  # the regex reading of every value
        by_regex = clean._name_words(value)
    assert clean._name_words(value) == by_regex


@given(value=st.text(alphabet="aZb1-_ İKǅß"))
def test_a_value_equal_to_its_lower_case_has_no_camel_hump(value: str) -> None:
    """What lets `_name_words` skip the hump search for a value that lower-casing leaves as it is."""
    assert value != value.lower() or clean.CAMEL_HUMP.search(value) is None


def test_body_and_html_are_never_chrome() -> None:
    root = clean.parse('<html class="nav"><body class="sidebar footer"><p>x</p></body></html>')
    assert not clean.is_chrome(root)
    assert not clean.is_chrome(root.find("body"))


# ---------------------------------------------------------------------------------------------
# parse
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        pytest.param("<p>只有一段正文。</p>", "只有一段正文。", id="one paragraph"),
        pytest.param("<div><p>第一段</p></div><p>第二段</p>", "第一段第二段", id="several blocks"),
        pytest.param("纯文本，没有任何标签", "纯文本，没有任何标签", id="plain text"),
        pytest.param("<td>单元格里的文字</td>", "单元格里的文字", id="stray table cell"),
        pytest.param("<title>标题</title><p>正文</p>", "正文", id="head element without head"),
    ],
)
def test_fragments_without_html_head_body_get_a_document(markup: str, text: str) -> None:
    root = clean.parse(markup)
    assert root.tag == "html"
    body = root.find("body")
    assert body is not None
    assert body_text(body) == text


def test_a_fragments_title_goes_to_head() -> None:
    root = clean.parse("<title>标题</title><p>正文</p>")
    assert root.findtext("head/title") == "标题"


@pytest.mark.parametrize(
    "declaration",
    [
        pytest.param('<?xml version="1.0" encoding="utf-8"?>', id="utf-8"),
        pytest.param('<?xml version="1.0" encoding="gb2312"?>', id="gb2312 label on decoded text"),
        pytest.param(' \n<?xml version="1.0"?>\n<!DOCTYPE html>', id="after whitespace, before doctype"),
        pytest.param('\ufeff<?xml version="1.0" encoding="gbk"?>', id="after a byte-order mark"),
    ],
)
def test_an_xml_declaration_does_not_stop_parsing(declaration: str) -> None:
    """lxml refuses a str that declares an encoding; the declaration is dropped first."""
    root = clean.parse(declaration + "<html><body><p>正文</p></body></html>")
    assert body_text(root) == "正文"


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f"])
def test_control_characters_neither_raise_nor_lose_text(control: str) -> None:
    markup = f"<div><span hidden>藏</span>前{control}后<p style='display:none'>x</p>{control}尾</div>{PROSE}"
    root = clean.parse(markup)
    clean.remove_junk(root)  # tree edits must not trip over characters XML cannot hold
    clean.unwrap_inline(root)
    text = clean.text_of(root)
    assert "\x00" not in text
    for kept in ("前", "后", "尾"):
        assert kept in text
    assert "藏" not in text


def test_lone_surrogates_become_replacement_characters() -> None:
    root = clean.parse("<p>前\ud800后</p>")
    assert clean.text_of(root.find("body")) == "前\ufffd后"


@pytest.mark.parametrize("markup", ["", "   ", "\n\t\u3000 "])
def test_empty_input_is_an_empty_document(markup: str) -> None:
    root = clean.parse(markup)
    assert root.tag == "html"
    assert root.find("body") is not None
    assert clean.text_of(root).strip() == ""


def test_text_after_a_stray_body_end_tag_stays_in_the_tree() -> None:
    root = clean.parse(f"<html><body><div>页头</div></body><div><p>{PROSE}</p></div></html>")
    assert PROSE in clean.text_of(root)


def test_text_after_a_stray_html_end_tag_stays_in_the_tree() -> None:
    """zh-conventions §58: gov.cn closes </html> right after the header include, before the article.

    libxml2 (2.14) drops everything after a ``</html>``; `parse` removes those tags first.
    """
    root = clean.parse(
        "<html><head><title>标题</title></head><body><div class='header'>网站首页</div></html>"
        f"<div class='article'><p>{PROSE}</p></div></body></html>"
    )
    assert PROSE in clean.text_of(root)


@pytest.mark.parametrize(
    "start", ['<html xml:lang="de_DE" />', "<HTML/>", '<html lang="zh-CN" xmlns="http://www.w3.org/1999/xhtml"/>']
)
def test_text_after_an_html_start_tag_written_as_if_empty_stays_in_the_tree(start: str) -> None:
    """Old XHTML templates close the html start tag as if empty, which an HTML parser ignores; libxml2 (2.14) ends the
    document there, and `parse` takes the slash out first."""
    root = clean.parse(f"<!DOCTYPE html>{start}<head><title>标题</title></head><body><p>{PROSE}</p></body></html>")
    assert PROSE in clean.text_of(root)


def test_extract_finds_an_article_after_a_stray_body_end_tag() -> None:
    page = (
        "<html><head><title>t</title></head><body><div class='nav'><a href='/'>首页</a></div></body>"
        f"<div class='article'>{''.join(f'<p>{text}</p>' for text in ARTICLE)}</div></html>"
    )
    assert extract(page).paragraphs == ARTICLE


HEADLESS_ARTICLE = "<main><article>" + "".join(f"<p>{text}</p>" for text in ARTICLE) + "</article></main>"


@pytest.mark.parametrize(
    "page",
    [
        case(f"<!doctype html><meta charset=utf-8><title>t</title>{HEADLESS_ARTICLE}", "no head, no body tags"),
        case(f"<!doctype html><html><head><title>t</title><main>{HEADLESS_ARTICLE}</html>", "head never closed"),
        case(f"<title>t</title><header><a href='/'>首页</a></header>{HEADLESS_ARTICLE}", "header first"),
        case(f"<title>t</title><section>{HEADLESS_ARTICLE}</section>", "section first"),
        case(f"<meta charset=utf-8><title>t</title><site-header>站</site-header>{HEADLESS_ARTICLE}", "custom tag"),
        case(f"<title>t</title><main>{HEADLESS_ARTICLE}</main><body class='b'><p>页脚</p></body>", "body tag later"),
        case(f"<html><head><title>t</title></head><body>{HEADLESS_ARTICLE}</body></html>", "ordinary page"),
    ],
)
def test_html5_pages_without_body_keep_their_article(page: str) -> None:
    """libxml2 keeps HTML5 elements after ``<title>`` inside ``<head>`` (which `remove_junk` removes) when the
    page leaves out ``<body>``; `parse` moves them to the body, in order, as an HTML5 parser places them."""
    root = clean.parse(page)
    head, body = root.find("head"), root.find("body")
    assert head is not None and body is not None
    assert [child.tag for child in head if child.tag not in ("title", "meta")] == []
    assert root.findtext("head/title") == "t"
    clean.remove_junk(root)
    assert "".join(ARTICLE) in body_text(body)
    assert extract(page).paragraphs == ARTICLE


def test_content_moved_out_of_head_keeps_its_order_and_text() -> None:
    root = clean.parse("<title>t</title><header>页头</header>尾巴<script>x</script><body>开头<p>正文</p></body>")
    body = root.find("body")
    assert body is not None
    assert [child.tag for child in body] == ["header", "script", "p"]
    assert body_text(body) == "页头尾巴x开头正文"


def test_plain_text_is_a_paragraph_per_block_of_lines() -> None:
    root = clean.parse("The council met on Tuesday.\nIt voted.\r\n \r\nThe vote was 5 < 6 & close.\n\n\n")
    assert [p.text for p in root.iter("p")] == ["The council met on Tuesday.\nIt voted.", "The vote was 5 < 6 & close."]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an editor's paragraph inside a headline stays inside it, as an HTML5 parser keeps it
        ("<h1><p>The Oath</p></h1><p>Body.</p>", "<h1><p>The Oath</p></h1><p>Body.</p>"),
        ('<h2 class="t">\n<p>The Oath</p>\n</h2><p>Body.</p>', '<h2 class="t"><p>The Oath</p></h2>\n<p>Body.</p>'),
        # an empty heading (an icon, a slot a script fills) keeps the paragraph after it out
        ("<h1></h1><p>Body.</p>", "<h1/><p>Body.</p>"),
        ('<h1 class="logo"></h1> <p>Body.</p>', '<h1 class="logo"/> <p>Body.</p>'),
    ],
)
def test_a_paragraph_written_in_a_heading_stays_in_it(markup: str, expected: str) -> None:
    body = clean.parse(f"<html><body>{markup}</body></html>").find("body")
    assert body is not None
    assert etree.tostring(body, encoding="unicode") == f"<body>{expected}</body>"


#: Attributes as they follow one another: after white space of each kind ``\\s`` reads, or right after the
#: quote that closes the value before (each ends with a quote, so that one may follow any of them).
_ATTRIBUTE_RUNS = [
    *(b'%sa="1"' % space for space in (b" ", b"\t", b"\n", b"\r", b"\x0c", b"\x0b")),
    b' a = "1"',
    b' a b=""',
    b'b="1"',
    b"c='1'",
]


@settings(max_examples=30, deadline=None)
@given(
    runs=st.lists(st.sampled_from(_ATTRIBUTE_RUNS), min_size=clean._MAX_ATTRIBUTES, max_size=clean._MAX_ATTRIBUTES),
    missing=st.integers(min_value=1, max_value=3),
)
def test_a_tag_the_flood_pattern_reads_passes_the_byte_count_first(runs: list[bytes], missing: int) -> None:
    """`_may_hold_a_flood` only spares the pattern tags it cannot match: every tag `_EXCESS_ATTRIBUTES` matches
    passes the count, and a long tag with fewer attributes than the cap fails both."""
    tag = b'<p x="0"' + b"".join(runs) + b" z>"
    assert clean._EXCESS_ATTRIBUTES.match(tag) is not None
    assert clean._may_hold_a_flood(tag, 0)
    short = b"<p" + b" a" * (clean._MAX_ATTRIBUTES - missing) + b"=" + b"x" * 4096 + b">"
    assert not clean._may_hold_a_flood(short, 0)
    assert clean._EXCESS_ATTRIBUTES.match(short) is None


def test_a_flooded_tag_is_still_cut_at_the_cap() -> None:
    page = b"<p " + b" ".join(b"a%d" % i for i in range(3 * clean._MAX_ATTRIBUTES)) + b">text</p>"
    cut = clean._without_attribute_floods(page)
    assert cut.count(b" a") == clean._MAX_ATTRIBUTES and cut.endswith(b">text</p>")


@settings(max_examples=50, deadline=None)
@given(tags=st.integers(min_value=0, max_value=2000), text=st.integers(min_value=0, max_value=2100))
def test_a_flooded_tag_is_cut_wherever_it_starts(tags: int, text: int) -> None:
    """The shortest flood the window probes must find (attributes of two bytes, one and a half windows of them),
    after markup that puts it at any offset from the steps of the probes."""
    flood = b"<p" + b" a" * (3 * clean._MAX_ATTRIBUTES // 2 + 1) + b">text</p>"
    page = b"<b></b>" * tags + b"x" * text + flood
    cut = clean._without_attribute_floods(page)
    assert cut.count(b" a") == clean._MAX_ATTRIBUTES and cut.endswith(b">text</p>")


# ---------------------------------------------------------------------------------------------
# remove_junk
# ---------------------------------------------------------------------------------------------

REMOVE_JUNK = [
    # (markup inside <body>, text that must go, text that must stay, id)
    case("<script>var secret = 1;</script>尾巴", "secret", "尾巴", "script, tail kept"),
    case("<style>p { color: red }</style>尾巴", "color", "尾巴", "style"),
    case("<iframe src='x'>框架</iframe>尾巴", "框架", "尾巴", "iframe"),
    case("<svg><text>矢量</text></svg>尾巴", "矢量", "尾巴", "svg"),
    case("<template><p>模板</p></template>尾巴", "模板", "尾巴", "template"),
    case("<form><select><option>选项</option></select><button>按</button></form>尾巴", "选项", "尾巴", "form controls"),
    case("<noscript><p>请启用JavaScript</p></noscript>", "请启用JavaScript", PROSE, "noscript beside real text"),
    case('<p style="display:none">原标题：隐藏的标题</p>', "原标题", PROSE, "display:none 原标题 (§56)"),
    case('<p style="display: none;">藏起来</p>', "藏起来", PROSE, "display: none;"),
    case('<p style="DISPLAY: none">藏起来</p>', "藏起来", PROSE, "IE-style DISPLAY: none"),
    case("<p hidden>阅读全文，请先 登录</p>", "阅读全文", PROSE, "hidden attribute (§56)"),
    case('<p>可见<span style="display:none">阅读：1644</span>的尾巴</p>', "阅读：1644", "可见的尾巴", "hidden inline"),
    case('<p style="opacity: 0.5">半透明</p>', "", "半透明", "other styles stay"),
    case('<p style="display: block">显示</p>', "", "显示", "display: block stays"),
    case(
        '<p style="display:NONE">藏起来</p>',
        "藏起来",
        PROSE,
        "display:NONE",
    ),
    case('<h2>Early life<span class="mw-editsection">[edit]</span></h2>尾巴', "[edit]", "Early life", "wiki edit link"),
    case('<h2 class="edit">Early life</h2><p class="section">尾巴</p>', "", "Early life", "two classes, no edit link"),
    case(
        '<div class="mw-heading mw-heading2"><h2 id="Early_life">Early life</h2><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>]</span></div><p>尾巴</p>',
        "edit",
        "Early life",
        "wiki edit link beside its heading in the heading's wrapper",
    ),
    # A highlighter's line numbers beside the code (Hexo, Pygments, Rouge, Chroma) go; other numbers stay.
    case(
        '<table><tr><td class="gutter"><pre><span class="line">7</span><br><span class="line">8</span><br>'
        '<span class="line">9</span></pre></td><td class="code"><pre>x = 1<br>y = 2<br>z = 3</pre></td></tr></table>',
        "789",
        "x=1y=2z=3",
        "line-number gutter beside code",
    ),
    case(
        '<pre><code class="language-java">a();\nb();</code><ul class="pre-numbering"><li>1</li><li>2</li></ul></pre>',
        "12",
        "a();b();",
        "line-number list inside the pre, beside its code",
    ),
    case("<pre><code>a();</code><ul><li>1</li><li>3</li></ul></pre>", "", "a();13", "a list out of sequence stays"),
    case("<pre>a();<ul><li>1</li><li>2</li></ul></pre>", "", "a();12", "a pre without code keeps its list"),
    case(
        "<table><tr><td><pre>7\n8\n9</pre></td><td>三个数</td></tr></table>",
        "",
        "789三个数",
        "numbers in a pre without code beside them stay",
    ),
    case(
        "<table><tr><td><pre>7\n9\n8</pre></td><td><pre>x = 1</pre></td></tr></table>",
        "",
        "798x=1",
        "numbers out of sequence stay",
    ),
    # A link to the site's home page after a paragraph's last sentence goes; one inside a sentence stays.
    case('<p>难多。<a href="//www.sohu.com/?id=1 "><span>返回搜狐，查看更多</span></a></p>', "返回", "难多。", "搜狐"),
    case('<p>“说开了就好”。<a href="https://a.cn/">回到首页</a></p>', "回到首页", "“说开了就好”。", "after a quote"),
    case('<p>详情请见<a href="https://a.cn/">本站官网</a></p>', "", "详情请见本站官网", "home link in a sentence"),
    case('<p>办法总比困难多。<a href="https://a.cn/a/1.html">下一篇</a></p>', "", "下一篇", "not a home page"),
    case('<p>办法总比困难多。<a href="#">顶部</a></p>', "", "顶部", "an in-page anchor"),
    # A sign-up form asking for an e-mail address goes with its box (heading, consent line).
    case(
        "<section><div>Light Speed</div><div>Sign up for our weekly newsletter.</div>"
        '<form><input type="email"><button>Subscribe</button></form>'
        "<div>By signing up you agree to our Terms of Use.</div></section>尾巴",
        "newsletter",
        "尾巴",
        "newsletter sign-up box",
    ),
    case(
        '<div class="post"><div><strong>发表评论</strong></div><form>用户名：<input type="text"> 验证码：'
        '<input type="text"><textarea name="saytext"></textarea><input type="submit"></form></div>尾巴',
        "用户名",
        "尾巴",
        "comment form box",
    ),
    # A donation form goes with the appeal around it, as a sign-up form does.
    case(
        '<div class="popup"><h2>Local news is a public good</h2><p>We rely on readers like you.</p>'
        '<div class="wp-block-newspack-blocks-donate"><form><button>Monthly</button>'
        '<button type="submit">Donate</button></form></div></div>尾巴',
        "readers",
        "尾巴",
        "donation appeal box",
    ),
    case(
        '<div><h2>Ticket prices</h2><p>Adults pay ten dollars.</p><div class="donate-button-wrap">'
        '<a href="/donate">Donate</a></div></div>尾巴',
        "",
        "Adults pay ten dollars.",
        "a donation link without a form leaves its box",
    ),
    case(
        '<div><h3>站内搜索</h3><form><input type="text"><button>搜索</button></form></div>尾巴',
        "",
        "站内搜索",
        "a form without an e-mail field stays",
    ),
    case(
        "<form>" + f"<p>{PROSE}</p>" * 5 + '<p>订阅我们的新闻</p><input type="email"></form>',
        "",
        "订阅我们的新闻",
        "a page wrapped whole in a form stays",
    ),
    case(
        "<div><p>文章独有的一段</p>" + f"<p>{PROSE}</p>" * 5 + '<form>订阅<input type="email"></form></div>',
        "订阅",
        "文章独有的一段",
        "the box stops below an ancestor holding much text",
    ),
]


@pytest.mark.parametrize(("markup", "gone", "kept"), REMOVE_JUNK)
def test_remove_junk(markup: str, gone: str, kept: str) -> None:
    root = clean.parse(f"<html><body>{markup}<p>{PROSE}</p><p>{PROSE}</p></body></html>")
    clean.remove_junk(root)
    text = body_text(root)
    if gone:
        assert gone not in text
    assert "".join(kept.split()) in text


def test_noscript_is_the_page_when_nothing_else_is() -> None:
    """A page that renders with scripts keeps its fallback text in <noscript>: unwrap it, don't drop it."""
    root = clean.parse(f"<html><body><noscript><p>{PROSE}</p></noscript><p>加载中</p></body></html>")
    clean.remove_junk(root)
    assert PROSE in clean.text_of(root)
    assert root.find(".//noscript") is None


def test_wechat_body_hidden_with_visibility_is_kept() -> None:
    """WeChat ships #js_content with visibility:hidden and reveals it by script."""
    root = clean.parse(
        f'<html><body><div id="js_content" class="rich_media_content" style="visibility: hidden;">'
        f"<p>{PROSE}</p></div></body></html>"
    )
    clean.remove_junk(root)
    assert PROSE in clean.text_of(root)


def test_a_hidden_element_holding_most_of_the_text_is_a_body_scripts_reveal() -> None:
    root = clean.parse(f'<html><body><div style="display:none"><p>{PROSE}</p></div><p>加载中</p></body></html>')
    clean.remove_junk(root)
    assert PROSE in clean.text_of(root)


def test_hidden_keywords_longer_than_the_page_go() -> None:
    """Keywords hidden for search engines may outweigh the article; they are written in no sentences."""
    keywords = " ".join(f"关键词{i} 下载{i} 完整版{i}" for i in range(200))
    root = clean.parse(f'<html><body><p>{PROSE}</p><div style="display:none">{keywords}</div></body></html>')
    clean.remove_junk(root)
    assert clean.text_of(root) == PROSE


# ---------------------------------------------------------------------------------------------
# unwrap_inline
# ---------------------------------------------------------------------------------------------


def test_unwrap_inline_keeps_text_in_place_and_meaningful_tags() -> None:
    root = clean.parse(
        '<p>前<b>粗</b><span class="x">体</span><font color="red">红</font><em>强</em>'
        '<img src="a.jpg">图后<a href="/x">链接</a><br>换行<strong>后</strong></p>'
    )
    clean.unwrap_inline(root)
    paragraph = root.find("body/p")
    assert paragraph is not None
    assert clean.text_of(paragraph) == "前粗体红强图后链接换行后"
    assert [child.tag for child in paragraph] == ["img", "a", "br"]  # images stay: the document reads its figures


def test_unwrap_inline_leaves_block_structure_alone() -> None:
    markup = "<div><p>一</p><table><tr><td>二</td></tr></table><ul><li>三</li></ul><pre>四</pre></div>"
    root = clean.parse(markup)
    before = [element.tag for element in root.iter() if isinstance(element.tag, str)]
    clean.unwrap_inline(root)
    assert [element.tag for element in root.iter() if isinstance(element.tag, str)] == before
    assert etree.tostring(root.find("body"), encoding="unicode", method="text") == "一二三四"
