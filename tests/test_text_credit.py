"""Lead image caption and credit in text renderings (lynx -dump, innerText): the forms a
caption and its credit take once markup is gone."""

from __future__ import annotations

import spaceparse

BODY = """\
The first paragraph of the article is long enough to count as running prose for the extractor here.

A second paragraph continues the story with more detail, quotes and numbers that readers care about.

The third paragraph closes the article with what happens next and when the next milestone is due.
"""


def _page(figure: str) -> str:
    """A page with ``figure`` after the article's first paragraph."""
    first, rest = BODY.split("\n\n", 1)
    return f"Example News\n\nRocket Reaches Orbit\n\nBy Jane Doe\n\n{first}\n\n{figure}\n\n{rest}"


def test_caption_repeating_the_alt_text_with_its_credit_glued_on() -> None:
    # lynx keeps the image's alt text, then the figcaption repeats it and adds the credit span.
    fig = (
        "   A cold can slow you down for days, the right food helps.\n"
        "   A cold can slow you down for days, the right food helps.Getty Images"
    )
    a = spaceparse.parse(_page(fig), kind="text")
    assert (a.image_caption, a.image_credit) == (
        "A cold can slow you down for days, the right food helps.",
        "Getty Images",
    )
    assert not any("cold can slow" in p for p in a.body)


def test_caption_repeating_the_alt_text_with_a_prefixed_credit() -> None:
    fig = "   Mario Voigt (CDU) und Björn Höcke (AfD)\n   Mario Voigt (CDU) und Björn Höcke (AfD)Quelle: Jane Roe/dpa"
    a = spaceparse.parse(_page(fig), kind="text")
    assert (a.image_caption, a.image_credit) == ("Mario Voigt (CDU) und Björn Höcke (AfD)", "Jane Roe/dpa")


def test_caption_repeated_then_its_credit_line() -> None:
    fig = "   The harbour had been in service since May and was repaired several times.\n\n" * 2 + "   AP"
    a = spaceparse.parse(_page(fig.rstrip()), kind="text")
    assert a.image_caption == "The harbour had been in service since May and was repaired several times."
    assert a.image_credit == "AP"


def test_a_repeated_heading_is_not_a_caption() -> None:
    page = (
        "Example News\n\nRocket Reaches Orbit\n\nPublisert 05.08.2024, kl. 13.05\n\nPublisert 05.08.2024, kl. 13.05\n\n"
        + BODY
    )
    a = spaceparse.parse(page, kind="text")
    assert a.image_caption is None


def test_caption_and_agency_credit_flattened_into_one_line() -> None:
    fig = (
        "Smoke rises over the city on Tuesday, as seen from the border. Jane Roe/Anadolu via Getty Images hide caption"
    )
    a = spaceparse.parse(_page(fig), kind="text")
    assert a.image_caption == "Smoke rises over the city on Tuesday, as seen from the border."
    assert a.image_credit == "Jane Roe/Anadolu via Getty Images"


def test_a_reference_number_is_not_a_credit() -> None:
    fig = "Issued in the public interest by the insurer. Read the terms before buying. ARN EU/04/19/13618"
    a = spaceparse.parse(_page(fig), kind="text")
    assert a.image_credit is None


def test_first_captioned_and_credited_figure_further_down_is_the_lead() -> None:
    # Nothing near the top: the first figure the text shows (caption, then its credit) is the
    # article's first image.
    rest = BODY.split("\n\n")
    fig = "The pad at dawn before the launch, seen from the press site. (Photo: Jane Roe/AP)"
    page = "Example News\n\nRocket Reaches Orbit\n\nBy Jane Doe\n\n" + "\n\n".join([*rest[:2], fig, rest[2]])
    a = spaceparse.parse(page, kind="text")
    assert a.image_caption == "The pad at dawn before the launch, seen from the press site."
    assert a.image_credit == "Jane Roe/AP"


def test_a_line_of_links_with_a_slash_is_not_a_figure() -> None:
    rest = BODY.split("\n\n")
    links = "Follow the updates on the page. (RSS-Feed / E-Mail)"
    page = "Example News\n\nRocket Reaches Orbit\n\nBy Jane Doe\n\n" + "\n\n".join([*rest[:2], links, rest[2]])
    a = spaceparse.parse(page, kind="text")
    assert a.image_credit is None


def test_a_control_stand_in_between_the_alt_text_and_the_caption() -> None:
    # lynx writes "(BUTTON)" for the image's zoom button between the alt text and the caption.
    fig = (
        "   The two candidates on the stage of the debate\n   (BUTTON)\n"
        "   The two candidates on the stage of the debateQuelle: Jane P. Roe/dpa"
    )
    a = spaceparse.parse(_page(fig), kind="text")
    assert (a.image_caption, a.image_credit) == ("The two candidates on the stage of the debate", "Jane P. Roe/dpa")


def test_the_repeat_sets_its_credit_apart_with_a_separator() -> None:
    fig = (
        "   The foreign ministers after signing the agreement\n\n"
        "   The foreign ministers after signing the agreement | Bildquelle: EU-Kommission"
    )
    a = spaceparse.parse(_page(fig), kind="text")
    assert (a.image_caption, a.image_credit) == ("The foreign ministers after signing the agreement", "EU-Kommission")


def test_a_flattened_caption_with_a_comma_and_a_prefixed_credit() -> None:
    fig = "Kawasaki will not race its factory team in 2025, Foto: LAT Images"
    a = spaceparse.parse(_page(fig), kind="text")
    assert (a.image_caption, a.image_credit) == ("Kawasaki will not race its factory team in 2025", "LAT Images")


def test_a_file_name_glued_to_a_credit_is_no_credit() -> None:
    fig = "An ambulance on a night call. Foto: dietwalther/stock.adobe.com2022/01/Rettungsdienst_169266287-scaled.jpeg"
    a = spaceparse.parse(_page(fig), kind="text")
    assert a.image_credit is None


def test_a_page_that_is_one_paragraph_copied_keeps_it_as_body() -> None:
    # An alt text and the caption repeating it look like a paragraph and its copy; a page
    # whose only text is that copy (a duplicated rendering) has a body, not a caption.
    para = "The agency said on Tuesday that the lander would fly next year after more tests."
    art = spaceparse.parse("\n".join([para] * 3), kind="text")
    assert art.body == (para,)
    assert art.image_caption is None


def test_a_lead_image_line_after_the_article_gives_the_caption_and_credit() -> None:
    import spaceparse

    paras = [
        "The agency said on Tuesday that the orbital test vehicle had completed its third burn, raising its "
        "orbit to about 600 kilometres above the surface as planned by the team.",
        "Engineers spent most of the week checking the propulsion system after a pressure reading came in "
        "higher than expected during the second burn, the programme manager said.",
    ]
    page = "\n\n".join(
        [
            "Test vehicle raises its orbit after third burn",
            "written by Jane Doe December 4, 2026",
            *paras,
            "(Lead image: The test vehicle in the clean room before launch. Credit: Orbital Works for OW)",
            "Tags: Propulsion",
        ]
    )
    art = spaceparse.parse(page, kind="text")
    assert art.image_caption == "The test vehicle in the clean room before launch."
    assert art.image_credit == "Orbital Works for OW"
    assert art.body == tuple(paras)


def test_an_author_box_between_the_headline_and_the_lead_image_does_not_hide_it() -> None:
    page = "\n\n".join(
        [
            "Testfahrzeug hebt seine Umlaufbahn an",
            "Das Fahrzeug hat seine dritte Zündung hinter sich. Was das für die Mission bedeutet.",
            "Jana Beispiel 24.04.2026, 19:35 Uhr",
            "Jana Beispiel",
            "Raumfahrt-Ressort",
            "Raketen und Satelliten, das ist meins. Seit zehn Jahren schreibe ich für euch über jeden Start.",
            "Das Testfahrzeug im Reinraum vor dem Start, Foto: Orbital Works",
            "Die Agentur teilte am Dienstag mit, dass das Testfahrzeug seine dritte Zündung abgeschlossen und seine "
            "Umlaufbahn wie geplant auf etwa 600 Kilometer angehoben habe.",
            "Die Ingenieure prüften den größten Teil der Woche das Antriebssystem, nachdem ein Druckwert bei der "
            "zweiten Zündung höher als erwartet ausgefallen war, sagte der Programmleiter.",
        ]
    )
    art = spaceparse.parse(page, kind="text")
    assert art.image_credit == "Orbital Works"
