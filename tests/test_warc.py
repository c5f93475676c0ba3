"""WARC input: the CLI over hand-written WARC files built from real pages (tests/data/warc/).

Every extracted line must equal `extract()` on the same page bytes with the HTTP charset as the caller's
encoding, plus the record's URL, id, date and offset; everything else in the archive (other record types,
a revisit, a truncated record, a 404, an image, a corrupt gzip member) is skipped or failed and counted,
and the records after the corrupt one are still read. `build_crawl` is shared with test_spark.py.

Needs the ``warc`` extra (fastwarc): without it these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from articlextract import Options, cli, extract, warc
from articlextract.cli import formats, outputs, warc_input
from articlextract.errors import ExtractionError, InputTooLargeError

try:
    import fastwarc  # noqa: F401
except ImportError:
    if os.environ.get("CI"):
        pytest.fail("fastwarc is not installed: CI must install articlextract[warc]", pytrace=False)
    pytest.skip("fastwarc is not installed (pip install 'articlextract[warc]')", allow_module_level=True)

DATA = Path(__file__).parent / "data" / "warc"
PEOPLE = "42823abb58e8e160a35fafb52f254f6c6e1d92f1916ecc3254ae492e6082b3d4"
CGTN = "4cd29b7d9856e0451dd951d35e88257c3817c3659ed2108165a29eacab9a1276"
POEM = "9f4c1adb9f61d954f33a02ef1919248e69c007dcbe9d903a0e77b739779951da"
HEALTH = "45fcfa7d6741f4361646905a7fdbd1928f6c00e8d4ff29c44c9a51e40b6b2607"
DATE = "2024-05-17T08:00:00Z"


# --- building the test crawl ------------------------------------------------------------------------


def page(page_id: str) -> bytes:
    return gzip.decompress((DATA / f"{page_id}.html.gz").read_bytes())


def gbk_page() -> bytes:
    """The health page re-encoded to GBK (the corpus stores it as UTF-8 under a GB2312 label)."""
    return page(HEALTH).decode("utf-8").encode("gbk", "xmlcharrefreplace")


def http(body: bytes, content_type: str = "text/html", status: str = "200 OK", headers: tuple = ()) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(body: bytes, size: int = 1000) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def record(kind: str, number: int, block: bytes, url: str | None = None, extra: tuple = ()) -> tuple[str, bytes]:
    """(record id, the WARC record's bytes)."""
    record_id = f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"
    content_type = {
        "response": "application/http; msgtype=response",
        "revisit": "application/http; msgtype=response",
        "request": "application/http; msgtype=request",
    }.get(kind, "application/warc-fields")
    head = [("WARC-Type", kind), ("WARC-Record-ID", record_id), ("WARC-Date", DATE)]
    head += [("WARC-Target-URI", url)] if url else []
    head += [*extra, ("Content-Type", content_type), ("Content-Length", str(len(block)))]
    data = b"WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head).encode() + b"\r\n" + block + b"\r\n\r\n"
    return record_id, data


@dataclass(frozen=True)
class Served:
    """An HTML response in the test crawl: the row the CLI must write for it comes from these."""

    warc: Path
    offset: int
    url: str
    record_id: str
    body: bytes  # the page as the server sent it before Content-Encoding: what extract() is given
    charset: str | None

    def expected_row(self) -> dict:
        article = extract(self.body, self.url, options=Options(encoding=self.charset))
        fields = {
            "path": str(self.warc),
            "offset": self.offset,
            "target_url": self.url,
            "record_id": self.record_id,
            "fetch_date": DATE,
        }
        return {**fields, **article.to_dict()}


@dataclass
class Crawl:
    folder: Path
    files: list[Path] = field(default_factory=list)
    served: list[Served] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    failed: int = 0
    corrupt_offset: int = -1
    records: int = 0


class _WarcWriter:
    """Appends records to one WARC file (one gzip member per record for .warc.gz), noting offsets."""

    def __init__(self, crawl: Crawl, path: Path) -> None:
        self.crawl, self.path, self.data = crawl, path, bytearray()
        self.gzipped = path.name.endswith(".gz")
        crawl.files.append(path)

    def add(
        self,
        kind: str,
        block: bytes,
        url: str | None = None,
        extra: tuple = (),
        skip: str | None = None,
        serve: tuple[bytes, str | None] | None = None,
        garble: bool = False,
    ) -> None:
        self.crawl.records += 1
        record_id, data = record(kind, self.crawl.records, block, url, extra)
        offset = len(self.data)
        member = gzip.compress(data, mtime=0) if self.gzipped else data
        if garble:
            member = _garble(member)
            self.crawl.failed += 1
            self.crawl.corrupt_offset = offset
        self.data += member
        if skip:
            self.crawl.skipped[skip] += 1
        if serve:
            self.crawl.served.append(Served(self.path, offset, url or "", record_id, *serve))

    def close(self) -> None:
        self.path.write_bytes(bytes(self.data))


def _garble(member: bytes) -> bytes:
    """Flip bytes inside the deflate stream, and make sure that really breaks it."""
    broken = bytearray(member)
    for index in range(40, 90):
        broken[index] ^= 0x55
    with pytest.raises(zlib.error):
        zlib.decompress(bytes(broken), 16 + zlib.MAX_WBITS)
    return bytes(broken)


def build_crawl(folder: Path) -> Crawl:
    """Two WARC files: crawl.warc.gz (every kind of record, a corrupt one included) and crawl2.warc (plain)."""
    folder.mkdir(parents=True, exist_ok=True)
    crawl = Crawl(folder)
    people_url = "http://en.people.cn/n3/2022/1123/c90000-10175286.html"
    cgtn_url = "https://news.cgtn.com/news/3d3d514f79416a4d31457a6333566d54/index.html"
    health_url = "http://health.people.com.cn/n1/2024/0517/c14739-40237861.html"
    poem_url = "https://dugushici.com/ancient_proses/21337"

    first = _WarcWriter(crawl, folder / "crawl.warc.gz")
    first.add("warcinfo", b"software: articlextract tests\r\nformat: WARC File Format 1.0\r\n", skip=warc.NOT_RESPONSE)
    first.add(
        "request",
        b"GET /n3/2022/1123/c90000-10175286.html HTTP/1.1\r\nHost: en.people.cn\r\n\r\n",
        people_url,
        skip=warc.NOT_RESPONSE,
    )
    first.add("response", http(page(PEOPLE), "text/html; charset=utf-8"), people_url, serve=(page(PEOPLE), "utf-8"))
    first.add("metadata", b"fetchTimeMs: 120\r\n", people_url, skip=warc.NOT_RESPONSE)
    first.add(
        "response",
        http(gzip.compress(page(CGTN), mtime=0), headers=(("Content-Encoding", "gzip"),)),
        cgtn_url,
        serve=(page(CGTN), None),
    )
    first.add("response", http(gbk_page(), "text/html; charset=gbk"), health_url, serve=(gbk_page(), "gbk"))
    first.add(
        "response",
        http(b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        "http://en.people.cn/logo.png",
        skip=warc.NOT_HTML,
    )
    first.add(
        "revisit",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
        people_url,
        extra=(
            ("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"),
            ("WARC-Refers-To-Target-URI", people_url),
        ),
        skip=warc.REVISIT,
    )
    first.add(
        "response",
        http(b"<html><body><p>Not here</p></body></html>", status="404 Not Found"),
        "http://en.people.cn/gone.html",
        skip=warc.NOT_200,
    )
    first.add(
        "response",
        http(page(PEOPLE)[:3000]),
        "http://en.people.cn/big.html",
        extra=(("WARC-Truncated", "length"),),
        skip=warc.TRUNCATED,
    )
    first.add("response", http(page(PEOPLE)), "http://en.people.cn/corrupt.html", garble=True)
    first.add("response", http(page(POEM)), poem_url, serve=(page(POEM), None))
    first.close()

    second = _WarcWriter(crawl, folder / "crawl2.warc")
    second.add("warcinfo", b"software: articlextract tests\r\n", skip=warc.NOT_RESPONSE)
    second.add(
        "response",
        http(
            chunked(gzip.compress(page(CGTN), mtime=0)),
            headers=(("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")),
        ),
        cgtn_url + "?chunked",
        serve=(page(CGTN), None),
    )
    second.add(
        "response",
        http(page(PEOPLE), "application/xhtml+xml; charset=UTF-8"),
        people_url + "?xhtml",
        serve=(page(PEOPLE), "UTF-8"),
    )
    second.close()
    return crawl


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return build_crawl(tmp_path_factory.mktemp("warc"))


def run_cli(*args: str | Path) -> tuple[int, list[dict], str]:
    """Run the installed CLI as a user would: (exit status, output lines, stderr)."""
    done = subprocess.run(
        [sys.executable, "-m", "articlextract", *map(str, args)], capture_output=True, text=True, timeout=120
    )
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()], done.stderr


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- the command line ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_run(crawl: Crawl, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[dict], str]:
    out = tmp_path_factory.mktemp("out") / "articles.jsonl"
    status, printed, stderr = run_cli(*crawl.files, "-o", out)
    assert printed == []
    return status, read_jsonl(out), stderr


def test_every_line_equals_extract_on_the_same_page(crawl: Crawl, cli_run: tuple) -> None:
    _, rows, _ = cli_run
    assert [row["record_id"] for row in rows] == [served.record_id for served in crawl.served]
    for row, served in zip(rows, crawl.served, strict=True):
        assert row == served.expected_row(), served.url


def test_gbk_header_charset_decodes_the_gbk_page(crawl: Crawl, cli_run: tuple) -> None:
    _, rows, _ = cli_run
    health = next(row for row in rows if row["target_url"].startswith("http://health.people.com.cn/"))
    assert health["encoding"] == "gb18030"
    assert health["title"] == extract(page(HEALTH)).title == "关注青少年心理健康“心成长”服务项目启动"
    assert "心理健康" in health["text"]


def test_summary_counts_and_failures_on_stderr(crawl: Crawl, cli_run: tuple) -> None:
    status, _, stderr = cli_run
    assert status == 1  # a record failed
    corrupt = [line for line in stderr.splitlines() if "corrupt WARC data" in line]
    assert len(corrupt) == crawl.failed == 1
    assert f"crawl.warc.gz@{crawl.corrupt_offset}" in corrupt[0]
    summary = stderr.strip().splitlines()[-1]
    reasons = ", ".join(f"{reason} {count}" for reason, count in crawl.skipped.most_common())
    assert summary.startswith(
        f"articlextract: {len(crawl.served)} extracted, {sum(crawl.skipped.values())} skipped ({reasons}), "
        f"1 failed; {len(crawl.served) + sum(crawl.skipped.values()) + 1} records in 2 WARC files"
    ), summary
    assert "records/s" in summary


def test_records_after_the_corrupt_one_are_read_at_their_offsets(crawl: Crawl, cli_run: tuple) -> None:
    _, rows, _ = cli_run
    after = [
        served
        for served in crawl.served
        if served.warc.name == "crawl.warc.gz" and served.offset > crawl.corrupt_offset
    ]
    assert after, "the crawl must have a page after the corrupt record"
    by_id = {row["record_id"]: row for row in rows}
    for served in after:
        assert by_id[served.record_id]["offset"] == served.offset


def test_folder_and_two_jobs_give_the_same_lines(crawl: Crawl, cli_run: tuple, tmp_path: Path) -> None:
    _, rows, _ = cli_run
    status, printed, stderr = run_cli(crawl.folder, "-j", "2")
    assert status == 1
    assert sorted(printed, key=lambda row: row["record_id"]) == sorted(rows, key=lambda row: row["record_id"])
    assert stderr.count("corrupt WARC data") == 1


def test_http_charset_is_passed_as_the_callers_encoding(crawl: Crawl, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, str | None] = {}
    real_extract = warc.extract

    def spy(data: bytes, url: str | None = None, *, options: Options | None = None) -> object:
        seen[url or ""] = options.encoding if options else None
        return real_extract(data, url, options=options)

    monkeypatch.setattr(warc, "extract", spy)
    results = list(warc.extract_warc(crawl.files[0], Options(encoding="latin-1")))
    assert {served.url: seen[served.url] for served in crawl.served if served.warc == crawl.files[0]} == {
        served.url: served.charset or "latin-1"  # no header charset: the caller's --encoding stays
        for served in crawl.served
        if served.warc == crawl.files[0]
    }
    assert Counter(result.status for result in results)["extracted"] == len(seen)


def test_json_format_writes_one_array(crawl: Crawl) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlextract", str(crawl.files[1]), "-f", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [row["target_url"] for row in json.loads(done.stdout)] == [
        served.url for served in crawl.served if served.warc == crawl.files[1]
    ]


def test_file_cut_short_keeps_its_earlier_records(crawl: Crawl, tmp_path: Path) -> None:
    cut = tmp_path / "cut.warc"
    cut.write_bytes(crawl.files[1].read_bytes()[:-500])
    status, rows, stderr = run_cli(cut)
    assert status == 1
    assert len(rows) == 1 and rows[0]["target_url"].endswith("?chunked")
    assert "the record is cut short" in stderr


def test_not_a_warc_and_missing_files_fail_without_stopping_the_run(crawl: Crawl, tmp_path: Path) -> None:
    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(gzip.compress(b"<html><body>not a WARC</body></html>"))
    status, rows, stderr = run_cli(fake, tmp_path / "missing.warc", crawl.files[1])
    assert status == 1
    assert len(rows) == 2
    assert "fake.warc.gz@0: corrupt WARC data at offset 0" in stderr
    assert "missing.warc: cannot read" in stderr
    assert ", 2 failed;" in stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-f", "text"], "WARC input is written as json or jsonl"),
        (["--url", "http://example.com/"], "--url is for a single page"),
        (["--resume", "--fail-on-empty"], "--resume, --fail-on-empty: for HTML pages only, not for WARC input"),
    ],
)
def test_usage_errors(crawl: Crawl, extra: list[str], message: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main([str(crawl.files[1]), *extra])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_pages_and_warcs_are_not_mixed(crawl: Crawl, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    page_file = tmp_path / "page.html"
    page_file.write_bytes(page(PEOPLE))
    with pytest.raises(SystemExit) as stop:
        cli.main([str(page_file), str(crawl.files[1])])
    assert stop.value.code == 2
    assert "either HTML pages or WARC files" in capsys.readouterr().err


def test_a_page_folder_holding_a_warc_still_reads_its_pages(crawl: Crawl, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(page(PEOPLE))
    (tmp_path / "crawl2.warc").write_bytes(crawl.files[1].read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "articlextract", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert [json.loads(line)["path"] for line in done.stdout.splitlines()] == [str(tmp_path / "page.html")]
    assert "reading the pages only" in done.stderr


def test_progress_line_reports_records_per_second(capsys: pytest.CaptureFixture) -> None:
    tally = warc_input.WarcTally(1, progress=True)
    stream = outputs.Stream(sys.stdout.buffer, formats.Frame(), name="-")
    tally.add(warc_input.WarcEvent("skipped", warc.NOT_RESPONSE, 0), stream)
    assert re.search(r"1 records, 0 extracted, 0/1 files, \d+ records/s", capsys.readouterr().err)


# --- HTTP payloads ------------------------------------------------------------------------------------


def test_parse_http_reads_status_headers_and_body() -> None:
    response = warc.parse_http(b"HTTP/1.0 200 OK\nContent-Type: text/html;charset=GBK\nX-A: 1\nx-a: 2\n\n<p>hi")
    assert response is not None
    assert (response.status, response.body) == (200, b"<p>hi")
    assert response.headers["x-a"] == "1, 2"
    assert warc.header_charset(response.headers["content-type"]) == "GBK"


@pytest.mark.parametrize(
    ("content_type", "charset"),
    [
        ('text/html; charset="gb2312"', "gb2312"),
        ("text/html; Charset = utf-8; q=1", "utf-8"),
        ("text/html", None),
        (None, None),
        ("text/html; charset=no-such-codec", None),
    ],  # made-up: no evidence
)
def test_header_charset(content_type: str | None, charset: str | None) -> None:
    assert warc.header_charset(content_type) == charset


def test_non_http_block_is_skipped_and_a_broken_one_fails() -> None:
    assert warc.parse_http(b"dns answer 1.2.3.4") is None
    with pytest.raises(ExtractionError):
        warc.parse_http(b"HTTP/1.1 OK OK\r\n\r\n")
    with pytest.raises(ExtractionError):
        warc.parse_http(b"HTTP/1.1 200 OK\r\nContent-Type: text/html")


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"content-encoding": "gzip"}, gzip.compress(b"<p>page</p>")),
        ({"content-encoding": "deflate"}, zlib.compress(b"<p>page</p>")),
        ({"content-encoding": "deflate"}, zlib.compress(b"<p>page</p>")[2:-4]),  # raw deflate, as IIS sends
        ({"content-encoding": "gzip"}, b"<p>page</p>"),  # the header lies: the body is plain
        ({"transfer-encoding": "chunked", "content-encoding": "gzip"}, chunked(gzip.compress(b"<p>page</p>"), 7)),
        ({"transfer-encoding": "chunked"}, b"<p>page</p>"),  # dechunked by the crawler, header kept
    ],
)
def test_decode_body(headers: dict[str, str], body: bytes) -> None:
    assert warc.decode_body(warc.HttpResponse(200, headers, body), None) == b"<p>page</p>"


def test_broken_or_oversized_gzip_body_fails_the_record() -> None:
    broken = warc.HttpResponse(200, {"content-encoding": "gzip"}, gzip.compress(b"<p>page</p>" * 50)[:30])
    with pytest.raises(ExtractionError, match="cut short"):
        warc.decode_body(broken, None)
    bomb = warc.HttpResponse(200, {"content-encoding": "gzip"}, gzip.compress(bytes(10_000_000)))
    with pytest.raises(InputTooLargeError, match="1,000,000 bytes"):
        warc.decode_body(bomb, 1_000_000)
    with pytest.raises(ExtractionError, match="unsupported"):
        warc.decode_body(warc.HttpResponse(200, {"content-encoding": "compress"}, b"\x1f\x9d..."), None)


# --- archives and payloads that must not hang, explode or crash ------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl2.warc"])
def test_an_archive_cut_short_says_it_is_truncated(crawl: Crawl, tmp_path: Path, name: str) -> None:
    source = crawl.folder / name
    for size in (100, len(source.read_bytes()) - 20):
        cut = tmp_path / name
        cut.write_bytes(source.read_bytes()[:size])
        status, _, stderr = run_cli(cut)
        assert status == 1, stderr
        assert "the WARC file is truncated: it ends inside the record at offset " in stderr, stderr


def _warc_file(folder: Path, block: bytes) -> Path:
    path = folder / "one.warc"
    path.write_bytes(record("response", 1, block, "http://example.com/a.html")[1])
    return path


def test_an_absurd_chunk_size_is_no_internal_error(tmp_path: Path) -> None:
    block = http(
        b"f" * 100_000 + b"\r\n<html><body><p>text</p></body></html>\r\n0\r\n\r\n",
        headers=(("Transfer-Encoding", "chunked"),),
    )
    status, _, stderr = run_cli(_warc_file(tmp_path, block))
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr
    assert status in (0, 1)
    huge = warc.HttpResponse(200, {"transfer-encoding": "chunked"}, b"fffffffffffffff\r\n<p>cut</p>")
    assert warc.decode_body(huge, None) == b"<p>cut</p>"  # a chunk cut short keeps what arrived


def test_an_oversized_body_is_reported_in_command_line_terms(tmp_path: Path) -> None:
    block = http(gzip.compress(b"<html><body><p>" + b" " * 5_000_000), headers=(("Content-Encoding", "gzip"),))
    status, _, stderr = run_cli(_warc_file(tmp_path, block), "--max-bytes", "1000000")
    assert status == 1
    assert "larger than --max-bytes (1,000,000 bytes)" in stderr and "max_input_bytes" not in stderr, stderr


def test_a_brotli_bomb_stops_at_the_limit() -> None:
    brotli = pytest.importorskip("brotli")
    bomb = warc.HttpResponse(200, {"content-encoding": "br"}, brotli.compress(bytes(50_000_000)))
    with pytest.raises(InputTooLargeError):
        warc.decode_body(bomb, 1_000_000)
    page = brotli.compress(b"<p>page</p>")
    assert warc.decode_body(warc.HttpResponse(200, {"content-encoding": "br"}, page), 100) == b"<p>page</p>"
    with pytest.raises(ExtractionError, match="cut short"):
        warc.decode_body(warc.HttpResponse(200, {"content-encoding": "br"}, brotli.compress(bytes(5000))[:-3]), None)


def test_fields_and_keep_order(crawl: Crawl, cli_run: tuple) -> None:
    _, rows, _ = cli_run
    status, printed, _ = run_cli(*crawl.files, "--fields", "title", "-j", "2", "--keep-order")
    assert status == 1
    assert printed == [{name: row[name] for name in (*warc.RECORD_FIELDS, "title")} for row in rows]


@pytest.mark.slow
def test_a_record_past_the_timeout_fails_the_rest_of_its_file_only(crawl: Crawl, tmp_path: Path) -> None:
    from cli_support import big_page

    slow = tmp_path / "slow.warc"
    slow.write_bytes(
        record("warcinfo", 1, b"software: articlextract tests\r\n")[1]
        + record("response", 2, http(big_page()), "http://example.com/big.html")[1]
        + record("response", 3, http(page(POEM)), "http://example.com/poem.html")[1]
    )
    status, rows, stderr = run_cli(slow, crawl.files[1], "--timeout", "0.5")
    assert status == 1
    assert [row["target_url"] for row in rows] == [s.url for s in crawl.served if s.warc == crawl.files[1]]
    assert f"{slow}: timed out after 0.5 s (--timeout) after offset 0; the rest of the file was not read" in stderr
