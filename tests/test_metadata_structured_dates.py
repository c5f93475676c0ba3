"""Publication dates on pages without a meta or JSON-LD date: the header's ``<time datetime>``, microdata, the
day in the address, and date attributes elsewhere, each in its place of the priority table; and a printed date
above the headline against a structured one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import articlextract
from articlextract.metadata.structured import address_day

STORY = "".join(
    f"<p>{sentence} The council said the full figures would be published next month, after the audit.</p>"
    for sentence in (
        "The bridge over the river will be rebuilt by the spring of next year.",
        "Residents have asked for a new crossing since the old one closed in the flood.",
        "Engineers say the work can start as soon as the water level falls in the autumn.",
    )
)
#: A related list after the story, dated like most are: its dates are other stories'.
RELATED = (
    '<aside><h3>More news</h3><ul><li><a href="/old">Ferry timetable</a> <time datetime="2018-01-02">Jan 2, 2018</time>'
    "</li></ul></aside>"
)


def news_page(header: str = "", *, head: str = "", before: str = "") -> str:
    """A small English article: `before` above the headline, `header` between headline and story, a related list."""
    return (
        f"<html lang='en'><head><title>Bridge plan approved | Example News</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/local/'>Local</a></nav>{before}"
        f"<article><h1>Bridge plan approved</h1>{header}<div class='story'>{STORY}</div></article>{RELATED}"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/local/2019/11/19/bridge-plan-approved/", date(2019, 11, 19)),
        ("https://news.example/2019-11-19-bridge-plan-approved", date(2019, 11, 19)),
        ("https://news.example/20191119/4b1c7e0a9d/c.html", date(2019, 11, 19)),
        ("http://www.example.org.cn/opinion/2022-10/21/content_78478030.htm", date(2022, 10, 21)),
        ("https://news.example/local/2019/11/bridge-plan-approved", None),  # a month is no day
        ("https://news.example/story/201911191234/", None),  # a longer run of digits is an id
        ("https://news.example/2019/02/30/slug", None),  # no such day
        ("https://news.example/2090/01/01/slug", None),  # in the future
        ("https://[::1", None),
        (None, None),
    ],
)
def test_the_day_in_an_address(url: str | None, day: date | None) -> None:
    assert address_day(url) == day


DATES: list[tuple[str, str, str | None, datetime | date | None]] = [
    (
        "the header's time element, printing a relative time",
        news_page('<div class="meta">By Jane Doe <time datetime="2019-11-19T09:13:00Z">1 day ago</time></div>'),
        None,
        datetime(2019, 11, 19, 9, 13, tzinfo=timezone.utc),
    ),
    (
        "the header's time element outranks the address",
        news_page('<div class="meta"><time datetime="2019-11-19T09:13:00+01:00">19 hours ago</time></div>'),
        "https://news.example/2019/11/18/bridge-plan-approved/",
        datetime(2019, 11, 19, 9, 13, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "an update time element in the header is skipped",
        news_page(
            '<div class="meta"><time class="updated" datetime="2019-11-20T10:00:00Z">Nov 20</time>'
            '<time class="published" datetime="2019-11-19T09:13:00Z">Nov 19</time></div>'
        ),
        None,
        datetime(2019, 11, 19, 9, 13, tzinfo=timezone.utc),
    ),
    (
        "a German update time printed first gives way to the publication time",
        news_page("<p>Aktualisiert am 20.11.2019, 10:00 Uhr</p><p>Erstellt am 19.11.2019, 09:13 Uhr</p>"),
        None,
        datetime(2019, 11, 19, 9, 13),
    ),
    (
        "a day printed under a photo, on a page that dates itself nowhere else",
        news_page(
            "<figure><img src='/bridge.jpg'><figcaption>The old footbridge has been closed to walkers and cyclists"
            " since the river flooded the town centre in March.</figcaption></figure>"
            "<p class='byline'>By Jane Doe</p><p class='date'>19 November 2019</p>"
        ).replace(RELATED, ""),
        None,
        date(2019, 11, 19),
    ),
    (
        "microdata datePublished on a span",
        news_page('<span itemprop="datePublished" content="2019-11-19"></span>'),
        None,
        datetime(2019, 11, 19),
    ),
    (
        "the address outranks a related story's time after the story",
        news_page(),
        "https://news.example/local/2019/11/19/bridge-plan-approved/",
        date(2019, 11, 19),
    ),
    (
        "a scholarly page's citation_publication_date",
        news_page(head='<meta name="citation_publication_date" content="2019/11/19">'),
        None,
        datetime(2019, 11, 19),
    ),
    (
        "Dublin Core's dcterms.created",
        news_page(head='<meta name="dcterms.created" content="2019-11-19T09:13:00+01:00">'),
        None,
        datetime(2019, 11, 19, 9, 13, tzinfo=timezone(timedelta(hours=1))),
    ),
    (
        "a meta date outranks the address",
        news_page(head='<meta property="article:published_time" content="2019-11-20T08:00:00Z">'),
        "https://news.example/local/2019/11/19/bridge-plan-approved/",
        datetime(2019, 11, 20, 8, 0, tzinfo=timezone.utc),
    ),
    (
        "a time after the headline before one in the page header",
        news_page(
            '<p class="meta"><time datetime="2019-11-19T09:13:00Z">3 hours ago</time></p>',
            before='<div class="today"><time datetime="2019-11-20">Wednesday</time></div>',
        ),
        None,
        datetime(2019, 11, 19, 9, 13, tzinfo=timezone.utc),
    ),
]


@pytest.mark.parametrize(("name", "markup", "url", "published"), DATES, ids=[row[0] for row in DATES])
def test_published_without_meta(name: str, markup: str, url: str | None, published: datetime | date | None) -> None:
    assert articlextract.extract(markup, url=url).published == published


UPDATED = '<meta property="article:published_time" content="2019-11-19T21:57:01Z">'


@pytest.mark.parametrize(
    ("above", "published"),
    [
        # the story's own date line prints its update time: the structured time is the update's
        (
            '<div class="date">November 19, 2019 /  12:21 AM / Updated 14 hours ago</div>',
            datetime(2019, 11, 19, 0, 21),
        ),
        # a date above the headline that is not the structured one, with no update time: another story's
        (
            '<ul class="ticker"><li><a href="/a">Markets close higher</a> November 18, 2019 / 3:05 PM</li></ul>',
            datetime(2019, 11, 19, 21, 57, 1, tzinfo=timezone.utc),
        ),
    ],
)
def test_a_date_above_the_headline_against_the_structured_one(above: str, published: datetime) -> None:
    assert articlextract.extract(news_page(head=UPDATED, before=above)).published == published


@pytest.mark.parametrize(
    "line",
    ["Veröffentlicht: 19.11.2019", "Publié le : 19/11/2019", "Published: 19 November 2019"],
)
def test_a_labelled_date_line_closing_the_story(line: str) -> None:
    markup = news_page().replace("</div></article>", f"<p>{line}</p></div></article>")
    article = articlextract.extract(markup)
    assert article.published == date(2019, 11, 19)
    assert line not in article.paragraphs


@pytest.mark.parametrize(
    ("start", "end"), [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("/*<![CDATA[*/", "/*]]>*/"), ("", ";")]
)
def test_json_ld_in_a_comment_or_cdata_wrapper(start: str, end: str) -> None:
    ld = '{"@type": "NewsArticle", "headline": "Bridge plan approved", "datePublished": "2019-11-19T09:13:00Z"}'
    head = f'<script type="application/ld+json">{start}\n{ld}\n{end}</script>'
    published = articlextract.extract(news_page(head=head)).published
    assert published == datetime(2019, 11, 19, 9, 13, tzinfo=timezone.utc)


def test_json_ld_article_as_the_main_entity_of_a_web_page() -> None:
    ld = (
        '{"@type": "WebPage", "name": "Bridge plan approved", "mainEntity": {"@type": "NewsArticle",'
        ' "headline": "Bridge plan approved", "datePublished": "2019-11-19T09:13:00Z",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}}}'
    )
    article = articlextract.extract(news_page(head=f'<script type="application/ld+json">{ld}</script>'))
    assert (article.published, article.authors) == (datetime(2019, 11, 19, 9, 13, tzinfo=timezone.utc), ["Jane Doe"])
