"""Machine-readable metadata: ``<meta>`` tags, JSON-LD, ``<html lang>``, canonical links, page variables.

Read before cleaning, because the cleaner removes ``<head>`` and ``<script>``. Values are kept as
raw strings here; choosing between them (and parsing dates) is left to the other metadata modules,
with one exception that saves most of the cost of this step: the publication time. Its candidates
come in a fixed order, and the costly ones — a regex pass over up to 200 kB of inline script, an
attribute search over the whole tree — are read only when no earlier candidate holds a date, since
they could never be used otherwise; the first date found is kept, parsed (`Structured.published`).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..clean import Element, text_of
from ..lexicon import BLOG_PLATFORM_TITLE, BLOGGER_SUFFIX, SOURCE_LABEL, TITLE_SEPARATOR
from .bylines import english_names, find_source, has_surname, is_person, person_names
from .dates import parse_date, prints_time
from .evidence import ADDRESS, ATTRIBUTE, STRUCTURED
from .fields import names_site, site_keys, squash
from .language import CJK
from .record import Context, Metadata
from .scan import ElementScan

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenews",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "webpage",
        "socialmediaposting",
        "liveblogposting",
        "report",
        "creativework",
    }
)
#: JavaScript assignments that carry the publication time (`var publishdate = '…'`, `"pubtime": "…"`): a date
#: literal is found first (a cheap scan over large scripts), then the name assigned to it is checked. The literal is
#: machine-written, not printed, so it is found by its ISO shape here and read by `parse_date`, not the page grammar.
_SCRIPT_DATE_LITERAL = re.compile(
    r"""["'](\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T-]\d{1,2}:\d{2}(?::\d{2})?)?[^"']{0,12})["']"""
)
_SCRIPT_DATE_NAME = re.compile(
    r"""(?:publish_?date|publish_?time|pub_?date|pub_?time|__\$pubtime|ptime|datePublished|publishedAt|
    first_?publish(?:ed)?_?time|release_?time|createtime|create_time|ctime)["']?\s*[:=]\s*$""",
    re.I | re.X,
)
#: Where a date literal can start (see `_script_dates`).
_DOUBLE_QUOTED_DATE = re.compile(r'"\d{4}[-/]')
_SINGLE_QUOTED_DATE = re.compile(r"'\d{4}[-/]")
_MAX_SCRIPT_DATES = 20
_MAX_SCRIPT_SCAN = 200_000


#: The attributes that date their element (``datetime``, ``data-ptime``, ``data-publish-time``, microdata's
#: ``itemprop="datePublished"``, hAtom's ``<abbr class="published" title="2024-01-14T16:45:00Z">``). Paths to the
#: attributes themselves: a walk that reads one attribute of each element costs less than one that tests elements.
#: The walks go over the document's elements (``/descendant::*``), which hold all its attributes: ``//@…`` would
#: walk its text nodes too, for a third more time.
_DATE_ATTRIBUTES = (
    "/descendant::*/@datetime | /descendant::*/@data-ptime | /descendant::*/@data-publish-time"
    " | /descendant::*/@itemprop[. = 'datePublished']"
    " | /descendant::abbr/@class[contains(concat(' ', normalize-space(.), ' '), ' published ')]"
)
#: Whether the page has any of them: most pages read for one have none, and this test costs half of the walk
#: below, which sorts its nodes into document order.
_HAS_DATE_ATTRIBUTE = etree.XPath(f"boolean({_DATE_ATTRIBUTES})")
#: In one pass over the page, in document order: those attributes and the ``<h1>`` elements, which mark where the
#: article's header starts.
_DATE_ATTRIBUTES_AND_HEADLINES = etree.XPath(f"{_DATE_ATTRIBUTES} | //h1")
_DATE_ATTRIBUTE_NAMES = ("datetime", "data-ptime", "data-publish-time")
_MAX_DATE_ELEMENTS = 60
#: WeChat's ``var ct = "1581517074"``: the publication time as a Unix epoch.
_SCRIPT_EPOCH = re.compile(r"""var\s+ct\s*=\s*["'](\d{10})["']""")
#: WeChat's ``var nickname = htmlDecode("城市观察笔记")``: the public account that publishes the article.
_SCRIPT_ACCOUNT = re.compile(r"""var\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"'\n]{1,60})["']""")
_MAX_JSON_LD_CHARS = 2_000_000
_SCRIPT_WRAPPER_STARTS = ("//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[", "<!--")
_SCRIPT_WRAPPER_ENDS = ("//]]>", "/*]]>*/", "]]>", "//-->", "-->")
#: A day in an address's path, a segment of its own or opening one: ``/2019/11/19/``, ``/2019-11-19-slug``,
#: ``/20191119/``, ``/2022-10/21/``; a longer run of digits (``/201911191234/``) is an id.
_ADDRESS_DAY = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/-])(?P<m>\d{1,2})[/-](?P<d>\d{1,2})|(?P<mm>\d{2})(?P<dd>\d{2}))(?=[/_.-]|$)"
)
#: ``<meta>`` names of the publication time, in priority order.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish_date",
    "pubdate",
    "publishtime",
    "firstpublishedtime",
    "og:time",
    "og:release_date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
    "parsely-pub-date",
    "article.published",
    "og:published_time",
    "published_time",
    "weibo: article:create_at",
    "weibo:article:create_at",
    # the rarer names of the publication time that CMSs and SEO plugins write (scholarly pages' citation_*,
    # Dublin Core's created and issued, Parse.ly's and Cxense's, Open Graph variants)
    "citation_publication_date",
    "citation_date",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "dc.date.publication",
    "article.created",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "publish-date",
    "published_date",
    "publisheddate",
    "publication_date",
    "date_published",
    "originalpublicationdate",
    "article_date_original",
    "bt:pubdate",
    "rnews:datepublished",
    "cxenseparse:recs:publishtime",
    "shareaholic:article_published_time",
    "displaydate",
)


@dataclass
class Structured:
    """What the page states about itself in markup meant for machines."""

    meta: dict[str, str] = field(default_factory=dict)
    json_ld: dict[str, object] = field(default_factory=dict)
    html_title: str | None = None
    language: str | None = None
    canonical: str | None = None
    #: The first date among the publication-time candidates, strongest first: JSON-LD ``datePublished``,
    #: the published-time metas, page variables, ``datetime``-like attributes, JSON-LD ``dateCreated``.
    published: datetime | None = None
    #: Whether the element holding `published` prints its clock time (``<abbr … title=ISO>4:45 PM</abbr>``).
    time_printed: bool = False
    #: Whether `published` comes from a date attribute: an element of unknown role, a weaker witness than the
    #: page's address.
    by_attribute: bool = False
    #: The account a page variable names as the publisher, set beside the epoch time (WeChat's ``var nickname``).
    account: str | None = None
    #: Names of the JSON-LD authors given only by reference (``"author": {"@id": …}``), found elsewhere in the
    #: ``@graph``: Yoast SEO's Person node, the WordPress account that posted, printed by the theme or not.
    referenced_authors: list[str] = field(default_factory=list)

    def first(self, *names: str) -> str | None:
        """The first non-empty ``<meta>`` value among `names` (lowercase name/property/itemprop)."""
        for name in names:
            value = self.meta.get(name)
            if value:
                return value
        return None


def read_structured(root: Element) -> Structured:
    """Collect meta tags, the article's JSON-LD object, title, language, canonical URL and page variables."""
    found = Structured(language=_language(root))
    scripts: list[Element] = []
    for element in root.iter("meta", "title", "link", "script"):  # one walk for the four
        tag = element.tag
        if tag == "meta":
            content = (element.get("content") or "").strip()
            if not content:
                continue
            key = element.get("property") or element.get("name") or element.get("itemprop")
            key = (key or element.get("http-equiv") or "").strip().lower()
            if key and key not in found.meta:
                found.meta[key] = content
        elif tag == "script":
            if (element.get("type") or "").lower().strip() != "application/ld+json":
                scripts.append(element)
            elif not found.json_ld:
                text = element.text or ""
                if len(text) < _MAX_JSON_LD_CHARS:
                    found.json_ld, found.referenced_authors = _article_object(text)
        elif tag == "title":
            if found.html_title is None and element is not root:
                found.html_title = " ".join(text_of(element).split()) or ""  # "" marks the first <title> read
        elif found.canonical is None and "canonical" in (element.get("rel") or "").lower().split():
            href = element.get("href")
            if href:
                found.canonical = href.strip()
    found.html_title = found.html_title or None
    found.published = _first_date([json_ld_text(found.json_ld, "datePublished"), found.first(*PUBLISHED_META)])
    if found.published is None:
        dates, found.account = _page_variables(scripts)
        found.published = _first_date(dates)
        if found.published is None:
            found.published = _attribute_date(root, found)
            found.by_attribute = found.published is not None
        found.published = found.published or _first_date([json_ld_text(found.json_ld, "dateCreated")])
    return found


def _attribute_date(root: Element, found: Structured) -> datetime | None:
    """The date of a date attribute, in the order they are trusted: microdata's ``itemprop="datePublished"``
    (on a ``<time>`` or a ``<span content=…>``), then the first after the first ``<h1>`` (the article's: a
    page header above it may print today's date, a sidebar before it other stories'), then the first on the
    page. `found.time_printed` says whether its element prints the time."""
    if not _HAS_DATE_ATTRIBUTE(root):
        return None
    microdata: list[Element] = []
    after_headline: list[Element] = []
    anywhere: list[Element] = []
    nodes = _DATE_ATTRIBUTES_AND_HEADLINES(root)  # (an element with two date attributes is found twice)
    elements = dict.fromkeys(node if isinstance(node, etree._Element) else node.getparent() for node in nodes)
    for element in islice(elements, _MAX_DATE_ELEMENTS):
        if element.tag == "h1":
            after_headline = after_headline or [element]  # (a marker: the first h1 opens the list)
            continue
        (microdata if element.get("itemprop") == "datePublished" else anywhere).append(element)
        if after_headline:
            after_headline.append(element)
    for element in chain(microdata, after_headline[1:], anywhere):
        value = _date_attribute(element)
        parsed = parse_date(value) if value else None
        if parsed is not None:
            found.time_printed = prints_time(text_of(element))
            return parsed
    return None


def _date_attribute(element: Element) -> str | None:
    """The date an element carries in an attribute (`_DATE_ATTRIBUTES`)."""
    if element.get("itemprop") == "datePublished" and element.get("content"):
        return element.get("content", "").strip()
    if element.tag == "abbr" and element.get("title"):
        return element.get("title", "").strip()
    return next((value.strip() for name in _DATE_ATTRIBUTE_NAMES if (value := element.get(name))), None)


def _first_date(candidates: list[str | None]) -> datetime | None:
    """The date of the first candidate that holds one."""
    return next(filter(None, (parse_date(candidate) for candidate in candidates if candidate)), None)


def _page_variables(scripts: list[Element]) -> tuple[list[str], str | None]:
    """Page variables holding the publication time, from the first `_MAX_SCRIPT_SCAN` characters of script;
    and the publishing account, where a script sets it beside the epoch (WeChat's ``var nickname``)."""
    dates: list[str] = []
    account: str | None = None
    scanned = 0
    for script in scripts:
        if scanned >= _MAX_SCRIPT_SCAN:
            break
        text = script.text
        if text:
            text = text[: _MAX_SCRIPT_SCAN - scanned]  # page variables sit in small inline scripts, not in bundles
            scanned += len(text)
            # the epoch first: it is the instant, where a date literal beside it may give only the day
            # (WeChat's ``var ct = "1715830200"`` next to ``var publish_time = "2024-05-16"``)
            epochs = [match.group(1) for match in _SCRIPT_EPOCH.finditer(text)]
            if epochs and account is None:
                named = _SCRIPT_ACCOUNT.search(text)
                account = " ".join(named.group(1).split()) or None if named else None
            dates.extend(epochs)
            dates.extend(islice(_script_dates(text), _MAX_SCRIPT_DATES))
    return dates, account


def _script_dates(text: str) -> Iterator[str]:
    """The values of `_SCRIPT_DATE_LITERAL.finditer(text)` whose name before them is a publication time.

    Every literal starts with a quote, four digits and a separator: the two searches for that
    (each led by a fixed character, which the regex engine skips to fast) find where a literal can
    start, and the full pattern is tried only there — the same matches as `finditer`, at a fraction
    of the cost on large scripts.
    """
    double = _DOUBLE_QUOTED_DATE.search(text)
    single = _SINGLE_QUOTED_DATE.search(text)
    position = 0
    while double is not None or single is not None:
        if double is not None and double.start() < position:
            double = _DOUBLE_QUOTED_DATE.search(text, position)
        if single is not None and single.start() < position:
            single = _SINGLE_QUOTED_DATE.search(text, position)
        if double is None and single is None:
            return
        start = min(found.start() for found in (double, single) if found is not None)
        match = _SCRIPT_DATE_LITERAL.match(text, start)
        if match is None:
            position = start + 1
            continue
        position = match.end()
        if _SCRIPT_DATE_NAME.search(text, max(0, start - 40), start):
            yield match.group(1)


def _language(root: Element) -> str | None:
    lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.strip() if lang and lang.strip() else None


def _article_object(text: str) -> tuple[dict[str, object], list[str]]:
    """The first JSON-LD object of an article-like @type, searching lists, @graph and mainEntity; a ``WebPage``
    only when no other article type is there (Yoast SEO's @graph dates the WebPage too, and gives the headline
    and the author on the Article). With it, the names of its authors given only by reference
    (`_referenced_names`)."""
    try:
        data = json.loads(_unwrapped(text), strict=False)
    except (ValueError, RecursionError):
        return {}, []
    pending: list[object] = [data]
    page: dict[str, object] = {}
    fallback: dict[str, object] = {}
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            type_names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if type_names & _ARTICLE_TYPES and ("headline" in item or "datePublished" in item):
                if type_names - {"webpage"}:
                    return item, _referenced_names(item, data)
                page = page or item
            if not fallback and ("headline" in item or "datePublished" in item):
                fallback = item
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
            if isinstance(item.get("mainEntity"), (dict, list)):
                pending.append(item["mainEntity"])  # a WebPage whose main entity is the article
    found = page or fallback
    return found, _referenced_names(found, data)


def _unwrapped(text: str) -> str:
    """A script's JSON without the comment or CDATA wrapper older CMSs print around it (``<!-- … -->``,
    ``//<![CDATA[ … //]]>``) and without a closing semicolon."""
    text = text.strip()
    start = next((mark for mark in _SCRIPT_WRAPPER_STARTS if text.startswith(mark)), "")
    end = next((mark for mark in _SCRIPT_WRAPPER_ENDS if text.endswith(mark)), "")
    return text[len(start) : len(text) - len(end)].strip().rstrip(";")


def _referenced_names(article: dict[str, object], data: object) -> list[str]:
    """The names of the article's authors given only as a reference (``"author": {"@id": "…#/schema/person/…"}``,
    as Yoast SEO writes it): the ``name`` of the node with that ``@id`` in the ``@graph`` or list."""
    authors = article.get("author")
    references = {
        str(author["@id"])
        for author in (authors if isinstance(authors, list) else [authors])
        if isinstance(author, dict) and "name" not in author and "@id" in author
    }
    if not references:
        return []
    graph = data.get("@graph") if isinstance(data, dict) else data
    nodes = graph if isinstance(graph, list) else []
    return [
        node["name"].strip()
        for node in nodes
        if isinstance(node, dict) and str(node.get("@id")) in references and isinstance(node.get("name"), str)
    ]


def json_ld_names(value: object) -> list[str]:
    """Names from a JSON-LD author/publisher value: a string, an object with "name", or a list of them."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item.strip())
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"].strip())
    return [name for name in names if name]


def json_ld_organisations(value: object) -> list[str]:
    """Names of the items of a JSON-LD author value typed as an organisation (`_is_organisation`)."""
    items = value if isinstance(value, list) else [value]
    return json_ld_names([item for item in items if isinstance(item, dict) and _is_organisation(item)])


def json_ld_people(value: object) -> list[str]:
    """Names from a JSON-LD author value (`json_ld_names`) but those typed as an organisation (``Organization``,
    ``NewsMediaOrganization``, ``Corporation``): a magazine credited as the author (``BRIGITTE.de``) wrote nothing."""
    items = value if isinstance(value, list) else [value]
    return json_ld_names([item for item in items if not (isinstance(item, dict) and _is_organisation(item))])


def _is_organisation(item: dict[str, object]) -> bool:
    kinds = item.get("@type")
    return any(
        isinstance(kind, str) and (kind.endswith("Organization") or kind == "Corporation")
        for kind in (kinds if isinstance(kinds, list) else [kinds])
    )


def json_ld_text(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    return value.strip() or None if isinstance(value, str) else None


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_META_LABEL = re.compile(rf"^\s*(?:{SOURCE_LABEL})\s*[:：]\s*", re.I)
_UPDATED_META = ("article:modified_time", "og:updated_time", "dateupdate", "datemodified", "lastmod")
_AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    # rarer names (Dublin Core variants, CMS and analytics plugins; not citation_author, printed "Last, First")
    "dc:creator",
    "authors",
    "dcsext.author",
    "shareaholic:article_author_name",
    "rbauthors",
)
_SOURCE_META = ("source", "mediaid", "media", "og:article:author", "article:author", "original-source")


def structured_year_hint(structured: Structured) -> datetime | None:
    """Any structured date, update times included: only its year is used, for year-less visible dates."""
    updated = structured.first(*_UPDATED_META) or json_ld_text(structured.json_ld, "dateModified")
    return parse_date(updated) if updated else None


def known_sources(structured: Structured) -> frozenset[str]:
    names = {_META_LABEL.sub("", value) for value in (structured.meta.get(k) for k in _SOURCE_META) if value}
    names.update(json_ld_names(structured.json_ld.get("publisher")))
    return frozenset(name for name in names if name and not name.startswith("http"))


def offer_structured(meta: Metadata, structured: Structured, context: Context, scan: ElementScan) -> None:
    ld = structured.json_ld
    meta.structured_published = context.published
    meta.structured_time_printed = structured.time_printed
    meta.offer("published", context.published, ATTRIBUTE if structured.by_attribute else STRUCTURED)
    meta.offer("published", address_day(meta.url), ADDRESS)
    names = (
        json_ld_people(ld.get("author"))
        or _printed_names(structured.referenced_authors, scan)
        or [name for name in (structured.first(*_AUTHOR_META),) if name and not name.startswith("http")]
        or _blogger_in_title(structured.html_title)
    )
    authors: list[str] = []
    for name in names:
        people = english_names(name) if not CJK.search(name) else [p for p in person_names(name) if _plain_name(p)]
        authors.extend(person for person in people if is_person(person) and person not in authors)
    meta.structured_authors = authors
    source = structured.first("source", "dc.source")
    if source:  # (a JSON-LD publisher is the site that prints the page, not the origin it credits)
        meta.structured_source = find_source(source) or _META_LABEL.sub("", source).strip() or None
    else:
        meta.structured_source = structured.account or _syndicated_from(ld, meta, scan)


def _blogger_in_title(html_title: str | None) -> list[str]:
    """The blogger a Chinese blog platform's ``<title>`` names between the post's title and the platform's
    name, set between two like separators (新浪博客's ``标题_林晚晴_新浪博客``, 博客园's ``标题 - 顾以川 - 博客园``)
    or named as the owner of the blog (CSDN's ``标题_周闻溪的博客-CSDN博客``); CSDN's ``标题_关键词-CSDN博客``
    names keywords there."""
    if not html_title:
        return []
    cuts = deque(TITLE_SEPARATOR.finditer(html_title), maxlen=2)  # the last two separators
    if len(cuts) < 2 or not BLOG_PLATFORM_TITLE.search(html_title[cuts[1].end() :].strip()):
        return []
    blogger = html_title[cuts[0].end() : cuts[1].start()].strip()
    owner = BLOGGER_SUFFIX.sub("", blogger)
    if owner != blogger or cuts[0].group().strip() == cuts[1].group().strip():
        return [owner]
    return []


def address_day(url: str | None) -> date | None:
    """The day an address's path names (`_ADDRESS_DAY`), the one a CMS files a story under: the day it was
    published. Only a day, and weaker than any date the page states."""
    try:
        path = urlsplit(url or "").path
    except ValueError:  # an address urllib refuses: no path to read
        return None
    found = _ADDRESS_DAY.search(path) if "/19" in path or "/20" in path else None
    if found is None:
        return None
    month, day = (found["m"], found["d"]) if found["sep"] else (found["mm"], found["dd"])
    value = parse_date(f"{found['y']}-{int(month):02d}-{int(day):02d}")  # (None for an impossible or future day)
    return value.date() if value else None


def _printed_names(names: list[str], scan: ElementScan) -> list[str]:
    """The names the page prints (in any case): a referenced author it never shows is the account that posted,
    no byline."""
    printed = scan.page_text.lower() if names else b""
    return [name for name in names if name.lower().encode() in printed]


def _syndicated_from(ld: dict[str, object], meta: Metadata, scan: ElementScan) -> str | None:
    """An organisation credited as the JSON-LD author or provider, printed on the page, that is neither the
    publisher nor the site: the outlet a portal republishes (Yahoo: author ``香港電台-財經``, publisher
    ``Yahoo財經``; or a person as the author and the partner as the ``provider``, publisher ``Yahoo News``).
    An organisation the page never prints is a collective credit (``Contributors to Wikimedia projects``),
    no outlet."""
    organisations = json_ld_organisations(ld.get("author")) + json_ld_organisations(ld.get("provider"))
    if not organisations:
        return None
    site = site_keys(meta) | {squash(name) for name in json_ld_names(ld.get("publisher"))}
    return next(
        (name for name in organisations if not names_site(name, site) and name.encode() in scan.page_text), None
    )


def _plain_name(name: str) -> bool:
    """A meta author on a Chinese page counts only as a plain personal name (CMS users look like ``青网新闻杨逸凡``)."""
    return has_surname(name) or "·" in name or not CJK.search(name)


def canonical_url(structured: Structured, url: str | None) -> str | None:
    """The page's canonical link, unless it points at the site's home while the page is deeper (a template slip)."""
    found = structured.canonical or structured.first("og:url")
    if found and url:
        try:
            found = urljoin(url, found)
            at_home = urlsplit(found).path in ("", "/") and urlsplit(url).path not in ("", "/")
        except ValueError:  # an address urllib refuses: "https://[::1", a full-width "：" or "＠" in the host
            return url
        return url if at_home else found
    return found if found and found.startswith(("http://", "https://")) and _readable(found) else url


def _readable(address: str) -> bool:
    """Whether urllib can read `address` (``https://[::1`` it cannot): later stages join addresses to it."""
    try:
        urlsplit(address)
    except ValueError:
        return False
    return True


def declared_language(structured: Structured) -> str | None:
    """``<html lang>`` or a language meta, if it is a language tag at all (``utf-8`` is not)."""
    for value in (structured.language, structured.first("content-language", "og:locale", "language", "dc.language")):
        if value and _LANGUAGE_TAG.match(value.strip()):
            parts = value.strip().replace("_", "-").split("-")
            return "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])
    return None
