"""Time per MB and peak memory of spaceparse.parse on the worst inputs we know.

    PYTHONPATH=src python benchmarks/bench_hostile.py            # every case at its default size
    PYTHONPATH=src python benchmarks/bench_hostile.py --mb 50    # the page cases at 50 MB
    PYTHONPATH=src python benchmarks/bench_hostile.py --only nested-div-200k
    .venv-c/bin/python benchmarks/bench_hostile.py              # the compiled build (pip install .)

Each case runs in a fresh subprocess so that its peak RSS (ru_maxrss, which
includes Lexbor's C allocations) is its own; ``rss_ratio`` is the peak over the
warmed-up process, per byte of input. ``partial``: the page was over its element
budget and read in part (issue 18). Output: one row per case and a JSON summary on
the last line (docs/robustness.md quotes it).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable

P = "<p>The agency said on Tuesday that the lander would fly next year after a long series of tests.</p>"
PROSE = "The agency said on Tuesday that the lander would fly next year after a long series of tests.\n"
WRAPPED = "This is a hard wrapped line of text that goes on for about seventy chars\n"


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def _storm_tag(size: int) -> str:
    """One element with as many distinct attributes as fit, then an article."""
    k = max(1, size // 9)
    return "<html><body><div " + " ".join(f"a{i}=1" for i in range(k)) + ">" + P * 3 + "</div></body></html>"


def _fill_seq(unit: Callable[[int], str], size: int) -> str:
    out, n, i = ["<html><body>"], 12, 0
    while n < size:
        piece = unit(i)
        out.append(piece)
        n += len(piece)
        i += 1
    return "".join(out)


def _nested(tag: str, depth: int) -> str:
    return "<html><body>" + f"<{tag}>" * depth + P + f"</{tag}>" * depth + "</body></html>"


# name -> (kind, builder(size in bytes) -> page, fixed size or None for --mb)
CASES: dict[str, tuple[str, Callable[[int], str], int | None]] = {
    "text-prose": ("text", lambda n: _fill(PROSE + "\n", n), None),
    "text-hard-wrapped": ("text", lambda n: _fill(WRAPPED, n), None),
    "text-one-line": ("text", lambda n: _fill("a ", n), None),
    "text-short-lines": ("text", lambda n: _fill("Line of a menu\n", n), None),
    "text-blank-lines": ("text", lambda n: _fill("\n", n, tail="x"), None),
    "text-related-blocks": ("text", lambda n: _fill(PROSE * 30 + "Related\n", n), None),
    "text-underscores": ("text", lambda n: _fill("_" * 60 + "\n", n), None),
    "html-paragraphs": ("html", lambda n: _fill(P, n, "<html><body>", "</body></html>"), None),
    "html-unclosed-p": ("html", lambda n: _fill("<p>x", n, "<html><body>"), None),
    "html-huge-attribute": ("html", lambda n: "<html><body><div class='" + "a " * (n // 2) + "'>" + P, None),
    "html-amp-storm": ("html", lambda n: "<html><body><p>" + "&" * n + "</p>" + P, None),
    "html-attribute-storm": ("html", _storm_tag, None),
    "html-attribute-names": ("html", lambda n: _fill_seq(lambda i: f"<i a{i}=1>x</i>", n), None),
    "html-tag-names": ("html", lambda n: _fill_seq(lambda i: f"<x{i}>t</x{i}>", n), None),
    "html-entity-storm": ("html", lambda n: _fill("&amp;&lt;&#169;&eacute;&#x2014;", n, "<html><body><p>"), None),
    "html-links": ("html", lambda n: _fill("<a href='/story/page.html'>A link</a> ", n, "<html><body>"), None),
    "html-table": ("html", lambda n: _fill("<tr><td>12</td><td>34</td></tr>", n, "<html><body><table>"), None),
    "html-li": ("html", lambda n: _fill("<li>x", n, "<html><body><ul>"), None),
    "html-closed-p": ("html", lambda n: _fill("<p>x</p>", n, "<html><body>"), None),
    "html-long-line": ("html", lambda n: _fill("word ", n, "<html><body><p>", "</p>"), None),
    "html-nested-lists": ("html", lambda n: _fill("<ul><li>item " * 50 + "</li></ul>" * 50, n, "<html><body>"), None),
    "nested-div-200k": ("html", lambda n: _nested("div", 200_000), 0),
    "nested-span-200k": ("html", lambda n: _nested("span", 200_000), 0),
    "nested-li-100k": ("html", lambda n: _nested("li", 100_000), 0),
    "nested-table-30k": ("html", lambda n: _nested("table", 30_000), 0),
}


def _run_one(name: str, size: int) -> dict[str, object]:
    import spaceparse

    kind, build, fixed = CASES[name]
    spaceparse.parse(P, kind="html")  # warm up imports and profiles
    base = _rss_mb()
    page = build(size if fixed is None else 0).encode("utf-8")
    t0 = time.perf_counter()
    art = spaceparse.parse(page, kind=kind, max_bytes=len(page) + 1)  # type: ignore[arg-type]
    took = time.perf_counter() - t0
    mb = len(page) / 1e6
    peak = _rss_mb()
    return {
        "case": name,
        "mb": round(mb, 2),
        "seconds": round(took, 3),
        "s_per_mb": round(took / mb, 3),
        "peak_rss_mb": round(peak, 1),
        # What the page cost in memory over the warmed-up process, per byte of input
        # (the page's own bytes and the str built from them included).
        "rss_ratio": round((peak - base) / (len(page) / 2**20), 1),
        "body": len(art.body),
        "partial": art.partial,
        "compiled": spaceparse.COMPILED,
    }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the page cases in MB (default 5)")
    ap.add_argument("--only", action="append", help="run only these cases")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_run_one(args.child, int(args.mb * 1e6))))
        return
    rows = []
    for name in args.only or list(CASES):
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--mb", str(args.mb)],
            capture_output=True,
            text=True,
            check=False,
            timeout=3600,
        )
        if done.returncode != 0:
            rows.append({"case": name, "error": done.stderr.strip().splitlines()[-1:]})
        else:
            rows.append(json.loads(done.stdout))
        r = rows[-1]
        print(f"{r['case']:24s} " + ("  ".join(f"{k}={v}" for k, v in r.items() if k != "case")), flush=True)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
