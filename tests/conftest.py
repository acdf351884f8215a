"""Shared test helpers: where fixtures and ../shared live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import spaceparse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = Path(os.environ.get("SPACEPARSE_SHARED", ROOT.parent / "shared"))
# The folder the spaceparse under test is imported from: src/ for an editable install,
# site-packages for a built (maybe compiled) one. Subprocesses get it on PYTHONPATH, so they
# run the same build as the tests, not the sources next to them.
IMPORTED_FROM = Path(spaceparse.__file__).resolve().parent.parent

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent (a user's clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared not present ({p})")
    return p
