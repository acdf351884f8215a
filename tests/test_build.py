"""Which build is under test: the mypyc-compiled one or pure Python (docs/build.md).

``SPACEPARSE_EXPECT_BUILD=compiled`` (or ``pure``) fails the suite when the imported
spaceparse is not that build: CI sets it for the step that tests the compiled build, so
that a silent fallback to pure Python cannot pass as a test of the compiled one.
"""

from __future__ import annotations

import ast
import importlib
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import spaceparse
from spaceparse.cli import main

from .conftest import IMPORTED_FROM, ROOT


def _compiled_module_names() -> list[str]:
    """The modules setup.py compiles, read from its COMPILED_MODULES list."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED_MODULES" for t in node.targets
        ):
            paths: list[str] = ast.literal_eval(node.value)
            return [p.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED_MODULES list")


def _is_extension(module: str) -> bool:
    return importlib.import_module(module).__file__.endswith(tuple(EXTENSION_SUFFIXES))  # type: ignore[union-attr]


def test_compiled_flag_is_all_or_nothing() -> None:
    assert isinstance(spaceparse.COMPILED, bool)
    names = _compiled_module_names()
    assert "spaceparse.segment" in names  # the module COMPILED is read off
    assert {n: _is_extension(n) for n in names} == dict.fromkeys(names, spaceparse.COMPILED)
    # Glue that is never compiled stays plain Python in either build.
    assert not _is_extension("spaceparse.api")
    assert not _is_extension("spaceparse.cli")


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    build = "compiled" if spaceparse.COMPILED else "pure Python"
    assert capsys.readouterr().out.strip() == f"spaceparse {spaceparse.__version__} ({build})"


def test_the_expected_build_is_imported() -> None:
    expected = os.environ.get("SPACEPARSE_EXPECT_BUILD")
    if not expected:
        pytest.skip("SPACEPARSE_EXPECT_BUILD not set (CI sets it for the compiled build)")
    assert expected in ("compiled", "pure"), expected
    want_compiled = expected == "compiled"
    assert want_compiled == spaceparse.COMPILED, f"imported from {IMPORTED_FROM}"
    if want_compiled:
        assert IMPORTED_FROM != ROOT / "src", "the compiled build is tested from an install, not src/"


def test_editable_install_stays_pure() -> None:
    """An editable install (or PYTHONPATH=src) runs the .py files a developer edits."""
    if IMPORTED_FROM != ROOT / "src":
        pytest.skip(f"spaceparse imported from {IMPORTED_FROM}, not this checkout's src/")
    stray = [str(p.relative_to(ROOT)) for s in EXTENSION_SUFFIXES for p in (ROOT / "src").rglob(f"*{s}")]
    assert stray == [], "compiled modules in src/ shadow the sources (delete them)"
    assert not spaceparse.COMPILED
    assert Path(importlib.import_module("spaceparse.rules.zone").__file__ or "").suffix == ".py"
