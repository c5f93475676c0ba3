"""The command line as a user runs it: batches with bad files, formats, stdin, exit codes, -j, Ctrl-C."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from cli_support import GOOD, PNG, cli, jsonl, many_pages, popen, summary


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
    assert sorted(r["path"] for r in records if r["status"] == "ok") == _expected_good(batch)
    assert all(r["title"] and r["paragraphs"] for r in records if r["status"] == "ok")
    failed = {r["path"]: r for r in records if r["status"] == "failed"}
    errors = result.stderr.splitlines()
    for bad in ("junk.html", "corrupt.html.gz", "broken.html"):
        assert any(str(batch / bad) in line for line in errors), f"{bad} not reported: {result.stderr}"
        assert failed[str(batch / bad)]["error"], f"{bad} has no failed record"
    assert set(failed) == {str(batch / bad) for bad in ("junk.html", "corrupt.html.gz", "broken.html")}
    assert "NotHTMLError" in failed[str(batch / "junk.html")]["error"]
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr, "a bad input is reported as an extractor bug"
    assert "notes.txt" not in result.stdout + result.stderr  # not a page: counted, not named
    assert summary(result.stderr).startswith(
        f"articlextract: {len(GOOD) + 1} extracted, 0 without an article, 3 failed, 1 skipped (not HTML 1); "
    )


def test_batch_to_an_output_file_with_two_jobs_matches_one_job(batch: Path, tmp_path: Path) -> None:
    one, two, unordered = tmp_path / "one.jsonl", tmp_path / "two.jsonl", tmp_path / "unordered.jsonl"
    first = cli(batch, "-o", one)
    second = cli(batch, "-o", two, "-j", "2", "--keep-order")
    third = cli(batch, "-o", unordered, "-j", "2")
    assert first.returncode == second.returncode == third.returncode == 1
    assert one.read_bytes() == two.read_bytes()
    assert sorted(one.read_text().splitlines()) == sorted(unordered.read_text().splitlines())
    failures = sorted(line for line in first.stderr.splitlines() if line != summary(first.stderr))
    assert failures == sorted(line for line in second.stderr.splitlines() if line != summary(second.stderr))


def test_all_good_pages_exit_zero(tmp_path: Path) -> None:
    for page in GOOD:
        shutil.copy(page, tmp_path / page.name)
    result = cli(tmp_path, "-j", "2")
    assert result.returncode == 0, result.stderr
    assert len(jsonl(result.stdout)) == len(GOOD)
    assert result.stderr.splitlines() == [summary(result.stderr)]
    quiet = cli(tmp_path, "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_single_page_formats() -> None:
    page = GOOD[0]
    as_json = cli(page)
    assert as_json.returncode == 0
    record = json.loads(as_json.stdout)
    assert record["path"] == str(page) and record["status"] == "ok" and record["title"] and record["text"]

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
    assert json.loads(junk.stdout)["status"] == "failed"


def test_gzip_on_stdin_is_read() -> None:
    result = cli("-", stdin=gzip.compress(GOOD[1].read_bytes()))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(cli("-", stdin=GOOD[1].read_bytes()).stdout)


def test_missing_file_is_reported_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = cli(GOOD[0], missing)
    assert result.returncode == 1
    assert [r["status"] for r in jsonl(result.stdout)] == ["ok", "failed"]
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


def test_size_cap_speaks_of_the_flag(tmp_path: Path) -> None:
    result = cli(GOOD[0], "--max-bytes", "100")
    assert result.returncode == 1
    assert f"{GOOD[0]}: larger than --max-bytes (100 bytes)" in result.stderr
    assert "max_input_bytes" not in result.stderr + result.stdout and "Options" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["-j", "0", "x.html"],
        ["--format", "xml", "x.html"],
        ["--favor", "speed", "x.html"],
        ["--max-bytes", "0", "x.html"],
        ["--no-such-option", "x.html"],
    ],
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
    folder = many_pages(tmp_path / "many", 400)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = popen(folder, "-o", out, "-j", jobs, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not partial.exists() or partial.read_text().count("\n") < 5):
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
        _stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert not out.exists(), "an interrupted run must not pass for a complete one"
    records = jsonl(partial.read_text())
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


DOCUMENT_PAGE = Path(__file__).parent / "documents" / "en-ghost-tide-tables" / "page.html"


def test_html_format_is_the_article_fragment_and_links_only_when_asked() -> None:
    """``-f html`` writes `Article.to_html()`; ``--links`` turns `Options.links` on for it."""
    import articlextract

    page = DOCUMENT_PAGE.read_bytes()
    plain = cli(DOCUMENT_PAGE, "-f", "html")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout == articlextract.extract(page).to_html().rstrip("\n") + "\n"
    assert "<a " not in plain.stdout
    linked = cli(DOCUMENT_PAGE, "-f", "html", "--links")
    expected = articlextract.extract(page, options=articlextract.Options(links=True)).to_html()
    assert linked.stdout == expected.rstrip("\n") + "\n"
    assert "<a href=" in linked.stdout


def test_rules_file_gives_a_sites_fields_and_a_bad_file_is_a_usage_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    import lxml.html

    rules.write_text('[[site]]\nmatch = "news.example.org"\nsource = "//title"\n', encoding="utf-8")
    page = DOCUMENT_PAGE
    shown_title = " ".join(lxml.html.parse(str(page)).findtext(".//title").split())
    general = json.loads(cli(page).stdout)["source"]
    assert general != shown_title
    ruled = cli(page, "--rules", rules, "--url", "https://news.example.org/a/1.html", "--fields", "source", "-q")
    assert ruled.returncode == 0, ruled.stderr
    assert json.loads(ruled.stdout)["source"] == shown_title  # what the site's XPath reads
    other_site = cli(page, "--rules", rules, "--url", "https://elsewhere.example.com/", "--fields", "source", "-q")
    assert json.loads(other_site.stdout)["source"] == general
    rules.write_text('[[site]]\nmatch = "news.example.org"\nbody = "//div[("\n', encoding="utf-8")
    broken = cli(page, "--rules", rules)
    assert broken.returncode == 2
    assert "rules.toml" in broken.stderr and "body" in broken.stderr and "Traceback" not in broken.stderr
