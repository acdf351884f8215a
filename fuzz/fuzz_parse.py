"""Coverage-guided fuzzing of :func:`spaceparse.parse` (atheris / libFuzzer).

    PYTHONPATH=src python fuzz/fuzz_parse.py [-max_total_time=SECONDS] [libFuzzer flags]

The first input byte picks ``kind`` (auto, text, html) and whether the rest is
given as bytes or as a decoded str. Anything but a documented
:class:`spaceparse.SpaceparseError` (other than ``InternalError``) is a crash.
"""

from __future__ import annotations

import importlib.util
import sys

import atheris
from _common import libfuzzer_argv

with atheris.instrument_imports():
    import spaceparse
    from spaceparse import InternalError, SpaceparseError

KINDS = ("auto", "text", "html")
HAVE_HTML = importlib.util.find_spec("spaceparse.frontends.html") is not None


def test_one(data: bytes) -> None:
    if not data:
        return
    selector, page = data[0], data[1:]
    kind = KINDS[selector % 3]
    if not HAVE_HTML and kind != "text":
        kind = "text"  # the HTML front end has not landed yet: fuzz what exists
    arg: str | bytes = page
    if selector & 0x80:
        arg = page.decode("utf-8", errors="surrogateescape") if selector & 0x40 else page.decode("latin-1")
    try:
        article = spaceparse.parse(arg, kind=kind, url="https://payloadspace.com/x" if selector & 0x20 else None)  # type: ignore[arg-type]
    except InternalError:
        raise
    except SpaceparseError:
        return
    article.to_dict()


def main() -> None:
    atheris.Setup(libfuzzer_argv("parse"), test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    sys.exit(main())
