"""Structure kept, side by side with trafilatura's Markdown, and the cost of the outputs.

    python benchmarks/bench_structure.py [--no-trafilatura]

On the scrapinghub pages (../shared/corpus/scrapinghub/html): both extractors' Markdown
is parsed with markdown-it-py and its subheadings (h2-h6), list items, tables and images
counted -- all of it, and the part whose text is in the page's reference text (ground-truth.json),
that is the article's own structure, not a newsletter box's headings or a teaser list
(spaceparse: the structured body and the lead image, without the headline, byline or
related block it also writes; trafilatura: ``output_format="markdown"``, ``include_formatting``,
``include_tables``, ``include_images``), with the number of pages where each keeps at least
one. Counts say how much structure is kept, not whether it is right: the body F1
(score_body.py) says that. Then the time of ``parse`` alone against ``to_markdown`` and
``to_html`` on the parsed Articles (one core, the whole corpus, best of three passes).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

import spaceparse

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "scrapinghub" / "html"
KINDS = ("headings", "list items", "tables", "images")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _plain(tok: Token) -> str:
    return "".join(c.content for c in tok.children or () if c.type in ("text", "code_inline", "softbreak"))


def count(md: str, parser: MarkdownIt, truth: str) -> tuple[dict[str, int], dict[str, int]]:
    """(all, in the article): the structure in ``md``, and the part whose text is in the
    reference text ``truth`` (normalised) -- a heading or list item of the article, not of
    a newsletter box or a teaser list."""
    every = dict.fromkeys(KINDS, 0)
    kept = dict.fromkeys(KINDS, 0)
    tokens = parser.parse(md)
    for k, t in enumerate(tokens):
        kind = None
        if t.type == "heading_open" and t.tag != "h1":
            kind = "headings"
        elif t.type == "list_item_open":
            kind = "list items"
        elif t.type == "table_open":
            kind = "tables"
        elif t.type == "inline":
            n = sum(1 for c in t.children or () if c.type == "image")
            every["images"] += n
            kept["images"] += n
            continue
        if kind is None:
            continue
        every[kind] += 1
        inline = next((x for x in tokens[k + 1 :] if x.type == "inline"), None)
        text = _norm(_plain(inline)) if inline is not None else ""
        if text and text in truth:
            kept[kind] += 1
    return every, kept


def main(argv: list[str]) -> int:
    pages = sorted(CORPUS.glob("*.html.gz"))
    if not pages:
        print("no corpus at", CORPUS)
        return 1
    htmls = [gzip.decompress(p.read_bytes()) for p in pages]
    truth = json.loads((CORPUS.parent / "ground-truth.json").read_text(encoding="utf-8"))
    truths = [_norm(truth.get(p.name.split(".")[0], {}).get("articleBody", "")) for p in pages]
    parser = MarkdownIt("commonmark").enable("table")
    use_traf = "--no-trafilatura" not in argv
    if use_traf:
        import trafilatura
    names = ("spaceparse", "trafilatura")
    totals = {name: dict.fromkeys(KINDS, 0) for name in names}
    in_text = {name: dict.fromkeys(KINDS, 0) for name in names}
    with_kind = {name: dict.fromkeys(KINDS, 0) for name in names}
    articles = []
    for html, gt in zip(htmls, truths, strict=True):
        a = spaceparse.parse(html, kind="html")
        articles.append(a)
        # The body and the lead image (trafilatura's Markdown has both), not the headline,
        # byline or related stories spaceparse also writes.
        only = spaceparse.Article(body=a.body, content=a.content, image_url=a.image_url)
        results = {"spaceparse": only.to_markdown()}
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
            every, kept = count(md, parser, gt)
            for k in KINDS:
                totals[name][k] += every[k]
                in_text[name][k] += kept[k]
                with_kind[name][k] += kept[k] > 0

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
    print("In the article's text (its words in the reference text), and on how many pages; then all kept:\n")
    print("| extractor | " + " | ".join(KINDS) + " | all: " + " / ".join(KINDS) + " |")
    print("|---|" + "---|" * (len(KINDS) + 1))
    for name in names if use_traf else ("spaceparse",):
        cells = [f"{in_text[name][k]:,} ({with_kind[name][k]} pages)" for k in KINDS]
        every = " / ".join(f"{totals[name][k]:,}" for k in KINDS)
        print(f"| {name} | " + " | ".join(cells) + f" | {every} |")
    print()
    print("| step | ms/page | share of parse |")
    print("|---|---|---|")
    print(f"| parse | {t_parse / n * 1000:.2f} | 100% |")
    print(f"| to_markdown | {t_md / n * 1000:.3f} | {t_md / t_parse:.1%} |")
    print(f"| to_html | {t_html / n * 1000:.3f} | {t_html / t_parse:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
