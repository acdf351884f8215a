"""The HTML headline: the marked heading weighed against the markup title (rules/headline.py)."""

from __future__ import annotations

import pytest

import spaceparse
from spaceparse.blocks import Meta
from spaceparse.rules.headline import html_headline

BODY = "".join(
    f"<p>The agency said on Tuesday that the mission had passed its review number {i}, and that the launch "
    f"campaign would begin after the spacecraft reaches the coast later this month.</p>"
    for i in range(6)
)


def _page(head: str, h1: str, pre: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header><a class='logo' href='/'>Orbital Times</a></header>{pre}"
        f"<article><h1>{h1}</h1>{BODY}</article></body></html>"
    )


def _meta(headline: str | None, title: str | None = None, h1s: tuple[str, ...] = (), site: str = "") -> Meta:
    return Meta(headline=headline, title=title or headline, h1s=h1s, site_keys=frozenset({site} if site else ()))


def test_kicker_before_the_headline_inside_the_h1_is_dropped() -> None:
    page = _page(
        "<meta property='og:title' content='Probe survives its first winter on the Moon'>",
        "<span class='overline'>Lunar night</span> Probe survives its first winter on the Moon",
    )
    assert spaceparse.parse(page, url="https://example.org/a").headline == "Probe survives its first winter on the Moon"


def test_punctuation_the_layout_drew_comes_from_the_markup_title() -> None:
    page = _page(
        "<meta property='og:title' content='Artemis III: what changes for the crew'>",
        "<span>Artemis III</span><span>what changes for the crew</span>",
    )
    assert spaceparse.parse(page, url="https://example.org/a").headline == "Artemis III: what changes for the crew"


def test_letters_in_another_case_keep_the_page_styling() -> None:
    m = _meta("Rocket Lab Opens a New Pad")
    assert html_headline("ROCKET LAB OPENS A NEW PAD", m) == "ROCKET LAB OPENS A NEW PAD"


def test_an_h1_agreeing_exactly_with_the_title_beats_a_teaser_heading() -> None:
    m = _meta(
        "Crew returns after six months aboard the station", h1s=("Crew returns after six months aboard the station",)
    )
    assert html_headline("While you are here", m) == "Crew returns after six months aboard the station"


def test_a_headline_without_the_titles_kicker_stands() -> None:
    title = "Mars sample return: NASA picks a cheaper plan"
    m = _meta(title, h1s=("Mars sample return NASA picks a cheaper plan",))
    assert html_headline("NASA picks a cheaper plan", m) == "NASA picks a cheaper plan"


def test_a_blog_name_in_the_h1_gives_the_title_without_it() -> None:
    m = _meta(
        "Rhubarb crumble with oat topping | Notes from the Kitchen",
        title="Rhubarb crumble with oat topping | Notes from the Kitchen",
        h1s=("Notes from the Kitchen",),
    )
    assert html_headline("Notes from the Kitchen", m) == "Rhubarb crumble with oat topping"


def test_a_short_site_part_first_is_not_taken_for_the_headline() -> None:
    m = _meta("News - Pad 39B rolls out the stack", title="News - Pad 39B rolls out the stack")
    assert html_headline("Pad 39B rolls out the stack", m) == "Pad 39B rolls out the stack"


def test_a_section_h1_gives_way_to_the_headline_h1() -> None:
    title = "Agency online - Press releases - New rules for launch licences"
    m = _meta(title, title=title, h1s=("Agency online", "Press releases", "New rules for launch licences"))
    assert html_headline("Press releases", m) == "New rules for launch licences"


def test_first_title_part_h1_without_a_marked_heading() -> None:
    m = _meta(
        "Strawberry mole cake - Recipe from Baking.example",
        h1s=("Strawberry mole cake",),
    )
    assert html_headline(None, m) == "Strawberry mole cake"


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("23.01.2022 - Wierer wins the last race at home", "Wierer wins the last race at home"),
        ("1. Februar 2022 Ministerin stellt neue Regeln vor", "Ministerin stellt neue Regeln vor"),
        ("2022 in review", "2022 in review"),  # a year is not a date
    ],
)
def test_a_date_glued_to_the_front_is_cut(shown: str, want: str) -> None:
    assert html_headline(shown, _meta(None)) == want


def test_a_heading_of_dots_or_the_sites_name_is_not_the_headline() -> None:
    assert html_headline("...", _meta("Tach auch!", title="...: Tach auch!")) == "Tach auch!"
    assert html_headline("Orbital Times", _meta("Launch slips a week", site="orbitaltimes")) == "Launch slips a week"


def test_an_h1_with_the_titles_punctuated_kicker_beats_a_heading_without_it() -> None:
    title = "Lunar landers: Firefly sets a date for its second mission"
    m = _meta(title, h1s=(title,))
    assert html_headline("Firefly sets a date for its second mission", m) == title


def test_a_section_name_in_the_first_h1_gives_way_to_the_h1_that_starts_the_title() -> None:
    title = "Student rover team wins the desert trials - Northern Rocketry Association e.V."
    m = _meta(title, h1s=("Press releases", "Student rover team wins the desert trials", "Sponsors"))
    assert html_headline("Press releases", m) == "Student rover team wins the desert trials"


def test_without_any_h1_the_h2_above_the_first_paragraph_is_the_headline() -> None:
    page = (
        "<html><head><title>Harbour Divers Club - Training</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/training'>Training</a></nav>"
        f"<article><h2>Boat handling training</h2>{BODY}</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://example.org/training").headline == "Boat handling training"


def test_without_any_h1_a_landmark_h2_is_no_headline() -> None:
    page = (
        "<html><head><title>Weekly avalanche report - Snow Institute</title></head><body>"
        f"<article><h2>Content</h2>{BODY}</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://snowinstitute.org/report").headline == "Weekly avalanche report"


def test_a_cjk_titles_glued_site_and_section_names_are_cut_off() -> None:
    page = (
        "<html><head><title>嫦娥六号完成月背采样任务，返回器安全着陆！-航天频道_星空网</title></head>"
        f"<body><article>{BODY}</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://example.cn/a").headline == "嫦娥六号完成月背采样任务，返回器安全着陆！"


def test_the_og_title_gives_the_kicker_punctuation_the_jsonld_headline_lacks() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"headline": "Crew moves into the new module"}</script>'
        "<meta property='og:title' content='Station / Crew moves into the new module'>"
    )
    page = _page(head, "<span class='kicker'>Station</span><span>Crew moves into the new module</span>")
    assert spaceparse.parse(page, url="https://example.org/a").headline == "Station / Crew moves into the new module"


def test_an_h1_agreeing_with_no_markup_title_is_what_the_page_shows() -> None:
    m = _meta(
        "Winter gift guide - shop now!",
        h1s=("Five telescopes for beginners under 300 euros", "Our newsletter: love in your inbox"),
    )
    assert html_headline(None, m) == "Five telescopes for beginners under 300 euros"


def test_an_h1_siding_with_one_markup_title_leaves_the_choice_to_their_order() -> None:
    m = Meta(
        headline="Live: the launch week in the ticker",
        title="Ticker: second stage ignites on time",
        titles=("Live: the launch week in the ticker", "Ticker: second stage ignites on time"),
        h1s=("Ticker: second stage ignites on time",),
    )
    assert html_headline(None, m) == "Live: the launch week in the ticker"


def test_h1s_of_menu_words_only_leave_the_article_h2_the_headline() -> None:
    page = (
        "<html><head><title>Guide/Download - Rocket Wiki</title></head><body>"
        "<nav><h1>Page</h1><a href='/edit'>Edit</a> <h1>User</h1><a href='/login'>Login</a></nav>"
        f"<article><h2>Downloading the simulator</h2>{BODY}</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://example.org/dl").headline == "Downloading the simulator"


def test_a_kicker_glued_into_the_h1_that_the_title_sets_apart_is_dropped() -> None:
    page = _page(
        "<title>Clean Space Initiative - free debris check | Ökologisch Raumfahren</title>",
        "<span>Clean Space Initiative</span> <span>Free debris check for small satellite operators</span>",
    )
    got = spaceparse.parse(page, url="https://oekologisch-raumfahren.info/a").headline
    assert got == "Free debris check for small satellite operators"


def test_a_site_name_with_umlauts_is_cut_off_as_its_host_spells_it() -> None:
    page = (
        "<html><head><title>Neue Bodenstation geht in Betrieb | Ökologisch Raumfahren</title></head>"
        f"<body><article>{BODY}</article></body></html>"
    )
    got = spaceparse.parse(page, url="https://oekologisch-raumfahren.info/b").headline
    assert got == "Neue Bodenstation geht in Betrieb"


def test_h1s_naming_the_site_leave_the_h2_right_above_the_text_the_headline() -> None:
    page = (
        "<html><head><title>Why the relay satellite matters more than the lander</title></head><body>"
        "<header><h1>Orbital Times</h1></header><div class='post'><h2>Relay satellite reaches lunar orbit</h2>"
        f"<div class='entry'>{BODY}</div></div><footer><h1>Orbital Times</h1></footer></body></html>"
    )
    assert spaceparse.parse(page, url="https://orbitaltimes.com/a").headline == "Relay satellite reaches lunar orbit"


def test_without_h1_a_landmark_h2_is_passed_over_for_the_next_h2() -> None:
    page = (
        "<html><head><title>Weekly report 14 - 20 January - Snow Institute</title></head><body>"
        f"<article><h4>Weekly report 14 - 20 January</h4><h2>Main</h2><h2>Weak layers, moderate danger</h2>{BODY}"
        "</article></body></html>"
    )
    assert spaceparse.parse(page, url="https://snowinstitute.org/r").headline == "Weak layers, moderate danger"


def _no_h1_page(head: str) -> str:
    return f"<html><head>{head}</head><body><article>{BODY}</article></body></html>"


def test_a_jsonld_headline_cut_at_110_characters_gives_way_to_the_og_title_reading_on() -> None:
    full = (
        "European launcher start-up completes the qualification campaign of its upper stage engine "
        "after eighteen months of hot fires"
    )
    cut = full[:110]
    head = (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{cut}"}}</script>'
        f"<meta property='og:title' content='{full}'>"
    )
    assert spaceparse.parse(_no_h1_page(head), url="https://example.org/a").headline == full


def test_a_title_cut_with_an_ellipsis_gives_way_to_the_one_reading_on() -> None:
    head = (
        "<meta property='og:title' content='Station crew completes a six-hour spacewalk to…'>"
        "<meta name='twitter:title' content='Station crew completes a six-hour spacewalk to replace a battery'>"
    )
    got = spaceparse.parse(_no_h1_page(head), url="https://example.org/b").headline
    assert got == "Station crew completes a six-hour spacewalk to replace a battery"
