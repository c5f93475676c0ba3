"""Machine-readable metadata: ``<meta>`` tags, JSON-LD, ``<html lang>``, canonical links, page variables.

Read before cleaning, because the cleaner removes ``<head>`` and ``<script>``. Values are kept as
raw strings here; choosing between them (and parsing dates) is left to the other metadata modules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from ..clean import Element, text_of

_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
     "backgroundnewsarticle", "scholarlyarticle", "techarticle", "webpage", "socialmediaposting",
     "liveblogposting", "report", "creativework"}
)
#: JavaScript assignments that carry the publication time (`var publishdate = '…'`, `"pubtime": "…"`): a date
#: literal is found first (a cheap scan over large scripts), then the name assigned to it is checked.
_SCRIPT_DATE_LITERAL = re.compile(
    r"""["'](\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T-]\d{1,2}:\d{2}(?::\d{2})?)?[^"']{0,12})["']"""
)
_SCRIPT_DATE_NAME = re.compile(
    r"""(?:publish_?date|publish_?time|pub_?date|pub_?time|__\$pubtime|ptime|datePublished|publishedAt|
    first_?publish(?:ed)?_?time|release_?time|createtime|create_time|ctime)["']?\s*[:=]\s*$""",
    re.I | re.X,
)
_MAX_SCRIPT_DATES = 20
_MAX_SCRIPT_SCAN = 200_000
_ATTRIBUTE_DATES = etree.XPath("//@data-ptime | //@data-publish-time | //@datetime")
#: WeChat's ``var ct = "1581517074"``: the publication time as a Unix epoch.
_SCRIPT_EPOCH = re.compile(r"""var\s+ct\s*=\s*["'](\d{10})["']""")
_MAX_JSON_LD_CHARS = 2_000_000


@dataclass
class Structured:
    """What the page states about itself in markup meant for machines."""

    meta: dict[str, str] = field(default_factory=dict)
    json_ld: dict[str, object] = field(default_factory=dict)
    html_title: str | None = None
    language: str | None = None
    canonical: str | None = None
    script_dates: list[str] = field(default_factory=list)
    attribute_dates: list[str] = field(default_factory=list)

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
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "")
        content = meta.get("content")
        key = key.strip().lower()
        if key and content and content.strip() and key not in found.meta:
            found.meta[key] = content.strip()
    title = root.find(".//title")
    if title is not None:
        found.html_title = " ".join(text_of(title).split()) or None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            found.canonical = link.get("href").strip()
            break
    scanned = 0
    for script in root.iter("script"):
        text = script.text or ""
        if (script.get("type") or "").lower().strip() == "application/ld+json":
            if not found.json_ld and len(text) < _MAX_JSON_LD_CHARS:
                found.json_ld = _article_object(text)
        elif text and scanned < _MAX_SCRIPT_SCAN:
            text = text[: _MAX_SCRIPT_SCAN - scanned]  # page variables sit in small inline scripts, not in bundles
            scanned += len(text)
            found.script_dates.extend(islice(_script_dates(text), _MAX_SCRIPT_DATES))
            found.script_dates.extend(match.group(1) for match in _SCRIPT_EPOCH.finditer(text))
    found.attribute_dates = [value.strip() for value in islice(_ATTRIBUTE_DATES(root), 20) if value.strip()]
    return found


def _script_dates(text: str) -> Iterator[str]:
    for match in _SCRIPT_DATE_LITERAL.finditer(text):
        if _SCRIPT_DATE_NAME.search(text, max(0, match.start() - 40), match.start()):
            yield match.group(1)


def _language(root: Element) -> str | None:
    lang = root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return lang.strip() if lang and lang.strip() else None


def _article_object(text: str) -> dict[str, object]:
    """The first JSON-LD object of an article-like @type, searching lists and @graph."""
    try:
        data = json.loads(text.strip().rstrip(";"), strict=False)
    except (ValueError, RecursionError):
        return {}
    pending: list[object] = [data]
    fallback: dict[str, object] = {}
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            type_names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if type_names & _ARTICLE_TYPES and ("headline" in item or "datePublished" in item):
                return item
            if not fallback and ("headline" in item or "datePublished" in item):
                fallback = item
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
    return fallback


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


def json_ld_text(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    return value.strip() or None if isinstance(value, str) else None
