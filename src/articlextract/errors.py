"""The one exception family `extract()` raises on bad input: callers catch `ExtractionError` and nothing else.

The contract (docs/errors.md): on any ``bytes`` or ``str`` — and on lxml trees and BeautifulSoup
objects — `extract()` returns an `Article` (empty fields where the page shows nothing) or raises one
of the subclasses below, with a message that says what was wrong and what to do about it. Arguments
of the wrong type raise `TypeError`, as everywhere in Python; anything else escaping `extract()` is a bug.
"""

from __future__ import annotations

__all__ = ["ExtractionError", "InputTooLargeError", "InternalError", "NotHTMLError", "ParseError"]


class ExtractionError(Exception):
    """Base class of every error articlextract raises on bad input."""


class InputTooLargeError(ExtractionError):
    """The input exceeds `Options.max_input_bytes` (raised before any decoding or parsing work is done),
    or reading it ran out of memory (then the message names the cap to lower)."""


class InternalError(ExtractionError):
    """An unexpected failure inside the extractor on this input (a bug: please report the input).

    The original exception is chained as ``__cause__``; it is wrapped so that a batch that catches
    `ExtractionError` skips the page instead of stopping.
    """


class NotHTMLError(ExtractionError):
    """The input is binary data (an image, an archive, a PDF, an executable …), not a text document."""


class ParseError(ExtractionError):
    """The HTML parser could not build a tree from the decoded text."""
