"""The command line: ``spaceparse parse PAGE... [--format ...] [-o OUT]``.

Exit status: 0 when every input parsed, 1 when some failed (each named on
stderr with the reason; the others are still written), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .api import parse
from .errors import SpaceparseError
from .io.inputs import iter_sources
from .io.outputs import FORMATS

__all__ = ["main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="spaceparse", description="Turn scraped news pages into structured articles.")
    ap.add_argument("--version", action="version", version=f"spaceparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse pages (files, folders, globs, or - for stdin)")
    p.add_argument("inputs", nargs="+", metavar="PAGE", help="file, folder, glob, or - for stdin")
    p.add_argument("--format", "-f", choices=sorted(FORMATS), default=None,
                   help="output format (default: json for one page, jsonl for several)")
    p.add_argument("--output", "-o", metavar="OUT", help="write here instead of stdout (atomically)")
    p.add_argument("--kind", choices=["auto", "text", "html"], default="auto", help="input kind (default: sniff)")
    p.add_argument("--url", help="the page's URL (selects a site profile; makes links absolute)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    return ap


class _AtomicOutput:
    """Write to a temporary file beside the target and rename it into place at the end."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.tmp: str | None = None
        self.fh: TextIO
        if path is None:
            self.fh = sys.stdout
        else:
            folder = os.path.dirname(os.path.abspath(path))
            fd, self.tmp = tempfile.mkstemp(prefix=".spaceparse-", dir=folder)
            self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def commit(self) -> None:
        if self.tmp is not None:
            self.fh.close()
            os.replace(self.tmp, self.path)  # type: ignore[arg-type]
            self.tmp = None
        else:
            self.fh.flush()

    def abort(self) -> None:
        if self.tmp is not None:
            self.fh.close()
            os.unlink(self.tmp)
            self.tmp = None


def _cmd_parse(args: argparse.Namespace) -> int:
    sources = list(iter_sources(args.inputs))
    fmt = args.format or ("json" if len(sources) == 1 else "jsonl")
    render = FORMATS[fmt]
    failed = ok = 0
    try:
        out = _AtomicOutput(args.output)
    except OSError as e:
        print(f"spaceparse: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_USAGE
    try:
        first = True
        if fmt == "json" and len(sources) > 1:
            out.fh.write("[\n")
        for src in sources:
            if src.error:
                failed += 1
                print(f"spaceparse: {src.name}: {src.error}", file=sys.stderr)
                continue
            try:
                kind = args.kind if args.kind != "auto" else src.kind
                article = parse(src.data, url=args.url or src.url, kind=kind)  # type: ignore[arg-type]
            except SpaceparseError as e:
                failed += 1
                print(f"spaceparse: {src.name}: {type(e).__name__}: {e}", file=sys.stderr)
                continue
            ok += 1
            many = len(sources) > 1
            text = render(article, source=src.name if many and fmt in ("json", "jsonl") else None)
            if fmt == "json" and len(sources) > 1:
                out.fh.write(("" if first else ",\n") + text)
            elif fmt in ("markdown", "text") and not first:
                out.fh.write("\n---\n\n" + text)
            else:
                out.fh.write(text if text.endswith("\n") else text + "\n")
            first = False
        if fmt == "json" and len(sources) > 1:
            out.fh.write("\n]\n")
        out.commit()
    except BaseException:
        out.abort()
        raise
    if not args.quiet and len(sources) > 1:
        print(f"spaceparse: {ok} parsed, {failed} failed, {len(sources)} inputs", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


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
            print("spaceparse: interrupted; no partial output was left", file=sys.stderr)
            return 130
        except BrokenPipeError:
            return EXIT_OK
    return EXIT_USAGE  # pragma: no cover - argparse requires a command


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
