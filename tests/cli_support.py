"""Running the command line as a user does, for the test_cli_*.py files: a subprocess of
``python -m articlextract`` importing this tree's src/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, BinaryIO

SRC = Path(__file__).parents[1] / "src"
DATA = Path(__file__).parent / "data" / "robustness"
GOOD = sorted(DATA.glob("*.html"))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
ENV = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"}


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "articlextract", *map(str, args)]


def cli(
    *args: str | Path, stdin: bytes | BinaryIO | None = None, timeout: float = 120, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion (stdin: bytes to send, or a file to read from); stdout and stderr as text."""
    feed = {"input": stdin} if isinstance(stdin, bytes) else {"stdin": stdin}
    done = subprocess.run(command(*args), capture_output=True, timeout=timeout, check=False, env=ENV, **feed, **kwargs)
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def popen(*args: str | Path, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, **kwargs
    )


def jsonl(text: str) -> list[dict[str, Any]]:
    assert text == "" or text.endswith("\n"), "the last record is incomplete"
    return [json.loads(line) for line in text.splitlines()]


def summary(stderr: str) -> str:
    """The closing summary line."""
    lines = [line for line in stderr.splitlines() if " extracted, " in line]
    assert lines, f"no summary line: {stderr}"
    return lines[-1]


def many_pages(folder: Path, count: int) -> Path:
    """`folder` holding `count` pages (links to the good pages, in turn)."""
    folder.mkdir()
    for index in range(count):
        (folder / f"page{index:03d}.html").symlink_to(GOOD[index % len(GOOD)])
    return folder


def big_page(paragraphs: int = 150_000) -> bytes:
    """A genuine page big enough (about 14 MB, distinct paragraphs) to take seconds to extract anywhere."""
    line = "<p>Paragraph {0} tells of the fox number {1} and the river {2}, with a few words more.</p>\n"
    body = "".join(line.format(i, i * 7, i % 13) for i in range(paragraphs))
    return f"<html><head><title>Big</title></head><body><article>{body}</article></body></html>".encode()
