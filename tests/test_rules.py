"""Per-site rules (`Rules`, `Site`, ``Options(rules=…)``): matching, body/drop/field XPaths, errors, pickling.

The pages are written here by hand (own text); the real page is tests/pages/zh-163-dy (see its README).
"""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from articlextract import Options, Rules, RulesError, Site, extract

STORY = [
    "The harbour ferry will run every twenty minutes from Monday, the transport office said.",
    "Night services stay hourly until the new boats arrive in spring.",
]
FEATURE = [
    "Long before the bridge was built, the ferry was the only way across the bay, and the people who ran it "
    "knew every current by name.",
    "Old timetables kept in the town archive show crossings every half hour in summer, with extra boats on "
    "market days when farmers brought their goods to the quay.",
    "The wooden hulls were replaced with steel in the sixties, which doubled the number of passengers each "
    "boat could carry and halved the time a crossing took.",
    "Captains still talk about the winter storms that closed the crossing for days at a time, leaving "
    "families on both sides of the water waiting for news.",
]
URL = "https://news.example.com/local/ferry.html"


def page(story: str = "", *, head: str = "", before: str = "") -> str:
    """A news page: navigation, headline, the story box, then a longer archive feature in its own box."""
    story = story or "".join(f"<p>{text}</p>" for text in STORY)
    feature = "".join(f"<p>{text}</p>" for text in FEATURE)
    return f"""<html><head><title>Ferry to run more often</title>{head}</head><body>
<div class="top"><a href="/">Home</a> <a href="/local">Local</a></div>
{before}<h1 class="headline">Ferry to run more often</h1>
<div class="story-body">{story}</div>
<div class="feature"><h2>From the archive: a century on the water</h2>{feature}</div>
</body></html>"""


def with_site(**site: object) -> Options:
    """Options with one site's rules for example.com."""
    return Options(rules=Rules([Site(match="example.com", **site)]))


def ruled(html: str, url: str | None = URL, **site: object) -> list[str]:
    """The body extracted with one site's rules for example.com."""
    return extract(html, url, options=with_site(**site)).paragraphs


# --- body ----------------------------------------------------------------------------------------------


def test_body_rule_takes_exactly_the_story_where_the_scorer_adds_the_feature_below_it() -> None:
    assert FEATURE[0] in extract(page(), URL).paragraphs  # the general extractor's choice, which the rule corrects
    assert ruled(page(), body="//div[@class='story-body']") == STORY


def test_body_rule_joins_all_selected_elements_in_document_order_each_once() -> None:
    first, second = (f"<div class='part'><p>{text}</p></div>" for text in STORY)
    story = f"{first}<div class='ad'>Advert</div>{second}"
    assert ruled(page(story), body="//div[@class='part']") == STORY
    # a box and its own paragraphs: the paragraphs are not read twice
    assert ruled(page(), body="//div[@class='story-body'] | //div[@class='story-body']/p") == STORY


def test_body_rule_is_not_cut_by_the_scorer() -> None:
    """A link line the scorer would filter as a link list stays: the rule says it is the body."""
    links = "<p><a href='/a'>Timetable</a> · <a href='/b'>Fares</a> · <a href='/c'>Map</a></p>"
    story = "".join(f"<p>{text}</p>" for text in STORY) + links
    assert "Timetable · Fares · Map" not in extract(page(story), URL).paragraphs
    assert ruled(page(story), body="//div[@class='story-body']") == [*STORY, "Timetable · Fares · Map"]


def test_body_rule_content_is_still_cleaned_and_deduplicated() -> None:
    story = (
        f"<p>{STORY[0]}</p><script>var tracker = 1;</script><div style='display: none'>Hidden promo line</div>"
        f"<p>{STORY[1]}</p><p>{STORY[0]}</p>"
    )
    article = extract(page(story), URL, options=with_site(body="//div[@class='story-body']"))
    assert article.paragraphs == STORY
    assert article.duplicates == [STORY[0]]


def test_body_rule_on_an_inline_element_keeps_its_text() -> None:
    """Cleaning unwraps inline elements; a ``<span id="content">`` body must not vanish with it."""
    story = f"<span id='content'>{STORY[0]}<br>{STORY[1]}</span>"
    assert ruled(page(story), body="//span[@id='content']") == STORY


def test_body_rule_that_selects_nothing_leaves_the_general_body() -> None:
    assert ruled(page(), body="//div[@id='no-such-box']") == extract(page(), URL).paragraphs


# --- drop ----------------------------------------------------------------------------------------------


def test_drop_rule_removes_a_box_the_general_extractor_keeps() -> None:
    box = (
        "<div class='also'><p>Also today: the council approved a new cycle lane along the seafront, which opens "
        "in May after two years of planning.</p></div>"
    )
    story = f"<p>{STORY[0]}</p>{box}<p>{STORY[1]}</p>"
    assert any("cycle lane" in paragraph for paragraph in extract(page(story), URL).paragraphs)
    kept = ruled(page(story), drop=["//div[@class='also']", "//div[@class='feature']"])
    assert kept == STORY


def test_drop_rule_keeps_the_text_after_the_dropped_element() -> None:
    story = f"<p>{STORY[0]} <span class='ad'>[Advert]</span>{STORY[1]}</p>"
    assert ruled(page(story), drop="//span[@class='ad']", body="//div[@class='story-body']") == [
        f"{STORY[0]} {STORY[1]}"
    ]


# --- fields --------------------------------------------------------------------------------------------

FIELD_PAGE = page(
    head="<meta name='publishdate' content='2024-03-05T08:30:00+01:00'>",
    before="""<div class="meta">
  <p class="dek">  More boats,
     shorter waits </p>
  <span class="src">来源：Harbour Gazette</span> <span class="ed">责任编辑：王五</span>
  <time datetime="2024-03-04 07:15">Yesterday</time>
  <a rel="author" href="/p/ann">Ann Lee</a> and <a rel="author" href="/p/bo">Bo Park</a>
  <span class="byline">By Ann Lee, Bo Park and Cy Ng</span>
  <span class="names">张三、李四；王五</span>
</div>""",
)
PLAIN = extract(FIELD_PAGE, URL)
PLUS_ONE = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("key", "xpath", "expected"),
    [
        ("title", "//h1[@class='headline']/text()", "Ferry to run more often"),  # a text node
        ("title", "//div[@class='meta']/span[@class='src']", "来源：Harbour Gazette"),  # an element's text
        ("subtitle", "//p[@class='dek']", "More boats, shorter waits"),  # whitespace normalised
        ("source", "substring-after(//span[@class='src'], '：')", "Harbour Gazette"),  # an XPath string
        ("editor", "substring-after(//span[@class='ed'], '：')", "王五"),
        ("published", "//time/@datetime", datetime(2024, 3, 4, 7, 15)),  # an attribute
        ("published", "//meta[@name='publishdate']/@content", datetime(2024, 3, 5, 8, 30, tzinfo=PLUS_ONE)),
        ("authors", "//a[@rel='author']", ["Ann Lee", "Bo Park"]),  # one name per node
        ("authors", "substring-after(//span[@class='byline'], 'By ')", ["Ann Lee", "Bo Park", "Cy Ng"]),  # split
        ("authors", "//span[@class='names']", ["张三", "李四", "王五"]),
        ("authors", "//a[@rel='author'] | //span[@class='byline']", ["Ann Lee", "Bo Park", "By Ann Lee", "Cy Ng"]),
    ],
)
def test_field_rule_overrides_the_general_value(key: str, xpath: str, expected: object) -> None:
    article = extract(FIELD_PAGE, URL, options=with_site(**{key: xpath}))
    assert getattr(article, key) == expected
    assert article.paragraphs == PLAIN.paragraphs


@pytest.mark.parametrize(
    ("key", "xpath"),
    [
        ("title", "//h1[@class='no-such-class']"),
        ("subtitle", "//p[@class='dek']/@no-such-attribute"),
        ("source", "substring-after(//span[@class='src'], 'no such label')"),  # an empty string
        ("published", "//time/text()"),  # "Yesterday": selects text, but no date
        ("authors", "//span[@class='empty']"),
    ],
)
def test_field_rule_that_reads_nothing_leaves_the_general_value(key: str, xpath: str) -> None:
    assert extract(FIELD_PAGE, URL, options=with_site(**{key: xpath})) == PLAIN


def test_a_date_without_zone_keeps_the_zone_the_page_states_for_the_same_time() -> None:
    """The rule reads the visible date; the general reader's zone (from ``<meta>``) stays when both agree."""
    article = extract(FIELD_PAGE, URL, options=with_site(published="'2024-03-05 08:30'"))
    assert PLAIN.published == datetime(2024, 3, 5, 8, 30, tzinfo=PLUS_ONE)
    assert article.published == PLAIN.published


# --- which site applies --------------------------------------------------------------------------------

SITES = Rules(
    [
        Site(match="example.com", title="'any example page'"),
        Site(match="example.com/news/", title="'example news'"),
        Site(match=["sport.example.com", "example.org/sport/"], title="'sport'"),
        Site(match="Example.NET", title="'first of two'"),
        Site(match="example.net", title="'second of two'"),
    ]
)


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("https://example.com/", "any example page"),
        ("http://www.example.com/about.html", "any example page"),  # subdomains are included
        ("https://a.b.example.com:8443/x?y=z", "any example page"),  # ports and queries do not count
        ("https://example.com/news/2024/1.html", "example news"),  # the longer path prefix is more specific
        ("https://www.example.com/news/", "example news"),
        ("https://example.com/newsletter", "any example page"),  # a prefix is a string prefix of the path
        ("https://sport.example.com/news/1.html", "sport"),  # the longer host is more specific
        ("https://example.org/sport/1.html", "sport"),
        ("HTTPS://WWW.EXAMPLE.NET/", "first of two"),  # hosts compare without case; on a tie, the first wins
        ("https://badexample.com/", None),  # a host is matched by whole labels
        ("https://example.org/", None),
        ("https://example.com.evil.org/", None),
        ("/local/ferry.html", None),  # no host
        ("http://[::1", None),  # malformed
    ],
)
def test_site_for_the_most_specific_pattern(url: str, title: str | None) -> None:
    site = SITES.site_for(url)
    assert (site.title.strip("'") if site else None) == title


def test_without_a_url_the_canonical_link_or_og_url_names_the_page() -> None:
    rules = Options(rules=Rules([Site("example.com", body="//div[@class='story-body']")]))
    canonical = f"<link rel='canonical' href='{URL}'><meta property='og:url' content='https://other.org/x'>"
    assert extract(page(head=canonical), options=rules).paragraphs == STORY
    assert extract(page(head=f"<meta property='og:url' content='{URL}'>"), options=rules).paragraphs == STORY
    relative = f"<link rel='canonical' href='/local/ferry.html'><meta property='og:url' content='{URL}'>"
    assert extract(page(head=relative), options=rules).paragraphs == STORY
    # the caller's URL outranks what the page declares
    assert extract(page(head=canonical), "https://other.org/x", options=rules) == extract(page(head=canonical))


def test_pages_no_site_serves_are_extracted_as_without_rules() -> None:
    real = (Path(__file__).parent / "pages" / "zh-163-dy" / "page.html").read_bytes()
    url = "https://www.163.com/dy/article/J22CN60P0514R9KQ.html"
    rules = Rules(
        [
            Site("example.com", body="//body", title="//title"),
            Site("163.com/news/", body="//body", title="//title"),  # same host, another path
            Site("163.com", drop="//div[@id='no-such-box']", title="//h1[@class='no-such-title']"),  # reads nothing
        ]
    )
    assert extract(real, url, options=Options(rules=rules)) == extract(real, url)


def test_rules_for_a_portal_template_reproduce_the_hand_checked_fields() -> None:
    """tests/pages/zh-163-dy read with rules for the 163 网易号 template: the values verified by reading it."""
    folder = Path(__file__).parent / "pages" / "zh-163-dy"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rules = Rules.from_toml(
        """
        [[site]]
        match = "163.com/dy/"
        body = "//div[@class='post_body']"
        title = "//h1[@class='post_title']"
        source = "//div[@class='post_info']/a[1]"
        published = "//div[@class='post_info']/text()[1]"
        authors = "substring-after(//div[@class='post_body']/p[starts-with(., '文/')], '文/')"
        """
    )
    article = extract((folder / "page.html").read_bytes(), expected["origin"]["url"], options=Options(rules=rules))
    assert article.title == expected["title"]
    assert article.source == expected["source"]
    assert article.published.isoformat() == expected["published"]
    assert article.authors == expected["authors"]
    assert all(any(text in paragraph for paragraph in article.paragraphs) for text in expected["body_contains"])
    assert not any(text in paragraph for text in expected["body_excludes"] for paragraph in article.paragraphs)


# --- loading and errors --------------------------------------------------------------------------------


PORTAL_PAGE = """<html><head><title>港口轮渡加密班次_晨报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<h1 class="article-title">港口轮渡<em>下周起</em>加密班次</h1>
<h2 class="article-subtitle">夜间航班维持每小时一班</h2>
<div class="info">2024-05-13 09:16　来源：<a href="/">晨报</a>　作者：张三、李四</div>
<div id="article-content">
  <p>港口轮渡将从下周一起每二十分钟开行一班，交通部门昨天表示。</p>
  <p>新船明年春天到港之前，夜间航班仍维持每小时一班。</p>
  <p class="editor">责任编辑：王五</p>
</div>
<div class="more"><p>另一篇报道的很长的正文，讲述轮渡一百年的历史，从木船到钢船，从每半小时一班到每二十分钟
一班，再到今天的电动渡轮。</p></div>
</body></html>"""


def test_from_file_reads_the_documented_example() -> None:
    example = Path(__file__).parents[1] / "docs" / "rules.example.toml"
    rules = Rules.from_file(example)
    assert Rules.from_toml(example.read_text(encoding="utf-8")) == rules
    article = extract(PORTAL_PAGE, "https://news.example.cn/2024/0513/1.html", options=Options(rules=rules))
    assert article.title == "港口轮渡下周起加密班次"
    assert article.subtitle == "夜间航班维持每小时一班"
    assert (article.published, article.source) == (datetime(2024, 5, 13, 9, 16), "晨报")
    assert (article.authors, article.editor) == (["张三", "李四"], "王五")
    assert article.paragraphs == [
        "港口轮渡将从下周一起每二十分钟开行一班，交通部门昨天表示。",
        "新船明年春天到港之前，夜间航班仍维持每小时一班。",
    ]


def test_match_and_drop_take_one_string_or_a_list() -> None:
    assert Site("example.com", drop="//nav") == Site(["example.com"], drop=["//nav"])
    from_toml = Rules.from_toml("[[site]]\nmatch = 'example.com'\ndrop = '//nav'")
    assert from_toml == Rules([Site(("example.com",), drop=("//nav",))])
    assert Rules.from_toml("") == Rules()


EXAMPLE = "[[site]]\nmatch = 'example.com'\n"
IN_EXAMPLE = "(in the site matching 'example.com')"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (EXAMPLE + "body = '//div['", "rules.toml: [[site]] 1: body: invalid XPath '//div[': Invalid expression"),
        (
            "[[site]]\nmatch = 'a.org'\ntitle = '//h1'\n" + EXAMPLE + "drop = ['//nav', 'id(1, 2)']",
            f"rules.toml: [[site]] 2: drop: XPath 'id(1, 2)' cannot run: Invalid number of arguments {IN_EXAMPLE}",
        ),
        (
            EXAMPLE + "title = '//h1[lower-case(.) = \"x\"]'",
            "[[site]] 1: title: XPath '//h1[lower-case(.) = \"x\"]': unknown function lower-case()",
        ),
        (
            EXAMPLE + "body = '//div[x:y]'",
            f"body: XPath '//div[x:y]': undefined namespace prefix 'x' (only 're' is defined) {IN_EXAMPLE}",
        ),
        (
            EXAMPLE + "body = '//div[@id = $id]'",
            "body: XPath '//div[@id = $id]': variables ($name) have no values here",
        ),
        (EXAMPLE + "title = 'x:title'", "[[site]] 1: title: XPath 'x:title': undefined namespace prefix 'x'"),
        (EXAMPLE + "body = 'string(//div)'", "[[site]] 1: body: XPath 'string(//div)' gives a string; it must"),
        (EXAMPLE + "title = 'count(//h1)'", "[[site]] 1: title: XPath 'count(//h1)' gives a number; it must"),
        (EXAMPLE + "tilte = '//h1'", f"[[site]] 1: unknown key 'tilte' {IN_EXAMPLE}; did you mean 'title'?"),
        (EXAMPLE + "whatever = 1", f"[[site]] 1: unknown key 'whatever' {IN_EXAMPLE}; the keys are match, body"),
        ("[[site]]\nbody = '//div'", "rules.toml: [[site]] 1: 'match' is missing"),
        ("[[site]]\nmatch = 'https://example.com/'\nbody = '//div'", "match: 'https://example.com/': write the host"),
        ("[[site]]\nmatch = '/news/'\nbody = '//div'", "[[site]] 1: match: '/news/' is not a host ('example.com')"),
        ("[[site]]\nmatch = []\nbody = '//div'", "[[site]] 1: match: needs at least one host"),
        (EXAMPLE + "title = 3", f"[[site]] 1: title: must be an XPath string, not int {IN_EXAMPLE}"),
        (EXAMPLE + "drop = [1]", "[[site]] 1: drop: must be a string or a list of strings"),
        (EXAMPLE, f"[[site]] 1: match: the site sets no rule: give body, drop or a field XPath {IN_EXAMPLE}"),
        (EXAMPLE + "body = ", "rules.toml: not valid TOML: Invalid value"),
        ("[site]\nmatch = 'example.com'", "rules.toml: 'site' must be an array of tables, written [[site]]"),
        ("[[sites]]\nmatch = 'example.com'", "rules.toml: unknown top-level key 'sites'"),
        ("site = ['example.com']", "rules.toml: [[site]] 1: must be a table"),
    ],
)
def test_a_broken_rule_fails_at_load_time_naming_file_site_and_key(toml: str, message: str) -> None:
    with pytest.raises(RulesError) as raised:
        Rules.from_toml(toml, name="rules.toml")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("xpath", "message"),
    [
        ("//h1[substring(.)]", "title: XPath '//h1[substring(.)]' fails on this page: Invalid number of arguments"),
        ("//h1[re:test(., '(')]", "title: XPath \"//h1[re:test(., '(')]\" fails on this page: missing )"),
    ],
)
def test_an_xpath_that_only_a_page_shows_broken_fails_naming_the_rule(xpath: str, message: str) -> None:
    """A predicate runs only on pages with matching elements: its mistakes show there, as a `RulesError`."""
    options = with_site(title=xpath)
    assert extract("<p>No headline here.</p>", URL, options=options).title is None
    with pytest.raises(RulesError) as raised:
        extract(page(), URL, options=options)
    assert message in str(raised.value) and IN_EXAMPLE in str(raised.value)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(RulesError, match=r"missing\.toml: cannot read the rules file"):
        Rules.from_file(missing)
    latin = tmp_path / "latin.toml"
    latin.write_bytes("[[site]]\nmatch = 'caf\xe9.example'\n".encode("latin-1"))
    with pytest.raises(RulesError, match=r"latin\.toml: cannot read"):
        Rules.from_file(latin)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[site]]\nmatch = 'example.com'\nbody = '//div['\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"broken.toml: \[\[site\]\] 1: body: invalid XPath"):
        Rules.from_file(broken)


def test_python_built_rules_fail_when_built() -> None:
    with pytest.raises(RulesError, match=r"body: invalid XPath '//div\[': .*\(in the site matching 'example.com'\)"):
        Site("example.com", body="//div[")
    with pytest.raises(TypeError, match="Rules takes Site objects"):
        Rules(["example.com"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"rules must be an articlextract\.Rules"):
        Options(rules=Site("example.com", body="//div"))  # type: ignore[arg-type]


def test_rules_error_is_a_value_error_not_an_extraction_error() -> None:
    """A broken rule is a configuration mistake: `except ExtractionError` around a batch must not hide it."""
    from articlextract import ExtractionError

    assert issubclass(RulesError, ValueError) and not issubclass(RulesError, ExtractionError)


def test_rules_are_immutable_hashable_and_survive_pickling() -> None:
    options = Options(rules=Rules([Site("example.com", body="//div[@class='story-body']", drop=["//nav"])]))
    with pytest.raises(AttributeError):
        options.rules.sites[0].body = "//body"  # type: ignore[misc, union-attr]
    copy = pickle.loads(pickle.dumps(options))
    assert copy == options and hash(copy) == hash(options)
    assert extract(page(), URL, options=copy) == extract(page(), URL, options=options)
    assert extract(page(), URL, options=copy).paragraphs == STORY
