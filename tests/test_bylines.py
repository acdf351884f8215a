"""One author parser for both front ends: the same byline gives the same names from markup and from text."""

from __future__ import annotations

import pytest

import spaceparse
from spaceparse.recognisers.bylines import is_person_name, parse_byline, split_authors

PARAS = [
    "The first paragraph of the article is long enough to count as running prose for the extractor here.",
    "A second paragraph continues the story with more detail, quotes and numbers that readers care about.",
    "The third paragraph closes the article with what happens next and when the next milestone is due.",
]

# (byline as the page prints it, the names)
BYLINES = [
    ("By TOM KRISHER, AP Auto Writer", ("Tom Krisher",)),
    ("Av Ola Nordmann og Kari Nordmann", ("Ola Nordmann", "Kari Nordmann")),
    ("Yazar: Ayşe Yılmaz", ("Ayşe Yılmaz",)),
    ("By Ana Lima, Bo Chen and Cy Diaz", ("Ana Lima", "Bo Chen", "Cy Diaz")),
    ("By Ana Lima & Bo Chen", ("Ana Lima", "Bo Chen")),
    ("Von Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
    ("Por Juan Pérez y María López", ("Juan Pérez", "María López")),
    ("Par Marie Dupont et Luc Martin", ("Marie Dupont", "Luc Martin")),
    ("By Jane Doe, Founder and CEO", ("Jane Doe",)),
    ("By Jane Doe, Managing Editor", ("Jane Doe",)),
    ("By Jane Doe, Staff Writer", ("Jane Doe",)),
    ("Ein Artikel von Pamela Sladky", ("Pamela Sladky",)),
    ("Posted by Jane Doe", ("Jane Doe",)),
    ("Oleh Budi Santoso", ("Budi Santoso",)),
    ("Autoren: Jelko Djuren und Jutta Klaukien", ("Jelko Djuren", "Jutta Klaukien")),
]


def _html_meta_authors(value: str) -> tuple[str, ...]:
    page = (
        f"<html lang='en'><head><meta name='author' content='{value}'></head><body>"
        f"<article><h1>Rocket reaches orbit on its first try</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    return spaceparse.parse(page, kind="html").authors


def _html_byline_authors(value: str) -> tuple[str, ...]:
    page = (
        "<html lang='en'><head></head><body><article><h1>Rocket reaches orbit on its first try</h1>"
        f"<p class='byline'>{value}</p>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>"
    )
    return spaceparse.parse(page, kind="html").authors


def _text_authors(value: str) -> tuple[str, ...]:
    page = "Rocket Reaches Orbit On Its First Try\n\n" + value + "\n\n" + "\n\n".join(PARAS) + "\n"
    return spaceparse.parse(page, kind="text").authors


@pytest.mark.parametrize(("byline", "names"), BYLINES)
def test_same_names_from_markup_and_from_text(byline: str, names: tuple[str, ...]) -> None:
    assert tuple(split_authors(byline)) == names
    parsed = parse_byline(byline)
    assert parsed is not None and parsed[0] == names
    assert _html_meta_authors(byline) == names
    assert _html_byline_authors(byline) == names
    assert _text_authors(byline) == names


def test_site_name_agency_and_nobody() -> None:
    keys = frozenset({"examplenews", "examplenewscom"})
    assert split_authors("Ana Lima, Example News", keys) == ["Ana Lima"]
    assert split_authors("Example News", keys) == []
    assert split_authors("Ana Lima, Reuters") == ["Ana Lima"]
    assert split_authors("Reuters") == ["Reuters"]  # an agency alone is the credit there is
    assert split_authors("admin") == []
    assert split_authors("Redaktion") == []


def test_names_without_their_trimmings() -> None:
    assert split_authors("Corina Gall (cog.), David Vonplon (dvp)") == ["Corina Gall", "David Vonplon"]
    assert split_authors("Eric Levitz@ericlevitz") == ["Eric Levitz"]
    assert split_authors("신현주 기자") == ["신현주"]  # Korean "reporter"
    assert split_authors("Dan Goodin") == ["Dan Goodin"]  # "dan" is "and" in Indonesian, "Dan" a name
    assert split_authors("Christoph von Ritter") == ["Christoph von Ritter"]  # "von" inside a name
    assert split_authors("von") == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("July 24, 2019 by Amy Motroni 5 Comments", ("Amy Motroni",)),
        ("Veröffentlicht am 12. Juni 2017 von gizzmo", ("gizzmo",)),
        ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",)),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", ("rasos",)),
        ("By Amelie Marie Nishizawa Feb 8, 2020 5 min read", ("Amelie Marie Nishizawa",)),
        ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", ("Loïc Le Clerc",)),
        ("Por Juliet Jimenez 5 mayo, 2022, 6:12 pm", ("Juliet Jimenez",)),
    ],
)
def test_byline_lines_with_dates_and_counters(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line, day_first=True)
    assert parsed is not None and parsed[0] == names and parsed[1] is not None


@pytest.mark.parametrize("line", ["Stand by Me", "Par exemple, la France", "Photo by John Doe", "By the way"])
def test_not_bylines_though_by_is_there(line: str) -> None:
    parsed = parse_byline(line)
    assert parsed is None or parsed[0] == ()


def test_person_name_shapes() -> None:
    assert is_person_name("Jeff Foust") and is_person_name("Loïc Le Clerc") and is_person_name("Ana de la Vega")
    assert is_person_name("T. V. Raman") and is_person_name("김철수")
    assert not is_person_name("the way") and not is_person_name("Jeff") and not is_person_name("Ana de")


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("ByAlex Bozarjian", ["Alex Bozarjian"]),  # innerText glues "By" to the name's element
        ("Geschrieben vonElisa Marvena", ["Elisa Marvena"]),
        ("Howard BlumeStaff Writer", ["Howard Blume"]),
        ("Andrew HusbandTwitter", ["Andrew Husband"]),
        ("More stories by Jeremy Herron", ["Jeremy Herron"]),
        ("d.kuckelkorn@boersen-zeitung.de", []),  # an address names no one
        ("Ronald McDonald", ["Ronald McDonald"]),  # inner capitals of a name stay
        ("Afficher mon profil complet", []),
        ("Matyas Rehak/Adobe Stock", ["Matyas Rehak"]),
        ("Übersetzung Sarah Jungblut", []),  # the translator
        ("Von Diana Resnik mit AP", ["Diana Resnik"]),
    ],
)
def test_author_values_from_glued_and_noisy_markup(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize("line", ["Autor:innen", "By Course/Meal:", "Von wem?", "Letztes Update: 06.10.2023"])
def test_labels_and_questions_name_nobody(line: str) -> None:
    parsed = parse_byline(line, day_first=True)
    assert parsed is None or parsed[0] == ()


def test_site_names_are_not_authors_but_personal_sites_are() -> None:
    from spaceparse.recognisers.bylines import names_site, site_keys_of

    keys = site_keys_of("https://www.handelsblatt.com/politik/x.html")
    assert names_site("Handelsblatt Online", keys) and names_site("Handelsblatt", keys)
    assert not names_site("Thomas Hanke", keys)
    assert site_keys_of("https://japan.zdnet.com/article/1/") >= {"zdnet"}
    assert names_site("The New Republic", site_keys_of("https://newrepublic.com/article/1"))
    # A person's own site: the site is named after its writer.
    assert not names_site("Wolfgang Michal", site_keys_of("https://www.wolfgangmichal.de/2017/06/07/x/"))
    # A blog host's subdomain is its writer's name, not a site's.
    assert not names_site("zahlenzauberin", site_keys_of("https://zahlenzauberin.wordpress.com/2012/08/22/x/"))


def _text(*lines: str) -> spaceparse.Article:
    return spaceparse.parse("\n\n".join([*lines, *PARAS]) + "\n", kind="text")


def test_text_name_alone_beside_the_date_line() -> None:
    assert _text("Rocket Reaches Orbit On Its First Try", "Jessica DeFino", "Updated Mar 12, 2020").authors == (
        "Jessica DeFino",
    )
    assert _text("Rocket Reaches Orbit On Its First Try", "By", "Todd Bates", "Date").authors == ("Todd Bates",)
    assert _text("Rocket Reaches Orbit On Its First Try", "Andrew Woodcock", "Political Editor").authors == (
        "Andrew Woodcock",
    )
    # A title-case menu item beside a date is not a name.
    assert _text("Rocket Reaches Orbit On Its First Try", "Movie Trailers", "1h ago").authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted in Datenschutz by damianduchamps on August 3, 2019", ("damianduchamps",)),
        ("(责编：牛镛、岳弘彬)", ("牛镛", "岳弘彬")),  # Chinese "responsible editor", enumeration comma
        ("【纠错】 责任编辑： 焦鹏", ("焦鹏",)),
        ("Text von Christian Seiler Illustration von Markus Roost", ("Christian Seiler",)),
        ("[avatar-50x50.jpg] By Alejandro Villamor Last updated Nov 8, 2023", ("Alejandro Villamor",)),
        ("by LD", ("LD",)),  # a writer's initials
    ],
)
def test_more_byline_forms(line: str, names: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None and parsed[0] == names


@pytest.mark.parametrize("line", ["DoorDash", "Authors / Submit", "Autoren"])
def test_words_that_only_look_like_bylines(line: str) -> None:
    parsed = parse_byline(line)
    assert parsed is None or parsed[0] == ()


def test_text_byline_after_the_post_and_signatures() -> None:
    page = "\n\n".join(
        ["My Little Blog", "Thoughts on rockets", *PARAS, "Posted by T. V. Raman at 2:33 PM", "2 comments:"]
    )
    assert spaceparse.parse(page + "\n", kind="text").authors == ("T. V. Raman",)
    # A report signed at its foot.
    page = "\n\n".join(["Rocket Reaches Orbit On Its First Try", *PARAS, "Stefan Wasmer", "Kurznachrichtenticker"])
    assert spaceparse.parse(page + "\n", kind="text").authors == ("Stefan Wasmer",)
    # A name under a line that ends with "By", and beside a relative time.
    assert _text("Rocket Reaches Orbit On Its First Try", "Published By", "Inga Hoeltmann").authors == (
        "Inga Hoeltmann",
    )
    assert _text("Rocket Reaches Orbit On Its First Try", "Stefan Loibl", "Publiziert vor einer Stunde").authors == (
        "Stefan Loibl",
    )
    # Under a menu's "Autoren", a menu item is no name; "Powered by" introduces no writer.
    assert _text("Rocket Reaches Orbit On Its First Try", "Autoren", "Podcasts", "2016-12-12").authors == ()


def test_a_first_name_alone_takes_the_full_name_another_source_gives() -> None:
    page = (
        "<html lang='de'><head><meta name='author' content='Nils'></head><body><article>"
        "<h1>Rakete erreicht die Umlaufbahn</h1><p>Von Nils Pickert</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ("Nils Pickert",)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Daniel Großert Redakteur", ["Daniel Großert"]),  # the role after the name, no comma
        ("Sam Stein Senior Politics Editor, The Huffington Post", ["Sam Stein"]),
        ("Par Cécile Ducourtieux (Bruxelles, bureau européen)", ["Cécile Ducourtieux"]),
        ("Chus del Pino, Martí Abad (Enviado especial)", ["Chus del Pino", "Martí Abad"]),
        ("Tobias Mühlbauer Tobias Mühlbauer", ["Tobias Mühlbauer"]),  # alt text and link side by side
        ("Andrea WongAndrea Wong", ["Andrea Wong"]),
        ("Aashish Saxena TIMESOFINDIA.COM", ["Aashish Saxena"]),
    ],
)
def test_names_without_roles_asides_and_repeats(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_byline_with_a_relative_time() -> None:
    assert parse_byline("Jacqui Housden 2 hours ago") == (("Jacqui Housden",), None)
    assert parse_byline("Movie Trailers 2 hours ago") is None  # no date: only a known given name


def test_text_names_listed_one_per_line() -> None:
    art = _text(
        "Rocket Reaches Orbit On Its First Try",
        "The launch company says its new rocket reached orbit on the first try, a rare feat.",
        "By",
        "Anna Weber",
        "and",
        "Tom Krause",
    )
    assert art.authors == ("Anna Weber", "Tom Krause")


def test_people_before_an_organisation_and_last_first_meta_values() -> None:
    page = (
        "<html lang='en'><head>"
        + "".join(f"<meta name='author' content='{v}'>" for v in ("Lenharo, Mariana", "You, Xiaoying"))
        + "</head><body><article><h1>Rocket reaches orbit on its first try</h1><p>By News Feature</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ("Mariana Lenharo", "Xiaoying You")


def test_author_markup_in_the_site_credits_is_not_a_byline() -> None:
    page = (
        "<html lang='es'><head></head><body><article><h1>Cohete llega a la órbita</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article><footer id='footer'><div class='credits-content'><div class='author'>"
        "Hecho en Bolivia con Drupal por Smartica</div></div></footer></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ()


def test_function_words_and_link_texts_are_no_names() -> None:
    assert split_authors("vom Support Team") == ["Support Team"]  # a desk credited alone
    assert split_authors("Alle Beiträge") == []


def test_text_name_in_an_author_box_and_above_the_headline() -> None:
    # An author box: the name, then "all posts by <name>".
    art = _text("Rocket Reaches Orbit On Its First Try", "Carla Jensen", "Alle Beiträge von Carla Jensen")
    assert art.authors == ("Carla Jensen",)
    # A name right above the headline.
    assert _text("Carla Jensen", "Rocket Reaches Orbit On Its First Try").authors == ("Carla Jensen",)
    # A blog's title, though its first word is a given name, names no writer.
    assert _text("Damian Duchamps' Blog", "Rocket Reaches Orbit On Its First Try").authors == ()


def test_site_name_before_the_writer_in_one_value() -> None:
    assert split_authors("unocero - Alberto Ávila", frozenset({"unocero"})) == ["Alberto Ávila"]
    assert split_authors("Orbit Weekly | Ana Lima", frozenset({"orbitweekly"})) == ["Ana Lima"]


def test_prefixed_author_classes_but_not_a_teasers() -> None:
    page = (
        "<html lang='es'><head></head><body>"
        "<div class='slider-teaser__item'><h2><a href='/b'>Otro artículo</a></h2>"
        "<span class='slider-teaser__author'>Manuel Otero</span></div>"
        "<article><h1>Cohete llega a la órbita</h1><div class='Tech-Meta'><span class='Tech-Author'>Por "
        "<a href='/author/avila/'>Alberto Ávila</a></span></div>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ("Alberto Ávila",)


def test_writer_in_twitter_label_and_data_pairs() -> None:
    page = (
        "<html lang='de'><head><meta name='twitter:label1' content='Verfasst von'>"
        "<meta name='twitter:data1' content='Karoline Herr'><meta name='twitter:label2' content='Geschätzte Lesezeit'>"
        "<meta name='twitter:data2' content='4 Minuten'></head><body><article><h1>Rakete erreicht die Umlaufbahn</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ("Karoline Herr",)


def test_autor_classes_and_a_name_before_its_date() -> None:
    page = (
        "<html lang='es'><head></head><body><article><h1>Cohete llega a la órbita</h1>"
        "<div class='block-date'><div class='autor'><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div></div>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>"
    )
    assert spaceparse.parse(page, kind="html").authors == ("Jacobo Betancur Peláez",)


def test_site_names_in_hangul_are_the_site() -> None:
    from spaceparse.recognisers.sites import site_key

    assert split_authors("한국일보, 신현주", frozenset({site_key("한국일보")})) == ["신현주"]
