"""Batch figures: flat memory over 10,000 pages, --jobs 2 speed-up, WARC reader speed.

    PYTHONPATH=src python benchmarks/bench_batch.py                # print the figures
    PYTHONPATH=src python benchmarks/bench_batch.py --write-docs   # and put them in docs/scale.md

Builds a gzipped WARC (one member per record, like Common Crawl) from the shared
corpus ``../shared/corpus/scrapinghub/html/*.html.gz`` (``--source html``) or
a WET file from ``text-htmltext/*.txt.gz`` (``--source text``), repeated to
``--pages`` records, then runs the real CLI on it in a subprocess.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SPACEPARSE_SHARED", ROOT.parent / "shared")) / "corpus" / "scrapinghub"
DOC = ROOT / "docs" / "scale.md"


def _record(rtype: str, uri: str, block: bytes, ctype: str) -> bytes:
    head = (
        f"WARC/1.1\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + block + b"\r\n\r\n", compresslevel=1)


def build(path: Path, source: str, pages: int) -> int:
    if source == "html":
        files = sorted((CORPUS / "html").glob("*.html.gz"))
    else:
        files = sorted((CORPUS / "text-htmltext").glob("*.txt.gz"))
    if not files:
        sys.exit(f"no corpus under {CORPUS}")
    bodies = [gzip.decompress(f.read_bytes()) for f in files]
    with open(path, "wb") as fh:
        for i in range(pages):
            body = bodies[i % len(bodies)]
            uri = f"https://example.com/{i}"
            if source == "html":
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
                fh.write(_record("response", uri, http, "application/http; msgtype=response"))
            else:
                fh.write(_record("conversion", uri, body, "text/plain"))
    return len(files)


def _rss_kb(pid: int) -> int:
    """RSS of a process and its children (the workers), in kB."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            m = re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{p}/status").read_text())
        except OSError:
            continue
        total += int(m.group(1)) if m else 0
    return total


def run_cli(warc: Path, out: Path, jobs: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "spaceparse", "parse", str(warc), "-o", str(out), "--jobs", str(jobs)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env=env)
    samples: list[tuple[float, int]] = []

    def sample() -> None:
        while proc.poll() is None:
            samples.append((time.perf_counter() - t0, _rss_kb(proc.pid)))
            time.sleep(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    th.join()
    m = re.search(r"(\d+) inputs: (\d+) parsed, (\d+) failed", err.decode())
    if not m:
        sys.exit(err.decode())
    inputs, parsed, failed = map(int, m.groups())
    rss = [kb for _, kb in samples if kb]
    n = len(rss)
    return {
        "inputs": inputs,
        "parsed": parsed,
        "failed": failed,
        "wall": wall,
        "pages_s": (parsed + failed) / wall,
        "rss_first_mb": (rss[n // 10] if rss else 0) / 1024,
        "rss_last_mb": (rss[-1] if rss else 0) / 1024,
        "rss_peak_mb": max(rss, default=0) / 1024,
    }


def reader_speed(warc: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "src"))
    from spaceparse.io.warc import available_readers, iter_warc

    out = {}
    for reader in available_readers():
        t0 = time.perf_counter()
        with open(warc, "rb") as fh:
            n = sum(1 for s in iter_warc(io.BufferedReader(fh), name="b", reader=reader) if s.data)
        out[reader] = n / (time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--source",
        choices=["html", "text"],
        default=None,
        help="html (WARC responses) or text (WET); default html when the HTML front end exists",
    )
    ap.add_argument("--pages", type=int, default=10_000, help="records in the big WARC (RSS run)")
    ap.add_argument("--speed-pages", type=int, default=3_000, help="records for the --jobs comparison")
    ap.add_argument("--write-docs", action="store_true", help="update the figures in docs/scale.md")
    ap.add_argument("--from-json", metavar="FILE", help="write the docs from figures saved by an earlier run")
    args = ap.parse_args()
    if args.from_json:
        write_docs(json.loads(Path(args.from_json).read_text()))
        return
    load_before = os.getloadavg()[0]
    if args.source is None:
        try:
            sys.path.insert(0, str(ROOT / "src"))
            __import__("spaceparse.frontends.html")
            args.source = "html"
        except ImportError:
            args.source = "text"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        big, small = t / "big.warc.gz", t / "small.warc.gz"
        distinct = build(big, args.source, args.pages)
        build(small, args.source, args.speed_pages)
        readers = reader_speed(big)
        rss = run_cli(big, t / "big.jsonl", jobs=1)
        j1 = run_cli(small, t / "j1.jsonl", jobs=1)
        j2 = run_cli(small, t / "j2.jsonl", jobs=2)
    fig = {
        "source": args.source,
        "distinct_pages": distinct,
        "pages": args.pages,
        "speed_pages": args.speed_pages,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "readers_records_s": readers,
        "rss": rss,
        "jobs1": j1,
        "jobs2": j2,
        "speedup": j1["wall"] / j2["wall"],
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }
    print(json.dumps(fig, indent=2))
    if args.write_docs:
        write_docs(fig)


def _load(fig: dict[str, object], key: str) -> str:
    value = fig.get(key)
    return f"{value:.1f}" if isinstance(value, (int, float)) else "?"


def write_docs(fig: dict[str, object]) -> None:
    rss, j1, j2 = fig["rss"], fig["jobs1"], fig["jobs2"]
    assert isinstance(rss, dict) and isinstance(j1, dict) and isinstance(j2, dict)
    readers = fig["readers_records_s"]
    assert isinstance(readers, dict)
    mem = (
        f"RSS {rss['rss_first_mb']:.0f} MB after 10% of the run, {rss['rss_last_mb']:.0f} MB at the end, "
        f"peak {rss['rss_peak_mb']:.0f} MB"
    )
    rows = "\n".join(f"| {name} | {speed:,.0f} records/s |" for name, speed in readers.items())
    block = f"""<!-- bench:start (written by benchmarks/bench_batch.py --write-docs; do not edit by hand) -->
Measured on {fig["cpus"]} CPUs (load average {_load(fig, "load_before")} before, {_load(fig, "load_after")} after:
other work on the machine lowers the `--jobs 2` figure), Python {fig["python"]}, {fig["source"]} pages
({fig["distinct_pages"]} distinct corpus pages repeated), with
`PYTHONPATH=src python benchmarks/bench_batch.py --write-docs`:

| what | figure |
| --- | --- |
| memory over {fig["pages"]:,} pages streamed (`--jobs 1`) | {mem} |
| throughput `--jobs 1` ({fig["speed_pages"]:,} pages) | {j1["pages_s"]:,.0f} pages/s ({j1["wall"]:.1f} s) |
| throughput `--jobs 2` | {j2["pages_s"]:,.0f} pages/s ({j2["wall"]:.1f} s): **{fig["speedup"]:.2f}x** |

WARC reading alone (records/s, gzip WARC, body read, no parsing):

| reader | speed |
| --- | --- |
{rows}
<!-- bench:end -->"""
    text = DOC.read_text(encoding="utf-8")
    text = re.sub(r"<!-- bench:start.*?<!-- bench:end -->", lambda _: block, text, flags=re.DOTALL)
    DOC.write_text(text, encoding="utf-8")
    print(f"updated {DOC}")


if __name__ == "__main__":
    main()
