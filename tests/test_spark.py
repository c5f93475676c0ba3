"""The Spark job in local mode (local[2]) over the test crawl of test_warc.py: its rows are the CLI's lines.

Runs the job's `main()` (what ``python -m articlextract.spark`` and spark-submit call; JSON lines out) and
`run()` (Parquet out, read back with Spark) in one local[2] session, since starting the JVM is most of the
cost. Needs pyspark, fastwarc and Java: without them the tests
skip with the reason, except under CI, where they fail.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _installed(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


MISSING = [name for name in ("pyspark", "fastwarc") if not _installed(name)]
if MISSING or not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    reason = (
        f"{' and '.join(MISSING)} not installed (pip install 'articlextract[spark,warc]')"
        if MISSING
        else "no Java on this machine: Spark needs a Java 17+ runtime (e.g. apt-get install openjdk-17-jre)"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the Spark test", pytrace=False)
    pytest.skip(reason, allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402
from test_warc import Crawl, build_crawl, run_cli  # noqa: E402

from articlextract import spark as job  # noqa: E402

# Keep Spark on the loopback interface and quick to start (C1 JIT, serial GC: the JVM only moves bytes here);
# its Python workers must be this interpreter, which imports this checkout's articlextract.
SPARK_ENV = {
    "SPARK_LOCAL_IP": "127.0.0.1",
    "PYSPARK_PYTHON": sys.executable,
    "PYSPARK_SUBMIT_ARGS": '--driver-java-options "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" '
    "--conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false pyspark-shell",
}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return build_crawl(tmp_path_factory.mktemp("warc"))


@pytest.fixture(scope="module")
def cli_lines(crawl: Crawl, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("cli") / "articles.jsonl"
    run_cli(*crawl.files, "-o", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(crawl.served)
    return {line["record_id"]: line for line in lines}


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """One local[2] session for the module: a JVM start is most of this file's run time."""
    saved = {name: os.environ.get(name) for name in SPARK_ENV}
    os.environ.update(SPARK_ENV)
    session = SparkSession.builder.master("local[2]").appName("articlextract-test").getOrCreate()
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def check_rows(rows: list[dict], crawl: Crawl, cli_lines: dict[str, dict]) -> None:
    """Extracted rows equal the CLI's lines (paths as Spark names them); the corrupt record is an error row."""
    cli_lines = {key: dict(value) for key, value in cli_lines.items()}
    failed = [row for row in rows if row["error"] is not None]
    extracted = [row for row in rows if row["error"] is None]
    assert len(failed) == crawl.failed == 1
    assert failed[0]["offset"] == crawl.corrupt_offset
    assert "corrupt WARC data" in failed[0]["error"]
    assert failed[0]["path"].endswith("/crawl.warc.gz")
    assert sorted(row["record_id"] for row in extracted) == sorted(cli_lines)
    for row in extracted:
        line = cli_lines[row["record_id"]]
        row.update({name: [json.loads(item) for item in row[name]] for name in job.JSON_LIST_FIELDS})
        assert row.pop("path").endswith("/" + Path(line.pop("path")).name)
        assert row.pop("error") is None
        assert row == line


def test_spark_main_writes_the_cli_rows_as_json_lines(
    crawl: Crawl, cli_lines: dict[str, dict], spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "articles"
    assert job.main(["--master", "local[2]", "-f", "json", *map(str, crawl.files), "-o", str(out)]) == 0
    rows = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text().splitlines()]
    assert list(rows[0]) == list(job.COLUMNS)
    check_rows(rows, crawl, cli_lines)
    skipped = sum(crawl.skipped.values())
    stderr = capsys.readouterr().err
    assert f"articlextract.spark: {len(crawl.served)} extracted, {skipped} skipped (" in stderr
    assert ", 1 failed; written to" in stderr


def test_spark_run_writes_parquet_with_the_same_rows(
    crawl: Crawl, cli_lines: dict[str, dict], spark: SparkSession, tmp_path: Path
) -> None:
    out = str(tmp_path / "articles.parquet")
    counts = job.run(spark, [str(path) for path in crawl.files], out, fmt="parquet")
    frame = spark.read.parquet(out)
    assert tuple(frame.columns) == job.COLUMNS
    check_rows([row.asDict(recursive=True) for row in frame.collect()], crawl, cli_lines)
    assert counts["extracted"] == len(crawl.served)
    assert counts["failed"] == 1
    assert {key.partition(":")[2]: n for key, n in counts.items() if key.startswith("skipped:")} == crawl.skipped


def test_module_runs_as_a_script_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlextract.spark", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert "--paths-from" in done.stdout


def test_a_reading_bug_costs_one_file_not_the_task(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> Iterator[object]:
        raise RuntimeError("boom")
        yield

    monkeypatch.setattr(job, "extract_warc", broken)
    rows = list(job.file_rows(("s3a://bucket/x.warc.gz", b""), options=job.Options()))
    assert len(rows) == 1
    assert rows[0][job.COLUMNS.index("path")] == "s3a://bucket/x.warc.gz"
    assert rows[0][job.COLUMNS.index("error")] == "reading stopped: RuntimeError: boom"
