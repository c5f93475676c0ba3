"""Candidates with their evidence, and one resolver per field whose priority is written as data.

The readers (info lines, lines above the headline, the body's first and last lines, structured data)
do not decide a field: each offers what it read as a `Candidate` saying *where* on the page it was
seen. `resolve` then picks, per field, the candidate whose place comes first in `PRIORITY[field]`;
among candidates from the same place the first one offered (the one nearest the headline, or read
first) wins (the editor is ranked by its label instead: see `fields.resolve_editor`). docs/metadata.md
prints these tables; tests/test_metadata_evidence.py checks that the
two agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

#: Where a candidate was seen.
NEXT = "next to headline"  # the element right after it (a subtitle class, a heading one rank below)
INFO = "info lines"  # the lines right under the headline (the date/source/byline line)
ABOVE = "above headline"  # the few lines right above the headline
NEAR = "near headline"  # further down the header, accepted only when it is the structured date's instant
BODY_START = "body start"  # the first body lines
BODY_END = "body end"  # the last body lines
SLOT = "author slot"  # an element marked as the author's (rel/itemprop/class author, byline, nickname)
INLINE = "inline credit"  # a credit inside the opening sentence, or closing the last one
DECK = "deck slot"  # further down the header, an element whose class says dek, standfirst, strapline …
DATELINE = "dateline"  # the outlet in a story's opening (``WASHINGTON (AP) —``, ``新华社北京5月20日电``)
ACCOUNT = "account slot"  # a Chinese handle alone in an author slot: a blogger, a self-media account
STRUCTURED = "structured"  # meta tags, JSON-LD, page variables
PRINTED_UPDATE = "printed update"  # the only time under the headline is an update time, on the structured day
UPDATE = "update time"  # a date printed as an update time
PAGE = "page"  # the first credits after the headline anywhere on the page (an editor line outside the body box)
HEADER_TIME = "header time"  # a ``<time datetime>`` (or ``itemprop=datePublished``) between headline and story
ADDRESS = "address"  # the day in the page's address (``/2019/11/19/``, ``/20191119/``)
ATTRIBUTE = (
    "date attribute"  # a ``datetime``-like attribute elsewhere, when no meta, JSON-LD or variable dates the page
)

#: Per field, the places in the order they are trusted.
PRIORITY: dict[str, tuple[str, ...]] = {
    "published": (INFO, ABOVE, NEAR, PRINTED_UPDATE, STRUCTURED, HEADER_TIME, BODY_END, ADDRESS, ATTRIBUTE, UPDATE),
    "source": (INFO, BODY_START, SLOT, ABOVE, BODY_END, INLINE, DATELINE, ACCOUNT, STRUCTURED),
    "authors": (INFO, BODY_START, SLOT, ABOVE, BODY_END, INLINE, ACCOUNT, STRUCTURED),
    "subtitle": (NEXT, INFO, DECK, BODY_START),
}


class Candidate(NamedTuple):
    """A value one reader found for a field: where it was seen, and the text it was read from."""

    field: str
    value: object
    where: str
    printed: str | None = None  # the credit or line as printed (authors: the byline)


def resolve(field: str, candidates: Iterable[Candidate]) -> Candidate | None:
    """The candidate for `field` from the most trusted place; the first offered among equals."""
    order = PRIORITY[field]
    ranked = [c for c in candidates if c.field == field and c.where in order]
    return min(ranked, key=lambda c: order.index(c.where)) if ranked else None
