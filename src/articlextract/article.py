"""The `Article` record and its serialisations (dict, JSON, plain text, Markdown)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


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
    #: The headline the story first ran under (a ``原标题：…`` line), when the page prints one.
    original_title: str | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: every field plus ``text``; ``published`` as ISO 8601 (``"2018-05-17"`` for a day)."""
        data = asdict(self)
        data["published"] = _iso(self.published) if self.published else None
        data["text"] = self.text
        return data

    def to_json(self, *, indent: int | None = None) -> str:
        """The `to_dict()` record as JSON, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Title, subtitle and body as plain text: what a reader would copy from the page."""
        head = [part for part in (self.title, self.subtitle) if part]
        return "\n\n".join([*head, *self.paragraphs])

    def to_markdown(self) -> str:
        """A Markdown document: headline, subtitle, a line of facts, then the body."""
        lines: list[str] = []
        if self.title:
            lines += [f"# {_escape_markdown(self.title)}", ""]
        if self.subtitle:
            lines += [f"*{_escape_markdown(self.subtitle)}*", ""]
        facts = [
            self.source,
            _iso(self.published, sep=" ") if self.published else None,
            ", ".join(self.authors) or None,
        ]
        if any(facts):
            lines += [" · ".join(_escape_markdown(f) for f in facts if f), ""]
        for paragraph in self.paragraphs:
            lines += [_escape_markdown(paragraph), ""]
        return "\n".join(lines).rstrip() + "\n"

    def __str__(self) -> str:
        return self.to_text()


def _iso(value: datetime | date, sep: str = "T") -> str:
    """ISO 8601 with the precision held: ``2018-05-17`` for a day, ``2018-05-17T07:19:00`` for a time."""
    return value.isoformat(sep=sep) if isinstance(value, datetime) else value.isoformat()


def _escape_markdown(text: str) -> str:
    """Escape the characters that would turn plain text into Markdown markup at a line start."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return _MARKDOWN_LINE_START.sub(r"\\\1", escaped)


_MARKDOWN_LINE_START = re.compile(r"^([#>+-]|\d+(?=\.\s))")
