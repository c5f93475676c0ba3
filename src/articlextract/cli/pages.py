"""Extracting pages in worker processes: the task each worker runs, and what the parent gets back."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from ..errors import ExtractionError, InputTooLargeError
from ..options import Options
from ..pipeline import extract
from . import pool
from .formats import EMPTY, FAILED, OK, Outcome, Page, outcome
from .inputs import Input, TooLarge, read_page


@dataclass(frozen=True)
class PageJob:
    """What every page of a run shares: sent once to each worker."""

    options: Options
    format: str
    fields: tuple[str, ...]
    url: str | None
    max_bytes: int


def page_outcomes(job: PageJob, todo: list[Input], args: argparse.Namespace) -> Iterator[Outcome]:
    """Each input's `Outcome`, as they finish (or in input order with --keep-order)."""
    timeout = args.timeout or None
    tasks = (_task(item, job.max_bytes) for item in todo)
    events = pool.run(partial(page_results, job), tasks, jobs=args.jobs, timeout=timeout)
    if args.keep_order:
        events = pool.in_order(events)
    for index, event in events:
        if isinstance(event, Outcome):
            yield event
        elif event.how != "done":
            lost = Page(todo[index].label, FAILED, error=lost_reason(event, args.timeout))
            yield outcome(lost, job.format, job.fields)


def _task(item: Input, limit: int) -> tuple[str, bytes | None]:
    """(label, data): stdin is read here, capped, since only this process has it."""
    if item.label != "-":
        return item.label, None
    return item.label, sys.stdin.buffer.read(limit + 1)


def lost_reason(ended: pool.Ended, timeout: float) -> str:
    if ended.how == "timeout":
        return f"timed out after {timeout:g} s (--timeout)"
    return ended.detail


def page_results(job: PageJob, task: tuple[str, bytes | None]) -> Iterator[Outcome]:
    """Read, extract and render one input (the worker's side of `pool.run`)."""
    yield outcome(extract_page(job, *task), job.format, job.fields)


def extract_page(job: PageJob, label: str, data: bytes | None) -> Page:
    """Read and extract one input; every failure becomes a failed `Page` whose error speaks CLI terms."""
    try:
        article = extract(read_page(label, data, job.max_bytes), job.url, options=job.options)
    except (TooLarge, InputTooLargeError):
        return Page(label, FAILED, error=f"larger than --max-bytes ({job.max_bytes:,} bytes)")
    except ExtractionError as error:
        return Page(label, FAILED, error=f"{type(error).__name__}: {error}")
    except OSError as error:
        return Page(label, FAILED, error=f"cannot read: {error.strerror or error}")
    except Exception as error:  # an extractor bug must not end the batch
        return Page(label, FAILED, error=f"internal error ({type(error).__name__}: {error}); please report it")
    return Page(label, OK if article.paragraphs else EMPTY, article)
