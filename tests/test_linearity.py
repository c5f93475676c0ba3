"""Every compiled pattern of the package runs in time linear in its subject.

The patterns are found by introspection — module-level and class-level `re.Pattern` attributes of every
module of `articlextract` — so a new pattern is covered without touching this file. Each one is run
(`search`, whose first attempt is `match`) on adversarial subjects of 1k, 4k and 16k characters built
from its own literal fragments and character classes (read from the parsed pattern and its source),
whitespace, CJK, digit and date runs, and near-misses (a run wrapped in the pattern's own fragments).
Per-character CPU time at 16k more than `_SUPERLINEAR_FACTOR` times the time at 1k, or one call running
past `_CALL_BUDGET_S`, is a failure: a backtracking blow-up grows by the square (or worse) of the run,
far above any timing noise.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import signal
import time
from collections.abc import Callable, Iterator

import pytest

import articlextract

try:  # the parser of the `re` module, to read a pattern's literals and classes
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

SIZES = (1024, 4096, 16384)
_SUPERLINEAR_FACTOR = 8.0
_SCREEN_FACTOR = 2.0
_NOISE_FLOOR_S = 0.002  # a call at 16k faster than this is linear whatever its ratio says
_CALL_BUDGET_S = 1.0
_REPEATS = 3
_MAX_FRAGMENTS = 48
_MAX_PROBLEMS = 3  # enough to show what to fix; a blow-up is not timed out on every subject

Pattern = re.Pattern  # str or bytes


def _package_patterns() -> dict[str, Pattern]:
    """Every compiled pattern bound to a module or class attribute in the package, by qualified name."""
    found: dict[int, tuple[str, Pattern]] = {}
    for info in pkgutil.walk_packages(articlextract.__path__, "articlextract."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                for attribute, member in vars(value).items():
                    if isinstance(member, re.Pattern):
                        found.setdefault(id(member), (f"{info.name}.{name}.{attribute}", member))
    return dict(sorted(found.values(), key=lambda item: item[0]))


PATTERNS = _package_patterns()


def _literal_fragments(pattern: Pattern) -> list[str]:
    """Runs of literal characters of the pattern and one character of each class, in pattern order."""
    fragments: list[str] = []

    def walk(items: object) -> None:
        run: list[str] = []
        for op, argument in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                run.append(chr(argument))
                continue
            if run:
                fragments.append("".join(run))
                run = []
            if name == "IN":
                for class_op, value in argument:
                    if str(class_op) == "LITERAL":
                        fragments.append(chr(value))
                    elif str(class_op) == "RANGE":
                        fragments.append(chr(value[0]))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(argument[2])
            elif name == "SUBPATTERN":
                walk(argument[-1])
            elif name == "BRANCH":
                for branch in argument[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(argument[1])
            elif name == "ATOMIC_GROUP":
                walk(argument)
        if run:
            fragments.append("".join(run))

    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    walk(sre_parse.parse(source, pattern.flags & ~re.UNICODE if isinstance(pattern.pattern, bytes) else pattern.flags))
    fragments += _SOURCE_LITERAL.findall(source)  # "<!--" as written: the parser factors out a shared "<"
    return list(dict.fromkeys(fragment for fragment in fragments if fragment.strip()))[:_MAX_FRAGMENTS]


#: Runs of characters in a pattern's source that are no regex syntax (escapes and classes aside).
_SOURCE_LITERAL = re.compile(r"(?<![\\\[])[^\\\s^$.|?*+()\[\]{}]{2,}")

_RUNS = (" ", " \n", "\t", "\u3000", "中", "驻", "a", "A", "Ab ", "1", "2015-08-09 ", "2015年08月09日", ".", "<a ")


def _subjects(pattern: Pattern, size: int) -> Iterator[tuple[str, str]]:
    """(description, subject of about `size` characters) for each adversarial family."""

    def fill(unit: str, prefix: str = "", suffix: str = "") -> str:
        count = max(1, (size - len(prefix) - len(suffix)) // len(unit))
        return prefix + unit * count + suffix

    fragments = _literal_fragments(pattern)
    for unit in (*_RUNS, *fragments):
        yield f"{unit!r}*", fill(unit)
    for fragment in fragments:
        yield f"({fragment!r} ' ')*", fill(fragment + " ")
        yield f"{fragment!r} ' \\n'* {fragment!r}", fill(" \n", fragment + " ", " " + fragment)
    first = fragments[0] if fragments else "a"
    yield f"{first!r} ' '* '!'", fill(" ", first, "!")


def _as_subject(pattern: Pattern, text: str) -> str | bytes:
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


class _Overrun(Exception):
    pass


def _raise_overrun(signum: int, frame: object) -> None:
    raise _Overrun


def _seconds(call: Callable[[], object], repeats: int) -> float:
    """The least CPU time of `repeats` calls (a busy machine inflates wall time, not this); `_Overrun` when
    one runs past the budget."""
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _raise_overrun)
    try:
        for _ in range(repeats):
            signal.setitimer(signal.ITIMER_REAL, _CALL_BUDGET_S)
            start = time.thread_time()
            call()
            best = min(best, time.thread_time() - start)
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return best


def superlinear_cases(pattern: Pattern) -> list[str]:
    """Descriptions of the subjects on which the pattern's time per character grows with the size.

    `search` only: its first attempt is `match`'s, so it costs at least as much. Each subject is timed at
    1k and 4k characters; only one whose time per character grew by `_SCREEN_FACTOR` is timed at 16k, where
    a super-linear pattern is unmistakable.
    """
    small, middle, large = SIZES
    subjects = {size: dict(_subjects(pattern, size)) for size in SIZES}
    problems = []
    for description in subjects[small]:

        def seconds(size: int, repeats: int, description: str = description) -> float:
            subject = _as_subject(pattern, subjects[size][description])
            return _seconds(lambda: pattern.search(subject), repeats)

        try:
            per_char = {small: seconds(small, _REPEATS) / small, middle: seconds(middle, 1) / middle}
            if per_char[middle] < _SCREEN_FACTOR * per_char[small]:
                continue  # linear so far; a quadratic term that passes 8x at 16k would show 2.4x here
            per_char[large] = seconds(large, _REPEATS) / large
        except _Overrun:
            problems.append(f"{description}: one call took more than {_CALL_BUDGET_S} s")
        else:
            growth = per_char[large] / max(per_char[small], 1e-12)
            if per_char[large] * large > _NOISE_FLOOR_S and growth > _SUPERLINEAR_FACTOR:
                problems.append(f"{description}: per-character time x{growth:.0f} from {small} to {large} characters")
        if len(problems) >= _MAX_PROBLEMS:
            break
    return problems


@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_is_linear(name: str) -> None:
    assert superlinear_cases(PATTERNS[name]) == []


def test_patterns_are_found() -> None:
    """The introspection reaches the package's modules and the lexicon's patterns."""
    assert "articlextract.blocks.JUNK_LINE" in PATTERNS or "articlextract.lexicon.JUNK_LINE" in PATTERNS
    assert any(name.startswith("articlextract.decode.") for name in PATTERNS)
    assert len(PATTERNS) > 100
