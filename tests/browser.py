"""A headless Chromium driven over the DevTools protocol, for tests of what a person sees.

No Selenium and no WebSocket client: Chromium's ``--remote-debugging-pipe`` speaks the
protocol as NUL-terminated JSON messages on file descriptors 3 (commands in) and 4
(replies and events out). Debian's ``chromium`` package is enough; ``find_chromium()`` is
``None`` where none is installed (the tests skip there, and fail under CI, which installs it).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["Browser", "find_chromium"]

_FLAGS = (
    "--headless",
    "--no-sandbox",  # as root (CI, this machine) Chromium refuses to start with its sandbox
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    """The Chromium executable (``SPACEPARSE_CHROMIUM``, else on PATH), or ``None``."""
    given = os.environ.get("SPACEPARSE_CHROMIUM")
    if given:
        return given
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """The browser did not answer, or answered with an error."""


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, executable: str, *, timeout: float = 30.0, width: int = 1400, height: int = 1000) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="spaceparse-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The child's descriptors 3 and 4, whatever numbers the pipes got here.
        read_copy, write_copy = os.dup(to_browser_r), os.dup(from_browser_w)

        def child_fds() -> None:
            # Move both out of the way first: either may itself be 3 or 4.
            high_read, high_write = (
                fcntl.fcntl(read_copy, fcntl.F_DUPFD, 10),
                fcntl.fcntl(write_copy, fcntl.F_DUPFD, 10),
            )
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self._proc = subprocess.Popen(
            [
                executable,
                *_FLAGS,
                f"--user-data-dir={self._profile.name}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            pass_fds=(3, 4),  # the pipes preexec_fn puts there (the rest is closed after it runs)
            preexec_fn=child_fds,  # noqa: PLW1509 - needed to place the pipes at fds 3 and 4; no threads here
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for fd in (to_browser_r, from_browser_w, read_copy, write_copy):
            os.close(fd)
        self._buffer = b""
        self._unclaimed: list[dict[str, Any]] = []  # messages read while waiting for another one
        self._next_id = 0
        self._session = ""
        try:
            targets = self.send("Target.getTargets", session=False)["targetInfos"]
            page = next(t["targetId"] for t in targets if t["type"] == "page")
            self._session = self.send("Target.attachToTarget", {"targetId": page, "flatten": True}, session=False)[
                "sessionId"
            ]
            self.send("Page.enable")
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.close()

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        """Run a DevTools command and return its result."""
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(msg).encode() + b"\0")
        reply = self._wait(lambda m: m.get("id") == self._next_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def _wait(self, wanted: Any) -> dict[str, Any]:
        for i, message in enumerate(self._unclaimed):
            if wanted(message):
                return self._unclaimed.pop(i)
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message  # type: ignore[no-any-return]
                self._unclaimed.append(message)
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("the browser did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 16)
                if not chunk:
                    raise BrowserError("the browser closed its end of the pipe")
                self._buffer += chunk

    def open(self, path: Path) -> None:
        """Load a local file and wait until it has loaded."""
        self._unclaimed.clear()
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        self._wait(lambda m: m.get("method") == "Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (the test's own probe)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        import base64

        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        if self._proc.poll() is None:
            try:
                os.write(self._to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._profile.cleanup()
