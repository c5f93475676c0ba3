"""Coverage-guided fuzzing of `extract()` with atheris (libFuzzer for Python).

The contract under test: on any bytes or str, `extract()` returns an `Article` or raises
`ExtractionError` other than `InternalError` (which wraps a bug); anything else is a crash. Run (see
docs/fuzzing.md)::

    python tests/fuzz/fuzz_extract.py /tmp/fuzz-corpus tests/fuzz/seeds \
        -dict=tests/fuzz/html.dict -max_total_time=600 -timeout=20 -rss_limit_mb=4096 -max_len=1048576

The first byte picks how the rest is handed over (bytes, str, with or without a caller charset,
which `Options.favor`, and whether the page is repeated past the 512 KiB declaration scan), so the
fuzzer explores the str path, the option space and the end of every bounded scan as well.

``FUZZ_IGNORE`` (a regular expression matched against ``"ExceptionType: message"``) lets a long run
go past a crash that is already known and reported, to find the next one.
"""

from __future__ import annotations

import os
import re
import sys

import atheris

with atheris.instrument_imports(include=["articlextract"]):
    import articlextract
    from articlextract import ExtractionError, InternalError, Options

_IGNORE = re.compile(os.environ["FUZZ_IGNORE"]) if os.environ.get("FUZZ_IGNORE") else None
_FAVORS = ("balanced", "precision", "recall")
_TILED_BYTES = 600 * 1024  # past decode's 512 KiB scan for charset declarations
#: Caller charsets, right or wrong for the page (an unknown label is refused by `Options` itself, before
#: any extraction, so it has no place here).
_CHARSETS = (None, "gb2312", "utf-8", "iso-8859-1", "shift_jis", "utf-16", "big5")


def _options(selector: int) -> Options:
    return Options(
        favor=_FAVORS[selector % 3], encoding=_CHARSETS[(selector // 3) % len(_CHARSETS)], dedup=selector % 7 != 0
    )


def test_one_input(data: bytes) -> None:
    """One fuzz case: the first byte chooses the mode, the rest is the page."""
    if not data:
        return
    selector, page = data[0], data[1:]
    if selector & 0x40 and page:  # a short input repeated to the end of the bounded scans (a long one as it is)
        page = page * (_TILED_BYTES // len(page) + 1)
    payload: bytes | str = page.decode("utf-8", "replace") if selector & 0x80 else page
    try:
        article = articlextract.extract(payload, "https://example.com/a/b.html", options=_options(selector))
    except InternalError as error:  # a bug that `extract()` wrapped for its callers
        if _ignored(error.__cause__ or error):
            return
        raise
    except ExtractionError:
        return
    except Exception as error:
        if _ignored(error):
            return
        raise
    article.to_json()
    article.to_markdown()


def _ignored(error: BaseException) -> bool:
    """A known crash that FUZZ_IGNORE names, to go past it."""
    return _IGNORE is not None and _IGNORE.search(f"{type(error).__name__}: {error}") is not None


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
