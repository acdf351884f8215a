"""Profiles are validated whole when they are loaded: a mistake is an error, never a silent no-op."""

from __future__ import annotations

from typing import Any

import pytest

from spaceparse.profiles import ProfileError, all_profiles, default_profile, validate_profile_data
from spaceparse.segment import RULE_NAMES


def _data(**extra: Any) -> dict[str, Any]:
    return {"name": "example", "hosts": ["example.com"], **extra}


def test_every_bundled_profile_is_valid() -> None:
    assert default_profile().name == "default"
    assert len(all_profiles()) >= 5


def test_a_valid_profile_passes() -> None:
    data = _data(disabled_rules=["dek"], selectors={"headline": "h1.title", "related": ".more a"})
    assert validate_profile_data(data, "example.toml") is data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _data(disabled_rules=["headlines"]),
            "example.toml: disabled_rules names no rule: 'headlines' (the rules are " + ", ".join(RULE_NAMES) + ")",
        ),
        (
            _data(selectors={"headline": "h1["}),
            "example.toml: selector 'headline' = 'h1[' is not a CSS selector Lexbor can use: Can't parse CSS selector.",
        ),
        (
            _data(selectors={"title": "h1"}),
            "example.toml: unknown selector(s) ['title'] (known: body, byline, caption, categories, credit, date, dek, "
            "headline, related)",
        ),
        (_data(selectors={"headline": ""}), "example.toml: selector 'headline' must be a non-empty string"),
        (_data(selectors="h1"), "example.toml: 'selectors' must be a table"),
        (_data(labels="News"), "example.toml: 'labels' must be a list of strings"),
        (_data(site=3), "example.toml: 'site' must be a string"),
        (_data(colour="red"), "example.toml: unknown key(s) ['colour']"),
        ({"hosts": []}, "example.toml: missing 'name'"),
        (
            _data(boilerplate=["(unclosed"]),
            "example.toml: boilerplate entry '(unclosed' is not a regular expression: "
            "missing ), unterminated subpattern at position 0",
        ),
    ],
)
def test_a_mistake_is_an_error_naming_what_is_wrong(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ProfileError) as e:
        validate_profile_data(data, "example.toml")
    assert str(e.value) == message
