"""Field checks on scraped space-news pages of sixteen real sites' layouts (benchmarks/spacenews/).

    python benchmarks/score_spacenews.py            # every page
    python benchmarks/score_spacenews.py t0 h03     # pages whose name holds one of these

The pages (10 scraped text: innerText, ``lynx -dump`` with and without link numbers,
copy-paste; 6 HTML) were written for this project by someone who had not read the parser,
in the layouts of SpaceNews, Space.com, SpacePolicyOnline, NASASpaceflight, Spaceflight Now,
European Spaceflight, Payload, Ars Technica, Tagesschau, Universe Today, Reuters, AP, BBC,
Teslarati, ESA and Der Spiegel, with new article text. Each ``NAME.expected.json`` holds only
the keys its writer was sure of; ``_parse_args`` are passed to ``parse``; ``_body_optional``
lists paragraphs that count neither way. Checks: headline, dek, date, caption, credit,
categories, tags, authors (a case-insensitive set), the first and last body paragraph, every
expected paragraph present, no extra paragraph, the related headlines and their count.
Text is compared after NFC, whitespace and zero-width normalisation.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import spaceparse

PAGES = Path(__file__).resolve().parent / "spacenews"


def _n(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def _short(x: object, width: int = 300) -> str:
    s = json.dumps(x, ensure_ascii=False)
    return s if len(s) <= width else s[:width] + "…"


def checks(exp: dict[str, Any], got: dict[str, Any]) -> list[tuple[str, bool, object, object]]:
    """``(field, passed, expected, got)`` for each check the expectation asks for."""
    out: list[tuple[str, bool, object, object]] = []
    for f in ("headline", "dek", "published", "image_caption", "image_credit"):
        if f in exp:
            out.append((f, _n(exp[f]) == _n(got.get(f)), exp[f], got.get(f)))
    for f in ("categories", "tags"):
        if f in exp:
            out.append((f, [_n(x) for x in exp[f]] == [_n(x) for x in got.get(f) or []], exp[f], got.get(f)))
    if "authors" in exp:
        e = sorted((_n(x) or "").casefold() for x in exp["authors"])
        g = sorted((_n(x) or "").casefold() for x in got.get("authors") or [])
        out.append(("authors", e == g, exp["authors"], got.get("authors")))
    if "body" in exp:
        eb = [_n(x) for x in exp["body"]]
        gb = [_n(x) for x in got.get("body") or []]
        opt = {_n(x) for x in exp.get("_body_optional", [])}
        core = [x for x in gb if x not in opt]
        out.append(("body_first", bool(core) and core[0] == eb[0], eb[0], core[0] if core else None))
        out.append(("body_last", bool(core) and core[-1] == eb[-1], eb[-1], core[-1] if core else None))
        missing = [x for x in eb if x not in gb]
        out.append(("body_all_present", not missing, f"all {len(eb)} present", {"missing": missing}))
        extra = [x for x in gb if x not in eb and x not in opt]
        out.append(("body_no_extra", not extra, "no extra", {"extra": extra}))
    if "related" in exp:
        er = [_n(r["headline"]) for r in exp["related"]]
        gr = [_n(r.get("headline")) for r in got.get("related") or []]
        out.append(("related_headlines", all(x in gr for x in er), er, gr))
        out.append(("related_count", len(gr) == len(er), len(er), len(gr)))
    return out


def score(only: list[str] | None = None) -> tuple[int, int, list[tuple[str, str, object, object]], list[str]]:
    """``(passed, total, failures, per-page lines)`` over the pages."""
    passed = total = 0
    failures: list[tuple[str, str, object, object]] = []
    lines: list[str] = []
    for page in sorted(PAGES.iterdir()):
        if page.name.endswith(".expected.json"):
            continue
        name = page.name.rsplit(".", 1)[0]
        if only and not any(o in name for o in only):
            continue
        exp = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
        try:
            got = spaceparse.parse(page.read_bytes(), **exp.get("_parse_args", {})).to_dict()
            found = checks(exp, got)
        except spaceparse.SpaceparseError as e:
            found = [("parse", False, "an Article", repr(e))]
        ok = sum(c[1] for c in found)
        passed += ok
        total += len(found)
        lines.append(f"{name:38s} {ok:2d}/{len(found):2d}")
        failures += [(name, f, e, g) for f, good, e, g in found if not good]
    return passed, total, failures, lines


def main() -> None:
    passed, total, failures, lines = score(sys.argv[1:])
    print("\n".join(lines))
    print(f"\nOVERALL {passed}/{total} checks = {passed / max(total, 1):.1%}")
    for name, f, e, g in failures:
        print(f"- {name} :: {f}\n    expected: {_short(e)}\n    got:      {_short(g, 600)}")


if __name__ == "__main__":
    main()
