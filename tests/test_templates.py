"""Hand-written article pages of common CMS templates (tests/templates/<slug>/): body, boilerplate, metadata.

Each check is its own test so that a failure names the template and what went wrong with it. A check the
extractor is known to miss is listed in the fixture's ``known_gaps`` (check name → why) and runs as a strict
xfail: a fix shows up as XPASS, and the entry must go.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

import pytest

import articlextract
from articlextract import Figure
from articlextract.document import strings

TEMPLATES = Path(__file__).parent / "templates"
SLUGS = sorted(path.name for path in TEMPLATES.iterdir() if (path / "expected.json").is_file())
META_FIELDS = ("title", "subtitle", "published", "authors", "source", "editor", "breadcrumbs")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Runs of whitespace (full-width spaces and no-break spaces included) as one space, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def _expected_json(slug: str) -> dict:
    return json.loads((TEMPLATES / slug / "expected.json").read_text(encoding="utf-8"))


@cache
def expected(slug: str) -> dict:
    return _expected_json(slug)


def cases(check: str, slugs: list[str] = SLUGS) -> list[object]:
    """One case per template for `check` (``body``, ``excludes``, ``extra``, ``meta:<field>``), a strict xfail
    where the fixture lists it among its ``known_gaps``."""
    params = []
    for slug in slugs:
        reason = _expected_json(slug).get("known_gaps", {}).get(check)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(slug, marks=marks, id=slug))
    return params


@cache
def extracted(slug: str) -> articlextract.Article:
    return articlextract.extract((TEMPLATES / slug / "page.html").read_bytes())


@cache
def paragraphs(slug: str) -> tuple[str, ...]:
    return tuple(normalise(p) for p in extracted(slug).paragraphs)


def _body(slug: str) -> list[str]:
    return [normalise(p) for p in expected(slug)["body"]]


def test_every_template_is_present() -> None:
    assert len(SLUGS) >= 16


@pytest.mark.parametrize("slug", SLUGS)
def test_fixture_is_well_formed(slug: str) -> None:
    """The fixture itself: 5+ body paragraphs, 8+ excludes, none of them inside an expected paragraph."""
    data = expected(slug)
    assert set(data) - {"known_gaps", "captions"} == {"template", "what", "body", "excludes", "meta"}
    checks = {"body", "excludes", "extra", *(f"meta:{name}" for name in META_FIELDS)}
    assert set(data.get("known_gaps", {})) <= checks
    assert set(data["meta"]) == set(META_FIELDS)
    assert len(data["body"]) >= 5
    assert len(data["excludes"]) >= 8
    assert not [x for x in data["excludes"] if any(x in p for p in _body(slug))]


@pytest.mark.parametrize("slug", cases("body"))
def test_body_paragraphs_in_order(slug: str) -> None:
    """Every expected paragraph is one output paragraph (not split, not merged), in reading order."""
    got = paragraphs(slug)
    position = 0
    missing: list[str] = []
    for paragraph in _body(slug):
        try:
            position = got.index(paragraph, position) + 1
        except ValueError:
            missing.append(paragraph)
    assert not missing, f"{len(missing)} of {len(_body(slug))} expected paragraphs missing or out of order: {missing}"


@pytest.mark.parametrize("slug", cases("excludes"))
def test_no_boilerplate_in_body(slug: str) -> None:
    found = {x: p for x in expected(slug)["excludes"] for p in paragraphs(slug) if x in p}
    assert not found, f"boilerplate in the body: {found}"


@pytest.mark.parametrize("slug", cases("extra"))
def test_no_extra_paragraphs(slug: str) -> None:
    body = set(_body(slug))
    extra = [p for p in paragraphs(slug) if p not in body]
    assert not extra, f"{len(extra)} paragraphs that are not in the expected body: {extra}"


@pytest.mark.parametrize("slug", [slug for slug in SLUGS if "captions" in expected(slug)])
def test_caption_lines_are_figure_captions(slug: str) -> None:
    """A photo caption printed as a plain line under the picture stays in the text, as the references keep it;
    the document gives it to its figure, and none of its paragraphs holds it."""
    blocks = extracted(slug).blocks
    captions = [normalise(block.caption) for block in blocks if isinstance(block, Figure) and block.caption]
    texts = [normalise(text) for block in blocks if not isinstance(block, Figure) for text in strings(block)]
    for caption in map(normalise, expected(slug)["captions"]):
        assert caption in captions, f"no figure captioned {caption!r}: {captions}"
        assert not [text for text in texts if caption in text]


def _same_time(got: datetime | date | None, want: str | None) -> bool:
    """The precision the page prints, and the same day (``2024-05-01``: a `date`) or the same minute
    (``2024-05-01T10:00``: a `datetime`); an expected zone (``…+08:00``) is compared as an instant when the
    output is aware, as wall-clock time when it is not."""
    if got is None or want is None:
        return got is None and want is None
    stated = datetime.fromisoformat(want)
    if len(want) == 10:
        return not isinstance(got, datetime) and got == stated.date()
    if not isinstance(got, datetime):
        return False
    if stated.tzinfo is not None and got.tzinfo is not None:
        return got.replace(second=0, microsecond=0) == stated
    return got.replace(second=0, microsecond=0, tzinfo=None) == stated.replace(tzinfo=None)


@pytest.mark.parametrize("name", META_FIELDS)
@pytest.mark.parametrize("slug", SLUGS)
def test_metadata(slug: str, name: str, request: pytest.FixtureRequest) -> None:
    reason = expected(slug).get("known_gaps", {}).get(f"meta:{name}")
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    want = expected(slug)["meta"][name]
    got = getattr(extracted(slug), name)
    if name == "published":
        assert _same_time(got, want), f"published {got.isoformat() if got else None}, expected {want}"
    elif name == "authors":
        assert set(got) == set(want)
    else:
        assert got == want
