"""Fill (or refresh) the ``content`` key of every golden from today's parse, nothing else.

    python tools/golden_content.py [--check]

Each golden is the whole ``Article.to_dict()`` (docs/golden-contract.md). This writes only
``content`` (placed right after ``body``) and refuses a golden whose other keys the parse
does not meet: a structured body never papers over a field that changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import spaceparse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = changed = 0
    for golden in sorted(FIXTURES.rglob("*.expected.json")):
        data = json.loads(golden.read_text(encoding="utf-8"))
        stem = golden.name[: -len(".expected.json")]
        page = next(p for p in (golden.with_name(stem + s) for s in (".txt", ".html")) if p.exists())
        args = dict(data.get("_parse_args", {}))
        args.setdefault("kind", "html" if page.suffix == ".html" else "text")
        got = spaceparse.parse(page.read_bytes(), **args).to_dict()
        rest = {k: v for k, v in data.items() if not k.startswith("_") and k != "content"}
        if rest != {k: v for k, v in got.items() if k != "content"}:
            print(f"{golden.relative_to(ROOT)}: other keys differ, not touched", file=sys.stderr)
            bad += 1
            continue
        if data.get("content") == got["content"]:
            continue
        changed += 1
        if check:
            print(f"{golden.relative_to(ROOT)}: content differs")
            continue
        out: dict[str, object] = {}
        for k, v in data.items():
            if k == "content":
                continue
            out[k] = v
            if k == "body":
                out["content"] = got["content"]
        golden.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{changed} golden(s) {'to change' if check else 'changed'}, {bad} refused")
    return 1 if bad or (check and changed) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
