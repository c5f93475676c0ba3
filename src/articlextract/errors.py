"""The one exception family `extract()` raises: callers catch `ExtractionError` and nothing else."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base class of every error articlextract raises on bad input."""


class InputTooLargeError(ExtractionError):
    """The input exceeds `Options.max_input_bytes`; raised before any parsing work is done."""


class NotHTMLError(ExtractionError):
    """The input is binary data (an image, an archive, a PDF …), not a text document."""


class ParseError(ExtractionError):
    """The HTML parser could not build a tree from the decoded text."""
