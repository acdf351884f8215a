"""Image credit parsing: every prefix form, trailing and parenthesised credits, captions kept apart."""

from __future__ import annotations

import pytest

from spaceparse.profiles import profile_for
from spaceparse.recognisers.credits import parse_credit

P = profile_for(None)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("Image: CNSA", None, "CNSA"),
        ("Image: CNSA.", None, "CNSA"),
        ("Photo: NASA/Bill Ingalls", None, "NASA/Bill Ingalls"),
        ("Credit: SpaceX", None, "SpaceX"),
        ("Image credit: ESA", None, "ESA"),
        ("Photo credit: Jeff Foust.", None, "Jeff Foust"),
        ("Graphic: Payload Research", None, "Payload Research"),
        ("Courtesy of Rocket Lab", None, "Rocket Lab"),
        ("Photo by John Kraus", None, "John Kraus"),
        (
            "Spaceport America in New Mexico. Image: Spaceport America",
            "Spaceport America in New Mexico.",
            "Spaceport America",
        ),
        ("A Falcon 9 lifts off. Credit: SpaceX", "A Falcon 9 lifts off.", "SpaceX"),
        ("The lander on the pad (Credit: Firefly)", "The lander on the pad", "Firefly"),
        ("The lander on the pad (Image credit: NASA/Bill Ingalls)", "The lander on the pad", "NASA/Bill Ingalls"),
        ("The lander on the pad. (Credits: ESA)", "The lander on the pad.", "ESA"),
        ("Enlarge / The lander on the pad (credit: NASA)", "The lander on the pad", "NASA"),
        ("Astronauts at the station (NASA/Bill Ingalls)", "Astronauts at the station", "NASA/Bill Ingalls"),
        # A credit with its own brackets: the caption ends at the bracket that opens the credit.
        (
            "A planet in haze. (Image credit: NASA, ESA, CSA, Joseph Olmsted (STScI))",
            "A planet in haze.",
            "NASA, ESA, CSA, Joseph Olmsted (STScI)",
        ),
        # A whole line in brackets that names the lead image, wherever it stands.
        (
            "(Lead image: The stage during its hot fire. Credit: Dana Kiel for NSF)",
            "The stage during its hot fire.",
            "Dana Kiel for NSF",
        ),
        # A whole-line credit a profile declares (agencies.toml), pooled into the default profile.
        (
            "Contains modified Copernicus Sentinel data (2026), processed by ESA",
            None,
            "Contains modified Copernicus Sentinel data (2026), processed by ESA",
        ),
    ],
)
def test_credit_forms(text: str, caption: str | None, credit: str) -> None:
    assert parse_credit(text, P) == (caption, credit)


def test_lead_only_forms() -> None:
    assert parse_credit("Source: Payload Research", P) is None
    assert parse_credit("Source: Payload Research", P, lead=True) == (None, "Payload Research")
    assert parse_credit("Via Rocket Lab", P, lead=True) == (None, "Rocket Lab")


@pytest.mark.parametrize(
    "text",
    [
        "Belarus became the latest country to back Beijing’s mission to build a lunar base on Monday.",
        "Lunar vision: China has announced plans to break ground on its station in 2028.",
        "Image",
    ],
)
def test_prose_is_not_a_credit(text: str) -> None:
    assert parse_credit(text, P) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # More prefixes, in more languages.
        ("The arena at night. Picture: Getty Images", "The arena at night.", "Getty Images"),
        (
            "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp",
            "Y bác sĩ nội soi cho bệnh nhân.",
            "Bệnh viện cung cấp",
        ),
        ("Rejoice Ndlovu. Isithombe: Sithunyelwe", "Rejoice Ndlovu.", "Sithunyelwe"),
        # "Source:" in a caption, with initials in the name.
        ("Quelle: Hannes P. Albert/dpa", None, "Hannes P. Albert/dpa"),
        # A separator, then the credit (with or without a prefix).
        (
            "Kallas und Jaishankar in Brüssel | Bildquelle: EU-Kommission",
            "Kallas und Jaishankar in Brüssel",
            "EU-Kommission",
        ),
        (
            "She will succeed another Galway socialist. | Niall Carson/PA Images via Getty Images",
            "She will succeed another Galway socialist.",
            "Niall Carson/PA Images via Getty Images",
        ),
        (
            "Polizei-Razzia am vergangenen Montag in La Soledat / Lorenzo Marina",
            "Polizei-Razzia am vergangenen Montag in La Soledat",
            "Lorenzo Marina",
        ),
        # A credit without a prefix after the last sentence: glued on by its span, or agency-shaped.
        ("A cold can slow you down for days.Getty Images", "A cold can slow you down for days.", "Getty Images"),
        (
            "Rooms have been redesigned from the ground up. Supplied",
            "Rooms have been redesigned from the ground up.",
            "Supplied",
        ),
        (
            "Smoke over the city on Tuesday. Jane Roe/Anadolu via Getty Images",
            "Smoke over the city on Tuesday.",
            "Jane Roe/Anadolu via Getty Images",
        ),
        ("유세에서 연설하고 있다. 연합뉴스", "유세에서 연설하고 있다.", "연합뉴스"),
        # Japanese "(name 撮影)": photographed by.
        (
            "警視庁を出る容疑者=13日、東京・霞ケ関で(潟沼義樹撮影)",
            "警視庁を出る容疑者=13日、東京・霞ケ関で",
            "潟沼義樹",
        ),
    ],
)
def test_caption_forms(text: str, caption: str | None, credit: str) -> None:
    assert parse_credit(text, P, caption=True) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "Mario Voigt (CDU) und Björn Höcke (AfD)",
        'Ein Motorrad mit der englischen Aufschrift für "Festkörperakku" VW',
        "The team celebrates. Later that night they flew home to their families in the north.",
        "Defenders at the ready. Verteidiger: Benjamin Kessel",
        "Read the report. Horizont https://example.com/x",
    ],
)
def test_captions_without_a_credit(text: str) -> None:
    assert parse_credit(text, P, caption=True) is None


def test_credit_cleanup() -> None:
    # A rights notice after the name goes; holders set apart by a pipe are listed.
    assert parse_credit("Photo: Jane Roe/Copyright 2024 The AP. All rights reserved", P) == (None, "Jane Roe")
    assert parse_credit("Foto: picture alliance/dpa | Daniel Vogl", P) == (None, "picture alliance/dpa; Daniel Vogl")
    # A rights notice alone is the credit.
    assert parse_credit("© 2024 Example News", P) == (None, "2024 Example News")


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Full-width brackets, as Japanese pages write them.
        ("評価検討会＝13日（代表撮影）", "評価検討会＝13日", "代表"),
        # A prefixed credit after a comma or a bare space (a capitalised prefix only).
        (
            "Kawasaki wird es 2025 nicht mehr geben, Foto: LAT Images",
            "Kawasaki wird es 2025 nicht mehr geben",
            "LAT Images",
        ),
        (
            "Die Gewerkschaften werten es als vollen Erfolg Foto: Editpress/Jane Roe",
            "Die Gewerkschaften werten es als vollen Erfolg",
            "Editpress/Jane Roe",
        ),
        ("Rene Benko. Photographer: Jane Roe/Getty Images Europe", "Rene Benko.", "Jane Roe/Getty Images Europe"),
        # The separator before the credit is not part of the caption.
        (
            "A small computer that only costs $35 - Image: Example Foundation",
            "A small computer that only costs $35",
            "Example Foundation",
        ),
    ],
)
def test_more_caption_forms(text: str, caption: str | None, credit: str) -> None:
    assert parse_credit(text, P, caption=True) == (caption, credit)


def test_a_colon_in_a_caption_is_not_a_prefix() -> None:
    assert parse_credit("The new photo: a view of the pad", P, caption=True) is None


def test_a_c_in_brackets_is_a_copyright_sign() -> None:
    assert parse_credit("(c) Tourism Board | Jane Roe", P) == (None, "Tourism Board; Jane Roe")


def test_image_via_is_a_credit() -> None:
    assert parse_credit("Image via Getty Images", P) == (None, "Getty Images")
