"""Measure ``spaceparse learn`` on the made-up sites of tests/sitegen.py.

For each site and rendering (HTML, text): learn a draft from the first TRAIN pages, then
parse the other pages with no profile, with the learned draft and with the site's
hand-written profile, and print body precision/recall/F1 and field accuracy for each
(the table in docs/own-site.md).

    python tools/learn_bench.py [--train 20] [--pages 40] [--show-drafts]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.sitegen import HELD_OUT, SITES, score  # noqa: E402

import spaceparse  # noqa: E402
from spaceparse.api import read_document  # noqa: E402
from spaceparse.learn import learn  # noqa: E402

COLUMNS = ("body_p", "body_r", "body_f1", "headline", "categories_f1", "credit", "related")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=40, help="pages per site (default 40)")
    ap.add_argument("--train", type=int, default=20, help="pages to learn from (default 20); the rest are scored")
    ap.add_argument("--show-drafts", action="store_true", help="print each learned draft")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="learn-bench-"))
    first, last = args.train + 1, args.pages
    print(f"spaceparse {spaceparse.__version__}; learn from pages 1-{args.train}, score pages {first}-{last}\n")
    print("| site | input | profile | " + " | ".join(COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(COLUMNS))
    for site in (*SITES, *HELD_OUT):
        pages = site.pages(args.pages)
        train, test = pages[: args.train], pages[args.train :]
        hand_path = folder / f"{site.name}-hand.toml"
        hand_path.write_text(site.profile, encoding="utf-8")
        hand = spaceparse.load_profile(hand_path)
        for kind in ("html", "text"):
            html = kind == "html"
            render = site.html if html else site.text
            started = time.perf_counter()
            docs = [read_document(render(p), url=site.url(p) if html else None, kind=kind) for p in train]  # type: ignore[arg-type]
            draft = learn(docs, host=site.host, markup=[render(p) if html else None for p in train])
            took = time.perf_counter() - started
            draft_path = folder / f"{site.name}-{kind}-learned.toml"
            draft_path.write_text(draft.to_toml(), encoding="utf-8")
            learned = spaceparse.load_profile(draft_path)  # the draft loads as it is written
            if args.show_drafts:
                print(f"\n<!-- {site.name} {kind}: learned in {took:.1f} s -->\n```toml\n{draft.to_toml()}```\n")
            expected = [p.expected(upper_labels=site.name == "orbitalledger") for p in test]
            for label, profile in (("none", None), ("learned", learned), ("hand-written", hand)):
                articles = [
                    spaceparse.parse(render(p), url=site.url(p) if html else None, kind=kind, profile=profile)  # type: ignore[arg-type]
                    for p in test
                ]
                s = score(expected, articles)
                name = f"{site.name} (held out)" if site in HELD_OUT else site.name
                print(f"| {name} | {kind} | {label} | " + " | ".join(f"{s[c]:.3f}" for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
