#!/usr/bin/env python3
"""Which DOM: selectolax (Lexbor) vs lxml on the shared corpus, the operations the HTML front end needs.

Run from the project root (../shared beside it):

    python benchmarks/bench_dom.py

For each parser, CPU ms/page (``time.process_time``, median of 3 passes over the 181 pages)
of: parsing the page's bytes; one CSS query over the document (``p``); the text of the body;
removing script/style/noscript. The front end uses Lexbor for all of them; this is the
measurement that decided it (docs/html.md, "selectolax vs lxml").
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "bench" / "score_body.py"


def _pages() -> list[bytes]:
    spec = importlib.util.spec_from_file_location("score_body", SCORER)
    assert spec and spec.loader
    sb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sb)
    return [sb.page_input(pid, "html") for pid in sb.load_gold()]


def _time(items: list[Any], f: Callable[[Any], object]) -> float:
    passes = []
    for _ in range(3):
        t0 = time.process_time()
        for x in items:
            f(x)
        passes.append(time.process_time() - t0)
    return statistics.median(passes) / len(items) * 1000


def main() -> int:
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}", file=sys.stderr)
        return 2
    import lxml.html
    from lxml.etree import strip_elements
    from selectolax.lexbor import LexborHTMLParser

    pages = _pages()
    lex = [LexborHTMLParser(p) for p in pages]
    lx = [lxml.html.fromstring(p) for p in pages]

    def lex_strip(b: bytes) -> None:
        LexborHTMLParser(b).strip_tags(["script", "style", "noscript"])

    def lx_strip(b: bytes) -> None:
        strip_elements(lxml.html.fromstring(b), "script", "style", "noscript", with_tail=False)

    rows = [
        ("parse bytes", _time(pages, LexborHTMLParser), _time(pages, lxml.html.fromstring)),
        ("css('p')", _time(lex, lambda t: t.css("p")), _time(lx, lambda t: t.cssselect("p"))),
        (
            "body text",
            _time(lex, lambda t: t.body.text() if t.body is not None else ""),
            _time(lx, lambda t: t.text_content()),
        ),
        ("parse + strip script/style/noscript", _time(pages, lex_strip), _time(pages, lx_strip)),
    ]
    print("| operation (CPU ms/page) | selectolax (Lexbor) | lxml | lxml / Lexbor |")
    print("|---|---|---|---|")
    for name, a, b in rows:
        print(f"| {name} | {a:.3f} | {b:.3f} | {b / a:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
