"""What the command line writes and how it ends: never destroying data (-o is not an input, <out>.partial,
--resume, a full disk), the outcome of every page (status, --fail-on-empty, the summary, exit codes),
which files of a folder are pages, and the formats (--fields, csv, -O DIR)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import resource
import shutil
import signal
from pathlib import Path

import pytest
from cli_support import GOOD, PNG, cli, jsonl, summary

NO_ARTICLE = (
    b"<html><head><title>Contact us</title></head><body><nav><a href='/'>Home</a> "
    b"<a href='/news'>News</a></nav><form><input name=q></form></body></html>"
)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in GOOD:
        shutil.copy(page, folder / page.name)
    return folder


# --- never destroying data ------------------------------------------------------------------------------


def test_an_output_that_is_an_input_is_refused_before_any_work(pages: Path, tmp_path: Path) -> None:
    target = pages / GOOD[0].name
    before = target.read_bytes()
    alias = tmp_path / "alias.html"
    os.link(target, alias)  # the same file under another name
    for output in (target, alias):
        result = cli(pages, "-o", output, "-f", "text")
        assert result.returncode == 2, result.stderr
        assert "is also an input" in result.stderr and "Traceback" not in result.stderr
        assert not Path(f"{output}.partial").exists()
    assert target.read_bytes() == before


def test_output_goes_through_a_partial_file_renamed_on_success(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = cli(pages, "-o", out)
    assert result.returncode == 0, result.stderr
    assert len(jsonl(out.read_text())) == len(GOOD)
    assert not Path(f"{out}.partial").exists()


def _full_disk(limit: int) -> None:
    """The child's files may not grow past `limit` bytes: writes fail with EFBIG as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_is_one_error_line_its_own_exit_code_and_no_torn_record(pages: Path, tmp_path: Path) -> None:
    for index in range(20):
        (pages / f"copy{index:02d}.html").symlink_to(GOOD[index % len(GOOD)])
    out = tmp_path / "out.jsonl"
    out.write_text("the previous result\n")
    result = cli(pages, "-o", out, "--fields", "title", preexec_fn=lambda: _full_disk(1000))
    assert result.returncode == 3, result.stderr
    assert result.stderr.splitlines()[-1] == f"articlextract: cannot write {out}.partial: File too large"
    assert "Traceback" not in result.stderr
    written = jsonl(Path(f"{out}.partial").read_text())  # complete lines only
    assert 0 < len(written) < len(GOOD) + 20
    assert out.read_text() == "the previous result\n"  # untouched until a run succeeds


def test_resume_skips_what_is_written_and_drops_a_torn_line(pages: Path, tmp_path: Path) -> None:
    (pages / "later.html").symlink_to(GOOD[0])
    out = tmp_path / "out.jsonl"
    assert cli(pages, "-o", out, "--keep-order").returncode == 0
    complete = out.read_text().splitlines(keepends=True)
    out.unlink()
    for torn in (complete[2][:40], complete[2].rstrip("\n")):  # killed mid-write, or just before the line end
        Path(f"{out}.partial").write_text("".join(complete[:2]) + torn)
        result = cli(pages, "-o", out, "--resume", "--keep-order")
        assert result.returncode == 0, result.stderr
        assert out.read_text() == "".join(complete)
        assert "2 extracted, " in summary(result.stderr) and "2 already written (--resume)" in summary(result.stderr)
    again = cli(pages, "-o", out, "--resume")  # from the finished file: nothing left to do
    assert again.returncode == 0 and out.read_text() == "".join(complete)
    assert summary(again.stderr).startswith("articlextract: 0 extracted, ")


def test_resume_needs_a_jsonl_output_file(pages: Path, tmp_path: Path) -> None:
    for args in (["--resume"], ["--resume", "-o", tmp_path / "out.txt", "-f", "text"]):
        result = cli(pages, *args)
        assert result.returncode == 2 and "--resume needs" in result.stderr


# --- outcomes, summary and exit codes -------------------------------------------------------------------


def test_a_page_without_an_article_is_its_own_outcome(pages: Path) -> None:
    (pages / "contact.html").write_bytes(NO_ARTICLE)
    (pages / "junk.html").write_bytes(PNG)
    result = cli(pages, "--keep-order")
    assert result.returncode == 1  # junk.html failed
    statuses = {Path(r["path"]).name: r["status"] for r in jsonl(result.stdout)}
    assert statuses == {**{page.name: "ok" for page in GOOD}, "contact.html": "empty", "junk.html": "failed"}
    line = summary(result.stderr)
    assert line.startswith(f"articlextract: {len(GOOD)} extracted, 1 without an article, 1 failed, 0 skipped; ")
    assert line.endswith(" pages/s")
    (pages / "junk.html").unlink()
    assert cli(pages).returncode == 0
    strict = cli(pages, "--fail-on-empty")
    assert strict.returncode == 1 and "1 without an article" in summary(strict.stderr)


def test_exit_codes_are_documented_in_help() -> None:
    text = cli("--help").stdout
    for code in ("0", "1", "2", "3", "4", "130"):
        assert f"\n  {code} " in text, code


# --- which files are pages ------------------------------------------------------------------------------


@pytest.fixture
def mirror_site(tmp_path: Path) -> Path:
    """A site as `wget -r` saves it: pages under any name, next to images, styles and feeds."""
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    shutil.copy(GOOD[0], site / "index.php")
    shutil.copy(GOOD[1], site / "news" / "story.aspx")
    shutil.copy(GOOD[2], site / "news" / "article")  # no extension
    (site / "news" / "old.jsp.gz").write_bytes(gzip.compress(GOOD[0].read_bytes()))
    (site / "logo.png").write_bytes(PNG)
    (site / "style.css").write_text("body { color: #333 }\n")
    (site / "feed.xml").write_text('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>\n')
    return site


def test_folder_files_are_pages_by_content_whatever_their_names(mirror_site: Path) -> None:
    result = cli(mirror_site)
    assert result.returncode == 0, result.stderr
    assert sorted(Path(r["path"]).relative_to(mirror_site).as_posix() for r in jsonl(result.stdout)) == [
        "index.php",
        "news/article",
        "news/old.jsp.gz",
        "news/story.aspx",
    ]
    assert "3 skipped (not HTML 3)" in summary(result.stderr)


def test_glob_narrows_the_files_read(mirror_site: Path) -> None:
    result = cli(mirror_site, "--glob", "news/*")
    assert sorted(Path(r["path"]).name for r in jsonl(result.stdout)) == ["article", "old.jsp.gz", "story.aspx"]
    assert cli(mirror_site, "--glob", "*.nothing").returncode == 2


# --- formats --------------------------------------------------------------------------------------------


def test_fields_choose_what_each_record_carries(pages: Path) -> None:
    records = jsonl(cli(pages, "--fields", "title,published,text").stdout)
    assert [list(record) for record in records] == [["path", "status", "title", "published", "text"]] * len(GOOD)
    full = {r["path"]: r for r in jsonl(cli(pages).stdout)}
    assert all(r["title"] == full[r["path"]]["title"] and r["text"] == full[r["path"]]["text"] for r in records)
    wrong = cli(pages, "--fields", "title,colour")
    assert wrong.returncode == 2 and "unknown field colour" in wrong.stderr


def test_csv_has_a_header_and_joins_lists(pages: Path) -> None:
    result = cli(pages, "-f", "csv", "--fields", "title,authors,paragraphs", "--keep-order")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["path", "status", "title", "authors", "paragraphs", "error"]
    full = jsonl(cli(pages, "--keep-order").stdout)
    assert [row["path"] for row in rows] == [record["path"] for record in full]
    for row, record in zip(rows, full, strict=True):
        assert row["title"] == record["title"] and row["status"] == "ok" and row["error"] == ""
        assert row["paragraphs"] == "; ".join(record["paragraphs"])
        assert row["authors"] == "; ".join(record["authors"])


def test_output_dir_writes_one_file_per_page_mirroring_folders(mirror_site: Path, tmp_path: Path) -> None:
    (mirror_site / "broken.html").write_bytes(PNG)
    out = tmp_path / "out"
    result = cli(mirror_site, "-O", out, "-f", "markdown")
    assert result.returncode == 1  # broken.html
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == ["index.php.md", "news/article.md", "news/old.jsp.md", "news/story.aspx.md"]
    assert (out / "index.php.md").read_text() == cli(mirror_site / "index.php", "-f", "markdown").stdout
    as_json = cli(GOOD[0], "-O", out)
    assert json.loads((out / f"{GOOD[0].stem}.json").read_text()) == json.loads(cli(GOOD[0]).stdout)
    assert as_json.returncode == 0


def test_resume_into_an_output_dir_skips_the_files_written(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli(pages, "-O", out, "-f", "text").returncode == 0
    (out / f"{GOOD[1].stem}.txt").unlink()
    result = cli(pages, "-O", out, "-f", "text", "--resume")
    assert result.returncode == 0
    assert summary(result.stderr).startswith("articlextract: 1 extracted, ")
    assert f"{len(GOOD) - 1} already written (--resume)" in summary(result.stderr)
    assert (out / f"{GOOD[1].stem}.txt").read_text() == cli(GOOD[1], "-f", "text").stdout


@pytest.mark.parametrize(
    ("head", "is_page"),
    [
        (b"<!DOCTYPE html><html><head>", True),
        (b"\xef\xbb\xbf\n\n  <html lang=zh>", True),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', True),
        (b"<!-- saved from url=(0043)http://example.com/ -->\n<html>", True),
        (b"<meta charset=gbk><title>\xd0\xc2\xce\xc5</title><div>", True),  # a fragment saved by a CMS
        ("<html><body>页面</body></html>".encode("utf-16"), True),
        (b'<?xml version="1.0"?><rss><channel><title>News</title>', False),
        (b"body { color: #333 }\n", False),
        (b'{"title": "<html> in a string"}', False),
        (PNG, False),
        (b"", False),
    ],
)
def test_looks_like_html(head: bytes, is_page: bool) -> None:
    from articlextract.cli.inputs import looks_like_html

    assert looks_like_html(head) is is_page
