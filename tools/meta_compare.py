"""Compare spaceparse's HTML metadata with trafilatura's on the shared scrapinghub corpus.

A disagreement finder, not ground truth: trafilatura is often wrong too. For each page both
are run on the same bytes and URL; values are normalised (case, whitespace, punctuation at the
ends; dates as YYYY-MM-DD; authors and categories as sets of names) and compared per field.
A page where both have nothing counts as agreement. Fields trafilatura does not give
(language, image caption/credit) are reported as coverage only.

Usage (project root, trafilatura installed):
    PYTHONPATH=src python tools/meta_compare.py [--field headline --show 20] [--ids ID,ID] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import spaceparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SPACEPARSE_SHARED", ROOT.parent / "shared"))

Value = str | frozenset[str] | None
FIELDS = ("headline", "authors", "published", "site", "categories", "image_url")
COVERAGE_ONLY = ("language", "image_caption", "image_credit", "dek")


def _scorer() -> ModuleType:
    path = SHARED / "bench" / "score_body.py"
    spec = importlib.util.spec_from_file_location("score_body", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_UNIFY = str.maketrans(dict.fromkeys("‘’‚‛", "'") | dict.fromkeys("“”„‟«»", '"') | dict.fromkeys("–—", "-"))


def norm_text(s: str | None) -> str | None:
    """Case-folded, NFKC, whitespace collapsed, quotes and dashes unified, end punctuation dropped."""
    if not s:
        return None
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.translate(_UNIFY)
    s = " ".join(s.split()).strip(" .,;:|-–—\"'")
    return s or None


def norm_set(items: list[str] | tuple[str, ...] | None, names: bool = False) -> frozenset[str] | None:
    """A set of normalised labels; ``names``: also without punctuation ("Sarah E. Needleman")."""
    out = (norm_text(i) for i in items or ())
    if names:
        out = (" ".join(re.sub(r"[^\w\s]", " ", n).split()) if n else None for n in out)
    return frozenset(n for n in out if n) or None


def norm_url(u: str | None) -> str | None:
    if not u:
        return None
    return re.sub(r"^https?://", "", u.strip()).rstrip("/") or None


def spaceparse_fields(data: bytes, url: str | None) -> dict[str, Value]:
    a = spaceparse.parse(data, url=url, kind="html")
    return {
        "headline": norm_text(a.headline),
        "authors": norm_set(a.authors, names=True),
        "published": a.published.isoformat() if a.published else None,
        "site": norm_text(a.site),
        "categories": norm_set(a.categories),
        "image_url": norm_url(a.image_url),
        "language": a.language,
        "image_caption": norm_text(a.image_caption),
        "image_credit": norm_text(a.image_credit),
        "dek": norm_text(a.dek),
    }


def trafilatura_fields(data: bytes, url: str | None) -> dict[str, Value]:
    from trafilatura.metadata import extract_metadata

    html = data.decode("utf-8", errors="replace")
    m = extract_metadata(html, default_url=url)
    authors = [x for x in re.split(r";\s*", m.author or "") if x.strip()]
    return {
        "headline": norm_text(m.title),
        "authors": norm_set(authors, names=True),
        "published": (m.date or "")[:10] or None,
        "site": norm_text(m.sitename),
        # trafilatura keeps a comma-separated keywords value as one category
        "categories": norm_set([c for v in m.categories or [] for c in v.split(",")]),
        "image_url": norm_url(m.image),
    }


def show(v: Value) -> str:
    if isinstance(v, frozenset):
        return " | ".join(sorted(v))
    return repr(v)


def run(ids: list[str] | None) -> list[tuple[str, str, dict[str, Value], dict[str, Value]]]:
    sb = _scorer()
    gold: dict[str, Any] = sb.load_gold()
    rows = []
    for pid in ids or sorted(gold):
        url = gold[pid].get("url")
        data = sb.page_input(pid, "html")
        rows.append((pid, url or "", spaceparse_fields(data, url), trafilatura_fields(data, url)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--field", choices=FIELDS, help="list the pages where this field disagrees")
    ap.add_argument("--show", type=int, default=20, help="how many disagreeing pages to list (default 20)")
    ap.add_argument("--ids", help="comma-separated page ids (default: all pages)")
    ap.add_argument("--json", help="write every page's normalised values here")
    args = ap.parse_args(argv)
    rows = run(args.ids.split(",") if args.ids else None)
    n = len(rows)
    if args.json:
        out = {
            pid: {
                "url": url,
                "spaceparse": {k: show(v) for k, v in sp.items()},
                "trafilatura": {k: show(v) for k, v in tr.items()},
            }
            for pid, url, sp, tr in rows
        }
        Path(args.json).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")

    print(f"{n} pages; agreement = equal after normalisation (both empty counts as equal)\n")
    print(f"{'field':<14} {'agree':>7} {'both':>5} {'sp only':>8} {'tr only':>8} {'differ':>7}  sp% tr% filled")
    for f in FIELDS:
        ok = both = sp_only = tr_only = differ = 0
        for _, _, sp, tr in rows:
            a, b = sp.get(f), tr.get(f)
            if a == b:
                ok += 1
                both += a is not None
            elif a is not None and b is None:
                sp_only += 1
            elif a is None and b is not None:
                tr_only += 1
            else:
                differ += 1
        sp_fill = sum(r[2].get(f) is not None for r in rows) * 100 // max(n, 1)
        tr_fill = sum(r[3].get(f) is not None for r in rows) * 100 // max(n, 1)
        print(
            f"{f:<14} {ok / max(n, 1):>7.1%} {both:>5} {sp_only:>8} {tr_only:>8} {differ:>7}  {sp_fill:>3} {tr_fill:>3}"
        )
    for f in COVERAGE_ONLY:
        fill = sum(r[2].get(f) is not None for r in rows)
        print(f"{f:<14} spaceparse fills {fill}/{n} (no trafilatura counterpart)")

    if args.field:
        bad = [
            (pid, url, sp[args.field], tr[args.field]) for pid, url, sp, tr in rows if sp[args.field] != tr[args.field]
        ]
        print(f"\n{len(bad)} pages disagree on {args.field}:")
        for pid, url, a, b in bad[: args.show]:
            print(f"- {pid}  {url}\n    sp: {show(a)}\n    tr: {show(b)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
