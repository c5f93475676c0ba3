"""The headline as displayed: heading elements, og:title and JSON-LD checked against ``<title>``.

``<title>`` almost always starts (sometimes ends) with the headline, followed by channel and site
names; headings on the page include the site logo's ``<h1>`` and sidebar titles. A heading that
agrees with ``<title>`` or og:title is the headline; without agreement the ``<title>`` is cut at its
separators and its longest part is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

from ..lexicon import TITLE_SEPARATOR

_WHITESPACE = re.compile(r"\s+")
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|headline|heading|biaoti|bt|tit|h-title)(?:$|[\s_-])", re.I)
_MAX_TITLE_CHARS = 200
_HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
_MAX_CANDIDATES = 60


@dataclass(frozen=True)
class Headline:
    """The chosen headline text and the element showing it (None when it came from markup only)."""

    text: str
    element: html.HtmlElement | None


def normalize(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _comparable(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def title_parts(html_title: str) -> list[str]:
    """``<title>`` cut at its separators (``_``, `` - ``, ``|``, ``--`` …), empty parts dropped."""
    return [part.strip() for part in TITLE_SEPARATOR.split(html_title) if part and part.strip()]


def find_headline(root: html.HtmlElement, html_title: str | None, declared: list[str]) -> Headline | None:
    """Choose the headline among visible heading candidates, declared titles and ``<title>``."""
    html_title = normalize(html_title or "")
    declared = [normalize(d) for d in declared if d and normalize(d)]
    references = [_comparable(t) for t in ([html_title] if html_title else []) + declared]
    best: tuple[float, str, html.HtmlElement] | None = None
    for element in _candidates(root):
        text = normalize(element.text_content())
        if not 2 <= len(text) <= _MAX_TITLE_CHARS:
            continue
        score = _agreement(_comparable(text), references)
        if score <= 0:
            continue
        score -= 0.1 * _HEADING_RANK.get(element.tag, 6)
        if best is None or score > best[0]:
            best = (score, text, element)
    if best is not None:
        return Headline(best[1], best[2])
    for text in declared:
        return Headline(_strip_site(text, html_title), None)
    if html_title:
        return Headline(_strip_site(html_title, html_title), None)
    return None


def _candidates(root: html.HtmlElement) -> list[html.HtmlElement]:
    found = list(root.iter("h1", "h2", "h3"))
    for element in root.iter("div", "span", "p", "h4", "h5", "h6", "td", "strong"):
        if len(found) >= _MAX_CANDIDATES:
            break
        if _TITLE_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}"):
            found.append(element)
    return found


def _agreement(candidate: str, references: list[str]) -> float:
    """How well a heading matches ``<title>``/og:title: 3 for equal, 2 for a prefix, 1 for contained."""
    if len(candidate) < 2:
        return 0.0
    best = 0.0
    for reference in references:
        if candidate == reference:
            best = max(best, 3.0)
        elif reference.startswith(candidate) and len(candidate) >= 0.3 * len(reference):
            best = max(best, 2.0 + len(candidate) / len(reference))
        elif candidate in reference and len(candidate) >= 4:
            best = max(best, 1.0 + len(candidate) / len(reference))
        elif reference and reference in candidate and len(reference) >= 0.6 * len(candidate):
            best = max(best, 1.5)  # a heading with a badge or suffix around the real headline
    return best


def _strip_site(text: str, html_title: str) -> str:
    """Drop channel and site names around a headline: keep the longest separator-delimited part."""
    parts = title_parts(text)
    if len(parts) <= 1:
        return text
    return max(parts, key=len)


def site_from_title(html_title: str | None, headline: str | None) -> str | None:
    """The last part of ``<title>`` when the headline is its first part (``标题_频道_网站``)."""
    if not html_title or not headline:
        return None
    parts = title_parts(normalize(html_title))
    if len(parts) >= 2 and _comparable(parts[0]) == _comparable(headline):
        return parts[-1]
    return None
