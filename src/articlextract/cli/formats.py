"""The output formats: how one page renders, and how several share one stream (`FORMATS`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..article import Article

ARTICLE_FIELDS = tuple(Article().to_dict())
OK, EMPTY, FAILED = "ok", "empty", "failed"
_TEXT_SEPARATOR = "\n" + "=" * 72 + "\n"


@dataclass(frozen=True)
class Page:
    """The outcome of one input: `OK` with an article, `EMPTY` (an article without body), or `FAILED`."""

    label: str
    status: str
    article: Article | None = None
    error: str | None = None


@dataclass(frozen=True)
class Outcome:
    """A `Page` as the output needs it: the record is rendered where the page was extracted (in a worker)."""

    label: str
    status: str
    record: str | None
    error: str | None = None


def outcome(page: Page, fmt: str, fields: tuple[str, ...]) -> Outcome:
    return Outcome(page.label, page.status, FORMATS[fmt].render(page, fields), page.error)


@dataclass(frozen=True)
class Frame:
    """How the records of a format share one stream: what opens and closes it, what goes between two."""

    start: str = ""
    between: str = ""
    end: str = ""


@dataclass(frozen=True)
class Format:
    """A ``--format``: the file extension for ``-O``, how one page renders (None: nothing to write, e.g. the
    text of a failed page), whether records are structured (they carry path, status and ``--fields``)."""

    extension: str
    render: Callable[[Page, tuple[str, ...]], str | None]
    structured: bool
    frame: Callable[[tuple[str, ...], bool], Frame] = lambda fields, several: Frame()


def _record(page: Page, fields: tuple[str, ...]) -> dict[str, Any]:
    record: dict[str, Any] = {"path": page.label, "status": page.status}
    if page.article is not None:
        data = page.article.to_dict()
        record.update((name, data[name]) for name in fields)
    if page.error is not None:
        record["error"] = page.error
    return record


def _render_json(page: Page, fields: tuple[str, ...], *, indent: int | None) -> str:
    return json.dumps(_record(page, fields), ensure_ascii=False, indent=indent) + ("" if indent else "\n")


def _csv_columns(fields: tuple[str, ...]) -> list[str]:
    return ["path", "status", *fields, "error"]


def _csv_line(values: Iterable[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()


def _csv_value(value: object) -> object:
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else value


def _render_csv(page: Page, fields: tuple[str, ...]) -> str:
    record = _record(page, fields)
    return _csv_line(_csv_value(record.get(column)) for column in _csv_columns(fields))


def _render_document(page: Page, fields: tuple[str, ...], *, document: Callable[[Article], str]) -> str | None:
    """The article as a document (`Article.to_text`, `Article.to_markdown` …); nothing for a failed page."""
    if page.article is None:
        return None
    return document(page.article).rstrip("\n") + "\n"


def _separated(fields: tuple[str, ...], several: bool) -> Frame:
    return Frame(between=_TEXT_SEPARATOR)


def _json_frame(fields: tuple[str, ...], several: bool) -> Frame:
    """Several records make one JSON array; a single one is written as it is."""
    return Frame("[\n", ",\n", "\n]\n") if several else Frame(end="\n")


FORMATS: dict[str, Format] = {
    "json": Format(".json", partial(_render_json, indent=2), True, _json_frame),
    "jsonl": Format(".jsonl", partial(_render_json, indent=None), True),
    "csv": Format(".csv", _render_csv, True, lambda fields, several: Frame(_csv_line(_csv_columns(fields)))),
    "text": Format(".txt", partial(_render_document, document=Article.to_text), False, _separated),
    "markdown": Format(".md", partial(_render_document, document=Article.to_markdown), False, _separated),
    "html": Format(".html", partial(_render_document, document=Article.to_html), False, _separated),
}
