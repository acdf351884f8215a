"""A one-line progress display on stderr: pages, pages/s, failures, elapsed time.

Drawn only on a terminal (and never with ``--quiet``), at most ten times a
second. Written here rather than taken from tqdm: it is a few lines, and it
starts no monitor thread (a thread in the parent and forked workers do not mix).
"""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    def __init__(self, stream: TextIO, *, enabled: bool, interval: float = 0.1) -> None:
        self.stream = stream
        self.enabled = enabled
        self.interval = interval
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, done: int, failed: int, skipped: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        mins, secs = divmod(int(elapsed), 60)
        rate = done / elapsed
        line = f"{done:,} pages  {rate:,.1f} pages/s  {failed:,} failed  {skipped:,} skipped  {mins}:{secs:02d}"
        pad = max(self._width - len(line), 0)
        self._width = len(line)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()

    def clear(self) -> None:
        """Erase the line (before printing a message or the summary)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.start
