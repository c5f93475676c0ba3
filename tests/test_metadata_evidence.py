"""Candidates and priorities: the resolver picks by the priority table, and the docs print that table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlextract.metadata.evidence import (
    BODY_END,
    INFO,
    NEXT,
    PRIORITY,
    STRUCTURED,
    UPDATE,
    Candidate,
    resolve,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "metadata.md"
_ROW = re.compile(r"^\| `(?P<field>\w+)` \| (?P<places>[a-z ]+(?: > [a-z ]+)+) \|$", re.M)


def test_docs_table_is_the_priority_data() -> None:
    documented = {m["field"]: tuple(m["places"].split(" > ")) for m in _ROW.finditer(DOCS.read_text("utf-8"))}
    assert documented == PRIORITY


def test_most_trusted_place_wins_whatever_the_order_offered() -> None:
    offered = [
        Candidate("published", "structured value", STRUCTURED),
        Candidate("published", "update", UPDATE),
        Candidate("published", "from the info line", INFO),
    ]
    assert resolve("published", offered) == offered[2]


def test_first_offered_wins_among_one_place() -> None:
    offered = [Candidate("authors", ["A"], BODY_END), Candidate("authors", ["B"], BODY_END)]
    assert resolve("authors", offered) == offered[0]


@pytest.mark.parametrize("field", sorted(PRIORITY))
def test_nothing_offered_is_none(field: str) -> None:
    assert resolve(field, [Candidate("other", "x", INFO)]) is None


def test_a_place_outside_the_table_is_never_chosen() -> None:
    assert resolve("source", [Candidate("source", "x", NEXT)]) is None  # sources are not read next to headlines
