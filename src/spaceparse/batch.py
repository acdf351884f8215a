"""Parse a stream of Sources, in this process or in worker processes, in input order.

    outcomes = run(sources, Options(fmt="jsonl"), jobs=4)

* Sources are pulled lazily and at most ``4 * jobs`` chunks are in flight, so
  memory stays flat whatever the number of pages.
* Outcomes come back in input order (a slow page holds back the ones after
  it until it is done; it never reorders the output).
* Workers parse *and* render, so the parent only reads inputs and writes
  strings; this is what lets ``--jobs 2`` reach ~2x on two cores.
* A page never stops the batch: a parse error is a ``failed`` outcome, and a
  worker process that dies (a crash in a C extension, the OOM killer) is
  replaced; the pages it held are retried one by one and only the one that
  kills a worker again is reported as failed.
* A page that takes longer than ``Options.page_timeout`` seconds is stopped and
  reported as failed (``error="PageTimeout"``). The limit is a ``SIGALRM`` timer on
  the thread that parses (the main thread of this process or of a worker: Linux,
  macOS and other POSIX systems); where there is no such timer (Windows, or
  ``parse_source`` called from another thread) pages run without a limit. The
  alarm interrupts Python code, not a call inside a C extension: Lexbor's parse of
  one page returns first (its cost is bounded by the front end, docs/robustness.md).
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Literal

import attrs

from .api import parse
from .errors import SpaceparseError
from .io.inputs import Source
from .io.outputs import FORMATS
from .profiles import Profiles

__all__ = ["DEFAULT_PAGE_TIMEOUT", "Options", "Outcome", "parse_source", "run"]

DEFAULT_PAGE_TIMEOUT = 10.0
"""The CLI's default ``--page-timeout``: seconds one page may take in a batch."""

Status = Literal["parsed", "failed", "skipped"]


@attrs.frozen(slots=True)
class Options:
    """How to parse and render each page (sent to every worker)."""

    fmt: str = "jsonl"
    kind: str = "auto"
    """Force ``html`` or ``text`` for every page; ``auto`` uses what the input says, then sniffs."""
    url: str | None = None
    """One URL for every page (only sensible for a single page)."""
    with_source: bool = True
    """Put ``source``/``record`` in JSON, JSON Lines and CSV rows."""
    profiles: Profiles | None = None
    """User profiles (``--profile``, ``SPACEPARSE_PROFILES``): sent to each worker with its
    pages, as data; a worker builds each profile once."""
    page_timeout: float = 0.0
    """Seconds one page may take (parse and render) before it is reported as failed; 0: no
    limit (the default here, so that library callers get no ``SIGALRM`` handler unasked;
    the CLI's ``--page-timeout`` defaults to :data:`DEFAULT_PAGE_TIMEOUT`)."""


@attrs.frozen(slots=True)
class Outcome:
    """What became of one Source; ``output`` is the rendered article when parsed."""

    name: str
    record: str | None
    url: str | None
    unit: str
    status: Status
    output: str = ""
    reason: str = ""
    """Why it failed or was skipped."""
    error: str = ""
    """The exception class name when it failed (``DecodeError``, ...)."""


def parse_source(src: Source, opts: Options) -> Outcome:
    """Parse and render one Source; never raises for a bad page."""
    base = Outcome(name=src.name, record=src.record, url=src.url, unit=src.unit, status="failed")
    if src.error is not None:
        return attrs.evolve(base, status="failed", reason=src.error, error="ReadError")
    if src.skip is not None:
        return attrs.evolve(base, status="skipped", reason=src.skip)
    limit = opts.page_timeout if opts.page_timeout > 0 and _can_time_out() else 0.0
    try:
        if limit > 0:
            with _Deadline(limit):
                text = _parse_and_render(src, opts)
        else:
            text = _parse_and_render(src, opts)
    except SpaceparseError as e:
        return attrs.evolve(base, status="failed", reason=str(e), error=type(e).__name__)
    except PageTimeout:
        reason = f"the page took longer than the page timeout ({limit:g} s; --page-timeout)"
        return attrs.evolve(base, status="failed", reason=reason, error="PageTimeout")
    return attrs.evolve(base, status="parsed", output=text)


def _parse_and_render(src: Source, opts: Options) -> str:
    kind = opts.kind if opts.kind != "auto" else src.kind
    article = parse(
        src.data,
        url=opts.url or src.url,
        kind=kind,  # type: ignore[arg-type]
        encoding=src.encoding,
        profiles=opts.profiles,
    )
    render = FORMATS[opts.fmt]
    return render(article, source=src.name, record=src.record) if opts.with_source else render(article)


class PageTimeout(BaseException):  # (a stop, like KeyboardInterrupt: not an error of the page)
    """Raised in the parsing thread when a page's time is up. A ``BaseException``, so that
    ``parse``'s own ``except Exception`` (which wraps bugs as ``InternalError``) lets it through."""


def _can_time_out() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expired(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


class _Deadline:
    """``with _Deadline(seconds):`` raises :class:`PageTimeout` in the block once ``seconds``
    have passed (a one-shot ``ITIMER_REAL``); the previous ``SIGALRM`` handler and timer are
    restored on the way out."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.old_handler: object = None
        self.old_timer = (0.0, 0.0)

    def __enter__(self) -> None:
        self.old_handler = signal.signal(signal.SIGALRM, _expired)
        self.old_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # (even if the alarm went off just now: then the page counts as timed out)
            signal.signal(signal.SIGALRM, self.old_handler)  # type: ignore[arg-type]
            if self.old_timer[0] > 0:
                signal.setitimer(signal.ITIMER_REAL, *self.old_timer)


def _parse_chunk(chunk: list[Source], opts: Options) -> list[Outcome]:
    return [parse_source(s, opts) for s in chunk]


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group; the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(sources: Iterable[Source], size: int, max_bytes: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    nbytes = 0
    for s in sources:
        chunk.append(s)
        nbytes += len(s.data)
        if len(chunk) >= size or nbytes >= max_bytes:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def run(
    sources: Iterable[Source],
    opts: Options,
    *,
    jobs: int = 1,
    chunk_size: int = 8,
    chunk_bytes: int = 4 * 1024 * 1024,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[Outcome]:
    """Outcomes for ``sources``, in input order; stops pulling inputs once ``stop()`` is true."""
    if jobs <= 1:
        for s in sources:
            if stop():
                return
            yield parse_source(s, opts)
        return
    yield from _run_pool(opts, jobs=jobs, chunks=_chunks(sources, chunk_size, chunk_bytes), stop=stop)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)


def _run_pool(
    opts: Options, *, jobs: int, chunks: Iterator[list[Source]], stop: Callable[[], bool]
) -> Iterator[Outcome]:
    max_pending = 4 * jobs
    pool = _new_pool(jobs)
    pending: deque[tuple[list[Source], Future[list[Outcome]]]] = deque()
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_pending and not stop():
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_parse_chunk, chunk, opts)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                outcomes = fut.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool, outcomes = _retry_alone(chunk, opts, jobs)
                # Everything else in flight died with the pool: send it again, in order.
                pending = deque((c, pool.submit(_parse_chunk, c, opts)) for c, _ in pending)
            yield from outcomes
            if stop():
                return
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(chunk: list[Source], opts: Options, jobs: int) -> tuple[ProcessPoolExecutor, list[Outcome]]:
    """Parse each page of a chunk that killed a worker on its own, in a fresh pool."""
    pool = _new_pool(jobs)
    out: list[Outcome] = []
    for s in chunk:
        try:
            out.append(pool.submit(parse_source, s, opts).result())
        except BrokenProcessPool as e:
            pool.shutdown(wait=True, cancel_futures=True)
            pool = _new_pool(jobs)
            out.append(
                Outcome(
                    name=s.name,
                    record=s.record,
                    url=s.url,
                    unit=s.unit,
                    status="failed",
                    reason=f"the worker process died while parsing this page ({e})",
                    error="WorkerDied",
                )
            )
    return pool, out
