"""Property tests over hostile generators: parse returns an Article or a documented error, never InternalError.

The example count follows ``HYPOTHESIS_PROFILE`` (tests/conftest.py): modest by
default, 20,000 per test for the long run::

    HYPOTHESIS_PROFILE=fuzz PYTHONPATH=src python -m pytest tests/hostile -k properties
"""

from __future__ import annotations

import pytest
from hypothesis import given

import spaceparse
from spaceparse import Article, InternalError, SpaceparseError
from spaceparse.decode import decode

from .conftest import HAVE_HTML, KINDS
from .strategies import hostile_bytes, hostile_html, hostile_text


def _check(page: str | bytes, kind: str) -> Article | None:
    try:
        art = spaceparse.parse(page, kind=kind)  # type: ignore[arg-type]
    except InternalError:
        raise
    except SpaceparseError:
        return None
    for text in (art.headline or "", art.dek or "", *art.body, *art.categories, *art.authors):
        text.encode("utf-8")  # valid Unicode: no lone surrogates
        assert text == text.strip()
    art.to_dict()
    return art


@given(hostile_text())
def test_hostile_text_parses(page: str) -> None:
    for kind in KINDS:
        _check(page, kind)


@pytest.mark.skipif(not HAVE_HTML, reason="the HTML front end has not landed yet")
@given(hostile_html())
def test_hostile_html_parses(page: str) -> None:
    for kind in ("html", "auto"):
        _check(page, kind)


@given(hostile_bytes())
def test_hostile_bytes_decode_to_valid_unicode(data: bytes) -> None:
    try:
        text = decode(data)
    except SpaceparseError as e:
        assert not isinstance(e, InternalError)
        return
    text.encode("utf-8")
    _check(data, "text")


@given(hostile_text())
def test_str_and_utf8_bytes_agree(page: str) -> None:
    """The same page as str and as UTF-8 bytes parses the same (lone surrogates become U+FFFD either way)."""
    data = page.encode("utf-8", "surrogatepass")
    try:
        as_bytes = spaceparse.parse(data, kind="text")
    except SpaceparseError:
        return  # e.g. looks binary once encoded: the str path has no such check
    as_str = spaceparse.parse(decode(data), kind="text")
    assert as_bytes == as_str
