"""Dask: parse WARC/WET files (or page records) on a cluster, write JSON Lines or Parquet.

    from dask.distributed import Client
    from spaceparse.contrib import dask as sp_dask

    client = Client("scheduler:8786")            # or LocalCluster()
    bag = sp_dask.parse_warcs(["s3://commoncrawl/crawl-data/.../x.warc.gz", ...])
    sp_dask.to_parquet(bag, "out/articles/")     # or to_jsonl(bag, "out/jsonl/")

One partition per WARC file: each worker streams its file (nothing but paths
and results crosses the network), so memory per worker is one record at a
time. Every record becomes one row with ``status`` (``parsed``, ``failed``,
``skipped``) and ``reason``, so counts add up; :func:`to_jsonl` and
:func:`to_parquet` write the parsed ones unless ``all_rows=True``.

Install with ``pip install 'spaceparse[dask]'`` (``[warc]`` for the reader).
Remote paths (``s3://``, ``https://``) are opened with fsspec when installed.

User profiles: ``profiles=`` (a sequence of :func:`spaceparse.load_profile` results, or a
:class:`spaceparse.Profiles`); by default those of ``SPACEPARSE_PROFILES`` on the machine
that builds the graph. They are shipped with the tasks, as data: the workers need neither
the variable nor the folder.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..io.inputs import Source
from ..profiles import Profiles
from ._rows import COLUMNS, LIST_COLUMNS, ProfilesArg, resolve_profiles, row_for_source, rows_for_paths

__all__ = ["COLUMNS", "parse_records", "parse_warcs", "to_jsonl", "to_parquet"]

# dask, pandas and pyarrow ship no type information usable under mypy --strict: they are Any here.
db: Any = importlib.import_module("dask.bag")
Bag = Any


def parse_warcs(paths: Sequence[str], *, profiles: ProfilesArg = None) -> Bag:
    """A bag of rows, one partition per file (WARC, WET, JSON Lines or page files)."""
    job = functools.partial(_rows_list, profiles=resolve_profiles(profiles) or ())
    return db.from_sequence(list(paths), npartitions=max(len(paths), 1)).map_partitions(job)


def _rows_list(paths: Iterable[str], profiles: Profiles | tuple[()]) -> list[dict[str, Any]]:
    return list(rows_for_paths(paths, profiles))


def _parse_record(rec: dict[str, Any], profiles: Profiles | None = None) -> dict[str, Any]:
    kind = "html" if rec.get("html") is not None else "text"
    page = rec.get(kind)
    data = page.encode("utf-8") if isinstance(page, str) else page if isinstance(page, bytes) else b""
    src = Source(
        name=str(rec.get("source", "")),
        record=rec.get("id"),
        url=rec.get("url"),
        kind=kind,
        data=data,
        error=None if page is not None else 'record has no "html" or "text"',
    )
    return row_for_source(src, profiles)


def parse_records(records: Bag, *, profiles: ProfilesArg = None) -> Bag:
    """Parse a bag of ``{"url", "html"|"text", "id"?}`` records into rows."""
    return records.map(functools.partial(_parse_record, profiles=resolve_profiles(profiles)))


def to_jsonl(rows: Bag, folder: str, *, all_rows: bool = False) -> list[str]:
    """Write ``folder/part-N.jsonl`` (one file per partition); returns the file names."""
    chosen = rows if all_rows else rows.filter(lambda r: r["status"] == "parsed")
    names: list[str] = chosen.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
        f"{folder.rstrip('/')}/part-*.jsonl"
    )
    return names


def _schema() -> Any:
    pa: Any = importlib.import_module("pyarrow")

    strings = pa.list_(pa.string())
    return pa.schema([(c, strings if c in LIST_COLUMNS else pa.string()) for c in COLUMNS])


def to_parquet(rows: Bag, folder: str, *, all_rows: bool = False) -> None:
    """Write a Parquet dataset (one file per partition) with the columns of :data:`COLUMNS`."""
    pd: Any = importlib.import_module("pandas")

    chosen = rows if all_rows else rows.filter(lambda r: r["status"] == "parsed")
    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in COLUMNS})
    frame = chosen.to_dataframe(meta=meta)
    frame.to_parquet(folder, schema=_schema(), write_index=False)
