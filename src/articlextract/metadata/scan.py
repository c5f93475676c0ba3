"""The walks over the tree for the readers that look at elements' class/id: headline and breadcrumbs.

Reading an attribute is the costly part of looking at an element from Python — for a page, reading
every element's class and id costs more than all the rest of `read_visible` — so each reader reads
only as far as its result needs: the headline reader looks for title-named elements only when the
``<h1>``–``<h3>`` leave the headline open (see `find_headline`), and then only among the elements of
the tags such an element can have (`iter` passes over the others at C level, without making them into
Python elements); the breadcrumb reader only at the top of the page, up to shortly after the headline,
and the part after the headline only when the part before it holds no trail.

Names are tested with substring tests first, on all the class (and all the id) values of the page
at once: the words a pattern is made of (`_TITLE_WORDS`, `_CRUMB_WORDS`); the pattern itself runs
only on the few names that hold one. The trail is looked for in the first nodes only, so the walk
for it stops shortly after the headline: making a node into a Python element costs about as much
as reading its names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, compress, count, islice, repeat
from typing import NamedTuple

from lxml import etree

from ..clean import Element

#: Headline class/id words, matched on the lower-cased names.
TITLE_CLASS = re.compile(r"title|headline|heading|biaoti|\bbt\b|\btit\b|\bpbt\b")
#: Class/id words that name nothing but a trail, matched on the lower-cased names.
TRAIL_CLASS = re.compile(
    r"crumb|weizhi|dqwz|curpos|current-?path|mianbao|mbx|daohang-?lj|site-?path|\bnav-?path|navpath"
)
#: Trail class/id words: those, and words that name a layout box as often (a global nav's ``gn_position`` holds
#: the site menu, a byline's ``linkLocation`` its author links).
CRUMB_CLASS = re.compile(rf"{TRAIL_CLASS.pattern}|position|location|\bpath\b|\broute\b")
#: Every match of the patterns above holds one of these words (checked below, when the module loads).
_TITLE_WORDS = ("tit", "bt", "headline", "heading", "biaoti")
_CRUMB_WORDS = (
    "crumb",
    "path",
    "position",
    "location",
    "route",
    "curpos",
    "weizhi",
    "dqwz",
    "mianbao",
    "mbx",
    "daohang",
)


def _holds_a_word(pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether each alternative of `pattern` — words, ``\\b`` and optional hyphens — holds one of `words`."""
    return all(
        any(word in piece for piece in alternative.replace("\\b", "").split("-?") for word in words)
        for alternative in pattern.pattern.split("|")
    )


if not (_holds_a_word(TITLE_CLASS, _TITLE_WORDS) and _holds_a_word(CRUMB_CLASS, _CRUMB_WORDS)):
    raise AssertionError("a class/id pattern has an alternative without one of its words: add the word")
HEADING_TAGS = ("h1", "h2", "h3")
#: Elements that can be a headline by their class/id (when they have at most 8 children).
TITLED_TAGS = ("div", "span", "p", "h4", "h5", "h6", "td", "strong", "b", "font", "dl")
#: Headline candidates: at most this many headings, and twice as many candidates in all.
MAX_HEADINGS = 80
#: A trail is looked for among the first elements only, and no further than this past the headline.
MAX_SCANNED_ELEMENTS = 6000
PAST_HEADLINE = 200
_MAX_TITLED_CHILDREN = 8
_TITLED_STRETCH = 1000


class ElementScan:
    """What walks over `root` find, in document order, each read when first asked for.

    `headings` are the first `MAX_HEADINGS` ``<h1>``–``<h3>``; `titled` the first ``2 * MAX_HEADINGS``
    `TITLED_TAGS` elements with a class/id matching `TITLE_CLASS` and at most 8 children;
    `trail_window` the elements a trail is looked for in, and those among them whose class/id
    matches `CRUMB_CLASS`. Positions count every node of ``root.iter()`` (comments and processing
    instructions too, as a walk of the tree does). The tree must not change while the scan is used.
    """

    def __init__(self, root: Element) -> None:
        self.root = root
        self.headings: list[Element] = list(islice(root.iter(*HEADING_TAGS), MAX_HEADINGS))
        self._page_text: bytes | None = None
        self._titled: list[Element] | None = None
        #: The trail window's nodes, kept while the scan is: the readers after the breadcrumb reader walk the
        #: elements around the headline again, and lxml makes an element into a Python element only once
        #: while one is referenced (making one costs more than reading its class and id).
        self._window: list[Element] = []

    @property
    def titled(self) -> list[Element]:
        titled = self._titled
        if titled is None:
            titled = self._titled = _title_named(self.root)
        return titled

    @property
    def page_text(self) -> bytes:
        """All text of the page (`text_of` the root) in UTF-8, read once: enough to tell whether a word
        occurs in it (a word occurs in a text exactly when its UTF-8 form occurs in the text's)."""
        if self._page_text is None:
            self._page_text = etree.tostring(self.root, method="text", encoding="utf-8", with_tail=False)
        return self._page_text

    def trail_window(self, stop: Element | None) -> tuple[list[Element], Iterator[Element]]:
        """The elements a trail is looked for in — the first ``MAX_SCANNED_ELEMENTS + 1``, and no more
        than `PAST_HEADLINE` past `stop` (the headline: a trail printed just under it is still found) —
        and, in order, those whose class/id names a trail.

        The latter are read lazily, those up to the headline first: a trail is most often found
        there, and then the names after it are never read.
        """
        window, position = _top_nodes(self.root.iter(), stop)
        self._window = window
        return window, _trail_named(window, position)


def _title_named(root: Element) -> list[Element]:
    """The first ``2 * MAX_HEADINGS`` `TITLED_TAGS` elements with a class/id matching `TITLE_CLASS` and at
    most 8 children, in order: read a stretch at a time (a page rarely needs a second), the names of a
    stretch all at once (`_named`)."""
    titled: list[Element] = []
    walk = root.iter(*TITLED_TAGS)
    while stretch := list(islice(walk, _TITLED_STRETCH)):
        classes, ids = _classes_and_ids(stretch)
        for index in _named(classes, ids, _TITLE_WORDS, TITLE_CLASS):
            element = stretch[index]
            if len(element) <= _MAX_TITLED_CHILDREN:
                titled.append(element)
                if len(titled) >= 2 * MAX_HEADINGS:
                    return titled
    return titled


class Needle(NamedTuple):
    """Words that open with the same byte, as looked for in a page's UTF-8 text (`holds`): that byte, the
    bytes they end with, and the words as one compiled pattern."""

    first: bytes
    lasts: tuple[bytes, ...]
    pattern: re.Pattern[bytes]


def needle(*words: str) -> Needle:
    """`words` (one or more, opening with the same byte) as looked for together in UTF-8 text."""
    encoded = [word.encode() for word in words]
    firsts = {data[:1] for data in encoded}
    if len(firsts) != 1:
        raise ValueError(f"words that open with different bytes: {words}")
    lasts = tuple(dict.fromkeys(data[-1:] for data in encoded))
    return Needle(firsts.pop(), lasts, re.compile(b"|".join(map(re.escape, encoded))))


def needles(words: Iterable[str]) -> tuple[Needle, ...]:
    """The `needle` of each of `words`, in order: to tell which of them a text holds."""
    return tuple(map(needle, words))


def needle_groups(words: Iterable[str]) -> tuple[Needle, ...]:
    """`words` as needles of the words that open with the same byte: to tell whether a text holds any of them,
    one search per group (the spellings of a label, ``编辑``/``編輯``, ``Source``/``SOURCE``, share their
    first bytes, which `re` looks for first)."""
    groups: dict[bytes, list[str]] = {}
    for word in words:
        groups.setdefault(word.encode()[:1], []).append(word)
    return tuple(needle(*group) for group in groups.values())


def holds_any(text: bytes, wanted: tuple[Needle, ...]) -> bool:
    """Whether `text` holds a word of one of the needles (see `holds`)."""
    return any(holds(text, needle) for needle in wanted)


def holds(text: bytes, needle: Needle) -> bool:
    """Whether `text` holds one of the needle's words, their first and last bytes looked for first.

    One byte is found at ``memchr`` speed, several times faster than a longer word; and the first
    byte of a Chinese character (E4–E9) is missing from text in other scripts, as its last byte (a
    UTF-8 continuation byte) is from much of it, so on such a page a miss costs one or two fast scans
    (`page_text` with a Chinese needle on an English page, the usual case). The words themselves are
    searched by `re`: on a page's text (tens of kilobytes) its literal search takes about half the time
    of ``bytes.__contains__``, whose skip loop stops at each occurrence of the word's last byte (a space,
    a common letter).
    """
    return (
        needle.first in text and any(map(text.__contains__, needle.lasts)) and needle.pattern.search(text) is not None
    )


def _top_nodes(walk: Iterator[Element], stop: Element | None) -> tuple[list[Element], int]:
    """The nodes of `walk` up to `PAST_HEADLINE` past `stop` (``MAX_SCANNED_ELEMENTS + 1`` at most), and the
    position of `stop` among them (their count if it is not one of them).

    Read a stretch at a time, up to where `stop` is found: the nodes further down are never made
    into Python elements.
    """
    nodes: list[Element] = []
    end = MAX_SCANNED_ELEMENTS + 1
    position = None
    while len(nodes) < end:
        stretch = list(islice(walk, min(PAST_HEADLINE, end - len(nodes))))  # (never past what is needed)
        if not stretch:
            break
        if position is None and stop is not None and stop in stretch:
            position = len(nodes) + stretch.index(stop)
            end = min(end, position + PAST_HEADLINE + 1)
        nodes += stretch
    return nodes, len(nodes) if position is None else position


def _trail_named(window: list[Element], split: int) -> Iterator[Element]:
    """The trail-named elements of `window`: those before `split`, and only when asked for, the rest."""
    for part in (window[:split], window[split:]):
        classes, ids = _classes_and_ids(part)
        for index in _named(classes, ids, _CRUMB_WORDS, CRUMB_CLASS):
            yield part[index]


def _classes_and_ids(elements: list[Element]) -> tuple[list[str | None], list[str | None]]:
    """The class and id of each element (asked for by bytes names, which lxml takes without encoding them:
    a sixth less per read; by `map`, which calls the method without a Python-level loop)."""
    return list(map(_get, elements, repeat(b"class"))), list(map(_get, elements, repeat(b"id")))


_get = etree._Element.get


def _named(
    classes: list[str | None], ids: list[str | None], words: tuple[str, ...], pattern: re.Pattern[str]
) -> list[int]:
    """Indexes, in order, of the elements whose ``"class id"``, lower-cased, matches `pattern`.

    A match holds one of `words`, in the class or in the id (no word holds a space): only the
    elements with such a value are tested. The words are looked for in all values at once, in each
    distinct value once (a page repeats its names: about half the text).
    """
    hits: set[int] = set()
    for values in (classes, ids):
        distinct = list(dict.fromkeys(filter(None, values)))
        joined = "\n".join(distinct)
        names = joined.lower()  # (lower-cased whole: the same per name)
        if not any(word in names for word in words):
            continue  # most pages: no name holds a word
        # Where each value starts in `names`: lower-casing keeps every length unless it grows one (``İ``).
        lowered = distinct if len(names) == len(joined) else map(str.lower, distinct)
        holding = {distinct[value] for value in _holding(names, list(map(len, lowered)), words)}
        hits.update(compress(count(), map(holding.__contains__, values)))  # (the values held, at C speed)
    return [index for index in sorted(hits) if pattern.search(f"{classes[index] or ''} {ids[index] or ''}".lower())]


def _holding(text: str, lengths: list[int], words: tuple[str, ...]) -> set[int]:
    """Which of the names joined by line breaks in `text` (of `lengths`) hold one of `words`: no word holds
    a line break, so a match never spans two names, and each word is found by `str.find` at C speed."""
    found: set[int] = set()
    starts: list[int] | None = None
    for word in words:
        position = text.find(word)
        if position < 0:
            continue
        if starts is None:  # where each name starts in `text`
            starts = list(accumulate(map((1).__add__, lengths), initial=0))
        while position >= 0:
            value = bisect_right(starts, position) - 1
            found.add(value)
            position = text.find(word, starts[value + 1])
    return found
