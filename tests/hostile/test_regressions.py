"""Regression cases, each named after what found it (a fuzzer and its crash id, or the audit).

Fuzzer inputs are kept in ``tests/hostile/seeds/`` (which also seeds the atheris
corpus). The first byte of an atheris input is the harness's selector (kind,
bytes or str, URL or none; see ``fuzz/fuzz_parse.py``); these tests replay every
mode, not only the one that crashed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import spaceparse
from spaceparse import InternalError, SpaceparseError

from .conftest import KINDS

SEEDS = Path(__file__).resolve().parent / "seeds"


def replay(data: bytes) -> None:
    """Every mode of the parse harness: the result is an Article or a documented, non-internal error."""
    page = data[1:]
    for arg in (page, page.decode("latin-1"), page.decode("utf-8", errors="surrogateescape")):
        for kind in KINDS:
            for url in (None, "https://payloadspace.com/x", "http://[bad"):
                try:
                    art = spaceparse.parse(arg, kind=kind, url=url)  # type: ignore[arg-type]
                except InternalError:
                    raise
                except SpaceparseError:
                    continue
                art.to_dict()
                for text in (art.headline or "", *art.body):
                    text.encode("utf-8")


def test_atheris_parse_crash_63892ddd() -> None:
    """atheris (fuzz_parse, HTML): a canonical link ``http://[...`` raised ValueError (Invalid IPv6 URL)."""
    replay((SEEDS / "atheris-parse-63892ddd.bin").read_bytes())


@pytest.mark.parametrize(
    "html",
    [
        '<link rel="canonical" href="http://[oops/x"><h1>A headline here</h1><p>Body text of the page.</p>',
        '<base href="http://[::1"><a href="//example.com/x">link</a><p>Body</p>',
        '<meta property="og:url" content="https://[/"><h1>A headline</h1>',
        '<a href="http://[">x</a><a href="https://example.com:99999/">y</a>',
    ],
)
def test_atheris_parse_crash_63892ddd_variants(html: str) -> None:
    """The same bug, reduced by hand: malformed URLs in every place the HTML front end reads one."""
    if "html" not in KINDS:
        pytest.skip("the HTML front end has not landed")
    for url in (None, "http://[bad", "https://payloadspace.com/x"):
        spaceparse.parse(html, kind="html", url=url)


def test_atheris_parse_harness_crash_97e4875e() -> None:
    """atheris (fuzz_parse): a harness bug (decoding the input with 'surrogatepass'), kept as an input."""
    replay((SEEDS / "atheris-parse-97e4875e.bin").read_bytes())
