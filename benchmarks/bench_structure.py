"""Structure kept, side by side with trafilatura's Markdown, and the cost of the outputs.

    python benchmarks/bench_structure.py [--no-trafilatura]

On the scrapinghub pages (../shared/corpus/scrapinghub/html): both extractors' Markdown
is parsed with markdown-it-py and its subheadings (h2-h6), list items, tables and images
counted (spaceparse: the structured body only, without the headline, lead image or related
block it also writes; trafilatura: ``output_format="markdown"``, ``include_formatting``,
``include_tables``, ``include_images``), with the number of pages where each keeps at least
one. Counts say how much structure is kept, not whether it is right: the body F1
(score_body.py) says that. Then the time of ``parse`` alone against ``to_markdown`` and
``to_html`` on the parsed Articles (one core, the whole corpus, best of three passes).
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

from markdown_it import MarkdownIt

import spaceparse

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "scrapinghub" / "html"
KINDS = ("headings", "list items", "tables", "images")


def count(md: str, parser: MarkdownIt) -> dict[str, int]:
    out = dict.fromkeys(KINDS, 0)
    for t in parser.parse(md):
        if t.type == "heading_open" and t.tag != "h1":
            out["headings"] += 1
        elif t.type == "list_item_open":
            out["list items"] += 1
        elif t.type == "table_open":
            out["tables"] += 1
        elif t.type == "inline":
            out["images"] += sum(1 for c in t.children or () if c.type == "image")
    return out


def main(argv: list[str]) -> int:
    pages = sorted(CORPUS.glob("*.html.gz"))
    if not pages:
        print("no corpus at", CORPUS)
        return 1
    htmls = [gzip.decompress(p.read_bytes()) for p in pages]
    parser = MarkdownIt("commonmark").enable("table")
    use_traf = "--no-trafilatura" not in argv
    if use_traf:
        import trafilatura
    totals = {name: dict.fromkeys(KINDS, 0) for name in ("spaceparse", "trafilatura")}
    with_kind = {name: dict.fromkeys(KINDS, 0) for name in ("spaceparse", "trafilatura")}
    articles = []
    for html in htmls:
        a = spaceparse.parse(html, kind="html")
        articles.append(a)
        results = {"spaceparse": spaceparse.Article(body=a.body, content=a.content).to_markdown()}
        if use_traf:
            results["trafilatura"] = (
                trafilatura.extract(
                    html.decode("utf-8", "replace"),
                    output_format="markdown",
                    include_formatting=True,
                    include_tables=True,
                    include_images=True,
                    include_comments=False,
                )
                or ""
            )
        for name, md in results.items():
            for k, v in count(md, parser).items():
                totals[name][k] += v
                with_kind[name][k] += v > 0

    def best(fn: object) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()  # type: ignore[operator]
            times.append(time.perf_counter() - t0)
        return min(times)

    t_parse = best(lambda: [spaceparse.parse(h, kind="html") for h in htmls])
    t_md = best(lambda: [a.to_markdown() for a in articles])
    t_html = best(lambda: [a.to_html() for a in articles])
    n = len(htmls)
    print(f"scrapinghub: {n} pages\n")
    print("| extractor | " + " | ".join(KINDS) + " |")
    print("|---|" + "---|" * len(KINDS))
    for name in ("spaceparse", "trafilatura") if use_traf else ("spaceparse",):
        cells = [f"{totals[name][k]:,} ({with_kind[name][k]} pages)" for k in KINDS]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print("| step | ms/page | share of parse |")
    print("|---|---|---|")
    print(f"| parse | {t_parse / n * 1000:.2f} | 100% |")
    print(f"| to_markdown | {t_md / n * 1000:.3f} | {t_md / t_parse:.1%} |")
    print(f"| to_html | {t_html / n * 1000:.3f} | {t_html / t_parse:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
