"""Past one machine: Dask on a real LocalCluster, Spark in local mode (when pyspark and Java are there)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

import spaceparse
from spaceparse.io import warc

from .test_batch import article_text, mixed_records
from .warcs import conversion, write_warc

pytestmark = pytest.mark.skipif(not warc.available_readers(), reason="no WARC reader installed")


def build_warcs(tmp_path: Path) -> list[str]:
    a = write_warc(tmp_path / "a.warc.gz", mixed_records())
    wet = [conversion(f"https://payloadspace.com/b{i}", article_text(i)) for i in range(5)]
    b = write_warc(tmp_path / "b.warc.wet.gz", wet)
    return [str(a), str(b)]


def check_rows(rows: list[dict[str, Any]], paths: list[str]) -> None:
    assert len(rows) == 7 + 5  # every record is a row: parsed, failed or skipped
    by_url = {r["url"]: r for r in rows if r["status"] == "parsed"}
    expected = spaceparse.parse(article_text(3), url="https://payloadspace.com/b3", kind="text").to_dict()
    got = by_url["https://payloadspace.com/b3"]
    assert {k: got[k] for k in ("headline", "authors", "body", "url")} == {
        k: expected[k] for k in ("headline", "authors", "body", "url")
    }
    assert sorted(r["reason"] for r in rows if r["status"] == "skipped") == [
        "HTTP status 404",
        "WARC request record",
        "WARC warcinfo record",
        "not HTML (application/pdf)",
    ]
    assert {r["source"] for r in rows} == set(paths)


def test_dask_on_a_local_cluster_writes_jsonl_and_parquet(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    pytest.importorskip("pyarrow")
    from spaceparse.contrib import dask as sp_dask

    paths = build_warcs(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the cluster's own start-up chatter is not ours to judge
        cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        bag = sp_dask.parse_warcs(paths)
        assert bag.npartitions == 2
        rows = bag.compute()
        check_rows(rows, paths)
        parsed = [r for r in rows if r["status"] == "parsed"]
        files = sp_dask.to_jsonl(bag, str(tmp_path / "jsonl"))
        lines = [json.loads(line) for f in files for line in Path(f).read_text().splitlines()]
        assert sorted(r["url"] for r in lines) == sorted(r["url"] for r in parsed)
        sp_dask.to_parquet(bag, str(tmp_path / "parquet"))
        pd = pytest.importorskip("pandas")
        frame = pd.read_parquet(tmp_path / "parquet")
        assert sorted(frame["url"]) == sorted(r["url"] for r in parsed)
        assert list(frame.columns) == list(sp_dask.COLUMNS)
        dask_bag = pytest.importorskip("dask.bag")
        recs = sp_dask.parse_records(
            dask_bag.from_sequence([{"url": "https://payloadspace.com/r", "text": article_text(4)}])
        )
        assert recs.compute()[0]["headline"] == spaceparse.parse(article_text(4), kind="text").headline
    finally:
        client.close()
        cluster.close()


def test_spark_local_mode_map_partitions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    from pyspark.sql import SparkSession

    from spaceparse.contrib import spark as sp_spark

    paths = build_warcs(tmp_path)
    # Executors run this very interpreter (with spaceparse and the WARC reader importable).
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(Path(spaceparse.__file__).parent.parent), os.environ.get("PYTHONPATH", "")])
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        spark = (
            SparkSession.builder.master("local[1]")
            .appName("spaceparse-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
    try:
        df = sp_spark.parse_warcs(spark, paths)
        rows = [r.asDict() for r in df.collect()]
        check_rows(rows, paths)
        assert df.filter("status = 'parsed'").count() == sum(r["status"] == "parsed" for r in rows)
    finally:
        spark.stop()
