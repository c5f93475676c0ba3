"""What goes to stderr: failures as they happen, a progress line on a terminal, the closing summary."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable

from .formats import EMPTY, FAILED, OK, Outcome


class Tally:
    """Counts by outcome, failures on stderr as they happen, a progress line on a terminal, a closing summary."""

    def __init__(self, total: int, *, skipped: Counter[str], resumed: int, progress: bool) -> None:
        self.total = total
        self.skipped = skipped
        self.resumed = resumed
        self.counts: Counter[str] = Counter()
        self.done = 0
        self.progress = Progress(progress)

    def add(self, result: Outcome) -> None:
        self.done += 1
        self.counts[result.status] += 1
        if result.status == FAILED:
            self.progress.clear()
            print(f"articlextract: {result.label}: {result.error}", file=sys.stderr)
        self.progress.show(lambda rate: f"{self.done}/{self.total} pages, {rate:.0f} pages/s", self.done)

    def finish(self, *, quiet: bool) -> None:
        self.progress.clear()
        if quiet:
            return
        seconds = self.progress.elapsed()
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.skipped.most_common())
        resumed = f"; {self.resumed:,} already written (--resume)" if self.resumed else ""
        print(
            f"articlextract: {self.counts[OK]:,} extracted, {self.counts[EMPTY]:,} without an article, "
            f"{self.counts[FAILED]:,} failed, {skipped:,} skipped"
            + (f" ({reasons})" if reasons else "")
            + f"{resumed}; {seconds:.1f} s, {self.done / max(seconds, 1e-9):.0f} pages/s",
            file=sys.stderr,
        )


class Progress:
    """A one-line progress report on stderr, redrawn at most five times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0

    def show(self, line: Callable[[float], str], done: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        sys.stderr.write("\r" + line(done / max(now - self.start, 1e-9)) + " ")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def elapsed(self) -> float:
        return time.monotonic() - self.start
