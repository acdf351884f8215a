"""Text-mode body F1 on the shared corpus may only go up (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from .conftest import shared_path

# Measured figures minus a small margin; raise them when the parser improves.
FLOORS = {"text-lynx": 0.937, "text-htmltext": 0.937}


def _scorer() -> ModuleType:
    path = shared_path("bench", "score_body.py")
    spec = importlib.util.spec_from_file_location("score_body", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_text_body_f1_floor(kind: str) -> None:
    mod = _scorer()
    gold = mod.load_gold()
    pred, _ = mod.run_spaceparse(gold, kind)
    res = mod.score_scrapinghub(gold, pred, n_bootstrap=0)
    assert res["f1"] >= FLOORS[kind], f"{kind}: body F1 {res['f1']:.4f} fell below {FLOORS[kind]}"
