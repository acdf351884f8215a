"""Where rendered articles go: stdout, one file, or one file per input in a folder.

Files are written atomically: into a hidden temporary file beside the target,
renamed into place by :meth:`commit`. The target therefore only ever holds a
complete, well-formed file (every record whole, a JSON array closed); a run
that is killed outright leaves the previous target untouched (and, at worst, a
``.spaceparse-*.tmp`` file beside it).

``--resume`` support: :func:`done_keys` reads the ``(source, record)`` pairs
already in an output file, and :class:`FileSink` starts its new file with the
old content, so the result is the old records followed by the new ones.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from typing import TextIO

from .outputs import CSV_FIELDS, EXTENSIONS, csv_header

__all__ = ["AtomicFile", "DirSink", "FileSink", "Key", "StreamSink", "done_keys", "output_name"]

Key = tuple[str, str | None]
"""An input's identity in outputs: (source file, record id or None)."""

RESUMABLE = ("jsonl", "json", "csv")


class AtomicFile:
    """A text file written beside ``path`` and renamed over it on :meth:`commit`."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.spaceparse-", suffix=".tmp", dir=folder)
        self.fh: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.open = True

    def commit(self) -> None:
        if self.open:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.tmp, self.path)
            self.open = False

    def abort(self) -> None:
        if self.open:
            self.open = False
            # On a full disk, close() fails too (it flushes the buffer): the temporary
            # file must go all the same, or a partial file would remain.
            with contextlib.suppress(OSError):
                self.fh.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.tmp)


class _Framing:
    """What goes before, between and after items in each format."""

    def __init__(self, fh: TextIO, fmt: str, *, single: bool) -> None:
        self.fh, self.fmt, self.single = fh, fmt, single
        self.count = 0

    def begin(self) -> None:
        if self.fmt == "json" and not self.single:
            self.fh.write("[\n")
        elif self.fmt == "csv":
            self.fh.write(csv_header())

    def item(self, text: str) -> None:
        if self.fmt == "json" and not self.single:
            self.fh.write(("" if self.count == 0 else ",\n") + text)
        elif self.fmt in ("markdown", "text") and self.count:
            self.fh.write("\n---\n\n" + text)
        else:
            self.fh.write(text if text.endswith("\n") else text + "\n")
        self.count += 1

    def end(self) -> None:
        if self.fmt == "json" and not self.single:
            self.fh.write("\n]\n" if self.count else "]\n")


class StreamSink:
    """Standard output: written as results come (nothing to take back)."""

    def __init__(self, fmt: str, *, single: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self.framing = _Framing(self.stream, fmt, single=single)
        self.framing.begin()

    def write(self, unit: str, text: str) -> None:
        self.framing.item(text)

    def finish(self, *, complete: bool) -> None:
        self.framing.end()
        self.stream.flush()

    def abort(self) -> None:
        self.stream.flush()


def _old_items(path: str, fmt: str) -> Iterator[tuple[Key, str]]:
    """(key, rendered text) of every whole record in an existing output file."""
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue  # a torn line from a tool that does not write atomically
                if isinstance(obj, dict) and "source" in obj:
                    yield (obj["source"], obj.get("record")), line.rstrip("\n")
    elif fmt == "json":
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and "source" in obj:
                yield (obj["source"], obj.get("record")), json.dumps(obj, ensure_ascii=False, indent=2)
    elif fmt == "csv":
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            for row in reader:
                if row.get("source"):
                    values = [row.get(f) or "" for f in CSV_FIELDS]
                    line = _csv_row(values)
                    yield (row["source"], row.get("record") or None), line


def _csv_row(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def done_keys(path: str, fmt: str) -> set[Key]:
    """The inputs already in an output file (empty when there is no such file)."""
    if not os.path.exists(path):
        return set()
    return {k for k, _ in _old_items(path, fmt)}


class FileSink:
    """One output file; with ``resume``, the old records are kept at its start."""

    def __init__(self, path: str, fmt: str, *, single: bool, resume: bool = False) -> None:
        self.file = AtomicFile(path)
        self.framing = _Framing(self.file.fh, fmt, single=single)
        self.framing.begin()
        if resume and os.path.exists(path):
            for _, text in _old_items(path, fmt):
                self.framing.item(text)

    def write(self, unit: str, text: str) -> None:
        self.framing.item(text)

    def finish(self, *, complete: bool) -> None:
        """Close the framing and rename into place (also after an interruption: every record in it is whole)."""
        self.framing.end()
        self.file.commit()

    def abort(self) -> None:
        self.file.abort()


_STRIP = (".gz", ".warc", ".wet", ".arc", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".txt", ".text", ".md")


def output_name(unit: str, fmt: str) -> str:
    """``crawl/CC-1.warc.gz`` -> ``crawl/CC-1.jsonl``: the output file for one input in ``-o DIR``."""
    base = unit
    changed = True
    while changed:
        changed = False
        for suffix in _STRIP:
            if base.lower().endswith(suffix) and len(base) > len(suffix):
                base = base[: -len(suffix)]
                changed = True
    return base + EXTENSIONS[fmt]


class DirSink:
    """One output file per input file, each renamed into place once that input is finished.

    An interrupted run keeps the finished files and drops the one in progress,
    so ``--resume`` (which skips inputs whose output file exists) redoes only that.
    """

    def __init__(self, folder: str, fmt: str) -> None:
        self.folder, self.fmt = folder, fmt
        os.makedirs(folder, exist_ok=True)
        self.current: str | None = None
        self.file: AtomicFile | None = None
        self.framing: _Framing | None = None
        self.written: list[str] = []

    def target(self, unit: str) -> str:
        return os.path.join(self.folder, output_name(unit, self.fmt))

    def done(self, unit: str) -> bool:
        return os.path.exists(self.target(unit))

    def start(self, unit: str) -> None:
        """Begin the output of a unit (every unit gets a file, even one that yielded no article)."""
        if unit == self.current:
            return
        self._close()
        path = self.target(unit)
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        self.current = unit
        self.file = AtomicFile(path)
        self.framing = _Framing(self.file.fh, self.fmt, single=False)
        self.framing.begin()

    def write(self, unit: str, text: str) -> None:
        self.start(unit)
        assert self.framing is not None
        self.framing.item(text)

    def _close(self) -> None:
        if self.file is not None and self.framing is not None:
            self.framing.end()
            self.file.commit()
            self.written.append(self.file.path)
        self.file, self.framing, self.current = None, None, None

    def finish(self, *, complete: bool) -> None:
        if complete:
            self._close()
        else:
            self.abort()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()
        self.file, self.framing, self.current = None, None, None
