"""Shared helpers for the hostile-input tests."""

from __future__ import annotations

import importlib.util

import pytest

HAVE_HTML = importlib.util.find_spec("spaceparse.frontends.html") is not None
KINDS: tuple[str, ...] = ("auto", "text", "html") if HAVE_HTML else ("text",)
"""Kinds to try: ``auto`` may pick the HTML front end, so it waits for it too."""

needs_html = pytest.mark.skipif(
    not HAVE_HTML, reason="the HTML front end (spaceparse.frontends.html) has not landed yet"
)
