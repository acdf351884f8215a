"""Text-mode speed and accuracy.

    python benchmarks/bench_text.py              # print the figures
    python benchmarks/bench_text.py --write-docs # also update docs/benchmarks.md
    .venv/bin/python benchmarks/bench_text.py --installed  # the spaceparse installed there

Without ``--installed`` it measures this checkout's src/ (pure Python, unless compiled
modules were built into src/); with it, whatever ``import spaceparse`` finds, such as a
regular install's compiled build. The output says which build was measured.

Speed: pages per second of CPU time (process_time, so other processes on the machine do
not count), one process, parse only (input already in memory), median of several cold
passes after a warm-up pass (see ``_rate`` for why), on
(a) typical scraped article pages, the text fixtures plus the seed (2-6 KB),
and (b) the 181 lynx renderings of the shared corpus (12 KB on average, menus
included). Accuracy: body F1 on both text renderings of the corpus with the
benchmark's own metric. The corpus parts are skipped when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _clear_line_caches() -> None:
    """Empty the per-line memo caches of the rules, so that a pass over pages already
    seen is not faster than the first. Per-profile caches (compiled patterns, the
    label index) stay warm, as in any long-running process."""
    from spaceparse.recognisers import bylines, credits, furniture, labels, prose

    labels._label_line.cache_clear()
    furniture.related_heading_at.cache_clear()
    bylines._parse_byline.cache_clear()
    credits._parse_credit.cache_clear()
    prose.is_prose.cache_clear()


def _busy_seconds() -> float | None:
    """CPU seconds all processes on the machine have used (Linux ``/proc/stat``), if known."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        ticks = [int(x) for x in fields]
        return float(sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait
    except (OSError, ValueError, IndexError):
        return None


def _rate(pages: list[bytes], rounds: int) -> tuple[float, float, float, float, float | None]:
    """(median pages/s, slowest and fastest pass in pages/s, median ms/page, other load)
    over ``rounds`` cold passes, after one untimed warm-up pass.

    The warm-up pays the once-per-process costs (imports, profile loading, regex
    compilation: about 15 ms, which made the first pass of 29 pages read ~40% slower).
    The median pass, not the best, is reported: on a machine shared with other work the
    CPU time of the same passes rises by up to ~1.6x while the other cores are busy
    (shared caches and memory bandwidth, which process_time cannot exclude), for seconds
    at a time; the spread shows how much, and "other load" is the CPU the rest of the
    machine used meanwhile, in cores (Linux only). Garbage collection stays on, as for users.
    """
    import spaceparse

    for p in pages:
        spaceparse.parse(p, kind="text")
    rates: list[float] = []
    per_page: list[float] = []
    busy0, own0, wall0 = _busy_seconds(), time.process_time(), time.perf_counter()
    for _ in range(rounds):
        _clear_line_caches()
        gc.collect()
        t0 = time.process_time()
        for p in pages:
            t = time.process_time()
            spaceparse.parse(p, kind="text")
            per_page.append(time.process_time() - t)
        rates.append(len(pages) / (time.process_time() - t0))
    busy1, own1, wall1 = _busy_seconds(), time.process_time(), time.perf_counter()
    other = None
    if busy0 is not None and busy1 is not None and wall1 > wall0:
        other = max(0.0, (busy1 - busy0) - (own1 - own0)) / (wall1 - wall0)
    return statistics.median(rates), min(rates), max(rates), statistics.median(per_page) * 1000, other


def typical_pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "text").rglob("*.txt"))]
    seed = SHARED / "seed" / "payload-belarus-ilrs.txt"
    if seed.exists():
        pages.append(seed.read_bytes())
    return pages


def corpus_f1(kind: str) -> dict[str, float] | None:
    script = SHARED / "bench" / "score_body.py"
    if not script.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_body", script)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gold = mod.load_gold()
    pred, _ = mod.run_spaceparse(gold, kind)
    res = mod.score_scrapinghub(gold, pred, n_bootstrap=0)
    return {k: res[k] for k in ("f1", "precision", "recall")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=15, help="timed passes over the typical pages")
    ap.add_argument("--write-docs", action="store_true")
    ap.add_argument(
        "--installed", action="store_true", help="measure the spaceparse this Python imports, not this checkout's src/"
    )
    args = ap.parse_args(argv)
    if not args.installed:
        sys.path.insert(0, str(ROOT / "src"))
    import spaceparse

    build = "compiled" if spaceparse.COMPILED else "pure Python"
    where = Path(spaceparse.__file__).resolve().parent.parent
    source = "this checkout's src/" if where == ROOT / "src" else "an installed package"
    rows = []
    typical = typical_pages()
    size = sum(map(len, typical)) / len(typical) / 1024
    rows.append(("typical article pages (fixtures + seed)", len(typical), size, *_rate(typical, args.rounds)))
    lynx_dir = SHARED / "corpus" / "scrapinghub" / "text-lynx"
    if lynx_dir.exists():
        corpus = [gzip.decompress(p.read_bytes()) for p in sorted(lynx_dir.glob("*.txt.gz"))]
        size = sum(map(len, corpus)) / len(corpus) / 1024
        rows.append(
            ("scrapinghub corpus, lynx renderings", len(corpus), size, *_rate(corpus, max(1, args.rounds // 3)))
        )
    lines = [
        "| pages | n | mean size | pages/s (one core, median pass) | slowest - fastest pass | median ms/page"
        " | other load (cores) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, n, kb, r, lo, hi, m, other in rows:
        load = f"{other:.2f}" if other is not None else "n/a"
        lines.append(f"| {name} | {n} | {kb:.1f} KB | {r:,.0f} | {lo:,.0f} - {hi:,.0f} | {m:.2f} | {load} |")
    f1_lines = ["| input | body F1 | precision | recall |", "|---|---|---|---|"]
    for kind in ("text-lynx", "text-htmltext"):
        res = corpus_f1(kind)
        if res:
            f1_lines.append(f"| {kind} | {res['f1']:.3f} | {res['precision']:.3f} | {res['recall']:.3f} |")
    measured = f"Build measured: spaceparse {spaceparse.__version__} ({build}), from {source}."
    out = measured + "\n\n" + "\n".join(lines) + "\n\n" + "\n".join(f1_lines) + "\n"
    print(out)
    print(f"(imported from {where})")
    if args.write_docs:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
        # One block per build, so that the figures of both stay side by side.
        name = "bench_text" if not spaceparse.COMPILED else "bench_text compiled"
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        command = "python benchmarks/bench_text.py" + (" --installed" if args.installed else "") + " --write-docs"
        block = f"{start}\n{out}\nCommand: `{command}`\n{end}"
        if start in text:
            text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
        else:
            text += f"\n## Text mode, {build} build\n\n" + block + "\n"
        doc.write_text(text, encoding="utf-8")
        print(json.dumps({"written": str(doc.relative_to(ROOT))}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
