"""Real pages (tests/pages/<slug>/): every metadata field verified by hand, plus body spot checks."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import articlextract

PAGES = Path(__file__).parent / "pages"
SLUGS = sorted(path.name for path in PAGES.iterdir() if (path / "expected.json").is_file())
FIELDS = (
    "title",
    "subtitle",
    "published",
    "source",
    "authors",
    "byline",
    "editor",
    "breadcrumbs",
    "site_name",
    "language",
    "url",
)


@cache
def expected(slug: str) -> dict:
    return json.loads((PAGES / slug / "expected.json").read_text(encoding="utf-8"))


@cache
def extracted(slug: str) -> articlextract.Article:
    return articlextract.extract((PAGES / slug / "page.html").read_bytes(), url=expected(slug)["origin"]["url"])


def _cases(key: str) -> list[tuple[str, str]]:
    return [(slug, item) for slug in SLUGS for item in expected(slug).get(key, [])]


def test_there_are_enough_pages() -> None:
    assert len([s for s in SLUGS if s.startswith("zh-")]) >= 10
    assert len([s for s in SLUGS if s.startswith("en-")]) >= 3


@pytest.mark.parametrize(
    ("slug", "name"), [(slug, name) for slug in SLUGS for name in FIELDS if name in expected(slug)]
)
def test_metadata_field(slug: str, name: str) -> None:
    value = getattr(extracted(slug), name)
    if name == "published":
        value = value.isoformat() if value else None
    assert value == expected(slug)[name]


@pytest.mark.parametrize(("slug", "text"), _cases("body_contains"))
def test_body_contains(slug: str, text: str) -> None:
    assert any(text in paragraph for paragraph in extracted(slug).paragraphs)


@pytest.mark.parametrize(("slug", "text"), _cases("body_excludes"))
def test_body_excludes(slug: str, text: str) -> None:
    assert not any(text in paragraph for paragraph in extracted(slug).paragraphs)


@pytest.mark.parametrize("slug", SLUGS)
def test_published_time_zone_only_when_stated(slug: str) -> None:
    """Aware only when the page states a zone (in markup, agreeing with what it prints)."""
    published = extracted(slug).published
    stated = expected(slug).get("published")
    if published is not None and stated is not None:
        assert (getattr(published, "tzinfo", None) is not None) == ("+" in stated[10:] or "-" in stated[10:])
