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
