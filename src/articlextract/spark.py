"""Spark job: the articles of many WARC files, one row per HTML response, as Parquet or JSON lines.

    spark-submit [cluster options] path/to/articlextract/spark.py s3a://bucket/crawl/ -o s3a://bucket/articles
    python -m articlextract.spark --master 'local[2]' crawl.warc.gz -o articles/    # local mode

Paths are read through Spark's Hadoop file systems (local files, hdfs://, s3a://, globs, folders) by the
``binaryFile`` source; each WARC file is one task, which holds the whole file in memory. Every record goes through
`articlextract.warc.extract_warc()`, the function the command line uses: the rows are the CLI's JSON
lines plus an ``error`` column. A record that fails becomes a row with ``error`` set, never a failed task.
Needs the extras ``articlextract[spark,warc]`` on the driver and the executors (see docs/warc.md).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

try:
    from pyspark import Accumulator, AccumulatorParam
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType
except ImportError as _error:  # pragma: no cover - depends on the environment
    raise ImportError("the Spark job needs pyspark: pip install 'articlextract[spark,warc]'") from _error

from articlextract.article import Article
from articlextract.options import Options
from articlextract.warc import RECORD_FIELDS, RecordResult, extract_warc

FORMATS = ("parquet", "json")
ARTICLE_FIELDS = tuple(Article().to_dict())
COLUMNS = (*RECORD_FIELDS, *ARTICLE_FIELDS, "error")
_LIST_FIELDS = frozenset(name for name, value in Article().to_dict().items() if isinstance(value, list))
#: List fields whose items are records (the document's blocks and figures): each item is written as its JSON
#: text, as the blocks differ in shape by type and a Spark struct would need every key of every type.
JSON_LIST_FIELDS = frozenset({"blocks", "images"})


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    options = Options(favor=args.favor, encoding=args.encoding, max_input_bytes=args.max_bytes)
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # plain `python -m`: Spark's workers should use this Python
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()  # called from a notebook or a test: use its session, leave it open
    builder = SparkSession.builder.appName("articlextract")
    if args.master:
        builder = builder.master(args.master)
    spark = active or builder.getOrCreate()
    try:
        paths = _with_prefix(args.prefix, [*args.paths, *_listed_paths(spark, args.paths_from)])
        if not paths:
            print("articlextract.spark: no WARC paths given", file=sys.stderr)
            return 2
        counts = run(spark, paths, args.output, fmt=args.format, options=options, mode=args.mode)
    finally:
        if active is None:
            spark.stop()
    print(f"articlextract.spark: {summary(counts)}; written to {args.output}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlextract.spark",
        description="Extract the articles of WARC files with Spark: one row per HTML response record.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="WARC files, folders or globs as Spark sees them (file:, hdfs://, s3a:// …)",
    )
    parser.add_argument(
        "--paths-from",
        metavar="FILE",
        action="append",
        default=[],
        help="a text file (any Spark path) listing WARC paths, one a line",
    )
    parser.add_argument("--prefix", default="", help="put before every path, e.g. s3a://commoncrawl/")
    parser.add_argument("-o", "--output", required=True, help="output folder (any Spark path)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="parquet", help="default parquet")
    parser.add_argument(
        "--mode",
        default="errorifexists",
        choices=("errorifexists", "overwrite", "append"),
        help="what to do when the output exists (default errorifexists)",
    )
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    parser.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced")
    parser.add_argument("--encoding", help="charset for records whose HTTP header names none")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=Options.max_input_bytes,
        help="skip pages larger than this many bytes (default %(default)s)",
    )
    return parser


def _listed_paths(spark: SparkSession, lists: list[str]) -> list[str]:
    if not lists:
        return []
    lines = spark.read.text(lists).collect()
    return [line.value.strip() for line in lines if line.value.strip() and not line.value.startswith("#")]


def _with_prefix(prefix: str, paths: list[str]) -> list[str]:
    return [prefix + path for path in paths] if prefix else paths


def run(
    spark: SparkSession,
    paths: list[str],
    output: str,
    *,
    fmt: str = "parquet",
    options: Options | None = None,
    mode: str = "errorifexists",
) -> Counter[str]:
    """Write the article rows of `paths` to `output`; return the record counts (see `summary()`).

    Counts come from an accumulator, so a retried task can count its records twice: they are a report,
    the output is the record of truth.
    """
    frame, counts = articles(spark, paths, options)
    writer = frame.write.mode(mode)
    if fmt == "parquet":
        writer.parquet(output)
    else:
        writer.option("ignoreNullFields", False).json(output)
    return Counter(counts.value)


def articles(
    spark: SparkSession, paths: list[str], options: Options | None = None
) -> tuple[DataFrame, Accumulator[Counter[str]]]:
    """A DataFrame of one row per extracted or failed record (lazy), and the accumulator that counts them.

    Each WARC file is its own task: Spark packs small files into one partition unless opening a file
    is said to cost a whole partition, which is set only while the scan is planned.
    """
    counts = spark.sparkContext.accumulator(Counter(), _CounterParam())
    files = spark.read.format("binaryFile").load(paths).select("path", "content")
    with _session_conf(spark, "spark.sql.files.openCostInBytes", str(1 << 40)):
        pairs = files.rdd
        pairs.getNumPartitions()  # plans the scan now, under the setting above
    rows = pairs.flatMap(partial(file_rows, options=options or Options(), counts=counts))
    return spark.createDataFrame(rows, schema()), counts


@contextmanager
def _session_conf(spark: SparkSession, key: str, value: str) -> Iterator[None]:
    previous = spark.conf.get(key, None)
    spark.conf.set(key, value)
    try:
        yield
    finally:
        if previous is None:
            spark.conf.unset(key)
        else:
            spark.conf.set(key, previous)


class _CounterParam(AccumulatorParam):
    """Adds up `Counter`s: status and skip-reason counts from every task."""

    def zero(self, value: Counter[str]) -> Counter[str]:
        return Counter()

    def addInPlace(self, value1: Counter[str], value2: Counter[str]) -> Counter[str]:
        value1.update(value2)
        return value1


def file_rows(item: tuple[str, bytes], *, options: Options, counts: Any = None) -> Iterator[tuple[Any, ...]]:
    """Executor side: the rows of one WARC file (path, content); counts go to the accumulator at the end."""
    path, content = item
    tally: Counter[str] = Counter()
    try:
        for result in extract_warc(io.BytesIO(content), options, path=path):
            tally[result.status] += 1
            if result.status == "skipped":
                tally[f"skipped:{result.reason}"] += 1
            else:
                yield row_values(result)
    except Exception as error:  # a bug in reading must cost this file's remaining records, not the task
        tally["failed"] += 1
        yield row_values(RecordResult("failed", {"path": path}, f"reading stopped: {type(error).__name__}: {error}"))
    if counts is not None:
        counts.add(tally)


def row_values(result: RecordResult) -> tuple[Any, ...]:
    """The result's row as a tuple in `COLUMNS` order, with the failure message as ``error``."""
    values = {**result.row, "error": result.reason if result.status == "failed" else None}
    for name in JSON_LIST_FIELDS & values.keys():
        values[name] = [json.dumps(item, ensure_ascii=False) for item in values[name]]
    return tuple(values.get(name) for name in COLUMNS)


def schema() -> StructType:
    """The output columns: the record fields, every `Article.to_dict()` field, ``error``."""

    def column(name: str) -> StructField:
        if name == "offset":
            return StructField(name, LongType())
        return StructField(name, ArrayType(StringType()) if name in _LIST_FIELDS else StringType())

    return StructType([column(name) for name in COLUMNS])


def summary(counts: Counter[str]) -> str:
    reasons = _skip_reasons(counts)
    detail = f" ({', '.join(f'{reason} {count:,}' for reason, count in reasons)})" if reasons else ""
    return f"{counts['extracted']:,} extracted, {counts['skipped']:,} skipped{detail}, {counts['failed']:,} failed"


def _skip_reasons(counts: Counter[str]) -> Iterable[tuple[str, int]]:
    pairs = ((key.partition(":")[2], count) for key, count in counts.items() if key.startswith("skipped:"))
    return sorted(pairs, key=lambda pair: -pair[1])


if __name__ == "__main__":  # spark-submit runs this file as a script: use the package's module, not a copy
    from articlextract.spark import main as _main

    sys.exit(_main())
