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


# A plain list of links under a heading of any wording, past a tag list, with each item's date
# in an element of its own; links to the same site under another country domain.
TOPICS_THEN_STORIES = (
    "<article><h1>Rocket reaches orbit</h1>"
    f"<div>{PS}</div>"
    "<div><h2>Related topics</h2><ul><li><a href='/topics/a1'>Space exploration</a></li>"
    "<li><a href='/topics/a2'>Mars</a></li><li><a href='/topics/a3'>Launch sites</a></li></ul></div>"
    "<div><h2>Further coverage</h2><ul>"
    "<li><a href='https://example.co.uk/news/one'>Engine test ends early at the coastal site</a><div><time>12 May 2025</time></div></li>"
    "<li><a href='https://example.co.uk/news/two'>Probe set to bring back samples from a small moon</a><div><time>3 October 2026</time></div></li>"
    "</ul></div></article>"
)


def test_links_under_a_heading_past_the_tag_list() -> None:
    a = _parse(TOPICS_THEN_STORIES)
    assert [r.headline for r in a.related] == [
        "Engine test ends early at the coastal site",
        "Probe set to bring back samples from a small moon",
    ]
    assert [r.summary for r in a.related] == [None, None]  # the dates are not summaries
    assert a.related[0].url == "https://example.co.uk/news/one"
    assert a.tags == ("Space exploration", "Mars", "Launch sites")  # each <li> under the heading
    assert list(a.body) == PARAS


def test_links_to_another_site_are_not_related() -> None:
    a = _parse(TOPICS_THEN_STORIES.replace("example.co.uk", "elsewhere.org"))
    assert a.related == ()


def test_a_row_of_tags_is_not_a_headline() -> None:
    # A heading, then one run of several tag links and one link: no related block.
    page = (
        f"<article><h1>Rocket reaches orbit</h1><div>{PS}</div><h2>Tags</h2>"
        "<div><a href='/tagged/a'>Launch Vehicles Today</a> <a href='/tagged/b'>Orbital Mechanics Now</a></div>"
        "<div><a href='https://forum.example.com/t/1'>Continue the Discussion here</a></div></article>"
    )
    assert _parse(page).related == ()


def test_a_date_beside_an_item_link_is_not_its_headline() -> None:
    # <a>Headline</a><time>date</time> with no space between them, in a marked block.
    items = "".join(
        f"<li><a href='/news/{i}'>{h}</a><time datetime='2026-12-0{i}'>December {i}, 2026</time></li>"
        for i, h in ((1, "Lander passes its final review"), (2, "Station crew returns after six months"))
    )
    page = f"<article><h1>Rocket reaches orbit</h1><div>{PS}</div></article><section class='read-next'><h2>Read Next</h2><ul>{items}</ul></section>"
    a = _parse(page)
    assert [r.headline for r in a.related] == [
        "Lander passes its final review",
        "Station crew returns after six months",
    ]


def test_a_card_link_around_label_headline_and_date_is_one_item() -> None:
    # One <a> wraps each whole card: its label, its heading and its date are one item.
    cards = "".join(
        f"<div class='grid-item'><a href='/news/{i}'><img src='/c{i}.jpg' alt=''><div>"
        f"<span class='label'>Applications</span><h3>{h}</h3><span class='date'>0{i}/11/2026</span></div></a></div>"
        for i, h in ((1, "Satellite lifts off on its rocket"), (2, "Radar reveals the extent of floods"))
    )
    links = (
        "<section class='related related--links'><h2>Related links</h2><ul>"
        "<li><a href='https://www.spaceagency.org'>Agency</a></li><li><a href='https://www.polarsurvey.net'>Survey</a></li>"
        "</ul></section>"
    )
    page = (
        f"<article><h1>Rocket reaches orbit</h1><div>{PS}</div></article>"
        f"<section class='related'><h2>Related articles</h2>{cards}</section>{links}"
    )
    a = _parse(page)
    assert [(r.headline, r.categories, r.summary) for r in a.related] == [
        ("Satellite lifts off on its rocket", ("Applications",), None),
        ("Radar reveals the extent of floods", ("Applications",), None),
    ]  # and the other sites' home pages are no related stories
    assert list(a.body) == PARAS


def test_side_by_side_spans_are_separate_words() -> None:
    # A meta bar's date and counters in spans with no space between them.
    page = (
        "<article><h1>Rocket reaches orbit</h1><div class='meta'><span>24/11/2026</span><span>1964 views</span>"
        f"<span>27 likes</span></div><div>{PS}</div></article>"
    )
    a = spaceparse.parse(
        "<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'></head><body>" + page + "</body></html>",
        kind="html",
    )
    assert a.published is not None and a.published.isoformat() == "2026-11-24"
    assert list(a.body) == PARAS


def test_a_cookie_notice_an_inline_teaser_box_and_a_related_list_with_bylines() -> None:
    # "Mehr zum Thema" + a teaser glued in a box mid-article, then a paragraph and a subheading.
    long = [p + " " + p for p in PARAS]

    def block(html: str) -> str:
        return f"<div data-area='text_block'><div class='RichText'>{html}</div></div>"

    page = (
        "<div id='message_container'><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu "
        "personalisieren.</p></div>"
        "<article><header><h1>Rocket reaches orbit</h1></header><section data-area='body'>"
        + block(f"<p>{long[0]}</p>")
        + "<div data-area='inline-box'><div><span>Mehr zum Thema</span><a href='/a/1'><span>Europas neue Rakete:</span> "
        "<span>Ariane 6 hebt zum ersten Mal ab</span></a></div></div>"
        + block(f"<p>{long[1]}</p>")
        + block(f"<h3>Only a few launches a year</h3><p>{long[2]}</p>")
        + "</section><section><h2>Mehr zum Thema</h2><ul>"
        "<li><a href='/a/2'>Wie Europas neue Rakete den Rückstand aufholen will</a><p>Von Anna Beispiel</p></li>"
        "<li><a href='/a/3'>Warum Europas Navigationssystem genauer ist als GPS</a><p>Von Max Muster</p></li>"
        "</ul></section></article>"
    )
    a = _parse(page)
    assert list(a.body) == [long[0], long[1], "Only a few launches a year", long[2]]  # no cookie notice
    assert [r.headline for r in a.related] == [
        "Wie Europas neue Rakete den Rückstand aufholen will",
        "Warum Europas Navigationssystem genauer ist als GPS",
    ]


def test_a_standfirst_between_headline_and_byline_is_the_dek() -> None:
    dek = "Two more satellites reached orbit on Sunday, and the next challenge is already waiting."
    page = (
        f"<article><h1>Rocket reaches orbit</h1><div class='text'><p><strong>{dek}</strong></p>"
        "<div class='meta'><span>By Anna Example</span></div>"
        f"{PS}</div></article>"
    )
    a = _parse(page)
    assert a.dek == dek
    assert list(a.body) == PARAS
