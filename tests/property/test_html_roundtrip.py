"""Properties of the HTML front end: template round trips, furniture invariance, HTML vs text."""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import spaceparse
from spaceparse.profiles import default_profile
from spaceparse.recognisers.furniture import is_barrier_text, is_boilerplate_text

from ..conftest import FIXTURES

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


def _article_text(p: str) -> bool:
    # Hypothesis also draws words it finds in the code ("copyright", "comments"): a paragraph
    # that is page furniture by the library's own definition is not article text.
    return not is_boilerplate_text(p, default_profile()) and not is_barrier_text(p)


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=14, max_size=40))
    text = (" ".join(words)).capitalize() + "."
    assume(_article_text(text))
    return text


@st.composite
def _article(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    head = " ".join(draw(st.lists(_WORD, min_size=3, max_size=8))).title()
    body = tuple(draw(st.lists(_paragraph(), min_size=2, max_size=6, unique=True)))
    return head, body


def _t_wordpress(h: str, body: tuple[str, ...]) -> str:
    ps = "".join(f"<p>{_html.escape(p)}</p>" for p in body)
    return (
        "<html lang='en'><head><title>" + _html.escape(h) + " | Site</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<article><h1 class='entry-title'>{_html.escape(h)}</h1><div class='entry-content'>{ps}</div></article>"
        "<footer>© Site</footer></body></html>"
    )


def _t_divs(h: str, body: tuple[str, ...]) -> str:
    ps = "".join(f"<div class='para'>{_html.escape(p)}</div>" for p in body)
    return (
        f"<html><body><div id='main'><h1>{_html.escape(h)}</h1><div class='story-body'>{ps}</div></div></body></html>"
    )


def _t_brs(h: str, body: tuple[str, ...]) -> str:
    ps = "<br><br>".join(_html.escape(p) for p in body)
    return f"<html><body><table><tr><td><h1>{_html.escape(h)}</h1></td></tr><tr><td class='content'>{ps}</td></tr></table></body></html>"


TEMPLATES = (_t_wordpress, _t_divs, _t_brs)


@given(_article(), st.sampled_from(TEMPLATES))
def test_templates_round_trip(art: tuple[str, tuple[str, ...]], template: object) -> None:
    h, body = art
    a = spaceparse.parse(template(h, body), url="https://example.com/x", kind="html")  # type: ignore[operator]
    assert a.headline == h
    assert a.body == body


_FURNITURE = st.sampled_from(
    [
        "<nav class='menu'><ul><li><a href='/a'>World</a></li><li><a href='/b'>Science</a></li><li><a href='/c'>Tech</a></li></ul></nav>",
        "<div class='ad-slot'>Advertisement</div>",
        "<footer class='site-footer'><p>About us · Contact · Privacy policy</p><p>© 2026 Example Media. All rights reserved.</p></footer>",
        "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/x'>Another story entirely about something else</a></li></ul></aside>",
    ]
)


def _html_fixtures() -> list[Path]:
    return sorted((FIXTURES / "html").rglob("*.html")) if (FIXTURES / "html").exists() else []


@pytest.mark.parametrize("page", _html_fixtures()[:6], ids=lambda p: p.stem)
@given(before=st.lists(_FURNITURE, max_size=3), after=st.lists(_FURNITURE, max_size=3))
def test_wrapping_in_furniture_keeps_article(page: Path, before: list[str], after: list[str]) -> None:
    src = page.read_text(encoding="utf-8")
    base = spaceparse.parse(src, url="https://example.com/x", kind="html")
    wrapped = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + "".join(before), src, count=1)
    wrapped = wrapped.replace("</body>", "".join(after) + "</body>")
    got = spaceparse.parse(wrapped, url="https://example.com/x", kind="html")
    assert got.body == base.body
    assert got.headline == base.headline
