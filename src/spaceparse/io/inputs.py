"""Where pages come from: files, folders (recursive), globs and stdin.

Each input becomes a :class:`Source` (a name for messages, the bytes, a URL if
known). Reading errors do not stop iteration: they come back as a Source with
``error`` set, so the caller can report them and go on.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

__all__ = ["PAGE_SUFFIXES", "Source", "iter_sources"]

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".text", ".md")


@attrs.frozen(slots=True)
class Source:
    """One page to parse, or the reason it could not be read."""

    name: str
    data: bytes = b""
    url: str | None = None
    kind: str = "auto"
    error: str | None = None


def _kind_for(path: str) -> str:
    p = path[:-3] if path.endswith(".gz") else path
    if p.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if p.endswith((".txt", ".text", ".md")):
        return "text"
    return "auto"


def _read_file(path: str) -> Source:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        return Source(name=path, error=f"cannot read: {e.strerror or e}")
    if path.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, ValueError) as e:
            return Source(name=path, error=f"corrupt gzip file: {e}")
    return Source(name=path, data=data, kind=_kind_for(path))


def _walk(folder: str) -> Iterator[str]:
    """Page files below ``folder``, sorted, following no symlinked folders (no loops)."""
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs.sort()
        for f in sorted(files):
            base = f[:-3] if f.endswith(".gz") else f
            if base.endswith(PAGE_SUFFIXES) and not f.endswith(".expected.json"):
                yield os.path.join(root, f)


def iter_sources(args: Iterable[str], *, stdin: object = None) -> Iterator[Source]:
    """Expand command-line arguments into Sources, in order.

    ``-`` reads stdin; a folder yields its page files recursively (sorted); a
    pattern with ``*``/``?``/``[`` is globbed (``**`` recursive).
    """
    for arg in args:
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield Source(name="<stdin>", data=stream.read())  # type: ignore[attr-defined]
            continue
        if any(ch in arg for ch in "*?[") and not os.path.exists(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Source(name=arg, error="no file matches this pattern")
            for m in matches:
                if os.path.isdir(m):
                    yield from (_read_file(p) for p in _walk(m))
                else:
                    yield _read_file(m)
            continue
        if os.path.isdir(arg):
            if not os.access(arg, os.R_OK | os.X_OK):
                yield Source(name=arg, error="cannot read folder: permission denied")
                continue
            found = False
            for p in _walk(arg):
                found = True
                yield _read_file(p)
            if not found:
                yield Source(name=arg, error=f"folder has no page files ({', '.join(PAGE_SUFFIXES)}, .gz)")
            continue
        if not os.path.exists(arg):
            yield Source(name=arg, error="no such file or folder")
            continue
        yield _read_file(str(Path(arg)))
