"""`extract()`: the stages of the design, top to bottom — the only place that knows their order."""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import fields, is_dataclass, replace
from typing import Any

from lxml import etree

from . import clean, dedup, document, metadata, score
from .article import Article
from .blocks import Block
from .clean import Element
from .decode import Decoded, decode, is_utf8_if_valid
from .errors import ExtractionError, InputTooLargeError, InternalError
from .lexicon import PRIVATE_USE
from .options import Options
from .rules import RulesError

_UTF8_FFFD = "\ufffd".encode()
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"  # and noncharacters, lone surrogates
_NOT_PRINTABLE = re.compile(f"[{_CONTROLS}{PRIVATE_USE}]")
_CONTROL = re.compile(f"[{_CONTROLS}]")
#: An icon font's glyphs, with the white space that set them apart from the text: after them when white space or
#: the start precedes them, before them at the end.
_ICON_GLYPHS = re.compile(f"(?:(?<=\\s)|^)[{PRIVATE_USE}]+\\s+|(?:(?<!\\s)\\s+)?[{PRIVATE_USE}]+$|[{PRIVATE_USE}]+")

#: The document blocks whose strings are their `text` and the addresses of their `links`.
_TEXT_BLOCKS = frozenset({document.Paragraph, document.Heading, document.Quote})
_INPUT_TYPES = (bytes, bytearray, memoryview, str, etree._Element, etree._ElementTree)  # and BeautifulSoup
#: What `extract()` accepts: page bytes, text, a parsed lxml tree or element, or a BeautifulSoup object.
Input = Any  # bytes | bytearray | memoryview | str | lxml element/tree | bs4.BeautifulSoup


def extract(data: Input, url: str | None = None, *, options: Options | None = None) -> Article:
    """Extract the article of a saved page.

    Args:
        data: the page as bytes (any encoding), str, an lxml element or tree, or a BeautifulSoup object.
        url: the page's address, used to resolve a relative canonical URL.
        options: knobs; the defaults are tuned for body F1.

    Returns:
        An `Article`; fields the page does not show are None or empty.

    Raises:
        TypeError: `data` is of none of the accepted types.
        ExtractionError: the input cannot be read as a page (too large, binary, unparseable);
            the subclass says which. `InternalError` wraps any other failure (a bug).
    """
    return _guarded_run(data, url, _checked_options(url, options), None)


def extract_timed(
    data: Input, url: str | None = None, *, options: Options | None = None
) -> tuple[Article, dict[str, float]]:
    """`extract()` plus the seconds spent in each stage (decode, parse, clean, score, metadata, dedup, document)."""
    timings: dict[str, float] = {}
    return _guarded_run(data, url, _checked_options(url, options), timings), timings


def _checked_options(url: object, options: object) -> Options:
    """The options to run with; TypeError for a `url` or `options` of the wrong type."""
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    if options is None:
        return Options()
    if not isinstance(options, Options):
        raise TypeError(f"options must be an articlextract.Options or None, not {type(options).__name__}")
    return options


def _guarded_run(data: Input, url: str | None, options: Options, timings: dict[str, float] | None) -> Article:
    """`_run`, with every exception but an `ExtractionError` (or a `TypeError` for `data`) made one.

    Bad input must never stop a caller that catches `ExtractionError`: running out of memory becomes an
    `InputTooLargeError` naming the cap, anything else an `InternalError` with the original as its cause.
    KeyboardInterrupt and SystemExit are not `Exception`s and pass through.
    """
    _check_input_type(data)
    try:
        return _run(data, url, options, timings)
    except (ExtractionError, RulesError):
        raise  # RulesError: a site's XPath that fails on this page is the rules' fault, not the input's
    except MemoryError:
        raise InputTooLargeError(
            f"ran out of memory reading an input of {_size_hint(data)} (max_input_bytes={options.max_input_bytes}); "
            "lower Options.max_input_bytes to refuse such inputs up front"
        ) from None
    except Exception as error:
        message = f"{type(error).__name__} while extracting: {error} (a bug: please report the input)"
        raise InternalError(message) from error


def _check_input_type(data: object) -> None:
    if not isinstance(data, _INPUT_TYPES) and not _is_soup(data):
        raise TypeError(
            f"extract() takes bytes, str, an lxml element or tree, or a BeautifulSoup object, not {type(data).__name__}"
        )


def _size_hint(data: object) -> str:
    if isinstance(data, (bytes, bytearray, str)):
        return f"{len(data):,} {'characters' if isinstance(data, str) else 'bytes'}"
    return "unknown size"


def _run(data: Input, url: str | None, options: Options, timings: dict[str, float] | None) -> Article:
    stage = _Stopwatch(timings)
    root, encoding = _read(data, options, stage)
    with stage("clean"):  # a site's rules drop their boxes and read their XPaths on the page as served
        ruled = options.rules.apply(root, url) if options.rules is not None else None
    with stage("metadata"):
        structured = metadata.read_structured(root)
    with stage("clean"):
        clean.remove_junk(root)
    with stage("metadata"):
        meta = metadata.read_visible(root, structured, url)
    with stage("clean"):
        clean.unwrap_inline(root)
    with stage("score"):
        ruled_body = ruled.body_blocks(root, options) if ruled is not None else None
        body = score.find_body(root, options, meta.title, meta.description) if ruled_body is None else ruled_body
    with stage("metadata"):
        body = [body[index] for index in metadata.take_body_lines([block.text for block in body], meta)]
    with stage("dedup"):
        repeats = set(_repeats(body, options))
        duplicates = [block.text for index, block in enumerate(body) if index in repeats]
        body = [block for index, block in enumerate(body) if index not in repeats]
    with stage("document"):
        base_url = url or meta.url
        blocks = document.build(body, base_url, links=options.links)
        image = document.lead_image(structured.meta, structured.json_ld, base_url, blocks)
    article = Article(
        title=meta.title,
        subtitle=meta.subtitle,
        paragraphs=[block.text for block in body],
        source=meta.source,
        published=meta.published,
        original_title=meta.original_title,
        authors=meta.authors,
        byline=meta.byline,
        editor=meta.editor,
        breadcrumbs=meta.breadcrumbs,
        url=meta.url,
        site_name=meta.site_name,
        language=meta.language,
        description=meta.description,
        encoding=encoding,
        duplicates=duplicates,
        blocks=blocks,
        image=image,
    )
    return _printable(ruled.override(article) if ruled is not None else article)


def _repeats(body: list[Block], options: Options) -> list[int]:
    """The positions of the body's repeated paragraphs (none when `Options.dedup` is off); code is never one."""
    if not options.dedup:
        return []
    code = frozenset(index for index, block in enumerate(body) if block.preformatted)
    return dedup.find_duplicates([block.text for block in body], options, code)


def _printable(article: Article) -> Article:
    """The article without control characters (C0 but tab and line breaks, DEL, C1), noncharacters
    U+FFFE/U+FFFF or lone surrogates, which a page's bytes can carry into text but no reader is shown, nor
    private-use characters: an icon font's glyphs (``&#xe621;`` before a paragraph), no text outside the site's font.

    One search over all the text decides (it finds none on most pages); only then is each field, and each
    document block's text, cleaned.
    """
    if _NOT_PRINTABLE.search("\n".join(_texts(article))) is None:
        return article
    scrubbed = {field.name: _scrubbed(getattr(article, field.name)) for field in fields(article)}
    return replace(
        article, **{name: (value or None) if isinstance(value, str) else value for name, value in scrubbed.items()}
    )


def _texts(article: Article) -> list[str]:
    """Every string `article` holds: its text fields, the items of its lists of text, and the strings of its
    document blocks (`document.strings`) but those that are the very str of a paragraph (a paragraph
    block's text most often is), which one look at the paragraphs covers."""
    texts: list[str] = []
    for value in vars(article).values():  # the fields: `Article` is a plain dataclass
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list) and value is not article.blocks:
            texts += value
    paragraphs = set(map(id, article.paragraphs))
    return texts + [
        text
        for block in article.blocks
        # most blocks hold a paragraph's text and nothing else: theirs are not even listed
        if type(block) not in _TEXT_BLOCKS or block.links or id(block.text) not in paragraphs
        for text in document.strings(block)
        if id(text) not in paragraphs
    ]


def _scrubbed(value: Any) -> Any:
    """`value` with the unprintable characters taken out of every string it holds; a list loses the items
    that held nothing else (tuples, such as a table's rows, keep their shape)."""
    if isinstance(value, str):
        return _ICON_GLYPHS.sub("", _CONTROL.sub("", value))
    if isinstance(value, list):
        return [item for item in map(_scrubbed, value) if item != ""]
    if isinstance(value, tuple):
        return tuple(map(_scrubbed, value))
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{field.name: _scrubbed(getattr(value, field.name)) for field in fields(value)})
    return value


def _read(data: Input, options: Options, stage: _Stopwatch) -> tuple[Element, str | None]:
    """The page's tree and the codec its bytes were decoded with (None for text or a tree).

    Page bytes that are UTF-8 if valid go to the parser as they are: it reports bytes that are no UTF-8, and only
    then (or when it cannot tell) is the page decoded and parsed by the reference path (`_to_markup`, `clean.parse`).
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        with stage("decode"):
            data = _checked_bytes(data, options)  # (so the reference path copies no bytearray again)
            utf8_if_valid = is_utf8_if_valid(data, options.encoding)
        if utf8_if_valid:
            with stage("parse"):
                root = clean.parse_utf8_page(data)
            if root is not None:
                return root, "utf-8"
    with stage("decode"):
        markup, encoding, utf8 = _to_markup(data, options)
    with stage("parse"):
        return clean.parse(markup, utf8) if markup is not None else _own_copy(data), encoding


def _checked_bytes(data: bytes | bytearray | memoryview, options: Options) -> bytes:
    """The page as `bytes`; InputTooLargeError when it is over the cap."""
    _check_size(data.nbytes if isinstance(data, memoryview) else len(data), options)
    return bytes(data)


def _to_markup(data: Input, options: Options) -> tuple[str | None, str | None, bytes | None]:
    """Page text, the codec it was decoded with, and the text's UTF-8 bytes when the input already is
    them; (None, None, None) for an already parsed tree."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        page = _checked_bytes(data, options)
        decoded = decode(page, options.encoding)
        return decoded.text, decoded.encoding, page if _is_utf8_of(page, decoded) else None
    if isinstance(data, str):
        _check_size(_utf8_size(data, options.max_input_bytes), options)
        return data, None, None
    if isinstance(data, (etree._Element, etree._ElementTree)):
        return None, None, None
    markup = str(data)  # a BeautifulSoup object: `_check_input_type` let nothing else through
    _check_size(_utf8_size(markup, options.max_input_bytes), options)
    return markup, getattr(data, "original_encoding", None), None


def _is_utf8_of(page: bytes, decoded: Decoded) -> bool:
    """Whether `page` is exactly the UTF-8 encoding of the decoded text (a UTF-8 page without a BOM,
    or plain ASCII read as ASCII), so the parser can take the page's own bytes.

    A lossless decoding needs no counting of U+FFFD, nor does text without one: every bad byte would have
    become one. (Searching the text for one character is several times faster than counting a three-byte
    sequence in the page.)
    """
    if decoded.encoding == "utf-8":  # unless a BOM went, or bad bytes became U+FFFD
        if page.startswith(codecs.BOM_UTF8):
            return False
        text = decoded.text
        return decoded.lossless or "\ufffd" not in text or text.count("\ufffd") == page.count(_UTF8_FFFD)
    return len(decoded.text) == len(page) and decoded.text.isascii()


def _utf8_size(text: str, cap: int | None) -> int:
    """The UTF-8 size of `text` (what the parser reads), encoding only when the character count cannot decide."""
    if cap is None or len(text) > cap or 4 * len(text) <= cap:
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def _check_size(size: int, options: Options) -> None:
    if options.max_input_bytes is not None and size > options.max_input_bytes:
        raise InputTooLargeError(
            f"the input has {size:,} bytes, more than max_input_bytes={options.max_input_bytes:,}; "
            "raise Options.max_input_bytes to read it"
        )


def _own_copy(tree: etree._Element | etree._ElementTree) -> Element:
    """Cleaning works in place, so a caller's tree (lxml.etree or lxml.html) is copied first."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root is None:  # an empty ElementTree
        return clean.parse("")
    return clean.parse(etree.tostring(root, encoding="unicode", method="html"))


def _is_soup(data: object) -> bool:
    try:
        from bs4 import BeautifulSoup
    except ImportError:  # pragma: no cover - bs4 is a dependency
        return False
    return isinstance(data, BeautifulSoup)


class _Stopwatch:
    """Adds each stage's wall time into `timings` (a no-op when there is nothing to record into)."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self._timings = timings

    def __call__(self, name: str) -> AbstractContextManager[None]:
        """A `nullcontext` when not timing: a fifth of the cost of entering a generator-based one."""
        return nullcontext() if self._timings is None else self._timed(name, self._timings)

    @staticmethod
    @contextmanager
    def _timed(name: str, timings: dict[str, float]) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
