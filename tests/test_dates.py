"""One date finder for both front ends: printed dates, markup values, and their ranking."""

from __future__ import annotations

import datetime as dt

import pytest

import spaceparse
from spaceparse.assemble import DATE_SOURCES
from spaceparse.recognisers.dates import choose_published, date_line, find_date, parse_timestamp

D = dt.date(2026, 11, 19)
PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]


@pytest.mark.parametrize(
    ("line", "date", "label"),
    [
        ("Veröffentlicht am 19. November 2026", D, "published"),
        ("Posted on November 19, 2026", D, "published"),
        ("Publié le 19 novembre 2026 à 13h59 - Mis à jour le 20 novembre 2026 à 09h03", D, "published"),
        ("Publicado el 19/11/2026 a las 22h03", D, "published"),
        ("Updated 2010 GMT (0410 HKT) November 19, 2026", D, "updated"),
        ("Zuletzt geändert am 19.11.2026", D, "updated"),
        ("19. November 2026 um 10:56", D, ""),
        ("2026年11月19日 20時01分", D, ""),
        ("2026-11-19T16:15:30Z", D, ""),
        ("Berlin, 19.11.2026, 058/26", D, ""),
        ("19. November 2026 • Gregor Meier • 3 Minuten", D, ""),
        # Published and updated side by side, glued by innerText.
        ("Veröffentlicht am 19. November 202620. November 2026", D, "published"),
        # Day, month and year with dashes (a <time datetime> some CMSs write)
        ("19-11-2026 10:29", D, ""),
        # A dateline opening a long paragraph
        ("Berlin, 19. November 2026 – " + PARAS[0] + " " + PARAS[1], D, ""),
    ],
)
def test_date_lines(line: str, date: dt.date, label: str) -> None:
    assert date_line(line, day_first=True) == (date, label)


@pytest.mark.parametrize(
    "line",
    [
        "Bundesminister Cem Özdemir hat das Zukunftsforum am 19. November 2026 in Berlin eröffnet.",
        "Copyright © 19.11.2026 Example GmbH. All rights reserved.",
        "© 2026 Example Media, 19 November 2026",
        # an embedded post's attribution
        "— Space Agency (@spaceagency) November 19, 2026",
        # a long paragraph whose first sentence holds the date
        "Am Sonntag, 19. November 2026, kurz nach 21.25 Uhr, wurde der Polizei ein Unfall gemeldet. " + PARAS[0] * 2,
    ],
)
def test_not_date_lines(line: str) -> None:
    assert date_line(line, day_first=True) is None


def test_glued_published_and_updated_dates() -> None:
    found = find_date("am 10. Februar 20199. Februar 2019")
    assert found is not None and found[0] == dt.date(2019, 2, 10)


def test_utc_timestamps_are_flagged() -> None:
    assert parse_timestamp("2019-11-19T02:59:46+00:00") == (dt.date(2019, 11, 19), True)
    assert parse_timestamp("2019-11-19T02:59:46Z") == (dt.date(2019, 11, 19), True)
    assert parse_timestamp("2019-11-18T21:59:46-05:00") == (dt.date(2019, 11, 18), False)
    assert parse_timestamp("2019-11-18T21:59:46") == (dt.date(2019, 11, 18), False)  # no zone: local
    assert parse_timestamp("2019-11-18") == (dt.date(2019, 11, 18), False)


def test_choose_published_by_rank_and_local_day() -> None:
    a, b = dt.date(2019, 11, 19), dt.date(2019, 11, 18)
    assert choose_published([("page", b, False), ("jsonld", a, False)], DATE_SOURCES) == a
    # A UTC timestamp a day away from the day printed in the byline gives way to it...
    assert choose_published([("jsonld", a, True), ("byline", b, False)], DATE_SOURCES) == b
    # ...not when the site's own day agrees with it.
    assert choose_published([("jsonld", a, True), ("byline", b, False), ("url", a, False)], DATE_SOURCES) == a
    # Modification dates are not publication dates.
    assert choose_published([("jsonld-modified", a, False)], DATE_SOURCES) is None
    assert choose_published([("jsonld-modified", a, False), ("page-updated", b, False)], DATE_SOURCES) == b


def _html(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_html_printed_date_when_markup_has_none() -> None:
    body = (
        "<article><h1>Rakete erreicht die Umlaufbahn</h1><div class='meta'><span>Presse</span></div>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:1])
        + "<p>19.11.2026</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[1:])
        + "</article>"
    )
    assert spaceparse.parse(_html(body), kind="html").published == D


def test_html_never_a_date_from_comments_or_teasers() -> None:
    body = (
        "<article><h1>Rakete erreicht die Umlaufbahn</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article><div class='comments'><p class='comment-meta'>3. Dezember 2026 um 10:56</p>"
        "<p>Ein Kommentar zum Artikel.</p></div>"
        "<aside class='related'><h3><a href='/b'>Ein anderer Artikel</a></h3><p>4. Dezember 2026</p></aside>"
    )
    assert spaceparse.parse(_html(body), kind="html").published is None


def test_text_first_date_line_without_a_headline() -> None:
    # No title-like line to anchor on: the page's first date line is the date.
    page = "Home | News | Sport\n\nVeröffentlicht am 19. November 2026\n\n" + "\n\n".join(PARAS) + "\n"
    assert spaceparse.parse(page, kind="text").published == D


def test_text_url_date() -> None:
    page = "\n\n".join(PARAS) + "\n"
    art = spaceparse.parse(page, kind="text", url="https://www.example.com/2026/11/19/rocket/")
    assert art.published == D


def test_two_digit_years_with_dots() -> None:
    found = find_date("Von: Björn Jahner | 31.10.23")
    assert found is not None and found[0] == dt.date(2023, 10, 31)
    assert find_date("version 1.10.22.3") is None


def test_url_path_dates_in_more_forms() -> None:
    from spaceparse.recognisers.urls import url_date

    assert url_date("https://example.com/politica/20250113/10277301/slug.html") == dt.date(2025, 1, 13)
    assert url_date("https://example.com/article/20190222-775563/") == dt.date(2019, 2, 22)
    assert url_date("https://example.com/meldungen/29-10-2021") == dt.date(2021, 10, 29)
    assert url_date("https://example.com/article/2019022212345/") is None  # an id, not a date


def test_numeric_date_order_from_the_page() -> None:
    from spaceparse.recognisers.dates import day_first_page

    assert day_first_page(["Publicado 03/05/2022", "otra nota 25/04/2022"], None)  # 25 cannot be a month
    assert not day_first_page(["Posted 03/05/2022", "another story 04/25/2022"], "en")
    assert day_first_page(["Posted 03/05/2022", "Monday 8 November 2023"], "en")  # day written first
    assert day_first_page(["03/05/2022"], "de")
    long_es = "El gobierno anunció que la reforma de las pensiones se votará en el congreso para el mes que viene."
    assert day_first_page([long_es, "03/05/2022"], None)
    long_en = "The government said that the pension reform will be voted on in congress next month, and that is all."
    assert not day_first_page([long_en, "03/05/2022"], None)


def test_text_date_order_from_the_language_of_the_page() -> None:
    page = (
        "Reforma de las pensiones\n\n03/05/2022\n\n"
        "El gobierno anunció que la reforma de las pensiones se votará en el congreso para el mes que viene.\n\n"
        "La oposición dijo que no apoyará el proyecto si no se cambian los artículos sobre la edad de retiro.\n"
    )
    assert spaceparse.parse(page, kind="text").published == dt.date(2022, 5, 3)


def test_paragraph_opening_with_its_date() -> None:
    para = "19.11.2026 – " + " ".join(PARAS)
    assert date_line(para) == (D, "")
    assert date_line("Die Behörde teilte mit, dass am 19.11.2026 " + " ".join(PARAS)) is None


def test_byline_under_the_post_before_the_comments() -> None:
    page = (
        "My Little Blog\n\nThoughts on rockets\n\n"
        + "\n\n".join(PARAS)
        + "\n\nPosted by Ana Lima at 10:05 on November 19, 2026\n\n3 comments:\n\nBo said: nice post\n"
    )
    art = spaceparse.parse(page, kind="text")
    assert art.authors == ("Ana Lima",) and art.published == D


def test_any_time_element_when_markup_states_no_date() -> None:
    body = (
        "<article><h1>Rakete erreicht die Umlaufbahn</h1><p><time datetime='2026-11-19T12:34:00-04:00'>"
        "vor 2 Stunden</time></p>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
        "<div class='comments'><time datetime='2026-12-01T10:00:00Z'>1. Dezember</time></div>"
    )
    body = body.replace("<article>", "<div class='story'>").replace("</article>", "</div>")
    assert spaceparse.parse(_html(body), kind="html").published == D


@pytest.mark.parametrize(
    "script",
    [
        '<![CDATA[\n {"@type": "NewsArticle", "headline": "H", "datePublished": "2026-11-19T08:00:00+01:00"}\n ]]>',
        '//<![CDATA[\n{"@type": "NewsArticle", "datePublished": "2026-11-19T08:00:00+01:00"}\n//]]>',
        # a stray closing brace, a semicolon after the object
        '{"@type": "NewsArticle", "datePublished": "2026-11-19T08:00:00+01:00", "image": {"url": "x"}}\n}',
        '[{"@type": "NewsArticle", "datePublished": "2026-11-19T08:00:00+01:00",}];',
    ],
)
def test_json_ld_in_wrappers_and_with_trailing_junk(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script>'
    body = "<article><h1>Rakete erreicht die Umlaufbahn</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    assert spaceparse.parse(_html(body, head), kind="html").published == D


def test_meta_value_attribute_read_like_content() -> None:
    # Some page savers and CMSs write <meta value=...> instead of content=.
    head = '<meta value="2026-11-19T20:26:06-05:00" name="article:published_time"><meta value="Ana Lima" name="author">'
    body = "<article><h1>Rakete erreicht die Umlaufbahn</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    art = spaceparse.parse(_html(body, head), kind="html")
    assert art.published == D and art.authors == ("Ana Lima",)


def test_a_markup_date_nothing_backs_gives_way_to_the_day_the_page_shows() -> None:
    stale, shown = dt.date(2021, 2, 22), dt.date(2022, 1, 22)
    # Printed by the byline and in the URL, not backed by anything else: the page's day.
    found = [("jsonld", stale, False), ("byline", shown, False), ("url", shown, False)]
    assert choose_published(found, DATE_SOURCES) == shown
    # A last-change date agreeing with the printed day does not back the markup's.
    found.append(("jsonld-modified", shown, False))
    assert choose_published(found, DATE_SOURCES) == shown
    # Backed by a second markup source: the markup's day stands (the byline shows an update).
    found.append(("meta-date", stale, False))
    assert choose_published(found, DATE_SOURCES) == stale
    # One place showing another day is not enough.
    assert choose_published([("jsonld", stale, False), ("byline", shown, False)], DATE_SOURCES) == stale


def test_rdfa_and_date_elements_outside_the_blocks() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    rdfa = f'<article><h1>Rakete erreicht die Umlaufbahn</h1>{paras}<span property="schema:dateCreated" content="2026-11-19T12:45:46+01:00"></span></article>'
    assert spaceparse.parse(_html(rdfa), kind="html").published == D
    # hAtom: the date in the title of abbr.published
    hatom = f'<article><h1>Rakete erreicht die Umlaufbahn</h1><abbr class="published" title="2026-11-19T18:52:11+01:00">vor 2 Wochen</abbr>{paras}</article>'
    assert spaceparse.parse(_html(hatom), kind="html").published == D
    # A date element in the article's footer; not the site header's date of the day.
    dated = (
        "<header class='site-header'><span class='date'>Montag, 7. Dezember 2026</span></header>"
        f"<article><h1>Rakete erreicht die Umlaufbahn</h1>{paras}"
        "<footer class='node__meta'><span class='post-created'> 19.11.26</span> / 0 Kommentare</footer></article>"
    )
    assert spaceparse.parse(_html(dated), kind="html").published == D


def test_lead_image_url_date_is_the_last_resort() -> None:
    head = '<meta property="og:image" content="https://example.org/files/2026/11/19/rocket.jpg">'
    body = "<article><h1>Rakete erreicht die Umlaufbahn</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    assert spaceparse.parse(_html(body, head), kind="html").published == D
    # A date the page prints comes first.
    printed = body.replace("</h1>", "</h1><p>20. November 2026</p>")
    assert spaceparse.parse(_html(printed, head), kind="html").published == dt.date(2026, 11, 20)
