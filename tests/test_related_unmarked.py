"""Related stories in plain markup: no class says "related", the heading is any wording.

Two general shapes: a list of cards after the article (each with its labels, a linked
headline and a summary), and a heading followed, right after the article's text, by links
to other pages of the same site, one per line.
"""

from __future__ import annotations

import spaceparse

PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]
PS = "".join(f"<p>{p}</p>" for p in PARAS)
URL = "https://www.example.com/2026/11/23/rocket-reaches-orbit/"


def _parse(body: str) -> spaceparse.Article:
    page = f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'></head><body>{body}</body></html>"
    return spaceparse.parse(page, url=URL, kind="html")


def _card(slug: str, labels: list[str], headline: str, summary: str) -> str:
    links = " ".join(f"<a href='/category/{lab.lower()}/' rel='category tag'>{lab}</a>" for lab in labels)
    return (
        f"<article class='post type-post'><div class='entry-categories'>{links}</div>"
        f"<h3 class='entry-title'><a href='/2026/10/{slug}/'>{headline}</a></h3>"
        f"<div class='entry-summary'><p>{summary}</p></div></article>"
    )


ARTICLE = (
    "<article class='post hentry'><div class='entry-categories'>"
    "<a href='/category/launch/' rel='category tag'>Launch</a></div>"
    f"<h1 class='entry-title'>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div></article>"
)
CARDS = (
    "<section class='posts-grid'><h2>Keep exploring the launch business</h2><div class='row'>"
    + _card(
        "pad-upgrade", ["Launch", "Spaceports"], "Spaceport finishes its second pad upgrade", "Work took nine months."
    )
    + _card("engine-test", ["Propulsion"], "Methane engine completes a full-duration burn", "The test lasted 200 s…")
    + "</div></section>"
)


def test_cards_after_the_article_are_related_stories_with_their_labels() -> None:
    a = _parse(f"<main>{ARTICLE}{CARDS}</main>")
    assert [(r.headline, r.categories, r.summary, r.truncated) for r in a.related] == [
        ("Spaceport finishes its second pad upgrade", ("Launch", "Spaceports"), "Work took nine months.", False),
        ("Methane engine completes a full-duration burn", ("Propulsion",), "The test lasted 200 s", True),
    ]
    assert [r.url for r in a.related] == [
        "https://www.example.com/2026/10/pad-upgrade/",
        "https://www.example.com/2026/10/engine-test/",
    ]
    # The cards' labels are theirs, not the article's; their heading is no item.
    assert a.categories == ("Launch",)
    assert not any("Keep exploring" in p for p in a.body)


def test_a_heading_and_links_to_the_sites_pages_right_after_the_text() -> None:
    links = "".join(
        f"<li><a href='/2026/{i}/story-{i}/'>{h}</a></li>"
        for i, h in enumerate(["Second stage relights in orbit", "Booster lands on the barge again"])
    )
    a = _parse(
        f"<div class='story'><h1>Rocket reaches orbit</h1>{PS}<h3>Catch up on the mission</h3><ul>{links}</ul></div>"
    )
    assert [r.headline for r in a.related] == ["Second stage relights in orbit", "Booster lands on the barge again"]
    assert a.related[0].url == "https://www.example.com/2026/0/story-0/"
    assert not any("Catch up" in p for p in a.body)


def test_links_to_other_sites_are_sources_not_related_stories() -> None:
    links = "".join(
        f"<li><a href='https://agency{i}.example/report'>{h}</a></li>"
        for i, h in enumerate(["The agency's launch report in full", "The operator's flight data summary"])
    )
    a = _parse(f"<div class='story'><h1>Rocket reaches orbit</h1>{PS}<h3>Sources</h3><ul>{links}</ul></div>")
    assert a.related == ()


def test_a_list_of_latest_stories_holding_this_one_is_no_related_block() -> None:
    cards = (
        CARDS.replace("</div></section>", "")
        + _card("x", ["Launch"], "Rocket reaches orbit", "This very story, listed with the others.").replace(
            "/2026/10/x/", "/2026/11/23/rocket-reaches-orbit/"
        )
        + "</div></section>"
    )
    a = _parse(f"<main>{ARTICLE}{cards}</main>")
    assert a.related == ()


def test_cards_that_hold_the_article_are_a_listing_page() -> None:
    page = "<main><div class='row'>" + CARDS + "</div></main>"
    assert _parse(page).related == ()
