"""The label splitter: glued, separated, unknown labels; headlines are never label lines."""

from __future__ import annotations

import pytest

from spaceparse.profiles import profile_for
from spaceparse.rules.labels import label_line, split_labels

PAYLOAD = profile_for("https://payloadspace.com/")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("InternationalLunar", ("International", "Lunar")),
        ("EuropeInternationalLunar", ("Europe", "International", "Lunar")),
        ("BusinessVC/PE", ("Business", "VC/PE")),
        ("ISSSpace 2025", ("ISS", "Space 2025")),
        ("CivilDebrisMilitary", ("Civil", "Debris", "Military")),
        ("LaunchSpace 2025Spaceports", ("Launch", "Space 2025", "Spaceports")),
        ("EOLEO", ("EO", "LEO")),
        ("Q&AStartups", ("Q&A", "Startups")),
        ("Middle EastU.S.", ("Middle East", "U.S.")),
        ("Launch | Policy", ("Launch", "Policy")),
        ("Launch / Policy", ("Launch", "Policy")),
        ("Launch · Policy", ("Launch", "Policy")),
        ("Launch • Policy", ("Launch", "Policy")),
        ("Launch, Policy, Lunar", ("Launch", "Policy", "Lunar")),
        ("Launch Business", ("Launch", "Business")),
        ("Lunar", ("Lunar",)),
        ("LunarMoonshots", ("Lunar", "Moonshots")),
        ("FooBarBaz", ("Foo", "Bar", "Baz")),
    ],
)
def test_label_lines(text: str, labels: tuple[str, ...]) -> None:
    assert label_line(text, PAYLOAD) == labels


@pytest.mark.parametrize(
    "text",
    [
        "Belarus Joins China’s Moon Base Mission",
        "Astroscale Wins Next Phase of UK’s COSMIC Mission",
        "The company said it would launch next year.",
        "Spaceport America Signs Its Largest Tenant Lease Yet",
        "Launch Business is booming.",
    ],
)
def test_headlines_and_sentences_are_not_label_lines(text: str) -> None:
    assert label_line(text, PAYLOAD) is None


def test_split_marks_known_and_unknown() -> None:
    assert split_labels("LunarMoonshots", PAYLOAD) == [("Lunar", True, False), ("Moonshots", False, False)]
