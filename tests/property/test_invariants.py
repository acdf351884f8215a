"""Invariants over generated and arbitrary pages."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

import spaceparse
from spaceparse.normalize import normalize_page

from .strategies import LAYOUTS, article_dicts, rendered_pages

_WS = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?]['\"’”)]*$")


def _flat(text: str) -> str:
    return _WS.sub(" ", normalize_page(text).replace("\u00a0", " "))


# Pages: generated layouts, and line soups mixing prose, labels, bullets and noise.
_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["Related Stories", "InternationalLunar", "* Home", "Image: NASA", "By Ann Lee | May 2, 2020", ""]),
    st.from_regex(r"[A-Z][a-z]+(?: [a-z]+){7,25}\.", fullmatch=True),
)
soups = st.lists(_LINE, max_size=40).map("\n".join)
pages = st.one_of(soups, st.sampled_from(sorted(LAYOUTS)).flatmap(rendered_pages).map(lambda r: r[1]))


def _check(page: str) -> spaceparse.Article:
    a = spaceparse.parse(page, kind="text")
    flat = _flat(page)
    pos = 0
    for p in a.body:  # paragraphs appear in the input, in order
        at = flat.find(p, pos)
        assert at >= 0, p
        pos = at + len(p)
    # No paragraph twice (short lines such as "Yes." may repeat in Q&As: the body rule keeps those).
    long_ones = [p for p in a.body if len(p) > 20]
    assert len(set(long_ones)) == len(long_ones), "a paragraph appears twice"
    for lab in a.categories:  # labels are never sentences
        assert len(lab.split()) <= 5, lab
        assert not _SENTENCE_END.search(lab) or lab.endswith("U.S."), lab
    if a.headline:
        assert a.headline not in a.body
    assert spaceparse.parse(page, kind="text") == a  # deterministic
    return a


@given(pages)
def test_page_invariants(page: str) -> None:
    _check(page)


@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000)), st.sampled_from(["auto", "text"]))
def test_only_spaceparse_errors_escape(page: str | bytes, kind: str) -> None:
    try:
        spaceparse.parse(page, kind=kind)  # type: ignore[arg-type]
    except spaceparse.InternalError:  # a bug, whatever the input
        raise
    except spaceparse.SpaceparseError:
        pass


@given(article_dicts())
def test_dict_round_trip_and_json(d: dict[str, object]) -> None:
    a = spaceparse.Article.from_dict(d)
    assert spaceparse.Article.from_dict(a.to_dict()) == a
    assert json.loads(json.dumps(a.to_dict())) == a.to_dict()
