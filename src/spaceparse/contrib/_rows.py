"""Rows for data frames: one flat dict per input record, shared by the Dask and Spark paths."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..batch import Options, parse_source
from ..io.inputs import Source, Unit, container_for, read_unit
from ..io.warc import iter_warc
from ..profiles import Profile, Profiles

ProfilesArg = Profiles | Iterable[Profile] | None
"""User profiles for the integrations: a :class:`~spaceparse.profiles.Profiles`, a sequence of
profiles (by host), or ``None`` for those of ``SPACEPARSE_PROFILES`` where the call is made
(the driver or the spider): they travel to the workers as data, so workers need neither the
variable nor the folder."""


def resolve_profiles(profiles: ProfilesArg) -> Profiles | None:
    """``profiles`` as a registry; ``None`` reads ``SPACEPARSE_PROFILES`` (pass ``()`` for none)."""
    if profiles is None:
        return Profiles.from_env()
    return Profiles.of(None, profiles)


__all__ = [
    "COLUMNS",
    "LIST_COLUMNS",
    "PARTIAL_REASON",
    "ProfilesArg",
    "open_path",
    "resolve_profiles",
    "row_for_source",
    "rows_for_paths",
    "rows_for_sources",
]

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
    "content",
    "related",
)
"""Row fields: the Article's (``content`` and ``related`` as JSON strings) plus where it came from
and what happened."""

PARTIAL_REASON = "read in part: the page has more markup than its budget (Article.partial)"
"""The ``reason`` of a parsed row whose Article is ``partial`` (docs/robustness.md)."""

_EMPTY_ARTICLE: dict[str, Any] = dict.fromkeys(COLUMNS[5:]) | {"categories": [], "tags": [], "authors": [], "body": []}


def row_for_source(src: Source, profiles: Profiles | None = None) -> dict[str, Any]:
    """One row for ``src``, parsed with the user ``profiles`` (already resolved)."""
    out = parse_source(src, Options(fmt="jsonl", with_source=False, profiles=profiles))
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
        for key in ("content", "related"):
            article[key] = json.dumps(article[key], ensure_ascii=False) if article[key] else None
        if article.pop("partial", False):  # (no column of its own: the schemas stay as they are)
            row["reason"] = PARTIAL_REASON
        row.update(article)
    return row


def rows_for_sources(sources: Iterable[Source], profiles: ProfilesArg = None) -> Iterator[dict[str, Any]]:
    """One row per Source (usable on its own, e.g. in a Spark ``mapPartitions``)."""
    registry = resolve_profiles(profiles)
    for src in sources:
        yield row_for_source(src, registry)


def open_path(path: str) -> Iterator[Source]:
    if "://" in path and not path.startswith("file://"):
        fsspec: Any = importlib.import_module("fsspec")  # only for remote paths

        with fsspec.open(path, "rb") as fh:
            yield from iter_warc(fh, name=path, unit=path)
        return
    path = path.removeprefix("file://")
    yield from read_unit(Unit(path=path, rel=path, container=container_for(path)))


def rows_for_paths(paths: Iterable[str], profiles: ProfilesArg = None) -> Iterator[dict[str, Any]]:
    """Rows for every record of every file, streamed (a Spark ``mapPartitions`` function as it is;
    ``functools.partial(rows_for_paths, profiles=...)`` to give it user profiles)."""
    registry = resolve_profiles(profiles)
    for path in paths:
        yield from rows_for_sources(open_path(path), () if registry is None else registry)
