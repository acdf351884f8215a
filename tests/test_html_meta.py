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


# -- authors ----------------------------------------------------------------------------


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Rocket reaches orbit", {obj}}}</script>'


def _authors(head: str = "", byline: str = "") -> tuple[str, ...]:
    return _parse(
        f"<article><h1>Rocket reaches orbit</h1>{byline}<div class='entry-content'>{PS}</div></article>", head
    ).authors


def test_author_value_loses_prefix_role_and_agency() -> None:
    assert _authors(_ld('"author": [{"@type": "Person", "name": "By TOM KRISHER, AP Auto Writer"}]')) == (
        "Tom Krisher",
    )
    ld = '"author": {"@type": "Person", "name": "By MEG KINNARD and ERRIN HAINES, Associated Press"}'
    assert _authors(_ld(ld)) == ("Meg Kinnard", "Errin Haines")
    assert _authors(_ld('"author": {"@type": "Person", "name": "Troy L. Smith, cleveland.com"}')) == ("Troy L. Smith",)
    ld = '"author": {"@type": "Person", "name": "Amy Kuperinsky | NJ Advance Media for NJ.com"}'
    assert _authors(_ld(ld)) == ("Amy Kuperinsky",)
    assert _authors(_ld('"author": {"@type": "Person", "name": "Rachael Link, MS, RD"}')) == ("Rachael Link",)
    assert _authors("<meta name='author' content='Analysis by Chris Cillizza, CNN Editor-at-large'>") == (
        "Chris Cillizza",
    )


def test_author_values_naming_nobody_are_dropped() -> None:
    assert _authors("<meta name='author' content='By Staff'>") == ()
    assert _authors("<meta name='author' content='admin'>") == ()
    # A desk that signs alone is the author there is ("Redaktion"), an account never is.
    assert _authors("<meta name='author' content='Redaktion'>") == ("Redaktion",)


def test_author_label_prefixes_in_other_languages() -> None:
    assert _authors(byline="<span class='author'>Текст: Венера Ерофеева</span>") == ("Венера Ерофеева",)
    assert _authors("<meta name='author' content='Von Anna Schmidt und Jonas Weber'>") == (
        "Anna Schmidt",
        "Jonas Weber",
    )
    assert _authors("<meta name='author' content='Par Marie Dupont et Luc Martin'>") == ("Marie Dupont", "Luc Martin")


def test_plain_author_element_is_a_name() -> None:
    # <span class="author">A and B</span> with no inner name markup; the outlet beside it is not a name.
    byline = (
        "<div class='byline-section'><span class='author'>Lisa Kaczke and Trevor J. Mitchell</span>"
        "<span class='publication'>Sioux Falls Argus Leader</span>"
        "<div class='publish-date'>Published 2:04 p.m. ET Nov. 19, 2019</div></div>"
    )
    assert _authors(byline=byline) == ("Lisa Kaczke", "Trevor J. Mitchell")
    assert _authors(byline="<p>By <span itemprop='author'>Ana Lima</span></p>") == ("Ana Lima",)


def test_bem_author_name_and_author_link() -> None:
    byline = (
        "<div class='article-author'><h3 class='article-author__name'><a href='/a/tom'>Tom Gillespie</a></h3></div>"
    )
    assert _authors(byline=byline) == ("Tom Gillespie",)
    byline = "<p class='about'><span>Von</span> <a class='author-link' href='/author/mb'>Moritz Bachmann</a></p>"
    assert _authors(byline=byline) == ("Moritz Bachmann",)


def test_teaser_author_markup_is_not_the_article_author() -> None:
    byline = "<div class='byline'><a rel='author' href='/a/mf'>Madeline Fry</a></div>"
    teaser = (
        "<aside><div class='card'><h5><a href='/o/1'>Another story</a></h5>"
        "<div class='card-authorName'>Anthony, Maya, Nadine, and Caroline Ghosn</div>"
        "<div class='card-byline'><a rel='author' href='/a/tr'>Tom Rogan</a></div></div></aside>"
    )
    page = f"<article><h1>Rocket reaches orbit</h1>{byline}<div class='entry-content'>{PS}</div></article>{teaser}"
    assert _parse(page).authors == ("Madeline Fry",)


def test_organisation_author_is_the_last_resort() -> None:
    # JSON-LD names an Organization as the author; the page's byline names the reporter.
    ld = _ld('"author": {"@type": "Organization", "name": "Sky"}')
    assert _authors(ld, byline="<p class='byline'>By Tom Gillespie | Wednesday 20 November 2019</p>") == (
        "Tom Gillespie",
    )
    assert _authors(ld) == ("Sky",)
    ld = _ld('"author": {"@type": "Organization", "name": "Al-Bawaba"}')
    assert _authors(ld + "<meta property='og:site_name' content='Al Bawaba'>") == ()


def test_weekday_is_not_part_of_a_name() -> None:
    byline = "<p>By Mike Wuerthele and Malcolm Owen</p><p>Monday, November 18, 2019, 04:05 pm PT</p>"
    assert _authors(byline=byline) == ("Mike Wuerthele", "Malcolm Owen")
    a = _parse(
        f"<article><h1>Rocket reaches orbit</h1><p>Wednesday 20 November 2019 11:42, UK</p><div class='entry-content'>{PS}</div></article>"
    )
    assert a.authors == ()


# -- dates ------------------------------------------------------------------------------


def test_utc_timestamp_a_day_after_the_url_date() -> None:
    head = "<meta property='article:published_time' content='2019-11-19T02:59:46+00:00'>"
    body = f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>"
    assert _parse(body, head, url="https://www.example.com/2019/11/18/rocket/").published.isoformat() == "2019-11-18"
    assert (
        _parse(body, head, url="https://www.example.com/news/rocket-2019-11-18/").published.isoformat() == "2019-11-18"
    )
    # Further apart, or no date in the URL: the markup's date stands.
    assert _parse(body, head, url="https://www.example.com/2019/11/15/rocket/").published.isoformat() == "2019-11-19"
    assert _parse(body, head, url="https://www.example.com/news/rocket/").published.isoformat() == "2019-11-19"


def test_shown_dates_in_many_languages() -> None:
    cases = {
        "<time>2026年11月23日</time>": "2026-11-23",
        "<time>2026년 11월 23일</time>": "2026-11-23",
        "<span class='date'>2016.12.01</span>": "2016-12-01",
        "<p class='byline'>Автор: Лида Буслаева, 23 ноября 2026</p>": "2026-11-23",
        "<p class='byline'>Autor: Jan Nowak, 23 listopada 2026</p>": "2026-11-23",
        "<p class='byline'>Yazar: Ayşe Yılmaz | 23 Kasım 2026</p>": "2026-11-23",
        "<p class='byline'>Oleh Budi Santoso | 17 Agustus 2026</p>": "2026-08-17",
        "<p class='date'>23 Νοεμβρίου 2026</p>": "2026-11-23",
    }
    for shown, iso in cases.items():
        body = f"<article><h1>Rocket reaches orbit</h1>{shown}<div class='entry-content'>{PS}</div></article>"
        a = _parse(body, url="https://www.example.com/news/rocket-reaches-orbit/")  # no date in the URL
        assert a.published is not None and a.published.isoformat() == iso, shown


# -- categories -------------------------------------------------------------------------


def test_category_link_is_one_label_even_when_camel_cased() -> None:
    body = (
        f"<article><h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>"
        "<footer class='entry-footer'><span class='cat-links'>Posted in "
        "<a href='/category/givewell-incubation-grants/' rel='category tag'>GiveWell Incubation Grants</a></span>"
        "</footer></article>"
    )
    assert _parse(body).categories == ("GiveWell Incubation Grants",)


def test_wordpress_category_widget_is_not_the_posts_labels() -> None:
    widget = "".join(
        f"<li class='cat-item cat-item-{i}'><a href='/blog/category/c{i}/'>{name}</a></li>"
        for i, name in enumerate(["Fan Testimonial", "How To", "Opinions", "Press", "Spotlight"])
    )
    body = (
        f"<article><h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div></article>"
        f"<div class='post-list__footer'><ul class='post-categories'><li>Categories: <ul>{widget}</ul></li></ul></div>"
    )
    head = "<meta property='article:section' content='Spotlight'>"
    assert _parse(body, head).categories == ("Spotlight",)


def test_breadcrumb_separators_inside_items() -> None:
    crumbs = (
        "<ol class='breadcrumb'><li><a href='/'>HOME</a> &gt; </li><li><a href='/blog/'>ブログ</a> &gt; </li>"
        "<li>商品の改造が商標法違反に!?</li></ol>"
    )
    body = f"{crumbs}<article><h1>商品の改造が商標法違反に!?</h1><div class='entry-content'>{PS}</div></article>"
    assert _parse(body, lang="ja").categories == ("ブログ",)


# -- image caption and credit -----------------------------------------------------------


def _figure(figcaption: str) -> str:
    return (
        f"<article><h1>Rocket reaches orbit</h1><figure><img src='/lead.jpg'>"
        f"<figcaption>{figcaption}</figcaption></figure><div class='entry-content'>{PS}</div></article>"
    )


def test_credit_glued_to_caption_by_its_span() -> None:
    a = _parse(_figure("He didn’t get it.<span class='credit'>Credit...Doug Mills/The New York Times</span>"))
    assert (a.image_caption, a.image_credit) == ("He didn’t get it.", "Doug Mills/The New York Times")


def test_bare_agency_in_brackets_is_the_credit() -> None:
    a = _parse(_figure("Port of entry in Nogales, Ariz. (AP)"))
    assert (a.image_caption, a.image_credit) == ("Port of entry in Nogales, Ariz.", "AP")
    a = _parse(_figure("Troops remain in Afghanistan [File: Reuters]"))
    assert (a.image_caption, a.image_credit) == ("Troops remain in Afghanistan", "Reuters")
    a = _parse(_figure("A concept for a lunar lander [SpaceX via NASA]"))
    assert (a.image_caption, a.image_credit) == ("A concept for a lunar lander", "SpaceX via NASA")


def test_copyright_sign_and_name_with_agency_are_credits() -> None:
    assert _parse(_figure("© Amazon")).image_credit == "Amazon"
    assert _parse(_figure("Image copyright Getty Images")).image_credit == "Getty Images"
    a = _parse(_figure("Patrick Semansky, ASSOCIATED PRESS"))
    assert (a.image_caption, a.image_credit) == (None, "Patrick Semansky, ASSOCIATED PRESS")


def test_sentence_in_a_credit_marked_caption_is_the_caption() -> None:
    # Slate: <figcaption class="...credit"> holds the caption, then the credit line.
    fig = "<span class='caption credit'>John M. Ford in 1987.</span> <span class='caption credit'>Photo illustration by Slate.</span>"
    body = (
        "<article><h1>Rocket reaches orbit</h1><figure><img src='/lead.jpg'>"
        f"<div class='image-caption-credit'>{fig}</div></figure><div class='entry-content'>{PS}</div></article>"
    )
    a = _parse(body)
    assert (a.image_caption, a.image_credit) == ("John M. Ford in 1987.", "Slate")


def test_gallery_counter_is_not_a_caption() -> None:
    gallery = (
        "<div class='gallery'><figure><img src='/1.jpg'><figcaption><span>1of4</span></figcaption></figure>"
        "<figure><figcaption>A shopper looks at extension cords in Grass Valley.</figcaption></figure></div>"
    )
    body = f"<article><h1>Rocket reaches orbit</h1>{gallery}<div class='entry-content'>{PS}</div></article>"
    assert _parse(body).image_caption == "A shopper looks at extension cords in Grass Valley."


# -- language ---------------------------------------------------------------------------


def test_language_from_any_json_ld_object() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "WebSite", "inLanguage": "pt-BR", "name": "Autoracing"}</script>'
    )
    page = f"<!DOCTYPE html><html><head>{head}</head><body><h1>Calendário</h1><div class='entry-content'>{PS}</div></body></html>"
    assert spaceparse.parse(page, url=URL, kind="html").language == "pt"


def test_site_name_that_is_a_handle_or_url() -> None:
    body = f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>"
    head = "<meta property='og:site_name' content='https://www.newsnation.in'>"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "News Nation"}}</script>'
    assert _parse(body, head + ld).site == "News Nation"
    assert _parse(body, head).site == "newsnation.in"
    assert _parse(body, "<meta property='og:site_name' content='@politifact'>").site == "politifact"


def test_long_comma_separated_section_is_split() -> None:
    labels = ["Calendario Stock Car", "Stock Car", "stock car brasil", "stock car cascavel", "stock car interlagos"]
    labels += ["stock car santa cruz do sul", "stock car Velo Città", "stock car velopark", "stock-car londrina"]
    head = _ld(f'"articleSection": "{", ".join(labels)}"')
    assert _parse(f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>", head).categories == tuple(
        labels
    )


def test_numeric_dates_are_day_first_outside_english() -> None:
    body = f"<article><h1>Rocket reaches orbit</h1><p class='date'>05/10/2018</p><div class='entry-content'>{PS}</div></article>"
    assert _parse(body, lang="pt-BR", url="https://example.com.br/a").published.isoformat() == "2018-10-05"
    assert _parse(body, lang="en", url="https://example.com/a").published.isoformat() == "2018-05-10"
    head = "<meta name='date' content='05/10/2018'>"
    assert (
        _parse(
            f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>",
            head,
            lang="de",
            url="https://example.de/a",
        ).published.isoformat()
        == "2018-10-05"
    )


def test_language_codes() -> None:
    body = f"<h1>Rocket reaches orbit</h1><div class='entry-content'>{PS}</div>"
    assert _parse(body, lang="iw").language == "he"
    assert _parse(body, lang="in-ID").language == "id"
    assert _parse(body, lang="ar-EG").language == "ar"
    page = f"<!DOCTYPE html><html><head><meta http-equiv='content-language' content='es,en'></head><body>{body}</body></html>"
    assert spaceparse.parse(page, url=URL, kind="html").language == "es"
