"""Every fixture page parses to its golden JSON (the whole Article)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import spaceparse

from .conftest import FIXTURES


def _cases() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.expected.json"))


def page_for(golden: Path) -> Path:
    stem = golden.name[: -len(".expected.json")]
    for suffix in (".txt", ".html"):
        p = golden.with_name(stem + suffix)
        if p.exists():
            return p
    raise FileNotFoundError(f"no page beside {golden}")


def load_case(golden: Path) -> tuple[bytes, dict[str, object], dict[str, object]]:
    expected = json.loads(golden.read_text(encoding="utf-8"))
    args = expected.pop("_parse_args", {})
    expected = {k: v for k, v in expected.items() if not k.startswith("_")}
    page = page_for(golden)
    args.setdefault("kind", "html" if page.suffix == ".html" else "text")
    return page.read_bytes(), args, expected


# Goldens the parser does not meet yet, each with the reason (strict: a fix must remove it).
KNOWN: dict[str, str] = {}


def _params() -> list[object]:
    out: list[object] = []
    for golden in _cases():
        key = str(golden.relative_to(FIXTURES)).replace(".expected.json", "")
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
        out.append(pytest.param(golden, marks=marks, id=key))
    return out


@pytest.mark.parametrize("golden", _params())
def test_fixture_matches_golden(golden: Path) -> None:
    page, args, expected = load_case(golden)
    got = spaceparse.parse(page, **args).to_dict()  # type: ignore[arg-type]
    assert got == expected


def test_there_are_fixtures() -> None:
    assert len(_cases()) >= 1
