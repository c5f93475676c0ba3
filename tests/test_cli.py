"""The command line as a user runs it: batches with bad files, formats, stdin, exit codes, -j, Ctrl-C."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "robustness"
GOOD = sorted(DATA.glob("*.html"))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"


def cli(*args: str | Path, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "articlextract", *map(str, args)],
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True, text=True, timeout=timeout, check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def jsonl(text: str) -> list[dict[str, object]]:
    assert text == "" or text.endswith("\n"), "the last record is incomplete"
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of good pages, binary junk, a corrupt .gz, a broken symlink and a folder named like a page."""
    folder = tmp_path / "saved"
    (folder / "sub").mkdir(parents=True)
    for page in GOOD:
        shutil.copy(page, folder / page.name)
    shutil.copy(GOOD[0], folder / "sub" / "nested.html")
    (folder / "junk.html").write_bytes(PNG)
    (folder / "corrupt.html.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64)
    (folder / "broken.html").symlink_to(tmp_path / "does-not-exist.html")
    (folder / "folder.html").mkdir()
    (folder / "notes.txt").write_text("not a page")
    return folder


def _expected_good(folder: Path) -> list[str]:
    return sorted([*(str(folder / p.name) for p in GOOD), str(folder / "sub" / "nested.html")])


def test_batch_with_bad_files_writes_every_good_page_and_reports_each_failure(batch: Path) -> None:
    result = cli(batch, "--no-progress")
    assert result.returncode == 1, result.stderr
    records = jsonl(result.stdout)
    assert sorted(r["path"] for r in records) == _expected_good(batch)
    assert all(r["title"] and r["paragraphs"] for r in records)
    errors = result.stderr.splitlines()
    for bad in ("junk.html", "corrupt.html.gz", "broken.html"):
        assert any(str(batch / bad) in line for line in errors), f"{bad} not reported: {result.stderr}"
    assert "NotHTMLError" in result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr, "a bad input is reported as an extractor bug"
    assert "notes.txt" not in result.stdout + result.stderr


def test_batch_to_an_output_file_with_two_jobs_matches_one_job(batch: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = cli(batch, "-o", one)
    second = cli(batch, "-o", two, "-j", "2")
    assert first.returncode == second.returncode == 1
    assert jsonl(one.read_text()) == jsonl(two.read_text())
    assert sorted(first.stderr.splitlines()) == sorted(second.stderr.splitlines())


def test_all_good_pages_exit_zero(tmp_path: Path) -> None:
    for page in GOOD:
        shutil.copy(page, tmp_path / page.name)
    result = cli(tmp_path, "-j", "2")
    assert result.returncode == 0, result.stderr
    assert len(jsonl(result.stdout)) == len(GOOD)
    assert result.stderr == ""


def test_single_page_formats() -> None:
    page = GOOD[0]
    as_json = cli(page)
    assert as_json.returncode == 0
    record = json.loads(as_json.stdout)
    assert record["path"] == str(page) and record["title"] and record["text"]

    assert jsonl(cli(page, "--format", "jsonl").stdout)[0] == record
    text = cli(page, "-f", "text").stdout
    assert text.startswith(record["title"]) and record["paragraphs"][0] in text
    markdown = cli(page, "--format", "markdown").stdout
    assert markdown.startswith("# ") and record["paragraphs"][0][:40] in markdown


def test_several_pages_as_json_is_one_array(tmp_path: Path) -> None:
    result = cli(*GOOD, "-f", "json")
    assert result.returncode == 0
    assert [r["path"] for r in json.loads(result.stdout)] == [str(p) for p in GOOD]
    separated = cli(*GOOD, "-f", "text").stdout
    assert separated.count("=" * 72) == len(GOOD) - 1


def test_stdin() -> None:
    page = GOOD[1].read_bytes()
    result = cli("-", stdin=page)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["paragraphs"]
    junk = cli("-", stdin=PNG)
    assert junk.returncode == 1 and "-: NotHTMLError" in junk.stderr


def test_missing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = cli(GOOD[0], missing)
    assert result.returncode == 1
    assert len(jsonl(result.stdout)) == 1
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


def test_size_cap_on_the_command_line(tmp_path: Path) -> None:
    result = cli(GOOD[0], "--max-bytes", "100")
    assert result.returncode == 1 and "InputTooLargeError" in result.stderr


@pytest.mark.parametrize(
    "args",
    [[], ["-j", "0", "x.html"], ["--format", "xml", "x.html"], ["--favor", "speed", "x.html"],
     ["--max-bytes", "0", "x.html"], ["--no-such-option", "x.html"]],
    ids=["no-args", "jobs-0", "bad-format", "bad-favor", "max-bytes-0", "unknown-option"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = cli(tmp_path)
    assert result.returncode == 2 and "no pages" in result.stderr


def test_version_and_help_exit_0() -> None:
    assert cli("--version").returncode == 0
    assert "usage:" in cli("--help").stdout


def test_entry_point_script() -> None:
    script = shutil.which("articlextract")
    if script is None:
        pytest.skip("the articlextract script is not installed (pip install -e .)")
    result = subprocess.run([script, str(GOOD[0])], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and json.loads(result.stdout)["title"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupt_leaves_complete_lines_and_says_how_far_it_got(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(400):
        (folder / f"page{index:03d}.html").symlink_to(GOOD[index % len(GOOD)])
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "articlextract", str(folder), "-o", str(out), "-j", jobs],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 5):
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    records = jsonl(out.read_text())
    assert 5 <= len(records) < 400
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("articlextract: interrupted after ") and last.endswith(" of 400 inputs"), stderr
    assert int(last.split()[3]) >= len(records)
    assert "Traceback" not in stderr, stderr


def test_gzipped_pages_are_read(tmp_path: Path) -> None:
    target = tmp_path / "page.html.gz"
    target.write_bytes(gzip.compress(GOOD[0].read_bytes()))
    result = cli(target)
    assert result.returncode == 0 and json.loads(result.stdout)["paragraphs"]
