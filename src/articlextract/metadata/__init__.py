"""Metadata: the facts around the body, from machine-readable markup and from the visible lines.

Three readings, called by the pipeline at the moment each one can see what it needs:

1. `read_structured` (before cleaning): ``<meta>``, JSON-LD, ``<title>``, page variables.
2. `read_visible` (after scripts and hidden nodes are gone): the headline, the lines right
   under it (info line with 来源 and time, subtitle, byline) and the breadcrumb trail.
3. `take_body_lines` (after the body is found): credit, editor, source, date and 原标题 lines at
   the body's ends become fields and leave the body; then structured data fills what is still empty.

Visible evidence near the headline outranks structured data, which outranks anything found
elsewhere on the page; lines read as metadata never stay in the body. For published, source, authors,
subtitle and editor the readers (`header`, `ends`, `structured`) offer candidates with the place they were
seen (`Metadata.offer`), and one resolver per field (`fields`) picks by the priority table in
`evidence.PRIORITY`. docs/metadata.md lists, field by field, where each value is read and in which order.
"""

from __future__ import annotations

from itertools import chain, islice, tee

from ..blocks import is_signed_day
from ..clean import Element, text_of
from .breadcrumbs import find_breadcrumbs
from .bylines import inline_credits
from .ends import (
    closing_source,
    contacts_start,
    dateline_outlet,
    is_name_over_bio,
    is_name_under_by,
    read_contributing_line,
    read_head_line,
    read_post_footer_author,
    read_tail_line,
)
from .evidence import ABOVE, DATELINE, INFO, INLINE, NEAR, SLOT, STRUCTURED
from .fields import resolve_fields
from .header import (
    MIN_DECK,
    info_lines,
    lines_inside_headline,
    read_article_credit,
    read_author_slots,
    read_author_slots_above,
    read_author_slots_in_article,
    read_authors_above,
    read_date_in_article,
    read_dates,
    read_deck_element,
    read_header_time,
    read_info_lines,
    read_near_date,
    read_page_editor,
    read_restated_credit,
    read_source_above,
    read_source_box,
    read_subtitle_element,
    read_syndication_credit,
)
from .language import guess_language, resolve_language
from .lines import Line, key, lines_after, lines_before
from .record import Context, Metadata
from .scan import ElementScan
from .structured import (
    Structured,
    canonical_url,
    declared_language,
    json_ld_names,
    json_ld_text,
    known_sources,
    offer_structured,
    read_structured,
    structured_year_hint,
)
from .title import find_headline, site_from_title

__all__ = ["Metadata", "read_structured", "read_visible", "take_body_lines"]
_LINES_BEFORE = 3
_HEAD_LINES = 3
#: How far into a longer body a byline line is read (in its first half): a summary and a quoted lead may come first.
_MAX_HEAD_LINES = 5
_TAIL_LINES = 6


def read_visible(root: Element, structured: Structured, url: str | None) -> Metadata:
    """Combine structured data with the headline, the lines around it and the breadcrumb trail."""
    ld = structured.json_ld
    declared = [t for t in (json_ld_text(ld, "headline"), structured.first("og:title", "twitter:title")) if t]
    scan = ElementScan(root)
    headline = find_headline(root, structured.html_title, declared, scan)
    title = headline.text if headline else None
    meta = Metadata(
        title=title,
        url=canonical_url(structured, url),
        site_name=structured.first("og:site_name", "application-name", "twitter:site:name")
        or (json_ld_names(ld.get("publisher"))[:1] or [None])[0]
        or site_from_title(structured.html_title, title),
        language=declared_language(structured),
        description=structured.first("description", "og:description", "twitter:description")
        or json_ld_text(ld, "description"),
        breadcrumbs=find_breadcrumbs(root, title, headline.element if headline else None, scan),
    )
    published = structured.published
    hint = published or structured_year_hint(structured)
    context = Context(published, hint.year if hint else None, known_sources(structured))
    if headline:
        meta.consumed.add(key(headline.text))
        if headline.element is not None:
            meta.consumed.add(key(text_of(headline.element)))  # the heading with a kicker the title leaves out
            subtitle = read_subtitle_element(headline, meta)
            following = chain(lines_inside_headline(headline), lines_after(headline.element))
            header, further = tee(following)  # the info lines and the near date share one walk
            info, deck = info_lines(header, key(headline.text), key(meta.description or ""), key(subtitle or ""))
            if deck is not None and len(deck.flat) >= MIN_DECK:
                meta.offer("subtitle", deck.flat, INFO)  # (left to the body scorer: a deck may open the story)
            read_info_lines(info, meta, context)
            if not meta.offered("subtitle"):
                read_deck_element(headline, meta)
            above: list[Line] | None = None
            if not meta.offered("published", INFO):
                above = lines_before(headline.element, _LINES_BEFORE)
                read_dates(above, meta, context, where=ABOVE)
            if not meta.offered("published", INFO, ABOVE):
                read_near_date(further, meta, context, published)
            if structured.by_attribute and not meta.offered("published", INFO, ABOVE, NEAR):
                read_header_time(headline.element, meta)  # (a meta or JSON-LD date outranks it)
            if published is None and not meta.offered("published"):
                read_date_in_article(headline.element, meta)
            if not meta.offered("authors", INFO):
                read_author_slots(headline.element, meta, context)
            if not meta.offered("authors", INFO, SLOT):
                read_author_slots_in_article(headline.element, meta)
            if not meta.offered("authors", INFO, SLOT):
                read_post_footer_author(headline.element, meta)
            if not meta.offered("authors", INFO, SLOT):
                above = lines_before(headline.element, _LINES_BEFORE) if above is None else above
                read_authors_above(above, meta)
            if not meta.offered("authors", INFO, SLOT, ABOVE):
                read_author_slots_above(headline.element, meta)
            if not meta.offered("source", INFO):
                above = lines_before(headline.element, _LINES_BEFORE) if above is None else above
                read_source_above(above, meta)
    read_page_editor(headline.element if headline else None, root, meta, scan)
    if headline and headline.element is not None:
        read_contributing_line(headline.element, meta, scan)
    if headline and headline.element is not None and not meta.offered("source"):
        read_source_box(headline.element, meta, scan)
        read_article_credit(headline.element, meta, scan)
        read_syndication_credit(headline.element, meta, scan)
        if not meta.offered("source"):
            read_restated_credit(headline.element, meta, context, scan)
    offer_structured(meta, structured, context, scan)
    return meta


def take_body_lines(paragraphs: list[str], meta: Metadata) -> list[int]:
    """Read credit/editor/source/date/原标题 lines at the body's ends into `meta`; return the indexes of the
    paragraphs that stay in the body (the caller keeps its blocks by position, never by text).

    A dateline opening the first sentence (``新华社北京2月29日电（记者唐霁）…``) stays in the body;
    its parenthesised credit still names the authors.
    """
    consumed = meta.consumed
    starts = {line[:1] for line in consumed}  # a paragraph's key starts with its first non-blank character
    body = [i for i, p in enumerate(paragraphs) if not (_first_visible(p) in starts and key(p) in consumed)]
    head_end = min(len(body), max(_HEAD_LINES, min(_MAX_HEAD_LINES, len(body) // 2)))
    head = body[:head_end]
    kept_head = [
        index
        for previous, index in zip([None, *head], head, strict=False)  # each line with the one before it
        if not (
            read_head_line(paragraphs[index], meta)
            or is_name_under_by("" if previous is None else paragraphs[previous], paragraphs[index])
        )
    ]
    body = kept_head + body[head_end:]
    tail_start = max(min(len(kept_head), 1), len(body) - _TAIL_LINES)
    tail = body[tail_start:]
    kept_tail = _kept_tail(paragraphs, tail, paragraphs[body[tail_start - 1]] if tail_start else None, meta)
    body = body[:tail_start] + kept_tail
    texts = [paragraphs[index] for index in body]
    editors = meta.editor_names()
    if texts and not meta.offered("authors"):
        opening = next((names for names in map(inline_credits, texts[:_HEAD_LINES]) if names), [])
        closing = inline_credits(texts[-1]) if len(texts) > 1 else []
        meta.offer("authors", opening or [name for name in closing if name not in editors], INLINE)
    meta.offer("authors", [name for name in meta.structured_authors if name not in editors], STRUCTURED)
    meta.offer("source", closing_source(texts[-1]) if texts else None, INLINE)
    meta.offer("source", next(filter(None, map(dateline_outlet, texts[:2])), None), DATELINE)
    meta.offer("source", meta.structured_source, STRUCTURED)
    resolve_fields(meta)
    # code is written in no language (only preformatted text keeps its line breaks), unless it is all there is
    opening = list(islice((text for text in texts if "\n" not in text), 5)) or texts[:5]
    meta.language = resolve_language(meta.language, guess_language(" ".join([meta.title or "", *opening])))
    return body


def _kept_tail(paragraphs: list[str], tail: list[int], above: str | None, meta: Metadata) -> list[int]:
    """The indexes of the `tail` lines that stay in the body, the others read into `meta` (`read_tail_line`; an
    e-mail line under a press release's contact label is the issuer's, `contacts_start`); a day signed under a line
    that stays (`is_signed_day`; `above` is the body's line before the tail) stays too."""
    kept: list[int] = []
    contacts = set(tail[contacts_start([paragraphs[index] for index in tail]) :])
    for index, after in zip(tail, [*tail[1:], None], strict=False):  # each line with the one after it
        line = paragraphs[index]
        if (above is not None and is_signed_day(line, above)) or not (
            read_tail_line(line, meta, in_contacts=index in contacts)
            or is_name_over_bio(line, "" if after is None else paragraphs[after])
        ):
            kept.append(index)
            above = line
        else:
            above = None
    return kept


def _first_visible(text: str) -> str:
    """The first non-whitespace character of `text` ("" if none), without copying a long text."""
    first = text[:1]
    return text.lstrip()[:1] if first.isspace() else first
