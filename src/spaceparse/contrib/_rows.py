"""Rows for data frames: one flat dict per input record, shared by the Dask and Spark paths."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..batch import Options, parse_source
from ..io.inputs import Source, Unit, container_for, read_unit
from ..io.warc import iter_warc

__all__ = ["COLUMNS", "LIST_COLUMNS", "open_path", "row_for_source", "rows_for_paths", "rows_for_sources"]

LIST_COLUMNS = ("categories", "tags", "authors", "body")
COLUMNS = (
    "source",
    "record",
    "status",
    "reason",
    "error",
    "url",
    "headline",
    "dek",
    "categories",
    "tags",
    "authors",
    "published",
    "site",
    "language",
    "image_url",
    "image_caption",
    "image_credit",
    "body",
    "related",
)
"""Row fields: the Article's (``related`` as a JSON string) plus where it came from and what happened."""

_EMPTY_ARTICLE: dict[str, Any] = dict.fromkeys(COLUMNS[5:]) | {"categories": [], "tags": [], "authors": [], "body": []}


def row_for_source(src: Source) -> dict[str, Any]:
    out = parse_source(src, Options(fmt="jsonl", with_source=False))
    row: dict[str, Any] = {
        "source": src.name,
        "record": src.record,
        "status": out.status,
        "reason": out.reason or None,
        "error": out.error or None,
        **_EMPTY_ARTICLE,
        "url": src.url,
    }
    if out.status == "parsed":
        article = json.loads(out.output)
        article["related"] = json.dumps(article["related"], ensure_ascii=False) if article["related"] else None
        row.update(article)
    return row


def rows_for_sources(sources: Iterable[Source]) -> Iterator[dict[str, Any]]:
    """One row per Source (usable on its own, e.g. in a Spark ``mapPartitions``)."""
    for src in sources:
        yield row_for_source(src)


def open_path(path: str) -> Iterator[Source]:
    if "://" in path and not path.startswith("file://"):
        fsspec: Any = importlib.import_module("fsspec")  # only for remote paths

        with fsspec.open(path, "rb") as fh:
            yield from iter_warc(fh, name=path, unit=path)
        return
    path = path.removeprefix("file://")
    yield from read_unit(Unit(path=path, rel=path, container=container_for(path)))


def rows_for_paths(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Rows for every record of every file, streamed (a Spark ``mapPartitions`` function as it is)."""
    for path in paths:
        yield from rows_for_sources(open_path(path))
