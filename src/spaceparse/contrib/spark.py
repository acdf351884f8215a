"""Spark: parse WARC/WET files with ``mapPartitions``, the way Common Crawl's PySpark jobs do.

    from pyspark.sql import SparkSession
    from spaceparse.contrib import spark as sp_spark

    spark = SparkSession.builder.appName("spaceparse").getOrCreate()
    paths = [line.strip() for line in open("warc.paths")]          # e.g. s3://commoncrawl/crawl-data/...
    df = sp_spark.parse_warcs(spark, paths)                       # one partition per WARC file
    df.filter("status = 'parsed'").write.parquet("s3://bucket/articles/")

Under the hood it is just::

    spark.sparkContext.parallelize(paths, len(paths)).mapPartitions(rows_for_paths)

so you can use :func:`rows_for_paths` in your own RDD code. Each executor
streams its WARC files record by record; nothing but paths and rows is
shipped. The rows have the columns of :data:`COLUMNS` (the same as the Dask
path); every record gives one row whose ``status`` is ``parsed``, ``failed``
or ``skipped`` with a ``reason``.

Needs ``pyspark`` (and Java) on the cluster, plus ``spaceparse[warc]`` on every
executor; ``fsspec``/``s3fs`` for ``s3://`` paths.

User profiles: ``profiles=`` (a sequence of :func:`spaceparse.load_profile` results, or a
:class:`spaceparse.Profiles`); by default those of ``SPACEPARSE_PROFILES`` on the driver.
They are shipped to the executors with the task, as data.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Sequence
from typing import Any

from ..profiles import Profiles
from ._rows import COLUMNS, LIST_COLUMNS, ProfilesArg, resolve_profiles, rows_for_paths

__all__ = ["COLUMNS", "parse_warcs", "rows_for_paths", "schema"]


def schema() -> Any:
    """The Spark SQL schema of the rows."""
    t: Any = importlib.import_module("pyspark.sql.types")
    return t.StructType(
        [t.StructField(c, t.ArrayType(t.StringType()) if c in LIST_COLUMNS else t.StringType(), True) for c in COLUMNS]
    )


def _tuples(rows: Any) -> Any:
    for row in rows:
        yield tuple(row[c] for c in COLUMNS)


def _partition(paths: Any, profiles: Profiles | tuple[()] = ()) -> Any:
    return _tuples(rows_for_paths(paths, profiles))


def parse_warcs(
    spark: Any, paths: Sequence[str], *, partitions: int | None = None, profiles: ProfilesArg = None
) -> Any:
    """A DataFrame of rows for every record of ``paths`` (one partition per file by default)."""
    rdd = spark.sparkContext.parallelize(list(paths), partitions or max(len(paths), 1))
    job = functools.partial(_partition, profiles=resolve_profiles(profiles) or ())
    return spark.createDataFrame(rdd.mapPartitions(job), schema())
