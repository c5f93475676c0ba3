"""Per-site rules: XPaths a user who knows a site's markup writes once, for the pages of that site.

A `Site` names the pages it serves (a host with its subdomains, or a host and path prefix) and any of:
a ``body`` XPath (the body is exactly what it selects: the general scorer does not choose or cut it),
``drop`` XPaths (boxes removed before extraction), and field XPaths (``title``, ``subtitle``,
``published``, ``authors``, ``source``, ``editor``) that override what the general readers found.
`Rules` holds the sites, from Python or from a TOML file of ``[[site]]`` tables (docs/rules.md).

Every XPath is compiled, and tried on an empty page, when a `Site` is built, so a typo fails when the
rules are loaded, never in the middle of a batch.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from .article import Article
from .blocks import Block, split_blocks
from .clean import Element
from .clean import _drop as drop_keeping_tail
from .lexicon import INLINE_TAGS
from .metadata.dates import parse_date

if TYPE_CHECKING:
    from .options import Options

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["FIELDS", "RuledPage", "Rules", "RulesError", "Site"]

#: The `Article` fields a site may read with its own XPath.
FIELDS = ("title", "subtitle", "published", "authors", "source", "editor")
#: XPaths may test class names and text with EXSLT regular expressions: ``re:test(@class, '\\bbody\\b')``.
_NAMESPACES = {"re": "http://exslt.org/regular-expressions"}
_EMPTY_PAGE = etree.fromstring("<html><head></head><body></body></html>")
#: Several names in one node: ``张三、李四``, ``Ann Lee, Bo Park and Cy Ng``, ``A; B``.
_NAME_SEPARATOR = re.compile(r"(?<!\s)\s*[,;，；、]\s*|(?<!\s)\s+and\s+")  # a space run entered at its start
#: The text a reader sees in a node: the parsed page still holds its scripts and styles.
_VISIBLE_TEXT = etree.XPath("descendant-or-self::text()[not(ancestor::script or ancestor::style)]")
_PAGE_URLS = (
    etree.XPath("//link[@rel='canonical']/@href"),
    etree.XPath("//meta[@property='og:url']/@content"),
)
_HOST = re.compile(r"[^\s./:@]+(?:\.[^\s./:@]+)*")
#: What an XPath may call: the XPath 1.0 functions, the node tests, the operators a parenthesis may follow,
#: and the EXSLT ``re:`` functions. XPath 2 names (``lower-case``, ``matches``) fail when the rules load.
_XPATH_FUNCTIONS = frozenset(
    """last position count id local-name namespace-uri name string concat starts-with contains substring-before
    substring-after substring string-length normalize-space translate boolean not true false lang number sum
    floor ceiling round node text comment processing-instruction and or div mod re:test re:match re:replace""".split()
)
_XPATH_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
#: A name before a parenthesis (a call) and a prefixed name (``x:div``), neither after an axis's ``::``.
_XPATH_CALL = re.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*\(")
_XPATH_PREFIX = re.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*):(?!:)")


class RulesError(ValueError):
    """A rules file or `Site` that cannot work: unreadable file, bad TOML, unknown key, bad XPath.

    A configuration mistake, found when the rules are loaded, not bad input: a `ValueError` like a bad
    `Options` value, and deliberately not an `ExtractionError`, so a batch that skips unreadable pages
    never skips a broken rule silently. The message names the file, the ``[[site]]`` and the key.
    """


class _Compiled(NamedTuple):
    body: etree.XPath | None
    drop: tuple[etree.XPath, ...]
    fields: tuple[tuple[str, etree.XPath], ...]


@dataclass(frozen=True)
class Site:
    """The rules of one site.

    Attributes:
        match: the pages served: a host (``example.com``, its subdomains included) or a host and path
            prefix (``example.com/news/``); one pattern or several.
        body: XPath of the article body; the body is the text of every element it selects.
        drop: XPaths of elements removed before extraction.
        title, subtitle, published, authors, source, editor: XPaths of the fields; they override
            the general readers' values when they select some text.
    """

    match: str | tuple[str, ...]
    body: str | None = None
    drop: str | tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    authors: str | None = None
    source: str | None = None
    editor: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "match", _strings(self.match, "match", self))
        object.__setattr__(self, "drop", _strings(self.drop, "drop", self))
        if not self.match:
            raise _error(self, "match", "needs at least one host or host/path prefix")
        for pattern in self.match:
            _check_pattern(pattern, self)
        for key in ("body", *FIELDS):
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                raise _error(self, key, f"must be an XPath string, not {type(value).__name__}")
        if self.body is None and not self.drop and all(getattr(self, key) is None for key in FIELDS):
            raise _error(self, "match", "the site sets no rule: give body, drop or a field XPath")
        self._check_xpaths()

    def __getstate__(self) -> dict[str, Any]:
        """The fields only: compiled XPaths do not pickle, so a copy (an `Options` sent to a worker process)
        compiles its own on first use, and only for a site one of its pages matches."""
        return _fields_of(self)

    @cached_property
    def _compiled(self) -> _Compiled:
        return _Compiled(
            body=None if self.body is None else _compile(self.body, "body", self),
            drop=tuple(_compile(xpath, "drop", self) for xpath in self.drop),
            fields=tuple(
                (key, _compile(xpath, key, self)) for key in FIELDS if (xpath := getattr(self, key)) is not None
            ),
        )

    def _run(self, xpath: etree.XPath, key: str, root: Element) -> object:
        """`xpath` on the page; what only a page can reveal (a call with the wrong number of arguments in a
        predicate, a bad ``re:`` pattern) is a `RulesError` naming the rule, not a crash inside lxml."""
        try:
            return xpath(root)
        except (etree.XPathError, re.error) as error:
            raise _error(self, key, f"XPath {xpath.path!r} fails on this page: {error}") from None

    def _check_xpaths(self) -> None:
        """Compile every XPath and run it on an empty page: that shows a call with the wrong number of
        arguments (outside a predicate), and what the XPath gives: a body or drop rule must select elements,
        a field rule text or elements, never a number or boolean."""
        compiled = self._compiled
        node_sets = [("body", compiled.body)] if compiled.body is not None else []
        node_sets += [("drop", xpath) for xpath in compiled.drop]
        for key, xpath in [*node_sets, *compiled.fields]:
            try:
                result = xpath(_EMPTY_PAGE)
            except etree.XPathError as error:
                raise _error(self, key, f"XPath {xpath.path!r} cannot run: {error}") from None
            if isinstance(result, list) or (isinstance(result, str) and key in FIELDS):
                continue
            kind = "a string" if isinstance(result, str) else "a boolean" if isinstance(result, bool) else "a number"
            wanted = "text, attributes or elements" if key in FIELDS else "elements"
            raise _error(self, key, f"XPath {xpath.path!r} gives {kind}; it must select {wanted}")


@dataclass(frozen=True)
class Rules:
    """The sites a run knows; for a page, the site whose pattern fits its URL most closely applies.

    ``Rules([Site(match="example.com", body="//div[@id='article']")])``, `Rules.from_file` or
    `Rules.from_toml`; pass them as ``Options(rules=...)``. Immutable and picklable.
    """

    sites: tuple[Site, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "sites", tuple(self.sites))
        for site in self.sites:
            if not isinstance(site, Site):
                raise TypeError(f"Rules takes Site objects, not {type(site).__name__}")

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Rules:
        """The rules of a UTF-8 TOML file of ``[[site]]`` tables; `RulesError` names the file on any problem."""
        name = os.fspath(path)
        try:
            with open(path, "rb") as file:
                text = file.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise RulesError(f"{name}: cannot read the rules file: {error}") from error
        return cls.from_toml(text, name=name)

    @classmethod
    def from_toml(cls, text: str, name: str = "<string>") -> Rules:
        """The rules of a TOML text; `name` (a file name) starts every error message."""
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise RulesError(f"{name}: not valid TOML: {error}") from None
        unknown = sorted(set(document) - {"site"})
        if unknown:
            raise RulesError(f"{name}: unknown top-level key {unknown[0]!r}: a rules file holds [[site]] tables")
        tables = document.get("site", [])
        if not isinstance(tables, list):
            raise RulesError(f"{name}: 'site' must be an array of tables, written [[site]]")
        sites = (_site_from_table(table, f"{name}: [[site]] {number}") for number, table in enumerate(tables, 1))
        return cls(tuple(sites))

    def __getstate__(self) -> dict[str, Any]:
        """The fields only: a copy builds its own index of hosts."""
        return _fields_of(self)

    def site_for(self, url: str) -> Site | None:
        """The site serving `url`: the one with the longest matching host, then the longest path prefix;
        on a tie, the first in order."""
        page = _host_and_path(url)
        if page is None:
            return None
        host, path = page
        labels = host.split(".")
        suffixes = (".".join(labels[start:]) for start in range(len(labels)))  # longest first
        for suffix in suffixes:
            fits = [(prefix, site) for prefix, site in self._by_host.get(suffix, ()) if path.startswith(prefix)]
            if fits:
                return max(fits, key=lambda fit: len(fit[0]))[1]  # the first of the longest prefixes
        return None

    @cached_property
    def _by_host(self) -> dict[str, list[tuple[str, Site]]]:
        """The sites' patterns by host, as (path prefix, site) in order: a page looks up its host and the
        hosts it is a subdomain of, whatever the number of sites."""
        index: dict[str, list[tuple[str, Site]]] = {}
        for site in self.sites:
            for host, prefix in map(_split_pattern, site.match):
                index.setdefault(host, []).append((prefix, site))
        return index

    def apply(self, root: Element, url: str | None) -> RuledPage | None:
        """Apply the rules of the site serving the page to its freshly parsed tree: remove its ``drop``
        elements, then read its field XPaths and pick its body elements. None when no site serves it.

        The page's address is `url` when it names a host, else its canonical link or ``og:url``.
        XPaths run on the page as served (scripts, ``<head>`` and inline markup still there), since that
        is what their author reads.
        """
        address = url if url and _host_and_path(url) else _declared_url(root)
        site = self.site_for(address) if address else None
        if site is None:
            return None
        compiled = site._compiled
        for xpath in compiled.drop:
            for element in _elements(site._run(xpath, "drop", root)):
                drop_keeping_tail(element)
        fields = {
            key: value for key, xpath in compiled.fields if (value := _field_value(key, site._run(xpath, key, root)))
        }
        body = _outermost(_elements(site._run(compiled.body, "body", root))) if compiled.body is not None else ()
        for element in body:  # cleaning unwraps inline elements: a <span id="content"> body must stay a box
            if element.tag in INLINE_TAGS:
                element.tag = "div"
        return RuledPage(body or None, fields)


@dataclass(frozen=True)
class RuledPage:
    """What a site's rules read on one page: its body elements (None without a body rule that selected
    one) and its field values by `Article` attribute."""

    body: tuple[Element, ...] | None
    fields: dict[str, Any]

    def body_blocks(self, root: Element, options: Options) -> list[Block] | None:
        """The blocks of the body elements still in the page after cleaning, in document order (image
        captions only as `Options` keeps them on any page); None without a body rule that selected one."""
        if self.body is None:
            return None
        keep_captions = options.include_captions or options.favor == "recall"
        return [
            block
            for element in self.body
            if element.getroottree().getroot() is root  # junk removal may have taken it
            for block in split_blocks(element)[0]
            if keep_captions or not block.caption
        ]

    def override(self, article: Article) -> Article:
        """`article` with the rules' field values in place of the general readers' ones."""
        if not self.fields:
            return article
        fields = dict(self.fields)
        if "published" in fields:
            fields["published"] = _with_zone(fields["published"], article.published)
        return dataclasses.replace(article, **fields)


def _fields_of(instance: Any) -> dict[str, Any]:
    """A dataclass's fields by name, without what its cached properties hold."""
    return {field.name: getattr(instance, field.name) for field in dataclasses.fields(instance)}


def _site_from_table(table: object, where: str) -> Site:
    """A `Site` from one ``[[site]]`` table; errors start with `where` (file and table number)."""
    if not isinstance(table, dict):
        raise RulesError(f"{where}: must be a table")
    known = [field.name for field in dataclasses.fields(Site)]
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(known)}"
            site = _label(table.get("match"))
            raise RulesError(f"{where}: unknown key {key!r} (in the site matching {site}); {hint}")
    if "match" not in table:
        raise RulesError(f"{where}: 'match' is missing: every [[site]] names the host or host/path it serves")
    try:
        return Site(**table)
    except RulesError as error:
        raise RulesError(f"{where}: {error}") from None


def _error(site: Site, key: str, problem: str) -> RulesError:
    return RulesError(f"{key}: {problem} (in the site matching {_label(site.match)})")


def _label(match: object) -> str:
    """``'a.com' or 'b.com/news/'``: the site as its ``match`` names it."""
    if isinstance(match, str):
        return repr(match)
    return " or ".join(map(repr, match)) if isinstance(match, (list, tuple)) and match else "nothing"


def _strings(value: object, key: str, site: Site) -> tuple[str, ...]:
    """One string or a sequence of them, as a tuple (so a `Site` hashes and pickles)."""
    values = (value,) if isinstance(value, str) else value
    if not isinstance(values, (list, tuple)) or not all(isinstance(item, str) for item in values):
        raise _error(site, key, "must be a string or a list of strings")
    return tuple(values)


def _check_pattern(pattern: str, site: Site) -> None:
    if "://" in pattern:
        raise _error(site, "match", f"{pattern!r}: write the host without a scheme, e.g. 'example.com/news/'")
    if not _HOST.fullmatch(_split_pattern(pattern)[0]):
        raise _error(site, "match", f"{pattern!r} is not a host ('example.com') or host/path ('example.com/news/')")


def _split_pattern(pattern: str) -> tuple[str, str]:
    """``Example.com/news/`` → (``example.com``, ``/news/``); a bare host prefixes every path."""
    host, slash, path = pattern.partition("/")
    return host.lower().rstrip("."), slash + path


def _compile(xpath: str, key: str, site: Site) -> etree.XPath:
    """The compiled XPath; lxml checks its syntax, and `_unknown_name` the names lxml resolves only when a
    step runs (a call inside a predicate runs on matching pages only)."""
    try:
        compiled = etree.XPath(xpath, namespaces=_NAMESPACES)
    except etree.XPathSyntaxError as error:
        raise _error(site, key, f"invalid XPath {xpath!r}: {error}") from None
    unknown = _unknown_name(xpath)
    if unknown:
        raise _error(site, key, f"XPath {xpath!r}: {unknown}")
    return compiled


def _unknown_name(xpath: str) -> str | None:
    """What in `xpath` (outside its string literals) lxml cannot resolve: a function, a namespace prefix or a
    variable; None when all is known."""
    code = _XPATH_STRING.sub("''", xpath)
    for call in _XPATH_CALL.findall(code):
        if call not in _XPATH_FUNCTIONS:
            return f"unknown function {call}() (XPath 1.0 functions and re:test, re:match, re:replace only)"
    for prefix in _XPATH_PREFIX.findall(code):
        if prefix not in _NAMESPACES and prefix != "xml":
            return f"undefined namespace prefix {prefix!r} (only 're' is defined)"
    return "variables ($name) have no values here" if "$" in code else None


def _host_and_path(url: str) -> tuple[str, str] | None:
    """The lower-case host and the path of an absolute URL; None for a relative or malformed one."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
    except ValueError:  # a malformed address ("http://[::1") read from the page is no address
        return None
    return (host, parts.path or "/") if host else None


def _declared_url(root: Element) -> str | None:
    """The page's own absolute address: its canonical link, else its ``og:url``."""
    for xpath in _PAGE_URLS:
        for value in xpath(root):
            if _host_and_path(value):
                return str(value).strip()
    return None


def _elements(result: object) -> list[Element]:
    """The elements of an XPath result (which may also hold strings and attributes)."""
    return [item for item in result if isinstance(item, etree._Element)] if isinstance(result, list) else []


def _outermost(elements: list[Element]) -> tuple[Element, ...]:
    """The elements not inside another one of them (an XPath may select a box and its paragraphs)."""
    chosen = set(elements)
    return tuple(element for element in elements if not any(a in chosen for a in element.iterancestors()))


def _texts(result: object) -> list[str]:
    """The whitespace-normalised, non-empty texts of an XPath result: one per element, string or attribute."""
    items: Iterable[object] = result if isinstance(result, list) else [result]
    texts = []
    for item in items:
        if isinstance(item, etree._Element):
            item = "".join(_VISIBLE_TEXT(item))
        if isinstance(item, str) and (text := " ".join(item.split())):
            texts.append(text)
    return texts


def _field_value(key: str, result: object) -> str | list[str] | datetime | None:
    """The value of field `key` from its XPath result; None (the general value stays) when it holds none."""
    texts = _texts(result)
    if key == "authors":
        names = (name for text in texts for name in _NAME_SEPARATOR.split(text))
        return list(dict.fromkeys(name for name in names if name)) or None
    if key == "published":
        return next((date for text in texts if (date := parse_date(text)) is not None), None)
    return texts[0] if texts else None


def _with_zone(ruled: datetime, general: datetime | None) -> datetime:
    """A rule's date without a zone that reads the same wall-clock time as the general one keeps the zone
    the page states elsewhere (its metadata), as the general reader does."""
    if ruled.tzinfo is None and general is not None and general.tzinfo is not None:
        return general if general.replace(tzinfo=None) == ruled else ruled
    return ruled
