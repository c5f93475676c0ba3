"""One resolver per evidence field: published, source, authors, subtitle and editor are settled here from the
candidates the readers offered: by the place each was seen (`evidence.PRIORITY`), the editor by its label."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit

from .bylines import editor_rank
from .dates import FoundDate, agrees, same_day, wall_offset
from .evidence import STRUCTURED, Candidate, resolve
from .record import Metadata


def resolve_fields(meta: Metadata) -> None:
    """Settle every evidence field from the candidates the readers offered."""
    meta.subtitle = resolve_subtitle(meta.evidence)
    meta.published = resolve_published(meta)
    meta.source = resolve_source(meta.evidence)
    meta.authors, meta.byline = resolve_authors(meta)
    meta.editor = resolve_editor(meta.evidence)


def resolve_subtitle(evidence: list[Candidate]) -> str | None:
    """The subtitle from the most trusted place (`PRIORITY["subtitle"]`)."""
    found = resolve("subtitle", evidence)
    return found.value if found else None  # type: ignore[return-value]


def resolve_published(meta: Metadata) -> datetime | date | None:
    """The date from the most trusted place, with the precision printed (see `_published_value`)."""
    found = resolve("published", meta.evidence)
    return _published_value(found, meta.structured_published, meta.structured_time_printed) if found else None


def resolve_source(evidence: list[Candidate]) -> str | None:
    """The source from the most trusted place (`PRIORITY["source"]`)."""
    found = resolve("source", evidence)
    return found.value if found else None  # type: ignore[return-value]


def resolve_authors(meta: Metadata) -> tuple[list[str], str | None]:
    """The authors from the most trusted place, and the credit as printed; names that are the site's own or
    the source's are no authors (an account slot holding the outlet that posted the story), so a place that
    credits only the site gives way to the next one. A printed name the markup gives more fully takes the
    markup's form (`_as_in_markup`). The contributors a wire story's closing credits name (``additional
    reporting by Y``, ``Contributing: Y``) join them, or stand alone when no place credits anyone else."""
    credited = [c for c in meta.evidence if c.field == "authors"]
    contributors = [c for c in meta.evidence if c.field == "contributors"]
    if not (credited or contributors):
        return [], None
    site = site_keys(meta) | {squash(meta.source or "")} - {""}
    credited = [
        c._replace(value=[_without_site(name, site) for name in c.value if not names_site(name, site)])  # type: ignore[attr-defined]
        for c in credited
    ]
    found = resolve("authors", [c for c in credited if c.value])
    authors = list(found.value) if found else []  # type: ignore[call-overload]
    markup = [name for c in credited if c.where == STRUCTURED for name in c.value]  # type: ignore[attr-defined]
    authors = [_as_in_markup(name, markup) for name in authors]
    for contributed in contributors:
        authors.extend(name for name in contributed.value if name not in authors)  # type: ignore[attr-defined]
    return authors, found.printed if found else None


def _as_in_markup(name: str, markup: list[str]) -> str:
    """A printed Latin-script name as the markup (JSON-LD, meta) spells it, when it is that name in the byline's
    type style (``MARTA LINDQVIST`` for ``Marta Lindqvist``) or its first word alone, the rest cut off by the
    page's spacing (``Olaf &nbsp;Kempin`` read as two fields, for ``Olaf Kempin``); otherwise as printed."""
    folded = name.casefold()
    if name.isupper():
        return next((full for full in markup if full.casefold() == folded), name)
    if " " not in name and name.isalpha():
        completions = [full for full in markup if full.casefold().startswith(folded + " ")]
        return completions[0] if len(completions) == 1 else name
    return name


def resolve_editor(evidence: list[Candidate]) -> str | None:
    """The editor credited with the strongest label wherever it is printed (责任编辑 over 编辑: the order of
    `EDITOR_LABELS`), the first read among equal labels."""
    credits = [c for c in evidence if c.field == "editor"]
    best = min(credits, key=lambda c: editor_rank(c.printed or ""), default=None)
    return best.value if best else None  # type: ignore[return-value]


def site_keys(meta: Metadata) -> set[str]:
    """The site's own names, squashed: an author slot holding one of them (``LinkNaija``, ``Snopes``, a
    station code in meta author) credits the site, not a writer."""
    keys = {squash(meta.site_name or "")}
    try:
        host = urlsplit(meta.url or "").hostname or ""
    except ValueError:  # an address urllib refuses ("https://[::1"): no host to read names from
        host = ""
    keys.update(squash(part) for part in host.split(".") if len(part) > 3)
    return keys - {""}


def names_site(name: str, site: set[str]) -> bool:
    """Whether a credited name is the site's: its name, or a name of five letters or more in its host
    (``Beachbody`` on beachbodyondemand.com)."""
    squashed = squash(name)
    return squashed in site or (len(squashed) >= 5 and any(squashed in key for key in site))


def _without_site(name: str, site: set[str]) -> str:
    """A name without a last word that is the site's name: the outlet printed in its own element right after
    the byline's names (``By Jonathan Garber`` then ``FOXBusiness``), read as one line."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and squash(words[-1]) in site else name


def squash(text: str) -> str:
    """Lower-case letters and digits only: ``Al-Bawaba`` and ``albawaba`` are one name."""
    return "".join(filter(str.isalnum, text.lower()))


def _published_value(candidate: Candidate, structured: datetime | None, time_printed: bool) -> datetime | date:
    """A printed date with the precision printed; a structured one as given.

    When the structured date is the printed one (same day, and same minute where a time is printed,
    or the same instant on another clock), it adds what the page does not print: the seconds and the
    zone — in the zone of the printed wall clock. A printed day takes the structured time when the page
    prints that time elsewhere (Blogger: the day in the date header, ``4:45 PM`` in the post footer).
    """
    found = candidate.value
    if not isinstance(found, FoundDate):
        return found  # type: ignore[return-value]
    if structured is not None and time_printed and not found.has_time and same_day(found, structured):
        return structured
    if structured is None or not found.has_time or not agrees(found, structured):
        return found.printed
    offset = wall_offset(found, structured)
    if offset is not None:
        return structured.astimezone(offset)
    return structured if (structured.hour, structured.minute) == (found.value.hour, found.value.minute) else found.value
