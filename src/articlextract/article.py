"""The `Article` record and its serialisations (dict, JSON, plain text, Markdown, HTML)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from .document import DocumentBlock, Figure, Paragraph, escape_html, escape_markdown


@dataclass
class Article:
    """What `extract()` found on a page. Absent values are ``None`` or an empty list, never a guess."""

    title: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    source: str | None = None
    #: A `datetime` when the page prints a time (tz-aware when it states its zone), a `date` when it prints only a day.
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    editor: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    encoding: str | None = None
    duplicates: list[str] = field(default_factory=list)
    #: The body as a document: paragraphs, headings, lists, tables, quotes, code and figures in reading
    #: order (`paragraphs` is its plain-text view, as the body's text blocks came).
    blocks: list[DocumentBlock] = field(default_factory=list)
    #: The page's lead image: the one its metadata names (og:image, twitter:image, JSON-LD), else the first figure.
    image: str | None = None
    #: The headline the story first ran under (a ``原标题：…`` line), when the page prints one.
    original_title: str | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def images(self) -> list[Figure]:
        """The body's figures, in order."""
        return [block for block in self.blocks if isinstance(block, Figure)]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: every field plus ``text`` and ``images``; ``published`` as ISO 8601 (``"2018-05-17"`` for
        a day), each block a record with a ``type``."""
        data = asdict(replace(self, blocks=[]))  # the blocks have their own records
        data["published"] = _iso(self.published) if self.published else None
        data["text"] = self.text
        data["blocks"] = [block.to_dict() for block in self.blocks]
        data["images"] = [{"src": image.src, "alt": image.alt, "caption": image.caption} for image in self.images]
        return data

    def to_json(self, *, indent: int | None = None) -> str:
        """The `to_dict()` record as JSON, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Title, subtitle and body as plain text: what a reader would copy from the page (list markers and
        table rows kept readable, image captions as lines)."""
        head = [part for part in (self.title, self.subtitle) if part]
        return "\n\n".join([*head, *filter(None, (block.to_text() for block in self._document()))])

    def to_markdown(self) -> str:
        """A GitHub-flavoured Markdown document: headline, subtitle, a line of facts, then the body."""
        parts: list[str] = []
        if self.title:
            parts.append(f"# {escape_markdown(self.title)}")
        if self.subtitle:
            parts.append(f"*{escape_markdown(self.subtitle)}*")
        facts = self._facts()
        if facts:
            parts.append(" · ".join(map(escape_markdown, facts)))
        parts += (block.to_markdown() for block in self._document())
        return "\n\n".join(parts) + "\n"

    def to_html(self) -> str:
        """A self-contained HTML fragment of semantic tags only (no classes, styles or scripts), text escaped."""
        parts: list[str] = []
        if self.title:
            parts.append(f"<h1>{escape_html(self.title)}</h1>")
        parts += (f"<p>{escape_html(line)}</p>" for line in (self.subtitle, " · ".join(self._facts())) if line)
        parts += (block.to_html() for block in self._document())
        return "\n".join(parts) + "\n"

    def __str__(self) -> str:
        return self.to_text()

    def _facts(self) -> list[str]:
        """Source, time and authors, the line under the headline."""
        facts = [
            self.source,
            _iso(self.published, sep=" ") if self.published else None,
            ", ".join(self.authors) or None,
        ]
        return [fact for fact in facts if fact]

    def _document(self) -> list[DocumentBlock]:
        """The blocks; an article built by hand with only `paragraphs` renders them as paragraphs."""
        return self.blocks or [Paragraph(paragraph) for paragraph in self.paragraphs]


def _iso(value: datetime | date, sep: str = "T") -> str:
    """ISO 8601 with the precision held: ``2018-05-17`` for a day, ``2018-05-17T07:19:00`` for a time."""
    return value.isoformat(sep=sep) if isinstance(value, datetime) else value.isoformat()
