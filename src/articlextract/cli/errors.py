"""The exit statuses of a run, and the exceptions that end one early."""

from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_CODES = {
    EXIT_OK: "every page extracted (pages without an article included, unless --fail-on-empty)",
    EXIT_FAILED: "some pages (or WARC records) failed, or with --fail-on-empty some pages had no article",
    EXIT_USAGE: "usage error (nothing was read)",
    EXIT_OUTPUT: "the output could not be written (missing folder, full disk …); "
    "an -o file is left as <out>.partial with complete records only",
    EXIT_INTERNAL: "internal error: a bug in articlextract stopped the run (the message says what to report)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
}


class UsageError(Exception):
    """A mistake in the command line, found before any page is read."""


class OutputError(Exception):
    """The output cannot be written; the message names it and says why."""


class ReaderGone(Exception):
    """stdout is a pipe whose reader has gone (`| head`): the run stops quietly."""
