"""The examples in the documentation run as written.

Every fenced block of the documents in `DOCUMENTS` is read at test time (so sections added later are
tested too) and becomes one test, named after its file and line:

* ```` ```python ```` blocks are executed in order, one namespace per document, with the bytes of a sample
  page (`tests/data/seed/p_gb2312.html`) as `page_bytes`. A line that is an expression followed by a comment
  starting with a literal value (``article.source  # '济宁晚报'``) must evaluate to that value.
* Blocks without a language (or ``sh``, ``shell``, ``bash``, ``console``): each command that starts with
  ``articlextract`` (also after ``&&``, or as ``cat FILE | articlextract …``; ``> FILE`` redirects stdout) is
  run as ``python -m articlextract …`` and must exit with status 0 (or N, where ``<!-- docs-test: exit N -->``
  stands on the line before the fence). Other lines (``pip install``, …) are not run.
* A ```` ```json ```` block shows the output of the last command run before it in the same document: every
  record that command wrote must have the top-level keys the block shows.

Commands run in a temporary folder holding the inputs the examples name: `page.html`, `saved/` (two pages),
`tests/data/seed/`, and WARC files (`crawl.warc.gz`, `crawls/`, `a.warc.gz`, `b.warc`) built from
`tests/data/warc/`. A block that cannot run here is marked in the Markdown, on the line before its fence, with
``<!-- docs-test: skip (the reason) -->``; the reason is shown when the test is skipped.
"""

from __future__ import annotations

import ast
import gzip
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tokenize
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import articlextract

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = (
    "README.md",
    "docs/usage.md",
    "docs/decoding.md",
    "docs/pipeline.md",
    "docs/warc.md",
    "docs/performance.md",
    "docs/fuzzing.md",
)
SEED = ROOT / "tests" / "data" / "seed"
SAMPLE_PAGE = SEED / "p_gb2312.html"
SHELL_LANGUAGES = {"", "sh", "shell", "bash", "console"}
SKIP_MARKER = re.compile(r"<!--\s*docs-test:\s*skip\s*(?:\((.*)\))?\s*-->")
EXIT_MARKER = re.compile(r"<!--\s*docs-test:\s*exit\s+(\d+)\s*-->")
FENCE = re.compile(r"^ {0,3}```\s*([\w+-]*)\s*$")
CLAIM_NAMES = {"datetime": datetime, "timezone": timezone, "timedelta": timedelta}


@dataclass(frozen=True)
class Block:
    """One fenced block: its document, the line of its opening fence, language, text, skip reason and the
    exit status its commands must end with."""

    document: str
    line: int
    language: str
    text: str
    skip: str | None
    exit_status: int = 0

    @property
    def where(self) -> str:
        return f"{self.document}:{self.line}"


def read_blocks(document: str) -> list[Block]:
    """The fenced blocks of a Markdown file, with what the markers on the line before a fence say."""
    lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        end = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == "```"), len(lines))
        before = lines[index - 1] if index else ""
        skip, status = SKIP_MARKER.search(before), EXIT_MARKER.search(before)
        text = "\n".join(lines[index + 1 : end])
        blocks.append(
            Block(
                document,
                index + 1,
                opening.group(1).lower(),
                text,
                (skip.group(1) or "marked skip") if skip else None,
                int(status.group(1)) if status else 0,
            )
        )
        index = end + 1
    return blocks


def _runs_something(block: Block) -> bool:
    """Python, JSON shown after a command, or a shell block with an `articlextract` command: a block of any
    other kind (rendered Markdown or HTML shown as output, `pip install` lines) is not an example to run."""
    if block.language in SHELL_LANGUAGES:
        return bool(read_commands(block))
    return block.language in ("python", "py", "json")


# --- the folder the commands run in -------------------------------------------------------------------


def _write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    """A WARC file of request/response pairs for `(page id, url)` from tests/data/warc (gzip members for .gz)."""
    from test_warc import http, page, record  # imported here: that module skips itself without fastwarc

    data = bytearray()
    for number, (page_id, url) in enumerate(pages):
        request = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
        for kind, block in (("request", request), ("response", http(page(page_id)))):
            member = record(kind, 2 * number + (kind == "response"), block, url)[1]
            data += gzip.compress(member, mtime=0) if path.name.endswith(".gz") else member
    path.write_bytes(bytes(data))


def _has_fastwarc() -> bool:
    try:
        import fastwarc  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs")
    shutil.copytree(SEED, folder / "tests" / "data" / "seed")
    shutil.copy(SAMPLE_PAGE, folder / "page.html")
    (folder / "saved").mkdir()
    for name in ("p_gb2312.html", "p_utf8.html"):
        shutil.copy(SEED / name, folder / "saved" / name)
    if _has_fastwarc():
        from test_warc import CGTN, HEALTH, PEOPLE, POEM

        people = (PEOPLE, "http://en.people.cn/n3/2022/1123/c90000-10175286.html")
        cgtn = (CGTN, "https://news.cgtn.com/news/3d3d514f79416a4d31457a6333566d54/index.html")
        poem = (POEM, "https://dugushici.com/ancient_proses/21337")
        health = (HEALTH, "http://health.people.com.cn/n1/2024/0517/c14739-40237861.html")
        (folder / "crawls").mkdir()
        _write_warc(folder / "crawl.warc.gz", [people, poem])
        _write_warc(folder / "crawls" / "one.warc.gz", [cgtn])
        _write_warc(folder / "crawls" / "two.warc", [health])
        _write_warc(folder / "a.warc.gz", [people])
        _write_warc(folder / "b.warc", [poem])
    return folder


def _needs_warc(block: Block) -> bool:
    return ".warc" in block.text or "articlextract.warc" in block.text


# --- running the blocks -------------------------------------------------------------------------------


def _literal_claim(comment: str) -> tuple[bool, Any]:
    """(True, value) when the comment starts with a literal the doc claims as the line's value.

    The longest prefix, cut before a space, ``:``, ``;`` or ``,``, that is a literal (or a call of
    `CLAIM_NAMES`, e.g. ``datetime(2015, 8, 9, 7, 19)``) is the claim: ``'gb18030' — the codec`` claims
    ``'gb18030'``; ``the body, in order`` claims nothing (``the`` is a name, not a literal)."""
    text = comment.lstrip("#").strip()
    cuts = sorted({len(text), *(m.start() for m in re.finditer(r"[\s:;,]", text))}, reverse=True)
    for cut in cuts:
        try:
            tree = ast.parse(text[:cut], mode="eval")
        except SyntaxError:
            continue
        if _is_literal(tree.body):
            return True, eval(compile(tree, "<claim>", "eval"), dict(CLAIM_NAMES))  # checked: literals only
    return False, None


def _is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(_is_literal(item) for item in node.elts)
    if isinstance(node, ast.Dict):
        return all(key is not None and _is_literal(key) for key in node.keys) and all(map(_is_literal, node.values))
    if isinstance(node, ast.UnaryOp):
        return _is_literal(node.operand)
    if isinstance(node, ast.Attribute):
        return isinstance(node.value, ast.Name) and node.value.id in CLAIM_NAMES
    if isinstance(node, ast.Call):
        return (
            isinstance(node.func, ast.Name)
            and node.func.id in CLAIM_NAMES
            and all(map(_is_literal, node.args))
            and all(_is_literal(k.value) for k in node.keywords)
        )
    return False


def _comments(source: str) -> dict[int, str]:
    """Line number → the comment on that line."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {token.start[0]: token.string for token in tokens if token.type == tokenize.COMMENT}


def run_python(block: Block, namespace: dict[str, Any], check: bool) -> None:
    """Execute the block statement by statement; with `check`, compare each claimed value."""
    tree = ast.increment_lineno(ast.parse(block.text, filename=block.document), block.line)  # lines of the doc
    comments = _comments(block.text)
    for statement in tree.body:
        if isinstance(statement, ast.Expr):
            value = eval(compile(ast.Expression(statement.value), block.document, "eval"), namespace)
            line = statement.end_lineno or statement.lineno
            claimed, expected = _literal_claim(comments.get(line - block.line, ""))
            if check and claimed:
                where = f"{block.document}:{line}"
                assert value == expected, f"{where}: the doc says {expected!r}, the code gives {value!r}"
        else:
            exec(compile(ast.Module([statement], []), block.document, "exec"), namespace)


@dataclass(frozen=True)
class Command:
    """One `articlextract …` command of a shell block."""

    where: str
    args: list[str]
    stdin: str | None
    stdout: str | None
    exit_status: int

    @property
    def output_file(self) -> str | None:
        for flag in ("-o", "--output"):
            if flag in self.args[:-1]:
                return self.args[self.args.index(flag) + 1]
        return self.stdout


def read_commands(block: Block) -> list[Command]:
    """The `articlextract` commands of a shell block (``#`` comments, ``\\`` continuations, ``&&``,
    ``cat F |`` and ``> F`` handled)."""
    commands = []
    for offset, line in _logical_lines(block.text):
        try:
            words = shlex.split(line, comments=True)
        except ValueError:  # not shell syntax shlex reads (an unclosed quote in a `python -c` line …)
            assert not line.startswith("articlextract "), f"{block.document}:{block.line + offset}: cannot read"
            continue
        while words:
            part, words = (words[: words.index("&&")], words[words.index("&&") + 1 :]) if "&&" in words else (words, [])
            stdin = None
            if part[:1] == ["cat"] and "|" in part:
                stdin, part = part[1], part[part.index("|") + 1 :]
            if part[:1] != ["articlextract"]:
                continue
            stdout = None
            if ">" in part:
                stdout, part = part[part.index(">") + 1], part[: part.index(">")]
            commands.append(
                Command(f"{block.document}:{block.line + offset}", part[1:], stdin, stdout, block.exit_status)
            )
    return commands


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset of the first line, the line) with backslash-continued lines joined."""
    lines: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for offset, line in enumerate(text.splitlines(), start=1):
        start, joined = pending if pending else (offset, "")
        joined += line
        if line.endswith("\\"):
            pending = (start, joined[:-1])
        else:
            lines.append((start, joined))
            pending = None
    return lines


def run_command(command: Command, folder: Path) -> str:
    """Run the command in `folder` through the real CLI; its output (stdout or the file it wrote)."""
    source = str(Path(articlextract.__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")]),
        "PYTHONIOENCODING": "utf-8",
    }
    stdin = (folder / command.stdin).read_bytes() if command.stdin else None
    done = subprocess.run(
        [sys.executable, "-m", "articlextract", *command.args],
        input=stdin,
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    shown = f"{command.where}: `articlextract {shlex.join(command.args)}` exited {done.returncode}"
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == command.exit_status, f"{shown}, not {command.exit_status}:\n{stderr}"
    if command.stdout:
        (folder / command.stdout).write_bytes(done.stdout)
    target = command.output_file
    return (folder / target).read_text(encoding="utf-8") if target else done.stdout.decode("utf-8")


def shown_keys(text: str) -> set[str]:
    """The top-level keys of a JSON object as printed in a doc, also when its values are elided with `…`."""
    keys, depth, index = set(), 0, 0
    string = re.compile(r'"(?:[^"\\]|\\.)*"')
    while index < len(text):
        char = text[index]
        if char == '"':
            match = string.match(text, index)
            assert match, f"unterminated string in {text!r}"
            if depth == 1 and text[match.end() :].lstrip().startswith(":"):
                keys.add(json.loads(match.group()))
            index = match.end()
            continue
        depth += (char in "{[") - (char in "}]")
        index += 1
    return keys


def records(output: str) -> list[dict[str, Any]]:
    """The JSON objects a command wrote: one document (an object or an array) or JSON lines."""
    try:
        document = json.loads(output)
    except json.JSONDecodeError:
        return [json.loads(line) for line in output.splitlines() if line.strip()]
    return document if isinstance(document, list) else [document]


def _preceding(block: Block) -> list[Block]:
    return [b for b in ALL_BLOCKS if b.document == block.document and b.line < block.line and not b.skip]


ALL_BLOCKS = [block for document in DOCUMENTS for block in read_blocks(document) if _runs_something(block)]


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=[b.where for b in ALL_BLOCKS])
def test_documented_example_runs(block: Block, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.skip:
        pytest.skip(f"{block.where}: {block.skip}")
    if _needs_warc(block) and not _has_fastwarc():
        reason = f"{block.where}: needs fastwarc (pip install 'articlextract[warc]')"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the WARC examples", pytrace=False)
        pytest.skip(reason)
    monkeypatch.chdir(workdir)
    if block.language in ("python", "py"):
        namespace: dict[str, Any] = {"__name__": "__docs__", "page_bytes": SAMPLE_PAGE.read_bytes()}
        with redirect_stdout(io.StringIO()):
            for earlier in _preceding(block):
                if earlier.language in ("python", "py"):
                    run_python(earlier, namespace, check=False)
            run_python(block, namespace, check=True)
    elif block.language in SHELL_LANGUAGES:
        for command in read_commands(block):
            run_command(command, workdir)
    elif block.language == "json":
        shell = [b for b in _preceding(block) if b.language in SHELL_LANGUAGES and read_commands(b)]
        assert shell, f"{block.where}: JSON output shown without a command before it"
        command = read_commands(shell[-1])[-1]
        for record in records(run_command(command, workdir)):
            missing = shown_keys(block.text) - set(record)
            assert not missing, f"{block.where}: `{command.where}` wrote no {sorted(missing)}"
