"""The command line: ``spaceparse parse INPUT... [--format ...] [-o FILE|DIR] [--jobs N]``.

Inputs are page files, folders (recursive), globs, ``-`` for stdin, JSON Lines
files of ``{url, html|text}`` records, and WARC/WET files (gzip or not). See
docs/cli.md for every option.

Also: ``spaceparse profiles`` (the profiles in force and where they come from),
``spaceparse explain PAGE`` (how a page was read, block by block; ``--html`` for a
visual report) and ``spaceparse learn PAGES... --host HOST`` (a draft profile from
pages of one site). User profiles: ``--profile FILE`` and ``SPACEPARSE_PROFILES``
(docs/own-site.md).

Exit status: 0 when every input parsed (or was skipped as not a page), 1 when
some failed (each named on stderr, and in ``--errors FILE``; the others are
still written), 2 for usage errors, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any, cast

import attrs

from . import COMPILED, __version__
from .batch import DEFAULT_PAGE_TIMEOUT, Options, Outcome, run
from .io.inputs import Source, iter_units, read_unit
from .io.outputs import FORMATS
from .io.progress import Progress
from .io.sinks import RESUMABLE, AtomicFile, DirSink, FileSink, Key, StreamSink, done_keys
from .profiles import PROFILES_ENV, Profile, ProfileError, Profiles, env_paths, load_profiles, profiles_from_env

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return n or (os.cpu_count() or 1)


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (no limit) or a positive number of seconds")
    return n


def _add_profile_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--profile",
        action="append",
        default=[],
        metavar="FILE|DIR",
        help="a user profile (TOML, the keys of the bundled ones); repeatable. One FILE applies to every"
        " page; several, or a DIR of them, each apply to the pages of its hosts. Folders in"
        f" ${PROFILES_ENV} (separated by {os.pathsep!r}) apply by host after these",
    )


def _user_profiles(paths: Sequence[str]) -> Profiles | None:
    """The registry for ``--profile`` and ``SPACEPARSE_PROFILES`` (:class:`ProfileError` on a mistake)."""
    given = load_profiles(paths)
    env = profiles_from_env()
    if len(paths) == 1 and not os.path.isdir(paths[0]):
        return Profiles(by_host=env, forced=given[0])
    hostless = [p.origin for p in given if not p.hosts]
    if hostless:
        raise ProfileError(
            f"{', '.join(hostless)}: no 'hosts', so it applies to no page: with several --profile files, or a"
            " folder, each applies to the pages of its hosts (one --profile FILE applies to every page)"
        )
    return Profiles.of(None, given + env)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="spaceparse", description="Turn scraped news pages into structured articles.")
    build = "compiled" if COMPILED else "pure Python"
    ap.add_argument("--version", action="version", version=f"spaceparse {__version__} ({build})")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse pages (files, folders, globs, - for stdin, JSON Lines, WARC/WET)")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="page file, folder, glob, - for stdin, .jsonl of {url, html|text}, .warc/.wet[.gz]",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=sorted(FORMATS),
        default=None,
        help="output format (default: json for one page, jsonl for a batch)",
    )
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE|DIR",
        help="write here instead of stdout, atomically; a DIR (existing, or ending in /) gets one file per input",
    )
    p.add_argument(
        "--kind",
        choices=["auto", "text", "html"],
        default="auto",
        help="page kind for every input (default: from the file name or record, then sniffed)",
    )
    p.add_argument(
        "--input-format",
        choices=["auto", "page", "jsonl", "warc"],
        default="auto",
        help="how to read the inputs (default: by file name; stdin is sniffed)",
    )
    p.add_argument("--url", help="the page's URL (selects a site profile; makes links absolute)")
    _add_profile_option(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU); output order stays the input order",
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs already in the output (-o FILE: by source and record; -o DIR: by file)",
    )
    p.add_argument(
        "--page-timeout",
        type=_seconds,
        default=DEFAULT_PAGE_TIMEOUT,
        metavar="SECONDS",
        help=f"a page that takes longer is reported as failed and the batch goes on"
        f" (default {DEFAULT_PAGE_TIMEOUT:g}; 0 = no limit)",
    )
    p.add_argument("--errors", metavar="FILE", help="write failed inputs here as JSON Lines (source, record, reason)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary on stderr")
    p.add_argument(
        "--progress",
        choices=["auto", "always", "never"],
        default="auto",
        help="progress bar on stderr (default: only on a terminal)",
    )

    p = sub.add_parser(
        "explain",
        help="show how a page was read: each block's role, the rule that decided it and why",
        description="Show how a page was read: each block (line or element) with the role it got, the rule"
        " that decided it and why, then the Article. Exit status: 0 explained, 1 the page could not be"
        " parsed, 2 usage error.",
    )
    p.add_argument("page", metavar="PAGE", help="a page file (.html, .txt, optionally .gz) or - for stdin")
    p.add_argument("--url", help="the page's URL (selects a site profile; makes links absolute)")
    p.add_argument("--kind", choices=["auto", "text", "html"], default="auto", help="page kind (default: sniffed)")
    _add_profile_option(p)
    p.add_argument("--format", "-f", choices=["text", "json"], default="text", help="text (default) or json")
    p.add_argument("--html", metavar="REPORT", help="also write a self-contained visual report (HTML) here")
    p.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text by role (default: on a terminal, unless NO_COLOR is set)",
    )
    p.add_argument("--width", type=int, default=None, help="line width of the text output (default: the terminal's)")

    p = sub.add_parser(
        "learn",
        help="write a draft profile from ten or more pages of one site",
        description="Learn a draft profile from pages of one site: the furniture that recurs on most pages,"
        " the title suffix, related headings, label vocabulary, credit prefixes (and, for HTML, selectors)."
        " Each entry comes with the number of pages that show it, for review. Exit status: 0 written,"
        " 1 some pages could not be read (the rest were used), 2 usage error or too few pages.",
    )
    p.add_argument(
        "inputs", nargs="+", metavar="PAGES", help="page files, folders, globs, .jsonl or WARC files of the site"
    )
    p.add_argument("--host", required=True, help="the site's host name (example.com); pages of other hosts are skipped")
    p.add_argument("--output", "-o", metavar="FILE", help="write the draft here (default: stdout)")
    p.add_argument("--name", help="the profile's name (default: from the host)")
    p.add_argument("--kind", choices=["auto", "text", "html"], default="auto", help="page kind (default: by file)")
    p.add_argument(
        "--min-share",
        type=float,
        default=0.5,
        metavar="X",
        help="share of the pages a line must be on to be furniture (default 0.5: most pages)",
    )
    p.add_argument(
        "--min-pages", type=int, default=10, metavar="N", help="refuse to learn from fewer pages (default 10)"
    )
    _add_profile_option(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")

    p = sub.add_parser("profiles", help="list the site profiles in force and where each comes from")
    _add_profile_option(p)
    p.add_argument("--format", "-f", choices=["text", "json"], default="text", help="text (default) or json")
    return ap


@attrs.define
class _Tally:
    parsed: int = 0
    failed: int = 0
    skipped: Counter[str] = attrs.Factory(Counter)
    resumed: int = 0
    read: int = 0
    unit: str | None = None
    """The unit of the last parsed or skipped record: with -o DIR, the one whose file is open."""
    in_unit: int = 0
    """Records of ``unit`` written so far (dropped with its file if the run stops before it is finished)."""
    """Inputs pulled from the input stream (parsed + failed + skipped + not done)."""

    @property
    def done(self) -> int:
        return self.parsed + self.failed + sum(self.skipped.values())

    def summary(self, *, elapsed: float, interrupted: bool) -> str:
        total = self.read + self.resumed
        parts = [f"{self.parsed} parsed", f"{self.failed} failed"]
        n_skip = sum(self.skipped.values())
        if n_skip:
            why = ", ".join(f"{reason}: {n}" for reason, n in self.skipped.most_common())
            parts.append(f"{n_skip} skipped ({why})")
        else:
            parts.append("0 skipped")
        if self.resumed:
            parts.append(f"{self.resumed} already done (--resume)")
        if interrupted:
            parts.append(f"{self.read - self.done} not done (interrupted)")
        rate = (self.parsed + self.failed) / elapsed if elapsed > 0 else 0.0
        return f"{total} inputs: {', '.join(parts)}; {elapsed:.1f} s, {rate:.1f} pages/s"


class _Stop:
    """First SIGINT/SIGTERM: finish cleanly (whole records kept); second: abort at once."""

    def __init__(self) -> None:
        self.requested = False
        self._old: dict[int, Any] = {}

    def __call__(self) -> bool:
        return self.requested

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._old[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old.clear()


def _is_dir_target(path: str) -> bool:
    return path.endswith(("/", os.sep)) or os.path.isdir(path)


def _err(msg: str, progress: Progress | None = None) -> None:
    if progress is not None:
        progress.clear()
    print(f"spaceparse: {msg}", file=sys.stderr)


def _cmd_parse(args: argparse.Namespace) -> int:
    try:
        registry = _user_profiles(args.profile)
    except ProfileError as e:
        _err(str(e))
        return EXIT_USAGE
    dir_out = args.output is not None and _is_dir_target(args.output)
    if args.resume and args.output is None:
        _err("--resume needs -o FILE or -o DIR (it skips what is already there)")
        return EXIT_USAGE
    if args.resume and not dir_out and (args.format or "jsonl") not in RESUMABLE:
        _err(f"--resume works with {', '.join(RESUMABLE)} output files (or -o DIR), not {args.format}")
        return EXIT_USAGE

    tally = _Tally()
    dir_sink = DirSink(args.output, args.format or "jsonl") if dir_out else None
    keys: set[Key] = set()
    if args.resume and not dir_out:
        try:
            keys = done_keys(args.output, args.format or "jsonl")
        except (OSError, ValueError) as e:
            _err(f"--resume cannot read {args.output}: {e}")
            return EXIT_USAGE

    def sources() -> Iterator[Source]:
        for unit in iter_units(args.inputs, input_format=args.input_format):
            if dir_sink is not None and args.resume and unit.error is None and dir_sink.done(unit.rel):
                tally.resumed += 1
                continue
            for src in read_unit(unit):
                if keys and (src.name, src.record) in keys:
                    tally.resumed += 1
                    continue
                tally.read += 1
                yield src

    stream = sources()
    head = [s for _, s in zip(range(2), stream, strict=False)]
    single = len(head) == 1 and head[0].record is None and not dir_out and not args.resume
    fmt = args.format or ("json" if single else "jsonl")
    if dir_sink is not None:
        dir_sink.fmt = fmt

    def all_sources() -> Iterator[Source]:
        yield from head
        yield from stream

    try:
        if dir_sink is not None:
            sink: DirSink | FileSink | StreamSink = dir_sink
        elif args.output is not None:
            sink = FileSink(args.output, fmt, single=single, resume=args.resume)
        else:
            sink = StreamSink(fmt, single=single)
        errors = AtomicFile(args.errors) if args.errors else None
    except OSError as e:
        _err(f"cannot write {e.filename or args.output}: {e.strerror or e}")
        return EXIT_USAGE

    show = args.progress == "always" or (args.progress == "auto" and not args.quiet and sys.stderr.isatty())
    progress = Progress(sys.stderr, enabled=show)
    stop = _Stop()
    opts = Options(
        fmt=fmt,
        kind=args.kind,
        url=args.url,
        with_source=not single,
        profiles=registry,
        page_timeout=args.page_timeout,
    )
    stop.install()
    try:
        for out in run(all_sources(), opts, jobs=args.jobs, stop=stop):
            with _writing():
                _record(out, tally, sink, errors, progress, quiet=args.quiet)
            progress.update(tally.done, tally.failed, sum(tally.skipped.values()))
        if stop.requested and dir_sink is not None and dir_sink.current is not None:
            tally.parsed -= tally.in_unit  # the unit in progress is dropped: its records are not done
        with _writing():
            sink.finish(complete=not stop.requested)
            if errors is not None:
                errors.commit()
    except _OutputError as e:
        # What the removed file held is not done; what already reached stdout or a
        # finished -o DIR file stays done.
        if isinstance(sink, FileSink):
            tally.parsed = 0
        elif isinstance(sink, DirSink) and sink.current is not None:
            tally.parsed -= tally.in_unit
        sink.abort()
        if errors is not None:
            errors.abort()
        progress.clear()
        _err(f"cannot write the output: {e.reason}; the unfinished output file was removed")
        _err(tally.summary(elapsed=progress.elapsed, interrupted=True))
        return EXIT_USAGE
    except BaseException:
        sink.abort()
        if errors is not None:
            errors.abort()
        raise
    finally:
        stop.restore()
        progress.clear()
    if stop.requested:
        _err(tally.summary(elapsed=progress.elapsed, interrupted=True))
        if args.output:
            _err("interrupted: the output holds only whole records; run again with --resume to finish")
        return EXIT_INTERRUPTED
    if not args.quiet and not single:
        _err(tally.summary(elapsed=progress.elapsed, interrupted=False))
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def _profile_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The profiles in force, in the order they are consulted."""
    from .profiles import all_profiles, default_profile

    registry = _user_profiles(args.profile)
    env = profiles_from_env()
    bundled = all_profiles()
    rows: list[dict[str, Any]] = []

    def row(p: Profile, kind: str, source: str) -> dict[str, Any]:
        return {"name": p.name, "kind": kind, "hosts": list(p.hosts), "origin": p.origin, "from": source}

    if registry is not None and registry.forced is not None:
        rows.append(row(registry.forced, "every page", "--profile"))
    if registry is not None:
        shadowed = {(id(p), h): q.name for p, h, q in registry.shadowed()}
        for p in registry.by_host:
            r = row(p, "by host", f"${PROFILES_ENV}" if any(p is e for e in env) else "--profile")
            r["shadowed"] = {h: shadowed[(id(p), h)] for h in p.hosts if (id(p), h) in shadowed}
            r["overrides"] = sorted({b.name for b in bundled for h in p.hosts if any(h == bh for bh in b.hosts)})
            rows.append(r)
    rows.extend(row(b, "by host", "bundled") for b in bundled)
    rows.append(row(default_profile(), "any other page", "bundled"))
    if env_paths() and not env:
        rows.append({"note": f"${PROFILES_ENV} lists {os.pathsep.join(env_paths())} but no profile is there"})
    return rows


def _cmd_profiles(args: argparse.Namespace) -> int:
    try:
        rows = _profile_rows(args)
    except ProfileError as e:
        _err(str(e))
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print("Profiles in the order they are consulted (the first that applies to a page is used):")
    for r in rows:
        if "note" in r:
            print(f"note: {r['note']}")
            continue
        where = "every page" if r["kind"] == "every page" else ", ".join(r["hosts"]) or r["kind"]
        source = r["origin"] if r["from"] == "bundled" else f"{r['origin']} ({r['from']})"
        print(f"  {r['name']:<20} {where:<34} {source}")
        for host, winner in r.get("shadowed", {}).items():
            print(f"      never used for {host}: {winner!r} comes first")
        if r.get("overrides"):
            print(f"      overrides the bundled {', '.join(map(repr, r['overrides']))} for its hosts")
        if r["kind"] == "every page":
            print("      (given alone with --profile: it applies to every page, the profiles below are not used)")
    return EXIT_OK


def _write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all."""
    out = AtomicFile(path)
    try:
        out.fh.write(text)
        out.commit()
    except BaseException:
        out.abort()
        raise


def _one_page(path: str) -> Source:
    """The one page ``path`` names (a page file, gzipped or not, or ``-``)."""
    from .io.inputs import Unit, container_for

    container = "page" if path == "-" else container_for(path)
    if container != "page":
        raise ValueError(f"{path}: explain takes one page file, not a {container.upper()} file")
    if path != "-" and not os.path.isfile(path):
        raise ValueError(f"{path}: no such file")
    src = next(read_unit(Unit(path=path, rel=os.path.basename(path), container="page")))
    if src.error is not None:
        raise ValueError(f"{path}: {src.error}")
    return src


def _cmd_explain(args: argparse.Namespace) -> int:
    from .api import Kind
    from .errors import SpaceparseError
    from .explain import explain, render_text

    try:
        registry = _user_profiles(args.profile)
        src = _one_page(args.page)
    except (ProfileError, ValueError) as e:
        _err(str(e))
        return EXIT_USAGE
    kind = args.kind if args.kind != "auto" else src.kind
    try:
        expl = explain(src.data, url=args.url, kind=cast(Kind, kind), encoding=src.encoding, profiles=registry)
    except SpaceparseError as e:
        _err(f"{args.page}: {type(e).__name__}: {e}")
        return EXIT_SOME_FAILED
    if args.html:
        from .report import render_html

        try:
            _write_atomic(args.html, render_html(expl))
        except OSError as e:
            _err(f"cannot write {args.html}: {e.strerror or e}")
            return EXIT_USAGE
    if args.format == "json":
        sys.stdout.write(json.dumps(expl.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        color = args.color == "always" or (
            args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        )
        width = args.width or shutil.get_terminal_size((100, 24)).columns
        sys.stdout.write(render_text(expl, color=color, width=width))
    if args.html:
        _err(f"report written to {args.html}")
    return EXIT_OK


def _cmd_learn(args: argparse.Namespace) -> int:
    from .api import Kind, read_document
    from .decode import decode_keeping_utf8
    from .errors import SpaceparseError
    from .learn import learn
    from .recognisers.urls import host_of

    host = args.host.strip().lower().removeprefix("www.")
    if "/" in host or not host:
        _err(f"--host wants a host name such as example.com, not {args.host!r}")
        return EXIT_USAGE
    if not 0 < args.min_share <= 1:
        _err("--min-share must be above 0 and at most 1")
        return EXIT_USAGE
    try:
        registry = _user_profiles(args.profile)
    except ProfileError as e:
        _err(str(e))
        return EXIT_USAGE
    docs = []
    markup: list[str | None] = []
    failed = other_host = 0
    for unit in iter_units(args.inputs):
        for src in read_unit(unit):
            if src.error is not None or src.skip is not None:
                failed += src.error is not None
                if src.error is not None:
                    _err(f"{src.name}: {src.error}")
                continue
            page_host = host_of(src.url)
            if page_host and page_host != host and not page_host.endswith("." + host):
                other_host += 1
                continue
            kind = cast(Kind, args.kind if args.kind != "auto" else src.kind)
            try:
                doc, profile = read_document(src.data, url=src.url, kind=kind, encoding=src.encoding, profiles=registry)
                text = decode_keeping_utf8(src.data, encoding=src.encoding)[0] if doc.kind == "html" else None
            except SpaceparseError as e:
                failed += 1
                _err(f"{src.name}{f' [{src.record}]' if src.record else ''}: {type(e).__name__}: {e}")
                continue
            docs.append((doc, profile))
            markup.append(text)
    if other_host and not args.quiet:
        _err(f"skipped {other_host} pages of other hosts than {host}")
    if len(docs) < args.min_pages:
        _err(
            f"learn needs at least {args.min_pages} pages of {host} (got {len(docs)}): what recurs on most of a"
            " handful of pages is not evidence (--min-pages to change)"
        )
        return EXIT_USAGE
    draft = learn(docs, host=host, name=args.name, min_share=args.min_share, markup=markup)
    text = draft.to_toml()
    draft.validate()  # what load_profile will say about it
    if args.output:
        try:
            _write_atomic(args.output, text)
        except OSError as e:
            _err(f"cannot write {args.output}: {e.strerror or e}")
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    if not args.quiet:
        found = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in draft.counts().items() if n)
        where = f" to {args.output}" if args.output else ""
        _err(f"learned from {draft.pages} pages{where}: {found or 'nothing'}")
        _err(f"review it, then check a page: spaceparse explain PAGE --profile {args.output or 'DRAFT.toml'}")
    return EXIT_SOME_FAILED if failed else EXIT_OK


class _OutputError(Exception):
    """Writing the output failed (a full disk, a vanished folder): the run stops."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """Turn an OSError while writing into :class:`_OutputError` (a closed stdout stays BrokenPipeError)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(e.strerror or str(e)) from e


def _record(
    out: Outcome,
    tally: _Tally,
    sink: DirSink | FileSink | StreamSink,
    errors: AtomicFile | None,
    progress: Progress,
    *,
    quiet: bool,
) -> None:
    if isinstance(sink, DirSink) and out.status != "failed":
        sink.start(out.unit)
    if out.status != "failed" and out.unit != tally.unit:
        tally.unit, tally.in_unit = out.unit, 0
    if out.status == "parsed":
        sink.write(out.unit, out.output)
        tally.parsed += 1
        tally.in_unit += 1
    elif out.status == "skipped":
        tally.skipped[out.reason] += 1
    else:
        tally.failed += 1
        where = out.name + (f" [{out.record}]" if out.record else "")
        if not (quiet and errors is not None):
            kind = f"{out.error}: " if out.error and out.error != "ReadError" else ""
            _err(f"{where}: {kind}{out.reason}", progress)
        if errors is not None:
            rec = {"source": out.name, "record": out.record, "url": out.url, "error": out.error, "reason": out.reason}
            errors.fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code) if isinstance(e.code, int) else EXIT_USAGE
    if args.command == "parse":
        try:
            return _cmd_parse(args)
        except KeyboardInterrupt:
            print("spaceparse: interrupted twice; stopped at once, no partial output was left", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # stdout was closed early (| head): not an error; keep Python from complaining at exit.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            return EXIT_OK
    if args.command == "profiles":
        return _cmd_profiles(args)
    if args.command == "explain":
        return _cmd_explain(args)
    if args.command == "learn":
        return _cmd_learn(args)
    return EXIT_USAGE  # pragma: no cover - argparse requires a command


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
