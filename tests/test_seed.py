"""The reference page must parse exactly to its expected JSON."""

from __future__ import annotations

import json

import spaceparse

from .conftest import shared_path


def test_seed_page_parses_exactly() -> None:
    page = shared_path("seed", "payload-belarus-ilrs.txt").read_bytes()
    expected = json.loads(shared_path("seed", "payload-belarus-ilrs.expected.json").read_text(encoding="utf-8"))
    got = spaceparse.parse(page).to_dict()
    for key, value in expected.items():
        assert got[key] == value, key


def test_seed_page_as_str_and_bytes_agree() -> None:
    path = shared_path("seed", "payload-belarus-ilrs.txt")
    assert spaceparse.parse(path.read_bytes()) == spaceparse.parse(path.read_text(encoding="utf-8"))
