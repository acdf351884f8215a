"""Field accuracy on corpus/fields-dev may only go up (skipped without ../shared).

Runs ``../shared/bench/score_fields.py`` itself, on the HTML and on both plain-text
renderings, and compares each field's headline figure with a floor: the figure measured
when the floor was last raised, minus 0.005 (docs/benchmarks.md has the figures and the
commands). Raise a floor when a change moves its figure up.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import shared_path

# input -> field -> (metric, floor)
FLOORS: dict[str, dict[str, tuple[str, float]]] = {
    "html": {
        "headline": ("exact", 0.867),
        "categories": ("F1", 0.777),
        "authors": ("exact", 0.750),
        "image_credit": ("exact", 0.806),
        "image_caption": ("exact", 0.756),
        "published": ("exact", 0.885),
    },
    "text-lynx": {
        "headline": ("exact", 0.744),
        "categories": ("F1", 0.367),
        "authors": ("exact", 0.638),
        "image_credit": ("exact", 0.584),
        "image_caption": ("exact", 0.408),
        "published": ("exact", 0.786),
    },
    "text-htmltext": {
        "headline": ("exact", 0.765),
        "categories": ("F1", 0.375),
        "authors": ("exact", 0.638),
        "image_credit": ("exact", 0.528),
        "image_caption": ("exact", 0.441),
        "published": ("exact", 0.797),
    },
}


def _scorer() -> ModuleType:
    path = shared_path("bench", "score_fields.py")
    shared_path("corpus", "fields-dev", "manifest.jsonl")
    spec = importlib.util.spec_from_file_location("score_fields", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_fields"] = mod  # its worker pool pickles functions by module name
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.corpus
# The scorer opens its manifest without closing it: not ours to fix (read-only ../shared).
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_field_figures_floor(kind: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    rc = _scorer().main(["--input", kind, "--by", "none", "--jobs", "2", "--json-out", str(out)])
    assert rc == 0
    overall = json.loads(out.read_text())["overall"]
    low = {
        field: round(overall[field][metric], 3)
        for field, (metric, floor) in FLOORS[kind].items()
        if overall[field][metric] < floor
    }
    assert not low, f"{kind}: fell below the floor: {low} (floors {FLOORS[kind]})"
