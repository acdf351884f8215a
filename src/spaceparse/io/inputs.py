"""Where pages come from: files, folders (recursive), globs, stdin, JSON Lines and WARC/WET.

Command-line arguments expand into :class:`Unit`\\ s (one file, or stdin), and
each unit is read into :class:`Source`\\ s: one per page file, one per JSON
Lines record, one per WARC record. Everything is a generator, so a batch of
any size streams through with flat memory.

Nothing is dropped silently. A unit or record that cannot be read comes back
as a Source with ``error`` set (the batch reports it as failed and goes on); a
WARC record that is not a page (a request, a PDF, a 404) comes back with
``skip`` set to the reason (the batch counts it as skipped).
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import attrs

__all__ = [
    "CONTAINER_SUFFIXES",
    "PAGE_SUFFIXES",
    "InputFormat",
    "Source",
    "Unit",
    "iter_sources",
    "iter_units",
    "read_unit",
]

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".wet", ".arc")
CONTAINER_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES

InputFormat = Literal["auto", "page", "jsonl", "warc"]

_GZIP_MAGIC = b"\x1f\x8b"
_JSONL_START = re.compile(rb'\s*\{\s*"(?:url|html|text|id|encoding)"\s*:')


@attrs.frozen(slots=True)
class Source:
    """One page to parse, or the reason it could not be read or is not a page."""

    name: str
    """The file it came from (``<stdin>`` for standard input)."""
    data: bytes = b""
    url: str | None = None
    kind: str = "auto"
    """``html``, ``text`` or ``auto`` (sniff)."""
    encoding: str | None = None
    """Charset declared outside the page (an HTTP header), if any."""
    record: str | None = None
    """Which record of a container file (a WARC-Record-ID, ``line 12``); ``None`` for a page file."""
    unit: str = ""
    """Name of the unit (input file) relative to its argument: names outputs in ``-o DIR``."""
    error: str | None = None
    """Why it could not be read (counted as failed)."""
    skip: str | None = None
    """Why it is not a page (counted as skipped, by reason)."""


@attrs.frozen(slots=True)
class Unit:
    """One input file (or stdin) and how to read it."""

    path: str
    """A file path, or ``-`` for standard input."""
    rel: str
    """Its name relative to the argument it came from (a folder or a glob's fixed prefix)."""
    container: InputFormat = "auto"
    error: str | None = None


def _strip_gz(path: str) -> str:
    return path[:-3] if path.endswith(".gz") else path


def container_for(path: str) -> InputFormat:
    """``warc``, ``jsonl`` or ``page`` from a file name (``.gz`` allowed)."""
    base = _strip_gz(path).lower()
    if base.endswith(WARC_SUFFIXES):
        return "warc"
    if base.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "page"


def _kind_for(path: str) -> str:
    p = _strip_gz(path).lower()
    if p.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if p.endswith((".txt", ".text", ".md")):
        return "text"
    return "auto"


def _is_input_file(name: str) -> bool:
    base = _strip_gz(name).lower()
    return base.endswith(PAGE_SUFFIXES + CONTAINER_SUFFIXES) and not name.endswith(".expected.json")


def _walk(folder: str) -> Iterator[str]:
    """Input files below ``folder``, sorted, following no symlinked folders (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for f in sorted(files):
            if _is_input_file(f):
                yield os.path.join(root, f)


def _glob_root(pattern: str) -> str:
    """The folder part of a glob before its first wildcard (outputs are named relative to it)."""
    parts = pattern.split(os.sep)
    fixed: list[str] = []
    for part in parts[:-1]:
        if any(ch in part for ch in "*?["):
            break
        fixed.append(part)
    return os.sep.join(fixed) or "."


def _glob(pattern: str) -> list[str]:
    """Sorted matches of ``pattern``; ``**`` does not descend into symlinked folders.

    ``glob.glob`` follows them, so a link back to a parent folder yielded the same
    files under ever longer paths until the OS refused (40 levels), and two such
    links made that 2**40 paths: a hang. pathlib's ``**`` skips symlinked folders,
    as ``_walk`` does. Hidden files and folders stay out, as with ``glob.glob``.
    """
    if "**" not in pattern:
        return sorted(glob.glob(pattern, recursive=True))
    root = _glob_root(pattern)
    prefixed = root != "." or pattern.startswith("." + os.sep)
    rest = pattern[len(root) :].lstrip(os.sep) if prefixed else pattern
    out = []
    for p in Path(root).glob(rest):
        rel = p.relative_to(root).parts
        if rel and not any(part.startswith(".") for part in rel):
            out.append(os.path.join(root, *rel) if prefixed else os.path.join(*rel))
    return sorted(out)


def _not_regular(path: str) -> str | None:
    """Why a file found in a folder or by a glob cannot be read as a page, if it cannot.

    A FIFO (or a device, a socket) would block ``open`` or ``read`` forever, so
    only regular files are read; the others are reported, not waited on. Paths
    given one by one on the command line may be pipes (``<(zcat x.warc.gz)``).
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISREG(mode):
        return None
    what = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device or special file"
    return f"cannot read: not a regular file ({what})"


def iter_units(args: Iterable[str], *, input_format: InputFormat = "auto") -> Iterator[Unit]:
    """Expand command-line arguments into Units, in order.

    ``-`` is stdin; a folder yields its input files recursively (sorted); a
    pattern with ``*``/``?``/``[`` is globbed (``**`` recursive). A bad
    argument becomes a Unit with ``error`` set.
    """

    def unit(path: str, root: str | None) -> Unit:
        rel = os.path.relpath(path, root) if root else os.path.basename(path)
        fmt = input_format if input_format != "auto" else container_for(path)
        # Found by walking a folder or a glob: only regular files (see _not_regular).
        error = _not_regular(path) if root is not None else None
        return Unit(path=path, rel=rel, container=fmt, error=error)

    for arg in args:
        if arg == "-":
            yield Unit(path="-", rel="stdin", container=input_format)
            continue
        if any(ch in arg for ch in "*?[") and not os.path.exists(arg):
            matches = _glob(arg)
            if not matches:
                yield Unit(path=arg, rel=os.path.basename(arg), error="no file matches this pattern")
            root = _glob_root(arg)
            for m in matches:
                if os.path.isdir(m):
                    yield from (unit(p, root) for p in _walk(m))
                else:
                    yield unit(m, root)
            continue
        if os.path.isdir(arg):
            if not os.access(arg, os.R_OK | os.X_OK):
                yield Unit(
                    path=arg, rel=os.path.basename(arg.rstrip(os.sep)), error="cannot read folder: permission denied"
                )
                continue
            found = False
            for p in _walk(arg):
                found = True
                yield unit(p, arg)
            if not found:
                yield Unit(
                    path=arg,
                    rel=os.path.basename(arg.rstrip(os.sep)),
                    error=f"folder has no input files ({', '.join(PAGE_SUFFIXES + CONTAINER_SUFFIXES)}, .gz)",
                )
            continue
        if not os.path.exists(arg):
            yield Unit(path=arg, rel=os.path.basename(arg), error="no such file or folder")
            continue
        yield unit(arg, None)


def _sniff(head: bytes) -> InputFormat:
    """What a stream holds, from its first bytes (already decompressed)."""
    if head.startswith((b"WARC/", b"\r\nWARC/")):
        return "warc"
    if _JSONL_START.match(head):
        return "jsonl"
    return "page"


class _Pipe(io.RawIOBase):
    """A pipe that says it cannot seek and still knows its position (FastWARC asks for ``tell``)."""

    def __init__(self, inner: IO[bytes]) -> None:
        self.inner = inner
        self.pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buf: Any) -> int:
        data = self.inner.read(len(buf))
        buf[: len(data)] = data
        self.pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self.pos


def _open_stream(unit: Unit, stdin: IO[bytes] | None) -> IO[bytes]:
    if unit.path == "-":
        return io.BufferedReader(_Pipe(stdin if stdin is not None else sys.stdin.buffer))
    return open(unit.path, "rb")


def read_unit(unit: Unit, *, stdin: IO[bytes] | None = None) -> Iterator[Source]:
    """The Sources in one unit, streamed (one page file is one Source)."""
    name = "<stdin>" if unit.path == "-" else unit.path
    if unit.error:
        yield Source(name=name, unit=unit.rel, error=unit.error)
        return
    try:
        raw = _open_stream(unit, stdin)
    except OSError as e:
        yield Source(name=name, unit=unit.rel, error=f"cannot read: {e.strerror or e}")
        return
    try:
        stream = raw
        container = unit.container
        if container == "auto":
            head = stream.peek(4096)[:4096]  # type: ignore[attr-defined]
            if head.startswith(_GZIP_MAGIC):
                try:
                    head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 256)
                except zlib.error:
                    head = b""
            container = _sniff(head)
        if container == "warc":
            from .warc import iter_warc

            yield from iter_warc(stream, name=name, unit=unit.rel)
        elif container == "jsonl":
            yield from _iter_jsonl(stream, name=name, unit=unit.rel)
        else:
            yield _read_page(stream, name=name, unit=unit.rel, kind=_kind_for(unit.path))
    except OSError as e:
        yield Source(name=name, unit=unit.rel, error=f"cannot read: {e.strerror or e}")
    finally:
        if unit.path != "-":
            raw.close()


def _maybe_gunzip(stream: IO[bytes]) -> IO[bytes]:
    if stream.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def _read_page(stream: IO[bytes], *, name: str, unit: str, kind: str) -> Source:
    try:
        data = _maybe_gunzip(stream).read()
    except (OSError, EOFError, zlib.error) as e:
        return Source(name=name, unit=unit, error=f"corrupt gzip file: {e}")
    return Source(name=name, data=data, kind=kind, unit=unit)


def _iter_jsonl(stream: IO[bytes], *, name: str, unit: str) -> Iterator[Source]:
    """One Source per line ``{"url": ..., "html": ...}`` or ``{"url": ..., "text": ...}``.

    Optional keys: ``id`` (the record id in messages and outputs; default
    ``line N``) and ``encoding``. Blank lines are ignored.
    """
    lines = _maybe_gunzip(stream)
    n = 0
    try:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            rid = f"line {n}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                yield Source(name=name, unit=unit, record=rid, error=f"not JSON: {e}")
                continue
            if not isinstance(obj, dict):
                yield Source(name=name, unit=unit, record=rid, error="not a JSON object")
                continue
            if obj.get("id") is not None:
                rid = str(obj["id"])
            url = obj.get("url")
            url = url if isinstance(url, str) else None
            enc = obj.get("encoding") if isinstance(obj.get("encoding"), str) else None
            kind = next((k for k in ("html", "text") if isinstance(obj.get(k), str)), None)
            if kind is None:
                yield Source(name=name, unit=unit, record=rid, url=url, error='record has no "html" or "text" string')
                continue
            yield Source(
                name=name, unit=unit, record=rid, url=url, kind=kind, encoding=enc, data=obj[kind].encode("utf-8")
            )
    except (OSError, EOFError, zlib.error) as e:
        yield Source(name=name, unit=unit, record=f"line {n + 1}", error=f"file is corrupt or truncated: {e}")


def iter_sources(
    args: Iterable[str], *, stdin: IO[bytes] | None = None, input_format: InputFormat = "auto"
) -> Iterator[Source]:
    """Every Source of every argument, in order (see :func:`iter_units`)."""
    for unit in iter_units(args, input_format=input_format):
        yield from read_unit(unit, stdin=stdin)
