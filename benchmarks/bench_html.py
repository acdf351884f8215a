#!/usr/bin/env python3
"""HTML speed and body F1 on the shared scrapinghub corpus, spaceparse vs trafilatura.

Run from the project root with spaceparse importable: PYTHONPATH=src for this checkout's
sources (pure Python), or the Python of a venv where it is installed (a regular install is
the mypyc-compiled build). The output says which build was measured.

    PYTHONPATH=src python benchmarks/bench_html.py               # print the figures
    PYTHONPATH=src python benchmarks/bench_html.py --write-docs  # also update the table in docs/html.md
    .venv/bin/python benchmarks/bench_html.py                    # the build installed in .venv

One process, one core, parse only (pages are read and decompressed first, and each
extractor parses one page untimed before the run, to load what it loads lazily). Both
extractors run in the same process on the same pages: ``--rounds`` whole passes over the
corpus each, alternating (and alternating which goes first), the median pass kept, so
machine load affects both alike and each runs as a scraper runs it, on its own. A last
pass alternates page by page (each extractor then finds the CPU caches filled by the
other); its ratio is printed too. Time is CPU time (``time.process_time``), not
wall time: the development machine has 2 cores shared with other jobs, and wall
time there counts the time the process waited for a core. Peak memory is
tracemalloc's peak during a separate pass of spaceparse alone (Python allocations;
Lexbor's C heap is not seen) and the process's peak RSS (``ru_maxrss``, which
includes trafilatura/lxml and the corpus held in memory).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "bench" / "score_body.py"
DOCS = ROOT / "docs" / "html.md"


def _markers(compiled: bool) -> tuple[str, str]:
    """The begin/end comments of a build's block in docs/html.md: one block per build, so
    that the figures of both stay side by side."""
    name = "figures compiled" if compiled else "figures"
    return f"<!-- {name}:begin -->", f"<!-- {name}:end -->"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_body", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over the corpus per extractor")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"scorer not found at {SCORER}", file=sys.stderr)
        return 2
    sb = _scorer()
    import spaceparse

    trafilatura: ModuleType | None
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    gold = sb.load_gold()
    pages = [(pid, sb.page_input(pid, "html"), item.get("url")) for pid, item in gold.items()]
    ours: dict[str, dict[str, str]] = {}
    theirs: dict[str, dict[str, str]] = {}

    def ours_pass() -> float:
        t0 = time.process_time()
        for pid, data, url in pages:
            ours[pid] = {"articleBody": spaceparse.parse(data, url=url, kind="html").text}
        return time.process_time() - t0

    def theirs_pass() -> float:
        assert trafilatura is not None
        t0 = time.process_time()
        for pid, data, url in pages:
            theirs[pid] = {"articleBody": trafilatura.extract(data, url=url, include_comments=False) or ""}
        return time.process_time() - t0

    # One untimed parse each first: both load code lazily on first use (spaceparse its HTML
    # front end and site profiles, ~40 ms; trafilatura ~140 ms), a one-time cost that a
    # long-running scraper pays once, not per page.
    _, data0, url0 = pages[0]
    spaceparse.parse(data0, url=url0, kind="html")
    if trafilatura is not None:
        trafilatura.extract(data0, url=url0, include_comments=False)
    # Whole passes over the corpus, the two extractors alternating (and which goes first
    # alternating too), median pass kept: each runs as it would in a scraper, on its own.
    p_ours: list[float] = []
    p_theirs: list[float] = []
    for r in range(args.rounds):
        gc.collect()
        if trafilatura is not None and r % 2:
            p_theirs.append(theirs_pass())
        p_ours.append(ours_pass())
        if trafilatura is not None and not r % 2:
            p_theirs.append(theirs_pass())
    t_ours = statistics.median(p_ours)
    t_theirs = statistics.median(p_theirs) if p_theirs else 0.0
    # The same pages again, the two alternating page by page: both then run with caches
    # the other has just used, a harsher setting than any scraper's; reported alongside.
    i_ours = i_theirs = 0.0
    if trafilatura is not None:
        for _, data, url in pages:
            t0 = time.process_time()
            spaceparse.parse(data, url=url, kind="html")
            t1 = time.process_time()
            trafilatura.extract(data, url=url, include_comments=False)
            i_ours += t1 - t0
            i_theirs += time.process_time() - t1
    n = len(pages)
    tracemalloc.start()
    for _, data, url in pages:
        spaceparse.parse(data, url=url, kind="html")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    m_ours = sb.score_scrapinghub(gold, ours, n_bootstrap=0)
    rows = [
        ("spaceparse", m_ours, t_ours / n * 1000, n / t_ours),
    ]
    if trafilatura is not None:
        m_t = sb.score_scrapinghub(gold, theirs, n_bootstrap=0)
        rows.append((f"trafilatura {trafilatura.__version__}", m_t, t_theirs / n * 1000, n / t_theirs))
    lines = [
        "| extractor | body F1 | precision | recall | CPU ms/page | pages/s (CPU) |",
        "|---|---|---|---|---|---|",
    ]
    for name, m, ms, ps in rows:
        lines.append(f"| {name} | {m['f1']:.3f} | {m['precision']:.3f} | {m['recall']:.3f} | {ms:.2f} | {ps:.0f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    extra = [
        f"Peak Python memory while parsing (tracemalloc): {peak / 1e6:.1f} MB;"
        f" peak RSS of the whole benchmark process: {rss:.0f} MB."
    ]
    if trafilatura is not None:
        extra.insert(
            0,
            f"Speed ratio (spaceparse pages/s ÷ trafilatura pages/s, same run): {t_theirs / t_ours:.2f}×"
            f" (median of {args.rounds} alternating whole passes each); alternating page by page instead:"
            f" {i_theirs / i_ours:.2f}× ({i_ours / n * 1000:.2f} vs {i_theirs / n * 1000:.2f} ms/page).",
        )
    where = Path(spaceparse.__file__).resolve().parent.parent
    source = "this checkout's src/" if where == ROOT / "src" else "an installed package"
    build = "compiled" if spaceparse.COMPILED else "pure Python"
    extra.append(f"Build measured: spaceparse {spaceparse.__version__} ({build}), from {source}.")
    table = "\n".join(lines + [""] + extra)
    print(table)
    if args.write_docs:
        doc = DOCS.read_text(encoding="utf-8")
        begin, end = _markers(spaceparse.COMPILED)
        block = f"{begin}\n{table}\n{end}"
        doc = (
            re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, doc, flags=re.DOTALL)
            if begin in doc
            else doc + f"\n{build} build:\n\n" + block + "\n"
        )
        DOCS.write_text(doc, encoding="utf-8")
        print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
