"""The model: immutable values, lossless dict round trip, strict from_dict."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from spaceparse import Article, RelatedStory


def _article() -> Article:
    return Article(
        headline="H",
        categories=["A", "B"],
        authors=("X Y",),
        published="2026-11-19",
        body=["p1", "p2"],
        related=[{"headline": "R", "categories": ["C"], "summary": "s", "url": None, "truncated": True}],
    )


def test_fields_are_tuples_and_dates() -> None:
    a = _article()
    assert a.categories == ("A", "B")
    assert a.published == dt.date(2026, 11, 19)
    assert a.related == (RelatedStory(headline="R", categories=("C",), summary="s", truncated=True),)
    assert a.text == "p1\n\np2"


def test_round_trip() -> None:
    a = _article()
    assert Article.from_dict(a.to_dict()) == a


def test_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _article().headline = "x"  # type: ignore[misc]


def test_unknown_keys_rejected() -> None:
    with pytest.raises(ValueError, match="unknown Article field"):
        Article.from_dict({"headlin": "x"})
