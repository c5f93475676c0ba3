"""The command line never hangs and never crashes: slow pages time out, a killed worker fails its page only,
FIFOs and devices are never opened, closed pipes end quietly, decompression stops at --max-bytes, and an
output that cannot be written is refused before any page is read."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import GOOD, PNG, big_page, cli, jsonl, many_pages, popen, summary


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "a-big.html"
    path.write_bytes(big_page())
    return path


@pytest.fixture
def with_big(tmp_path: Path, big: Path) -> Path:
    """A folder whose first page takes seconds to extract, then the good pages."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / big.name).symlink_to(big)
    for page in GOOD:
        shutil.copy(page, folder / page.name)
    return folder


def _by_status(records: list[dict]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for record in records:
        grouped.setdefault(record["status"], []).append(Path(record["path"]).name)
    return {status: sorted(names) for status, names in grouped.items()}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_past_the_timeout_fails_alone(with_big: Path, jobs: str) -> None:
    result = cli(with_big, "--timeout", "0.5", "-j", jobs)
    assert result.returncode == 1, result.stderr
    records = jsonl(result.stdout)
    assert _by_status(records) == {"failed": ["a-big.html"], "ok": sorted(page.name for page in GOOD)}
    assert f"{with_big / 'a-big.html'}: timed out after 0.5 s (--timeout)" in result.stderr
    if jobs == "2":  # the hung page does not hold the others back: they are written as they finish
        assert records[-1]["status"] == "failed"


@pytest.mark.slow
def test_a_killed_worker_fails_its_page_and_the_batch_goes_on(with_big: Path) -> None:
    """What the OOM killer does: SIGKILL the worker while it works on the big page."""
    proc = popen(with_big, "-j", "1")
    try:
        worker = _busy_child(proc.pid)
        os.kill(worker, signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, stderr
    assert _by_status(jsonl(stdout)) == {"failed": ["a-big.html"], "ok": sorted(page.name for page in GOOD)}
    assert "a-big.html: its worker process was killed by SIGKILL (out of memory?)" in stderr
    assert "Traceback" not in stderr


def _busy_child(parent: int) -> int:
    """The pid of a child process of `parent` that has used some CPU time (it is working on a page)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        for child in children:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[11]) >= 20:  # utime, in clock ticks: 0.2 s of work
                return int(child)
        time.sleep(0.02)
    raise AssertionError("no worker process got to work")


def test_no_timeout_runs_in_process_with_the_same_output(tmp_path: Path) -> None:
    assert cli(*GOOD, "--timeout", "0").stdout == cli(*GOOD).stdout


def test_a_fifo_named_like_a_page_is_skipped_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(GOOD[0], folder / "good.html")
    os.mkfifo(folder / "x.html")
    result = cli(folder, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [r["path"] for r in jsonl(result.stdout)] == [str(folder / "good.html")]
    assert f"{folder / 'x.html'}: skipped, a FIFO is not a page" in result.stderr
    assert "1 skipped (not a regular file 1)" in summary(result.stderr)
    named = cli(folder / "x.html", GOOD[0], timeout=60)  # named on the command line: the same
    assert named.returncode == 0 and len(jsonl(named.stdout)) == 1


def test_a_device_is_skipped_and_stdin_from_one_stops_at_max_bytes() -> None:
    result = cli("/dev/zero", GOOD[0], timeout=60)
    assert result.returncode == 0, result.stderr
    assert "/dev/zero: skipped, a device is not a page" in result.stderr
    with open("/dev/zero", "rb") as zero:
        endless = cli("-", "--max-bytes", "100000", stdin=zero, timeout=60)
    assert endless.returncode == 1
    assert "-: larger than --max-bytes (100,000 bytes)" in endless.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, fmt: str) -> None:
    proc = popen(many_pages(tmp_path / "many", 60), "-f", fmt)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, stderr
    assert stderr == "", stderr


@pytest.mark.parametrize(
    "output", ["missing/out.jsonl", "file.html/out.jsonl", "."], ids=["missing", "not-a-folder", "a-folder"]
)
def test_an_unwritable_output_stops_before_any_work(tmp_path: Path, output: str) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "file.html").write_bytes(PNG)  # would be reported as failed if any page were read
    result = cli(folder, "-o", os.path.join(folder, output))
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"articlextract: cannot write {folder}/{output}"), lines


def test_a_gzip_bomb_stops_at_max_bytes(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<html><body><p>" + b" " * 50_000_000, compresslevel=9)
    (tmp_path / "bomb.html.gz").write_bytes(bomb)
    (tmp_path / "bomb.php").write_bytes(bomb)  # recognised by its content, whatever the name
    result = cli(tmp_path, "--max-bytes", "1000000")
    assert result.returncode == 1
    assert [r["status"] for r in jsonl(result.stdout)] == ["failed", "failed"]
    assert result.stderr.count("larger than --max-bytes (1,000,000 bytes)") == 2
    piped = cli("-", "--max-bytes", "1000000", stdin=bomb)
    assert piped.returncode == 1 and "-: larger than --max-bytes" in piped.stderr


def test_url_with_several_inputs_is_a_usage_error() -> None:
    result = cli(*GOOD, "--url", "https://example.com/a.html")
    assert result.returncode == 2
    assert "--url names one page, but 3 inputs were given" in result.stderr
    assert json.loads(cli(GOOD[0], "--url", "https://example.com/a.html").stdout)["status"] == "ok"


@pytest.fixture
def deep_tree(tmp_path: Path) -> Iterator[Path]:
    """A page 1,100 folders down (Python's recursion limit is 1,000); removed without recursion afterwards,
    since shutil.rmtree, which pytest cleans up with, recurses."""
    top = tmp_path / "deep"
    deep = top
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir(parents=deep == top / "d")
    shutil.copy(GOOD[0], deep / "page.html")
    yield deep
    folders = [tmp_path]
    for folder in folders:
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            else:
                os.unlink(entry.path)
    for folder in reversed(folders[1:]):
        folder.rmdir()


def test_folders_deeper_than_the_recursion_limit(deep_tree: Path, tmp_path: Path) -> None:
    result = cli(tmp_path / "deep", "-O", tmp_path / "out", "-f", "text")
    assert result.returncode == 0, result.stderr[-500:]
    mirrored = tmp_path / "out" / deep_tree.relative_to(tmp_path / "deep") / "page.txt"
    assert mirrored.read_text() == cli(GOOD[0], "-f", "text").stdout
