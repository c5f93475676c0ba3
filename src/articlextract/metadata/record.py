"""What the metadata readers hand on: the `Metadata` record with its candidates, and the `Context` that structured
data gives the visible-line readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .evidence import (
    Candidate,
)


@dataclass
class Metadata:
    """Everything but the body; `consumed` holds the keys of lines read as metadata."""

    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    editor: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    original_title: str | None = None
    consumed: set[str] = field(default_factory=set)
    #: What the readers found for the fields settled in `fields.py` (published, source, authors, subtitle, editor).
    evidence: list[Candidate] = field(default_factory=list, repr=False)
    #: Read from markup, used only when no visible line gives the field (see `take_body_lines`).
    structured_authors: list[str] = field(default_factory=list, repr=False)
    structured_source: str | None = field(default=None, repr=False)
    #: The structured publication date, against which printed dates are compared when resolving.
    structured_published: datetime | None = field(default=None, repr=False)
    #: Whether the page prints the structured time too (an hAtom ``abbr.published`` in the post footer).
    structured_time_printed: bool = field(default=False, repr=False)

    def offer(self, name: str, value: object, where: str, printed: str | None = None) -> None:
        """Record a candidate value for field `name`, seen at `where` (an `evidence` place)."""
        if value:
            self.evidence.append(Candidate(name, value, where, printed))

    def editor_names(self) -> set[str]:
        """Names credited as editors anywhere: a meta ``author`` naming one of them is the CMS user, not a writer."""
        return {c.value for c in self.evidence if c.field == "editor"}  # type: ignore[misc]

    def offered(self, name: str, *places: str) -> bool:
        """Whether any reader offered a value for `name` (from one of `places`, if given).

        (A loop, not ``any()`` over a generator: the readers ask this a dozen times a page, and the
        generator's frame costs more than the few candidates it looks at.)
        """
        for candidate in self.evidence:  # noqa: SIM110
            if candidate.field == name and (not places or candidate.where in places):
                return True
        return False


@dataclass(frozen=True)
class Context:
    """What structured data tells the visible-line readers: a date (for year-less lines) and known outlets."""

    published: datetime | None
    year: int | None
    known_sources: frozenset[str]

    @property
    def day(self) -> date | None:
        """The structured date's day: what a relative day (``Today 12:01 AM``) is read against, when checked."""
        return self.published.date() if self.published else None
