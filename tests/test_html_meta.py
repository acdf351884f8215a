"""HTML metadata: headline, authors, dates and labels on the shapes real pages take.

Each test is one general rule found by comparing spaceparse with trafilatura on the
scrapinghub corpus (tools/meta_compare.py) and reading the disagreeing pages.
"""

from __future__ import annotations

import spaceparse
from spaceparse.frontends import html

PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]
PS = "".join(f"<p>{p}</p>" for p in PARAS)
URL = "https://www.example.com/2026/11/23/rocket-reaches-orbit/"


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _parse(body: str, head: str = "", url: str = URL, lang: str = "en") -> spaceparse.Article:
    return spaceparse.parse(_page(body, head, lang), url=url, kind="html")


# -- headline ---------------------------------------------------------------------------


def test_h1_in_skipped_header_is_the_headline() -> None:
    # The article's h1 sits in a <header> the walk skips as furniture; the text rule
    # used to pick a menu line ("Skip Navigation") instead.
    head = "<title>Rocket reaches orbit on first try - Example</title>"
    body = (
        "<header class='site-header'><a href='#main'>Skip Navigation</a>"
        "<h1 class='headline'>Rocket reaches orbit on its first try</h1></header>"
        f"<main id='main'><div class='entry-content'>{PS}</div></main>"
    )
    a = _parse(body, head)
    assert a.headline == "Rocket reaches orbit on its first try"


def test_no_heading_matches_markup_headline_wins() -> None:
    # No heading at all: the markup title wins over a tag-cloud line above the text.
    head = "<meta property='og:title' content='Council opens the new library'>"
    body = f"<div>Adote um amigo Agua Alerta Ambiente Amizade</div><div class='entry-content'>{PS}</div>"
    assert _parse(body, head).headline == "Council opens the new library"


def test_logo_h1_with_site_name_is_not_the_headline() -> None:
    head = (
        "<meta property='og:site_name' content='Kabar Dunia'>"
        "<meta property='og:title' content='Jangan membenci secara berlebihan'>"
    )
    body = (
        "<h1 class='site-title'>Kabar Dunia</h1>"
        f"<article><h2 class='entry-title'><a href='{URL}'>Jangan membenci secara berlebihan</a></h2>"
        f"<div class='entry-content'>{PS}</div></article>"
    )
    a = _parse(body, head)
    assert a.headline == "Jangan membenci secara berlebihan"


def test_logo_h1_alone_falls_back_to_markup_title() -> None:
    head = "<meta property='og:site_name' content='Auto News'><title>Sentra is back - Auto News</title>"
    body = f"<h1>Auto News</h1><div class='entry-content'>{PS}</div>"
    assert _parse(body, head).headline == "Sentra is back"


def test_h1_after_linked_heading_is_not_a_teaser() -> None:
    # A linked section heading ("SmartNews") right before the h1 made the h1 look like
    # the rest of a teaser card.
    head = "<title>Three cases of plague diagnosed</title>"
    body = (
        "<div class='article-header'><h3><a href='/smart-news/'>SmartNews</a></h3>"
        "<h1 class='headline'>Three cases of plague diagnosed</h1></div>"
        f"<div class='entry-content'><p>(Steve Gschmeissner/Science Photo Library)</p>{PS}</div>"
    )
    doc = html.blockify(_page(body, head), url=URL)
    assert [b.text for b in doc.blocks if "headline" in b.hints] == ["Three cases of plague diagnosed"]


def test_character_references_in_markup_title_are_decoded() -> None:
    # JSON-LD is not HTML-decoded, and titles escaped twice keep "&#8211;" in attributes.
    head = (
        "<meta property='og:title' content='Research shows &amp;#8211; native ads work'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Q&amp;A: what &#8220;orbit&#8221; means",'
        ' "author": {"@type": "Person", "name": "Ana &amp; Bo"}}</script>'
    )
    a = _parse(f"<div class='entry-content'>{PS}</div>", head)
    assert a.headline == "Q&A: what “orbit” means"
    b = _parse(f"<div class='entry-content'>{PS}</div>", head.split("<script", maxsplit=1)[0])
    assert b.headline == "Research shows – native ads work"


def test_link_itemprop_author_is_not_the_canonical_url() -> None:
    head = "<link itemprop='author' href='https://www.example.com/staff/ana'>"
    a = _parse(f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>", head)
    assert a.url == URL
