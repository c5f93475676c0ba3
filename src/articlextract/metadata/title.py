"""The headline as displayed: heading elements, og:title and JSON-LD checked against ``<title>``.

``<title>`` almost always holds the headline plus channel and site names (``标题_频道_网站``,
``标题|关键词|关键词_新浪财经_新浪网``, ``栏目--标题``); headings on the page include the site logo's
``<h1>`` and sidebar titles. A heading that agrees with ``<title>`` or og:title is the headline; a
logo heading (a link home, an image, a ``logo`` class, the site part of ``<title>``) never is.
Without agreement, a heading followed by a date line is taken, then a title-named block followed by a
date or ``来源：`` line, and only then ``<title>`` cut at its separators.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from ..clean import Element, text_of
from ..lexicon import HEADLINE_BADGE, HEADLINE_BADGES, HEADLINE_END_BADGES, SOURCE_LABEL, TITLE_SEPARATOR
from .dates import find_dates
from .lines import lines_after
from .scan import MAX_HEADINGS, ElementScan

_NOT_LETTERS = re.compile(r"[\W_]+")
_FIRST_LETTER = re.compile(r"[^\W_]")  # the first character `comparable` keeps
_LOGO = re.compile(r"logo", re.I)
_HOME_LINK = re.compile(r"^(?:/|\./|#|index\.s?html?|/index\.s?html?|https?://[^/]+/?(?:index\.s?html?)?)$", re.I)
_BRACKET_PREFIX = re.compile(r"^\s*[\[【][^\]】]{2,20}[\]】]\s*")
_ELLIPSIS = re.compile(r"(?:\.{3}|…+|。。。)$")
_MAX_TITLE_CHARS = 200
_HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
#: The heading tag a deck printed right under a headline of each tag is set in.
HEADING_BELOW = {"h1": "h2", "h2": "h3", "h3": "h4"}
_MAX_LOCATE_ELEMENTS = 5000
#: A site's name heading (its masthead) is among the page's first headings.
_MASTHEAD_HEADINGS = 3
_DATE_LOOKAHEAD = 4
#: Prefixes of ``<title>`` a cut-short heading is completed from (headline, then a few channel and site names):
#: one at a time and a bounded number, so a huge ``<title>`` costs time and memory linear in its size.
_MAX_TITLE_CUTS = 16
#: A heading followed by a date line is the article's, not a sticky bar's copy of it.
_DATED_BONUS = 0.3
_MIN_UNCONFIRMED_CHARS = 5
#: How long a heading must be to agree with ``<title>`` by being contained in it.
_MIN_CONTAINED = 4
#: A short heading equal to the first of at least this many ``<title>`` parts agrees, weakly (`_short_first_part`).
_MIN_PARTS_FOR_SHORT = 3
_SHORT_FIRST_PART = 1.0
#: A ``来源：`` line: under a title-named block that is no heading, it marks the block as the headline.
_SOURCE_LINE = re.compile(rf"^\W*{SOURCE_LABEL}\s*[:：]", re.I)
_MAX_UNCONFIRMED = 20
#: What `_agreement` gives a heading that opens ``<title>`` (a prefix): a heading agreeing less may hold a kicker.
_PREFIX_SCORE = 2.0
#: A minor heading (`_minor_headings`) must open ``<title>`` or og:title (a prefix scores 2 and more): one that a
#: title only holds is most often the site's name in a sidebar box (``<h5>学会名</h5>`` of ``栏目--学会名官网``).
_MINOR_HEADING_SCORE = _PREFIX_SCORE


@dataclass(frozen=True)
class Headline:
    """The chosen headline text and the element showing it (None when no element shows it)."""

    text: str
    element: Element | None


def normalize(text: str) -> str:
    """Whitespace runs as one space, none at the ends (``str.split()`` cuts where ``\\s+`` matches)."""
    return " ".join(text.split())


def comparable(text: str) -> str:
    """Text reduced to its letters, for comparing a heading with ``<title>`` (quotes and dashes differ)."""
    return _NOT_LETTERS.sub("", text).lower()


def title_parts(html_title: str) -> list[str]:
    """``<title>`` cut at its separators (``_``, `` - ``, ``|``, ``--`` …), empty parts dropped."""
    return [part.strip() for part in TITLE_SEPARATOR.split(html_title) if part and part.strip()]


def find_headline(
    root: Element, html_title: str | None, declared: list[str], scan: ElementScan | None = None
) -> Headline | None:
    """Choose the headline among visible heading candidates, declared titles and ``<title>``.

    The ``<h1>``–``<h3>`` are scored first; the title-named elements are looked for only when the
    best heading's score could still be beaten by one of them (finding them means reading the class
    and id of every element of their tags). `scan` holds the walks of `root` done already (`read_visible`
    shares them with the breadcrumb reader).
    """
    html_title = normalize(html_title or "")
    declared = [d for d in map(normalize, filter(None, declared)) if d]
    # A bracketed label opening a title names a column or series (``[고규홍의 큰 나무 이야기] 큰 나무의 태풍 대비
    # 전략 - 경향신문``): the headline agrees with what follows it, so that is a reference too.
    titles = ([html_title] if html_title else []) + declared
    labelled = [_BRACKET_PREFIX.sub("", title) for title in titles if title.lstrip()[:1] in "[【"]
    references = list(dict.fromkeys(t for t in map(comparable, titles + labelled) if t))
    parts = title_parts(html_title) if html_title else []
    short_first = _short_first_part(parts)
    scan = scan or ElementScan(root)
    site_parts = _site_parts(parts, scan.headings) - set(references)
    marked = _marked_headline(scan.headings, references)
    if marked is not None:
        return Headline(_complete(marked[0], declared, html_title), marked[1])
    best: _Best | None = None
    undecided: list[tuple[str, Element, str]] = []  # logos among them are left out when they are read
    candidates = scan.headings
    for phase in range(3):
        if phase == 1:
            if best is not None and (
                best.at_least(_best_titled_score(_HEADING_RANK["h4"]))
                or best.at_least(_best_titled_score(_rank_of_titled(root)))
            ):
                break  # no title-named element could beat the best heading (it would need a higher score)
            candidates = scan.titled[: 2 * MAX_HEADINGS - len(scan.headings)]
        elif phase == 2:
            if best is not None:
                break
            candidates = _minor_headings(root, candidates)
        for element in candidates:
            text = normalize(text_of(element))
            if not 2 <= len(text) <= _MAX_TITLE_CHARS:
                continue
            reduced = comparable(text)
            text, score = _best_reading(text, references, reduced)
            if score <= 0 and reduced == short_first:
                score = _SHORT_FIRST_PART  # ``夜雨`` of ``夜雨_原文、翻译及赏析_白居易诗词_读古诗词网``
            if score <= 0 and _holds_br(element):
                text, reduced, score = _first_line_reading(element, text, reduced, score, references)
            text, reduced, score = _without_kicker_reading(element, text, reduced, score, references)
            if phase == 2 and score < _MINOR_HEADING_SCORE:
                continue  # (no unconfirmed minor heading, and none that only a part of ``<title>`` holds)
            if score <= 0:
                undecided.append((text, element, reduced))
                continue
            if _is_logo(element, reduced, site_parts):
                continue
            score -= 0.1 * _HEADING_RANK.get(element.tag, 6)
            if best is None:
                best = _Best(score, None, text, element)
                continue
            if best.below(score, offset=_DATED_BONUS):
                base = score
                bonus = _DATED_BONUS if _followed_by_date(element) else 0.0
                score += bonus
                if best.below(score):
                    best = _Best(base, bonus, text, element)
    if best is not None:
        return Headline(_complete(best.text, declared, html_title), best.element)
    headings = islice(
        (
            (text, el)
            for text, el, reduced in undecided
            if _could_be_headline(text, el) and not _is_logo(el, reduced, site_parts)
        ),
        _MAX_UNCONFIRMED,
    )
    blocks = islice(_titled_blocks(undecided, site_parts), _MAX_UNCONFIRMED)
    nearest = _nearest_dated(headings) or _nearest_dated(blocks, info=True)
    if nearest is not None:
        return Headline(*_above_its_deck(*nearest, site_parts))
    text = next((_strip_site(d) for d in declared), None) or (_strip_site(html_title) if html_title else None)
    if not text:
        return None
    return Headline(text, locate(root, text))


def _site_parts(parts: list[str], headings: list[Element]) -> set[str]:
    """The part of ``<title>`` that names the site, as `comparable` text: its last (``标题_频道_网站``), or its first
    when a heading linking home shows that one (Z-Blog's ``网站-标题``: the headline is then the last part) — the
    masthead, among the page's first `_MASTHEAD_HEADINGS` headings."""
    if len(parts) < 2:
        return set()
    first = comparable(parts[0])
    masthead = headings[:_MASTHEAD_HEADINGS]
    if any(_links_home(heading) and comparable(text_of(heading)) == first for heading in masthead):
        return {first}
    return {comparable(parts[-1])}


def _minor_headings(root: Element, titled: list[Element]) -> list[Element]:
    """The ``<h4>``–``<h6>`` not named like a title, for a page where no other element agrees with ``<title>``:
    small sites' templates print the headline in an unnamed minor heading (``div.cover-text > h4``). Only
    agreement makes one the headline (`_MINOR_HEADING_SCORE`): unconfirmed, a minor heading is more often a box's
    title."""
    seen = set(titled)
    return [element for element in islice(root.iter("h4", "h5", "h6"), MAX_HEADINGS) if element not in seen]


def _marked_headline(headings: list[Element], references: list[str]) -> tuple[str, Element] | None:
    """The ``<h1>``–``<h3>`` the page marks as its headline (``itemprop="headline"``, schema.org microdata):
    the page's own statement, stronger than agreement with ``<title>`` (which may be a different SEO title).
    A line after a ``<br>`` in it that ``<title>`` leaves out is the writer's credit (Nikkei: ``編集委員 中沢克二``),
    read with the info lines; an element before the headline that it leaves out is a kicker or a date
    (Squarespace's ``<time>Jun 17 </time>`` in ``h2[itemprop=headline]``)."""
    for element in headings:
        if element.get("itemprop") == "headline":
            text = normalize(text_of(element))
            if not 2 <= len(text) <= _MAX_TITLE_CHARS:
                return None
            reduced = comparable(text)
            score = _agreement(reduced, references)
            if _holds_br(element):
                text, reduced, score = _first_line_reading(element, text, reduced, score, references)
            text = _without_kicker_reading(element, text, reduced, score, references)[0]
            return text, element
    return None


def locate(root: Element, text: str) -> Element | None:
    """The element showing exactly `text` (a headline chosen from markup), if the page shows it."""
    wanted = comparable(text)
    if not wanted:
        return None
    for count, element in enumerate(root.iter()):
        if count > _MAX_LOCATE_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in ("title", "head", "meta", "script", "style"):
            continue
        own = element.text
        first = _FIRST_LETTER.search(own) if own else None
        if first is None or first.group().lower()[0] != wanted[0]:
            continue  # `comparable(own)` would be empty or not start `wanted`: skip that costly call
        own = comparable(own)
        if own and wanted.startswith(own) and len(element) <= 8 and comparable(text_of(element)) == wanted:
            return element
    return None


class _Best:
    """The best heading so far. Its date bonus (`_followed_by_date`, which walks the lines after it) is
    found out only when a comparison depends on it: its score is either `base` or `base + _DATED_BONUS`,
    and most comparisons come out the same either way.
    """

    def __init__(self, base: float, bonus: float | None, text: str, element: Element) -> None:
        self.base, self.bonus, self.text, self.element = base, bonus, text, element

    def _score(self) -> float:
        if self.bonus is None:
            self.bonus = _DATED_BONUS if _followed_by_date(self.element) else 0.0
        score = self.base
        score += self.bonus  # as `find_headline` adds it: the same float
        return score

    def _bounds(self) -> tuple[float, float]:
        if self.bonus is not None:
            score = self._score()
            return score, score
        low, high = self.base, self.base
        high += _DATED_BONUS
        return low, high

    def below(self, score: float, offset: float = 0.0) -> bool:
        """``score > best_score - offset``, for the score the best has."""
        low, high = self._bounds()
        above_low, above_high = score > low - offset, score > high - offset
        if above_low == above_high:
            return above_low
        return score > self._score() - offset

    def at_least(self, score: float) -> bool:
        """``best_score >= score``."""
        low, high = self._bounds()
        if (low >= score) == (high >= score):
            return low >= score
        return self._score() >= score


def _best_titled_score(rank: int) -> float:
    """The highest score an element of heading rank `rank` can reach: full agreement (3.0) and a date.

    Computed as `find_headline` computes scores, so the comparison with a heading's score is exact.
    """
    score = 3.0
    score -= 0.1 * rank
    score += _DATED_BONUS
    return score


def _rank_of_titled(root: Element) -> int:
    """The best heading rank a title-named element of the page can have: ``<h4>`` if any ``<h4>``–``<h6>``
    is on the page (they rank above the other title-named tags), else that of the others."""
    return _HEADING_RANK["h4"] if next(root.iter("h4", "h5", "h6"), None) is not None else _HEADING_RANK.get("div", 6)


def _is_logo(element: Element, reduced: str, site_parts: set[str]) -> bool:
    """A heading that shows the site, not the article: logo class, home link, image, or the ``<title>`` site part.

    `reduced` is the heading's text through `comparable`.
    """
    names = f"{element.get('class', '')} {element.get('id', '')}"
    parent = element.getparent()
    if parent is not None:
        names += f" {parent.get('class', '')} {parent.get('id', '')}"
    return bool(_LOGO.search(names)) or reduced in site_parts or _links_home(element)


def _links_home(element: Element) -> bool:
    """Whether the one link in `element` goes to the site's home page."""
    links = list(islice(element.iterdescendants("a"), 2))
    return len(links) == 1 and _HOME_LINK.match((links[0].get("href") or "").strip()) is not None


def _holds_br(element: Element) -> bool:
    """Whether a child of `element` is a ``<br>`` (`iterchildren` filters by tag at C level; `find` would parse
    its path in Python first, for every heading read)."""
    return next(element.iterchildren("br"), None) is not None


def _first_line_reading(
    element: Element, text: str, reduced: str, score: float, references: list[str]
) -> tuple[str, str, float]:
    """The heading's first line (before its first ``<br>``) with its reading, when that agrees with ``<title>``
    where the whole text does not: PHPCMS prints the date and 来源 inside the ``<h1>``, after a ``<br>``."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "br":
            break
        pieces += [text_of(child), child.tail or ""]
    first = normalize("".join(pieces))
    if len(first) < 2 or first == text:
        return text, reduced, score
    first_reduced = comparable(first)
    first, first_score = _best_reading(first, references, first_reduced)
    return (first, first_reduced, first_score) if first_score > score else (text, reduced, score)


def _without_kicker_reading(
    element: Element, text: str, reduced: str, score: float, references: list[str]
) -> tuple[str, str, float]:
    """The heading without the kicker set in an element of its own before the headline, when ``<title>`` agrees
    with the rest better: German pages' Dachzeile (``<h1><span class="roofline">Wow, wow, wow!</span>Manuela
    Reimann: Hochzeitsüberraschung in Bayern!</h1>``), an English eyebrow, a Chinese 肩题. Only a heading that
    opens with an element and agrees less than a prefix of ``<title>`` can hold one."""
    if score >= _PREFIX_SCORE or not len(element) or (element.text or "").strip():
        return text, reduced, score
    rest = normalize((element[0].tail or "") + "".join(text_of(child) + (child.tail or "") for child in element[1:]))
    if len(rest) < 2:
        return text, reduced, score
    rest_reduced = comparable(rest)
    rest, rest_score = _best_reading(rest, references, rest_reduced)
    return (rest, rest_reduced, rest_score) if rest_score > score else (text, reduced, score)


def _short_first_part(parts: list[str]) -> str | None:
    """The first part of a ``<title>`` of headline, channel and site (three parts or more) when it is too short to
    agree by containment (a poem's ``夜雨``, an essay's ``背影``): a heading equal to it is the headline."""
    first = comparable(parts[0]) if len(parts) >= _MIN_PARTS_FOR_SHORT else ""
    return first if 2 <= len(first) < _MIN_CONTAINED else None


def _best_reading(text: str, references: list[str], reduced: str | None = None) -> tuple[str, float]:
    """The heading text, or the text without a ``原创``-style badge when that agrees better with ``<title>``.

    `reduced` is `comparable(text)`, when the caller has it already.
    """
    score = _agreement(comparable(text) if reduced is None else reduced, references)
    stripped = (HEADLINE_BADGE.sub("", text) if _may_have_badge(text) else text).strip()
    if stripped != text and len(stripped) >= 2:
        stripped_score = _agreement(comparable(stripped), references)
        if stripped_score > score:
            return stripped, stripped_score
    return text, score


def _may_have_badge(text: str) -> bool:
    """Whether `HEADLINE_BADGE` can match: a badge opens the text, or one (or a counter) closes it (``$`` allows a
    final newline)."""
    end = text.rstrip("\n")
    return text.startswith(HEADLINE_BADGES) or end.endswith(HEADLINE_END_BADGES) or end[-1:].isdigit()


def _agreement(candidate: str, references: list[str]) -> float:
    """How well a heading matches ``<title>``/og:title: 3 for equal, 2+ for a prefix, 1+ for contained."""
    if len(candidate) < 2:
        return 0.0
    best = 0.0
    for reference in references:
        if candidate == reference:
            best = max(best, 3.0)
        elif reference.startswith(candidate) and len(candidate) >= 0.3 * len(reference):
            best = max(best, 2.0 + len(candidate) / len(reference))
        elif candidate in reference and len(candidate) >= _MIN_CONTAINED:
            best = max(best, 1.0 + len(candidate) / len(reference))
        elif reference and reference in candidate and len(reference) >= 0.6 * len(candidate):
            best = max(best, 1.5)  # a heading with a badge or suffix around the real headline
    return best


def _complete(text: str, declared: list[str], html_title: str) -> str:
    """A heading cut short on screen (``…无敌免...``) is completed from og:title or ``<title>``; an ellipsis
    the declared title prints too is the title's own (``Só quem se Ama…`` of ``Só quem se Ama... — Site``)."""
    if not _ELLIPSIS.search(text):
        return text
    if any(_with_dots(full).startswith(_with_dots(text)) for full in (*declared, html_title)):
        return text
    shown = comparable(_ELLIPSIS.sub("", text))
    cuts = islice(TITLE_SEPARATOR.finditer(html_title), _MAX_TITLE_CUTS)
    for full in chain(declared, (html_title[: cut.start()] for cut in cuts), (html_title,)):
        letters = comparable(full)
        if letters.startswith(shown) and len(letters) > len(shown):
            return full.strip()
    return text


def _with_dots(text: str) -> str:
    """`text` with its ellipsis characters written as three dots, as another copy of it may print them."""
    return text.replace("…", "...")


def _followed_by_date(element: Element) -> bool:
    return _date_distance(element) is not None


def _date_distance(element: Element, *, info: bool = False, within: int = _DATE_LOOKAHEAD) -> int | None:
    """How many text lines (links aside) after `element` the first date comes (with `info`, the first date or
    ``来源：`` line); None if not within a few (`within`, when a nearer date than those few is all that counts)."""
    lines = (line for line in islice(lines_after(element), 3 * _DATE_LOOKAHEAD) if not line.linked)
    for distance, line in enumerate(islice(lines, within)):
        if find_dates(line.text) or (info and _SOURCE_LINE.match(line.text)):
            return distance
    return None


def _titled_blocks(undecided: list[tuple[str, Element, str]], site_parts: set[str]) -> Iterator[tuple[str, Element]]:
    """The title-named elements that are no heading (``div.rumor-title``) nor logo, of headline length, that hold
    and sit in no link (a list of other stories links each title)."""
    for text, element, reduced in undecided:
        if element.tag in _HEADING_RANK or len(text) < _MIN_UNCONFIRMED_CHARS or _linked(element):
            continue
        if not _is_logo(element, reduced, site_parts):
            yield text, element


def _linked(element: Element) -> bool:
    return element.find(".//a") is not None or any(parent.tag == "a" for parent in element.iterancestors())


def _nearest_dated(headings: Iterable[tuple[str, Element]], *, info: bool = False) -> tuple[str, Element] | None:
    """The (text, element) heading whose date (with `info`, date or 来源 line) comes soonest after it (the first
    of equals); None if none is dated.

    A heading with the date on its very next line cannot be beaten: the headings after it are not walked.
    """
    nearest: tuple[str, Element] | None = None
    nearest_distance = _DATE_LOOKAHEAD
    for text, element in headings:
        distance = _date_distance(element, info=info, within=nearest_distance)
        if distance is not None and distance < nearest_distance:
            nearest, nearest_distance = (text, element), distance
            if distance == 0:
                break
    return nearest


def _above_its_deck(text: str, element: Element, site_parts: set[str]) -> tuple[str, Element]:
    """The heading right above a dated heading one rank below it, when that is of headline length: the dated one
    is its deck. A newspaper prints 引题, 主标题 and 副题 as ``<h3>``, ``<h1>``, ``<h2>`` with the byline and date
    under the 副题, so the deck, not the headline, comes nearest the date."""
    above = element.getprevious()
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()  # (a comment between them)
    if above is None or HEADING_BELOW.get(above.tag) != element.tag:
        return text, element
    above_text = normalize(text_of(above))
    if not _MIN_UNCONFIRMED_CHARS <= len(above_text) <= _MAX_TITLE_CHARS:
        return text, element
    return (text, element) if _is_logo(above, comparable(above_text), site_parts) else (above_text, above)


def _could_be_headline(text: str, element: Element) -> bool:
    """Without agreement from ``<title>``, only a heading of headline length can be taken for one."""
    return element.tag in _HEADING_RANK and len(text) >= _MIN_UNCONFIRMED_CHARS


def _strip_site(text: str) -> str:
    """Drop channel and site names and bracketed promotions around a headline: keep its longest part."""
    text = _BRACKET_PREFIX.sub("", text) or text
    parts = title_parts(text)
    if len(parts) <= 1:
        return text
    return max(parts, key=len)


def site_from_title(html_title: str | None, headline: str | None) -> str | None:
    """The last part of ``<title>`` when the headline is its first part (``标题_频道_网站``)."""
    if not html_title or not headline:
        return None
    parts = title_parts(normalize(html_title))
    headline_key = comparable(headline)
    if len(parts) >= 2 and headline_key.startswith(comparable(parts[0])) and comparable(parts[-1]) not in headline_key:
        return parts[-1]
    return None
