"""Show field-by-field differences between fixture goldens and the current parse.

python tools/fixture_diff.py [SUBSTRING...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spaceparse

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    bad = 0
    goldens = sorted((ROOT / "fixtures").rglob("*.expected.json"))
    for g in goldens:
        rel = str(g.relative_to(ROOT / "fixtures"))
        if argv and not any(a in rel for a in argv):
            continue
        exp = json.loads(g.read_text(encoding="utf-8"))
        args = exp.pop("_parse_args", {})
        stem = g.name[: -len(".expected.json")]
        page = next(p for p in (g.with_name(stem + ".txt"), g.with_name(stem + ".html")) if p.exists())
        args.setdefault("kind", "html" if page.suffix == ".html" else "text")
        try:
            got = spaceparse.parse(page.read_bytes(), **args).to_dict()
        except Exception as e:  # noqa: BLE001 - a debugging tool reports everything
            print(f"!! {rel}: {type(e).__name__}: {e}")
            bad += 1
            continue
        diffs = [k for k in exp if not k.startswith("_") and got.get(k) != exp[k]]
        if not diffs:
            continue
        bad += 1
        print(f"== {rel}")
        for k in diffs:
            e, o = exp[k], got.get(k)
            if isinstance(e, list) and isinstance(o, list) and k in ("body", "related"):
                es = [json.dumps(x, ensure_ascii=False)[:160] for x in e]
                os_ = [json.dumps(x, ensure_ascii=False)[:160] for x in o]
                print(f"  {k}: expected {len(e)}, got {len(o)}")
                for x in es:
                    if x not in os_:
                        print(f"    - {x}")
                for x in os_:
                    if x not in es:
                        print(f"    + {x}")
            else:
                print(f"  {k}: expected {json.dumps(e, ensure_ascii=False)[:200]}")
                print(f"  {' ' * len(k)}       got {json.dumps(o, ensure_ascii=False)[:200]}")
    print(f"{bad} of {len(goldens)} fixtures differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
