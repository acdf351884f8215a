"""Render a generated Article in a real text layout, parse it back: the same Article.

Each layout's Article strategy sets only the fields that layout shows, so every
field is compared (one by one, so that a failure names the field).
"""

from __future__ import annotations

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

import spaceparse
from spaceparse.elements import content_texts

from .strategies import LAYOUTS, Rendered, rendered_pages


def assert_same_article(got: spaceparse.Article, want: spaceparse.Article) -> None:
    g, w = got.to_dict(), want.to_dict()
    # A generated Article states its body; the structure found in it is checked for holding
    # exactly that body (tests/property/test_content.py checks the structure itself).
    assert content_texts(got.content) == got.body
    for key in w:
        if key == "related" or (key == "content" and not want.content):
            continue
        assert g[key] == w[key], key
    assert len(g["related"]) == len(w["related"]), [r["headline"] for r in g["related"]]
    for n, (gr, wr) in enumerate(zip(g["related"], w["related"], strict=True)):
        for key in wr:
            assert gr[key] == wr[key], f"related[{n}].{key}"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@given(data=st.data())
def test_render_then_parse_round_trips(layout: str, data: st.DataObject) -> None:
    rendered: Rendered = data.draw(rendered_pages(layout))
    article, page, url = rendered
    note(page)
    got = spaceparse.parse(page, kind="text", url=url)
    assert_same_article(got, article if url is None else _with_url(article, url))


def _with_url(a: spaceparse.Article, url: str) -> spaceparse.Article:
    return spaceparse.Article.from_dict({**a.to_dict(), "url": url})
