"""The batch CLI on hostile file systems: each input is written or listed as failed, the summary
adds up, and no partial file remains.

Tests run as root, where permission bits do not stop reads: unreadable files and
folders are simulated (an ``open`` that raises EACCES, an ``os.access`` that says
no), FIFOs stand for files that would block, and a full disk is a file object
whose writes raise ENOSPC.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from spaceparse.cli import main
from spaceparse.io import sinks

from ..conftest import IMPORTED_FROM

ROOT = Path(__file__).resolve().parents[2]
SUMMARY = re.compile(
    r"spaceparse: (\d+) inputs: (\d+) parsed, (\d+) failed, (\d+) skipped(?: \([^)]*\))?"
    r"(?:, (\d+) already done \(--resume\))?(?:, (\d+) not done \(interrupted\))?; "
)


def page(i: int) -> str:
    return (
        f"Launch Company Number {i} Raises Money For Rockets\n\n"
        f"The company number {i} said on Tuesday that it has closed a funding round to build more rockets.\n\n"
        "Investors include several funds that have backed launch firms before, the company said in a statement.\n"
    )


def summary(err: str) -> tuple[int, int, int, int, int, int]:
    m = SUMMARY.search(err)
    assert m, err
    total, parsed, failed, skipped, resumed, not_done = (int(g or 0) for g in m.groups())
    assert total == parsed + failed + skipped + resumed + not_done, err  # the summary adds up
    return total, parsed, failed, skipped, resumed, not_done


def no_temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp") or ".spaceparse-" in p.name]


def folder_of_pages(tmp_path: Path, n: int = 3) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    for i in range(n):
        (d / f"p{i}.txt").write_text(page(i), encoding="utf-8")
    return d


def run_cli(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The ``spaceparse`` command in a subprocess: a hang fails the test instead of the suite."""
    env = {**os.environ, "PYTHONPATH": str(IMPORTED_FROM)}
    return subprocess.run(
        [sys.executable, "-m", "spaceparse", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_fifo_in_a_folder_is_listed_not_waited_on(tmp_path: Path) -> None:
    d = folder_of_pages(tmp_path)
    os.mkfifo(d / "p1b.html")  # open() on it would block forever: no writer
    out = tmp_path / "out.jsonl"
    done = run_cli(["parse", str(d), "-o", str(out)], timeout=30)
    assert done.returncode == 1, done.stderr
    assert f"{d / 'p1b.html'}: cannot read: not a regular file (a FIFO)" in done.stderr
    assert summary(done.stderr)[:3] == (4, 3, 1)
    assert len(out.read_text().splitlines()) == 3


def test_symlink_loops_neither_hang_nor_duplicate(tmp_path: Path) -> None:
    d = folder_of_pages(tmp_path)
    (d / "sub").mkdir()
    (d / "sub" / "up").symlink_to("..")  # folder loops
    (d / "sub" / "up2").symlink_to("..")
    (d / "self.txt").symlink_to("self.txt")  # a file that is a loop
    for arg in (str(d), str(d) + "/**/*.txt"):
        out = tmp_path / "out.jsonl"
        done = run_cli(["parse", arg, "-o", str(out)], timeout=60)
        assert done.returncode == 1, done.stderr
        assert "self.txt: cannot read: Too many levels of symbolic links" in done.stderr
        assert summary(done.stderr)[:3] == (4, 3, 1)
        sources = [json.loads(line)["source"] for line in out.read_text().splitlines()]
        assert len(sources) == len(set(sources)) == 3


def test_unreadable_file_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = folder_of_pages(tmp_path)
    secret = str(d / "p1.txt")
    real_open = open

    def guarded(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == secret:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"spaceparse: {secret}: cannot read: Permission denied\n" in err
    assert summary(err)[:3] == (3, 2, 1)
    assert len(out.read_text().splitlines()) == 2


def test_unreadable_folder_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = folder_of_pages(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(locked) else real_access(p, mode))
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(d), str(locked), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"spaceparse: {locked}: cannot read folder: permission denied\n" in err
    assert summary(err)[:3] == (4, 3, 1)


def test_directory_where_a_file_was_expected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = folder_of_pages(tmp_path)
    (d / "p9.txt").mkdir()  # a folder named like a page: walked into, not read as a page
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(d), "-o", str(out)]) == 0
    assert summary(capsys.readouterr().err)[:3] == (3, 3, 0)


def test_truncated_gzip_page_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = folder_of_pages(tmp_path)
    data = gzip.compress(page(7).encode() * 20)
    (d / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    reason = "corrupt gzip file: Compressed file ended before the end-of-stream marker was reached"
    assert f"{d / 'cut.txt.gz'}: {reason}" in err
    assert summary(err)[:3] == (4, 3, 1)


class _FullDisk(io.RawIOBase):
    """A file descriptor on a disk with ``space[0]`` bytes left (shared by every file), then ENOSPC."""

    def __init__(self, fd: int, space: list[int]) -> None:
        self.fd, self.space = fd, space

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        n = len(b)
        if n > self.space[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.space[0] -= n
        return os.write(self.fd, bytes(b))

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


@pytest.mark.parametrize("budget", [0, 3000])
@pytest.mark.parametrize("target", ["file", "dir"])
def test_full_disk_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], budget: int, target: str
) -> None:
    d = folder_of_pages(tmp_path, n=40)
    outdir = tmp_path / "out"
    outdir.mkdir()
    previous = outdir / "articles.jsonl"
    previous.write_text("previous run\n")

    space = [budget]

    def fdopen(fd: int, mode: str = "r", **kwargs: Any) -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BufferedWriter(_FullDisk(fd, space), buffer_size=1024), **kwargs)

    monkeypatch.setattr(sinks.os, "fdopen", fdopen)
    dest = str(previous) if target == "file" else str(outdir / "per-input") + "/"
    status = main(["parse", str(d), "-o", dest])
    err = capsys.readouterr().err
    assert status == 2, err
    reason = "No space left on device; the unfinished output file was removed"
    assert f"spaceparse: cannot write the output: {reason}\n" in err
    _, parsed, _, _, _, not_done = summary(err)
    assert not_done > 0
    kept = list((outdir / "per-input").rglob("*.jsonl")) if target == "dir" else []
    assert parsed == len(kept)  # done means written
    assert no_temp_files(outdir) == []
    assert previous.read_text() == "previous run\n"  # the previous target is untouched
    for f in (outdir / "per-input").rglob("*.jsonl") if target == "dir" else ():
        for line in f.read_text().splitlines():
            json.loads(line)  # a kept per-input file is whole


def test_sigint_mid_batch_into_a_folder(tmp_path: Path) -> None:
    d = tmp_path / "pages"
    d.mkdir()
    n = 1200
    for i in range(n):
        (d / f"p{i:05}.txt").write_text(page(i) * 30, encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(IMPORTED_FROM)}
    cmd = [sys.executable, "-m", "spaceparse", "parse", str(d), "-o", str(out) + "/"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(list(out.glob("*.jsonl"))) < 20:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err_b = proc.communicate(timeout=60)
    err = err_b.decode()
    assert proc.returncode == 130, err
    assert no_temp_files(out) == []
    _, parsed, failed, _, _, not_done = summary(err)
    assert not_done > 0 and failed == 0
    written = sorted(out.glob("*.jsonl"))
    assert len(written) == parsed  # each finished input has its whole file, the rest none
    for f in written:
        assert json.loads(f.read_text())["headline"]
